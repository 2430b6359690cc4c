/* trajectory.c -- one indicator over the years, drawn from its rows: the
 * levels the report states (labelled points), each growth path analysis
 * worked out (a line per derivation: the constant-rate path between the
 * endpoints, the path of the stated average rate from the base year),
 * implied levels as hollow points with their rounding interval, and the
 * official series as a separate line. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"
#include "../common/numfmt.h"

/* Relative tolerance for "the path continued one year lands on the level":
 * the rows carry the path to full double precision, so 1e-6 separates a
 * path computed from that level from any other by orders of magnitude. */
#define PATH_TOL 1e-6

/* Colours from the Okabe-Ito palette, which viewers with any common colour
 * vision deficiency tell apart; each series also differs in marker or dash,
 * so that none depends on colour alone.  Stated levels are black: they are
 * what the report says. */
#define C_STATED "#000000"
#define C_IMPLIED "#0072B2"   /* blue */
#define C_OFFICIAL "#009E73"  /* bluish green */
static const char *const path_colors[] = { "#D55E00", "#CC79A7", "#E69F00", "#56B4E9" };
static const int path_dashes[] = { 2, 5, 3, 4 };

/* What is being built: the chart, its data blocks so far, and the plot
 * elements of the one plot command. */
typedef struct traj {
    pl_chart *c;
    buf plot;            /* "'x.dat' index 0 using ..., \" elements */
    int blocks;          /* data blocks written (gnuplot's index) */
    int npaths;          /* growth paths drawn */
    size_t title_cols;   /* pl_title_cols() */
    int first, last;     /* range of years seen */
    const pl_words *w;
} traj;

/* Starts data block number t->blocks with a comment naming it; label is
 * fixed text, detail (may be NULL) document text, quoted. */
static int block(traj *t, const char *label, const char *detail)
{
    buf *d = &t->c->dat;

    if (t->blocks > 0 && buf_puts(d, "\n\n") != 0)
        return -1;
    if (buf_printf(d, "# index %d: %s", t->blocks, label) != 0)
        return -1;
    if (detail && (buf_puts(d, " ") != 0 || pl_comment_text(d, detail) != 0))
        return -1;
    return buf_puts(d, "\n");
}

static int points(traj *t, const pl_point *p, size_t n, bool open)
{
    for (size_t i = 0; i < n; i++) {
        if (pl_dat_point(&t->c->dat, &p[i], open) != 0)
            return -1;
        if (p[i].year < t->first)
            t->first = p[i].year;
        if (p[i].year > t->last)
            t->last = p[i].year;
    }
    return 0;
}

/* Appends one plot element on block t->blocks - 1: "'STEM.dat' index K "
 * then style, then " title " and title quoted (or "notitle"). */
static int element(traj *t, const char *style, const char *title)
{
    buf *b = &t->plot;

    if (b->len > 0 && buf_puts(b, ", \\\n     ") != 0)
        return -1;
    if (pl_filename(b, t->c->stem, "dat") != 0
        || buf_printf(b, " index %d %s", t->blocks - 1, style) != 0)
        return -1;
    if (!title)
        return buf_puts(b, " notitle");
    return pl_title(b, title, 60);
}

/* The level of year y among lv[0..nlv), or NULL. */
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
 * continued one year at its own rate, lands on that level: the path of a
 * stated rate from the base year meets the base level, not the end level.
 * g[0..m) are the path's points by year; sets *before and *after. */
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

/* The key entry of the path of row r in the chart's language, built from
 * the row's fields (never from its English derivation): the method and
 * rate, after the span when span. */
