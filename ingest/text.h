/* text.h -- small UTF-8 byte helpers the grammar's files share: comparing
 * words at a position, character lengths, code points of three-byte
 * characters and the bit maps over the ideographs.  All static inline: they
 * run in the tokenizer's and the subject cleaner's inner loops. */
#ifndef GC_INGEST_TEXT_H
#define GC_INGEST_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexicon.h"

/* UTF-8 length of a character of the Basic Multilingual Plane's CJK blocks
 * (U+3000..U+9FFF: ideographs and their punctuation). */
#define CJK_BYTES 3

/* Does s[0..n) start with lit?  The first byte is tested before anything
 * else: most calls fail there, in the hot loops over word lists. */
static inline bool at(const char *s, size_t n, const char *lit)
{
    size_t k;

    if (n == 0 || s[0] != lit[0])
        return false;
    k = strlen(lit);
    return n >= k && memcmp(s, lit, k) == 0;
}

/* Copies src into dst[0..cap), cut to cap - 1 bytes, always terminated: what
 * snprintf(dst, cap, "%s", src) writes, without the formatter (about twenty
 * times the cost of the copy in the English reader's per-figure work). */
static inline void copy_str(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);

    if (n >= cap)
        n = cap - 1;
    memmove(dst, src, n);
    dst[n] = '\0';
}

static inline bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A whole number of ASCII digits at t (the years and months of the
 * first-release tables, release.c and release_en.c). */
static inline int small_int(const char *t)
{
    int v = 0;

    while (is_digit(*t))
        v = v * 10 + (*t++ - '0');
    return v;
}

/* The next data line of a tab-separated table from *cur, comment and blank
 * lines skipped: the starts of its first max fields in f (each runs to the
 * next tab or the line's end), *cur moved past it.  0 at the table's end. */
static inline size_t tsv_fields(const char **cur, const char **f, size_t max)
{
    while (**cur) {
        const char *line = *cur, *eol = strchr(line, '\n');
        size_t nf = 0;

        *cur = eol ? eol + 1 : line + strlen(line);
        if (*line == '#' || *line == '\n')
            continue;
        f[nf++] = line;
        for (const char *p = line; p < *cur && nf < max; p++)
            if (*p == '\t')
                f[nf++] = p + 1;
        return nf;
    }
    return 0;
}

static inline bool is_ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline size_t char_len(unsigned char c)
{
    /* by the high nibble, one load: the loops over a sentence's characters */
    static const unsigned char len_of[16] = { 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4 };

    return len_of[c >> 4];
}

/* Is c the lead byte of an ideograph U+4000..U+9FFF (E4..E9)? */
static inline bool is_ideograph_lead(unsigned char c)
{
    return c >= 0xE4 && c <= 0xE9;
}

/* The code point of the three-byte character at t. */
static inline uint32_t cp3(const char *t)
{
    return ((uint32_t)((unsigned char)t[0] & 0x0Fu) << 12)
         | ((uint32_t)((unsigned char)t[1] & 0x3Fu) << 6) | ((unsigned char)t[2] & 0x3Fu);
}

/* The code point of the three-byte character at t[i], or 0 when t[i] does
 * not start one. */
static inline uint32_t cjk_at(const char *t, size_t len, size_t i)
{
    if (len - i < 3 || ((unsigned char)t[i] & 0xF0) != 0xE0)
        return 0;
    return cp3(t + i);
}

/* The bit of the ideograph at t (lead byte E4..E9) in an INGEST_CJK_WORDS
 * map: word (cp - 0x4000) >> 6, bit cp & 63, both read off the bytes. */
static inline bool cjk_bit(const uint64_t *map, const char *t)
{
    unsigned hi = (((unsigned char)t[0] - 0xE4u) << 6) | ((unsigned char)t[1] & 0x3Fu);
    return map[hi] >> ((unsigned char)t[2] & 0x3Fu) & 1;
}

static inline void set_cjk_bit(uint64_t *map, const char *t)
{
    uint32_t cp = cp3(t);
    map[(cp - 0x4000) >> 6] |= (uint64_t)1 << (cp & 63);
}

static inline bool same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* Does s[0..n) start (end) with word e?  The words are short UTF-8: the last
 * byte of a character tells more than a lead byte, so it goes first. */
static inline bool starts_w(const char *s, size_t n, const lex_entry *e)
{
    return n >= e->n && s[e->n - 1] == e->s[e->n - 1] && same_bytes(s, e->s, e->n - 1);
}

static inline bool ends_w(const char *s, size_t n, const lex_entry *e)
{
    return n >= e->n && s[n - 1] == e->s[e->n - 1] && same_bytes(s + n - e->n, e->s, e->n - 1);
}

#endif
