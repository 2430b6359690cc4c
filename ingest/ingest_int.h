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
#include "lexicon.h"

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
    size_t n_cjk, n_latin, n_other; /* letters by script: CJK ideographs, ASCII
                                       letters, letters of other scripts; the
                                       sentence's language comes from them */
    bool has_digit;                 /* it holds an ASCII digit (so the grammar's
                                       quick test holds); false: it holds none */
    bool no_bar;                    /* it holds no '|', so no table reader need
                                       look for one (false: not known) */
} ingest_sentence;

#define INGEST_KW_BUCKETS 512
#define INGEST_KW_BUCKETS2 1024   /* a power of two (ingest_kw_bucket) */
#define INGEST_TAIL_MAX 256    /* tail words (the subject cleaner's index) */
#define INGEST_CJK_WORDS ((0xA000 - 0x4000) / 64)
#define INGEST_CP_LO 0x3000u
#define INGEST_CP_WORDS ((0xA000 - INGEST_CP_LO) / 64)
#define INGEST_FOLD_MAX 1280
#define INGEST_PUNCT_MAX 32
#define INGEST_STARTS_MAX 16
#define INGEST_PAIR_HIST 8    /* subjects of a sentence a 分别 may refer back to */
#define INGEST_PAIR_NAME 192  /* bytes of one such subject, with its NUL */

/* What a punctuation character is to the tokenizer (ingest_maps.punct). */
enum { PUNCT_OPEN = 1, PUNCT_CLOSE = 2, PUNCT_BREAK = 4, PUNCT_LIST = 8, PUNCT_COMMA = 16 };
#define PUNCT_SHARED UINT32_MAX   /* ingest_maps.punct_slot: several characters */

/* The speed maps of a lexicon, derived from it by ingest_lexicon_maps()
 * (lexicon.c), the one place that knows how.  Two layouts of bit map: the
 * CJK maps cover the ideographs U+4000..U+9FFF (lead bytes E4..E9, where
 * every keyword and action verb starts), bit cp - 0x4000, read off the
 * bytes by cjk_bit(); the CP maps cover U+3000..U+9FFF (with the CJK
 * punctuation and 〇), bit cp - INGEST_CP_LO, read by ingest_cp_has(). */
typedef struct ingest_maps {
    const ingest_lexicon *lx;     /* the words the maps come from */
    /* CJK maps: a keyword (kw_first) or an action verb (verb_first) starts
       with cp; the tokenizer must look at cp (tok_first: a keyword's first
       character or one that may start a figure); for the subject cleaner,
       the first characters of the words stripped from a subject's start
       (lead_first) and the last of those stripped from its end (tail_last);
       for the parser, the traditional forms it folds (fold) and those or a
       number start (stop) */
    uint64_t kw_first[INGEST_CJK_WORDS];
    uint64_t change_first[INGEST_CJK_WORDS];  /* a keyword of change starts with cp */
    uint64_t verb_first[INGEST_CJK_WORDS];
    uint64_t tok_first[INGEST_CJK_WORDS];
    uint64_t num_first[INGEST_CJK_WORDS];    /* a number may start with cp (a digit,
                                                a place, a figure start, a bare
                                                scale): where no keyword starts, the
                                                tokenizer reads on only there */
    uint64_t lead_first[INGEST_CJK_WORDS];
    uint64_t tail_last[INGEST_CJK_WORDS];
    uint64_t inner_first[INGEST_CJK_WORDS];  /* a word the subject cleaner looks for
                                                inside a subject may start with cp
                                                (report verb, subject cut, mid verb) */
    uint64_t fold[INGEST_CJK_WORDS];
    uint64_t stop[INGEST_CJK_WORDS];
    uint64_t small_first[INGEST_CJK_WORDS];  /* a small numeral (三, 十二) may start
                                                with cp: a digit, or the place ten */
    /* CP maps: a number may start at cp (ingest_number_start); cp is a
       Chinese digit or a numeral start (numeral); may follow one in a
       figure (numeral_next) */
    uint64_t number_start[INGEST_CP_WORDS];
    uint64_t numeral[INGEST_CP_WORDS];
    uint64_t numeral_next[INGEST_CP_WORDS];
    /* the other figure starts of the quick test: cp, and the character
       that must follow it (0: none, the start alone is enough) */
    struct { uint32_t cp, next; } starts[INGEST_STARTS_MAX];
    size_t nstarts;
    uint64_t num_filter[4];   /* bit h(cp) set for the characters that may start
                                 a figure; see tokens.c */
    /* the keyword index by the first two characters: kw_head[
       ingest_kw_bucket(w)] is 1 + the first keyword of two characters or
       more whose first six bytes hash so (0: none), kw_head1[cp %
       INGEST_KW_BUCKETS] the same for the shorter keywords by their first
       character; kw_next[k] the next one of either chain, in table order.
       Most characters start a keyword of one family (增长, 增加, 增速 ...):
       a text is looked up in the two chains that may hold its words */
    unsigned short kw_head[INGEST_KW_BUCKETS2];
    unsigned short kw_head1[INGEST_KW_BUCKETS];
    unsigned short kw_next[INGEST_KW_MAX];
    bool kw_blocked[INGEST_KW_MAX];   /* a kw-not-next/prev row blocks keyword k */
    /* bit (last byte & 63) of every kw-not-prev row that blocks keyword k:
       one list-wide filter passes nearly always once many rows end in
       many bytes (全年增, 今年增 ...), and then every row is read */
    uint64_t kw_prev_filter[INGEST_KW_MAX];
    /* the tail words by last byte: tail_head[byte & 63] is 1 + the first
       tail word ending in such a byte (0: none), tail_next[k] the next one,
       in table order */
    unsigned short tail_head[64];
    unsigned short tail_next[INGEST_TAIL_MAX];
    /* punctuation: quotes and clause breaks, PUNCT_* by code point; a
       character whose cp & 63 bit is clear in punct_filter is none; the
       one of its rows when punct_slot[cp & 63] is cp, a look through them
       only when the slot is PUNCT_SHARED (two characters share it) */
    struct { uint32_t cp; unsigned kind; } punct[INGEST_PUNCT_MAX];
    size_t npunct;
    uint64_t punct_filter;
    struct { uint32_t cp; unsigned kind; } punct_slot[64];
    unsigned char punct_ascii[128];   /* the same for ASCII, by code point: the
                                         tokenizer asks for every digit and sign */
    /* traditional forms and their simplified ones, sorted by the first */
    uint32_t fold_from[INGEST_FOLD_MAX], fold_to[INGEST_FOLD_MAX];
    size_t nfold;
    const char *points_unit;  /* the unit of percentage points (百分点) */
    const char *times_unit;   /* the unit of a multiple (倍) */
    /* bit c % 64 of word c / 64: class c has a word written in ASCII alone
       (a text of ASCII alone can hold no word of a class without one) */
    uint64_t ascii_words[(LEX_NCLASSES + 63) / 64];
    /* the subject cleaner's memo of the heads of the sentence being read
       (subject.c); NULL until the grammar reads its first Chinese sentence,
       kept across inputs, freed by ingest_grammar_free() */
    struct ingest_clean_memo *memo;
} ingest_maps;

