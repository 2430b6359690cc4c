/* check_official.c -- claims against an official series (--series): a stated level
 * against the official level of its year, a stated rate against the rate
 * the official levels give -- at comparable prices when the series has
 * them, deflated by a deflator series when one is given, else nominal with
 * the implied deflator reported as for stated levels. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"

/* The official point of indicator name (canonical) in year: with basis
 * want when there is one, else any basis other than avoid. */
static const ingest_series_point *official(const actx *x, const char *name, int year,
                                           ingest_basis want, ingest_basis avoid)
{
    const ingest_series *s = x->opt->series;
    const ingest_series_point *fallback = NULL;

    for (size_t i = 0; i < s->count; i++) {
        const ingest_series_point *p = &s->points[i];
        ind_entry e;
        char canon[4 * IND_FIELD_MAX + 8];
        if (p->year != year)
            continue;
        analysis_ind_key(x->opt->indicators, p->indicator, canon, sizeof canon, &e);
        if (strcmp(canon, name) != 0)
            continue;
        if (p->basis == want)
            return p;
        if (p->basis != avoid && !fallback)
            fallback = p;
    }
    return fallback;
}

/* The deflator index of year, from any series indicator whose role is
 * deflator. */
static const ingest_series_point *deflator_point(const actx *x, int year)
{
    const ingest_series *s = x->opt->series;

    for (size_t i = 0; i < s->count; i++) {
        ind_entry e;
        if (s->points[i].year == year &&
            analysis_ind_lookup(x->opt->indicators, s->points[i].indicator, &e) &&
            e.role == IND_ROLE_DEFLATOR && s->points[i].norm_value > 0)
            return &s->points[i];
    }
    return NULL;
}

/* Whether a claim's base unit and an official point's measure the same
 * thing: the same base unit, or -- for an indicator of people -- a bare
 * count beside persons: a report writes 常住人口364万 where the file says
 * 364 万人, and both are 3,640,000 people. */
static bool same_family(const group *g, const char *claim_unit, const char *official_unit)
{
    static const char *const people[] = { "人口", "人数", "人员", "就业", "职工", "劳动力" };
    bool person = g->ind.role == IND_ROLE_POPULATION;

    if (!strcmp(claim_unit, official_unit))
        return true;
    for (size_t i = 0; !person && i < sizeof people / sizeof people[0]; i++)
        person = strstr(g->name, people[i]) != NULL;
    return person && ((!*claim_unit && !strcmp(official_unit, "人")) ||
                      (!strcmp(claim_unit, "人") && !*official_unit));
}

static int series_level(actx *x, const group *g, size_t ci)
{
    const ingest_claim *c = &x->claims->items[ci];
    const ingest_series_point *p = official(x, g->name, c->year, INGEST_BASIS_NOMINAL,
                                            INGEST_BASIS_REAL);
    analysis_finding *f;
    char a[64], b[64];

    if (!p || !same_family(g, c->norm_unit, p->norm_unit))
        return GC_OK;
    if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_SERIES_LEVEL)))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ci);
    f->from = f->to = c->year;
    analysis_finding_stated(x, f, c);
    f->has_computed = true;
    f->computed_unit = c->unit;
    f->computed = p->norm_value / analysis_claim_scale(c);
    f->computed_iv.lo = f->computed_iv.hi = f->computed;
    f->definition = strdup("the stated level against the official level of the same year; "
                           "gap_pp is the stated interval's distance from it in % of it");
    f->formula = analysis_str_printf("official %s%s (series line %ld) vs stated %s%s",
                                     numfmt(a, f->computed, 6), c->unit, p->line,
                                     numfmt(b, c->value, 6), c->unit);
    if (!f->definition || !f->formula)
        return GC_ENOMEM;
    if (analysis_iv_has(f->stated_iv, f->computed)) {
        f->verdict = ANALYSIS_CONSISTENT;
        return GC_OK;
    }
    f->gap_pp = 100 * ((f->stated_iv.lo_unbounded || f->stated_iv.lo <= f->computed
                        ? f->stated_iv.hi : f->stated_iv.lo) - f->computed) / fabs(f->computed);
    if (analysis_iv_has(analysis_estimate_iv(x, c), f->computed)) {
        f->verdict = ANALYSIS_EXPLAINED;
        f->reason = ANALYSIS_REASON_ESTIMATE;
        return GC_OK;
    }
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = fabs(f->gap_pp) > x->opt->gross_pp;
    return GC_OK;
}

/* The first stated whole-year level of g in year (not a target, not a
 * cumulative total), or NO_CLAIM. */
static size_t stated_level(const actx *x, const group *g, int year)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind == INGEST_LEVEL && c->year == year && !c->target && !c->cumulative &&
            !analysis_claim_part_year(c) && !analysis_claim_year_doubtful(x->claims, g->idx[k]))
            return g->idx[k];
    }
    return NO_CLAIM;
}

