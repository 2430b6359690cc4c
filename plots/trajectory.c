/* trajectory.c -- one indicator's levels over the years, in current units:
 * the levels the report states (filled points; hollow when 预计), implied
 * levels (hollow, with their rounding interval), the official series
 * (squares, joined only between consecutive years), and the growth paths
 * at nominal rates (dashed, one per derivation).  Paths and levels resting
 * on a real rate are not levels in current units and are left to the
 * volume panel (volume.c); the chart notes what it left out.
 *
 * The y axis starts at zero: a level's growth shows at its true size. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

/* Relative tolerance for "the path continued one year lands on the level":
 * the rows carry the path to full double precision, so 1e-6 separates a
 * path computed from that level from any other by orders of magnitude. */
#define PATH_TOL 1e-6

static const int path_dashes[] = { 2, 5, 3, 4 };

typedef struct traj {
    pl_chart *c;
    const pl_ctx *x;
    buf plot;
    int npaths;
    int first, last;
    double hi, lo;       /* range of the values drawn, in display units */
    pl_scale sc;
    double close;        /* labels of one year closer than this share one */
} traj;

/* A stated or official value as written; a derived one to about three
 * significant digits. */
static const char *value_text(char v[64], const pl_point *p, double div)
{
    double y = p->value / div;

    return pl_numtext(v, y, p->row && (p->row->source == ANALYSIS_ROW_STATED
                                       || p->row->source == ANALYSIS_ROW_OFFICIAL)
                                ? 2 : pl_digits(y, 2));
}

int pl_dat_row(buf *d, int *prev, const pl_point *p, double div, const pl_ctx *x)
{
    char v[64];
    double y = p->value / div;

    if (*prev && p->year != *prev + 1 && buf_putc(d, '\n') != 0)
        return -1;
    *prev = p->year;
    if (buf_printf(d, "%d ", p->year) != 0 || pl_num(d, y) != 0 || buf_putc(d, ' ') != 0
        || pl_num(d, p->lo / div) != 0 || buf_putc(d, ' ') != 0 || pl_num(d, p->hi / div) != 0)
        return -1;
    if (p->nolabel)
        return buf_puts(d, " \"\"\n");
    if (p->label[0])
        return buf_printf(d, " \"%s\"\n", p->label);
    return buf_printf(d, " \"%s%s\"\n", value_text(v, p, div),
                      p->est ? (x->w->en ? " est." : " 预计") : "");
}

void pl_merge_labels(pl_point *p, size_t n, double div, double close, const pl_ctx *x)
{
    for (size_t i = 0; i < n; i++) {
        size_t g[8], m = 0, len = 0;
        if (p[i].nolabel || p[i].label[0])
            continue;
        for (size_t j = i; j < n && p[j].year == p[i].year && m < 8; j++)
            if (!p[j].nolabel && !p[j].label[0] && fabs(p[j].value - p[i].value) / div < close)
                g[m++] = j;
        if (m < 2)
            continue;
        for (size_t a = 1; a < m; a++)          /* highest first */
            for (size_t b = a; b > 0 && p[g[b]].value > p[g[b - 1]].value; b--) {
                size_t t = g[b];
                g[b] = g[b - 1];
                g[b - 1] = t;
            }
        for (size_t k = 0; k < m; k++) {
            char v[64], one[96];
            int w = snprintf(one, sizeof one, "%s%s%s", k ? " / " : "",
                             value_text(v, &p[g[k]], div),
                             p[g[k]].est ? (x->w->en ? " est." : " 预计") : "");
            if (w < 0 || len + (size_t)w >= sizeof p[g[0]].label)
                break;                          /* the rest would not fit: dropped */
            memcpy(p[g[0]].label + len, one, (size_t)w + 1);
            len += (size_t)w;
        }
        for (size_t k = 1; k < m; k++)
            p[g[k]].nolabel = true;
    }
}

