/* feed.c -- the feeding half of the parser: decoded characters to
 * normalised sentences.  Each character is normalised (full-width forms and
 * the traditional forms of the words the grammar reads folded, spaces
 * between figures and words dropped) and appended to the current sentence
 * with an offset map back to the input, and each sentence that ends goes to
 * the table reader, then the grammar.  Runs of ideographs, digits and the
 * commonest marks take short paths that do what put_char does for each of
 * their characters, in one step.
 *
 * Page breaks.  A printed report cut across pages leaves a line end, often
 * a blank line, in the middle of a sentence.  A line is taken to continue in
 * the next non-blank line when it does not end in sentence or heading
 * punctuation (。！？；：and their ASCII forms, closing brackets and quotes),
 * does not start like a numbered heading ("（一）", "二、"), and is either at
 * least JOIN_MIN_CHARS characters long, as a full printed line is, or holds
 * clause punctuation (，、), as prose does and titles, signatures and dates
 * do not.  A paragraph is one such joined line. */
#include "feed.h"
#include "rules_en.h"
#include "normalise.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../common/utf8.h"

#define JOIN_MIN_CHARS 40           /* a line this long without final punctuation continues */
#define WRAP_MIN_WIDTH 30           /* half-widths: a shorter line is never a full wrapped one */
#define WRAP_MAX_WIDTH 100          /* half-widths: a text with a wider line is not wrapped by hand */

/* The three-byte ideographs U+4000..U+9FFF (lead bytes E4..E9): the range
 * of the traditional forms folded below, indexed by an exact bit map. */
#define TRAD_LO 0x4000u
#define TRAD_HI 0xA000u

/* ---- offset map ---- */

#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

/* Doubles the offset map's room (64 anchors at first). */
static int grow_anchors(ingest_parser *p)
{
    size_t cap = p->capanch ? p->capanch * 2 : 64;
    ingest_anchor *a = realloc(p->anch, cap * sizeof *a);

    if (!a)
        return GC_ENOMEM;
    p->anch = a;
    p->capanch = cap;
    return GC_OK;
}

/* Starts an anchor at the sentence's end for original offset byte: inline,
 * as a comma or a digit after an ideograph takes one (a call each cost as
 * much as the anchor). */
static HOT_INLINE int push_anchor(ingest_parser *p, long long byte)
{
    if (p->nanch == p->capanch && grow_anchors(p) != GC_OK)
        return GC_ENOMEM;
    p->anch[p->nanch].norm = p->sent.len;
    p->anch[p->nanch].byte = byte;
    p->anch[p->nanch].line = p->line;
    p->anch[p->nanch].col = p->col;
    p->nanch++;
    return GC_OK;
}

/* Appends normalised bytes for the character at original offset byte (blen
 * bytes long there), extending the current anchor run when it can.  The
 * sentence is NUL-terminated when it is flushed: the reserve leaves room.
 * run is false for one character (at most four bytes, copied byte by byte)
 * and true for a run of ideographs (memcpy); callers pass a constant, so
 * that each inlined copy keeps one of the two. */
static HOT_INLINE int append(ingest_parser *p, const char *u, size_t ulen, long long byte,
                              size_t blen, bool run)
{
    if (p->nanch == 0 || ulen != blen || byte != p->run_next || p->line != p->run_line)
        if (push_anchor(p, byte) != GC_OK)
            return GC_ENOMEM;
    /* the hot path: one reserve check, then a plain copy */
    if (p->sent.cap - p->sent.len <= ulen && buf_reserve(&p->sent, ulen) != 0)
        return GC_ENOMEM;
    if (!run) {
        for (size_t k = 0; k < ulen; k++)
            p->sent.data[p->sent.len + k] = u[k];
    } else {
        memcpy(p->sent.data + p->sent.len, u, ulen);
    }
    p->sent.len += ulen;
    /* a character whose length changed ends its run: the next one cannot
     * be found by adding offsets across it */
    p->run_next = ulen == blen ? byte + (long long)blen : -1;
    p->run_line = p->line;
    if (p->folded) {
        /* the sentence holds a folded form: the matching text is kept apart */
        if (p->match.cap - p->match.len <= ulen && buf_reserve(&p->match, ulen) != 0)
            return GC_ENOMEM;
        memcpy(p->match.data + p->match.len, u, ulen);
        p->match.len += ulen;
    }
    return GC_OK;
}

