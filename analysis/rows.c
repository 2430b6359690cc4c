/* timeseries.c -- each indicator's year-by-year series: what the report
 * states, what its rates imply, the constant-growth path between known
 * points, and official figures.
 *
 * A series is one indicator measured one way: a level in one family of units
 * that convert exactly (亿元, 万元 and 元 are one family; 美元 another; never
 * converted into each other), or a percentage (a share of one whole, a rate
 * such as unemployment).  Rows come from four sources:
 *   stated    a level or share claim for one year (targets and cumulative
 *             sums over a period are not a year's value and are left out);
 *   implied   the "level" values of the findings' implied lists (not those
 *             of target findings: a goal is not part of the series) --
 *             analysis is the one source of truth, nothing is recomputed here;
 *   path      the years strictly between two consecutive anchors of a level
 *             series, on constant growth: from the base at the stated average
 *             rate when one end was implied from that rate over exactly that
 *             span, otherwise at the endpoint CAGR (analysis_cagr).  Anchors
 *             are the stated levels and, in years with none, the levels
 *             implied from a rate over a period (growth_avg, change_pct,
 *             multiple): the ends of the report's own periods.  A level
 *             implied from a one-year rate sits next to the level it came
 *             from; it is a row, but the path runs through it, so that
 *             5908 (2016) -> 9500 (2021) stays one path;
 *   official  the points of opt->series for indicators the report mentions.
 * Rows are ordered by the document order of the series' first mention, then
 * year, then source (stated, implied, path, official), then discovery. */
#include "analysis_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* One series: an indicator measured one way. */
typedef struct ts_group {
    char *indicator;        /* canonical name */
    char *en;               /* English name, or NULL */
    const char *of;         /* the whole of a share (borrowed), or NULL */
    const char *norm_unit;  /* base unit of the family (borrowed) */
    size_t first;           /* index of the first claim mentioning it */
    size_t seq;             /* creation order, to break ties */
    size_t *members;        /* indices of its rows in the builder's rows */
    size_t nmembers, mcap;
} ts_group;

/* A row while the series is built, with what ordering and paths need. */
typedef struct ts_row {
    analysis_row r;
    size_t group;
    size_t gfirst, gseq;         /* the group's order, copied in for sorting */
    size_t seq;
    double scale;                /* norm_value / value of r's unit */
    const ingest_claim *period;  /* implied rows: the claim of a rate over a
                                    period they come from, or NULL */
} ts_row;

typedef struct ts_builder {
    const ingest_claims *claims;
    const analysis_options *opt;
    ts_group *groups;
    size_t ngroups, gcap;
    size_t *slots;          /* open-addressing hash of the groups by key:
                               group index + 1, 0 when empty */
    size_t nslots;          /* a power of two, more than twice ngroups */
    ts_row *rows;
    size_t nrows, rcap;
} ts_builder;

const char *analysis_row_source_name(analysis_row_source s)
{
    switch (s) {
    case ANALYSIS_ROW_STATED:   return "stated";
    case ANALYSIS_ROW_IMPLIED:  return "implied";
    case ANALYSIS_ROW_PATH:     return "path";
    case ANALYSIS_ROW_OFFICIAL: return "official";
    }
    return "unknown";
}

static void ts_row_clear(analysis_row *r)
{
    free(r->indicator);
    free(r->indicator_en);
    free(r->unit);
    free(r->norm_unit);
    free(r->derivation);
}

void analysis_rows_free(analysis_rows *rows)
{
    if (!rows)
        return;
    for (size_t i = 0; i < rows->count; i++)
        ts_row_clear(&rows->items[i]);
    free(rows->items);
    rows->items = NULL;
    rows->count = rows->cap = 0;
}

