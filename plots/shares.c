/* shares.c -- shares as stacked bars: each bar is a whole, 100%.
 *
 * The shares a report states of one whole in one year that add up to 100
 * (a sector structure, "三次产业结构1:20:79" read as 1%, 20%, 79%) make one
 * bar of several parts.  Any other share is its indicator's part of its
 * own whole ("占全市的21.8%"): a bar of that part and the rest.  Shares of
 * one whole that add up to more than 100 overlap and are never stacked.
 * The whole comes from the claim a row was read from (its "of"). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

#define MAX_BARS 14      /* more rows than this are unreadable on a slide */
#define SUM_TOL 1.0      /* percentage points a structure may miss 100 by (rounding) */

typedef struct part {
    const analysis_row *row;
    const char *of;      /* the whole, or "" */
    int bar;             /* bar number, from 1 */
    bool structure;
} part;

static bool same(const char *a, const char *b)
{
    return !strcmp(a ? a : "", b ? b : "");
}

/* The whole of a share row: its claim's "of", else the row's derivation
 * ("share of 全市; estimate (预计)"), else "". */
static const char *whole_of(const pl_ctx *x, const analysis_row *r, char *tmp, size_t tn)
{
    const char *d = r->derivation, *p;

    for (size_t i = 0; x->claims && i < x->claims->count; i++) {
        const ingest_claim *cl = &x->claims->items[i];
        if (cl->kind == INGEST_SHARE && cl->year == r->year && cl->value == r->value && cl->of
            && same(cl->indicator, r->indicator))
            return cl->of;
    }
    if (d && (p = strstr(d, "share of ")) != NULL) {
        size_t n = strcspn(p + 9, ";");
        snprintf(tmp, tn, "%.*s", (int)n, p + 9);
        return tmp;
    }
    return "";
}

static int segment(buf *d, int bar, double lo, double hi, bool label)
{
    char v[64];

    if (buf_printf(d, "%d ", bar) != 0 || pl_num(d, lo) != 0 || buf_putc(d, ' ') != 0
        || pl_num(d, hi) != 0)
        return -1;
    pl_numtext(v, hi - lo, 1);
    return buf_printf(d, " \"%s%s\"\n", label ? v : "", label ? "%" : "");
}

