/* check_cross.c -- a stated average rate against a stated multiple or total
 * change of the same span ("2017年是2012年的1.7倍，年均增长12.1%"): the
 * average rate the multiple means, m^(1/n) - 1 (or (1 + c)^(1/n) - 1 for a
 * change), over the interval the multiple's digits or words allow, against
 * the stated rate's interval.  A real rate beside a multiple whose basis the
 * text does not state may differ by prices: explained when the deflator
 * that takes is plausible, inconsistent when it is not (neither reading
 * fits). */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"

static bool is_total(const ingest_claim *c)
{
    return !c->target && (c->kind == INGEST_MULTIPLE || c->kind == INGEST_CHANGE_PCT);
}

/* A multiple of one period's total over another's (累计完成5.2万亿元，是“十一五”
 * 时期的2.6倍) is no ratio of two years' levels. */
static bool of_totals(const actx *x, const group *g, const ingest_claim *t)
{
    const char *s = t->source.sentence;

    if (s && (strstr(s, "时期") || strstr(s, "時期") || strstr(s, "期间的")))
        return true;
    for (size_t k = 0; k < g->n; k++) {
        const ingest_claim *o = &x->claims->items[g->idx[k]];
        if (o->cumulative && o->source.sentence && s && o->source.line == t->source.line &&
            !strcmp(o->source.sentence, s))
            return true;
    }
    return false;
}

/* The annual rate (%) of total claim t over n years and its interval. */
static int total_rate(const actx *x, const ingest_claim *t, double n, double *r,
                      analysis_interval *iv)
{
    analysis_interval q = analysis_claim_iv(x, t);
    double v = 0;

    if (analysis_annual_rate(t->kind, t->value, n, &v) != GC_OK)
        return GC_EUNDEFINED;
    *r = 100 * v;
    memset(iv, 0, sizeof *iv);
    iv->lo = !q.lo_unbounded && analysis_annual_rate(t->kind, q.lo, n, &v) == GC_OK ? 100 * v
                                                                                   : -100;
    if (!q.hi_unbounded && analysis_annual_rate(t->kind, q.hi, n, &v) == GC_OK)
        iv->hi = 100 * v;
    else
        iv->hi_unbounded = true, iv->hi = iv->lo;
    return GC_OK;
}

static int cross_one(actx *x, const group *g, size_t ai, size_t ti)
{
    const ingest_claim *a = &x->claims->items[ai], *t = &x->claims->items[ti];
    int from = t->period_from, to = t->period_to;
    double n = to - from;
    analysis_finding *f;
    char m[64], nn[64], r[64];

    if (n <= 0)
        return GC_OK;
    if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_GROWTH_AVG)))
        return GC_ENOMEM;
    analysis_finding_add_claim(f, ai);
    analysis_finding_add_claim(f, ti);
    f->from = from;
    f->to = to;
    analysis_finding_stated(x, f, a);
    if (a->period_from != from || a->period_to != to)
        analysis_note_add(f, ANALYSIS_NOTE_SPAN_MISMATCH);
    if (analysis_claim_approx_word(t) || analysis_claim_approx_word(a))
        analysis_note_add(f, ANALYSIS_NOTE_APPROX_WORD);
    f->definition = strdup(t->kind == INGEST_MULTIPLE
                           ? "the stated average rate against the one the stated multiple means "
                             "over the same span: r = m^(1/n) - 1"
                           : "the stated average rate against the one the stated total change "
                             "means over the same span: r = (1 + c)^(1/n) - 1");
    if (!f->definition)
        return GC_ENOMEM;
    if (total_rate(x, t, n, &f->computed, &f->computed_iv) != GC_OK) {
        f->undefined = strdup("out of range");
        return f->undefined ? GC_OK : GC_ENOMEM;
    }
    f->has_computed = true;
    f->computed_unit = "%";
    numfmt(m, t->value, 6);
    numfmt(nn, n, 3);
    numfmt(r, f->computed, 2);
    f->formula = t->kind == INGEST_MULTIPLE
                 ? analysis_str_printf("%s^(1/%s) - 1 = %s%%", m, nn, r)
                 : analysis_str_printf("(1 + %s/100)^(1/%s) - 1 = %s%%", m, nn, r);
    if (!f->formula)
        return GC_ENOMEM;
    f->gap_pp = analysis_interval_gap(f->stated_iv, f->computed_iv);
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !analysis_iv_has(f->stated_iv, f->computed);
        f->gap_pp = 0;
        return GC_OK;
    }
    /* a real rate beside a multiple of unstated (or current-price) basis */
    if (analysis_rate_is_real(g, a) && t->basis != INGEST_BASIS_REAL && a->value > -100) {
        analysis_price_basis(f, f->computed, f->stated, f->computed_iv, f->stated_iv);
        if (!f->deflator_flag || t->basis == INGEST_BASIS_NOMINAL)
            return GC_OK;
        /* neither reading fits: not the same basis, and no plausible deflator */
        f->verdict = ANALYSIS_INCONSISTENT;
        f->reason = ANALYSIS_REASON_NONE;
        f->warning = false;
    } else {
        f->verdict = ANALYSIS_INCONSISTENT;
    }
    f->gross = !analysis_has_note(f, ANALYSIS_NOTE_SPAN_MISMATCH) &&
               fabs(f->gap_pp) > x->opt->gross_pp;
    return GC_OK;
}

