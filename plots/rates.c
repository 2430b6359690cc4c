/* rates.c -- the stated rates of indicators that have no level: a bar per
 * indicator, its rate and what the rate is ("2016年同比", "2011–2016年年均").
 * A statistical communiqué often gives nothing else; a rate alone cannot be
 * checked, so the title says so, and the bars start at zero. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

#define MAX_BARS 14      /* more rows than this are unreadable on a slide */

static bool wanted(const analysis_finding *f)
{
    return f->has_stated && isfinite(f->stated) && f->stated_unit && !strcmp(f->stated_unit, "%")
           && (f->check == ANALYSIS_CHECK_GROWTH_YOY || f->check == ANALYSIS_CHECK_GROWTH_AVG
               || f->check == ANALYSIS_CHECK_IMPLIED || f->check == ANALYSIS_CHECK_CHANGE_PCT);
}

int pl_chart_rates(const pl_ctx *x, const char *const *names, size_t nnames, pl_chart *c)
{
    const analysis_findings *fs = x->findings;
    const analysis_finding **row = calloc(nnames + 1, sizeof *row);
    buf plot = BUF_INIT, title = BUF_INIT, *g = &c->gp;
    size_t n = 0, top = 0;
    bool en = x->w->en;
    double lo = 0, hi = 0;
    int rc = GC_ENOMEM, blk, first = 1 << 30, last = 0;

    if (!row)
        return GC_ENOMEM;
    for (size_t k = 0; k < nnames && n < MAX_BARS; k++)
        for (size_t i = 0; i < fs->count; i++)
            if (fs->items[i].indicator && !strcmp(fs->items[i].indicator, names[k])
                && wanted(&fs->items[i])) {
                row[n++] = &fs->items[i];
                break;
            }
    rc = GC_OK;
    if (n == 0)
        goto done;
    rc = GC_ENOMEM;
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp: row, stated rate (%%), label.\n",
                   c->stem, c->stem) != 0 || (blk = pl_block(c, "stated rates")) < 0)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const analysis_finding *f = row[i];
        char v[64];
        pl_numtext(v, f->stated, 2);
        if (buf_printf(&c->dat, "%zu ", i + 1) != 0 || pl_num(&c->dat, f->stated) != 0
            || buf_printf(&c->dat, " \"%s%% ", v) != 0)
            goto done;
        if (f->check == ANALYSIS_CHECK_CHANGE_PCT && f->to > f->from && f->from > 0
                ? buf_printf(&c->dat, en ? "(total, %d–%d)\"\n" : "（%d–%d年累计）\"\n",
                             f->from, f->to)
            : f->to <= 0 ? buf_puts(&c->dat, en ? "(yoy)\"\n" : "（同比）\"\n")
            : (f->check == ANALYSIS_CHECK_GROWTH_YOY || f->to - f->from <= 1)
                ? buf_printf(&c->dat, en ? "(%d, yoy)\"\n" : "（%d年同比）\"\n", f->to)
                : buf_printf(&c->dat, en ? "(%d–%d)\"\n" : "（%d–%d年）\"\n", f->from, f->to))
            goto done;
        lo = fmin(lo, f->stated);
        hi = fmax(hi, f->stated);
        top = f->stated > row[top]->stated ? i : top;
        if (f->to > 0) {
            int from = f->from > 0 && f->from < f->to ? f->from : f->to;
            first = from < first ? from : first;
            last = f->to > last ? f->to : last;
        }
    }
    {
        char v[64];
        const char *name = en && row[top]->indicator_en ? row[top]->indicator_en : row[top]->indicator;
        pl_numtext(v, row[top]->stated, 2);
        if ((n == 1 ? (en ? buf_printf(&title, "Stated growth rate, with no level to check it: %s "
                                              "%s%%", name, v)
                         : buf_printf(&title, "所述增长率（没有可核对的水平）：%s%s%%", name, v))
                   : (en ? buf_printf(&title, "Stated growth rates, with no level to check them: %s "
                                              "highest (%s%%)", name, v)
                         : buf_printf(&title, "所述增长率（没有可核对的水平）：%s最高（%s%%）",
                                      name, v))) != 0)
            goto done;
    }
    {
        char style[200];
        snprintf(style, sizeof style, "using (0):1:(0):2:($1-0.3):($1+0.3) with boxxyerror "
                 "fs solid 0.85 noborder lc rgb '%s'", x->look->fill_stated);
        if (pl_elem(&plot, c, blk, style, NULL) != 0
            || pl_elem(&plot, c, blk, "using ($2 < 0 ? 0 : $2):1:3 with labels left offset char 1,0",
                       NULL) != 0)
            goto done;
    }
    if (pl_script_begin(c, x->opt, "stated growth rates of indicators with no level.") != 0
        || pl_heading(c, x, title.data, first < last ? first : last, last) != 0
        || pl_panel_frame(g, x, (pl_frame){ 0.30, 0.95, 0.12, 0.86, NULL }, NULL, 0, 0, 0) != 0
        || buf_printf(g, "unset key\nunset grid\nset yrange [%zu.6:0.4]\nset ytics nomirror scale 0 (",
                      n) != 0)
        goto done;
    for (size_t i = 0; i < n; i++) {
        const char *name = en && row[i]->indicator_en ? row[i]->indicator_en : row[i]->indicator;
        if (buf_puts(g, i ? ", " : "") != 0 || pl_text(g, name, 24) != 0
            || buf_printf(g, " %zu", i + 1) != 0)
            goto done;
    }
    if (buf_puts(g, ")\nset xlabel ") != 0
        || pl_text(g, en ? "stated growth (%)" : "所述增长率（%）", 40) != 0
        || buf_printf(g, "\nset xrange [%g:%g]  # room on the right for the labels\n"
                         "set xtics format '%%.0f'\n", lo < 0 ? floor(lo * 1.1) : 0.0,
                      ceil(hi + (hi - lo) * 0.6 + 1)) != 0
        || buf_puts(g, "set arrow from first 0, graph 0 to first 0, graph 1 nohead lc rgb "
                       "'black'  # zero growth\nplot ") != 0
        || buf_append(g, plot.data, plot.len) != 0 || buf_puts(g, "\n") != 0
        || pl_script_end(c, x->opt) != 0)
        goto done;
    c->kind = "stated-rates";
    rc = GC_OK;
done:
    if (rc != GC_OK || n == 0) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    buf_free(&plot);
    buf_free(&title);
    free(row);
    return rc;
}
