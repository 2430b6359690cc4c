/* dtoa.c -- shortest round-trip decimals; see dtoa.h.
 *
 * The idea: a decimal D = m * 10^q with m < 2^53 and |q| <= 22 converts to a
 * double exactly as strtod would with ONE correctly rounded operation,
 * m * 10^q or m / 10^-q, since m and 10^|q| are both exact doubles (Clinger's
 * fast path).  For a double v, the 15-digit decimal nearest to v is unique
 * within half an ulp of v when any 15-digit decimal is (15-digit decimals are
 * at least 1e-15 of v apart, an ulp at most 2.2e-16 of v).  So m, the
 * integer nearest v * 10^-q with q chosen to give m 15 digits, is found with
 * one multiplication; if m * 10^q reads back as v, then m with its trailing
 * zeros removed is the shortest decimal, since any shorter one padded with
 * zeros would be that same nearest 15-digit decimal.  When it does not read
 * back, the answer has 16 or 17 digits: those are found by printing and
 * reading back, trying the two neighbours of the nearest 16-digit decimal
 * too (near a power of two the rounding interval is lopsided). */
#include "dtoa.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double pow10_exact[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* m * 10^q, correctly rounded; |q| <= 22, m < 2^53. */
static double scale_exact(uint64_t m, int q)
{
    return q < 0 ? (double)m / pow10_exact[-q] : (double)m * pow10_exact[q];
}

/* Writes the decimal digits of m (> 0) without trailing zeros; returns the
 * count and sets *width to the count with them.  The zeros go first, eight,
 * four, two and one at a time (a 15-digit m from the fast path is mostly
 * zeros: 7.6 is 760000000000000), then the rest two digits a step. */
static int put_digits(uint64_t m, char *digits, int *width)
{
    static const char two[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    int zeros = 0, n = 1;
    uint64_t t;
    char *e;

    if (m % 100000000 == 0) { m /= 100000000; zeros += 8; }
    if (m % 10000 == 0) { m /= 10000; zeros += 4; }
    if (m % 100 == 0) { m /= 100; zeros += 2; }
    if (m % 10 == 0) { m /= 10; zeros += 1; }
    for (t = m; t >= 100; t /= 100)
        n += 2;
    n += t >= 10;
    e = digits + n;
    while (m >= 100) {
        unsigned d = (unsigned)(m % 100);
        m /= 100;
        e -= 2;
        memcpy(e, two + 2 * d, 2);
    }
    if (m >= 10)
        memcpy(e - 2, two + 2 * m, 2);
    else
        e[-1] = (char)('0' + m);
    *width = n + zeros;
    return n;
}

/* 15 significant digits or fewer by the fast path.  Returns the digit
 * count, 0 when v needs 16 or 17 digits, or -1 when v is out of the fast
 * path's range (the answer may then have any length). */
static int shortest_fast(double v, char *digits, int *e10)
{
    int be, e, width;

    frexp(v, &be);                                   /* v in [2^(be-1), 2^be) */
    e = (int)floor((be - 1) * 0.30102999566398120);  /* floor(log10 v) or one less */
    for (int tries = 0; tries < 2; tries++) {
        int q = e - 14;
        double s;
        uint64_t m;

        if (q < -22 || q > 22)
            return -1;
        s = q < 0 ? v * pow10_exact[-q] : v / pow10_exact[q];
        if (s >= 999999999999999.5) {                /* 16 digits: e was one short */
            e++;
            continue;
        }
        m = (uint64_t)(s + 0.5);
        if (m < 100000000000000u || scale_exact(m, q) != v)
            return 0;
        {
            int n = put_digits(m, digits, &width);
            *e10 = q + width - 1;
            return n;
        }
    }
    return 0;
}

/* Reads back digits[0..n) e e10 and compares with v. */
static int reads_back(const char *digits, int n, int e10, double v)
{
    char s[48];

    snprintf(s, sizeof s, "%c.%.*se%d", digits[0], n - 1, digits + 1, e10);
    return strtod(s, NULL) == v;
}

/* Parses the mantissa digits and exponent of "%.*e" output. */
static int parse_e(const char *s, char *digits, int *e10)
{
    int n = 0;

    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    *e10 = *s == 'e' ? atoi(s + 1) : 0;
    if (n == 0)          /* not from a finite double; never a digitless answer */
        digits[n++] = '0';
    return n;
}

/* Removes trailing zeros (never the first digit). */
static int trim(const char *digits, int n)
{
    while (n > 1 && digits[n - 1] == '0')
        n--;
    return n;
}

/* Adds delta (+1 or -1) to the decimal integer digits[0..n); returns 0 when
 * the digit count would change. */
static int bump(char *digits, int n, int delta)
{
    int i = n - 1;

    if (delta > 0) {
        while (i >= 0 && digits[i] == '9')
            digits[i--] = '0';
        if (i < 0)
            return 0;
        digits[i]++;
    } else {
        while (i >= 0 && digits[i] == '0')
            digits[i--] = '9';
        if (i < 0 || (i == 0 && digits[0] == '1'))
            return 0;
        digits[i]--;
    }
    return 1;
}

static int shortest_slow(double v, char *digits, int *e10, int from)
{
    char s[48], d[24];
    int n, e;

    for (int prec = from; prec < DTOA_MAX_DIGITS; prec++) {
        snprintf(s, sizeof s, "%.*e", prec - 1, v);
        n = parse_e(s, d, &e);
        if (strtod(s, NULL) == v)
            goto found;
        if (prec >= 16) {
            /* The nearest prec-digit decimal misses; a neighbour may not. */
            for (int delta = -1; delta <= 1; delta += 2) {
                char t[24];
                memcpy(t, d, (size_t)n);
                if (bump(t, n, delta) && reads_back(t, n, e, v)) {
                    memcpy(d, t, (size_t)n);
                    goto found;
                }
            }
        }
    }
    snprintf(s, sizeof s, "%.*e", DTOA_MAX_DIGITS - 1, v);
    n = parse_e(s, d, &e);
found:
    n = trim(d, n);
    memcpy(digits, d, (size_t)n);
    *e10 = e;
    return n;
}

int dtoa_shortest(double v, char digits[DTOA_MAX_DIGITS + 1], int *e10)
{
    int n;

    v = fabs(v);
    if (v == 0) {
        digits[0] = '0';
        *e10 = 0;
        return 1;
    }
    if (v < 1e15 && v == (double)(uint64_t)v) {
        /* A whole number below 1e15 is its own shortest decimal. */
        int width;
        n = put_digits((uint64_t)v, digits, &width);
        *e10 = width - 1;
        return n;
    }
    n = shortest_fast(v, digits, e10);
    if (n > 0)
        return n;
    return shortest_slow(v, digits, e10, n == 0 ? 16 : 1);
}

size_t dtoa_layout_f(char *out, int neg, const char *digits, int n, int e10)
{
    char *p = out;

    if (neg && !(n == 1 && digits[0] == '0'))
        *p++ = '-';
    if (e10 < 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = -1; i > e10; i--)
            *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (n <= e10 + 1) {
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i <= e10; i++)
            *p++ = '0';
    } else {
        memcpy(p, digits, (size_t)e10 + 1);
        p += e10 + 1;
        *p++ = '.';
        memcpy(p, digits + e10 + 1, (size_t)(n - e10 - 1));
        p += n - e10 - 1;
    }
    *p = '\0';
    return (size_t)(p - out);
}

