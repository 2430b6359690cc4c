/* check_remaining.c -- a period's average rate and its last year's rate
 * imply the average of the years before: r_rest = ((1 + r_avg)^n /
 * (1 + r_last))^(1/(n-1)) - 1.  Checks nothing; the finding carries it. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


/* r_rest = ((1 + r_avg)^n / (1 + r_last))^(1/(n-1)) - 1, in %. */
static double rest_rate(double avg, double last, double n)
{
    return 100 * expm1((n * log1p(avg / 100) - log1p(last / 100)) / (n - 1));
}

static int remaining_one(actx *x, const group *g, size_t ai, size_t yi)
{
    const ingest_claim *a = &x->claims->items[ai], *y = &x->claims->items[yi];
    analysis_interval av = analysis_claim_iv(x, a), yv = analysis_claim_iv(x, y), iv;
    double n = a->period_to - a->period_from;
    analysis_finding *f = analysis_new_finding(x, g, ANALYSIS_CHECK_REMAINING);
    char s1[64], s2[64], s3[64], s4[64], s5[64];

    if (!f)
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ai);
    analysis_finding_add_claim(f, yi);
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
    f->formula = analysis_str_printf("((1 + %s%%)^%s / (1 + %s%%))^(1/%s) - 1 = %s%%",
                                     numfmt(s1, a->value, 4), numfmt(s2, n, 0),
                                     numfmt(s3, y->value, 4), numfmt(s4, n - 1, 0),
                                     numfmt(s5, f->computed, 2));
    if (!f->definition || !f->formula)
        return GC_ENOMEM;
    return analysis_finding_implied(f, a->period_to - 1, f->computed, iv, "%",
                                    "average growth of the remaining years",
                                    analysis_str_printf("growth_avg %d-%d + growth_yoy %d",
                                                        a->period_from, a->period_to, y->year));
}

static int remaining_run(actx *x, const group *g)
{
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *a = &x->claims->items[g->idx[k]];
        size_t yi;
        int rc;
        if (a->kind != INGEST_GROWTH_AVG || a->target || a->period_from == 0 ||
            a->period_to - a->period_from < 2)
            continue;
        yi = analysis_group_find(x, g, INGEST_GROWTH_YOY, 0, a->period_to, false);
        if (yi == NO_CLAIM)
            continue;
        if ((rc = remaining_one(x, g, g->idx[k], yi)) != GC_OK)
            return rc;
    }
    return GC_OK;
}

/* ---- the sentence ---- */

static void remaining_explain(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *y = say_claim_of_kind(s, INGEST_GROWTH_YOY);

    if (!y)
        return;
    if (s->en) {
        say_text(s, "A stated average of ");
        say_num(s, f->stated, 2);
        say_text(s, "% a year for ");
        say_text(s, say_name(s));
        say_text(s, " with ");
        say_num(s, y->value, 2);
        say_text(s, "% in the last year leaves about ");
        say_num(s, f->computed, 2);
        say_text(s, "% a year for ");
        say_year(s, f->from + 1);
        say_text(s, "-");
        say_year(s, f->to);
    } else {
        say_text(s, say_name(s));
        say_text(s, "年均增长");
        say_num(s, f->stated, 2);
        say_text(s, "%、最后一年增长");
        say_num(s, y->value, 2);
        say_text(s, "%，意味着");
        say_year(s, f->from + 1);
        say_text(s, "-");
        say_year(s, f->to);
        say_text(s, "年年均约为");
        say_num(s, f->computed, 2);
        say_text(s, "%");
    }
    say_interval(s, f->computed_iv);
    say_put(s, "。", ".");
}


ANALYSIS_CHECK_DEFINE(remaining, remaining_run, NULL);
