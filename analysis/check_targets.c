/* check_targets.c -- next year's targets against the last stated level:
 * the level a growth target gives, the growth a level target needs, and
 * whether the two targets fit together. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


/* A target's 以上/超过/以内 is a threshold the text sets, not a rounded
 * measurement: the interval starts (or ends) at the value itself. */
static analysis_interval target_iv(const actx *x, const ingest_claim *c)
{
    analysis_interval iv = analysis_claim_iv(x, c);

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
            c->year < year && c->year > by && strcmp(c->unit, "%") != 0 &&
            !analysis_claim_part_year(c)) {     /* a half year's is no year's level */
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
    analysis_interval li = analysis_claim_base_iv(x, last);
    analysis_interval ti = analysis_iv_times(target_iv(x, tl), analysis_claim_scale(tl));
    char a[64], b[64], r[64], q[64];

    if (analysis_cagr(last->norm_value, tl->norm_value, n, &f->computed) != GC_OK ||
        analysis_growth_iv(li, ti, n, &f->computed_iv) != GC_OK) {
        f->undefined = strdup("zero or negative last level");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->computed *= 100;
    f->has_computed = true;
    f->computed_unit = "%";
    f->formula = analysis_str_printf("(%s%s / %s%s)^(1/%s) - 1 = %s%% needed",
                                     numfmt(a, tl->value, 6), tl->unit,
                                     numfmt(b, last->value, 6), last->unit,
                                     numfmt(r, n, 0), numfmt(q, f->computed, 2));
    if (!f->formula)
        return GC_ENOMEM;
    if (!tg)
        return GC_OK;
    /* Targets are loose by nature: intervals that meet are consistent even
     * for a real growth target beside a nominal level target. */
    if (analysis_interval_meet(f->stated_iv, f->computed_iv))
        return analysis_judge_rates(x, f, false);
    return analysis_judge_rates(x, f, analysis_rate_is_real(g, tg));
}

static int target_year(actx *x, const group *g, int year)
{
    size_t tli = analysis_group_find(x, g, INGEST_LEVEL, 0, year, true);
    size_t tgi = analysis_group_find(x, g, INGEST_GROWTH_YOY, 0, year, true);
    size_t li = last_level_before(x, g, year);
    const ingest_claim *tg = tgi == NO_CLAIM ? NULL : &x->claims->items[tgi];
    const ingest_claim *last = li == NO_CLAIM ? NULL : &x->claims->items[li];
    analysis_finding *f = analysis_new_finding(x, g, ANALYSIS_CHECK_TARGET);
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
        analysis_finding_add_claim(f, tli);
    if (tg) {
        analysis_finding_add_claim(f, tgi);
        f->has_stated = true;
        f->stated = tg->value;
        f->stated_unit = tg->unit;
        f->stated_iv = target_iv(x, tg);
    }
    if (!last) {
        f->undefined = strdup("no level stated before the target year");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    analysis_finding_add_claim(f, li);
    f->from = last->year;
    n = year - last->year;
    if (tli != NO_CLAIM)
        rc = target_compare(x, g, f, last, &x->claims->items[tli], tg, n);
    if (rc == GC_OK && tg && tg->value > -100) {
        analysis_interval li_ = analysis_claim_iv(x, last), s = f->stated_iv;
        analysis_interval v = { 0, 0, false, false };
        double fp = exp(n * log1p(tg->value / 100)), val = last->value * fp;
        char a[64], b[64], c[64], d[64];
        v.lo = s.lo_unbounded || s.lo <= -100 ? 0 : li_.lo * exp(n * log1p(s.lo / 100));
        v.hi_unbounded = s.hi_unbounded;
        v.hi = v.hi_unbounded ? val : li_.hi * exp(n * log1p(s.hi / 100));
        rc = analysis_finding_implied(f, year, val, v, last->unit, "level",
                                      analysis_str_printf("%s%s * (1 + %s%%)^%s = %s%s",
                                                          numfmt(a, last->value, 6), last->unit,
                                                          numfmt(b, tg->value, 4), numfmt(c, n, 0),
                                                          numfmt(d, val, 2), last->unit));
    }
    return rc;
}

static int targets_run(actx *x, const group *g)
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

/* ---- the sentence ---- */

static void targets_explain(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *last = say_level_of(s, f->from), *tl = NULL;

    for (size_t i = 0; i < f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[f->claims[i]];
        if (c->kind == INGEST_LEVEL && c->target)
            tl = c;
    }
    if (f->undefined || !last) {
        say_text(s, say_name(s));
        say_put(s, "的目标无法核对：", ": the target cannot be checked: ");
        say_text(s, f->undefined ? f->undefined : "");
        say_put(s, "。", ".");
        return;
    }
    say_text(s, say_name(s));
    say_put(s, "：", ": ");
    if (f->has_stated && f->nimplied) {
        say_put(s, "按目标增长", "growing ");
        say_rate(s, f->stated, false);
        say_put(s, "，从", " from ");
        say_level(s, last);
        say_put(s, "出发可达", " gives about ");
        say_num(s, f->implied[0].value, 2);
        say_text(s, f->implied[0].unit);
    }
    if (tl && f->has_computed) {
        say_put(s, f->has_stated ? "；" : "", f->has_stated ? "; " : "");
        say_put(s, "达到", "reaching ");
        say_level(s, tl);
        say_put(s, "需增长", " needs ");
        say_rate(s, f->computed, false);
        if (f->has_stated)
            say_put(s, f->verdict == ANALYSIS_CONSISTENT ? "，目标之间一致"
                   : f->verdict == ANALYSIS_EXPLAINED ? "，按可比价格的增速需价格上涨才能达到"
                   : "，两个目标不一致",
                f->verdict == ANALYSIS_CONSISTENT ? ", so the targets fit together"
                   : f->verdict == ANALYSIS_EXPLAINED ? ", which a real growth target reaches only "
                     "with rising prices" : ", so the targets do not fit together");
    }
    say_put(s, "。", ".");
}


ANALYSIS_CHECK_DEFINE(targets, targets_run, NULL);
