/* title.c -- a chart's title states its finding, as an economist would
 * write it on a slide: "地区生产总值：所述年均7.6%为可比价，现价年均9.97%，
 * 差额为价格因素", not "地区生产总值：所述水平与增长路径".
 *
 * The finding that speaks for an indicator is the most telling of its
 * checked rates: an inconsistent one, else an explained one, else a
 * consistent one; else what a stated rate implies; else the change between
 * the first and last levels the report states. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

static bool rate_check(analysis_check c)
{
    return c == ANALYSIS_CHECK_GROWTH_AVG || c == ANALYSIS_CHECK_GROWTH_YOY
           || c == ANALYSIS_CHECK_CHANGE_PCT || c == ANALYSIS_CHECK_MULTIPLE
           || c == ANALYSIS_CHECK_SERIES_RATE;
}

static int score(const analysis_finding *f)
{
    if (rate_check(f->check) && f->has_stated && f->has_computed && isfinite(f->computed))
        return f->verdict == ANALYSIS_INCONSISTENT ? 5 : f->verdict == ANALYSIS_EXPLAINED ? 4
               : f->verdict == ANALYSIS_CONSISTENT ? 3 : 0;
    if (f->check == ANALYSIS_CHECK_SERIES_LEVEL && f->verdict == ANALYSIS_EXPLAINED)
        return 4;
    /* What an average rate implies over its span says more than a year's. */
    if (f->check == ANALYSIS_CHECK_IMPLIED && f->has_stated && f->has_computed
        && f->computed_unit && strcmp(f->computed_unit, "%") != 0 && isfinite(f->computed))
        return f->to - f->from > 1 ? 2 : 1;
    return 0;
}

static const analysis_finding *main_finding(const pl_ctx *x, const char *indicator)
{
    const analysis_finding *best = NULL;
    int best_score = 0;

    for (size_t i = 0; i < x->findings->count; i++) {
        const analysis_finding *f = &x->findings->items[i];
        int s;
        if (!f->indicator || strcmp(f->indicator, indicator) != 0)
            continue;
        s = score(f);
        if (s > best_score) {
            best = f;
            best_score = s;
        }
    }
    return best;
}

/* "年均7.6%", "增长8%", "累计变化-27.9%", "2倍" and their English. */
static int rate_phrase(buf *t, bool en, analysis_check c, double v)
{
    char n[64];

    pl_numtext(n, v, 2);
    switch (c) {
    case ANALYSIS_CHECK_GROWTH_YOY:     /* a fall reads as one: 下降0.8%, not 增长-0.8% */
        if (v < 0)
            return buf_printf(t, en ? "a fall of %s%%" : "下降%s%%", pl_numtext(n, -v, 2));
        return buf_printf(t, en ? "growth of %s%%" : "增长%s%%", n);
    case ANALYSIS_CHECK_CHANGE_PCT: return buf_printf(t, en ? "a change of %s%%" : "累计变化%s%%", n);
    case ANALYSIS_CHECK_MULTIPLE: return buf_printf(t, en ? "a multiple of %s" : "%s倍", n);
    default: return buf_printf(t, en ? "%s%% a year" : "年均%s%%", n);
    }
}

static int rate_title(buf *t, bool en, const char *name, const analysis_finding *f)
{
    buf s = BUF_INIT, c = BUF_INIT;
    int rc = rate_phrase(&s, en, f->check, f->stated) || rate_phrase(&c, en, f->check, f->computed);

    if (rc)
        goto done;
    if (f->verdict == ANALYSIS_EXPLAINED && f->reason == ANALYSIS_REASON_PRICE_BASIS)
        rc = buf_printf(t, en ? "%s: the stated %s is at comparable prices; at current prices "
                                "%s; the gap is price change"
                              : "%s：所述%s为可比价，现价%s，差额为价格因素",
                        name, s.data, c.data);
    else if (f->verdict == ANALYSIS_EXPLAINED && f->reason == ANALYSIS_REASON_ESTIMATE)
        rc = buf_printf(t, en ? "%s: the stated figure is an estimate, within the usual "
                                "revision of the official one"
                              : "%s：所述数为预计数，与官方数据之差在正常修订范围内", name);
    else if (f->verdict == ANALYSIS_EXPLAINED)
        rc = buf_printf(t, en ? "%s: the stated %s does not match the levels (%s), explained: %s"
                              : "%s：所述%s与水平（%s）不符，可解释：%s",
                        name, s.data, c.data, analysis_reason_text(f->reason, en ? "en" : "zh")
                                                ? analysis_reason_text(f->reason, en ? "en" : "zh") : "");
    else if (f->verdict == ANALYSIS_INCONSISTENT)
        rc = buf_printf(t, en ? "%s: the stated %s does not match the stated levels, which give %s"
                              : "%s：所述%s与所述水平不符，按水平计算为%s",
                        name, s.data, c.data);
    else
        rc = buf_printf(t, en ? "%s: the stated %s matches the stated levels (computed %s)"
                              : "%s：所述%s与所述水平相符（计算值%s）", name, s.data, c.data);
done:
    buf_free(&s);
    buf_free(&c);
    return rc ? -1 : 0;
}

