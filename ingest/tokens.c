/* tokens.c -- a sentence cut into tokens, and the quick test before it.
 *
 * Tokens are keywords (由, 增至, 增长, 年均, 占, 较, 预计, 累计, 力争 ...),
 * years (2016年, 2016—2020年, 十三五), figures (a number with its unit) and
 * clause breaks (，、：).  Every word comes from the lexicon; the speed maps
 * derived from it (lexicon.c) let the tokenizer skip, with one bit test,
 * the characters that start neither a keyword nor a figure.  Dates,
 * ordinals, durations ("连续6年"), names with digits (16号线, 5G, quoted
 * names) are never figures. */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

/* ---- keywords ---- */

static const lex_entry *match_keyword(const ingest_maps *m, const char *t, size_t len, size_t i);
static bool alone_in_quotes(const ingest_maps *m, const char *t, size_t len, size_t i,
                            const lex_entry *kw);

/* Is a five-year plan's keyword at t[q] (“九五”, “十五”末, 十一五), or the
 * year before the one in force (上年, 上年同期: 由上年的40.9%提高到42.1%)? */
static bool plan_keyword_at(const ingest_maps *m, const char *t, size_t len, size_t q)
{
    const lex_entry *p = q < len ? match_keyword(m, t, len, q) : NULL;

    if (p && p->code == K_PREV_YEAR)
        return true;
    return p && p->code >= K_PLAN11 && p->code <= K_PLAN15
           && (!(p->flags & LEXF_QUOTED) || alone_in_quotes(m, t, len, q, p));
}

/* Does a figure in Chinese numerals with its unit start at t[q] (三十九．五％,
 * 十五．八％, 二成)?  增 and 减 then are verbs as before digits; a numeral
 * alone after them is a word's (增一点, 减二氧化碳). */
static bool cn_figure_at(const ingest_maps *m, const char *t, size_t len, size_t q)
{
    ingest_amount a;

    return ingest_is_numeral_start(m->lx, t + q, len - q)
           && ingest_amount_parse(m->lx, t + q, len - q, &a) == GC_OK && a.unit[0];
}

/* Does a short time or name end in 的 before a figure right after 由 at t[q]
 * (由去年第4季的0.8%上升至14.3%, 由第一季的18.1%扩大至, 由原来的8.5%修订为)?
 * The words between are the base's period, read by the time rules; a clause
 * break or a long run ends the look (由政府主导的…, 由…组成 are no base). */
static bool from_time_of_figure(const ingest_maps *m, const char *t, size_t len, size_t q)
{
    static const char de[] = "\xe7\x9a\x84";      /* 的 */
    size_t end = q + 8 * CJK_BYTES < len ? q + 8 * CJK_BYTES : len;

    while (q < end) {
        if (!is_ideograph_lead((unsigned char)t[q])) {
            if (!is_digit(t[q]))
                return false;
            q++;
            continue;
        }
        if (q + CJK_BYTES > len || ingest_punct(m, cjk_at(t, len, q)))
            return false;
        if (memcmp(t + q, de, CJK_BYTES) == 0) {
            size_t f = q + CJK_BYTES;
            return f < len && is_digit(t[f]);
        }
        q += CJK_BYTES;
    }
    return false;
}

/* Keyword words that are parts of nouns: 增加值, 增长点, 行动计划, 比例 ... */
static bool false_keyword(const ingest_maps *m, const char *t, size_t len, size_t i,
                          const lex_entry *k)
{
    const lex_list *next = &m->lx->cls[LEX_KW_NOT_NEXT], *prev = &m->lx->cls[LEX_KW_NOT_PREV];
    size_t e = i + k->n;

    if ((k->flags & LEXF_WORD_NEXT) && (e >= len || !is_ideograph_lead((unsigned char)t[e])))
        return true;            /* 计划增长5% is a goal; 计划， is a name */
    if (k->flags & LEXF_FIGURE_NEXT) {
        size_t q = e;
        while (q < len && t[q] == ' ')
            q++;
        if (!(q < len && (is_digit(t[q]) || (q == e && cn_figure_at(m, t, len, q)))))
            return true;        /* 增8%, 增 7.5%, 年增三十九．五％; not 增收, 增强, 新增一般债券 */
    }
    if (k->code == K_FROM) {
        /* 由2016年, 从370亿元, 由上年的: a figure or its time follows; 由垃圾分类…
         * 组成, 从业人员 are not */
        size_t l, q = e;
        if (q + 3 <= len && (ingest_punct(m, cjk_at(t, len, q)) & PUNCT_OPEN))
            q += 3;             /* 从“十三五”末的…: a plan's end is the base */
        if (!(e < len && (is_digit(t[e]) || ingest_lex_digit(m->lx, t + e, len - e, &l) >= 0
                          || ingest_lex_at(m->lx, LEX_PLAN_NAME, t + q, len - q, NULL)
                          || plan_keyword_at(m, t, len, q)
                          || from_time_of_figure(m, t, len, e))))
            return true;
    }
    if (!m->kw_blocked[k - m->lx->cls[LEX_KEYWORD].v])
        return false;           /* no context word blocks this keyword */
    /* the text first, which rules out nearly every row at once (the
     * chain of rows that may start at e; the last byte before i), then
     * whether the row blocks this keyword */
    for (unsigned w = lex_first(next, t + e, len - e); w; w = lex_next(next, w))
        if (starts_w(t + e, len - e, &next->v[w - 1]) && ingest_lex_blocks(&next->v[w - 1], k))
            return true;
    if (i == 0 || !(m->kw_prev_filter[k - m->lx->cls[LEX_KEYWORD].v] >> ((unsigned char)t[i - 1] & 63u) & 1))
        return false;           /* no row blocking k ends with the byte before i */
    for (size_t w = 0; w < prev->n; w++) {
        const lex_entry *p = &prev->v[w];
        if (i >= p->n && ends_w(t, i, p) && ingest_lex_blocks(p, k))
            return true;
    }
    return false;
}

/* How many ideographs may stand between a comma's 至 and its figure. */
#define TO_TIME_CHARS 3

/* Does the last token read end at i as a figure with a unit (16.1%至), or
 * as a comma right after one with a figure right after the keyword, ending
 * at next (按年升15.7%，至338亿元; not 增长8.5%，至年末…达到520家: 至 a time's)? */
