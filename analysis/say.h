/* say.h -- the words an explanation is built from: one plain sentence per
 * finding, in Chinese (default) or English, that an economist can read
 * without the rest of the output.  Each check writes its own sentence
 * (beside its code) from these pieces; explain.c runs it.  Private to
 * analysis/; static inline so that nothing leaks from the library. */
#ifndef GC_ANALYSIS_SAY_H
#define GC_ANALYSIS_SAY_H

#include "analysis_int.h"

#include <string.h>

#include "../common/buf.h"

struct say {
    buf b;
    bool en;
    const analysis_finding *f;
    const ingest_claims *claims;
    int err;                     /* nonzero once an append failed */
};

static inline void say_put(say *s, const char *zh, const char *en)
{
    s->err |= buf_puts(&s->b, s->en ? en : zh);
}

static inline void say_num(say *s, double v, int digits)
{
    char t[64];
    s->err |= buf_puts(&s->b, numfmt(t, v, digits));
}

static inline void say_text(say *s, const char *t)
{
    s->err |= buf_puts(&s->b, t ? t : "");
}

static inline void say_year(say *s, int y)
{
    s->err |= buf_printf(&s->b, "%d", y);
}

static inline const char *say_name(const say *s)
{
    return s->en && s->f->indicator_en ? s->f->indicator_en : s->f->indicator;
}

/* The level claim of f stated for year y, or NULL. */
static inline const ingest_claim *say_level_of(const say *s, int y)
{
    for (size_t i = 0; i < s->f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[s->f->claims[i]];
        if (c->kind == INGEST_LEVEL && c->year == y)
            return c;
    }
    return NULL;
}

static inline const ingest_claim *say_claim_of_kind(const say *s, ingest_kind k)
{
    for (size_t i = 0; i < s->f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[s->f->claims[i]];
        if (c->kind == k)
            return c;
    }
    return NULL;
}

static inline void say_level(say *s, const ingest_claim *c)
{
    say_num(s, c->value, 6);
    say_text(s, c->unit);
}

/* " [lo, hi]", or " [lo, …)" / " (…, hi]" when one side is open -- the
 * notation of the report's tables and memo. */
static inline void say_interval(say *s, analysis_interval iv)
{
    if (iv.lo_unbounded && iv.hi_unbounded)
        return;
    if (iv.hi_unbounded) {
        say_text(s, " [");
        say_num(s, iv.lo, 2);
        say_text(s, ", …)");
    } else if (iv.lo_unbounded) {
        say_text(s, " (…, ");
        say_num(s, iv.hi, 2);
        say_text(s, "]");
    } else {
        say_text(s, " [");
        say_num(s, iv.lo, 2);
        say_text(s, ", ");
        say_num(s, iv.hi, 2);
        say_text(s, "]");
    }
}

static inline void say_rate(say *s, double v, bool multiple)
{
    say_num(s, v, 2);
    say_text(s, multiple ? (s->en ? " times" : "倍") : "%");
}

/* The stated figure as written: one rate, or a range's two ends (6%—7%). */
static inline void say_stated(say *s, bool multiple)
{
    if (s->f->stated_ranged) {
        say_num(s, s->f->stated, 2);
        say_text(s, multiple ? "" : "%");
        say_text(s, s->en ? " to " : "—");
        say_rate(s, s->f->stated_high, multiple);
        return;
    }
    say_rate(s, s->f->stated, multiple);
}

/* "GDP went from 5908亿元 in 2016 to 9500亿元 in 2021" */
static inline void say_span(say *s, const ingest_claim *c0, const ingest_claim *c1)
{
    say_text(s, say_name(s));
    bool y0 = c0->year && !analysis_claim_year_doubtful(s->claims,
                                                         (size_t)(c0 - s->claims->items));

    say_put(s, "由", " went from ");
    if (!s->en && y0) {
        say_year(s, c0->year);
        say_text(s, "年的");
    }
    say_level(s, c0);
    if (s->en && y0) {
        say_text(s, " in ");
        say_year(s, c0->year);
    }
    say_put(s, "变为", " to ");
    if (!s->en && c1->year) {
        say_year(s, c1->year);
        say_text(s, "年的");
    }
    say_level(s, c1);
    if (s->en && c1->year) {
        say_text(s, " in ");
        say_year(s, c1->year);
    }
}

