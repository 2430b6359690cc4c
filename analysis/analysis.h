/* analysis.h -- check stated growth against stated and official figures.
 *
 * Analysis takes the claims of ingest, groups them by indicator across the
 * whole document, and produces findings: for each stated rate, whether it
 * agrees with the figures once rounding is allowed for (a verdict from a
 * closed set), why not, which alternative reading reproduces it, and what
 * the claims imply where they say too little to check.
 *
 * Growth follows China's National Bureau of Statistics:
 *   水平法 (level method, default): r = (V_B / V_A)^(1/n) - 1, n = B - A
 *       (the base year A is never counted);
 *   累计法 (cumulative method): x + x^2 + ... + x^n = (sum of levels in
 *       A+1..B) / V_A, x = 1 + r, solved with GSL's Brent root finder.
 *
 * Ownership: findings, rows and everything they point to are owned by the
 * list and freed with analysis_findings_free() / analysis_rows_free(), which
 * accept NULL.  Claims and series passed in are borrowed; findings refer to
 * claims by index into the ingest_claims given, which must outlive them.
 * Nothing here prints or exits; GSL's error handler must be off
 * (gsl_set_error_handler_off()) -- every GSL status is checked. */
#ifndef GC_ANALYSIS_H
#define GC_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

#include <cjson/cJSON.h>

#include "../common/status.h"
#include "../ingest/ingest.h"

typedef enum analysis_verdict {
    ANALYSIS_CONSISTENT,    /* "consistent": the intervals meet */
    ANALYSIS_INCONSISTENT,  /* "inconsistent": they do not */
    ANALYSIS_EXPLAINED,     /* "explained": they do not, and `reason` accounts for it */
    ANALYSIS_UNVERIFIABLE   /* "unverifiable": too little stated; see implied */
} analysis_verdict;

/* What a finding is about. */
typedef enum analysis_check {
    ANALYSIS_CHECK_GROWTH_AVG,    /* "growth_avg": stated average rate vs two levels */
    ANALYSIS_CHECK_GROWTH_YOY,    /* "growth_yoy": stated yoy rate vs two levels */
    ANALYSIS_CHECK_CHANGE_PCT,    /* "change_pct": stated total change vs two levels */
    ANALYSIS_CHECK_MULTIPLE,      /* "multiple": stated multiple vs two levels */
    ANALYSIS_CHECK_SHARE,         /* "share": shares and levels => the implied whole */
    ANALYSIS_CHECK_TARGET,        /* "target": next year's goal vs the last level */
    ANALYSIS_CHECK_IDENTITY,      /* "identity": per-capita and per-worker identities */
    ANALYSIS_CHECK_REMAINING,     /* "remaining_years": last yoy + average => the rest */
    ANALYSIS_CHECK_SERIES_LEVEL,  /* "series_level": stated level vs official level */
    ANALYSIS_CHECK_SERIES_RATE,   /* "series_rate": stated rate vs official series */
    ANALYSIS_CHECK_IMPLIED,       /* "implied": a rate with one level => other levels */
    ANALYSIS_CHECK_COVERAGE,      /* "coverage": growth sentences with no checkable claim */
    ANALYSIS_CHECK_TRANSLATION    /* "translation": an English figure against its Chinese
                                     original in a bilingual document */
} analysis_check;

/* A closed interval [lo, hi] of a quantity; an open side is marked unbounded
 * (never stored as infinity, so it cannot leak into JSON). */
typedef struct analysis_interval {
    double lo, hi;
    bool lo_unbounded, hi_unbounded;
} analysis_interval;

/* A value the claims imply, e.g. the 2016 level implied by a 2021 level and
 * a five-year average rate. */
typedef struct analysis_implied {
    int year;
    double value;            /* in `unit` */
    analysis_interval iv;    /* from the rounding intervals of the inputs */
    char *unit;              /* unit as written in the claims */
    char *what;              /* "level", "whole", "average of remaining years", ... */
    char *derivation;        /* "level 2021 + growth_avg 2016-2021" */
} analysis_implied;

/* Why a finding that does not meet is explained (analysis_reason_name()
 * gives its JSON name; analysis_reason_text() its words). */
