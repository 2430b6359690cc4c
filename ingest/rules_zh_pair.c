/* rules_zh_pair.c -- sentence constructions that give figures to subjects
 * other than the one right before them.
 *
 * A Chinese sentence often names several measures once and gives their
 * figures together: "民营经济户数、从业人员、注册资金为2.5万户、9.9万人和
 * 256.8亿元" (a list and a run of as many figures, paired in order),
 * "工业投资累计完成1320亿元，服务业投资累计完成2210亿元，年均增长9.1%和
 * 6.7%" (a run with no subject of its own: the subjects of the clauses
 * before, the last ones first), "城乡居民人均可支配收入分别增长4.8%、7.2%"
 * (城乡 for 城镇 and 农村).  The rules (rules_zh.c) call in here at a
 * figure, and hand the items to the figures of the run in order.  Also
 * here: a clause that opens with a preposition (累计为企业减免), a ratio to
 * a plan (not a claim), a subject that is only a generic head (总量), the
 * subject carried across a stray ；. */
#include "grammar.h"

#include <string.h>

bool ingest_zh_clause_opens(reader *r, size_t pos)
{
    if (pos <= r->clause_start)
        return true;
    ingest_clean_text(r->m, r->t, r->clause_start, pos, &r->raw, true);
    return r->raw.len == 0;
}

void ingest_zh_note_subject(reader *r, const char *subject)
{
    size_t n = strlen(subject);
    char (*h)[INGEST_PAIR_NAME] = r->ctx->pair_hist;

    if (n == 0 || n >= INGEST_PAIR_NAME
        || (r->nhist > 0 && !strcmp(h[r->nhist - 1], subject)))
        return;
    if (r->nhist == INGEST_PAIR_HIST) {
        memmove(h[0], h[1], (INGEST_PAIR_HIST - 1) * sizeof h[0]);
        r->nhist--;
    }
    memcpy(h[r->nhist++], subject, n + 1);
}

/* Is the text t[a..b) between two figures only a list separator (、 is a
 * break token of its own; 和, 与, 及 are words)? */
static bool joins(const reader *r, size_t a, size_t b)
{
    return a == b || ingest_lex_at(r->lx, LEX_LIST_SEP, r->t + a, b - a, NULL) == b - a;
}

/* The figures of the run starting at ts->v[i]: how many, and the end of the
 * last in *end.  A run is figures with only 、, 和/与/及 or a bare comma
 * between them (0.6万户,4.0万人和226.1亿元). */
static size_t run_length(const reader *r, const toks *ts, size_t i, size_t *end)
{
    size_t k = 1, j = i;

    *end = ts->v[i].end;
    while (j + 1 < ts->n) {
        const tok *a = &ts->v[j], *b = &ts->v[j + 1];
        if (b->type == T_FIG && joins(r, a->end, b->pos)) {
            j++;
        } else if (b->type == T_BREAK && b->pos == a->end && j + 2 < ts->n
                   && ts->v[j + 2].type == T_FIG && ts->v[j + 2].pos == b->end) {
            j += 2;
        } else {
            break;
        }
        if (ts->v[j].bad || !ts->v[j].a.unit[0])
            break;
        k++;
        *end = ts->v[j].end;
    }
    return k;
}

int ingest_zh_pair_run(reader *r, const toks *ts, size_t i)
{
    char (*h)[INGEST_PAIR_NAME] = r->ctx->pair_hist;
    size_t k, end;
    int rc;

    if (ts->v[i].pos < r->run_end || r->nlist > 0)
        return GC_OK;           /* inside a run already paired, or a 分别 list */
    if ((k = run_length(r, ts, i, &end)) < 2)
        return GC_OK;
    if (r->subject.len > 0) {
        /* k figures want k items: 生活用品及服务类、交通和通信类、教育文化和娱乐类
         * 价格下降a、b、c splits at 、 only, as before a 分别 */
        r->list_figs = k;
        rc = ingest_zh_split_subject(r, r->subject.data, r->subject.len);
        r->list_figs = 0;
        if (rc != GC_OK)
            return rc;
        if (r->nlist == k) {
            r->run_end = end;
            return GC_OK;
        }
        ingest_zh_free_list(r);
    }
    if (r->own_subject || r->nhist < k)
        return GC_OK;
    /* the subjects of the clauses before, the last k of them in order */
    for (size_t j = r->nhist - k; j < r->nhist; j++)
        if ((rc = ingest_zh_list_add(r, h[j])) != GC_OK)
            return rc;
    r->run_end = end;
    return GC_OK;
}