/* What the document-time stage (doctime.c) has seen of a text: one
 * candidate per rule, the best of which dates the document. */
typedef struct ingest_doctime {
    int data[INGEST_TIME_OPTION + 1];  /* by time source: the year the figures
                                          are for (D), 0 when the rule found none */
    int now[INGEST_TIME_OPTION + 1];   /* the year the text is written in (今年) */
    int latest;            /* the latest year the text reports figures for */
    int para_review;       /* the years of the review span the paragraph so far
                              names (五年来: 5); 0 none */
    int review_end;        /* the latest end of a review span its base fixes (五年来
                              …是2011年的1.9倍: 2016); 0 none */
    int plan_end;          /* end year of the latest five-year plan named */
    int calendar;          /* YYYYMM of the latest party congress or plenum cited */
    int congress_ahead;    /* the year of a congress the text looks forward to
                              (迎接党的十九大: 2017); 0 none */
    bool gwr;              /* a government work report's title */
    bool title_is_data;    /* the title names the data year (统计公报) */
    bool current;          /* near its start the text reports the current year */
    bool to_date;          /* ... said with a current-year cue (今年以来): the year so far */
    int part_from, part_to;   /* the part of a year it reports, found near its start */
    bool part_in_title;    /* that part is named in the title */
    bool plan_doc;         /* near its start the text presents a five-year plan
                              (发布…十四五规划纲要): its goals are the plan's */
    bool plan_midterm;     /* near its start the text reports a plan's mid-term review
                              (“十二五”规划中期评估): written in the plan's third year */
    bool midterm_title;    /* ... in its first two paragraphs: it is the text's subject */
    bool plan_head;        /* the head right after a date line names a plan's
                              document and no work report (an e-paper page whose
                              headline list names a report elsewhere) */
    bool masked;           /* the text writes a masked year (XX年): an uploader
                              hid its years, so a page date is the upload's */
    bool gwr_named;        /* near its start the text names a work report: its
                              goals are the report year's, also beside a plan */
    size_t paragraphs;     /* paragraphs seen */
    int title_year;        /* the year of a work report's title (2019年…政府工作报告) */
    int review_open;       /* the first paragraph that opens "Y年，" on a year
                              reviewed (no 之年, 目标 in it), or "Y年工作回顾": Y */
    int reviewed;          /* a year the first paragraphs review (总结2025年…工作) */
    int plan_now;          /* the year the text is written in, from a plan year it names
                              (今年是“十四五”开局之年: 2021); 0 none */
    int event_year, event_month;  /* a full date with an event (…举行新闻发布会) in
                                     the first paragraphs */
    int avg_data;          /* the year of a two-year average written against its
                              base (比2019年同期…两年平均: 2021); 0 none */
    int same_base;         /* the latest base year of a same-period comparison
                              (较2016年同月上升3.6%: 2016); 0 none */
    bool yoy_written;      /* the text writes a year-on-year word (lexicon yoy-word:
                              同比): a same period's base is then an older one */
    int era;               /* the latest year of a policy word the text writes
                              (lexicon era-word: 疫情要防住, 2022); 0 none */
    int era_weak, era_sign;  /* the latest years of an era-weak word (六保) and
                                of an era-sign (疫情冲击); 0 none */
    int avg_usual;         /* the year of a two-year average written with no base
                              (lexicon avg-no-base: 2021); 0 none */
    bool part_late;        /* a part of a year opens a later sentence or clause of
                              the first paragraphs (初步统计，前三季度…) */
    int late_from, late_to;   /* that part */
    int goal_year;         /* the first year the first paragraphs set goals for
                              (2013年…主要预期目标; doctime_body.c); 0 none */
    int goal_head;         /* the first goal year (到2010年) of the first paragraphs
                              that ends a five-year plan; 0 none */
    int head_year;         /* the latest year the first paragraphs name, not in a
                              date line; 0 none */
    bool dateline_page;    /* the date line is a page's (digits only, 发布时间, 来源) */
    size_t dateline_para;  /* the paragraph the date line is, 1-based; 0 none */
    int en_year;           /* English: the first year the head dates something
                              with (in 2002, December 2002); 0 none */
    bool en_year_next;     /* the sentence of en_year dates something with the
                              year after it too ("the achievements in 2013
                              and major tasks in 2014": a review's news) */
    int en_base_year;      /* English: the latest year the head names as a
                              comparison's base ("compared to March 2018"): a
                              period gone by when the text was written */
    bool en_year_ahead;    /* en_year is two before the year that dated it, named
                              after "next year" ("for next year ... and for 2018"):
                              a later figure of such a year is a forecast */
    int en_outlook_year;   /* English: the first of two years in a row a sentence
                              of the head forecasts after an outlook word ("4.3%
                              in 2023 and 4.9% in 2024"): this year; 0 none */
    int en_outlook_list;   /* head sentences left of a list an outlook sentence
                              opens with a colon ("The key forecasts are:") */
    int en_part_from, en_part_to;  /* English: the quarter or half a sentence of
                              the head with no figure says the text is about
                              ("GDP grew slightly during the third quarter"); 0 */
    int en_part_year;      /* English: the year written with that part ("Third
                              Quarter 2008"); 0 none */
    int en_sentences;      /* English sentences of the head seen */
    bool en_review;        /* English: a sentence of the head opens with the
                              year before ("Over the past year, we have ..."):
                              a review of it, as a work report is */
    int zh_sentences;      /* sentences with ideographs of the head seen: a text
                              with none states no Chinese release's figure */
    int en_month, en_month_year;  /* English: the latest month the head dates
                              a figure with, with its year ("in October 2014",
                              "to 2020 January"); 0 none */
    int en_month_bare;     /* the latest month it names with no year ("fell to
                              5.9 percent in September"); 0 none */
    int en_ytd_to;         /* the last month of a year-to-date span it names
                              ("the first five months", "January-May"); 0 */
    int en_month_from;     /* the head's sentence (from 1) that first dates a
                              figure with a month: sentences before it (a
                              headline, an annual figure "closing the year")
                              are not dated by it; 0 none */
    int en_date_year, en_date_month;  /* a date line of digits ("2000-06-15"), or
                              the date a weekday fixes (en_date_weekday) */
    bool en_date_weekday;  /* en_date_year is the year of a date written with its
                              weekday (doctime_weekday.c), not a date line's */
    int en_written;        /* English: the latest year of four digits the head
                              writes (1950..2099); 0 none */
    int en_month_written;  /* ... of those, the latest written after a month
                              ("until January 2016"): a month gone by, no
                              forecast's year; the text is of no earlier year */
    int wk_zh_written;     /* Chinese: the latest year the head writes that is no
                              run's start (2008年以来), of those head_year counts */
    int anniversary_now;   /* Chinese: the year 今年是建党100周年 names (2021), which
                              dates a text only when its head writes no year */
    size_t wk_end;         /* Chinese: the end of that date's weekday in its sentence */
    int wk_month, wk_day, wk_weekday;  /* a date written beside its weekday
                              (3月15日（星期三）, "Wednesday, March 15"): month,
                              day, weekday 1 (Monday) .. 7; 0 none */
    int wk_line_month, wk_line_day;  /* English: a dateline's date with no year
                              ("TOKYO, Oct. 18 (Xinhua)"); 0 none */
    int wk_said;           /* English: the weekday a source spoke on ("official
                              data showed Friday"), 1..7; 0 none */
} ingest_doctime;

