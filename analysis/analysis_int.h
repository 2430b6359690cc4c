/* analysis_int.h -- what the files of the analysis module share and nobody
 * else needs.  The files are layered, each calling only those above it:
 *
 *   arith.c, indicators.c, finding.c    numbers, the indicator table, finding lists
 *   reference.c                         name keys and the national deflator
 *   toolkit.c                           claim intervals, groups, quantities, builders
 *   explain.c, say.h                    the words of an explanation
 *   verdict.c                           the verdict rules, reasons and readings
 *   check_*.c                           one check each, with its explanation
 *   check.c                             the driver over the table of checks
 *   rows.c                              year rows from claims and findings
 *
 * No file calls a function of a file below it. */
#ifndef GC_ANALYSIS_INT_H
#define GC_ANALYSIS_INT_H

#include "analysis.h"
#include "../common/numfmt.h"

/* 翻一番 stands for [1.95, 2.05]: this fraction of the multiple either side. */
#define ANALYSIS_DOUBLING_REL 0.025

/* 将近翻一番 (nearly doubled) stands for [1.8, 2]: up to this fraction short. */
#define ANALYSIS_NEARLY_REL 0.10

/* Longest name, English name or alias the indicator table accepts, bytes. */
#define IND_FIELD_MAX 127

typedef enum ind_role {
    IND_ROLE_NONE,
    IND_ROLE_GDP,          /* "gdp" */
    IND_ROLE_POPULATION,   /* "population" */
    IND_ROLE_PRODUCTIVITY, /* "productivity": output per worker */
    IND_ROLE_PER_CAPITA,   /* "per_capita": output per person */
    IND_ROLE_DEFLATOR      /* "deflator": a price index */
} ind_role;

/* One row of the indicator table, copied out of its text. */
typedef struct ind_entry {
    char name[IND_FIELD_MAX + 1];   /* canonical name */
    char en[IND_FIELD_MAX + 1];     /* English name */
    ingest_basis basis;             /* REAL (comparable) or NOMINAL (current) */
    ind_role role;
} ind_entry;

/* Looks name up among the names and aliases of t (NULL: the built-in
 * table).  Fills e and returns true when found. */
bool analysis_ind_lookup(const analysis_indicators *t, const char *name, ind_entry *e);

/* The key of a written indicator name (reference.c): the table's canonical
 * name when the name, its folded form (simplified characters, mojibake
 * readings dropped), that form without the words naming the whole place
 * (全市, 我县) or without a leading place name is in the table -- then e is
 * filled and true returned -- else the folded, stripped name.  key gets at
 * most keyn bytes. */
bool analysis_ind_key(const analysis_indicators *t, const char *written, char *key,
                      size_t keyn, ind_entry *e);

/* Claims grouped under one canonical indicator, in document order. */
typedef struct group {
    char *name;         /* canonical name (the table's, or as written) */
    ind_entry ind;      /* the table row, when known */
    bool known;         /* found in the indicator table */
    size_t *idx;        /* indices of its claims, idx[0..n) */
    size_t n, cap;
} group;

/* What one run of analysis_check_claims works with. */
typedef struct actx {
    const ingest_claims *claims;
    const analysis_options *opt;
    analysis_findings *out;
    group *groups;      /* groups[0..ngroups), document order of first mention */
    size_t ngroups, gcap;
} actx;

#define NO_CLAIM ((size_t)-1)

/* ---- finding.c: the life of a finding list ---- */

/* Appends a zeroed finding (verdict unverifiable) to out and returns it, or
 * NULL when out of memory.  analysis_findings_free frees its strings. */
analysis_finding *analysis_finding_push(analysis_findings *out);

/* Frees the last finding of out and drops it (nothing when out is empty). */
void analysis_finding_pop(analysis_findings *out);

/* Adds claim index i to f (ignored when present or beyond the room in
 * f->claims). */
void analysis_finding_add_claim(analysis_finding *f, size_t i);

/* printf into a newly allocated string; NULL when out of memory. */
char *analysis_str_printf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* ---- toolkit.c: claims, groups, quantities, builders ---- */

/* The interval claim c stands for, in its unit as written (opt's rounding). */
analysis_interval analysis_claim_iv(const actx *x, const ingest_claim *c);

/* Whether c's interval comes from an approximate word rather than its
 * digits: a 翻番 multiple, 近/将近 before the number, a threshold word (超,
 * 突破) the subject swallowed. */
bool analysis_claim_approx_word(const ingest_claim *c);

/* Whether claim i of claims is the base of a 从A增加到B pair whose years
 * were not written: a level with an inferred year followed, in its
 * sentence, by a level of the same indicator, unit and year.  Such a base
 * is not a level of that year. */
