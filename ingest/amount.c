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
#include <stdio.h>
#include <string.h>

#include "lexicon.h"
#include "text.h"

/* Longer numbers are not figures but noise (serials, a 1,000-digit run). */
#define MAX_DIGITS 24

/* The place multiplier of the character at s inside a Chinese numeral
 * (十, 百, 千 within a section; 万 and 亿, section scales), its length in
 * *len; 0 when s does not start with one. */
static double cn_place(const ingest_lexicon *lx, const char *s, size_t n, size_t *len)
{
    const lex_entry *e;

    *len = ingest_lex_at(lx, LEX_PLACE, s, n, &e);
    return *len ? e->num : 0;
}

bool ingest_is_numeral_start(const ingest_lexicon *lx, const char *s, size_t n)
{
    const lex_list *d = &lx->cls[LEX_DIGIT];
    const lex_entry *e;

    if (n == 0)
        return false;
    if (s[0] >= '0' && s[0] <= '9')
        return true;
    for (unsigned k = lex_first(d, s, n); k; k = lex_next(d, k)) {
        const lex_entry *w = &d->v[k - 1];
        if (starts_w(s, n, w)
            && (!(w->flags & LEXF_NO_START)     /* 〇 starts only 〇．五 (0.5) */
                || ingest_lex_at(lx, LEX_DECIMAL_POINT, s + w->n, n - w->n, NULL)))
            return true;
    }
    if (ingest_lex_at(lx, LEX_FIGURE_START, s, n, &e) && (e->flags & LEXF_NUMERAL))
        return true;
    return ingest_lex_at(lx, LEX_PERCENT_OF, s, n, NULL) > 0;
}

/* The powers of ten a resolution takes, written out rather than asked of
 * pow() for every figure: 10^0..10^22 are exact doubles, and the
 * negative ones the nearest doubles, which is what pow() gives (every one
 * checked equal with glibc). */
static const double ten_to[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
static const double ten_to_minus[] = { 1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8,
                                       1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16,
                                       1e-17, 1e-18, 1e-19, 1e-20, 1e-21, 1e-22, 1e-23, 1e-24 };

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
        } else if (c == '.' && !dot && i + 2 < n && s[i + 1] == '.' && s[i + 2] >= '0'
                   && s[i + 2] <= '9' && (i + 3 >= n || s[i + 3] != '.')) {
            /* 14..3%: a point typed twice, one decimal point to a reader */
            if (nd >= MAX_DIGITS)
                return GC_ERANGE;
            digits[nd++] = '.';
            dot = true;
            i += 2;
        } else {
            break;
        }
    }
    if (int_digits == 0)
        return GC_EINVAL;
    digits[nd] = '\0';
    *v = ingest_strtod_c(digits);
    if (dot)
        *res = frac < sizeof ten_to_minus / sizeof ten_to_minus[0] ? ten_to_minus[frac]
                                                                   : pow(10, -(double)frac);
    else
        *res = zeros < 2 ? 1 : zeros < sizeof ten_to / sizeof ten_to[0] ? ten_to[zeros]
                                                                         : pow(10, (double)zeros);
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

/* The largest section scale (万, 亿) read inside a Chinese numeral, at
 * bytes [at, at + len) of it; place 0 when none was. */
typedef struct cn_scale {
    double place;
    size_t at, len;
    bool closes;        /* the numeral ends on a section scale (九百六十一亿二千万),
                           not on a lower place (二百零三万八千) */
} cn_scale;

/* Parses a Chinese integer numeral (一万二千, 两千三百, 十五, 三百零五).  The
 * trailing scale characters 万/亿 that end the numeral are left unread so
 * that they join the unit as with Arabic figures ("一万亿元" is 1 万亿元);
 * one read inside it (九百六十一亿二千万) is noted in *top (may be NULL).
 * A place that is no power of ten (廿, 卅) stands for its tens (廿七 27).
 * Returns GC_OK with the value, resolution and bytes read, GC_EINVAL when
 * there is no numeral, GC_ERANGE for repeated scales (亿亿). */
