/* table_run.c -- a table whose rows run together on one line.
 *
 * A table copied from a page whose row breaks were lost keeps only the
 * spaces between its cells: "2020年 比上年增长% 稻谷 2100 万吨 3.5 小麦 1340
 * 万吨 -0.8 …" is a header (a year's level column, a growth column) and then
 * row after row of a label and its figures, the unit written after the
 * level (or before it, or glued to it: 2100万吨).  The grammar reads nothing
 * in such a line.  Here it is read as table.c reads rows of one a line, but
 * the rows are found by their pattern: a label cell, then one figure (or a
 * blank mark) for each figure column of the header, a unit cell allowed
 * beside a level; the header is the line's leading column names, or the
 * header of the table opened by the line before.  All of the line must read
 * so, with two rows at least, or nothing is taken and the grammar reads it
 * as before. */
#include "table.h"

#include <string.h>

#include "grammar.h"

#define RUN_ROWS_MIN 2      /* fewer rows on a line: not a table run */
#define RUN_ROWS_MAX (TABLE_RUN_GAPS / 2 + 1)
#define RUN_UNIT_MAX 15     /* bytes of a unit cell (万吨标准煤) */

typedef ingest_table_cell cell;

/* A row found: its label cell, its unit ("" none) and, for each column k,
 * the cell of its figure (a == b: none, or a blank mark) and the figure's
 * digits. */
typedef struct run_row {
    cell label;
    char unit[RUN_UNIT_MAX + 1];
    cell fig[TABLE_COLS_MAX];
    ingest_table_figure f[TABLE_COLS_MAX];
} run_row;

static bool has_digit(const char *t, cell c)
{
    for (size_t i = c.a; i < c.b; i++)
        if (is_digit(t[i]))
            return true;
    return false;
}

/* Is t[a..b) a unit the amount reader takes whole after a figure (万吨,
 * 亿元, 万千瓦时)?  No digit, not % (a growth column's). */
static bool unit_text(const ingest_lexicon *lx, const char *t, size_t a, size_t b)
{
    char probe[RUN_UNIT_MAX + 2];
    ingest_amount am;

    if (b <= a || b - a > RUN_UNIT_MAX || has_digit(t, (cell){ a, b }) || t[a] == '%')
        return false;
    probe[0] = '1';
    memcpy(probe + 1, t + a, b - a);
    return ingest_amount_parse(lx, probe, b - a + 1, &am) == GC_OK && am.length == b - a + 1;
}

bool ingest_table_unit_text(const ingest_lexicon *lx, const char *t, size_t a, size_t b)
{
    return unit_text(lx, t, a, b);
}

/* Copies unit t[a..b) into row r (the first one wins). */
static void set_unit(run_row *r, const char *t, size_t a, size_t b)
{
    if (r->unit[0] || b - a > RUN_UNIT_MAX)
        return;
    memcpy(r->unit, t + a, b - a);
    r->unit[b - a] = '\0';
}

/* Reads cell c as the figure of column k of row r: a figure, a blank mark,
 * or (in a level column) a figure glued to its unit. */
static bool row_figure(const ingest_lexicon *lx, const char *t, cell c, int role, run_row *r,
                       size_t k)
{
    ingest_table_figure *f = &r->f[k];
    size_t e;

    r->fig[k] = c;
    if (ingest_table_blank_cell(t, c)) {
        r->fig[k].b = c.a;      /* no figure */
        return true;
    }
    if (ingest_table_figure_cell(t, c, f))
        return true;
    if (!ingest_col_level(role))
        return false;
    for (e = c.a; e < c.b && (is_digit(t[e]) || t[e] == '.' || t[e] == '-'); e++)
        ;
    if (e == c.a || !unit_text(lx, t, e, c.b)
        || !ingest_table_figure_cell(t, (cell){ c.a, e }, f))
        return false;
    set_unit(r, t, e, c.b);
    return true;
}

/* Is cell c a row's label: no digit, not a mark, no prose punctuation? */
static bool label_cell(const char *t, cell c)
{
    for (size_t i = c.a; i < c.b; i++)
        if (is_digit(t[i]) || t[i] == ',' || t[i] == ';' || t[i] == '.' || t[i] == '%')
            return false;
    return c.b > c.a && !ingest_table_blank_cell(t, c);
}

/* Reads the row starting at cells cs[*i..n) under t's columns into r,
 * advancing *i past it; false when the cells do not make one. */
static bool read_run_row(const ingest_table *t, const ingest_lexicon *lx, const char *txt,
                         const cell *cs, size_t n, size_t *i, run_row *r)
{
    size_t j = *i;

    memset(r, 0, sizeof *r);
    if (j >= n || !label_cell(txt, cs[j]))
        return false;
    r->label = cs[j++];
    for (size_t k = 1; k < t->ncols; k++) {
        int role = t->role[k];
        if (role == COL_UNIT) {
            if (j >= n || !unit_text(lx, txt, cs[j].a, cs[j].b))
                return false;
            set_unit(r, txt, cs[j].a, cs[j].b);
            j++;
            continue;
        }
        /* a unit before a level's figure (粮食 万吨 49000) */
        if (ingest_col_level(role) && j + 1 < n && unit_text(lx, txt, cs[j].a, cs[j].b))
            set_unit(r, txt, cs[j].a, cs[j].b), j++;
        if (j >= n || !row_figure(lx, txt, cs[j], role, r, k))
            return false;
        j++;
        /* a unit after it (粮食 49000 万吨) */
        if (ingest_col_level(role) && j < n && unit_text(lx, txt, cs[j].a, cs[j].b))
            set_unit(r, txt, cs[j].a, cs[j].b), j++;
    }
    *i = j;
    return true;
}

