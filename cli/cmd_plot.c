/* cmd_plot.c -- 'growthcheck plot': read reports (and official series),
 * check the claims, build the series, and write the gnuplot charts into a
 * folder, rendered by one gnuplot run.  The charts themselves are
 * plots_write()'s (plots/plots.h). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "output.h"
#include "../plots/plots.h"

static const char plot_help[] =
    "Usage: growthcheck plot [OPTIONS] REPORT...\n"
    "Check the claims of the reports and draw them with gnuplot: for each chart a\n"
    "commented script NAME.gp and its data NAME.dat, rendered to NAME.png (or\n"
    "svg, pdf) by one gnuplot run.  The charts:\n"
    "  claims.png              every checked rate: stated against computed, the\n"
    "                          rounding interval as an error bar, coloured by\n"
    "                          verdict, largest gap at the top\n"
    "  index.png               every indicator with levels in two or more years,\n"
    "                          first year = 100\n"
    "  shares.png              shares given for two or more years\n"
    "  trajectory-NAME.png     one per indicator: stated levels, growth paths,\n"
    "                          implied levels (hollow), official series\n"
    "NAME is a slug of the indicator's English name, or h + a hash of its Chinese\n"
    "name.  The folder is created if missing and written into, never emptied.\n"
    "Rerun one chart with: cd DIR && gnuplot NAME.gp; all with gnuplot render-all.gp.\n"
    "REPORT may be - for standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR        folder to write into (default: charts)\n"
    "      --series FILE       official series, CSV or JSON (see man growthcheck),\n"
    "                          drawn beside the stated figures\n"
    "      --plot-format LIST  png, svg, pdf, comma-separated (default: png)\n"
    "      --size WxH          image size in pixels, 320x200 to 10000x10000\n"
    "                          (default: 1600x900, 16:9 for slides; a PDF page has\n"
    "                          the same proportions)\n"
    "      --font-size N       font size in points, 4 to 200 (default: 16)\n"
    "      --font NAME         font for all text; it must have Chinese glyphs for\n"
    "                          Chinese labels (default: Noto Sans CJK SC, from\n"
    "                          fonts-noto-cjk)\n"
    "      --lang zh|en        language of titles, axes and indicator names\n"
    "                          (default: zh; en uses the indicator table's names)\n"
    "      --gnuplot PATH      gnuplot program (default: gnuplot on PATH)\n"
    "      --no-render         write scripts and data only, do not run gnuplot\n"
    "      --encoding NAME     encoding of the reports: auto (UTF-8, else GB18030;\n"
    "                          the default) or an iconv name such as gb18030\n"
    "      --report-year Y     year the reports are written for (default: from the text)\n"
    "  -h, --help              show this help\n";

typedef struct plot_args {
    const char *series_path;
    ingest_options in;
    analysis_options an;
    plots_options pl;
} plot_args;

enum { OPT_SERIES = 256, OPT_FORMAT, OPT_SIZE, OPT_FONTSIZE, OPT_FONT, OPT_LANG,
       OPT_GNUPLOT, OPT_NORENDER, OPT_ENCODING, OPT_YEAR };

/* "png,svg" -> PLOTS_PNG | PLOTS_SVG (a name may repeat; an empty list or
 * an empty name is an error).  Returns 0 or -1. */
static int formats(const char *s, unsigned *out)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        { "png", PLOTS_PNG }, { "svg", PLOTS_SVG }, { "pdf", PLOTS_PDF },
    };

    *out = 0;
    while (*s) {
        size_t n = strcspn(s, ","), i = 0;
        while (i < 3 && (strlen(names[i].name) != n || strncmp(s, names[i].name, n) != 0))
            i++;
        if (i == 3)
            return -1;
        *out |= names[i].bit;
        s += n + (s[n] == ',');
    }
    return *out ? 0 : -1;
}