static char *ts_dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static bool ts_same(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

static bool ts_is_percent(const char *norm_unit)
{
    return !strcmp(norm_unit, "%") || !strcmp(norm_unit, "百分点");
}

/* ---- series (groups) ---- */

/* The canonical and English names of an indicator as written (copied into
 * e; the name itself when the table does not know it). */
static void ts_resolve(const ts_builder *b, const char *name, ind_entry *e)
{
    char key[4 * IND_FIELD_MAX + 8];

    if (analysis_ind_key(b->opt->indicators, name, key, sizeof key, e))
        return;
    snprintf(e->name, sizeof e->name, "%.*s", (int)(sizeof e->name - 1), key);
    e->en[0] = '\0';
}

/* FNV-1a of a series' key (indicator, whole, base unit), so that finding
 * a series stays O(1) with thousands of indicators. */
static size_t ts_key_hash(const char *ind, const char *of, const char *norm_unit)
{
    const char *parts[3] = { ind, of ? of : "\x1e", norm_unit };
    uint64_t h = 14695981039346656037u;

    for (int k = 0; k < 3; k++) {
        for (const unsigned char *p = (const unsigned char *)parts[k]; *p; p++)
            h = (h ^ *p) * 1099511628211u;
        h = (h ^ 0x1f) * 1099511628211u;
    }
    return (size_t)h;
}

/* The slot of the key: the one holding its series, or the empty one where
 * it would go. */
static size_t ts_slot(const ts_builder *b, const char *ind, const char *of,
                      const char *norm_unit)
{
    size_t mask = b->nslots - 1, i = ts_key_hash(ind, of, norm_unit) & mask;

    for (;; i = (i + 1) & mask) {
        const ts_group *g;
        if (!b->slots[i])
            return i;
        g = &b->groups[b->slots[i] - 1];
        if (!strcmp(g->indicator, ind) && ts_same(g->of, of) && !strcmp(g->norm_unit, norm_unit))
            return i;
    }
}

/* Doubles the hash when it is half full.  Returns GC_OK or GC_ENOMEM. */
static int ts_slots_grow(ts_builder *b)
{
    size_t n = b->nslots ? b->nslots * 2 : 64;
    size_t *old = b->slots, nold = b->nslots;

    if (2 * (b->ngroups + 1) < b->nslots)
        return GC_OK;
    if (!(b->slots = calloc(n, sizeof *b->slots))) {
        b->slots = old;
        return GC_ENOMEM;
    }
    b->nslots = n;
    for (size_t i = 0; i < nold; i++)
        if (old[i]) {
            const ts_group *g = &b->groups[old[i] - 1];
            b->slots[ts_slot(b, g->indicator, g->of, g->norm_unit)] = old[i];
        }
    free(old);
    return GC_OK;
}

/* Finds or creates the series; *g is its index.  Returns GC_OK or GC_ENOMEM. */
static int ts_group_get(ts_builder *b, const char *ind, const char *en, const char *of,
                        const char *norm_unit, size_t first, size_t *g)
{
    ts_group *ng;
    size_t slot;

    if (ts_slots_grow(b) != GC_OK)
        return GC_ENOMEM;
    slot = ts_slot(b, ind, of, norm_unit);
    if (b->slots[slot]) {
        *g = b->slots[slot] - 1;
        return GC_OK;
    }
    if (b->ngroups == b->gcap) {
        size_t cap = b->gcap ? b->gcap * 2 : 16;
        ts_group *p = realloc(b->groups, cap * sizeof *p);
        if (!p)
            return GC_ENOMEM;
        b->groups = p;
        b->gcap = cap;
    }
    ng = &b->groups[b->ngroups];
    ng->indicator = strdup(ind);
    ng->en = en && *en ? strdup(en) : NULL;
    if (!ng->indicator || (en && *en && !ng->en)) {
        free(ng->indicator);
        free(ng->en);
        return GC_ENOMEM;
    }
    ng->of = of;
    ng->norm_unit = norm_unit;
    ng->first = first;
    ng->seq = b->ngroups;
    ng->members = NULL;
    ng->nmembers = ng->mcap = 0;
    *g = b->ngroups++;
    b->slots[slot] = b->ngroups;
    return GC_OK;
}

/* ---- rows ---- */

/* Makes room for one more row, in the builder and in grp's member list. */
static int ts_room(ts_builder *b, ts_group *grp)
{
    if (b->nrows == b->rcap) {
        size_t cap = b->rcap ? b->rcap * 2 : 32;
        ts_row *p = realloc(b->rows, cap * sizeof *p);
        if (!p)
            return GC_ENOMEM;
        b->rows = p;
        b->rcap = cap;
    }
    if (grp->nmembers == grp->mcap) {
        size_t cap = grp->mcap ? grp->mcap * 2 : 8;
        size_t *m = realloc(grp->members, cap * sizeof *m);
        if (!m)
            return GC_ENOMEM;
        grp->members = m;
        grp->mcap = cap;
    }
    return GC_OK;
}

/* Appends a row to series g, copying unit and taking derivation (which may
 * be NULL; it is freed on failure). */
static int ts_row_push(ts_builder *b, size_t g, const analysis_row *proto, double scale,
                       char *derivation, const ingest_claim *period)
{
    ts_group *grp = &b->groups[g];
    ts_row *t;

    if (ts_room(b, grp) != GC_OK) {
        free(derivation);
        return GC_ENOMEM;
    }
    t = &b->rows[b->nrows];
    t->r = *proto;
    t->r.indicator = strdup(grp->indicator);
    t->r.indicator_en = ts_dup_or_null(grp->en);
    t->r.unit = strdup(proto->unit);
    t->r.norm_unit = strdup(grp->norm_unit);
    t->r.derivation = derivation;
    t->r.is_share = ts_is_percent(grp->norm_unit);
    if (!t->r.indicator || (grp->en && !t->r.indicator_en) || !t->r.unit || !t->r.norm_unit) {
        ts_row_clear(&t->r);
        return GC_ENOMEM;
    }
    t->group = g;
    t->seq = b->nrows;
    t->scale = scale;
    t->period = period;
    grp->members[grp->nmembers++] = b->nrows++;
    return GC_OK;
}

/* Whether series g already has a row of this source and year with the same
 * value and unit (a figure repeated in the text is one row). */
static bool ts_row_exists(const ts_builder *b, size_t g, const analysis_row *r)
{
    const ts_group *grp = &b->groups[g];

    /* g comes from ts_group_get, so groups[g] exists; clang-tidy 14 does not
     * see that a calloc'ed hash slot starts at 0:
     * NOLINTNEXTLINE(clang-analyzer-core.NullDereference,clang-analyzer-core.UndefinedBinaryOperatorResult) */
    for (size_t k = 0; k < grp->nmembers; k++) {
        const analysis_row *o = &b->rows[grp->members[k]].r;
        if (o->source == r->source && o->year == r->year &&
            o->value == r->value && !strcmp(o->unit, r->unit))
            return true;
    }
    return false;
}

/* ---- stated ---- */

static bool ts_is_year_value(const ingest_claim *c)
{
    return (c->kind == INGEST_LEVEL || c->kind == INGEST_SHARE) && c->year > 0 &&
           !c->target && !c->cumulative && isfinite(c->value) && isfinite(c->norm_value);
}

/* "share of 全市; estimate (预计)", or NULL when there is nothing to say. */
static char *ts_stated_note(const ingest_claim *c, bool *nomem)
{
    char *s = NULL;

    if (c->kind == INGEST_SHARE && c->of && c->estimated)
        s = analysis_str_printf("share of %s; estimate (预计)", c->of);
    else if (c->kind == INGEST_SHARE && c->of)
        s = analysis_str_printf("share of %s", c->of);
    else if (c->estimated)
        s = strdup("estimate (预计)");
    else
        return NULL;
    *nomem = !s;
    return s;
}

static int ts_add_stated(ts_builder *b)
{
    for (size_t i = 0; i < b->claims->count; i++) {
        const ingest_claim *c = &b->claims->items[i];
        analysis_row r = { 0 };
        bool nomem = false;
        ind_entry e;
        size_t g;
        char *note;
        int rc;

        /* a part of a year, a range, or a base whose year nobody wrote, is no
         * point of the yearly series */
        if (!ts_is_year_value(c) || analysis_claim_part_year(c) || c->ranged ||
            analysis_claim_year_doubtful(b->claims, i))
            continue;
        ts_resolve(b, c->indicator, &e);
        if ((rc = ts_group_get(b, e.name, e.en, c->kind == INGEST_SHARE ? c->of : NULL,
                               c->norm_unit, i, &g)))
            return rc;
        r.year = c->year;
        r.value = c->value;
        r.unit = c->unit;
        r.norm_value = c->norm_value;
        r.source = ANALYSIS_ROW_STATED;
        r.basis = c->basis;
        r.iv = analysis_rounding_interval(c->value, c->resolution, c->qualifier,
                                          b->opt->rounding);
        if (ts_row_exists(b, g, &r))
            continue;
        note = ts_stated_note(c, &nomem);
        if (nomem)
            return GC_ENOMEM;
        if ((rc = ts_row_push(b, g, &r, c->value != 0 ? c->norm_value / c->value : 1, note, NULL)))
            return rc;
    }
    return GC_OK;
}

/* ---- implied ---- */

/* The scale and base unit of unit, learnt from a claim written in it
 * (those of the finding first).  False when no claim uses it. */
static bool ts_unit_family(const ts_builder *b, const analysis_finding *f, const char *unit,
                           double *scale, const char **norm_unit)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t n = pass == 0 ? (f->nclaims < 8 ? f->nclaims : 8) : b->claims->count;
        for (size_t k = 0; k < n; k++) {
            size_t i = pass == 0 ? f->claims[k] : k;
            const ingest_claim *c;
            if (i >= b->claims->count)
                continue;
            c = &b->claims->items[i];
            if (!strcmp(c->unit, unit) && c->value != 0 && isfinite(c->norm_value)) {
                *scale = c->norm_value / c->value;
                *norm_unit = c->norm_unit;
                return true;
            }
        }
    }
    return false;
}

