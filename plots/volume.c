/* volume.c -- a path at a real rate drawn as what it is: a volume index.
 *
 * A rate at comparable prices says how fast the volume grew, not the
 * money: applied to a level in current yuan it gives a path that is
 * neither (the seed's 7.6% from 5908亿元 ends 1,000亿元 below the stated
 * 9500, a gap the finding explains as price change).  So the path is an
 * index, base year = 100, index_t = 100 (1 + r)^(t - base), and beside it
 * the stated current-price levels on the same base, v_t / v_base * 100;
 * the distance between the two at the end is the price change, written
 * with the average deflator the finding implies.  Where China's national
 * GDP deflator covers the span (analysis_national_deflator()), the real
 * path is also drawn re-inflated with it, index_t = 100 (1 + r)^(t - base)
 * (1 + d)^(t - base), d the national average over base..t: the nominal
 * path the stated real rate would give at national price changes, so the
 * reader sees how much of the gap national prices explain. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

/* A label at a line's end, placed once every line is known. */
typedef struct end_lab {
    int year;
    double y;
    char text[64];
    const char *colour;
} end_lab;

typedef struct vol {
    pl_chart *c;
    const pl_ctx *x;
    buf plot;
    int base, first, last;
    double hi;
    end_lab labs[4];
    size_t nlabs;
} vol;

static int point(vol *v, int *prev, int year, double idx, bool est)
{
    pl_point p = { .year = year, .value = idx, .lo = idx, .hi = idx, .est = est };

    v->first = year < v->first ? year : v->first;
    v->last = year > v->last ? year : v->last;
    v->hi = idx > v->hi ? idx : v->hi;
    return pl_dat_row(&v->c->dat, prev, &p, 1.0, v->x);
}

/* The first real path of ref's indicator (the one at a stated rate when
 * there is one), or NULL. */
static const analysis_row *real_path(const pl_ctx *x, const analysis_row *ref)
{
    const analysis_row *any = NULL;

    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *r = &x->rows->items[i];
        if (r->source != ANALYSIS_ROW_PATH || !r->indicator || strcmp(r->indicator, ref->indicator)
            || r->path_from <= 0 || !isfinite(r->path_rate) || !pl_row_real(x, r))
            continue;
        if (r->path_stated)
            return r;
        if (!any)
            any = r;
    }
    return any;
}

/* Keeps a label with text at (year, y), right of the point. */
static void end_label(vol *v, int year, double y, const char *text, const char *colour)
{
    end_lab *l;

    if (v->nlabs == sizeof v->labs / sizeof v->labs[0])
        return;
    l = &v->labs[v->nlabs++];
    l->year = year;
    l->y = y;
    l->colour = colour;
    snprintf(l->text, sizeof l->text, "%s", text);
}

/* Appends the end labels, those of one year moved apart to at least sep
 * (in index points) from the lowest up, so that none prints over another. */
static int end_labels(vol *v, double sep)
{
    end_lab *l = v->labs;
    buf *g = &v->c->gp;

    for (size_t a = 1; a < v->nlabs; a++)      /* by year, then y */
        for (size_t b = a; b > 0 && (l[b].year < l[b - 1].year
                                     || (l[b].year == l[b - 1].year && l[b].y < l[b - 1].y)); b--) {
            end_lab t = l[b];
            l[b] = l[b - 1];
            l[b - 1] = t;
        }
    for (size_t i = 1; i < v->nlabs; i++)
        if (l[i].year == l[i - 1].year && l[i].y < l[i - 1].y + sep)
            l[i].y = l[i - 1].y + sep;
    for (size_t i = 0; i < v->nlabs; i++)
        if (buf_puts(g, "set label ") != 0 || pl_text(g, l[i].text, 40) != 0
            || buf_printf(g, " at %d, ", l[i].year) != 0 || pl_num(g, l[i].y) != 0
            || buf_printf(g, " left offset char 1.2,0 tc rgb '%s'\n", l[i].colour) != 0)
            return -1;
    return 0;
}

