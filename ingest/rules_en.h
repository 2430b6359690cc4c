/* rules_en.h -- what the files of the English grammar share: its tokens
 * (words_en.c) and the document state its rules (rules_en.c) keep. */
#ifndef GC_INGEST_RULES_EN_H
#define GC_INGEST_RULES_EN_H

#include <stdbool.h>
#include <stddef.h>

#include "../common/buf.h"
#include "ingest_int.h"
#include "lexicon.h"
#include "text.h"

#include <string.h>

/* The English lexicon, generated from ingest/lexicon-en.tsv. */
extern const ingest_lexicon ingest_lexicon_en;

enum etok_type { ET_WORD, ET_NUM, ET_YEAR, ET_FY, ET_SPAN, ET_SIGN };

typedef struct etok {
    enum etok_type type;
    size_t pos, end;     /* bytes in the sentence */
    double v, res;       /* ET_NUM: the value and the place of its last digit */
    int year, year2;     /* ET_YEAR; ET_FY and ET_SPAN: first and last year */
    bool glued;          /* ET_NUM right after a letter (covid-19, p2) */
    char c;              /* ET_SIGN: the sign, dashes as '-', quotes as '"' */
    const lex_entry *kw; /* ET_WORD: the keyword starting here, or NULL */
    /* ET_WORD, looked up once by en_mark_tokens (the rules ask a token
       these again and again, per figure and per time phrase tried): */
    short month;         /* the whole word's month (lexicon class month), 0 none */
    short ord;           /* the ordinal word starting it (ordinal-word), 0 none */
    bool time_may;       /* may start a time phrase or a part of a year
                            (en_time_in skips the other tokens) */
    signed char dir;     /* a horizon's direction word: +1 next, coming; -1 past,
                            last (rules_en_horizon.c); 0 none */
} etok;

typedef struct etoks {
    etok *v;
    size_t n, cap;
} etoks;

/* The keywords of a lexicon by their first three bytes (a word of two
 * bytes in the bucket of each third byte), in file order (the longest
 * phrase first, as the file lists them), so that a lookup reads one
 * bucket.  By the first byte alone a lookup read some thirty rows (53
 * keywords start with 't'), by two still 28 ("in"); by three (hashed) two
 * or three, and the row's last byte rules out most. */
#define EN_KW_HASH 2048
#define EN_KW_SLOTS (INGEST_KW_MAX + 1024)  /* every row once, a row of two bytes
                                               once per byte that may follow it */
typedef struct en_kw_index {
    bool whole;                 /* the index holds every row (else en_kw_at
                                   reads the list: a keyword of one byte) */
    unsigned short start[EN_KW_HASH + 1];  /* bucket h's rows, by en_kw_hash()
                                              of a text's first three bytes:
                                              row[start[h]] .. row[start[h + 1] - 1] */
    short row[EN_KW_SLOTS];     /* row numbers, in file order within a bucket */
    /* row r's first eight bytes (zeros past its end) as en_kw_at loads a
       text's, and the mask of those that are its word's: one test rules
       out a row of the bucket that shares the first three ("the previous
       year" for "the city's") */
    uint64_t head[INGEST_KW_MAX + 1], head_mask[INGEST_KW_MAX + 1];
} en_kw_index;

void en_kw_index_build(en_kw_index *x, const ingest_lexicon *lx);

/* The rows of a class by the last byte of their word (& 63), in file order,
 * for en_back_lex(), which asks every figure which word of a class ends
 * right before it (some seventy rows of currency and qualifier words, of
 * which the last byte leaves two or three). */
#define EN_BACK_ROWS 256
typedef struct en_back_index {
    bool whole;                 /* every row is indexed (else read them all) */
    short head[64];             /* first row by its word's last byte, or -1 */
    short next[EN_BACK_ROWS];   /* the next row of the same last byte, or -1 */
} en_back_index;

void en_back_index_build(en_back_index *x, const lex_list *l);

/* en_lex_at() for LEX_KEYWORD through the index. */
size_t en_kw_at(const en_kw_index *x, const ingest_lexicon *lx, const char *t, size_t len,
                size_t i, const lex_entry **e);

/* Cuts the lower-cased sentence t[0..len) into ts (emptied first), each
 * word with the keyword starting there.  Returns GC_OK or GC_ENOMEM. */
int en_tokenize(const ingest_lexicon *lx, const en_kw_index *kx, const char *t, size_t len,
                etoks *ts);
/* Drops from ts the remarks set off by a pair of dashes in the middle of a
 * sentence (text is the sentence as written, len its length). */
void en_drop_dash_asides(etoks *ts, const char *text, size_t len);
/* Fills the looked-up fields of ts's words (month, ord, time_may, dir) on the
 * lower-cased sentence t[0..len), once the tokens are final. */
void en_mark_tokens(const ingest_lexicon *lx, etoks *ts, const char *t, size_t len);

/* en_lex_at() past its filter: the rows of l that may start t[i..), i < len. */
size_t en_lex_walk(const lex_list *l, const char *t, size_t len, size_t i, const lex_entry **e);

/* The length of the first word of class c at t[i..) that ends on a word
 * boundary; 0 when none.  *e gets its row.  Inline up to the class's
 * filter, which rules out half the lookups (1.3 a byte of English) before
 * a call. */
static inline size_t en_lex_at(const ingest_lexicon *lx, lex_class c, const char *t, size_t len,
                               size_t i, const lex_entry **e)
{
    const lex_list *l = &lx->cls[c];

    return i < len && lex_may(l, t + i, len - i) ? en_lex_walk(l, t, len, i, e) : 0;
}

/* True when t[i] is not a letter or digit (or i is the end). */
bool en_word_end(const char *t, size_t len, size_t i);

/* Does the Latin-script sentence t[0..len) read as English (common English
 * words among its words)? */
bool en_is_english(const ingest_lexicon *lx, const char *t, size_t len);

/* The English document state (rules_en.c), kept in ingest_context.en. */
typedef struct en_doc en_doc;

#define SUBJ_MAX 200
#define MAX_FIGS 64