int pl_panel_frame(buf *g, const pl_ctx *x, pl_frame f, const char *title, int first, int last,
                   double right_room)
{
    double top = fmin(f.top, pl_plot_top(x->opt, title != NULL));

    if (buf_printf(g, "set lmargin at screen %.3f\nset rmargin at screen %.3f\n"
                      "set tmargin at screen %.3f\nset bmargin at screen %.3f\n",
                   f.left, f.right, top, f.bottom) != 0)
        return -1;
    if (title && (buf_puts(g, "set title ") != 0 || pl_text(g, title, 60) != 0
                  || buf_printf(g, " font ',%d'\n", x->opt->font_size) != 0))
        return -1;
    if (!title && buf_puts(g, "unset title\n") != 0)
        return -1;
    if (buf_puts(g, x->look->grid ? "set grid ytics lc rgb '#dddddd'\n" : "unset grid\n") != 0
        || buf_puts(g, "set format x '%.0f'\n") != 0)
        return -1;
    return first > 0 ? pl_year_tics(g, first, last, right_room) : 0;
}

static void seen(traj *t, const pl_point *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        double v = p[i].value / t->sc.div;
        t->first = p[i].year < t->first ? p[i].year : t->first;
        t->last = p[i].year > t->last ? p[i].year : t->last;
        t->hi = v > t->hi ? v : t->hi;
        t->lo = v < t->lo ? v : t->lo;
    }
}

static int rows_out(traj *t, const pl_point *p, size_t n)
{
    int prev = 0;

    for (size_t i = 0; i < n; i++)
        if (pl_dat_row(&t->c->dat, &prev, &p[i], t->sc.div, t->x) != 0)
            return -1;
    seen(t, p, n);
    return 0;
}

static const pl_point *level_at(const pl_point *lv, size_t nlv, int y)
{
    for (size_t i = 0; i < nlv; i++)
        if (lv[i].year == y)
            return &lv[i];
    return NULL;
}

static bool near(double a, double b)
{
    return fabs(a - b) <= PATH_TOL * fabs(b);
}

/* Analysis gives a path's rows for the years strictly between the levels it
 * joins.  So that the line meets them, the level of the year before (after)
 * the path is drawn as its first (last) point -- but only when the path,
 * continued one year at its own rate, lands on that level. */
static void anchors(const pl_point *g, size_t m, const pl_point *lv, size_t nlv,
                    const pl_point **before, const pl_point **after)
{
    const pl_point *a = level_at(lv, nlv, g[0].year - 1);
    const pl_point *b = level_at(lv, nlv, g[m - 1].year + 1);
    double q;

    *before = *after = NULL;
    if (m >= 2 && g[0].value != 0.0) {
        q = g[1].value / g[0].value;
        *before = a && q != 0.0 && near(g[0].value / q, a->value) ? a : NULL;
        q = g[m - 1].value / g[m - 2].value;
        *after = b && g[m - 2].value != 0.0 && near(g[m - 1].value * q, b->value) ? b : NULL;
    } else if (m == 1 && a && b && near(g[0].value * g[0].value, a->value * b->value)) {
        *before = a;
        *after = b;
    }
}

/* The key entry of a nominal path, from the row's fields (never from its
 * English derivation): the span when span, the method and the rate. */
static int path_label(buf *b, const analysis_row *r, const pl_words *w, bool span)
{
    char rate[64];

    if (r->path_from <= 0 || !isfinite(r->path_rate))
        return buf_puts(b, w->path_unknown);
    pl_numtext(rate, r->path_rate, 2);
    if (buf_puts(b, w->path_lead) != 0
        || (span && buf_printf(b, "%d–%d%s", r->path_from, r->path_to, w->path_span) != 0))
        return -1;
    return buf_printf(b, "%s%s%s", r->path_stated ? w->path_stated : w->path_cagr, rate,
                      w->path_tail);
}

/* Whether the paths among p[0..n) run over more than one span, so that
 * their labels must say which. */
static bool spans_differ(const pl_point *p, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (p[i].row->path_from != p[0].row->path_from || p[i].row->path_to != p[0].row->path_to)
            return true;
    return false;
}

