/* explain.c -- one plain sentence per finding, in Chinese (default) or
 * English, that an economist can read without the rest of the output:
 * which figures, what they give, against what, and the verdict. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../common/buf.h"

typedef struct say {
    buf b;
    bool en;
    const analysis_finding *f;
    const ingest_claims *claims;
    int err;
} say;

static void put(say *s, const char *zh, const char *en)
{
    s->err |= buf_puts(&s->b, s->en ? en : zh);
}

static void num(say *s, double v, int digits)
{
    char t[64];
    s->err |= buf_puts(&s->b, numfmt(t, v, digits));
}

static void text(say *s, const char *t)
{
    s->err |= buf_puts(&s->b, t ? t : "");
}

static void year(say *s, int y)
{
    s->err |= buf_printf(&s->b, "%d", y);
}

static const char *name(const say *s)
{
    return s->en && s->f->indicator_en ? s->f->indicator_en : s->f->indicator;
}

/* The level claim of f stated for year y, or NULL. */
static const ingest_claim *level_of(const say *s, int y)
{
    for (size_t i = 0; i < s->f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[s->f->claims[i]];
        if (c->kind == INGEST_LEVEL && c->year == y)
            return c;
    }
    return NULL;
}

static const ingest_claim *claim_of_kind(const say *s, ingest_kind k)
{
    for (size_t i = 0; i < s->f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[s->f->claims[i]];
        if (c->kind == k)
            return c;
    }
    return NULL;
}

static void level(say *s, const ingest_claim *c)
{
    num(s, c->value, 6);
    text(s, c->unit);
}

/* " [lo, hi]", or " [>= lo]" / " [<= hi]" when one side is open. */
static void interval(say *s, analysis_interval iv)
{
    if (iv.lo_unbounded && iv.hi_unbounded)
        return;
    text(s, " [");
    if (iv.hi_unbounded) {
        text(s, ">= ");
        num(s, iv.lo, 2);
    } else if (iv.lo_unbounded) {
        text(s, "<= ");
        num(s, iv.hi, 2);
    } else {
        num(s, iv.lo, 2);
        text(s, ", ");
        num(s, iv.hi, 2);
    }
    text(s, "]");
}

static void rate(say *s, double v, bool multiple)
{
    num(s, v, 2);
    text(s, multiple ? (s->en ? " times" : "倍") : "%");
}

/* "GDP went from 5908亿元 in 2016 to 9500亿元 in 2021" */
static void span(say *s, const ingest_claim *c0, const ingest_claim *c1)
{
    if (s->en) {
        text(s, name(s));
        text(s, " went from ");
        level(s, c0);
        text(s, " in ");
        year(s, c0->year);
        text(s, " to ");
        level(s, c1);
        text(s, " in ");
        year(s, c1->year);
    } else {
        text(s, name(s));
        text(s, "由");
        year(s, c0->year);
        text(s, "年的");
        level(s, c0);
        text(s, "变为");
        year(s, c1->year);
        text(s, "年的");
        level(s, c1);
    }
}

/* The diagnosis names are identifiers (they reach JSON as they are); in a
 * Chinese sentence each is said in Chinese. */
static const char *reading_zh(const char *name)
{
    static const struct { const char *id, *zh; } words[] = {
        { "n-1 years", "少算一年（n-1年）" },
        { "n+1 years", "多算一年（n+1年）" },
        { "累计法", "累计法" },
        { "mean of yoy", "各年同比增速的算术平均" },
        { "pp as %", "把百分点当作百分比" },
        { "万/亿 slip", "万与亿混淆" },
    };

    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (!strcmp(name, words[i].id))
            return words[i].zh;
    return name;
}

static void readings(say *s)
{
    const analysis_finding *f = s->f;

    for (size_t i = 0; i < f->ndiagnosis; i++) {
        put(s, i ? "、" : "；按", i ? ", " : "; the reading ");
        text(s, s->en ? f->diagnosis[i].name : reading_zh(f->diagnosis[i].name));
        put(s, "计算得", " gives ");
        num(s, f->diagnosis[i].value, 2);
        text(s, "%");
    }
    if (f->ndiagnosis)
        put(s, "，落在所述区间内", ", inside the stated interval");
}

