/* test_dtoa.c -- the shortest round-trip formatter against strtod: random
 * bit patterns, decimals as reports write them, and the edges (subnormals,
 * the largest double, powers of two and ten); and the %g/%f layouts against
 * printf. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <float.h>
#include <math.h>

#include <cmocka.h>

#include "../../common/dtoa.h"

/* A small fixed-seed generator (xorshift64*), so failures reproduce. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t rng(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545F4914F6CDD1Du;
}

/* Checks that the shortest digits of v read back as v, and that no decimal
 * with one digit fewer (the nearest one, printed by printf) does. */
static void check_one(double v)
{
    char d[DTOA_MAX_DIGITS + 1], s[64], t[64];
    int e10, n;

    if (!isfinite(v))
        return;
    n = dtoa_shortest(v, d, &e10);
    assert_true(n >= 1 && n <= DTOA_MAX_DIGITS);
    assert_true(d[0] != '0' || (n == 1 && v == 0));
    assert_true(n == 1 || d[n - 1] != '0');
    dtoa_layout_g(s, v < 0, d, n, e10, 17);
    if (strtod(s, NULL) != v) {
        fprintf(stderr, "%a printed as %s\n", v, s);
        fail();
    }
    if (n > 1) {
        snprintf(t, sizeof t, "%.*e", n - 2, v);
        if (strtod(t, NULL) == v) {
            fprintf(stderr, "%a printed as %s but %s reads back too\n", v, s, t);
            fail();
        }
    }
}

static void test_random_bits(void **state)
{
    (void)state;
    for (long i = 0; i < 200000; i++) {
        uint64_t u = rng();
        double v;
        memcpy(&v, &u, sizeof v);
        if (isfinite(v))
            check_one(v);
    }
}

/* Random bit patterns mostly need 16 or 17 digits, the slow path: fewer of
 * them, so the whole test stays within a few seconds. */

/* Decimals of 1 to 15 digits at every scale a report uses and beyond: the
 * digits come back exactly as written. */
static void test_written_decimals(void **state)
{
    (void)state;
    for (long i = 0; i < 1000000; i++) {
        int nd = 1 + (int)(rng() % 15), scale = (int)(rng() % 60) - 30;
        uint64_t m = rng() % 1000000000000000u, p = 1;
        char want[32], d[DTOA_MAX_DIGITS + 1], s[64];
        int e10, n, wn;
        double v;

        for (int k = 0; k < nd; k++)
            p *= 10;
        m %= p;
        while (m && m % 10 == 0)
            m /= 10;
        if (!m)
            m = 7;
        wn = snprintf(want, sizeof want, "%llu", (unsigned long long)m);
        snprintf(s, sizeof s, "%se%d", want, scale);
        v = strtod(s, NULL);
        n = dtoa_shortest(v, d, &e10);
        assert_int_equal(n, wn);
        assert_memory_equal(d, want, (size_t)n);
        assert_int_equal(e10, scale + wn - 1);
        check_one(v);
    }
}

static void test_edges(void **state)
{
    static const double fixed[] = {
        0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 9.5e11, 5908, 7.6, 1e-8, 1e-9, 1e22, 1e23, 1e37,
        1e38, 5e-324, 1e-323, 2.2250738585072014e-308, 2.2250738585072009e-308,
        DBL_MAX, DBL_MIN, DBL_EPSILON, 9007199254740993.0, 123456789012345678.0,
        0.30000000000000004, 33.333333333333336, 1.7976931348623157e308,
    };
    char d[DTOA_MAX_DIGITS + 1];
    int e10;
    (void)state;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
        check_one(fixed[i]);
        check_one(-fixed[i]);
        check_one(nextafter(fixed[i], 0));
        check_one(nextafter(fixed[i], INFINITY));
    }
    for (int e = -1074; e <= 1023; e++) {
        double v = ldexp(1, e);
        check_one(v);
        check_one(nextafter(v, 0));
        check_one(nextafter(v, INFINITY));
    }
    for (int e = -323; e <= 308; e++) {
        char s[16];
        snprintf(s, sizeof s, "1e%d", e);
        check_one(strtod(s, NULL));
    }
    assert_int_equal(dtoa_shortest(0.0, d, &e10), 1);
    assert_int_equal(d[0], '0');
    assert_int_equal(dtoa_shortest(5e-324, d, &e10), 1);
    assert_int_equal(e10, -324);
}

/* The layouts are printf's for values that fit the precision. */
static void test_layouts(void **state)
{
    static const char *const cases[] = {
        "950000000000", "1e+15", "1.5e+15", "0.076", "7e-05", "0.0001", "-2.96", "5908",
        "123456789012345", "1.23456789012345e+15", "0", "-0.5", "1e+100", "1.25e-300",
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        double v = strtod(cases[i], NULL);
        char d[DTOA_MAX_DIGITS + 1], got[64], want[64];
        int e10, n = dtoa_shortest(v, d, &e10);

        dtoa_layout_g(got, v < 0, d, n, e10, 15);
        snprintf(want, sizeof want, "%.15g", v);
        assert_string_equal(got, want);
    }
    for (long i = 0; i < 200000; i++) {
        char text[32], d[DTOA_MAX_DIGITS + 1], got[64], want[64];
        int e10, n;
        char *dot;
        double v;

        snprintf(text, sizeof text, "%.3f", (double)(int64_t)(rng() % 2000000001) / 1000 - 1000000);
        v = strtod(text, NULL);
        n = dtoa_shortest(v, d, &e10);

        dtoa_layout_f(got, v < 0, d, n, e10);
        snprintf(want, sizeof want, "%.3f", v);
        dot = strchr(want, '.');
        for (char *end = want + strlen(want) - 1; end > dot && *end == '0'; end--)
            *end = '\0';
        if (want[strlen(want) - 1] == '.')
            want[strlen(want) - 1] = '\0';
        if (!strcmp(want, "-0"))
            strcpy(want, "0");
        assert_string_equal(got, want);
    }
}

static void test_json(void **state)
{
    char out[32];
    (void)state;
    dtoa_json(out, 2021);
    assert_string_equal(out, "2021");
    dtoa_json(out, -0.0);
    assert_string_equal(out, "0");
    dtoa_json(out, 9.5e11);
    assert_string_equal(out, "950000000000");
    dtoa_json(out, 7.6);
    assert_string_equal(out, "7.6");
    dtoa_json(out, -2147483648.0);
    assert_string_equal(out, "-2147483648");
    dtoa_json(out, 1e15);
    assert_string_equal(out, "1e+15");
    dtoa_json(out, 1.0 / 3);
    assert_string_equal(out, "0.3333333333333333");
    dtoa_json(out, 0.1 + 0.2);
    assert_string_equal(out, "0.30000000000000004");
    dtoa_json(out, NAN);
    assert_string_equal(out, "null");
    dtoa_json(out, 1234567890123456.0);
    assert_string_equal(out, "1234567890123456");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_random_bits),
        cmocka_unit_test(test_written_decimals),
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_layouts),
        cmocka_unit_test(test_json),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