bool analysis_claim_year_doubtful(const ingest_claims *claims, size_t i);

/* Whether c covers a part of a year (a quarter, a half): never that year's
 * value. */
bool analysis_claim_part_year(const ingest_claim *c);

/* The first two levels of g in the sentence of claim ci (same base unit),
 * in the order written: the base *l0 and the end *l1.  True when both
 * exist. */
bool analysis_group_sentence_levels(const actx *x, const group *g, size_t ci, size_t *l0,
                                    size_t *l1);

/* The same in base units (analysis_claim_iv times analysis_claim_scale). */
analysis_interval analysis_claim_base_iv(const actx *x, const ingest_claim *c);

/* Factor from c's unit to its base unit (norm_value / value; 1 for 0). */
double analysis_claim_scale(const ingest_claim *c);

/* iv times k > 0. */
analysis_interval analysis_iv_times(analysis_interval iv, double k);

/* Whether v lies in iv. */
bool analysis_iv_has(analysis_interval iv, double v);

/* A level figure that looks rounded: its last written digit is tens or
 * more, or it has at most two significant digits (9500, 3.4万亿). */
bool analysis_claim_is_round(const ingest_claim *c);

/* Groups the claims of x->claims by canonical indicator into x->groups.
 * Returns GC_OK or GC_ENOMEM; analysis_groups_free frees them either way. */
int analysis_groups_build(actx *x);
void analysis_groups_free(actx *x);

/* The first stated (not target, not cumulative) level of g in year, or
 * NO_CLAIM. */
size_t analysis_group_level(const actx *x, const group *g, int year);
void analysis_finding_stated(const actx *x, analysis_finding *f, const ingest_claim *c);

/* The first claim of g of kind k for year (or period A..B when from != 0)
 * with the target flag equal to target, or NO_CLAIM. */
size_t analysis_group_find(const actx *x, const group *g, ingest_kind k, int from, int to,
                           bool target);

/* The group whose table role is r, or NULL. */
const group *analysis_group_with_role(const actx *x, ind_role r);

/* The quantity a claim of kind k states, from levels v0 (base) and v1
 * (end) n years apart: % a year for growth (level method), total % for a
 * change, the multiple v1 / v0.  Returns GC_OK, GC_EUNDEFINED or GC_ERANGE. */
int analysis_quantity(ingest_kind k, double v0, double v1, double n, double *q);

/* Its interval when the base lies in a and the end in b: it falls in the
 * base and rises in the end, so the corners bound it.  Returns as above. */
int analysis_quantity_iv(ingest_kind k, analysis_interval a, analysis_interval b, double n,
                         analysis_interval *q);

/* analysis_quantity_iv for an average growth rate (% a year). */
int analysis_growth_iv(analysis_interval a, analysis_interval b, double n, analysis_interval *q);

/* The average annual rate (a fraction) a stated quantity q of kind k means
 * over n years.  Returns GC_OK or GC_EUNDEFINED. */
int analysis_annual_rate(ingest_kind k, double q, double n, double *r);

/* The growth factor over n years a stated quantity q means: (1 + r)^n for
 * rates, 1 + c for a change, m for a multiple. */
double analysis_growth_factor(ingest_kind k, double q, double n);

/* A new finding about g (g may be NULL for document-wide findings):
 * indicator and English name filled.  NULL when out of memory. */
analysis_finding *analysis_new_finding(actx *x, const group *g, analysis_check chk);

/* Appends an implied value to f; derivation is taken over (freed on
 * failure).  Returns GC_OK or GC_ENOMEM. */
int analysis_finding_implied(analysis_finding *f, int year, double v, analysis_interval iv,
                             const char *unit, const char *what, char *derivation);

/* Appends a diagnosis reading.  Returns GC_OK or GC_ENOMEM. */
int analysis_finding_reading(analysis_finding *f, analysis_reading_kind r, double v);

/* ---- explain.c: running an explanation ---- */

/* The state an explanation is written into (say.h). */
typedef struct say say;

/* Writes the sentence of one check about f; see say.h for the pieces. */
typedef void analysis_explain_fn(say *s);

/* Fills f->explanation with the sentence fn writes in lang ("zh" or "en");
 * claims gives the units.  Returns GC_OK or GC_ENOMEM. */
int analysis_explain(analysis_finding *f, const ingest_claims *claims, const char *lang,
                     analysis_explain_fn *fn);

/* ---- verdict.c: the one place verdicts are decided ---- */

/* Whether the stated rate c of group g is real (comparable prices): the
 * text's own words, else the indicator table. */
bool analysis_rate_is_real(const group *g, const ingest_claim *c);

