/* bars.c -- comparisons of two years as bars: an indicator with levels in
 * just two years (a line between two points would invent the years
 * between), and a change or multiple stated with no level at all (before
 * and after as an index, base year = 100, the multiple written).
 *
 * Bars start at zero by nature.  Stated bars are filled; an estimate (预计)
 * is lighter and labelled 预计, an implied level an empty dashed outline, so
 * none is told by colour alone.  Two different stated values for one year stand side by side. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

enum { B_STATED, B_EST, B_IMPLIED, B_INDEX, B_KINDS };

typedef struct bar {
    int year;
    double value;       /* display units */
    int kind;           /* B_* */
    bool conflict;
} bar;

static const char *kind_title(const pl_ctx *x, int k)
{
    bool en = x->w->en;

    return k == B_STATED ? x->w->stated
           : k == B_INDEX ? (en ? "stated change, as an index" : "所述变化（折成指数）")
           : k == B_EST ? (en ? "stated level, estimate (light)" : "报告所述水平（预计，浅色）")
                        : (en ? "implied level (outline)" : "推算水平（空框）");
}

static int fill_style(buf *b, const pl_ctx *x, int k)
{
    const pl_look *l = x->look;

    if (k == B_STATED || k == B_INDEX)
        return buf_printf(b, "fs solid 0.9 border lc rgb '%s' lc rgb '%s'", l->stated, l->fill_stated);
    if (k == B_EST)   /* lighter: an estimate; the axis also says 预计 */
        return buf_printf(b, "fs solid 0.35 border lc rgb '%s' lc rgb '%s'", l->stated,
                          l->fill_stated);
    return buf_printf(b, "fs empty border lc rgb '%s' dt 2 lw %.1f lc rgb '%s'", l->implied,
                      2 * l->lw, l->implied);
}

/* Draws bars b[0..n) at x = 0, 1, ... with their values above and their
 * years (and 预计 or 推算) as x tics; note (may be NULL) is written above
 * the bars. */
static int draw(pl_chart *c, const pl_ctx *x, const bar *b, size_t n, const char *ylabel,
                const char *note, pl_frame f)
{
    buf plot = BUF_INIT, *g = &c->gp;
    double hi = 0;
    bool en = x->w->en;
    int rc = 0;

    for (int k = 0; k < B_KINDS && rc == 0; k++) {
        buf style = BUF_INIT;
        int blk = -2;
        for (size_t i = 0; i < n && rc == 0; i++) {
            char v[64];
            if (b[i].kind != k)
                continue;
            if (blk == -2 && (blk = pl_block(c, k == B_STATED ? "stated levels" : k == B_INDEX
                                             ? "a stated change as an index" : k == B_EST
                                             ? "stated levels, estimated (预计)"
                                             : "implied levels")) < 0)
                rc = -1;
            pl_numtext(v, b[i].value, k == B_IMPLIED ? pl_digits(b[i].value, 2) : 2);
            if (rc == 0)
                rc = buf_printf(&c->dat, "%zu ", i) != 0 || pl_num(&c->dat, b[i].value) != 0
                     || buf_printf(&c->dat, " \"%s\"\n", v) != 0 ? -1 : 0;
            hi = fmax(hi, b[i].value);
        }
        if (blk < 0 || rc != 0) {
            buf_free(&style);
            continue;
        }
        rc = buf_puts(&style, "using 1:2 with boxes ") != 0 || fill_style(&style, x, k) != 0
             || pl_elem(&plot, c, blk, style.data, kind_title(x, k)) != 0
             || pl_elem(&plot, c, blk, "using 1:2:3 with labels offset char 0,1", NULL) != 0;
        buf_free(&style);
    }
    if (rc == 0)
        rc = pl_panel_frame(g, x, f, f.title, 0, 0, 0) != 0
             || buf_printf(g, "set xrange [-0.7:%zu.7]\nset boxwidth 0.6\nset xtics (", n - 1) != 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        buf t = BUF_INIT;
        rc = buf_printf(&t, en ? "%d%s" : "%d年%s", b[i].year,
                        b[i].kind == B_EST ? (en ? " est." : " 预计")
                        : b[i].kind == B_IMPLIED ? (en ? " implied" : " 推算") : "") != 0
             || (b[i].conflict && buf_puts(&t, en ? " (two values)" : "（两个所述值）") != 0)
             || buf_puts(g, i ? ", " : "") != 0 || pl_text(g, t.data, 40) != 0
             || buf_printf(g, " %zu", i) != 0 ? -1 : 0;
        buf_free(&t);
    }
    if (rc == 0)
        rc = buf_puts(g, ") scale 0\nset ylabel ") != 0 || pl_text(g, ylabel, 40) != 0
             || buf_putc(g, '\n') != 0 || pl_yaxis(g, 0, hi * 1.08, "bars from zero") != 0
             || pl_key_below(g, 3) != 0 ? -1 : 0;
    if (rc == 0 && note)
        rc = buf_puts(g, "set label 104 ") != 0 || pl_text(g, note, 80) != 0
             || buf_printf(g, " at graph 0.5, graph 0.96 center font ',%d'  # the rate between "
                              "the bars\n", x->opt->font_size * 11 / 10) != 0 ? -1 : 0;
    if (rc == 0)
        rc = buf_puts(g, "plot ") != 0 || buf_append(g, plot.data, plot.len) != 0
             || buf_puts(g, "\n") != 0 ? -1 : 0;
    buf_free(&plot);
    return rc;
}

