/* job.c -- shared options and the run from files to findings; see job.h. */
#include "job.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

void cli_job_init(cli_job *j)
{
    memset(j, 0, sizeof *j);
    analysis_options_init(&j->an);
    plots_options_init(&j->pl);
    j->pl.render = true;
    j->lang_auto = true;
    j->jobs = cli_jobs_default();
}

/* "png,svg" -> PLOTS_PNG | PLOTS_SVG (a name may repeat; an empty list or an
 * empty name is an error).  Returns 0 or -1. */
static int plot_formats(const char *s, unsigned *out)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        { "png", PLOTS_PNG }, { "svg", PLOTS_SVG }, { "pdf", PLOTS_PDF },
    };
    size_t count = sizeof names / sizeof names[0];

    *out = 0;
    while (*s) {
        size_t n = strcspn(s, ","), i = 0;
        while (i < count && (strlen(names[i].name) != n || strncmp(s, names[i].name, n) != 0))
            i++;
        if (i == count)
            return -1;
        *out |= names[i].bit;
        s += n + (s[n] == ',');
    }
    return *out ? 0 : -1;
}

/* "1600x900" -> width and height within the documented range. */
static int plot_size(const char *cmd, const char *s, int *w, int *h)
{
    const char *x = strchr(s, 'x');
    char left[16];
    long a, b;

    if (!x || (size_t)(x - s) >= sizeof left)
        return cli_usage(cmd, "--size '%s' is not WxH in pixels, e.g. 1600x900", s);
    memcpy(left, s, (size_t)(x - s));
    left[x - s] = '\0';
    if (cli_parse_int(cmd, "--size width", left, 320, 10000, &a) != 0 ||
        cli_parse_int(cmd, "--size height", x + 1, 200, 10000, &b) != 0)
        return CLI_EXIT_USAGE;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

static int analysis_option(cli_job *j, const char *cmd, int opt, const char *arg)
{
    switch (opt) {
    case CLI_OPT_LANG:
        if (strcmp(arg, "zh") != 0 && strcmp(arg, "en") != 0 && strcmp(arg, "auto") != 0)
            return cli_usage(cmd, "--lang '%s' is not auto, zh or en", arg);
        j->lang_auto = !strcmp(arg, "auto");
        if (!j->lang_auto)
            j->an.lang = j->pl.lang = arg;
        return 0;
    case CLI_OPT_ROUNDING:
        if (!strcmp(arg, "half-up"))
            j->an.rounding = ANALYSIS_ROUND_HALF_UP;
        else if (!strcmp(arg, "truncate"))
            j->an.rounding = ANALYSIS_ROUND_TRUNCATE;
        else
            return cli_usage(cmd, "--rounding '%s' is not half-up or truncate", arg);
        return 0;
    case CLI_OPT_GROSS_PP:
        return cli_parse_double(cmd, "--gross-pp", arg, 0, 100, &j->an.gross_pp) ? CLI_EXIT_USAGE : 0;
    }
    return -1;
}

static int plot_option(cli_job *j, const char *cmd, int opt, const char *arg)
{
    long n;

    switch (opt) {
    case CLI_OPT_PLOT_FORMAT:
        if (plot_formats(arg, &j->pl.formats) != 0)
            return cli_usage(cmd, "--plot-format '%s' is not a list of png, svg, pdf", arg);
        return 0;
    case CLI_OPT_SIZE:
        return plot_size(cmd, arg, &j->pl.width, &j->pl.height);
    case CLI_OPT_FONT_SIZE:
        if (cli_parse_int(cmd, "--font-size", arg, 4, 200, &n) != 0)
            return CLI_EXIT_USAGE;
        j->pl.font_size = (int)n;
        return 0;
    case CLI_OPT_FONT:
        if (!arg[0] || strlen(arg) > 200 || strpbrk(arg, ",\n"))
            return cli_usage(cmd, "--font needs a font name without commas, up to 200 bytes");
        j->pl.font = arg;
        return 0;
    case CLI_OPT_GNUPLOT:
        j->pl.gnuplot = arg;
        return 0;
    case CLI_OPT_NO_RENDER:
        j->pl.render = false;
        return 0;
    }
    return -1;
}

int cli_job_option(cli_job *j, const char *cmd, int opt, const char *arg)
{
    long year;
    int rc;

    switch (opt) {
    case 'j':
        return cli_parse_jobs(cmd, arg, &j->jobs) != 0 ? CLI_EXIT_USAGE : 0;
    case CLI_OPT_SERIES:
        j->series_path = arg;
        return 0;
    case CLI_OPT_INDICATORS:
        j->indicators_path = arg;
        return 0;
    case CLI_OPT_ENCODING:
        if (!ingest_encoding_supported(arg))
            return cli_usage(cmd, "--encoding '%s' is not an encoding iconv knows; "
                             "try gb18030 or utf-8", arg);
        j->in.encoding = arg;
        return 0;
    case CLI_OPT_REPORT_YEAR:
        if (cli_parse_int(cmd, "--report-year", arg, 1900, 2200, &year) != 0)
            return CLI_EXIT_USAGE;
        j->in.report_year = (int)year;
        return 0;
    }
    if ((rc = analysis_option(j, cmd, opt, arg)) != -1)
        return rc;
    return plot_option(j, cmd, opt, arg);
}

int cli_job_parse(cli_job *j, const char *cmd, int argc, char **argv,
                  const struct option *longs, const char *shorts, const char *help,
                  cli_own_option own, void *ctx)
{
    int opt, rc;

    opterr = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
        if (opt == 'h') {
            fputs(help, stdout);
            fputs(cli_exit_help, stdout);
            return -1;
        }
        if (opt == '?')
            return cli_usage(cmd, "unknown option '%s'", argv[optind - 1]);
        if (opt == ':')
            return cli_usage(cmd, "option '%s' needs a value", argv[optind - 1]);
        rc = cli_job_option(j, cmd, opt, optarg);
        if (rc == -1)
            rc = own ? own(ctx, opt, optarg) : cli_usage(cmd, "unknown option");
        if (rc != 0)
            return rc;
    }
    return 0;
}