/* One dashed line per distinct nominal derivation among p[0..n). */
static int paths(traj *t, pl_point *p, size_t n, pl_point *g, const pl_point *lv, size_t nlv)
{
    bool *done = calloc(n + 1, sizeof *done), span = spans_differ(p, n);
    int rc = 0;

    if (!done)
        return -1;
    for (size_t i = 0; i < n && rc == 0; i++) {
        const char *d = p[i].row->derivation ? p[i].row->derivation : "";
        const pl_point *before, *after;
        buf title = BUF_INIT;
        char style[160];
        size_t m = 0;
        int k = t->npaths % 4, blk;
        if (done[i] || pl_row_real(t->x, p[i].row))
            continue;
        for (size_t j = i; j < n; j++) {
            const char *e = p[j].row->derivation ? p[j].row->derivation : "";
            if (!done[j] && !strcmp(d, e)) {
                done[j] = true;
                g[m++] = p[j];
            }
        }
        anchors(g, m, lv, nlv, &before, &after);
        rc = (blk = pl_block(t->c, "growth path at a nominal rate")) < 0 ? -1 : 0;
        if (rc == 0 && before)
            rc = rows_out(t, before, 1);
        if (rc == 0)
            rc = rows_out(t, g, m);
        if (rc == 0 && after) {
            int prev = g[m - 1].year;
            rc = pl_dat_row(&t->c->dat, &prev, after, t->sc.div, t->x);
        }
        t->npaths++;
        snprintf(style, sizeof style, "using 1:2 with lines lw %.1f dt %d lc rgb '%s'",
                 2.5 * t->x->look->lw, path_dashes[k], t->x->look->path[k]);
        if (rc == 0)
            rc = path_label(&title, p[i].row, t->x->w, span) != 0
                 || pl_elem(&t->plot, t->c, blk, style, title.data) != 0 ? -1 : 0;
        buf_free(&title);
    }
    free(done);
    return rc;
}

static int official(traj *t, const pl_point *p, size_t n)
{
    char style[200];
    int blk;

    if (n == 0)
        return 0;
    if ((blk = pl_block(t->c, "official series (a blank line: a missing year, not joined)")) < 0
        || rows_out(t, p, n) != 0)
        return -1;
    snprintf(style, sizeof style, "using 1:2 with linespoints lw %.1f dt 4 pt 5 ps %.1f lc rgb '%s'",
             2 * t->x->look->lw, 1.4 * t->x->look->ps, t->x->look->official);
    return pl_elem(&t->plot, t->c, blk, style, t->x->w->official);
}

/* Nominal implied levels: hollow circles with their interval as error bars
 * and their values beside.  An open side is not drawn: the bar stops at
 * the value, and the key says bars show the rounding interval only. */
static int implied(traj *t, pl_point *p, size_t n)
{
    char style[200];
    int blk;

    if (n == 0)
        return 0;
    pl_merge_labels(p, n, t->sc.div, t->close, t->x);
    if ((blk = pl_block(t->c, "implied levels (columns 3, 4: rounding interval)")) < 0
        || rows_out(t, p, n) != 0)
        return -1;
    snprintf(style, sizeof style, "using 1:2:3:4 with yerrorbars pt 6 ps %.1f lw %.1f lc rgb '%s'",
             2 * t->x->look->ps, 2 * t->x->look->lw, t->x->look->implied);
    if (pl_elem(&t->plot, t->c, blk, style, t->x->w->implied) != 0)
        return -1;
    snprintf(style, sizeof style, "using 1:2:5 with labels left offset char 1,-1.1 tc rgb '%s'",
             t->x->look->implied);
    return pl_elem(&t->plot, t->c, blk, style, NULL);
}

/* Stated levels: filled, or hollow when estimated, each labelled; a year
 * with two different stated values is flagged. */