/* "1600x900" -> width and height within the documented range. */
static int size(const char *s, int *w, int *h)
{
    const char *x = strchr(s, 'x');
    char left[16];
    long a, b;

    if (!x || (size_t)(x - s) >= sizeof left)
        return cli_usage("plot", "--size '%s' is not WxH in pixels, e.g. 1600x900", s);
    memcpy(left, s, (size_t)(x - s));
    left[x - s] = '\0';
    if (cli_parse_int("plot", "--size width", left, 320, 10000, &a) != 0
        || cli_parse_int("plot", "--size height", x + 1, 200, 10000, &b) != 0)
        return CLI_EXIT_USAGE;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

static int option(int opt, const char *arg, plot_args *a)
{
    long n;

    switch (opt) {
    case 'o': a->pl.outdir = arg; return 0;
    case OPT_SERIES: a->series_path = arg; return 0;
    case OPT_FONT:
        if (!arg[0] || strlen(arg) > 200 || strpbrk(arg, ",\n"))
            return cli_usage("plot", "--font needs a font name without commas, up to 200 bytes");
        a->pl.font = arg;
        return 0;
    case OPT_GNUPLOT: a->pl.gnuplot = arg; return 0;
    case OPT_NORENDER: a->pl.render = false; return 0;
    case OPT_ENCODING: a->in.encoding = arg; return 0;
    case OPT_FORMAT:
        if (formats(arg, &a->pl.formats) != 0)
            return cli_usage("plot", "--plot-format '%s' is not a list of png, svg, pdf", arg);
        return 0;
    case OPT_SIZE:
        return size(arg, &a->pl.width, &a->pl.height);
    case OPT_FONTSIZE:
        if (cli_parse_int("plot", "--font-size", arg, 4, 200, &n) != 0)
            return CLI_EXIT_USAGE;
        a->pl.font_size = (int)n;
        return 0;
    case OPT_LANG:
        if (strcmp(arg, "zh") != 0 && strcmp(arg, "en") != 0)
            return cli_usage("plot", "--lang '%s' is not zh or en", arg);
        a->pl.lang = a->an.lang = arg;
        return 0;
    case OPT_YEAR:
        if (cli_parse_int("plot", "--report-year", arg, 1900, 2200, &n) != 0)
            return CLI_EXIT_USAGE;
        a->in.report_year = (int)n;
        return 0;
    }
    return cli_usage("plot", "unknown option");
}

/* Returns 0 to go on, -1 after --help, or a usage exit code. */
static int parse(int argc, char **argv, plot_args *a)
{
    static const struct option longopts[] = {
        { "output", required_argument, NULL, 'o' },
        { "series", required_argument, NULL, OPT_SERIES },
        { "plot-format", required_argument, NULL, OPT_FORMAT },
        { "size", required_argument, NULL, OPT_SIZE },
        { "font-size", required_argument, NULL, OPT_FONTSIZE },
        { "font", required_argument, NULL, OPT_FONT },
        { "lang", required_argument, NULL, OPT_LANG },
        { "gnuplot", required_argument, NULL, OPT_GNUPLOT },
        { "no-render", no_argument, NULL, OPT_NORENDER },
        { "encoding", required_argument, NULL, OPT_ENCODING },
        { "report-year", required_argument, NULL, OPT_YEAR },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int opt, code;

    opterr = 0;
    optind = 1;
    while ((opt = getopt_long(argc, argv, ":o:h", longopts, NULL)) != -1) {
        if (opt == 'h') {
            fputs(plot_help, stdout);
            fputs(cli_exit_help, stdout);
            return -1;
        }
        if (opt == '?')
            return cli_usage("plot", "unknown option '%s'", argv[optind - 1]);
        if (opt == ':')
            return cli_usage("plot", "option '%s' needs a value", argv[optind - 1]);
        if ((code = option(opt, optarg, a)) != 0)
            return code;
    }
    if (optind >= argc)
        return cli_usage("plot", "no report file; give one or more files, or - for standard input");
    return 0;
}

/* Says what was written, on stdout. */
static void summary(const plot_args *a, const plots_result *res)
{
    const char *dir = a->pl.outdir;

    if (res->charts == 0)
        printf("no chart: no rate was checked and no indicator has figures for two years\n");
    else if (res->rendered)
        printf("%zu charts written to %s/ (scripts, data and images); "
               "redraw them with: cd %s && gnuplot render-all.gp\n", res->charts, dir, dir);
    else
        printf("%zu chart scripts written to %s/; render them with: "
               "cd %s && gnuplot render-all.gp\n", res->charts, dir, dir);
}

/* Reads, checks and draws; returns the exit code. */
static int run(char **files, int nfiles, plot_args *a)
{
    ingest_claims claims = INGEST_CLAIMS_INIT;
    ingest_series series = INGEST_SERIES_INIT;
    analysis_findings findings = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    plots_result res = { 0, false };
    gc_diag d;
    int code, rc;

    if (a->series_path && (code = cli_read_series(a->series_path, &series)) != CLI_EXIT_OK)
        goto done;
    a->an.series = a->series_path ? &series : NULL;
    if ((code = cli_read_reports(files, nfiles, &a->in, &claims)) != CLI_EXIT_OK)
        goto done;
    if ((rc = analysis_check_claims(&claims, &a->an, &findings)) != GC_OK
        || (rc = analysis_series_build(&claims, &findings, &a->an, &rows)) != GC_OK) {
        cli_error(NULL, 0, "cannot check the claims: %s", gc_strerror(rc));
        code = CLI_EXIT_DATA;
        goto done;
    }
    gc_diag_clear(&d);
    rc = plots_write(&claims, &findings, &rows, &a->pl, &res, &d);
    code = cli_plots_status(rc, &d, a->pl.outdir);
    if (code == CLI_EXIT_OK)
        summary(a, &res);
done:
    analysis_rows_free(&rows);
    analysis_findings_free(&findings);
    ingest_series_free(&series);
    ingest_claims_free(&claims);
    return code;
}

int cmd_plot(int argc, char **argv)
{
    plot_args a;
    int code;

    memset(&a, 0, sizeof a);
    analysis_options_init(&a.an);
    plots_options_init(&a.pl);
    a.pl.outdir = "charts";
    if ((code = parse(argc, argv, &a)) != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    return cli_finish_stdout(run(argv + optind, argc - optind, &a));
}
