/* feed_char.c -- one decoded character to the sentence being built: each
 * is normalised (full-width forms and the traditional forms of the words
 * the grammar reads folded, spaces between figures and words dropped),
 * counted by script, and appended with its place in the input; a sentence
 * end hands the sentence on (feed_sentence.c), a line end goes to
 * feed_line.c.  The short paths of feed.c do the same for whole runs. */
#include "feed.h"
#include "normalise.h"

#include <string.h>

#include "../common/utf8.h"

/* The three-byte ideographs U+4000..U+9FFF (lead bytes E4..E9): the range
 * of the traditional forms folded below, indexed by an exact bit map. */
#define TRAD_LO 0x4000u
#define TRAD_HI 0xA000u

static bool is_clause_break(uint32_t cp)
{
    return cp == ',' || cp == 0x3001 || cp == 0xFF1A || cp == ':';
}

static bool is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0x3000 || cp == 0xA0;
}

static bool is_upper(uint32_t cp)
{
    return cp >= 'A' && cp <= 'Z';
}

/* Letters by script, for the sentence's language (ingest_grammar_sentence):
 * CJK ideographs (counted in runs by put_run too), ASCII letters, and the
 * letters of other scripts (accented Latin, Greek, Cyrillic, kana, Hangul,
 * Arabic, Indic). */
static void count_script(ingest_parser *p, uint32_t cp)
{
    if (cp < 0x80)
        p->n_latin += is_letter(cp);
    else if ((cp >= 0x3400 && cp < 0xA000) || (cp >= 0xF900 && cp < 0xFB00))
        p->n_cjk++;
    else if ((cp >= 0xC0 && cp < 0x2000 && cp != 0xD7 && cp != 0xF7)
             || (cp >= 0x3040 && cp < 0x3100) || (cp >= 0xAC00 && cp < 0xD7B0))
        p->n_other++;
}

/* The normalised form of cp: full-width ASCII (digits, letters, ％ ． ， ／
 * and the minus －) to ASCII, the minus sign − (U+2212) to '-', and the
 * small full stop ﹒ to '.' right after a digit (prev, the character kept
 * before it): a Hong Kong page's decimal point (16﹒1%); after anything else
 * (升5%﹒2月份…) it is a Big5 page's full stop, left as text.  The two minus
 * signs fold so that every reader of a sign (a figure below zero, a range's
 * dash, a date's) sees the one ASCII '-': 增长－8.4% is -8.4 as 增长-8.4% is.
 * Anything else unchanged. */
static uint32_t fold_width(uint32_t cp, uint32_t prev)
{
    if (cp < 0xFF05 || cp > 0xFF5A)
        return cp == 0xFE52 && prev >= '0' && prev <= '9' ? '.' : cp == 0x2212 ? '-' : cp;
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A)
        || (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF05 || cp == 0xFF0E || cp == 0xFF0C
        || cp == 0xFF0D || cp == 0xFF0F)
        return cp - 0xFEE0;
    return cp;
}

/* Is cp one of the traditional forms the lexicon folds?  One bit test. */
static bool is_trad(const ingest_parser *p, uint32_t cp)
{
    return cp >= TRAD_LO && cp < TRAD_HI
        && (p->ctx.maps.fold[(cp - TRAD_LO) >> 6] >> (cp & 63) & 1);
}

/* The simplified form of a traditional character the grammar reads; both
 * forms take three bytes in UTF-8, so offsets do not move. */
static uint32_t fold_trad(const ingest_parser *p, uint32_t cp)
{
    return is_trad(p, cp) ? ingest_fold(&p->ctx.maps, cp) : cp;
}

/* Appends the traditional form u, whose matching form is m (both three
 * bytes long, as every fold of the lexicon is). */
static int append_folded(ingest_parser *p, const char *u, const char *m, size_t ulen,
                         long long byte, size_t blen)
{
    size_t at;

    if (ingest_feed_start_match(p) != GC_OK)
        return GC_ENOMEM;
    at = p->match.len;
    if (feed_append(p, u, ulen, byte, blen, false) != GC_OK)
        return GC_ENOMEM;
    memcpy(p->match.data + at, m, ulen);
    return GC_OK;
}