/* A stated rate over from..to where the official series has the level of
 * one end and the report states the other: the growth from level to level
 * (official 2020 GDP to the stated 2021 GDP) against the stated rate.  The
 * official level is taken as exact, the stated one as the interval its
 * digits allow.  Official levels are at current prices: against a real rate
 * the gap is the implied deflator, judged as for two stated levels. */
static int series_rate_mixed(actx *x, const group *g, size_t ci, int from, int to)
{
    const ingest_claim *c = &x->claims->items[ci];
    const ingest_series_point *p = official(x, g->name, from, INGEST_BASIS_NOMINAL,
                                            INGEST_BASIS_REAL);
    bool official_first = p != NULL;
    size_t li;
    const ingest_claim *l;
    analysis_interval iv0, iv1, r;
    double v0, v1, rate;
    analysis_finding *f;
    char a[64], b[64], q[64];

    if (!p)
        p = official(x, g->name, to, INGEST_BASIS_NOMINAL, INGEST_BASIS_REAL);
    if (!p || (li = stated_level(x, g, official_first ? to : from)) == NO_CLAIM)
        return GC_OK;
    l = &x->claims->items[li];
    if (!same_family(g, l->norm_unit, p->norm_unit))
        return GC_OK;
    iv0 = iv1 = analysis_claim_base_iv(x, l);
    if (official_first) {
        iv0.lo = iv0.hi = v0 = p->norm_value;
        iv0.lo_unbounded = iv0.hi_unbounded = false;
        v1 = l->norm_value;
    } else {
        iv1.lo = iv1.hi = v1 = p->norm_value;
        iv1.lo_unbounded = iv1.hi_unbounded = false;
        v0 = l->norm_value;
    }
    if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_SERIES_RATE)))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ci);
    analysis_finding_add_claim(f, li);
    f->from = from;
    f->to = to;
    analysis_finding_stated(x, f, c);
    f->definition = strdup(official_first
                           ? "the stated rate against the growth from the official level of the "
                             "base year to the stated level of the end year, level method"
                           : "the stated rate against the growth from the stated level of the "
                             "base year to the official level of the end year, level method");
    if (!f->definition)
        return GC_ENOMEM;
    if (analysis_cagr(v0, v1, to - from, &rate) != GC_OK ||
        analysis_rate_interval(iv0, iv1, to - from, false, &r) != GC_OK) {
        f->undefined = strdup("zero or negative base");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->has_computed = true;
    f->computed_unit = "%";
    f->computed = 100 * rate;
    f->computed_iv.lo = 100 * r.lo;
    f->computed_iv.hi = 100 * r.hi;
    f->computed_iv.lo_unbounded = r.lo_unbounded;
    f->computed_iv.hi_unbounded = r.hi_unbounded;
    f->formula = analysis_str_printf("(%s / %s)^(1/%d) - 1 = %s%% (series line %ld; stated "
                                     "level on line %ld)", numfmt(a, v1, 6), numfmt(b, v0, 6),
                                     to - from, numfmt(q, f->computed, 2), p->line,
                                     l->source.line);
    if (!f->formula)
        return GC_ENOMEM;
    return analysis_judge_rates(x, f, analysis_rate_is_real(g, c) && p->basis != INGEST_BASIS_REAL);
}

static int series_rate(actx *x, const group *g, size_t ci)
{
    const ingest_claim *c = &x->claims->items[ci];
    int from = c->kind == INGEST_GROWTH_YOY ? c->year - 1 : c->period_from;
    int to = c->kind == INGEST_GROWTH_YOY ? c->year : c->period_to;
    bool real = analysis_rate_is_real(g, c), real_vs_nominal = false;
    ingest_basis want = real ? INGEST_BASIS_REAL : INGEST_BASIS_NOMINAL;
    const ingest_series_point *p0, *p1, *d0 = NULL, *d1 = NULL;
    double v0, v1, r;
    analysis_finding *f;
    char a[64], b[64], q[64];

    if (!from || to <= from)
        return GC_OK;
    p0 = official(x, g->name, from, want, INGEST_BASIS_UNSTATED);
    p1 = official(x, g->name, to, want, INGEST_BASIS_UNSTATED);
    if (!p0 || !p1)
        return series_rate_mixed(x, g, ci, from, to);
    if (p0->basis != p1->basis || strcmp(p0->norm_unit, p1->norm_unit) != 0)
        return GC_OK;
    v0 = p0->norm_value;
    v1 = p1->norm_value;
    if (real && p0->basis != INGEST_BASIS_REAL) {
        d0 = deflator_point(x, from);
        d1 = deflator_point(x, to);
        if (d0 && d1) {
            v0 /= d0->norm_value;
            v1 /= d1->norm_value;
        } else {
            real_vs_nominal = true;
        }
    }
    if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_SERIES_RATE)))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ci);
    f->from = from;
    f->to = to;
    analysis_finding_stated(x, f, c);
    f->definition = strdup(d0 && d1 ? "the stated real rate against the official levels deflated "
                                      "by the deflator series, level method"
                                    : "the stated rate against the rate of the official levels, "
                                      "level method");
    if (!f->definition)
        return GC_ENOMEM;
    if (analysis_cagr(v0, v1, to - from, &r) != GC_OK) {
        f->undefined = strdup("zero or negative official base");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->has_computed = true;
    f->computed_unit = "%";
    f->computed = 100 * r;
    f->computed_iv.lo = f->computed_iv.hi = f->computed;
    f->formula = analysis_str_printf("official (%s / %s)^(1/%d) - 1 = %s%% (series lines %ld, %ld)",
                                     numfmt(a, v1, 6), numfmt(b, v0, 6), to - from,
                                     numfmt(q, f->computed, 2), p1->line, p0->line);
    if (!f->formula)
        return GC_ENOMEM;
    return analysis_judge_rates(x, f, real_vs_nominal);
}

