/* feed.h -- what the files of the parser share: the parser's state, and
 * the feeding half (decoded characters to normalised sentences, handed to
 * the grammar: feed.c, feed_iconv.c, feed_char.c, feed_line.c,
 * feed_sentence.c, called in that order of layers) that the other half
 * (parser.c: the life cycle of a parser, the input's head and its
 * encoding) calls into.  Private to those files. */
#ifndef GC_INGEST_FEED_H
#define GC_INGEST_FEED_H

#include <iconv.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../common/buf.h"
#include "../common/status.h"
#include "ingest_int.h"
#include "table.h"

#define SENT_SOFT (16u * 1024)      /* past this a sentence is cut at the next clause break */
#define SENT_HARD (64u * 1024)      /* past this it is cut at the next character */

/* How the input is decoded: not chosen yet (its first bytes are held in
 * probe), UTF-8, or through iconv (cd). */
enum enc_mode { ENC_PROBE, ENC_UTF8, ENC_ICONV };

struct ingest_parser {
    char *name;
    char *encoding;          /* NULL: auto; else an iconv name */
    bool detected;           /* encoding was detected, not given in the options:
                                then it points at cd_name (or a literal), not owned */
    ingest_sink sink;
    enum enc_mode mode;
    iconv_t cd;              /* open for cd_name or (iconv_t)-1; used in ENC_ICONV
                                mode only, and kept across resets for the next
                                input in that encoding (opening one allocates) */
    char cd_name[32];        /* the encoding cd converts from; "" none */
    buf probe;               /* input held until the encoding is chosen */
    unsigned char carry[8];  /* an incomplete character from the previous feed */
    size_t ncarry;
    long long byte;          /* original offset of the next character */
    long line, col;          /* its line and column */
    bool cr;                 /* the previous character was a CR */
    long line_chars;         /* characters on the current line, spaces excluded */
    long line_wide;          /* of those, the wide ones (ideographs, full-width) */
    long wrap_width;         /* the widest line so far, in half-widths (see line_end) */
    bool soft_join;          /* the line continues only by its width: a blank line ends it */
    uint32_t line_first[3];  /* its first three such characters */
    uint32_t line_last;      /* the last one */
    long line_digit_end;     /* line_chars just after the line's last digit or %, 0 if none */
    bool line_comma;         /* it holds clause punctuation: prose, not a title */
    bool line_wide_gap;      /* a space between two wide characters (a menu: 首頁 新聞) */
    bool line_stop;          /* a sentence ended on it (set by ingest_feed_flush) */
    bool line_address;       /* it holds a web address's ":/" (feed_line.c) */
    bool in_address;         /* the characters since the last space are a web address's */
    bool short_join;         /* the line joined to this one was a short Chinese line: a title */
    int cap_split;           /* 1: the English line joined to the next reads
                                like a heading (feed_line.c); 2: and a blank
                                line followed it, so a next line that opens
                                with a capital starts a paragraph of its own */
    bool space_pending;      /* whitespace seen since the last character kept */
    bool prev_alnum;         /* the last character kept is an ASCII letter or digit */
    uint32_t prev_kept;      /* the last character kept (0 at a sentence start) */
    bool dot_pending;        /* the last character kept is a '.' that may end an
                                English sentence (not after a lone capital: U.S.) */
    bool mark_pending;       /* the last character kept is a '?': a question's end,
                                or, before a digit, a character OCR could not
                                read (增加值?8.95亿元, tokens.c voids the figure) */
    bool dash_spaced;        /* the last '-' kept had a space before it and no
                                letter or digit: a space after it makes it a
                                bullet, which ends the sentence (宏观经济 - 经济总量) */
    size_t word_len;         /* ASCII letters kept since the last non-letter */
    size_t n_cjk, n_latin, n_other;  /* letters of the sentence by script */
    buf sent;                /* the current sentence, normalised */
    buf match;               /* the same, traditional forms folded (same offsets);
                                filled only once the sentence holds such a form
                                (folded): until then the matching text is sent */
    bool folded;             /* match holds the sentence (see match_text) */
    ingest_anchor *anch;     /* its offset map */
    size_t nanch, capanch;
    long long run_next;      /* original offset that would continue the last anchor run */
    long run_line;
    bool para_start;         /* the sentence being built opens a paragraph */
    bool noisy;              /* it holds what ingest_normalise() cuts, maybe */
    ingest_table tab;        /* its cell breaks, and the table being read (table.c) */
    ingest_context ctx;
    size_t sentences;           /* sentences handed to the grammar so far */
    bool digit_seen;         /* the sentence holds an ASCII digit */
    bool bar_seen;           /* it holds a '|' (a table's bars) */
    size_t number_from;      /* offset in the sentence of its first character
                                for which ingest_number_start() holds; SIZE_MAX
                                while there is none */
    const uint64_t *stop_rows[256];  /* by a character's lead byte, its row of the
                                        map stop (or fold, below) for the ideograph
                                        runs, in run_rows: the 64 bits of each
                                        second byte c1 (ingest_feed_rows()); all_stop
                                        for any lead but E4..E9 */
    const uint64_t *fold_rows[256];
    uint64_t run_rows[2][6][256];    /* the rows of stop and fold for the leads
                                        E4..E9, by the second byte as it is: a byte
                                        that is no continuation byte has every bit
                                        set, so that the runs' hot loop tests only
                                        the third byte */
    buf head;                /* the input's head, held until the document is dated */
    bool dated;              /* the head has been shown to the document-time stage */
    bool scout;              /* this parser only shows sentences to that stage */
    ingest_parser *scouter;  /* the scout parser of this one, kept for the next input */
    struct ingest_release_scan *release;  /* the evidence of national figures
                                             (release.c), kept likewise */
    struct ingest_release_en_scan *release_en;  /* the same of an English text
                                                   (release_en.c) */
};

