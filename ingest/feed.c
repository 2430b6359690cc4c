/* feed.c -- the feeding half of the parser: decoded characters to
 * normalised sentences.  This file reads UTF-8 (other encodings come
 * through feed_iconv.c) and takes the short paths: runs of ideographs,
 * digits and lowercase letters and the commonest marks go to the sentence
 * in one step each, doing what ingest_feed_put_char (feed_char.c) does for
 * each of their characters.  The rest of the feeding half: one character
 * (feed_char.c), lines and page breaks (feed_line.c), sentences and
 * paragraphs (feed_sentence.c), appending with the offset map (feed.h). */
#include "feed.h"
#include "normalise.h"

#include <string.h>

#include "../common/utf8.h"

/* The two commonest marks of a report, the full-width comma (kept as ',')
 * and the full stop (U+FF0C, U+3002), as put_char keeps them when no space
 * is pending: neither is a letter, a space, a capital or quote after a '.',
 * or a traditional form; the comma breaks a
 * clause and the full stop ends the sentence.  They are a twentieth of a
 * report's characters, and put_char's general path cost twice as much. */
static int put_mark(ingest_parser *p, uint32_t cp, const unsigned char *orig)
{
    long long at = p->byte;
    bool comma = cp == 0xFF0C;
    uint32_t kept = comma ? ',' : cp;
    int rc;

    p->byte += 3;
    p->cr = false;
    p->dot_pending = false;
    if (p->line_chars < 3)
        p->line_first[p->line_chars] = kept;
    p->line_chars++;
    p->line_wide += !comma;
    p->line_last = kept;
    p->line_comma = p->line_comma || comma;
    p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, kept);
    if (p->number_from == SIZE_MAX && ingest_number_start(&p->ctx.maps, kept))
        p->number_from = p->sent.len;
    rc = comma ? feed_append(p, ",", 1, at, 3, false) : feed_append(p, (const char *)orig, 3, at, 3, false);
    p->prev_alnum = false;
    p->prev_kept = kept;
    p->word_len = 0;
    p->col++;
    if (rc != GC_OK)
        return rc;
    /* past SENT_SOFT a comma cuts the sentence, as any clause break does */
    return !comma || p->sent.len >= SENT_SOFT ? ingest_feed_flush(p) : GC_OK;
}

/* A run of CJK ideographs (U+4000..U+9FFF, three bytes each, none of them
 * punctuation, space or a traditional form to fold), with the quiet marks
 * among them (see ideograph_run), goes to the sentence in one copy: this is
 * most of a report, and the reason the parser keeps up with 100 MB/s.
 * marks: how many of its characters are quiet marks (not ideographs);
 * clause: one of them is a clause break (、). */
static int put_run(ingest_parser *p, const unsigned char *s, size_t len, size_t marks, bool clause)
{
    size_t nchars = len / 3;
    long long at = p->byte;

    p->cr = false;
    if (p->mark_pending) {
        int rc = ingest_feed_flush(p);
        if (rc != GC_OK)
            return rc;
    }
    if (p->space_pending)
        ingest_table_gap(&p->tab, p->sent.len);
    p->space_pending = false;
    for (size_t k = 0; k < nchars && p->line_chars + (long)k < 3; k++)
        p->line_first[p->line_chars + (long)k] = (uint32_t)(((s[3 * k] & 0x0Fu) << 12)
                                                           | ((s[3 * k + 1] & 0x3Fu) << 6)
                                                           | (s[3 * k + 2] & 0x3Fu));
    p->line_chars += (long)nchars;
    p->line_wide += (long)nchars;
    p->line_last = (uint32_t)(((s[len - 3] & 0x0Fu) << 12) | ((s[len - 2] & 0x3Fu) << 6)
                              | (s[len - 1] & 0x3Fu));
    p->line_comma = p->line_comma || clause;
    if (feed_append(p, (const char *)s, len, at, len, true) != GC_OK)
        return GC_ENOMEM;
    p->byte += (long long)len;
    p->col += (long)nchars;
    p->prev_alnum = false;
    p->prev_kept = p->line_last;    /* an ideograph or a quiet mark, as put_char keeps it */
    p->dot_pending = false;
    p->word_len = 0;
    p->n_cjk += nchars - marks;
    return p->sent.len >= SENT_HARD ? ingest_feed_flush(p) : GC_OK;
}

/* The code point of the three-byte character at s. */
static uint32_t plain_cp(const unsigned char *s)
{
    return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
}

