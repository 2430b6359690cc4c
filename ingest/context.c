/* context.c -- what a report says about itself: the year it is written for,
 * where its review of past years and its plans begin, and paragraphs that
 * review a period ("五年来，…").
 *
 * The report year Y comes from the title ("2022年政府工作报告",
 * "2022年《政府工作报告》") or, failing that, from the date line
 * ("——2021年12月15日在…"): a report delivered in October to December is for
 * the next year, as Haidian's was.  The grammar reads years from it: a
 * review's last year is Y-1, a goal's year is Y. */
#include "ingest_int.h"

#include <string.h>

/* at() for a string literal: the length is a constant, so the compiler
 * turns the comparison into a few loads instead of a memcmp call. */
#define AT(s, n, lit) ((n) >= sizeof(lit) - 1 && memcmp((s), (lit), sizeof(lit) - 1) == 0)

/* Reads n ASCII digits at s; -1 if they are not all digits. */
static int digits(const char *s, size_t len, size_t n)
{
    int v = 0;

    if (len < n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "YYYY年" ending right before offset end (optionally followed by 《). */
static int year_before(const ingest_lexicon *lx, const char *t, size_t end)
{
    size_t e = end, mark;
    int y;

    if (e >= 3 && AT(t + e - 3, 3, "《"))
        e -= 3;
    if ((mark = ingest_lex_ends(lx, LEX_YEAR_MARK, t, e)) == 0 || e < mark + 4)
        return 0;
    y = digits(t + e - mark - 4, 4, 4);
    return y >= 1949 && y <= 2100 ? y : 0;
}

/* Offset of lit in t[0..len) (t is NUL-terminated there), or len. */
static size_t find(const char *t, size_t len, const char *lit)
{
    const char *p = strstr(t, lit);

    return p && (size_t)(p - t) < len ? (size_t)(p - t) : len;
}

/* A date line "YYYY年M月D日": the report year by the delivery date. */
static int year_from_date(const ingest_lexicon *lx, const char *t, size_t len)
{
    int y = digits(t, len, 4), m;
    size_t i, mark;

    if (y < 1949 || y > 2100 || (mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + 4, len - 4, NULL)) == 0)
        return 0;
    m = 0;
    i = 4 + mark;
    while (i < len && t[i] >= '0' && t[i] <= '9' && i < 4 + mark + 2)
        m = m * 10 + (t[i++] - '0');
    if (m < 1 || m > 12 || !ingest_lex_at(lx, LEX_MONTH_MARK, t + i, len - i, NULL))
        return 0;
    return m >= 10 ? y + 1 : y;
}

/* Offset of the first report title in t[0..len), or len. */
static size_t title_at(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_list *l = &lx->cls[LEX_REPORT_TITLE];
    size_t k = len;

    for (size_t i = 0; i < l->n && k == len; i++)
        k = find(t, len, l->v[i].s);
    return k;
}

void ingest_context_paragraph(ingest_context *ctx, const char *t, size_t len)
{
    const ingest_lexicon *lx = ctx->maps.lx;
    size_t k;
    const char *s = t;
    size_t n = len;

    while (AT(s, n, "—")) {
        s += 3;
        n -= 3;
    }
    if (!ctx->year_given) {
        k = title_at(lx, t, len);
        if (k < len && year_before(lx, t, k))
            ctx->report_year = year_before(lx, t, k);
        else if (ctx->report_year == 0 && year_from_date(lx, s, n))
            ctx->report_year = year_from_date(lx, s, n);
    }
    if (ingest_lex_at(lx, LEX_PERIOD_START, s, n, NULL))
        ctx->para_period = true;
    /* a section heading is short and has no sentence end */
    if (len < 120 && find(t, len, "。") == len && find(t, len, "，") == len
        && find(t, len, ",") == len && find(t, len, "；") == len) {
        if (ingest_lex_in(lx, LEX_HEADING_REVIEW, t, len)) {
            ctx->review = true;
            ctx->plan = false;
        } else if (ingest_lex_in(lx, LEX_HEADING_PLAN, t, len)) {
            ctx->plan = true;
            ctx->review = false;
        }
    }
}
