/* toolkit.c -- what every check works with: the interval a claim stands
 * for, claims grouped by indicator across the document, the quantity a
 * claim of each kind states (and its interval, from the corners), and the
 * builders that append findings, implied values and readings.  Nothing
 * here judges: verdict.c does. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- claims and groups ---- */

/* Whether word comes right before the written number of c in its sentence
 * (近 before 9500: 近9500亿元). */
static bool word_before_value(const ingest_claim *c, const char *word)
{
    const char *s = c->source.sentence, *v = c->value_text;
    size_t wn = strlen(word);
    char t[64];

    /* the written number, or failing that the value as digits */
    if (!v || !*v)
        v = numfmt(t, c->value, 6);
    if (!s || !*v)
        return false;
    for (const char *p = strstr(s, v); p; p = strstr(p + 1, v))
        if ((size_t)(p - s) >= wn && !memcmp(p - wn, word, wn))
            return true;
    return false;
}

/* A subject the parser let swallow a threshold word (地区生产总值超 1000亿元). */
static bool name_ends_with(const ingest_claim *c, const char *word)
{
    size_t n = c->indicator ? strlen(c->indicator) : 0, wn = strlen(word);

    return c->kind == INGEST_LEVEL && n > wn && !strcmp(c->indicator + n - wn, word);
}

/* 翻番 words: a multiple of 2, 4, 8 ... written as a word (resolution 0). */
static bool is_doubling_word(const ingest_claim *c)
{
    double m = c->value;

    if (c->kind != INGEST_MULTIPLE || c->resolution != 0 || m < 2 || m > 1024)
        return false;
    while (m > 2 && fmod(m, 2) == 0)
        m /= 2;
    return m == 2;
}

bool analysis_claim_approx_word(const ingest_claim *c)
{
    if (is_doubling_word(c))
        return true;
    if (c->qualifier == INGEST_APPROX &&
        (word_before_value(c, "近") || word_before_value(c, "将近")))
        return true;
    return c->qualifier == INGEST_EXACT &&
           (name_ends_with(c, "超") || name_ends_with(c, "突破") || name_ends_with(c, "超过"));
}

analysis_interval analysis_claim_iv(const actx *x, const ingest_claim *c)
{
    analysis_interval iv;

    /* 翻一番 is a rounded, at-least reading of a doubling: writers use it
     * for ratios that round to 2 at one decimal, [1.95, 2.05]; 翻两番 for
     * [3.9, 4.1] -- 2.5 % of the multiple either side. */
    if (is_doubling_word(c) && (c->qualifier == INGEST_APPROX || c->qualifier == INGEST_BELOW)) {
        /* 将近翻一番, 近翻一番: nearly doubled, up to 10 % short of it */
        iv.lo = c->value * (1 - ANALYSIS_NEARLY_REL);
        iv.hi = c->value;
        iv.lo_unbounded = iv.hi_unbounded = false;
        return iv;
    }
    if (is_doubling_word(c)) {
        iv.lo = c->value * (1 - ANALYSIS_DOUBLING_REL);
        iv.hi = c->value * (1 + ANALYSIS_DOUBLING_REL);
        iv.lo_unbounded = iv.hi_unbounded = false;
        return iv;
    }
    /* A range (增长6%—7%, 20—60万元) stands for everything from the low
     * end's interval to the high end's: the writer committed to no point. */
    if (c->ranged && isfinite(c->value_high) && c->value_high >= c->value) {
        analysis_interval hi = analysis_rounding_interval(c->value_high, c->resolution,
                                                          c->qualifier, x->opt->rounding);
        iv = analysis_rounding_interval(c->value, c->resolution, c->qualifier,
                                        x->opt->rounding);
        iv.hi = hi.hi;
        iv.hi_unbounded = hi.hi_unbounded;
        return iv;
    }
    /* A threshold word the subject swallowed is still a threshold. */
    if (c->qualifier == INGEST_EXACT && (name_ends_with(c, "超") || name_ends_with(c, "突破") ||
                                         name_ends_with(c, "超过")))
        return analysis_rounding_interval(c->value, c->resolution, INGEST_ABOVE,
                                          x->opt->rounding);
    iv = analysis_rounding_interval(c->value, c->resolution, c->qualifier, x->opt->rounding);
    /* 近 and 将近 ("nearly") say below: the approximate interval's lower half. */
    if (c->qualifier == INGEST_APPROX &&
        (word_before_value(c, "近") || word_before_value(c, "将近")))
        iv.hi = c->value;
    return iv;
}

