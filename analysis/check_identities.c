/* check_identities.c -- GDP over labour productivity is the workforce,
 * GDP over population is GDP per person: what the stated levels of the
 * indicators with those roles imply, year by year. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


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
            strcmp(a->norm_unit, num_unit) != 0 ||
            analysis_group_level(x, num, a->year) != num->idx[k])
            continue;
        if ((bi = analysis_group_level(x, den, a->year)) == NO_CLAIM)
            continue;
        b = &x->claims->items[bi];
        if (strcmp(b->norm_unit, den_unit) != 0 || !(b->norm_value > 0))
            continue;
        if (!f) {
            if (!(f = analysis_new_finding(x, num, ANALYSIS_CHECK_IDENTITY)) ||
                !(f->definition = strdup(definition)))
                return GC_ENOMEM;
        }
        analysis_finding_add_claim(f, num->idx[k]);
        analysis_finding_add_claim(f, bi);
        ai = analysis_claim_base_iv(x, a);
        di = analysis_claim_base_iv(x, b);
        val = a->norm_value / b->norm_value / 1e4;
        v.lo = ai.lo_unbounded || di.hi_unbounded ? 0 : fmax(ai.lo, 0) / di.hi / 1e4;
        v.hi_unbounded = ai.hi_unbounded || di.lo_unbounded || di.lo <= 0;
        v.hi = v.hi_unbounded ? val : ai.hi / di.lo / 1e4;
        if (nv < 2) {
            ys[nv] = a->year;
            vs[nv] = val;
            ivs[nv++] = v;
        }
        rc = analysis_finding_implied(f, a->year, val, v, unit, what,
                                      analysis_str_printf("%s%s / %s%s = %s%s",
                                                          numfmt(s1, a->value, 6), a->unit,
                                                          numfmt(s2, b->value, 6), b->unit,
                                                          numfmt(s3, val, 2), unit));
        if (rc != GC_OK)
            return rc;
    }
    if (f && nv == 2 && ys[1] > ys[0] &&
        analysis_cagr(vs[0], vs[1], ys[1] - ys[0], &f->computed) == GC_OK &&
        analysis_growth_iv(ivs[0], ivs[1], ys[1] - ys[0], &f->computed_iv) == GC_OK) {
        char r[64];
        f->computed *= 100;
        f->has_computed = true;
        f->computed_unit = "%";
        f->from = ys[0];
        f->to = ys[1];
        f->formula = analysis_str_printf("average growth of the %s %d-%d: %s%% a year", what,
                                         ys[0], ys[1], numfmt(r, f->computed, 2));
        if (!f->formula)
            return GC_ENOMEM;
    }
    return GC_OK;
}

static int identities_run(actx *x)
{
    const group *gdp = analysis_group_with_role(x, IND_ROLE_GDP);
    const group *prod = analysis_group_with_role(x, IND_ROLE_PRODUCTIVITY);
    const group *pop = analysis_group_with_role(x, IND_ROLE_POPULATION);
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

/* ---- the sentence ---- */

static void identities_explain(say *s)
{
    const analysis_finding *f = s->f;

    if (s->en) {
        say_text(s, f->definition);
        say_text(s, ": ");
    } else if (f->nimplied && !strcmp(f->implied[0].what, "implied workforce")) {
        say_text(s, "地区生产总值除以劳动生产率，推算从业人员：");
    } else {
        say_text(s, "地区生产总值除以常住人口，推算人均地区生产总值（按年末人口；国家统计局按年平均人口计算，"
                    "会略有差异）：");
    }
    for (size_t i = 0; i < f->nimplied; i++) {
        if (i)
            say_text(s, s->en ? ", " : "，");
        say_year(s, f->implied[i].year);
        say_text(s, s->en ? " " : "年");
        say_num(s, f->implied[i].value, 2);
        say_text(s, f->implied[i].unit);
    }
    if (f->has_computed) {
        say_put(s, "，年均变化", ", changing ");
        say_num(s, f->computed, 2);
        say_put(s, "%", "% a year");
    }
    say_put(s, "。", ".");
}


ANALYSIS_CHECK_DEFINE(identities, NULL, identities_run);
