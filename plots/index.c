/* index.c -- the index chart: how fast the indicators grew, compared.
 *
 * Each indicator with stated levels in two or more years (what the report
 * says, not what its rates imply) becomes index_t = 100 v_t / v_first; at
 * most PL_INDEX_MAX of them, those with the most stated years first, so
 * the chart stays readable.  Lines join consecutive years only and each is
 * named at its end, not in a key.  When no indicator has more than two
 * stated years a line would only join two dots across the years between,
 * so the chart becomes bars of the last index ("growth-compared"). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

static const int markers[PL_INDEX_MAX] = { 7, 5, 9, 11, 13, 15 };

/* The label at the end of an index line. */
typedef struct end_label {
    int year;
    const char *colour;
    const char *name;
    double index, at;    /* the value, and where the label sits */
} end_label;

typedef struct series {
    const analysis_row *ref;
    pl_point *p;         /* stated levels, one a year */
    size_t n;
    size_t order;
} series;

static int by_index(const void *a, const void *b)
{
    const end_label *p = a, *q = b;

    return (p->index > q->index) - (p->index < q->index);
}

/* Places the labels e[0..n), sorted by value, at least sep apart and each
 * crowded run of them centred on the mean of its values, so that none
 * strays further than it must: runs are merged bottom up while a run's
 * lowest label would sit closer than sep to the highest of the run below.
 * Returns 0 or -1 when out of memory. */
static int spread(end_label *e, int n, double sep)
{
    int *first = malloc((size_t)n * sizeof *first), k = 0;
    double *sum = malloc((size_t)n * sizeof *sum);

    if (!first || !sum) {
        free(first);
        free(sum);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        first[k] = i;
        sum[k++] = e[i].index;
        while (k > 1) {
            int m = i + 1 - first[k - 1], mp = first[k - 1] - first[k - 2];
            double low = sum[k - 1] / m - (m - 1) * sep / 2;
            double top_below = sum[k - 2] / mp + (mp - 1) * sep / 2;
            if (low >= top_below + sep)
                break;
            sum[k - 2] += sum[k - 1];
            k--;
        }
    }
    for (int r = 0; r < k; r++) {
        int last = r + 1 < k ? first[r + 1] : n, m = last - first[r];
        for (int i = first[r]; i < last; i++)
            e[i].at = sum[r] / m + (i - first[r] - (m - 1) / 2.0) * sep;
    }
    free(first);
    free(sum);
    return 0;
}

/* Writes the end labels "name 161" of the index lines, moved apart so
 * that none overlaps the next (spread()), each joined to its line's end by
 * a short leader when moved. */
static int end_labels(buf *g, end_label *e, int n, double lo, double hi, const pl_ctx *x)
{
    double line_px = x->opt->font_size * 96.0 / 72.0;
    double span = (hi - lo) * 1.3;
    double px = x->opt->height * 0.6;
    double sep = span > 0 && px > 0 ? span * 1.3 * line_px / px : 0;
    char v[64];

    qsort(e, (size_t)n, sizeof e[0], by_index);
    if (spread(e, n, sep) != 0)
        return -1;
    for (int i = 0; i < n; i++) {
        if (fabs(e[i].at - e[i].index) > 0.25 * sep
            && (buf_printf(g, "set arrow from %d, ", e[i].year) != 0 || pl_num(g, e[i].index) != 0
                || buf_puts(g, " rto character 1.6, first ") != 0
                || pl_num(g, e[i].at - e[i].index) != 0
                || buf_printf(g, " nohead lw 1.5 lc rgb '%s'  # leader to a moved label\n",
                              e[i].colour) != 0))
            return -1;
        pl_numtext(v, e[i].index, 0);
        if (buf_printf(g, "set label %d ", i + 1) != 0
            || pl_textf(g, 40, "%s %s", e[i].name, v) != 0
            || buf_printf(g, " at %d, ", e[i].year) != 0 || pl_num(g, e[i].at) != 0
            || buf_printf(g, " left offset char 1.8,0 tc rgb '%s'\n", e[i].colour) != 0)
            return -1;
    }
    return 0;
}

static int by_points(const void *a, const void *b)
{
    const series *p = a, *q = b;

    if (p->n != q->n)
        return p->n > q->n ? -1 : 1;
    return p->order < q->order ? -1 : 1;
}

/* The CAGR path rate between a and b of ref's indicator, or NaN. */
static double cagr(const pl_ctx *x, const analysis_row *ref, int a, int b)
{
    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *r = &x->rows->items[i];
        if (r->source == ANALYSIS_ROW_PATH && !r->path_stated && r->path_from == a
            && r->path_to == b && r->indicator && !strcmp(r->indicator, ref->indicator))
            return r->path_rate;
    }
    return NAN;
}

static double idx(const series *s, size_t i)
{
    return 100.0 * s->p[i].value / s->p[0].value;
}

