/* check_coverage.c -- one document-wide finding: how many sentences speak
 * of growth or change but gave no checkable claim, how many are in a
 * language or script the grammar does not read, and how many claims have no
 * year (a text that writes none is not a text with nothing to check). */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"


static int coverage_run(actx *x)
{
    analysis_finding *f = analysis_new_finding(x, NULL, ANALYSIS_CHECK_COVERAGE);
    size_t untimed = ingest_claims_untimed(x->claims);

    if (!f)
        return GC_ENOMEM;
    f->has_computed = true;
    f->computed_unit = "";
    f->computed = (double)x->claims->nmisses;
    f->computed_iv.lo = f->computed_iv.hi = f->computed;
    f->definition = strdup("sentences that speak of growth or a change in level but gave no "
                           "checkable claim (listed under misses)");
    if (x->claims->unread > 0)
        f->formula = analysis_str_printf("%zu claims from %zu sentences; %zu growth sentences "
                                         "without a claim; %zu sentences in a language or "
                                         "script the grammar does not read (not checked)",
                                         x->claims->count, x->claims->sentences,
                                         x->claims->nmisses, x->claims->unread);
    else
        f->formula = analysis_str_printf("%zu claims from %zu sentences; %zu growth sentences "
                                         "without a claim", x->claims->count,
                                         x->claims->sentences, x->claims->nmisses);
    if (f->formula && untimed > 0) {
        char *with = analysis_str_printf("%s; %zu claims with no year (give --report-year)",
                                         f->formula, untimed);
        free(f->formula);
        f->formula = with;
    }
    return f->definition && f->formula ? GC_OK : GC_ENOMEM;
}

/* ---- the sentence ---- */

/* Claims with no year cannot be compared with anything dated. */
static void explain_untimed(say *s, size_t untimed)
{
    if (untimed > 0 && s->en)
        s->err |= buf_printf(&s->b, " %zu claims have no year: the text writes none the tool "
                             "could find for them; give --report-year YEAR to date them.", untimed);
    else if (untimed > 0)
        s->err |= buf_printf(&s->b, "另有%zu条说法找不到年份（原文未写明），可用 --report-year "
                             "指定报告年份。", untimed);
}

static void coverage_explain(say *s)
{
    const ingest_claims *c = s->claims;

    if (s->en)
        s->err |= buf_printf(&s->b, "Of %zu sentences, %zu claims were read; %zu more sentences "
                             "speak of growth or change but gave no checkable figure.",
                             c->sentences, c->count, c->nmisses);
    else
        s->err |= buf_printf(&s->b, "全文%zu句中提取了%zu条数字说法；另有%zu句提到增长或变化，"
                             "但没有可核对的数字。", c->sentences, c->count, c->nmisses);
    /* a text the grammar cannot read is not a text with nothing to check */
    if (c->unread > 0 && s->en)
        s->err |= buf_printf(&s->b, " %zu of the sentences are in a language or script the "
                             "grammar does not read (it reads Chinese and English): they were "
                             "not checked.", c->unread);
    else if (c->unread > 0)
        s->err |= buf_printf(&s->b, "另有%zu句的语言或文字无法识别（仅支持中文和英文），"
                             "未作核查。", c->unread);
    explain_untimed(s, ingest_claims_untimed(c));
}


ANALYSIS_CHECK_DEFINE(coverage, NULL, coverage_run);
