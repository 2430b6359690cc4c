/* plots_fixture.h -- hand-built findings and rows shaped like the seed
 * report's (Haidian 2016-2021), for the plots tests and bench: what
 * analysis would hand to plots_write(), built without running it.
 *
 * Included by tests/unit/test_plots.c and bench/plots_bench.c.  Values:
 * 地区生产总值 5908亿元 (2016) and 9500亿元 (2021), stated 7.6% a year, the
 * endpoints giving 9.97%; 区级一般公共预算收入 490.2亿元 (2021) with the
 * 2016 level its stated 5.3% a year implies and the 2020 level a stated
 * 10.0% yoy implies; 常住人口 364 -> 313.2万人; a share 21.8% -> 24%. */
#ifndef PLOTS_FIXTURE_H
#define PLOTS_FIXTURE_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../analysis/analysis.h"

static char *fx_strdup(const char *s)
{
    char *d;

    if (!s)
        return NULL;
    d = malloc(strlen(s) + 1);
    if (!d)
        abort();
    return strcpy(d, s);
}

static void *fx_grow(void *items, size_t *cap, size_t count, size_t size)
{
    if (count < *cap)
        return items;
    *cap = *cap ? *cap * 2 : 16;
    items = realloc(items, *cap * size);
    if (!items)
        abort();
    return items;
}

/* Appends a row; scale turns value into norm_value (1e8 for 亿元). */
static analysis_row *fx_row(analysis_rows *rows, const char *ind, const char *en, int year,
                            double value, const char *unit, double scale,
                            const char *norm_unit, analysis_row_source src, const char *deriv)
{
    analysis_row *r;

    rows->items = fx_grow(rows->items, &rows->cap, rows->count, sizeof *rows->items);
    r = &rows->items[rows->count++];
    memset(r, 0, sizeof *r);
    r->indicator = fx_strdup(ind);
    r->indicator_en = fx_strdup(en);
    r->year = year;
    r->value = value;
    r->unit = fx_strdup(unit);
    r->norm_value = value * scale;
    r->norm_unit = fx_strdup(norm_unit);
    r->source = src;
    r->derivation = fx_strdup(deriv);
    r->iv.lo = r->iv.hi = value;
    r->is_share = !strcmp(unit, "%");
    return r;
}

static analysis_finding *fx_finding(analysis_findings *fs, const char *ind, const char *en,
                                    analysis_check check, int from, int to, double stated,
                                    double half_step, double computed, double clo, double chi,
                                    analysis_verdict v)
{
    analysis_finding *f;

    fs->items = fx_grow(fs->items, &fs->cap, fs->count, sizeof *fs->items);
    f = &fs->items[fs->count++];
    memset(f, 0, sizeof *f);
    f->indicator = fx_strdup(ind);
    f->indicator_en = fx_strdup(en);
    f->check = check;
    f->from = from;
    f->to = to;
    f->has_stated = true;
    f->stated = stated;
    f->stated_iv.lo = stated - half_step;
    f->stated_iv.hi = stated + half_step;
    f->has_computed = check != ANALYSIS_CHECK_IMPLIED;
    f->computed = computed;
    f->computed_iv.lo = clo;
    f->computed_iv.hi = chi;
    f->verdict = v;
    /* The distance between the stated and the computed interval. */
    f->gap_pp = clo > f->stated_iv.hi ? f->stated_iv.hi - clo
              : chi < f->stated_iv.lo ? f->stated_iv.lo - chi : 0.0;
    return f;
}

/* CAGR in percent: 100 ((v1 / v0)^(1/n) - 1). */
static double fx_cagr(double v0, double v1, int n)
{
    return 100.0 * (pow(v1 / v0, 1.0 / n) - 1.0);
}

/* Rows of a constant-rate path from (y0, v0) at rate r% for years y0..y1,
 * at the report's stated rate when stated, else the endpoints' CAGR. */
static void fx_path(analysis_rows *rows, const char *ind, const char *en, int y0, int y1,
                    double v0, double r, const char *unit, double scale, const char *deriv,
                    bool stated)
{
    for (int y = y0; y <= y1; y++) {
        analysis_row *a = fx_row(rows, ind, en, y, v0 * pow(1.0 + r / 100.0, y - y0), unit,
                                 scale, "元", ANALYSIS_ROW_PATH, deriv);
        a->path_rate = r;
        a->path_stated = stated;
        a->path_from = y0;
        a->path_to = y1;
    }
}