/* The volume path: 100 at the base year, then the rate each year. */
static int path(vol *v, const analysis_row *r, double *end)
{
    char style[200], rate[64], t[64];
    buf title = BUF_INIT;
    int prev = 0, blk = pl_block(v->c, "volume index at the real rate (base year = 100)");
    bool en = v->x->w->en;
    int rc = blk < 0 ? -1 : 0;

    for (int y = r->path_from; y <= r->path_to && rc == 0; y++) {
        *end = 100.0 * pow(1.0 + r->path_rate / 100.0, y - r->path_from);
        rc = point(v, &prev, y, *end, false);
    }
    pl_numtext(rate, r->path_rate, 2);
    snprintf(style, sizeof style, "using 1:2 with linespoints lw %.1f dt 1 pt 9 ps %.1f lc rgb '%s'",
             3 * v->x->look->lw, 1.5 * v->x->look->ps, v->x->look->real);
    if (rc == 0)
        rc = buf_printf(&title, en ? "volume at the %sreal rate of %s%% a year"
                                   : "按%s可比价年均增速%s%%的物量",
                        r->path_stated ? (en ? "stated " : "所述") : "", rate);
    if (rc == 0)
        rc = pl_elem(&v->plot, v->c, blk, style, title.data);
    if (rc == 0)
        end_label(v, r->path_to, *end, pl_numtext(t, *end, 1), v->x->look->real);
    buf_free(&title);
    return rc;
}

/* The real path re-inflated with the national GDP deflator, as far as the
 * table covers the years (nothing when it covers none after the base). */
static int reinflated(vol *v, const analysis_row *r)
{
    char style[200], rate[64], t[64];
    buf title = BUF_INIT;
    bool en = v->x->w->en;
    double avg, end = 100, all = NAN;
    int prev = 0, blk, last = r->path_from, rc;

    if (analysis_national_deflator(r->path_from, r->path_from + 1, &avg) != GC_OK)
        return 0;
    blk = pl_block(v->c, "the real path re-inflated with China's GDP deflator (base year = 100)");
    rc = blk < 0 ? -1 : point(v, &prev, r->path_from, 100, false);
    for (int y = r->path_from + 1; y <= r->path_to && rc == 0; y++) {
        if (analysis_national_deflator(r->path_from, y, &avg) != GC_OK)
            break;
        end = 100.0 * pow((1.0 + r->path_rate / 100.0) * (1.0 + avg / 100.0), y - r->path_from);
        all = avg;
        last = y;
        rc = point(v, &prev, y, end, false);
    }
    pl_numtext(rate, all, 1);
    snprintf(style, sizeof style, "using 1:2 with lines lw %.1f dt 2 lc rgb '%s'",
             2.5 * v->x->look->lw, v->x->look->path[1]);
    if (rc == 0 && en)
        rc = buf_printf(&title, "the same, at China's GDP deflator (%s%% a year)", rate);
    else if (rc == 0)
        rc = buf_printf(&title, "同一增速按全国GDP平减指数（年均%s%%）折成现价", rate);
    if (rc == 0)
        rc = pl_elem(&v->plot, v->c, blk, style, title.data);
    if (rc == 0)
        end_label(v, last, end, pl_numtext(t, end, 1), v->x->look->path[1]);
    buf_free(&title);
    return rc;
}

/* The stated current-price levels from the base year to the path's end,
 * as an index on the same base.  Returns 0 (nothing when the base year has
 * no stated level) or -1; sets *end to the index of the last one. */