static void rate_check(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *c0 = level_of(s, f->from), *c1 = level_of(s, f->to);
    bool mult = f->check == ANALYSIS_CHECK_MULTIPLE;
    const char *per = f->check == ANALYSIS_CHECK_GROWTH_AVG ? (s->en ? " a year" : "")
                      : f->check == ANALYSIS_CHECK_GROWTH_YOY ? (s->en ? " over the year" : "")
                      : "";

    if (!c0 || !c1)
        return;
    span(s, c0, c1);
    put(s, f->check == ANALYSIS_CHECK_GROWTH_AVG ? "，按水平法年均增长"
           : f->check == ANALYSIS_CHECK_GROWTH_YOY ? "，增长"
           : mult ? "，为基期的" : "，累计变化", ", ");
    rate(s, f->computed, mult);
    text(s, per);
    if (f->verdict == ANALYSIS_EXPLAINED && f->reason && !strcmp(f->reason, "price_basis"))
        put(s, "（现价）", " at current prices");
    interval(s, f->computed_iv);
    switch (f->verdict) {
    case ANALYSIS_CONSISTENT:
        put(s, "，与所述的", ", which agrees with the stated ");
        rate(s, f->stated, mult);
        put(s, f->rounding_only ? "相符（仅因四舍五入）。" : "相符。",
            f->rounding_only ? " only thanks to rounding." : ".");
        break;
    case ANALYSIS_EXPLAINED:
        if (f->reason && !strcmp(f->reason, "price_basis")) {
            put(s, "，所述", " against the stated ");
            rate(s, f->stated, mult);
            put(s, "按可比价格计算，差额意味着年均价格变动", " at comparable prices; the difference "
                "implies an average deflator of ");
            num(s, f->deflator, 2);
            put(s, "%", "% a year");
            if (f->deflator_flag)
                put(s, "，超出-2%至6%的合理区间，值得核实", ", outside the plausible band of -2% to "
                    "+6%, which deserves a look");
            else
                put(s, "，在合理区间内", ", within the plausible band");
        } else {
            put(s, "，与所述的", ", not quite the stated ");
            rate(s, f->stated, mult);
            put(s, "略有出入，但端点数值是预计的整数，放宽其区间后可以吻合",
                ", but an end value is a rounded estimate (预计) whose wider interval covers it");
        }
        readings(s);
        put(s, "。", ".");
        break;
    default:
        put(s, "，与所述的", ", not the stated ");
        rate(s, f->stated, mult);
        put(s, "不符，相差", ": a gap of ");
        num(s, fabs(f->gap_pp), 2);
        put(s, mult ? "" : "个百分点", mult ? "" : " percentage points");
        if (f->gross)
            put(s, "，属明显差异", ", a gross difference");
        readings(s);
        put(s, "。", ".");
        break;
    }
}

static void implied(say *s)
{
    const analysis_finding *f = s->f;
    const analysis_implied *p = f->nimplied ? &f->implied[0] : NULL;

    if (!f->has_stated) {
        const ingest_claim *c0 = level_of(s, f->from), *c1 = level_of(s, f->to);
        if (!c0 || !c1)
            return;
        span(s, c0, c1);
        put(s, "，折合年均", ", ");
        num(s, f->computed, 2);
        put(s, "%（文中未说明增速）。", "% a year (the report states no rate for it).");
        return;
    }
    if (!p)
        return;
    if (s->en) {
        text(s, "At the stated ");
        rate(s, f->stated, f->check == ANALYSIS_CHECK_MULTIPLE);
        text(s, " and the level stated for the other end, ");
        text(s, name(s));
        text(s, " implies about ");
    } else {
        text(s, "按所述");
        rate(s, f->stated, false);
        text(s, "及另一端的数值推算，");
        text(s, name(s));
        year(s, p->year);
        text(s, "年约为");
    }
    num(s, p->value, 2);
    text(s, p->unit);
    if (s->en) {
        text(s, " in ");
        year(s, p->year);
    }
    interval(s, p->iv);
    put(s, "。", ".");
}

