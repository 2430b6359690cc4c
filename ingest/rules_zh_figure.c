/* rules_zh_figure.c -- how a Chinese figure is read before it becomes a
 * claim: ranges (增长8%—10%, 8%至10%, 20—60万元: one figure with a low and a
 * high end), measures stated with no unit (收入倍差从2.05缩小到1.87, 综合指数
 * 124), and the heads whose verb makes a level rather than a tally
 * (完成建筑业总产值98.6亿元 is a level; 新建学校42所 is a tally).  Every word
 * comes from the lexicon (lexicon-zh.tsv: range-sep, unitless-end,
 * level-verb, measure-end). */
#include "grammar.h"

#include <string.h>

#include "../common/utf8.h"

/* The length of a range separator ending exactly at t[e] (and starting
 * after s), 0 when none does. */
static size_t sep_before(const ingest_lexicon *lx, const char *t, size_t s, size_t e)
{
    const lex_list *l = &lx->cls[LEX_RANGE_SEP];

    if (e <= s || !(l->end_filter >> ((unsigned char)t[e - 1] & 63u) & 1))
        return 0;               /* the byte before e ends no separator */
    for (size_t w = 0; w < l->n; w++) {
        size_t k = l->v[w].n;
        if (e >= s + k && ends_w(t + e - k, k, &l->v[w]))
            return k;
    }
    return 0;
}

/* Is t[a..b) exactly one range separator? */
static bool is_sep(const ingest_lexicon *lx, const char *t, size_t a, size_t b)
{
    return b > a && ingest_lex_at(lx, LEX_RANGE_SEP, t + a, b - a, NULL) == b - a;
}

/* A from-to statement (由8%到10%) is two levels, not a range. */
static bool from_in_force(const reader *r)
{
    return r->role && r->role->code == K_FROM;
}

/* Same unit as written (or the same base unit, 8%—10%). */
static bool same_unit(const tok *a, const tok *b)
{
    return !strcmp(a->a.unit, b->a.unit) || (a->a.norm_unit[0] && !strcmp(a->a.norm_unit, b->a.norm_unit)
                                             && a->a.norm_value / (a->a.value ? a->a.value : 1)
                                                == b->a.norm_value / (b->a.value ? b->a.value : 1));
}

bool ingest_zh_range_keyword(const reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    const char *t = r->t;

    /* 20到60万元: 到 between a number and a figure joins a range; after a
     * figure in another unit it is the verb's 至 (增加16.1%至34.82亿元: the
     * rate, then the level reached) */
    return k->type == T_KW && is_sep(r->lx, t, k->pos, k->end) && !from_in_force(r)
        && k->pos > 0 && (is_digit(t[k->pos - 1]) || t[k->pos - 1] == '%')
        && i + 1 < ts->n && ts->v[i + 1].type == T_FIG && ts->v[i + 1].pos == k->end
        && !(i > 0 && ts->v[i - 1].type == T_FIG && ts->v[i - 1].end == k->pos && ts->v[i - 1].a.unit[0]
             && !same_unit(&ts->v[i - 1], &ts->v[i + 1]));
}

/* After a change verb, an amount then a far larger one in its unit is the
 * change and the level it reached (增加300亿元至3200亿元, 减少600人至115100人),
 * not a range: a range's ends are of one size (增长8%至10%, 300至500亿元). */
#define RANGE_SPAN_MAX 3.0

static bool change_then_level(const reader *r, double lo, const tok *hi)
{
    /* read at the low end (its verb the role) or at the high (至 the role,
     * the low end's verb the last) */
    const lex_entry *verb = r->role && r->role->code == K_TO ? r->last_role : r->role;

    /* under an estimate or a goal (预计…增加5亿元至20亿元, 力争, 目标) the two
     * are a forecast's range */
    return verb && (verb->code == K_GROW || verb->code == K_FALL) && !r->estimated && !r->target
        && !r->goal_word && strcmp(hi->a.norm_unit, "%") && lo > 0 && hi->a.value >= RANGE_SPAN_MAX * lo;
}

/* The high end of a range whose low end is figure ts->v[i] (8%—10%, 8%至10%,
 * 8%到10%): the index of that figure, 0 when there is none. */