/* The two levels a rate finding compared: those of its years, or, for a
 * pair from one sentence with no years, the first two levels it used. */
static inline void say_levels_of(const say *s, const ingest_claim **c0, const ingest_claim **c1)
{
    *c0 = *c1 = NULL;
    if (s->f->from && s->f->to) {
        *c0 = say_level_of(s, s->f->from);
        *c1 = say_level_of(s, s->f->to);
        if (*c0 && *c1 && *c0 != *c1)
            return;
        *c0 = *c1 = NULL;
    }
    for (size_t i = 0; i < s->f->nclaims; i++) {
        const ingest_claim *c = &s->claims->items[s->f->claims[i]];
        if (c->kind != INGEST_LEVEL)
            continue;
        if (!*c0)
            *c0 = c;
        else if (!*c1)
            *c1 = c;
    }
}

/* The Chinese of a finding's `undefined` reason (English as it is). */
static inline const char *say_undefined_zh(const char *u)
{
    static const char *const zh[][2] = {
        { "no level stated for either end of the span", "起止年份都没有数值" },
        { "the span of the rate is not stated", "文中未说明增速的起止年份" },
        { "no level stated before the target year", "目标年份之前没有数值" },
        { "zero or negative official base", "官方基期数值为零或负数" },
        { "out of range", "超出可计算范围" },
        { "zero or negative base", "基期数值为零或负数" },
        { "negative end level", "末期数值为负数" },
        { "the stated rate implies a zero or negative level", "所述增速推算出零或负的数值" },
        { "a rate of -100 % or less", "增速为-100%或更低" },
        { "zero or negative last level", "最近的数值为零或负数" },
        { "a part of a year is not that year's value", "是一年中部分时段的数值，不是全年数值" },
    };
    for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++)
        if (!strcmp(u, zh[i][0]))
            return zh[i][1];
    return "数据不足";
}

/* "The stated 5% for X cannot be checked: why", with the average rate a
 * change or multiple means when one was implied. */
static inline void say_unchecked(say *s)
{
    const analysis_finding *f = s->f;

    if (s->en) {
        say_text(s, "The stated ");
        say_stated(s, f->check == ANALYSIS_CHECK_MULTIPLE);
        say_text(s, " for ");
        say_text(s, say_name(s));
        say_text(s, " cannot be checked: ");
        say_text(s, f->undefined);
    } else {
        say_text(s, say_name(s));
        say_text(s, "所述的");
        say_stated(s, f->check == ANALYSIS_CHECK_MULTIPLE);
        say_text(s, "无法核对：");
        say_text(s, say_undefined_zh(f->undefined));
    }
    if (f->nimplied) {
        say_put(s, "，折合年均", "; it means ");
        say_num(s, f->implied[0].value, 2);
        say_put(s, "%", "% a year");
    }
    say_put(s, "。", ".");
}

/* "，差额意味着年均价格变动2.2%；同期全国……": the implied deflator of a
 * price_basis finding against the national one and its band. */
static inline void say_deflator(say *s)
{
    const analysis_finding *f = s->f;

    say_put(s, "，差额意味着年均价格变动", "; the difference implies an average deflator of ");
    say_num(s, f->deflator, 2);
    say_put(s, "%", "% a year");
    if (f->has_deflator_ref) {
        say_put(s, "；同期全国国内生产总值平减指数年均", " against China's average GDP deflator of ");
        say_num(s, f->deflator_ref, 2);
        say_put(s, "%，合理区间为", "% a year over the same years, plausible band ");
    } else {
        say_put(s, "；合理区间为", "; plausible band ");
    }
    say_num(s, f->deflator_lo, 2);
    say_put(s, "%至", "% to ");
    say_num(s, f->deflator_hi, 2);
    say_text(s, "%");
    if (f->deflator_flag)
        say_put(s, "，只能用不合理的价格变动解释，值得核实",
                ": explained only by an implausible deflator, which deserves a look");
    else
        say_put(s, "，在合理区间内", ", within it");
}

#endif
