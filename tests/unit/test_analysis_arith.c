/* test_analysis_arith.c -- the growth formulas against values worked out by
 * hand (the arithmetic is in the comments), with stated relative tolerances,
 * and every undefined case: a status, never NaN. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../../analysis/analysis.h"

/* |got - want| <= rel * |want| (or <= rel when want is 0). */
static void near(double got, double want, double rel)
{
    double tol = want == 0 ? rel : rel * fabs(want);
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (relative tolerance %g)", got, want, rel);
}

static void cagr_seed_gdp(void **state)
{
    double r = 0, lo = 0, hi = 0;
    (void)state;
    /* 5908 -> 9500 over 2016..2021, n = 5: ln(9500/5908) = ln 1.607989
     * = 0.474985; / 5 = 0.0949970; e^0.0949970 - 1 = 0.0996554. */
    assert_int_equal(analysis_cagr(5908, 9500, 5, &r), GC_OK);
    near(r, 0.0996554, 1e-6);
    /* n = 4 (the base year counted by mistake): e^(0.474985/4) - 1 =
     * e^0.118746 - 1 = 0.126084. */
    assert_int_equal(analysis_cagr(5908, 9500, 4, &r), GC_OK);
    near(r, 0.126084, 1e-5);
    /* 5908 +-0.5 and 9500 +-50: lo = (9450/5908.5)^(1/5) - 1 = 1.599391^0.2
     * - 1 = 0.0984769; hi = (9550/5907.5)^(1/5) - 1 = 1.616589^0.2 - 1 =
     * 0.1008292. */
    assert_int_equal(analysis_cagr_interval(5907.5, 5908.5, 9450, 9550, 5, &lo, &hi), GC_OK);
    near(lo, 0.0984769, 1e-5);
    near(hi, 0.1008292, 1e-5);
}

static void cagr_population_fall(void **state)
{
    double r = 0;
    (void)state;
    /* 364 -> 313.2 (万人) over 5 years: 313.2/364 = 0.860440; ln = -0.150310;
     * / 5 = -0.0300620; e^ - 1 = -0.0296147. */
    assert_int_equal(analysis_cagr(364, 313.2, 5, &r), GC_OK);
    near(r, -0.0296150, 1e-5);
}

static void cagr_exact_values(void **state)
{
    double r = 0;
    (void)state;
    /* 100 -> 121 over 2 years: 1.21 = 1.1^2, so r = 0.1. */
    assert_int_equal(analysis_cagr(100, 121, 2, &r), GC_OK);
    near(r, 0.1, 1e-13);
    /* A fall to nothing is a rate of -100 %. */
    assert_int_equal(analysis_cagr(100, 0, 3, &r), GC_OK);
    near(r, -1, 1e-15);
    /* No change: exactly 0. */
    assert_int_equal(analysis_cagr(7.5, 7.5, 4, &r), GC_OK);
    near(r, 0, 1e-300);
    /* Fractional years: 100 -> 110.25 over 2.0 = 5 %. */
    assert_int_equal(analysis_cagr(100, 110.25, 2.0, &r), GC_OK);
    near(r, 0.05, 1e-13);
}

