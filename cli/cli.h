/* cli.h -- what the subcommands of the growthcheck program share: exit
 * codes, messages, reading inputs, option values and terminal tables (the
 * output formats themselves are report/report.h's).
 *
 * Only the CLI prints and exits; the library returns statuses.  Every message
 * starts with "growthcheck: ", names the file (and line) where there is one,
 * and says what to do. */
#ifndef GC_CLI_H
#define GC_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "../common/buf.h"
#include "../common/numfmt.h"
#include "../common/status.h"
#include "../ingest/ingest.h"

/* Exit codes, documented in --help and the man page. */
enum {
    CLI_EXIT_OK = 0,      /* success */
    CLI_EXIT_DATA = 1,    /* bad input data: unreadable file, not text, malformed series */
    CLI_EXIT_USAGE = 2,   /* usage error: unknown option, bad option value */
    CLI_EXIT_OUTPUT = 3,  /* output could not be written (folder, full disk, closed pipe) */
    CLI_EXIT_GNUPLOT = 4  /* gnuplot missing or failed; scripts and data were written */
};

typedef enum cli_format {
    CLI_FMT_TABLE = 1,
    CLI_FMT_JSONL = 2,
    CLI_FMT_JSON = 4,
    CLI_FMT_CSV = 8,
    CLI_FMT_WIDE = 16
} cli_format;

/* The exit-code paragraph every --help ends with. */
extern const char cli_exit_help[];

/* "growthcheck: FILE:LINE: message" (FILE and LINE omitted when NULL/0). */
void cli_error(const char *file, long line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Prints a library diagnostic (falls back to gc_strerror(status)). */
void cli_diag(const gc_diag *d, int status);

/* Prints "growthcheck: CMD: message" and a pointer to --help; returns 2. */
int cli_usage(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Parses --format's value among the allowed formats (a mask of cli_format).
 * Returns 0, or -1 after printing a usage message. */
int cli_parse_format(const char *cmd, const char *s, unsigned allowed, cli_format *out);

/* Parses a number option with strtod/strtol, end pointer, errno and range;
 * returns 0 or -1 after printing a usage message. */
int cli_parse_double(const char *cmd, const char *opt, const char *s,
                     double lo, double hi, double *out);
int cli_parse_int(const char *cmd, const char *opt, const char *s,
                  long lo, long hi, long *out);

/* The most workers -j/--jobs accepts. */
#define CLI_JOBS_MAX 256

/* Writes one claim as output text at the end of out (report_claim_jsonl and
 * report_claim_csv have this shape, with arg unused).  Returns 0, or non-zero
 * when out of memory. */
typedef int (*cli_claim_writer)(buf *out, const ingest_claim *c, const void *arg);

/* Reads the reports (a "-" is stdin) on up to jobs threads, one parser
 * each, and uses each file's results in input order, so that nothing the
 * user sees depends on jobs.  With write, each claim is written to stdout
 * by write(out, claim, arg) as the files come (the file whose turn it is
 * streams; the others wait, bounded, in memory); without, the claims are
 * appended to claims.  A file that cannot be read is reported after the
 * results of the files before it; with keep_going the next file is read
 * (and the claims found before the error are kept), else the run stops
 * there.  The exit code is CLI_EXIT_DATA if any file failed.  Shows a
 * progress line on stderr when it is a terminal and the input is large or
 * many files are given.  Returns a CLI exit code, having printed the
 * messages. */
int cli_read_files(char *const *files, int nfiles, const ingest_options *opt, int jobs,
                   bool keep_going, cli_claim_writer write, const void *arg,
                   ingest_claims *claims);

/* cli_read_files without a writer, stopping at the first bad file. */
int cli_read_reports(char *const *files, int nfiles, const ingest_options *opt, int jobs,
                     ingest_claims *claims);

/* The default of -j/--jobs: the number of online processors (1 if unknown),
 * at most CLI_JOBS_MAX. */
int cli_jobs_default(void);

/* Parses -j/--jobs' value (1..CLI_JOBS_MAX); returns 0 or -1 after printing
 * a usage message. */
int cli_parse_jobs(const char *cmd, const char *s, int *out);

/* Reads an official series file; returns a CLI exit code. */
int cli_read_series(const char *path, ingest_series *series);

/* Writes data to path atomically (temporary file and rename); returns a CLI
 * exit code, having printed the message. */
int cli_write_file(const char *path, const char *data, size_t len);

/* Creates a folder (and its parents) if missing; returns a CLI exit code. */
int cli_mkdir_p(const char *path);

/* Flushes and closes stdout; a write error (full disk, closed pipe) is
 * reported and gives CLI_EXIT_OUTPUT, else returns code unchanged. */
int cli_finish_stdout(int code);


/* A terminal table whose columns are aligned by display width (CJK
 * characters take two columns).  Cells are copied. */
typedef struct cli_table cli_table;
cli_table *cli_table_new(int ncols, const char *const *headers);
int cli_table_add(cli_table *t, const char *const *cells);
void cli_table_print(const cli_table *t, FILE *out);
void cli_table_free(cli_table *t);

/* The subcommands; each gets argv with argv[0] the command name. */
int cmd_extract(int argc, char **argv);
int cmd_check(int argc, char **argv);
int cmd_plot(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_cagr(int argc, char **argv);
int cmd_series(int argc, char **argv);
int cmd_review(int argc, char **argv);

#endif
