/* cmd_report.c -- 'growthcheck report': extract, check, series and charts in
 * one run, written under one folder, with the findings table on stdout.
 *
 * Every file is written whole or not at all (temporary file and rename), so
 * a failed run leaves the outputs of the previous run intact. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "output.h"
#include "review.h"
#include "../plots/plots.h"

static const char report_help[] =
    "Usage: growthcheck report -o DIR [OPTIONS] REPORT...\n"
    "Extract every claim, check every stated rate, build each indicator's series\n"
    "and draw the charts, writing:\n"
    "  DIR/claims.jsonl   one claim per line, with its source\n"
    "  DIR/findings.json  every finding: formula, values, intervals, verdict\n"
    "  DIR/summary.md     a memo: the document's title, place and year, the\n"
    "                     verdict counts, the findings most severe first with\n"
    "                     their sentences and charts, the method and caveats\n"
    "  DIR/series.csv     each indicator's year-by-year series (tidy CSV)\n"
    "  DIR/charts/        gnuplot scripts, data and rendered images\n"
    "  DIR/review.html    the review page: the text with every claim marked\n"
    "and printing the findings table.  DIR is created if missing and written\n"
    "into, never emptied.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR        folder to write into (required)\n"
    "      --series FILE       official series, CSV or JSON (see man growthcheck)\n"
    "      --lang auto|zh|en   language of explanations and chart labels (auto)\n"
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
    "      --style NAME        charts: default, slide (1920x1080, large type) or\n"
    "                          print (vector PDF, greyscale-safe)\n"
    "      --no-render         write chart scripts and data, do not run gnuplot\n"
    "  -j, --jobs N            read up to N reports at once (default: the\n"
    "                          number of processors)\n"
    "  -h, --help              show this help\n";

typedef struct own {
    const char **outdir;
    cli_job *j;
} own;

static int own_option(void *ctx, int opt, const char *arg)
{
    own *o = ctx;

    if (opt == CLI_OPT_OWN)
        return plots_style_parse(arg, &o->j->pl.style) == GC_OK ? 0
               : cli_usage("report", "--style takes default, slide or print");
    if (opt != 'o')
        return cli_usage("report", "unknown option");
    *o->outdir = arg;
    return 0;
}

/* Returns 0 to go on, -1 after --help, or a usage exit code. */
static int parse_args(int argc, char **argv, cli_job *j, const char **outdir)
{
    static const struct option longs[] = {
        CLI_JOBS_OPTION,
        { "output", required_argument, NULL, 'o' },
        { "series", required_argument, NULL, CLI_OPT_SERIES },
        { "lang", required_argument, NULL, CLI_OPT_LANG },
        { "rounding", required_argument, NULL, CLI_OPT_ROUNDING },
        { "gross-pp", required_argument, NULL, CLI_OPT_GROSS_PP },
        { "indicators", required_argument, NULL, CLI_OPT_INDICATORS },
        { "encoding", required_argument, NULL, CLI_OPT_ENCODING },
        { "report-year", required_argument, NULL, CLI_OPT_REPORT_YEAR },
        { "plot-format", required_argument, NULL, CLI_OPT_PLOT_FORMAT },
        { "size", required_argument, NULL, CLI_OPT_SIZE },
        { "font-size", required_argument, NULL, CLI_OPT_FONT_SIZE },
        { "font", required_argument, NULL, CLI_OPT_FONT },
        { "gnuplot", required_argument, NULL, CLI_OPT_GNUPLOT },
        { "no-render", no_argument, NULL, CLI_OPT_NO_RENDER },
        { "style", required_argument, NULL, CLI_OPT_OWN },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    own o = { outdir, j };
    int code = cli_job_parse(j, "report", argc, argv, longs, ":o:j:h", report_help,
                             own_option, &o);

    if (code != 0)
        return code;
    if (!*outdir)
        return cli_usage("report", "no output folder; give -o DIR");
    if (optind >= argc)
        return cli_usage("report", "no report file; give one or more files, or - for standard input");
    return 0;
}

/* dir/name, without doubling a slash the user typed (-o out/). */
static int join(buf *path, const char *dir, const char *name)
{
    size_t n = strlen(dir);

    while (n > 1 && dir[n - 1] == '/')
        n--;
    return buf_printf(path, "%.*s/%s", (int)n, dir, name);
}

/* Builds one output in memory, then writes it whole. */
static int write_output(const char *dir, const char *name, buf *b)
{
    buf path = BUF_INIT;
    int code;

    if (join(&path, dir, name) != 0) {
        cli_error(dir, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    code = cli_write_file(path.data, b->data ? b->data : "", b->len);
    buf_free(&path);
    return code;
}

/* ---- the memo summary ---- */

#define HEAD_BYTES 65536    /* what the summary reads of a report for its title */

/* The reports' heads (their title, place and year) and the official rows
 * no check used, kept for the summary. */
typedef struct heads {
    report_doc *docs;
    buf *bytes;
    size_t n;
    size_t *unused;         /* analysis_series_unused() */
    size_t nunused;
} heads;

static void heads_free(heads *h)
{
    for (size_t i = 0; h->bytes && i < h->n; i++)
        buf_free(&h->bytes[i]);
    free(h->bytes);
    free(h->docs);
    free(h->unused);
    memset(h, 0, sizeof *h);
}

/* Reads the first HEAD_BYTES of each file (none of standard input, which
 * is gone); a file that cannot be read again is named without its title.
 * Returns 0, or -1 when out of memory. */
static int heads_read(heads *h, char *const *files, int nfiles)
{
    memset(h, 0, sizeof *h);
    h->docs = calloc((size_t)nfiles + 1, sizeof *h->docs);
    h->bytes = calloc((size_t)nfiles + 1, sizeof *h->bytes);
    if (!h->docs || !h->bytes)
        return -1;
    h->n = (size_t)nfiles;
    for (int i = 0; i < nfiles; i++) {
        FILE *f = strcmp(files[i], "-") ? fopen(files[i], "rb") : NULL;
        char chunk[4096];
        size_t got;
        h->docs[i].name = files[i];
        if (!f)
            continue;
        while (h->bytes[i].len < HEAD_BYTES && (got = fread(chunk, 1, sizeof chunk, f)) > 0)
            if (buf_append(&h->bytes[i], chunk, got) != 0) {
                fclose(f);
                return -1;
            }
        if (!ferror(f)) {
            h->docs[i].bytes = h->bytes[i].data ? h->bytes[i].data : "";
            h->docs[i].n = h->bytes[i].len;
        }
        fclose(f);
    }
    return 0;
}

static void summary_options(report_summary_options *o, const cli_job *j, const heads *h,
                            const plots_result *charts)
{
    memset(o, 0, sizeof *o);
    o->lang = j->an.lang;
    o->docs = h->docs;
    o->ndocs = h->n;
    o->encoding = j->in.encoding;
    o->report_year = j->in.report_year;
    o->rounding = j->an.rounding;
    o->charts = charts;
    o->charts_dir = "charts";
    o->series = j->series.count ? &j->series : NULL;
    o->unused_official = h->unused;
    o->nunused_official = h->nunused;
}

static int write_outputs(const char *outdir, const cli_job *j, const heads *h)
{
    report_summary_options so;

    buf b = BUF_INIT;
    int code;

    if (report_claims_jsonl(&b, &j->claims) != 0)
        goto nomem;
    if ((code = write_output(outdir, "claims.jsonl", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    if (report_findings_json(&b, &j->findings, &j->claims) != 0)
        goto nomem;
    if ((code = write_output(outdir, "findings.json", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    summary_options(&so, j, h, NULL);
    if (report_summary_md(&b, &j->findings, &j->claims, &so) != 0)
        goto nomem;
    if ((code = write_output(outdir, "summary.md", &b)) != CLI_EXIT_OK)
        goto done;
    buf_reset(&b);
    if (report_rows_csv(&b, &j->rows, false) != 0)
        goto nomem;
    code = write_output(outdir, "series.csv", &b);
done:
    buf_free(&b);
    return code;
nomem:
    buf_free(&b);
    cli_error(outdir, 0, "out of memory while writing the outputs");
    return CLI_EXIT_OUTPUT;
}

/* DIR/review.html; a chart problem is draw_charts()'s to report. */
static int write_review(const char *outdir, const cli_job *j, char *const *files, int nfiles)
{
    buf path = BUF_INIT;
    int code;

    if (join(&path, outdir, "review.html") != 0) {
        cli_error(outdir, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    code = cli_review_write(j, files, nfiles, path.data);
    buf_free(&path);
    return code == CLI_EXIT_GNUPLOT ? CLI_EXIT_OK : code;
}

static int draw_charts(const char *outdir, const cli_job *j, const heads *h)
{
    report_summary_options so;
    plots_options pl = j->pl;
    plots_result res = PLOTS_RESULT_INIT;
    buf dir = BUF_INIT;
    gc_diag d;
    int code;

    if (join(&dir, outdir, "charts") != 0) {
        cli_error(outdir, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    if ((code = cli_mkdir_p(dir.data)) == CLI_EXIT_OK) {
        pl.outdir = dir.data;
        gc_diag_clear(&d);
        code = cli_plots_status(plots_write(&j->claims, &j->findings, &j->rows, &pl, &res, &d),
                                &d, dir.data);
        /* The summary again, now with links to the charts and which chart
         * shows what and why not. */
        buf_reset(&dir);
        summary_options(&so, j, h, &res);
        if ((res.nmade || res.nskipped)
            && (report_summary_md(&dir, &j->findings, &j->claims, &so) != 0
                || write_output(outdir, "summary.md", &dir) != CLI_EXIT_OK))
            code = code == CLI_EXIT_OK ? CLI_EXIT_OUTPUT : code;
        plots_result_free(&res);
    }
    buf_free(&dir);
    return code;
}

int cmd_report(int argc, char **argv)
{
    const char *outdir = NULL;
    cli_table *t;
    cli_job j;
    heads h;
    int code;

    memset(&h, 0, sizeof h);
    cli_job_init(&j);
    if ((code = parse_args(argc, argv, &j, &outdir)) != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    if ((code = cli_job_read(&j, argv + optind, argc - optind)) != CLI_EXIT_OK ||
        (code = cli_job_check(&j, true)) != CLI_EXIT_OK ||
        (code = cli_mkdir_p(outdir)) != CLI_EXIT_OK)
        goto done;
    if (heads_read(&h, argv + optind, argc - optind) != 0 ||
        analysis_series_unused(&j.findings, &j.an, &h.unused, &h.nunused) != GC_OK) {
        cli_error(outdir, 0, "out of memory while reading the reports' titles");
        code = CLI_EXIT_OUTPUT;
        goto done;
    }
    if ((code = write_outputs(outdir, &j, &h)) != CLI_EXIT_OK ||
        (code = write_review(outdir, &j, argv + optind, argc - optind)) != CLI_EXIT_OK)
        goto done;
    code = draw_charts(outdir, &j, &h);
    if ((t = out_findings_table(&j.findings)) != NULL) {
        cli_table_print(t, stdout);
        cli_table_free(t);
    }
    printf("\n%zu claims, %zu findings; written to %s%s\n", j.claims.count, j.findings.count,
           outdir, outdir[0] && outdir[strlen(outdir) - 1] == '/' ? "" : "/");
done:
    heads_free(&h);
    cli_job_free(&j);
    return cli_finish_stdout(code);
}
