/* ingest_bench.c -- extraction throughput and peak memory.
 *
 * Builds a corpus in memory by repeating a report (the seed, path given as
 * the argument) up to a target size, streams it through one parser in
 * 64 KiB chunks with a sink that only counts, and prints the median MB/s of
 * several runs (CPU time of one core).  Peak RSS (getrusage ru_maxrss) is measured in a child
 * process per size so that each size's peak is its own; the corpus itself is
 * not held in the child: it is regenerated chunk by chunk from the report,
 * so the figure is the parser's memory, which must not grow with input.
 *
 *     ingest_bench SEED.txt [MB ...]      (default: 10 100)
 *     ingest_bench -c SEED.txt MB         one untimed run, for callgrind
 *
 * With -c the corpus is parsed once in this process and its size in bytes
 * printed, so that an instruction counter (valgrind --tool=callgrind
 * --toggle-collect=ingest_parser_*) gives instructions per input byte, a
 * figure that does not depend on what else the machine is doing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../ingest/ingest.h"

#define CHUNK (64u * 1024)
#define RUNS 7

typedef struct counts {
    size_t claims, misses;
} counts;

static int count_claim(const ingest_claim *c, void *ctx)
{
    (void)c;
    ((counts *)ctx)->claims++;
    return 0;
}

static int count_miss(const ingest_source *w, void *ctx)
{
    (void)w;
    ((counts *)ctx)->misses++;
    return 0;
}

/* CPU time of this process: the target is throughput on one core, and the
 * machine may be shared, so wall time would measure the neighbours. */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Streams `total` bytes made of repetitions of the report through a parser,
 * chunk by chunk, without ever holding more than one chunk of corpus.
 * Returns seconds, or -1 on a parse error. */
static double run(const char *seed, size_t seed_len, size_t total, counts *n)
{
    ingest_sink sink = { count_claim, count_miss, n };
    ingest_parser *p = ingest_parser_new("bench", NULL, &sink);
    static char chunk[CHUNK];
    size_t done = 0, off = 0;
    gc_diag d;
    double t0;
    int rc = GC_OK;

    if (!p)
        return -1;
    t0 = now();
    while (rc == GC_OK && done < total) {
        size_t fill = 0;
        while (fill < CHUNK && done + fill < total) {
            size_t k = seed_len - off;
            if (k > CHUNK - fill)
                k = CHUNK - fill;
            if (k > total - done - fill)
                k = total - done - fill;
            memcpy(chunk + fill, seed + off, k);
            fill += k;
            off = (off + k) % seed_len;
        }
        rc = ingest_parser_feed(p, chunk, fill, &d);
        done += fill;
    }
    if (rc == GC_OK)
        rc = ingest_parser_finish(p, &d);
    t0 = now() - t0;
    ingest_parser_free(p);
    if (rc != GC_OK) {
        fprintf(stderr, "ingest_bench: %s\n", d.message);
        return -1;
    }
    return t0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Runs RUNS times in a child and prints one line for this size. */
static int bench_size(const char *seed, size_t seed_len, size_t mb)
{
    pid_t pid = fork();
    int status;

    if (pid < 0)
        return -1;
    if (pid == 0) {
        double t[RUNS];
        counts n = { 0, 0 };
        struct rusage ru;
        /* whole copies of the report, so no character is cut at the end */
        size_t total = ((mb << 20) + seed_len - 1) / seed_len * seed_len;
        double real_mb = (double)total / (1 << 20);
        for (int i = 0; i < RUNS; i++) {
            n.claims = n.misses = 0;
            if ((t[i] = run(seed, seed_len, total, &n)) < 0)
                _exit(1);
        }
        qsort(t, RUNS, sizeof t[0], cmp_double);
        getrusage(RUSAGE_SELF, &ru);
        printf("  %4zu MB corpus: median %6.1f MB/s (min %.1f, max %.1f; %d runs); "
               "peak RSS %.1f MB; %zu claims, %zu misses a run\n",
               mb, real_mb / t[RUNS / 2], real_mb / t[RUNS - 1], real_mb / t[0], RUNS,
               (double)ru.ru_maxrss / 1024.0, n.claims, n.misses);
        fflush(stdout);
        _exit(0);
    }
    if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return 0;
}

/* One untimed run over whole copies of the report making about mb MB;
 * prints the byte count for the instruction counter's division. */
static int count_once(const char *seed, size_t seed_len, size_t mb)
{
    counts n = { 0, 0 };
    size_t total = ((mb << 20) + seed_len - 1) / seed_len * seed_len;

    if (run(seed, seed_len, total, &n) < 0)
        return -1;
    printf("ingest: %zu bytes parsed once, %zu claims, %zu misses\n", total, n.claims, n.misses);
    return 0;
}

int main(int argc, char **argv)
{
    FILE *f;
    char *seed;
    long len;
    int rc = 0, once = argc > 1 && !strcmp(argv[1], "-c");

    argv += once;
    argc -= once;
    if (argc < 2 || (once && argc != 3)) {
        fprintf(stderr, "usage: ingest_bench SEED.txt [MB ...]\n"
                        "       ingest_bench -c SEED.txt MB\n");
        return 2;
    }
    f = fopen(argv[1], "rb");
    if (!f || fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) <= 0 || fseek(f, 0, SEEK_SET) != 0) {
        fprintf(stderr, "ingest_bench: cannot read %s\n", argv[1]);
        return 1;
    }
    seed = malloc((size_t)len);
    if (!seed || fread(seed, 1, (size_t)len, f) != (size_t)len) {
        fprintf(stderr, "ingest_bench: cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(f);
    if (once) {
        rc = count_once(seed, (size_t)len, (size_t)strtoul(argv[2], NULL, 10));
        free(seed);
        return rc ? 1 : 0;
    }
    if (argc == 2) {
        rc |= bench_size(seed, (size_t)len, 10);
        rc |= bench_size(seed, (size_t)len, 100);
    }
    for (int i = 2; i < argc; i++)
        rc |= bench_size(seed, (size_t)len, (size_t)strtoul(argv[i], NULL, 10));
    free(seed);
    return rc ? 1 : 0;
}
