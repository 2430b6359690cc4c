/* cli.c -- what the subcommands share: messages, option values, reading
 * reports and series, writing files, terminal tables; see cli.h. */
#include "cli.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../common/atomicfile.h"
#include "../common/utf8.h"

const char cli_exit_help[] =
    "\n"
    "Exit status:\n"
    "  0  success\n"
    "  1  bad input data (unreadable file, not text, malformed series file)\n"
    "  2  usage error (unknown option or command, bad option value)\n"
    "  3  output could not be written (folder not writable, disk full, closed pipe)\n"
    "  4  gnuplot missing or failed (scripts and data were still written)\n";

void cli_error(const char *file, long line, const char *fmt, ...)
{
    va_list ap;

    fflush(stdout);
    fputs("growthcheck: ", stderr);
    if (file && *file) {
        if (line > 0)
            fprintf(stderr, "%s:%ld: ", file, line);
        else
            fprintf(stderr, "%s: ", file);
    }
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_diag(const gc_diag *d, int status)
{
    if (d && d->message[0])
        cli_error(d->file, d->line, "%s", d->message);
    else
        cli_error(d ? d->file : NULL, d ? d->line : 0, "%s", gc_strerror(status));
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "growthcheck: %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'growthcheck %s --help' for more information.\n", cmd);
    return CLI_EXIT_USAGE;
}

int cli_parse_format(const char *cmd, const char *s, unsigned allowed, cli_format *out)
{
    static const struct { const char *name; cli_format f; } names[] = {
        { "table", CLI_FMT_TABLE }, { "jsonl", CLI_FMT_JSONL },
        { "json", CLI_FMT_JSON }, { "csv", CLI_FMT_CSV }, { "wide", CLI_FMT_WIDE },
    };
    buf list = BUF_INIT;

    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(allowed & names[i].f))
            continue;
        if (!strcmp(s, names[i].name)) {
            *out = names[i].f;
            buf_free(&list);
            return 0;
        }
        buf_printf(&list, "%s%s", list.len ? ", " : "", names[i].name);
    }
    cli_usage(cmd, "--format '%s' is not one of: %s", s, list.data ? list.data : "");
    buf_free(&list);
    return -1;
}

int cli_parse_double(const char *cmd, const char *opt, const char *s,
                     double lo, double hi, double *out)
{
    char *end;
    double v;

    errno = 0;
    v = strtod(s, &end);
    if (end == s || *end != '\0' || errno == ERANGE || !isfinite(v) || v < lo || v > hi) {
        char a[64], b[64];
        cli_usage(cmd, "%s '%s' is not a number between %s and %s", opt, s,
                  numfmt(a, lo, 6), numfmt(b, hi, 6));
        return -1;
    }
    *out = v;
    return 0;
}

