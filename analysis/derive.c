/* derive.c -- what the claims imply where they do not state a rate to
 * check: the average of the years a last-year rate leaves, the CAGR of two
 * levels, the whole a share implies, whether next year's targets fit the
 * last level, the per-worker and per-person identities, and how many
 * growth sentences gave no claim. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- last year's rate and the period average => the remaining years ---- */

/* r_rest = ((1 + r_avg)^n / (1 + r_last))^(1/(n-1)) - 1, in %. */
static double rest_rate(double avg, double last, double n)
{
    return 100 * expm1((n * log1p(avg / 100) - log1p(last / 100)) / (n - 1));
}

static int remaining_one(actx *x, const group *g, size_t ai, size_t yi)
{
    const ingest_claim *a = &x->claims->items[ai], *y = &x->claims->items[yi];
    analysis_interval av = claim_iv(x, a), yv = claim_iv(x, y), iv;
    double n = a->period_to - a->period_from;
    analysis_finding *f = new_finding(x, g, ANALYSIS_CHECK_REMAINING);
    char s1[64], s2[64], s3[64], s4[64];

    if (!f)
        return GC_ENOMEM;
    finding_add_claim(f, ai);
    finding_add_claim(f, yi);
    f->from = a->period_from;
    f->to = a->period_to - 1;
    f->has_stated = true;
    f->stated = a->value;
    f->stated_unit = a->unit;
    f->stated_iv = av;
    if (a->value <= -100 || y->value <= -100) {
        f->undefined = strdup("a rate of -100 % or less");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    memset(&iv, 0, sizeof iv);
    /* with no ceiling on the last year's rate (增长10%以上) the other years
     * have no floor: the side is open, not -100 */
    iv.lo_unbounded = av.lo_unbounded || yv.hi_unbounded;
    iv.lo = iv.lo_unbounded || av.lo <= -100 ? -100 : rest_rate(av.lo, yv.hi, n);
    iv.hi_unbounded = av.hi_unbounded || yv.lo_unbounded || yv.lo <= -100;
    f->computed = rest_rate(a->value, y->value, n);
    iv.hi = iv.hi_unbounded ? f->computed : rest_rate(av.hi, yv.lo, n);
    f->computed_iv = iv;
    f->has_computed = isfinite(f->computed);
    f->computed_unit = "%";
    f->definition = strdup("average growth of the years before the last: "
                           "((1 + r_avg)^n / (1 + r_last))^(1/(n-1)) - 1");
    f->formula = str_printf("((1 + %s%%)^%s / (1 + %s%%))^(1/%s) - 1 = %s%%",
                            numfmt(s1, a->value, 4), numfmt(s2, n, 0),
                            numfmt(s3, y->value, 4), numfmt(s4, n - 1, 0),
                            numfmt(s1, f->computed, 2));
    if (!f->definition || !f->formula)
        return GC_ENOMEM;
    return finding_implied(f, a->period_to - 1, f->computed, iv, "%",
                           "average growth of the remaining years",
                           str_printf("growth_avg %d-%d + growth_yoy %d", a->period_from,
                                      a->period_to, y->year));
}

int check_remaining(actx *x, const group *g)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *a = &x->claims->items[g->idx[k]];
        size_t yi;
        int rc;
        if (a->kind != INGEST_GROWTH_AVG || a->target || a->period_from == 0 ||
            a->period_to - a->period_from < 2)
            continue;
        yi = group_find(x, g, INGEST_GROWTH_YOY, 0, a->period_to, false);
        if (yi == NO_CLAIM)
            continue;
        if ((rc = remaining_one(x, g, g->idx[k], yi)) != GC_OK)
            return rc;
    }
    return GC_OK;
}

/* ---- two levels and no stated rate => their CAGR (and the trend) ---- */

static bool rate_stated_for(const actx *x, const group *g, int from, int to)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->target)
            continue;
        if ((c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_CHANGE_PCT ||
             c->kind == INGEST_MULTIPLE) && c->period_from == from && c->period_to == to)
            return true;
        if (c->kind == INGEST_GROWTH_YOY && to == from + 1 && c->year == to)
            return true;
    }
    return false;
}