static bool ts_is_period_rate(const ingest_claim *c)
{
    return (c->kind == INGEST_GROWTH_AVG || c->kind == INGEST_CHANGE_PCT ||
            c->kind == INGEST_MULTIPLE) && c->period_from > 0 &&
           c->period_to - c->period_from >= 2;
}

/* The rate claims of a finding tell the price basis of what it implies;
 * its rate over a period, if any, makes what it implies a path anchor. */
static ingest_basis ts_finding_basis(const ts_builder *b, const analysis_finding *f,
                                     const ingest_claim **period)
{
    ingest_basis basis = INGEST_BASIS_UNSTATED;
    ind_entry e;

    *period = NULL;
    for (size_t k = 0; k < f->nclaims && k < 8; k++) {
        const ingest_claim *c;
        if (f->claims[k] >= b->claims->count)
            continue;
        c = &b->claims->items[f->claims[k]];
        if (ts_is_period_rate(c) && !*period)
            *period = c;
        if (c->kind != INGEST_LEVEL && c->kind != INGEST_SHARE && basis == INGEST_BASIS_UNSTATED)
            basis = c->basis != INGEST_BASIS_UNSTATED ? c->basis
                    : analysis_ind_lookup(b->opt->indicators, f->indicator, &e) ? e.basis
                    : INGEST_BASIS_UNSTATED;
    }
    return basis;
}