static void no_levels(say *s)
{
    const analysis_finding *f = s->f;

    if (s->en) {
        text(s, "The stated ");
        rate(s, f->stated, f->check == ANALYSIS_CHECK_MULTIPLE);
        text(s, " for ");
        text(s, name(s));
        text(s, " cannot be checked: ");
        text(s, f->undefined);
    } else {
        text(s, name(s));
        text(s, "所述的");
        rate(s, f->stated, f->check == ANALYSIS_CHECK_MULTIPLE);
        text(s, "无法核对：");
        text(s, !strcmp(f->undefined, "no level stated for either end of the span")
                ? "起止年份都没有数值" : f->undefined);
    }
    if (f->nimplied) {
        put(s, "，折合年均", "; it means ");
        num(s, f->implied[0].value, 2);
        put(s, "%", "% a year");
    }
    put(s, "。", ".");
}

static void remaining(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *y = claim_of_kind(s, INGEST_GROWTH_YOY);

    if (!y)
        return;
    if (s->en) {
        text(s, "A stated average of ");
        num(s, f->stated, 2);
        text(s, "% a year for ");
        text(s, name(s));
        text(s, " with ");
        num(s, y->value, 2);
        text(s, "% in the last year leaves about ");
        num(s, f->computed, 2);
        text(s, "% a year for ");
        year(s, f->from + 1);
        text(s, "-");
        year(s, f->to);
    } else {
        text(s, name(s));
        text(s, "年均增长");
        num(s, f->stated, 2);
        text(s, "%、最后一年增长");
        num(s, y->value, 2);
        text(s, "%，意味着");
        year(s, f->from + 1);
        text(s, "-");
        year(s, f->to);
        text(s, "年年均约为");
        num(s, f->computed, 2);
        text(s, "%");
    }
    interval(s, f->computed_iv);
    put(s, "。", ".");
}

static void share(say *s)
{
    const analysis_finding *f = s->f;

    for (size_t i = 0; i < f->nimplied; i++) {
        put(s, i ? "，" : "按所占比重推算，", i ? ", and " : "The shares imply ");
        if (!s->en) {
            year(s, f->implied[i].year);
            text(s, "年");
        }
        text(s, f->implied[i].what);
        put(s, "约为", s->en ? " of about " : "");
        num(s, f->implied[i].value, 2);
        text(s, f->implied[i].unit);
        if (s->en) {
            text(s, " in ");
            year(s, f->implied[i].year);
        }
    }
    if (f->has_computed) {
        put(s, "，年均增长", ", growing ");
        num(s, f->computed, 2);
        put(s, "%", "% a year");
    }
    put(s, "。", ".");
}

static void target(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *last = level_of(s, f->from), *tl = NULL;

    for (size_t i = 0; i < f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[f->claims[i]];
        if (c->kind == INGEST_LEVEL && c->target)
            tl = c;
    }
    if (f->undefined || !last) {
        text(s, name(s));
        put(s, "的目标无法核对：", ": the target cannot be checked: ");
        text(s, f->undefined ? f->undefined : "");
        put(s, "。", ".");
        return;
    }
    text(s, name(s));
    put(s, "：", ": ");
    if (f->has_stated && f->nimplied) {
        put(s, "按目标增长", "growing ");
        rate(s, f->stated, false);
        put(s, "，从", " from ");
        level(s, last);
        put(s, "出发可达", " gives about ");
        num(s, f->implied[0].value, 2);
        text(s, f->implied[0].unit);
    }
    if (tl && f->has_computed) {
        put(s, f->has_stated ? "；" : "", f->has_stated ? "; " : "");
        put(s, "达到", "reaching ");
        level(s, tl);
        put(s, "需增长", " needs ");
        rate(s, f->computed, false);
        if (f->has_stated)
            put(s, f->verdict == ANALYSIS_CONSISTENT ? "，目标之间一致"
                   : f->verdict == ANALYSIS_EXPLAINED ? "，按可比价格的增速需价格上涨才能达到"
                   : "，两个目标不一致",
                f->verdict == ANALYSIS_CONSISTENT ? ", so the targets fit together"
                   : f->verdict == ANALYSIS_EXPLAINED ? ", which a real growth target reaches only "
                     "with rising prices" : ", so the targets do not fit together");
    }
    put(s, "。", ".");
}