double analysis_claim_scale(const ingest_claim *c)
{
    double k = c->value != 0 ? c->norm_value / c->value : 1;
    return isfinite(k) && k > 0 ? k : 1;
}

analysis_interval analysis_claim_base_iv(const actx *x, const ingest_claim *c)
{
    return analysis_iv_times(analysis_claim_iv(x, c), analysis_claim_scale(c));
}

analysis_interval analysis_iv_times(analysis_interval iv, double k)
{
    iv.lo *= k;
    iv.hi *= k;
    return iv;
}

bool analysis_iv_has(analysis_interval iv, double v)
{
    return (iv.lo_unbounded || iv.lo <= v) && (iv.hi_unbounded || v <= iv.hi);
}

bool analysis_claim_is_round(const ingest_claim *c)
{
    return c->resolution > 0 && (c->resolution >= 10 || fabs(c->value) / c->resolution < 100);
}

static bool same_sentence(const ingest_claim *a, const ingest_claim *b)
{
    return a->source.sentence && b->source.sentence && a->source.file && b->source.file &&
           a->source.line == b->source.line && !strcmp(a->source.file, b->source.file) &&
           !strcmp(a->source.sentence, b->source.sentence);
}

bool analysis_claim_year_doubtful(const ingest_claims *claims, size_t i)
{
    const ingest_claim *c = &claims->items[i];

    if (c->kind != INGEST_LEVEL || !c->year_inferred)
        return false;
    /* 从A增加到B with no written years: the parser dates both to the end
     * year; the first is the base, of a year nobody wrote. */
    for (size_t k = i + 1; k < claims->count; k++) {
        const ingest_claim *o = &claims->items[k];
        if (!same_sentence(c, o))
            break;
        if (o->kind == INGEST_LEVEL && o->year == c->year && o->indicator && c->indicator &&
            !strcmp(o->indicator, c->indicator) && !strcmp(o->unit, c->unit))
            return true;
    }
    return false;
}

bool analysis_claim_part_year(const ingest_claim *c)
{
    return c->month_from > 0 && c->month_to > 0 && !(c->month_from == 1 && c->month_to == 12);
}

static bool is_point_level(const actx *x, size_t i)
{
    const ingest_claim *c = &x->claims->items[i];

    return c->kind == INGEST_LEVEL && !c->target && !c->cumulative && c->year != 0 &&
           !analysis_claim_part_year(c) && !analysis_claim_year_doubtful(x->claims, i);
}

/* The level of g at year.  A threshold passed (突破2000亿元大关) and the
 * exact figure (2080.17亿元) often stand in one sentence: the exact one
 * wins, whatever the order, since it bounds the rate on both sides. */
/* The finding's stated figure is claim c, as written: its value, unit, a
 * range's high end, and the interval the claim stands for. */
void analysis_finding_stated(const actx *x, analysis_finding *f, const ingest_claim *c)
{
    f->has_stated = true;
    f->stated = c->value;
    f->stated_ranged = c->ranged;
    f->stated_high = c->ranged ? c->value_high : 0;
    f->stated_unit = c->unit;
    f->stated_iv = analysis_claim_iv(x, c);
}

size_t analysis_group_level(const actx *x, const group *g, int year)
{
    size_t first = NO_CLAIM;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->year != year || !strcmp(c->unit, "%") || !is_point_level(x, g->idx[k]))
            continue;
        if (c->qualifier == INGEST_EXACT)
            return g->idx[k];
        if (first == NO_CLAIM)
            first = g->idx[k];
    }
    return first;
}