static void fx_seed(analysis_findings *fs, analysis_rows *rows)
{
    static const char gdp[] = "地区生产总值", gdp_en[] = "Gross regional product";
    static const char rev[] = "区级一般公共预算收入", rev_en[] = "District general public budget revenue";
    static const char pop[] = "常住人口", pop_en[] = "Resident population";
    static const char shr[] = "地区生产总值占全市比重", shr_en[] = "Share of city GDP";
    double g = fx_cagr(5908, 9500, 5), r16 = 490.2 / pow(1.053, 5), r20 = 490.2 / 1.10;
    analysis_row *a;
    analysis_finding *f;

    /* GDP: two stated levels, the endpoint path and the stated-rate path. */
    a = fx_row(rows, gdp, gdp_en, 2016, 5908, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    a->iv.lo = 5907.5, a->iv.hi = 5908.5;
    a = fx_row(rows, gdp, gdp_en, 2021, 9500, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    a->iv.lo = 9450, a->iv.hi = 9550;
    a->derivation = fx_strdup("estimate (预计)");
    fx_path(rows, gdp, gdp_en, 2016, 2021, 5908, g, "亿元", 1e8, "5908→9500, 9.97%/yr", false);
    fx_path(rows, gdp, gdp_en, 2016, 2021, 5908, 7.6, "亿元", 1e8, "stated 7.6%/yr from 2016",
            true);
    /* The stated 7.6% is real: explained by prices, 1.0997 / 1.076 - 1 a year. */
    f = fx_finding(fs, gdp, gdp_en, ANALYSIS_CHECK_GROWTH_AVG, 2016, 2021, 7.6, 0.05, g,
                   fx_cagr(5908.5, 9450, 5), fx_cagr(5907.5, 9550, 5), ANALYSIS_EXPLAINED);
    f->reason = ANALYSIS_REASON_PRICE_BASIS;
    f->has_deflator = true;
    f->deflator = 100.0 * ((1 + g / 100) / 1.076 - 1);

    /* Revenue: one stated level, two implied ones, the stated-rate path. */
    fx_row(rows, rev, rev_en, 2021, 490.2, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    a = fx_row(rows, rev, rev_en, 2016, r16, "亿元", 1e8, "元", ANALYSIS_ROW_IMPLIED,
               "level 2021 + growth_avg 2016-2021");
    a->iv.lo = 490.15 / pow(1.0535, 5), a->iv.hi = 490.25 / pow(1.0525, 5);
    a = fx_row(rows, rev, rev_en, 2020, r20, "亿元", 1e8, "元", ANALYSIS_ROW_IMPLIED,
               "level 2021 + growth_yoy 2021");
    a->iv.lo = 490.15 / 1.1005, a->iv.hi = 490.25 / 1.0995;
    fx_path(rows, rev, rev_en, 2016, 2021, r16, 5.3, "亿元", 1e8, "stated 5.3%/yr to 2021", true);
    f = fx_finding(fs, rev, rev_en, ANALYSIS_CHECK_IMPLIED, 2016, 2021, 5.3, 0.05, r16, 0, 0,
                   ANALYSIS_UNVERIFIABLE);
    f->has_computed = true;       /* the implied 2016 level */
    f->computed_unit = "亿元";

    /* Population: two levels and a stated total change of -14%. */
    fx_row(rows, pop, pop_en, 2016, 364, "万人", 1e4, "人", ANALYSIS_ROW_STATED, NULL);
    fx_row(rows, pop, pop_en, 2021, 313.2, "万人", 1e4, "人", ANALYSIS_ROW_STATED, NULL);
    fx_finding(fs, pop, pop_en, ANALYSIS_CHECK_CHANGE_PCT, 2016, 2021, -14, 0.5,
               100.0 * (313.2 / 364 - 1), 100.0 * (313.15 / 364.5 - 1),
               100.0 * (313.25 / 363.5 - 1), ANALYSIS_CONSISTENT);

    /* A share in two years. */
    fx_row(rows, shr, shr_en, 2016, 21.8, "%", 1, "%", ANALYSIS_ROW_STATED, "share of 全市");
    fx_row(rows, shr, shr_en, 2021, 24, "%", 1, "%", ANALYSIS_ROW_STATED, "share of 全市");

    /* Two more checked rates, so the overview has an order to show. */
    fx_finding(fs, "科技服务业收入", "Technology services revenue", ANALYSIS_CHECK_GROWTH_AVG,
               2016, 2021, 12, 0.5, 14.1, 13.6, 14.6, ANALYSIS_INCONSISTENT);
    fx_finding(fs, "社会消费品零售总额", "Retail sales of consumer goods",
               ANALYSIS_CHECK_GROWTH_YOY, 2020, 2021, 3.4, 0.05, 3.38, 3.3, 3.46,
               ANALYSIS_CONSISTENT);
}

static void fx_free(analysis_findings *fs, analysis_rows *rows)
{
    for (size_t i = 0; i < fs->count; i++) {
        free(fs->items[i].indicator);
        free(fs->items[i].indicator_en);
    }
    free(fs->items);
    for (size_t i = 0; i < rows->count; i++) {
        analysis_row *r = &rows->items[i];
        free(r->indicator);
        free(r->indicator_en);
        free(r->unit);
        free(r->norm_unit);
        free(r->derivation);
    }
    free(rows->items);
    memset(fs, 0, sizeof *fs);
    memset(rows, 0, sizeof *rows);
}

#endif
