/* cmd_report.c -- 'growthcheck report': extract, check, series and charts in
 * one run, written under one folder, with the findings table on stdout.
 *
 * Every file is written whole or not at all (temporary file and rename), so
 * a failed run leaves the outputs of the previous run intact. */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "../plots/plots.h"

static const char report_help[] =
    "Usage: growthcheck report -o DIR [OPTIONS] REPORT...\n"
    "Extract every claim, check every stated rate, build each indicator's series\n"
    "and draw the charts, writing:\n"
    "  DIR/claims.jsonl   one claim per line, with its source\n"
    "  DIR/findings.json  every finding: formula, values, intervals, verdict\n"
    "  DIR/summary.md     the findings as a table, with each source sentence\n"
    "  DIR/series.csv     each indicator's year-by-year series (tidy CSV)\n"
    "  DIR/charts/        gnuplot scripts, data and rendered images\n"
    "and printing the findings table.  DIR is created if missing and written\n"
    "into, never emptied.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR        folder to write into (required)\n"
    "      --series FILE       official series, CSV or JSON (see man growthcheck)\n"
    "      --lang zh|en        language of explanations and chart labels (zh)\n"
    "      --rounding MODE     half-up (7.6 is [7.55, 7.65]) or truncate ([7.6, 7.7])\n"
    "      --gross-pp X        gap in percentage points that makes an\n"
    "                          inconsistency gross (0.5)\n"
    "      --indicators FILE   indicator table replacing the built-in one\n"
    "      --encoding NAME     input encoding (auto: UTF-8, else GB18030)\n"
    "      --report-year Y     year the report is written for (default: from the text)\n"
    "      --plot-format LIST  png, svg, pdf, comma-separated (png)\n"
    "      --size WxH          image size in pixels (1600x900)\n"
    "      --font-size N       font size in points (16)\n"
    "      --font NAME         font for labels (Noto Sans CJK SC)\n"
    "      --gnuplot PATH      gnuplot program (gnuplot on PATH)\n"
    "      --no-render         write chart scripts and data, do not run gnuplot\n"
    "  -h, --help              show this help\n";

struct report_args {
    const char *outdir;
    const char *series_path;
    const char *indicators_path;
    ingest_options in;
    analysis_options an;
    plots_options pl;
};

static int parse_plot_formats(const char *s, unsigned *out)
{
    char *copy = strdup(s), *tok, *save = NULL;
    int rc = 0;

    *out = 0;
    if (!copy)
        return -1;
    for (tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        if (!strcmp(tok, "png")) *out |= PLOTS_PNG;
        else if (!strcmp(tok, "svg")) *out |= PLOTS_SVG;
        else if (!strcmp(tok, "pdf")) *out |= PLOTS_PDF;
        else rc = -1;
    }
    free(copy);
    return rc == 0 && *out ? 0 : -1;
}

static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a, b;

    a = strtol(s, &end, 10);
    if (end == s || *end != 'x')
        return -1;
    s = end + 1;
    b = strtol(s, &end, 10);
    if (end == s || *end || a < 320 || a > 10000 || b < 200 || b > 10000)
        return -1;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

enum { OPT_SERIES = 256, OPT_LANG, OPT_ROUNDING, OPT_GROSS, OPT_INDICATORS, OPT_ENCODING,
       OPT_YEAR, OPT_PLOTFMT, OPT_SIZE, OPT_FONTSIZE, OPT_FONT, OPT_GNUPLOT, OPT_NORENDER };