/* Lines: one block per series, blank lines at missing years. */
static int draw_lines(pl_chart *c, const pl_ctx *x, series *s, size_t ns)
{
    buf plot = BUF_INIT, title = BUF_INIT, *g = &c->gp;
    end_label e[PL_INDEX_MAX];
    int first = 1 << 30, last = 0, rc = 0;
    double lo = 100, hi = 100;
    size_t best = 0;

    for (size_t k = 0; k < ns && rc == 0; k++) {
        char style[200];
        int prev = 0, blk = pl_block(c, x->w->en ? "index, first stated year = 100"
                                                 : "index, first stated year = 100");
        const char *colour = x->look->series[k];
        rc = blk < 0 || buf_puts(&c->dat, "# indicator: ") != 0
             || pl_comment_text(&c->dat, s[k].ref->indicator) != 0
             || buf_putc(&c->dat, '\n') != 0 ? -1 : 0;
        for (size_t i = 0; i < s[k].n && rc == 0; i++) {
            pl_point q = s[k].p[i];
            q.value = q.lo = q.hi = idx(&s[k], i);
            rc = pl_dat_row(&c->dat, &prev, &q, 1.0, x);
            lo = fmin(lo, q.value);
            hi = fmax(hi, q.value);
            first = q.year < first ? q.year : first;
            last = q.year > last ? q.year : last;
        }
        snprintf(style, sizeof style, "using 1:2 with linespoints lw %.1f pt %d ps %.1f lc rgb '%s'",
                 2.5 * x->look->lw, markers[k], 1.5 * x->look->ps, colour);
        if (rc == 0)
            rc = pl_elem(&plot, c, blk, style, NULL);
        e[k] = (end_label){ s[k].p[s[k].n - 1].year, colour, pl_row_name(s[k].ref, x->w->en),
                            idx(&s[k], s[k].n - 1), idx(&s[k], s[k].n - 1) };
        if (idx(&s[k], s[k].n - 1) > idx(&s[best], s[best].n - 1))
            best = k;
    }
    if (rc == 0) {
        char v[64];
        const char *name = pl_row_name(s[best].ref, x->w->en);
        int y = s[best].p[s[best].n - 1].year;
        pl_numtext(v, idx(&s[best], s[best].n - 1), 0);
        rc = x->w->en ? buf_printf(&title, "Growth compared: %s grew most (index %s in %d, "
                                           "first stated year = 100)", name, v, y)
                      : buf_printf(&title, "增长对比：%s增长最多（%d年指数%s，首个所述年份 = 100）",
                                   name, y, v);
    }
    rc = rc || pl_heading(c, x, title.data, first, last) != 0
         || pl_panel_frame(g, x, (pl_frame){ 0.08, 0.80, 0.12, 0.86, NULL }, NULL, first, last, 0.3) != 0
         || buf_puts(g, "unset key  # each line is named at its end\nset ylabel ") != 0
         || pl_text(g, x->w->index_y, 40) != 0 || buf_putc(g, '\n') != 0
         || pl_yaxis(g, 0, hi, "an index from zero") != 0
         || buf_puts(g, "set arrow from graph 0, first 100 to graph 1, first 100 nohead dt 3 "
                        "lc rgb '#555555'  # the base year's level\n") != 0
         || end_labels(g, e, (int)ns, lo, hi, x) != 0
         || buf_puts(g, "plot ") != 0 || buf_append(g, plot.data, plot.len) != 0
         || buf_puts(g, "\n") != 0;
    buf_free(&plot);
    buf_free(&title);
    return rc ? -1 : 0;
}

/* Bars: the last index of each series, largest first, with its span and
 * average rate written. */