/* Feeds n decoded bytes s of input (UTF-8, or the input's encoding through
 * p->cd in ENC_ICONV mode) to the sentence being built, handing each
 * sentence that ends to the grammar.  An incomplete character at the end is
 * kept in p->carry for the next call.  Returns GC_OK, GC_EENCODING or
 * GC_EBINARY with diag filled, GC_ENOMEM, or a sink's non-zero value. */
int ingest_feed_decoded(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag);

/* Ends the current paragraph: hands its last sentence to the grammar and
 * forgets the paragraph's context.  Returns as ingest_feed_decoded. */
int ingest_feed_end_paragraph(ingest_parser *p);

/* Points p->stop_rows and p->fold_rows into p->ctx.maps, once the maps
 * are made (the parser must not move after). */
void ingest_feed_rows(ingest_parser *p);

/* Fills diag for invalid UTF-8 (what: "invalid", "truncated") at the
 * parser's position; returns GC_EENCODING. */
int ingest_feed_bad_utf8(ingest_parser *p, gc_diag *diag, const char *what);

/* ---- inside the feeding half ---- */

/* Hands the sentence being built to the table reader and the grammar (a
 * scout: to the document-time stage only) and starts the next one.
 * Returns as ingest_feed_decoded. (feed_sentence.c) */
int ingest_feed_flush(ingest_parser *p);

/* Makes p->match a copy of the sentence so far, once it is to hold a
 * folded form; GC_OK or GC_ENOMEM. (feed_sentence.c) */
int ingest_feed_start_match(ingest_parser *p);

/* Doubles the offset map's room (64 anchors at first); GC_OK or
 * GC_ENOMEM. (feed_sentence.c) */
int ingest_feed_grow_anchors(ingest_parser *p);

/* A line ends: the paragraph goes on in the next line (a page break) or
 * ends here. (feed_line.c) */
int ingest_feed_line_end(ingest_parser *p);

/* Fills diag for a NUL byte (not a text file); returns GC_EBINARY.
 * (feed_line.c) */
int ingest_feed_binary(ingest_parser *p, gc_diag *diag);

/* One decoded character cp, blen bytes long in the input; orig is those
 * bytes when they are cp's UTF-8 (NULL after a conversion).  Advances the
 * position.  Returns as ingest_feed_decoded. (feed_char.c) */
int ingest_feed_put_char(ingest_parser *p, uint32_t cp, size_t blen, const unsigned char *orig);

/* Feeds n bytes in the input's encoding through p->cd, as
 * ingest_feed_decoded. (feed_iconv.c) */
int ingest_feed_iconv(ingest_parser *p, const unsigned char *s, size_t n, gc_diag *diag);

/* ---- appending to the sentence: inline, the hot path of every file ---- */

#if defined(__GNUC__)
#define HOT_INLINE inline __attribute__((always_inline))
#else
#define HOT_INLINE inline
#endif

/* Starts an anchor at the sentence's end for original offset byte: inline,
 * as a comma or a digit after an ideograph takes one (a call each cost as
 * much as the anchor). */
static HOT_INLINE int feed_push_anchor(ingest_parser *p, long long byte)
{
    if (p->nanch == p->capanch && ingest_feed_grow_anchors(p) != GC_OK)
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
static HOT_INLINE int feed_append(ingest_parser *p, const char *u, size_t ulen, long long byte,
                              size_t blen, bool run)
{
    if (p->nanch == 0 || ulen != blen || byte != p->run_next || p->line != p->run_line)
        if (feed_push_anchor(p, byte) != GC_OK)
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

static inline bool is_alnum(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
}

static inline bool is_letter(uint32_t cp)
{
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
}

/* A space is kept between two ASCII characters when one of them is a
 * letter ("grew 6.9 percent", "(GDP) of"), so that English words stay
 * apart; around CJK characters and between figures and signs ("8.5 %")
 * it is dropped as before.  (feed_char.c, and feed.c's words after a
 * space) */
static inline bool keeps_space(uint32_t prev, uint32_t cp)
{
    if (prev == 0 || prev >= 0x80 || cp >= 0x80)
        return (is_alnum(prev) && is_alnum(cp))
            || (prev >= 0xC0 && prev < 0x2000 && cp < 0x2000 && cp > ' ')
            || (cp >= 0xC0 && cp < 0x2000 && prev < 0x2000 && prev > ' ');
    return is_letter(prev) || is_letter(cp) || (is_alnum(prev) && is_alnum(cp));
}

static inline bool feed_is_sentence_end(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF1B
        || cp == '!' || cp == '?' || cp == ';';
}


#endif