static int parse_option(int opt, const char *arg, struct report_args *a)
{
    static const char cmd[] = "report";
    double x;
    long n;

    switch (opt) {
    case 'o': a->outdir = arg; return 0;
    case OPT_SERIES: a->series_path = arg; return 0;
    case OPT_INDICATORS: a->indicators_path = arg; return 0;
    case OPT_ENCODING: a->in.encoding = arg; return 0;
    case OPT_FONT: a->pl.font = arg; return 0;
    case OPT_GNUPLOT: a->pl.gnuplot = arg; return 0;
    case OPT_NORENDER: a->pl.render = false; return 0;
    case OPT_LANG:
        if (strcmp(arg, "zh") && strcmp(arg, "en"))
            return cli_usage(cmd, "--lang '%s' is not zh or en", arg);
        a->an.lang = a->pl.lang = arg;
        return 0;
    case OPT_ROUNDING:
        if (!strcmp(arg, "half-up")) a->an.rounding = ANALYSIS_ROUND_HALF_UP;
        else if (!strcmp(arg, "truncate")) a->an.rounding = ANALYSIS_ROUND_TRUNCATE;
        else return cli_usage(cmd, "--rounding '%s' is not half-up or truncate", arg);
        return 0;
    case OPT_GROSS:
        if (cli_parse_double(cmd, "--gross-pp", arg, 0, 100, &x) != 0)
            return CLI_EXIT_USAGE;
        a->an.gross_pp = x;
        return 0;
    case OPT_YEAR:
        if (cli_parse_int(cmd, "--report-year", arg, 1900, 2200, &n) != 0)
            return CLI_EXIT_USAGE;
        a->in.report_year = (int)n;
        return 0;
    case OPT_PLOTFMT:
        if (parse_plot_formats(arg, &a->pl.formats) != 0)
            return cli_usage(cmd, "--plot-format '%s' is not a list of png, svg, pdf", arg);
        return 0;
    case OPT_SIZE:
        if (parse_size(arg, &a->pl.width, &a->pl.height) != 0)
            return cli_usage(cmd, "--size '%s' is not WxH in pixels (320x200 to 10000x10000)", arg);
        return 0;
    case OPT_FONTSIZE:
        if (cli_parse_int(cmd, "--font-size", arg, 4, 200, &n) != 0)
            return CLI_EXIT_USAGE;
        a->pl.font_size = (int)n;
        return 0;
    }
    return cli_usage(cmd, "unknown option");
}

static int parse_args(int argc, char **argv, struct report_args *a)
{
    static const struct option longopts[] = {
        { "output", required_argument, NULL, 'o' },
        { "series", required_argument, NULL, OPT_SERIES },
        { "lang", required_argument, NULL, OPT_LANG },
        { "rounding", required_argument, NULL, OPT_ROUNDING },
        { "gross-pp", required_argument, NULL, OPT_GROSS },
        { "indicators", required_argument, NULL, OPT_INDICATORS },
        { "encoding", required_argument, NULL, OPT_ENCODING },
        { "report-year", required_argument, NULL, OPT_YEAR },
        { "plot-format", required_argument, NULL, OPT_PLOTFMT },
        { "size", required_argument, NULL, OPT_SIZE },
        { "font-size", required_argument, NULL, OPT_FONTSIZE },
        { "font", required_argument, NULL, OPT_FONT },
        { "gnuplot", required_argument, NULL, OPT_GNUPLOT },
        { "no-render", no_argument, NULL, OPT_NORENDER },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int opt;

    opterr = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        int code;
        if (opt == 'h') {
            fputs(report_help, stdout);
            fputs(cli_exit_help, stdout);
            return -1;
        }
        if (opt == '?')
            return cli_usage("report", "unknown option '%s'", argv[optind - 1]);
        if (opt == ':')
            return cli_usage("report", "option '%s' needs a value", argv[optind - 1]);
        if ((code = parse_option(opt, optarg, a)) != 0)
            return code;
    }
    if (!a->outdir)
        return cli_usage("report", "no output folder; give -o DIR");
    if (optind >= argc)
        return cli_usage("report", "no report file; give one or more files, or - for standard input");
    return 0;
}

