/* plots_bench.c -- how long plots_write() takes on a seed-sized input: the
 * scripts and data alone (no gnuplot), and rendering beyond gnuplot's own
 * start-up.  Medians over runs, in milliseconds.
 *
 * Usage: plots_bench [-n RUNS] [REPORT]
 * With REPORT (e.g. the seed), the inputs are what ingest and analysis make
 * of it; without, the hand-built seed-shaped fixture of the plots tests.
 * The target: rendering well under a second beyond gnuplot's start-up. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "../plots/plots.h"
#include "../tests/unit/plots_fixture.h"

#define MAX_RUNS 200

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], by_value);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Empties dir (one level: plots writes no sub-folders) and removes it. */
static void remove_dir(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[512];

    while (d && (e = readdir(d)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        unlink(path);
    }
    if (d)
        closedir(d);
    rmdir(dir);
}

/* The wall time of "gnuplot -e exit", in ms, or -1 if it cannot run. */
static double gnuplot_startup(void)
{
    double t0 = now_ms();
    pid_t pid = fork();
    int st;

    if (pid == 0) {
        execlp("gnuplot", "gnuplot", "-e", "exit", (char *)NULL);
        _exit(127);
    }
    if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
        return -1;
    return now_ms() - t0;
}

/* Inputs from a report through ingest and analysis. */
static int from_report(const char *path, ingest_claims *claims, analysis_findings *fs,
                       analysis_rows *rows)
{
    FILE *f = fopen(path, "rb");
    analysis_options ao;
    gc_diag d;
    int rc;

    if (!f) {
        perror(path);
        return -1;
    }
    rc = ingest_read_file(f, path, NULL, claims, &d);
    fclose(f);
    analysis_options_init(&ao);
    if (rc == GC_OK)
        rc = analysis_check_claims(claims, &ao, fs);
    if (rc == GC_OK)
        rc = analysis_series_build(claims, fs, &ao, rows);
    if (rc != GC_OK)
        fprintf(stderr, "plots_bench: %s: %s\n", path, gc_strerror(rc));
    return rc == GC_OK ? 0 : -1;
}

/* Times runs of plots_write into a fresh folder each; returns the median. */
static double time_writes(const analysis_findings *fs, const analysis_rows *rows, bool render,
                          int runs, size_t *charts)
{
    double t[MAX_RUNS];

    for (int i = 0; i < runs; i++) {
        char dir[] = "/tmp/gc-plots-bench-XXXXXX";
        plots_options o;
        plots_result res;
        gc_diag d;
        double t0;
        int rc;
        if (!mkdtemp(dir)) {
            perror("mkdtemp");
            exit(1);
        }
        plots_options_init(&o);
        o.outdir = dir;
        o.render = render;
        t0 = now_ms();
        rc = plots_write(NULL, fs, rows, &o, &res, &d);
        t[i] = now_ms() - t0;
        if (rc == GC_OK)
            *charts = res.charts;   /* before the free, which clears it */
        plots_result_free(&res);
        remove_dir(dir);
        if (rc != GC_OK) {
            fprintf(stderr, "plots_bench: plots_write: %s: %s\n", gc_strerror(rc), d.message);
            exit(1);
        }
    }
    return median(t, runs);
}

int main(int argc, char **argv)
{
    ingest_claims claims = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    const char *report = NULL;
    double start[MAX_RUNS], scripts, rendered, up;
    int runs = 20, render_runs;
    size_t charts = 0;

    gsl_set_error_handler_off();
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            runs = atoi(argv[++i]);
        else
            report = argv[i];
    }
    if (runs < 1 || runs > MAX_RUNS) {
        fprintf(stderr, "usage: plots_bench [-n RUNS (1 to %d)] [REPORT]\n", MAX_RUNS);
        return 2;
    }
    render_runs = runs < 10 ? runs : 10;
    if (report) {
        if (from_report(report, &claims, &fs, &rows) != 0)
            return 1;
    } else {
        fx_seed(&fs, &rows);
    }
    for (int i = 0; i < render_runs; i++)
        if ((start[i] = gnuplot_startup()) < 0) {
            fprintf(stderr, "plots_bench: cannot run 'gnuplot -e exit'\n");
            return 1;
        }
    up = median(start, render_runs);
    scripts = time_writes(&fs, &rows, false, runs, &charts);
    rendered = time_writes(&fs, &rows, true, render_runs, &charts);
    printf("plots (%s, %zu charts):\n", report ? report : "seed-shaped fixture", charts);
    printf("  scripts and data, no gnuplot   median %8.2f ms over %d runs\n", scripts, runs);
    printf("  gnuplot -e exit (start-up)     median %8.2f ms over %d runs\n", up, render_runs);
    printf("  render all, beyond start-up    median %8.2f ms over %d runs (total %.2f ms)\n",
           rendered - up, render_runs, rendered);
    if (report) {
        analysis_rows_free(&rows);
        analysis_findings_free(&fs);
        ingest_claims_free(&claims);
    } else {
        fx_free(&fs, &rows);
    }
    return 0;
}
