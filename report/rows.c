/* rows.c -- the year rows as tidy CSV, wide CSV and JSON; see report.h.
 *
 * The wide CSV is for people who open it in a spreadsheet: one row per
 * series, one column per year, every cell a plain number or empty, and which
 * cells are implied or on a path listed in two marker columns at the end,
 * so no cell turns into text. */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/csv.h"
#include "../common/jsonadd.h"

/* A CSV number keeps 15 significant digits, all a double holds reliably, so
 * 9.5e11 prints as 950000000000 and no binary noise shows; an empty cell
 * when the value is absent or not finite. */
static const char *csv_num(char out[32], bool has, double v)
{
    if (has && isfinite(v))
        snprintf(out, 32, "%.15g", v);
    else
        out[0] = '\0';
    return out;
}

int report_rows_csv(buf *b, const analysis_rows *rows, bool bom)
{
    int rc = bom ? buf_puts(b, "\xEF\xBB\xBF") : 0;

    rc |= buf_puts(b, "indicator,indicator_en,year,value,unit,normalized_value,"
                      "normalized_unit,source,basis,low,high,derivation\r\n");
    for (size_t i = 0; i < rows->count && rc == 0; i++) {
        const analysis_row *r = &rows->items[i];
        char year[16], v[32], nv[32], lo[32], hi[32];
        const char *cells[12];

        snprintf(year, sizeof year, "%d", r->year);
        cells[0] = r->indicator;
        cells[1] = r->indicator_en;
        cells[2] = year;
        cells[3] = csv_num(v, true, r->value);
        cells[4] = r->unit;
        cells[5] = csv_num(nv, true, r->norm_value);
        cells[6] = r->norm_unit;
        cells[7] = analysis_row_source_name(r->source);
        cells[8] = ingest_basis_name(r->basis);
        cells[9] = csv_num(lo, !r->iv.lo_unbounded, r->iv.lo);
        cells[10] = csv_num(hi, !r->iv.hi_unbounded, r->iv.hi);
        cells[11] = r->derivation;
        rc |= csv_row(b, cells, 12);
    }
    return rc ? -1 : 0;
}

/* ---- wide ---- */

/* One row of the wide table: the long rows [from, to) of one series with
 * one source class, and the key that names it. */
typedef struct wide_row {
    const analysis_row *first;  /* the row whose unit the values are shown in */
    char measure[160];
    bool official;
    double *cells;              /* value per year, NAN for none */
    char *kind;                 /* per year: 0 none, 's', 'i', 'p', 'o' */
} wide_row;

/* What a percentage row is of: "share of 全市" from a stated share's
 * derivation; levels are "level", other percentages "percent". */
static void measure_of(const analysis_row *r, char out[160])
{
    const char *d = r->derivation;

    if (!r->is_share) {
        snprintf(out, 160, "level");
    } else if (d && !strncmp(d, "share of ", 9)) {
        size_t n = strcspn(d, ";");
        snprintf(out, 160, "%.*s", (int)n, d);
    } else {
        snprintf(out, 160, "percent");
    }
}

static bool same_series(const wide_row *w, const analysis_row *r)
{
    char m[160];

    measure_of(r, m);
    return !strcmp(w->first->indicator, r->indicator) &&
           !strcmp(w->first->norm_unit, r->norm_unit) && !strcmp(w->measure, m) &&
           w->official == (r->source == ANALYSIS_ROW_OFFICIAL);
}

/* The value of r in the unit of w's first row (exact: same base unit). */
static double in_unit(const wide_row *w, const analysis_row *r)
{
    const analysis_row *f = w->first;

    if (!strcmp(r->unit, f->unit) || f->value == 0)
        return r->value;
    return r->norm_value / (f->norm_value / f->value);
}

/* The wide row of r among rows[from..*n), added when missing.  The long
 * rows of one series are consecutive, so the search starts where the run of
 * r's indicator and base unit began.  Returns its index, or -1 (memory). */
static long wide_find_or_add(wide_row **rows, size_t *n, size_t from, const analysis_row *r,
                             int years)
{
    wide_row *w;

    for (size_t i = from; i < *n; i++)
        if (same_series(&(*rows)[i], r))
            return (long)i;
    w = realloc(*rows, (*n + 1) * sizeof *w);
    if (!w)
        return -1;
    *rows = w;
    w = &w[*n];
    w->first = r;
    measure_of(r, w->measure);
    w->official = r->source == ANALYSIS_ROW_OFFICIAL;
    w->cells = malloc((size_t)years * sizeof *w->cells);
    w->kind = calloc((size_t)years, 1);
    if (!w->cells || !w->kind) {
        free(w->cells);
        free(w->kind);
        return -1;
    }
    for (int y = 0; y < years; y++)
        w->cells[y] = NAN;
    return (long)(*n)++;
}

/* Fills a cell unless a better source holds it: stated, then implied, then
 * path (the long rows come in that order within a year). */
static void wide_put(wide_row *w, const analysis_row *r, int col)
{
    static const char kinds[] = { 's', 'i', 'p', 'o' };

    if (w->kind[col] || !isfinite(in_unit(w, r)))
        return;
    w->cells[col] = in_unit(w, r);
    w->kind[col] = kinds[r->source];
}

