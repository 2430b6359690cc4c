/* claims.c -- the claim list, its deep copies, the collector sink, the enum
 * names and the public JSON form of a claim (see ingest.h for the contract). */
#include "ingest_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../common/jsonadd.h"

static char *dup_or_null(const char *s, bool *fail)
{
    char *d;

    if (!s)
        return NULL;
    d = strdup(s);
    if (!d)
        *fail = true;
    return d;
}

static void source_clear(ingest_source *s)
{
    free(s->file);
    free(s->sentence);
    s->file = s->sentence = NULL;   /* cleared twice is then harmless */
    memset(s, 0, sizeof *s);
}

static int source_copy(ingest_source *dst, const ingest_source *src)
{
    bool fail = false;

    *dst = *src;
    dst->file = dup_or_null(src->file, &fail);
    dst->sentence = dup_or_null(src->sentence, &fail);
    if (fail) {
        source_clear(dst);
        return GC_ENOMEM;
    }
    return GC_OK;
}

void ingest_claim_clear(ingest_claim *c)
{
    if (!c)
        return;
    free(c->indicator);
    free(c->value_text);
    free(c->unit);
    free(c->norm_unit);
    free(c->of);
    source_clear(&c->source);
    memset(c, 0, sizeof *c);
}

/* Copies c into *dst with every string duplicated; on failure *dst is
 * cleared and GC_ENOMEM returned. */
static int claim_copy(ingest_claim *dst, const ingest_claim *c)
{
    bool fail = false;

    *dst = *c;
    dst->indicator = dup_or_null(c->indicator, &fail);
    dst->value_text = dup_or_null(c->value_text, &fail);
    dst->unit = dup_or_null(c->unit, &fail);
    dst->norm_unit = dup_or_null(c->norm_unit, &fail);
    dst->of = dup_or_null(c->of, &fail);
    dst->source.file = NULL;
    dst->source.sentence = NULL;
    if (fail || source_copy(&dst->source, &c->source) != GC_OK) {
        ingest_claim_clear(dst);
        return GC_ENOMEM;
    }
    return GC_OK;
}

/* Grows an array of elements of size sz to hold one more; returns 0 or -1. */
static int grow(void **items, size_t *cap, size_t count, size_t sz)
{
    size_t ncap;
    void *p;

    if (count < *cap)
        return 0;
    ncap = *cap ? *cap * 2 : 16;
    if (ncap > ((size_t)-1) / sz)
        return -1;
    p = realloc(*items, ncap * sz);
    if (!p)
        return -1;
    *items = p;
    *cap = ncap;
    return 0;
}

int ingest_claims_push(ingest_claims *list, const ingest_claim *c)
{
    void *items = list->items;

    if (grow(&items, &list->cap, list->count, sizeof *list->items) != 0)
        return GC_ENOMEM;
    list->items = items;
    if (claim_copy(&list->items[list->count], c) != GC_OK)
        return GC_ENOMEM;
    list->count++;
    return GC_OK;
}

/* Appends a deep copy of a miss; returns GC_OK or GC_ENOMEM. */
static int misses_push(ingest_claims *list, const ingest_source *where)
{
    void *items = list->misses;

    if (grow(&items, &list->misses_cap, list->nmisses, sizeof *list->misses) != 0)
        return GC_ENOMEM;
    list->misses = items;
    if (source_copy(&list->misses[list->nmisses], where) != GC_OK)
        return GC_ENOMEM;
    list->nmisses++;
    return GC_OK;
}

size_t ingest_claims_untimed(const ingest_claims *list)
{
    size_t n = 0;

    for (size_t i = 0; i < list->count; i++)
        n += list->items[i].time_source == INGEST_TIME_NONE;
    return n;
}

void ingest_claims_free(ingest_claims *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->count; i++)
        ingest_claim_clear(&list->items[i]);
    for (size_t i = 0; i < list->nmisses; i++)
        source_clear(&list->misses[i]);
    free(list->items);
    free(list->misses);
    memset(list, 0, sizeof *list);
}

static int collect_claim(const ingest_claim *c, void *ctx)
{
    return ingest_claims_push(ctx, c);
}

static int collect_miss(const ingest_source *where, void *ctx)
{
    return misses_push(ctx, where);
}


ingest_sink ingest_collector(ingest_claims *out)
{
    ingest_sink s = { collect_claim, collect_miss, out };
    return s;
}

const char *ingest_kind_name(ingest_kind k)
{
    switch (k) {
    case INGEST_LEVEL:      return "level";
    case INGEST_GROWTH_YOY: return "growth_yoy";
    case INGEST_GROWTH_AVG: return "growth_avg";
    case INGEST_CHANGE_PCT: return "change_pct";
    case INGEST_SHARE:      return "share";
    case INGEST_MULTIPLE:   return "multiple";
    case INGEST_CHANGE_ABS: return "change_abs";
    }
    return "unknown";
}

const char *ingest_qualifier_name(ingest_qualifier q)
{
    switch (q) {
    case INGEST_EXACT:  return "exact";
    case INGEST_ABOVE:  return "above";
    case INGEST_BELOW:  return "below";
    case INGEST_APPROX: return "approx";
    }
    return "unknown";
}