static bool after_figure(const toks *ts, const char *t, size_t len, size_t i, size_t next)
{
    const tok *p = ts->n > 0 ? &ts->v[ts->n - 1] : NULL;

    if (p && p->type == T_BREAK && p->end == i && !p->list_break && ts->n > 1) {
        /* the figure may follow a short time (至去年379万人, 至去年的7986家) */
        for (int c = 0; c < TO_TIME_CHARS && next + 3 <= len && (unsigned char)t[next] >= 0xE4; c++)
            next += 3;
        if (next >= len || !is_digit(t[next]))
            return false;
        i = p->pos;
        p--;
    }
    return p && p->type == T_FIG && p->end == i && p->a.unit[0];
}

/* Can a keyword start at t[i]?  One bit test. */
static bool may_be_keyword(const ingest_maps *m, const char *t, size_t len, size_t i)
{
    unsigned char c = (unsigned char)t[i];

    return is_ideograph_lead(c) && len - i >= 3 && cjk_bit(m->kw_first, t + i);
}

/* The keyword at t[i], or NULL.  A bit map of first characters rules out
 * most characters; the first two characters then pick the chain of the
 * longer words, the first the chain of the shorter, both read in table
 * order (the first word that matches wins, as in one list). */
static const lex_entry *match_keyword(const ingest_maps *m, const char *t, size_t len, size_t i)
{
    const lex_entry *kws = m->lx->cls[LEX_KEYWORD].v;
    unsigned a, b;

    if (!may_be_keyword(m, t, len, i))
        return NULL;
    a = len - i >= 2 * CJK_BYTES ? m->kw_head[ingest_kw_bucket(t + i)] : 0;
    b = m->kw_head1[cp3(t + i) % INGEST_KW_BUCKETS];
    while (a || b) {
        unsigned k = a && (!b || a < b) ? a : b;
        const lex_entry *w = &kws[k - 1];
        if (k == a)
            a = m->kw_next[k - 1];
        else
            b = m->kw_next[k - 1];
        /* a chain's words mostly share their first characters: the
         * last byte tells them apart at once */
        if (len - i < w->n || t[i + w->n - 1] != w->s[w->n - 1])
            continue;
        if (same_bytes(t + i, w->s, w->n - 1) && !false_keyword(m, t, len, i, w))
            return w;
    }
    return NULL;
}

/* ---- tokens ---- */

static int push(toks *ts, const tok *t)
{
    if (ts->n == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 64;
        tok *v = realloc(ts->v, cap * sizeof *v);
        if (!v)
            return GC_ENOMEM;
        ts->v = v;
        ts->cap = cap;
    }
    ts->v[ts->n++] = *t;
    return GC_OK;
}

/* Does a number follow the '-' at s[0] (after spaces): a range, a date or
 * a code (2020-01-05, 0571-87654321, 4754-2017)?  A dash before words
 * (增长5.2%－－比上年加快…, 5.2%-高于全省…) ends the figure's clause instead. */
static bool dash_then_number(const char *s, size_t n)
{
    size_t i = 1;

    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    return i < n && is_digit(s[i]);
}

/* Words right after a number that make it a date, an ordinal, a duration,
 * an age, a rank or part of a name rather than a figure. */
static bool not_a_figure_after(const ingest_maps *m, const char *s, size_t n)
{
    if (n > 0 && (is_ascii_alpha(s[0]) || s[0] == '/'))
        return true;
    if (n > 0 && s[0] == '-')
        return dash_then_number(s, n);
    if (n > 1 && s[0] == '.' && (is_digit(s[1]) || is_ascii_alpha(s[1])))
        return true;            /* 2.0.1, a version; a final '.' ends the sentence */
    if (ingest_lex_at(m->lx, LEX_FIGURE_NEXT_OK, s, n, NULL) > 0)
        return false;           /* 千亿元大关: a milestone, where 大 alone is 十八大 */
    return ingest_lex_at(m->lx, LEX_NOT_FIGURE_NEXT, s, n, NULL) > 0;
}

/* The value of the four ASCII digits at t[k..k+4), or -1 when any is
 * missing. */
static int four_digits(const char *t, size_t len, size_t k)
{
    int v = 0;

    for (size_t p = k; p < k + 4; p++) {
        if (p >= len || !is_digit(t[p]))
            return -1;
        v = v * 10 + (t[p] - '0');
    }
    return v;
}

/* The rest of a range written with both its years whole, 2017年至2021年, after
 * the first (y, its 年 ending at t[i]): its length, with the last year in
 * out->year2; 0 when none follows. */
static size_t year_range_tail(const ingest_maps *m, const char *t, size_t len, size_t i, int y,
                              tok *out)
{
    size_t dash = ingest_lex_at(m->lx, LEX_RANGE_DASH, t + i, len - i, NULL), k, mark;
    int y2;

    if (dash == 0)
        return 0;
    k = i + dash;
    if ((y2 = four_digits(t, len, k)) < 0 || y2 <= y || y2 > y + 50 || (k + 4 < len && is_digit(t[k + 4]))
        || (mark = ingest_lex_at(m->lx, LEX_YEAR_MARK, t + k + 4, len - k - 4, NULL)) == 0)
        return 0;
    out->year2 = y2;
    return k + 4 + mark - i;
}

/* A year of Taiwan's calendar whose v (digits t[i..j)) is not four digits
 * long: after the era's name (民国95年), or three digits before a mark only
 * that calendar's years take (108年度, 今(101)年).  Returns the year, with
 * the bytes read in *n; 0 when there is none. */
static int roc_year(const ingest_maps *m, const char *t, size_t len, size_t i, size_t j, int v,
                    size_t *n)
{
    size_t mark, era, dash;

    if (j - i < 2)
        return 0;       /* most numbers: one digit, or a decimal's whole part */
    era = ingest_lex_ends(m->lx, LEX_ROC_ERA, t, i);
    dash = ingest_lex_ends(m->lx, LEX_RANGE_DASH, t, i - era);
    if (dash > 0 && (ingest_lex_ends(m->lx, LEX_YEAR_MARK, t, i - era - dash) > 0
                     || ingest_lex_ends(m->lx, LEX_ROC_YEAR_MARK, t, i - era - dash) > 0))
        return 0;       /* the end of a span (95年至民國97年): see read_year;
                           截至108年底 is no span */
    if ((mark = ingest_lex_at(m->lx, LEX_YEAR_MARK, t + j, len - j, NULL)) > 0 && era > 0) {
        *n = j + mark - i;
        return v + ROC_EPOCH;
    }
    return j - i == 3 ? ingest_roc_year_read(m->lx, t + i, len - i, n) : 0;
}

