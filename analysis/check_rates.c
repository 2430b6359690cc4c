/* check_rates.c -- every stated rate against the stated levels.
 *
 * A stated average rate, yoy rate, total change or multiple with both
 * levels of its span present is compared with the one the levels give:
 * each side is the interval its printed precision allows (arith.c), and the
 * claim is consistent when the intervals meet.  When they do not, a reason
 * may explain it (verdict.c: a real rate beside nominal levels is
 * price_basis; a 预计 level within an estimate's margin is estimate) or the
 * claim is inconsistent; either way the readings a writer may have used
 * (n - 1 years, 累计法, ...) are tried.  With one level, the rate implies
 * the other. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"

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
        return analysis_str_printf("(%s%s / %s%s)^(1/%s) - 1 = %s%%", b, c1->unit, a, c0->unit,
                                   nn, r);
    case INGEST_CHANGE_PCT:
        return analysis_str_printf("%s%s / %s%s - 1 = %s%%", b, c1->unit, a, c0->unit, r);
    default:
        return analysis_str_printf("%s%s / %s%s = %s", b, c1->unit, a, c0->unit, r);
    }
}

static int try_reading(analysis_finding *f, analysis_reading_kind name, int rc, double v)
{
    if (rc != GC_OK || !isfinite(v) || !analysis_iv_has(f->stated_iv, v))
        return GC_OK;
    return analysis_finding_reading(f, name, v);
}

/* The quantity for the reading: a status and the value, in that order. */
static int reading_q(ingest_kind k, double v0, double v1, double n, double *q)
{
    *q = NAN;
    return analysis_quantity(k, v0, v1, n, q);
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
        rc = try_reading(f, ANALYSIS_READING_N_MINUS_1, st, q);
        st = reading_q(j->c->kind, v0, v1, j->n + 1, &q);
        if (rc == GC_OK)
            rc = try_reading(f, ANALYSIS_READING_N_PLUS_1, st, q);
    }
    /* 累计法 and the mean of yoy need every year of the span. */
    for (int y = j->from + 1; y <= j->to && j->n >= 2; y++) {
        size_t l = analysis_group_level(x, g, y);
        size_t r = analysis_group_find(x, g, INGEST_GROWTH_YOY, 0, y, false);
        if (l == NO_CLAIM)
            all = false;
        else
            sum += x->claims->items[l].norm_value;
        mean += r == NO_CLAIM ? NAN : x->claims->items[r].value / j->n;
    }
    if (rc == GC_OK && all && j->n >= 2 && j->c->kind == INGEST_GROWTH_AVG) {
        double r = 0;
        int st = analysis_cumulative_rate(v0, sum, (unsigned)j->n, &r);
        rc = try_reading(f, ANALYSIS_READING_CUMULATIVE, st, 100 * r);
    }
    if (rc == GC_OK && j->n >= 2 && j->c->kind == INGEST_GROWTH_AVG)
        rc = try_reading(f, ANALYSIS_READING_MEAN_YOY, GC_OK, mean);
    if (rc == GC_OK && !strcmp(c0->unit, "%"))
        rc = try_reading(f, ANALYSIS_READING_PP_AS_PCT, GC_OK,
                         j->c->kind == INGEST_GROWTH_AVG ? (v1 - v0) / j->n : v1 - v0);
    for (size_t s = 0; s < 2 && rc == GC_OK; s++) {
        int st = reading_q(j->c->kind, v0 * slips[s], v1, j->n, &q);
        rc = try_reading(f, ANALYSIS_READING_UNIT_SLIP, st, q);
        st = reading_q(j->c->kind, v0, v1 * slips[s], j->n, &q);
        if (rc == GC_OK)
            rc = try_reading(f, ANALYSIS_READING_UNIT_SLIP, st, q);
    }
    return rc;
}

/* Gross: the gap exceeds gross_pp (in annual points for multiples), the
 * sign flips, or a stated target of the same span is met by one and not
 * by the other. */