static int official_run(actx *x)
{
    if (!x->opt->series)
        return GC_OK;
    for (size_t i = 0; i < x->ngroups; i++) {
        const group *g = &x->groups[i];
        for (size_t k = 0; k < g->n; k++) {
            const ingest_claim *c = &x->claims->items[g->idx[k]];
            int rc = GC_OK;
            if (c->target)
                continue;
            if (c->kind == INGEST_LEVEL && !c->cumulative && c->year)
                rc = series_level(x, g, g->idx[k]);
            else if (c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_GROWTH_YOY)
                rc = series_rate(x, g, g->idx[k]);
            if (rc != GC_OK)
                return rc;
        }
    }
    return GC_OK;
}

/* ---- official rows no check used ---- */

int analysis_series_unused(const analysis_findings *f, const analysis_options *opt,
                           size_t **out, size_t *n)
{
    const ingest_series *s = opt ? opt->series : NULL;
    const analysis_indicators *table = opt && opt->indicators ? opt->indicators
                                                              : analysis_indicators_builtin();

    *out = NULL;
    *n = 0;
    for (size_t i = 0; s && i < s->count; i++) {
        const ingest_series_point *p = &s->points[i];
        ind_entry e;
        char key[4 * IND_FIELD_MAX + 8];
        bool deflator, used = false;
        analysis_ind_key(table, p->indicator, key, sizeof key, &e);
        deflator = analysis_ind_lookup(table, p->indicator, &e) && e.role == IND_ROLE_DEFLATOR;
        for (size_t k = 0; k < f->count && !used; k++) {
            const analysis_finding *x = &f->items[k];
            if (x->check != ANALYSIS_CHECK_SERIES_LEVEL && x->check != ANALYSIS_CHECK_SERIES_RATE)
                continue;
            if (x->from != p->year && x->to != p->year)
                continue;
            used = deflator ? x->check == ANALYSIS_CHECK_SERIES_RATE && x->definition &&
                              strstr(x->definition, "deflated") != NULL
                            : !strcmp(x->indicator, key);
        }
        if (!used) {
            size_t *grown = realloc(*out, (*n + 1) * sizeof *grown);
            if (!grown) {
                free(*out);
                *out = NULL;
                *n = 0;
                return GC_ENOMEM;
            }
            *out = grown;
            (*out)[(*n)++] = i;
        }
    }
    return GC_OK;
}

/* ---- the sentence ---- */

static void official_explain(say *s)
{
    const analysis_finding *f = s->f;

    bool rate = f->check == ANALYSIS_CHECK_SERIES_RATE;

    say_text(s, say_name(s));
    say_put(s, "所述", ": the stated ");
    say_num(s, f->stated, 4);
    say_text(s, f->stated_unit ? f->stated_unit : "");
    say_put(s, "与官方数据", " against the official ");
    say_num(s, f->computed, rate ? 2 : 4);
    say_text(s, f->computed_unit ? f->computed_unit : "");
    say_put(s, f->verdict == ANALYSIS_CONSISTENT ? "相符" : f->verdict == ANALYSIS_EXPLAINED
           ? "可由价格或预计解释" : "不符",
        f->verdict == ANALYSIS_CONSISTENT ? ": consistent" : f->verdict == ANALYSIS_EXPLAINED
           ? ": explained by prices or an estimate" : ": inconsistent");
    if (f->check == ANALYSIS_CHECK_SERIES_RATE && f->has_deflator) {
        say_put(s, "，差额意味着年均价格变动", "; the difference implies an average deflator of ");
        say_num(s, f->deflator, 2);
        say_put(s, "%", "% a year");
    }
    say_put(s, "。", ".");
}


ANALYSIS_CHECK_DEFINE(official, NULL, official_run);