static int wide_years(const wide_row *w, int y0, int years, char kind, buf *b)
{
    buf list = BUF_INIT;
    int rc = 0;

    for (int y = 0; y < years; y++)
        if (w->kind[y] == kind)
            rc |= buf_printf(&list, "%s%d", list.len ? " " : "", y0 + y);
    rc |= csv_field(b, list.data ? list.data : "");
    buf_free(&list);
    return rc;
}

static int wide_line(const wide_row *w, int y0, int years, buf *b)
{
    const analysis_row *f = w->first;
    int rc = 0;

    rc |= csv_field(b, f->indicator);
    rc |= buf_putc(b, ',');
    rc |= csv_field(b, f->indicator_en ? f->indicator_en : "");
    rc |= buf_putc(b, ',');
    rc |= csv_field(b, w->measure);
    rc |= buf_putc(b, ',');
    rc |= csv_field(b, f->unit);
    rc |= buf_puts(b, w->official ? ",official" : ",report");
    for (int y = 0; y < years; y++) {
        rc |= buf_putc(b, ',');
        if (w->kind[y])
            rc |= buf_printf(b, "%.15g", w->cells[y]);
    }
    rc |= buf_putc(b, ',');
    rc |= wide_years(w, y0, years, 'i', b);
    rc |= buf_putc(b, ',');
    rc |= wide_years(w, y0, years, 'p', b);
    return rc | buf_puts(b, "\r\n");
}

static void year_range(const analysis_rows *rows, int *y0, int *years)
{
    int lo = 0, hi = -1;

    for (size_t i = 0; i < rows->count; i++) {
        int y = rows->items[i].year;
        if (hi < lo || y < lo)
            lo = y;
        if (y > hi)
            hi = y;
    }
    *y0 = lo;
    *years = hi >= lo ? hi - lo + 1 : 0;
}

int report_rows_wide(buf *b, const analysis_rows *rows, bool bom)
{
    wide_row *w = NULL;
    size_t n = 0, run = 0;
    int y0, years, rc = bom ? buf_puts(b, "\xEF\xBB\xBF") : 0;

    year_range(rows, &y0, &years);
    rc |= buf_puts(b, "indicator,indicator_en,measure,unit,source");
    for (int y = 0; y < years; y++)
        rc |= buf_printf(b, ",%d", y0 + y);
    rc |= buf_puts(b, ",implied_years,path_years\r\n");
    for (size_t i = 0; i < rows->count && rc == 0; i++) {
        const analysis_row *r = &rows->items[i], *prev = i ? r - 1 : NULL;
        long k;
        if (!prev || strcmp(prev->indicator, r->indicator) ||
            strcmp(prev->norm_unit, r->norm_unit))
            run = n;
        k = wide_find_or_add(&w, &n, run, r, years);
        if (k < 0)
            rc = -1;
        else
            wide_put(&w[k], &rows->items[i], rows->items[i].year - y0);
    }
    for (size_t i = 0; i < n; i++) {
        if (rc == 0)
            rc |= wide_line(&w[i], y0, years, b);
        free(w[i].cells);
        free(w[i].kind);
    }
    free(w);
    return rc ? -1 : 0;
}

/* ---- json ---- */

static cJSON *row_json(const analysis_row *r)
{
    cJSON *o = cJSON_CreateObject(), *norm = cJSON_CreateObject();
    bool ok = o && json_attach(o, "normalized", norm) == 0;

    if (!o)
        cJSON_Delete(norm);
    ok = ok && json_str(o, "indicator", r->indicator) == 0 &&
         json_str(o, "indicator_en", r->indicator_en) == 0 &&
         json_num(o, "year", r->year) == 0 &&
         json_num(o, "value", r->value) == 0 &&
         json_str(o, "unit", r->unit) == 0 &&
         json_num(norm, "value", r->norm_value) == 0 &&
         json_str(norm, "unit", r->norm_unit) == 0 &&
         json_str(o, "source", analysis_row_source_name(r->source)) == 0 &&
         json_str(o, "basis", ingest_basis_name(r->basis)) == 0 &&
         json_num(o, "low", r->iv.lo_unbounded ? NAN : r->iv.lo) == 0 &&
         json_num(o, "high", r->iv.hi_unbounded ? NAN : r->iv.hi) == 0 &&
         json_str(o, "derivation", r->derivation) == 0 &&
         cJSON_AddBoolToObject(o, "is_share", r->is_share);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

int report_rows_json(buf *b, const analysis_rows *rows)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *arr = root ? cJSON_AddArrayToObject(root, "rows") : NULL;
    char *text = NULL;
    int rc = arr ? 0 : -1;

    for (size_t i = 0; i < rows->count && rc == 0; i++) {
        rc = json_attach(arr, NULL, row_json(&rows->items[i]));
    }
    if (rc == 0 && (text = cJSON_Print(root)) == NULL)
        rc = -1;
    if (rc == 0)
        rc = buf_puts(b, text) | buf_putc(b, '\n');
    cJSON_free(text);
    cJSON_Delete(root);
    return rc ? -1 : 0;
}