static int load_indicators(const char *path, analysis_indicators **out)
{
    FILE *f = fopen(path, "rb");
    buf text = BUF_INIT;
    char chunk[4096];
    size_t n;
    gc_diag d;
    int rc;

    if (!f) {
        cli_error(path, 0, "cannot open indicator table: %s", strerror(errno));
        return CLI_EXIT_DATA;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(&text, chunk, n) != 0)
            break;
    fclose(f);
    gc_diag_clear(&d);
    rc = analysis_indicators_load(text.data ? text.data : "", text.len, path, out, &d);
    buf_free(&text);
    if (rc != GC_OK) {
        cli_diag(&d, rc);
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

/* Builds one output in memory, then writes it whole. */
static int write_output(const char *dir, const char *name, buf *b)
{
    buf path = BUF_INIT;
    int code;

    if (buf_printf(&path, "%s/%s", dir, name) != 0) {
        cli_error(dir, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    code = cli_write_file(path.data, b->data ? b->data : "", b->len);
    buf_free(&path);
    return code;
}

static int write_outputs(const struct report_args *a, const ingest_claims *claims,
                         const analysis_findings *findings, const analysis_rows *rows)
{
    buf b = BUF_INIT;
    int code;

    if (out_claims_jsonl(&b, claims) != 0)
        goto nomem;
    if ((code = write_output(a->outdir, "claims.jsonl", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    if (out_findings_json(&b, findings, claims) != 0)
        goto nomem;
    if ((code = write_output(a->outdir, "findings.json", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    if (out_summary_md(&b, findings, claims) != 0)
        goto nomem;
    if ((code = write_output(a->outdir, "summary.md", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    if (out_series_csv(&b, rows, false) != 0)
        goto nomem;
    code = write_output(a->outdir, "series.csv", &b);
done:
    buf_free(&b);
    return code;
nomem:
    buf_free(&b);
    cli_error(a->outdir, 0, "out of memory while writing the outputs");
    return CLI_EXIT_OUTPUT;
}

static int draw_charts(const struct report_args *a, const ingest_claims *claims,
                       const analysis_findings *findings, const analysis_rows *rows)
{
    plots_options pl = a->pl;
    plots_result res;
    buf dir = BUF_INIT;
    gc_diag d;
    int rc, code;

    if (buf_printf(&dir, "%s/charts", a->outdir) != 0) {
        cli_error(a->outdir, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    if ((code = cli_mkdir_p(dir.data)) != CLI_EXIT_OK) {
        buf_free(&dir);
        return code;
    }
    pl.outdir = dir.data;
    gc_diag_clear(&d);
    memset(&res, 0, sizeof res);
    rc = plots_write(claims, findings, rows, &pl, &res, &d);
    code = cli_plots_status(rc, &d, dir.data);
    buf_free(&dir);
    return code;
}

int cmd_report(int argc, char **argv)
{
    struct report_args a;
    ingest_claims claims = INGEST_CLAIMS_INIT;
    ingest_series series = INGEST_SERIES_INIT;
    analysis_findings findings = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_indicators *table = NULL;
    cli_table *t = NULL;
    int code;

    memset(&a, 0, sizeof a);
    analysis_options_init(&a.an);
    plots_options_init(&a.pl);
    a.pl.render = true;
    if ((code = parse_args(argc, argv, &a)) != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    if (a.indicators_path && (code = load_indicators(a.indicators_path, &table)) != CLI_EXIT_OK)
        goto done;
    a.an.indicators = table;
    if (a.series_path && (code = cli_read_series(a.series_path, &series)) != CLI_EXIT_OK)
        goto done;
    a.an.series = a.series_path ? &series : NULL;
    if ((code = cli_read_reports(argv + optind, argc - optind, &a.in, &claims)) != CLI_EXIT_OK)
        goto done;
    if (analysis_check_claims(&claims, &a.an, &findings) != GC_OK ||
        analysis_series_build(&claims, &findings, &a.an, &rows) != GC_OK) {
        cli_error(NULL, 0, "out of memory while checking the claims");
        code = CLI_EXIT_DATA;
        goto done;
    }
    if ((code = cli_mkdir_p(a.outdir)) != CLI_EXIT_OK ||
        (code = write_outputs(&a, &claims, &findings, &rows)) != CLI_EXIT_OK)
        goto done;
    code = draw_charts(&a, &claims, &findings, &rows);
    if ((t = out_findings_table(&findings)) != NULL)
        cli_table_print(t, stdout);
    printf("\n%zu claims, %zu findings; written to %s/\n", claims.count, findings.count, a.outdir);
done:
    cli_table_free(t);
    analysis_rows_free(&rows);
    analysis_findings_free(&findings);
    ingest_series_free(&series);
    ingest_claims_free(&claims);
    analysis_indicators_free(table);
    return cli_finish_stdout(code);
}
