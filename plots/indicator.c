/* indicator.c -- one chart per indicator: its levels in current units (as
 * lines and points, or as bars when it has levels in just two years) and,
 * when a growth path rests on a real rate, a second panel with that path
 * as a volume index.  The title states the indicator's main finding. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

int pl_indicator_facts(const pl_ctx *x, const analysis_row *ref, size_t *years,
                       bool *official, bool *real)
{
    const analysis_rows *rows = x->rows;
    int last = 0;

    *years = 0;
    *official = *real = false;
    /* rows are in year order within an indicator's source, not overall:
     * count distinct years of current-unit levels by collecting them. */
    pl_point *p = malloc((rows->count + 1) * sizeof *p);
    size_t n;
    if (!p)
        return GC_ENOMEM;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_OFFICIAL)
                                  | PL_SRC(ANALYSIS_ROW_IMPLIED), p);
    for (size_t i = 0; i < n; i++) {
        if (pl_row_real(x, p[i].row))
            continue;
        if (p[i].row->source == ANALYSIS_ROW_OFFICIAL)
            *official = true;
        if (*years == 0 || p[i].year != last)
            (*years)++;
        last = p[i].year;
    }
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_PATH), p);
    for (size_t i = 0; i < n && !*real; i++)
        *real = p[i].row->path_from > 0 && pl_row_real(x, p[i].row);
    free(p);
    return GC_OK;
}

/* Levels implied by a real rate are no levels in current prices: neither
 * panel draws them, and a note at the foot says which years. */
static int note_real(pl_chart *c, const pl_ctx *x, const analysis_row *ref, double at)
{
    pl_point *p = malloc((x->rows->count + 1) * sizeof *p);
    buf years = BUF_INIT;
    size_t n;
    int rc = 0;

    if (!p)
        return -1;
    n = pl_collect(x->rows, ref, PL_SRC(ANALYSIS_ROW_IMPLIED), p);
    for (size_t i = 0; i < n && rc == 0; i++)
        if (pl_row_real(x, p[i].row))
            rc = buf_printf(&years, "%s%d", years.len ? ", " : "", p[i].year);
    if (rc == 0 && years.len)
        rc = buf_puts(&c->gp, "set label 103 ") != 0
             || pl_textf(&c->gp, 140, x->w->en ? "Not drawn: the %s level implied by a rate at "
                                                 "comparable prices is not in current prices"
                                               : "未画出：%s年由可比价增速推算的水平，不是现价水平",
                         years.data) != 0
             || buf_printf(&c->gp, " at screen %.3f, screen 0.015 left font ',%d' tc rgb "
                                   "'#555555'  # what is left out, and why\n", at,
                           x->opt->font_size * 4 / 5) != 0;
    buf_free(&years);
    free(p);
    return rc ? -1 : 0;
}

int pl_chart_indicator(const pl_ctx *x, const analysis_row *ref, pl_chart *c)
{
    pl_frame whole = { 0.09, 0.96, 0.24, 0.86, NULL };
    pl_frame left = { 0.09, 0.47, 0.30, 0.82, NULL }, right = { 0.58, 0.96, 0.30, 0.82, NULL };
    size_t years;
    bool official, real, lines, bars, two;
    buf title = BUF_INIT;
    int first = 0, last = 0, rc = GC_ENOMEM;
    pl_point *p = malloc((x->rows->count + 1) * sizeof *p);
    size_t n;

    if (!p || pl_indicator_facts(x, ref, &years, &official, &real) != GC_OK) {
        free(p);
        return GC_ENOMEM;
    }
    lines = official || years >= 3;
    bars = !lines && years == 2;
    two = real && (lines || bars);
    if (!lines && !bars && !real) {
        free(p);
        return GC_OK;
    }
    n = pl_collect(x->rows, ref, PL_SRC(ANALYSIS_ROW_STATED) | PL_SRC(ANALYSIS_ROW_OFFICIAL)
                                     | PL_SRC(ANALYSIS_ROW_IMPLIED) | PL_SRC(ANALYSIS_ROW_PATH), p);
    if (n > 0) {
        first = p[0].year;
        last = p[n - 1].year;
    }
    c->kind = two ? (bars ? "bars+volume" : "levels+volume") : bars ? "bars" : lines ? "levels"
                                                                               : "volume";
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp, one block per series.\n"
                            "# Columns: year (or bar position), value in the chart's unit, "
                            "interval low, high, label.\n# Indicator: ", c->stem, c->stem) != 0
        || pl_comment_text(&c->dat, ref->indicator) != 0 || buf_puts(&c->dat, "; unit: ") != 0
        || pl_comment_text(&c->dat, ref->unit) != 0 || buf_puts(&c->dat, "\n") != 0
        || pl_finding_title(&title, x, ref) != 0
        || pl_script_begin(c, x->opt, "one indicator: its levels in current units and, when a "
                                      "path rests on a real rate, that path as a volume "
                                      "index.") != 0
        || pl_heading(c, x, title.data, first, last) != 0)
        goto done;
    left.title = x->w->en ? "Levels at current prices" : "现价水平";
    if (note_real(c, x, ref, two ? left.left : whole.left) != 0)
        goto done;
    if (two && buf_puts(&c->gp, "set multiplot\n") != 0)
        goto done;
    if (lines && pl_panel_lines(c, x, ref, two ? left : whole) != 0)
        goto done;
    if (bars && pl_panel_bars(c, x, ref, two ? left : whole) != 0)
        goto done;
    if (two && buf_puts(&c->gp, "unset label\nunset arrow\n") != 0)
        goto done;
    if (real && pl_panel_volume(c, x, ref, two ? right : whole) != 0)
        goto done;
    if (two && buf_puts(&c->gp, "unset multiplot\n") != 0)
        goto done;
    if (pl_script_end(c, x->opt) != 0)
        goto done;
    rc = GC_OK;
done:
    if (rc != GC_OK) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    buf_free(&title);
    free(p);
    return rc;
}
