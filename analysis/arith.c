/* arith.c -- the growth arithmetic of analysis: CAGR (水平法) with its
 * rounding interval, the cumulative method (累计法, GSL Brent), log-linear
 * trend (gsl_fit_linear), the intervals printed figures stand for, and the
 * conversions of total changes and multiples into annual rates.
 *
 * Rates are fractions here (0.076, not 7.6); callers convert.  Logs of
 * ratios and expm1/log1p keep small rates accurate to the last digits. */
#include "analysis.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_roots.h>

/* log(v1 / v0) for v0, v1 > 0, without overflow or underflow of the
 * quotient, and to full precision when v1 is close to v0: there v1 - v0 is
 * exact (Sterbenz) and log1p of the small relative change loses nothing. */
static double log_ratio(double v0, double v1)
{
    double q = v1 / v0;

    if (q >= 0.5 && q <= 2)
        return log1p((v1 - v0) / v0);
    if (isfinite(q) && q > DBL_MIN)
        return log(q);
    return log(v1) - log(v0);
}

int analysis_cagr(double v0, double v1, double n, double *r)
{
    double x;

    if (!isfinite(v0) || !isfinite(v1) || !isfinite(n) || v0 <= 0 || v1 < 0 || n <= 0)
        return GC_EUNDEFINED;
    if (v1 == 0) {
        *r = -1.0;
        return GC_OK;
    }
    x = expm1(log_ratio(v0, v1) / n);
    if (!isfinite(x))
        return GC_ERANGE;
    *r = x;
    return GC_OK;
}

int analysis_cagr_interval(double v0lo, double v0hi, double v1lo, double v1hi,
                           double n, double *rlo, double *rhi)
{
    double lo, hi;
    int rc;

    if (v0lo > v0hi || v1lo > v1hi)
        return GC_EINVAL;
    /* Falls in v0, rises in v1: the lowest rate is from the highest base to
     * the lowest end, the highest from the lowest base to the highest end. */
    rc = analysis_cagr(v0hi, v1lo, n, &lo);
    if (rc == GC_OK)
        rc = analysis_cagr(v0lo, v1hi, n, &hi);
    if (rc != GC_OK)
        return rc;
    *rlo = lo;
    *rhi = hi;
    return GC_OK;
}

static int rate_of(double v0, double v1, double n, bool cumulative, double *r)
{
    return cumulative ? analysis_cumulative_rate(v0, v1, (unsigned)n, r)
                      : analysis_cagr(v0, v1, n, r);
}

int analysis_rate_interval(analysis_interval v0, analysis_interval v1, double n,
                           bool cumulative, analysis_interval *r)
{
    analysis_interval out = { -1, -1, false, false };
    int rc;

    if (!v0.hi_unbounded && !v1.lo_unbounded) {
        rc = rate_of(v0.hi, fmax(v1.lo, 0), n, cumulative, &out.lo);
        if (rc != GC_OK)
            return rc;
    }
    if (v0.lo_unbounded || !(v0.lo > 0) || v1.hi_unbounded) {
        out.hi = out.lo;
        out.hi_unbounded = true;
    } else {
        rc = rate_of(v0.lo, fmax(v1.hi, 0), n, cumulative, &out.hi);
        if (rc != GC_OK)
            return rc;
    }
    *r = out;
    return GC_OK;
}

/* The cumulative method's equation f(x) = x + x^2 + ... + x^n - s. */
struct cum_params {
    double s;     /* total / v0 */
    unsigned n;   /* years after the base year */
};

static double cum_f(double x, void *params)
{
    const struct cum_params *p = params;
    double sum = 0, pow_k = 1;

    for (unsigned k = 1; k <= p->n; k++) {
        pow_k *= x;
        sum += pow_k;
    }
    return sum - p->s;
}

/* Iterations allowed to Brent's method; it converges superlinearly, and 53
 * bits of x take far fewer than this even in its bisection steps. */
#define CUM_MAX_ITER 200

int analysis_cumulative_rate(double v0, double total, unsigned n, double *r)
{
    struct cum_params p;
    gsl_function f;
    gsl_root_fsolver *solver = NULL;
    double lo = 0, hi, x = 0;
    int rc = GC_ERANGE, status = GSL_CONTINUE;

    if (!isfinite(v0) || !isfinite(total) || v0 <= 0 || total <= 0 || n < 1)
        return GC_EUNDEFINED;
    if (n > ANALYSIS_MAX_YEARS)
        return GC_EINVAL;
    p.s = total / v0;
    p.n = n;
    if (!isfinite(p.s))
        return GC_ERANGE;
    /* f is increasing for x >= 0 with f(0) = -s < 0.  At x = max(1, s^(1/n))
     * every term is >= 1 and the last is >= s, so f >= 0 there (when s <= n,
     * x = 1 gives n - s >= 0): a bracket whose terms cannot overflow. */
    hi = p.s <= n ? 1.0 : pow(p.s, 1.0 / n);
    if (cum_f(hi, &p) == 0) {
        *r = hi - 1;
        return GC_OK;
    }
    f.function = cum_f;
    f.params = &p;
    solver = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    if (!solver)
        return GC_ENOMEM;
    if (gsl_root_fsolver_set(solver, &f, lo, hi) != GSL_SUCCESS)
        goto fail;
    for (int i = 0; i < CUM_MAX_ITER && status == GSL_CONTINUE; i++) {
        if (gsl_root_fsolver_iterate(solver) != GSL_SUCCESS)
            goto fail;
        x = gsl_root_fsolver_root(solver);
        lo = gsl_root_fsolver_x_lower(solver);
        hi = gsl_root_fsolver_x_upper(solver);
        status = gsl_root_test_interval(lo, hi, 0, 4 * DBL_EPSILON);
    }
    if (status != GSL_SUCCESS)
        goto fail;
    *r = x - 1;
    rc = GC_OK;
fail:
    gsl_root_fsolver_free(solver);
    return rc;
}

