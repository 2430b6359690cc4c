/* finding.c -- the life of findings: options, names, building and freeing,
 * and small text helpers shared by the analysis files. */
#include "analysis_int.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void analysis_options_init(analysis_options *opt)
{
    opt->rounding = ANALYSIS_ROUND_HALF_UP;
    opt->gross_pp = 0.5;
    opt->lang = "zh";
    opt->indicators = NULL;
    opt->series = NULL;
}

const char *analysis_verdict_name(analysis_verdict v)
{
    switch (v) {
    case ANALYSIS_CONSISTENT:   return "consistent";
    case ANALYSIS_INCONSISTENT: return "inconsistent";
    case ANALYSIS_EXPLAINED:    return "explained";
    case ANALYSIS_UNVERIFIABLE: return "unverifiable";
    }
    return "unknown";
}

const char *analysis_check_name(analysis_check c)
{
    switch (c) {
    case ANALYSIS_CHECK_GROWTH_AVG:   return "growth_avg";
    case ANALYSIS_CHECK_GROWTH_YOY:   return "growth_yoy";
    case ANALYSIS_CHECK_CHANGE_PCT:   return "change_pct";
    case ANALYSIS_CHECK_MULTIPLE:     return "multiple";
    case ANALYSIS_CHECK_SHARE:        return "share";
    case ANALYSIS_CHECK_TARGET:       return "target";
    case ANALYSIS_CHECK_IDENTITY:     return "identity";
    case ANALYSIS_CHECK_REMAINING:    return "remaining_years";
    case ANALYSIS_CHECK_SERIES_LEVEL: return "series_level";
    case ANALYSIS_CHECK_SERIES_RATE:  return "series_rate";
    case ANALYSIS_CHECK_IMPLIED:      return "implied";
    case ANALYSIS_CHECK_COVERAGE:     return "coverage";
    case ANALYSIS_CHECK_TRANSLATION:  return "translation";
    }
    return "unknown";
}

analysis_finding *analysis_finding_push(analysis_findings *out)
{
    analysis_finding *f;

    if (out->count == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        analysis_finding *items;
        if (cap > SIZE_MAX / sizeof *items)
            return NULL;
        items = realloc(out->items, cap * sizeof *items);
        if (!items)
            return NULL;
        out->items = items;
        out->cap = cap;
    }
    f = &out->items[out->count++];
    memset(f, 0, sizeof *f);
    f->verdict = ANALYSIS_UNVERIFIABLE;
    return f;
}

void analysis_finding_add_claim(analysis_finding *f, size_t i)
{
    for (size_t k = 0; k < f->nclaims; k++)
        if (f->claims[k] == i)
            return;
    if (f->nclaims < sizeof f->claims / sizeof f->claims[0])
        f->claims[f->nclaims++] = i;
}

static void finding_clear(analysis_finding *f)
{
    free(f->indicator);
    free(f->written);
    free(f->indicator_en);
    free(f->definition);
    free(f->formula);
    free(f->undefined);
    free(f->explanation);
    free(f->diagnosis);
    for (size_t i = 0; i < f->nimplied; i++) {
        free(f->implied[i].unit);
        free(f->implied[i].what);
        free(f->implied[i].derivation);
    }
    free(f->implied);
}

void analysis_finding_pop(analysis_findings *out)
{
    if (!out || !out->count)
        return;
    finding_clear(&out->items[--out->count]);
    memset(&out->items[out->count], 0, sizeof out->items[out->count]);
}

void analysis_findings_free(analysis_findings *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->count; i++)
        finding_clear(&f->items[i]);
    free(f->items);
    f->items = NULL;
    f->count = f->cap = 0;
}

char *analysis_str_printf(const char *fmt, ...)
{
    va_list ap;
    char *s;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !(s = malloc((size_t)n + 1)))
        return NULL;
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}
