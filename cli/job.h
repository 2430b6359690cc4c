/* job.h -- what the commands that read reports share: the options for
 * input, analysis and charts, and the run from files to findings and series.
 *
 * Each command keeps its own getopt_long table (the options it accepts are
 * its interface), but the shared options carry the CLI_OPT_ ids below and
 * are handled in one place, so --lang or --size mean the same everywhere. */
#ifndef GC_CLI_JOB_H
#define GC_CLI_JOB_H

#include "../analysis/analysis.h"
#include "../ingest/ingest.h"
#include "../plots/plots.h"
#include "cli.h"

enum {
    CLI_OPT_SERIES = 256,   /* --series FILE */
    CLI_OPT_INDICATORS,     /* --indicators FILE */
    CLI_OPT_ENCODING,       /* --encoding NAME */
    CLI_OPT_REPORT_YEAR,    /* --report-year Y */
    CLI_OPT_LANG,           /* --lang zh|en */
    CLI_OPT_ROUNDING,       /* --rounding half-up|truncate */
    CLI_OPT_GROSS_PP,       /* --gross-pp X */
    CLI_OPT_PLOT_FORMAT,    /* --plot-format png,svg,pdf */
    CLI_OPT_SIZE,           /* --size WxH */
    CLI_OPT_FONT_SIZE,      /* --font-size N */
    CLI_OPT_FONT,           /* --font NAME */
    CLI_OPT_GNUPLOT,        /* --gnuplot PATH */
    CLI_OPT_NO_RENDER,      /* --no-render */
    CLI_OPT_OWN             /* a command's own long options start here */
};

typedef struct cli_job {
    const char *series_path;      /* --series, or NULL */
    const char *indicators_path;  /* --indicators, or NULL */
    ingest_options in;
    analysis_options an;          /* an.series and an.indicators set by cli_job_read */
    plots_options pl;
    ingest_claims claims;         /* filled by cli_job_read */
    ingest_series series;
    analysis_indicators *table;   /* --indicators loaded, or NULL for the built-in */
    analysis_findings findings;   /* filled by cli_job_check */
    analysis_rows rows;
    bool lang_auto;          /* --lang auto (the default): the claims' language */
    int jobs;                     /* -j/--jobs: files read at once */
} cli_job;

/* Sets every default: half-up rounding, 0.5 pp, zh, PNG 1600x900, render. */
void cli_job_init(cli_job *j);

/* The -j/--jobs entry every command that reads reports puts in its
 * getopt_long table (with "j:" in its short options). */
#define CLI_JOBS_OPTION { "jobs", required_argument, NULL, 'j' }

/* Handles one shared option (opt is a CLI_OPT_ id, or 'j') for command cmd.
 * Returns 0 when it was handled, CLI_EXIT_USAGE after printing why its value
 * is bad, or -1 when opt is not a shared option. */
int cli_job_option(cli_job *j, const char *cmd, int opt, const char *arg);

/* A command's handler of its own options: returns 0, or an exit code after
 * printing why the value is bad. */
typedef int (*cli_own_option)(void *ctx, int opt, const char *arg);

struct option;

/* Runs getopt_long over argv with the command's table longs (and short
 * options shorts, which must start with ':' and include 'h'): -h/--help
 * prints help and the exit codes; shared options go to cli_job_option, the
 * others to own(ctx, opt, optarg).  Returns 0 to go on (optind is at the first
 * file), -1 after --help, or CLI_EXIT_USAGE after a message naming the bad
 * option. */
int cli_job_parse(cli_job *j, const char *cmd, int argc, char **argv,
                  const struct option *longs, const char *shorts, const char *help,
                  cli_own_option own, void *ctx);

/* Loads --indicators and --series, then reads the reports.  Returns a CLI
 * exit code, having printed the message. */
int cli_job_read(cli_job *j, char *const *files, int nfiles);

/* Checks the claims, and builds each indicator's series when rows is true.
 * Returns a CLI exit code. */
int cli_job_check(cli_job *j, bool rows);

/* Frees everything the job holds.  Accepts NULL. */
void cli_job_free(cli_job *j);

#endif
