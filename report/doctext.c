/* doctext.c -- the review page's copy of a document: the original bytes
 * decoded as ingest decodes them, the map between original and page offsets,
 * and the span a claim's figure covers in that text. */
#include "html_int.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../common/numfmt.h"
#include "../common/utf8.h"

/* ---- a document's text and its offset map ---- */


static bool utf8_name(const char *e)
{
    return !e || !strcasecmp(e, "auto") || !strcasecmp(e, "utf-8") || !strcasecmp(e, "utf8");
}

/* Decodes the bytes as ingest does: UTF-8 when they are (and no other
 * encoding was asked for), else through iconv one character at a time.
 * Returns 0 or -1 when out of memory. */
int report_doctext_load(doctext *d, const char *bytes, size_t n, const char *encoding)
{
    const unsigned char *s = (const unsigned char *)bytes;
    iconv_t cd;
    size_t i = 0;

    memset(d, 0, sizeof *d);
    d->orig_n = n;
    if (utf8_name(encoding) && utf8_validate(s, n) == n) {
        d->t = bytes;
        d->n = n;
        return 0;
    }
    cd = iconv_open("UTF-8", utf8_name(encoding) ? "GB18030" : encoding);
    if (cd == (iconv_t)-1) {        /* cannot happen after ingest read it; show bytes */
        d->t = bytes;
        d->n = n;
        return 0;
    }
    d->o2u = malloc((n + 1) * sizeof *d->o2u);
    d->u2o = malloc((n * 4 + 4) * sizeof *d->u2o);
    if (!d->o2u || !d->u2o)
        goto fail;
    while (i < n) {
        char out[16];
        size_t olen = 0, k, at = d->conv.len;
        for (k = 1; k <= 4 && i + k <= n; k++) {
            char *in = (char *)(uintptr_t)(s + i), *o = out;
            size_t inleft = k, outleft = sizeof out;
            if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1) {
                olen = sizeof out - outleft;
                break;
            }
            if (errno != EINVAL)
                k = 5;
        }
        if (k > 4 || i + k > n) {       /* invalid: one byte as U+FFFD */
            memcpy(out, "\xEF\xBF\xBD", 3);
            olen = 3;
            k = 1;
        }
        if (buf_append(&d->conv, out, olen) != 0)
            goto fail;
        for (size_t j = 0; j < k; j++)
            d->o2u[i + j] = j == 0 ? at : SIZE_MAX;
        for (size_t j = 0; j < olen; j++)
            d->u2o[at + j] = i;
        i += k;
    }
    d->o2u[n] = d->conv.len;
    d->u2o[d->conv.len] = n;
    iconv_close(cd);
    d->t = d->conv.data ? d->conv.data : "";
    d->n = d->conv.len;
    return 0;
fail:
    iconv_close(cd);
    return -1;
}

void report_doctext_free(doctext *d)
{
    buf_free(&d->conv);
    free(d->o2u);
    free(d->u2o);
}

/* The text offset of an original offset, or SIZE_MAX when it is outside
 * the file or inside a character. */
size_t report_doctext_to_text(const doctext *d, long long byte)
{
    if (byte < 0 || (unsigned long long)byte > d->orig_n)
        return SIZE_MAX;
    return d->o2u ? d->o2u[byte] : (size_t)byte;
}

long long report_doctext_to_orig(const doctext *d, size_t u)
{
    return d->u2o ? (long long)d->u2o[u] : (long long)u;
}

/* ---- finding a figure as written ---- */

/* The character at t[*i..n) folded as ingest normalises numbers: full-width
 * forms to ASCII, the traditional forms of numerals to simplified.  Advances
 * *i; returns 0 at the end or on a bad byte. */
