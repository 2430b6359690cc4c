/* cmd_series.c -- 'growthcheck series': each indicator's year-by-year series
 * (stated, implied, path, official) as long CSV, wide CSV, JSON or a table.
 *
 * The long CSV is the one writer shared with 'report' (out_series_csv).  The
 * wide CSV is for people who open it in a spreadsheet: one row per series,
 * one column per year, every cell a plain number or empty, and which cells
 * are implied or on a path listed in two marker columns at the end, so no
 * cell turns into text. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../common/jsonadd.h"
#include "job.h"
#include "output.h"

static const char series_help[] =
    "Usage: growthcheck series [OPTIONS] REPORT...\n"
    "Print each indicator's year-by-year series: what the report states, what its\n"
    "rates imply, the constant-growth path between known points, and (with\n"
    "--series) the official figures.  REPORT may be - for standard input.\n"
    "\n"
    "Options:\n"
    "      --series FILE      official figures: CSV with the header\n"
    "                         indicator,year,value,unit[,basis] or the same as JSON\n"
    "                         (see man growthcheck)\n"
    "      --format FORMAT    csv (default), wide, json or table:\n"
    "                           csv    long (tidy) CSV, one row per indicator, year\n"
    "                                  and source\n"
    "                           wide   one row per series, one column per year\n"
    "                           json   {\"rows\": [...]} with the csv's fields\n"
    "                           table  aligned columns for the terminal\n"
    "      --bom              start CSV output with a UTF-8 byte-order mark, so that\n"
    "                         Excel on Windows reads it as UTF-8\n"
    "      --encoding NAME    encoding of the reports: auto (UTF-8, else GB18030;\n"
    "                         the default) or an iconv name such as gb18030\n"
    "      --report-year Y    year the reports are written for (default: from the text)\n"
    "  -h, --help             show this help\n"
    "\n"
    "Long CSV columns (UTF-8, RFC 4180, CRLF line ends, numbers in the C locale):\n"
    "  indicator, indicator_en  the indicator (aliases resolved) and its English name\n"
    "  year, value, unit        the figure as written, or as computed in the unit of\n"
    "                           the figure it was computed from\n"
    "  normalized_value, normalized_unit   in base units (亿元 -> 元 x 1e8)\n"
    "  source     stated: a level or share the report states for that year\n"
    "             implied: a level the report's rates imply (see derivation)\n"
    "             path: constant growth between two known points, at the endpoint\n"
    "                   CAGR or at the stated average rate (see derivation)\n"
    "             official: from --series\n"
    "  basis      comparable, current or unstated (the price basis)\n"
    "  low, high  the interval the figure stands for (rounding, 以上/以内/约);\n"
    "             empty when that side is open\n"
    "  derivation where an implied or path value comes from, what a share is of,\n"
    "             estimates (预计), the official file's line\n"
    "Percentages (shares, rates) are series of their own, never mixed with levels;\n"
    "units convert only within one family (亿元, 万元, 元), never across currencies.\n"
    "Targets and cumulative sums over a period are not a year's value: no rows.\n"
    "\n"
    "Wide CSV columns: indicator, indicator_en, measure (level, percent, or share of\n"
    "the whole), unit, source (report: stated, else implied, else path; official),\n"
    "one column per year, then implied_years and path_years listing the years whose\n"
    "cells are implied or on a path.  Empty cell: no value for that year.\n";

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
    rc |= cli_csv_field(b, list.data ? list.data : "");
    buf_free(&list);
    return rc;
}

static int wide_line(const wide_row *w, int y0, int years, buf *b)
{
    const analysis_row *f = w->first;
    int rc = 0;

    rc |= cli_csv_field(b, f->indicator);
    rc |= buf_putc(b, ',');
    rc |= cli_csv_field(b, f->indicator_en ? f->indicator_en : "");
    rc |= buf_putc(b, ',');
    rc |= cli_csv_field(b, w->measure);
    rc |= buf_putc(b, ',');
    rc |= cli_csv_field(b, f->unit);
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

static int wide_csv(buf *b, const analysis_rows *rows, bool bom)
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

static int rows_json(buf *b, const analysis_rows *rows)
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

/* ---- table ---- */

