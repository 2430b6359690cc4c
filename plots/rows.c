/* rows.c -- the analysis rows of one indicator as points to draw.
 *
 * Rows are the one source of truth for what a chart shows: plots never
 * recomputes a growth path, it only groups rows by indicator, puts them in
 * one unit per chart, and orders them by year. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

int pl_indicators_list(const analysis_rows *rows, pl_indicators *out)
{
    out->first = NULL;
    out->count = 0;
    if (rows->count == 0)
        return GC_OK;
    out->first = malloc(rows->count * sizeof out->first[0]);
    if (!out->first)
        return GC_ENOMEM;
    for (size_t i = 0; i < rows->count; i++) {
        const analysis_row *r = &rows->items[i];
        size_t k = 0;
        if (!r->indicator)
            continue;
        while (k < out->count && strcmp(out->first[k]->indicator, r->indicator) != 0)
            k++;
        if (k == out->count)
            out->first[out->count++] = r;
    }
    return GC_OK;
}

void pl_indicators_free(pl_indicators *ind)
{
    if (!ind)
        return;
    free(ind->first);
    ind->first = NULL;
    ind->count = 0;
}

const char *pl_row_name(const analysis_row *r, bool en)
{
    if (en && r->indicator_en && r->indicator_en[0])
        return r->indicator_en;
    return r->indicator ? r->indicator : "";
}

static bool same_indicator(const analysis_row *a, const analysis_row *b)
{
    return a->indicator && b->indicator && !strcmp(a->indicator, b->indicator);
}

const analysis_row *pl_reference(const analysis_rows *rows, const analysis_row *first,
                                 bool share)
{
    const analysis_row *any = NULL;

    for (size_t i = 0; i < rows->count; i++) {
        const analysis_row *r = &rows->items[i];
        if (r->is_share != share || !same_indicator(r, first) || !isfinite(r->value))
            continue;
        if (r->source == ANALYSIS_ROW_STATED)
            return r;
        if (!any)
            any = r;
    }
    return any;
}

static bool same_text(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

/* The factor that turns r's value into ref's unit, or 0 when it cannot:
 * 1 for the same unit; ref->value / ref->norm_value * r->norm_value /
 * r->value expressed through norm values for another unit of the same
 * base unit. */
static double to_ref_unit(const analysis_row *r, const analysis_row *ref)
{
    double scale;

    if (same_text(r->unit, ref->unit))
        return 1.0;
    if (!same_text(r->norm_unit, ref->norm_unit) || ref->norm_value == 0.0 || r->value == 0.0)
        return 0.0;
    scale = (ref->value / ref->norm_value) * (r->norm_value / r->value);
    return isfinite(scale) && scale > 0.0 ? scale : 0.0;
}

/* The order of sources when two give the same year: what the report
 * states first, then official figures, then what is implied. */
static int rank(analysis_row_source s)
{
    switch (s) {
    case ANALYSIS_ROW_STATED: return 0;
    case ANALYSIS_ROW_OFFICIAL: return 1;
    case ANALYSIS_ROW_IMPLIED: return 2;
    default: return 3;
    }
}

static int by_year(const void *a, const void *b)
{
    const pl_point *p = a, *q = b;

    if (p->year != q->year)
        return p->year < q->year ? -1 : 1;
    return rank(p->row->source) - rank(q->row->source);
}

/* One side of an interval in ref's unit, or the value when the side is
 * open (*open set): unbounded, not finite, or, for a lower side (lower),
 * at or below zero under a positive value -- a level with no lower bound
 * but zero, which would stretch the axis to zero for nothing. */
static double side(double x, bool unbounded, bool lower, double scale, double value, bool *open)
{
    double y = x * scale;

    *open = unbounded || !isfinite(y) || (lower && value > 0.0 && y <= 0.0);
    return *open ? value : y;
}

size_t pl_collect(const analysis_rows *rows, const analysis_row *ref, unsigned sources,
                  pl_point *pts)
{
    size_t n = 0;

    for (size_t i = 0; i < rows->count; i++) {
        const analysis_row *r = &rows->items[i];
        double scale;
        if (!(sources & PL_SRC(r->source)) || r->is_share != ref->is_share
            || !same_indicator(r, ref))
            continue;
        scale = to_ref_unit(r, ref);
        if (scale == 0.0 || !isfinite(r->value * scale))
            continue;
        pts[n].year = r->year;
        pts[n].value = r->value * scale;
        pts[n].lo = side(r->iv.lo, r->iv.lo_unbounded, true, scale, pts[n].value,
                         &pts[n].open_lo);
        pts[n].hi = side(r->iv.hi, r->iv.hi_unbounded, false, scale, pts[n].value,
                         &pts[n].open_hi);
        pts[n].est = pts[n].conflict = pts[n].nolabel = false;
        pts[n].label[0] = '\0';
        pts[n].row = r;
        n++;
    }
    qsort(pts, n, sizeof pts[0], by_year);
    return n;
}

size_t pl_levels(const analysis_rows *rows, const analysis_row *ref, pl_point *pts)
{
    unsigned levels = PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_OFFICIAL)
                      | PL_SRC(ANALYSIS_ROW_IMPLIED);
    size_t n = pl_collect(rows, ref, levels, pts), k = 0;

    /* Sorted by year, then by preference: keep the first of each year. */
    for (size_t i = 0; i < n; i++)
        if (k == 0 || pts[k - 1].year != pts[i].year)
            pts[k++] = pts[i];
    return k;
}