struct en_doc {
    int title_year;      /* from a title or a date line; 0 none */
    int title_month;     /* the date line's month, 1..12; 0 none */
    bool title_weekday;  /* title_year is of a date a weekday fixes (time_source
                            weekday; doctime_weekday.c) */
    int latest;          /* the latest year stated for an actual figure */
    int latest_any;      /* the latest year stated for any figure but a goal
                            (a preliminary estimate dates a release too) */
    int current;         /* the current year, once a text names it */
    bool current_pinned; /* current told by a forecast pair ("this year and in 2016") */
    int part_year, part_from, part_to;  /* the first part of a year stated */
    int year_whole;      /* a year a figure was stated for whole, its year written
                            in its sentence with no part ("grew 6.1% in 2019"):
                            a part of it stated later is a detail, not the part
                            the text reports (time_fig_en.c); 0 none */
    int qoq;             /* -1 unknown, 1 changes on the period before, 0 year on year */
    int para_year;       /* a year leading the paragraph */
    int section_year;    /* the year a heading names ("2018 achievements",
                            "Economic Performance 1994/95") for the
                            paragraphs under it, to the next heading */
    int head_year;       /* the first year the text's head dates with (doctime_en.c) */
    int outlook_year;    /* the this-year of an outlook of two years in a row
                            the head forecasts (doctime_en.c); 0 none */
    int fy_now;          /* the current fiscal year (the year it ends), once a text
                            equates "the last fiscal year" with one (FY20) */
    size_t sentences;
    char subject[SUBJ_MAX];     /* the last subject */
    char rate_subject[SUBJ_MAX];/* the last "X growth rate" named */
    char said_ind[SUBJ_MAX];    /* the last rate claimed: its indicator */
    int said_kind;              /* and its kind */
    int said_year;              /* and its year (0 for a span) */
    bool price_head;            /* the first rate claimed names a price measure
                                   (an inflation release: basis_en.c) */
    char currency[24];          /* the last currency of the paragraph */
    struct {                    /* en_generic_subject's answers this sentence */
        size_t sentence;        /* (sentences + 1 when answered; 0 unused) */
        bool generic;
        char s[SUBJ_MAX];
    } generic[4];
    unsigned generic_next;
    /* kept from input to input (ingest_en_reset): */
    buf lc;                     /* the sentence, lower case */
    en_kw_index kx;             /* the keywords by first byte */
    en_back_index back[3];      /* currency and qualifier words, and the tail words
                                   subject_text strips, by last byte */
    etoks ts;
};

typedef struct fig {
    size_t ti, te;       /* tokens: the number, and the first after the figure */
    size_t pos, end;     /* bytes of the figure (currency sign to unit) */
    size_t npos;         /* byte of the number itself */
    size_t name_end;     /* the token after the "to" or "from" before an
                            extreme ("dropped to a ten-year low of 3.4%"):
                            its subject is written before; 0 none */
    double value, res, scale;
    char unit[48];
    const char *base;
    bool pct, points, times, money, bare, neg, from, to, paren;
    bool plus;           /* a printed "+": the value is not negative, whatever the verb */
    bool dashed;         /* set off from a name by a spaced dash: "industry - 4.1 percent" */
    bool ranged;         /* "2.5 to 3.5 percent": value to high */
    bool neg_growth;     /* negative by "negative growth (rates) of/at/as": the
                            rest of its list too ("as 12.8%, 21.1% and 3.8%") */
    double high;
    ingest_qualifier q;
    int group;           /* figures of one "A, B and C" list share a number */
    size_t floor;        /* the token after a chart's labels dropped before it
                            (drop_label_runs): its clause starts no earlier; 0 none */
} fig;

typedef struct en_reader {
    ingest_context *ctx;
    en_doc *d;
    const ingest_lexicon *lx;
    const ingest_sentence *s;
    const ingest_sink *sink;
    const char *file;
    const char *t;       /* lower case */
    size_t len;
    const etok *v;
    size_t n;
    fig f[MAX_FIGS];
    size_t nf;
    int lead_year;       /* the sentence's own lead year (In 2014, ...) */
    int deadline_year;   /* a goal's "by 2010" the sentence dated a figure with:
                            its later figures with no time of their own share it
                            ("reach US$3 trillion by 2010, with per capita GDP of
                            US$1,700") */
    bool yoy, qoq, estimated, target, real, nominal, whole_year;
    size_t yoy_at;       /* the token of the first year-on-year word */
    bool lead_qoq;       /* a period-on-period basis frames the sentence
                            ("On a monthly basis, CPI rose ...") */
    int claims;
    int actuals;         /* of them, neither estimated nor a goal */
} en_reader;

/* ---- small helpers ---- */

/* Token i's number as an int, for counts (12 months, quarter 3, five
 * years): 0 when it is no number or one an int cannot hold (a garbled
 * "1e30 months" would make the cast undefined). */
static inline int tok_int(const en_reader *r, size_t i)
{
    if (i >= r->n || r->v[i].type != ET_NUM || !(r->v[i].v > -1e6 && r->v[i].v < 1e6))
        return 0;
    return (int)r->v[i].v;
}

/* Does the word at token i end in -ed as a past form does ("performed",
 * "remained"; not "seed", "speed", "need")? */
static inline bool ed_word(const en_reader *r, size_t i)
{
    const char *w;
    size_t n;

    if (i >= r->n || r->v[i].type != ET_WORD)
        return false;
    w = r->t + r->v[i].pos;
    n = r->v[i].end - r->v[i].pos;
    return n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e';
}

/* Is token i the word w (a NUL-terminated string of any origin)? */
static inline bool is_word_str(const en_reader *r, size_t i, const char *w)
{
    const char *s;
    size_t n;

    if (i >= r->n || r->v[i].type != ET_WORD)
        return false;
    s = r->t + r->v[i].pos;
    n = r->v[i].end - r->v[i].pos;
    /* w up to its NUL, without strlen (a call per word tried, where the
       compiler does not inline this) */
    for (size_t k = 0; k < n; k++)
        if (!w[k] || w[k] != s[k])
            return false;
    return !w[n];
}

/* Is token i the word w, a string literal?  Its length is known when the
 * code is compiled, so that the many words a rule tries at a token (eight a
 * byte of English) are told apart by the token's length before any byte is
 * read; a word held in a variable goes to is_word_str() (a variable here
 * does not compile: "" w ""). */
#define is_word(r, i, w) is_word_n((r), (i), "" w "", sizeof(w) - 1)

