/* claims.c -- the claims overview, the chart for a first slide: one row per
 * checked rate, the stated rate against the rate computed from the levels
 * with its rounding interval as an error bar, coloured by verdict, the
 * largest gaps at the top.
 *
 * A row is a finding that has both a stated and a computed rate in percent
 * (average, year-on-year and total change, and rates checked against an
 * official series).  The gap that orders them is |gap_pp|, the distance
 * analysis found between the stated and the computed interval, then
 * |stated - computed|.  Rows beyond what the height can show legibly are
 * left out, and the title says so. */
#include <math.h>
#include <stdlib.h>

#include "plots_int.h"

/* By analysis_verdict: consistent, inconsistent, explained, unverifiable.
 * Okabe-Ito colours (told apart with any common colour vision deficiency:
 * bluish green, vermillion, orange, grey) and a marker of its own each
 * (circle, square, triangle, inverted triangle), so that no verdict is told
 * by colour alone. */
static const char *const verdict_colors[4] = { "#009E73", "#D55E00", "#E69F00", "#999999" };
static const int verdict_markers[4] = { 7, 5, 9, 11 };

typedef struct row {
    const analysis_finding *f;
    double gap, diff;   /* percentage points, >= 0 */
    size_t order;       /* position among the findings, for a stable sort */
} row;

static bool is_rate_check(analysis_check c)
{
    return c == ANALYSIS_CHECK_GROWTH_AVG || c == ANALYSIS_CHECK_GROWTH_YOY
           || c == ANALYSIS_CHECK_CHANGE_PCT || c == ANALYSIS_CHECK_SERIES_RATE;
}

static bool usable(const analysis_finding *f)
{
    return f->has_stated && f->has_computed && is_rate_check(f->check) && isfinite(f->stated)
           && isfinite(f->computed) && (unsigned)f->verdict < 4;
}

static int by_gap(const void *a, const void *b)
{
    const row *p = a, *q = b;

    if (p->gap != q->gap)
        return p->gap > q->gap ? -1 : 1;
    if (p->diff != q->diff)
        return p->diff > q->diff ? -1 : 1;
    return p->order < q->order ? -1 : 1;
}

/* The most rows that stay legible: a row needs about 1.9 times the font
 * size in pixels (pngcairo draws a point at 96/72 pixels), after 250 pixels
 * of title, axis and key. */
static size_t max_rows(const plots_options *opt)
{
    long room = (opt->height - 250) * 10L / (opt->font_size * 19L);

    return room < 5 ? 5 : (size_t)room;
}

static const char *check_word(const pl_words *w, analysis_check c)
{
    switch (c) {
    case ANALYSIS_CHECK_GROWTH_AVG: return w->check_avg;
    case ANALYSIS_CHECK_GROWTH_YOY: return w->check_yoy;
    case ANALYSIS_CHECK_CHANGE_PCT: return w->check_change;
    default: return w->check_series;
    }
}

/* "地区生产总值 2016–2021 年均增长" as a quoted literal; the name is clipped
 * alone so that the span and the check always show. */
static int row_label(buf *g, const analysis_finding *f, const pl_words *w)
{
    const char *name = w->en && f->indicator_en && f->indicator_en[0] ? f->indicator_en
                       : f->indicator ? f->indicator : "";
    buf t = BUF_INIT;
    int rc = pl_clip(&t, name, 34);

    if (rc == 0 && f->from && f->to && f->from != f->to)
        rc = buf_printf(&t, " %d–%d", f->from, f->to);
    else if (rc == 0 && (f->to || f->from))
        rc = buf_printf(&t, " %d", f->to ? f->to : f->from);
    if (rc == 0)
        rc = buf_printf(&t, " %s", check_word(w, f->check));
    if (rc == 0)
        rc = pl_text(g, t.data, 80);
    buf_free(&t);
    return rc;
}