/* release.c: what the grammar found in the head of a text no rule dates,
 * as evidence of its year against the national statistics releases. */
#define RELEASE_FACTS 64          /* headline figures kept */
#define RELEASE_NAME 256          /* bytes of a measure's name read */
#define RELEASE_SENTENCE 2048     /* bytes of a sentence read */
#define RELEASE_FIRST_YEAR 1990   /* the years the table may hold */
#define RELEASE_YEARS 50

typedef struct release_fact {
    const char *key;        /* the measure's key (gdp, cpi), from the lexicon */
    size_t kn;
    int from, to;           /* the months it covers; 0, 0 a whole year */
    bool level;             /* a level, not a rate in % */
    bool dollars;           /* a level in US dollars (亿美元), not in yuan */
    double value;           /* a level in base units (元, 美元) */
    bool nation;            /* the text says it is the nation's */
} release_fact;

/* release_gc.c: the same evidence of a text about Taiwan, Hong Kong or
 * Macao, against the figures of their statistics offices. */
#define RELEASE_GC_FACTS 32       /* headline figures kept */
#define RELEASE_GC_PLACES 4       /* tw, hk, mo; cn, the mainland, no figures */

typedef struct release_gc_fact {
    const char *key;        /* the measure's key (gdp, retail), from the table */
    size_t kn;
    int from, to;           /* the months it covers; 0, 0 a whole year */
    bool level;             /* a level in norm_unit, not a rate in % */
    bool fine;              /* a rate printed to two decimals or more */
    char norm_unit[16];     /* a level's base unit (元, 人次) */
    double value;           /* a rate as written; a level in base units */
} release_gc_fact;