size_t dtoa_layout_g(char *out, int neg, const char *digits, int n, int e10, int prec)
{
    char *p = out;
    int x;

    if (e10 >= -4 && e10 < prec)
        return dtoa_layout_f(out, neg, digits, n, e10);
    if (neg && !(n == 1 && digits[0] == '0'))
        *p++ = '-';
    *p++ = digits[0];
    if (n > 1) {
        *p++ = '.';
        memcpy(p, digits + 1, (size_t)n - 1);
        p += n - 1;
    }
    *p++ = 'e';
    *p++ = e10 < 0 ? '-' : '+';
    x = e10 < 0 ? -e10 : e10;
    if (x >= 100)
        *p++ = (char)('0' + x / 100);
    *p++ = (char)('0' + x / 10 % 10);
    *p++ = (char)('0' + x % 10);
    *p = '\0';
    return (size_t)(p - out);
}

/* A whole number in [-2^31, 2^31) as decimal digits. */
static size_t put_int(char *out, long long i)
{
    char tmp[24];
    size_t n = 0, k = 0;
    unsigned long long u = i < 0 ? 0ull - (unsigned long long)i : (unsigned long long)i;

    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        out[k++] = '-';
    while (n)
        out[k++] = tmp[--n];
    out[k] = '\0';
    return k;
}

size_t dtoa_json(char out[32], double v)
{
    char d[DTOA_MAX_DIGITS + 1];
    int n, e10;

    if (!isfinite(v)) {
        memcpy(out, "null", 5);
        return 4;
    }
    /* cJSON prints a double equal to its int conversion (clamped to the
     * range of int) as an integer. */
    if (v >= -2147483648.0 && v <= 2147483647.0 && v == (double)(long long)v)
        return put_int(out, (long long)v);
    n = dtoa_shortest(v, d, &e10);
    return dtoa_layout_g(out, v < 0, d, n, e10, n <= 15 ? 15 : 17);
}
