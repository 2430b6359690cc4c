/* cmd_cagr.c -- 'growthcheck cagr': the average annual growth rate of two
 * levels (or, with --method cumulative, of every year's level), with the
 * interval the printed precision of the numbers allows. */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../analysis/analysis.h"

static const char help_text[] =
    "Usage: growthcheck cagr V0 V1 (--from A --to B | --years N) [OPTIONS]\n"
    "       growthcheck cagr V0 V1 ... VB --from A --to B --method cumulative\n"
    "Compute an average annual growth rate with its rounding interval.\n"
    "\n"
    "  --from A, --to B   the span; n = B - A years (the base year A is not counted)\n"
    "  --years N          the number of years instead of --from/--to (level method)\n"
    "  --method M         level (水平法, default): r = (V1 / V0)^(1/n) - 1;\n"
    "                     cumulative (累计法): the r with x + x^2 + ... + x^n =\n"
    "                     (V_A+1 + ... + V_B) / V_A, x = 1 + r; give the level of A and\n"
    "                     of every year after it, n + 1 values in all\n"
    "  --rounding MODE    half-up (default): 7.6 stands for [7.55, 7.65];\n"
    "                     truncate: 7.6 stands for [7.6, 7.7]\n"
    "  -h, --help         show this help\n"
    "\n"
    "Each value stands for the interval its written digits allow: 5908 is +-0.5,\n"
    "490.2 is +-0.05, and a whole number with two or more trailing zeros is rounded\n"
    "to its last non-zero digit (9500 is +-50); write 9500.0 for +-0.05.  The rate\n"
    "falls in V0 and rises in the later values, so its interval comes from the corners.\n"
    "\n"
    "Example: growthcheck cagr 5908 9500 --from 2016 --to 2021\n"
    "         9.97% [9.85, 10.08]  n = 5, level method (水平法)\n"
    "A zero or negative base has no growth rate: a message and exit status 1.\n";

/* Parses a level with the library's number reader (ingest_parse_amount):
 * an optional sign, then a number and nothing else, with the place value of
 * its last written digit (two or more trailing zeros of a whole number are
 * rounding, as in a report).  Returns 0 or -1. */
static int parse_level(const char *s, double *v, double *res)
{
    ingest_amount a;
    double sign = 1;
    size_t n;

    if (*s == '+' || *s == '-')
        sign = *s++ == '-' ? -1 : 1;
    n = strlen(s);
    if (n == 0 || ingest_parse_amount(s, n, &a) != GC_OK || a.length != n || a.unit[0] ||
        a.approx_suffix || !isfinite(a.value))
        return -1;
    *v = sign * a.value;
    *res = a.resolution;
    return 0;
}

struct cagr_args {
    const char **vals;       /* the positional values, vals[0..nvals) */
    size_t nvals;
    long from, to;
    double years;
    bool cumulative;
    analysis_rounding mode;
};

static int parse_args(int argc, char **argv, struct cagr_args *a)
{
    static const struct option opts[] = {
        { "from", required_argument, NULL, 'f' }, { "to", required_argument, NULL, 't' },
        { "years", required_argument, NULL, 'n' }, { "method", required_argument, NULL, 'm' },
        { "rounding", required_argument, NULL, 'r' }, { "help", no_argument, NULL, 'h' },
        { NULL, 0, NULL, 0 }
    };
    int c;

    opterr = 0;
    optind = 1;
    /* '-' first in optstring: positional values (which may be negative)
     * come back as code 1 in order. */
    while ((c = getopt_long(argc, argv, "-h", opts, NULL)) != -1) {
        switch (c) {
        case 1:
            a->vals[a->nvals++] = optarg;
            break;
        case 'f': if (cli_parse_int("cagr", "--from", optarg, 1, 9999, &a->from)) return 2; break;
        case 't': if (cli_parse_int("cagr", "--to", optarg, 1, 9999, &a->to)) return 2; break;
        case 'n':
            if (cli_parse_double("cagr", "--years", optarg, 1e-9, 1e6, &a->years))
                return 2;
            break;
        case 'm':
            if (!strcmp(optarg, "level") || !strcmp(optarg, "cumulative"))
                a->cumulative = !strcmp(optarg, "cumulative");
            else
                return cli_usage("cagr", "--method '%s' is not level or cumulative", optarg);
            break;
        case 'r':
            if (!strcmp(optarg, "half-up") || !strcmp(optarg, "truncate"))
                a->mode = !strcmp(optarg, "truncate") ? ANALYSIS_ROUND_TRUNCATE
                                                      : ANALYSIS_ROUND_HALF_UP;
            else
                return cli_usage("cagr", "--rounding '%s' is not half-up or truncate", optarg);
            break;
        case 'h':
            fputs(help_text, stdout);
            fputs(cli_exit_help, stdout);
            return -1;
        default:
            return cli_usage("cagr", "unknown or incomplete option '%s' (write -- before "
                             "a negative value)", argv[optind - 1]);
        }
    }
    while (optind < argc)
        a->vals[a->nvals++] = argv[optind++];
    return 0;
}