/* Is s[0..3) a quiet mark: punctuation for which put_char does what it does
 * for an ideograph but count a letter and, for the clause break 、 (U+3001),
 * set the line's clause flag?  The enumeration comma and the curly double
 * quotes (U+201C, U+201D) are; they are about one character in twenty of a
 * report, and each cut a run in two. */
static bool quiet_mark(const unsigned char *s)
{
    return (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x81)
        || (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x9D));
}

/* Every bit set: the row of a lead byte that starts no ideograph. */
static const uint64_t all_stop[256] = {
#define ALL8 ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
#define ALL64 ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8
    ALL64, ALL64, ALL64, ALL64
#undef ALL64
#undef ALL8
};

void ingest_feed_rows(ingest_parser *p)
{
    const uint64_t *maps[2] = { p->ctx.maps.stop, p->ctx.maps.fold };

    for (unsigned m = 0; m < 2; m++)
        for (unsigned lead = 0; lead < 6; lead++)
            for (unsigned c1 = 0; c1 < 256; c1++)
                p->run_rows[m][lead][c1] = (c1 & 0xC0u) == 0x80u ? maps[m][(lead << 6) | (c1 & 63u)]
                                                                 : ~0ull;
    for (unsigned c = 0; c < 256; c++) {
        bool ideograph = c >= 0xE4 && c <= 0xE9;
        p->stop_rows[c] = ideograph ? p->run_rows[0][c - 0xE4] : all_stop;
        p->fold_rows[c] = ideograph ? p->run_rows[1][c - 0xE4] : all_stop;
    }
}

/* The hot loop of ideograph_run: steps over the plain ideographs from q,
 * whole three-byte characters U+4000..U+9FFF whose bit in the map of rows
 * (stop_rows or fold_rows) is clear, one test of the third byte and one
 * bit test each, and returns where they end (past last when all of them
 * are; last is the final place three bytes fit).  A continuation byte
 * 10xxxxxx xor 0x80 is its six low bits, and anything else is more than
 * 0x3F; rows[lead byte][second byte, raw] is the bit map of the 64
 * characters the third byte's six bits tell apart, and a lead byte outside
 * E4..E9, or a second byte that continues nothing, has a row of set bits. */
static HOT_INLINE const unsigned char *plain_span(const uint64_t *const *rows,
                                                  const unsigned char *q,
                                                  const unsigned char *last)
{
    while (q <= last) {
        unsigned c2 = q[2] ^ 0x80u;
        if (c2 > 0x3Fu || (rows[q[0]][q[1]] >> c2 & 1))
            break;
        q += 3;
    }
    return q;
}

/* Bytes of the run of plain ideographs at s[0..n): whole three-byte
 * characters U+4000..U+9FFF that are not traditional forms to fold, and
 * quiet marks between them (counted in *marks, *clause set for a 、).
 * Until the sentence has one, a character that may start a number (一, 十)
 * is noted in number_from as put_char would note it, and the run goes on:
 * breaking the run there cost a put_char and a second run per sentence.
 * The run stops instead at such a character or a mark when the sentence
 * would reach SENT_HARD with it (SENT_SOFT for 、), and at a mark that
 * would end an English sentence (a quote after a '.') or that the noise
 * rule marks, so that sentences end where put_char ends them.  No run
 * starts after a '?' that may end the sentence (mark_pending): put_char
 * decides that first. */
static size_t ideograph_run(ingest_parser *p, const unsigned char *s, size_t n, size_t *marks,
                            bool *clause)
{
    const uint64_t *fold = p->ctx.maps.fold;
    const uint64_t *stop = p->number_from == SIZE_MAX ? p->ctx.maps.stop : fold;
    const uint64_t *const *rows = stop == fold ? p->fold_rows : p->stop_rows;
    const unsigned char *q = s, *last = n >= 3 ? s + n - 3 : s;   /* q <= last: 3 bytes left */
    size_t nmarks = 0;
    bool brk_seen = false;

    *marks = 0;
    *clause = false;
    if (p->mark_pending || n < 3)
        return 0;       /* put_char ends the sentence at the '?' first */
    for (;;) {
        unsigned lead, c1, c2;
        q = plain_span(rows, q, last);
        if (q > last)
            break;
        lead = q[0] - 0xE4u;
        c1 = q[1] ^ 0x80u;
        c2 = q[2] ^ 0x80u;
        if (lead > 0xE9u - 0xE4u || (c1 | c2) > 0x3Fu) {
            size_t j = (size_t)(q - s);
            bool brk;
            if (!quiet_mark(q) || (j == 0 && p->dot_pending)
                || ingest_noise_mark(j ? plain_cp(q - 3) : p->prev_kept, plain_cp(q)))
                break;
            brk = q[0] == 0xE3;
            if (p->sent.len + j + 3 >= (brk ? SENT_SOFT : SENT_HARD))
                break;
            brk_seen = brk_seen || brk;
            nmarks++;
            q += 3;
            continue;
        }
        /* a number start before the sentence has one, or a form to fold */
        if (stop == fold || (fold[(lead << 6) | c1] >> c2 & 1)
            || p->sent.len + (size_t)(q - s) + 3 >= SENT_HARD)
            break;
        p->number_from = p->sent.len + (size_t)(q - s);   /* the sentence's first number start */
        stop = fold;
        rows = p->fold_rows;
        q += 3;
    }
    *marks = nmarks;
    *clause = brk_seen;
    return (size_t)(q - s);
}

