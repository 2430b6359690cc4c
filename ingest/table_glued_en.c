/* table_glued_en.c -- English tables copied out of a web page with their
 * cell breaks lost.
 *
 * A statistics office's page (a price index by group) holds a table whose
 * columns are spans of periods and whose rows are a label and one rate a
 * column.  Copied as text, every cell runs into the next: the header
 * "Dec Qtr 2019 to Mar Qtr 2020Mar Qtr 2019 to Mar Qtr 2020", a unit line
 * "% change% change", rows "Clothing and footwear-0.72.0".  Such a row can
 * still be read, and only one way, when every figure has one decimal: each
 * point is followed by one digit, and the digits up to the next point are
 * the next figure's whole part (-0.7, 2.0).  So a header is a line of two
 * spans at least and nothing else (a month, Qtr for the quarter it ends,
 * a year; to; the same), each column's kind from its span: a quarter or a
 * month on the one before is a change, a year on the year before an annual
 * rate, dated by the span's end; the figures are rates when a percent sign
 * stands in the header or a line before the first row.  Each line after
 * that is a row (its label, then exactly one one-decimal figure a column),
 * or a line without figures (a sub-caption: the table goes on); any other
 * line, or a fourth line without figures in a row, closes the table.  A
 * sentence is the table's when every line of it with a digit was read as
 * its header or a row. */
#include "table.h"

#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "rules_en.h"

#define EG_LINE_MAX 200     /* bytes of a header or row line */
#define EG_PERIODS_MAX (2 * EG_COLS_MAX)
#define EG_IDLE_MAX 3       /* lines without figures a table goes on across */

enum { EG_NONE, EG_HEAD, EG_ROW };

typedef struct period { int year, month; bool quarter; size_t a, b; } period;

/* The row of class glued-table that l[i..n) starts with, as a whole word;
 * its length, 0 none. */
static size_t glued_word(const char *l, size_t n, size_t i, const char *value)
{
    const lex_entry *e = NULL;
    size_t m = ingest_lex_at(&ingest_lexicon_en, LEX_GLUED_TABLE, l + i, n - i, &e);

    if (!m || !e || strcmp(e->value, value) || (is_ascii_alpha(l[i + m - 1])
                                                  && i + m < n && is_ascii_alpha(l[i + m])))
        return 0;
    return m;
}

static size_t skip_spaces(const char *l, size_t n, size_t i)
{
    while (i < n && l[i] == ' ')
        i++;
    return i;
}

/* Reads a period at l[i..n): a month's name, Qtr or not, a year.  Its end,
 * 0 when there is none. */
static size_t period_at(const char *l, size_t n, size_t i, period *p)
{
    const lex_entry *e = NULL;
    size_t m, j;

    if (i > 0 && is_ascii_alpha(l[i - 1]))
        return 0;
    m = ingest_lex_at(&ingest_lexicon_en, LEX_MONTH, l + i, n - i, &e);
    if (!m || !e || (i + m < n && is_ascii_alpha(l[i + m])))
        return 0;
    p->month = atoi(e->value);
    j = skip_spaces(l, n, i + m + (i + m < n && l[i + m] == '.'));
    p->quarter = (m = glued_word(l, n, j, "quarter")) > 0;
    j = skip_spaces(l, n, j + m);
    if (j + 4 > n || !(p->year = ingest_table_year_word(l, j, j + 4))
        || (j + 4 < n && is_digit(l[j + 4])) || p->month < 1 || p->month > 12)
        return 0;
    p->a = i;
    p->b = j + 4;
    return p->b;
}

/* The column of the span from p to q: its kind by the months between
 * them, dated by q (the quarter q's month ends, or that month). */
static void span_column(const period *p, const period *q, ep_column *c)
{
    int months = (q->year * 12 + q->month) - (p->year * 12 + p->month);

    memset(c, 0, sizeof *c);
    c->year = q->year;
    c->from = c->to = q->month;
    if (q->quarter)
        c->from = q->month - 2;
    if (months == 12 && p->month == q->month && p->quarter == q->quarter)
        c->kind = EN_COL_GROWTH;
    else if (months == (q->quarter ? 3 : 1) && p->quarter == q->quarter)
        c->kind = EN_COL_CHANGE;
    if (q->quarter && q->month % 3 != 0)
        c->kind = EN_COL_NONE;
}