static bool is_gross(actx *x, const group *g, const rate_job *j, analysis_finding *f)
{
    ingest_kind k = j->c->kind;
    double pivot = k == INGEST_MULTIPLE ? 1 : 0, rs = 0, rc = 0;
    size_t t;

    if (analysis_annual_rate(k, f->stated, j->n, &rs) == GC_OK &&
        analysis_annual_rate(k, f->computed, j->n, &rc) == GC_OK &&
        fabs(100 * (rs - rc)) > x->opt->gross_pp)
        return true;
    if ((f->stated > pivot && f->computed < pivot) || (f->stated < pivot && f->computed > pivot))
        return true;
    t = analysis_group_find(x, g, k, k == INGEST_GROWTH_YOY ? 0 : j->from, j->to, true);
    if (t != NO_CLAIM) {
        double tv = x->claims->items[t].value;
        if ((f->stated >= tv) != (f->computed >= tv))
            return true;
    }
    return false;
}

/* The annual-rate interval (%) of a stated or computed quantity of kind k
 * over n years. */
static analysis_interval annual_iv(ingest_kind k, analysis_interval q, double n)
{
    analysis_interval r = q;
    double v = 0;

    if (k != INGEST_CHANGE_PCT && k != INGEST_MULTIPLE)
        return q;
    r.lo = !q.lo_unbounded && analysis_annual_rate(k, q.lo, n, &v) == GC_OK ? 100 * v : -100;
    r.lo_unbounded = false;
    if (!q.hi_unbounded && analysis_annual_rate(k, q.hi, n, &v) == GC_OK)
        r.hi = 100 * v;
    else
        r.hi_unbounded = true, r.hi = r.lo;
    return r;
}

/* A real rate beside levels at current prices: equal is a price note,
 * apart a deflator judged against history (verdict.c). */
static int judge_real_vs_nominal(const rate_job *j, analysis_finding *f)
{
    double r_nom = 0, r_real = 0;
    ingest_kind k = j->c->kind;

    if (analysis_iv_has(f->stated_iv, f->computed)) {
        f->verdict = ANALYSIS_CONSISTENT;
        analysis_note_add(f, ANALYSIS_NOTE_PRICE);
        return GC_OK;
    }
    if (analysis_annual_rate(k, f->computed, j->n, &r_nom) != GC_OK ||
        analysis_annual_rate(k, f->stated, j->n, &r_real) != GC_OK || !(r_real > -1))
        return GC_EUNDEFINED;
    f->gap_pp = analysis_interval_gap(f->stated_iv, f->computed_iv);
    return analysis_price_basis(f, 100 * r_nom, 100 * r_real, annual_iv(k, f->computed_iv, j->n),
                                annual_iv(k, f->stated_iv, j->n));
}

/* Whether the stated claim is a real rate and both levels are at current
 * prices (levels are, unless the text says otherwise). */
static bool real_vs_nominal(const group *g, const rate_job *j, const ingest_claim *c0,
                            const ingest_claim *c1)
{
    return analysis_rate_is_real(g, j->c) && c0->basis != INGEST_BASIS_REAL &&
           c1->basis != INGEST_BASIS_REAL;
}

/* Not meeting: a round estimate, or inconsistent. */
static int judge_gap(actx *x, const group *g, const rate_job *j, analysis_finding *f,
                     const ingest_claim *c0, const ingest_claim *c1)
{
    f->gap_pp = analysis_interval_gap(f->stated_iv, f->computed_iv);
    if (analysis_estimate_explains(x, j->c->kind, c0, c1, j->n, f->stated_iv)) {
        f->verdict = ANALYSIS_EXPLAINED;
        f->reason = ANALYSIS_REASON_ESTIMATE;
        return GC_OK;
    }
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = !analysis_has_note(f, ANALYSIS_NOTE_SPAN_MISMATCH) && is_gross(x, g, j, f);
    return GC_OK;
}

