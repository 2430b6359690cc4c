/* ingest_int.h -- what the files of the ingest module share and nobody else
 * needs: the normalised sentence with its offset map, the document context
 * the grammar reads and updates, and the small text helpers. */
#ifndef GC_INGEST_INT_H
#define GC_INGEST_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../common/buf.h"
#include "ingest.h"

/* One run of the offset map.  From norm on, normalised bytes correspond one
 * to one to original bytes starting at byte, on line `line`, the first of
 * them in column col; the run ends where the next anchor starts.  A
 * character whose normalised form differs in length from the original (a
 * full-width digit, a converted GB18030 character) starts a new anchor, so
 * every lookup is exact. */
typedef struct ingest_anchor {
    size_t norm;      /* offset in the normalised sentence, bytes */
    long long byte;   /* offset in the original input, bytes */
    long line;        /* 1-based line in the original input */
    long col;         /* 1-based column, in characters */
} ingest_anchor;

/* A normalised sentence: full-width forms folded, spaces between figures
 * and words removed, page-break line ends joined, traditional forms of the
 * words the grammar reads folded to simplified. */
typedef struct ingest_sentence {
    const char *text;               /* NUL-terminated UTF-8, as reported */
    const char *match;              /* the same with traditional forms folded to
                                       simplified: same length, same offsets */
    size_t len;                     /* bytes, without the NUL */
    const ingest_anchor *anchors;   /* anchors[0].norm == 0 */
    size_t nanchors;
    bool para_start;                /* first sentence of its paragraph */
    size_t number_from;             /* offset of the first character for which
                                       ingest_number_start() holds; len if none */
} ingest_sentence;

#define INGEST_KW_BUCKETS 512
#define INGEST_KW_MAX 192
#define INGEST_CJK_WORDS ((0xA000 - 0x4000) / 64)

/* What the grammar knows beyond the sentence it reads.  Document fields live
 * for the whole input; paragraph fields are reset at each paragraph. */
typedef struct ingest_context {
    int report_year;       /* year the report is written for (Y); 0 unknown */
    bool year_given;       /* report_year came from the options: keep it */
    bool review;           /* inside the review of past years */
    bool plan;             /* inside the plans/targets for the report year */
    int para_year;         /* leading year of the paragraph ("2021年，"); 0 none */
    bool para_target;      /* the paragraph states goals (主要预期目标是：) */
    bool para_estimated;   /* 预计 ... (下同) covers the paragraph */
    bool para_period;      /* the paragraph reviews a period (五年来) */
    ingest_basis para_basis;  /* a basis with 下同 holds for the paragraph */
    /* exact bit maps over the ideographs U+4000..U+9FFF (lead bytes E4..E9,
       where every keyword and action verb starts): bit cp - 0x4000 set when
       a keyword (kw_first) or an action verb (verb_first) starts with cp,
       or when the tokenizer must look at cp (tok_first: a keyword's first
       character or one that may start a figure); and for the subject
       cleaner, the first characters of the words stripped from a subject's
       start (lead_first) and the last of those stripped from its end
       (tail_last) */
    uint64_t kw_first[INGEST_CJK_WORDS];
    uint64_t verb_first[INGEST_CJK_WORDS];
    uint64_t tok_first[INGEST_CJK_WORDS];
    uint64_t lead_first[INGEST_CJK_WORDS];
    uint64_t tail_last[INGEST_CJK_WORDS];
    /* the grammar's keyword index by first character, built on first use:
       kw_head[cp % INGEST_KW_BUCKETS] is 1 + the first keyword starting with
       such a character (0: none), kw_next[k] the next one, in table order */
    unsigned short kw_head[INGEST_KW_BUCKETS];
    unsigned char kw_next[INGEST_KW_MAX];
    uint64_t num_filter[4];   /* bit h(cp) set for the characters that may start
                                 a Chinese figure; see grammar.c */
    bool kw_ready;
    /* the grammar's working memory, kept from sentence to sentence so that
       reading one allocates nothing once the buffers have grown to the
       longest sentence (itself capped by the parser); see
       ingest_grammar_free() */
    struct ingest_tok *toks;  /* the tokens of a sentence, toks_cap of them */
    size_t toks_cap;
    buf mem[6];               /* the reader's text buffers, emptied per sentence */
} ingest_context;

/* Fills src's line, column and byte for normalised offset pos of s. */
void ingest_locate(const ingest_sentence *s, size_t pos, ingest_source *src);

/* Reads one sentence: emits its claims (and a miss when it speaks of change
 * but yields none) to sink, and updates ctx.  Returns GC_OK, GC_ENOMEM or a
 * sink's non-zero value. */
int ingest_grammar_sentence(ingest_context *ctx, const ingest_sentence *s,
                            const char *file, const ingest_sink *sink);

/* Frees the grammar's working memory in ctx (not ctx itself).  ctx may be
 * used again afterwards: the memory is allocated anew on demand. */
void ingest_grammar_free(ingest_context *ctx);

/* Updates the document context from the first sentence of a paragraph (the
 * report's title and date, section headings, a leading 五年来).  text is the
 * matching form (ingest_sentence.match). */
void ingest_context_paragraph(ingest_context *ctx, const char *text, size_t len);


/* True for the characters at which the grammar's quick test may find a
 * figure: ASCII digits, the Chinese digits 零〇一二两三四五六七八九, 十, 翻
 * (翻一番), 分 (分之), 突 (突破) and 超 (超过).  A sentence with none of them
 * holds no claim; the parser notes the first one (number_from) so that the
 * test starts there. */
bool ingest_number_start(uint32_t cp);

/* The value 0..9 of the Chinese digit at s (零〇一二两三...九), with its byte
 * length in *len; -1 when s does not start with one. */
int ingest_cn_digit(const char *s, size_t n, size_t *len);

/* True when s starts a number: an ASCII digit, a Chinese digit, 十 or 百分之. */
bool ingest_is_numeral_start(const char *s, size_t n);

/* True when s[0] is ',' followed by exactly three digits and then no digit:
 * a thousands separator, not a clause break. */
bool ingest_thousands_group(const char *s, size_t n);

/* strtod in the C locale's syntax for the digits-and-dot strings amount.c
 * builds (no locale is consulted: the digits are ASCII, the point is '.'). */
double ingest_strtod_c(const char *digits);

#endif