static size_t ts_finding_first(const analysis_finding *f, size_t count)
{
    size_t first = count;

    for (size_t k = 0; k < f->nclaims && k < 8; k++)
        if (f->claims[k] < first)
            first = f->claims[k];
    return first;
}

static bool ts_implied_exists(const ts_builder *b, size_t g, const analysis_implied *v)
{
    const ts_group *grp = &b->groups[g];

    /* g comes from ts_group_get, so groups[g] exists; clang-tidy 14 does not
     * see that a calloc'ed hash slot starts at 0:
     * NOLINTNEXTLINE(clang-analyzer-core.NullDereference,clang-analyzer-core.UndefinedBinaryOperatorResult) */
    for (size_t k = 0; k < grp->nmembers; k++) {
        const analysis_row *o = &b->rows[grp->members[k]].r;
        if (o->source == ANALYSIS_ROW_IMPLIED && o->year == v->year && ts_same(o->derivation, v->derivation) && o->value == v->value)
            return true;
    }
    return false;
}

static int ts_add_implied_value(ts_builder *b, const analysis_finding *f, const analysis_implied *v)
{
    analysis_row r = { 0 };
    const ingest_claim *period;
    const char *norm_unit = v->unit;
    double scale = 1;
    char *deriv;
    size_t g;
    int rc;

    ts_unit_family(b, f, v->unit, &scale, &norm_unit);
    if ((rc = ts_group_get(b, f->indicator, f->indicator_en, NULL, norm_unit,
                           ts_finding_first(f, b->claims->count), &g)))
        return rc;
    if (ts_implied_exists(b, g, v))
        return GC_OK;
    r.year = v->year;
    r.value = v->value;
    r.unit = v->unit;
    r.norm_value = v->value * scale;
    r.source = ANALYSIS_ROW_IMPLIED;
    r.basis = ts_finding_basis(b, f, &period);
    r.iv = v->iv;
    deriv = ts_dup_or_null(v->derivation);
    if (v->derivation && !deriv)
        return GC_ENOMEM;
    return ts_row_push(b, g, &r, scale, deriv, period);
}