/* The trend of every stated yearly level, when there are three or more. */
static int add_trend(actx *x, const group *g, analysis_finding *f, int y0, int y1)
{
    double years[64], values[64], r = 0, se = 0;
    size_t n = 0;
    analysis_interval iv = { 0, 0, false, false };

    for (int y = y0; y <= y1 && n < 64; y++) {
        size_t l = group_level(x, g, y);
        if (l == NO_CLAIM)
            continue;
        years[n] = y;
        values[n++] = x->claims->items[l].norm_value;
    }
    if (n < 3 || analysis_trend(years, 1, values, 1, n, &r, &se) != GC_OK)
        return GC_OK;
    iv.lo = 100 * (r - se);
    iv.hi = 100 * (r + se);
    return finding_implied(f, y1, 100 * r, iv, "%", "trend growth",
                           str_printf("least squares of ln V on the year, %zu levels; "
                                      "interval is +-1 standard error", n));
}

int check_level_pairs(actx *x, const group *g)
{
    int y0 = 0, y1 = 0;
    size_t l0, l1;
    const ingest_claim *c0, *c1;
    analysis_finding *f;
    int rc;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind != INGEST_LEVEL || c->target || c->cumulative || !c->year ||
            !strcmp(c->unit, "%"))
            continue;
        if (!y0 || c->year < y0)
            y0 = c->year;
        if (c->year > y1)
            y1 = c->year;
    }
    if (!y0 || y0 == y1 || rate_stated_for(x, g, y0, y1))
        return GC_OK;
    l0 = group_level(x, g, y0);
    l1 = group_level(x, g, y1);
    c0 = &x->claims->items[l0];
    c1 = &x->claims->items[l1];
    if (!(f = new_finding(x, g, ANALYSIS_CHECK_IMPLIED)))
        return GC_ENOMEM;
    finding_add_claim(f, l0);
    finding_add_claim(f, l1);
    f->from = y0;
    f->to = y1;
    f->definition = strdup("average annual growth the two levels imply, level method (水平法): "
                           "r = (V_B / V_A)^(1/n) - 1, n = B - A");
    if (!f->definition)
        return GC_ENOMEM;
    rc = analysis_cagr(c0->norm_value, c1->norm_value, y1 - y0, &f->computed);
    if (rc == GC_OK)
        rc = growth_iv(iv_times(claim_iv(x, c0), claim_scale(c0)),
                       iv_times(claim_iv(x, c1), claim_scale(c1)), y1 - y0, &f->computed_iv);
    if (rc != GC_OK) {
        f->undefined = strdup(c0->norm_value <= 0 ? "zero or negative base" : "out of range");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->computed *= 100;
    f->has_computed = true;
    f->computed_unit = "%";
    {
        char a[64], b[64], r[64];
        f->formula = str_printf("(%s%s / %s%s)^(1/%d) - 1 = %s%%", numfmt(b, c1->value, 6),
                                c1->unit, numfmt(a, c0->value, 6), c0->unit, y1 - y0,
                                numfmt(r, f->computed, 2));
    }
    if (!f->formula)
        return GC_ENOMEM;
    rc = finding_implied(f, y1, f->computed, f->computed_iv, "%", "average annual growth",
                         str_printf("level %d + level %d", y0, y1));
    return rc == GC_OK ? add_trend(x, g, f, y0, y1) : rc;
}

/* ---- a share and a level => the whole ---- */

/* The whole W = L / s: rises in L, falls in s. */
static analysis_interval whole_iv(analysis_interval l, analysis_interval s)
{
    analysis_interval w = { 0, 0, false, false };

    w.lo = l.lo_unbounded || s.hi_unbounded ? 0 : fmax(l.lo, 0) / (s.hi / 100);
    w.hi_unbounded = l.hi_unbounded || s.lo_unbounded || s.lo <= 0;
    w.hi = w.hi_unbounded ? w.lo : l.hi / (s.lo / 100);
    return w;
}