static inline bool is_word_n(const en_reader *r, size_t i, const char *w, size_t n)
{
    return i < r->n && r->v[i].type == ET_WORD && r->v[i].end - r->v[i].pos == n
        && same_bytes(r->t + r->v[i].pos, w, n);
}

/* strcmp(s, w) == 0 and strncmp(s, w, strlen(w)) == 0 without a call:
 * they run over word lists for every figure, where a call (under ASan, an
 * interceptor) costs more than the compare. */
static inline bool str_is(const char *s, const char *w)
{
    while (*w && *s == *w)
        s++, w++;
    return *s == *w;
}

static inline bool str_starts(const char *s, const char *w)
{
    while (*w)
        if (*s++ != *w++)
            return false;
    return true;
}

static inline bool is_sign(const en_reader *r, size_t i, char c)
{
    return i < r->n && r->v[i].type == ET_SIGN && r->v[i].c == c;
}

/* The multiple word token i is, whole (doubled, tripled, threefold), or
 * NULL: "double-digit growth", "double digit(s)" are a size, no multiple. */
static inline const lex_entry *en_multiple_word(const en_reader *r, size_t i)
{
    const lex_entry *m;

    if (i >= r->n || r->v[i].type != ET_WORD
        || en_lex_at(r->lx, LEX_MULTIPLE_WORD, r->t, r->len, r->v[i].pos, &m)
               != r->v[i].end - r->v[i].pos
        || is_word(r, i + 1, "digit") || is_word(r, i + 1, "digits"))
        return NULL;
    return m;
}

/* The keyword at token i (a phrase may run over several tokens). */
static inline const lex_entry *kw_at(const en_reader *r, size_t i)
{
    return i < r->n ? r->v[i].kw : NULL;   /* looked up once by en_tokenize */
}

/* The first token at or after byte (r->n: none).  en_tokenize writes the
 * tokens in the order of their bytes, so the search halves the range: the
 * rules ask this per figure and per keyword, where a walk from the first
 * token cost some 1% of English parsing. */
static inline size_t tok_after(const en_reader *r, size_t byte)
{
    size_t lo = 0, hi = r->n;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->v[mid].pos < byte)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first token of figure f (its currency sign or qualifier word), found
 * back from its number rather than from the sentence's start. */
static inline size_t fig_first_tok(const en_reader *r, const fig *f)
{
    size_t j = f->ti;
    while (j > 0 && r->v[j - 1].pos >= f->pos)
        j--;
    return j;
}

/* ---- the document's time ---- */

/* Token i's number in lexicon class cls when the whole word is an entry of
 * it; 0 when not. */
static inline int whole_word_num(const en_reader *r, size_t i, lex_class cls)
{
    const lex_entry *e;
    if (i < r->n && r->v[i].type == ET_WORD
        && en_lex_at(r->lx, cls, r->t, r->len, r->v[i].pos, &e) == r->v[i].end - r->v[i].pos)
        return (int)e->num;
    return 0;
}

static inline int month_at(const en_reader *r, size_t i)
{
    return i < r->n && r->v[i].type == ET_WORD ? r->v[i].month : 0;  /* whole_word_num(r, i, LEX_MONTH) */
}

/* Is token i, the whole word, a row of lexicon class cls? */
static inline bool word_in(const en_reader *r, size_t i, lex_class cls)
{
    const lex_entry *e;
    return i < r->n && r->v[i].type == ET_WORD
           && en_lex_at(r->lx, cls, r->t, r->len, r->v[i].pos, &e) == r->v[i].end - r->v[i].pos;
}

/* Token i as a base word (lexicon class base-word): 1 a comparison (than,
 * compared, same), 2 a preposition before a base (from, over); 0 none. */
static inline int base_word_at(const en_reader *r, size_t i)
{
    return whole_word_num(r, i, LEX_BASE_WORD);
}

static inline int ordinal_at(const en_reader *r, size_t i)
{
    if (i < r->n && r->v[i].type == ET_WORD && r->v[i].ord)
        return r->v[i].ord;     /* (en_mark_tokens looked it up) */
    if (i < r->n && r->v[i].type == ET_NUM && !r->v[i].glued && r->v[i].v >= 1 && r->v[i].v <= 4
        && i > 0 && is_word(r, i - 1, "quarter"))
        return (int)r->v[i].v;
    return 0;
}

static inline int year_of(const etok *k)
{
    return k->type == ET_YEAR ? k->year : k->type == ET_FY ? k->year2 : 0;
}


/* ---- time of a figure ---- */

typedef struct ftime {
    int year, from, to;      /* a point (year) or a span (from, to) */
    int mfrom, mto;          /* part of the year */
    bool inferred;
    ingest_time_source src;
    bool explicit_part;
    int base_year;           /* the year of a base written beside the figure
                                ("compared to the same period in 2023",
                                "compared with 5.3 percent in 2014"): the
                                figure's own is the next, when nothing else
                                dates it; 0 none */
    int base_mfrom, base_mto;   /* the base's part of the year */
    bool base_moved;            /* that part a bare month the figure moved from
                                   ("slid 5.4% from August") */
    bool base_in_period;        /* the base written only as a period, after in,
                                   during or for ("During the corresponding
                                   period of 2011-12, the deficit was"): no
                                   comparison word sets it off */
    bool by_list;            /* one of a list of figures dated by a list or
                                span of as many years ("5.1, 6.2 and 7.3
                                percent in 2015, 2016 and 2017") */
    bool relative;           /* the year is told from the text's ("in the last
                                fiscal year"), not written */
    bool on_prev;            /* a change on the month before, written as a span
                                of the two ("between July and August") */
    bool between;            /* on_prev written "between M and M+1": a basis
                                the page states ("from M to M+1" is one
                                span's, often a year-to-date's) */
    bool before_own;         /* the period before the release's own ("in the
                                previous quarter"): its year witnesses no
                                latest year of the text */
    bool deadline;           /* written after "by" ("to reach US$6,000 by 2008"):
                                a goal's date, no year the text reports
                                figures for */
    bool part_local;         /* the part is a range of the figure's own ("from
                                January to November"), not a quarter or half:
                                it is not the part the whole text reports */
} ftime;


