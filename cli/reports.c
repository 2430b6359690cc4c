/* reports.c -- reading the reports a command is given, on every core.
 *
 * Files are parsed by up to `jobs` workers (POSIX threads, one reused parser
 * each) and their results are used strictly in input order, so the output,
 * the messages and the exit code do not depend on the number of workers.
 * A file's output goes to its own buffer; the file whose turn it is writes
 * as it goes (so one large file streams with bounded memory, as with one
 * worker), the others wait in their buffers, and a worker may run at most
 * WINDOW_PER_JOB * jobs files ahead of the one being written, so memory
 * stays bounded by a few files' output whatever the number of files. */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Progress is shown only for large inputs or many files, and only to a
 * terminal, so that logs and pipes stay clean. */
#define PROGRESS_BYTES (8L * 1024 * 1024)
#define PROGRESS_FILES 4
#define FLUSH_BYTES (64u * 1024)   /* output written (or held) in pieces this big */
#define CHUNK_BYTES (64u * 1024)   /* input read in pieces this big */
#define WINDOW_PER_JOB 4

/* One file in flight: its output, claims and outcome until it is used. */
typedef struct slot {
    buf out;                /* output not yet written (writer mode) */
    ingest_claims claims;   /* claims and misses (collect mode) */
    long long bytes;        /* input bytes read */
    size_t nclaims;
    size_t sentences, unread;  /* sentences read, and of those in no language read */
    size_t untimed;         /* claims with no year or period (time_source none) */
    int rc;                 /* GC_ status of the file */
    gc_diag diag;           /* why it failed */
    bool done;
} slot;

typedef struct run {
    char *const *files;
    int nfiles, jobs, window;
    const ingest_options *opt;
    cli_claim_writer write;   /* NULL: collect into `into` */
    const void *arg;
    ingest_claims *into;
    bool keep_going;          /* a bad file is reported and the next one read */
    bool tty;                 /* progress lines on stderr */
    pthread_mutex_t mu;
    pthread_cond_t turn;
    int next_take;            /* the next file a worker takes */
    int next_out;             /* the next file whose results are used */
    size_t claims_so_far;
    bool stop;                /* no more files are taken (error, or output failed) */
    bool out_failed;
    int code;                 /* the exit code so far */
    slot *slots;              /* window of them, file i in slots[i % window] */
} run;

typedef struct worker {
    run *r;
    ingest_parser *p;
    slot *cur;
    int index;                /* the file being read */
    ingest_sink collect;      /* ingest_collector(&cur->claims) */
    char *chunk;
} worker;

static void show_progress(const run *r, int index, long long bytes)
{
    const char *name = r->files[index];

    if (bytes >= 1 << 20)
        fprintf(stderr, "\rgrowthcheck: [%d/%d] %s: %.1f MB, %zu claims   ", index + 1,
                r->nfiles, name, (double)bytes / (1 << 20), r->claims_so_far);
    else
        fprintf(stderr, "\rgrowthcheck: [%d/%d] %s: %lld KB, %zu claims   ", index + 1,
                r->nfiles, name, (bytes + 1023) / 1024, r->claims_so_far);
}

/* Writes s's pending output to stdout.  Called with the lock held. */
static void write_out(run *r, slot *s)
{
    if (s->out.len && !r->out_failed && fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len) {
        r->out_failed = r->stop = true;
        r->code = CLI_EXIT_OUTPUT;
    }
    buf_reset(&s->out);
}

/* Appends the claims and misses of from to to, moving them (to owns them
 * afterwards, from is left empty).  Returns GC_OK or GC_ENOMEM. */
/* Returns dst (dst_n elements of size bytes) grown by the src_n elements of
 * src, and frees src; NULL when out of memory, with dst and src untouched. */
static void *append_moved(void *dst, size_t dst_n, void *src, size_t src_n, size_t size)
{
    char *out = realloc(dst, (dst_n + src_n) * size);

    if (!out)
        return NULL;
    memcpy(out + dst_n * size, src, src_n * size);
    free(src);
    return out;
}

static int move_claims(ingest_claims *to, ingest_claims *from)
{
    if (from->count) {
        ingest_claim *it = append_moved(to->items, to->count, from->items, from->count,
                                        sizeof *it);
        if (!it)
            return GC_ENOMEM;
        to->items = it;
        to->count = to->cap = to->count + from->count;
        from->items = NULL;
        from->count = from->cap = 0;
    }
    if (from->nmisses) {
        ingest_source *m = append_moved(to->misses, to->nmisses, from->misses, from->nmisses,
                                        sizeof *m);
        if (!m)
            return GC_ENOMEM;
        to->misses = m;
        to->nmisses = to->misses_cap = to->nmisses + from->nmisses;
        from->misses = NULL;
        from->nmisses = from->misses_cap = 0;
    }
    to->sentences += from->sentences;
    to->unread += from->unread;
    from->sentences = from->unread = 0;
    return GC_OK;
}