/* Whether the character kept just before the question mark cp (already
 * appended: one byte for '?', three for U+FF1F) is an ideograph, by the lead
 * byte of the three-byte character before it (U+4000..U+9FFF). */
static bool after_ideograph(const ingest_parser *p, uint32_t cp)
{
    size_t back = cp == '?' ? 4 : 6;
    unsigned char lead;

    if (p->sent.len < back)
        return false;
    lead = (unsigned char)p->sent.data[p->sent.len - back];
    return lead >= 0xE4 && lead <= 0xE9;
}

/* A '-' with a space on either side and no letter or digit before it
 * (经济运行 - 全市…, 5.8% - 一般…) is a bullet of items written on one line:
 * the item before it ends there.  The '-' (the sentence's last byte) is
 * taken back, so that no figure reads it as the start of a range. */
static int end_at_bullet(ingest_parser *p)
{
    p->sent.len--;
    if (p->folded)
        p->match.len--;
    if (p->nanch > 0 && p->anch[p->nanch - 1].norm == p->sent.len)
        p->nanch--;
    p->run_next = -1;
    p->prev_kept = 0;
    return ingest_feed_flush(p);
}

/* A bullet glyph (• ● ■ ◆ ▪ ▶ ★ ◇ □ ○ and their kin in U+25A0..U+25FF and
 * U+2605, U+2606): it opens an item, so the Chinese item before it, on the
 * same line or a line it was joined to, ends.  Not the middle dot (U+00B7),
 * which stands inside names. */
static bool is_bullet(uint32_t cp)
{
    return cp == 0x2022 || (cp >= 0x25A0 && cp <= 0x25FF) || cp == 0x2605 || cp == 0x2606;
}

/* ○ (U+25CB, a bullet elsewhere) right after a Chinese numeral's digit or
 * place (一千○一十六億, 二○二○年, 五百○四億) is the zero 〇 written with the
 * circle, as Hong Kong, Macau and older mainland texts print it. */
static bool circle_zero(const ingest_parser *p, uint32_t cp)
{
    return cp == 0x25CB && p->prev_kept >= 0x80
           && ingest_cp_has(p->ctx.maps.numeral_next, fold_trad(p, p->prev_kept));
}

/* One decoded character: cp, at original offset byte, blen bytes long
 * there; orig is those bytes when they are cp's UTF-8 (NULL after a
 * conversion), so that a character kept as it is needs no encoding.
 * Advances the position. */
