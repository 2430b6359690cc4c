/* feed_iconv.c -- input in an encoding other than UTF-8 (GB18030, GBK,
 * Big5 ...), converted through iconv one character at a time, each handed
 * to ingest_feed_put_char with its length in the input. */
#include "feed.h"

#include <errno.h>
#include <string.h>
#include <strings.h>

#include "../common/utf8.h"

/* Converts one character of s[0..n) through iconv: returns its length in
 * the input (0 when more input is needed) or -1 when it is invalid. */
static int iconv_char(ingest_parser *p, const unsigned char *s, size_t n, char *out, size_t *olen)
{
    for (size_t k = 1; k <= 4 && k <= n; k++) {
        char *in = (char *)(uintptr_t)s, *o = out;
        size_t inleft = k, outleft = 16;
        if (iconv(p->cd, &in, &inleft, &o, &outleft) != (size_t)-1) {
            *olen = 16 - outleft;
            return (int)k;
        }
        if (errno != EINVAL)
            return -1;
    }
    return n >= 4 ? -1 : 0;
}

static int put_converted(ingest_parser *p, const char *out, size_t olen, size_t blen, gc_diag *diag)
{
    size_t j = 0;
    uint32_t cp;
    int rc = GC_OK;

    if (olen == 0) {
        p->byte += (long long)blen;     /* a shift sequence: no character */
        return GC_OK;
    }
    while (j < olen && rc == GC_OK) {
        int len = utf8_decode((const unsigned char *)out + j, olen - j, &cp);
        if (len <= 0)
            return ingest_feed_bad_utf8(p, diag, "unconvertible");
        if (cp == 0)
            return ingest_feed_binary(p, diag);
        /* the whole original character goes to the first output character */
        rc = ingest_feed_put_char(p, cp, j == 0 ? blen : 0, NULL);
        j += (size_t)len;
    }
    return rc;
}

/* Does the encoding write every byte below 0x80 as that ASCII character,
 * with no state (so that iconv need not see it)? */
static bool ascii_below_80(const char *e)
{
    return e && (!strcasecmp(e, "GB18030") || !strcasecmp(e, "GBK") || !strcasecmp(e, "GB2312"));
}

int ingest_feed_iconv(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag)
{
    unsigned char tmp[8];
    char out[16];
    size_t i = 0, olen;
    int rc = GC_OK;
    bool ascii = ascii_below_80(p->encoding);

    while (p->ncarry > 0 && i < n) {
        int k;
        p->carry[p->ncarry++] = s[i++];
        memcpy(tmp, p->carry, p->ncarry);
        k = iconv_char(p, tmp, p->ncarry, out, &olen);
        if (k < 0)
            goto invalid;
        if (k == 0)
            continue;
        p->ncarry -= (size_t)k;
        memmove(p->carry, p->carry + k, p->ncarry);
        if ((rc = put_converted(p, out, olen, (size_t)k, diag)) != GC_OK)
            return rc;
        if (p->ncarry > 0) {
            /* give the unconsumed carried bytes back to the main loop */
            i -= p->ncarry;
            p->ncarry = 0;
        }
    }
    while (i < n && rc == GC_OK) {
        int k;
        if (ascii && s[i] < 0x80) {
            /* an ASCII byte: iconv would give it back (one call per byte) */
            out[0] = (char)s[i];
            olen = 1;
            k = 1;
        } else {
            k = iconv_char(p, s + i, n - i, out, &olen);
        }
        if (k < 0)
            goto invalid;
        if (k == 0) {
            memcpy(p->carry, s + i, n - i);
            p->ncarry = n - i;
            return GC_OK;
        }
        rc = put_converted(p, out, olen, (size_t)k, diag);
        i += (size_t)k;
    }
    return rc;
invalid:
    gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                "invalid %s at byte %lld (line %ld, column %ld); check --encoding",
                p->encoding, p->byte, p->line, p->col);
    return GC_EENCODING;
}