bool ingest_zh_plan_ratio(const reader *r, const tok *f)
{
    size_t b = f->pos, a = r->clause_start, w;

    if (strcmp(f->a.norm_unit, "%") || b <= a)
        return false;
    if ((w = ingest_lex_ends(r->lx, LEX_OF_MARK, r->t + a, b - a)) > 0)
        b -= w;
    return b > a && ingest_lex_ends(r->lx, LEX_PLAN_RATIO, r->t + a, b - a) > 0;
}

void ingest_zh_generic_head(reader *r, size_t a, size_t b)
{
    const buf *s = &r->subject;

    if (!r->scratch.len || !s->len)
        return;
    /* the matching form: 總規模 is 总规模 */
    ingest_clean_text(r->m, r->s->match, a, b, &r->raw, true);
    if (!ingest_lex_is(r->lx, LEX_GENERIC_HEAD, r->raw.data, r->raw.len))
        return;
    buf_reset(&r->raw);
    buf_append(&r->raw, s->data, s->len);
    if (!(s->len >= r->scratch.len
          && !memcmp(s->data + s->len - r->scratch.len, r->scratch.data, r->scratch.len)))
        buf_append(&r->raw, r->scratch.data, r->scratch.len);
    buf_reset(&r->scratch);
    buf_append(&r->scratch, r->raw.data, r->raw.len);
}

/* The list items before a head (clause_reset notes them): cleaned here,
 * in this file below rules_zh_kind.c and rules_zh.c, which both need them. */
static void pending_items_read(reader *r)
{
    const lex_list *joiner = &r->lx->cls[LEX_LIST_JOINER];
    buf item = BUF_INIT;

    for (size_t i = 0; i < r->pending_n; i++) {
        ingest_clean_both(r->m, r->s->text, r->s->match, r->pending_a[i], r->pending_b[i],
                          &item, true);
        if (ingest_good_subject(r->m, &item)) {
            if (r->pending.len)
                buf_puts(&r->pending, joiner->n ? joiner->v[0].s : "");
            buf_append(&r->pending, item.data, item.len);
        }
    }
    r->pending_n = 0;
    if (item.failed)
        r->pending.failed = 1;  /* an item lost: the sentence fails as before */
    buf_free(&item);
}

void ingest_zh_pending_read(reader *r)
{
    if (r->pending_n > 0)       /* most heads: no item before them */
        pending_items_read(r);
}

/* Is the clause's subject (r->scratch, as written) a part of the area alone
 * (城市, 農村: the words are looked for in the matching form)? */
static bool ingest_zh_part_area(reader *r)
{
    const lex_list *l = &r->lx->cls[LEX_PART_AREA];
    size_t k = 0;

    /* the word must be as long as the subject: most subjects are no
     * word's length, and cleaning the text costs a thousand instructions */
    while (k < l->n && l->v[k].n != r->scratch.len)
        k++;
    if (k == l->n)
        return false;
    ingest_clean_text(r->m, r->s->match, r->head_start, r->head_start + r->scratch.len + 64 < r->len
                      ? r->head_start + r->scratch.len + 64 : r->len, &r->raw, true);
    return r->raw.len >= r->scratch.len
           && ingest_lex_at(r->lx, LEX_PART_AREA, r->raw.data, r->raw.len, NULL) == r->scratch.len;
}

/* The clause's head s[0..n), an item's word (产量, 净利润), after the
 * subject pd[0..pn) before: the whole before that subject's own item word
 * (中草药材面积…，产量911吨: 中草药材产量); with firms, only a whole that
 * names a set of firms (沪市主板公司). */
