/* lines.c -- the charts with one line per indicator: the index chart (every
 * indicator with levels in two or more years, divided by its first level
 * and times 100, so that growth of unlike units compares) and the shares
 * over time (every share a report gives for two or more years).
 *
 * The levels of a year are the stated one, else the official one, else the
 * implied one (pl_levels); growth paths are not levels.  The index is
 * index_t = 100 * value_t / value_base, base the first year; an indicator
 * whose base level is not positive has no index and is left out. */
#include <math.h>
#include <stdlib.h>

#include "plots_int.h"

/* Line k takes colour k mod 7 from the Okabe-Ito palette (which viewers
 * with any common colour vision deficiency tell apart; its yellow is left
 * out, unreadable on white), marker k mod 5 and, after every 7 lines, the
 * next dash: 35 lines before a colour and marker pair repeats, and no two
 * lines differ by colour alone. */
static const char *const colours[7] = { "#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                        "#E69F00", "#56B4E9", "#000000" };
static const int markers[5] = { 7, 5, 9, 11, 13 };
static const int dashes[3] = { 1, 2, 4 };

/* The label at the end of an index line. */
typedef struct end_label {
    int year;
    const char *colour;
    double index, at;    /* the value, and where the label sits */
} end_label;

typedef struct lines {
    pl_chart *c;
    buf plot;
    int blocks, first, last;
    bool index;          /* the index chart, else the shares */
    const pl_words *w;
    end_label *ends;     /* index chart: ends[0..blocks) */
    double lo, hi;       /* range of the index values */
} lines;

/* Writes one indicator's block and plot elements; skips it (returns 0)
 * when it has fewer than two years or, for the index, a base <= 0. */
static int indicator(lines *l, const analysis_rows *rows, const analysis_row *ref, pl_point *p)
{
    size_t n = pl_levels(rows, ref, p);
    buf *d = &l->c->dat, *b = &l->plot;

    if (n < 2 || (l->index && !(p[0].value > 0.0)))
        return 0;
    if ((l->blocks > 0 && buf_puts(d, "\n\n") != 0)
        || buf_printf(d, "# index %d: ", l->blocks) != 0 || pl_comment_text(d, ref->indicator) != 0
        || buf_puts(d, " in ") != 0 || pl_comment_text(d, ref->unit) != 0 || buf_putc(d, '\n') != 0)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (buf_printf(d, "%d ", p[i].year) != 0 || pl_num(d, p[i].value) != 0
            || (l->index && (buf_putc(d, ' ') != 0 || pl_num(d, 100.0 * p[i].value / p[0].value) != 0))
            || buf_putc(d, '\n') != 0)
            return -1;
        if (p[i].year < l->first)
            l->first = p[i].year;
        if (p[i].year > l->last)
            l->last = p[i].year;
    }
    if ((b->len > 0 && buf_puts(b, ", \\\n     ") != 0) || pl_filename(b, l->c->stem, "dat") != 0
        || buf_printf(b, " index %d using 1:%d with linespoints lw 2.5 lc rgb '%s' dt %d "
                         "pt %d ps 1.6", l->blocks, l->index ? 3 : 2, colours[l->blocks % 7],
                      dashes[l->blocks / 7 % 3], markers[l->blocks % 5]) != 0
        || pl_title(b, pl_row_name(ref, l->w->en), 40) != 0)
        return -1;
    if (l->index) {
        /* The last index at the line's end, placed by end_labels(). */
        double last = 100.0 * p[n - 1].value / p[0].value;
        l->ends[l->blocks] = (end_label){ p[n - 1].year, colours[l->blocks % 7], last, last };
        for (size_t i = 0; i < n; i++) {
            double v = 100.0 * p[i].value / p[0].value;
            l->lo = v < l->lo ? v : l->lo;
            l->hi = v > l->hi ? v : l->hi;
        }
    } else if (buf_puts(b, ", \\\n     ") != 0 || pl_filename(b, l->c->stem, "dat") != 0
               || buf_printf(b, " index %d using 1:2:(sprintf('%%g%%%%', $2)) with labels "
                                "offset char 0,1.2 tc rgb '%s' notitle", l->blocks,
                          colours[l->blocks % 7])) {
        return -1;  /* shares: every value labelled */
    }
    l->blocks++;
    return 0;
}

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

/* Writes the end labels of the index lines as "set label", moved apart so
 * that none overlaps the next (spread()), each joined to its line's end by
 * a short leader when moved.  A label is about 1.3 font sizes high (a point
 * is 96/72 pixels in pngcairo); the plot is about height - 170 pixels less
 * the key's rows below it (about four entries a row), and autoscaling
 * shows about 1.3 times the range of the values. */
