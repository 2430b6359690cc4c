/* rules_zh_idiom.c -- figures a report writes as idioms.
 *
 * "航空航天、船舶制造均实现两位数增长" states a rate of 10 % or more for each
 * item as surely as "增长10%以上" does, with no digit: the idiom before the
 * verb of change is the figure (tests/corpus/RULES.md, IDIOM).  Read here
 * as a made figure that the rules (rules_zh.c) then read like any other,
 * the verb after it giving its role.  An idiom over every year of a span
 * ("连续五年保持两位数增长") states no one rate and is left alone. */
#include "grammar.h"

#include <stdint.h>
#include <string.h>

size_t ingest_zh_idiom(const reader *r, const toks *ts, size_t i, tok *g)
{
    const tok *k = &ts->v[i];
    const char *t = r->t;
    const lex_entry *e;
    size_t a = r->clause_start, b = k->pos, w, from;

    if (!(k->kw->code == K_GROW || k->kw->code == K_FALL) || !(k->kw->flags & LEXF_CHANGE))
        return 0;
    if (i > 0 && ts->v[i - 1].end > a)
        a = ts->v[i - 1].end;       /* the idiom lies between the keyword and the token before */
    if (b <= a)
        return 0;
    /* 两位数的增长, 两位数以上增长 */
    b -= ingest_lex_ends(r->lx, LEX_OF_MARK, t + a, b - a);
    for (size_t q = 0; q < r->lx->cls[LEX_QUALIFIER_AFTER].n; q++) {
        const lex_entry *x = &r->lx->cls[LEX_QUALIFIER_AFTER].v[q];
        if (x->code == INGEST_ABOVE && b - a > x->n && ends_w(t + a, b - a, x)) {
            b -= x->n;
            break;
        }
    }
    if (!(w = ingest_lex_ends(r->lx, LEX_IDIOM_RATE, t + a, b - a)))
        return 0;
    from = b - w;
    if (ingest_lex_at(r->lx, LEX_IDIOM_RATE, t + from, w, &e) != w)
        return 0;               /* (the entry that ends at b, for its value) */
    for (size_t j = r->clause_start; j < from; j += char_len((unsigned char)t[j]))
        if (ingest_lex_at(r->lx, LEX_IDIOM_NOT_PREV, t + j, from - j, NULL))
            return 0;           /* 连续五年保持两位数增长: every year, no one claim */
    /* 年均两位数增长: an average rate, the idiom's figure starting at 年均 */
    w = ingest_lex_ends(r->lx, LEX_RATE_AVG, t + a, from - a);
    memset(g, 0, sizeof *g);
    g->type = T_FIG;
    g->pos = from - w;
    g->end = b;
    g->a.value = g->a.norm_value = e->num;
    g->a.resolution = 0;        /* a bound, not a rounded figure */
    strcpy(g->a.unit, "%");
    strcpy(g->a.norm_unit, "%");
    g->a.length = b - g->pos;
    return w ? 2 : 1;
}

/* ---- shares named after their figure ---- */

/* Does a clause break start at t[i]? */
static bool break_at(const reader *r, size_t i)
{
    unsigned char c = (unsigned char)r->t[i];
    uint32_t cp;

    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?')
        return true;
    if (c < 0xE2 || c > 0xEF)
        return false;
    cp = cjk_at(r->t, r->len, i);   /* a break, or the sentence's end (。！？) */
    return (ingest_punct(r->m, cp) & PUNCT_BREAK) || (cp >= 0x3000 && cp <= 0x303F)
           || (cp >= 0xFF01 && cp <= 0xFF1F);
}

/* Does a verb that ends a noun phrase start at t[i] (实现, 完成, 达到)? */
static bool verb_at(const reader *r, size_t i)
{
    const char *t = r->t + i;
    size_t n = r->len - i;

    return ingest_lex_at(r->lx, LEX_MID_VERB, t, n, NULL) || ingest_lex_at(r->lx, LEX_ACTION_VERB, t, n, NULL)
           || ingest_lex_at(r->lx, LEX_KEYWORD, t, n, NULL);
}

#define NAMED_MAX (12 * CJK_BYTES)  /* the longest noun named after a share */

