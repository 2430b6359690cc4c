/* table_cols.c -- the columns of a statistical table printed as text, and
 * the claims of its figure cells: what a header's cells name (table.c reads
 * rows of one a line, table_run.c rows run together on one line), and the
 * claim a figure makes under its column. */
#include "table.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"


typedef ingest_table_cell cell;

static bool has_digit(const char *t, cell c)
{
    for (size_t i = c.a; i < c.b; i++)
        if (is_digit(t[i]))
            return true;
    return false;
}

int ingest_table_column_role(const ingest_lexicon *lx, const char *text, const char *m, cell c,
                             int *year, char *unit, size_t cap)
{
    const lex_entry *e = NULL;
    size_t n = c.b - c.a, yl = 0, k;
    int y = ingest_year_at(lx, m + c.a, n, &yl), role = COL_NONE;

    *year = 0;
    unit[0] = '\0';
    if (y && yl == n) {
        *year = y;
        return COL_LEVEL;
    }
    k = ingest_lex_at(lx, LEX_TABLE_COLUMN, m + c.a, n, &e);
    if (!k || !e)
        return COL_NONE;
    if (!strcmp(e->value, "label"))
        role = COL_LABEL;
    else if (!strcmp(e->value, "unit"))
        role = COL_UNIT;
    else if (!strncmp(e->value, "level", 5))
        role = COL_LEVEL;   /* level, level-month, level-ytd */
    else if (!strcmp(e->value, "growth"))
        role = COL_GROWTH;
    else if (!strcmp(e->value, "share"))
        role = COL_SHARE;
    else if (!strcmp(e->value, "skip"))
        role = COL_SKIP;
    else if (!strcmp(e->value, "prev"))
        role = COL_PREV;
    /* what follows the word: nothing, %, or a unit in brackets */
    if (k == n)
        return role;
    if (n - k == 1 && m[c.a + k] == '%') {
        snprintf(unit, cap, "%%");
        return role;
    }
    if (m[c.a + k] == '(' && m[c.b - 1] == ')' && n - k - 2 < cap && n - k > 2) {
        memcpy(unit, text + c.a + k + 1, n - k - 2);
        unit[n - k - 2] = '\0';
        return role;
    }
    /* full-width brackets: 比上年增长（%）, 绝对数（万元） */
    if (n - k > 6 && !memcmp(m + c.a + k, "\xEF\xBC\x88", 3)
        && !memcmp(m + c.b - 3, "\xEF\xBC\x89", 3) && n - k - 6 < cap) {
        memcpy(unit, text + c.a + k + 3, n - k - 6);
        unit[n - k - 6] = '\0';
        return role;
    }
    return COL_NONE;
}

int ingest_table_column_span(const ingest_lexicon *lx, const char *m, cell c)
{
    const lex_entry *e = NULL;

    if (!ingest_lex_at(lx, LEX_TABLE_COLUMN, m + c.a, c.b - c.a, &e) || !e)
        return COL_SPAN_DOC;
    return !strcmp(e->value, "level-month") ? COL_SPAN_MONTH
           : !strcmp(e->value, "level-ytd") ? COL_SPAN_YTD : COL_SPAN_DOC;
}

bool ingest_table_read_header(ingest_table *t, const ingest_lexicon *lx, const ingest_sentence *s,
                              const cell *cs, size_t n)
{
    size_t col = 0, figures = 0;

    if (n < 2)
        return false;
    memset(t->role, 0, sizeof t->role);
    memset(t->col_year, 0, sizeof t->col_year);
    memset(t->col_span, 0, sizeof t->col_span);
    memset(t->unit, 0, sizeof t->unit);
    for (size_t i = 0; i < n; i++) {
        int year, role;
        if (col >= TABLE_COLS_MAX)
            return false;   /* a ninth column: t->unit[col] is past the array */
        /* cppcheck-suppress arrayIndexOutOfBoundsCond ; col < TABLE_COLS_MAX is checked just above */
        role = ingest_table_column_role(lx, s->text, s->match, cs[i], &year, t->unit[col], sizeof t->unit[col]);
        if (i == 0 && role == COL_NONE && n >= 3 && cs[0].b - cs[0].a <= LABEL_HEAD_MAX
            && !has_digit(s->text, cs[0]))
            role = COL_LABEL;   /* 按行业分: the label column, named in its own words */
        if (i == 0 && role != COL_LABEL) {
            /* a header whose first cell is left blank over the labels */
            if (role == COL_NONE || n + 1 > TABLE_COLS_MAX)
                return false;
            t->role[col] = COL_LABEL;
            t->unit[col + 1][0] = '\0';
            memcpy(t->unit[col + 1], t->unit[col], sizeof t->unit[col]);
            t->unit[col][0] = '\0';
            col++;
        }
        if (role == COL_NONE || (i > 0 && role == COL_LABEL) || col >= TABLE_COLS_MAX)
            return false;
        t->role[col] = (unsigned char)role;
        t->col_year[col] = year;
        t->col_span[col] = (unsigned char)ingest_table_column_span(lx, s->match, cs[i]);
        figures += ingest_col_level(role) || role == COL_GROWTH || role == COL_SHARE;
        col++;
    }
    if (!figures)
        return false;
    t->ncols = col;
    t->active = true;
    t->whole_set = false;
    return true;
}