/* The data: one line per row, "row stated computed low high verdict". */
static int data(pl_chart *c, const row *r, size_t n)
{
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp, one line per checked rate, largest gap first.\n"
                            "# Columns: row, stated rate (%%), computed rate (%%), its rounding\n"
                            "# interval low and high (%%), verdict (0 consistent, 1 inconsistent,\n"
                            "# 2 explained, 3 unverifiable), labels of the larger and smaller rate.\n", c->stem, c->stem) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        const analysis_finding *f = r[i].f;
        const analysis_interval *iv = &f->computed_iv;
        double lo = iv->lo_unbounded || !isfinite(iv->lo) ? f->computed : iv->lo;
        double hi = iv->hi_unbounded || !isfinite(iv->hi) ? f->computed : iv->hi;
        if (buf_printf(&c->dat, "%zu ", i + 1) != 0 || pl_num(&c->dat, f->stated) != 0
            || buf_putc(&c->dat, ' ') != 0 || pl_num(&c->dat, f->computed) != 0
            || buf_putc(&c->dat, ' ') != 0 || pl_num(&c->dat, lo) != 0
            || buf_putc(&c->dat, ' ') != 0 || pl_num(&c->dat, hi) != 0
            || buf_printf(&c->dat, " %d", (int)f->verdict) != 0)
            return -1;
        {
            char a[64], b[64];
            double big = f->stated > f->computed ? f->stated : f->computed;
            double small = f->stated > f->computed ? f->computed : f->stated;
            if (buf_printf(&c->dat, " \"%s\" \"%s\"\n", pl_numtext(a, big, 2),
                           pl_numtext(b, small, 2)) != 0)
                return -1;
        }
    }
    return 0;
}

/* Title (the tally of verdicts: what the chart finds), axes and the row
 * labels as y tics. */
static int settings(pl_chart *c, const row *r, size_t n, size_t total, const pl_ctx *x)
{
    const pl_words *w = x->w;
    buf *g = &c->gp;
    buf t = BUF_INIT;
    size_t count[4] = { 0, 0, 0, 0 };
    int rc, first = 1 << 30, last = 0;

    for (size_t i = 0; i < n; i++) {
        count[r[i].f->verdict]++;
        if (r[i].f->from && r[i].f->from < first)
            first = r[i].f->from;
        if (r[i].f->to > last)
            last = r[i].f->to;
    }
    {
        static const char *const zh[4] = { "一致", "不一致", "不一致但可解释", "无法核实" };
        static const char *const en[4] = { "consistent", "inconsistent", "explained",
                                           "unverifiable" };
        bool any = false;
        rc = w->en ? buf_printf(&t, "%zu stated rates checked: ", n)
                   : buf_printf(&t, "核对%zu个所述增长率：", n);
        for (int v = 0; v < 4 && rc == 0; v++) {
            if (count[v] == 0)
                continue;
            rc = w->en ? buf_printf(&t, "%s%zu %s", any ? ", " : "", count[v], en[v])
                       : buf_printf(&t, "%s%zu个%s", any ? "，" : "", count[v], zh[v]);
            any = true;
        }
    }
    if (rc == 0 && n < total)
        rc = buf_printf(&t, "%s%zu%s%zu%s", w->claims_top[0], n, w->claims_top[1], total,
                        w->claims_top[2]);
    if (rc == 0)
        rc = buf_printf(g, "set tmargin at screen %.3f\n", pl_plot_top(x->opt, false)) != 0
             || pl_heading(c, x, t.data, first < last ? first : 0, last) != 0;
    buf_free(&t);
    if (rc != 0 || buf_puts(g, "set xlabel ") != 0 || pl_text(g, w->claims_x, 80) != 0
        || buf_printf(g, "\nset yrange [%zu.6:0.4]  # row 1, the largest gap, at the top\n"
                         "set ytics nomirror (", n) != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (buf_puts(g, i ? ", \\\n    " : " \\\n    ") != 0 || row_label(g, r[i].f, w) != 0
            || buf_printf(g, " %zu", i + 1) != 0)
            return -1;
    }
    return buf_puts(g, ")\n"
                       "set xrange [*<0:0<*]  # always shows zero growth, the reference\n"
                       "set offsets graph 0.1, graph 0.1, 0, 0  # room for the value labels\n"
                       "set grid xtics\n"
                       "set yzeroaxis lt -1 lw 1.5  # zero growth\n");
}

