/* sentence.c -- a normalised sentence's offset map read back: the line,
 * column and byte in the original input of an offset in the sentence.  The
 * parser builds the map (parser.c); the grammar reads it for every claim
 * and miss, so it lives below both. */
#include "ingest_int.h"

void ingest_locate(const ingest_sentence *s, size_t pos, ingest_source *src)
{
    size_t lo = 0, hi = s->nanchors;
    const ingest_anchor *a;
    long col;

    /* the last anchor whose run starts at or before pos */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->anchors[mid].norm <= pos)
            lo = mid;
        else
            hi = mid;
    }
    a = &s->anchors[lo];
    col = a->col;
    for (size_t i = a->norm; i < pos && i < s->len; i++)
        if (((unsigned char)s->text[i] & 0xC0) != 0x80)
            col++;
    src->line = a->line;
    src->column = col;
    src->byte = a->byte + (long long)(pos - a->norm);
}
