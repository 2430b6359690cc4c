/* amount.c -- numbers and units as Chinese reports write them.
 *
 * A figure is a number (Arabic "5,908.5", Chinese "两万三千", "八点五", a
 * fraction "三分之一" or "百分之八点五"), an optional 多/余, and a unit made of
 * an optional scale (万, 亿, 万亿, 千, 百万 ...) and a base (元, 人, 件, %,
 * 百分点 ...).  The value is kept as written and its scale is applied only to
 * norm_value, so "3.4万亿元" is 3.4 in 万亿元 and 3.4e12 元.  Resolution is
 * the place value of the last written significant digit; an integer ending in
 * two or more zeros is read as rounded to its last non-zero digit (9500 -> 100,
 * 1000 -> 1000) while one zero is taken as written (10 -> 1, 2960 -> 1). */
#include "ingest_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* at() for a string literal: the length is a constant, so the compiler
 * turns the comparison into a few loads instead of a memcmp call. */
#define AT(s, n, lit) ((n) >= sizeof(lit) - 1 && memcmp((s), (lit), sizeof(lit) - 1) == 0)

/* Longer numbers are not figures but noise (serials, a 1,000-digit run). */
#define MAX_DIGITS 24

/* A word of a table with its length, so that matching does not measure
 * strings: the tables below are scanned for every figure. */
typedef struct word {
    const char *s;
    size_t n;       /* strlen(s) */
} word;

#define W(lit) { lit, sizeof(lit) - 1 }

/* Does s[0..n) start with w?  The last byte of the word's character goes
 * first: lead bytes of ideographs take few values, last bytes 64. */
static bool starts(const char *s, size_t n, const word *w)
{
    if (n < w->n || s[w->n - 1] != w->s[w->n - 1])
        return false;
    for (size_t i = 0; i + 1 < w->n; i++)
        if (s[i] != w->s[i])
            return false;
    return true;
}

int ingest_cn_digit(const char *s, size_t n, size_t *len)
{
    uint32_t cp;

    if (n < 3 || ((unsigned char)s[0] & 0xF0) != 0xE0)
        return -1;
    cp = ((uint32_t)((unsigned char)s[0] & 0x0Fu) << 12)
       | ((uint32_t)((unsigned char)s[1] & 0x3Fu) << 6) | ((unsigned char)s[2] & 0x3Fu);
    *len = 3;
    switch (cp) {
    case 0x96F6: case 0x3007: return 0;     /* 零 〇 */
    case 0x4E00: return 1;                  /* 一 */
    case 0x4E8C: case 0x4E24: return 2;     /* 二 两 */
    case 0x4E09: return 3;                  /* 三 */
    case 0x56DB: return 4;                  /* 四 */
    case 0x4E94: return 5;                  /* 五 */
    case 0x516D: return 6;                  /* 六 */
    case 0x4E03: return 7;                  /* 七 */
    case 0x516B: return 8;                  /* 八 */
    case 0x4E5D: return 9;                  /* 九 */
    default: return -1;
    }
}

/* The place multipliers inside a Chinese numeral: 十, 百, 千 (within a
 * section), 万 and 亿 (section scales).  Returns the multiplier or 0. */
static double cn_place(const char *s, size_t n)
{
    if (AT(s, n, "十")) return 10;
    if (AT(s, n, "百")) return 100;
    if (AT(s, n, "千")) return 1000;
    if (AT(s, n, "万")) return 1e4;
    if (AT(s, n, "亿")) return 1e8;
    return 0;
}

bool ingest_is_numeral_start(const char *s, size_t n)
{
    size_t len;

    if (n == 0)
        return false;
    if (s[0] >= '0' && s[0] <= '9')
        return true;
    if (ingest_cn_digit(s, n, &len) >= 0 && !AT(s, n, "〇"))
        return true;
    return AT(s, n, "十") || AT(s, n, "百分之");
}

/* Parses Arabic digits with optional thousands groups and decimals.
 * Sets *res and *text_len; returns GC_OK, GC_EINVAL or GC_ERANGE. */