/* Reads and parses --indicators FILE; returns a CLI exit code. */
static int load_indicators(const char *path, analysis_indicators **out)
{
    FILE *f = fopen(path, "rb");
    buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    gc_diag d;
    int rc;

    if (!f) {
        cli_error(path, 0, "cannot open: %s; check the name and permissions", strerror(errno));
        return CLI_EXIT_DATA;
    }
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (buf_append(&b, chunk, n) != 0)
            break;
    if (ferror(f) || n > 0) {
        cli_error(path, 0, "cannot read: %s", ferror(f) ? strerror(errno) : "out of memory");
        fclose(f);
        buf_free(&b);
        return CLI_EXIT_DATA;
    }
    fclose(f);
    gc_diag_clear(&d);
    rc = analysis_indicators_load(b.data ? b.data : "", b.len, path, out, &d);
    buf_free(&b);
    if (rc != GC_OK) {
        cli_diag(&d, rc);
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

int cli_job_read(cli_job *j, char *const *files, int nfiles)
{
    int code;

    if (j->indicators_path &&
        (code = load_indicators(j->indicators_path, &j->table)) != CLI_EXIT_OK)
        return code;
    j->an.indicators = j->table;
    if (j->series_path && (code = cli_read_series(j->series_path, &j->series)) != CLI_EXIT_OK)
        return code;
    j->an.series = j->series_path ? &j->series : NULL;
    code = cli_read_reports(files, nfiles, &j->in, j->jobs, &j->claims);
    if (j->lang_auto) {
        /* explanations and labels in the language most claims were written in */
        size_t en = 0;
        for (size_t i = 0; i < j->claims.count; i++)
            en += j->claims.items[i].lang == INGEST_LANG_EN;
        if (en * 2 > j->claims.count)
            j->an.lang = j->pl.lang = "en";
    }
    return code;
}

int cli_job_check(cli_job *j, bool rows)
{
    if (analysis_check_claims(&j->claims, &j->an, &j->findings) != GC_OK ||
        (rows && analysis_series_build(&j->claims, &j->findings, &j->an, &j->rows) != GC_OK)) {
        cli_error(NULL, 0, "out of memory while checking the claims");
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

void cli_job_free(cli_job *j)
{
    if (!j)
        return;
    analysis_rows_free(&j->rows);
    analysis_findings_free(&j->findings);
    analysis_indicators_free(j->table);
    ingest_series_free(&j->series);
    ingest_claims_free(&j->claims);
}