bool analysis_group_sentence_levels(const actx *x, const group *g, size_t ci, size_t *l0,
                                    size_t *l1)
{
    const ingest_claim *c = &x->claims->items[ci];

    /* Exact levels first: a threshold passed in the same sentence
     * (突破2000亿元大关, 从710.16亿元增加到2080.17亿元) is no end of the change. */
    for (int pass = 0; pass < 2; pass++) {
        *l0 = *l1 = NO_CLAIM;
        for (size_t k = 0; k < g->n; k++) {
            const ingest_claim *o = &x->claims->items[g->idx[k]];
            if (o->kind != INGEST_LEVEL || o->target || o->cumulative || !same_sentence(c, o) ||
                !strcmp(o->unit, "%") || analysis_claim_part_year(o) ||
                (pass == 0 && o->qualifier != INGEST_EXACT))
                continue;
            if (*l0 == NO_CLAIM)
                *l0 = g->idx[k];
            else if (*l1 == NO_CLAIM && !strcmp(x->claims->items[*l0].norm_unit, o->norm_unit))
                *l1 = g->idx[k];
        }
        if (*l0 != NO_CLAIM && *l1 != NO_CLAIM)
            break;
    }
    if (*l0 == NO_CLAIM || *l1 == NO_CLAIM)
        return false;
    /* Written order stands for time unless both years say otherwise. */
    if (x->claims->items[*l0].year && x->claims->items[*l1].year &&
        x->claims->items[*l0].year > x->claims->items[*l1].year) {
        size_t t = *l0;
        *l0 = *l1;
        *l1 = t;
    }
    return true;
}

size_t analysis_group_find(const actx *x, const group *g, ingest_kind kind, int from, int to,
                           bool target)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind != kind || c->target != target)
            continue;
        if (from ? (c->period_from == from && c->period_to == to) : c->year == to)
            return g->idx[k];
    }
    return NO_CLAIM;
}

const group *analysis_group_with_role(const actx *x, ind_role r)
{
    for (size_t i = 0; i < x->ngroups; i++)
        if (x->groups[i].known && x->groups[i].ind.role == r)
            return &x->groups[i];
    return NULL;
}

analysis_finding *analysis_new_finding(actx *x, const group *g, analysis_check chk)
{
    analysis_finding *f = analysis_finding_push(x->out);

    if (!f)
        return NULL;
    f->check = chk;
    f->indicator = strdup(g ? g->name : "全文");
    if (g && g->known)
        f->indicator_en = strdup(g->ind.en);
    else if (!g)
        f->indicator_en = strdup("whole document");
    if (!f->indicator || (g && g->known && !f->indicator_en) || (!g && !f->indicator_en))
        return NULL;
    return f;
}

int analysis_finding_implied(analysis_finding *f, int year, double v, analysis_interval iv,
                             const char *unit, const char *what, char *derivation)
{
    analysis_implied *p, *items;

    if (!derivation)
        return GC_ENOMEM;
    items = realloc(f->implied, (f->nimplied + 1) * sizeof *items);
    if (!items) {
        free(derivation);
        return GC_ENOMEM;
    }
    f->implied = items;
    p = &items[f->nimplied];
    memset(p, 0, sizeof *p);
    p->year = year;
    p->value = v;
    p->iv = iv;
    p->derivation = derivation;
    p->unit = strdup(unit ? unit : "");
    p->what = strdup(what);
    f->nimplied++;
    return p->unit && p->what ? GC_OK : GC_ENOMEM;
}

int analysis_finding_reading(analysis_finding *f, analysis_reading_kind r, double v)
{
    analysis_reading *items = realloc(f->diagnosis, (f->ndiagnosis + 1) * sizeof *items);

    if (!items)
        return GC_ENOMEM;
    f->diagnosis = items;
    items[f->ndiagnosis].value = v;
    items[f->ndiagnosis].reading = r;
    f->ndiagnosis++;
    return GC_OK;
}

static int group_add(group *g, size_t i)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 8;
        size_t *idx = realloc(g->idx, cap * sizeof *idx);
        if (!idx)
            return GC_ENOMEM;
        g->idx = idx;
        g->cap = cap;
    }
    g->idx[g->n++] = i;
    return GC_OK;
}

