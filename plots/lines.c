/* lines.c -- the charts with one line per indicator: the index chart (every
 * indicator with levels in two or more years, divided by its first level
 * and times 100, so that growth of unlike units compares) and the shares
 * over time (every share a report gives for two or more years).
 *
 * The levels of a year are the stated one, else the official one, else the
 * implied one (pl_levels); growth paths are not levels.  The index is
 * index_t = 100 * value_t / value_base, base the first year; an indicator
 * whose base level is not positive has no index and is left out. */
#include <stdlib.h>

#include "plots_int.h"

typedef struct lines {
    pl_chart *c;
    buf plot;
    int blocks, first, last;
    bool index;          /* the index chart, else the shares */
    const pl_words *w;
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
        || buf_printf(b, " index %d using 1:%d with linespoints lw 2.5 pt 7 ps 1.5 lc %d",
                      l->blocks, l->index ? 3 : 2, l->blocks + 1) != 0
        || pl_title(b, pl_row_name(ref, l->w->en), 30) != 0
        || buf_puts(b, ", \\\n     ") != 0 || pl_filename(b, l->c->stem, "dat") != 0)
        return -1;
    /* Index: the last value at the line's end; shares: every value. */
    if (l->index
        ? buf_printf(b, " index %d every ::%zu using 1:3:(sprintf('%%.0f', $3)) with labels "
                        "left offset char 0.8,0 tc lt %d notitle", l->blocks, n - 1, l->blocks + 1)
        : buf_printf(b, " index %d using 1:2:(sprintf('%%g%%%%', $2)) with labels "
                        "offset char 0,1.2 tc lt %d notitle", l->blocks, l->blocks + 1))
        return -1;
    l->blocks++;
    return 0;
}

static int header(lines *l)
{
    buf *g = &l->c->gp;

    if (buf_puts(g, "set title ") != 0
        || pl_text(g, l->index ? l->w->index_title : l->w->shares_title, 90) != 0
        || buf_puts(g, "\nset xlabel ") != 0 || pl_text(g, l->w->year, 40) != 0
        || buf_puts(g, "\nset ylabel ") != 0
        || pl_text(g, l->index ? l->w->index_y : l->w->shares_y, 40) != 0)
        return -1;
    if (buf_puts(g, "\n") != 0
        || pl_year_tics(g, l->first, l->last, l->index ? 1.0 : 0.5) != 0
        || pl_key(g) != 0)
        return -1;
    return buf_puts(g, l->index ? "set offsets 0, 0, graph 0.1, graph 0.05\n"
                                  "set grid\n"
                                  "set arrow from graph 0, first 100 to graph 1, first 100 "
                                  "nohead dt 3 lc rgb 'black'  # the base year's level\n"
                                : "set offsets 0, 0, graph 0.1, graph 0.05\n"
                                  "set grid\n");
}

/* The index chart (index) or the shares chart, one line per indicator. */
static int chart(const analysis_rows *rows, const pl_indicators *ind, const plots_options *opt,
                 pl_chart *c, bool index)
{
    const pl_words *w = pl_words_for(opt->lang);
    lines l = { c, BUF_INIT, 0, 1 << 30, -(1 << 30), index, w };
    pl_point *p = malloc((rows->count + 1) * sizeof *p);
    int rc = GC_ENOMEM;

    if (!p)
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
        || header(&l) != 0 || buf_puts(&c->gp, "plot ") != 0
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