bool ingest_zh_named_after(const reader *r, const tok *f, size_t *na, size_t *nb, size_t *pb)
{
    const char *t = r->t;
    size_t e = f->end, n = r->len, w, i, head_end;

    if (strcmp(f->a.norm_unit, "%") != 0 || (r->role && r->role->code != K_SHARE))
        return false;
    if ((w = ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, t + e, n - e, NULL)) > 0)
        e += w;
    if (!(w = ingest_lex_at(r->lx, LEX_OF_MARK, t + e, n - e, NULL)))
        return false;
    e += w;
    if (e >= n || !is_ideograph_lead((unsigned char)t[e])
        || ingest_lex_at(r->lx, LEX_RATE_NOUN, t + e, n - e, NULL)
        || ingest_lex_at(r->lx, LEX_SHARE_END, t + e, n - e, NULL) || verb_at(r, e))
        return false;           /* 13%以上的增幅 (a rate), 占…的比重 */
    /* the noun: up to a verb, a break or the end, not too long */
    for (i = e; i < n && i - e < NAMED_MAX && !break_at(r, i) && !verb_at(r, i);
         i += char_len((unsigned char)t[i]))
        ;
    if (i - e < 2 * CJK_BYTES || (i < n && i - e >= NAMED_MAX))
        return false;
    *na = e;
    *nb = i;
    /* what is said of it, up to the clause's end: no figure there (增长10%以上
     * 的企业达到35家 names firms by a bound and counts them) */
    for (; i < n && !break_at(r, i); i += char_len((unsigned char)t[i]))
        if (is_digit(t[i]) || i - *nb > NAMED_MAX)
            return false;
    *pb = i;
    /* the words before the figure name no measure of their own (全省, 贡献了,
     * 全县以占全市): else the noun after it is what the figure is about */
    head_end = r->role ? r->verb_pos : f->pos;
    if (head_end > r->head_start) {
        buf scratch = BUF_INIT;
        bool measure;
        ingest_clean_text(r->m, t, r->head_start, head_end, &scratch, true);
        measure = scratch.failed || (scratch.len && ingest_lex_ends(r->lx, LEX_MEASURE_END, scratch.data, scratch.len));
        buf_free(&scratch);
        if (measure)
            return false;
    }
    return true;
}

bool ingest_zh_share_after(reader *r, const tok *f)
{
    size_t na, nb, pb, w;

    if (r->nlist > 0 || !ingest_zh_named_after(r, f, &na, &nb, &pb))
        return false;
    /* 90%以上的行政村实现快递进村: 实现快递进村的行政村 */
    buf_reset(&r->subject);
    if (pb > nb) {
        ingest_clean_both(r->m, r->s->text, r->s->match, nb, pb, &r->raw, false);
        w = ingest_lex_ends(r->lx, LEX_OF_MARK, r->t, na);
        buf_append(&r->subject, r->raw.data ? r->raw.data : "", r->raw.len);
        buf_append(&r->subject, r->s->text + na - w, w);
    }
    ingest_clean_both(r->m, r->s->text, r->s->match, na, nb, &r->raw, false);
    buf_append(&r->subject, r->raw.data ? r->raw.data : "", r->raw.len);
    /* 全省90%以上的…: the whole is written before the figure */
    if (!r->of.len && f->pos > r->head_start) {
        ingest_clean_text(r->m, r->t, r->head_start, f->pos, &r->raw, true);
        if (r->raw.len && ingest_lex_is(r->lx, LEX_WHOLE, r->raw.data, r->raw.len))
            buf_append(&r->of, r->raw.data, r->raw.len);
    }
    r->share_word = true;
    r->own_subject = true;
    return true;
}

/* ---- doublings of a list ---- */

bool ingest_zh_each_doubled(const reader *r, const tok *k)
{
    const char *s = r->subject.data;
    size_t n = r->subject.len, last = 0, first = 0, w;

    if (k->kw->flags & LEXF_BOTH)
        return true;            /* 双倍增 */
    if (!s || r->nlist > 0)
        return false;
    /* 地区生产总值和城镇居民收入: items joined by a list word, the last (and
     * so the list) a measure */
    for (size_t i = CJK_BYTES; i < n; i += char_len((unsigned char)s[i]))
        if ((w = ingest_lex_at(r->lx, LEX_LIST_SEP, s + i, n - i, NULL)) > 0) {
            first = first ? first : i;
            last = i + w;
        }
    /* not 工业和农业增加值: sectors sharing the last item's measure (a first
     * item that is a sector alone); 生产总值、…、规模以上工业产值 are items */
    return last > 0 && n - last >= 2 * CJK_BYTES
           && ingest_lex_ends(r->lx, LEX_MEASURE_END, s + last, n - last) > 0
           && !ingest_lex_is(r->lx, LEX_TOPIC, s, first);
}