/* Is the base written beside a figure of time t the period just before
 * its own, as long ("in October 2014 ... compared with September 2014",
 * "in the second quarter compared with the first quarter of 2024")?  Such
 * a change is on the period before (change_pct), as a year-on-year one is
 * on the same period a year earlier. */
bool en_prev_period_base(const ftime *t);

/* Does figure k's window write its base as a period named plainly after
 * it ("compared to August", "relative to the second quarter", "over the
 * previous quarter"): a basis the page states?  Not another figure's
 * period ("compared to August's 2.9-percent increase") nor a rate's ("from
 * that of March"). */
bool en_plain_period_base(const en_reader *r, size_t k);

/* Is it the same part of the year before ("between October 2013 and
 * October 2014")?  A year-on-year change, whatever the text's usual base. */
bool en_year_before_base(const ftime *t);

/* ---- figures (figures_en.c) ---- */

/* Reads the figure at token i into f (number, unit, currency, qualifier,
 * sign, the word before it); false when the number is not a figure. */
bool en_figure_at(en_reader *r, size_t i, fig *f);

/* The value figure f states, signed: a sign the text prints wins ("fell
 * by minus 4.9 percent", "declined -0.3%" are -4.9 and -0.3), else the
 * sign the figure's words give (sign: -1 for a fall). */
double en_signed_value(const fig *f, double sign);

/* "increased by 7.9 percent year-on-year to 29,957": is figure k, a bare
 * number, the level a rate of its own clause ends at (a level with no
 * unit printed)? */
bool en_bare_after_rate(const en_reader *r, size_t k);

/* Does figure f print its sign ("+9.1%", "-4.2%", "(-)1.0")? */
bool en_printed_sign(const en_reader *r, const fig *f);

/* figure k becomes the range from its value to figure k + 1's, which is removed */
void en_join_range(en_reader *r, size_t k);

/* Gives a figure with a scale and no unit of its own the unit of the
 * figure it is paired with: "from 8.33 million to 4.91 million bales",
 * "between $2 billion and 3 billion". */
void en_pair_units(en_reader *r);

/* The start of a word of class c that ends at byte p (spaces before p
 * skipped), or SIZE_MAX; *e gets its row. */
size_t en_back_lex(const en_reader *r, lex_class c, size_t p, const lex_entry **e);

/* The first byte at or after p that is not a space. */
size_t en_skip_sp(const en_reader *r, size_t p);

/* ---- time (time_en.c) ---- */

/* The current year: named by the text, or the title's, or one after the
 * latest year stated (the same year in a release on part of a year). */
int en_current_year(const en_doc *d);
/* rules_en_outlook.c: an outlook's "this year and in 2016", "next" */
void en_outlook_year(en_reader *r);
size_t en_rel_year_at(const en_reader *r, size_t i, int *y);
bool en_own_rel_year(const en_reader *r, size_t k, ftime *u);

/* Reads a date line or a title ("March 5, 2016", "2024-05-31", "DECEMBER
 * 1999") into the document's year. */
void en_date_line(en_reader *r);

/* A part of a year named at token i ("first quarter", "Quarter 3", "Q4",
 * "first half", "first nine months", "January to October", "the December
 * 2002 quarter", "September"): sets *from and *to, returns the tokens used
 * (0 when none). */
size_t en_part_at(const en_reader *r, size_t i, int *from, int *to);

/* The length in tokens of a time phrase at token i (in/for/during/of/by +
 * a year, a fiscal year, a span or a part of a year); 0 when none. */
size_t en_time_phrase(const en_reader *r, size_t i, size_t stop);

/* The last time phrase in tokens [a, b) into t; false when none. */
bool en_time_in(const en_reader *r, size_t a, size_t b, ftime *t);

/* Is token i one word "five-year"? */
bool en_n_year_word(const en_reader *r, size_t i);

/* A span named in tokens [a, b) (from A to B, between A and B, since A,
 * over the past N years, five-year, the 12th Five-Year Plan, 2011-2015). */
bool en_span_in(const en_reader *r, size_t a, size_t b, ftime *t, bool target);


/* ---- clauses (clause_en.c) ---- */

/* The first token of figure k's clause: after the previous figure or the
 * last clause break before it. */
size_t en_clause_start(const en_reader *r, size_t k);

/* Does figure k + 1 restate figure k in another currency, in a
 * parenthesis of its own ("92.7 trillion yuan (14.2 trillion U.S.
 * dollars)")? */
bool en_converted(const en_reader *r, size_t k);

/* The end of the window after figure k: the next figure or the sentence. */
size_t en_window_end(const en_reader *r, size_t k);

/* The end of figure k's clause after it: the first clause break. */
size_t en_clause_end(const en_reader *r, size_t k);

/* Does figure k continue figure k - 1's construction with a whole of its
 * own ("14 percent of GDP and 38 percent of employment")? */
bool en_coordinated(const en_reader *r, size_t k);

/* ---- subjects (subject_pick_en.c) ---- */

/* The subject written before the figure at token ti in tokens [cs, ti)
 * into out (SUBJ_MAX bytes), or "" (then *verb gets the first verb's
 * token, or SIZE_MAX). */
void en_subject_before(const en_reader *r, size_t cs, size_t ti, char *out, size_t *verb);
/* The measure named as the object of an actor's verb in [cs, ti) ("the bank
 * kept its growth forecast at"), into out; false when none. */
bool en_object_subject(const en_reader *r, size_t cs, size_t ti, char *out);
/* "to create more than 11 million new urban jobs", "750,000 new jobs have
 * been created": a count of figure k (clause from cs) whose noun after it is
 * a measure of lexicon class count-head, and opens its clause or is the
 * object of a count verb written as an infinitive.  The noun phrase into
 * out (else ""); true when found. */
/* "at 3.3 percent this year and next", "5.7% for this year and next",
 * "2.6% for 2019 and 2020": one rate of figure k (dated y) for two years
 * in a row written after it; the second year, 0 when none
 * (rules_en_outlook.c). */
int en_second_year(const en_reader *r, size_t k, int y);
bool en_counted_subject(const en_reader *r, size_t k, size_t cs, char *out);
/* Is figure k a goal (1) or a forecast (2) set beside the figure before it
 * ("grew 6.1 percent, within the target of 6 to 6.5 percent")?  0: neither. */
