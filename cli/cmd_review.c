/* cmd_review.c -- 'growthcheck review': the review page of a report, one
 * self-contained HTML file (report_review_html() in report/report.h), and
 * the page for 'growthcheck report' (review.h).
 *
 * The CLI's part: keep each report's bytes for the page, render the charts
 * as SVG into a private temporary folder (removed afterwards), keep each
 * chart's markup with the indicator plots_write() says it draws, and write
 * the page atomically. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "job.h"
#include "output.h"
#include "review.h"
#include "../plots/plots.h"

static const char review_help[] =
    "Usage: growthcheck review -o FILE [OPTIONS] REPORT...\n"
    "Write the review page of the reports: one self-contained HTML file with the\n"
    "report's text, every claim marked in place and coloured by the verdict of the\n"
    "finding that used it (or not checked), sentences that speak of growth but gave\n"
    "no claim marked apart, and every finding with its formula, intervals, reason,\n"
    "diagnosis and implied values, grouped by indicator beside its chart (SVG).\n"
    "Open it in any browser; it loads nothing from the network.  Tab moves from\n"
    "figure to figure.  Text read from standard input (-) is not shown.\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE       the page to write (required)\n"
    "      --series FILE       official series, CSV or JSON (see man growthcheck)\n"
    "      --lang auto|zh|en   language of the page and its explanations (auto)\n"
    "      --rounding MODE     half-up (7.6 is [7.55, 7.65]) or truncate ([7.6, 7.7])\n"
    "      --gross-pp X        gap in percentage points that makes an\n"
    "                          inconsistency gross (0.5)\n"
    "      --indicators FILE   indicator table replacing the built-in one\n"
    "      --encoding NAME     input encoding (auto: UTF-8, else GB18030)\n"
    "      --report-year Y     year the report is written for (default: from the text)\n"
    "      --gnuplot PATH      gnuplot program for the charts (gnuplot on PATH)\n"
    "      --no-render         no charts: do not run gnuplot\n"
    "  -j, --jobs N            read up to N reports at once (default: the\n"
    "                          number of processors)\n"
    "  -h, --help              show this help\n";

/* ---- the reports' bytes ---- */

static int slurp(const char *path, buf *out)
{
    FILE *f = fopen(path, "rb");
    char chunk[1 << 15];
    size_t n;

    if (!f) {
        cli_error(path, 0, "cannot open: %s", strerror(errno));
        return CLI_EXIT_DATA;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(out, chunk, n) != 0)
            break;
    if (ferror(f) || n > 0) {
        cli_error(path, 0, "cannot read: %s", ferror(f) ? strerror(errno) : "out of memory");
        fclose(f);
        return CLI_EXIT_DATA;
    }
    fclose(f);
    return CLI_EXIT_OK;
}

/* ---- charts ---- */

typedef struct chartset {
    report_chart *items;
    char **names;           /* owned: indicator names */
    buf *svgs;              /* owned: the markup */
    size_t count;
    char note[640];         /* why there is no chart, or "" */
    int status;             /* CLI_EXIT_GNUPLOT when gnuplot was missing or failed */
} chartset;

static void chartset_free(chartset *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->names[i]);
        buf_free(&c->svgs[i]);
    }
    free(c->items);
    free(c->names);
    free(c->svgs);
    memset(c, 0, sizeof *c);
}

/* Reads the SVG of every chart plots_write() made (in the order drawn),
 * then empties dir, which holds nothing else of anybody's. */
static int collect(const char *dir, const plots_result *res, chartset *cs)
{
    DIR *d;
    struct dirent *e;
    int rc = 0;

    cs->items = calloc(res->nmade + 1, sizeof *cs->items);
    cs->names = calloc(res->nmade + 1, sizeof *cs->names);
    cs->svgs = calloc(res->nmade + 1, sizeof *cs->svgs);
    if (!cs->items || !cs->names || !cs->svgs)
        rc = -1;
    for (size_t i = 0; i < res->nmade && rc == 0; i++) {
        const plots_chart *m = &res->made[i];
        const char *dot = m->file ? strrchr(m->file, '.') : NULL;
        size_t k = cs->count;
        buf path = BUF_INIT;

        if (!dot)
            continue;
        rc |= buf_printf(&path, "%s/%.*s.svg", dir, (int)(dot - m->file), m->file);
        if (rc == 0 && slurp(path.data, &cs->svgs[k]) == CLI_EXIT_OK && cs->svgs[k].len > 0) {
            if (m->indicator && !(cs->names[k] = strdup(m->indicator)))
                rc = -1;
            cs->items[k].indicator = cs->names[k];
            cs->items[k].svg = cs->svgs[k].data;
            cs->items[k].n = cs->svgs[k].len;
            cs->count++;
        }
        buf_free(&path);
    }
    if ((d = opendir(dir)) != NULL) {
        while ((e = readdir(d)) != NULL) {
            buf path = BUF_INIT;
            if (e->d_name[0] == '.')
                continue;
            if (buf_printf(&path, "%s/%s", dir, e->d_name) == 0)
                unlink(path.data);
            buf_free(&path);
        }
        closedir(d);
    }
    return rc;
}

