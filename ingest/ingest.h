/* ingest.h -- turn report text into claims, and read official series.
 *
 * A claim is one figure a report states that belongs to a time comparison or
 * a growth statement: a level in a year, a growth rate, an average growth
 * rate over a period, a percentage or absolute change, a share, a multiple.
 * It carries the number as written, its unit, the number in base units, and
 * the exact place it came from.  Ingest never judges a claim; analysis does.
 *
 * Ownership: every pointer inside an ingest_claim, ingest_claims,
 * ingest_series_point or ingest_series is owned by that object and freed by
 * the matching ..._free(), which accepts NULL.  A claim handed to a sink
 * callback is borrowed for the duration of the call only; keep it with
 * ingest_claims_push(), which copies.  Functions taking const pointers borrow
 * them.  Nothing here prints or exits; errors come back as enum gc_status
 * (common/status.h) with an optional gc_diag saying where. */
#ifndef GC_INGEST_H
#define GC_INGEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <cjson/cJSON.h>

#include "../common/status.h"

/* What a claim states.  The JSON names are ingest_kind_name()'s. */
typedef enum ingest_kind {
    INGEST_LEVEL,       /* "level": a value in a year (or cumulative over a period) */
    INGEST_GROWTH_YOY,  /* "growth_yoy": growth over one year, in % */
    INGEST_GROWTH_AVG,  /* "growth_avg": average annual growth over a period, in % */
    INGEST_CHANGE_PCT,  /* "change_pct": total % change over a period (下降51% is -51) */
    INGEST_SHARE,       /* "share": a percentage of a whole (see of) */
    INGEST_MULTIPLE,    /* "multiple": end level / base level (翻一番 is 2) */
    INGEST_CHANGE_ABS   /* "change_abs": an absolute change over a period */
} ingest_kind;

/* How the number relates to the truth, as the text says it. */
typedef enum ingest_qualifier {
    INGEST_EXACT,   /* "exact": no qualifier; the printed precision applies */
    INGEST_ABOVE,   /* "above": 以上, 超过, 突破, 逾, 多 -- the truth is >= value */
    INGEST_BELOW,   /* "below": 以内, 以下, 不到, 不超过 -- the truth is <= value */
    INGEST_APPROX   /* "approx": 左右, 约, 近, 接近, 余 -- a wider interval */
} ingest_qualifier;

/* Price basis stated by the text itself for a rate or level. */
typedef enum ingest_basis {
    INGEST_BASIS_UNSTATED,  /* "unstated": the text does not say */
    INGEST_BASIS_REAL,      /* "comparable": 按可比价格计算, 扣除价格因素, 实际增长 */
    INGEST_BASIS_NOMINAL    /* "current": 名义增长, 按现价 */
} ingest_basis;

/* The language of the sentence a claim came from.  JSON: "zh", "en". */
typedef enum ingest_lang {
    INGEST_LANG_ZH,
    INGEST_LANG_EN
} ingest_lang;

/* Where a claim's year or period came from, so that a reader can judge an
 * inferred time.  The first six say where in the text; the rest name the rule
 * that found the document's own year, which the claim's time was derived from
 * (a review's end year, 五年来, 全年 ...).  JSON: ingest_time_source_name(). */