static size_t range_after(const reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    size_t j = i + 1;

    if (j < ts->n && ts->v[j].type == T_KW && ts->v[j].pos == k->end
        && is_sep(r->lx, r->t, ts->v[j].pos, ts->v[j].end))
        j++;
    if (j >= ts->n || ts->v[j].type != T_FIG || ts->v[j].bad || ts->v[j].neg
        || !same_unit(k, &ts->v[j]))
        return 0;
    if (!(j > i + 1 ? ts->v[j].pos == ts->v[j - 1].end : is_sep(r->lx, r->t, k->end, ts->v[j].pos)))
        return 0;
    if (change_then_level(r, k->a.value, &ts->v[j]))
        return 0;
    return ts->v[j].a.value > (k->neg ? -k->a.value : k->a.value) ? j : 0;
}

/* The low end written before figure f with no unit of its own, or with the
 * same unit (20—60万元, 8-10%, 8%-10%): fills lo (a copy of f starting at the
 * low end, valued at it) and returns true. */
static bool range_before(const reader *r, const tok *f, tok *lo, double *high)
{
    const char *t = r->t;
    size_t e = f->pos, s = r->clause_start, k, ls, ulen = strlen(f->a.unit);
    ingest_amount a;

    if (f->neg && t[e] == '-') {
        k = 1;                  /* 8-10%: the hyphen was read as a minus */
        e++;
    } else if ((k = sep_before(r->lx, t, s, e)) == 0) {
        return false;
    }
    e -= k;
    bool lo_unit = ulen && e >= s + ulen && memcmp(t + e - ulen, f->a.unit, ulen) == 0;

    if (lo_unit)
        e -= ulen;              /* 8%—10%: the low end has the unit too */
    ls = e;
    while (ls > s && (is_digit(t[ls - 1]) || t[ls - 1] == '.'))
        ls--;
    if (ls == e || !is_digit(t[ls]) || (ls > 0 && (is_ascii_alpha(t[ls - 1]) || t[ls - 1] == '-'))
        || (ls >= CJK_BYTES && ingest_lex_at(r->lx, LEX_NUMERAL_PREV, t + ls - CJK_BYTES,
                                             CJK_BYTES, NULL)))
        return false;           /* no number, or an ordinal (第1—5名) */
    if (ingest_amount_parse(r->lx, t + ls, e - ls, &a) != GC_OK || a.length != e - ls
        || (lo_unit && change_then_level(r, a.value, f)))
        return false;
    *lo = *f;
    lo->neg = false;
    lo->pos = ls;
    *high = f->a.value;
    if (!(a.value < *high))
        return false;
    lo->a.value = a.value;
    lo->a.resolution = a.resolution;
    lo->a.norm_value = f->a.value ? a.value * (f->a.norm_value / f->a.value) : a.value;
    return true;
}

size_t ingest_zh_range(const reader *r, const toks *ts, size_t i, tok *lo, double *high)
{
    const tok *f = &ts->v[i];
    size_t j;

    if (f->bad || f->bare_scale || from_in_force(r))
        return 0;
    if (!f->neg && (j = range_after(r, ts, i)) > 0) {
        *lo = *f;
        lo->end = ts->v[j].end;
        *high = ts->v[j].a.value;
        return j - i + 1;
    }
    return range_before(r, f, lo, high) ? 1 : 0;
}

/* The last bytes of s[0..n) (whole characters, at most cap - 1 bytes) with
 * traditional forms folded, into out: the subject is display text (稅電指數),
 * the lexicon's words simplified.  Returns the length written. */
static size_t folded_tail(const ingest_maps *m, const char *s, size_t n, char *out, size_t cap)
{
    size_t a = n > cap - 1 ? n - (cap - 1) : 0, w = 0;

    while (a < n && ((unsigned char)s[a] & 0xC0) == 0x80)
        a++;                    /* start at a character */
    while (a < n) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s + a, n - a, &cp);
        if (k <= 0)
            break;
        if (k == CJK_BYTES && utf8_encode(ingest_fold(m, cp), (unsigned char *)out + w) == k)
            w += (size_t)k;     /* both forms take three bytes */
        else {
            memcpy(out + w, s + a, (size_t)k);
            w += (size_t)k;
        }
        a += (size_t)k;
    }
    out[w] = '\0';
    return w;
}

