/* json.c -- the public JSON of a finding.  Every number passes through
 * one gate that turns a non-finite value into null: cJSON would print NaN
 * and infinity as null silently, and a finding never hands it one. */
#include "analysis_int.h"

#include <math.h>

#include "../common/jsonadd.h"

/* Members go through common/jsonadd, which frees an item that cannot be
 * attached and writes a non-finite number as null. */
#define add_num json_num
#define add_str json_str

static int add_bool(cJSON *o, const char *key, bool b)
{
    return cJSON_AddBoolToObject(o, key, b) ? 0 : -1;
}

static int add_year(cJSON *o, const char *key, int y)
{
    if (y == 0)
        return cJSON_AddNullToObject(o, key) ? 0 : -1;
    return add_num(o, key, y);
}

/* {"lo": x, "hi": y}; an unbounded side is null. */
static cJSON *interval_json(analysis_interval iv)
{
    cJSON *o = cJSON_CreateObject();
    int err = 0;

    if (!o)
        return NULL;
    err |= add_num(o, "lo", iv.lo_unbounded ? NAN : iv.lo);
    err |= add_num(o, "hi", iv.hi_unbounded ? NAN : iv.hi);
    if (err) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}

/* {"value": v, "interval": {...}} or null when absent. */
static int add_value(cJSON *o, const char *key, bool has, double v, analysis_interval iv,
                     const char *unit)
{
    cJSON *x, *i;

    if (!has || !isfinite(v))
        return cJSON_AddNullToObject(o, key) ? 0 : -1;
    if (json_attach(o, key, x = cJSON_CreateObject()) != 0)
        return -1;
    if (add_num(x, "value", v) != 0 || add_str(x, "unit", unit ? unit : "") != 0)
        return -1;
    i = interval_json(iv);
    return json_attach(x, "interval", i);
}

static int add_diagnosis(cJSON *o, const analysis_finding *f)
{
    cJSON *a = cJSON_AddArrayToObject(o, "diagnosis");

    if (!a)
        return -1;
    for (size_t i = 0; i < f->ndiagnosis; i++) {
        cJSON *r = cJSON_CreateObject();
        if (json_attach(a, NULL, r) != 0)
            return -1;
        if (add_str(r, "reading", analysis_reading_name(f->diagnosis[i].reading)) ||
            add_num(r, "value", f->diagnosis[i].value))
            return -1;
    }
    return 0;
}

static int add_implied(cJSON *o, const analysis_finding *f)
{
    cJSON *a = cJSON_AddArrayToObject(o, "implied");

    if (!a)
        return -1;
    for (size_t i = 0; i < f->nimplied; i++) {
        const analysis_implied *p = &f->implied[i];
        cJSON *r = cJSON_CreateObject();
        if (json_attach(a, NULL, r) != 0)
            return -1;
        if (add_str(r, "what", p->what) || add_year(r, "year", p->year) ||
            add_num(r, "value", p->value) || add_str(r, "unit", p->unit) ||
            json_attach(r, "interval", interval_json(p->iv)))
            return -1;
        if (add_str(r, "derivation", p->derivation))
            return -1;
    }
    return 0;
}

static int add_deflator(cJSON *o, const analysis_finding *f)
{
    cJSON *d;

    if (!f->has_deflator || !isfinite(f->deflator))
        return cJSON_AddNullToObject(o, "deflator") ? 0 : -1;
    if (!(d = cJSON_AddObjectToObject(o, "deflator")))
        return -1;
    return add_num(d, "value", f->deflator) | add_bool(d, "outside_band", f->deflator_flag) |
           add_num(d, "band_lo", f->deflator_lo) | add_num(d, "band_hi", f->deflator_hi) |
           add_num(d, "national", f->has_deflator_ref ? f->deflator_ref : NAN) |
           add_str(d, "reference", f->has_deflator_ref
                   ? "China's average GDP deflator over the same years (analysis/deflator.tsv)"
                   : "fixed band: the span is outside the national table");
}