typedef enum analysis_reason {
    ANALYSIS_REASON_NONE,         /* no reason: JSON null */
    ANALYSIS_REASON_PRICE_BASIS,  /* "price_basis": a real rate beside nominal levels */
    ANALYSIS_REASON_ESTIMATE,     /* "estimate": a 预计 level, within an estimate's margin */
    ANALYSIS_REASON_COUNT
} analysis_reason;

/* Notes a finding carries beside its verdict (a bit set in
 * analysis_finding.notes; analysis_note_name() gives the JSON name,
 * analysis_note_text() the words). */
typedef enum analysis_note {
    ANALYSIS_NOTE_PRICE,          /* "price_note": a real rate equal to the nominal CAGR of
                                     the levels: prices did not move, or the rate is nominal */
    ANALYSIS_NOTE_SERIES_BREAK,   /* "series_break": a census year (2000, 2010, 2020) inside
                                     a population span: the levels may be of two vintages */
    ANALYSIS_NOTE_SPAN_MISMATCH,  /* "span_mismatch": the levels lie a year off the rate's
                                     stated span; compared over the levels' own span */
    ANALYSIS_NOTE_CONSTANT_PRICES,/* "constant_prices": an implied level from a real rate is
                                     a volume at the other level's prices, not a current-price
                                     figure */
    ANALYSIS_NOTE_APPROX_WORD,    /* "approximate_word": 翻番, 近, 超 ... read as an interval */
    ANALYSIS_NOTE_IMPLAUSIBLE_DEFLATOR, /* "implausible_deflator": explained only by a
                                     deflator outside the band around the national one */
    ANALYSIS_NOTE_COUNT
} analysis_note;

/* A reading a writer may have used in place of the level method
 * (analysis_reading_name() gives its JSON name). */
typedef enum analysis_reading_kind {
    ANALYSIS_READING_N_MINUS_1,   /* "n-1 years": one year too few */
    ANALYSIS_READING_N_PLUS_1,    /* "n+1 years": the base year counted */
    ANALYSIS_READING_CUMULATIVE,  /* "累计法": the cumulative method */
    ANALYSIS_READING_MEAN_YOY,    /* "mean of yoy": the mean of the yearly rates */
    ANALYSIS_READING_PP_AS_PCT,   /* "pp as %": percentage points read as percent */
    ANALYSIS_READING_UNIT_SLIP,   /* "万/亿 slip": a level off by 1e4 */
    ANALYSIS_READING_COUNT
} analysis_reading_kind;

/* An alternative reading that reproduces a stated rate. */
typedef struct analysis_reading {
    analysis_reading_kind reading;
    double value;            /* the rate it gives, in % */
} analysis_reading;

typedef struct analysis_finding {
    char *indicator;           /* the key: the table's canonical name (alias-resolved,
                                  folded, place prefix stripped), UTF-8 */
    char *written;             /* the indicator as the first claim used writes it */
    char *indicator_en;        /* English name from the indicator table, or NULL */
    analysis_check check;
    size_t claims[8];          /* indices into the ingest_claims analysed */
    size_t nclaims;
    int from, to;              /* the span checked, 0 when none */
    char *definition;          /* the definition used, in words */
    char *formula;             /* the formula with the numbers filled in */
    bool has_stated;
    double stated;             /* the stated figure, in its unit (% for rates) */
    bool stated_ranged;        /* stated as a range (增长6%—7%): stated is its low end */
    double stated_high;        /* the range's high end; 0 unless stated_ranged */
    analysis_interval stated_iv;
    bool has_computed;
    double computed;           /* the figure computed from the others */
    analysis_interval computed_iv;
    char *undefined;           /* why computed is missing ("zero base"), or NULL */
    analysis_verdict verdict;
    analysis_reason reason;    /* why explained; ANALYSIS_REASON_NONE otherwise */
    bool rounding_only;        /* consistent only thanks to rounding */
    bool gross;                /* inconsistent and the gap matters (see options) */
    double gap_pp;             /* stated - computed nearest gap, percentage points */
    bool has_deflator;
    double deflator;           /* implied average deflator, % a year, for price_basis */
    bool deflator_flag;        /* deflator outside the plausible band */
    bool has_deflator_ref;
    double deflator_ref;       /* China's average GDP deflator over from..to, % a year
                                  (analysis/deflator.tsv) */
    double deflator_lo, deflator_hi; /* the plausible band, % a year: deflator_ref -+
                                  ANALYSIS_DEFLATOR_BAND, or the fixed band outside the table */
    bool warning;              /* explained with a warning: only by an implausible
                                  deflator, or a note that deserves a look */
    unsigned notes;            /* bit (1u << analysis_note) per note */
    analysis_reading *diagnosis;  /* readings that land in the stated interval */
    size_t ndiagnosis;
    analysis_implied *implied;
    size_t nimplied;
    char *explanation;         /* one plain sentence, in the chosen language */
    const char *stated_unit;   /* unit of `stated` ("%", "亿元"); borrowed from a claim
                                  or a string literal, valid as long as the claims */
    const char *computed_unit; /* unit of `computed`, borrowed likewise */
} analysis_finding;

