/* read.c -- the convenience readers of ingest.h: a whole file or buffer
 * through one parser into a list of claims.  Only the public parser API is
 * used here. */
#include "ingest.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define FEED_CHUNK (64u * 1024)     /* chunk size of the read helpers */

static int read_with(ingest_parser *p, const char *name, FILE *f, const void *bytes, size_t n,
                     gc_diag *diag)
{
    static const size_t chunk = FEED_CHUNK;
    int rc = GC_OK;

    if (f) {
        char *b = malloc(chunk);
        size_t got;
        if (!b)
            return GC_ENOMEM;
        while (rc == GC_OK && (got = fread(b, 1, chunk, f)) > 0)
            rc = ingest_parser_feed(p, b, got, diag);
        if (rc == GC_OK && ferror(f)) {
            gc_diag_set(diag, name ? name : "-", 0, 0, -1, "read error: %s", strerror(errno));
            rc = GC_EIO;
        }
        free(b);
    } else {
        for (size_t off = 0; rc == GC_OK && off < n; off += chunk)
            rc = ingest_parser_feed(p, (const char *)bytes + off, n - off < chunk ? n - off : chunk, diag);
    }
    return rc == GC_OK ? ingest_parser_finish(p, diag) : rc;
}

int ingest_read_file(FILE *f, const char *name, const ingest_options *opt,
                     ingest_claims *out, gc_diag *diag)
{
    ingest_sink sink = ingest_collector(out);
    ingest_parser *p = ingest_parser_new(name, opt, &sink);
    int rc;

    if (!p)
        return GC_ENOMEM;
    rc = read_with(p, name, f, NULL, 0, diag);
    out->sentences += ingest_parser_sentences(p);
    out->unread += ingest_parser_unread(p);
    ingest_parser_free(p);
    return rc;
}

int ingest_read_buffer(const void *bytes, size_t n, const char *name,
                       const ingest_options *opt, ingest_claims *out, gc_diag *diag)
{
    ingest_sink sink = ingest_collector(out);
    ingest_parser *p = ingest_parser_new(name, opt, &sink);
    int rc;

    if (!p)
        return GC_ENOMEM;
    rc = read_with(p, name, NULL, bytes, n, diag);
    out->sentences += ingest_parser_sentences(p);
    out->unread += ingest_parser_unread(p);
    ingest_parser_free(p);
    return rc;
}