static int implied_title(buf *t, bool en, const char *name, const analysis_finding *f)
{
    buf s = BUF_INIT;
    char v[64];
    int year = f->nimplied > 0 ? f->implied[0].year : f->from;
    const char *unit = f->computed_unit ? f->computed_unit : "";
    pl_scale sc = pl_scale_for(pl_unit_of(unit, f->indicator, f->indicator_en), fabs(f->computed));
    bool multiple = f->stated_unit && !strcmp(f->stated_unit, "倍");
    int rc = rate_phrase(&s, en, multiple ? ANALYSIS_CHECK_MULTIPLE
                                 : f->from && f->to && f->to - f->from > 1
                                     ? ANALYSIS_CHECK_GROWTH_AVG : ANALYSIS_CHECK_GROWTH_YOY,
                         f->stated);

    pl_numtext(v, f->computed / sc.div, pl_digits(f->computed / sc.div, 2));
    if (rc == 0 && en)
        rc = buf_printf(t, "%s: the stated %s implies about %s %s in %d", name, s.data, v,
                        pl_unit_label(sc.unit, true), year);
    else if (rc == 0)
        rc = buf_printf(t, "%s：按所述%s推算，%d年约为%s%s", name, s.data, year, v, sc.unit);
    buf_free(&s);
    return rc;
}

/* The CAGR path row of ref's indicator between years a and b, or NULL. */
static const analysis_row *cagr_path(const pl_ctx *x, const analysis_row *ref, int a, int b)
{
    for (size_t i = 0; i < x->rows->count; i++) {
        const analysis_row *r = &x->rows->items[i];
        if (r->source == ANALYSIS_ROW_PATH && !r->path_stated && r->path_from == a
            && r->path_to == b && r->indicator && !strcmp(r->indicator, ref->indicator))
            return r;
    }
    return NULL;
}

/* "常住人口：2016年至2021年由364万降至313.2万（年均-2.96%）". */
static int levels_title(buf *t, const pl_ctx *x, const char *name, const analysis_row *ref)
{
    pl_point *p = malloc((x->rows->count + 1) * sizeof *p);
    size_t n;
    int rc = 0;
    bool en = x->w->en;

    if (!p)
        return -1;
    n = pl_collect(x->rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
    if (n >= 2 && p[0].year != p[n - 1].year) {
        const pl_point *a = &p[0], *b = &p[n - 1];
        const analysis_row *path = cagr_path(x, ref, a->year, b->year);
        pl_scale sc = pl_scale_for(pl_unit_of(ref->unit, ref->indicator, ref->indicator_en),
                                   fmax(fabs(a->value), fabs(b->value)));
        char va[64], vb[64], r[64];
        const char *unit = en ? pl_unit_label(sc.unit, true) : sc.unit;
        /* Stated levels as written (to two decimals, zeros dropped). */
        pl_numtext(va, a->value / sc.div, sc.div == 1 ? 2 : pl_digits(a->value / sc.div, 2));
        pl_numtext(vb, b->value / sc.div, sc.div == 1 ? 2 : pl_digits(b->value / sc.div, 2));
        if (en)
            rc = buf_printf(t, "%s: from %s to %s %s, %d–%d", name, va, vb, unit, a->year, b->year);
        else
            rc = buf_printf(t, "%s：%d年至%d年由%s%s%s至%s%s", name, a->year, b->year, va, unit,
                            b->value >= a->value ? "增" : "降", vb, unit);
        if (rc == 0 && path && isfinite(path->path_rate))
            rc = buf_printf(t, en ? " (%s%% a year)" : "（年均%s%%）",
                            pl_numtext(r, path->path_rate, 2));
    } else {
        rc = buf_printf(t, en ? "%s: stated levels" : "%s：所述水平", name);
    }
    free(p);
    return rc;
}

int pl_finding_title(buf *t, const pl_ctx *x, const analysis_row *ref)
{
    const char *name = pl_row_name(ref, x->w->en);
    const analysis_finding *f = main_finding(x, ref->indicator);

    if (f && score(f) >= 3)
        return rate_title(t, x->w->en, name, f);
    if (f && score(f) >= 1)
        return implied_title(t, x->w->en, name, f);
    return levels_title(t, x, name, ref);
}