/* A census year (2000, 2010, 2020) inside a population span. */
static void census_note(const group *g, analysis_finding *f)
{
    static const int census[] = { 1982, 1990, 2000, 2010, 2020 };

    if (!g || !g->known || g->ind.role != IND_ROLE_POPULATION || !f->from || !f->to)
        return;
    for (size_t i = 0; i < sizeof census / sizeof census[0]; i++)
        if (census[i] > f->from && census[i] <= f->to)
            analysis_note_add(f, ANALYSIS_NOTE_SERIES_BREAK);
}

/* Both levels present: compare. */
static int check_two_levels(actx *x, const group *g, const rate_job *j, analysis_finding *f)
{
    const ingest_claim *c0 = &x->claims->items[j->l0], *c1 = &x->claims->items[j->l1];
    analysis_interval a = analysis_claim_base_iv(x, c0);
    analysis_interval b = analysis_claim_base_iv(x, c1);
    int rc;

    analysis_finding_add_claim(f, j->l0);
    analysis_finding_add_claim(f, j->l1);
    census_note(g, f);
    rc = analysis_quantity(j->c->kind, c0->norm_value, c1->norm_value, j->n, &f->computed);
    if (rc == GC_OK)
        rc = analysis_quantity_iv(j->c->kind, a, b, j->n, &f->computed_iv);
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
    if (real_vs_nominal(g, j, c0, c1) && judge_real_vs_nominal(j, f) == GC_OK)
        return f->verdict == ANALYSIS_EXPLAINED ? diagnose(x, g, j, f, c0->norm_value,
                                                           c1->norm_value) : GC_OK;
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !analysis_iv_has(f->stated_iv, f->computed);
        return GC_OK;
    }
    rc = judge_gap(x, g, j, f, c0, c1);
    if (rc == GC_OK)
        rc = diagnose(x, g, j, f, c0->norm_value, c1->norm_value);
    return rc;
}

/* One level present: the rate implies the other (and a change or multiple
 * its average annual rate). */
static int check_one_level(actx *x, const group *g, const rate_job *j, analysis_finding *f)
{
    bool have_end = j->l1 != NO_CLAIM;
    const ingest_claim *l = &x->claims->items[have_end ? j->l1 : j->l0];
    analysis_interval li = analysis_claim_iv(x, l), s = f->stated_iv, v;
    ingest_kind k = j->c->kind;
    double fp = analysis_growth_factor(k, f->stated, j->n), flo, fhi;
    char a[64], r[96], q[64], *der;
    bool volume;

    f->check = ANALYSIS_CHECK_IMPLIED;
    analysis_finding_add_claim(f, have_end ? j->l1 : j->l0);
    flo = s.lo_unbounded ? 0 : analysis_growth_factor(k, s.lo, j->n);
    fhi = s.hi_unbounded ? INFINITY : analysis_growth_factor(k, s.hi, j->n);
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
        /* an open-ended rate (超10%) leaves the base open below: no bound,
         * not a lower bound of 0 */
        v.lo_unbounded = li.lo_unbounded || !isfinite(fhi);
        v.lo = v.lo_unbounded ? f->computed : li.lo / fhi;
        v.hi_unbounded = li.hi_unbounded || flo <= 0;
        v.hi = v.hi_unbounded ? f->computed : li.hi / flo;
    } else {
        f->computed = l->value * fp;
        v.lo_unbounded = li.lo_unbounded;
        v.lo = v.lo_unbounded ? f->computed : fmax(li.lo, 0) * flo;
        v.hi_unbounded = li.hi_unbounded || !isfinite(fhi);
        v.hi = v.hi_unbounded ? f->computed : li.hi * fhi;
    }
    f->computed_iv = v;
    numfmt(a, l->value, 6);
    /* the factor as the stated figure gives it, so the formula evaluates to
     * the printed value */
    if (k == INGEST_CHANGE_PCT)
        snprintf(r, sizeof r, "(1 + %s/100)", numfmt(q, f->stated, 6));
    else if (k == INGEST_MULTIPLE)
        numfmt(r, f->stated, 6);
    else {
        char e[64];
        snprintf(r, sizeof r, "(1 + %s/100)^%s", numfmt(q, f->stated, 6), numfmt(e, j->n, 3));
    }
    f->formula = have_end ? analysis_str_printf("%s%s / %s = %s%s", a, l->unit, r,
                                                numfmt(q, f->computed, 2), l->unit)
                          : analysis_str_printf("%s%s * %s = %s%s", a, l->unit, r,
                                                numfmt(q, f->computed, 2), l->unit);
    if (!f->formula)
        return GC_ENOMEM;
    /* A real rate carries a current-price level to a volume at that
     * level's prices, not to the other year's current-price figure. */
    volume = analysis_rate_is_real(g, j->c) && l->basis != INGEST_BASIS_REAL &&
             k != INGEST_MULTIPLE;
    if (volume)
        analysis_note_add(f, ANALYSIS_NOTE_CONSTANT_PRICES);
    if (analysis_claim_approx_word(j->c) || analysis_claim_approx_word(l))
        analysis_note_add(f, ANALYSIS_NOTE_APPROX_WORD);
    der = analysis_str_printf("%s %d + %s %d-%d%s", ingest_kind_name(INGEST_LEVEL), l->year,
                              ingest_kind_name(k), j->from, j->to,
                              volume ? " (a comparable-price rate: a volume at the prices of "
                                       "the level's year)" : "");
    return analysis_finding_implied(f, have_end ? j->from : j->to, f->computed, v, l->unit,
                                    volume ? "volume at constant prices" : "level", der);
}