/* The plot command: the gap as a grey bar, then the computed rates with
 * their intervals, one element per verdict present, then the stated rates
 * on top. */
static int plot(pl_chart *c, const row *r, size_t n, const pl_words *w)
{
    buf *g = &c->gp, elems = BUF_INIT;
    bool present[4] = { false, false, false, false };
    int rc = 0;

    for (size_t i = 0; i < n; i++)
        present[r[i].f->verdict] = true;
    rc = pl_filename(&elems, c->stem, "dat") != 0
         || buf_puts(&elems, " using 2:1:($3-$2):(0) with vectors nohead lw 6 lc rgb '#dddddd' "
                             "notitle") != 0;
    for (int v = 0; v < 4 && rc == 0; v++)
        if (present[v])
            rc = buf_puts(&elems, ", \\\n     ") != 0 || pl_filename(&elems, c->stem, "dat") != 0
                 || buf_printf(&elems, " using ($6 == %d ? $3 : NaN):1:4:5 with xerrorbars pt %d "
                                       "ps 1.8 lw 2 lc rgb '%s'", v, verdict_markers[v],
                               verdict_colors[v]) != 0
                 || pl_title(&elems, w->verdict[v], 40) != 0;
    /* The stated rate is an open diamond, so that a computed rate equal to
     * it still shows.  The smaller of the two rates is labelled on the left,
     * the larger on the right, each beyond its end of the bar. */
    if (rc == 0)
        rc = buf_puts(&elems, ", \\\n     ") != 0 || pl_filename(&elems, c->stem, "dat") != 0
             || buf_puts(&elems, " using 2:1 with points pt 12 ps 2.4 lw 2 lc rgb 'black'") != 0
             || pl_title(&elems, w->claims_stated, 40) != 0
             || buf_puts(&elems, ", \\\n     ") != 0 || pl_filename(&elems, c->stem, "dat") != 0
             || buf_puts(&elems, " using ($2 > $3 ? $2 : $5):1:7 "
                                 "with labels left offset char 1,0 notitle") != 0
             || buf_puts(&elems, ", \\\n     ") != 0 || pl_filename(&elems, c->stem, "dat") != 0
             || buf_puts(&elems, " using ($2 > $3 ? $4 : $2):1:8 "
                                 "with labels right offset char -1,0 notitle") != 0;
    if (rc == 0)
        rc = pl_key_below(g, 5) != 0 || buf_puts(g, "plot ") != 0
             || buf_append(g, elems.data, elems.len) != 0 || buf_puts(g, "\n") != 0;
    buf_free(&elems);
    return rc ? -1 : 0;
}

int pl_chart_claims(const pl_ctx *x, pl_chart *c)
{
    const analysis_findings *findings = x->findings;
    const plots_options *opt = x->opt;
    const pl_words *w = x->w;
    row *r = NULL;
    size_t n = 0, shown;
    int rc = GC_ENOMEM;

    if (!findings || findings->count == 0)
        return GC_OK;
    r = malloc(findings->count * sizeof *r);
    if (!r)
        return GC_ENOMEM;
    for (size_t i = 0; i < findings->count; i++) {
        const analysis_finding *f = &findings->items[i];
        if (!usable(f))
            continue;
        r[n].f = f;
        r[n].gap = isfinite(f->gap_pp) ? fabs(f->gap_pp) : 0.0;
        r[n].diff = fabs(f->stated - f->computed);
        r[n].order = i;
        n++;
    }
    rc = GC_OK;
    if (n == 0)
        goto done;
    qsort(r, n, sizeof r[0], by_gap);
    shown = n < max_rows(opt) ? n : max_rows(opt);
    rc = GC_ENOMEM;
    if (data(c, r, shown) != 0
        || pl_script_begin(c, opt, "the claims overview: stated against computed growth "
                                   "rates, largest gaps first.") != 0
        || settings(c, r, shown, n, x) != 0 || plot(c, r, shown, w) != 0
        || pl_script_end(c, opt) != 0)
        goto done;
    rc = GC_OK;
done:
    c->kind = "claims";
    if (rc != GC_OK) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    free(r);
    return rc;
}