int pl_dat_point(buf *b, const pl_point *p, bool open)
{
    if (buf_printf(b, "%d ", p->year) != 0 || pl_num(b, p->value) != 0 || buf_putc(b, ' ') != 0
        || pl_num(b, p->lo) != 0 || buf_putc(b, ' ') != 0 || pl_num(b, p->hi) != 0)
        return -1;
    if (open && buf_printf(b, " %d %d", p->open_lo, p->open_hi) != 0)
        return -1;
    return buf_putc(b, '\n');
}

/* Whether claim ci is the claim a stated row r was read from: a level of
 * the same year, value and unit, under the row's name or used by a finding
 * of the row's indicator (an alias: "GDP" for 地区生产总值). */
static bool claim_of_row(const pl_ctx *x, size_t ci, const analysis_row *r)
{
    const ingest_claim *cl = &x->claims->items[ci];

    if (cl->kind != INGEST_LEVEL || cl->year != r->year || cl->value != r->value
        || !same_text(cl->unit, r->unit))
        return false;
    if (same_text(cl->indicator, r->indicator))
        return true;
    for (size_t i = 0; i < x->findings->count; i++) {
        const analysis_finding *f = &x->findings->items[i];
        if (!f->indicator || strcmp(f->indicator, r->indicator) != 0)
            continue;
        for (size_t k = 0; k < f->nclaims && k < 8; k++)
            if (f->claims[k] == ci)
                return true;
    }
    return false;
}

static bool estimated(const pl_ctx *x, const analysis_row *r)
{
    if (r->source != ANALYSIS_ROW_STATED)
        return false;
    /* analysis notes an estimate in the derivation ("estimate (预计)"). */
    if (r->derivation && strstr(r->derivation, "预计"))
        return true;
    for (size_t i = 0; x->claims && i < x->claims->count; i++)
        if (x->claims->items[i].estimated && claim_of_row(x, i, r))
            return true;
    return false;
}

void pl_mark(const pl_ctx *x, pl_point *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        p[i].est = estimated(x, p[i].row);
        p[i].conflict = false;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n && p[j].year == p[i].year; j++)
            if (p[i].row->source == ANALYSIS_ROW_STATED && p[j].row->source == ANALYSIS_ROW_STATED
                && fabs(p[i].value - p[j].value) > 1e-9 * fabs(p[i].value))
                p[i].conflict = p[j].conflict = true;
}

const analysis_finding *pl_path_finding(const pl_ctx *x, const analysis_row *r)
{
    for (size_t i = 0; r->path_stated && i < x->findings->count; i++) {
        const analysis_finding *f = &x->findings->items[i];
        if (f->indicator && !strcmp(f->indicator, r->indicator) && f->has_stated
            && (f->check == ANALYSIS_CHECK_GROWTH_AVG || f->check == ANALYSIS_CHECK_IMPLIED)
            && f->from == r->path_from && f->to == r->path_to
            && fabs(f->stated - r->path_rate) <= 1e-9 * (fabs(r->path_rate) + 1))
            return f;
    }
    return NULL;
}

/* The implied row of r's indicator in year y, or NULL. */
static const analysis_row *implied_at(const pl_ctx *x, const analysis_row *r, int y)
{
    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *q = &x->rows->items[i];
        if (q->source == ANALYSIS_ROW_IMPLIED && q->year == y && !q->is_share
            && same_indicator(q, r))
            return q;
    }
    return NULL;
}

/* Whether the indicator's rates are at comparable prices by its table:
 * analysis gives an implied level the basis of the rate it comes from. */
static bool comparable_indicator(const pl_ctx *x, const analysis_row *r)
{
    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *q = &x->rows->items[i];
        if (q->source == ANALYSIS_ROW_IMPLIED && same_indicator(q, r)
            && q->basis == INGEST_BASIS_REAL)
            return true;
    }
    return false;
}

bool pl_row_real(const pl_ctx *x, const analysis_row *r)
{
    const analysis_finding *f;
    const analysis_row *a;

    if (r->source == ANALYSIS_ROW_IMPLIED)
        return r->basis == INGEST_BASIS_REAL;
    if (r->source != ANALYSIS_ROW_PATH || r->path_from <= 0)
        return false;
    if (((a = implied_at(x, r, r->path_from)) && a->basis == INGEST_BASIS_REAL)
        || ((a = implied_at(x, r, r->path_to)) && a->basis == INGEST_BASIS_REAL))
        return true;
    if (!r->path_stated || !(f = pl_path_finding(x, r)))
        return false;
    if (f->reason == ANALYSIS_REASON_PRICE_BASIS || f->has_deflator)
        return true;
    for (size_t k = 0; x->claims && k < f->nclaims && k < 8; k++) {
        const ingest_claim *cl = f->claims[k] < x->claims->count ? &x->claims->items[f->claims[k]]
                                                                 : NULL;
        if (cl && cl->kind == INGEST_GROWTH_AVG && cl->basis != INGEST_BASIS_UNSTATED)
            return cl->basis == INGEST_BASIS_REAL;
    }
    return comparable_indicator(x, r);
}