/* A change or multiple with no level still implies an average rate. */
static int implied_rate(const rate_job *j, analysis_finding *f)
{
    double r = 0;
    analysis_interval iv = { 0, 0, false, false };
    int rc = analysis_annual_rate(j->c->kind, f->stated, j->n, &r);

    if (j->c->kind != INGEST_CHANGE_PCT && j->c->kind != INGEST_MULTIPLE)
        return GC_OK;
    if (rc != GC_OK || analysis_annual_rate(j->c->kind, f->stated_iv.lo, j->n, &iv.lo) != GC_OK ||
        analysis_annual_rate(j->c->kind, f->stated_iv.hi, j->n, &iv.hi) != GC_OK)
        return GC_OK;
    iv.lo = f->stated_iv.lo_unbounded ? -100 : 100 * iv.lo;
    iv.hi *= 100;
    iv.hi_unbounded = f->stated_iv.hi_unbounded;
    return analysis_finding_implied(f, j->to, 100 * r, iv, "%", "average annual rate",
                                    analysis_str_printf("%s %d-%d over %g years",
                                                        ingest_kind_name(j->c->kind), j->from,
                                                        j->to, j->n));
}

/* The level of g at year, or failing that at year - 1 or year + 1 (within
 * from..to's order); *shift gets the offset found. */
static size_t level_near(const actx *x, const group *g, int year, int *shift)
{
    static const int tries[] = { 0, -1, 1 };

    for (size_t i = 0; i < 3; i++) {
        size_t l = analysis_group_level(x, g, year + tries[i]);
        if (l != NO_CLAIM) {
            *shift = tries[i];
            return l;
        }
    }
    *shift = 0;
    return NO_CLAIM;
}

/* The cumulative total of g over from..to (累计), or NO_CLAIM. */
static size_t cumulative_total(const actx *x, const group *g, int from, int to)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind == INGEST_LEVEL && c->cumulative && !c->target &&
            c->period_to == to && (c->period_from == from || c->period_from == from + 1))
            return g->idx[k];
    }
    return NO_CLAIM;
}

/* A stated average rate against the base level and the cumulative total of
 * the years after it (累计法, as NBS states investment over a plan). */