typedef struct release_gc_scan {
    release_gc_fact f[RELEASE_GC_FACTS];
    size_t n;
    int place[RELEASE_GC_PLACES];     /* sentences naming each place */
    char raw[RELEASE_SENTENCE];       /* the sentence last read, as the claim has it */
    char sentence[RELEASE_SENTENCE];  /* the same folded */
    size_t len, cursor;     /* its length; the end of its last figure found */
} release_gc_scan;

typedef struct ingest_release_scan {
    const ingest_maps *m;
    release_gc_scan gc;     /* the same head's evidence for release_gc.c */
    release_fact f[RELEASE_FACTS];
    size_t n;
    bool regional;          /* a sentence of the head names a region (全省, 我市) */
    char raw[RELEASE_SENTENCE];       /* the sentence last read, as the claim has it */
    char sentence[RELEASE_SENTENCE];  /* the same folded */
    size_t len, cursor;     /* its length; the end of its last rate found */
} ingest_release_scan;

/* An ingest_sink claim callback (scan: an ingest_release_scan) noting the
 * headline figures of claims with no time of their own. */
int ingest_release_claim(const ingest_claim *c, void *scan);

/* The text t with traditional forms folded to simplified, into out (cap
 * bytes, NUL-terminated; longer text is cut at a character): the release
 * tables' words are simplified.  Returns the bytes written. */
size_t ingest_release_fold_copy(const ingest_maps *m, const char *t, char *out, size_t cap);

/* The scale of the unit word at *u (万亿 1e12, 亿 1e8, 万 1e4; else 1),
 * moving *u past it: a release table's level unit. */
double ingest_release_unit_scale(const char **u);

/* Does a release table row's key row[0..rn) meet a fact's key fact[0..fn)?
 * The same series, or one of its variants after '_' (exports_usd,
 * gdp_forecast): a figure that does not say which meets them all. */
bool ingest_release_key_meets(const char *fact, size_t fn, const char *row, size_t rn);

/* The year the facts of s point to, 0 when none clearly does; with it,
 * *same_year says the text was written that year (no fact of that year is
 * a whole year's or December's). */
int ingest_release_year(const ingest_release_scan *s, bool lone, bool *same_year);

/* An ingest_sink claim callback (scan: an ingest_release_scan) that notes
 * a claim's evidence for release.c (ingest_release_claim) and for
 * release_gc.c alike: one reading of the head serves both. */
int ingest_release_gc_claim(const ingest_claim *c, void *scan);

/* The year the facts of s point to when its head speaks of one of Taiwan,
 * Hong Kong or Macao (their statistics offices' figures,
 * ingest/release-gc.tsv), 0 when none clearly does or the head speaks of no
 * one of them; *same_year as ingest_release_year's.  No easier rule for a
 * text nothing else dates: the table is sparse. */
int ingest_release_gc_year(const ingest_release_scan *s, bool *same_year);

/* release_en.c: the same for an English text, against the figures of the
 * statistics offices of a few countries (ingest/release-en.tsv). */
#define RELEASE_EN_FACTS 32

typedef struct release_en_fact {
    const char *key;        /* the measure's key (cpi, unemp), from the lexicon */
    const char *basis;      /* yoy when the claim says it; "" either */
    int from, to;           /* the months it covers */
    double value;
} release_en_fact;

typedef struct ingest_release_en_scan {
    release_en_fact f[RELEASE_EN_FACTS];
    size_t n;
    int first_to, last_to;  /* the earliest and latest last month of a fact */
    int written;            /* the latest year a claim of the head has */
} ingest_release_en_scan;