int check_shares(actx *x, const group *g)
{
    analysis_finding *f = NULL;
    int ys[2] = { 0, 0 };
    double ws[2] = { 0, 0 };
    analysis_interval wiv[2];
    size_t nw = 0;
    int rc;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *s = &x->claims->items[g->idx[k]], *l;
        size_t li;
        char a[64], b[64], w[64];
        if (s->kind != INGEST_SHARE || s->target || !s->year || !(s->value > 0))
            continue;
        if ((li = group_level(x, g, s->year)) == NO_CLAIM)
            continue;
        l = &x->claims->items[li];
        if (!f) {
            if (!(f = new_finding(x, g, ANALYSIS_CHECK_SHARE)))
                return GC_ENOMEM;
            f->definition = strdup("the whole a share implies: W = L / s");
            if (!f->definition)
                return GC_ENOMEM;
        }
        finding_add_claim(f, g->idx[k]);
        finding_add_claim(f, li);
        if (nw < 2 && (nw == 0 || ys[0] != s->year)) {
            ys[nw] = s->year;
            ws[nw] = l->norm_value / (s->value / 100);
            wiv[nw] = whole_iv(iv_times(claim_iv(x, l), claim_scale(l)), claim_iv(x, s));
            nw++;
        }
        rc = finding_implied(f, s->year, l->value / (s->value / 100),
                             whole_iv(claim_iv(x, l), claim_iv(x, s)), l->unit,
                             s->of && *s->of ? s->of : "whole",
                             str_printf("%s%s / %s%% = %s%s", numfmt(a, l->value, 6), l->unit,
                                        numfmt(b, s->value, 4),
                                        numfmt(w, l->value / (s->value / 100), 2), l->unit));
        if (rc != GC_OK)
            return rc;
    }
    if (nw == 2 && ys[0] != ys[1]) {
        int y0 = ys[0] < ys[1] ? 0 : 1, y1 = 1 - y0;
        f->from = ys[y0];
        f->to = ys[y1];
        if (analysis_cagr(ws[y0], ws[y1], ys[y1] - ys[y0], &f->computed) == GC_OK &&
            growth_iv(wiv[y0], wiv[y1], ys[y1] - ys[y0], &f->computed_iv) == GC_OK) {
            char a[64];
            f->computed *= 100;
            f->has_computed = true;
            f->computed_unit = "%";
            f->formula = str_printf("(W_%d / W_%d)^(1/%d) - 1 = %s%% (the whole's average growth)",
                                    ys[y1], ys[y0], ys[y1] - ys[y0], numfmt(a, f->computed, 2));
            if (!f->formula)
                return GC_ENOMEM;
        }
    }
    return GC_OK;
}

/* ---- next year's targets against the last level ---- */

/* A target's 以上/超过/以内 is a threshold the text sets, not a rounded
 * measurement: the interval starts (or ends) at the value itself. */
static analysis_interval target_iv(const actx *x, const ingest_claim *c)
{
    analysis_interval iv = claim_iv(x, c);

    if (c->qualifier == INGEST_ABOVE)
        iv.lo = c->value;
    else if (c->qualifier == INGEST_BELOW)
        iv.hi = c->value;
    return iv;
}

static size_t last_level_before(const actx *x, const group *g, int year)
{
    size_t best = NO_CLAIM;
    int by = 0;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind == INGEST_LEVEL && !c->target && !c->cumulative && c->year &&
            c->year < year && c->year > by && strcmp(c->unit, "%") != 0) {
            by = c->year;
            best = g->idx[k];
        }
    }
    return best;
}

/* The growth target against the level target: the level the growth gives
 * from the last level, and the growth the level needs. */