typedef enum ingest_time_source {
    INGEST_TIME_NONE,        /* "none": no time could be found (year and period null) */
    INGEST_TIME_SENTENCE,    /* "sentence": written in the figure's own sentence */
    INGEST_TIME_PARAGRAPH,   /* "paragraph": a year written earlier in the paragraph */
    INGEST_TIME_SECTION,     /* "section": a heading's or a plan section's year or period */
    INGEST_TIME_PAIR,        /* "pair": the other half of a from-to pair, or a sibling pair */
    INGEST_TIME_RELATIVE,    /* "relative": 今年, 去年, 上年, this year ... against the document year */
    INGEST_TIME_TITLE,       /* "title": the document year from a title (2020年…政府工作报告) */
    INGEST_TIME_DATE_LINE,   /* "date_line": from a date line (2021年1月6日) */
    INGEST_TIME_OPENING,     /* "opening": from a communiqué's or speech's opening year (2021年，) */
    INGEST_TIME_LATEST,      /* "latest": the latest year the review speaks of, + 1 */
    INGEST_TIME_PLAN,        /* "plan": a plan's name (十三五 ...) */
    INGEST_TIME_SESSION,     /* "session": a congress session number (第十三届…第一次会议) */
    INGEST_TIME_CALENDAR,    /* "calendar": the latest party congress or plenum the text
                                cites (十九届四中全会: a review of 2019), from a table */
    INGEST_TIME_PAGE,        /* "page": a web page's metadata date (2021-05-19 18:00 来源:…) */
    INGEST_TIME_PLAN_YEAR,   /* "plan_year": a year of a plan the text names as now, next
                                or last year (今年是“十四五”开局之年: 2021) */
    INGEST_TIME_AVG_BASE,    /* "avg_base": a two-year average against its base year
                                (比2019年同期增长…，两年平均增长…: figures of 2021) */
    INGEST_TIME_AVG_NO_BASE, /* "avg_no_base": a two-year average with no base written
                                (同比增长6.0%，两年平均增长4.1%): the year the releases
                                wrote them, from the lexicon (2021, against 2019) */
    INGEST_TIME_OFFICIAL,    /* "official": national figures the text states, which
                                only one period's official first release printed
                                (国内生产总值284997亿元，增长4.5%: 2023 Q1; release.c) */
    INGEST_TIME_BASE,        /* "base": the base year of a same-period comparison in a
                                text no other rule dates (较2016年同月上升3.6%: the
                                text's figures are 2017's) */
    INGEST_TIME_ERA,         /* "era": a word of one year's policy in a text no other
                                rule dates (疫情要防住: 2022; lexicon era-word) */
    INGEST_TIME_WEEKDAY,     /* "weekday": a date written with its weekday in a text
                                no other rule dates (3月15日（星期三）; "TOKYO, Oct.
                                18" with "data showed Friday"): the year that day
                                fell on that weekday (doctime_weekday.c) */
    INGEST_TIME_OPTION       /* "option": the caller's report year (--report-year) */
} ingest_time_source;

/* Where a claim came from. */
typedef struct ingest_source {
    char *file;          /* input name as given ("-" for stdin) */
    long line;           /* 1-based line of the number's first byte, original file */
    long column;         /* 1-based column of the number, counted in characters */
    long long byte;      /* 0-based byte offset of the number in the original file */
    char *sentence;      /* the whole sentence after normalisation, UTF-8 */
} ingest_source;

typedef struct ingest_claim {
    char *indicator;         /* the subject as written, no quotes or spaces, UTF-8 */
    ingest_kind kind;
    int year;                /* the year of a point claim; 0 when the claim has a period */
    bool year_inferred;      /* year was not written next to the figure */
    int period_from;         /* base year A of a period claim ("from A to B"); 0 if none */
    int period_to;           /* end year B; 0 if none.  n = B - A years */
    bool period_inferred;    /* the period was resolved, not written (五年来, 十三五) */
    double value;            /* the number as written, sign applied (下降51% is -51) */
    char *value_text;        /* the written number after normalisation ("9500", "两万三千") */
    double resolution;       /* place value of the last written significant digit, in
                                `unit`: 0.1 for 7.6, 1 for 5908, 100 for 9500 (two or
                                more trailing zeros are taken as rounding), 0 when the
                                value is exact by construction (翻一番, 三分之一) */
    char *unit;              /* unit as written: "亿元", "%", "百分点", "万元/人", "" */
    double norm_value;       /* value in base units: 9.5e11 for 9500亿元; = value for % */
    char *norm_unit;         /* base unit: "元", "人", "%", "百分点", "美元", "件" ... */
    ingest_qualifier qualifier;
    bool estimated;          /* 预计, 预期 in a review of past years */
    bool target;             /* a goal: 目标, 预期目标, 力争, 计划, 将 */
    bool cumulative;         /* 累计: a sum over the period, not a year's level */
    ingest_basis basis;      /* price basis the text states, if any */
    char *of;                /* for shares: the whole (全市, 地区生产总值); NULL otherwise */
    bool ranged;             /* a range (增长8%—10%, 20—60万元): value is the low end */
    double value_high;       /* the high end of a range, in `unit`; 0 unless ranged */
    int month_from;          /* a part of the year (1..12) the figure covers, with */
    int month_to;            /* month_to: 1-3 Q1, 1-6 H1, 1-9 前三季度; 0, 0 a whole year.
                                A part of a year is never that year's value. */
    ingest_lang lang;        /* the language of the claim's sentence */
    ingest_time_source time_source;  /* where year or period came from */
    ingest_source source;
} ingest_claim;