/* Implied values that are a level of the finding's indicator in a year.
 * What a target implies (next year's level at the goal's rate) is a goal,
 * not part of the series. */
static int ts_add_implied(ts_builder *b, const analysis_findings *findings)
{
    for (size_t i = 0; findings && i < findings->count; i++) {
        const analysis_finding *f = &findings->items[i];
        if (f->check == ANALYSIS_CHECK_TARGET)
            continue;
        for (size_t k = 0; k < f->nimplied; k++) {
            const analysis_implied *v = &f->implied[k];
            int rc;
            if (!f->indicator || !v->unit || !v->what || strcmp(v->what, "level") ||
                v->year <= 0 || !isfinite(v->value))
                continue;
            if ((rc = ts_add_implied_value(b, f, v)))
                return rc;
        }
    }
    return GC_OK;
}

/* ---- paths ---- */

/* The anchor of series g in year y: its first stated row, else its first
 * row implied from a rate over a period; NULL when none. */
static const ts_row *ts_anchor(const ts_builder *b, size_t g, int y)
{
    const ts_group *grp = &b->groups[g];
    const ts_row *imp = NULL;

    for (size_t k = 0; k < grp->nmembers; k++) {
        const ts_row *t = &b->rows[grp->members[k]];
        if (t->r.year != y)
            continue;
        if (t->r.source == ANALYSIS_ROW_STATED)
            return t;
        if (t->r.source == ANALYSIS_ROW_IMPLIED && t->period && !imp)
            imp = t;
    }
    return imp;
}

/* The growth_avg claim spanning exactly a..z that one end was implied from. */
static const ingest_claim *ts_path_rate(const ts_row *a, const ts_row *z)
{
    const ts_row *ends[2] = { a, z };

    for (int k = 0; k < 2; k++) {
        const ingest_claim *c = ends[k]->period;
        if (ends[k]->r.source == ANALYSIS_ROW_IMPLIED && c && c->kind == INGEST_GROWTH_AVG &&
            c->period_from == a->r.year && c->period_to == z->r.year && isfinite(c->value))
            return c;
    }
    return NULL;
}

/* One side of the path's interval in year a + k: the path through the
 * ends' bounds (the path rises with either end, so bounds map to bounds).
 * Returns false when a bound is open or the growth is undefined. */
static bool ts_path_bound(double va, bool open_a, double vz, bool open_z, double n,
                          double k, double *out)
{
    double r;

    if (open_a || open_z || analysis_cagr(va, vz, n, &r) != GC_OK)
        return false;
    *out = va * exp(k * log1p(r));
    return true;
}