/* The number of leading cells of s that name columns: the header of a
 * table on the same line.  A first cell naming no column may be the label
 * column's own name (主要产品), as read_header takes it. */
static size_t header_cells(const ingest_lexicon *lx, const ingest_sentence *s, const cell *cs,
                           size_t n)
{
    size_t h = 0;

    for (; h < n && h < TABLE_COLS_MAX; h++) {
        int year;
        char unit[24];
        if (ingest_table_column_role(lx, s->text, s->match, cs[h], &year, unit, sizeof unit)
            == COL_NONE && !(h == 0 && label_cell(s->text, cs[0])))
            break;
    }
    return h;
}

/* Emits the claims of row r. */
static int emit_row(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                    const char *file, const ingest_sink *sink, const run_row *r, const char *label)
{
    int rc = GC_OK;

    for (size_t k = 1; k < t->ncols && rc == GC_OK; k++) {
        const ingest_table_figure *f = &r->f[k];
        const char *u = r->unit[0] ? r->unit : t->unit[k];
        if (t->role[k] == COL_UNIT || t->role[k] == COL_SKIP || r->fig[k].b == r->fig[k].a)
            continue;
        if (ingest_col_level(t->role[k]) && f->pct)
            u = "%";
        rc = ingest_table_emit(t, ctx, s, file, sink, k, r->fig[k].a, f->from, f->len, f->neg,
                               label, u);
    }
    return rc;
}

/* Emits the claims of rows rs[0..nr), each under its cleaned label. */
static int emit_rows(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     const char *file, const ingest_sink *sink, const run_row *rs, size_t nr)
{
    int rc = GC_OK;

    for (size_t r = 0; r < nr && rc == GC_OK; r++) {
        buf label = { 0 };
        const char *colon = memchr(s->text + rs[r].label.a, ':', rs[r].label.b - rs[r].label.a);
        /* 其中:花生: the part after the colon names the row */
        size_t a = colon ? (size_t)(colon - s->text) + 1 : rs[r].label.a;
        ingest_clean_both(&ctx->maps, s->text, s->match, a, rs[r].label.b, &label, false);
        if (label.failed)
            rc = GC_ENOMEM;
        else if (ingest_good_subject(&ctx->maps, &label))
            rc = emit_row(t, ctx, s, file, sink, &rs[r], label.data);
        buf_free(&label);
    }
    return rc;
}

/* The end of a sentence leading into a table on its line, in cell c
 * (…情况如下: or …如下：2019年): the byte after its first colon; 0 when c
 * holds no colon or nothing before it. */
static size_t lead_end(const char *t, cell c)
{
    static const char wide[] = "\xEF\xBC\x9A";   /* ： */

    for (size_t i = c.a + 1; i < c.b; i++) {
        if (t[i] == ':')
            return i + 1;
        if (i + 3 <= c.b && !memcmp(t + i, wide, 3))
            return i + 3;
    }
    return 0;
}

/* Are cells cs[i..n) prose with no figure (邮电通信事业继续发展。), the
 * sentence going on after a table run into its line? */
static bool figureless_tail(const char *t, const cell *cs, size_t i, size_t n)
{
    for (; i < n; i++)
        if (has_digit(t, cs[i]))
            return false;
    return true;
}

bool ingest_table_run(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      const cell *cs, size_t n, const char *file, const ingest_sink *sink, int *rc)
{
    const ingest_lexicon *lx = ctx->maps.lx;
    run_row rs[RUN_ROWS_MAX];
    cell own[TABLE_RUN_GAPS + 1];
    size_t i = 0, nr = 0, h, lead = 0, e;
    bool opened = false;

    *rc = GC_OK;
    if (!t->active) {
        /* 全年各种运输完成情况如下: 1998年 比上年±% 货物运输量 289万吨 …: the
         * header after a lead ending in a colon (glued to the header's first
         * cell or not) */
        if (n > 1 && n <= TABLE_RUN_GAPS + 1 && (e = lead_end(s->text, cs[0])) > 0) {
            memcpy(own, cs, n * sizeof *cs);
            if (e < cs[0].b)
                own[0].a = e;   /* the header starts in the lead's cell */
            else
                lead = 1;
            cs = own;
        }
        h = header_cells(lx, s, cs + lead, n - lead);
        if (h < 1 || lead + h >= n || !ingest_table_read_header(t, lx, s, cs + lead, h))
            return false;
        opened = true;
        i = lead + h;
    }
    while (i < n && nr < RUN_ROWS_MAX && read_run_row(t, lx, s->text, cs, n, &i, &rs[nr]))
        nr++;
    if (cs == own && nr >= RUN_ROWS_MIN && figureless_tail(s->text, cs, i, n))
        i = n;      /* the table read, then prose: …内河港口货物吞吐量 59万吨 -60.7 邮电… */
    if (i < n || nr < RUN_ROWS_MIN) {
        t->active = t->active && !opened;
        return false;
    }
    *rc = emit_rows(t, ctx, s, file, sink, rs, nr);
    t->active = false;      /* the line held the whole table */
    return true;
}