static int parse_arabic(const char *s, size_t n, double *v, double *res, size_t *used)
{
    char digits[MAX_DIGITS + 2];
    size_t i = 0, nd = 0, int_digits = 0, frac = 0, zeros = 0;
    bool dot = false;

    while (i < n) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (nd >= MAX_DIGITS)
                return GC_ERANGE;
            digits[nd++] = c;
            if (dot)
                frac++;
            else
                int_digits++;
            zeros = c == '0' ? zeros + 1 : 0;
            i++;
        } else if (c == ',' && !dot && int_digits > 0 && ingest_thousands_group(s + i, n - i)) {
            i++;
        } else if (c == '.' && !dot && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
            if (nd >= MAX_DIGITS)
                return GC_ERANGE;
            digits[nd++] = '.';
            dot = true;
            i++;
        } else {
            break;
        }
    }
    if (int_digits == 0)
        return GC_EINVAL;
    digits[nd] = '\0';
    *v = ingest_strtod_c(digits);
    if (dot)
        *res = pow(10, -(double)frac);
    else
        *res = zeros >= 2 ? pow(10, (double)zeros) : 1;
    *used = i;
    return isfinite(*v) ? GC_OK : GC_ERANGE;
}

bool ingest_thousands_group(const char *s, size_t n)
{
    /* s[0] is ',' and exactly three digits follow, then no digit. */
    if (n < 4 || s[0] != ',')
        return false;
    for (int k = 1; k <= 3; k++)
        if (s[k] < '0' || s[k] > '9')
            return false;
    return n == 4 || s[4] < '0' || s[4] > '9';
}

/* Parses a Chinese integer numeral (一万二千, 两千三百, 十五, 三百零五).  The
 * trailing scale characters 万/亿 that end the numeral are left unread so
 * that they join the unit as with Arabic figures ("一万亿元" is 1 万亿元).
 * Returns GC_OK with the value, resolution and bytes read, GC_EINVAL when
 * there is no numeral, GC_ERANGE for repeated scales (亿亿). */
static int parse_cn_int(const char *s, size_t n, double *v, double *res, size_t *used)
{
    double total = 0, section = 0, digit = -1, sec_res = 1, res_total = 1, prev = 0;
    size_t i = 0, end = 0, len;

    while (i < n) {
        int d = ingest_cn_digit(s + i, n - i, &len);
        double place, next;
        bool more;
        if (d >= 0) {
            if (digit > 0)
                break;          /* two digits in a row: not one numeral */
            digit = d;
            i += len;
            end = i;
            continue;
        }
        place = cn_place(s + i, n - i);
        if (place == 0)
            break;
        if (place < 1e4) {
            section += (digit >= 0 ? (digit > 0 ? digit : 0) : 1) * place;
            if (digit == 0)
                break;          /* 零十 is not a numeral */
            sec_res = place;
            digit = -1;
            i += 3;
            end = i;
            continue;
        }
        /* 万/亿: a scale that ends the numeral joins the unit, as in 1万亿 */
        next = cn_place(s + i + 3, n - i - 3);
        more = ingest_cn_digit(s + i + 3, n - i - 3, &len) >= 0 || (next > 0 && next < 1e4);
        if ((!more && prev == 0) || end == 0)
            break;
        if (prev != 0 && place == prev)
            return GC_ERANGE;   /* 亿亿 */
        section += digit > 0 ? digit : 0;
        res_total = (digit > 0 ? 1 : sec_res) * place;
        total = (prev == 0 || place > prev) ? (total + section) * place : total + section * place;
        prev = place;
        section = 0;
        sec_res = 1;
        digit = -1;
        i += 3;
        end = i;
    }
    if (end == 0)
        return GC_EINVAL;
    if (digit > 0)
        *res = 1;
    else if (section > 0)
        *res = sec_res;
    else
        *res = res_total;
    *v = total + section + (digit > 0 ? digit : 0);
    *used = end;
    /* Alternating scales (百亿千万亿...) multiply without bound; no report
     * states a figure that large. */
    if (!isfinite(*v) || *v > 1e30)
        return GC_ERANGE;
    return GC_OK;
}

/* Decimal digits after 点 in a Chinese numeral (八点五 -> .5). */
static size_t parse_cn_frac(const char *s, size_t n, double *v, double *res)
{
    double scale = 0.1;
    size_t i = 0, len;
    int d;

    if (!AT(s, n, "点"))
        return 0;
    i = 3;
    while (i < n && (d = ingest_cn_digit(s + i, n - i, &len)) >= 0) {
        *v += d * scale;
        *res = scale;
        scale /= 10;
        i += len;
    }
    return i > 3 ? i : 0;
}

