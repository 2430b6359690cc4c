/* check_shares.c -- a share (占全市的12%) beside a level of the same year
 * implies the whole, W = L / s; two such years give the whole's growth. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


/* The whole W = L / s: rises in L, falls in s. */
static analysis_interval whole_iv(analysis_interval l, analysis_interval s)
{
    analysis_interval w = { 0, 0, false, false };

    w.lo = l.lo_unbounded || s.hi_unbounded ? 0 : fmax(l.lo, 0) / (s.hi / 100);
    w.hi_unbounded = l.hi_unbounded || s.lo_unbounded || s.lo <= 0;
    w.hi = w.hi_unbounded ? w.lo : l.hi / (s.lo / 100);
    return w;
}

static int shares_run(actx *x, const group *g)
{
    analysis_finding *f = NULL;
    int ys[2] = { 0, 0 };
    double ws[2] = { 0, 0 };
    const ingest_claim *ls[2] = { NULL, NULL }, *ss[2] = { NULL, NULL };
    analysis_interval wiv[2];
    size_t nw = 0;
    int rc;

    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *s = &x->claims->items[g->idx[k]], *l;
        size_t li;
        char a[64], b[64], w[64];
        if (s->kind != INGEST_SHARE || s->target || !s->year || !(s->value > 0))
            continue;
        if ((li = analysis_group_level(x, g, s->year)) == NO_CLAIM)
            continue;
        l = &x->claims->items[li];
        if (!f) {
            if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_SHARE)))
                return GC_ENOMEM;
            f->definition = strdup("the whole a share implies: W = L / s");
            if (!f->definition)
                return GC_ENOMEM;
        }
        analysis_finding_add_claim(f, g->idx[k]);
        analysis_finding_add_claim(f, li);
        if (nw < 2 && (nw == 0 || ys[0] != s->year)) {
            ys[nw] = s->year;
            ws[nw] = l->norm_value / (s->value / 100);
            ls[nw] = l;
            ss[nw] = s;
            wiv[nw] = whole_iv(analysis_claim_base_iv(x, l), analysis_claim_iv(x, s));
            nw++;
        }
        rc = analysis_finding_implied(f, s->year, l->value / (s->value / 100),
                                      whole_iv(analysis_claim_iv(x, l), analysis_claim_iv(x, s)),
                                      l->unit, s->of && *s->of ? s->of : "whole",
                                      analysis_str_printf("%s%s / %s%% = %s%s",
                                                          numfmt(a, l->value, 6), l->unit,
                                                          numfmt(b, s->value, 4),
                                                          numfmt(w, l->value / (s->value / 100), 2),
                                                          l->unit));
        if (rc != GC_OK)
            return rc;
    }
    if (nw == 2 && ys[0] != ys[1]) {
        int y0 = ys[0] < ys[1] ? 0 : 1, y1 = 1 - y0;
        f->from = ys[y0];
        f->to = ys[y1];
        if (analysis_cagr(ws[y0], ws[y1], ys[y1] - ys[y0], &f->computed) == GC_OK &&
            analysis_growth_iv(wiv[y0], wiv[y1], ys[y1] - ys[y0], &f->computed_iv) == GC_OK) {
            char a[64], l0[64], l1[64], s0[64], s1[64];
            f->computed *= 100;
            f->has_computed = true;
            f->computed_unit = "%";
            /* the whole of each year, W = L / s, and their average growth */
            f->formula = analysis_str_printf("((%s%s / %s%%) / (%s%s / %s%%))^(1/%d) - 1 = %s%%",
                                             numfmt(l1, ls[y1]->value, 6), ls[y1]->unit,
                                             numfmt(s1, ss[y1]->value, 6),
                                             numfmt(l0, ls[y0]->value, 6), ls[y0]->unit,
                                             numfmt(s0, ss[y0]->value, 6), ys[y1] - ys[y0],
                                             numfmt(a, f->computed, 2));
            if (!f->formula)
                return GC_ENOMEM;
        }
    }
    return GC_OK;
}

/* ---- the sentence ---- */

static void shares_explain(say *s)
{
    const analysis_finding *f = s->f;

    for (size_t i = 0; i < f->nimplied; i++) {
        say_put(s, i ? "，" : "按所占比重推算，", i ? ", and " : "The shares imply ");
        if (!s->en) {
            say_year(s, f->implied[i].year);
            say_text(s, "年");
        }
        say_text(s, f->implied[i].what);
        say_put(s, "约为", s->en ? " of about " : "");
        say_num(s, f->implied[i].value, 2);
        say_text(s, f->implied[i].unit);
        if (s->en) {
            say_text(s, " in ");
            say_year(s, f->implied[i].year);
        }
    }
    if (f->has_computed) {
        say_put(s, "，年均增长", ", growing ");
        say_num(s, f->computed, 2);
        say_put(s, "%", "% a year");
    }
    say_put(s, "。", ".");
}


ANALYSIS_CHECK_DEFINE(shares, shares_run, NULL);
