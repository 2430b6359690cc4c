/* reference.c -- the data analysis judges against, beside the indicator
 * table: the rules that turn a written indicator name into its key
 * (analysis/names.tsv) and China's national GDP deflator and CPI by year
 * (analysis/deflator.tsv).
 *
 * A report writes one indicator many ways: 全市地區生產總值, 海淀区地区生产总值,
 * 地區生產(chǎn)總值.  Every rule that depends on the indicator (its price
 * basis, its role, its unit family) must see one key, so a name is folded to
 * simplified characters, its mojibake readings dropped, the words naming the
 * whole place (全市, 我县) and a leading place name stripped, and only then
 * looked up among the table's names and aliases. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Generated from analysis/names.tsv and analysis/deflator.tsv by tools/embed.sh. */
extern const char analysis_names_tsv[];
extern const char analysis_deflator_tsv[];

/* ---- lines and fields of the embedded tables ---- */

typedef struct field {
    const char *p;
    size_t n;
} field;

/* The next non-comment line's first three TAB-separated fields (missing ones
 * empty); false at the end. */
static bool next_row(const char **cur, field f[3])
{
    while (**cur) {
        const char *s = *cur, *nl = strchr(s, '\n');
        const char *end = nl ? nl : s + strlen(s);
        int k = 0;
        *cur = nl ? nl + 1 : end;
        if (end > s && end[-1] == '\r')
            end--;
        if (end == s || *s == '#')
            continue;
        for (k = 0; k < 3; k++)
            f[k].p = end, f[k].n = 0;
        for (k = 0; k < 3 && s <= end; k++) {
            const char *t = memchr(s, '\t', (size_t)(end - s));
            const char *stop = t ? t : end;
            f[k].p = s;
            f[k].n = (size_t)(stop - s);
            if (!t)
                break;
            s = t + 1;
        }
        return true;
    }
    return false;
}

static bool field_is(field f, const char *lit)
{
    return f.n == strlen(lit) && !memcmp(f.p, lit, f.n);
}

/* Bytes of the UTF-8 character starting with byte c (1 for a stray byte). */
static size_t char_len(unsigned char c)
{
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* ---- names ---- */

/* Whether the bracketed run s[0..n) holds Latin letters only (ASCII or the
 * accented Latin of a romanised reading: chǎn, GDP). */
static bool latin_only(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            i++;
            continue;
        }
        /* U+00C0..U+024F: two bytes, lead C3..C9 */
        if (c >= 0xC3 && c <= 0xC9 && i + 1 < n) {
            i += 2;
            continue;
        }
        return false;
    }
    return true;
}

/* The closing bracket of a garble rule opened by s (which starts with the
 * opening one), or NULL; *open_n gets the opener's length. */
static const char *garble_close(const char *s, size_t *open_n, size_t *close_n)
{
    const char *cur = analysis_names_tsv;
    field f[3];

    while (next_row(&cur, f)) {
        if (!field_is(f[0], "garble") || f[1].n == 0 || strncmp(s, f[1].p, f[1].n) != 0)
            continue;
        for (const char *q = s + f[1].n; *q; q++)
            if (f[2].n && !strncmp(q, f[2].p, f[2].n)) {
                if (!latin_only(s + f[1].n, (size_t)(q - s - f[1].n)))
                    return NULL;
                *open_n = f[1].n;
                *close_n = f[2].n;
                return q;
            }
        return NULL;
    }
    return NULL;
}

/* The simplified form of the character s[0..n), or NULL. */
static const char *fold_of(const char *s, size_t n, size_t *out_n)
{
    const char *cur = analysis_names_tsv;
    field f[3];

    while (next_row(&cur, f))
        if (field_is(f[0], "fold") && f[1].n == n && !memcmp(f[1].p, s, n)) {
            *out_n = f[2].n;
            return f[2].p;
        }
    return NULL;
}

/* Folds name into out (size outn): simplified characters, mojibake readings
 * dropped. */