int en_goal_beside(const en_reader *r, size_t k);
/* Is token g a goal's or forecast's noun after a word that compares a figure
 * with it ("within the annual target"), after token lo? */
bool en_goal_compared(const en_reader *r, size_t g, size_t lo);

/* A subject written after figure k ("36.0% growth in chemicals"), or "". */
void en_subject_after(const en_reader *r, size_t k, char *out);

/* The noun phrase before the comma that opens figure k's clause at cs,
 * when the clause starts with "which" or a bare rate word ("X, up 4.0
 * percent"); "" otherwise. */
void en_subject_appositive(const en_reader *r, size_t k, size_t cs, char *out);
/* Does figure k's clause at cs open with its verb after a comma ("…, which
 * excludes food prices, remained unchanged at"), and is the subject read
 * for it that verb ("remained unchanged"), so that the measure is named
 * before the comma? */
bool en_verb_named(const en_reader *r, size_t k, size_t cs, const char *subject);

/* The object of a multiple written as a verb ("doubling the 2010 GDP and
 * per capita income by 2020") for figure k, or "". */
void en_multiple_object(const en_reader *r, size_t k, char *out);

/* The measure named after a participle opening ("Rising 5.2 percent,
 * exports reached ...") for figure k, or "". */
void en_subject_participle(const en_reader *r, size_t k, char *out);

/* Settles the subject chosen for figure k: a sector written as the scope
 * of a whole-economy rate names it ("In the services sector, the GDP growth
 * rate increased by 5.3 per cent"); a ratio to GDP ("the investment ratio
 * to GDP stood at 31.8 per cent") names its first term, and *share is set. */
void en_subject_settle(const en_reader *r, size_t k, char *subject, bool *share);

/* Does subject s name only a place or a group of economies, written in
 * tokens [cs, ft) ("China", "the Centre", "developing Asia", "advanced
 * economies", "the East Asia and Pacific region"; lexicon classes
 * place-lead, economy-group)?  A place growing or shrinking is its
 * economy's growth. */
bool en_place_subject(const en_reader *r, size_t cs, size_t ft, const char *s);
/* Do tokens [a, b) write such a name ("growth in India")? */
bool en_place_words(const en_reader *r, size_t a, size_t b);
/* Does the sentence open with a place's name as a label ("East Asia and
 * Pacific: Growth is expected to ...", "South Asia: ...")?  Its growth
 * with no measure named is that place's economic growth. */
bool en_place_label(const en_reader *r);

/* "· Manufacturing: to expand by 3.0%", "Accommodation and food service
 * activities: a growth of 3.5%": a sentence that opens with a label, a
 * short name set off by a colon after a bullet or none, is about what the
 * label names, and a figure whose clause opens at the colon and names no
 * measure is the label's.  The label's name into out (SUBJ_MAX) when the
 * clause starting at token cs opens right after it, else "": a place's
 * name (en_place_label's growth), a stamp ("Posted:"), a word of the page
 * ("Note:", "Source:": no-name words), a label of more than eight tokens
 * or holding a keyword, a month or a clause word is no label. */
void en_label_name(const en_reader *r, size_t cs, char *out);
/* "• Total CPI: 4.2%", "; Energy products index: 15.0%": the label before
 * the colon right before figure k, opening the sentence or an item of a
 * flattened list, names its measure (not a basis, "Month-on-month", a
 * place or a page's own label).  Into out (SUBJ_MAX); "" when none.  A
 * basis label's keyword code into *basis (K_QOQ, K_PREV_YEAR, K_AVG), else
 * -1. */
void en_item_label(const en_reader *r, size_t k, char *out, int *basis);

/* Splits a list subject into n parts; false when it does not split so. */
bool en_split_subject(const char *s, size_t n, char parts[][SUBJ_MAX]);

/* ---- cues and kind (cues_en.c), time of a figure (time_fig_en.c) ---- */

/* Which keywords govern figure k: looks at its clause before it and the
 * words right after it. */
typedef struct cues {
    const lex_entry *gf;     /* the last grow/fall word before */
    size_t gf_end;           /* the token after it (0 when none) */
    bool gf_noun;            /* it is a noun (growth of, an increase of) */
    bool fall_noun;          /* a fall noun governs a from/to figure */
    bool avg, share, share_word, increment, skip, prev_year, qoq, growth_subject, mult;
    bool own_qoq;            /* a period-on-period word right after the figure
                                ("and 1.43 percent quarter-on-quarter") or on
                                its noun of change ("a monthly increase of") */
    bool own_prev_year;      /* a year-on-year base after the figure, its own
                                ("fell 1.4 percent in the second quarter from a
                                year earlier"): a basis the page states */
    int noun_basis;          /* the basis an adjective gives the last noun of
                                change: 1 monthly, quarterly; 2 annual; 0 none */
    bool estimated, target, real, nominal, last_year, this_year, present, post_dir_down;
    bool next_year;          /* "for next year", "next year," before it in its clause */
    bool level_verb;         /* a level verb right before the figure */
    bool whole_year;         /* annual, the last 12 months, the year ended: no part */
    bool post_growth, post_fall, or_after_rate;
    bool post_less;          /* "less than" right after an amount: a fall */
    double multiple;
} cues;

/* Is amount f written right after a verb of change, its size ("increased
 * $4.8 billion to ...", "went down 45,400")? */
bool en_amount_after_change(const en_reader *r, const fig *f, const cues *c);
/* Is figure k a rate after "or", or in a parenthesis, that restates the
 * amount before it ("increased $1.9 billion, or 0.4 percent", "up by 2.3
 * trillion MNT (14.9 percent)")? */
bool en_rate_of_change(const en_reader *r, size_t k);
/* Is figure k, read with an average's word, the average of a price
 * measure's twelve-month rates (a word of lexicon class price-word in its
 * subject or clause, no span of years in its sentence: "annual average
 * inflation stood at 5.44 percent", "prices rose 4.31 percent annually in
 * October")?  Then it is year on year, no average rate over years. */
bool en_price_average(const en_reader *r, size_t k, const char *subject);
/* Reads the cues of figure k whose clause starts at token cs. */
void en_read_cues(const en_reader *r, size_t k, size_t cs, cues *c);
/* Sentence-wide cues: estimates, goals, bases, the year leading it, the
 * document's year from a date line, "the current year", "X growth rate". */