/* The country code (release-country words of lexicon-en.tsv: US, GB) the
 * head[0..n) names clearly more often than any other, its length in *cn;
 * NULL when none does. */
const char *ingest_release_en_country(const char *head, size_t n, size_t *cn);

/* An ingest_sink claim callback (scan: an ingest_release_en_scan) noting the
 * headline figures of claims with a month and no year. */
int ingest_release_en_claim(const ingest_claim *c, void *scan);

/* The year the facts of s point to for country, 0 when none clearly does;
 * with it, the latest month of that year they state into *month. */
int ingest_release_en_year(const ingest_release_en_scan *s, const char *country, size_t cn,
                           int *month);

/* What the grammar knows beyond the sentence it reads.  Document fields live
 * for the whole input; paragraph fields are reset at each paragraph. */
typedef struct ingest_context {
    int report_year;       /* year the report is written for (Y): figures with no
                              year are for Y - 1, goals for Y; 0 unknown */
    int now_year;          /* the year the text is written in (今年); 0 unknown */
    ingest_time_source doc_source;  /* the rule that found report_year */
    int doc_month_from, doc_month_to;  /* the part of a year the whole text reports
                                          (a first-quarter release); 0, 0 none */
    int doc_plan_to;       /* a text presenting a plan not yet over (doctime.c):
                              the plan's end year, which its goals with no year
                              of their own are for; 0 none */
    bool year_given;       /* report_year came from the options: keep it */
    bool release_scan;     /* the grammar reads for release_en.c's scan: a
                              claim keeps its month with no year */
    bool year_official;    /* report_year came from release_en.c's table: the
                              claims it dates say so (time_source official) */
    int release_to;        /* with it, the latest month of that year the text's
                              figures state: a later month is the year before's */
    bool seen_percent;     /* a % sign was read in the input so far; a text with
                              none lost them to its host (NO-PERCENT, tokens.c) */
    ingest_doctime dt;     /* what the document-time stage has seen */
    int sect_year;         /* a goal heading's year (到2030年…目标：) for its section */
    bool sect_target;      /* the section under such a heading states goals */
    bool sect_plan;        /* that heading named a plan's goals (“十四五”主要目标,
                              今后五年的主要任务): headings of its items go on in it */
    int para_to_year;      /* 目标：到2025年， at a paragraph's start: its goal year */
    int para_plan_from, para_plan_to;  /* a plan period named first in a paragraph */
    int para_part_from, para_part_to;  /* a part of a year opening a sentence of the
                                          paragraph (从1—4月份的情况看，…): later
                                          sentences' figures are of it; 0 none */
    int para_part_year;    /* English: that part's year when the paragraph's first
                              sentence writes it (time_en.c): figures of another
                              year are not of it; 0 any */
    int para_since;        /* 2017年以来 at a paragraph's start: a period start only */
    int para_pair_base;    /* the base year written in a 由…增至 pair of the paragraph */
    int para_base_year;    /* 比2012年（下同）: a base year the paragraph's later
                              changes with no base of their own are on; 0 none */
    int doc_pair_base;     /* the same, the last one in the text so far */
    bool doc_one_year;     /* the text reports one year (a communiqué, a release):
                              累计 there is a year's total, not a sum over years */
    bool review;           /* inside the review of past years */
    bool plan;             /* inside the plans/targets for the report year */
    int para_year;         /* leading year of the paragraph ("2021年，"); 0 none */
    bool para_target;      /* the paragraph states goals (主要预期目标是：) */
    bool para_estimated;   /* 预计 ... (下同) covers the paragraph */
    int semi_plan_from, semi_plan_to;  /* a plan period opening a sentence that ended
                                          with ；: it holds up to the next 。 */
    bool semi_plan_point;  /* that period was named by its end (“十一五”期末) */
    int semi_year;         /* a year leading the figures of a sentence that ended with
                              ； (预计2005年实现…；人均…): it holds up to the next 。 */
    int semi_part_from, semi_part_to;  /* a part of a year so (3月份…；环比增长…) */
    bool semi_part_opens;  /* that part opened its sentence (上半年，…；), not a
                              clause after 其中 */
    int para_span;         /* the paragraph reviews a period of so many years
                              (五年来 5, 十年来 10); 0 none */
    ingest_basis para_basis;  /* a basis with 下同 holds for the paragraph */
    void *en;              /* the English grammar's document state (rules_en.c),
                              NULL until an English sentence is read; freed by
                              ingest_grammar_free(), kept by a reset (which
                              forgets its fields, ingest_en_reset()) */
    size_t lang_sentences[3];  /* sentences read as Chinese, as English, and in a
                                  language or script the grammar does not read */
    /* sentence constructions (rules_zh_pair.c): the distinct subjects of the
       claims of the sentence being read, in order (a later 分别 or a run of
       paired figures with no subject of its own refers to them; the reader
       counts them), and the last subject of a sentence that ended at ；,
       which a next one opening with a rate inherits ("" none) */
    char pair_hist[INGEST_PAIR_HIST][INGEST_PAIR_NAME];
    char carry[INGEST_PAIR_NAME];
    char carry_stop[INGEST_PAIR_NAME];  /* the last subject of the paragraph's sentence
                                           before, which ended at 。: a clause opening
                                           with a part of a year and no subject of its
                                           own inherits it (…增长7.8%。其中，一季度增长8.1%) */
    bool period_stop;      /* that sentence's last figure was on the period before
                              (环比上涨0.4%。): a sentence opening with 其中 breaks it
                              down on the same basis (其中，城市上涨0.4%) */
    bool period_semi;      /* a frame on the period before (从环比看, or 其中 after
                              环比) in a sentence that ended at ；: it goes on to the 。 */
    ingest_maps maps;      /* the lexicon and its speed maps; set up by
                              ingest_lexicon_maps() before the first sentence */
    /* the grammar's working memory, kept from sentence to sentence so that
       reading one allocates nothing once the buffers have grown to the
       longest sentence (itself capped by the parser); see
       ingest_grammar_free() */
    struct ingest_tok *toks;  /* the tokens of a sentence, toks_cap of them */
    size_t toks_cap;
    buf mem[6];               /* the reader's text buffers, emptied per sentence */
} ingest_context;