typedef struct analysis_findings {
    analysis_finding *items;   /* items[0..count), grouped by indicator in
                                  document order of first mention */
    size_t count;
    size_t cap;
} analysis_findings;

#define ANALYSIS_FINDINGS_INIT { NULL, 0, 0 }

typedef enum analysis_rounding {
    ANALYSIS_ROUND_HALF_UP,   /* 7.6 stands for [7.55, 7.65) */
    ANALYSIS_ROUND_TRUNCATE   /* 7.6 stands for [7.6, 7.7) */
} analysis_rounding;

typedef struct analysis_indicators analysis_indicators;

typedef struct analysis_options {
    analysis_rounding rounding;
    double gross_pp;           /* gap that makes an inconsistency gross; default 0.5 */
    const char *lang;          /* "zh" (default) or "en" for explanations */
    const analysis_indicators *indicators;  /* NULL: the built-in table */
    const ingest_series *series;            /* official figures, or NULL */
} analysis_options;

/* Fills opt with the defaults (half-up, 0.5 pp, zh, built-in table, no series). */
void analysis_options_init(analysis_options *opt);

/* Checks every claim (see the file comment) and appends findings to out.
 * Returns GC_OK or GC_ENOMEM; undefined arithmetic is a finding, not an error. */
int analysis_check_claims(const ingest_claims *claims, const analysis_options *opt,
                          analysis_findings *out);

void analysis_findings_free(analysis_findings *f);

const char *analysis_verdict_name(analysis_verdict v);  /* "consistent", ... */
const char *analysis_check_name(analysis_check c);      /* "growth_avg", ... */

/* The JSON name of a reason ("price_basis", "estimate"); NULL for
 * ANALYSIS_REASON_NONE or a value out of range. */
const char *analysis_reason_name(analysis_reason r);

/* The JSON name of a note ("price_note", ...) and its words in lang; NULL
 * when out of range. */
const char *analysis_note_name(analysis_note n);
const char *analysis_note_text(analysis_note n, const char *lang);

/* China's average annual GDP deflator (or CPI) change over from..to, in %:
 * the geometric mean of the yearly changes of from+1..to from the table
 * compiled into the library (analysis/deflator.tsv, 1979-2024).  Returns
 * GC_OK, or GC_EUNDEFINED when from >= to or a year is not in the table. */
int analysis_national_deflator(int from, int to, double *avg);
int analysis_national_cpi(int from, int to, double *avg);

/* The official rows no check used (opt->series; NULL gives none): the
 * indices into opt->series->points of the points whose indicator (by its
 * key) and year no series_level or series_rate finding of f compared; a
 * deflator row counts as used by a rate check that deflated with it.  *out
 * is allocated (free() it) and *n is its length; *out is NULL when *n is 0.
 * Returns GC_OK or GC_ENOMEM (then *out is NULL). */
int analysis_series_unused(const analysis_findings *f, const analysis_options *opt,
                           size_t **out, size_t *n);

/* The JSON name of a reading ("n-1 years", ...); NULL when out of range. */
const char *analysis_reading_name(analysis_reading_kind r);

/* A reason or reading in words, in lang ("zh", else English); NULL as
 * above.  Static strings. */
const char *analysis_reason_text(analysis_reason r, const char *lang);
const char *analysis_reading_text(analysis_reading_kind r, const char *lang);

/* Builds the JSON object of a finding, with the claims it used (their
 * ingest_claim_json with source).  Returns NULL when out of memory; free with
 * cJSON_Delete().  Undefined values are null plus a "reason"; never NaN. */