/* Makes match a copy of the sentence so far.  Most sentences hold no
 * traditional form to fold, and their matching text is the sentence itself
 * (match_text); keeping a second copy of every byte cost a copy per run. */
static int start_match(ingest_parser *p)
{
    if (p->folded)
        return GC_OK;
    buf_reset(&p->match);
    if (buf_reserve(&p->match, p->sent.len + 4) != 0)
        return GC_ENOMEM;
    if (p->sent.len)
        memcpy(p->match.data, p->sent.data, p->sent.len);
    p->match.len = p->sent.len;
    p->folded = true;
    return GC_OK;
}

/* Appends the traditional form u, whose matching form is m (both three
 * bytes long, as every fold of the lexicon is). */
static int append_folded(ingest_parser *p, const char *u, const char *m, size_t ulen,
                         long long byte, size_t blen)
{
    size_t at;

    if (start_match(p) != GC_OK)
        return GC_ENOMEM;
    at = p->match.len;
    if (append(p, u, ulen, byte, blen, false) != GC_OK)
        return GC_ENOMEM;
    memcpy(p->match.data + at, m, ulen);
    return GC_OK;
}

/* The sentence's matching text: match once it holds a folded form, else
 * the sentence itself. */
static char *match_text(ingest_parser *p)
{
    return p->folded ? p->match.data : p->sent.data;
}

/* ---- sentences and paragraphs ---- */

static int flush_sentence(ingest_parser *p)
{
    ingest_sentence s;
    int rc;

    p->space_pending = false;
    if (p->sent.len > 0 && !p->scout) {
        bool taken;
        p->sent.data[p->sent.len] = match_text(p)[p->sent.len] = '\0';
        ingest_sentence row = {
            .text = p->sent.data,
            .match = match_text(p),
            .len = p->sent.len,
            .anchors = p->anch,
            .nanchors = p->nanch,
            .para_start = p->para_start,
            .number_from = p->number_from < p->sent.len ? p->number_from : p->sent.len,
            .has_digit = p->digit_seen,     /* the letter counts stay 0: a table does not ask */
        };
        if ((rc = ingest_table_sentence(&p->tab, &p->ctx, &row, p->name, &p->sink, &taken))
            != GC_OK || taken) {
            /* a table's header or row: read, and gone like any sentence */
            p->sentences++;
            p->noisy = p->dot_pending = p->para_start = p->prev_alnum = false;
            p->n_cjk = p->n_latin = p->n_other = p->nanch = p->sent.len = p->match.len = 0;
            p->folded = p->digit_seen = false;
            p->number_from = SIZE_MAX;
            p->prev_kept = 0;
            return rc;
        }
    }
    if (p->sent.len > 0 && p->noisy) {
        /* the clean-up edits both texts alike: give it both; it may cut a
         * digit, and the quick test then decides */
        p->digit_seen = false;
        if (start_match(p) != GC_OK)
            return GC_ENOMEM;
        ingest_draft d = { &p->sent, &p->match, &p->anch, &p->nanch, &p->capanch,
                           &p->number_from, &p->n_latin, &p->n_other };
        if (ingest_normalise(&d) != GC_OK)
            return GC_ENOMEM;
    }
    p->noisy = false;
    if (p->sent.len == 0) {
        p->nanch = 0;
        p->number_from = SIZE_MAX;
        p->digit_seen = false;
        return GC_OK;
    }
    p->sent.data[p->sent.len] = '\0';
    if (p->folded)
        p->match.data[p->match.len] = '\0';
    s.number_from = p->number_from < p->sent.len ? p->number_from : p->sent.len;
    s.has_digit = p->digit_seen;
    p->number_from = SIZE_MAX;
    p->digit_seen = false;
    s.text = p->sent.data;
    s.match = match_text(p);
    s.len = p->sent.len;
    s.anchors = p->anch;
    s.nanchors = p->nanch;
    s.para_start = p->para_start;
    s.n_cjk = p->n_cjk;
    s.n_latin = p->n_latin;
    s.n_other = p->n_other;
    p->n_cjk = p->n_latin = p->n_other = 0;
    p->dot_pending = p->mark_pending = false;
    p->prev_kept = 0;
    if (p->scout) {
        ingest_doctime_observe(&p->ctx.dt, &p->ctx.maps, s.match, s.len, s.para_start);
        if (s.n_cjk == 0 && s.n_latin > 0)
            ingest_en_observe(&p->ctx.dt, s.text, s.len);
        rc = GC_OK;
    } else {
        if (p->para_start) {
            if (!p->ctx.report_year) {
                /* a text longer than its head may still be dated by a title */
                ingest_doctime_observe(&p->ctx.dt, &p->ctx.maps, s.match, s.len, true);
                ingest_doctime_apply(&p->ctx.dt, &p->ctx);
            }
            ingest_context_paragraph(&p->ctx, s.match, s.len);
        }
        p->sentences++;
        rc = ingest_grammar_sentence(&p->ctx, &s, p->name, &p->sink);
    }
    buf_reset(&p->sent);
    buf_reset(&p->match);
    p->folded = false;
    p->nanch = 0;
    p->para_start = false;
    p->prev_alnum = false;
    return rc;
}