/* Derives the speed maps of lexicon lx into m (lexicon.c).  Returns GC_OK,
 * or GC_EINVAL when the lexicon overflows a map's fixed capacity (a build
 * with more keywords, folds or punctuation than INGEST_*_MAX). */
int ingest_lexicon_maps(ingest_maps *m, const ingest_lexicon *lx);

/* Is cp in the CP map? */
static inline bool ingest_cp_has(const uint64_t *map, uint32_t cp)
{
    return cp >= INGEST_CP_LO && cp < 0xA000
        && (map[(cp - INGEST_CP_LO) >> 6] >> (cp & 63) & 1);
}

/* The bucket of ingest_maps.kw_head for the six bytes at s (a keyword's
 * first two characters, or the text's where one may start): the first
 * character's code point (its lead an ideograph's) and the low twelve bits
 * of the next three bytes, which are the code point's when they are a
 * three-byte character. */
static inline unsigned ingest_kw_bucket(const char *s)
{
    uint32_t next = ((uint32_t)((unsigned char)s[4] & 0x3Fu) << 6) | ((unsigned char)s[5] & 0x3Fu);

    return (((unsigned char)s[1] & 0x3Fu) << 6 ^ ((unsigned char)s[2] & 0x3Fu) ^ next * 5u)
           & (INGEST_KW_BUCKETS2 - 1);
}

/* The figure filter's hash of cp: one of 256 bits, so that the quick test
 * skips most ideographs with one load. */
static inline unsigned ingest_filter_bit(uint32_t cp)
{
    return (cp ^ (cp >> 8)) & 255u;
}

/* May a figure start at cp?  False for certain, true maybe. */
static inline bool ingest_in_filter(const ingest_maps *m, uint32_t cp)
{
    unsigned b = ingest_filter_bit(cp);
    return m->num_filter[b >> 6] >> (b & 63) & 1;
}

/* What punctuation cp is to the tokenizer: PUNCT_* bits, 0 for none. */
static inline unsigned ingest_punct(const ingest_maps *m, uint32_t cp)
{
    if (cp < 128)
        return m->punct_ascii[cp];
    if (!(m->punct_filter >> (cp & 63) & 1))
        return 0;
    if (m->punct_slot[cp & 63].cp == cp)
        return m->punct_slot[cp & 63].kind;
    if (m->punct_slot[cp & 63].cp != PUNCT_SHARED)
        return 0;
    for (size_t i = 0; i < m->npunct; i++)
        if (m->punct[i].cp == cp)
            return m->punct[i].kind;
    return 0;
}

/* The simplified form of traditional character cp (U+4000..U+9FFF in the
 * fold map), or cp itself. */
uint32_t ingest_fold(const ingest_maps *m, uint32_t cp);

/* True for the characters at which the grammar's quick test may find a
 * figure: ASCII digits, the Chinese digits, and the figure-start words of
 * the lexicon the quick test reads (十, 翻, 分, 突, 超).  A sentence with
 * none of them holds no claim; the parser notes the first one
 * (number_from) so that the test starts there. */
static inline bool ingest_number_start(const ingest_maps *m, uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || ingest_cp_has(m->number_start, cp);
}

/* Fills src's line, column and byte for normalised offset pos of s. */
void ingest_locate(const ingest_sentence *s, size_t pos, ingest_source *src);

/* Reads one sentence: emits its claims (and a miss when it speaks of change
 * but yields none) to sink, and updates ctx.  Returns GC_OK, GC_ENOMEM, a
 * sink's non-zero value, or GC_EINVAL when ctx->maps was never set up
 * (ingest_lexicon_maps(), which the parser runs when it is created). */