static int path_label(buf *b, const analysis_row *r, const pl_words *w, bool span)
{
    char rate[64];

    if (r->path_from <= 0 || !isfinite(r->path_rate))
        return buf_puts(b, w->path_unknown);
    numfmt(rate, r->path_rate, 2);
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

/* One line per distinct derivation among the path points p[0..n), joined
 * to the levels lv[0..nlv) it continues to (anchors()). */
static int paths(traj *t, const pl_point *p, size_t n, bool *done, pl_point *g,
                 const pl_point *lv, size_t nlv)
{
    bool span = spans_differ(p, n);

    for (size_t i = 0; i < n; i++) {
        const char *d = p[i].row->derivation ? p[i].row->derivation : "";
        const pl_point *before, *after;
        buf title = BUF_INIT;
        char style[128];
        size_t m = 0;
        int k = t->npaths % 4, rc;
        if (done[i])
            continue;
        for (size_t j = i; j < n; j++) {
            const char *e = p[j].row->derivation ? p[j].row->derivation : "";
            if (!done[j] && !strcmp(d, e)) {
                done[j] = true;
                g[m++] = p[j];
            }
        }
        anchors(g, m, lv, nlv, &before, &after);
        if (block(t, "growth path", d) != 0 || (before && points(t, before, 1, false) != 0)
            || points(t, g, m, false) != 0 || (after && points(t, after, 1, false) != 0))
            return -1;
        t->blocks++;
        t->npaths++;
        snprintf(style, sizeof style, "using 1:2 with lines lw 3 dt %d lc rgb '%s'",
                 path_dashes[k], path_colors[k]);
        rc = path_label(&title, p[i].row, t->w, span) != 0 ? -1 : element(t, style, title.data);
        buf_free(&title);
        if (rc != 0)
            return -1;
    }
    return 0;
}

/* A series of points: a data block, its plot element, and value labels
 * drawn with label_style when it is not NULL. */
static int series(traj *t, const pl_point *p, size_t n, const char *what, const char *style,
                  const char *title, const char *label_style)
{
    if (n == 0)
        return 0;
    if (block(t, what, NULL) != 0 || points(t, p, n, false) != 0)
        return -1;
    t->blocks++;
    if (element(t, style, title) != 0)
        return -1;
    return label_style ? element(t, label_style, NULL) : 0;
}

/* The implied levels: hollow points with their interval as error bars and
 * their values below.  A side that is open (a level implied from "more
 * than x%" has no lower bound but zero) is a dashed line that runs off the
 * plot, drawn with noautoscale so that it does not stretch the axis. */
static int implied(traj *t, const pl_point *p, size_t n)
{
    static const char *const open_style[2] = {
        "using 1:($5 > 0 ? $2 : NaN):(0):(-abs($2)) with vectors nohead dt 2 lw 2 "
        "lc rgb '" C_IMPLIED "' noautoscale",
        "using 1:($6 > 0 ? $2 : NaN):(0):(9 * abs($2) + 1) with vectors nohead dt 2 lw 2 "
        "lc rgb '" C_IMPLIED "' noautoscale",
    };
    bool open[2] = { false, false }, titled = false;

    if (n == 0)
        return 0;
    if (block(t, "implied levels (columns 3, 4: rounding interval; 5, 6: 1 where that "
                 "side is open)", NULL) != 0 || points(t, p, n, true) != 0)
        return -1;
    t->blocks++;
    if (element(t, "using 1:2:3:4 with yerrorbars pt 6 ps 2 lw 2.5 lc rgb '" C_IMPLIED "'",
                t->w->implied) != 0
        || element(t, "using 1:2:(sprintf('%.4g', $2)) with labels left offset char 1.3,0 "
                      "tc rgb '" C_IMPLIED "'", NULL) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        open[0] = open[0] || p[i].open_lo;
        open[1] = open[1] || p[i].open_hi;
    }
    for (int k = 0; k < 2; k++) {
        if (!open[k])
            continue;
        if (element(t, open_style[k], titled ? NULL : t->w->open_side) != 0)
            return -1;
        titled = true;
    }
    return 0;
}

/* The settings above the plot command: title, axes, key. */
static int settings(traj *t, const analysis_row *ref)
{
    buf *g = &t->c->gp;

    if (buf_puts(g, "# Indicator: ") != 0 || pl_comment_text(g, ref->indicator) != 0
        || buf_puts(g, "\nset title ") != 0
        || pl_textf(g, t->title_cols, "%s%s", pl_row_name(ref, t->w->en), t->w->traj_title) != 0
        || buf_puts(g, "\nset ylabel ") != 0
        || pl_text(g, pl_unit_label(ref->unit, t->w->en), 40) != 0)
        return -1;
    if (buf_puts(g, "\n") != 0 || pl_year_tics(g, t->first, t->last, 0.5) != 0
        || pl_key_below(g, 3) != 0)
        return -1;
    return buf_puts(g, "set format y '%g'\n"
                       "set offsets 0, 0, graph 0.12, graph 0.08  # room for the value labels\n"
                       "set grid\n");
}

/* Writes the data and the plot command of ref's indicator. */
static int draw(traj *t, const analysis_rows *rows, const analysis_row *ref, pl_point *p,
                bool *done, pl_point *scratch)
{
    pl_point *lv = scratch, *g = scratch + rows->count + 1;
    size_t nlv = pl_levels(rows, ref, lv);
    size_t n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_PATH), p);

    memset(done, 0, n * sizeof done[0]);
    if (paths(t, p, n, done, g, lv, nlv) != 0)
        return -1;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_OFFICIAL), p);
    if (series(t, p, n, "official series",
               "using 1:2 with linespoints lw 2.5 dt 4 pt 5 ps 1.4 lc rgb '" C_OFFICIAL "'",
               t->w->official, NULL) != 0)
        return -1;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_IMPLIED), p);
    if (implied(t, p, n) != 0)
        return -1;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
    return series(t, p, n, "stated levels",
                  "using 1:2 with points pt 7 ps 2 lc rgb '" C_STATED "'", t->w->stated,
                  "using 1:2:(sprintf('%g', $2)) with labels offset char 0,1.4");
}

