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

/* Progress is shown only for large inputs or many files, and only to a
 * terminal, so that logs and pipes stay clean. */
#define PROGRESS_BYTES (8L * 1024 * 1024)
#define PROGRESS_FILES 4

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

/* Progress: which file of how many, how much of it is read, how many claims
 * so far.  One line, rewritten in place, ended when the last file is done. */
typedef struct progress {
    bool on;
    int index, count;          /* file index + 1 of count */
    size_t claims;             /* claims of all files so far */
    ingest_sink inner;         /* where claims really go */
    ingest_claims *list;       /* the list being collected into, or NULL */
} progress;

static int count_claim(const ingest_claim *c, void *ctx)
{
    progress *pg = ctx;

    pg->claims++;
    return pg->inner.claim ? pg->inner.claim(c, pg->inner.ctx) : 0;
}

static int forward_miss(const ingest_source *where, void *ctx)
{
    progress *pg = ctx;

    return pg->inner.miss ? pg->inner.miss(where, pg->inner.ctx) : 0;
}

static void show_progress(const progress *pg, const char *name, long long bytes)
{
    if (bytes >= 1 << 20)
        fprintf(stderr, "\rgrowthcheck: [%d/%d] %s: %.1f MB, %zu claims   ", pg->index,
                pg->count, name, (double)bytes / (1 << 20), pg->claims);
    else
        fprintf(stderr, "\rgrowthcheck: [%d/%d] %s: %lld KB, %zu claims   ", pg->index,
                pg->count, name, (bytes + 1023) / 1024, pg->claims);
}

/* Streams one report through a parser into pg->inner (and counts). */
static int read_one(FILE *f, const char *name, const ingest_options *opt, progress *pg)
{
    static char chunk[1 << 16];
    ingest_sink sink = { count_claim, forward_miss, pg };
    ingest_parser *p = ingest_parser_new(name, opt, &sink);
    long long total = 0, shown = 0;
    int rc = GC_OK;
    gc_diag d;
    size_t n;

    gc_diag_clear(&d);
    if (!p) {
        cli_error(name, 0, "out of memory");
        return CLI_EXIT_DATA;
    }
    while (rc == GC_OK && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        rc = ingest_parser_feed(p, chunk, n, &d);
        total += (long long)n;
        if (pg->on && total - shown >= PROGRESS_BYTES) {
            show_progress(pg, name, total);
            shown = total;
        }
    }
    if (rc == GC_OK && ferror(f)) {
        rc = GC_EIO;
        gc_diag_set(&d, name, 0, 0, -1, "read error: %s", strerror(errno));
    }
    if (rc == GC_OK)
        rc = ingest_parser_finish(p, &d);
    if (pg->list) {
        pg->list->sentences += ingest_parser_sentences(p);
        pg->list->unread += ingest_parser_unread(p);
    }
    if (rc == GC_OK && ingest_parser_unread(p) > 0)
        fprintf(stderr, "growthcheck: %s: %zu of %zu sentences are in a language or script the "
                "grammar does not read (it reads Chinese and English); they gave no claims\n",
                name, ingest_parser_unread(p), ingest_parser_sentences(p));
    ingest_parser_free(p);
    if (pg->on)
        show_progress(pg, name, total);
    if (rc != GC_OK) {
        if (pg->on)
            fputc('\n', stderr);
        if (!d.file[0])
            snprintf(d.file, sizeof d.file, "%s", name);
        cli_diag(&d, rc);
        return CLI_EXIT_DATA;
    }
    return CLI_EXIT_OK;
}

/* Reads the reports into claims, or into sink when it is not NULL. */
static int read_reports(char *const *files, int nfiles, const ingest_options *opt,
                        ingest_claims *claims, const ingest_sink *to)
{
    bool tty = isatty(STDERR_FILENO);
    progress pg = { false, 0, nfiles, 0, { NULL, NULL, NULL }, to ? NULL : claims };

    if (nfiles == 0) {
        cli_error(NULL, 0, "no input file; give a report file, or - for standard input");
        return CLI_EXIT_USAGE;
    }
    pg.inner = to ? *to : ingest_collector(claims);
    for (int i = 0; i < nfiles; i++) {
        FILE *f;
        struct stat st;
        bool big;
        int code = open_report(files[i], &f);

        if (code != CLI_EXIT_OK)
            return code;
        big = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > PROGRESS_BYTES;
        pg.on = pg.on || (tty && (big || nfiles >= PROGRESS_FILES));
        pg.index = i + 1;
        code = read_one(f, files[i], opt, &pg);
        if (f != stdin)
            fclose(f);
        if (code != CLI_EXIT_OK)
            return code;
    }
    if (pg.on)
        fputc('\n', stderr);
    return CLI_EXIT_OK;
}

int cli_read_reports(char *const *files, int nfiles, const ingest_options *opt,
                     ingest_claims *claims)
{
    return read_reports(files, nfiles, opt, claims, NULL);
}

int cli_read_reports_to(char *const *files, int nfiles, const ingest_options *opt,
                        const ingest_sink *sink)
{
    ingest_claims none = INGEST_CLAIMS_INIT;
    int code = read_reports(files, nfiles, opt, &none, sink);

    ingest_claims_free(&none);
    return code;
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