static void cagr_undefined(void **state)
{
    double r = 42;
    (void)state;
    assert_int_equal(analysis_cagr(0, 10, 5, &r), GC_EUNDEFINED);      /* zero base */
    assert_int_equal(analysis_cagr(-5, 10, 5, &r), GC_EUNDEFINED);     /* negative base */
    assert_int_equal(analysis_cagr(5, -10, 5, &r), GC_EUNDEFINED);     /* sign change */
    assert_int_equal(analysis_cagr(5, 10, 0, &r), GC_EUNDEFINED);      /* n = 0 */
    assert_int_equal(analysis_cagr(5, 10, -1, &r), GC_EUNDEFINED);     /* n < 0 */
    assert_int_equal(analysis_cagr(NAN, 10, 5, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cagr(5, INFINITY, 5, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cagr(5, 10, NAN, &r), GC_EUNDEFINED);
    near(r, 42, 0);                                                     /* untouched */
    assert_int_equal(analysis_cagr_interval(0, 1, 5, 6, 5, &r, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cagr_interval(2, 1, 5, 6, 5, &r, &r), GC_EINVAL);
    near(r, 42, 0);
}

static void cagr_extreme_magnitudes(void **state)
{
    double r = 0;
    (void)state;
    /* 1e300 -> 2e300 in one year doubles: r = 1. */
    assert_int_equal(analysis_cagr(1e300, 2e300, 1, &r), GC_OK);
    near(r, 1, 1e-14);
    /* 1e-300 -> 4e-300 over two years: 4 = 2^2, r = 1. */
    assert_int_equal(analysis_cagr(1e-300, 4e-300, 2, &r), GC_OK);
    near(r, 1, 1e-14);
    /* 1e-300 -> 1e300: the quotient 1e600 overflows a double, the log does
     * not: ln 1e600 = 1381.551; over 100 years e^13.81551 - 1 = 1e6 - 1. */
    assert_int_equal(analysis_cagr(1e-300, 1e300, 100, &r), GC_OK);
    near(r, 999999, 1e-9);
    /* The other way: 1e300 -> 1e-300 over 100 years, 1e-6 - 1. */
    assert_int_equal(analysis_cagr(1e300, 1e-300, 100, &r), GC_OK);
    near(r, 1e-6 - 1, 1e-12);
    /* In one year the rate itself (1e600) is not a double: a status. */
    assert_int_equal(analysis_cagr(1e-300, 1e300, 1, &r), GC_ERANGE);
    /* A tiny rate keeps its digits: 1e9 -> 1e9 + 1 in a year is 1e-9 (the
     * naive pow(q, 1/n) - 1 keeps only about 7 of them). */
    assert_int_equal(analysis_cagr(1e9, 1e9 + 1, 1, &r), GC_OK);
    near(r, 1e-9, 1e-12);
    /* Over ten years: (1 + 1e-9)^(1/10) - 1 = 1e-10 (to 1e-19). */
    assert_int_equal(analysis_cagr(1e9, 1e9 + 1, 10, &r), GC_OK);
    near(r, 1e-10, 1e-9);
}

static void cumulative_method(void **state)
{
    double r = 0;
    (void)state;
    /* Base 100, then 110 and 121: x + x^2 = 231/100 = 2.31, x = (-1 +
     * sqrt(1 + 9.24)) / 2 = (-1 + 3.2) / 2 = 1.1, r = 0.1 -- the same as the
     * level method when growth is steady. */
    assert_int_equal(analysis_cumulative_rate(100, 231, 2, &r), GC_OK);
    near(r, 0.1, 1e-10);
    /* One year: x = 105/100, r = 0.05. */
    assert_int_equal(analysis_cumulative_rate(100, 105, 1, &r), GC_OK);
    near(r, 0.05, 1e-10);
    /* Flat: 100, 100, 100 after 100: x + x^2 + x^3 = 3, x = 1. */
    assert_int_equal(analysis_cumulative_rate(100, 300, 3, &r), GC_OK);
    near(r, 0, 1e-12);
    /* Falling: 90 and 81 after 100: x + x^2 = 1.71, x = 0.9, r = -0.1. */
    assert_int_equal(analysis_cumulative_rate(100, 171, 2, &r), GC_OK);
    near(r, -0.1, 1e-10);
    /* Fast: 10, 100, ..., 1e5 after 1: sum 111110, x = 10, r = 9. */
    assert_int_equal(analysis_cumulative_rate(1, 111110, 5, &r), GC_OK);
    near(r, 9, 1e-10);
    /* The levels differ from the steady path: 100 -> 100, 121 gives
     * x + x^2 = 2.21, x = (-1 + sqrt(9.84)) / 2 = (-1 + 3.136877) / 2 =
     * 1.068439, r = 0.068439,
     * below the level method's 10 % because the first year stood still. */
    assert_int_equal(analysis_cumulative_rate(100, 221, 2, &r), GC_OK);
    near(r, 0.0684387, 1e-6);
}

static void cumulative_undefined(void **state)
{
    double r = 42;
    (void)state;
    assert_int_equal(analysis_cumulative_rate(0, 231, 2, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cumulative_rate(-1, 231, 2, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cumulative_rate(100, 0, 2, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cumulative_rate(100, 231, 0, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cumulative_rate(100, NAN, 2, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_cumulative_rate(100, 231, ANALYSIS_MAX_YEARS + 1, &r), GC_EINVAL);
    near(r, 42, 0);
}

static void trend_fit(void **state)
{
    /* Steady 10 % growth: ln v is exactly linear, slope ln 1.1, r = 0.1. */
    double years[] = { 2016, 2017, 2018, 2019, 2020 };
    double steady[] = { 100, 110, 121, 133.1, 146.41 };
    /* ln v = 0, 0.1, 0.3 at x = 0, 1, 2: slope = sum (x - 1)(y - 0.1333) /
     * sum (x - 1)^2 = (0.1333 + 0.1667) / 2 = 0.15, r = e^0.15 - 1 =
     * 0.161834; residuals 1/60, -2/60, 1/60, SS = 6/3600 = 1/600; s^2 = SS /
     * (n - 2) = 1/600; var(slope) = s^2 / 2 = 1/1200; se = 0.0288675. */
    double x[] = { 0, 1, 2 };
    double bent[3];
    /* Interleaved (year, value) pairs read with stride 2. */
    double pairs[] = { 2000, 1, 2001, 2, 2002, 4, 2003, 8 };
    double r = 0, se = 0;
    (void)state;
    assert_int_equal(analysis_trend(years, 1, steady, 1, 5, &r, &se), GC_OK);
    near(r, 0.1, 1e-12);
    assert_true(se < 1e-12);
    bent[0] = 1;
    bent[1] = exp(0.1);
    bent[2] = exp(0.3);
    assert_int_equal(analysis_trend(x, 1, bent, 1, 3, &r, &se), GC_OK);
    near(r, 0.161834, 1e-5);
    near(se, 0.0288675, 1e-5);
    /* Doubling each year: r = 1. */
    assert_int_equal(analysis_trend(pairs, 2, pairs + 1, 2, 4, &r, &se), GC_OK);
    near(r, 1, 1e-12);
}

static void trend_undefined(void **state)
{
    double years[] = { 2016, 2017, 2018 };
    double same[] = { 2016, 2016, 2016 };
    double with_zero[] = { 1, 0, 2 };
    double ok[] = { 1, 2, 3 };
    double r = 42, se = 42;
    (void)state;
    assert_int_equal(analysis_trend(years, 1, ok, 1, 2, &r, &se), GC_EUNDEFINED);  /* n < 3 */
    assert_int_equal(analysis_trend(years, 1, with_zero, 1, 3, &r, &se), GC_EUNDEFINED);
    assert_int_equal(analysis_trend(same, 1, ok, 1, 3, &r, &se), GC_EUNDEFINED);
    near(r, 42, 0);
    near(se, 42, 0);
}

static void expect_iv(analysis_interval iv, double lo, bool lo_open, double hi, bool hi_open)
{
    assert_int_equal(iv.lo_unbounded, lo_open);
    assert_int_equal(iv.hi_unbounded, hi_open);
    if (!lo_open)
        near(iv.lo, lo, 1e-12);
    if (!hi_open)
        near(iv.hi, hi, 1e-12);
}

static void rounding_intervals(void **state)
{
    const analysis_rounding H = ANALYSIS_ROUND_HALF_UP, T = ANALYSIS_ROUND_TRUNCATE;
    (void)state;
    /* 7.6 to one decimal: half-up [7.55, 7.65], truncated [7.6, 7.7]. */
    expect_iv(analysis_rounding_interval(7.6, 0.1, INGEST_EXACT, H), 7.55, false, 7.65, false);
    expect_iv(analysis_rounding_interval(7.6, 0.1, INGEST_EXACT, T), 7.6, false, 7.7, false);
    /* 9500 rounded to hundreds: +-50; 490.2: +-0.05; 5908: +-0.5. */
    expect_iv(analysis_rounding_interval(9500, 100, INGEST_EXACT, H), 9450, false, 9550, false);
    expect_iv(analysis_rounding_interval(490.2, 0.1, INGEST_EXACT, H), 490.15, false, 490.25, false);
    expect_iv(analysis_rounding_interval(5908, 1, INGEST_EXACT, H), 5907.5, false, 5908.5, false);
    /* A negative figure truncated lies further from zero: -51 -> [-52, -51]. */
    expect_iv(analysis_rounding_interval(-51, 1, INGEST_EXACT, T), -52, false, -51, false);
    expect_iv(analysis_rounding_interval(-51, 1, INGEST_EXACT, H), -51.5, false, -50.5, false);
    /* Exact by construction (翻一番 = 2): a point. */
    expect_iv(analysis_rounding_interval(2, 0, INGEST_EXACT, H), 2, false, 2, false);
    /* 以上: 10%以上 is [9.5, +inf) half-up, [10, +inf) truncated. */
    expect_iv(analysis_rounding_interval(10, 1, INGEST_ABOVE, H), 9.5, false, 0, true);
    expect_iv(analysis_rounding_interval(10, 1, INGEST_ABOVE, T), 10, false, 0, true);
    /* 以内: 2.3%以内 is (-inf, 2.35]. */
    expect_iv(analysis_rounding_interval(2.3, 0.1, INGEST_BELOW, H), 0, true, 2.35, false);
    /* 约: one unit of the last digit either way, at least 1 % of the value:
     * 约7.6 -> max(0.1, 0.076) = 0.1 -> [7.5, 7.7]; 约9500 -> max(100, 95)
     * -> [9400, 9600]; 约3.45 (万亿) -> max(0.01, 0.0345) -> [3.4155, 3.4845]. */
    expect_iv(analysis_rounding_interval(7.6, 0.1, INGEST_APPROX, H), 7.5, false, 7.7, false);
    expect_iv(analysis_rounding_interval(9500, 100, INGEST_APPROX, H), 9400, false, 9600, false);
    expect_iv(analysis_rounding_interval(3.45, 0.01, INGEST_APPROX, H), 3.4155, false, 3.4845, false);
    /* Truncation and approximation: the union, [7.5, 7.7]. */
    expect_iv(analysis_rounding_interval(7.6, 0.1, INGEST_APPROX, T), 7.5, false, 7.7, false);
}

static void interval_meet(void **state)
{
    analysis_interval a = { 7.55, 7.65, false, false };
    analysis_interval b = { 9.85, 10.08, false, false };
    analysis_interval c = { 7.65, 8, false, false };
    analysis_interval above = { 9.5, 0, false, true };
    analysis_interval below = { 0, 2.35, true, false };
    (void)state;
    assert_false(analysis_interval_meet(a, b));
    assert_false(analysis_interval_meet(b, a));
    assert_true(analysis_interval_meet(a, c));   /* touching ends meet */
    assert_true(analysis_interval_meet(b, above));
    assert_false(analysis_interval_meet(a, above));
    assert_true(analysis_interval_meet(below, below));
    assert_false(analysis_interval_meet(below, a));
    assert_true(analysis_interval_meet(above, below) == false);
}

static void change_and_multiple(void **state)
{
    double r = 42;
    (void)state;
    /* 下降51% over 5 years: 0.49^(1/5) - 1; ln 0.49 = -0.713350, / 5 =
     * -0.142670, e^ - 1 = -0.132961. */
    assert_int_equal(analysis_rate_from_change(-0.51, 5, &r), GC_OK);
    near(r, -0.132961, 1e-5);
    /* +21 % over 2 years: 1.21^(1/2) - 1 = 0.1. */
    assert_int_equal(analysis_rate_from_change(0.21, 2, &r), GC_OK);
    near(r, 0.1, 1e-13);
    assert_int_equal(analysis_rate_from_change(-1, 5, &r), GC_OK);
    near(r, -1, 1e-15);
    r = 42;
    assert_int_equal(analysis_rate_from_change(-1.5, 5, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_rate_from_change(0.2, 0, &r), GC_EUNDEFINED);
    near(r, 42, 0);
    /* 翻一番 in 5 years: 2^(1/5) - 1 = e^(0.693147/5) - 1 = 0.148698. */
    assert_int_equal(analysis_rate_from_multiple(2, 5, &r), GC_OK);
    near(r, 0.148698, 1e-5);
    r = 42;
    assert_int_equal(analysis_rate_from_multiple(-2, 5, &r), GC_EUNDEFINED);
    assert_int_equal(analysis_rate_from_multiple(2, 0, &r), GC_EUNDEFINED);
    near(r, 42, 0);
}

static void discounting(void **state)
{
    double v = 42;
    (void)state;
    /* 490.2 at 4.9 % a year over 5 years: 1.049^5 = e^(5 * 0.0478373) =
     * e^0.239187 = 1.270216; 490.2 / 1.270216 = 385.919. */
    assert_int_equal(analysis_discount(490.2, 0.049, 5, &v), GC_OK);
    near(v, 385.919, 1e-5);
    /* 490.2 at 8 % one year back: 490.2 / 1.08 = 453.889. */
    assert_int_equal(analysis_discount(490.2, 0.08, 1, &v), GC_OK);
    near(v, 453.8889, 1e-6);
    /* Forward one year (n = -1): 9500 * 1.06 = 10070. */
    assert_int_equal(analysis_discount(9500, 0.06, -1, &v), GC_OK);
    near(v, 10070, 1e-12);
    v = 42;
    assert_int_equal(analysis_discount(490.2, -1, 5, &v), GC_EUNDEFINED);
    assert_int_equal(analysis_discount(1e300, 10, -400, &v), GC_ERANGE);
    near(v, 42, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(cagr_seed_gdp),
        cmocka_unit_test(cagr_population_fall),
        cmocka_unit_test(cagr_exact_values),
        cmocka_unit_test(cagr_undefined),
        cmocka_unit_test(cagr_extreme_magnitudes),
        cmocka_unit_test(cumulative_method),
        cmocka_unit_test(cumulative_undefined),
        cmocka_unit_test(trend_fit),
        cmocka_unit_test(trend_undefined),
        cmocka_unit_test(rounding_intervals),
        cmocka_unit_test(interval_meet),
        cmocka_unit_test(change_and_multiple),
        cmocka_unit_test(discounting),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