static int target_compare(actx *x, const group *g, analysis_finding *f, const ingest_claim *last,
                          const ingest_claim *tl, const ingest_claim *tg, double n)
{
    analysis_interval li = iv_times(claim_iv(x, last), claim_scale(last));
    analysis_interval ti = iv_times(target_iv(x, tl), claim_scale(tl));
    char a[64], b[64], r[64];

    if (analysis_cagr(last->norm_value, tl->norm_value, n, &f->computed) != GC_OK ||
        growth_iv(li, ti, n, &f->computed_iv) != GC_OK) {
        f->undefined = strdup("zero or negative last level");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->computed *= 100;
    f->has_computed = true;
    f->computed_unit = "%";
    f->formula = str_printf("(%s%s / %s%s)^(1/%s) - 1 = %s%% needed", numfmt(a, tl->value, 6),
                            tl->unit, numfmt(b, last->value, 6), last->unit,
                            numfmt(r, n, 0), numfmt(r, f->computed, 2));
    if (!f->formula)
        return GC_ENOMEM;
    if (!tg)
        return GC_OK;
    return judge_rates(x, f, rate_is_real(g, tg));
}

static int target_year(actx *x, const group *g, int year)
{
    size_t tli = group_find(x, g, INGEST_LEVEL, 0, year, true);
    size_t tgi = group_find(x, g, INGEST_GROWTH_YOY, 0, year, true);
    size_t li = last_level_before(x, g, year);
    const ingest_claim *tg = tgi == NO_CLAIM ? NULL : &x->claims->items[tgi];
    const ingest_claim *last = li == NO_CLAIM ? NULL : &x->claims->items[li];
    analysis_finding *f = new_finding(x, g, ANALYSIS_CHECK_TARGET);
    double n;
    int rc = GC_OK;

    if (!f)
        return GC_ENOMEM;
    f->to = year;
    f->definition = strdup("a target against the last stated level: the level the growth target "
                           "gives, V_T = V_last (1 + g)^n, and the growth the level target needs, "
                           "(V_T / V_last)^(1/n) - 1");
    if (!f->definition)
        return GC_ENOMEM;
    if (tli != NO_CLAIM)
        finding_add_claim(f, tli);
    if (tg) {
        finding_add_claim(f, tgi);
        f->has_stated = true;
        f->stated = tg->value;
        f->stated_unit = tg->unit;
        f->stated_iv = target_iv(x, tg);
    }
    if (!last) {
        f->undefined = strdup("no level stated before the target year");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    finding_add_claim(f, li);
    f->from = last->year;
    n = year - last->year;
    if (tli != NO_CLAIM)
        rc = target_compare(x, g, f, last, &x->claims->items[tli], tg, n);
    if (rc == GC_OK && tg && tg->value > -100) {
        analysis_interval li_ = claim_iv(x, last), s = f->stated_iv, v = { 0, 0, false, false };
        double fp = exp(n * log1p(tg->value / 100)), val = last->value * fp;
        char a[64], b[64], c[64];
        v.lo = s.lo_unbounded || s.lo <= -100 ? 0 : li_.lo * exp(n * log1p(s.lo / 100));
        v.hi_unbounded = s.hi_unbounded;
        v.hi = v.hi_unbounded ? val : li_.hi * exp(n * log1p(s.hi / 100));
        rc = finding_implied(f, year, val, v, last->unit, "level",
                             str_printf("%s%s * (1 + %s%%)^%s = %s%s", numfmt(a, last->value, 6),
                                        last->unit, numfmt(b, tg->value, 4),
                                        numfmt(c, n, 0), numfmt(c, val, 2), last->unit));
    }
    return rc;
}

int check_targets(actx *x, const group *g)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        bool seen = false;
        int rc;
        if (!c->target || !c->year || (c->kind != INGEST_LEVEL && c->kind != INGEST_GROWTH_YOY))
            continue;
        for (size_t j = 0; j < k && !seen; j++) {
            const ingest_claim *p = &x->claims->items[g->idx[j]];
            seen = p->target && p->year == c->year &&
                   (p->kind == INGEST_LEVEL || p->kind == INGEST_GROWTH_YOY);
        }
        if (!seen && (rc = target_year(x, g, c->year)) != GC_OK)
            return rc;
    }
    return GC_OK;
}

/* ---- per-worker and per-person identities ---- */

/* num / den for every year both groups state a level, in base units
 * (元 / (元/人) = 人; 元 / 人 = 元/人), shown divided by 1e4. */