uint32_t report_fold_next(const char *t, size_t n, size_t *i)
{
    uint32_t cp;
    int len;

    if (*i >= n)
        return 0;
    len = utf8_decode((const unsigned char *)t + *i, n - *i, &cp);
    if (len <= 0)
        return 0;
    *i += (size_t)len;
    if (cp >= 0xFF01 && cp <= 0xFF5E)
        return cp - 0xFEE0;
    switch (cp) {
    case 0x3000: return ' ';
    case 0x842C: return 0x4E07;    /* 萬 万 */
    case 0x5104: return 0x4EBF;    /* 億 亿 */
    case 0x5169: return 0x4E24;    /* 兩 两 */
    case 0x9EDE: return 0x70B9;    /* 點 点 */
    case 0x3007: return 0x96F6;    /* 〇 零 */
    }
    return cp;
}

bool report_is_space(uint32_t c)
{
    return c == ' ' || c == '\t';
}

static bool same_value(double a, double b)
{
    double tol = (b > 1 ? b : 1) * 1e-9;

    return a - b <= tol && b - a <= tol;
}

#define FIG_CHARS 48     /* characters read at a figure's offset: number and unit */

/* The span [*s, *e) of a claim's figure in d, or false when the text at its
 * offset does not hold the claim's number.  The characters from the offset
 * are folded as ingest normalises them (spaces dropped), parsed with
 * ingest_parse_amount(), and the value compared with the claim's; the span
 * covers the unit too when it is the claim's. */
bool report_figure_span(const doctext *d, const ingest_claim *c, size_t *s, size_t *e)
{
    size_t u = report_doctext_to_text(d, c->source.byte), i, nn = 0, after[FIG_CHARS * 4 + 1];
    char norm[FIG_CHARS * 4 + 1];
    ingest_amount amt;
    double want = c->value < 0 ? -c->value : c->value;
    size_t end;
    int breaks = 0;

    if (u == SIZE_MAX || u >= d->n)
        return false;
    i = u;
    for (int k = 0; k < FIG_CHARS && i < d->n; k++) {
        uint32_t x = report_fold_next(d->t, d->n, &i);
        unsigned char enc[4];
        int len;
        if (!x)
            break;
        /* a hard-wrapped figure ("百分之\n九点二") continues on the next line */
        if (x == '\r' || x == '\n') {
            if (nn == 0 || (x == '\n' && i >= 2 && d->t[i - 2] == '\r'))
                continue;
            if (++breaks > 1)
                break;
            continue;
        }
        if (report_is_space(x) && nn > 0)
            continue;
        len = utf8_encode(x, enc);
        for (int q = 0; q < len; q++) {
            after[nn] = i;  /* where the character of this byte ends */
            norm[nn++] = (char)enc[q];
        }
    }
    norm[nn] = '\0';
    if (nn == 0)
        return false;
    /* 翻一番, 翻两番, 翻了一番: a multiple written as words */
    if (c->kind == INGEST_MULTIPLE && nn >= 6 && !memcmp(norm, "\xE7\xBF\xBB", 3)) {
        for (size_t k = 3; k + 3 <= nn && k <= 15; k++)
            if (!memcmp(norm + k, "\xE7\x95\xAA", 3)) {
                *s = u;
                *e = after[k + 2];
                return true;
            }
    }
    if (ingest_parse_amount(norm, nn, &amt) != GC_OK || amt.length == 0 || amt.length > nn)
        return false;
    /* 增长1.5倍 is a multiple of 2.5 */
    if (!same_value(amt.value, want) &&
        !(c->kind == INGEST_MULTIPLE && same_value(amt.value + 1, want)))
        return false;
    end = amt.length;
    /* a unit that is not the claim's is not part of its figure */
    if (c->unit && strcmp(amt.unit, c->unit) != 0) {
        size_t un = strlen(amt.unit);
        if (un <= end && !memcmp(norm + end - un, amt.unit, un))
            end -= un;
    }
    while (end > 0 && end < nn && ((unsigned char)norm[end] & 0xC0) == 0x80)
        end--;              /* never inside a character */
    if (end == 0)
        return false;
    *s = u;
    *e = after[end - 1];
    return true;
}