static char *ts_path_derivation(const ts_row *a, const ts_row *z, const ingest_claim *stated,
                                double r)
{
    char pct[64];

    if (stated)
        return analysis_str_printf("constant growth from %s %d at the stated average rate %s%% "
                                   "a year (growth_avg %d-%d)",
                                   analysis_row_source_name(a->r.source), a->r.year,
                                   numfmt(pct, stated->value, 4), a->r.year, z->r.year);
    return analysis_str_printf("constant growth at the endpoint CAGR %s%% a year between %s %d "
                               "and %s %d", numfmt(pct, r * 100, 4),
                               analysis_row_source_name(a->r.source), a->r.year,
                               analysis_row_source_name(z->r.source), z->r.year);
}

/* The basis of a path: what its ends agree on, an unstated end taking the
 * other's basis; unstated when they conflict. */
static ingest_basis ts_basis_join(ingest_basis a, ingest_basis z)
{
    if (a == INGEST_BASIS_UNSTATED)
        return z;
    return z == INGEST_BASIS_UNSTATED || z == a ? a : INGEST_BASIS_UNSTATED;
}

/* The report's average growth rate of series g over exactly a..z (not a
 * target), or NULL. */
static const ingest_claim *ts_stated_rate(const ts_builder *b, size_t g, int a, int z)
{
    for (size_t i = 0; i < b->claims->count; i++) {
        const ingest_claim *c = &b->claims->items[i];
        ind_entry e;
        if (c->kind != INGEST_GROWTH_AVG || c->target || c->ranged || c->period_from != a ||
            c->period_to != z || !isfinite(c->value) || c->value <= -100)
            continue;
        ts_resolve(b, c->indicator, &e);
        if (!strcmp(e.name, b->groups[g].indicator))
            return c;
    }
    return NULL;
}

/* Where the stated average rate leads from the stated base: the years after
 * a through z at rate c, so that a chart shows the stated rate's end beside
 * the stated end level (5908 at 7.6% a year reaches 8511 in 2021, not 9500).
 * The interval runs from the base's bounds at the rate's bounds. */
static int ts_add_rate_path(ts_builder *b, size_t g, const ts_row *a, int z,
                            const ingest_claim *c)
{
    analysis_interval rv = analysis_rounding_interval(c->value, c->resolution, c->qualifier,
                                                      b->opt->rounding);
    double r = c->value / 100, s = a->scale;
    char pct[64];

    for (int y = a->r.year + 1; y <= z; y++) {
        analysis_row p = { 0 };
        double k = y - a->r.year;
        char *deriv = analysis_str_printf("constant growth from stated %d at the stated average "
                                          "rate %s%% a year (growth_avg %d-%d)", a->r.year,
                                          numfmt(pct, c->value, 4), c->period_from,
                                          c->period_to);
        int rc;
        if (!deriv)
            return GC_ENOMEM;
        p.year = y;
        p.norm_value = a->r.norm_value * exp(k * log1p(r));
        p.value = p.norm_value / s;
        p.unit = a->r.unit;
        p.source = ANALYSIS_ROW_PATH;
        p.path_rate = c->value;
        p.path_stated = true;
        p.path_from = a->r.year;
        p.path_to = z;
        p.basis = c->basis != INGEST_BASIS_UNSTATED ? c->basis : a->r.basis;
        p.iv.lo_unbounded = a->r.iv.lo_unbounded || rv.lo_unbounded || rv.lo <= -100;
        p.iv.hi_unbounded = a->r.iv.hi_unbounded || rv.hi_unbounded;
        p.iv.lo = p.iv.lo_unbounded ? p.value : a->r.iv.lo * exp(k * log1p(rv.lo / 100));
        p.iv.hi = p.iv.hi_unbounded ? p.value : a->r.iv.hi * exp(k * log1p(rv.hi / 100));
        if ((rc = ts_row_push(b, g, &p, s, deriv, NULL)))
            return rc;
    }
    return GC_OK;
}