static int identity(actx *x, const group *num, const group *den, const char *num_unit,
                    const char *den_unit, const char *what, const char *unit,
                    const char *definition)
{
    analysis_finding *f = NULL;
    int ys[2] = { 0, 0 };
    double vs[2] = { 0, 0 };
    analysis_interval ivs[2];
    size_t nv = 0;

    for (size_t k = 0; k < num->n; k++) {
        const ingest_claim *a = &x->claims->items[num->idx[k]], *b;
        size_t bi;
        analysis_interval ai, di, v = { 0, 0, false, false };
        double val;
        char s1[64], s2[64], s3[64];
        int rc;
        if (a->kind != INGEST_LEVEL || a->target || a->cumulative || !a->year ||
            strcmp(a->norm_unit, num_unit) != 0 || group_level(x, num, a->year) != num->idx[k])
            continue;
        if ((bi = group_level(x, den, a->year)) == NO_CLAIM)
            continue;
        b = &x->claims->items[bi];
        if (strcmp(b->norm_unit, den_unit) != 0 || !(b->norm_value > 0))
            continue;
        if (!f) {
            if (!(f = new_finding(x, num, ANALYSIS_CHECK_IDENTITY)) ||
                !(f->definition = strdup(definition)))
                return GC_ENOMEM;
        }
        finding_add_claim(f, num->idx[k]);
        finding_add_claim(f, bi);
        ai = iv_times(claim_iv(x, a), claim_scale(a));
        di = iv_times(claim_iv(x, b), claim_scale(b));
        val = a->norm_value / b->norm_value / 1e4;
        v.lo = ai.lo_unbounded || di.hi_unbounded ? 0 : fmax(ai.lo, 0) / di.hi / 1e4;
        v.hi_unbounded = ai.hi_unbounded || di.lo_unbounded || di.lo <= 0;
        v.hi = v.hi_unbounded ? val : ai.hi / di.lo / 1e4;
        if (nv < 2) {
            ys[nv] = a->year;
            vs[nv] = val;
            ivs[nv++] = v;
        }
        rc = finding_implied(f, a->year, val, v, unit, what,
                             str_printf("%s%s / %s%s = %s%s", numfmt(s1, a->value, 6), a->unit,
                                        numfmt(s2, b->value, 6), b->unit,
                                        numfmt(s3, val, 2), unit));
        if (rc != GC_OK)
            return rc;
    }
    if (f && nv == 2 && ys[1] > ys[0] &&
        analysis_cagr(vs[0], vs[1], ys[1] - ys[0], &f->computed) == GC_OK &&
        growth_iv(ivs[0], ivs[1], ys[1] - ys[0], &f->computed_iv) == GC_OK) {
        char r[64];
        f->computed *= 100;
        f->has_computed = true;
        f->computed_unit = "%";
        f->from = ys[0];
        f->to = ys[1];
        f->formula = str_printf("average growth of the %s %d-%d: %s%% a year", what, ys[0], ys[1],
                                numfmt(r, f->computed, 2));
        if (!f->formula)
            return GC_ENOMEM;
    }
    return GC_OK;
}

int check_identities(actx *x)
{
    const group *gdp = group_with_role(x, IND_ROLE_GDP);
    const group *prod = group_with_role(x, IND_ROLE_PRODUCTIVITY);
    const group *pop = group_with_role(x, IND_ROLE_POPULATION);
    int rc = GC_OK;

    if (gdp && prod)
        rc = identity(x, gdp, prod, "元", "元/人", "implied workforce", "万人",
                      "GDP / labour productivity = the workforce it implies (persons)");
    if (rc == GC_OK && gdp && pop)
        rc = identity(x, gdp, pop, "元", "人", "implied per-capita GDP", "万元/人",
                      "GDP / population = GDP per person (year-end population; NBS divides "
                      "by the average of the year, so expect a small difference)");
    return rc;
}

/* ---- coverage ---- */

int check_coverage(actx *x)
{
    analysis_finding *f = new_finding(x, NULL, ANALYSIS_CHECK_COVERAGE);

    if (!f)
        return GC_ENOMEM;
    f->has_computed = true;
    f->computed_unit = "";
    f->computed = (double)x->claims->nmisses;
    f->computed_iv.lo = f->computed_iv.hi = f->computed;
    f->definition = strdup("sentences that speak of growth or a change in level but gave no "
                           "checkable claim (listed under misses)");
    f->formula = str_printf("%zu claims from %zu sentences; %zu growth sentences without a claim",
                            x->claims->count, x->claims->sentences, x->claims->nmisses);
    return f->definition && f->formula ? GC_OK : GC_ENOMEM;
}