/* A figure's run of ASCII s[0..k) (2021, 5908, 12.5, 7.6%) with no space
 * pending: digits, a '.' between two of them, a final '%'.  What put_char
 * would do for each is done once for the lot: none of them is a letter, a
 * break, a space or a capital, and the noise rule is asked for each; the
 * first may be the sentence's first number start.  The caller keeps the
 * sentence below SENT_HARD. */
static int put_digits(ingest_parser *p, const unsigned char *s, size_t k)
{
    long long at = p->byte;

    p->cr = false;
    p->dot_pending = false;
    /* OCR leftovers in numbers (l2.3): the noise rule decides, as in put_char */
    for (size_t d = 0; d < k && !p->noisy; d++)
        p->noisy = ingest_noise_mark(d ? s[d - 1] : p->prev_kept, s[d]);
    for (size_t d = 0; d < k && p->line_chars + (long)d < 3; d++)
        p->line_first[p->line_chars + (long)d] = s[d];
    if (p->number_from == SIZE_MAX)
        p->number_from = p->sent.len;
    p->digit_seen = true;
    if (feed_append(p, (const char *)s, k, at, k, true) != GC_OK)
        return GC_ENOMEM;
    p->byte += (long long)k;
    p->col += (long)k;
    p->line_chars += (long)k;
    p->line_digit_end = p->line_chars;
    p->line_last = s[k - 1];
    p->prev_kept = s[k - 1];
    p->prev_alnum = s[k - 1] != '%';
    if (s[k - 1] == '%')
        p->ctx.seen_percent = true;
    p->word_len = 0;
    return GC_OK;
}

/* A run of ASCII letters s[0..k) with no mark pending: most of an English
 * text.  What put_char would do for each is done once for the lot: none is
 * a space, a break, a number start or a traditional form, a capital only
 * where it ends no sentence (not after a '.' pending, nor first on a line
 * after a heading: the caller leaves those to put_char), and the noise
 * rule can hold only for the first (after a digit, a point or a bracket).  A space pending before the word (after
 * most words of a text: put_char's general path for each first letter was
 * a tenth of an English text's cost) is kept or dropped and marks a cell
 * gap as put_char does it, and ends a web address.  The caller keeps the
 * sentence below SENT_HARD with the space, and leaves to put_char the
 * first letter after a space of a line after a heading (cap_split). */
static int put_letters(ingest_parser *p, const unsigned char *s, size_t k)
{
    long long at = p->byte;

    if (p->space_pending) {
        if (keeps_space(p->prev_kept, s[0]) && feed_append(p, " ", 1, at, 0, false) != GC_OK)
            return GC_ENOMEM;   /* (no noise: a space before a letter) */
        ingest_table_gap(&p->tab, p->sent.len);
        p->space_pending = false;
        p->in_address = false;
    }
    p->cr = false;
    p->dot_pending = false;
    p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, s[0]);
    for (size_t d = 0; d < k && p->line_chars + (long)d < 3; d++)
        p->line_first[p->line_chars + (long)d] = s[d];
    if (feed_append(p, (const char *)s, k, at, k, true) != GC_OK)
        return GC_ENOMEM;
    p->byte += (long long)k;
    p->col += (long)k;
    p->line_chars += (long)k;
    p->n_latin += k;
    p->line_last = s[k - 1];
    p->prev_kept = s[k - 1];
    p->prev_alnum = true;
    p->word_len += k;
    return GC_OK;
}

/* The code point of a three-byte UTF-8 character that is valid whatever its
 * continuation bytes hold (leads E1..EC, EE, EF: no overlong form, no
 * surrogate), or 0 when s[0..n) does not start one; the strict decoder
 * handles everything else. */