/* Reads a year "2016年" (1900..2100), or a range "2016—2020年" / "2016-2020年",
 * at t[i].  Returns bytes read (0 if none). */
static size_t read_year(const ingest_maps *m, const char *t, size_t len, size_t i, tok *out)
{
    size_t j = i, k, mark, dash;
    int y = 0, y2;

    if (!is_digit(t[i])) {
        /* 二〇〇七年, 二00二年: a year in Chinese digits */
        if ((y = ingest_year_at(m->lx, t + i, len - i, &k)) == 0)
            return 0;
        out->type = T_YEAR;
        out->year = y;
        return k;
    }
    while (j < len && is_digit(t[j]) && j - i < 5)
        y = y * 10 + (t[j++] - '0');
    if (j - i < 4 && (y = roc_year(m, t, len, i, j, y, &k)) > 0) {
        if (ingest_lex_at(m->lx, LEX_RANGE_DASH, t + i + k, len - i - k, NULL) > 0)
            return 0;   /* 民國95年至97年: a span whose end this reader cannot
                           date; no time beats a wrong one */
        out->type = T_YEAR;
        out->year = y;
        return k;
    }
    if (j - i != 4 || y < 1900 || y > 2100 || (j < len && is_digit(t[j])))
        return 0;
    if ((mark = ingest_lex_at(m->lx, LEX_YEAR_MARK, t + j, len - j, NULL)) > 0) {
        size_t n = year_range_tail(m, t, len, j + mark, y, out);
        out->type = n ? T_RANGE : T_YEAR;
        out->year = y;
        return j + mark + n - i;
    }
    if ((dash = ingest_lex_at(m->lx, LEX_RANGE_DASH, t + j, len - j, NULL)) == 0)
        return 0;
    k = j + dash;
    if ((y2 = four_digits(t, len, k)) < 0 || y2 <= y || y2 > 2100
        || (mark = ingest_lex_at(m->lx, LEX_YEAR_MARK, t + k + 4, len - k - 4, NULL)) == 0)
        return 0;
    out->type = T_RANGE;
    out->year = y;
    out->year2 = y2;
    return k + 4 + mark - i;
}

/* Is there a numeral character just before t[i] (so t[i] is not the start
 * of a number)? */
static bool numeral_before(const ingest_maps *m, const char *t, size_t i)
{
    size_t len;

    if (i == 0)
        return false;
    if (is_digit(t[i - 1]) || t[i - 1] == '.' || is_ascii_alpha(t[i - 1]) || t[i - 1] == '-')
        return !(t[i - 1] == '-' && i >= 2 && !is_digit(t[i - 2]) && !is_ascii_alpha(t[i - 2]));
    /* 1‘3%: a mark OCR put inside a number; no reader can tell the number */
    if (i >= 4 && is_digit(t[i - 4]) && (ingest_punct(m, cjk_at(t, i, i - 3)) & (PUNCT_OPEN | PUNCT_CLOSE)))
        return true;
    if (i >= 2 && is_digit(t[i - 2]) && (t[i - 1] == '\'' || t[i - 1] == '`'))
        return true;
    if (i >= CJK_BYTES && ingest_lex_digit(m->lx, t + i - CJK_BYTES, CJK_BYTES, &len) >= 0)
        return true;
    return i >= CJK_BYTES
        && ingest_lex_at(m->lx, LEX_NUMERAL_PREV, t + i - CJK_BYTES, CJK_BYTES, NULL) > 0;
}

/* Tries to read a figure at t[i]; returns bytes read, 0 if there is none
 * (the caller then moves on by one character).  before: numeral_before()
 * at i when the caller asked it already, else -1. */
static size_t read_figure(const ingest_maps *m, const char *t, size_t len, size_t i,
                          bool after_limit, int before, tok *out)
{
    size_t start = i;
    bool neg = false;
    int rc;

    if (t[i] == '-' && i + 1 < len && is_digit(t[i + 1])) {
        neg = true;
        i++;
    }
    if (!ingest_is_numeral_start(m->lx, t + i, len - i)) {
        /* 突破万亿元: a scale alone, only after a limit word */
        if (!after_limit || !ingest_lex_at(m->lx, LEX_BARE_SCALE, t + i, len - i, NULL))
            return 0;
    }
    if (before < 0 ? numeral_before(m, t, start) : before)
        return 0;
    rc = ingest_amount_parse(m->lx, t + i, len - i, &out->a);
    if (rc == GC_ERANGE) {
        /* skip the whole run of digits so no tail of it is read as a figure;
         * the token stays, so that the years and roles around it are used up */
        size_t j = i;
        while (j < len && (is_digit(t[j]) || t[j] == '.' || t[j] == ','))
            j++;
        memset(&out->a, 0, sizeof out->a);
        strcpy(out->a.unit, "?");
        out->bad = true;
        out->type = T_FIG;
        out->pos = start;
        return j > i ? j - start : char_len((unsigned char)t[i]);
    }
    if (rc != GC_OK)
        return 0;
    if (i > 0 && out->a.value == 1 && !is_digit(t[i])
        && ingest_lex_digit(m->lx, t + i, len - i, &(size_t){0}) < 0)
        out->bare_scale = true;
    out->type = T_FIG;
    out->neg = neg;
    out->pos = start;
    /* 增加值?8.95亿元: OCR lost a digit after an ideograph; no reader can
     * tell the number (in English, ?1,200 crore is a lost rupee sign) */
    out->bad = (start >= 4 && t[start - 1] == '?' && is_ideograph_lead((unsigned char)t[start - 4]))
               || (start >= 6 && !memcmp(t + start - 3, "\xEF\xBC\x9F", 3)
                   && is_ideograph_lead((unsigned char)t[start - 6]));   /* ？ */
    return i - start + out->a.length;
}

/* The punctuation at t[i] (PUNCT_*), its length in *blen.  A ',' before
 * exactly three digits is a thousands separator, not a break (but still a
 * comma to the year before it). */