static int stated(traj *t, pl_point *p, size_t n)
{
    pl_point *q = malloc((n + 1) * sizeof *q);
    bool en = t->x->w->en;
    size_t m;
    int rc = 0;

    if (!q)
        return -1;
    pl_merge_labels(p, n, t->sc.div, t->close, t->x);
    for (int est = 0; est < 2 && rc == 0; est++) {
        char style[200];
        int blk;
        m = 0;
        for (size_t i = 0; i < n; i++)
            if (p[i].est == (est == 1))
                q[m++] = p[i];
        if (m == 0)
            continue;
        if ((blk = pl_block(t->c, est ? "stated levels, estimated (预计)" : "stated levels")) < 0) {
            rc = -1;
            break;
        }
        for (size_t i = 0; i < m && rc == 0; i++) {
            int prev = 0;   /* points only: no line, so no gap rows */
            rc = pl_dat_row(&t->c->dat, &prev, &q[i], t->sc.div, t->x);
        }
        seen(t, q, m);
        /* An estimate is a ring drawn larger than the official square
         * (1.4 ps) it often sits on, so it still reads as hollow there. */
        snprintf(style, sizeof style, "using 1:2 with points pt %d ps %.1f lw %.1f lc rgb '%s'",
                 est ? 6 : 7, (est ? 2.8 : 2) * t->x->look->ps, 2 * t->x->look->lw, t->x->look->stated);
        if (rc == 0)
            rc = pl_elem(&t->plot, t->c, blk, style,
                         est ? (en ? "stated level, estimate (hollow)" : "报告所述水平（预计，空心）")
                             : t->x->w->stated);
        if (rc == 0)
            rc = pl_elem(&t->plot, t->c, blk, "using 1:2:5 with labels offset char 0,1.4", NULL);
    }
    /* Conflicts: a flag above each year with two stated values. */
    m = 0;
    for (size_t i = 0; i < n; i++)
        if (p[i].conflict)
            q[m++] = p[i];
    if (rc == 0 && m > 0) {
        char style[200];
        int blk = pl_block(t->c, "years with two different stated values");
        rc = blk < 0 ? -1 : 0;
        for (size_t i = 0; i < m && rc == 0; i++)
            rc = buf_printf(&t->c->dat, "%d ", q[i].year) != 0 || pl_num(&t->c->dat, q[i].value / t->sc.div) != 0
                 || buf_putc(&t->c->dat, '\n') != 0 ? -1 : 0;
        snprintf(style, sizeof style, "using 1:2 with points pt 3 ps %.1f lw %.1f lc rgb '%s'",
                 3 * t->x->look->ps, 2 * t->x->look->lw, t->x->look->conflict);
        if (rc == 0)
            rc = pl_elem(&t->plot, t->c, blk, style,
                         en ? "two different stated values for the year"
                            : "同一年有两个不同的所述值");
    }
    free(q);
    return rc;
}

int pl_panel_lines(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f)
{
    const analysis_rows *rows = x->rows;
    traj t = { c, x, BUF_INIT, 0, 1 << 30, -(1 << 30), 0, 0, { 1, "" }, 0 };
    pl_point *p = malloc(3 * (rows->count + 1) * sizeof *p), *lv, *g, *keep;
    size_t n, nlv, k = 0;
    double maxabs = 0;
    int rc = -1;

    if (!p)
        return -1;
    lv = p + rows->count + 1;
    g = lv + rows->count + 1;
    /* The display unit from every value drawn. */
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_OFFICIAL)
                                  | PL_SRC(ANALYSIS_ROW_IMPLIED) | PL_SRC(ANALYSIS_ROW_PATH), p);
    for (size_t i = 0; i < n; i++)
        if (!pl_row_real(x, p[i].row))
            maxabs = fmax(maxabs, fabs(p[i].value));
    t.sc = pl_scale_for(pl_unit_of(ref->unit, ref->indicator, ref->indicator_en), maxabs);
    /* A label is about a twentieth of a plot's height, whose axis runs from
     * zero to a little above the highest value. */
    t.close = 0.06 * maxabs / t.sc.div;
    nlv = pl_levels(rows, ref, lv);
    /* Levels implied by a real rate are no levels here, nor anchors. */
    for (size_t i = 0; i < nlv; i++)
        if (!pl_row_real(x, lv[i].row))
            lv[k++] = lv[i];
    nlv = k;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_PATH), p);
    if (paths(&t, p, n, g, lv, nlv) != 0)
        goto done;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_OFFICIAL), p);
    if (official(&t, p, n) != 0)
        goto done;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_IMPLIED), p);
    keep = g;
    k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!pl_row_real(x, p[i].row))
            keep[k++] = p[i];
    }
    if (implied(&t, keep, k) != 0)
        goto done;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
    pl_mark(x, p, n);
    if (stated(&t, p, n) != 0)
        goto done;
    if (t.plot.len == 0) {
        rc = 0;
        goto done;
    }
    if (pl_panel_frame(&c->gp, x, f, f.title, t.first, t.last, 0.5) != 0
        || buf_puts(&c->gp, "set ylabel ") != 0
        || pl_text(&c->gp, pl_unit_label(t.sc.unit, x->w->en), 40) != 0
        || buf_putc(&c->gp, '\n') != 0
        || pl_yaxis(&c->gp, t.lo < 0 ? t.lo : 0, t.hi, "levels from zero") != 0
        || pl_key_below(&c->gp, 2) != 0
        || buf_puts(&c->gp, "plot ") != 0 || buf_append(&c->gp, t.plot.data, t.plot.len) != 0
        || buf_puts(&c->gp, "\n") != 0)
        goto done;
    rc = 0;
done:
    buf_free(&t.plot);
    free(p);
    return rc;
}