static void fold_name(const char *name, char *out, size_t outn)
{
    size_t o = 0;

    for (const char *s = name; *s && o + 5 < outn;) {
        size_t n = char_len((unsigned char)*s), fn = 0, on = 0, cn = 0;
        const char *close = garble_close(s, &on, &cn), *fo;
        if (close) {
            s = close + cn;
            continue;
        }
        if (strnlen(s, n) < n)
            break;
        fo = n > 1 ? fold_of(s, n, &fn) : NULL;
        if (fo && fn <= 4) {
            memcpy(out + o, fo, fn);
            o += fn;
        } else {
            memcpy(out + o, s, n);
            o += n;
        }
        s += n;
    }
    out[o] = '\0';
}

/* Drops every rule word of class cls from the front (or, for "tail", the
 * end) of name, repeatedly, while something is left.  Returns whether any
 * was dropped. */
static bool strip_words(char *name, const char *cls)
{
    bool any = false, again = true;
    bool tail = !strcmp(cls, "tail");

    while (again) {
        const char *cur = analysis_names_tsv;
        field f[3];
        size_t len = strlen(name);
        again = false;
        while (next_row(&cur, f)) {
            if (!field_is(f[0], cls) || f[1].n == 0 || f[1].n >= len)
                continue;
            if (!tail && !memcmp(name, f[1].p, f[1].n)) {
                memmove(name, name + f[1].n, len - f[1].n + 1);
                any = again = true;
                break;
            }
            if (tail && !memcmp(name + len - f[1].n, f[1].p, f[1].n)) {
                name[len - f[1].n] = '\0';
                any = again = true;
                break;
            }
        }
    }
    return any;
}

static bool is_place_char(const char *s, size_t n)
{
    const char *cur = analysis_names_tsv;
    field f[3];

    while (next_row(&cur, f))
        if (field_is(f[0], "place") && f[1].n == n && !memcmp(f[1].p, s, n))
            return true;
    return false;
}

bool analysis_ind_key(const analysis_indicators *t, const char *written, char *key,
                      size_t keyn, ind_entry *e)
{
    char name[4 * IND_FIELD_MAX + 8];
    const char *s;
    int chars = 0;
    bool stripped;

    if (analysis_ind_lookup(t, written, e))
        goto known;
    fold_name(written, name, sizeof name);
    if (analysis_ind_lookup(t, name, e))
        goto known;
    /* both strips run, whichever changed the name */
    stripped = strip_words(name, "scope");
    stripped = strip_words(name, "tail") || stripped;
    if (stripped && analysis_ind_lookup(t, name, e))
        goto known;
    /* A place name: one to six characters ending in 市/县/区...; stripped
     * only when an indicator the table knows follows. */
    for (s = name; *s && chars < 6; chars++) {
        size_t n = char_len((unsigned char)*s);
        if (strnlen(s, n) < n)
            break;
        if (is_place_char(s, n) && s[n]) {
            char rest[sizeof name];
            strcpy(rest, s + n);
            strip_words(rest, "scope");
            if (analysis_ind_lookup(t, rest, e))
                goto known;
        }
        s += n;
    }
    snprintf(key, keyn, "%s", name[0] ? name : written);
    return false;
known:
    snprintf(key, keyn, "%s", e->name);
    return true;
}

/* ---- the national deflator ---- */

/* The deflator (col 1) or CPI (col 2) change of year, %, or NAN. */
static double reference_change(int year, int col)
{
    const char *cur = analysis_deflator_tsv;
    field f[3];

    while (next_row(&cur, f)) {
        char buf[32], *end;
        long y = strtol(f[0].p, &end, 10);
        double v;
        if (end == f[0].p || y != year || f[col].n == 0 || f[col].n >= sizeof buf)
            continue;
        memcpy(buf, f[col].p, f[col].n);
        buf[f[col].n] = '\0';
        v = strtod(buf, &end);
        return end == buf ? NAN : v;
    }
    return NAN;
}

static int reference_average(int from, int to, int col, double *avg)
{
    double lf = 0;

    if (from >= to)
        return GC_EUNDEFINED;
    for (int y = from + 1; y <= to; y++) {
        double d = reference_change(y, col);
        if (!isfinite(d))
            return GC_EUNDEFINED;
        lf += log1p(d / 100);
    }
    *avg = 100 * expm1(lf / (to - from));
    return GC_OK;
}

int analysis_national_deflator(int from, int to, double *avg)
{
    return reference_average(from, to, 1, avg);
}

int analysis_national_cpi(int from, int to, double *avg)
{
    return reference_average(from, to, 2, avg);
}
