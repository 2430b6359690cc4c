/* normalise.h -- the parser's clean-up of a finished sentence (normalise.c):
 * what real pages put into a text that no reader reads as part of it, cut
 * from the normalised sentence while its offset map keeps pointing into the
 * original bytes. */
#ifndef GC_INGEST_NORMALISE_H
#define GC_INGEST_NORMALISE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../common/buf.h"
#include "ingest_int.h"

/* A sentence being built by the parser: its display and matching text (same
 * length, same offsets), its offset map and the offset of its first number
 * start (SIZE_MAX: none).  All owned by the parser. */
typedef struct ingest_draft {
    buf *text;
    buf *match;
    ingest_anchor **anch;
    size_t *nanch;
    size_t *capanch;
    size_t *number_from;
    size_t *n_latin, *n_other;   /* its letters by script (parser.c), or NULL: the
                                    letters of what is cut are taken off */
} ingest_draft;

/* Cuts from d what a reader skips (see normalise.c): pinyin glosses after an
 * ideograph (生產(chǎn)), the spaces of a number written digit by digit
 * (1 9 9 7), source markers ([2][5]) and junk strings of forum and mirror
 * pages (LsMq&a-j2); mends
 * what OCR wrote into a number (4O.5 is 40.5, l2.3 is 12.3, 1‘3 is 1.3).  The
 * anchors are split and shifted so that every remaining byte maps to the
 * same original byte as before.  Returns GC_OK or GC_ENOMEM. */
int ingest_normalise(ingest_draft *d);

/* May a sentence in which cp follows prev need ingest_normalise()?  The
 * parser asks for each character it keeps outside a run of ideographs, so
 * that the common sentence skips the pass: a gloss starts with a letter
 * after an opening bracket, a junk string holds a junk symbol, a doubled
 * mark a comma before another.  A space is asked with the character after
 * it (ingest_noise_space). */
static inline bool ingest_noise_mark(uint32_t prev, uint32_t cp)
{
    switch (cp) {
    case '&': case '<': case '>': case '+': case '^': case '|': case '\\': case '`':
    case '{': case '}': case '$': case '#': case '@': case '*': case '=': case '~':
    case '[':       /* a source marker: 达到2.68% [11] */
    case 0x3010:    /* a source tag: 【本报讯】 */
    case 0x3014:    /* 〔 */
        return true;
    case 'O': case 'o': case 'l': case 'I':
        return (prev >= '0' && prev <= '9') || prev == '.';   /* 4O.5, 2.l (OCR) */
    case '\'': case 0x2018: case 0x2019: case 0xB7:
        return prev >= '0' && prev <= '9';   /* 1‘3 (OCR) */
    case ',': case ';': case 0x3001: case 0x3002: case 0xFF1B:
        return prev == ',';   /* a doubled mark: 增长29.7%,、24.1% */
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return prev == 'O' || prev == 'o' || prev == 'l' || prev == 'I';   /* l2.3 */
    default:
        return (prev == '(' || prev == 0xFF08)
            && ((cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp < 0x250));
    }
}

/* The same for a space kept between prev and next: only a number written
 * digit by digit (1 9 9 7) has a digit on each side.  A space after a
 * digit alone ("6.9 percent") is in nearly every English sentence, and
 * sent each to the clean-up for nothing. */
static inline bool ingest_noise_space(uint32_t prev, uint32_t next)
{
    return prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
}

#endif