int ingest_feed_end_paragraph(ingest_parser *p)
{
    int rc = flush_sentence(p);

    p->para_start = true;
    p->ctx.para_year = 0;
    p->ctx.para_target = false;
    p->ctx.para_estimated = false;
    p->ctx.para_span = 0;
    p->ctx.para_to_year = 0;
    p->ctx.para_plan_from = p->ctx.para_plan_to = 0;
    p->ctx.para_since = 0;
    p->ctx.para_pair_base = 0;
    p->ctx.para_basis = INGEST_BASIS_UNSTATED;
    return rc;
}

static bool is_sentence_end(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B
        || cp == '!' || cp == '?' || cp == ';';
}

/* Punctuation after which a line end is a real paragraph end (a bar ends a
 * row of a table: | 工业 | 8848 |). */
static bool is_line_final(uint32_t cp)
{
    return is_sentence_end(cp) || cp == 0xFF1A || cp == ':' || cp == 0xFF09 || cp == ')' || cp == '.'
        || cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0x300B || cp == 0x2026 || cp == '|';
}

static bool is_clause_break(uint32_t cp)
{
    return cp == ',' || cp == 0x3001 || cp == 0xFF1A || cp == ':';
}

static bool is_space(uint32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0x3000 || cp == 0xA0;
}

static bool is_alnum(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}

static bool is_upper(uint32_t cp)
{
    return cp >= 'A' && cp <= 'Z';
}

static bool is_letter(uint32_t cp)
{
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
}

/* A space is kept between two ASCII characters when one of them is a
 * letter ("grew 6.9 percent", "(GDP) of"), so that English words stay
 * apart; around CJK characters and between figures and signs ("8.5 %")
 * it is dropped as before. */
