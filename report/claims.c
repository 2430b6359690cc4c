/* claims.c -- claims as JSON Lines, CSV and a JSON array; see report.h.
 *
 * JSON Lines and CSV are the outputs a corpus run writes by the hundred
 * megabytes, so they are written straight into the caller's buffer: room
 * for the whole claim is reserved once, then bytes are stored through a
 * cursor.  The bytes are those cJSON printed before (same keys, order and
 * escapes); numbers differ only where cJSON's %1.15g did not read back as
 * the same double or %1.17g was longer than needed. */
#include "report.h"

#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/dtoa.h"
#include "../common/numfmt.h"

#if defined(__SSE2__) && defined(__GNUC__)
#define BLOCK_SCAN 1          /* strings are scanned 16 bytes a step */
#include <emmintrin.h>
#endif

/* A decimal as dtoa.h describes it, with its sign. */
typedef struct decimal {
    char d[DTOA_MAX_DIGITS + 1];
    int n, e10;
    bool neg;
} decimal;

static void decimal_of(double v, decimal *x)
{
    x->n = dtoa_shortest(v, x->d, &x->e10);
    x->neg = v < 0;
}

static const double pow10_tab[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* The normalised value: ingest computes it as value * 10^s (the unit's
 * scale), so its exact decimal is the value's digits with the point moved
 * s places.  Falls back to the shortest digits of norm otherwise. */
static void norm_decimal(const ingest_claim *c, const decimal *value, decimal *x)
{
    if (c->value != 0 && c->norm_value != 0 && isfinite(c->norm_value)) {
        int be;
        frexp(c->norm_value / c->value, &be);
        for (int s = (int)((be - 1) * 0.30103); s >= 0 && s <= 22 && s <= (int)(be * 0.30103) + 1; s++)
            if (c->value * pow10_tab[s] == c->norm_value) {
                *x = *value;
                x->e10 += s;
                return;
            }
    }
    decimal_of(c->norm_value, x);
}

/* 10^-k rounded to the nearest double, as strtod reads "1e-k". */
static const double pow10_neg[23] = {
    1e0, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9, 1e-10, 1e-11,
    1e-12, 1e-13, 1e-14, 1e-15, 1e-16, 1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22
};

/* A resolution is a power of ten computed by pow() or by repeated division;
 * it is printed as that power when it lies within two ulps of it.  Most
 * are that power's double exactly (0.1, 1, 100): "1" at once. */
static void resolution_decimal(double r, decimal *x)
{
    if (r > 0 && r < 1) {
        for (int k = 1; k <= 22 && pow10_neg[k] >= r; k++)
            if (pow10_neg[k] == r) {
                x->d[0] = '1';
                x->n = 1;
                x->e10 = -k;
                x->neg = false;
                return;
            }
    }
    decimal_of(r, x);
    if (x->n > 15 && r > 0) {
        for (int k = x->e10; k <= x->e10 + 1; k++) {
            char s[16];
            double p;
            snprintf(s, sizeof s, "1e%d", k);
            p = strtod(s, NULL);
            if (fabs(p - r) <= 2 * DBL_EPSILON * r) {
                x->d[0] = '1';
                x->n = 1;
                x->e10 = k;
                return;
            }
        }
    }
}

/* ---- JSON Lines ---- */

/* Bytes a JSON string must escape: control characters, '"' and '\\'. */
static const unsigned char json_special[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* Bytes that make a CSV field quoted: ',', '"', CR and LF (and NUL, which
 * ends a name: see put_cname). */
static const unsigned char csv_special[256] = {
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
};

/* How many bytes at the start of s[0..n) are plain: none of them is a
 * byte special[] marks.  Sixteen bytes a step where SSE2 is there (every
 * x86-64), each block copied to dst as it is tested: a string is scanned
 * and copied in one pass.  dst must have room for n bytes; bytes of dst
 * past the returned count may have been written and mean nothing. */
#ifdef BLOCK_SCAN
/* The bytes of block v that need escaping in JSON: below 0x20, '"', '\\'. */
static inline unsigned json_hits(__m128i v)
{
    __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
    __m128i q = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    __m128i bs = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(ctl, _mm_or_si128(q, bs)));
}

/* The bytes of block v that make a CSV field quoted: ',', '"', CR, LF. */
static inline unsigned csv_hits(__m128i v)
{
    __m128i a = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
    __m128i b = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    return (unsigned)_mm_movemask_epi8(_mm_or_si128(a, b));
}
#endif

static size_t copy_plain(char *dst, const char *s, size_t n, const unsigned char special[256],
                         bool csv)
{
    size_t k = 0;

#ifdef BLOCK_SCAN
    __m128i v;
    unsigned m;

    if (n < 16) {
        /* a short string (a name, a unit): byte by byte */
        while (k < n && !special[(unsigned char)s[k]]) {
            dst[k] = s[k];
            k++;
        }
        return k;
    }
    for (; k + 16 <= n; k += 16) {
        v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
        m = csv ? csv_hits(v) : json_hits(v);
        _mm_storeu_si128((__m128i *)(void *)(dst + k), v);
        if (m)
            return k + (size_t)__builtin_ctz(m);
    }
    if (k == n)
        return n;
    /* the tail: the last 16 bytes, less those already seen */
    v = _mm_loadu_si128((const __m128i *)(const void *)(s + n - 16));
    m = (csv ? csv_hits(v) : json_hits(v)) >> (k - (n - 16));
    _mm_storeu_si128((__m128i *)(void *)(dst + n - 16), v);
    return m ? k + (size_t)__builtin_ctz(m) : n;
#else
    (void)csv;
    while (k < n && !special[(unsigned char)s[k]]) {
        dst[k] = s[k];
        k++;
    }
    return k;
#endif
}

/* Stores s[0..n) (n = strlen(s)) as a JSON string with cJSON's escapes (\b
 * \f \n \r \t, \" and \\, other control characters as \u00xx; everything
 * else as it is). */
static char *put_jstrn(char *p, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";

    *p++ = '"';
    for (;;) {
        size_t k = copy_plain(p, s, n, json_special, false);
        p += k;
        s += k;
        n -= k;
        if (!n)
            break;
        *p++ = '\\';
        switch (*s) {
        case '"':  *p++ = '"'; break;
        case '\\': *p++ = '\\'; break;
        case '\b': *p++ = 'b'; break;
        case '\f': *p++ = 'f'; break;
        case '\n': *p++ = 'n'; break;
        case '\r': *p++ = 'r'; break;
        case '\t': *p++ = 't'; break;
        default:
            memcpy(p, "u00", 3);
            p[3] = hex[(unsigned char)*s >> 4];
            p[4] = hex[*s & 15];
            p += 5;
        }
        s++;
        n--;
    }
    *p++ = '"';
    return p;
}

/* A name from the library's tables (kind, qualifier, basis...) as a JSON
 * string: copied up to its NUL with no length measured first, escaped as
 * any string is should it ever hold a special byte. */
static char *put_jname(char *p, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;

    *p = '"';
    while (!json_special[u[k]]) {
        p[k + 1] = s[k];
        k++;
    }
    if (s[k])
        return put_jstrn(p, s, strlen(s));
    p[k + 1] = '"';
    return p + k + 2;
}

static char *put_lit(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

#define LIT(p, s) put_lit(p, s, sizeof s - 1)

static char *put_bool(char *p, bool b)
{
    return b ? LIT(p, "true") : LIT(p, "false");
}

static char *put_jnum(char *p, double v)
{
    return p + dtoa_json(p, v);
}

static char *put_int(char *p, long long v);

/* A whole number (year, line, column, byte) as dtoa_json would print it:
 * its digits, below 1e15 where %g keeps them all. */
static char *put_jint(char *p, long long v)
{
    if (v > -1000000000000000LL && v < 1000000000000000LL)
        return put_int(p, v);
    return put_jnum(p, (double)v);
}

/* A decimal as a JSON number, as dtoa_json lays out v (whose digits these
 * are): whole numbers in the range of int as integers. */
static char *put_jdec(char *p, double v, const decimal *x)
{
    if (!isfinite(v))
        return LIT(p, "null");
    if (v >= -2147483648.0 && v <= 2147483647.0 && v == (double)(long long)v)
        return put_int(p, (long long)v);
    return p + dtoa_layout_g(p, x->neg, x->d, x->n, x->e10, x->n <= 15 ? 15 : 17);
}

static size_t slen(const char *s)
{
    return s ? strlen(s) : 0;
}

/* The lengths of a claim's own strings, measured once a claim: the bound
 * below and the writers use them. */
typedef struct lens {
    size_t indicator, unit, norm_unit, of, file, sentence;
} lens;

/* Measures c's strings and reserves what the claim may need at most: every
 * string escaped as \u00XX (6 bytes a byte), fixed text and numbers.
 * Returns 0, or -1 when out of memory or the size overflows. */
static int reserve_claim(buf *b, const ingest_claim *c, lens *l)
{
    size_t sum;

    l->indicator = slen(c->indicator);
    l->unit = slen(c->unit);
    l->norm_unit = slen(c->norm_unit);
    l->of = slen(c->of);
    l->file = slen(c->source.file);
    l->sentence = slen(c->source.sentence);
    sum = l->indicator + l->unit + l->norm_unit + l->of + l->file + l->sentence;
    if (sum > (SIZE_MAX - 1024) / 6)
        return -1;
    return buf_reserve(b, 6 * sum + 1024);
}

int report_claim_jsonl(buf *b, const ingest_claim *c)
{
    decimal value, norm, res;
    char part[16];
    lens l;
    char *p;

    if (reserve_claim(b, c, &l) != 0)
        return -1;
    decimal_of(c->value, &value);
    norm_decimal(c, &value, &norm);
    resolution_decimal(c->resolution, &res);
    p = b->data + b->len;
    p = LIT(p, "{\"indicator\":");
    p = put_jstrn(p, c->indicator ? c->indicator : "", l.indicator);
    p = LIT(p, ",\"kind\":");
    p = put_jname(p, ingest_kind_name(c->kind));
    p = LIT(p, ",\"year\":");
    p = c->year ? put_jint(p, c->year) : LIT(p, "null");
    p = LIT(p, ",\"year_inferred\":");
    p = put_bool(p, c->year_inferred);
    p = LIT(p, ",\"period\":");
    if (c->period_from || c->period_to) {
        *p++ = '[';
        p = put_jint(p, c->period_from);
        *p++ = ',';
        p = put_jint(p, c->period_to);
        *p++ = ']';
    } else {
        p = LIT(p, "null");
    }
    p = LIT(p, ",\"period_inferred\":");
    p = put_bool(p, c->period_inferred);
    p = LIT(p, ",\"value\":");
    p = put_jdec(p, c->value, &value);
    p = LIT(p, ",\"unit\":");
    p = put_jstrn(p, c->unit ? c->unit : "", l.unit);
    p = LIT(p, ",\"resolution\":");
    p = put_jdec(p, c->resolution, &res);
    p = LIT(p, ",\"normalized\":{\"value\":");
    p = put_jdec(p, c->norm_value, &norm);
    p = LIT(p, ",\"unit\":");
    p = put_jstrn(p, c->norm_unit ? c->norm_unit : "", l.norm_unit);
    p = LIT(p, "},\"qualifier\":");
    p = put_jname(p, ingest_qualifier_name(c->qualifier));
    p = LIT(p, ",\"estimated\":");
    p = put_bool(p, c->estimated);
    p = LIT(p, ",\"target\":");
    p = put_bool(p, c->target);
    p = LIT(p, ",\"cumulative\":");
    p = put_bool(p, c->cumulative);
    p = LIT(p, ",\"basis\":");
    p = put_jname(p, ingest_basis_name(c->basis));
    p = LIT(p, ",\"of\":");
    p = c->of ? put_jstrn(p, c->of, l.of) : LIT(p, "null");
    p = LIT(p, ",\"value_high\":");
    p = c->ranged ? put_jnum(p, c->value_high) : LIT(p, "null");
    p = LIT(p, ",\"part\":");
    ingest_part_name(c->month_from, c->month_to, part);
    p = part[0] ? put_jname(p, part) : LIT(p, "null");
    p = LIT(p, ",\"lang\":");
    p = put_jname(p, ingest_lang_name(c->lang));
    p = LIT(p, ",\"time_source\":");
    p = put_jname(p, ingest_time_source_name(c->time_source));
    p = LIT(p, ",\"source\":{\"file\":");
    p = put_jstrn(p, c->source.file ? c->source.file : "", l.file);
    p = LIT(p, ",\"line\":");
    p = put_jint(p, c->source.line);
    p = LIT(p, ",\"column\":");
    p = put_jint(p, c->source.column);
    p = LIT(p, ",\"byte\":");
    p = put_jint(p, c->source.byte);
    p = LIT(p, ",\"sentence\":");
    p = put_jstrn(p, c->source.sentence ? c->source.sentence : "", l.sentence);
    p = LIT(p, "}}\n");
    b->len = (size_t)(p - b->data);
    b->data[b->len] = '\0';
    return 0;
}

int report_claims_jsonl(buf *b, const ingest_claims *claims)
{
    for (size_t i = 0; i < claims->count; i++)
        if (report_claim_jsonl(b, &claims->items[i]) != 0)
            return -1;
    return 0;
}

/* ---- CSV ---- */

static const char csv_header[] =
    "indicator,kind,year,year_inferred,period_from,period_to,period_inferred,value,unit,"
    "resolution,normalized_value,normalized_unit,qualifier,estimated,target,cumulative,"
    "basis,of,value_high,part,lang,time_source,source_file,source_line,source_column,source_byte,source_sentence\r\n";

int report_claims_csv_header(buf *b)
{
    return buf_append(b, csv_header, sizeof csv_header - 1);
}

/* Stores s[0..n) (n = strlen(s); s NULL for nothing) as one CSV field
 * (common/csv.h's rule): quoted when it holds a comma, a quote, CR or LF,
 * with each quote doubled. */
static char *put_cstrn(char *p, const char *s, size_t n)
{
    size_t k;

    if (!s)
        return p;
    k = copy_plain(p, s, n, csv_special, true);
    if (k == n)
        return p + n;
    *p++ = '"';
    for (;;) {
        const char *q = memchr(s, '"', n);
        k = q ? (size_t)(q - s) + 1 : n;
        p = put_lit(p, s, k);
        if (!q)
            break;
        *p++ = '"';
        s += k;
        n -= k;
    }
    *p++ = '"';
    return p;
}

/* A name from the library's tables as a CSV field: copied up to its NUL,
 * quoted as any field is should it ever need it. */
static char *put_cname(char *p, const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = 0;

    while (!csv_special[u[k]]) {
        p[k] = s[k];
        k++;
    }
    return s[k] ? put_cstrn(p, s, strlen(s)) : p + k;
}

/* "00" "01" ... "99": two digits a step. */
static const char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* v's digits, two a step from the last into the end of a scratch block,
 * then the block's last 20 bytes stored at once: the caller's room (the
 * claim's reserve) takes the bytes past the digits, which mean nothing. */
static char *put_int(char *p, long long v)
{
    char tmp[48];
    char *e = tmp + 24, *q = e;
    unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;

    if (v < 0)
        *p++ = '-';
    while (u >= 100) {
        unsigned d = (unsigned)(u % 100);
        u /= 100;
        q -= 2;
        memcpy(q, two_digits + 2 * d, 2);
    }
    if (u >= 10) {
        q -= 2;
        memcpy(q, two_digits + 2 * u, 2);
    } else {
        *--q = (char)('0' + u);
    }
    memcpy(p, q, 20);
    return p + (e - q);
}

/* numfmt(v, digits) (common/numfmt.h) from v's decimal x: the same layout,
 * but the digits are the decimal's, so a figure prints as written where
 * %.10f showed the binary value's noise (1234567.1 was 1234567.1000000001,
 * its 亿元 in 元 123456710000000.015625).  numfmt itself where it rounds: a
 * decimal with more places than digits, or more significant digits than
 * %g keeps. */
static char *put_numfmt(char *p, double v, int digits, const decimal *x)
{
    char tmp[64];
    double a = fabs(v);

    if (!isfinite(v))
        return LIT(p, "n/a");
    if (a >= 1e15 || (v != 0 && a < 1e-6)) {
        if (x->n <= digits + 1)
            return p + dtoa_layout_g(p, x->neg, x->d, x->n, x->e10, digits + 1);
    } else if (x->n - 1 - x->e10 <= digits) {
        return p + dtoa_layout_f(p, x->neg && v != 0, x->d, x->n, x->e10);
    }
    numfmt(tmp, v, digits);
    return put_lit(p, tmp, strlen(tmp));
}

static char *put_flag(char *p, bool b)
{
    return b ? LIT(p, ",true") : LIT(p, ",false");
}

int report_claim_csv(buf *b, const ingest_claim *c)
{
    decimal value, norm, res;
    char part[16];
    lens l;
    char *p;

    if (reserve_claim(b, c, &l) != 0)
        return -1;
    decimal_of(c->value, &value);
    norm_decimal(c, &value, &norm);
    resolution_decimal(c->resolution, &res);
    p = b->data + b->len;
    p = put_cstrn(p, c->indicator, l.indicator);
    *p++ = ',';
    p = put_cname(p, ingest_kind_name(c->kind));
    *p++ = ',';
    if (c->year)
        p = put_int(p, c->year);
    p = put_flag(p, c->year_inferred);
    *p++ = ',';
    if (c->period_from || c->period_to) {
        p = put_int(p, c->period_from);
        *p++ = ',';
        p = put_int(p, c->period_to);
    } else {
        *p++ = ',';
    }
    p = put_flag(p, c->period_inferred);
    *p++ = ',';
    p = put_numfmt(p, c->value, 10, &value);
    *p++ = ',';
    p = put_cstrn(p, c->unit, l.unit);
    *p++ = ',';
    p = put_numfmt(p, c->resolution, 10, &res);
    *p++ = ',';
    p = put_numfmt(p, c->norm_value, 6, &norm);
    *p++ = ',';
    p = put_cstrn(p, c->norm_unit, l.norm_unit);
    *p++ = ',';
    p = put_cname(p, ingest_qualifier_name(c->qualifier));
    p = put_flag(p, c->estimated);
    p = put_flag(p, c->target);
    p = put_flag(p, c->cumulative);
    *p++ = ',';
    p = put_cname(p, ingest_basis_name(c->basis));
    *p++ = ',';
    p = put_cstrn(p, c->of, l.of);
    *p++ = ',';
    if (c->ranged)
        p = put_jnum(p, c->value_high);
    *p++ = ',';
    p = put_cname(p, ingest_part_name(c->month_from, c->month_to, part));
    *p++ = ',';
    p = put_cname(p, ingest_lang_name(c->lang));
    *p++ = ',';
    p = put_cname(p, ingest_time_source_name(c->time_source));
    *p++ = ',';
    p = put_cstrn(p, c->source.file, l.file);
    *p++ = ',';
    p = put_int(p, c->source.line);
    *p++ = ',';
    p = put_int(p, c->source.column);
    *p++ = ',';
    p = put_int(p, c->source.byte);
    *p++ = ',';
    p = put_cstrn(p, c->source.sentence, l.sentence);
    p = LIT(p, "\r\n");
    b->len = (size_t)(p - b->data);
    b->data[b->len] = '\0';
    return 0;
}

int report_claims_csv(buf *b, const ingest_claims *claims)
{
    if (report_claims_csv_header(b) != 0)
        return -1;
    for (size_t i = 0; i < claims->count; i++)
        if (report_claim_csv(b, &claims->items[i]) != 0)
            return -1;
    return 0;
}

/* ---- JSON array (a tree: indented output, small inputs) ---- */

int report_claims_json(buf *b, const ingest_claims *claims)
{
    cJSON *arr = cJSON_CreateArray();
    char *s;
    int rc;

    if (!arr)
        return -1;
    for (size_t i = 0; i < claims->count; i++) {
        cJSON *o = ingest_claim_json(&claims->items[i]);
        if (!o || !cJSON_AddItemToArray(arr, o)) {
            cJSON_Delete(o);
            cJSON_Delete(arr);
            return -1;
        }
    }
    s = cJSON_Print(arr);
    cJSON_Delete(arr);
    if (!s)
        return -1;
    rc = buf_puts(b, s) | buf_putc(b, '\n');
    cJSON_free(s);
    return rc ? -1 : 0;
}