static unsigned punct_at(const ingest_maps *m, const char *t, size_t len, size_t i, size_t *blen)
{
    unsigned char c = (unsigned char)t[i];
    unsigned kind;

    if (c < 0x80) {
        *blen = 1;
        kind = ingest_punct(m, c);
        if (c == ',' && ingest_thousands_group(t + i, len - i))
            kind &= ~(unsigned)(PUNCT_BREAK | PUNCT_LIST);   /* still a comma after a year */
        return kind;
    }
    *blen = CJK_BYTES;
    return ingest_punct(m, cjk_at(t, len, i));
}

/* A cheap test before read_figure: a digit, a minus before one, or a
 * character of the figure filter (or a bare scale after a limit word). */
static bool may_start_figure(const ingest_maps *m, const char *t, size_t len, size_t i,
                             bool limit)
{
    unsigned char c = (unsigned char)t[i];

    if (c < 0x80)
        return is_digit((char)c) || (c == '-' && i + 1 < len && is_digit(t[i + 1]));
    if ((c & 0xF0) != 0xE0 || len - i < 3)
        return false;
    return ingest_in_filter(m, cp3(t + i))
        || (limit && ingest_lex_at(m->lx, LEX_BARE_SCALE, t + i, len - i, NULL));
}

/* A year token at t[i], with a date's month and day skipped after it.
 * Returns the offset after it, or i when there is no year. */
/* A month 1..12 at t[i] (5, 12, 五, 十二), with its length in *n; 0 if none. */
static int month_at(const ingest_maps *m, const char *t, size_t len, size_t i, size_t *n)
{
    size_t j = i, dl;
    int v = 0, d;

    while (j < len && is_digit(t[j]) && j - i < 2)
        v = v * 10 + (t[j++] - '0');
    if (j == i) {
        const lex_entry *pl;
        if ((d = ingest_lex_digit(m->lx, t + j, len - j, &dl)) > 0) {
            v = d;
            j += dl;
        }
        if (ingest_lex_at(m->lx, LEX_PLACE, t + j, len - j, &pl) && pl->num == 10) {
            v = (v ? v : 1) * 10;
            j += pl->n;
            if ((d = ingest_lex_digit(m->lx, t + j, len - j, &dl)) > 0) {
                v += d;
                j += dl;
            }
        }
    }
    *n = j - i;
    return j > i && v >= 1 && v <= 12 && !(j < len && is_digit(t[j])) ? v : 0;
}

/* The quarter a written at t[i] (1季度, 第3季度; 前3季度: the year to its
 * end), its mark ending at end.  Returns end. */
static size_t quarter_token(const ingest_maps *m, const char *t, size_t i, int a, size_t end, tok *k)
{
    size_t first = ingest_lex_ends(m->lx, LEX_MONTHS_FIRST, t, i);

    k->type = T_PART;
    k->pos = i - (first ? first : ingest_lex_ends(m->lx, LEX_ORDINAL, t, i));
    k->end = end;
    k->year = first ? 1 : 3 * a - 2;
    k->year2 = 3 * a;
    return end;
}

/* 第3季度 (or Taiwan's 第3季) at the digit t[i], after the ordinal (a numeral's mark, which
 * keeps the digit from starting a part or a figure): the quarter.  Returns
 * the offset after it, or i when there is none. */
static size_t ordinal_quarter(const ingest_maps *m, const char *t, size_t len, size_t i, tok *k)
{
    size_t n, mark;
    int a;

    if (!ingest_lex_ends(m->lx, LEX_ORDINAL, t, i) || (a = month_at(m, t, len, i, &n)) > 4 || a == 0
        || ((mark = ingest_lex_at(m->lx, LEX_QUARTER_MARK, t + i + n, len - i - n, NULL)) == 0
            && (mark = ingest_lex_at(m->lx, LEX_QUARTER_SHORT, t + i + n, len - i - n, NULL)) == 0))
        return i;
    return quarter_token(m, t, i, a, i + n + mark, k);
}

/* Does a Chinese digit at t[e] start the day of a date (8月二日, 八月十五日)
 * rather than a word (1月零售業總銷貨價值, 1月二手房成交: Hong Kong's retail
 * releases write the month so)?  A day is a digit before a place, another
 * digit, a day's mark or a range word (十月一至七日); a word's digit is
 * followed by none of them. */
static bool day_digit_at(const ingest_maps *m, const char *t, size_t len, size_t e)
{
    size_t dl;

    if (ingest_lex_digit(m->lx, t + e, len - e, &dl) < 0)
        return false;
    e += dl;
    return e >= len || ingest_lex_digit(m->lx, t + e, len - e, &dl) >= 0
           || ingest_lex_at(m->lx, LEX_PLACE, t + e, len - e, NULL)
           || ingest_lex_at(m->lx, LEX_DAY_MARK, t + e, len - e, NULL)
           || ingest_lex_at(m->lx, LEX_RANGE_DASH, t + e, len - e, NULL);  /* 十月一至七日 */
}

/* Is the month written at t[i], its mark ending at e, a year's month without
 * 份 (今年8月的零售業…, 2023年8月，…, 今年八月與去年八月比較): right after a
 * year's mark and not the start of a date (8月15日, 八月十五日)?  Hong Kong and
 * Taiwan write a month so; a month alone after a break stays a count. */
static bool month_of_year(const ingest_maps *m, const char *t, size_t len, size_t i, size_t e)
{
    if (!ingest_lex_ends(m->lx, LEX_YEAR_MARK, t, i) || e >= len || is_digit(t[e]))
        return false;
    return !day_digit_at(m, t, len, e) && !ingest_lex_at(m->lx, LEX_PLACE, t + e, len - e, NULL);
}

/* Does a month that opens a clause, its mark ending at e, name the month of
 * what follows (11月失業率為3.86%, 11月工业增加值增长5.2%: Taiwan's monthly
 * releases open so) rather than start a date (11月22日, 十一月二十二日)? */
static bool month_opens_clause(const ingest_maps *m, const char *t, size_t len, size_t e)
{
    if (e >= len || is_digit(t[e]) || !is_ideograph_lead((unsigned char)t[e]))
        return false;
    return !day_digit_at(m, t, len, e)
           && !ingest_lex_at(m->lx, LEX_PLACE, t + e, len - e, NULL)
           && !ingest_lex_at(m->lx, LEX_MONTH_SPAN_AFTER, t + e, len - e, NULL);
}