void en_sentence_cues(en_reader *r);

/* The time of figure k of the given kind (cs: its clause start). */
void en_figure_time(en_reader *r, size_t k, size_t cs, const cues *c, ingest_kind kind,
                    ftime *t);

/* What figure k states; *sign gets -1 for a fall. */
ingest_kind en_figure_kind(const en_reader *r, size_t k, const cues *c, const char *subject,
                           double *sign);

/* Reads one English sentence: emits its claims to sink, updates the
 * document state (allocated on first use).  *nclaims gets the number of
 * claims.  Returns GC_OK, GC_ENOMEM or a sink's non-zero value. */
int ingest_en_sentence(ingest_context *ctx, const ingest_sentence *s, const char *file,
                       const ingest_sink *sink, int *nclaims);

/* A paragraph starts (its first sentence is s). */
void ingest_en_paragraph(ingest_context *ctx);

/* Frees the English state of ctx. */
void ingest_en_free(ingest_context *ctx);

/* Forgets the English state's document fields for a new input, keeping its
 * buffers and keyword index (nothing allocated per input).  No-op when no
 * English sentence was read yet. */
void ingest_en_reset(ingest_context *ctx);

/* rules_en_horizon.c: spans counted from the text's own year. */

/* A horizon in tokens [a, b) ("over the next five years", "in past five
 * years") into t as a span from the last year with figures; false when
 * none (or the text gives no year to count from). */
bool en_horizon_in(const en_reader *r, size_t a, size_t b, ftime *t);

/* The length in tokens of a horizon at token i ("over the next five
 * years", "past 5 years"); 0 when none. */
size_t en_horizon_len(const en_reader *r, size_t i);

/* Is the number at token i the count of years of a horizon ("next 5
 * years"), a time rather than a figure? */
bool en_months_count(const en_reader *r, size_t i);
bool en_horizon_count(const en_reader *r, size_t i);

/* The cues a horizon, a comparison and a headline give figure k (cs: its
 * clause start; subject: its measure): an average rate over a span, a
 * compared rate that is no change, a headline's forecast.  (A figure asked
 * about, "whether growth could reach 6 percent", is en_supposed()'s.) */
void en_horizon_cues(const en_reader *r, size_t k, size_t cs, cues *q, const char *subject);

/* "higher than the 2.4 percent of 2017": for a figure whose first token
 * is b, the token of the comparative before "than", or 0 when it is none. */
size_t en_than_base(const en_reader *r, size_t b);

/* Figure k's time from words its clause adds to what en_figure_time()
 * read ("next year", an estimate a work report cites); t is changed only
 * when no time was written. */
void en_horizon_time(const en_reader *r, size_t k, size_t cs, ingest_kind kind, bool estimated,
                     ftime *t);

/* A paragraph's first sentence that gave no claim but names the year its
 * data are for ("released their data for last year") dates the paragraph. */
void en_para_time(en_reader *r);

/* A heading at the start of a paragraph: the year it names dates the
 * section below it (d->section_year); a heading with no year ends it. */
void en_heading_year(en_reader *r);

/* "against last year's target of 6 percent": the first token of the words
 * that name the base's measure again before a figure starting at token b
 * ("last year's target of", "the rate of"), or b when there are none. */
size_t en_base_noun(const en_reader *r, size_t b);

/* Is the word at token i ("quarterly", "monthly") part of a publication's
 * name ("Quarterly National Accounts", "the monthly bulletin") or of a
 * measure counted by the period ("the average monthly wage", "monthly
 * hours worked") rather than a change on the period before? */
bool en_release_name(const en_reader *r, size_t i);

/* Is the period-before word at token i ("previous quarter", "prior
 * quarter", "previous three months") the time of the figure written right
 * before it ("a 4.5 percent expansion in the prior quarter", "down from 2.8
 * percent in the previous three months") rather than the base of a change?
 * That figure is the earlier period's rate, of whatever kind the rest of
 * the sentence says. */
bool en_figure_period_before(const en_reader *r, size_t i);

/* "the income of A and the income of B both rose": the two measures of
 * figure k (cs: its clause start) into two, else two[0] is "" and false. */
bool en_both_subjects(const en_reader *r, size_t k, size_t cs, char two[2][SUBJ_MAX]);

/* The measure a rate of kind is of, named by its rate: "gdp growth rate"
 * is gdp's, "investment growth in public works" is "investment in public
 * works"'s, "economic growth in Armenia" economic growth's.  Changes
 * subject (SUBJ_MAX bytes) in place. */
void en_rate_name(char *subject, ingest_kind kind);

/* "recorded GDP growth of 6.4 percent", "credit growth slowed to 9%": the
 * claim of a rate of kind names the measure (gdp), where the subject kept
 * for the figures after it stays "gdp growth" (a rate).  An adjective
 * keeps its noun: "economic growth", "global growth", "overall growth"
 * name growth itself.  "The growth of exports", "the rate of growth of
 * exports" name exports. */
void en_growth_name(const en_reader *r, char *subject, ingest_kind kind);

/* An undated text dated by the five-year plan it names (doctime.c). */
void en_plan_dates(en_reader *r);

/* subject_en.c: a clause's subject. */
size_t en_year_words(const en_reader *r, size_t i);
void en_subject_text(const en_reader *r, size_t a, size_t b, char *out, size_t cap);

/* At token i of [.., b), a possessive mark after a proper name: "’s"
 * written apart ("Bank’s") gives its 2 tokens; a word holding the mark
 * ("Gansu's") gives 1 at that word; else 0.  A subject drops the owner. */
size_t en_owner_mark(const en_reader *r, size_t i, size_t b);
/* The same for the words of a list of names ("the wholesale and retail
 * trade, repair of motor vehicles, and accommodation … sector"): the
 * commas stay (a "respectively" list splits on them), and a long list is
 * no run-on title cut to its last words. */
void en_subject_list(const en_reader *r, size_t a, size_t b, char *out, size_t cap);
bool en_generic_subject(const en_reader *r, const char *s);
bool en_ends_subject(const lex_entry *e);

/* head_en.c: the measured quantity a figure speaks of. */