static int check_cumulative(actx *x, const group *g, const rate_job *j, size_t tot,
                            analysis_finding *f)
{
    const ingest_claim *c0 = &x->claims->items[j->l0], *ct = &x->claims->items[tot];
    double r = 0, ratio = ct->norm_value / c0->norm_value;
    char a[64], b[64], q[64], nn[64], rr[64];
    int rc;

    analysis_finding_add_claim(f, j->l0);
    analysis_finding_add_claim(f, tot);
    free(f->definition);
    if (!(f->definition = strdup("average annual growth, cumulative method (累计法): the r with "
                                 "x + x^2 + ... + x^n = (V_A+1 + ... + V_B) / V_A, x = 1 + r")))
        return GC_ENOMEM;
    rc = analysis_cumulative_rate(c0->norm_value, ct->norm_value, (unsigned)j->n, &r);
    if (rc == GC_OK)
        rc = analysis_rate_interval(analysis_claim_base_iv(x, c0), analysis_claim_base_iv(x, ct),
                                    j->n, true, &f->computed_iv);
    if (rc != GC_OK) {
        f->undefined = strdup("zero or negative base");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->computed = 100 * r;
    f->computed_iv = analysis_iv_times(f->computed_iv, 100);
    f->has_computed = true;
    f->computed_unit = "%";
    snprintf(nn, sizeof nn, "%d", (int)j->n);
    f->formula = analysis_str_printf("sum(k=1..%s) (1 + r)^k = %s%s / %s%s = %s, r = %s%%", nn,
                                     numfmt(b, ct->value, 6), ct->unit, numfmt(a, c0->value, 6),
                                     c0->unit, numfmt(q, ratio, 6), numfmt(rr, f->computed, 2));
    if (!f->formula)
        return GC_ENOMEM;
    if (analysis_rate_is_real(g, j->c) && c0->basis != INGEST_BASIS_REAL &&
        judge_real_vs_nominal(j, f) == GC_OK)
        return GC_OK;
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !analysis_iv_has(f->stated_iv, f->computed);
        return GC_OK;
    }
    f->gap_pp = analysis_interval_gap(f->stated_iv, f->computed_iv);
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = fabs(f->gap_pp) > x->opt->gross_pp;
    return GC_OK;
}

/* Whether the cross check pairs c (an average rate, a multiple or a total
 * change) with a claim of the other sort whose span is within a year of its own. */
static bool cross_partner(const actx *x, const group *g, const ingest_claim *c)
{
    bool avg = c->kind == INGEST_GROWTH_AVG;

    if (c->kind != INGEST_GROWTH_AVG && c->kind != INGEST_MULTIPLE && c->kind != INGEST_CHANGE_PCT)
        return false;
    if (c->source.sentence && (strstr(c->source.sentence, "时期") ||
                               strstr(c->source.sentence, "時期") ||
                               strstr(c->source.sentence, "期间的")))
        return false;   /* a multiple of totals: check_cross.c leaves it alone */
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *o = &x->claims->items[g->idx[k]];
        bool other = avg ? (o->kind == INGEST_MULTIPLE || o->kind == INGEST_CHANGE_PCT)
                         : o->kind == INGEST_GROWTH_AVG;
        if (other && !o->target && o->period_from && c->period_from &&
            abs(o->period_from - c->period_from) + abs(o->period_to - c->period_to) <= 1)
            return true;
    }
    return false;
}

