/* analysis_int.h -- what the files of the analysis module share and nobody
 * else needs: indicator-table look-ups, building findings, and the
 * explanation sentences. */
#ifndef GC_ANALYSIS_INT_H
#define GC_ANALYSIS_INT_H

#include "analysis.h"
#include "../common/numfmt.h"

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
bool ind_lookup(const analysis_indicators *t, const char *name, ind_entry *e);

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

/* The interval claim c stands for, in its unit as written (opt's rounding). */
analysis_interval claim_iv(const actx *x, const ingest_claim *c);

/* Factor from c's unit to its base unit (norm_value / value; 1 for 0). */
double claim_scale(const ingest_claim *c);

/* iv times k > 0. */
analysis_interval iv_times(analysis_interval iv, double k);

/* Whether v lies in iv. */
bool iv_has(analysis_interval iv, double v);

/* A level figure that looks rounded: its last written digit is tens or
 * more, or it has at most two significant digits (9500, 3.4万亿). */
bool claim_is_round(const ingest_claim *c);

/* The first stated (not target, not cumulative) level of g in year, or
 * NO_CLAIM. */
size_t group_level(const actx *x, const group *g, int year);

/* The first claim of g of kind k for year (or period A..B when from != 0)
 * with the target flag equal to target, or NO_CLAIM. */
size_t group_find(const actx *x, const group *g, ingest_kind k, int from, int to, bool target);

/* The group whose table role is r, or NULL. */
const group *group_with_role(const actx *x, ind_role r);

/* A new finding about g (g may be NULL for document-wide findings):
 * indicator and English name filled.  NULL when out of memory. */
analysis_finding *new_finding(actx *x, const group *g, analysis_check chk);

/* Appends an implied value to f; derivation is taken over (freed on
 * failure).  Returns GC_OK or GC_ENOMEM. */
int finding_implied(analysis_finding *f, int year, double v, analysis_interval iv,
                    const char *unit, const char *what, char *derivation);

/* Appends a diagnosis reading.  Returns GC_OK or GC_ENOMEM. */
int finding_reading(analysis_finding *f, const char *name, double v);

/* The interval of the average growth rate, in % a year, when the base
 * level lies in a and the end level in b (base units), n years apart.
 * Returns as analysis_cagr. */
int growth_iv(analysis_interval a, analysis_interval b, double n, analysis_interval *q);

/* Whether the stated rate c of group g is real (comparable prices): the
 * text's own words, else the indicator table. */
bool rate_is_real(const group *g, const ingest_claim *c);

/* Marks f explained by price basis: the average deflator
 * (1 + r_nom) / (1 + r_real) - 1 (rates in %), flagged outside the band.
 * Returns GC_OK or GC_ENOMEM. */
int set_price_basis(analysis_finding *f, double r_nom, double r_real);

/* The verdict of a stated rate (f->stated_iv) against a computed one
 * (f->computed_iv): consistent when they meet, else explained by price
 * basis when real_vs_nominal, else inconsistent (gross beyond gross_pp). */
int judge_rates(const actx *x, analysis_finding *f, bool real_vs_nominal);

/* The checks beyond stated rates against two levels (derive.c, series.c). */
int check_remaining(actx *x, const group *g);
int check_level_pairs(actx *x, const group *g);
int check_shares(actx *x, const group *g);
int check_targets(actx *x, const group *g);
int check_identities(actx *x);
int check_coverage(actx *x);
int check_series(actx *x);

/* Appends a zeroed finding to out and returns it, or NULL when out of
 * memory.  The caller fills it; analysis_findings_free frees its strings. */
analysis_finding *finding_push(analysis_findings *out);

/* Adds claim index i to f (ignored beyond the room in f->claims). */
void finding_add_claim(analysis_finding *f, size_t i);

/* printf into a newly allocated string; NULL when out of memory. */
char *str_printf(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* A number for text, in the C locale, with up to digits decimals and no
 * trailing zeros, into out[64]. */


/* Fills f->explanation with one plain sentence in lang ("zh" or "en")
 * describing f; claims gives the units.  Returns GC_OK or GC_ENOMEM. */
int explain_finding(analysis_finding *f, const ingest_claims *claims, const char *lang);

#endif