static bool keeps_space(uint32_t prev, uint32_t cp)
{
    if (prev == 0 || prev >= 0x80 || cp >= 0x80)
        return (is_alnum(prev) && is_alnum(cp))
            || (prev >= 0xC0 && prev < 0x2000 && cp < 0x2000 && cp > ' ')
            || (cp >= 0xC0 && cp < 0x2000 && prev < 0x2000 && prev > ' ');
    return is_letter(prev) || is_letter(cp) || (is_alnum(prev) && is_alnum(cp));
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

/* The normalised form of cp: full-width ASCII (digits, letters, ％ ． ， ／)
 * to ASCII; anything else unchanged. */
static uint32_t fold_width(uint32_t cp)
{
    if (cp < 0xFF05 || cp > 0xFF5A)
        return cp;
    if ((cp >= 0xFF10 && cp <= 0xFF19) || (cp >= 0xFF21 && cp <= 0xFF3A)
        || (cp >= 0xFF41 && cp <= 0xFF5A) || cp == 0xFF05 || cp == 0xFF0E || cp == 0xFF0C
        || cp == 0xFF0F)
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

/* A numbered heading: "（一）…", "(1)…", "一、…", "1、…". */
static bool is_heading_start(const ingest_parser *p, const uint32_t c[3])
{
    unsigned char u[4];
    int n;

    if (c[0] == 0xFF08 || c[0] == '(')
        return true;
    if (c[1] != 0x3001 && c[1] != '.')
        return false;
    if (c[0] >= '0' && c[0] <= '9')
        return !(c[1] == '.' && c[2] >= '0' && c[2] <= '9');   /* 7.6% is a figure */
    n = utf8_encode(c[0], u);
    return n > 0 && ingest_lex_is(p->ctx.maps.lx, LEX_HEADING_NUMERAL, (const char *)u, (size_t)n);
}

/* A line of a text wrapped by hand (printed lines of some 20 to 45
 * ideographs, each ended by a line break): it is nearly as wide as the
 * widest line so far, counting an ideograph as two half-widths, and that
 * width is a printed line's, not a paragraph's. */
static bool full_line(const ingest_parser *p)
{
    long w = p->line_chars + p->line_wide;

    return p->wrap_width <= WRAP_MAX_WIDTH && p->wrap_width >= WRAP_MIN_WIDTH
        && w >= WRAP_MIN_WIDTH && w * 5 >= p->wrap_width * 4;
}

/* A line ends: either the paragraph goes on in the next line (page break)
 * or it ends here.  See the comment at the top for the rule. */
static int line_end(ingest_parser *p)
{
    int rc = GC_OK;

    if (p->line_chars > 0) {
        bool heading = is_heading_start(p, p->line_first);
        if (!is_line_final(p->line_last) && !heading && !p->tab.active
            && (p->line_chars >= JOIN_MIN_CHARS || p->line_comma || full_line(p))) {
            p->joining = true;
            p->space_pending = true;
            p->soft_join = p->line_chars < JOIN_MIN_CHARS && !p->line_comma;
        } else {
            p->joining = p->soft_join = false;
            rc = ingest_feed_end_paragraph(p);
        }
    } else if (p->soft_join) {
        p->soft_join = p->joining = false;
        rc = ingest_feed_end_paragraph(p);
    }
    p->tab.active = p->tab.active && p->line_chars > 0;   /* a blank line ends a table */
    if (p->line_chars + p->line_wide > p->wrap_width)
        p->wrap_width = p->line_chars + p->line_wide;
    p->line_chars = p->line_wide = 0;
    p->line_comma = false;
    p->line_first[0] = p->line_first[1] = p->line_first[2] = 0;
    p->line++;
    p->col = 1;
    return rc;
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

/* One decoded character: cp, at original offset byte, blen bytes long
 * there; orig is those bytes when they are cp's UTF-8 (NULL after a
 * conversion), so that a character kept as it is needs no encoding.
 * Advances the position. */
static int put_char(ingest_parser *p, uint32_t cp, size_t blen, const unsigned char *orig)
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
        return line_end(p);
    if (cp == 0xFEFF && at == 0)
        return GC_OK;               /* byte-order mark */
    if (is_space(cp)) {
        p->space_pending = p->sent.len > 0;
        p->word_len = 0;        /* "trillion U.S.": U is a word of one letter */
        p->col++;
        return GC_OK;
    }
    cp = fold_width(cp);
    if (cp == '%')
        p->ctx.seen_percent = true;
    /* an English sentence ends at a '.' before a capital or a quote */
    if (p->dot_pending && ((cp >= 'A' && cp <= 'Z') || cp == '"' || cp == 0x201C)
        && (rc = flush_sentence(p)) != GC_OK)
        return rc;
    p->dot_pending = false;
    if (p->mark_pending && !(cp >= '0' && cp <= '9') && (rc = flush_sentence(p)) != GC_OK)
        return rc;
    p->mark_pending = false;
    count_script(p, cp);
    if (p->line_chars < 3)
        p->line_first[p->line_chars] = cp;
    p->line_chars++;
    p->line_wide += cp >= 0x1100;
    p->line_last = cp;
    p->line_comma = p->line_comma
                    || (is_clause_break(cp) && !((cp == ':' || cp == 0xFF1A) && p->prev_kept >= '0'
                                                  && p->prev_kept <= '9'));
    if (p->space_pending && keeps_space(p->prev_kept, cp)) {
        rc = append(p, " ", 1, at, 0, false);
        p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, ' ');
    }
    if (p->space_pending)
        ingest_table_gap(&p->tab, p->sent.len);
    p->space_pending = false;
    p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, cp);
    if (p->number_from == SIZE_MAX && ingest_number_start(&p->ctx.maps, fold_trad(p, cp)))
        p->number_from = p->sent.len;
    p->digit_seen = p->digit_seen || (cp >= '0' && cp <= '9');
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        ulen = 1;
    } else if (orig && cp == read && !is_trad(p, cp)) {
        if (rc == GC_OK)
            rc = append(p, (const char *)orig, blen, at, blen, false);
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
        rc = append(p, (const char *)u, (size_t)ulen, at, blen, false);
    p->prev_alnum = is_alnum(cp);
    p->prev_kept = cp;
    if (cp == '.')
        p->dot_pending = p->word_len != 1 || !(p->sent.len >= 2 && is_upper(
                                                  (unsigned char)p->sent.data[p->sent.len - 2]));
    p->word_len = ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? p->word_len + 1 : 0;
    p->col++;
    if (rc != GC_OK)
        return rc;
    if ((cp == '?' || cp == 0xFF1F) && p->sent.len < SENT_SOFT && after_ideograph(p, cp)) {
        p->mark_pending = true;  /* after an ideograph: the next character decides */
        return GC_OK;
    }
    if (is_sentence_end(cp) || p->sent.len >= SENT_HARD
        || (p->sent.len >= SENT_SOFT && is_clause_break(cp)))
        return flush_sentence(p);
    return GC_OK;
}

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
    rc = comma ? append(p, ",", 1, at, 3, false) : append(p, (const char *)orig, 3, at, 3, false);
    p->prev_alnum = false;
    p->prev_kept = kept;
    p->word_len = 0;
    p->col++;
    if (rc != GC_OK)
        return rc;
    /* past SENT_SOFT a comma cuts the sentence, as any clause break does */
    return !comma || p->sent.len >= SENT_SOFT ? flush_sentence(p) : GC_OK;
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
        int rc = flush_sentence(p);
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
    if (append(p, (const char *)s, len, at, len, true) != GC_OK)
        return GC_ENOMEM;
    p->byte += (long long)len;
    p->col += (long)nchars;
    p->prev_alnum = false;
    p->prev_kept = p->line_last;    /* an ideograph or a quiet mark, as put_char keeps it */
    p->dot_pending = false;
    p->word_len = 0;
    p->n_cjk += nchars - marks;
    return p->sent.len >= SENT_HARD ? flush_sentence(p) : GC_OK;
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
static const uint64_t all_stop[64] = {
#define ALL8 ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull, ~0ull
    ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8, ALL8
#undef ALL8
};