/* Is the month at t[i], its mark ending at e, the month a release verb
 * announces (经济部统计处昨公布十一月外銷訂單…, 主计处今天公布11月失业率为…)?
 * A reader takes its figures as that month's, as after a clause's start;
 * a date after the verb (公布11月22日…) is not one. */
static bool month_announced(const ingest_maps *m, const char *t, size_t len, size_t i, size_t e)
{
    return ingest_lex_ends(m->lx, LEX_RELEASE_VERB, t, i) > 0
           && month_opens_clause(m, t, len, e)
           && !ingest_lex_at(m->lx, LEX_DAY_MARK, t + e, len - e, NULL);
}

/* Months a to b written each with its mark from t[j], after a's digits:
 * 6月至8月, 9月—11月 (Macao's and Hong Kong's rolling three months, a
 * range with its first month whole; not 8月15日至20日, a date).  Returns
 * the length from j to after b's mark (and 份), with b in *b; 0 none. */
static size_t month_range_marked(const ingest_maps *m, const char *t, size_t len, size_t j, int a,
                                 int *b)
{
    size_t k = j, n, d, mark = ingest_lex_at(m->lx, LEX_MONTH_MARK, t + j, len - j, NULL);

    if (mark == 0)
        return 0;
    k += mark;
    if ((d = ingest_lex_at(m->lx, LEX_RANGE_DASH, t + k, len - k, NULL)) == 0
        && (d = ingest_lex_at(m->lx, LEX_MONTH_TO, t + k, len - k, NULL)) == 0)
        return 0;
    k += d;
    if ((*b = month_at(m, t, len, k, &n)) <= a
        || (mark = ingest_lex_at(m->lx, LEX_MONTH_MARK, t + k + n, len - k - n, NULL)) == 0)
        return 0;
    k += n + mark;
    if (k < len && is_digit(t[k]))
        return 0;               /* 6月至8月5日: a date's span */
    return k + ingest_lex_at(m->lx, LEX_MONTH_SINGLE, t + k, len - k, NULL) - j;
}

/* The months ending with month b written at t[j] (8月底|的3个月, 10月|为止的
 * 三个月: Hong Kong's three-month statistics): their length, the first
 * month in *a; 0 when no count of months follows. */
static size_t months_back(const ingest_maps *m, const char *t, size_t len, size_t j, int b, int *a)
{
    size_t w = ingest_lex_at(m->lx, LEX_MONTHS_BACK, t + j, len - j, NULL), n, c;
    int count;

    if (w == 0 || (count = month_at(m, t, len, j + w, &n)) == 0 || count > b)
        return 0;
    /* 个月, not the bare 月 of a month (的3月) */
    c = ingest_lex_at(m->lx, LEX_MONTHS_COUNT, t + j + w + n, len - j - w - n, NULL);
    if (c <= CJK_BYTES)
        return 0;
    *a = b - count + 1;
    return w + n + c;
}

/* A part of a year at t[i]: 1—5月, 1至5月, 一至二月 (months a to b), 3月末 (a
 * stock at the end of March: months 1 to 3), 前10个月 (months 1 to 10; the
 * token starts at 前).  Returns the offset after it,
 * or i when there is none. */
static size_t part_token(const ingest_maps *m, const char *t, size_t len, size_t i, tok *k)
{
    size_t n, j, d, mark;
    int a = month_at(m, t, len, i, &n), b;

    if (!a)
        return i;
    j = i + n;
    if ((mark = ingest_zh_months_to_date(m->lx, t, len, i, n, &d)) > 0) {
        /* 前10个月, 首10個月: January to the month counted */
        k->type = T_PART;
        k->pos = i - d;
        k->end = i + mark;
        k->year = 1;
        k->year2 = a;
        return k->end;
    }
    if (a <= 4 && ((mark = ingest_lex_at(m->lx, LEX_QUARTER_MARK, t + j, len - j, NULL)) > 0
                   || (ingest_lex_ends(m->lx, LEX_MONTHS_FIRST, t, i)     /* 前3季 */
                       && (mark = ingest_lex_at(m->lx, LEX_QUARTER_SHORT, t + j, len - j, NULL)) > 0)))
        return quarter_token(m, t, i, a, j + mark, k);
    if ((mark = ingest_lex_at(m->lx, LEX_MONTH_END, t + j, len - j, NULL)) > 0) {
        b = a;
        a = 1;
        mark += months_back(m, t, len, j + mark, b, &a);
    } else if (((d = ingest_lex_at(m->lx, LEX_RANGE_DASH, t + j, len - j, NULL)) > 0
                || (d = ingest_lex_at(m->lx, LEX_MONTH_TO, t + j, len - j, NULL)) > 0)
               && (b = month_at(m, t, len, j + d, &n)) > a
               && (mark = ingest_lex_at(m->lx, LEX_MONTH_MARK, t + j + d + n, len - j - d - n, NULL)) > 0
               && !(j + d + n + mark < len && is_digit(t[j + d + n + mark]))) {
        j += d + n;
        mark += ingest_lex_at(m->lx, LEX_MONTH_SINGLE, t + j + mark, len - j - mark, NULL);
    } else if ((n = month_range_marked(m, t, len, j, a, &b)) > 0) {
        j += n;                 /* 6月至8月: each month with its mark */
        mark = 0;
    } else if ((mark = ingest_lex_at(m->lx, LEX_MONTH_MARK, t + j, len - j, NULL)) > 0
               && ((d = ingest_lex_at(m->lx, LEX_MONTH_SINGLE, t + j + mark, len - j - mark, NULL)) > 0
                   || ((i == 0 || ingest_lex_ends(m->lx, LEX_BREAK, t, i))
                       && ((punct_at(m, t, len, j + mark, &n) & PUNCT_COMMA)
                           || month_opens_clause(m, t, len, j + mark)))
                   || month_of_year(m, t, len, i, j + mark)
                   || month_announced(m, t, len, i, j + mark))) {
        /* 5月份, or a clause that opens 5月，, or a year's month (今年8月的,
         * 2023年8月): that month alone, or the months ending with it
         * (2022年10月为止的三个月) */
        b = a;
        mark += d;
        mark += months_back(m, t, len, j + mark, b, &a);
    } else {
        return i;
    }
    k->type = T_PART;
    k->pos = i;
    k->end = j + mark;
    k->year = a;
    k->year2 = b;
    return k->end;
}

