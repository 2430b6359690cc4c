/* cmd_plot.c -- 'growthcheck plot': read reports (and official series),
 * check the claims, build the series, and write the gnuplot charts into a
 * folder, rendered by one gnuplot run.  The charts themselves are
 * plots_write()'s (plots/plots.h). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "output.h"
#include "../plots/plots.h"

static const char plot_help[] =
    "Usage: growthcheck plot [OPTIONS] REPORT...\n"
    "Check the claims of the reports and draw them with gnuplot: for each chart a\n"
    "commented script NAME.gp and its data NAME.dat, rendered to NAME.png (or\n"
    "svg, pdf) by one gnuplot run.  The charts:\n"
    "  claims.png              every checked rate: stated against computed\n"
    "  NAME.png                one per indicator with levels in two or more years:\n"
    "                          bars (two years) or lines (more, or an official\n"
    "                          series); a path at a real rate as a volume index\n"
    "  index.png               up to 6 indicators stated in 3+ years, first = 100\n"
    "                          (growth-compared.png, bars, when none has 3)\n"
    "  shares.png              shares of a whole as stacked bars\n"
    "  stated-rates.png        rates stated with no level to check them\n"
    "NAME is the indicator's short English name (gdp, general-budget-revenue), or\n"
    "indicator-N.  The folder is created if missing and written into, never emptied.\n"
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
    "      --lang auto|zh|en   language of titles, axes and indicator names (auto)\n"
    "                          (default: zh; en uses the indicator table's names)\n"
    "      --gnuplot PATH      gnuplot program (default: gnuplot on PATH)\n"
    "      --style NAME        default; slide (1920x1080, large type, thick lines,\n"
    "                          no grid); print (vector PDF, greyscale-safe)\n"
    "      --no-render         write scripts and data only, do not run gnuplot\n"
    "      --encoding NAME     encoding of the reports: auto (UTF-8, else GB18030;\n"
    "                          the default) or an iconv name such as gb18030\n"
    "      --report-year Y     year the reports are written for (default: from the text)\n"
    "  -j, --jobs N            read up to N reports at once (default: the\n"
    "                          number of processors)\n"
    "  -h, --help              show this help\n";

static int own_option(void *ctx, int opt, const char *arg)
{
    cli_job *j = ctx;

    if (opt == CLI_OPT_OWN)
        return plots_style_parse(arg, &j->pl.style) == GC_OK ? 0
               : cli_usage("plot", "--style takes default, slide or print");
    if (opt != 'o')
        return cli_usage("plot", "unknown option");
    j->pl.outdir = arg;
    return 0;
}

/* Returns 0 to go on, -1 after --help, or a usage exit code. */
static int parse(int argc, char **argv, cli_job *j)
{
    static const struct option longs[] = {
        CLI_JOBS_OPTION,
        { "output", required_argument, NULL, 'o' },
        { "series", required_argument, NULL, CLI_OPT_SERIES },
        { "plot-format", required_argument, NULL, CLI_OPT_PLOT_FORMAT },
        { "size", required_argument, NULL, CLI_OPT_SIZE },
        { "font-size", required_argument, NULL, CLI_OPT_FONT_SIZE },
        { "font", required_argument, NULL, CLI_OPT_FONT },
        { "lang", required_argument, NULL, CLI_OPT_LANG },
        { "gnuplot", required_argument, NULL, CLI_OPT_GNUPLOT },
        { "no-render", no_argument, NULL, CLI_OPT_NO_RENDER },
        { "style", required_argument, NULL, CLI_OPT_OWN },
        { "encoding", required_argument, NULL, CLI_OPT_ENCODING },
        { "report-year", required_argument, NULL, CLI_OPT_REPORT_YEAR },
        { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 },
    };
    int code = cli_job_parse(j, "plot", argc, argv, longs, ":o:j:h", plot_help, own_option, j);

    if (code != 0)
        return code;
    if (optind >= argc)
        return cli_usage("plot", "no report file; give one or more files, or - for standard input");
    return 0;
}

/* Says what was written, on stdout. */
static void summary(const char *dir, const plots_result *res)
{
    if (res->charts == 0)
        printf("no chart: no rate was checked and no indicator has figures for two years\n");
    else if (res->rendered)
        printf("%zu charts written to %s/ (scripts, data and images); "
               "redraw them with: cd %s && gnuplot render-all.gp\n", res->charts, dir, dir);
    else
        printf("%zu chart scripts written to %s/; render them with: "
               "cd %s && gnuplot render-all.gp\n", res->charts, dir, dir);
}

int cmd_plot(int argc, char **argv)
{
    plots_result res = PLOTS_RESULT_INIT;
    cli_job j;
    gc_diag d;
    int code;

    cli_job_init(&j);
    j.pl.outdir = "charts";
    if ((code = parse(argc, argv, &j)) != 0)
        return code < 0 ? cli_finish_stdout(CLI_EXIT_OK) : code;
    if ((code = cli_job_read(&j, argv + optind, argc - optind)) == CLI_EXIT_OK &&
        (code = cli_job_check(&j, true)) == CLI_EXIT_OK) {
        gc_diag_clear(&d);
        code = cli_plots_status(plots_write(&j.claims, &j.findings, &j.rows, &j.pl, &res, &d),
                                &d, j.pl.outdir);
        if (code == CLI_EXIT_OK)
            summary(j.pl.outdir, &res);
    }
    plots_result_free(&res);
    cli_job_free(&j);
    return cli_finish_stdout(code);
}
