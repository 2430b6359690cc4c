/* utf8.c -- strict UTF-8 decoding and encoding; see utf8.h.
 *
 * The decoder checks the second byte against the lead byte's legal range
 * (the table in RFC 3629, section 4), which rules out overlong forms and
 * surrogates without decoding first and checking afterwards. */
#include "utf8.h"

#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>

/* Are s[0..15) five whole three-byte characters whose lead bytes are among
 * E1..EC, EE, EF (any continuation byte may follow those: no overlong form,
 * no surrogate)?  s[15] is read, not judged. */
static int five_plain_threes(const unsigned char *s)
{
    const __m128i mask = _mm_setr_epi8((char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0,
                                       (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0, (char)0xF0,
                                       (char)0xC0, (char)0xC0, (char)0xF0, (char)0xC0, (char)0xC0, 0);
    const __m128i want = _mm_setr_epi8((char)0xE0, (char)0x80, (char)0x80, (char)0xE0, (char)0x80,
                                       (char)0x80, (char)0xE0, (char)0x80, (char)0x80, (char)0xE0,
                                       (char)0x80, (char)0x80, (char)0xE0, (char)0x80, (char)0x80, 0);
    const __m128i leads = _mm_setr_epi8(-1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, 0);
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
    __m128i shape = _mm_cmpeq_epi8(_mm_and_si128(v, mask), want);
    __m128i odd = _mm_and_si128(leads, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE0)),
                                                    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED))));

    return _mm_movemask_epi8(shape) == 0xFFFF && _mm_movemask_epi8(odd) == 0;
}
#endif

int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned char c, lo = 0x80, hi = 0xBF;
    int len;
    uint32_t v;

    if (n == 0)
        return UTF8_INCOMPLETE;
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2 || c > 0xF4)
        return UTF8_INVALID;
    if (c < 0xE0) {
        len = 2;
        v = c & 0x1Fu;
    } else if (c < 0xF0) {
        len = 3;
        v = c & 0x0Fu;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else {
        len = 4;
        v = c & 0x07u;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    }
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= n)
            return UTF8_INCOMPLETE;
        if (s[i] < (i == 1 ? lo : 0x80) || s[i] > (i == 1 ? hi : 0xBF))
            return UTF8_INVALID;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    *cp = v;
    return len;
}

int utf8_encode(uint32_t cp, unsigned char out[4])
{
    if (cp < 0x80) {
        out[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (unsigned char)(0xC0 | (cp >> 6));
        out[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return 0;
    if (cp < 0x10000) {
        out[0] = (unsigned char)(0xE0 | (cp >> 12));
        out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF)
        return 0;
    out[0] = (unsigned char)(0xF0 | (cp >> 18));
    out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_validate(const unsigned char *s, size_t n)
{
    size_t i = 0;
    uint32_t cp;

    while (i < n) {
        unsigned char c = s[i];
        int k;
        if (c < 0x80) {
            /* ASCII runs eight bytes a step */
            i++;
            while (n - i >= 8) {
                uint64_t w;
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080u)
                    break;
                i += 8;
            }
            continue;
        }
        if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
            /* most of a Chinese text: a run of three-byte characters whose
             * lead byte takes any continuation byte second (no overlong
             * form, no surrogate) */
            size_t i0 = i;
#if defined(__SSE2__)
            while (n - i >= 16 && five_plain_threes(s + i))
                i += 15;
#endif
            while (n - i >= 3 && s[i] >= 0xE1 && s[i] <= 0xEF && s[i] != 0xED
                   && (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
                i += 3;
            if (i > i0)
                continue;
        }
        k = utf8_decode(s + i, n - i, &cp);
        if (k <= 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

int utf8_width(uint32_t cp)
{
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
        return 0;
    if ((cp >= 0x0300 && cp <= 0x036F) || cp == 0x200B || cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) ||   /* hangul jamo */
        (cp >= 0x2E80 && cp <= 0x303E) ||   /* CJK radicals, punctuation */
        (cp >= 0x3041 && cp <= 0x33FF) ||   /* kana, CJK symbols */
        (cp >= 0x3400 && cp <= 0x4DBF) ||   /* CJK extension A */
        (cp >= 0x4E00 && cp <= 0x9FFF) ||   /* CJK unified ideographs */
        (cp >= 0xA000 && cp <= 0xA4CF) ||   /* yi */
        (cp >= 0xAC00 && cp <= 0xD7A3) ||   /* hangul syllables */
        (cp >= 0xF900 && cp <= 0xFAFF) ||   /* CJK compatibility */
        (cp >= 0xFE30 && cp <= 0xFE4F) ||   /* CJK compatibility forms */
        (cp >= 0xFF00 && cp <= 0xFF60) ||   /* full-width forms */
        (cp >= 0xFFE0 && cp <= 0xFFE6) ||
        (cp >= 0x20000 && cp <= 0x3FFFD))   /* CJK extensions B.. */
        return 2;
    return 1;
}

size_t utf8_strwidth(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0, left = 0;
    uint32_t cp;

    while (p[left])
        left++;
    while (left > 0) {
        int k = utf8_decode(p, left, &cp);
        if (k <= 0) {
            n++;
            p++;
            left--;
            continue;
        }
        n += (size_t)utf8_width(cp);
        p += k;
        left -= (size_t)k;
    }
    return n;
}