/* A growable list of claims, in document order. */
typedef struct ingest_claims {
    ingest_claim *items;  /* items[0..count) */
    size_t count;
    size_t cap;
    ingest_source *misses;  /* sentences that speak of growth or a level change but
                               gave no claim (for coverage); misses[0..nmisses) */
    size_t nmisses;
    size_t misses_cap;
    size_t sentences;       /* sentences read in all: filled by ingest_read_file and
                               ingest_read_buffer; a caller driving a parser with
                               ingest_collector adds ingest_parser_sentences() */
    size_t unread;          /* of those, sentences in a language or script the
                               grammar does not read (neither Chinese nor English:
                               French, Cyrillic, kana, garble); filled alike, from
                               ingest_parser_unread() */
} ingest_claims;

#define INGEST_CLAIMS_INIT { NULL, 0, 0, NULL, 0, 0, 0, 0 }

typedef struct ingest_options {
    const char *encoding;  /* NULL or "auto": UTF-8, else GB18030 if it decodes; or
                              any iconv name ("gb18030", "gbk", "utf-8") */
    int report_year;       /* year the report is written for; 0: from the text */
} ingest_options;

/* Receives claims and misses as the parser finds them.  A non-zero return
 * from a callback stops parsing; the parser then returns that value. */
typedef struct ingest_sink {
    int (*claim)(const ingest_claim *c, void *ctx);
    int (*miss)(const ingest_source *where, void *ctx);  /* may be NULL */
    void *ctx;
} ingest_sink;

typedef struct ingest_parser ingest_parser;

/* Creates a streaming parser for the input called name (used in provenance
 * and diagnostics).  opt may be NULL for defaults.  Returns NULL when out of
 * memory.  Free with ingest_parser_free(). */
ingest_parser *ingest_parser_new(const char *name, const ingest_options *opt,
                                 const ingest_sink *sink);

/* Feeds the next n bytes of input.  Chunks may split a character, a number
 * or a sentence anywhere.  Memory stays bounded by the longest paragraph
 * (capped; an over-long paragraph is parsed in pieces).  Returns GC_OK,
 * GC_EENCODING or GC_EBINARY with diag filled, GC_ENOMEM, or a sink's
 * non-zero value. */
int ingest_parser_feed(ingest_parser *p, const void *bytes, size_t n, gc_diag *diag);

/* Ends the input: parses what is buffered.  Returns as ingest_parser_feed;
 * an input that ends inside a multi-byte character is GC_EENCODING. */
int ingest_parser_finish(ingest_parser *p, gc_diag *diag);

/* Makes p ready for a new input called name, as if it had just been created
 * with the same options and sink: every position, context and partial
 * sentence of the previous input is forgotten (claims already handed to the
 * sink stay handed), and the lexicon's tables and the buffers are kept, so a
 * program reading many inputs (the CLI's workers, a fuzz target) allocates
 * almost nothing per input.  May follow a feed or finish that failed.
 * Returns GC_OK, or GC_ENOMEM with p unchanged and still usable. */
int ingest_parser_reset(ingest_parser *p, const char *name);

void ingest_parser_free(ingest_parser *p);

/* The number of sentences the parser has read so far (0 for NULL); a
 * caller collecting claims itself adds it to ingest_claims.sentences. */
size_t ingest_parser_sentences(const ingest_parser *p);

/* Of those, the sentences in a language or script the grammar does not read
 * (0 for NULL): a text that gave no claim for that reason says so instead
 * of reading as "nothing to check". */
size_t ingest_parser_unread(const ingest_parser *p);

/* Returns a sink that appends every claim (deep copy) and miss to *out;
 * its callbacks return GC_ENOMEM when an append fails. */
ingest_sink ingest_collector(ingest_claims *out);

/* Convenience: reads all of f through a parser and appends the claims and
 * misses to out.  Returns as ingest_parser_feed, or GC_EIO on a read error. */
int ingest_read_file(FILE *f, const char *name, const ingest_options *opt,
                     ingest_claims *out, gc_diag *diag);

/* Convenience: as ingest_read_file on a memory buffer. */
int ingest_read_buffer(const void *bytes, size_t n, const char *name,
                       const ingest_options *opt, ingest_claims *out, gc_diag *diag);

/* Appends a deep copy of c to list.  Returns GC_OK or GC_ENOMEM. */
int ingest_claims_push(ingest_claims *list, const ingest_claim *c);

/* Frees everything list owns and zeroes it.  Accepts NULL. */
void ingest_claims_free(ingest_claims *list);

/* The number of claims in list with no year or period (time_source none):
 * the text wrote none the tool could find, and --report-year would date them. */
size_t ingest_claims_untimed(const ingest_claims *list);

/* Frees the strings c owns and zeroes it.  Accepts NULL. */
void ingest_claim_clear(ingest_claim *c);

/* JSON names of the enums: "level", "growth_yoy", ...; "exact", "above",
 * ...; "unstated", "comparable", "current".  Never NULL. */