static int nominal(vol *v, const analysis_row *ref, const analysis_row *r, double *end, int *end_year)
{
    pl_point *p = malloc((v->x->rows->count + 1) * sizeof *p);
    size_t n, k;
    double base = NAN;
    int rc = 0;

    if (!p)
        return -1;
    n = pl_collect(v->x->rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
    pl_mark(v->x, p, n);
    for (k = 0; k < n; k++)
        if (p[k].year == r->path_from && p[k].value > 0) {
            base = p[k].value;
            break;
        }
    if (isfinite(base)) {
        char style[200], t[64];
        int blk = pl_block(v->c, "stated current-price levels as an index on the same base");
        int prev = 0;
        rc = blk < 0 ? -1 : 0;
        bool est = false;
        for (size_t i = 0; i < n && rc == 0; i++) {
            if (p[i].year < r->path_from || p[i].year > r->path_to)
                continue;
            *end = 100.0 * p[i].value / base;
            *end_year = p[i].year;
            est = p[i].est;
            prev = 0;   /* points: the report's levels, not a path */
            rc = point(v, &prev, p[i].year, *end, p[i].est);
        }
        snprintf(style, sizeof style, "using 1:2 with points pt 7 ps %.1f lc rgb '%s'",
                 2 * v->x->look->ps, v->x->look->stated);
        if (rc == 0)
            rc = pl_elem(&v->plot, v->c, blk, style,
                         v->x->w->en ? "stated levels at current prices, as an index"
                                     : "所述现价水平（折成同一基期的指数）");
        if (rc == 0 && *end_year > r->path_from) {
            char e[48];
            snprintf(e, sizeof e, "%s%s", pl_numtext(t, *end, 1),
                     est ? (v->x->w->en ? " est." : " 预计") : "");
            end_label(v, *end_year, *end, e, v->x->look->stated);
        }
    }
    free(p);
    return rc;
}

/* The gap between the nominal and the volume index at the end: a bracket
 * and the average price change the finding implies. */
static int gap(vol *v, const analysis_row *r, double real_end, double nom_end)
{
    const analysis_finding *f = pl_path_finding(v->x, r);
    buf *g = &v->c->gp;
    char d[64];
    bool en = v->x->w->en;

    if (buf_printf(g, "set arrow from %d, ", r->path_to) != 0 || pl_num(g, real_end) != 0
        || buf_printf(g, " to %d, ", r->path_to) != 0 || pl_num(g, nom_end) != 0
        || buf_printf(g, " heads size char 0.6,90 lw %.1f lc rgb '#555555'  # the price gap\n",
                      1.5 * v->x->look->lw) != 0)
        return -1;
    if (!f || !f->has_deflator)
        return 0;
    /* In the empty lower right of the panel: the lines start at 100 of an
     * axis from zero, so nothing is drawn there, where beside the bracket
     * the text would cross the lines that fan out towards it. */
    pl_numtext(d, f->deflator, 1);
    if (buf_puts(g, "set label ") != 0)
        return -1;
    if (f->has_deflator_ref) {
        char n[64];
        pl_numtext(n, f->deflator_ref, 1);
        if (pl_textf(g, 60, en ? "gap: prices about %s%% a year (China's deflator %s%%)"
                               : "差额：价格因素年均约%s%%（全国平减指数%s%%）", d, n) != 0)
            return -1;
    } else if (pl_textf(g, 60, en ? "gap: prices about %s%% a year" : "差额：价格因素年均约%s%%",
                        d) != 0) {
        return -1;
    }
    return buf_puts(g, " at graph 0.97, graph 0.12 right tc rgb '#555555'\n") != 0 ? -1 : 0;
}

int pl_panel_volume(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f)
{
    vol v = { c, x, BUF_INIT, 0, 1 << 30, -(1 << 30), 100, { { 0, 0, "", NULL } }, 0 };
    const analysis_row *r = real_path(x, ref);
    double real_end = 100, nom_end = NAN;
    int end_year = 0, rc = -1;
    buf title = BUF_INIT;

    if (!r)
        return 0;
    v.base = r->path_from;
    if (path(&v, r, &real_end) != 0 || reinflated(&v, r) != 0
        || nominal(&v, ref, r, &nom_end, &end_year) != 0)
        goto done;
    if (end_year == r->path_to && isfinite(nom_end) && gap(&v, r, real_end, nom_end) != 0)
        goto done;
    if (buf_printf(&title, x->w->en ? "Volume index (%d = 100, comparable prices)"
                                    : "物量指数（%d年 = 100，可比价）", v.base) != 0
        || pl_panel_frame(&c->gp, x, f, title.data, v.first, v.last, 0.9) != 0
        || buf_puts(&c->gp, "set ylabel ") != 0
        || pl_text(&c->gp, x->w->en ? "index, base year = 100" : "指数（基期 = 100）", 40) != 0
        || buf_putc(&c->gp, '\n') != 0
        || end_labels(&v, 0.06 * v.hi) != 0
        || pl_yaxis(&c->gp, 0, v.hi, "an index from zero") != 0
        || pl_key_below(&c->gp, 1) != 0
        || buf_puts(&c->gp, "plot ") != 0 || buf_append(&c->gp, v.plot.data, v.plot.len) != 0
        || buf_puts(&c->gp, "\n") != 0)
        goto done;
    rc = 0;
done:
    buf_free(&title);
    buf_free(&v.plot);
    return rc;
}