static void print_rate(double r, double lo, double hi, bool hi_open, double n, bool cumulative)
{
    char a[64], b[64], c[64], d[64];

    if (hi_open)
        printf("%s%% [%s, …)", numfmt(a, 100 * r, 2), numfmt(b, 100 * lo, 2));
    else
        printf("%s%% [%s, %s]", numfmt(a, 100 * r, 2), numfmt(b, 100 * lo, 2),
               numfmt(c, 100 * hi, 2));
    printf("  n = %s, %s\n", numfmt(d, n, 4),
           cumulative ? "cumulative method (累计法)" : "level method (水平法)");
}

/* Parses the positional values into v/iv; returns a CLI exit code. */
static int read_values(const struct cagr_args *a, double *v, analysis_interval *iv)
{
    if (a->nvals > ANALYSIS_MAX_YEARS + 1)
        return cli_usage("cagr", "too many values (at most %u)", ANALYSIS_MAX_YEARS + 1);
    for (size_t i = 0; i < a->nvals; i++) {
        double res;
        if (parse_level(a->vals[i], &v[i], &res) != 0)
            return cli_usage("cagr", "'%s' is not a number (write digits, e.g. 5908 or 490.2)",
                             a->vals[i]);
        iv[i] = analysis_rounding_interval(v[i], res, INGEST_EXACT, a->mode);
    }
    return CLI_EXIT_OK;
}

/* The rate and its interval, by either method, from the values' rounding
 * intervals: one call to the library for each. */
static int run(const double *v, const analysis_interval *iv, size_t nv, double n,
               bool cumulative)
{
    analysis_interval v1 = iv[1], r;
    double total = v[1], rate;
    int rc;

    if (cumulative) {
        v1.lo = fmax(iv[1].lo, 0);
        for (size_t i = 2; i < nv; i++) {
            total += v[i];
            v1.lo += fmax(iv[i].lo, 0);
            v1.hi += iv[i].hi;
        }
        rc = analysis_cumulative_rate(v[0], total, (unsigned)n, &rate);
    } else {
        rc = analysis_cagr(v[0], v[1], n, &rate);
    }
    if (rc == GC_OK)
        rc = analysis_rate_interval(iv[0], v1, n, cumulative, &r);
    if (rc != GC_OK)
        return rc;
    print_rate(rate, r.lo, r.hi, r.hi_unbounded, n, cumulative);
    return GC_OK;
}

/* Checks the span options against the values; sets *n.  Returns a CLI
 * exit code. */
static int check_span(const struct cagr_args *a, double *n)
{
    size_t nv = a->nvals;

    if (a->years > 0 && (a->from || a->to))
        return cli_usage("cagr", "give either --years or --from and --to, not both");
    if (a->years == 0 && (!a->from || !a->to))
        return cli_usage("cagr", "give the span with --from A --to B, or --years N");
    if (a->years == 0 && a->to <= a->from)
        return cli_usage("cagr", "--to %ld must be after --from %ld", a->to, a->from);
    *n = a->years > 0 ? a->years : (double)(a->to - a->from);
    if (a->cumulative && (a->years > 0 || nv != (size_t)*n + 1))
        return cli_usage("cagr", "--method cumulative needs --from/--to and B - A + 1 values, "
                         "the level of A and of every year after it (got %zu)", nv);
    if (!a->cumulative && nv != 2)
        return cli_usage("cagr", "give two values, V0 and V1 (got %zu)", nv);
    return CLI_EXIT_OK;
}

int cmd_cagr(int argc, char **argv)
{
    struct cagr_args a = { NULL, 0, 0, 0, 0, false, ANALYSIS_ROUND_HALF_UP };
    double *v = NULL, n = 0;
    analysis_interval *iv = NULL;
    size_t nv;
    int code, rc;

    a.vals = malloc((size_t)argc * sizeof *a.vals);
    v = calloc((size_t)argc, sizeof *v);
    iv = calloc((size_t)argc, sizeof *iv);
    if (!a.vals || !v || !iv) {
        cli_error(NULL, 0, "cagr: out of memory");
        code = CLI_EXIT_DATA;
        goto done;
    }
    code = parse_args(argc, argv, &a);
    if (code < 0) {
        code = cli_finish_stdout(CLI_EXIT_OK);
        goto done;
    }
    if (code == 0)
        code = read_values(&a, v, iv);
    if (code == 0)
        code = check_span(&a, &n);
    if (code != 0)
        goto done;
    nv = a.nvals;
    rc = run(v, iv, nv, n, a.cumulative);
    if (rc == GC_EUNDEFINED) {
        cli_error(NULL, 0, "cagr: no growth rate from a base of %g to %g: the base must be "
                  "positive and the later values not negative", v[0], v[nv - 1]);
        code = CLI_EXIT_DATA;
    } else if (rc != GC_OK) {
        cli_error(NULL, 0, "cagr: %s; the values or the span are too extreme for a rate",
                  gc_strerror(rc));
        code = CLI_EXIT_DATA;
    } else {
        code = cli_finish_stdout(CLI_EXIT_OK);
    }
done:
    free(a.vals);
    free(v);
    free(iv);
    return code;
}
