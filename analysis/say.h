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

/* " [lo, hi]", or " [>= lo]" / " [<= hi]" when one side is open. */
static inline void say_interval(say *s, analysis_interval iv)
{
    if (iv.lo_unbounded && iv.hi_unbounded)
        return;
    say_text(s, " [");
    if (iv.hi_unbounded) {
        say_text(s, ">= ");
        say_num(s, iv.lo, 2);
    } else if (iv.lo_unbounded) {
        say_text(s, "<= ");
        say_num(s, iv.hi, 2);
    } else {
        say_num(s, iv.lo, 2);
        say_text(s, ", ");
        say_num(s, iv.hi, 2);
    }
    say_text(s, "]");
}

static inline void say_rate(say *s, double v, bool multiple)
{
    say_num(s, v, 2);
    say_text(s, multiple ? (s->en ? " times" : "倍") : "%");
}

/* "GDP went from 5908亿元 in 2016 to 9500亿元 in 2021" */
static inline void say_span(say *s, const ingest_claim *c0, const ingest_claim *c1)
{
    if (s->en) {
        say_text(s, say_name(s));
        say_text(s, " went from ");
        say_level(s, c0);
        say_text(s, " in ");
        say_year(s, c0->year);
        say_text(s, " to ");
        say_level(s, c1);
        say_text(s, " in ");
        say_year(s, c1->year);
    } else {
        say_text(s, say_name(s));
        say_text(s, "由");
        say_year(s, c0->year);
        say_text(s, "年的");
        say_level(s, c0);
        say_text(s, "变为");
        say_year(s, c1->year);
        say_text(s, "年的");
        say_level(s, c1);
    }
}

/* "The stated 5% for X cannot be checked: why", with the average rate a
 * change or multiple means when one was implied. */
static inline void say_unchecked(say *s)
{
    const analysis_finding *f = s->f;

    if (s->en) {
        say_text(s, "The stated ");
        say_rate(s, f->stated, f->check == ANALYSIS_CHECK_MULTIPLE);
        say_text(s, " for ");
        say_text(s, say_name(s));
        say_text(s, " cannot be checked: ");
        say_text(s, f->undefined);
    } else {
        say_text(s, say_name(s));
        say_text(s, "所述的");
        say_rate(s, f->stated, f->check == ANALYSIS_CHECK_MULTIPLE);
        say_text(s, "无法核对：");
        say_text(s, !strcmp(f->undefined, "no level stated for either end of the span")
                ? "起止年份都没有数值" : f->undefined);
    }
    if (f->nimplied) {
        say_put(s, "，折合年均", "; it means ");
        say_num(s, f->implied[0].value, 2);
        say_put(s, "%", "% a year");
    }
    say_put(s, "。", ".");
}

#endif