/* A claim with no year cannot be checked against anything: say so, and
 * how to give the year, rather than leave a column of nulls unexplained. */
static void say_untimed(const char *file, size_t untimed, size_t claims)
{
    cli_error(file, 0, "%zu of %zu claims have no year: the text writes none the tool could "
              "find for them; give --report-year YEAR (the year the report is written for)",
              untimed, claims);
}

/* Uses the results of every finished file whose turn it is, in input order:
 * output, claims, the message of a file that failed.  Lock held. */
static void drain(run *r)
{
    bool any = false;

    while (!r->stop && r->next_out < r->nfiles) {
        slot *s = &r->slots[r->next_out % r->window];
        if (!s->done)
            break;
        write_out(r, s);
        if (!r->write && (s->rc == GC_OK || r->keep_going)
            && move_claims(r->into, &s->claims) != GC_OK) {
            s->rc = GC_ENOMEM;
            gc_diag_set(&s->diag, r->files[r->next_out], 0, 0, -1, "out of memory");
        }
        ingest_claims_free(&s->claims);
        r->claims_so_far += s->nclaims;
        if (s->rc == GC_OK && s->unread > 0)
            cli_error(r->files[r->next_out], 0, "%zu of %zu sentences are in a language or "
                      "script the grammar does not read (it reads Chinese and English); they "
                      "gave no claims", s->unread, s->sentences);
        if (s->rc == GC_OK && s->untimed > 0)
            say_untimed(r->files[r->next_out], s->untimed, s->nclaims);
        if (r->tty)
            show_progress(r, r->next_out, s->bytes);
        if (s->rc != GC_OK && !r->out_failed) {
            if (r->tty)
                fputc('\n', stderr);
            if (!s->diag.file[0])
                snprintf(s->diag.file, sizeof s->diag.file, "%s", r->files[r->next_out]);
            cli_diag(&s->diag, s->rc);
            if (r->code == CLI_EXIT_OK)
                r->code = CLI_EXIT_DATA;
            if (!r->keep_going)
                r->stop = true;
        }
        s->done = false;
        r->next_out++;
        any = true;
    }
    if (any)
        pthread_cond_broadcast(&r->turn);
}

static int worker_claim(const ingest_claim *c, void *ctx)
{
    worker *w = ctx;
    run *r = w->r;
    slot *s = w->cur;

    s->nclaims++;
    s->untimed += c->time_source == INGEST_TIME_NONE;
    if (!r->write)
        return w->collect.claim(c, w->collect.ctx);
    if (r->write(&s->out, c, r->arg) != 0)
        return GC_ENOMEM;
    if (s->out.len >= FLUSH_BYTES) {
        /* the file whose turn it is writes as it goes; the others hold
         * their output until their turn */
        pthread_mutex_lock(&r->mu);
        if (r->next_out == w->index)
            write_out(r, s);
        pthread_mutex_unlock(&r->mu);
        if (r->out_failed)
            return GC_EIO;
    }
    return GC_OK;
}

static int worker_miss(const ingest_source *where, void *ctx)
{
    worker *w = ctx;

    return w->r->write || !w->collect.miss ? GC_OK : w->collect.miss(where, w->collect.ctx);
}

/* Opens path (or stdin for "-"): GC_OK, or GC_EIO with the message in d. */
static int open_input(const char *path, FILE **f, gc_diag *d)
{
    struct stat st;

    if (!strcmp(path, "-")) {
        *f = stdin;
        return GC_OK;
    }
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        gc_diag_set(d, path, 0, 0, -1, "is a directory; give a text file");
        return GC_EIO;
    }
    if (!(*f = fopen(path, "rb"))) {
        gc_diag_set(d, path, 0, 0, -1, "cannot open: %s; check the name and permissions",
                    strerror(errno));
        return GC_EIO;
    }
    return GC_OK;
}

