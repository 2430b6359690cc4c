/* utf8.h -- a small, strict UTF-8 decoder and encoder.
 *
 * Self-contained: no project includes, liftable as is.  "Strict" means what
 * RFC 3629 says: no overlong forms, no surrogates (U+D800..U+DFFF), nothing
 * above U+10FFFF.  The decoder is usable on streamed input: it tells a
 * sequence cut by the end of the buffer (come back with more bytes) from an
 * invalid one. */
#ifndef GC_UTF8_H
#define GC_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_INCOMPLETE 0   /* s[0..n) is a valid prefix of a longer sequence */
#define UTF8_INVALID   (-1) /* s[0] does not start a valid sequence */

/* Decodes the character at s[0..n).  On success stores the code point in *cp
 * and returns its length in bytes (1 to 4).  Returns UTF8_INCOMPLETE when the
 * bytes so far are a valid but unfinished sequence (including n == 0), and
 * UTF8_INVALID when they can never become valid; *cp is then untouched. */
int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Writes the UTF-8 form of cp into out (room for 4 bytes) and returns its
 * length, or 0 if cp is a surrogate or above U+10FFFF. */
int utf8_encode(uint32_t cp, unsigned char out[4]);

/* Returns the offset of the first byte of s[0..n) that is not part of valid
 * UTF-8, or n when all of it is valid.  A sequence cut at the end counts as
 * invalid here: use utf8_decode() for streams. */
size_t utf8_validate(const unsigned char *s, size_t n);

/* Returns the number of terminal columns cp occupies: 2 for East Asian wide
 * and full-width characters (CJK ideographs, kana, hangul, full-width forms),
 * 0 for combining marks and controls, 1 otherwise. */
int utf8_width(uint32_t cp);

/* Returns the display width of the NUL-terminated UTF-8 string s, counting
 * each invalid byte as one column. */
size_t utf8_strwidth(const char *s);

#endif