static int cross_run(actx *x, const group *g)
{
    int rc = GC_OK;

    for (size_t k = 0; k < g->n && rc == GC_OK; k++) {
        const ingest_claim *a = &x->claims->items[g->idx[k]];
        bool done = false;
        if (a->kind != INGEST_GROWTH_AVG || a->target || !a->period_from ||
            a->period_to <= a->period_from)
            continue;
        /* the same span first, then a span a year off at one end */
        for (int pass = 0; pass < 2 && !done && rc == GC_OK; pass++)
            for (size_t m = 0; m < g->n && rc == GC_OK; m++) {
                const ingest_claim *t = &x->claims->items[g->idx[m]];
                int d0 = abs(t->period_from - a->period_from);
                int d1 = abs(t->period_to - a->period_to);
                if (!is_total(t) || !t->period_from || of_totals(x, g, t) ||
                    (pass == 0 ? d0 + d1 != 0 : d0 + d1 != 1))
                    continue;
                rc = cross_one(x, g, g->idx[k], g->idx[m]);
                done = true;
            }
    }
    return rc;
}

/* ---- the sentence ---- */

static void cross_explain(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *t = say_claim_of_kind(s, INGEST_MULTIPLE);
    bool mult = t != NULL;

    if (!t)
        t = say_claim_of_kind(s, INGEST_CHANGE_PCT);
    if (f->undefined || !t) {
        say_unchecked(s);
        return;
    }
    say_text(s, say_name(s));
    if (s->en) {
        say_text(s, ": a ");
        say_num(s, t->value, 6);
        say_text(s, mult ? " multiple" : "% total change");
        say_text(s, " over ");
        say_year(s, f->from);
        say_text(s, "-");
        say_year(s, f->to);
        say_text(s, " means ");
    } else {
        say_year(s, f->from);
        say_text(s, "-");
        say_year(s, f->to);
        say_text(s, mult ? "年为基期的" : "年累计变化");
        say_num(s, t->value, 6);
        say_text(s, mult ? "倍，折合年均" : "%，折合年均");
    }
    say_num(s, f->computed, 2);
    say_put(s, "%", "% a year");
    say_interval(s, f->computed_iv);
    switch (f->verdict) {
    case ANALYSIS_CONSISTENT:
        say_put(s, "，与所述年均增长", ", which agrees with the stated average of ");
        say_num(s, f->stated, 4);
        say_put(s, "%相符。", "%.");
        break;
    case ANALYSIS_EXPLAINED:
        say_put(s, "，所述年均增长", "; the stated average of ");
        say_num(s, f->stated, 4);
        say_put(s, "%按可比价格计算，倍数可能按现价计算", "% is at comparable prices and the "
                "multiple may be at current prices");
        say_deflator(s);
        say_put(s, "。", ".");
        break;
    default:
        say_put(s, "，与所述年均增长", ", not the stated average of ");
        say_num(s, f->stated, 4);
        say_put(s, "%不符，相差", "%: a gap of ");
        say_num(s, fabs(f->gap_pp), 2);
        say_put(s, "个百分点", " percentage points");
        if (f->gross)
            say_put(s, "，属明显差异", ", a gross difference");
        say_put(s, "。", ".");
        break;
    }
}

ANALYSIS_CHECK_DEFINE(cross, cross_run, NULL);
