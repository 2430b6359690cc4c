/* check.c -- check every stated rate against the stated levels.
 *
 * Claims are grouped by indicator (alias-resolved with the indicator table)
 * across the whole document.  A stated average rate, yoy rate, total change
 * or multiple with both levels of its span present is compared with the one
 * the levels give: each side is the interval its printed precision allows
 * (arith.c), and the claim is consistent when the intervals meet.  When
 * they do not, a documented reason may explain it (a real rate beside
 * nominal levels: price_basis; a round 预计 end value: estimate) or the
 * claim is inconsistent; either way the readings a writer may have used
 * (n - 1 years, 累计法, ...) are tried.  With one level, the rate implies
 * the other. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- claims and groups ---- */

analysis_interval claim_iv(const actx *x, const ingest_claim *c)
{
    return analysis_rounding_interval(c->value, c->resolution, c->qualifier, x->opt->rounding);
}

double claim_scale(const ingest_claim *c)
{
    double k = c->value != 0 ? c->norm_value / c->value : 1;
    return isfinite(k) && k > 0 ? k : 1;
}

analysis_interval iv_times(analysis_interval iv, double k)
{
    iv.lo *= k;
    iv.hi *= k;
    return iv;
}

bool iv_has(analysis_interval iv, double v)
{
    return (iv.lo_unbounded || iv.lo <= v) && (iv.hi_unbounded || v <= iv.hi);
}

bool claim_is_round(const ingest_claim *c)
{
    return c->resolution > 0 && (c->resolution >= 10 || fabs(c->value) / c->resolution < 100);
}

static bool is_point_level(const ingest_claim *c)
{
    return c->kind == INGEST_LEVEL && !c->target && !c->cumulative && c->year != 0;
}

size_t group_level(const actx *x, const group *g, int year)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (is_point_level(c) && c->year == year && strcmp(c->unit, "%") != 0)
            return g->idx[k];
    }
    return NO_CLAIM;
}

size_t group_find(const actx *x, const group *g, ingest_kind kind, int from, int to, bool target)
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

const group *group_with_role(const actx *x, ind_role r)
{
    for (size_t i = 0; i < x->ngroups; i++)
        if (x->groups[i].known && x->groups[i].ind.role == r)
            return &x->groups[i];
    return NULL;
}