/* The tokens of a phrase of lexicon class c at token i, 0 when none;
 * whole: only a phrase that ends where a token ends. */
size_t en_class_toks(const en_reader *r, lex_class c, size_t i, bool whole);

/* Checks subject, the subject found before figure k (cs: its clause start;
 * verb: the token of its verb, or SIZE_MAX) against the measure heads of
 * the lexicon: a run-on clause or a subject that names no quantity is
 * replaced by the noun phrase of the nearest head in the clause, a subject
 * of clause words alone is emptied.  False when the subject is a rate a
 * government sets (the figure is no claim). */
bool en_head_subject(const en_reader *r, size_t k, size_t cs, size_t verb, char *subject);

/* "9,400 yuan per capita": appends " per capita" to subject (SUBJ_MAX
 * bytes) when figure k is followed by it. */
void en_per_capita(const en_reader *r, size_t k, char *subject);

/* rates_en.c: figures read by what surrounds their clause. */

/* Is figure k inside a condition or a question ("if growth were 5
 * percent", "whether output tops 10 billion yuan", and all of a sentence
 * opening with If)?  A figure supposed is no figure stated (RULES.md). */
bool en_supposed(const en_reader *r, size_t k);

/* "431,300 jobs were created, 7.8 percent more than planned", "a deficit
 * 0.4 points lower than budgeted": figure k is a gap against a plan or a
 * forecast (a skip phrase "than planned", "than expected" right after its
 * comparative), no claim (RULES: gaps are not claims). */
bool en_against_plan(const en_reader *r, size_t k);

/* rules_en_aside.c: is figure k (cs: its clause start) one beside a claim
 * that is none: a forecast's earlier value or the size of its revision, a
 * contribution to growth in points, a count of years dating a remark? */
bool en_aside_figure(const en_reader *r, size_t k, size_t cs);

/* "from a 0.1 percent contraction", "to a 1.3 percent increase": is figure
 * f a rate named by the change noun right after it (an article before)? */
bool en_rate_noun_after(const en_reader *r, const fig *f);

/* "generated by education (7.2%); arts and recreation (+9.1%)": the name
 * right before the parenthesis that holds figure k (or before the spaced
 * dash that sets it off: "industry - 4.1 percent") into out (SUBJ_MAX
 * bytes; "" when none), and the sentence's first word of change (the
 * change the rate is of), or NULL. */
const lex_entry *en_paren_name(const en_reader *r, size_t k, char *out);
/* Can the word at token w name a figure a dash sets off (figures_en.c)? */
bool en_dash_name_word(const en_reader *r, size_t w);
/* Is figure k inside the parenthesis that opens right before figure k - 1
 * ("(15.2 percent; Q2: -2.2 percent)", "(3.4%, compared with 2.9% in
 * February)")? */
bool en_same_paren(const en_reader *r, size_t k);

/* The year of the level figure k is compared with, written after it: "0.4%
 * below its pre-pandemic level (Quarter 4 (Oct to Dec) 2019)"; 0 when
 * none.  The figure is a change over [that year, its own]. */
int en_level_base(const en_reader *r, size_t k);

/* In the whole of a share written in tokens [a, stop) ("the population
 * covered by the pension scheme"), the token of a participle or relative
 * word that narrows the whole down to the part ("covered", "living",
 * "who"); 0 when none.  The part is then the whole phrase, the whole the
 * words before it. */
size_t en_share_part(const en_reader *r, size_t a, size_t stop);

/* "a province with a population of 9.5 million", "… and a total number of
 * market entities of 2.1 million": the measure named right before figure
 * k's "of", after with/and and an article, into subject (SUBJ_MAX bytes);
 * false when the figure is not written so. */
bool en_with_measure(const en_reader *r, size_t k, char *subject);

/* "below the historical (2000-19) average of 3.8 percent", "pre-pandemic
 * (2017-19) levels of about 3.5 percent": figure k is the average of the
 * rate named before over the written span. */
bool en_span_average(const en_reader *r, size_t k);

/* rules_en_list.c: lists of figures and their names. */

/* Is there a "respectively" in the 12 tokens after figure k (before the
 * next figure), or between figure k - 1 and figure k? */
bool en_respectively_after(const en_reader *r, size_t k);
bool en_respectively_before(const en_reader *r, size_t k);

/* A "respectively" between the first and the last figure of a list. */
bool en_respectively_inside(const en_reader *r, size_t first, size_t last);

/* Does subject name the first, second and third (and fourth) industry for
 * a list of n figures? */
bool en_ordinal_list(const char *subject, size_t n);

/* The names of a list of n figures into parts: subject split (less a head
 * that counts or names the items, and the items' kind after the last of
 * noun items), or the last n subjects named before (prev[0..nprev)); inside: a "respectively"
 * stands inside the list; last_n: the size of the list read before.  False
 * when the list names no n parts. */
bool en_list_subjects(const en_reader *r, const char *subject, size_t n, bool inside,
                      size_t last_n, char parts[][SUBJ_MAX], char prev[][SUBJ_MAX], size_t nprev);

/* "The sectors that reported higher growth rates are tea by 7.1%, other
 * food crops by 4.9%", "in manufacturing which grew by 7.5%, transport and
 * storage by 6.3%": figure k, the first of items written "X by N%", is
 * named by the words before its "by" (less "which grew") back to a form of
 * be or "in" after cs; into out (SUBJ_MAX bytes), else "". */
void en_by_list_first(const en_reader *r, size_t k, size_t cs, char *out);

/* The parts of a year named for a list in tokens [a, b) ("in the September
 * and June quarters") into from[], to[]; returns how many (at most n). */
size_t en_list_parts(const en_reader *r, size_t a, size_t b, int from[], int to[], size_t n);

/* rules_en_elided.c: figures whose clause leaves the verb or name out. */

/* Is figure k the base of the rate before it: only time phrases between
 * them, then "over", "against", "(as) compared to/with" right before it? */
bool en_base_of_previous(const en_reader *r, size_t k);
double en_base_sign(const en_reader *r, size_t k);

/* Does the clause [cs, ft) before a figure open a part of the whole before
 * it with no verb of its own ("including", "of which", "among which",
 * "with")? */
bool en_part_clause(const en_reader *r, size_t cs, size_t ft);