const lex_entry *ingest_zh_unitless(const reader *r)
{
    const lex_list *l = &r->lx->cls[LEX_UNITLESS_END];
    char tail[64];
    size_t n = r->subject.data ? folded_tail(r->m, r->subject.data, r->subject.len, tail,
                                             sizeof tail) : 0;
    const char *t = tail;

    /* 收入倍差从2.05缩小到1.87, 税电指数为112.04, 预期寿命达到81.5岁: the
     * subject names a measure stated with no unit, or with its own */
    for (size_t w = 0; w < l->n; w++)
        if (n >= l->v[w].n && ends_w(t + n - l->v[w].n, l->v[w].n, &l->v[w]))
            return &l->v[w];
    return NULL;
}

/* The length of s[0..n) without a bracketed aside at its end (地区生产总值(GDP),
 * 总产值（不含…）): a note on the measure, not its name's ending. */
static size_t without_aside(const char *s, size_t n)
{
    size_t k = n;

    if (n > 0 && s[n - 1] == ')') {
        while (k > 0 && s[k - 1] != '(')
            k--;
        return k > 1 ? k - 1 : n;
    }
    if (n >= 3 && !memcmp(s + n - 3, "\xEF\xBC\x89", 3)) {
        for (k = n - 3; k >= 3; k--)
            if (!memcmp(s + k - 3, "\xEF\xBC\x88", 3))
                return k - 3 > 0 ? k - 3 : n;
    }
    return n;
}

int ingest_zh_level_head(const ingest_maps *m, const char *s, size_t n)
{
    const lex_entry *v;
    size_t w = ingest_lex_at(m->lx, LEX_WHOLE, s, n, NULL), k;

    s += w;                     /* 全区新增城镇就业 */
    n = without_aside(s, n - w);
    k = ingest_lex_at(m->lx, LEX_LEVEL_VERB, s, n, &v);

    /* 完成建筑业总产值, 新增城镇就业: the verb's object is a measure */
    if (k == 0 || (k < n && ingest_lex_ends(m->lx, LEX_MEASURE_END, s + k, n - k) == 0))
        return 0;
    return v->vn > 0 && !strcmp(v->value, "sum") ? 2 : 1;
}

bool ingest_zh_threshold(const reader *r, const tok *f)
{
    const char *t = r->t;
    size_t e = f->end, n = r->len, k;
    const lex_entry *q;
    bool limit = false;
    size_t na, nb, pb;

    if (ingest_zh_named_after(r, f, &na, &nb, &pb))
        return false;           /* 90%以上的行政村实现…: a share */
    /* 5000平方米以上的农贸市场, 3000万元以上项目, 超50亿元的园区: a bound that
     * names a class of things, not a figure of the text's own */
    if ((k = ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, t + e, n - e, &q)) > 0
        && (q->code == INGEST_ABOVE || q->code == INGEST_BELOW) && k > CJK_BYTES) {
        e += k;
        limit = true;
    }
    if ((k = ingest_lex_at(r->lx, LEX_OF_MARK, t + e, n - e, NULL)) > 0) {
        if (!limit) {
            /* 超50亿元的园区: a limit word right before the figure */
            const lex_list *pre = &r->lx->cls[LEX_QUALIFIER_BEFORE];
            for (size_t w = 0; w < pre->n && !limit; w++)
                limit = pre->v[w].code == INGEST_ABOVE && f->pos >= pre->v[w].n
                        && ends_w(t + f->pos - pre->v[w].n, pre->v[w].n, &pre->v[w]);
            if (!strcmp(f->a.norm_unit, "%"))
                limit = false;  /* 占40%的: a share before its noun */
        }
        e += k;
    } else if (!limit) {
        return false;
    }
    return limit && e + CJK_BYTES <= n && is_ideograph_lead((unsigned char)t[e])
        && !ingest_lex_at(r->lx, LEX_THRESHOLD_NOT_NEXT, t + e, n - e, NULL)
        && !ingest_lex_at(r->lx, LEX_KEYWORD, t + e, n - e, NULL);
}