/* Reads lower-case line l as a header: spans of two periods apart by a
 * span word, run together, and nothing else; t's columns set. */
static bool read_header(ingest_table *t, const char *l, size_t n)
{
    period ps[EG_PERIODS_MAX];
    size_t np = 0, i = skip_spaces(l, n, 0), m;

    while (i < n) {
        if (np == EG_PERIODS_MAX || !period_at(l, n, i, &ps[np]))
            return false;
        i = skip_spaces(l, n, ps[np++].b);
        if (np % 2 == 1) {
            if (!(m = glued_word(l, n, i, "span")))
                return false;
            i = skip_spaces(l, n, i + m);
        }
    }
    if (np < 4 || np % 2)
        return false;
    for (size_t k = 0; k < np / 2; k++)
        span_column(&ps[2 * k], &ps[2 * k + 1], &t->eg_cols[k]);
    t->eg_ncols = np / 2;
    return true;
}

/* Splits the figures run together at the end of text[a..b) into cells
 * (starts in at[], signs in neg[]), one decimal each; the offset where
 * they begin, or b when they are not such a run of exactly ncols. */
static size_t glued_figures(const char *text, size_t a, size_t b, size_t ncols,
                            size_t *at, bool *neg)
{
    size_t r = b, i, k = 0;

    while (r > a && (is_digit(text[r - 1]) || text[r - 1] == '.'
                     || text[r - 1] == '-'))
        r--;
    for (i = r; i < b && k < ncols; k++) {
        size_t d;
        neg[k] = text[i] == '-';
        i += neg[k];
        at[k] = i;
        for (d = i; d < b && is_digit(text[d]); d++)
            ;
        if (d == i || d + 2 > b || text[d] != '.' || !is_digit(text[d + 1]))
            return b;
        i = d + 2;
    }
    return i == b && k == ncols ? r : b;
}

/* Emits the figure at s->text[at..) (one decimal; neg: its sign) of
 * column k in the row labelled label. */
static int emit(const ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                const char *file, const ingest_sink *sink, size_t k, size_t at, bool neg,
                const char *label)
{
    const ep_column *col = &t->eg_cols[k];
    size_t len = strspn(s->text + at, "0123456789") + 2;
    char text[32];
    ingest_amount am;
    ingest_claim c;
    int n;

    if (col->kind == EN_COL_NONE)
        return GC_OK;
    n = snprintf(text, sizeof text, "%.*s%%", (int)len, s->text + at);
    if (n <= 0 || (size_t)n >= sizeof text
        || ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &am) != GC_OK
        || am.length != (size_t)n)
        return GC_OK;
    memset(&c, 0, sizeof c);
    c.indicator = (char *)(uintptr_t)label;
    c.kind = col->kind == EN_COL_CHANGE ? INGEST_CHANGE_PCT : INGEST_GROWTH_YOY;
    c.year = col->year;
    c.month_from = col->from;
    c.month_to = col->to;
    c.time_source = INGEST_TIME_SECTION;
    c.value = neg ? -am.value : am.value;
    c.norm_value = neg ? -am.norm_value : am.norm_value;
    c.resolution = am.resolution;
    c.unit = (char *)(uintptr_t)"%";
    c.norm_unit = (char *)(uintptr_t)am.norm_unit;
    c.lang = INGEST_LANG_EN;
    return ingest_table_send(&c, s, file, at - neg, sink);
}