/* Is the clause [cs, ft) before a figure a name alone after a comma or
 * "and", with no verb ("…, livestock products 39 percent and fisheries 18
 * percent")? */
bool en_verbless_item(const en_reader *r, size_t cs, size_t ft);

/* "a growth rate of 2.07 percent in agriculture, 5.14 percent in forestry
 * and 5.54 percent in fishery", "Rises of 6.0% in fruit and vegetables and
 * 2.0% in meat and seafood": are figure k and the one before it rates that
 * each name their measure after them ("in NAME", no place: "2.1% in Germany
 * and 1.5% in France" are one measure's), joined by a comma or "and" with
 * no verb? */
bool en_named_after_item(const en_reader *r, size_t k);

/* "grew 4.2 percent in 2019 and 3.9 percent in 2020", "expand 2.5 percent
 * this year, and 3.1 percent in 2013", "2.4 percent in Germany and 1.9 in
 * France": is figure k the same measure's rate at another time (or in
 * another place), only time phrases (or place phrases, one after each
 * figure) and "and" (or a comma) between it and the figure before? */
bool en_elided_repeat(const en_reader *r, size_t k);

/* Is rate figure k (of part and year t) compared with the same part of the
 * year before, or such a base itself (base)?  Then it is year on year. */
bool en_same_part_year_before(const en_reader *r, size_t k, const ftime *t, bool base);

/* A percent figure k read as a level that its context shows is a rate:
 * "(by 41pc from 8.33 million ...)" after "a decrease in cotton", "the 4.4
 * per cent target" after a rate (then the rate's kind and measure: last_kind
 * and last_subject, -1 and "" when none).  Returns the kind (kind, the
 * one read, when the context says nothing); may set subject (SUBJ_MAX
 * bytes) and *sign. */
ingest_kind en_rate_in_context(const en_reader *r, size_t k, ingest_kind kind, int last_kind,
                               const char *last_subject, char *subject, double *sign);

/* basis_en.c: the basis of a rate that names none. */

/* Is figure f (cues q, time t, measure subject) a twelve-month rate by the
 * convention of its measure, whatever basis the page last stated: a level
 * an inflation rate reached or stood at ("food inflation rose to 5.42 per
 * cent from 5.23 per cent in the previous month", "core inflation remained
 * unchanged at 4.8 percent"), or a growth rate moving between two months
 * ("private credit growth eased from 26.05% in February to 24.01% in
 * March")?  Never with a period-on-period word in the sentence before the
 * figure ("Month-on-month inflation eased to 0.3%") or after it other than
 * "the previous month" ("at 0.3 percent on a monthly basis"), which is the
 * time of a base there, not the basis of the rate. */
bool en_twelve_month_rate(const en_reader *r, const fig *f, const cues *q, const ftime *t,
                          const char *subject);

/* Is the period-on-period word at token i the time of a rate recorded
 * then ("same as that observed in the previous quarter", "the rate
 * recorded in the preceding quarter"): a verb of class record-verb, then
 * "in" or "during" and "the"?  It is then no basis of the sentence's
 * figures nor of the page's. */
bool en_qoq_recorded(const en_reader *r, size_t i);

/* Is the "previous year" / "last year" at token i the base of a part of a
 * year ("3.7% higher than in the 4th quarter of the previous year", "grew
 * 2.2% compared to the previous year", "up 4% over last year"): after a
 * quarter or month and "of", or after "than", "compared to", "compared
 * with" or "over"?  Then the sentence's rates are year on year, and the
 * page's later ones that name no basis too. */
bool en_year_before_basis(const en_reader *r, size_t i);

/* Is the period-on-period word at token i, in a sentence with no figure,
 * the time of the rate a rate moved from ("price increases eased from the
 * previous month", "a slight rebound compared to the previous month"):
 * after "from the", "compared to the" or "compared with the"?  It is then
 * no basis of the page's figures. */
bool en_qoq_rate_moved(const en_reader *r, size_t i);

/* Is figure f an item of a list a colon opens after a word of change
 * ("By activity, the increases were: 4.3% in tertiary activities, 4% in
 * secondary activities", "Other sub-industries also posted growth: Hotels
 * and Restaurants, with 5.4 percent")?  Then each item is that change, the
 * rate of its own name, not a level; not a share ("percent of"), nor an
 * item with a change word of its own. */
bool en_change_list_item(const en_reader *r, const fig *f);

/* Does the sentence of figure f speak of prices before it ("upward price
 * pressures came from: alcoholic beverages and tobacco (6.0 percent from
 * 5.6 percent)"), or is the page an inflation release (en_doc.price_head)
 * and the sentence names no other measure before f ("These were transport
 * (44.6 per cent), housing … (43.0 per cent)")?  A
 * rate in parentheses after a name there is the yearly rate of that name's
 * prices, as a CPI release lists its groups, even on a page that stated no
 * rate before. */
bool en_price_list(const en_reader *r, const fig *f);
/* Does subject name a price measure (a word of lexicon class price-word
 * before any "at": "food inflation", "consumer price index", not "real GDP
 * at market prices")? */
bool en_price_subject(const en_reader *r, const char *subject);

/* rules_en_share.c: the whole share figure k is of ("of GDP", "the ratio
 * to GDP") into of (SUBJ_MAX bytes, "" when none); subject (SUBJ_MAX) may
 * become the part ("87 percent of the population covered by …"). */
void en_share_whole(const en_reader *r, size_t k, char *subject, char *of);
/* rules_en_share.c: is the word after figure k, or after the last item of
 * its list, the noun "share" or "shares" ("a 4.8 per cent share of the
 * GDP", "took 2.9% and 2% shares, respectively"), or does the list follow
 * "shares of" ("with shares of 46.8% and 40.9%")?  Then each is a share. */
bool en_share_noun_after(const en_reader *r, size_t k);
/* rules_en_share.c: is figure k (k > 0) written after the figure before it
 * with no word of change between ("… 21.1 percent of total output, …
 * general government services (16.9 percent)")? */
bool en_share_item_after(const en_reader *r, size_t k);
/* Is figure k a bare percentage that goes on the share before it ("from
 * 71.6% of GDP to 71.3%", "and expenditure at 20.4%")?  name: a new part
 * named, else "". */
bool en_share_continues(const en_reader *r, size_t k, char *name);
#endif