cJSON *analysis_finding_json(const analysis_finding *f, const ingest_claims *claims);

/* ---- the indicator table ---- */

/* Loads an indicator table (the format of analysis/indicators.tsv: one
 * indicator a line, tab-separated name, English name, basis of its growth
 * rates (comparable|current), aliases separated by '|'; '#' comments).
 * Returns GC_OK, GC_ESYNTAX with diag, or GC_ENOMEM.  Free with
 * analysis_indicators_free(). */
int analysis_indicators_load(const char *text, size_t n, const char *name,
                             analysis_indicators **out, gc_diag *diag);

/* The table compiled into the library; never NULL, not to be freed. */
const analysis_indicators *analysis_indicators_builtin(void);

void analysis_indicators_free(analysis_indicators *t);

/* ---- the arithmetic (values in natural units, rates as fractions) ---- */

/* Compound annual growth rate: r = (v1 / v0)^(1/n) - 1, computed as
 * expm1(log(v1 / v0) / n).  Returns GC_OK, or GC_EUNDEFINED when v0 <= 0,
 * v1 < 0, n <= 0 or a value is not finite (*r untouched).  v1 = 0 gives
 * r = -1 (a fall to nothing).  v1 / v0 is taken as log(v1) - log(v0) when
 * the quotient would overflow or underflow; GC_ERANGE when r itself
 * overflows a double (1e300 over one year from 1e-300). */
int analysis_cagr(double v0, double v1, double n, double *r);

/* The interval of the CAGR when v0 lies in [v0lo, v0hi] and v1 in
 * [v1lo, v1hi]: the CAGR falls in v0 and rises in v1, so the extremes are at
 * the corners.  Returns as analysis_cagr. */
int analysis_cagr_interval(double v0lo, double v0hi, double v1lo, double v1hi,
                           double n, double *rlo, double *rhi);

/* The interval of the average annual rate (a fraction) when the base level
 * lies in v0 and, by the level method, the end level in v1 -- or, by the
 * cumulative method, the total of the n levels after the base in v1.  The
 * rate falls in v0 and rises in v1, so the corners bound it; a later value
 * below zero counts as zero.  Open sides: the low end is -1 (a fall to
 * nothing) when v0 is unbounded above or v1 below; the high end is open
 * (hi_unbounded, hi = lo) when v0 is unbounded below or reaches zero, or v1
 * is unbounded above.  Returns GC_OK, or as analysis_cagr and
 * analysis_cumulative_rate (n is then rounded down to whole years). */
int analysis_rate_interval(analysis_interval v0, analysis_interval v1, double n,
                           bool cumulative, analysis_interval *r);

/* 累计法: the r solving x + x^2 + ... + x^n = total / v0, x = 1 + r, where
 * total is the sum of the n levels after the base year.  Brent's method on
 * [-1 + eps, hi].  Returns GC_OK, GC_EUNDEFINED for v0 <= 0, total <= 0 or
 * n < 1, GC_EINVAL for n > ANALYSIS_MAX_YEARS, or GC_ERANGE when the solver
 * does not converge. */
int analysis_cumulative_rate(double v0, double total, unsigned n, double *r);

/* Trend growth of a series: least squares of ln v on the year
 * (gsl_fit_linear), r = exp(slope) - 1, se = standard error of the slope.
 * years and values are read with the given strides.  Returns GC_OK or
 * GC_EUNDEFINED when n < 3 or a value is <= 0. */
int analysis_trend(const double *years, size_t ystride, const double *values,
                   size_t vstride, size_t n, double *r, double *se);

/* The interval a printed figure stands for: value with the given resolution
 * (place value of its last digit), under the rounding mode, widened or made
 * one-sided by the qualifier (documented in the man page). */
analysis_interval analysis_rounding_interval(double value, double resolution,
                                             ingest_qualifier q,
                                             analysis_rounding mode);

/* ---- more arithmetic (appended) ---- */

/* The longest span, in years, the cumulative method accepts. */
#define ANALYSIS_MAX_YEARS 1000u

/* The band of average deflators, in % a year, within which a gap between a
 * real (comparable-price) rate and a nominal CAGR is plausible.  China's GDP
 * deflator has been near or below zero in single years (1998-99, 2009,
 * 2015) and near 8 % at its peaks (2007-08, 2011); averaged over a plan
 * period it has stayed well inside [-2, +6], and the band leaves a point on
 * each side for regional deflators.  A deflator outside it is flagged, not
 * refused: it may be real (deflation, a price boom) but deserves a look. */
