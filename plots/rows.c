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