int ingest_grammar_sentence(ingest_context *ctx, const ingest_sentence *s,
                            const char *file, const ingest_sink *sink);

/* Makes p parse from its first byte, without holding the input's head back
 * for the document-time scan: for a caller that gives the report year and
 * reads one paragraph (the grammar's fuzz target).  Call after creating or
 * resetting p, before any feed. */
void ingest_parser_no_head_scan(ingest_parser *p);

/* Frees the grammar's working memory in ctx (not ctx itself).  ctx may be
 * used again afterwards: the memory is allocated anew on demand. */
void ingest_grammar_free(ingest_context *ctx);

/* The years of the review span a paragraph's first sentence t[0..len)
 * opens with (五年来，…, 过去十年，, 近3年，): -1 for a span of no stated
 * length (党的十八大以来), 0 when it opens with none.  context.c. */
int ingest_span_opening(const ingest_lexicon *lx, const char *t, size_t len);

/* Updates the document context from the first sentence of a paragraph (the
 * report's title and date, section headings, a leading 五年来).  text is the
 * matching form (ingest_sentence.match). */
void ingest_context_paragraph(ingest_context *ctx, const char *text, size_t len);

/* ---- the document's time (doctime.c) ---- */

/* Notes what sentence text[0..len) (matching form) tells of the document's
 * time: titles, date lines, an opening year, congress sessions, plans, the
 * years it reports, parts of a year near the start.  para_start: the
 * sentence opens a paragraph. */
void ingest_doctime_observe(ingest_doctime *dt, const ingest_maps *m, const char *text,
                            size_t len, bool para_start);

/* Notes in dt->en_year the first year an English sentence of the head dates
 * something with (doctime_en.c).  text[0..len) is the sentence as written. */
void ingest_en_observe(ingest_doctime *dt, const char *text, size_t len);
/* Does the sentence around byte i of t speak of a thing scheduled or to come
 * (lexicon class schedule-word), or state no percent? (doctime_en.c) */
bool ingest_en_scheduled(const char *t, size_t len, size_t i);

/* The sentences of an English head a weekday and the years written beside it
 * are read in: its dateline follows a page's menus (doctime_weekday.c). */
#define WEEKDAY_HEAD_SENTENCES 8
/* The year of the date month/day that fell on weekday wd (1 Monday .. 7):
 * of the last thirty years to today's, the nearest after written (the
 * latest year the text writes), or the latest with written 0; 0 none
 * (doctime_weekday.c). */
int ingest_weekday_year(int month, int day, int wd, int written);
/* The latest year (2016年) a Chinese sentence writes that no 以来 follows (a
 * run's start); 0 none. */
int ingest_zh_written_year(const char *text, size_t len);
/* Notes a Chinese date written with its weekday (3月15日（星期三）) in a
 * sentence of the first paragraphs, matching form. */
void ingest_zh_weekday(ingest_doctime *dt, const ingest_lexicon *lx, const char *text,
                       size_t len);
/* Notes an English head sentence's weekday with its date ("Wednesday, March
 * 15"), dateline ("TOKYO, Oct. 18") or day spoken on ("said on Friday"). */
void ingest_en_weekday(ingest_doctime *dt, const char *text, size_t len);
/* The date those fix: month, day and weekday; false when none. */
bool ingest_en_weekday_date(const ingest_doctime *dt, int *month, int *day, int *wd);

/* Notes in dt the months a sentence of an English head names
 * (doctime_month_en.c; see ingest_en_release_month). */
void ingest_en_head_months(ingest_doctime *dt, const char *text, size_t len);

/* The month an English release reports, from what its head names (the
 * latest month it dates a figure with, "in September", "for November
 * 2006", a month alone taken as of the latest year written; else the end
 * of a year-to-date span); its year into *year (0 when unwritten).
 * 0 when the head names none, or names a quarter or half it reports. */
int ingest_en_release_month(const ingest_doctime *dt, int *year);

/* Dates the document in ctx from what dt has seen, by the fallback chain
 * option > title > date line > session > opening > latest year + 1 >
 * calendar (the latest congress or plenum cited) > plan:
 * sets report_year, now_year, doc_source and the document's part of a year.
 * A report year from the options (year_given) is kept. */
void ingest_doctime_apply(const ingest_doctime *dt, ingest_context *ctx);

/* A web page's metadata date in the short line text[0..len) (matching
 * form): an ISO date YYYY-MM-DD with a time of day after it or a page-meta
 * word near it (doctime_page.c); both in a long line or one that does not
 * start its paragraph (inner).  Returns its year, with its month in *month;
 * 0 when the line has none. */
int ingest_page_date(const ingest_lexicon *lx, const char *text, size_t len, bool inner,
                     int *month);
/* An ISO date (YYYY-MM-DD or YYYY/MM/DD) at text[i..len): its year, with
 * its month in *month and its length in *n; 0 when there is none. */
int ingest_iso_date(const char *text, size_t len, size_t i, int *month, size_t *n);