#define ANALYSIS_DEFLATOR_LO (-2.0)
#define ANALYSIS_DEFLATOR_HI 6.0

/* Within a span the national table covers, the band is judged against
 * history instead: the national average deflator over the same years, plus
 * or minus this many points a year.  Provinces' and cities' deflators
 * scatter around the national one -- an industrial province's falls with
 * producer prices, a services city's follows consumer prices -- and over a
 * five-year span their averages have stayed within about three points a year
 * of the national average; a gap beyond that, and above all a deflator of
 * the wrong sign, points at real growth overstated or at levels of two
 * vintages (README, Verdicts). */
#define ANALYSIS_DEFLATOR_BAND 3.0

/* How far, in % of the official level, a 预计 (estimated) level may fall from
 * the official figure and still count as explained by being an estimate.
 * A report written in December or January estimates the year's figures from
 * eleven months of data; the first official release, weeks later, moves
 * them by well under one per cent in normal years. */
#define ANALYSIS_ESTIMATE_PCT 1.0

/* The average annual rate of a total change c (a fraction: -0.51 for
 * 下降51%) over n years: r = (1 + c)^(1/n) - 1 = expm1(log1p(c) / n).
 * Returns GC_OK, or GC_EUNDEFINED when c < -1, n <= 0 or a value is not
 * finite; c = -1 gives r = -1. */
int analysis_rate_from_change(double c, double n, double *r);

/* The average annual rate of a multiple m (end / base; 2 for 翻一番) over n
 * years: r = m^(1/n) - 1 = expm1(log(m) / n).  Returns GC_OK, or
 * GC_EUNDEFINED when m < 0, n <= 0 or a value is not finite. */
int analysis_rate_from_multiple(double m, double n, double *r);

/* The level n years before (n > 0) or after (n < 0) a level v that grew at
 * rate r a year: v / (1 + r)^n, as v * exp(-n * log1p(r)).  Returns GC_OK,
 * or GC_EUNDEFINED when r <= -1 or a value is not finite, GC_ERANGE when the
 * result overflows. */
int analysis_discount(double v, double r, double n, double *out);

/* Whether two intervals share a point (an unbounded side meets anything). */
bool analysis_interval_meet(analysis_interval a, analysis_interval b);

/* ---- time series (one row per indicator and year) ---- */

typedef enum analysis_row_source {
    ANALYSIS_ROW_STATED,    /* "stated" */
    ANALYSIS_ROW_IMPLIED,   /* "implied" */
    ANALYSIS_ROW_PATH,      /* "path" */
    ANALYSIS_ROW_OFFICIAL   /* "official" */
} analysis_row_source;

typedef struct analysis_row {
    char *indicator;
    char *indicator_en;        /* or NULL */
    int year;
    double value;              /* in unit */
    char *unit;                /* as written */
    double norm_value;
    char *norm_unit;
    analysis_row_source source;
    char *derivation;          /* for implied/path rows: from which claims, at which rate */
    ingest_basis basis;
    analysis_interval iv;      /* rounding interval, in unit */
    bool is_share;             /* percentages are never mixed with levels */
    /* How a path row was built, for labels in any language (derivation says
     * the same in English prose, for the CSV).  Zero on other rows. */
    double path_rate;          /* path rows: the constant rate, percent a year */
    bool path_stated;          /* path rows: true at the report's stated average rate,
                                  false at the CAGR between the two known points */
    int path_from, path_to;    /* path rows: years of the two known points it runs between */
} analysis_row;

typedef struct analysis_rows {
    analysis_row *items;       /* stable order: document order of first mention, then year */
    size_t count;
    size_t cap;
} analysis_rows;

#define ANALYSIS_ROWS_INIT { NULL, 0, 0 }

/* Builds each indicator's year-by-year series from the claims, findings and
 * official series (opt->series).  Returns GC_OK or GC_ENOMEM. */
int analysis_series_build(const ingest_claims *claims, const analysis_findings *findings,
                          const analysis_options *opt, analysis_rows *out);

void analysis_rows_free(analysis_rows *rows);

const char *analysis_row_source_name(analysis_row_source s);

#endif