/* Is the character before t[i] a Chinese digit or 十 (so t[i] does not
 * start a count: 二十三年)? */
static bool cjk_numeral_before(const ingest_maps *m, const char *t, size_t i)
{
    size_t k;

    return i >= CJK_BYTES && (ingest_lex_digit(m->lx, t + i - CJK_BYTES, CJK_BYTES, &k) >= 0
                              || ingest_lex_at(m->lx, LEX_PLACE, t + i - CJK_BYTES, CJK_BYTES, NULL));
}

/* Can a small Chinese numeral (三, 十二) start at t[i]: a digit or 十 there,
 * none just before? */
static bool small_numeral_start(const ingest_maps *m, const char *t, size_t len, size_t i)
{
    size_t k;

    if (ingest_lex_digit(m->lx, t + i, len - i, &k) < 0
        && !ingest_lex_at(m->lx, LEX_PLACE, t + i, len - i < CJK_BYTES ? len - i : CJK_BYTES, NULL))
        return false;
    return !cjk_numeral_before(m, t, i);
}

/* A span written in digits (10年来, 近3年) or small Chinese numerals (三年间): the keyword of a review span
 * (五年来's row) with its years in k->year.  Returns the offset after it, or
 * i when there is none. */
static size_t span_token(const ingest_maps *m, const char *t, size_t len, size_t i, tok *k)
{
    const lex_list *kws = &m->lx->cls[LEX_KEYWORD];
    size_t n = 0, mark;     /* set by every reader below that finds a span */
    int y;

    if (!is_digit(t[i]) && !(is_ideograph_lead((unsigned char)t[i]) && len - i >= 3
                             && cjk_bit(m->small_first, t + i)))
        return i;               /* no number of years starts here */
    /* read first as if a span word came before (3年 as well as 3年来); the
     * words before are looked for only when that finds a span, or when
     * the number may be the one of 提前一年 (the span readings take no
     * more with them, so this is the reading with the words asked first) */
    y = ingest_span_years_at(m->lx, t + i, len - i, true, &n);

    if (y && ingest_lex_ends(m->lx, LEX_SPAN_AHEAD, t, i) == 0
        && ingest_lex_ends(m->lx, LEX_SPAN_BEFORE, t, i) == 0)
        y = ingest_span_years_at(m->lx, t + i, len - i, false, &n);
    if (!y && (!is_digit(t[i]) || t[i] == '1') && ingest_lex_ends(m->lx, LEX_SPAN_AHEAD, t, i) > 0) {
        /* 提前一年: one year ahead, where a span of one year is no span */
        y = is_digit(t[i]) ? t[i] - '0' : ingest_small_numeral_at(m->lx, t + i, len - i, &n);
        n = is_digit(t[i]) ? 1 : n;
        if (y != 1 || (mark = ingest_lex_at(m->lx, LEX_YEAR_MARK, t + i + n, len - i - n, NULL)) == 0)
            return i;
        n += mark;
    }
    if (!y)
        return i;
    for (size_t r = 0; r < kws->n; r++)
        if (kws->v[r].code == K_REVIEW5) {
            k->type = T_KW;
            k->kw = &kws->v[r];
            k->pos = i;
            k->end = i + n;
            k->year = y;
            return k->end;
        }
    return i;
}

/* 由2014的18.2%: a year with no 年 right after 由/从, before 的. */
static size_t bare_year_of(const ingest_maps *m, const char *t, size_t len, size_t i, tok *k,
                           const toks *ts)
{
    int y = 0;
    size_t j = i;
    const tok *prev = ts->n ? &ts->v[ts->n - 1] : NULL;

    if (!prev || prev->type != T_KW || prev->kw->code != K_FROM || prev->end != i)
        return 0;
    while (j < len && is_digit(t[j]) && j - i < 5)
        y = y * 10 + (t[j++] - '0');
    if (j - i != 4 || y < 1900 || y > 2100 || !ingest_lex_at(m->lx, LEX_OF_MARK, t + j, len - j, NULL))
        return 0;
    k->type = T_YEAR;
    k->year = y;
    return j - i;
}

static size_t year_token(const ingest_maps *m, const char *t, size_t len, size_t i, tok *k,
                         toks *ts, int *rc)
{
    size_t n = read_year(m, t, len, i, k), e, mark;
    tok part;

    if (n == 0)
        n = bare_year_of(m, t, len, i, k, ts);
    e = i + n;
    if (n == 0)
        return i;
    k->pos = i;
    k->end = e;
    if (k->type == T_YEAR && e < len && is_digit(t[e]) && part_token(m, t, len, e, &part) > e) {
        /* 2021年1—5月, 2021年5月份: the year, then the part of it */
        k->comma_after = false;
        if (push(ts, k) != GC_OK)
            *rc = GC_ENOMEM;
        return e;
    }
    if (!(k->type == T_YEAR && e < len && is_digit(t[e]))) {   /* 2021年12月: a date */
        k->year_of = ingest_lex_at(m->lx, LEX_OF_MARK, t + e, len - e, NULL) > 0;
        k->comma_after = e >= len || (punct_at(m, t, len, e, &mark) & PUNCT_COMMA);
        if (push(ts, k) != GC_OK)
            *rc = GC_ENOMEM;
    }
    while (e < len) {
        if (is_digit(t[e]))
            e++;
        else if ((mark = ingest_lex_at(m->lx, LEX_MONTH_MARK, t + e, len - e, NULL)) > 0
                 || (mark = ingest_lex_at(m->lx, LEX_DAY_MARK, t + e, len - e, NULL)) > 0)
            e += mark;
        else
            break;
    }
    return e;
}

/* In a text that lost its % signs: is the token before a rate word
 * (增长, 下降, 年均增长 ...), or a % figure and a list break or word after one
 * (分别增长7、8.5, 分别增长 21 和 9.4)?  A number right after one is a rate, as
 * a reader takes it; so is one after a level verb bounded below it
 * (控制在5.5以内).  k is the number, read from t[k->pos..k->end). */