/* Reads file w->index into its slot. */
static void read_file(worker *w)
{
    run *r = w->r;
    slot *s = w->cur;
    const char *name = r->files[w->index];
    bool big;
    struct stat st;
    long long shown = 0;
    FILE *f = NULL;
    size_t n;
    int rc;

    s->rc = GC_OK;
    s->bytes = 0;
    s->nclaims = s->sentences = s->unread = s->untimed = 0;
    gc_diag_clear(&s->diag);
    w->collect = ingest_collector(&s->claims);
    if ((rc = open_input(name, &f, &s->diag)) != GC_OK) {
        s->rc = rc;
        return;
    }
    if (!w->p)
        w->p = ingest_parser_new(name, r->opt, &(ingest_sink){ worker_claim, worker_miss, w });
    else if (ingest_parser_reset(w->p, name) != GC_OK) {
        ingest_parser_free(w->p);
        w->p = NULL;
    }
    if (!w->p) {
        rc = GC_ENOMEM;
        gc_diag_set(&s->diag, name, 0, 0, -1, "out of memory");
        goto done;
    }
    big = r->tty && fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > PROGRESS_BYTES;
    while (rc == GC_OK && (n = fread(w->chunk, 1, CHUNK_BYTES, f)) > 0) {
        rc = ingest_parser_feed(w->p, w->chunk, n, &s->diag);
        s->bytes += (long long)n;
        if (big && s->bytes - shown >= PROGRESS_BYTES) {
            pthread_mutex_lock(&r->mu);
            if (r->next_out == w->index)
                show_progress(r, w->index, s->bytes);
            pthread_mutex_unlock(&r->mu);
            shown = s->bytes;
        }
    }
    if (rc == GC_OK && ferror(f)) {
        rc = GC_EIO;
        gc_diag_set(&s->diag, name, 0, 0, -1, "read error: %s", strerror(errno));
    }
    if (rc == GC_OK)
        rc = ingest_parser_finish(w->p, &s->diag);
    s->sentences = ingest_parser_sentences(w->p);
    s->unread = ingest_parser_unread(w->p);
    s->claims.sentences += s->sentences;
    s->claims.unread += s->unread;
done:
    if (f != stdin)
        fclose(f);
    s->rc = rc;
}

static void *work(void *arg)
{
    worker *w = arg;
    run *r = w->r;

    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (!r->stop && r->next_take < r->nfiles && r->next_take >= r->next_out + r->window)
            pthread_cond_wait(&r->turn, &r->mu);
        if (r->stop || r->next_take >= r->nfiles)
            break;
        w->index = r->next_take++;
        w->cur = &r->slots[w->index % r->window];
        pthread_mutex_unlock(&r->mu);
        read_file(w);
        pthread_mutex_lock(&r->mu);
        w->cur->done = true;
        drain(r);
    }
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

int cli_read_files(char *const *files, int nfiles, const ingest_options *opt, int jobs,
                   bool keep_going, cli_claim_writer write, const void *arg,
                   ingest_claims *claims)
{
    run r;
    worker *w = NULL;
    pthread_t *tid = NULL;
    int started = 0;

    if (nfiles == 0) {
        cli_error(NULL, 0, "no input file; give a report file, or - for standard input");
        return CLI_EXIT_USAGE;
    }
    memset(&r, 0, sizeof r);
    r.files = files;
    r.nfiles = nfiles;
    r.jobs = jobs < 1 ? 1 : jobs > nfiles ? nfiles : jobs;
    r.window = r.jobs == 1 ? 1 : WINDOW_PER_JOB * r.jobs;
    r.opt = opt;
    r.write = write;
    r.arg = arg;
    r.into = claims;
    r.keep_going = keep_going;
    r.tty = isatty(STDERR_FILENO) && nfiles >= PROGRESS_FILES;
    if (!r.tty && isatty(STDERR_FILENO))
        for (int i = 0; i < nfiles && !r.tty; i++) {
            struct stat st;
            r.tty = stat(files[i], &st) == 0 && st.st_size > PROGRESS_BYTES;
        }
    r.slots = calloc((size_t)r.window, sizeof *r.slots);
    w = calloc((size_t)r.jobs, sizeof *w);
    tid = calloc((size_t)r.jobs, sizeof *tid);
    if (!r.slots || !w || !tid) {
        cli_error(NULL, 0, "out of memory");
        r.code = CLI_EXIT_DATA;
        goto out;
    }
    pthread_mutex_init(&r.mu, NULL);
    pthread_cond_init(&r.turn, NULL);
    for (int i = 0; i < r.jobs; i++) {
        w[i].r = &r;
        if (!(w[i].chunk = malloc(CHUNK_BYTES))) {
            r.jobs = i;
            break;
        }
    }
    if (r.jobs == 0) {
        cli_error(NULL, 0, "out of memory");
        r.code = CLI_EXIT_DATA;
    } else if (r.jobs == 1) {
        work(&w[0]);            /* no thread for one worker */
    } else {
        for (; started < r.jobs; started++)
            if (pthread_create(&tid[started], NULL, work, &w[started]) != 0)
                break;
        if (started == 0)
            work(&w[0]);        /* no thread could start: read here */
        for (int i = 0; i < started; i++)
            pthread_join(tid[i], NULL);
    }
    if (r.tty && r.code == CLI_EXIT_OK)
        fputc('\n', stderr);
    pthread_cond_destroy(&r.turn);
    pthread_mutex_destroy(&r.mu);
out:
    for (int i = 0; w && i < (r.jobs > 0 ? r.jobs : 0); i++) {
        ingest_parser_free(w[i].p);
        free(w[i].chunk);
    }
    for (int i = 0; r.slots && i < r.window; i++) {
        buf_free(&r.slots[i].out);
        ingest_claims_free(&r.slots[i].claims);
    }
    free(r.slots);
    free(w);
    free(tid);
    return r.code;
}

int cli_jobs_default(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n < 1 ? 1 : n > CLI_JOBS_MAX ? CLI_JOBS_MAX : (int)n;
}