/* Reads s->text[a..b) as a row of the open table: its claims emitted. */
static bool read_row(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     size_t a, size_t b, const char *file, const ingest_sink *sink, int *rc)
{
    size_t at[EG_COLS_MAX], r;
    bool neg[EG_COLS_MAX];
    char label[96];

    r = glued_figures(s->text, a, b, t->eg_ncols, at, neg);
    if (r == b || r == a || !is_ascii_alpha(s->text[r - 1])
        || ingest_table_lower(s->text, a, r, label, sizeof label) <= 0
        || !is_ascii_alpha(label[0]))
        return false;
    for (size_t k = 0; k < t->eg_ncols && *rc == GC_OK; k++)
        *rc = emit(t, ctx, s, file, sink, k, at[k], neg[k], label);
    return true;
}

/* Does s->text[a..b) hold a percent sign or word? */
static bool says_percent(const char *text, size_t a, size_t b)
{
    char l[EG_LINE_MAX + 1];

    if (memchr(text + a, '%', b - a))
        return true;
    return ingest_table_lower(text, a, b, l, sizeof l) >= 0
        && (strstr(l, "per cent") || strstr(l, "percent"));
}

/* Reads line s->text[a..b) in the open table or as a header; whether it
 * was the table's (a line without a digit in an open table is, but leaves
 * the sentence to the grammar: *read stays false). */
static bool table_line(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                       size_t a, size_t b, const char *file, const ingest_sink *sink,
                       bool *read, int *rc)
{
    char l[EG_LINE_MAX + 1];
    bool digit = false;

    for (size_t i = a; i < b && !digit; i++)
        digit = is_digit(s->text[i]) != 0;
    if (t->eg != EG_NONE && !digit && t->eg_idle < EG_IDLE_MAX) {
        t->eg_idle++;
        t->eg_pct = t->eg_pct || says_percent(s->text, a, b);
        return true;
    }
    t->eg_idle = 0;
    if (t->eg != EG_NONE && t->eg_pct && digit && read_row(t, ctx, s, a, b, file, sink, rc)) {
        t->eg = EG_ROW;
        return *read = true;
    }
    t->eg = EG_NONE;
    if (!digit || b - a > EG_LINE_MAX || ingest_table_lower(s->text, a, b, l, sizeof l) < 0
        || !read_header(t, l, strlen(l)))
        return false;
    t->eg = EG_HEAD;
    t->eg_pct = says_percent(s->text, a, b);
    return *read = true;
}

/* May s hold a glued table's header?  Four years at least (runs of four
 * digits, 1900-2099): a quick test.  It asks every English sentence, so
 * the digits are found by strcspn (the table reader's sentences end in a
 * NUL), not byte by byte. */
static bool header_may(const ingest_sentence *s)
{
    int years = 0;

    for (size_t i = 0; i < s->len && years < 4;) {
        size_t j;
        i += strcspn(s->text + i, "0123456789");
        if (i >= s->len)
            break;
        if (!is_digit(s->text[i])) {
            i++;                /* a NUL inside the text */
            continue;
        }
        for (j = i; j < s->len && is_digit(s->text[j]); j++)
            ;
        years += j - i == 4 && ingest_table_year_word(s->text, i, j);
        i = j;
    }
    return years >= 4;
}

int ingest_table_glued_en(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                          const char *file, const ingest_sink *sink, bool *taken)
{
    bool all = true, any = false;
    size_t a = 0;
    int rc = GC_OK;

    *taken = false;
    if (t->eg == EG_NONE && !header_may(s))
        return GC_OK;
    for (size_t k = 0; k < s->nanchors && rc == GC_OK; k++) {
        size_t b = k + 1 < s->nanchors && s->anchors[k + 1].line != s->anchors[k].line
                 ? s->anchors[k + 1].norm : k + 1 == s->nanchors ? s->len : SIZE_MAX;
        bool read = false, digit;
        if (b == SIZE_MAX)
            continue;
        while (b > a && s->text[b - 1] == ' ')
            b--;
        digit = false;
        for (size_t i = a; i < b && !digit; i++)
            digit = is_digit(s->text[i]) != 0;
        if (!table_line(t, ctx, s, a, b, file, sink, &read, &rc) && digit)
            all = false;
        any = any || read;
        a = k + 1 < s->nanchors ? s->anchors[k + 1].norm : s->len;
    }
    *taken = any && all;
    return rc;
}