static bool rate_before(const ingest_maps *m, const toks *ts, const char *t, size_t len,
                        const tok *k)
{
    const tok *p = ts->n ? &ts->v[ts->n - 1] : NULL;
    const lex_entry *q;
    size_t a, b;

    if (p && p->type == T_BREAK && p->list_break && ts->n >= 2) {
        const tok *f = &ts->v[ts->n - 2];
        return f->type == T_FIG && f->a.unit[0] == '%';
    }
    if (p && p->type == T_FIG && p->a.unit[0] == '%' && p->end < k->pos) {
        for (a = p->end; a < k->pos && t[a] == ' '; a++)
            ;
        for (b = k->pos; b > a && t[b - 1] == ' '; b--)
            ;
        return b > a && ingest_lex_at(m->lx, LEX_LIST_SEP, t + a, b - a, NULL) == b - a;
    }
    if (p && p->type == T_KW && p->kw->code == K_TO)
        return ingest_lex_at(m->lx, LEX_QUALIFIER_AFTER, t + k->end, len - k->end, &q) > 0
               && q->code == INGEST_BELOW;
    return p && p->type == T_KW
        && (p->kw->code == K_GROW || p->kw->code == K_FALL || p->kw->code == K_AVG);
}

static void make_percent(ingest_amount *a)
{
    strcpy(a->unit, "%");
    strcpy(a->norm_unit, "%");
    a->norm_value = a->value;
}

/* Does a quote opened before t[i] close within QUOTE_MAX_BYTES?  A quoted
 * name is short; an opener that no closer follows (“…〞 with a closer the
 * page got wrong, a stray ‘ of OCR) must not make the rest of the sentence
 * a name, so it counts as no quote at all. */
#define QUOTE_MAX_BYTES (40 * CJK_BYTES)

static int quote_closes(const ingest_maps *m, const char *t, size_t len, size_t i)
{
    size_t end = len - i > QUOTE_MAX_BYTES ? i + QUOTE_MAX_BYTES : len, blen;

    while (i < end) {
        unsigned char c = (unsigned char)t[i];
        if (!is_ideograph_lead(c) && (punct_at(m, t, len, i, &blen) & PUNCT_CLOSE))
            return 1;
        i += char_len(c);
    }
    return 0;
}

/* Is keyword kw at t[i] quoted alone, a quote opening right before it and
 * closing right after? */
static bool alone_in_quotes(const ingest_maps *m, const char *t, size_t len, size_t i,
                            const lex_entry *kw)
{
    size_t e = i + kw->n, bl;

    if (!(e < len && (punct_at(m, t, len, e, &bl) & PUNCT_CLOSE)))
        return false;
    return (i >= 1 && (punct_at(m, t, len, i - 1, &bl) & PUNCT_OPEN) && bl == 1)
           || (i >= 3 && (punct_at(m, t, len, i - 3, &bl) & PUNCT_OPEN) && bl == 3);
}

/* Is keyword kw at t[i] a doubling quoted alone (实现“双倍增”)?  It is then
 * read; one inside a longer quote (“四个翻两番”) names a programme. */
static bool quoted_alone(const ingest_maps *m, const char *t, size_t len, size_t i,
                         const lex_entry *kw)
{
    return (kw->code == K_DOUBLE || kw->code == K_QUADRUPLE || kw->code == K_OCTUPLE)
           && alone_in_quotes(m, t, len, i, kw);
}

/* Does a keyword of change start at an ideograph of t(a..b), the inside
 * of a token the tokenizer steps over (a itself was looked at)? */
static bool change_inside(const ingest_maps *m, const char *t, size_t len, size_t a, size_t b)
{
    const lex_entry *k;

    for (size_t i = a + char_len((unsigned char)t[a]); i < b; i += char_len((unsigned char)t[i]))
        if (is_ideograph_lead((unsigned char)t[i]) && len - i >= 3
            && cjk_bit(m->change_first, t + i) && (k = match_keyword(m, t, len, i)) != NULL
            && (k->flags & LEXF_CHANGE))
            return true;
    return false;
}

/* Where the remark in parentheses opening at t[i] closes, if it closes
 * within sixteen characters and opens no other ((预计,下同), (预计数),
 * (不含农户，下同)); else 0.  Its breaks end no clause, and its keywords are
 * marked: a subject before it goes on after it (生产总值(预计,下同)、
 * 财政总收入…分别增长). */
static size_t remark_end(const char *t, size_t len, size_t i)
{
    size_t j = i + (t[i] == '(' ? 1 : CJK_BYTES);
    for (int n = 0; j < len && n < 16; n++) {
        unsigned char c = (unsigned char)t[j];
        if (c == ')' || (len - j >= 3 && !memcmp(t + j, "\xEF\xBC\x89", 3)))
            return j;
        if (c == '(' || (len - j >= 3 && !memcmp(t + j, "\xEF\xBC\x88", 3)))
            return 0;
        j += char_len(c);
    }
    return 0;
}