void ingest_feed_rows(ingest_parser *p)
{
    for (unsigned c = 0; c < 256; c++) {
        bool ideograph = c >= 0xE4 && c <= 0xE9;
        p->stop_rows[c] = ideograph ? p->ctx.maps.stop + ((c - 0xE4) << 6) : all_stop;
        p->fold_rows[c] = ideograph ? p->ctx.maps.fold + ((c - 0xE4) << 6) : all_stop;
    }
}

/* The hot loop of ideograph_run: steps over the plain ideographs from q,
 * whole three-byte characters U+4000..U+9FFF whose bit in the map of rows
 * (stop_rows or fold_rows) is clear, one test of the continuation bytes
 * and one bit test each, and returns where they end (past last when all of
 * them are; last is the final place three bytes fit).  A continuation byte
 * 10xxxxxx xor 0x80 is its six low bits, and anything else is more than
 * 0x3F; (cp - TRAD_LO) >> 6 is lead:c1, cp & 63 is c2, and a lead byte
 * outside E4..E9 has a row of set bits. */
static HOT_INLINE const unsigned char *plain_span(const uint64_t *const *rows,
                                                  const unsigned char *q,
                                                  const unsigned char *last)
{
    while (q <= last) {
        unsigned c1 = q[1] ^ 0x80u, c2 = q[2] ^ 0x80u;
        if ((c1 | c2) > 0x3Fu || (rows[q[0]][c1] >> c2 & 1))
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
    if (append(p, (const char *)s, k, at, k, true) != GC_OK)
        return GC_ENOMEM;
    p->byte += (long long)k;
    p->col += (long)k;
    p->line_chars += (long)k;
    p->line_last = s[k - 1];
    p->prev_kept = s[k - 1];
    p->prev_alnum = s[k - 1] != '%';
    if (s[k - 1] == '%')
        p->ctx.seen_percent = true;
    p->word_len = 0;
    return GC_OK;
}

/* A run of lowercase ASCII letters s[0..k) with no space or mark pending:
 * most of an English text.  What put_char would do for each is done once
 * for the lot: none is a space, a capital, a break, a number start or a
 * traditional form, and the noise rule can hold only for the first (after
 * a digit, a point or a bracket).  The caller keeps the sentence below
 * SENT_HARD. */
static int put_letters(ingest_parser *p, const unsigned char *s, size_t k)
{
    long long at = p->byte;

    p->cr = false;
    p->dot_pending = false;
    p->noisy = p->noisy || ingest_noise_mark(p->prev_kept, s[0]);
    for (size_t d = 0; d < k && p->line_chars + (long)d < 3; d++)
        p->line_first[p->line_chars + (long)d] = s[d];
    if (append(p, (const char *)s, k, at, k, true) != GC_OK)
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

/* ---- decoding ---- */

int ingest_feed_bad_utf8(ingest_parser *p, gc_diag *diag, const char *what)
{
    gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                "%s UTF-8 at byte %lld (line %ld, column %ld); pass --encoding gb18030 "
                "if the file is GB18030/GBK", what, p->byte, p->line, p->col);
    return GC_EENCODING;
}

static int binary(ingest_parser *p, gc_diag *diag)
{
    gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                "not a text file (NUL byte at byte %lld); give a UTF-8 or GB18030 report",
                p->byte);
    return GC_EBINARY;
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
        if ((rc = put_char(p, cp, (size_t)len, tmp)) != GC_OK)
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
                return binary(p, diag);
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
            if (c >= 'a' && c <= 'z' && !p->space_pending && !p->mark_pending
                && p->sent.len + 1 < SENT_HARD) {
                /* a word's letters in one step */
                size_t k = 1, room = SENT_HARD - 1 - p->sent.len;
                while (i + k < n && k < room && s[i + k] >= 'a' && s[i + k] <= 'z')
                    k++;
                rc = put_letters(p, s + i, k);
                i += k;
                continue;
            }
            rc = put_char(p, c, 1, s + i);
            i++;
            continue;
        }
        if ((cp = plain_three(s + i, n - i)) != 0) {
            if ((cp == 0xFF0C || cp == 0x3002) && !p->space_pending && !p->mark_pending)
                rc = put_mark(p, cp, s + i);
            else
                rc = put_char(p, cp, 3, s + i);
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
        rc = put_char(p, cp, (size_t)len, s + i);
        i += (size_t)len;
    }
    return rc;
}

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
            return binary(p, diag);
        /* the whole original character goes to the first output character */
        rc = put_char(p, cp, j == 0 ? blen : 0, NULL);
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

static int feed_iconv(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag)
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

int ingest_feed_decoded(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag)
{
    return p->mode == ENC_ICONV ? feed_iconv(p, s, n, diag) : feed_utf8(p, s, n, diag);
}