int ingest_feed_put_char(ingest_parser *p, uint32_t cp, size_t blen, const unsigned char *orig)
{
    long long at = p->byte;
    unsigned char u[4], m[4];
    uint32_t read = cp;
    int ulen, rc = GC_OK;

    p->byte += (long long)blen;
    if (cp == '\n' && p->cr) {
        p->cr = false;
        return GC_OK;
    }
    p->cr = cp == '\r';
    if (cp == '\n' || cp == '\r')
        return ingest_feed_line_end(p);
    if (cp == 0xFEFF && at == 0)
        return GC_OK;               /* byte-order mark */
    if (circle_zero(p, cp))
        cp = 0x3007;
    if (is_bullet(cp) && p->n_cjk > 0) {
        /* read as a space, after ending the Chinese item before it */
        if ((rc = ingest_feed_flush(p)) != GC_OK)
            return rc;
        cp = ' ';
    }
    if (is_space(cp)) {
        if (p->dash_spaced && p->prev_kept == '-' && (rc = end_at_bullet(p)) != GC_OK)
            return rc;
        p->dash_spaced = false;
        p->space_pending = p->sent.len > 0;
        p->word_len = 0;        /* "trillion U.S.": U is a word of one letter */
        p->col++;
        return GC_OK;
    }
    cp = fold_width(cp, p->prev_kept);
    /* a short line joined to this one (a title holding 、 or a colon) ends
     * before a line that opens with a bracket: a date line, (2017年6月14日),
     * or a numbered heading is no continuation of a title */
    if ((cp == '(' || cp == 0xFF08) && p->line_chars == 0 && p->short_join) {
        p->short_join = false;
        if ((rc = ingest_feed_end_paragraph(p)) != GC_OK)
            return rc;
    }
    if (p->line_chars == 0 && p->cap_split) {
        /* after an English heading and a blank line */
        if (p->cap_split == 2 && cp >= 'A' && cp <= 'Z' && (rc = ingest_feed_end_paragraph(p)) != GC_OK)
            return rc;
        p->cap_split = 0;
    }
    if (cp == '%')
        p->ctx.seen_percent = true;
    /* an English sentence ends at a '.' before a capital or a quote */
    if (p->dot_pending && ((cp >= 'A' && cp <= 'Z') || cp == '"' || cp == 0x201C)
        && (rc = ingest_feed_flush(p)) != GC_OK)
        return rc;
    p->dot_pending = false;
    if (p->mark_pending && !(cp >= '0' && cp <= '9') && (rc = ingest_feed_flush(p)) != GC_OK)
        return rc;
    p->mark_pending = false;
    count_script(p, cp);
    if (p->line_chars < 3)
        p->line_first[p->line_chars] = cp;
    p->line_chars++;
    p->line_wide += cp >= 0x1100;
    p->line_last = cp;
    if ((cp >= '0' && cp <= '9') || cp == '%')
        p->line_digit_end = p->line_chars;
    p->line_comma = p->line_comma
                    || (is_clause_break(cp) && !((cp == ':' || cp == 0xFF1A) && p->prev_kept >= '0'
                                                  && p->prev_kept <= '9'));
    p->line_wide_gap = p->line_wide_gap || (p->space_pending && cp >= 0x1100 && p->prev_kept >= 0x1100);
    p->in_address = (p->in_address && !p->space_pending) || (cp == '/' && p->prev_kept == ':');
    p->line_address = p->line_address || p->in_address;
    if (cp == '-')
        p->dash_spaced = p->space_pending && p->n_cjk > 0 && !is_alnum(p->prev_kept);
    if (p->space_pending && keeps_space(p->prev_kept, cp)) {
        rc = feed_append(p, " ", 1, at, 0, false);
        p->noisy = p->noisy || ingest_noise_space(p->prev_kept, cp);
    }
    if (p->space_pending)
        ingest_table_gap(&p->tab, p->sent.len);
    p->space_pending = false;
    p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, cp);
    if (p->number_from == SIZE_MAX && ingest_number_start(&p->ctx.maps, fold_trad(p, cp)))
        p->number_from = p->sent.len;
    p->digit_seen = p->digit_seen || (cp >= '0' && cp <= '9');
    p->bar_seen = p->bar_seen || cp == '|';
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        ulen = 1;
    } else if (orig && cp == read && !is_trad(p, cp)) {
        if (rc == GC_OK)
            rc = feed_append(p, (const char *)orig, blen, at, blen, false);
        ulen = 0;
    } else if (is_trad(p, cp)) {
        ulen = utf8_encode(cp, u);
        utf8_encode(fold_trad(p, cp), m);
        if (rc == GC_OK)
            rc = append_folded(p, (const char *)u, (const char *)m, (size_t)ulen, at, blen);
        ulen = 0;
    } else {
        ulen = utf8_encode(cp, u);
    }
    if (rc == GC_OK && ulen > 0)
        rc = feed_append(p, (const char *)u, (size_t)ulen, at, blen, false);
    p->prev_alnum = is_alnum(cp);
    p->prev_kept = cp;
    if (cp == '.')              /* (not in a web address: http://www.CRNTT.com) */
        p->dot_pending = !p->in_address
                         && (p->word_len != 1 || !(p->sent.len >= 2 && is_upper(
                                                       (unsigned char)p->sent.data[p->sent.len - 2])));
    p->word_len = ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? p->word_len + 1 : 0;
    p->col++;
    if (rc != GC_OK)
        return rc;
    if ((cp == '?' || cp == 0xFF1F) && p->sent.len < SENT_SOFT && after_ideograph(p, cp)) {
        p->mark_pending = true;  /* after an ideograph: the next character decides */
        return GC_OK;
    }
    if (feed_is_sentence_end(cp) || p->sent.len >= SENT_HARD
        || (p->sent.len >= SENT_SOFT && is_clause_break(cp)))
        return ingest_feed_flush(p);
    return GC_OK;
}