int analysis_trend(const double *years, size_t ystride, const double *values,
                   size_t vstride, size_t n, double *r, double *se)
{
    double *lv, c0, c1, cov00, cov01, cov11, sumsq;
    int rc = GC_EUNDEFINED;

    if (n < 3 || ystride == 0 || vstride == 0)
        return GC_EUNDEFINED;
    lv = malloc(n * sizeof *lv);
    if (!lv)
        return GC_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        double v = values[i * vstride];
        if (!isfinite(v) || v <= 0 || !isfinite(years[i * ystride]))
            goto fail;
        lv[i] = log(v);
    }
    if (gsl_fit_linear(years, ystride, lv, 1, n, &c0, &c1, &cov00, &cov01, &cov11,
                       &sumsq) != GSL_SUCCESS)
        goto fail;
    /* All years equal: the slope is 0/0. */
    if (!isfinite(c1) || !isfinite(cov11) || cov11 < 0 || !isfinite(expm1(c1)))
        goto fail;
    *r = expm1(c1);
    *se = sqrt(cov11);
    rc = GC_OK;
fail:
    free(lv);
    return rc;
}

/* How much 左右/约/近/接近/余 widen a figure: one full unit of the last
 * written digit on each side (twice the rounding half-width), and at least
 * APPROX_REL of the value.  A writer who says "about" admits more than the
 * printed precision; one more unit of the last digit is the smallest such
 * step, and the relative floor keeps a figure written to many digits
 * (约3.45万亿元) from getting a margin narrower than an approximation is. */
#define APPROX_REL 0.01

analysis_interval analysis_rounding_interval(double value, double resolution,
                                             ingest_qualifier q,
                                             analysis_rounding mode)
{
    analysis_interval iv = { value, value, false, false };
    double res = isfinite(resolution) && resolution > 0 ? resolution : 0;

    if (mode == ANALYSIS_ROUND_TRUNCATE) {
        /* The digits after the last were cut off: the truth lies away from
         * zero of the printed value, by less than one unit. */
        if (value >= 0)
            iv.hi = value + res;
        else
            iv.lo = value - res;
    } else {
        iv.lo = value - res / 2;
        iv.hi = value + res / 2;
    }
    switch (q) {
    case INGEST_ABOVE:
        iv.hi = value;
        iv.hi_unbounded = true;
        break;
    case INGEST_BELOW:
        iv.lo = value;
        iv.lo_unbounded = true;
        break;
    case INGEST_APPROX: {
        double w = fmax(res, APPROX_REL * fabs(value));
        iv.lo = fmin(iv.lo, value - w);
        iv.hi = fmax(iv.hi, value + w);
        break;
    }
    case INGEST_EXACT:
        break;
    }
    return iv;
}

bool analysis_interval_meet(analysis_interval a, analysis_interval b)
{
    bool lo_ok = a.hi_unbounded || b.lo_unbounded || b.lo <= a.hi;
    bool hi_ok = b.hi_unbounded || a.lo_unbounded || a.lo <= b.hi;

    return lo_ok && hi_ok;
}

int analysis_rate_from_change(double c, double n, double *r)
{
    double x;

    if (!isfinite(c) || !isfinite(n) || c < -1 || n <= 0)
        return GC_EUNDEFINED;
    if (c == -1) {
        *r = -1;
        return GC_OK;
    }
    x = expm1(log1p(c) / n);
    if (!isfinite(x))
        return GC_ERANGE;
    *r = x;
    return GC_OK;
}

int analysis_rate_from_multiple(double m, double n, double *r)
{
    if (!isfinite(m) || m < 0)
        return GC_EUNDEFINED;
    return analysis_cagr(1.0, m, n, r);
}

int analysis_discount(double v, double r, double n, double *out)
{
    double x;

    if (!isfinite(v) || !isfinite(r) || !isfinite(n) || r <= -1)
        return GC_EUNDEFINED;
    x = v * exp(-n * log1p(r));
    if (!isfinite(x))
        return GC_ERANGE;
    *out = x;
    return GC_OK;
}