/* The first year text[0..len) writes before a goal word in its clause
 * (2013年…主要预期目标, 2013年是…之年; not 完成2012年目标): the year goals
 * are set for; 0 none (doctime_body.c). */
int ingest_goal_year(const ingest_lexicon *lx, const char *text, size_t len);
/* The latest year (YYYY年) text[0..len) names; 0 none (doctime_body.c). */
int ingest_head_years(const ingest_lexicon *lx, const char *text, size_t len);

/* The end year of the latest five-year plan an English sentence names
 * ("the 11th Five-Year Plan", "the Tenth Five-Year Programme": 2010, 2005;
 * rules_en_horizon.c); 0 when none. */
int en_plan_end_in(const char *t, size_t len);

/* A small count in Chinese numerals at t[0..len): 三, 两, 十, 十二, 二十 (1..99,
 * one or two digits around 十).  Returns it with the bytes read in *n; 0
 * (and *n 0) when t does not start with one.  time_zh.c. */
int ingest_small_numeral_at(const ingest_lexicon *lx, const char *t, size_t len, size_t *n);

/* The year to date written as a count of months whose numeral (n bytes)
 * is at t[i]: 前10个月, 首10個月, 头两个月 (not 提前3个月).  Returns the bytes
 * from i to its end, with the length of the word before i in *pre; 0 when
 * there is none.  time_zh_part.c. */
size_t ingest_zh_months_to_date(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                                size_t n, size_t *pre);
/* Does a word saying a month's figures are reported (经济, 数据, 国民经济)
 * follow a month written alone at t[at] (10月经济“成绩单”)?  time_zh_part.c. */
bool ingest_zh_month_released(const ingest_lexicon *lx, const char *t, size_t len, size_t at);

/* A span of years written in digits (or small Chinese numerals, 三年间, 近十
 * 年) at t[0..len): 10年来, 3年间, or 3年
 * when before is true (a span word such as 近, 前, 过去 comes right before
 * t).  Returns its years (2..50) with the bytes read in *n; 0 when t does
 * not start with one. */
int ingest_span_years_at(const ingest_lexicon *lx, const char *t, size_t len, bool before,
                         size_t *n);

/* A year written in Chinese digits (二〇〇七年, 二00二年, 一九九九年) or ASCII
 * digits at t[0..len), or in two Chinese digits before a part of the year or
 * a month (二四年上半年: 2024): its value (1900..2100), with the bytes up to
 * and including 年 in *n; 0 when there is none. */
int ingest_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t *n);

/* Taiwan's calendar of the Republic: its year N is N + ROC_EPOCH.  Read in
 * three digits only where no count of years can be meant (ROC_FIRST..ROC_LAST
 * is 2011..2100). */
#define ROC_EPOCH 1911
#define ROC_FIRST 100
#define ROC_LAST 189

/* A year of that calendar in three ASCII digits at t[0..len): 108年度,
 * 101)年 (今(101)年), or a year's mark before a month or a part of the year
 * (101年9月, 114年第4季, 113年上半年).  Returns the year (2011..2100), with the
 * bytes up to and including its mark in *n; 0 when there is none. */
int ingest_roc_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t *n);

/* The document-time rules try every character of a sentence: most hold no
 * digit of either script, and are turned away here without a call. */
/* The scans that try ingest_year_at at every character of t[0..len) start
 * each step with i = ingest_year_next(lx, t, len, i, &ys) (ys zeroed at
 * first): the first character at or after i where a year may start, len
 * when none can.  A year's mark (年) comes at most four digits (ASCII or
 * Chinese) after its start, at least three bytes (Taiwan's 114年), so the
 * characters too far before the next mark are skipped. */
typedef struct year_scan {
    size_t mark;    /* where the next year mark starts */
    size_t start;   /* the first place a year ending at it can start */
} year_scan;

size_t ingest_year_next(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                        year_scan *ys);

static inline int ingest_year_at(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    if (len < 5 || ((unsigned)((unsigned char)t[0] - '0') > 9u && !lex_may(&lx->cls[LEX_DIGIT], t, len)))
        return 0;
    return ingest_year_read(lx, t, len, n);
}


/* The number and unit at text[0..n), read with the words of lexicon lx
 * (amount.c); ingest_parse_amount() with the Chinese lexicon. */
int ingest_amount_parse(const ingest_lexicon *lx, const char *text, size_t n, ingest_amount *out);

/* True when s starts a number: an ASCII digit, a Chinese digit that may
 * start one, or a percent-of word (百分之) or a numeral start (十). */
bool ingest_is_numeral_start(const ingest_lexicon *lx, const char *s, size_t n);

/* True when s[0] is ',' followed by exactly three digits and then no digit:
 * a thousands separator, not a clause break. */
bool ingest_thousands_group(const char *s, size_t n);

/* strtod in the C locale's syntax for the digits-and-dot strings amount.c
 * builds (no locale is consulted: the digits are ASCII, the point is '.'). */
double ingest_strtod_c(const char *digits);

#endif