analysis_finding *new_finding(actx *x, const group *g, analysis_check chk)
{
    analysis_finding *f = finding_push(x->out);

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

int finding_implied(analysis_finding *f, int year, double v, analysis_interval iv,
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

int finding_reading(analysis_finding *f, const char *name, double v)
{
    analysis_reading *items = realloc(f->diagnosis, (f->ndiagnosis + 1) * sizeof *items);

    if (!items)
        return GC_ENOMEM;
    f->diagnosis = items;
    items[f->ndiagnosis].value = v;
    items[f->ndiagnosis].name = strdup(name);
    if (!items[f->ndiagnosis].name)
        return GC_ENOMEM;
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
    const char *name;
    group *g;

    if (!c->indicator || !*c->indicator)
        return GC_OK;
    known = ind_lookup(x->opt->indicators, c->indicator, &e);
    name = known ? e.name : c->indicator;
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

/* ---- the stated quantity from two levels ---- */

/* The quantity a claim of kind k states, from levels v0 (base) and v1
 * (end) n years apart: % a year for growth, total % for a change, the
 * multiple v1 / v0. */
static int quantity(ingest_kind k, double v0, double v1, double n, double *q)
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
static int quantity_iv(ingest_kind k, analysis_interval a, analysis_interval b, double n,
                       analysis_interval *q)
{
    int rc;

    memset(q, 0, sizeof *q);
    if (a.hi_unbounded || b.lo_unbounded) {
        q->lo = quantity_floor(k);
    } else {
        if (!(a.hi > 0))
            return GC_EUNDEFINED;
        rc = quantity(k, a.hi, fmax(b.lo, 0), n, &q->lo);
        if (rc != GC_OK)
            return rc;
    }
    if (a.lo_unbounded || !(a.lo > 0) || b.hi_unbounded) {
        q->hi_unbounded = true;
        q->hi = q->lo;
    } else {
        rc = quantity(k, a.lo, fmax(b.hi, 0), n, &q->hi);
        if (rc != GC_OK)
            return rc;
    }
    return GC_OK;
}

int growth_iv(analysis_interval a, analysis_interval b, double n, analysis_interval *q)
{
    return quantity_iv(INGEST_GROWTH_AVG, a, b, n, q);
}

/* The average annual rate (a fraction) a stated quantity q means over n. */
static int annual_rate(ingest_kind k, double q, double n, double *r)
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
static double factor(ingest_kind k, double q, double n)
{
    if (k == INGEST_CHANGE_PCT)
        return 1 + q / 100;
    if (k == INGEST_MULTIPLE)
        return q;
    return exp(n * log1p(q / 100));
}

/* ---- one stated rate ---- */

/* What one check works on: the stated claim, its span and its levels. */
typedef struct rate_job {
    size_t ci;                  /* the stated claim */
    const ingest_claim *c;
    int from, to;               /* span A..B */
    double n;                   /* B - A */
    size_t l0, l1;              /* levels at A and B, or NO_CLAIM */
} rate_job;

static const char *kind_definition(ingest_kind k)
{
    switch (k) {
    case INGEST_GROWTH_AVG:
        return "average annual growth, level method (水平法): r = (V_B / V_A)^(1/n) - 1, "
               "n = B - A (the base year is not counted)";
    case INGEST_GROWTH_YOY:
        return "growth over the previous year: r = V_B / V_A - 1, B = A + 1";
    case INGEST_CHANGE_PCT:
        return "total change over the span: c = V_B / V_A - 1";
    case INGEST_MULTIPLE:
        return "multiple of the base level: m = V_B / V_A";
    default:
        return "";
    }
}

static analysis_check kind_check(ingest_kind k)
{
    switch (k) {
    case INGEST_GROWTH_YOY: return ANALYSIS_CHECK_GROWTH_YOY;
    case INGEST_CHANGE_PCT: return ANALYSIS_CHECK_CHANGE_PCT;
    case INGEST_MULTIPLE:   return ANALYSIS_CHECK_MULTIPLE;
    default:                return ANALYSIS_CHECK_GROWTH_AVG;
    }
}

/* The formula with the numbers filled in. */
static char *rate_formula(const ingest_claim *c0, const ingest_claim *c1, ingest_kind k,
                          double n, double q)
{
    char a[64], b[64], nn[64], r[64];

    numfmt(a, c0->value, 6);
    numfmt(b, c1->value, 6);
    numfmt(nn, n, 3);
    numfmt(r, q, 2);
    switch (k) {
    case INGEST_GROWTH_AVG:
    case INGEST_GROWTH_YOY:
        return str_printf("(%s%s / %s%s)^(1/%s) - 1 = %s%%", b, c1->unit, a, c0->unit, nn, r);
    case INGEST_CHANGE_PCT:
        return str_printf("%s%s / %s%s - 1 = %s%%", b, c1->unit, a, c0->unit, r);
    default:
        return str_printf("%s%s / %s%s = %s", b, c1->unit, a, c0->unit, r);
    }
}

/* The stated rate is real when the text says so, or when it says nothing
 * and the indicator's rates are stated at comparable prices. */
bool rate_is_real(const group *g, const ingest_claim *c)
{
    if (c->basis != INGEST_BASIS_UNSTATED)
        return c->basis == INGEST_BASIS_REAL;
    return g->known && g->ind.basis == INGEST_BASIS_REAL;
}

static int try_reading(analysis_finding *f, const char *name, int rc, double v)
{
    if (rc != GC_OK || !isfinite(v) || !iv_has(f->stated_iv, v))
        return GC_OK;
    return finding_reading(f, name, v);
}

/* The quantity for the reading: a status and the value, in that order. */
static int reading_q(ingest_kind k, double v0, double v1, double n, double *q)
{
    *q = NAN;
    return quantity(k, v0, v1, n, q);
}

/* The readings a writer may have used, kept when they land in the stated
 * interval: n - 1 and n + 1 years, 累计法, the mean of stated yoy rates,
 * percentage points read as percent, and a 万/亿 slip in either level. */
static int diagnose(actx *x, const group *g, const rate_job *j, analysis_finding *f,
                    double v0, double v1)
{
    const ingest_claim *c0 = &x->claims->items[j->l0];
    double q = 0, sum = 0, mean = 0;
    bool all = true;
    int rc = GC_OK;
    static const double slips[] = { 1e4, 1e-4 };

    if (j->c->kind == INGEST_GROWTH_AVG || j->c->kind == INGEST_GROWTH_YOY) {
        int st = j->n > 1 ? reading_q(j->c->kind, v0, v1, j->n - 1, &q) : GC_EUNDEFINED;
        rc = try_reading(f, "n-1 years", st, q);
        st = reading_q(j->c->kind, v0, v1, j->n + 1, &q);
        if (rc == GC_OK)
            rc = try_reading(f, "n+1 years", st, q);
    }
    /* 累计法 and the mean of yoy need every year of the span. */
    for (int y = j->from + 1; y <= j->to && j->n >= 2; y++) {
        size_t l = group_level(x, g, y), r = group_find(x, g, INGEST_GROWTH_YOY, 0, y, false);
        if (l == NO_CLAIM)
            all = false;
        else
            sum += x->claims->items[l].norm_value;
        mean += r == NO_CLAIM ? NAN : x->claims->items[r].value / j->n;
    }
    if (rc == GC_OK && all && j->n >= 2 && j->c->kind == INGEST_GROWTH_AVG) {
        double r = 0;
        int st = analysis_cumulative_rate(v0, sum, (unsigned)j->n, &r);
        rc = try_reading(f, "累计法", st, 100 * r);
    }
    if (rc == GC_OK && j->n >= 2 && j->c->kind == INGEST_GROWTH_AVG)
        rc = try_reading(f, "mean of yoy", GC_OK, mean);
    if (rc == GC_OK && !strcmp(c0->unit, "%"))
        rc = try_reading(f, "pp as %", GC_OK,
                         j->c->kind == INGEST_GROWTH_AVG ? (v1 - v0) / j->n : v1 - v0);
    for (size_t s = 0; s < 2 && rc == GC_OK; s++) {
        int st = reading_q(j->c->kind, v0 * slips[s], v1, j->n, &q);
        rc = try_reading(f, "万/亿 slip", st, q);
        st = reading_q(j->c->kind, v0, v1 * slips[s], j->n, &q);
        if (rc == GC_OK)
            rc = try_reading(f, "万/亿 slip", st, q);
    }
    return rc;
}

/* The gap between the stated and computed intervals, stated minus
 * computed at their nearest ends. */
static double interval_gap(analysis_interval s, analysis_interval c)
{
    if (!c.hi_unbounded && !s.lo_unbounded && s.lo > c.hi)
        return s.lo - c.hi;
    if (!c.lo_unbounded && !s.hi_unbounded && s.hi < c.lo)
        return s.hi - c.lo;
    return 0;
}

int set_price_basis(analysis_finding *f, double r_nom, double r_real)
{
    f->verdict = ANALYSIS_EXPLAINED;
    f->has_deflator = true;
    f->deflator = 100 * ((1 + r_nom / 100) / (1 + r_real / 100) - 1);
    f->deflator_flag = f->deflator < ANALYSIS_DEFLATOR_LO || f->deflator > ANALYSIS_DEFLATOR_HI;
    f->reason = strdup("price_basis");
    return f->reason ? GC_OK : GC_ENOMEM;
}

int judge_rates(const actx *x, analysis_finding *f, bool real_vs_nominal)
{
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !iv_has(f->stated_iv, f->computed);
        return GC_OK;
    }
    f->gap_pp = interval_gap(f->stated_iv, f->computed_iv);
    if (real_vs_nominal && f->stated > -100)
        return set_price_basis(f, f->computed, f->stated);
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = fabs(f->gap_pp) > x->opt->gross_pp;
    return GC_OK;
}

/* Gross: the gap exceeds gross_pp (in annual points for multiples), the
 * sign flips, or a stated target of the same span is met by one and not
 * by the other. */
static bool is_gross(actx *x, const group *g, const rate_job *j, analysis_finding *f)
{
    ingest_kind k = j->c->kind;
    double pivot = k == INGEST_MULTIPLE ? 1 : 0, rs = 0, rc = 0;
    size_t t;

    if (annual_rate(k, f->stated, j->n, &rs) == GC_OK &&
        annual_rate(k, f->computed, j->n, &rc) == GC_OK &&
        fabs(100 * (rs - rc)) > x->opt->gross_pp)
        return true;
    if ((f->stated > pivot && f->computed < pivot) || (f->stated < pivot && f->computed > pivot))
        return true;
    t = group_find(x, g, k, k == INGEST_GROWTH_YOY ? 0 : j->from, j->to, true);
    if (t != NO_CLAIM) {
        double tv = x->claims->items[t].value;
        if ((f->stated >= tv) != (f->computed >= tv))
            return true;
    }
    return false;
}

/* Not meeting: price basis, a round estimate, or inconsistent. */
static int judge_gap(actx *x, const group *g, const rate_job *j, analysis_finding *f,
                     const ingest_claim *c0, const ingest_claim *c1)
{
    double r_nom = 0, r_real = 0;
    bool levels_nominal = c0->basis != INGEST_BASIS_REAL && c1->basis != INGEST_BASIS_REAL;

    f->gap_pp = interval_gap(f->stated_iv, f->computed_iv);
    if (rate_is_real(g, j->c) && levels_nominal &&
        annual_rate(j->c->kind, f->computed, j->n, &r_nom) == GC_OK &&
        annual_rate(j->c->kind, f->stated, j->n, &r_real) == GC_OK && r_real > -1)
        return set_price_basis(f, 100 * r_nom, 100 * r_real);
    if ((c0->estimated && claim_is_round(c0)) || (c1->estimated && claim_is_round(c1))) {
        analysis_interval a = iv_times(c0->estimated && claim_is_round(c0)
            ? analysis_rounding_interval(c0->value, c0->resolution, INGEST_APPROX, x->opt->rounding)
            : claim_iv(x, c0), claim_scale(c0));
        analysis_interval b = iv_times(c1->estimated && claim_is_round(c1)
            ? analysis_rounding_interval(c1->value, c1->resolution, INGEST_APPROX, x->opt->rounding)
            : claim_iv(x, c1), claim_scale(c1));
        analysis_interval q;
        if (quantity_iv(j->c->kind, a, b, j->n, &q) == GC_OK &&
            analysis_interval_meet(f->stated_iv, q)) {
            f->verdict = ANALYSIS_EXPLAINED;
            f->reason = strdup("estimate");
            return f->reason ? GC_OK : GC_ENOMEM;
        }
    }
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = is_gross(x, g, j, f);
    return GC_OK;
}

/* Both levels present: compare. */
static int check_two_levels(actx *x, const group *g, const rate_job *j, analysis_finding *f)
{
    const ingest_claim *c0 = &x->claims->items[j->l0], *c1 = &x->claims->items[j->l1];
    analysis_interval a = iv_times(claim_iv(x, c0), claim_scale(c0));
    analysis_interval b = iv_times(claim_iv(x, c1), claim_scale(c1));
    int rc;

    finding_add_claim(f, j->l0);
    finding_add_claim(f, j->l1);
    rc = quantity(j->c->kind, c0->norm_value, c1->norm_value, j->n, &f->computed);
    if (rc == GC_OK)
        rc = quantity_iv(j->c->kind, a, b, j->n, &f->computed_iv);
    if (rc != GC_OK) {
        f->undefined = strdup(rc == GC_ERANGE ? "out of range"
                              : c0->norm_value <= 0 ? "zero or negative base"
                              : "negative end level");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->has_computed = true;
    /* a multiple is compared as a multiple (2倍), the rest as a rate in % */
    f->computed_unit = j->c->kind == INGEST_MULTIPLE ? j->c->unit : "%";
    if (!(f->formula = rate_formula(c0, c1, j->c->kind, j->n, f->computed)))
        return GC_ENOMEM;
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !iv_has(f->stated_iv, f->computed);
        return GC_OK;
    }
    rc = judge_gap(x, g, j, f, c0, c1);
    if (rc == GC_OK)
        rc = diagnose(x, g, j, f, c0->norm_value, c1->norm_value);
    return rc;
}

/* One level present: the rate implies the other (and a change or multiple
 * its average annual rate). */
static int check_one_level(actx *x, const rate_job *j, analysis_finding *f)
{
    bool have_end = j->l1 != NO_CLAIM;
    const ingest_claim *l = &x->claims->items[have_end ? j->l1 : j->l0];
    analysis_interval li = claim_iv(x, l), s = f->stated_iv, v;
    ingest_kind k = j->c->kind;
    double fp = factor(k, f->stated, j->n), flo, fhi;
    char a[64], r[64], *der;

    f->check = ANALYSIS_CHECK_IMPLIED;
    finding_add_claim(f, have_end ? j->l1 : j->l0);
    flo = s.lo_unbounded ? 0 : factor(k, s.lo, j->n);
    fhi = s.hi_unbounded ? INFINITY : factor(k, s.hi, j->n);
    if (!(fp > 0) || !isfinite(fp) || !(flo >= 0)) {
        f->undefined = strdup("the stated rate implies a zero or negative level");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    memset(&v, 0, sizeof v);
    f->has_computed = true;
    f->computed_unit = l->unit;
    if (have_end) {
        /* V_A = V_B / factor: rises in V_B, falls in the factor. */
        f->computed = l->value / fp;
        v.lo = li.lo_unbounded || !isfinite(fhi) ? 0 : li.lo / fhi;
        v.hi_unbounded = li.hi_unbounded || flo <= 0;
        v.hi = v.hi_unbounded ? f->computed : li.hi / flo;
    } else {
        f->computed = l->value * fp;
        v.lo = li.lo_unbounded ? 0 : fmax(li.lo, 0) * flo;
        v.hi_unbounded = li.hi_unbounded || !isfinite(fhi);
        v.hi = v.hi_unbounded ? f->computed : li.hi * fhi;
    }
    f->computed_iv = v;
    numfmt(a, l->value, 6);
    numfmt(r, fp, 6);
    f->formula = have_end ? str_printf("%s%s / %s = %s%s", a, l->unit, r,
                                       numfmt(r, f->computed, 2), l->unit)
                          : str_printf("%s%s * %s = %s%s", a, l->unit, r,
                                       numfmt(r, f->computed, 2), l->unit);
    if (!f->formula)
        return GC_ENOMEM;
    der = str_printf("%s %d + %s %d-%d", ingest_kind_name(INGEST_LEVEL), l->year,
                     ingest_kind_name(k), j->from, j->to);
    return finding_implied(f, have_end ? j->from : j->to, f->computed, v, l->unit,
                           "level", der);
}

/* A change or multiple with no level still implies an average rate. */
static int implied_rate(const rate_job *j, analysis_finding *f)
{
    double r = 0;
    analysis_interval iv = { 0, 0, false, false };
    int rc = annual_rate(j->c->kind, f->stated, j->n, &r);

    if (j->c->kind != INGEST_CHANGE_PCT && j->c->kind != INGEST_MULTIPLE)
        return GC_OK;
    if (rc != GC_OK || annual_rate(j->c->kind, f->stated_iv.lo, j->n, &iv.lo) != GC_OK ||
        annual_rate(j->c->kind, f->stated_iv.hi, j->n, &iv.hi) != GC_OK)
        return GC_OK;
    iv.lo = f->stated_iv.lo_unbounded ? -100 : 100 * iv.lo;
    iv.hi *= 100;
    iv.hi_unbounded = f->stated_iv.hi_unbounded;
    return finding_implied(f, j->to, 100 * r, iv, "%", "average annual rate",
                           str_printf("%s %d-%d over %g years", ingest_kind_name(j->c->kind),
                                      j->from, j->to, j->n));
}

static int check_rate(actx *x, const group *g, size_t ci)
{
    const ingest_claim *c = &x->claims->items[ci];
    rate_job j = { ci, c, 0, 0, 0, NO_CLAIM, NO_CLAIM };
    analysis_finding *f;
    int rc;

    if (c->kind == INGEST_GROWTH_YOY) {
        j.to = c->year;
        j.from = c->year ? c->year - 1 : 0;
    } else {
        j.from = c->period_from;
        j.to = c->period_to;
    }
    j.n = j.to - j.from;
    if (!(f = new_finding(x, g, kind_check(c->kind))))
        return GC_ENOMEM;
    finding_add_claim(f, ci);
    f->from = j.from;
    f->to = j.to;
    f->has_stated = true;
    f->stated = c->value;
    f->stated_unit = c->unit;
    f->stated_iv = claim_iv(x, c);
    if (!(f->definition = strdup(kind_definition(c->kind))))
        return GC_ENOMEM;
    if (j.from == 0 || j.to == 0 || j.n <= 0) {
        f->undefined = strdup("the span of the rate is not stated");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    j.l0 = group_level(x, g, j.from);
    j.l1 = group_level(x, g, j.to);
    if (j.l0 != NO_CLAIM && j.l1 != NO_CLAIM)
        rc = check_two_levels(x, g, &j, f);
    else if (j.l0 != NO_CLAIM || j.l1 != NO_CLAIM)
        rc = check_one_level(x, &j, f);
    else
        rc = GC_OK;
    if (rc == GC_OK && !f->has_computed && !f->undefined)
        f->undefined = strdup("no level stated for either end of the span");
    if (rc == GC_OK && (j.l0 == NO_CLAIM || j.l1 == NO_CLAIM))
        rc = implied_rate(&j, f);
    return rc;
}

static bool is_rate_claim(const ingest_claim *c)
{
    return !c->target && (c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_GROWTH_YOY ||
                          c->kind == INGEST_CHANGE_PCT || c->kind == INGEST_MULTIPLE);
}

static int check_group(actx *x, const group *g)
{
    int rc = GC_OK;

    for (size_t k = 0; k < g->n && rc == GC_OK; k++)
        if (is_rate_claim(&x->claims->items[g->idx[k]]))
            rc = check_rate(x, g, g->idx[k]);
    if (rc == GC_OK)
        rc = check_remaining(x, g);
    if (rc == GC_OK)
        rc = check_level_pairs(x, g);
    if (rc == GC_OK)
        rc = check_shares(x, g);
    if (rc == GC_OK)
        rc = check_targets(x, g);
    return rc;
}

static int explain_all(actx *x, size_t first)
{
    for (size_t i = first; i < x->out->count; i++)
        if (explain_finding(&x->out->items[i], x->claims, x->opt->lang) != GC_OK)
            return GC_ENOMEM;
    return GC_OK;
}

int analysis_check_claims(const ingest_claims *claims, const analysis_options *opt,
                          analysis_findings *out)
{
    analysis_options defaults;
    actx x;
    size_t first = out->count;
    int rc = GC_OK;

    if (!opt) {
        analysis_options_init(&defaults);
        opt = &defaults;
    }
    memset(&x, 0, sizeof x);
    x.claims = claims;
    x.opt = opt;
    x.out = out;
    for (size_t i = 0; i < claims->count && rc == GC_OK; i++)
        rc = group_claim(&x, i);
    for (size_t i = 0; i < x.ngroups && rc == GC_OK; i++)
        /* x.groups is freed below on every path; clang-tidy 14 loses track:
         * NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
        rc = check_group(&x, &x.groups[i]);
    if (rc == GC_OK)
        rc = check_identities(&x);
    if (rc == GC_OK)
        rc = check_series(&x);
    if (rc == GC_OK)
        rc = check_coverage(&x);
    if (rc == GC_OK)
        rc = explain_all(&x, first);
    for (size_t i = 0; i < x.ngroups; i++) {
        free(x.groups[i].name);
        free(x.groups[i].idx);
    }
    free(x.groups);
    return rc;
}