size_t ingest_zh_span_before(const reader *r, const tok *k, int *years)
{
    const char *t = r->t;
    const lex_entry *pl;
    size_t a, dl, pos = k->pos;
    int n = 0, d;

    *years = 0;
    if (k->type != T_KW || (k->kw->code != K_DOUBLE && k->kw->code != K_QUADRUPLE
                              && k->kw->code != K_OCTUPLE)
        || pos < r->clause_start + 2 * CJK_BYTES - 2
        || ingest_lex_at(r->lx, LEX_YEAR_MARK, t + pos - CJK_BYTES, CJK_BYTES, NULL) != CJK_BYTES)
        return 0;
    a = pos - CJK_BYTES;
    if (is_digit(t[a - 1])) {
        /* 3年, 10年: one or two ASCII digits (2010年 is a year, not a span) */
        size_t e = a;
        while (a > r->clause_start && is_digit(t[a - 1]) && e - a < 3)
            a--;
        if (e - a > 2 || (a > r->clause_start && is_digit(t[a - 1])))
            return 0;
        for (size_t i = a; i < e; i++)
            n = n * 10 + (t[i] - '0');
    } else if (a >= r->clause_start + CJK_BYTES
               && (d = ingest_lex_digit(r->lx, t + a - CJK_BYTES, CJK_BYTES, &dl)) > 0
               && dl == CJK_BYTES) {
        n = d;                  /* 两年, 三年 */
        a -= CJK_BYTES;
    } else if (a >= r->clause_start + CJK_BYTES
               && ingest_lex_at(r->lx, LEX_PLACE, t + a - CJK_BYTES, CJK_BYTES, &pl) == CJK_BYTES
               && pl->num == 10) {
        n = 10;                 /* 十年 */
        a -= CJK_BYTES;
    }
    if (n < 2 || n > 10)
        return 0;
    *years = n;
    return pos - a;
}

bool ingest_zh_named_subject(const reader *r, const buf *s)
{
    size_t chars = 0, digits = 0;
    bool ranked = true;     /* every digit run names a ranking (中国500强企业) */

    if (!s->data || ingest_lex_is(r->lx, LEX_BARE_VERB, s->data, s->len))
        return false;
    for (size_t i = 0; i < s->len; i += char_len((unsigned char)s->data[i])) {
        digits += is_digit(s->data[i]);
        if (is_digit(s->data[i]) && (i + 1 >= s->len || !is_digit(s->data[i + 1])))
            ranked = ranked && ingest_lex_at(r->lx, LEX_RANK_MARK, s->data + i + 1,
                                             s->len - i - 1, NULL) > 0;
        chars++;
    }
    return (r->named_bound || (digits && ranked)) && chars >= digits + 2;
}

bool ingest_zh_tally_subject(const reader *r, const char *s, size_t n)
{
    return n > 0 && ingest_lex_ends(r->lx, LEX_TALLY_END, s, n) > 0;
}

/* The bytes of an opening bracket ('(' or '（') ending at t[p], after an
 * ideograph (a name), or 0. */
static size_t open_after_name(const char *t, size_t s, size_t p)
{
    size_t k = p >= 1 && t[p - 1] == '(' ? 1
             : p >= CJK_BYTES && !memcmp(t + p - CJK_BYTES, "\xEF\xBC\x88", CJK_BYTES) ? CJK_BYTES
             : 0;

    if (k == 0 || p < s + k + CJK_BYTES || !is_ideograph_lead((unsigned char)t[p - k - CJK_BYTES]))
        return 0;
    return k;
}

/* Does a closing bracket (')' or '）') start at t[e]? */
static bool close_at(const char *t, size_t e, size_t n)
{
    return (e < n && t[e] == ')')
        || (e + CJK_BYTES <= n && !memcmp(t + e, "\xEF\xBC\x89", CJK_BYTES));
}

/* Where the list holding t[p] starts: after the last clause break before
 * it other than 、 (分别比全国(6.8%)、全省(8.2%)快: the 比 of the list). */
static size_t list_start(const char *t, size_t p)
{
    static const char *const brk[] = { ",", ";", ":", "，", "；", "：", "。" };

    for (size_t i = p; i > 0; i--)
        for (size_t w = 0; w < sizeof brk / sizeof brk[0]; w++) {
            size_t k = strlen(brk[w]);
            if (i >= k && !memcmp(t + i - k, brk[w], k))
                return i;
        }
    return 0;
}

/* Does a change in points follow t[e] in the sentence?  失业率(1.7%)…分别下跌
 * 0.8个百分点: the bracketed figures are then the levels of rates. */
static bool points_after(const reader *r, size_t e)
{
    const char *u = r->m->points_unit;
    size_t k = strlen(u);

    for (size_t i = e; i + k <= r->len; i++)
        if (r->t[i] == u[0] && !memcmp(r->t + i, u, k))
            return true;
    return false;
}

/* Does a time word end at t[b] (较上年同期(3.2%), 一季度(-10.8%))?  The
 * bracketed figure is then that period's, a comparison. */