int cli_parse_int(const char *cmd, const char *opt, const char *s,
                  long lo, long hi, long *out)
{
    char *end;
    long v;

    errno = 0;
    v = strtol(s, &end, 10);
    if (end == s || *end != '\0' || errno == ERANGE || v < lo || v > hi) {
        cli_usage(cmd, "%s '%s' is not a whole number between %ld and %ld", opt, s, lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

static int open_report(const char *path, FILE **f)
{
    struct stat st;

    if (!strcmp(path, "-")) {
        *f = stdin;
        return CLI_EXIT_OK;
    }
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        cli_error(path, 0, "is a directory; give a text file");
        return CLI_EXIT_DATA;
    }
    *f = fopen(path, "rb");
    if (!*f) {
        cli_error(path, 0, "cannot open: %s; check the name and permissions", strerror(errno));
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

int cli_read_reports(char *const *files, int nfiles, const ingest_options *opt, int jobs,
                     ingest_claims *claims)
{
    return cli_read_files(files, nfiles, opt, jobs, false, NULL, NULL, claims);
}

int cli_parse_jobs(const char *cmd, const char *s, int *out)
{
    long n;

    if (cli_parse_int(cmd, "--jobs", s, 1, CLI_JOBS_MAX, &n) != 0)
        return -1;
    *out = (int)n;
    return 0;
}

int cli_read_series(const char *path, ingest_series *series)
{
    FILE *f;
    gc_diag d;
    int rc, code = open_report(path, &f);

    if (code != CLI_EXIT_OK)
        return code;
    gc_diag_clear(&d);
    rc = ingest_series_read(f, path, series, &d);
    if (f != stdin)
        fclose(f);
    if (rc != GC_OK) {
        cli_diag(&d, rc);
        return CLI_EXIT_DATA;
    }
    if (series->ignored)        /* once per file, however many rows carry them */
        cli_error(path, 0, "not read: %s (growthcheck reads indicator, year, value, unit "
                  "and basis)", series->ignored);
    return CLI_EXIT_OK;
}

int cli_write_file(const char *path, const char *data, size_t len)
{
    if (atomic_write_file(path, data, len) != 0) {
        cli_error(path, 0, "cannot write: %s; check the folder's permissions and free space",
                  strerror(errno));
        return CLI_EXIT_OUTPUT;
    }
    return CLI_EXIT_OK;
}

int cli_mkdir_p(const char *path)
{
    buf p = BUF_INIT;
    int code = CLI_EXIT_OK;

    if (buf_puts(&p, path) != 0) {
        cli_error(path, 0, "out of memory");
        return CLI_EXIT_OUTPUT;
    }
    for (char *s = p.data + 1; ; s++) {
        char c = *s;
        if (c != '/' && c != '\0')
            continue;
        *s = '\0';
        if (mkdir(p.data, 0755) != 0 && errno != EEXIST) {
            cli_error(p.data, 0, "cannot create folder: %s; choose another -o", strerror(errno));
            code = CLI_EXIT_OUTPUT;
            break;
        }
        *s = c;
        if (c == '\0')
            break;
    }
    buf_free(&p);
    return code;
}

int cli_finish_stdout(int code)
{
    int bad = fflush(stdout) != 0 || ferror(stdout);
    int err = errno;

    if (fclose(stdout) != 0 && !bad) {
        bad = 1;
        err = errno;
    }
    if (bad) {
        cli_error(NULL, 0, "write error on standard output: %s", strerror(err));
        return code == CLI_EXIT_OK ? CLI_EXIT_OUTPUT : code;
    }
    return code;
}

struct cli_table {
    int ncols;
    size_t nrows, cap;
    char **cells;     /* (nrows + 1) * ncols, row 0 is the header */
};

cli_table *cli_table_new(int ncols, const char *const *headers)
{
    cli_table *t = calloc(1, sizeof *t);

    if (!t)
        return NULL;
    t->ncols = ncols;
    if (cli_table_add(t, headers) != 0) {
        cli_table_free(t);
        return NULL;
    }
    return t;
}

int cli_table_add(cli_table *t, const char *const *cells)
{
    size_t base;

    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 16;
        char **c = realloc(t->cells, cap * (size_t)t->ncols * sizeof *c);
        if (!c)
            return -1;
        t->cells = c;
        t->cap = cap;
    }
    base = t->nrows * (size_t)t->ncols;
    for (int i = 0; i < t->ncols; i++) {
        const char *s = cells[i] ? cells[i] : "";
        t->cells[base + (size_t)i] = strdup(s);
        if (!t->cells[base + (size_t)i]) {
            for (int j = 0; j < i; j++)
                free(t->cells[base + (size_t)j]);
            return -1;
        }
    }
    t->nrows++;
    return 0;
}

/* Cells wider than this are cut with an ellipsis so one long sentence does
 * not push every other column off the screen.  The last column is never
 * cut: nothing follows it, and it holds what matters most (the explanation). */
#define TABLE_MAX_WIDTH 40

static void print_cell(FILE *out, const char *s, size_t width)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t used = 0, left = strlen(s);
    uint32_t cp;

    while (left > 0) {
        int k = utf8_decode(p, left, &cp);
        int w;
        if (k <= 0) {
            k = 1;
            cp = '?';
        }
        w = utf8_width(cp);
        if (used + (size_t)w > width - (utf8_strwidth(s) > width ? 1 : 0))
            break;
        fwrite(p, 1, (size_t)k, out);
        used += (size_t)w;
        p += k;
        left -= (size_t)k;
    }
    if (left > 0) {
        fputs("…", out);
        used++;
    }
    for (; used < width + 2; used++)
        fputc(' ', out);
}

void cli_table_print(const cli_table *t, FILE *out)
{
    size_t *w = calloc((size_t)t->ncols, sizeof *w);

    if (!w)
        return;
    for (size_t r = 0; r < t->nrows; r++)
        for (int c = 0; c < t->ncols; c++) {
            size_t cw = utf8_strwidth(t->cells[r * (size_t)t->ncols + (size_t)c]);
            if (cw > TABLE_MAX_WIDTH)
                cw = TABLE_MAX_WIDTH;
            if (cw > w[c])
                w[c] = cw;
        }
    for (size_t r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++)
            if (c == t->ncols - 1)
                fputs(t->cells[r * (size_t)t->ncols + (size_t)c], out);
            else
                print_cell(out, t->cells[r * (size_t)t->ncols + (size_t)c], w[c]);
        fputc('\n', out);
    }
    free(w);
}

void cli_table_free(cli_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * (size_t)t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    free(t);
}