/* A number of either script; fills value, resolution and bytes read. */
static int parse_number(const char *s, size_t n, double *v, double *res, size_t *used)
{
    size_t k;
    int rc;

    if (n > 0 && s[0] >= '0' && s[0] <= '9')
        return parse_arabic(s, n, v, res, used);
    rc = parse_cn_int(s, n, v, res, used);
    if (rc != GC_OK) {
        /* "点五" alone is not a number; "零点五" is */
        return rc;
    }
    k = parse_cn_frac(s + *used, n - *used, v, res);
    *used += k;
    return GC_OK;
}

typedef struct scale_name {
    word name;
    double factor;
} scale_name;

/* Scales, longest first so that 万亿 wins over 万. */
static const scale_name scales[] = {
    { W("万亿"), 1e12 }, { W("千亿"), 1e11 }, { W("百亿"), 1e10 }, { W("十亿"), 1e9 },
    { W("亿"), 1e8 }, { W("千万"), 1e7 }, { W("百万"), 1e6 }, { W("十万"), 1e5 }, { W("万"), 1e4 },
};

/* Base units, longest first where one is a prefix of another.  norm is the
 * base unit a scaled amount is expressed in. */
typedef struct base_unit {
    word name;
    word norm;
} base_unit;

#define B(name, norm) { W(name), W(norm) }

static const base_unit bases[] = {
    B("个百分点", "百分点"), B("百分点", "百分点"), B("%", "%"),
    B("美元", "美元"), B("元", "元"), B("人次", "人次"), B("人", "人"),
    B("吨标准煤", "吨标准煤"), B("平方公里", "平方公里"), B("平方米", "平方米"), B("立方米", "立方米"),
    B("千瓦时", "千瓦时"), B("千瓦", "千瓦"), B("千米", "千米"), B("千克", "千克"),
    B("公顷", "公顷"), B("公里", "公里"), B("吨", "吨"), B("亩", "亩"),
    B("件", "件"), B("家", "家"), B("个", "个"), B("项", "项"), B("户", "户"),
    B("套", "套"), B("名", "名"), B("所", "所"), B("处", "处"), B("条", "条"),
    B("台", "台"), B("辆", "辆"), B("部", "部"), B("份", "份"), B("张", "张"),
    B("座", "座"), B("栋", "栋"), B("米", "米"), B("倍", "倍"), B("微克/立方米", "微克/立方米"),
};

/* Denominators of compound units (万元/人). */
static const word per[] = {
    W("人"), W("月"), W("年"), W("平方米"), W("户"), W("吨"), W("天"), W("小时"),
};

/* Matches a base unit, and a "/denominator" after it, at s.  Returns the
 * bytes matched (0 if none) and the entry. */
static size_t match_base(const char *s, size_t n, const base_unit **out)
{
    for (size_t i = 0; i < sizeof bases / sizeof bases[0]; i++) {
        size_t k = bases[i].name.n;
        if (starts(s, n, &bases[i].name)) {
            *out = &bases[i];
            if (k < n && s[k] == '/')
                for (size_t j = 0; j < sizeof per / sizeof per[0]; j++)
                    if (starts(s + k + 1, n - k - 1, &per[j]))
                        return k + 1 + per[j].n;
            return k;
        }
    }
    return 0;
}

/* Reads the unit at s into out (unit, norm_unit, the scale factor). */
static int parse_unit(const char *s, size_t n, ingest_amount *out, double *factor)
{
    const base_unit *b = NULL;
    size_t i = 0, k;

    *factor = 1;
    for (size_t j = 0; j < sizeof scales / sizeof scales[0]; j++)
        if (starts(s, n, &scales[j].name)) {
            /* 千瓦 and 千米 are units of their own, not 千 x 瓦 */
            i = scales[j].name.n;
            *factor = scales[j].factor;
            break;
        }
    if (i > 0 && (AT(s + i, n - i, "亿") || AT(s + i, n - i, "万亿")))
        return GC_ERANGE;   /* 亿亿, 万亿亿: no report means that */
    if (i > 0 && !out->approx_suffix && (AT(s + i, n - i, "多") || AT(s + i, n - i, "余"))) {
        /* 10万余辆: the 余 sits between the scale and the base; it is kept
         * out of the unit */
        size_t j = i + 3;
        k = match_base(s + j, n - j, &b);
        if (k > 0) {
            out->approx_suffix = true;
            if (i + k >= sizeof out->unit)
                return GC_ERANGE;
            memcpy(out->unit, s, i);
            memcpy(out->unit + i, s + j, k);
            out->unit[i + k] = '\0';
            snprintf(out->norm_unit, sizeof out->norm_unit, "%s", b->norm.s);
            out->length += j + k;
            return GC_OK;
        }
    }
    k = match_base(s + i, n - i, &b);
    if (i + k >= sizeof out->unit)
        return GC_ERANGE;
    memcpy(out->unit, s, i + k);
    out->unit[i + k] = '\0';
    out->norm_unit[0] = '\0';
    if (b) {
        size_t name = b->name.n, base = b->norm.n;
        /* the base and any "/denominator" that followed it */
        memcpy(out->norm_unit, b->norm.s, base);
        memcpy(out->norm_unit + base, s + i + name, k - name);
        out->norm_unit[base + k - name] = '\0';
        if (!strcmp(b->norm.s, "百分点"))
            strcpy(out->unit, "百分点");
    }
    out->length += i + k;
    return GC_OK;
}

