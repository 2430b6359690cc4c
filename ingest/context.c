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
static int year_before(const char *t, size_t end)
{
    size_t e = end;
    int y;

    if (e >= 3 && AT(t + e - 3, 3, "《"))
        e -= 3;
    if (e < 7 || !AT(t + e - 3, 3, "年"))
        return 0;
    y = digits(t + e - 7, 4, 4);
    return y >= 1949 && y <= 2100 ? y : 0;
}

/* Offset of lit in t[0..len) (t is NUL-terminated there), or len. */
static size_t find(const char *t, size_t len, const char *lit)
{
    const char *p = strstr(t, lit);

    return p && (size_t)(p - t) < len ? (size_t)(p - t) : len;
}

/* A date line "YYYY年M月D日": the report year by the delivery date. */
static int year_from_date(const char *t, size_t len)
{
    int y = digits(t, len, 4), m;
    size_t i = 7;

    if (y < 1949 || y > 2100 || !AT(t + 4, len - 4, "年"))
        return 0;
    m = 0;
    while (i < len && t[i] >= '0' && t[i] <= '9' && i < 9)
        m = m * 10 + (t[i++] - '0');
    if (m < 1 || m > 12 || !AT(t + i, len - i, "月"))
        return 0;
    return m >= 10 ? y + 1 : y;
}

void ingest_context_paragraph(ingest_context *ctx, const char *t, size_t len)
{
    size_t k;
    const char *s = t;
    size_t n = len;

    while (AT(s, n, "—")) {
        s += 3;
        n -= 3;
    }
    if (!ctx->year_given) {
        k = find(t, len, "政府工作报告");
        if (k < len && year_before(t, k))
            ctx->report_year = year_before(t, k);
        else if (ctx->report_year == 0 && year_from_date(s, n))
            ctx->report_year = year_from_date(s, n);
    }
    if (AT(s, n, "五年来") || AT(s, n, "过去五年") || AT(s, n, "党的十八大以来")
        || AT(s, n, "十八大以来") || AT(s, n, "近五年"))
        ctx->para_period = true;
    /* a section heading is short and has no sentence end */
    if (len < 120 && find(t, len, "。") == len && find(t, len, "，") == len
        && find(t, len, ",") == len && find(t, len, "；") == len) {
        if (find(t, len, "回顾") < len) {
            ctx->review = true;
            ctx->plan = false;
        } else if (find(t, len, "目标") < len || find(t, len, "主要任务") < len
                   || find(t, len, "工作安排") < len) {
            ctx->plan = true;
            ctx->review = false;
        }
    }
}