static int check_rate(actx *x, const group *g, size_t ci)
{
    const ingest_claim *c = &x->claims->items[ci];
    rate_job j = { ci, c, 0, 0, 0, NO_CLAIM, NO_CLAIM };
    analysis_finding *f;
    int rc, s0 = 0, s1 = 0;
    size_t tot;

    if (c->kind == INGEST_GROWTH_YOY) {
        j.to = c->year;
        j.from = c->year ? c->year - 1 : 0;
    } else {
        j.from = c->period_from;
        j.to = c->period_to;
    }
    j.n = j.to - j.from;
    if (!(f = analysis_new_finding(x, g, kind_check(c->kind))))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ci);
    f->from = j.from;
    f->to = j.to;
    analysis_finding_stated(x, f, c);
    if (analysis_claim_approx_word(c))
        analysis_note_add(f, ANALYSIS_NOTE_APPROX_WORD);
    if (!(f->definition = strdup(kind_definition(c->kind))))
        return GC_ENOMEM;
    if (analysis_claim_part_year(c)) {
        f->undefined = strdup("a part of a year is not that year's value");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    if ((c->kind == INGEST_MULTIPLE || c->kind == INGEST_CHANGE_PCT) &&
        analysis_group_sentence_levels(x, g, ci, &j.l0, &j.l1)) {
        /* 由10.5亿元增加到21.3亿元，翻了一番: a multiple or change is of the
         * levels of its own sentence, in the order written, whatever years
         * they carry (a base's year is often not written). */
        int y0 = x->claims->items[j.l0].year, y1 = x->claims->items[j.l1].year;
        if (!(j.from && j.to > j.from)) {
            j.from = y0 && y1 > y0 ? y0 : 0;
            j.to = y0 && y1 > y0 ? y1 : 0;
            j.n = j.to - j.from;
        }
        f->from = j.from;
        f->to = j.to;
        return check_two_levels(x, g, &j, f);
    }
    if (j.from == 0 || j.to == 0 || j.n <= 0) {
        f->undefined = strdup("the span of the rate is not stated");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    j.l0 = level_near(x, g, j.from, &s0);
    j.l1 = level_near(x, g, j.to, &s1);
    if (c->kind == INGEST_GROWTH_AVG && j.l0 != NO_CLAIM && s0 == 0 &&
        (tot = cumulative_total(x, g, j.from, j.to)) != NO_CLAIM &&
        (j.l1 == NO_CLAIM || s1 != 0))
        return check_cumulative(x, g, &j, tot, f);
    if (j.l0 != NO_CLAIM && j.l1 != NO_CLAIM && (s0 || s1) && c->kind != INGEST_GROWTH_YOY &&
        j.to + s1 > j.from + s0) {
        /* the levels lie a year off the stated span: compared over their
         * own span, and said so */
        j.from += s0;
        j.to += s1;
        j.n = j.to - j.from;
        f->from = j.from;
        f->to = j.to;
        analysis_note_add(f, ANALYSIS_NOTE_SPAN_MISMATCH);
    } else {
        if (s0)
            j.l0 = NO_CLAIM;
        if (s1)
            j.l1 = NO_CLAIM;
    }
    if (j.l0 != NO_CLAIM && j.l1 != NO_CLAIM)
        rc = check_two_levels(x, g, &j, f);
    else if (j.l0 != NO_CLAIM || j.l1 != NO_CLAIM)
        rc = check_one_level(x, g, &j, f);
    else
        rc = GC_OK;
    if (rc == GC_OK && !f->has_computed && !f->undefined && cross_partner(x, g, c)) {
        /* an average rate and a multiple of one span, with no level: the
         * cross check (check_cross.c) compares them; no unverifiable pair */
        analysis_finding_pop(x->out);
        return GC_OK;
    }
    if (rc == GC_OK && !f->has_computed && !f->undefined &&
        !(f->undefined = strdup("no level stated for either end of the span")))
        rc = GC_ENOMEM;
    if (rc == GC_OK && (j.l0 == NO_CLAIM || j.l1 == NO_CLAIM))
        rc = implied_rate(&j, f);
    return rc;
}

static bool is_rate_claim(const ingest_claim *c)
{
    return !c->target && (c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_GROWTH_YOY ||
                          c->kind == INGEST_CHANGE_PCT || c->kind == INGEST_MULTIPLE);
}

static int rates_run(actx *x, const group *g)
{
    int rc = GC_OK;

    for (size_t k = 0; k < g->n && rc == GC_OK; k++)
        if (is_rate_claim(&x->claims->items[g->idx[k]]))
            rc = check_rate(x, g, g->idx[k]);
    return rc;
}

/* ---- the sentence ---- */

/* ", the reading n-1 years gives 5.74%, inside the stated interval" */
static void readings(say *s)
{
    const analysis_finding *f = s->f;

    for (size_t i = 0; i < f->ndiagnosis; i++) {
        say_put(s, i ? "、" : "；按", i ? ", " : "; the reading ");
        say_text(s, analysis_reading_text(f->diagnosis[i].reading, s->en ? "en" : "zh"));
        say_put(s, "计算得", " gives ");
        say_num(s, f->diagnosis[i].value, 2);
        say_text(s, "%");
    }
    if (f->ndiagnosis)
        say_put(s, "，落在所述区间内", ", inside the stated interval");
}

static void rate_check(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *c0, *c1;
    bool mult = f->check == ANALYSIS_CHECK_MULTIPLE;
    const char *per = f->check == ANALYSIS_CHECK_GROWTH_AVG ? (s->en ? " a year" : "")
                      : f->check == ANALYSIS_CHECK_GROWTH_YOY ? (s->en ? " over the year" : "")
                      : "";

    say_levels_of(s, &c0, &c1);
    if (!c0 || !c1)
        return;
    say_span(s, c0, c1);
    say_put(s, f->check == ANALYSIS_CHECK_GROWTH_AVG ? "，按水平法年均增长"
           : f->check == ANALYSIS_CHECK_GROWTH_YOY ? "，增长"
           : mult ? "，为基期的" : "，累计变化", ", ");
    say_rate(s, f->computed, mult);
    say_text(s, per);
    if (f->verdict == ANALYSIS_EXPLAINED && f->reason == ANALYSIS_REASON_PRICE_BASIS)
        say_put(s, "（现价）", " at current prices");
    say_interval(s, f->computed_iv);
    switch (f->verdict) {
    case ANALYSIS_CONSISTENT:
        say_put(s, "，与所述的", ", which agrees with the stated ");
        say_stated(s, mult);
        say_put(s, f->rounding_only ? "相符（仅因四舍五入）。" : "相符。",
            f->rounding_only ? " only thanks to rounding." : ".");
        break;
    case ANALYSIS_EXPLAINED:
        if (f->reason == ANALYSIS_REASON_PRICE_BASIS) {
            say_put(s, "，所述", " against the stated ");
            say_stated(s, mult);
            say_put(s, "按可比价格计算", " at comparable prices");
            say_deflator(s);
        } else {
            say_put(s, "，与所述的", ", not quite the stated ");
            say_stated(s, mult);
            say_put(s, "略有出入，但端点数值是预计的整数，放宽其区间后可以吻合",
                ", but an end value is a rounded estimate (预计) whose wider interval covers it");
        }
        readings(s);
        say_put(s, "。", ".");
        break;
    default:
        say_put(s, "，与所述的", ", not the stated ");
        say_stated(s, mult);
        say_put(s, "不符，相差", ": a gap of ");
        say_num(s, fabs(f->gap_pp), 2);
        say_put(s, mult ? "" : "个百分点", mult ? "" : " percentage points");
        if (f->gross)
            say_put(s, "，属明显差异", ", a gross difference");
        readings(s);
        say_put(s, "。", ".");
        break;
    }
}


/* "At the stated 7.2% and the level for the other end, X implies about
 * 324.93亿元 in 2019 [lo, hi]." */
static void implied(say *s)
{
    const analysis_finding *f = s->f;
    const analysis_implied *p = f->nimplied ? &f->implied[0] : NULL;

    if (!p)
        return;
    if (s->en) {
        say_text(s, "At the stated ");
        say_stated(s, f->check == ANALYSIS_CHECK_MULTIPLE);
        say_text(s, " and the level stated for the other end, ");
        say_text(s, say_name(s));
        say_text(s, " implies about ");
    } else {
        say_text(s, "按所述");
        say_stated(s, false);
        say_text(s, "及另一端的数值推算，");
        say_text(s, say_name(s));
        say_year(s, p->year);
        say_text(s, "年约为");
    }
    say_num(s, p->value, 2);
    say_text(s, p->unit);
    if (s->en) {
        say_text(s, " in ");
        say_year(s, p->year);
    }
    say_interval(s, p->iv);
    say_put(s, "。", ".");
}


static void rates_explain(say *s)
{
    const analysis_finding *f = s->f;

    if (f->undefined)
        say_unchecked(s);
    else if (f->check == ANALYSIS_CHECK_IMPLIED)
        implied(s);
    else
        rate_check(s);
}

ANALYSIS_CHECK_DEFINE(rates, rates_run, NULL);