static bool time_before(const reader *r, size_t s, size_t b)
{
    const lex_entry *k;

    for (size_t i = s; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, b - i, &k) == b - i
            && (k->code == K_PREV_YEAR || k->code == K_PART || k->code == K_LAST_YEAR))
            return true;
    return false;
}

/* Is there a keyword of role code in t[a..b)? */
static bool keyword_in(const reader *r, size_t a, size_t b, lex_role code)
{
    const lex_entry *k;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, b - i, &k) && k->code == (int)code)
            return true;
    return false;
}

/* Is the list before t[p] (from a) the object of a base word, 比全省(7.7%)
 * and 分别比全国(6.8%)、…: a 比/较 with no growth word after it?  In 录得较
 * 显著升幅的大类有教育(+6.12%) the 较 is an adverb, and 升幅 comes after. */
static bool compared_list(const reader *r, size_t a, size_t p)
{
    const lex_entry *k;
    size_t base = SIZE_MAX, n;

    for (size_t i = a; i < p; i += n ? n : char_len((unsigned char)r->t[i]))
        if ((n = ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, p - i, &k)) > 0
            && k->code == K_BASE)
            base = i + n;
    return base != SIZE_MAX && !keyword_in(r, base, p, K_GROW) && !keyword_in(r, base, p, K_FALL);
}

/* Where the items start in t[a..b) when a rate word, then an items-intro
 * word leaving two characters, come first (价格指数上升最明显的大类有交通: 交通),
 * else a.  有色金属 keeps its 有: no rate word before it. */
static size_t after_intro(const reader *r, size_t a, size_t b)
{
    size_t from = a, n;

    for (size_t i = a; i + 2 * CJK_BYTES <= b; i += char_len((unsigned char)r->t[i]))
        if ((n = ingest_lex_at(r->lx, LEX_ITEMS_INTRO, r->t + i, b - i, NULL)) > 0
            && b - i - n >= 2 * CJK_BYTES
            && (keyword_in(r, a, i, K_GROW) || keyword_in(r, a, i, K_FALL)))
            from = i + n;
    return from;
}

/* The name right before the bracket at t[b]: from the clause's head, or
 * from the close of the bracketed figure before it (教育(+8.93%)和家居设备及
 * 用品(+6.31%): the joiner is a lead word), into the subject when usable. */
static void bracketed_name(reader *r, size_t b)
{
    size_t a = r->head_start;
    const tok *l = r->last_fig;

    if (l && l->end >= a && l->end < b && close_at(r->t, l->end, b))
        a = l->end + (r->t[l->end] == ')' ? 1 : CJK_BYTES);
    a = after_intro(r, a, b);
    ingest_clean_both(r->m, r->s->text, r->s->match, a, b, &r->scratch, true);
    if (!ingest_good_subject(r->m, &r->scratch))
        return;
    buf_reset(&r->subject);
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
    ingest_zh_colon_slot(r, a);     /* …所有主要目的地…：美国(-25.3%) */
}

const lex_entry *ingest_zh_bracketed_rate(reader *r, const tok *f, const lex_entry *role)
{
    const char *t = r->t;
    size_t p = f->pos, s = r->clause_start, k;
    bool sign = f->neg;

    if (strcmp(f->a.norm_unit, "%") != 0 || !close_at(t, f->end, r->len))
        return role;
    if (p > s && t[p - 1] == '+')
        p--, sign = true;       /* 教育(+8.93%) */
    else if (p >= s + CJK_BYTES && !memcmp(t + p - CJK_BYTES, "\xEF\xBC\x8B", CJK_BYTES))
        p -= CJK_BYTES, sign = true;   /* full-width ＋ */
    if (!(k = open_after_name(t, s, p)))
        return role;
    /* 比全省(7.7%)高, 较一季度(-10.8%)回升: another place's or period's
     * rate, a comparison; 上升最明显的大类有交通(8.75%), 衣履(-2.99%)录得跌幅:
     * the rates of the items a sentence of rises or falls lists */
    if (compared_list(r, list_start(t, p), p) || time_before(r, s, p - k)
        || points_after(r, f->end))
        return role;
    if (!role && !sign && !keyword_in(r, 0, r->len, K_GROW) && !keyword_in(r, 0, r->len, K_FALL))
        return NULL;
    bracketed_name(r, p - k);
    return role ? role : ingest_zh_role_entry(r, K_GROW);
}