/* The gap between a stated and a computed interval, stated minus computed
 * at their nearest ends; 0 when they meet. */
double analysis_interval_gap(analysis_interval s, analysis_interval c);

/* Sets note n on f; whether f carries it. */
void analysis_note_add(analysis_finding *f, analysis_note n);
bool analysis_has_note(const analysis_finding *f, analysis_note n);

/* Fills f's deflator band for the span from..to: China's average deflator
 * over it (analysis_national_deflator) -+ ANALYSIS_DEFLATOR_BAND, or the
 * fixed [ANALYSIS_DEFLATOR_LO, ANALYSIS_DEFLATOR_HI] outside the table. */
void analysis_deflator_band(int from, int to, analysis_finding *f);

/* Marks f explained by price basis: the average deflator
 * (1 + r_nom) / (1 + r_real) - 1 (rates in % a year; nom and real their
 * intervals), over f->from..f->to.  When no deflator the intervals allow
 * lies within the band (analysis_deflator_band), the finding is flagged:
 * explained only by an implausible deflator, a warning.  Returns GC_OK. */
int analysis_price_basis(analysis_finding *f, double r_nom, double r_real,
                         analysis_interval nom, analysis_interval real);

/* analysis_price_basis with point intervals. */
int analysis_set_price_basis(analysis_finding *f, double r_nom, double r_real);

/* The verdict of a stated rate (f->stated_iv) against a computed one
 * (f->computed_iv).  When real_vs_nominal (a real rate beside a nominal
 * one): consistent with a price note when the stated interval holds the
 * computed rate, else explained by price basis (analysis_price_basis) --
 * rounding cannot make a real rate equal a nominal one.  Otherwise:
 * consistent when the intervals meet, else inconsistent (gross beyond
 * gross_pp). */
int analysis_judge_rates(const actx *x, analysis_finding *f, bool real_vs_nominal);

/* THE estimate rule.  A 预计 (estimated) level stands for a wider interval
 * than its digits: one unit of its last digit either side, and at least
 * ANALYSIS_ESTIMATE_PCT % of its value (what 约 gives a figure).  For any
 * other level this is analysis_claim_iv.  In its unit as written. */
analysis_interval analysis_estimate_iv(const actx *x, const ingest_claim *c);

/* Whether the estimate rule explains a quantity of kind k stated in
 * stated, over levels c0 -> c1 n years apart, that their ordinary
 * intervals miss: true when c0 or c1 is estimated and the quantity of
 * their estimate intervals meets stated. */
bool analysis_estimate_explains(const actx *x, ingest_kind k, const ingest_claim *c0,
                                const ingest_claim *c1, double n, analysis_interval stated);

/* ---- the checks (check_*.c), and the table the driver runs ---- */

/* One check: what it looks at and the sentence it writes.  run_group runs
 * once per indicator group (in document order), run_document once after
 * every group; one of them is NULL.  explain writes the sentence of each
 * finding the check made; a check defined without one does not compile
 * (ANALYSIS_CHECK_DEFINE names it). */
typedef struct analysis_checker {
    const char *name;
    int (*run_group)(actx *x, const group *g);
    int (*run_document)(actx *x);
    analysis_explain_fn *explain;
} analysis_checker;

/* Defines the checker of a check file: analysis_checker_ID, with its run
 * function(s) and the file's ID_explain, which must exist. */
#define ANALYSIS_CHECK_DEFINE(id, group_fn, document_fn) \
    const analysis_checker analysis_checker_##id = { #id, group_fn, document_fn, id##_explain }

/* The checks, in the order they run and their findings appear: one row
 * each.  A new check is a file check_ID.c ending in ANALYSIS_CHECK_DEFINE
 * and one row here. */
#define ANALYSIS_CHECKS(X) \
    X(rates)               /* stated rates against two levels; one level => the other */ \
    X(cross)               /* an average rate against a multiple or change of its span */ \
    X(remaining)           /* average + last year => the years before */ \
    X(level_pairs)         /* two levels, no stated rate => their growth */ \
    X(shares)              /* a share and a level => the whole */ \
    X(targets)             /* next year's targets against the last level */ \
    X(identities)          /* per-worker and per-person identities */ \
    X(official)            /* claims against the official series (--series) */ \
    X(translation)         /* an English figure against its Chinese original */ \
    X(coverage)            /* growth sentences with no checkable claim */

#define ANALYSIS_CHECK_DECLARE(id) extern const analysis_checker analysis_checker_##id;
ANALYSIS_CHECKS(ANALYSIS_CHECK_DECLARE)
#undef ANALYSIS_CHECK_DECLARE

#endif