static void identity(say *s)
{
    const analysis_finding *f = s->f;

    text(s, f->definition);
    text(s, ": ");
    for (size_t i = 0; i < f->nimplied; i++) {
        if (i)
            text(s, s->en ? ", " : "，");
        year(s, f->implied[i].year);
        text(s, s->en ? " " : "年");
        num(s, f->implied[i].value, 2);
        text(s, f->implied[i].unit);
    }
    if (f->has_computed) {
        put(s, "，年均变化", ", changing ");
        num(s, f->computed, 2);
        put(s, "%", "% a year");
    }
    put(s, "。", ".");
}

static void series(say *s)
{
    const analysis_finding *f = s->f;

    text(s, name(s));
    put(s, "所述", ": the stated ");
    num(s, f->stated, 4);
    put(s, "与官方数据", f->check == ANALYSIS_CHECK_SERIES_RATE ? "% against the official "
        : " against the official ");
    num(s, f->computed, 4);
    put(s, f->verdict == ANALYSIS_CONSISTENT ? "相符" : f->verdict == ANALYSIS_EXPLAINED
           ? "可由价格或预计解释" : "不符",
        f->verdict == ANALYSIS_CONSISTENT ? ": consistent" : f->verdict == ANALYSIS_EXPLAINED
           ? ": explained by prices or an estimate" : ": inconsistent");
    put(s, "。", ".");
}

static void coverage(say *s)
{
    const ingest_claims *c = s->claims;

    if (s->en)
        s->err |= buf_printf(&s->b, "Of %zu sentences, %zu claims were read; %zu more sentences "
                             "speak of growth or change but gave no checkable figure.",
                             c->sentences, c->count, c->nmisses);
    else
        s->err |= buf_printf(&s->b, "全文%zu句中提取了%zu条数字说法；另有%zu句提到增长或变化，"
                             "但没有可核对的数字。", c->sentences, c->count, c->nmisses);
}

int explain_finding(analysis_finding *f, const ingest_claims *claims, const char *lang)
{
    say s = { BUF_INIT, lang && !strcmp(lang, "en"), f, claims, 0 };
    bool rate_kind = f->check == ANALYSIS_CHECK_GROWTH_AVG || f->check == ANALYSIS_CHECK_GROWTH_YOY ||
                     f->check == ANALYSIS_CHECK_CHANGE_PCT || f->check == ANALYSIS_CHECK_MULTIPLE;

    if (rate_kind && f->undefined)
        no_levels(&s);
    else if (rate_kind)
        rate_check(&s);
    else if (f->check == ANALYSIS_CHECK_IMPLIED && f->undefined)
        no_levels(&s);
    else if (f->check == ANALYSIS_CHECK_IMPLIED)
        implied(&s);
    else if (f->check == ANALYSIS_CHECK_REMAINING)
        remaining(&s);
    else if (f->check == ANALYSIS_CHECK_SHARE)
        share(&s);
    else if (f->check == ANALYSIS_CHECK_TARGET)
        target(&s);
    else if (f->check == ANALYSIS_CHECK_IDENTITY)
        identity(&s);
    else if (f->check == ANALYSIS_CHECK_COVERAGE)
        coverage(&s);
    else
        series(&s);
    if (s.err) {
        buf_free(&s.b);
        return GC_ENOMEM;
    }
    free(f->explanation);
    f->explanation = buf_detach(&s.b);
    return f->explanation ? GC_OK : GC_ENOMEM;
}