/* Fills the years strictly between known points a and z: at the endpoint
 * CAGR, or at the stated rate when one end was implied from it.  When both
 * ends are stated and the report states the average rate over a..z too, the
 * stated rate's own path is added beside the endpoint one. */
static int ts_add_path(ts_builder *b, size_t g, const ts_row *a0, const ts_row *z0)
{
    ts_row a = *a0, z = *z0;  /* copies: pushing may move the rows */
    const ingest_claim *stated = ts_path_rate(&a, &z);
    double n = z.r.year - a.r.year, r;
    double s = a.scale;

    if (analysis_cagr(a.r.norm_value, z.r.norm_value, n, &r) != GC_OK)
        return GC_OK;  /* undefined growth: no path */
    if (stated)
        r = stated->value / 100;
    for (int y = a.r.year + 1; y < z.r.year; y++) {
        analysis_row p = { 0 };
        double k = y - a.r.year;
        char *deriv = ts_path_derivation(&a, &z, stated, r);
        int rc;
        if (!deriv)
            return GC_ENOMEM;
        p.year = y;
        p.norm_value = a.r.norm_value * exp(k * log1p(r));
        p.value = p.norm_value / s;
        p.unit = a.r.unit;
        p.source = ANALYSIS_ROW_PATH;
        p.path_rate = stated ? stated->value : r * 100;
        p.path_stated = stated != NULL;
        p.path_from = a.r.year;
        p.path_to = z.r.year;
        p.basis = ts_basis_join(a.r.basis, z.r.basis);
        p.iv.lo_unbounded = !ts_path_bound(a.r.iv.lo * s, a.r.iv.lo_unbounded, z.r.iv.lo * z.scale,
                                           z.r.iv.lo_unbounded, n, k, &p.iv.lo);
        p.iv.hi_unbounded = !ts_path_bound(a.r.iv.hi * s, a.r.iv.hi_unbounded, z.r.iv.hi * z.scale,
                                           z.r.iv.hi_unbounded, n, k, &p.iv.hi);
        p.iv.lo = p.iv.lo_unbounded ? p.value : p.iv.lo / s;
        p.iv.hi = p.iv.hi_unbounded ? p.value : p.iv.hi / s;
        if ((rc = ts_row_push(b, g, &p, s, deriv, NULL)))
            return rc;
    }
    if (!stated && a.r.source == ANALYSIS_ROW_STATED && z.r.source == ANALYSIS_ROW_STATED &&
        (stated = ts_stated_rate(b, g, a.r.year, z.r.year)) != NULL)
        return ts_add_rate_path(b, g, &a, z.r.year, stated);
    return GC_OK;
}

static void ts_year_span(const ts_builder *b, size_t g, int *lo, int *hi)
{
    const ts_group *grp = &b->groups[g];

    *lo = INT32_MAX;
    *hi = 0;
    for (size_t k = 0; k < grp->nmembers; k++) {
        int y = b->rows[grp->members[k]].r.year;
        if (y < *lo)
            *lo = y;
        if (y > *hi)
            *hi = y;
    }
}

static int ts_add_paths(ts_builder *b)
{
    size_t ngroups = b->ngroups;

    for (size_t g = 0; g < ngroups; g++) {
        const ts_row *prev = NULL;
        int lo, hi;
        if (ts_is_percent(b->groups[g].norm_unit))
            continue;  /* constant growth of a percentage means nothing */
        ts_year_span(b, g, &lo, &hi);
        for (int y = lo; y <= hi; y++) {
            const ts_row *t = ts_anchor(b, g, y);
            int rc;
            if (!t)
                continue;
            if (prev && y - prev->r.year >= 2) {
                size_t ti = (size_t)(t - b->rows);
                if ((rc = ts_add_path(b, g, prev, t)))
                    return rc;
                t = &b->rows[ti];
            }
            prev = t;
        }
    }
    return GC_OK;
}

/* ---- official ---- */