/* The year of the figures of column k, and where it came from. */
static int figure_year(const ingest_table *t, const ingest_context *ctx, size_t k,
                       ingest_time_source *src, bool *inferred)
{
    int latest = 0;

    for (size_t i = 0; i < t->ncols; i++)
        if (t->col_year[i] > latest)
            latest = t->col_year[i];
    *inferred = false;
    *src = INGEST_TIME_SECTION;
    if (t->col_year[k])
        return t->col_year[k];
    if (latest)
        return latest;
    if (t->caption_year)
        return t->caption_year;
    *inferred = true;
    *src = ctx->report_year ? ctx->doc_source : INGEST_TIME_NONE;
    return ctx->report_year ? ctx->report_year - 1 : 0;
}

/* The months the figures of column k cover: a level column's own span; a
 * growth or share column's is that of the level column before it (本月 |
 * 比去年同月增长 | 1-本月 | 比去年同期增长), passing over a year-ago level
 * (本月 | 上年同月 | 增长%: the growth is this month's). */
static int column_span(const ingest_table *t, size_t k)
{
    if (ingest_col_level(t->role[k]))
        return t->col_span[k];
    for (size_t i = k; i-- > 0;)
        if (t->role[i] == COL_LEVEL)
            return t->col_span[i];
    return COL_SPAN_DOC;
}

int ingest_table_emit(const ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      const char *file, const ingest_sink *sink, size_t k, size_t at, size_t from,
                      size_t len, bool neg, const char *label, const char *unit)
{
    char text[96];
    ingest_amount a;
    ingest_claim c;
    int role = t->role[k];
    const char *u = ingest_col_level(role) ? unit : "%";
    int n = snprintf(text, sizeof text, "%.*s%s", (int)len, s->text + from, u);

    if (n <= 0 || (size_t)n >= sizeof text)
        return GC_OK;
    memset(&c, 0, sizeof c);
    if (ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &a) != GC_OK)
        return GC_OK;
    if (a.length != (size_t)n) {
        /* a unit the amount reader does not know (户, 床): as written */
        if (ingest_amount_parse(ctx->maps.lx, text, len, &a) != GC_OK || a.length != len)
            return GC_OK;
        c.unit = (char *)(uintptr_t)u;
        c.norm_unit = (char *)(uintptr_t)u;
    } else {
        c.unit = (char *)(uintptr_t)u;
        c.norm_unit = a.norm_unit;
    }
    c.indicator = (char *)(uintptr_t)label;
    c.kind = ingest_col_level(role) ? INGEST_LEVEL : role == COL_SHARE ? INGEST_SHARE
                                                                         : INGEST_GROWTH_YOY;
    c.year = figure_year(t, ctx, k, &c.time_source, &c.year_inferred);
    if (c.year == ctx->report_year - 1 && ctx->doc_month_from) {
        int span = column_span(t, k);
        c.month_from = span == COL_SPAN_YTD ? 1 : span == COL_SPAN_MONTH ? ctx->doc_month_to
                                                                        : ctx->doc_month_from;
        c.month_to = ctx->doc_month_to;
    }
    if (role == COL_PREV && c.year)
        c.year--;       /* 同期: the same months a year before */
    c.value = neg ? -a.value : a.value;
    c.norm_value = neg ? -a.norm_value : a.norm_value;
    c.resolution = a.resolution;
    c.value_text = (char *)(uintptr_t)"";
    c.qualifier = INGEST_EXACT;
    c.lang = INGEST_LANG_ZH;
    if (role == COL_SHARE && t->whole_set) {
        if (!strcmp(t->whole, label))
            return GC_OK;       /* the whole's own 100% */
        c.of = (char *)(uintptr_t)t->whole;
    }
    c.source.file = (char *)(uintptr_t)file;
    c.source.sentence = (char *)(uintptr_t)s->text;
    ingest_locate(s, at, &c.source);
    if (!isfinite(c.value) || !isfinite(c.norm_value) || !sink->claim)
        return GC_OK;
    return sink->claim(&c, sink->ctx);
}
