/* cmd_series.c -- 'growthcheck series': each indicator's year-by-year series
 * (stated, implied, path, official) as long CSV, wide CSV, JSON or a table.
 * The formats are report/report.h's; the table is this command's own. */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
    "  -j, --jobs N           read up to N reports at once (default: the\n"
    "                         number of processors)\n"
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
        CLI_JOBS_OPTION,
        { "series", required_argument, NULL, CLI_OPT_SERIES },
        { "format", required_argument, NULL, OPT_FORMAT },
        { "bom", no_argument, NULL, OPT_BOM },
        { "encoding", required_argument, NULL, CLI_OPT_ENCODING },
        { "report-year", required_argument, NULL, CLI_OPT_REPORT_YEAR },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int code = cli_job_parse(j, "series", argc, argv, longs, ":j:h", series_help, own_option, a);

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
        rc = report_rows_json(&b, rows);
        break;
    case CLI_FMT_WIDE:
        rc = report_rows_wide(&b, rows, a->bom);
        break;
    default:
        rc = report_rows_csv(&b, rows, a->bom);
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