const char *ingest_basis_name(ingest_basis b)
{
    switch (b) {
    case INGEST_BASIS_UNSTATED: return "unstated";
    case INGEST_BASIS_REAL:     return "comparable";
    case INGEST_BASIS_NOMINAL:  return "current";
    }
    return "unknown";
}

/* Adds a number, or null when it is not finite (cJSON would print null
 * anyway, but silently; here it is a decision). */
static bool add_num(cJSON *o, const char *key, double v)
{
    return json_num(o, key, v) == 0;
}

static bool add_str(cJSON *o, const char *key, const char *s)
{
    return json_str(o, key, s) == 0;
}

static bool add_period(cJSON *o, const ingest_claim *c)
{
    cJSON *p;

    if (!c->period_from && !c->period_to)
        return cJSON_AddNullToObject(o, "period") != NULL;
    p = cJSON_AddArrayToObject(o, "period");
    if (!p)
        return false;
    return json_num(p, NULL, c->period_from) == 0 && json_num(p, NULL, c->period_to) == 0;
}

static bool add_source(cJSON *o, const ingest_source *s)
{
    cJSON *src = cJSON_AddObjectToObject(o, "source");

    return src && add_str(src, "file", s->file ? s->file : "")
        && add_num(src, "line", (double)s->line)
        && add_num(src, "column", (double)s->column)
        && add_num(src, "byte", (double)s->byte)
        && add_str(src, "sentence", s->sentence ? s->sentence : "");
}

const char *ingest_lang_name(ingest_lang l)
{
    return l == INGEST_LANG_EN ? "en" : "zh";
}

const char *ingest_time_source_name(ingest_time_source t)
{
    static const char *const names[] = {
        "none", "sentence", "paragraph", "section", "pair", "relative", "title",
        "date_line", "opening", "latest", "plan", "session", "calendar", "page",
        "plan_year", "avg_base", "avg_no_base", "official", "base", "era", "weekday", "option"
    };

    return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "none";
}

char *ingest_part_name(int from, int to, char out[16])
{
    static const struct { int from, to; const char *name; } named[] = {
        { 1, 3, "Q1" }, { 4, 6, "Q2" }, { 7, 9, "Q3" }, { 10, 12, "Q4" },
        { 1, 6, "H1" }, { 1, 9, "Q1-Q3" }     /* the second half is M7-M12 (RULES.md) */
    };
    size_t i;

    out[0] = '\0';
    if (from < 1 || from > 12)
        return out;
    if (to < from || to > 12)
        to = from;
    for (i = 0; i < sizeof named / sizeof named[0]; i++)
        if (named[i].from == from && named[i].to == to) {
            snprintf(out, 16, "%s", named[i].name);
            return out;
        }
    /* Months are 1..12 here: unsigned char tells the compiler so. */
    if (from == to)
        snprintf(out, 16, "M%u", (unsigned)(unsigned char)from);
    else
        snprintf(out, 16, "M%u-M%u", (unsigned)(unsigned char)from, (unsigned)(unsigned char)to);
    return out;
}

static bool add_range_and_time(cJSON *o, const ingest_claim *c)
{
    char part[16];
    bool ok = c->ranged ? add_num(o, "value_high", c->value_high)
                        : cJSON_AddNullToObject(o, "value_high") != NULL;

    ingest_part_name(c->month_from, c->month_to, part);
    ok = ok && (part[0] ? add_str(o, "part", part)
                        : cJSON_AddNullToObject(o, "part") != NULL);
    ok = ok && add_str(o, "lang", ingest_lang_name(c->lang));
    return ok && add_str(o, "time_source", ingest_time_source_name(c->time_source));
}

cJSON *ingest_claim_json(const ingest_claim *c)
{
    cJSON *o = cJSON_CreateObject(), *norm;
    bool ok = o != NULL;

    ok = ok && add_str(o, "indicator", c->indicator ? c->indicator : "");
    ok = ok && add_str(o, "kind", ingest_kind_name(c->kind));
    if (ok && c->year)
        ok = add_num(o, "year", c->year);
    else if (ok)
        ok = cJSON_AddNullToObject(o, "year") != NULL;
    ok = ok && cJSON_AddBoolToObject(o, "year_inferred", c->year_inferred);
    ok = ok && add_period(o, c);
    ok = ok && cJSON_AddBoolToObject(o, "period_inferred", c->period_inferred);
    ok = ok && add_num(o, "value", c->value);
    ok = ok && add_str(o, "unit", c->unit ? c->unit : "");
    ok = ok && add_num(o, "resolution", c->resolution);
    norm = ok ? cJSON_AddObjectToObject(o, "normalized") : NULL;
    ok = norm && add_num(norm, "value", c->norm_value);
    ok = ok && add_str(norm, "unit", c->norm_unit ? c->norm_unit : "");
    ok = ok && add_str(o, "qualifier", ingest_qualifier_name(c->qualifier));
    ok = ok && cJSON_AddBoolToObject(o, "estimated", c->estimated);
    ok = ok && cJSON_AddBoolToObject(o, "target", c->target);
    ok = ok && cJSON_AddBoolToObject(o, "cumulative", c->cumulative);
    ok = ok && add_str(o, "basis", ingest_basis_name(c->basis));
    ok = ok && add_str(o, "of", c->of);
    ok = ok && add_range_and_time(o, c);
    ok = ok && add_source(o, &c->source);
    if (!ok) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}