static int parse_cn_int(const ingest_lexicon *lx, const char *s, size_t n, double *v, double *res,
                        size_t *used, cn_scale *top)
{
    double total = 0, section = 0, digit = -1, sec_res = 1, res_total = 1, prev = 0;
    size_t i = 0, end = 0, len, plen, nlen;
    cn_scale first = { 0, 0, 0, false };

    while (i < n) {
        int d = ingest_lex_digit(lx, s + i, n - i, &len);
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
        place = cn_place(lx, s + i, n - i, &plen);
        if (place == 0)
            break;
        if (place < 1e4) {
            section += (digit >= 0 ? (digit > 0 ? digit : 0) : 1) * place;
            if (digit == 0)
                break;          /* 零十 is not a numeral */
            sec_res = place == 20 || place == 30 ? 10 : place;
            digit = -1;
            i += plen;
            end = i;
            continue;
        }
        /* 万/亿: a scale that ends the numeral joins the unit, as in 1万亿 */
        next = cn_place(lx, s + i + plen, n - i - plen, &nlen);
        more = ingest_lex_digit(lx, s + i + plen, n - i - plen, &len) >= 0
               || (next > 0 && next < 1e4);
        if ((!more && prev == 0) || end == 0)
            break;
        if (prev != 0 && place == prev)
            return GC_ERANGE;   /* 亿亿 */
        section += digit > 0 ? digit : 0;
        res_total = (digit > 0 ? 1 : sec_res) * place;
        total = (prev == 0 || place > prev) ? (total + section) * place : total + section * place;
        if (place > first.place)
            first = (cn_scale){ place, i, plen, false };
        prev = place;
        section = 0;
        sec_res = 1;
        digit = -1;
        i += plen;
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
    first.closes = first.place > 0 && section == 0 && digit < 0;
    if (top)
        *top = first;
    /* Alternating scales (百亿千万亿...) multiply without bound; no report
     * states a figure that large. */
    if (!isfinite(*v) || *v > 1e30)
        return GC_ERANGE;
    return GC_OK;
}

/* Decimal digits after 点 in a Chinese numeral (八点五 -> .5).  The digits are
 * gathered as an integer and divided once, as strtod would read them, so that
 * 零点三 is 0.3 and 二点九一 2.91, not 0.30000000000000004 and 2.9099999999999997. */
static size_t parse_cn_frac(const ingest_lexicon *lx, const char *s, size_t n, double *v,
                            double *res)
{
    double digits = 0, scale = 1;
    size_t i, len, point;
    int d;

    if ((point = ingest_lex_at(lx, LEX_DECIMAL_POINT, s, n, NULL)) == 0)
        return 0;
    i = point;
    while (i < n && (d = ingest_lex_digit(lx, s + i, n - i, &len)) >= 0) {
        digits = digits * 10 + d;
        scale *= 10;
        i += len;
    }
    if (i == point)
        return 0;
    *v = (*v * scale + digits) / scale;
    *res = 1 / scale;
    return i;
}

/* A numeral written digit by digit, as Taiwan's print press writes
 * figures (二八四．五億美元 is 284.5, 一六九四億元 1694, 〇．五％ 0.5): a
 * decimal point and a digit after them, or three digits or more before 万
 * or 亿, and no place (十, 百) after them.  Two digits alone stay two numbers (二三产业,
 * 七八成, 一两年 are no 23, 78, 12), as does 三四十 (thirty or forty).
 * Returns GC_OK with the value, resolution and bytes read, else GC_EINVAL. */
static int parse_cn_digits(const ingest_lexicon *lx, const char *s, size_t n, double *v,
                           double *res, size_t *used)
{
    double whole = 0, place;
    size_t i = 0, len, k = 0, frac;
    int d;

    while (i < n && k < 15 && (d = ingest_lex_digit(lx, s + i, n - i, &len)) >= 0) {
        whole = whole * 10 + d;
        i += len;
        k++;
    }
    place = cn_place(lx, s + i, n - i, &len);
    if (k == 0 || (place > 0 && place < 1e4))
        return GC_EINVAL;       /* 万 and 亿 after them join the unit (一六九四億元) */
    *v = whole;
    *res = 1;
    frac = parse_cn_frac(lx, s + i, n - i, v, res);
    if (frac == 0 && (k < 3 || place < 1e4))
        return GC_EINVAL;       /* 一二三四季度 and 七八九月份 list parts */
    *used = i + frac;
    return GC_OK;
}

/* A number of either script; fills value, resolution and bytes read. */
static int parse_number(const ingest_lexicon *lx, const char *s, size_t n, double *v, double *res,
                        size_t *used, cn_scale *top)
{
    size_t k;
    int rc;

    *top = (cn_scale){ 0, 0, 0, false };
    if (n > 0 && s[0] >= '0' && s[0] <= '9')
        return parse_arabic(s, n, v, res, used);
    if (parse_cn_digits(lx, s, n, v, res, used) == GC_OK)
        return GC_OK;
    rc = parse_cn_int(lx, s, n, v, res, used, top);
    if (rc != GC_OK) {
        /* "点五" alone is not a number; "零点五" is */
        return rc;
    }
    k = parse_cn_frac(lx, s + *used, n - *used, v, res);
    *used += k;
    return GC_OK;
}

/* Matches a base unit (the lexicon's units, longest first where one is a
 * prefix of another), and a "/denominator" after it, at s.  Returns the
 * bytes matched (0 if none) and the unit's row. */
static size_t match_base(const ingest_lexicon *lx, const char *s, size_t n, const lex_entry **out)
{
    const lex_list *bases = &lx->cls[LEX_UNIT], *per = &lx->cls[LEX_UNIT_PER];

    if (ingest_lex_at(lx, LEX_NOT_UNIT, s, n, NULL))
        return 0;               /* 600亿台阶: a noun, the figure keeps its scale */
    for (unsigned i = lex_first(bases, s, n); i; i = lex_next(bases, i)) {
        size_t k = bases->v[i - 1].n;
        if (starts_w(s, n, &bases->v[i - 1])) {
            *out = &bases->v[i - 1];
            if (k < n && s[k] == '/')
                for (size_t j = 0; j < per->n; j++)
                    if (starts_w(s + k + 1, n - k - 1, &per->v[j]))
                        return k + 1 + per->v[j].n;
            return k;
        }
    }
    return 0;
}

/* Reads the unit at s into out (unit, norm_unit, the scale factor). */
static int parse_unit(const ingest_lexicon *lx, const char *s, size_t n, ingest_amount *out,
                      double *factor)
{
    const lex_entry *b = NULL, *sc;
    size_t i, k, mark;

    /* 千瓦 and 千米 are units of their own, not 千 x 瓦: the first scale
     * that matches is taken, and the base looked for after it; a base that
     * starts with the scale's characters is the unit (兆瓦 a megawatt, not
     * 兆 x 瓦) */
    i = ingest_lex_at(lx, LEX_SCALE, s, n, &sc);
    if (i > 0 && match_base(lx, s, n, &b) > i)
        i = 0;
    b = NULL;
    *factor = i ? sc->num : 1;
    if (i > 0 && ingest_lex_at(lx, LEX_BARE_SCALE, s + i, n - i, NULL))
        return GC_ERANGE;   /* 亿亿, 万亿亿: no report means that */
    if (i > 0 && !out->approx_suffix
        && (mark = ingest_lex_at(lx, LEX_APPROX_SUFFIX, s + i, n - i, NULL)) > 0) {
        /* 10万余辆: the 余 sits between the scale and the base; it is kept
         * out of the unit */
        size_t j = i + mark;
        k = match_base(lx, s + j, n - j, &b);
        if (k > 0) {
            out->approx_suffix = true;
            if (i + k >= sizeof out->unit)
                return GC_ERANGE;
            memcpy(out->unit, s, i);
            memcpy(out->unit + i, s + j, k);
            out->unit[i + k] = '\0';
            snprintf(out->norm_unit, sizeof out->norm_unit, "%s", b->value);
            out->length += j + k;
            return GC_OK;
        }
    }
    k = match_base(lx, s + i, n - i, &b);
    if (b && (b->flags & LEXF_SCALED) && i == 0) {
        b = NULL;           /* 38度, 一块: a temperature, a word; no unit */
        k = 0;
    }
    if (i + k >= sizeof out->unit)
        return GC_ERANGE;
    memcpy(out->unit, s, i + k);
    out->unit[i + k] = '\0';
    out->norm_unit[0] = '\0';
    if (b) {
        size_t name = b->n, base = b->vn;
        /* the base and any "/denominator" that followed it */
        memcpy(out->norm_unit, b->value, base);
        memcpy(out->norm_unit + base, s + i + name, k - name);
        out->norm_unit[base + k - name] = '\0';
        if (b->flags & LEXF_POINTS)
            snprintf(out->unit, sizeof out->unit, "%s", b->value);
    }
    out->length += i + k;
    return GC_OK;
}

/* 三分之一 (a share, in %) and 百分之八点五 (a percentage). */
static int parse_fraction(const ingest_lexicon *lx, const char *s, size_t n, ingest_amount *out)
{
    double den, num, r1, r2;
    size_t u1, u2, w;
    cn_scale top;

    if ((w = ingest_lex_at(lx, LEX_PERCENT_OF, s, n, NULL)) > 0) {
        if (parse_number(lx, s + w, n - w, &num, &r1, &u1, &top) != GC_OK)
            return GC_EINVAL;
        out->value = out->norm_value = num;
        out->resolution = r1;
        out->length = w + u1;
        strcpy(out->unit, "%");
        strcpy(out->norm_unit, "%");
        return GC_OK;
    }
    if (parse_cn_int(lx, s, n, &den, &r1, &u1, NULL) != GC_OK
        || (w = ingest_lex_at(lx, LEX_FRACTION_OF, s + u1, n - u1, NULL)) == 0)
        return GC_EINVAL;
    if (parse_cn_int(lx, s + u1 + w, n - u1 - w, &num, &r2, &u2, NULL) != GC_OK || den <= 0)
        return GC_EINVAL;
    out->value = out->norm_value = 100 * num / den;
    out->resolution = 0;
    out->length = u1 + w + u2;
    strcpy(out->unit, "%");
    strcpy(out->norm_unit, "%");
    return GC_OK;
}

/* Bytes of a part of the next tenth at s[0..n) after 一成, 两成 (一成五: a
 * digit 1..9, one percent each; 两成半: a tenth-part word), with the percent
 * it adds in *pct; 0 when there is none.  The part must end the figure (the
 * text ends, or a mark, a Latin letter or a tenth-part-next word follows):
 * in 两成五年来 the 五 starts another number. */
static size_t tenth_part(const ingest_lexicon *lx, const char *s, size_t n, double *pct)
{
    const lex_entry *h;
    size_t len = 0;
    int d = ingest_lex_digit(lx, s, n, &len);
    double add = d;

    if (d < 1) {
        if ((len = ingest_lex_at(lx, LEX_TENTH_PART, s, n, &h)) == 0)
            return 0;
        add = h->num;
    }
    if (len < n && is_ideograph_lead((unsigned char)s[len])
        && !ingest_lex_at(lx, LEX_TENTH_PART_NEXT, s + len, n - len, NULL))
        return 0;
    *pct = add;
    return len;
}

/* 两成, 三成: tenths of a whole, read as a percentage (30%), when the number
 * before 成 is a whole number of tenths (1..10) and no idiom follows
 * (一成不变, 八成为).  One 成 is the place of the last digit: 三成 is 30 ± 5;
 * a part after it (一成五, 两成半) is read with its own place, 15 ± 0.5. */
static bool tenths(const ingest_lexicon *lx, const char *text, size_t n, size_t used,
                   ingest_amount *out)
{
    const lex_entry *t;
    size_t k, part;
    double pct = 0;

    if (used == 0 || out->value < 1 || out->value > 10 || out->value != floor(out->value)
        || (k = ingest_lex_at(lx, LEX_TENTH, text + used, n - used, &t)) == 0
        || ingest_lex_at(lx, LEX_TENTH_NOT_NEXT, text + used + k, n - used - k, NULL))
        return false;
    part = out->value < 10 ? tenth_part(lx, text + used + k, n - used - k, &pct) : 0;
    out->value = out->value * t->num + pct;
    out->norm_value = out->value;
    out->resolution = part ? out->resolution * t->num / 10 : out->resolution * t->num;
    out->length = used + k + part;
    strcpy(out->unit, "%");
    strcpy(out->norm_unit, "%");
    return true;
}

/* A scale, then a plain Arabic count of a smaller place, then that place
 * (16万7千人, 1,020万7千人, 1亿2000万元: Taiwan's news writes the remainder
 * this way): the bytes of the middle "7千" (0 if the text is not so), and
 * what it adds to the value counted in the first scale (0.7).  The middle
 * must stay below one of the first scale (16万17千 is no number). */
static size_t scale_remainder(const ingest_lexicon *lx, const char *s, size_t n, double *add,
                              double *res)
{
    const lex_entry *sc, *pl, *sc2;
    size_t i = ingest_lex_at(lx, LEX_SCALE, s, n, &sc), j, k, k2;
    double b = 0, place;

    if (i == 0 || i >= n || s[i] < '1' || s[i] > '9')
        return 0;
    for (j = i; j < n && j - i < 5 && s[j] >= '0' && s[j] <= '9'; j++)
        b = b * 10 + (s[j] - '0');
    if (j >= n || (s[j] >= '0' && s[j] <= '9'))
        return 0;
    k = ingest_lex_at(lx, LEX_PLACE, s + j, n - j, &pl);
    if (k == 0)
        return 0;
    place = pl->num;
    if ((k2 = ingest_lex_at(lx, LEX_SCALE, s + j + k, n - j - k, &sc2)) > 0) {
        place *= sc2->num;      /* 10亿5千万元: 5千万 is 0.5亿 */
        k += k2;
    }
    if (place >= sc->num || b * place >= sc->num)
        return 0;
    *add = b * place / sc->num;
    *res = place / sc->num;
    if (fmod(b, 100) == 0)      /* 1亿2000万: rounded, as an Arabic 2000 is */
        for (double t = b; fmod(t, 10) == 0; t /= 10)
            *res *= 10;
    return j + k - i;
}

/* A scale, then a plain Arabic remainder of two to four digits (to eight
 * after 亿), below one of the scale, and a base unit right after (2萬378美元, 4萬4181美元: Taiwan's
 * news writes a count so): one count in the base unit, 20378 美元, as a
 * reader reads it.  value is the whole number before the scale.  Returns
 * the bytes of the scale and the remainder (0 if the text is not so) and
 * the count in *count.  One digit (3万5) is left alone: spoken, it means
 * 3.5万. */
static size_t plain_remainder(const ingest_lexicon *lx, const char *s, size_t n, double value,
                              double *count)
{
    const lex_entry *sc, *b = NULL;
    size_t i = ingest_lex_at(lx, LEX_SCALE, s, n, &sc), j, places;
    double r = 0;

    if (i == 0 || i >= n || s[i] < '0' || s[i] > '9' || fmod(value, 1) != 0)
        return 0;
    places = sc->num >= 1e8 ? 8 : 4;    /* 亿 holds eight places below it */
    for (j = i; j < n && j - i <= places && s[j] >= '0' && s[j] <= '9'; j++)
        r = r * 10 + (s[j] - '0');
    if (j - i < 2 || j >= n || (s[j] >= '0' && s[j] <= '9') || s[j] == '.' || r >= sc->num)
        return 0;
    if (ingest_lex_at(lx, LEX_SCALE, s + j, n - j, NULL) || match_base(lx, s + j, n - j, &b) == 0
        || (b->flags & (LEXF_SCALED | LEXF_POINTS)))
        return 0;
    *count = value * sc->num + r;
    return j;
}

/* 2兆749億元, 3兆6,339億: a number across 兆 (a trillion, one character) and
 * 億 is one number in 億, the scale that closes it (20749 億元), as the sets
 * read Taiwan's sums, not a fraction of 兆.  Returns the bytes of 兆 and the
 * digits (0 if the text is not so; the 億 is left to the unit), the number
 * in 億 in *whole and its resolution in *res (head is the count before 兆). */
static size_t trillion_in_yi(const ingest_lexicon *lx, const char *s, size_t n, double head,
                             double *whole, double *res)
{
    const lex_entry *sc, *sc2;
    size_t i = ingest_lex_at(lx, LEX_SCALE, s, n, &sc), j;
    double low = 0;
    int digits = 0;

    if (i != CJK_BYTES || sc->num != 1e12)
        return 0;
    for (j = i; j < n && digits <= 4; j++) {
        if (s[j] == ',' && digits > 0 && ingest_thousands_group(s + j, n - j))
            continue;       /* 3兆6,339億 */
        if (!is_digit(s[j]))
            break;
        low = low * 10 + (s[j] - '0');
        digits++;
    }
    if (digits == 0 || digits > 4 || ingest_lex_at(lx, LEX_SCALE, s + j, n - j, &sc2) == 0
        || sc2->num != 1e8)
        return 0;
    *whole = head * 1e4 + low;
    *res = 1;
    if (fmod(low, 100) == 0)    /* 2兆500億: rounded, as an Arabic 500 is */
        for (double t = low; t > 0 && fmod(t, 10) == 0; t /= 10)
            *res *= 10;
    return j;
}

/* The unit of a figure whose scale has a remainder after it (16万7千人):
 * read as the scale and the base joined (万人), the remainder's bytes
 * counted as consumed. */
static int parse_unit_skipping(const ingest_lexicon *lx, const char *s, size_t n, size_t skip,
                               ingest_amount *out, double *factor)
{
    char joined[96];
    size_t i = ingest_lex_at(lx, LEX_SCALE, s, n, NULL), rest = n - i - skip;
    int rc;

    if (rest > sizeof joined - i)
        rest = sizeof joined - i;
    memcpy(joined, s, i);
    memcpy(joined + i, s + i + skip, rest);
    rc = parse_unit(lx, joined, i + rest, out, factor);
    out->length += skip;
    return rc;
}

/* A numeral with a section scale inside it, that ends on a section scale,
 * and none in its unit (九百六十一亿二千万元, 五十五億四千萬): one value in
 * its largest scale, as a reader says it (961.2 亿元), the scale joined to
 * the unit as written.  One that ends on a lower place (二百零三萬八千多人次,
 * 六十萬零四千三百) has no scale to close it: one number in its base unit
 * (2038000 人次), as Arabic lower digits after 万 are (4萬4181美元). */
static int in_top_scale(const char *text, const cn_scale *top, ingest_amount *out,
                        double *factor)
{
    char unit[sizeof out->unit];

    if (top->place == 0 || !top->closes || *factor != 1)
        return GC_OK;
    if (top->len + strlen(out->unit) >= sizeof unit)
        return GC_ERANGE;
    memcpy(unit, text + top->at, top->len);
    strcpy(unit + top->len, out->unit);
    strcpy(out->unit, unit);
    out->value /= top->place;
    out->resolution /= top->place;
    *factor = top->place;
    return GC_OK;
}

int ingest_amount_parse(const ingest_lexicon *lx, const char *text, size_t n, ingest_amount *out)
{
    double factor, add = 0, res = 0, whole = 0;
    size_t used = 0, mark, skip, lower;
    cn_scale top = { 0, 0, 0, false };
    bool bare;
    int rc;

    memset(out, 0, sizeof *out);
    if (n > 0 && (unsigned char)text[0] >= 0x80 && parse_fraction(lx, text, n, out) == GC_OK)
        return GC_OK;
    /* 突破千亿元大关: one of the scale (1 千亿元), not 千 x 亿 */
    bare = ingest_lex_at(lx, LEX_BARE_SCALE, text, n, NULL) > CJK_BYTES;
    rc = bare ? GC_EINVAL : parse_number(lx, text, n, &out->value, &out->resolution, &used, &top);
    if (rc == GC_EINVAL && (bare || cn_place(lx, text, n, &mark) >= 1e4)) {
        /* 突破万亿元: a scale (万, 亿) with no digit means one of it */
        out->value = 1;
        out->resolution = 1;
        used = 0;
        rc = GC_OK;
    }
    if (rc != GC_OK)
        return rc;
    if (tenths(lx, text, n, used, out))
        return GC_OK;
    out->length = used;
    if ((mark = ingest_lex_at(lx, LEX_APPROX_SUFFIX, text + used, n - used, NULL)) > 0) {
        out->approx_suffix = true;
        out->length += mark;
    }
    lower = top.place == 0 && is_digit(text[0]) && out->resolution >= 1 && !out->approx_suffix
            ? trillion_in_yi(lx, text + used, n - used, out->value, &whole, &res) : 0;
    skip = top.place == 0 && lower == 0
           ? scale_remainder(lx, text + out->length, n - out->length, &add, &res) : 0;
    if (lower > 0) {
        out->value = whole;     /* 2兆749億元: 20749 億元 */
        out->resolution = res;
        out->length += lower;
        rc = parse_unit(lx, text + out->length, n - out->length, out, &factor);
    } else if (skip == 0 && top.place == 0 && used > 0
        && (mark = plain_remainder(lx, text + out->length, n - out->length, out->value, &add)) > 0) {
        out->value = add;       /* 2萬378美元: 20378 美元 */
        out->resolution = 1;
        out->length += mark;
        rc = parse_unit(lx, text + out->length, n - out->length, out, &factor);
    } else if (skip > 0) {
        out->value += add;
        if (res < out->resolution)
            out->resolution = res;
        rc = parse_unit_skipping(lx, text + out->length, n - out->length, skip, out, &factor);
    } else {
        rc = parse_unit(lx, text + out->length, n - out->length, out, &factor);
    }
    if (rc == GC_OK && strcmp(out->norm_unit, "%") != 0)
        rc = in_top_scale(text, &top, out, &factor);
    if (rc != GC_OK)
        return rc;
    if (out->length == 0)
        return GC_EINVAL;
    /* 5G, 4K, 3D: a single digit before an ASCII unit names a thing */
    if (used == 1 && is_ascii_alpha(out->unit[0]))
        return GC_EINVAL;
    out->norm_value = out->value * factor;
    if (!isfinite(out->norm_value) || fabs(out->norm_value) > 1e30)
        return GC_ERANGE;
    return GC_OK;
}

int ingest_parse_amount(const char *text, size_t n, ingest_amount *out)
{
    return ingest_amount_parse(&ingest_lexicon_zh, text, n, out);
}

double ingest_strtod_c(const char *digits)
{
    /* With at most 15 significant digits the mantissa and the power of ten
     * are exact doubles (ten_to, above), so one division rounds correctly
     * (Clinger's fast path); longer figures fall back to strtod, whose syntax for plain
     * digits and a point is the same in every locale that uses '.'. */
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
     * significant but still count in frac; past 15, strtod. */
    if (frac > 15)
        return strtod(digits, NULL);
    return frac > 0 ? m / ten_to[frac] : m;
}
