/* check_level_pairs.c -- two stated levels and no stated rate between
 * them: the average growth they imply (level method), and the trend of
 * every yearly level between when there are three or more. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


static bool rate_stated_for(const actx *x, const group *g, int from, int to)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->target)
            continue;
        /* a span a year off counts: the rate check compared it (span_mismatch) */
        if ((c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_CHANGE_PCT ||
             c->kind == INGEST_MULTIPLE) && c->period_from &&
            abs(c->period_from - from) + abs(c->period_to - to) <= 1)
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
        size_t l = analysis_group_level(x, g, y);
        if (l == NO_CLAIM)
            continue;
        years[n] = y;
        values[n++] = x->claims->items[l].norm_value;
    }
    if (n < 3 || analysis_trend(years, 1, values, 1, n, &r, &se) != GC_OK)
        return GC_OK;
    iv.lo = 100 * (r - se);
    iv.hi = 100 * (r + se);
    return analysis_finding_implied(f, y1, 100 * r, iv, "%", "trend growth",
                                    analysis_str_printf("least squares of ln V on the year, "
                                                        "%zu levels; interval is +-1 standard "
                                                        "error", n));
}

static int level_pairs_run(actx *x, const group *g)
{
    int y0 = 0, y1 = 0;
    size_t l0, l1;
    const ingest_claim *c0, *c1;
    analysis_finding *f;
    int rc;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *c = &x->claims->items[g->idx[k]];
        if (c->kind != INGEST_LEVEL || c->target || c->cumulative || !c->year ||
            !strcmp(c->unit, "%") || analysis_group_level(x, g, c->year) == NO_CLAIM)
            continue;           /* only the years that have a point level (not a part) */
        if (!y0 || c->year < y0)
            y0 = c->year;
        if (c->year > y1)
            y1 = c->year;
    }
    if (!y0 || y0 == y1 || rate_stated_for(x, g, y0, y1))
        return GC_OK;
    l0 = analysis_group_level(x, g, y0);
    l1 = analysis_group_level(x, g, y1);
    c0 = &x->claims->items[l0];
    c1 = &x->claims->items[l1];
    if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_IMPLIED)))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, l0);
    analysis_finding_add_claim(f, l1);
    f->from = y0;
    f->to = y1;
    /* a census year inside a population span: two vintages, not a trend */
    if (g->known && g->ind.role == IND_ROLE_POPULATION)
        for (int cy = 1990; cy <= y1; cy += 10)
            if (cy > y0)
                analysis_note_add(f, ANALYSIS_NOTE_SERIES_BREAK);
    f->definition = strdup("average annual growth the two levels imply, level method (水平法): "
                           "r = (V_B / V_A)^(1/n) - 1, n = B - A");
    if (!f->definition)
        return GC_ENOMEM;
    rc = analysis_cagr(c0->norm_value, c1->norm_value, y1 - y0, &f->computed);
    if (rc == GC_OK)
        rc = analysis_growth_iv(analysis_claim_base_iv(x, c0),
                                analysis_claim_base_iv(x, c1),
                                y1 - y0, &f->computed_iv);
    if (rc != GC_OK) {
        f->undefined = strdup(c0->norm_value <= 0 ? "zero or negative base" : "out of range");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->computed *= 100;
    f->has_computed = true;
    f->computed_unit = "%";
    {
        char a[64], b[64], r[64];
        f->formula = analysis_str_printf("(%s%s / %s%s)^(1/%d) - 1 = %s%%", numfmt(b, c1->value, 6),
                                         c1->unit, numfmt(a, c0->value, 6), c0->unit, y1 - y0,
                                         numfmt(r, f->computed, 2));
    }
    if (!f->formula)
        return GC_ENOMEM;
    rc = analysis_finding_implied(f, y1, f->computed, f->computed_iv, "%", "average annual growth",
                                  analysis_str_printf("level %d + level %d", y0, y1));
    return rc == GC_OK ? add_trend(x, g, f, y0, y1) : rc;
}

/* ---- the sentence ---- */

/* "X went from A in 2016 to B in 2021, 7.2% a year (the report states no
 * rate for it)." */
static void level_pairs_explain(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *c0 = say_level_of(s, f->from), *c1 = say_level_of(s, f->to);

    if (f->undefined) {
        say_unchecked(s);
        return;
    }
    if (!c0 || !c1)
        return;
    say_span(s, c0, c1);
    say_put(s, "，折合年均", ", ");
    say_num(s, f->computed, 2);
    say_put(s, "%（文中未说明增速）。", "% a year (the report states no rate for it).");
}

ANALYSIS_CHECK_DEFINE(level_pairs, level_pairs_run, NULL);