static int rows_table(const analysis_rows *rows, FILE *out)
{
    static const char *const head[] = { "indicator", "year", "value", "unit", "source",
                                        "low", "high", "derivation" };
    cli_table *t = cli_table_new(8, head);

    for (size_t i = 0; t && i < rows->count; i++) {
        const analysis_row *r = &rows->items[i];
        char year[16], v[64], lo[64], hi[64];
        const char *cells[8];
        snprintf(year, sizeof year, "%d", r->year);
        cells[0] = r->indicator;
        cells[1] = year;
        cells[2] = numfmt(v, r->value, 4);
        cells[3] = r->unit;
        cells[4] = analysis_row_source_name(r->source);
        cells[5] = r->iv.lo_unbounded ? "" : numfmt(lo, r->iv.lo, 4);
        cells[6] = r->iv.hi_unbounded ? "" : numfmt(hi, r->iv.hi, 4);
        cells[7] = r->derivation ? r->derivation : "";
        if (cli_table_add(t, cells) != 0) {
            cli_table_free(t);
            t = NULL;
        }
    }
    if (!t)
        return -1;
    cli_table_print(t, out);
    cli_table_free(t);
    return 0;
}

/* ---- the command ---- */

enum { OPT_FORMAT = CLI_OPT_OWN, OPT_BOM };

typedef struct series_args {
    cli_format format;
    bool bom;
} series_args;

static int own_option(void *ctx, int opt, const char *arg)
{
    series_args *a = ctx;

    switch (opt) {
    case OPT_BOM:
        a->bom = true;
        return 0;
    case OPT_FORMAT:
        return cli_parse_format("series", arg, CLI_FMT_CSV | CLI_FMT_WIDE | CLI_FMT_JSON |
                                CLI_FMT_TABLE, &a->format) ? CLI_EXIT_USAGE : 0;
    }
    return cli_usage("series", "unknown option");
}

/* Returns 0 to go on, -1 after --help, or an exit code. */
static int parse_args(int argc, char **argv, cli_job *j, series_args *a)
{
    static const struct option longs[] = {
        { "series", required_argument, NULL, CLI_OPT_SERIES },
        { "format", required_argument, NULL, OPT_FORMAT },
        { "bom", no_argument, NULL, OPT_BOM },
        { "encoding", required_argument, NULL, CLI_OPT_ENCODING },
        { "report-year", required_argument, NULL, CLI_OPT_REPORT_YEAR },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int code = cli_job_parse(j, "series", argc, argv, longs, ":h", series_help, own_option, a);

    if (code != 0)
        return code;
    if (optind >= argc)
        return cli_usage("series", "no report given; name a report file, or - for "
                         "standard input");
    if (a->bom && a->format != CLI_FMT_CSV && a->format != CLI_FMT_WIDE)
        return cli_usage("series", "--bom is for CSV output; use it with --format csv "
                         "or wide");
    return 0;
}

static int render(const series_args *a, const analysis_rows *rows)
{
    buf b = BUF_INIT;
    int rc = 0;

    switch (a->format) {
    case CLI_FMT_TABLE:
        rc = rows_table(rows, stdout);
        break;
    case CLI_FMT_JSON:
        rc = rows_json(&b, rows);
        break;
    case CLI_FMT_WIDE:
        rc = wide_csv(&b, rows, a->bom);
        break;
    default:
        rc = out_series_csv(&b, rows, a->bom);
        break;
    }
    if (rc == 0 && b.len)
        fwrite(b.data, 1, b.len, stdout);
    buf_free(&b);
    if (rc != 0) {
        cli_error(NULL, 0, "out of memory while writing the series");
        return CLI_EXIT_OUTPUT;
    }
    return CLI_EXIT_OK;
}

int cmd_series(int argc, char **argv)
{
    series_args a = { CLI_FMT_CSV, false };
    cli_job j;
    int code;

    cli_job_init(&j);
    code = parse_args(argc, argv, &j, &a);
    if (code != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    if ((code = cli_job_read(&j, argv + optind, argc - optind)) == CLI_EXIT_OK &&
        (code = cli_job_check(&j, true)) == CLI_EXIT_OK)
        code = render(&a, &j.rows);
    cli_job_free(&j);
    return cli_finish_stdout(code);
}