int ingest_tokenize(const ingest_maps *m, const char *t, size_t len, toks *ts)
{
    size_t i = 0, remark = 0;   /* the close of a remark whose breaks are none */
    int quote = 0, rc = GC_OK;
    bool limit = false;   /* the last keyword was 突破/超过/达到: a bare scale may follow */

    /* ts->change: every character the loop looks at gets the keyword match
     * the scan for change makes there; the inside of a token it steps over
     * is looked at by change_inside() (CHANGE_INSIDE(e) before i = e) */
#define CHANGE_INSIDE(e) (ts->change = ts->change || change_inside(m, t, len, i, (e)))
    ts->change = false;
    while (i < len) {
        tok k;
        size_t n, blen, e;
        bool ideograph;
        unsigned c, p = 0;
        int before;
        const lex_entry *kw;

        c = (unsigned char)t[i];
        ideograph = is_ideograph_lead((unsigned char)c);     /* never a quote or a break */
        kw = NULL;
        if (ideograph && len - i >= 3) {
            if (!cjk_bit(m->tok_first, t + i)) {
                i += CJK_BYTES;     /* most characters: no keyword, no figure */
                continue;
            }
            kw = match_keyword(m, t, len, i);
            if (!kw && !cjk_bit(m->num_first, t + i)) {
                i += CJK_BYTES;     /* 增强, 比较: a keyword's first character, no number */
                continue;
            }
        }
        k.type = T_BREAK;       /* the fields a token needs are set below */
        k.year_of = k.comma_after = k.list_break = k.neg = k.bare_scale = k.bad = false;
        k.in_remark = i < remark;
        k.year = k.year2 = 0;
        k.kw = NULL;
        if (!ideograph)
            p = punct_at(m, t, len, i, &blen);
        if (!ideograph && i >= remark
            && (c == '(' || (len - i >= 3 && !memcmp(t + i, "\xEF\xBC\x88", 3))))
            remark = remark_end(t, len, i);
        if ((p & PUNCT_BREAK) && i < remark) {
            i += blen;
            continue;
        }
        if (p & PUNCT_OPEN) {
            quote += quote_closes(m, t, len, i + blen);
            i += blen;
            continue;
        }
        if (p & PUNCT_CLOSE) {
            if (quote > 0)
                quote--;
            i += blen;
            continue;
        }
        if (p & PUNCT_BREAK) {
            k.type = T_BREAK;
            k.pos = i;
            k.end = i + blen;
            k.list_break = (p & PUNCT_LIST) != 0;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            i += blen;
            limit = false;
            continue;
        }
        if (kw && (kw->flags & LEXF_QUOTED) && !alone_in_quotes(m, t, len, i, kw))
            kw = NULL;      /* 十五 unquoted: fifteen, a number */
        if (kw && (kw->flags & LEXF_AFTER_FIGURE) && !after_figure(ts, t, len, i, i + kw->n))
            kw = NULL;      /* 截至, 1至5月: 至 is a verb only after a figure */
        ts->change = ts->change || (kw && (kw->flags & LEXF_CHANGE));
        if (kw && (quote == 0 || kw->code >= K_PLAN11 || quoted_alone(m, t, len, i, kw))) {
            k.type = T_KW;
            k.kw = kw;
            k.year = 0;
            k.pos = i;
            k.end = i + kw->n;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            limit = kw->code == K_TO;
            CHANGE_INSIDE(k.end);
            i = k.end;
            continue;
        }
        if (quote == 0 && ((is_digit(t[i]) && (i == 0 || !is_digit(t[i - 1])))
                           || (ideograph && small_numeral_start(m, t, len, i)))
            && (e = span_token(m, t, len, i, &k)) > i) {
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            CHANGE_INSIDE(e);
            i = e;
            continue;
        }
        if (quote == 0 && is_digit(t[i]) && (e = ordinal_quarter(m, t, len, i, &k)) > i) {
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            i = e;
            continue;
        }
        /* whether a numeral comes right before t[i]: asked once, for the
         * part of a year, the year and the figure that may start here */
        before = -1;
        bool ten = false;       /* 十一月的 (二零一三年十一月的零售業…): a month may open on 十 */
        if (quote == 0 && (is_digit(t[i]) || (ideograph && (ingest_lex_digit(m->lx, t + i, len - i, &blen) >= 0
                                                             || (ten = small_numeral_start(m, t, len, i)))))
            && !(before = numeral_before(m, t, i))) {
            if ((e = part_token(m, t, len, i, &k)) > i) {
                if (push(ts, &k) != GC_OK)
                    return GC_ENOMEM;
                CHANGE_INSIDE(e);
                i = e;
                continue;
            }
            if (!ten && (e = year_token(m, t, len, i, &k, ts, &rc)) > i) {
                if (rc != GC_OK)
                    return rc;
                CHANGE_INSIDE(e);
                i = e;
                continue;
            }
        }
        if (quote == 0 && may_start_figure(m, t, len, i, limit)
            && (n = read_figure(m, t, len, i, limit, before, &k)) > 0) {
            k.end = i + n;
            if (k.type == T_FIG && !k.a.unit[0] && !k.bad && ts->bare_percent
                && rate_before(m, ts, t, len, &k)
                && !ingest_lex_at(m->lx, LEX_RATIO_SEP, t + k.end, len - k.end, NULL))
                make_percent(&k.a);
            if (k.type == T_FIG && !not_a_figure_after(m, t + k.end, len - k.end)
                && (k.a.unit[0]     /* or the first term of a:b:c, which has none */
                    || ingest_lex_at(m->lx, LEX_RATIO_SEP, t + k.end, len - k.end, NULL)))
                if (push(ts, &k) != GC_OK)
                    return GC_ENOMEM;
            CHANGE_INSIDE(i + n);
            i += n;
            continue;
        }
        i += char_len((unsigned char)t[i]);
    }
#undef CHANGE_INSIDE
    return GC_OK;
}

/* ---- the quick test ---- */

/* Can t[0..len) hold a figure at all?  An ASCII digit, a Chinese digit or
 * numeral start followed by a digit or a digit-next word (两万, 八点五,
 * 十二), or another figure start alone or before its character (翻, 分之,
 * 突破, 超过).  A Chinese digit inside a word (进一步, 一般, 三山五园) is
 * not enough, and most sentences of a report cost one pass over their
 * bytes. */
bool ingest_has_number(const ingest_maps *m, const char *t, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)t[i];
        uint32_t cp, next;
        /* U+3000..U+9FFF (leads E3..E9, most of a sentence): only a number
         * start can begin a figure (the numerals and the figure starts are
         * all number starts), one bit test read off the bytes, in a loop of
         * its own */
        while (i + 3 <= len) {
            unsigned lead = (unsigned char)t[i] - 0xE3u;
            if (lead > 0xE9u - 0xE3u
                || (m->number_start[lead << 6 | ((unsigned char)t[i + 1] & 0x3Fu)]
                    >> ((unsigned char)t[i + 2] & 0x3Fu) & 1))
                break;
            i += CJK_BYTES;
        }
        if (i >= len)
            break;
        c = (unsigned char)t[i];
        if (c < 0x80) {
            if (is_digit((char)c))
                return true;
            i++;
            continue;
        }
        if ((c & 0xF0) != 0xE0 || i + 3 > len) {
            i += char_len(c);
            continue;
        }
        cp = cp3(t + i);
        i += CJK_BYTES;
        if (!ingest_in_filter(m, cp))
            continue;
        next = cjk_at(t, len, i);
        if (ingest_cp_has(m->numeral, cp) && ingest_cp_has(m->numeral_next, next))
            return true;
        if (ingest_cp_has(m->numeral, cp) && i < len && t[i] == '.'
            && ingest_cp_has(m->numeral, cjk_at(t, len, i + 1)))
            return true;        /* 八．六％: the full-width point, read as '.' */
        for (size_t s = 0; s < m->nstarts; s++)
            if (m->starts[s].cp == cp && (m->starts[s].next == 0 || m->starts[s].next == next))
                return true;
    }
    return false;
}