static int draw_bars(pl_chart *c, const pl_ctx *x, series *s, size_t ns)
{
    buf plot = BUF_INIT, title = BUF_INIT, *g = &c->gp;
    int first = 1 << 30, last = 0, rc = 0, blk;
    double hi = 100;
    bool en = x->w->en;
    size_t order[PL_INDEX_MAX];

    for (size_t k = 0; k < ns; k++)
        order[k] = k;
    for (size_t i = 1; i < ns; i++)     /* largest last index first */
        for (size_t j = i; j > 0 && idx(&s[order[j]], s[order[j]].n - 1)
                                    > idx(&s[order[j - 1]], s[order[j - 1]].n - 1); j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    blk = pl_block(c, "row, index at the last stated year (first = 100), label");
    rc = blk < 0 ? -1 : 0;
    for (size_t r = 0; r < ns && rc == 0; r++) {
        const series *q = &s[order[r]];
        const pl_point *a = &q->p[0], *b = &q->p[q->n - 1];
        double v = idx(q, q->n - 1), rate = cagr(x, q->ref, a->year, b->year);
        char tv[64], tr[64];
        buf lab = BUF_INIT;
        pl_numtext(tv, v, 0);
        rc = buf_printf(&lab, en ? "%s (%d–%d" : "%s（%d–%d年", tv, a->year, b->year);
        if (rc == 0 && isfinite(rate))
            rc = buf_printf(&lab, en ? ", %s%% a year" : "，年均%s%%", pl_numtext(tr, rate, 2));
        if (rc == 0)
            rc = buf_puts(&lab, en ? ")" : "）");
        if (rc == 0)
            rc = buf_printf(&c->dat, "%zu ", r + 1) != 0 || pl_num(&c->dat, v) != 0
                 || buf_printf(&c->dat, " \"%s\"\n", lab.data) != 0 ? -1 : 0;
        buf_free(&lab);
        hi = fmax(hi, v);
        first = a->year < first ? a->year : first;
        last = b->year > last ? b->year : last;
    }
    if (rc == 0) {
        char v[64];
        const series *b = &s[order[0]];
        pl_numtext(v, idx(b, b->n - 1), 0);
        rc = en ? buf_printf(&title, "Change compared: %s grew most (index %s, first stated "
                                     "year = 100)", pl_row_name(b->ref, true), v)
                : buf_printf(&title, "变化对比：%s增长最多（指数%s，首个所述年份 = 100）",
                             pl_row_name(b->ref, false), v);
    }
    if (rc == 0) {
        char style[200];
        snprintf(style, sizeof style, "using (0):1:(0):2:($1-0.3):($1+0.3) with boxxyerror "
                                      "fs solid 0.85 noborder lc rgb '%s'", x->look->fill_stated);
        rc = pl_elem(&plot, c, blk, style, NULL) != 0
             || pl_elem(&plot, c, blk, "using 2:1:3 with labels left offset char 1,0", NULL) != 0;
    }
    rc = rc || pl_heading(c, x, title.data, first, last) != 0
         || pl_panel_frame(g, x, (pl_frame){ 0.30, 0.95, 0.12, 0.86, NULL }, NULL, 0, 0, 0) != 0
         || buf_printf(g, "unset key\nunset grid\nset yrange [%zu.6:0.4]\nset ytics nomirror (", ns)
                != 0;
    for (size_t r = 0; r < ns && !rc; r++)
        rc = buf_puts(g, r ? ", " : "") != 0
             || pl_text(g, pl_row_name(s[order[r]].ref, en), 24) != 0
             || buf_printf(g, " %zu", r + 1) != 0;
    rc = rc || buf_puts(g, ") scale 0\nset xlabel ") != 0
         || pl_text(g, en ? "index at the last stated year (first stated year = 100)"
                          : "最后所述年份的指数（首个所述年份 = 100）", 80) != 0
         || buf_printf(g, "\nset xrange [0:%g]\nset xtics format '%%.0f'\n", ceil(hi * 1.45 / 50) * 50) != 0
         || buf_puts(g, "set arrow from first 100, graph 0 to first 100, graph 1 nohead dt 3 "
                        "lc rgb '#555555'  # no change\n") != 0
         || buf_puts(g, "plot ") != 0 || buf_append(g, plot.data, plot.len) != 0
         || buf_puts(g, "\n") != 0;
    buf_free(&plot);
    buf_free(&title);
    return rc ? -1 : 0;
}

int pl_chart_index(const pl_ctx *x, const pl_indicators *ind, pl_chart *c, bool *in)
{
    series *s = calloc(ind->count + 1, sizeof *s);
    pl_point *p = malloc((x->rows->count + 1) * sizeof *p);
    size_t ns = 0, most = 0, total = 0;
    int rc = GC_ENOMEM;

    if (!s || !p)
        goto done;
    for (size_t i = 0; i < ind->count; i++) {
        const analysis_row *ref = pl_reference(x->rows, ind->first[i], false);
        size_t n, k = 0;
        in[i] = false;
        if (!ref)
            continue;
        n = pl_collect(x->rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
        pl_mark(x, p, n);
        for (size_t j = 0; j < n; j++)      /* one a year: the first stated */
            if (k == 0 || p[k - 1].year != p[j].year)
                p[k++] = p[j];
        if (k < 2 || !(p[0].value > 0))
            continue;
        s[ns] = (series){ ref, malloc(k * sizeof *p), k, i };
        if (!s[ns].p)
            goto done;
        memcpy(s[ns++].p, p, k * sizeof *p);
    }
    qsort(s, ns, sizeof s[0], by_points);
    total = ns;
    if (ns > PL_INDEX_MAX)
        ns = PL_INDEX_MAX;
    rc = GC_OK;
    if (ns == 0)
        goto done;
    for (size_t k = 0; k < ns; k++) {
        in[s[k].order] = true;
        most = s[k].n > most ? s[k].n : most;
    }
    snprintf(c->stem, sizeof c->stem, "%s", most >= 3 ? "index" : "growth-compared");
    c->kind = most >= 3 ? "index" : "growth-compared";
    rc = GC_ENOMEM;
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp: each indicator's stated levels as an "
                            "index, first stated year = 100.\n", c->stem, c->stem) != 0
        || pl_script_begin(c, x->opt, "the index chart: indicators' stated levels, first "
                                      "stated year = 100.") != 0
        || (most >= 3 ? draw_lines(c, x, s, ns) : draw_bars(c, x, s, ns)) != 0
        || pl_script_end(c, x->opt) != 0)
        goto done;
    rc = GC_OK;
done:
    if (rc != GC_OK) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    for (size_t k = 0; s && k < (total > ns ? total : ns); k++)
        free(s[k].p);
    free(s);
    free(p);
    return rc;
}