/* Puts claim i in the group of its canonical indicator, creating it. */
static int group_claim(actx *x, size_t i)
{
    const ingest_claim *c = &x->claims->items[i];
    ind_entry e;
    bool known;
    char name[4 * IND_FIELD_MAX + 8];
    group *g;

    if (!c->indicator || !*c->indicator)
        return GC_OK;
    known = analysis_ind_key(x->opt->indicators, c->indicator, name, sizeof name, &e);
    for (size_t k = 0; k < x->ngroups; k++)
        if (!strcmp(x->groups[k].name, name))
            return group_add(&x->groups[k], i);
    if (x->ngroups == x->gcap) {
        size_t cap = x->gcap ? x->gcap * 2 : 16;
        group *gs = realloc(x->groups, cap * sizeof *gs);
        if (!gs)
            return GC_ENOMEM;
        x->groups = gs;
        x->gcap = cap;
    }
    g = &x->groups[x->ngroups];
    memset(g, 0, sizeof *g);
    g->known = known;
    if (known)
        g->ind = e;
    if (!(g->name = strdup(name)))
        return GC_ENOMEM;
    x->ngroups++;
    return group_add(g, i);
}

int analysis_groups_build(actx *x)
{
    int rc = GC_OK;

    for (size_t i = 0; i < x->claims->count && rc == GC_OK; i++)
        rc = group_claim(x, i);
    return rc;
}

void analysis_groups_free(actx *x)
{
    for (size_t i = 0; i < x->ngroups; i++) {
        free(x->groups[i].name);
        free(x->groups[i].idx);
    }
    free(x->groups);
    x->groups = NULL;
    x->ngroups = x->gcap = 0;
}

/* ---- the stated quantity from two levels ---- */

/* The quantity a claim of kind k states, from levels v0 (base) and v1
 * (end) n years apart: % a year for growth, total % for a change, the
 * multiple v1 / v0. */
int analysis_quantity(ingest_kind k, double v0, double v1, double n, double *q)
{
    double r;
    int rc;

    if (k == INGEST_GROWTH_AVG || k == INGEST_GROWTH_YOY) {
        rc = analysis_cagr(v0, v1, n, &r);
        if (rc == GC_OK)
            *q = 100 * r;
        return rc;
    }
    if (!(v0 > 0) || !isfinite(v1) || v1 < 0)
        return GC_EUNDEFINED;
    r = v1 / v0;
    if (!isfinite(r))
        return GC_ERANGE;
    *q = k == INGEST_MULTIPLE ? r : 100 * (r - 1);
    return GC_OK;
}

/* The lowest value quantity can take (a fall to nothing). */
static double quantity_floor(ingest_kind k)
{
    return k == INGEST_MULTIPLE ? 0 : -100;
}

/* The interval of the quantity when the base lies in a and the end in b:
 * it falls in the base and rises in the end, so the corners bound it. */
int analysis_quantity_iv(ingest_kind k, analysis_interval a, analysis_interval b, double n,
                       analysis_interval *q)
{
    int rc;

    memset(q, 0, sizeof *q);
    if (a.hi_unbounded || b.lo_unbounded) {
        q->lo = quantity_floor(k);
    } else {
        if (!(a.hi > 0))
            return GC_EUNDEFINED;
        rc = analysis_quantity(k, a.hi, fmax(b.lo, 0), n, &q->lo);
        if (rc != GC_OK)
            return rc;
    }
    if (a.lo_unbounded || !(a.lo > 0) || b.hi_unbounded) {
        q->hi_unbounded = true;
        q->hi = q->lo;
    } else {
        rc = analysis_quantity(k, a.lo, fmax(b.hi, 0), n, &q->hi);
        if (rc != GC_OK)
            return rc;
    }
    return GC_OK;
}

int analysis_growth_iv(analysis_interval a, analysis_interval b, double n, analysis_interval *q)
{
    return analysis_quantity_iv(INGEST_GROWTH_AVG, a, b, n, q);
}

/* The average annual rate (a fraction) a stated quantity q means over n. */
int analysis_annual_rate(ingest_kind k, double q, double n, double *r)
{
    if (k == INGEST_CHANGE_PCT)
        return analysis_rate_from_change(q / 100, n, r);
    if (k == INGEST_MULTIPLE)
        return analysis_rate_from_multiple(q, n, r);
    *r = q / 100;
    return GC_OK;
}

/* The growth factor over the span a stated quantity q means: (1 + r)^n
 * for rates, 1 + c for a change, m for a multiple. */
double analysis_growth_factor(ingest_kind k, double q, double n)
{
    if (k == INGEST_CHANGE_PCT)
        return 1 + q / 100;
    if (k == INGEST_MULTIPLE)
        return q;
    return exp(n * log1p(q / 100));
}