static void attribute_head(reader *r, const char *pd, size_t pn, const char *s, size_t n,
                           bool firms)
{
    static const lex_class kinds[] = { LEX_LIST_ATTRIBUTE, LEX_LIST_MODIFIER };
    size_t w;

    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        if (!ingest_lex_is(r->lx, kinds[k], s, n))
            continue;
        /* 中草药材面积…，产量911吨: the whole before the other item's word; not
         * a list's (营业收入和净利润…，营业收入: 和 would end the whole) */
        w = ingest_lex_ends(r->lx, kinds[k], pd, pn);
        if (!w || pn - w < 2 * CJK_BYTES
            || ingest_lex_ends(r->lx, LEX_LIST_SEP, pd, pn - w)
            || (firms && !ingest_lex_ends(r->lx, LEX_ENTITY_END, pd, pn - w)))
            return;
        if (w == n && !memcmp(pd + pn - w, s, n))
            w = 0;              /* the clause's own head again, completed already */
        buf_reset(&r->raw);
        buf_append(&r->raw, pd, pn - w);
        if (w)
            buf_append(&r->raw, s, n);
        buf_reset(&r->scratch);
        buf_append(&r->scratch, r->raw.data, r->raw.len);
        return;
    }
}

void ingest_zh_parallel_head(reader *r)
{
    const buf *p = &r->subject;
    const char *s = r->scratch.data;
    size_t n = r->scratch.len, w;

    ingest_zh_pending_read(r);
    if (!s || r->pending.len)
        return;
    if (!p->len && r->topic_b > r->topic_a && ingest_lex_is(r->lx, LEX_LIST_ATTRIBUTE, s, n)
        && (w = ingest_lex_at(r->lx, LEX_TOPIC, r->t + r->topic_a, r->topic_b - r->topic_a, NULL))) {
        /* 第二产业增势强劲，增加值达到948亿元: the sector of the clause before */
        buf_reset(&r->raw);
        buf_append(&r->raw, r->s->text + r->topic_a, w);
        buf_append(&r->raw, s, n);
        buf_reset(&r->scratch);
        buf_append(&r->scratch, r->raw.data, r->raw.len);
        return;
    }
    if (!p->len) {
        /* 沪市主板公司营业收入…；净利润4.16万亿元: the firms' net profit, the
         * subject carried over the ； (a set of firms only) */
        if (r->ctx->carry[0])
            attribute_head(r, r->ctx->carry, strlen(r->ctx->carry), s, n, true);
        return;
    }
    if (p->len > n && memcmp(p->data, s, n) && ingest_zh_part_area(r)) {
        /* 居民消费价格…，其中：城市上涨2.7%: the city's part of the measure before
         * (城乡居民收入…，其中城镇…: 城镇居民收入; then 农村…: 农村居民收入); the
         * whole the measure was of (全国) is not the part's */
        size_t v = ingest_lex_at(r->lx, LEX_WHOLE, p->data, p->len, NULL);   /* 全国 */
        if (!(w = ingest_lex_at(r->lx, LEX_LIST_EXPAND, p->data + v, p->len - v, NULL)))
            w = ingest_lex_at(r->lx, LEX_PART_AREA, p->data + v, p->len - v, NULL);   /* 农村 after 城市 */
        w += v;
        buf_reset(&r->raw);
        buf_append(&r->raw, s, n);
        buf_append(&r->raw, p->data + w, p->len - w);
        buf_reset(&r->scratch);
        buf_append(&r->scratch, r->raw.data, r->raw.len);
        return;
    }
    if (ingest_lex_is(r->lx, LEX_PLAN_RATIO, s, n)) {
        /* 税收收入…，完成年初预算207380万元: the plan of the same measure */
        buf_reset(&r->scratch);
        buf_append(&r->scratch, p->data, p->len);
        return;
    }
    attribute_head(r, p->data, p->len, s, n, false);
}

bool ingest_zh_shared_mark(reader *r, size_t a, size_t b)
{
    const lex_list *verbs = &r->lx->cls[LEX_MID_VERB];
    bool again = true;

    /* 均实现翻番: past the verbs between the mark and the predicate (a
     * text whose last byte ends no verb ends with none) */
    while (again && b > a && (verbs->end_filter >> ((unsigned char)r->t[b - 1] & 63u) & 1)) {
        again = false;
        for (size_t w = 0; w < verbs->n; w++)
            if (b - a > verbs->v[w].n && ends_w(r->t + a, b - a, &verbs->v[w])) {
                b -= verbs->v[w].n;
                again = true;
            }
    }
    if (b <= a || !ingest_lex_ends(r->lx, LEX_SHARED_MARK, r->t + a, b - a))
        return false;
    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_LIST_SEP, r->t + i, b - i, NULL))
            return true;
    ingest_zh_pending_read(r);
    return r->pending.len > 0;  /* the items before 、 are pending */
}
