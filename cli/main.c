/* main.c -- the growthcheck program: dispatch to a subcommand. */
#include <stdio.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "cli.h"

static const char usage_text[] =
    "Usage: growthcheck COMMAND [OPTIONS] FILE...\n"
    "Check the growth claims of official reports.\n"
    "\n"
    "Commands:\n"
    "  extract   list every multi-year figure and growth claim of a report\n"
    "  check     check each stated rate against the figures (and --series)\n"
    "  plot      write gnuplot charts of the claims and findings\n"
    "  series    each indicator's year-by-year series (stated, implied, official)\n"
    "  report    extract, check, chart and tabulate in one run (-o DIR)\n"
    "  review    the review page: the report's text with every claim marked (-o FILE)\n"
    "  cagr      compute an average growth rate with its rounding interval\n"
    "\n"
    "Options:\n"
    "  -h, --help      show this help, or a command's: growthcheck COMMAND --help\n"
    "  -V, --version   show the version\n"
    "\n"
    "FILE may be - for standard input.  See man growthcheck for the formulas.\n";

struct command {
    const char *name;
    int (*run)(int argc, char **argv);
};

static const struct command commands[] = {
    { "extract", cmd_extract },
    { "check", cmd_check },
    { "plot", cmd_plot },
    { "series", cmd_series },
    { "report", cmd_report },
    { "review", cmd_review },
    { "cagr", cmd_cagr },
};

int main(int argc, char **argv)
{
    /* GSL aborts on error by default; the library checks every status. */
    gsl_set_error_handler_off();

    if (argc < 2) {
        fputs(usage_text, stderr);
        return CLI_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fputs(usage_text, stdout);
        fputs(cli_exit_help, stdout);
        return cli_finish_stdout(CLI_EXIT_OK);
    }
    if (!strcmp(argv[1], "-V") || !strcmp(argv[1], "--version")) {
        puts("growthcheck " GC_VERSION);
        return cli_finish_stdout(CLI_EXIT_OK);
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(argv[1], commands[i].name))
            return commands[i].run(argc - 1, argv + 1);
    if (argv[1][0] == '-')
        cli_error(NULL, 0, "unknown option '%s'; try 'growthcheck --help'", argv[1]);
    else
        cli_error(NULL, 0, "unknown command '%s'; try 'growthcheck --help'", argv[1]);
    return CLI_EXIT_USAGE;
}