/* 三分之一 (a share, in %) and 百分之八点五 (a percentage). */
static int parse_fraction(const char *s, size_t n, ingest_amount *out)
{
    double den, num, r1, r2;
    size_t u1, u2;

    if (AT(s, n, "百分之")) {
        if (parse_number(s + 9, n - 9, &num, &r1, &u1) != GC_OK)
            return GC_EINVAL;
        out->value = out->norm_value = num;
        out->resolution = r1;
        out->length = 9 + u1;
        strcpy(out->unit, "%");
        strcpy(out->norm_unit, "%");
        return GC_OK;
    }
    if (parse_cn_int(s, n, &den, &r1, &u1) != GC_OK || !AT(s + u1, n - u1, "分之"))
        return GC_EINVAL;
    if (parse_cn_int(s + u1 + 6, n - u1 - 6, &num, &r2, &u2) != GC_OK || den <= 0)
        return GC_EINVAL;
    out->value = out->norm_value = 100 * num / den;
    out->resolution = 0;
    out->length = u1 + 6 + u2;
    strcpy(out->unit, "%");
    strcpy(out->norm_unit, "%");
    return GC_OK;
}

int ingest_parse_amount(const char *text, size_t n, ingest_amount *out)
{
    double factor;
    size_t used = 0;
    int rc;

    memset(out, 0, sizeof *out);
    if (n > 0 && (unsigned char)text[0] >= 0x80 && parse_fraction(text, n, out) == GC_OK)
        return GC_OK;
    rc = parse_number(text, n, &out->value, &out->resolution, &used);
    if (rc == GC_EINVAL && (AT(text, n, "万亿") || AT(text, n, "亿") || AT(text, n, "万"))) {
        /* 突破万亿元: a scale with no digit means one of it */
        out->value = 1;
        out->resolution = 1;
        used = 0;
        rc = GC_OK;
    }
    if (rc != GC_OK)
        return rc;
    out->length = used;
    if (AT(text + used, n - used, "多") || AT(text + used, n - used, "余")) {
        out->approx_suffix = true;
        out->length += 3;
    }
    rc = parse_unit(text + out->length, n - out->length, out, &factor);
    if (rc != GC_OK)
        return rc;
    if (out->length == 0)
        return GC_EINVAL;
    out->norm_value = out->value * factor;
    if (!isfinite(out->norm_value) || fabs(out->norm_value) > 1e30)
        return GC_ERANGE;
    return GC_OK;
}

double ingest_strtod_c(const char *digits)
{
    /* With at most 15 significant digits the mantissa and the power of ten
     * are exact doubles, so one division rounds correctly (Clinger's fast
     * path); longer figures fall back to strtod, whose syntax for plain
     * digits and a point is the same in every locale that uses '.'. */
    static const double pow10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
                                     1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
    double m = 0;
    int nd = 0, frac = -1;

    for (const char *p = digits; *p; p++) {
        if (*p == '.') {
            frac = 0;
            continue;
        }
        if (nd >= 15)
            return strtod(digits, NULL);
        m = m * 10 + (*p - '0');
        if (m != 0 || nd > 0)
            nd++;
        if (frac >= 0)
            frac++;
    }
    /* Zeros after the point that lead the figure (0.00002) are not
     * significant but still count in frac; past the table, strtod. */
    if (frac >= (int)(sizeof pow10 / sizeof pow10[0]))
        return strtod(digits, NULL);
    return frac > 0 ? m / pow10[frac] : m;
}