const char *ingest_kind_name(ingest_kind k);
const char *ingest_qualifier_name(ingest_qualifier q);
const char *ingest_basis_name(ingest_basis b);
const char *ingest_lang_name(ingest_lang l);
const char *ingest_time_source_name(ingest_time_source t);

/* The JSON name of a part of a year, written into out (at least 16 bytes):
 * "" for a whole year (0, 0); "Q1".."Q4", "H1", "Q1-Q3" for those
 * months; otherwise "M<from>-M<to>" ("M1-M5": January to May; the second
 * half is "M7-M12", as RULES.md names it), or "M<from>" for a single
 * month.  Returns out. */
char *ingest_part_name(int month_from, int month_to, char out[16]);

/* Builds the public JSON object of a claim (the field names are a contract:
 * indicator, kind, year, year_inferred, period, period_inferred, value, unit,
 * normalized {value, unit}, qualifier, estimated, target, cumulative, basis,
 * of, value_high (null unless a range), part (null for a whole year, else
 * ingest_part_name()), lang, time_source, source {file, line, column, byte,
 * sentence}).  Returns NULL when out of
 * memory; the caller frees it with cJSON_Delete(). */
cJSON *ingest_claim_json(const ingest_claim *c);

/* Provenance after conversion and cutting.  source.byte always counts
 * bytes of the original input: for GB18030 (or any --encoding) input each
 * character is converted on its own, so the offset is that of the
 * character's first byte in the GB18030 file, and column counts its
 * characters.  A line with no sentence end is cut into pieces of at most
 * 64 KiB (at a clause break after 16 KiB); a claim from a piece longer than
 * 4 KiB carries 240 bytes of text either side of its figure, between "…",
 * instead of the whole piece. */

/* True when name is an encoding the parser can read: NULL, "auto", a
 * spelling of UTF-8, or a name iconv can convert to UTF-8.  Lets a caller
 * refuse a bad --encoding before reading anything. */
bool ingest_encoding_supported(const char *name);

/* ---- numbers and units ---- */

/* A number with its unit, parsed from text such as "9500亿元", "3.4万亿元",
 * "两万三千多亿元", "百分之八点五", "1,203". */
typedef struct ingest_amount {
    double value;          /* as written, before the unit's scale */
    double resolution;     /* as in ingest_claim */
    double norm_value;     /* in base units */
    char unit[32];         /* unit as written, UTF-8 */
    char norm_unit[32];    /* base unit */
    size_t length;         /* bytes of text consumed (number and unit) */
    bool approx_suffix;    /* the number carried 多/余 (两千多) */
} ingest_amount;

/* Parses the number (Arabic or Chinese numerals, already normalised to
 * half-width) and the unit at the start of text[0..n).  Returns GC_OK,
 * GC_EINVAL when text does not start with a number, or GC_ERANGE when it is
 * too long or overflows a double (a 1,000-digit number, 亿亿). */
int ingest_parse_amount(const char *text, size_t n, ingest_amount *out);

/* ---- official series ---- */

typedef struct ingest_series_point {
    char *indicator;     /* as in the file, UTF-8 */
    int year;
    double value;        /* as in the file, finite */
    char *unit;          /* as in the file */
    double norm_value;   /* in base units */
    char *norm_unit;
    ingest_basis basis;  /* "current" or "comparable"; unstated when the column is absent */
    long line;           /* line in the series file (1-based), for messages */
} ingest_series_point;

typedef struct ingest_series {
    ingest_series_point *points;  /* points[0..count), in file order */
    size_t count;
    size_t cap;
    char *ignored;       /* the columns (CSV) or keys (JSON) not read -- source,
                            notes ... -- once each, ", "-separated in file order;
                            NULL when there were none */
} ingest_series;

#define INGEST_SERIES_INIT { NULL, 0, 0, NULL }

/* Reads an official series file: CSV with the header
 * indicator,year,value,unit[,basis] (RFC 4180 quoting), or JSON, an array of
 * objects with the same keys (detected by a leading '[' or '{').  Other
 * columns or keys (source, notes, ...) are not read; their names are listed
 * in out->ignored for the caller to mention once.  Values must
 * be finite; a year appears once per indicator and basis.  Returns GC_OK,
 * GC_ESYNTAX with diag naming file and line, GC_EENCODING, GC_EIO or
 * GC_ENOMEM.  On failure out is left empty. */
int ingest_series_read(FILE *f, const char *name, ingest_series *out, gc_diag *diag);

void ingest_series_free(ingest_series *s);

#endif