/* Whether ref's indicator has two or more years of non-share rows. */
static bool enough(const analysis_rows *rows, const analysis_row *ref, pl_point *p)
{
    unsigned all = PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_IMPLIED)
                   | PL_SRC(ANALYSIS_ROW_PATH) | PL_SRC(ANALYSIS_ROW_OFFICIAL);
    size_t n = pl_collect(rows, ref, all, p);

    return n >= 2 && p[0].year != p[n - 1].year;
}

int pl_chart_trajectory(const analysis_rows *rows, const analysis_row *ref,
                        const plots_options *opt, pl_chart *c)
{
    traj t = { c, BUF_INIT, 0, 0, pl_title_cols(opt), 1 << 30, -(1 << 30),
               pl_words_for(opt->lang) };
    pl_point *p = malloc((rows->count + 1) * sizeof *p);
    pl_point *scratch = malloc(2 * (rows->count + 1) * sizeof *scratch);
    bool *done = malloc((rows->count + 1) * sizeof *done);
    int rc = GC_ENOMEM;

    if (!p || !scratch || !done)
        goto fail;
    if (!enough(rows, ref, p)) {
        rc = GC_OK;
        goto fail;
    }
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp, one block per series.\n"
                            "# Columns: year, value in the unit below, interval low, high.\n"
                            "# Indicator: ", c->stem, c->stem) != 0
        || pl_comment_text(&c->dat, ref->indicator) != 0 || buf_puts(&c->dat, "; unit: ") != 0
        || pl_comment_text(&c->dat, ref->unit) != 0 || buf_puts(&c->dat, "\n") != 0
        || draw(&t, rows, ref, p, done, scratch) != 0
        || pl_script_begin(c, opt, "one indicator: stated levels, growth paths, implied "
                                   "and official values.") != 0
        || settings(&t, ref) != 0
        || buf_puts(&c->gp, "plot ") != 0 || buf_append(&c->gp, t.plot.data, t.plot.len) != 0
        || buf_puts(&c->gp, "\n") != 0 || pl_script_end(c, opt) != 0)
        goto fail;
    rc = GC_OK;
fail:
    if (rc != GC_OK || c->gp.len == 0) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    buf_free(&t.plot);
    free(p);
    free(scratch);
    free(done);
    return rc;
}