/* The first claim index of any series of indicator ind, or SIZE_MAX. */
static size_t ts_indicator_first(const ts_builder *b, const char *ind)
{
    size_t first = SIZE_MAX;

    for (size_t g = 0; g < b->ngroups; g++)
        if (!strcmp(b->groups[g].indicator, ind) && b->groups[g].first < first)
            first = b->groups[g].first;
    return first;
}

static int ts_add_official(ts_builder *b)
{
    const ingest_series *s = b->opt->series;

    for (size_t i = 0; s && i < s->count; i++) {
        const ingest_series_point *p = &s->points[i];
        analysis_row r = { 0 };
        size_t g, first;
        ind_entry e;
        char *deriv;
        int rc;

        ts_resolve(b, p->indicator, &e);
        if ((first = ts_indicator_first(b, e.name)) == SIZE_MAX)
            continue;  /* the report does not mention it */
        if ((rc = ts_group_get(b, e.name, e.en, NULL, p->norm_unit, first, &g)))
            return rc;
        r.year = p->year;
        r.value = p->value;
        r.unit = p->unit;
        r.norm_value = p->norm_value;
        r.source = ANALYSIS_ROW_OFFICIAL;
        r.basis = p->basis;
        r.iv.lo = r.iv.hi = p->value;  /* a series file states no precision */
        deriv = analysis_str_printf("official series, line %ld", p->line);
        if (!deriv)
            return GC_ENOMEM;
        if ((rc = ts_row_push(b, g, &r, p->value != 0 ? p->norm_value / p->value : 1, deriv, NULL)))
            return rc;
    }
    return GC_OK;
}

/* ---- order and hand-over ---- */

static int ts_cmp_rows(const void *x, const void *y)
{
    const ts_row *a = x, *b = y;

    if (a->gfirst != b->gfirst)
        return a->gfirst < b->gfirst ? -1 : 1;
    if (a->gseq != b->gseq)
        return a->gseq < b->gseq ? -1 : 1;
    if (a->r.year != b->r.year)
        return a->r.year < b->r.year ? -1 : 1;
    if (a->r.source != b->r.source)
        return a->r.source < b->r.source ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

static void ts_builder_free(ts_builder *b)
{
    for (size_t i = 0; i < b->nrows; i++)
        ts_row_clear(&b->rows[i].r);
    for (size_t g = 0; g < b->ngroups; g++) {
        free(b->groups[g].indicator);
        free(b->groups[g].en);
        free(b->groups[g].members);
    }
    free(b->rows);
    free(b->groups);
    free(b->slots);
}

int analysis_series_build(const ingest_claims *claims, const analysis_findings *findings,
                          const analysis_options *opt, analysis_rows *out)
{
    analysis_options defaults;
    ts_builder b = { .claims = claims, .opt = opt };
    analysis_row *items;
    int rc;

    if (!opt) {
        analysis_options_init(&defaults);
        b.opt = &defaults;
    }
    if ((rc = ts_add_stated(&b)) || (rc = ts_add_implied(&b, findings)) ||
        (rc = ts_add_paths(&b)) || (rc = ts_add_official(&b)))
        goto fail;
    rc = GC_ENOMEM;
    items = realloc(out->items, (out->count + b.nrows + 1) * sizeof *items);
    if (!items)
        goto fail;
    out->items = items;
    out->cap = out->count + b.nrows + 1;
    for (size_t i = 0; i < b.nrows; i++) {
        b.rows[i].gfirst = b.groups[b.rows[i].group].first;
        b.rows[i].gseq = b.groups[b.rows[i].group].seq;
    }
    if (b.nrows > 1)   /* qsort's pointer must not be NULL, even for no rows */
        qsort(b.rows, b.nrows, sizeof *b.rows, ts_cmp_rows);
    for (size_t i = 0; i < b.nrows; i++)
        out->items[out->count++] = b.rows[i].r;
    b.nrows = 0;
    rc = GC_OK;
fail:
    ts_builder_free(&b);
    return rc;
}