int pl_chart_shares(const pl_ctx *x, const pl_indicators *ind, pl_chart *c, bool *in)
{
    const analysis_rows *rows = x->rows;
    part *pt = calloc(rows->count + 1, sizeof *pt);
    char (*wholes)[64] = calloc(rows->count + 1, sizeof *wholes);
    buf plot = BUF_INIT, title = BUF_INIT, *g = &c->gp;
    size_t np = 0;
    int bars = 0, rc = GC_ENOMEM, first = 1 << 30, last = 0;
    bool en = x->w->en, one_whole = true;

    if (!pt || !wholes)
        goto done;
    for (size_t i = 0; i < rows->count; i++) {
        const analysis_row *r = &rows->items[i];
        /* A percentage with no whole (a rate: unemployment, coverage) is
         * no part of anything: it is not stacked. */
        if (r->source == ANALYSIS_ROW_STATED && r->is_share && isfinite(r->value)
            && r->value >= 0 && r->value <= 100 + SUM_TOL) {
            pt[np].row = r;
            pt[np].of = whole_of(x, r, wholes[np], sizeof wholes[np]);
            np += pt[np].of[0] != '\0';
        }
    }
    /* Structures: parts of one whole and year summing to 100. */
    for (size_t i = 0; i < np && bars < MAX_BARS; i++) {
        double sum = 0;
        size_t k = 0;
        if (pt[i].bar || !pt[i].of[0])
            continue;
        for (size_t j = i; j < np; j++)
            if (!pt[j].bar && pt[j].row->year == pt[i].row->year && same(pt[j].of, pt[i].of)) {
                sum += pt[j].row->value;
                k++;
            }
        if (k < 2 || fabs(sum - 100) > SUM_TOL)
            continue;
        bars++;
        for (size_t j = i; j < np; j++)
            if (!pt[j].bar && pt[j].row->year == pt[i].row->year && same(pt[j].of, pt[i].of)) {
                pt[j].bar = bars;
                pt[j].structure = true;
            }
    }
    for (size_t i = 0; i < np && bars < MAX_BARS; i++)
        if (!pt[i].bar)
            pt[i].bar = ++bars;
    for (size_t k = 0; k < ind->count; k++) {
        in[k] = false;
        for (size_t i = 0; i < np && !in[k]; i++)
            in[k] = pt[i].bar && !strcmp(pt[i].row->indicator, ind->first[k]->indicator);
    }
    rc = GC_OK;
    if (bars == 0)
        goto done;
    rc = GC_ENOMEM;
    for (size_t i = 1; i < np; i++)
        one_whole = one_whole && same(pt[i].of, pt[0].of);
    if (buf_printf(&c->dat, "# %s.dat -- data of %s.gp: one block per kind of segment.\n"
                            "# Columns: bar, from (%%), to (%%), label.\n", c->stem, c->stem) != 0)
        goto done;
    /* Block 0: the stated parts; block 1: the rest of each single share. */
    for (int kind = 0; kind < 2; kind++) {
        char style[240];
        int blk = pl_block(c, kind ? "the rest of the whole" : "stated shares");
        if (blk < 0)
            goto done;
        for (int b = 1; b <= bars; b++) {
            double at = 0;
            bool any = false, structure = false;
            for (size_t i = 0; i < np; i++) {
                double v = pt[i].row->value;
                if (pt[i].bar != b)
                    continue;
                any = true;
                structure = pt[i].structure;
                if (kind == 0 && segment(&c->dat, b, at, fmin(at + v, 100), v >= 6) != 0)
                    goto done;
                at += v;
                first = pt[i].row->year < first ? pt[i].row->year : first;
                last = pt[i].row->year > last ? pt[i].row->year : last;
            }
            if (kind == 1 && any && !structure && at < 100 && segment(&c->dat, b, at, 100, false) != 0)
                goto done;
        }
        snprintf(style, sizeof style, "using (($2+$3)/2):1:2:3:($1-0.32):($1+0.32) with boxxyerror "
                 "fs solid %s border lc rgb '#ffffff' lc rgb '%s'", kind ? "1" : "0.9",
                 kind ? x->look->rest : x->look->fill_stated);
        if (pl_elem(&plot, c, blk, style, kind ? (en ? "rest of the whole" : "其余部分")
                                                : (en ? "stated share" : "所述占比")) != 0
            || (kind == 0 && pl_elem(&plot, c, blk, "using (($2+$3)/2):1:4 with labels", NULL) != 0))
            goto done;
    }
    if (one_whole && pt[0].of[0])
        rc = buf_printf(&title, en ? "Shares of %s, as stated" : "占%s的比重（报告所述）", pt[0].of);
    else
        rc = buf_puts(&title, en ? "Shares, as stated (each bar is a whole: 100%)"
                                 : "占比（报告所述；每条为一个整体，合计100%）");
    if (rc != 0 || pl_script_begin(c, x->opt, "shares as stacked bars, each bar a whole.") != 0
        || pl_heading(c, x, title.data, first, last) != 0
        || pl_panel_frame(g, x, (pl_frame){ 0.33, 0.95, 0.2, 0.86, NULL }, NULL, 0, 0, 0) != 0
        || buf_printf(g, "unset grid\nset yrange [%d.6:0.4]\nset ytics nomirror scale 0 (", bars) != 0) {
        rc = GC_ENOMEM;
        goto done;
    }
    for (int b = 1; b <= bars; b++) {
        buf lab = BUF_INIT;
        int n = 0;
        for (size_t i = 0; i < np; i++) {
            if (pt[i].bar != b)
                continue;
            if (n++ == 0 && (pl_clip(&lab, pt[i].structure ? pt[i].of : pl_row_name(pt[i].row, en),
                                     16) != 0 || buf_putc(&lab, ' ') != 0))
                goto label_fail;
            if (n == 1 && !one_whole && !pt[i].structure && pt[i].of[0]
                && buf_printf(&lab, en ? "of %s " : "占%s ", pt[i].of) != 0)
                goto label_fail;
            if (n == 1 && buf_printf(&lab, "%d", pt[i].row->year) != 0)
                goto label_fail;
        }
        if (buf_puts(g, b > 1 ? ", " : "") != 0 || pl_text(g, lab.data, 40) != 0
            || buf_printf(g, " %d", b) != 0)
            goto label_fail;
        buf_free(&lab);
        continue;
label_fail:
        buf_free(&lab);
        rc = GC_ENOMEM;
        goto done;
    }
    rc = GC_ENOMEM;
    if (buf_puts(g, ")\nset xrange [0:100]\nset xtics 0, 20, 100 format '%.0f%%'\n"
                    "set xlabel ") != 0
        || pl_text(g, en ? "share of the whole (%)" : "占整体的比重（%）", 60) != 0
        || buf_putc(g, '\n') != 0 || pl_key_below(g, 2) != 0
        || buf_puts(g, "plot ") != 0 || buf_append(g, plot.data, plot.len) != 0
        || buf_puts(g, "\n") != 0 || pl_script_end(c, x->opt) != 0)
        goto done;
    c->kind = "shares";
    rc = GC_OK;
done:
    if (rc != GC_OK || bars == 0) {
        buf_reset(&c->gp);
        buf_reset(&c->dat);
    }
    buf_free(&plot);
    buf_free(&title);
    free(pt);
    free(wholes);
    return rc;
}