static int end_labels(lines *l, const plots_options *opt)
{
    double line_px = opt->font_size * 96.0 / 72.0;
    double span = (l->hi - l->lo) * 1.3;
    double px = opt->height - 170.0 - (l->blocks + 3) / 4 * 1.25 * line_px;
    double sep = span > 0 && px > 0 ? span * 1.3 * line_px / px : 0;
    buf *g = &l->c->gp;

    qsort(l->ends, (size_t)l->blocks, sizeof l->ends[0], by_index);
    if (spread(l->ends, l->blocks, sep) != 0)
        return -1;
    for (int i = 0; i < l->blocks; i++) {
        end_label *e = &l->ends[i];
        if (fabs(e->at - e->index) > 0.25 * sep
            && (buf_printf(g, "set arrow from %d, ", e->year) != 0 || pl_num(g, e->index) != 0
                || buf_puts(g, " rto character 1.6, first ") != 0
                || pl_num(g, e->at - e->index) != 0
                || buf_printf(g, " nohead lw 1.5 lc rgb '%s'  # leader to a moved label\n",
                              e->colour) != 0))
            return -1;
        if (buf_printf(g, "set label %d ", i + 1) != 0
            || pl_textf(g, 20, "%.0f", e->index) != 0
            || buf_printf(g, " at %d, ", e->year) != 0 || pl_num(g, e->at) != 0
            || buf_printf(g, " left offset char 1.8,0 tc rgb '%s'\n", e->colour) != 0)
            return -1;
    }
    return 0;
}

static int header(lines *l)
{
    buf *g = &l->c->gp;

    if (buf_puts(g, "set title ") != 0
        || pl_text(g, l->index ? l->w->index_title : l->w->shares_title, 90) != 0
        || buf_puts(g, "\nset ylabel ") != 0
        || pl_text(g, l->index ? l->w->index_y : l->w->shares_y, 40) != 0)
        return -1;
    if (buf_puts(g, "\n") != 0
        || pl_year_tics(g, l->first, l->last, l->index ? 1.0 : 0.5) != 0
        || pl_key_below(g, l->index ? 5 : 4) != 0)
        return -1;
    return buf_puts(g, l->index ? "set offsets 0, 0, graph 0.1, graph 0.05\n"
                                  "set grid\n"
                                  "set arrow from graph 0, first 100 to graph 1, first 100 "
                                  "nohead dt 3 lc rgb 'black'  # the base year's level\n"
                                : "set yrange [0:*]  # from zero: a share's change shows "
                                  "at its true size\n"
                                  "set offsets 0, 0, graph 0.12, 0  # room for the value labels\n"
                                  "set grid\n");
}

/* The index chart (index) or the shares chart, one line per indicator. */
static int chart(const analysis_rows *rows, const pl_indicators *ind, const plots_options *opt,
                 pl_chart *c, bool index)
{
    const pl_words *w = pl_words_for(opt->lang);
    lines l = { c, BUF_INIT, 0, 1 << 30, -(1 << 30), index, w, NULL, 100.0, 100.0 };
    pl_point *p = malloc((rows->count + 1) * sizeof *p);
    int rc = GC_ENOMEM;

    l.ends = malloc((ind->count + 1) * sizeof *l.ends);
    if (!p || !l.ends)
        goto done;
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp, one block per indicator.\n"
                            "# Columns: year, level in the unit named%s.\n",
                   c->stem, c->stem, index ? ", index (first year = 100)" : " (%)") != 0)
        goto done;
    for (size_t i = 0; i < ind->count; i++) {
        const analysis_row *ref = pl_reference(rows, ind->first[i], !index);
        if (ref && indicator(&l, rows, ref, p) != 0)
            goto done;
    }
    rc = GC_OK;
    if (l.blocks == 0)
        goto done;
    rc = GC_ENOMEM;
    if (pl_script_begin(c, opt, index ? "the index chart: every indicator's levels, first "
                                        "year = 100." : "shares over time.") != 0
        || header(&l) != 0 || (index && end_labels(&l, opt) != 0)
        || buf_puts(&c->gp, "plot ") != 0
        || buf_append(&c->gp, l.plot.data, l.plot.len) != 0 || buf_puts(&c->gp, "\n") != 0
        || pl_script_end(c, opt) != 0)
        goto done;
    rc = GC_OK;
done:
    if (rc != GC_OK || l.blocks == 0) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    buf_free(&l.plot);
    free(l.ends);
    free(p);
    return rc;
}

int pl_chart_index(const analysis_rows *rows, const pl_indicators *ind,
                   const plots_options *opt, pl_chart *c)
{
    return chart(rows, ind, opt, c, true);
}

int pl_chart_shares(const analysis_rows *rows, const pl_indicators *ind,
                    const plots_options *opt, pl_chart *c)
{
    return chart(rows, ind, opt, c, false);
}