/* The rate between the first and last bar: a nominal path of the rows
 * between those years says it ("所述年均3%", "年均9.97%"); a stated
 * multiple adds "为2016年的1.6倍". */
static int rate_note(buf *t, const pl_ctx *x, const analysis_row *ref, int a, int b,
                     double va, double vb)
{
    bool en = x->w->en;
    char r[64], m[64];

    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *p = &x->rows->items[i];
        if (p->source != ANALYSIS_ROW_PATH || p->path_from != a || p->path_to != b
            || !p->indicator || strcmp(p->indicator, ref->indicator) || !isfinite(p->path_rate)
            || pl_row_real(x, p))
            continue;
        pl_numtext(r, p->path_rate, 2);
        if (buf_printf(t, p->path_stated ? (en ? "stated %s%% a year" : "所述年均%s%%")
                                         : (en ? "%s%% a year" : "年均%s%%"), r) != 0)
            return -1;
        break;
    }
    if (va > 0 && isfinite(vb / va)) {
        pl_numtext(m, vb / va, 2);
        return buf_printf(t, en ? "%s%d vs %d: ×%s" : "%s%d年为%d年的%s倍",
                          t->len ? (en ? "; " : "，") : "", b, a, m);
    }
    return 0;
}

int pl_panel_bars(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f)
{
    pl_point *p = malloc((x->rows->count + 1) * sizeof *p);
    bar *b = malloc((x->rows->count + 1) * sizeof *b);
    size_t n, m = 0;
    double maxabs = 0;
    pl_scale sc;
    buf note = BUF_INIT;
    int rc = -1;

    if (!p || !b)
        goto done;
    n = pl_collect(x->rows, ref, PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_IMPLIED), p);
    pl_mark(x, p, n);
    for (size_t i = 0; i < n; i++)
        if (!pl_row_real(x, p[i].row))
            maxabs = fmax(maxabs, fabs(p[i].value));
    sc = pl_scale_for(pl_unit_of(ref->unit, ref->indicator, ref->indicator_en), maxabs);
    for (size_t i = 0; i < n; i++) {
        const pl_point *q = &p[i];
        if (pl_row_real(x, q->row))
            continue;
        /* A year with a stated level shows it, not an implied one. */
        if (q->row->source == ANALYSIS_ROW_IMPLIED && m > 0 && b[m - 1].year == q->year)
            continue;
        b[m++] = (bar){ q->year, q->value / sc.div,
                        q->row->source == ANALYSIS_ROW_IMPLIED ? B_IMPLIED : q->est ? B_EST : B_STATED,
                        q->conflict };
    }
    rc = 0;
    if (m < 2)
        goto done;
    rc = rate_note(&note, x, ref, b[0].year, b[m - 1].year, b[0].value, b[m - 1].value) != 0
         ? -1 : draw(c, x, b, m, pl_unit_label(sc.unit, x->w->en), note.len ? note.data : NULL, f);
done:
    buf_free(&note);
    free(p);
    free(b);
    return rc;
}

int pl_chart_before_after(pl_chart *c, const pl_ctx *x, const analysis_finding *f)
{
    bool en = x->w->en;
    const char *name = en && f->indicator_en && f->indicator_en[0] ? f->indicator_en : f->indicator;
    double after = f->check == ANALYSIS_CHECK_MULTIPLE ? 100.0 * f->stated
                                                       : 100.0 * (1.0 + f->stated / 100.0);
    bar b[2] = { { f->from, 100.0, B_INDEX, false }, { f->to, after, B_INDEX, false } };
    buf title = BUF_INIT, axis = BUF_INIT, note = BUF_INIT;
    pl_frame fr = { 0.1, 0.95, 0.2, 0.85, NULL };
    char v[64], m[64];
    int rc;

    if (!(after >= 0) || !isfinite(after) || f->from <= 0 || f->to <= f->from)
        return GC_OK;
    pl_numtext(v, fabs(f->stated), 2);
    pl_numtext(m, after / 100.0, 3);
    if (f->check == ANALYSIS_CHECK_MULTIPLE)
        rc = buf_printf(&title, en ? "%s: %d vs %d: ×%s (stated; no level given)"
                                   : "%s：%d年为%d年的%s倍（所述，未给出水平）",
                        name, f->to, f->from, m);
    else if (en)
        rc = buf_printf(&title, "%s: %s by %s%% from %d to %d (stated; no level given)", name,
                        f->stated < 0 ? "down" : "up", v, f->from, f->to);
    else
        rc = buf_printf(&title, "%s：%d年至%d年累计%s%s%%（所述，未给出水平）", name, f->from,
                        f->to, f->stated < 0 ? "下降" : "增长", v);
    if (rc == 0)
        rc = buf_printf(&axis, en ? "index (%d = 100)" : "指数（%d年 = 100）", f->from);
    if (rc == 0)
        rc = buf_printf(&note, en ? "%d = %d × %s" : "%d年 = %d年 × %s", f->to, f->from, m);
    if (rc == 0)
        rc = pl_script_begin(c, x->opt, "before and after: a stated change or multiple as an "
                                        "index, base year = 100.") != 0
             || pl_heading(c, x, title.data, f->from, f->to) != 0
             || buf_printf(&c->dat, "# %s.dat -- data of %s.gp: bar position, index (base year "
                                    "= 100), label.\n", c->stem, c->stem) != 0
             || draw(c, x, b, 2, axis.data, note.data, fr) != 0 || pl_script_end(c, x->opt) != 0;
    buf_free(&title);
    buf_free(&axis);
    buf_free(&note);
    c->kind = "before-after";
    return rc ? GC_ENOMEM : GC_OK;
}