/* Renders the charts as SVG in a temporary folder and keeps their markup. */
static int render_charts(const cli_job *j, chartset *cs)
{
    const char *tmp = getenv("TMPDIR");
    buf dir = BUF_INIT;
    plots_options pl = j->pl;
    plots_result res = PLOTS_RESULT_INIT;
    gc_diag d;
    int rc;

    memset(cs, 0, sizeof *cs);
    if (!j->pl.render) {
        snprintf(cs->note, sizeof cs->note, "--no-render");
        return 0;
    }
    if (buf_printf(&dir, "%s/growthcheck-review-XXXXXX", tmp && *tmp ? tmp : "/tmp") != 0)
        return -1;
    if (!mkdtemp(dir.data)) {
        snprintf(cs->note, sizeof cs->note, "no temporary folder: %s", strerror(errno));
        buf_free(&dir);
        return 0;
    }
    pl.outdir = dir.data;
    pl.formats = PLOTS_SVG;
    gc_diag_clear(&d);
    rc = plots_write(&j->claims, &j->findings, &j->rows, &pl, &res, &d);
    if (rc == GC_ENOTFOUND) {
        snprintf(cs->note, sizeof cs->note, "gnuplot not found (install gnuplot-nox)");
        cs->status = CLI_EXIT_GNUPLOT;
    } else if (rc != GC_OK) {
        snprintf(cs->note, sizeof cs->note, "%s", d.message[0] ? d.message : gc_strerror(rc));
        cs->status = rc == GC_ENOMEM ? CLI_EXIT_OUTPUT : CLI_EXIT_GNUPLOT;
    }
    rc = collect(dir.data, &res, cs);
    plots_result_free(&res);
    rmdir(dir.data);
    buf_free(&dir);
    if (rc == 0 && cs->count == 0 && !cs->note[0])
        snprintf(cs->note, sizeof cs->note, "%s",
                 "no indicator has figures for two years and no rate was checked");
    return rc;
}

int cli_review_write(const cli_job *j, char *const *files, int nfiles, const char *path)
{
    report_doc *docs = calloc((size_t)nfiles + 1, sizeof *docs);
    buf *bytes = calloc((size_t)nfiles + 1, sizeof *bytes);
    buf page = BUF_INIT;
    chartset cs;
    report_review_options opt;
    int code = CLI_EXIT_OK;

    memset(&cs, 0, sizeof cs);
    if (!docs || !bytes) {
        code = CLI_EXIT_OUTPUT;
        cli_error(path, 0, "out of memory");
        goto done;
    }
    for (int i = 0; i < nfiles && code == CLI_EXIT_OK; i++) {
        docs[i].name = files[i];
        if (strcmp(files[i], "-") != 0 && (code = slurp(files[i], &bytes[i])) == CLI_EXIT_OK) {
            docs[i].bytes = bytes[i].data ? bytes[i].data : "";
            docs[i].n = bytes[i].len;
        }
    }
    if (code != CLI_EXIT_OK)
        goto done;
    if (render_charts(j, &cs) != 0) {
        cli_error(path, 0, "out of memory while rendering the charts");
        code = CLI_EXIT_OUTPUT;
        goto done;
    }
    opt.lang = j->an.lang;
    opt.encoding = j->in.encoding;
    opt.charts = cs.items;
    opt.ncharts = cs.count;
    opt.charts_note = cs.note[0] ? cs.note : NULL;
    if (report_review_html(&page, docs, (size_t)nfiles, &j->claims, &j->findings, &opt) != 0) {
        cli_error(path, 0, "out of memory while writing the review page");
        code = CLI_EXIT_OUTPUT;
        goto done;
    }
    code = cli_write_file(path, page.data ? page.data : "", page.len);
    if (code == CLI_EXIT_OK && cs.status != 0) {
        cli_error(path, 0, "written without charts: %s", cs.note);
        code = cs.status;
    }
done:
    for (int i = 0; bytes && i < nfiles; i++)
        buf_free(&bytes[i]);
    free(bytes);
    free(docs);
    buf_free(&page);
    chartset_free(&cs);
    return code;
}

/* ---- the command ---- */

static int own_option(void *ctx, int opt, const char *arg)
{
    const char **out = ctx;

    if (opt != 'o')
        return cli_usage("review", "unknown option");
    *out = arg;
    return 0;
}

int cmd_review(int argc, char **argv)
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
        { "gnuplot", required_argument, NULL, CLI_OPT_GNUPLOT },
        { "no-render", no_argument, NULL, CLI_OPT_NO_RENDER },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    const char *out = NULL;
    cli_job j;
    int code;

    cli_job_init(&j);
    code = cli_job_parse(&j, "review", argc, argv, longs, ":o:j:h", review_help, own_option, &out);
    if (code == 0 && !out)
        code = cli_usage("review", "no output file; give -o FILE");
    else if (code == 0 && optind >= argc)
        code = cli_usage("review", "no report file; give one or more files, or - for standard input");
    if (code != 0) {
        cli_job_free(&j);
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    }
    if ((code = cli_job_read(&j, argv + optind, argc - optind)) == CLI_EXIT_OK &&
        (code = cli_job_check(&j, true)) == CLI_EXIT_OK &&
        ((code = cli_review_write(&j, argv + optind, argc - optind, out)) == CLI_EXIT_OK ||
         code == CLI_EXIT_GNUPLOT))
        printf("%zu claims, %zu findings; review page written to %s\n", j.claims.count,
               j.findings.count, out);
    cli_job_free(&j);
    return cli_finish_stdout(code);
}