static uint32_t plain_three(const unsigned char *s, size_t n)
{
    if (n < 3 || s[0] < 0xE1 || s[0] > 0xEF || s[0] == 0xED
        || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
        return 0;
    return ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
}

/* Decodes UTF-8 from s[0..n); keeps an incomplete tail in carry. */
static int feed_utf8(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag)
{
    size_t i = 0;
    uint32_t cp;
    int rc = GC_OK;

    if (p->ncarry > 0) {
        unsigned char tmp[8];
        size_t take = n < 4 ? n : 4, k;
        int len;
        memcpy(tmp, p->carry, p->ncarry);
        memcpy(tmp + p->ncarry, s, take);
        len = utf8_decode(tmp, p->ncarry + take, &cp);
        if (len == UTF8_INVALID)
            return ingest_feed_bad_utf8(p, diag, "invalid");
        if (len == UTF8_INCOMPLETE) {
            memcpy(p->carry + p->ncarry, s, take);
            p->ncarry += take;
            return GC_OK;
        }
        k = (size_t)len - p->ncarry;
        p->ncarry = 0;
        if ((rc = ingest_feed_put_char(p, cp, (size_t)len, tmp)) != GC_OK)
            return rc;
        i = k;
    }
    while (i < n && rc == GC_OK) {
        int len;
        size_t marks;
        bool clause;
        /* a run starts with an ideograph (E4..E9) or a quiet mark (E2, E3) */
        size_t run = s[i] >= 0xE2 && s[i] <= 0xE9 ? ideograph_run(p, s + i, n - i, &marks, &clause)
                                                 : 0;
        if (run > 0) {
            rc = put_run(p, s + i, run, marks, clause);
            i += run;
            continue;
        }
        if (s[i] < 0x80) {
            unsigned char c = s[i];
            if (c == 0)
                return ingest_feed_binary(p, diag);
            if (c >= '0' && c <= '9' && !p->space_pending && !p->mark_pending
                && p->sent.len + 1 < SENT_HARD) {
                /* a figure's digits, points and % in one step */
                size_t k = 1, room = SENT_HARD - 1 - p->sent.len;
                while (i + k < n && k < room) {
                    if (s[i + k] >= '0' && s[i + k] <= '9')
                        k++;
                    else if (s[i + k] == '.' && i + k + 1 < n && k + 1 < room
                             && s[i + k + 1] >= '0' && s[i + k + 1] <= '9')
                        k += 2;
                    else
                        break;
                }
                if (i + k < n && k < room && s[i + k] == '%')
                    k++;
                rc = put_digits(p, s + i, k);
                i += k;
                continue;
            }
            if (is_letter(c) && !p->mark_pending
                && (!(p->space_pending || c <= 'Z') || !(p->line_chars == 0 && p->cap_split))
                && !(c <= 'Z' && p->dot_pending)) {
                /* a word's letters in one step, and the space before it:
                 * from is the sentence's length with that space */
                size_t from = p->sent.len + (p->space_pending && keeps_space(p->prev_kept, c));
                size_t k = 1, room = from + 1 < SENT_HARD ? SENT_HARD - 1 - from : 0;
                while (room && i + k < n && k < room && is_letter(s[i + k]))
                    k++;
                if (room) {
                    rc = put_letters(p, s + i, k);
                    i += k;
                    continue;
                }
            }
            rc = ingest_feed_put_char(p, c, 1, s + i);
            i++;
            continue;
        }
        if ((cp = plain_three(s + i, n - i)) != 0) {
            if ((cp == 0xFF0C || cp == 0x3002) && !p->space_pending && !p->mark_pending)
                rc = put_mark(p, cp, s + i);
            else
                rc = ingest_feed_put_char(p, cp, 3, s + i);
            i += 3;
            continue;
        }
        len = utf8_decode(s + i, n - i, &cp);
        if (len == UTF8_INVALID)
            return ingest_feed_bad_utf8(p, diag, "invalid");
        if (len == UTF8_INCOMPLETE) {
            memcpy(p->carry, s + i, n - i);
            p->ncarry = n - i;
            return GC_OK;
        }
        rc = ingest_feed_put_char(p, cp, (size_t)len, s + i);
        i += (size_t)len;
    }
    return rc;
}

int ingest_feed_decoded(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag)
{
    return p->mode == ENC_ICONV ? ingest_feed_iconv(p, s, n, diag) : feed_utf8(p, s, n, diag);
}