static int add_notes(cJSON *o, const analysis_finding *f)
{
    cJSON *a = cJSON_AddArrayToObject(o, "notes");

    if (!a)
        return -1;
    for (int n = 0; n < ANALYSIS_NOTE_COUNT; n++)
        if ((f->notes >> n) & 1u) {
            cJSON *s = cJSON_CreateString(analysis_note_name((analysis_note)n));
            if (json_attach(a, NULL, s) != 0)
                return -1;
        }
    return 0;
}

static int add_claims(cJSON *o, const analysis_finding *f, const ingest_claims *claims)
{
    cJSON *a = cJSON_AddArrayToObject(o, "claims");

    if (!a)
        return -1;
    for (size_t i = 0; i < f->nclaims; i++) {
        cJSON *c;
        if (!claims || f->claims[i] >= claims->count)
            continue;
        c = ingest_claim_json(&claims->items[f->claims[i]]);
        if (json_attach(a, NULL, c) != 0)
            return -1;
    }
    return 0;
}

/* The coverage finding lists the sentences that gave no claim. */
static int add_misses(cJSON *o, const ingest_claims *claims)
{
    cJSON *a = cJSON_AddArrayToObject(o, "misses");

    if (!a)
        return -1;
    for (size_t i = 0; claims && i < claims->nmisses; i++) {
        const ingest_source *m = &claims->misses[i];
        cJSON *r = cJSON_CreateObject();
        if (json_attach(a, NULL, r) != 0)
            return -1;
        if (add_str(r, "file", m->file) || add_num(r, "line", (double)m->line) ||
            add_str(r, "sentence", m->sentence))
            return -1;
    }
    return 0;
}

static int fill(cJSON *o, const analysis_finding *f, const ingest_claims *claims)
{
    int err = 0;

    err |= add_str(o, "indicator", f->indicator);
    err |= add_str(o, "indicator_en", f->indicator_en);
    err |= add_str(o, "indicator_written", f->written);
    err |= add_str(o, "check", analysis_check_name(f->check));
    err |= add_year(o, "from", f->from);
    err |= add_year(o, "to", f->to);
    err |= add_str(o, "definition", f->definition);
    err |= add_str(o, "formula", f->formula);
    err |= add_value(o, "stated", f->has_stated, f->stated, f->stated_iv, f->stated_unit);
    err |= add_value(o, "computed", f->has_computed, f->computed, f->computed_iv, f->computed_unit);
    /* Why computed is null: the undefined arithmetic, or nothing to compute. */
    err |= add_str(o, "undefined", f->undefined ? f->undefined
                   : f->has_computed && isfinite(f->computed) ? NULL : "nothing to compute");
    err |= add_str(o, "verdict", analysis_verdict_name(f->verdict));
    err |= add_str(o, "reason", analysis_reason_name(f->reason));
    err |= add_bool(o, "rounding_only", f->rounding_only);
    err |= add_bool(o, "gross", f->gross);
    err |= add_bool(o, "warning", f->warning);
    if (f->verdict == ANALYSIS_INCONSISTENT || f->verdict == ANALYSIS_EXPLAINED)
        err |= add_num(o, "gap_pp", f->gap_pp);
    else
        err |= cJSON_AddNullToObject(o, "gap_pp") ? 0 : -1;
    if (err)
        return -1;
    if (add_deflator(o, f) || add_notes(o, f) || add_diagnosis(o, f) || add_implied(o, f) ||
        add_str(o, "explanation", f->explanation) || add_claims(o, f, claims))
        return -1;
    if (f->check == ANALYSIS_CHECK_COVERAGE)
        return add_misses(o, claims);
    return 0;
}

cJSON *analysis_finding_json(const analysis_finding *f, const ingest_claims *claims)
{
    cJSON *o = cJSON_CreateObject();

    if (!o)
        return NULL;
    if (fill(o, f, claims) != 0) {
        cJSON_Delete(o);
        return NULL;
    }
    return o;
}
