/* test_analysis_rows.c -- analysis_series_build on hand-built claims and
 * findings: stated rows, implied rows taken from findings, constant-growth
 * paths, official rows, units, percentages and order.  Expected numbers were
 * worked out by hand (30-digit arithmetic) and are compared with a relative
 * tolerance of 1e-9. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../analysis/analysis.h"

#define REL_TOL 1e-9

static void assert_close(double got, double want)
{
    double scale = fabs(want) > 1 ? fabs(want) : 1;

    if (!(fabs(got - want) <= REL_TOL * scale))
        fail_msg("got %.17g, want %.17g (relative tolerance %g)", got, want, REL_TOL);
}

/* ---- building inputs by hand ---- */

typedef struct fixture {
    ingest_claims claims;
    analysis_findings findings;
    ingest_series series;
    analysis_options opt;
    analysis_rows rows;
} fixture;

static char *dup(const char *s)
{
    char *p = s ? strdup(s) : NULL;

    if (s)
        assert_non_null(p);
    return p;
}

static ingest_claim *add_claim(fixture *fx, const char *ind, ingest_kind kind, double value,
                               double resolution, const char *unit, double scale,
                               const char *norm_unit)
{
    ingest_claim *c;

    if (fx->claims.count == fx->claims.cap) {
        fx->claims.cap = fx->claims.cap ? fx->claims.cap * 2 : 8;
        fx->claims.items = realloc(fx->claims.items, fx->claims.cap * sizeof *c);
        assert_non_null(fx->claims.items);
    }
    c = &fx->claims.items[fx->claims.count++];
    memset(c, 0, sizeof *c);
    c->indicator = dup(ind);
    c->kind = kind;
    c->value = value;
    c->value_text = dup("");
    c->resolution = resolution;
    c->unit = dup(unit);
    c->norm_value = value * scale;
    c->norm_unit = dup(norm_unit);
    c->source.file = dup("t.txt");
    c->source.sentence = dup("");
    return c;
}

static ingest_claim *level(fixture *fx, const char *ind, int year, double v, double res,
                           const char *unit, double scale, const char *norm_unit)
{
    ingest_claim *c = add_claim(fx, ind, INGEST_LEVEL, v, res, unit, scale, norm_unit);
    c->year = year;
    return c;
}

static ingest_claim *avg(fixture *fx, const char *ind, int from, int to, double pct)
{
    ingest_claim *c = add_claim(fx, ind, INGEST_GROWTH_AVG, pct, 0.1, "%", 1, "%");
    c->period_from = from;
    c->period_to = to;
    return c;
}

/* A finding about ind using claims idx[0..n) that implies one level. */
static void implied(fixture *fx, const char *ind, const size_t *idx, size_t n, int year,
                    double v, double lo, double hi, const char *unit, const char *what,
                    const char *derivation)
{
    analysis_finding *f;
    analysis_implied *im;

    if (fx->findings.count == fx->findings.cap) {
        fx->findings.cap = fx->findings.cap ? fx->findings.cap * 2 : 8;
        fx->findings.items = realloc(fx->findings.items, fx->findings.cap * sizeof *f);
        assert_non_null(fx->findings.items);
    }
    f = &fx->findings.items[fx->findings.count++];
    memset(f, 0, sizeof *f);
    f->indicator = dup(ind);
    f->check = ANALYSIS_CHECK_IMPLIED;
    f->verdict = ANALYSIS_UNVERIFIABLE;
    for (size_t i = 0; i < n; i++)
        f->claims[f->nclaims++] = idx[i];
    im = f->implied = calloc(1, sizeof *im);
    assert_non_null(im);
    f->nimplied = 1;
    im->year = year;
    im->value = v;
    im->iv.lo = lo;
    im->iv.hi = hi;
    im->unit = dup(unit);
    im->what = dup(what);
    im->derivation = dup(derivation);
}

static void official(fixture *fx, const char *ind, int year, double v, const char *unit,
                     double scale, const char *norm_unit, long line)
{
    ingest_series_point *p;

    if (fx->series.count == fx->series.cap) {
        fx->series.cap = fx->series.cap ? fx->series.cap * 2 : 8;
        fx->series.points = realloc(fx->series.points, fx->series.cap * sizeof *p);
        assert_non_null(fx->series.points);
    }
    p = &fx->series.points[fx->series.count++];
    memset(p, 0, sizeof *p);
    p->indicator = dup(ind);
    p->year = year;
    p->value = v;
    p->unit = dup(unit);
    p->norm_value = v * scale;
    p->norm_unit = dup(norm_unit);
    p->line = line;
}

static int setup(void **state)
{
    fixture *fx = calloc(1, sizeof *fx);

    assert_non_null(fx);
    analysis_options_init(&fx->opt);
    *state = fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;

    for (size_t i = 0; i < fx->claims.count; i++) {
        ingest_claim *c = &fx->claims.items[i];
        free(c->indicator);
        free(c->value_text);
        free(c->unit);
        free(c->norm_unit);
        free(c->of);
        free(c->source.file);
        free(c->source.sentence);
    }
    free(fx->claims.items);
    for (size_t i = 0; i < fx->findings.count; i++) {
        analysis_finding *f = &fx->findings.items[i];
        free(f->indicator);
        free(f->implied->unit);
        free(f->implied->what);
        free(f->implied->derivation);
        free(f->implied);
    }
    free(fx->findings.items);
    for (size_t i = 0; i < fx->series.count; i++) {
        free(fx->series.points[i].indicator);
        free(fx->series.points[i].unit);
        free(fx->series.points[i].norm_unit);
    }
    free(fx->series.points);
    analysis_rows_free(&fx->rows);
    free(fx);
    return 0;
}

static void build(fixture *fx)
{
    fx->opt.series = fx->series.count ? &fx->series : NULL;
    assert_int_equal(analysis_series_build(&fx->claims, &fx->findings, &fx->opt, &fx->rows),
                     GC_OK);
}

static const analysis_row *row(const fixture *fx, size_t i, const char *ind, int year,
                               analysis_row_source src)
{
    const analysis_row *r;

    if (i >= fx->rows.count)
        fail_msg("row %zu missing: only %zu rows", i, fx->rows.count);
    r = &fx->rows.items[i];
    if (strcmp(r->indicator, ind) || r->year != year || r->source != src)
        fail_msg("row %zu is %s %d %s, want %s %d %s", i, r->indicator, r->year,
                 analysis_row_source_name(r->source), ind, year,
                 analysis_row_source_name(src));
    return r;
}

static bool has(const char *s, const char *part)
{
    return s && strstr(s, part);
}

/* ---- tests ---- */

/* 地区生产总值 5908亿元 (2016) and 9500亿元 (2021, rounded to hundreds): the
 * path between them at the endpoint CAGR r = (9500/5908)^(1/5) - 1 =
 * 9.96554316597%; its bounds run through the ends' rounding intervals:
 * lo(2017) = 5907.5^(4/5) * 9450^(1/5). */
static void test_gdp_path(void **state)
{
    fixture *fx = *state;
    static const double path[4][3] = {
        { 6496.76429024555, 6489.47174619707, 6504.02895802246 },
        { 7144.20213998135, 7128.77588568601, 7159.58241292963 },
        { 7856.16068810540, 7831.06046468563, 7881.21034798047 },
        { 8639.06977266658, 8602.52994131838, 8675.57253575887 },
    };
    const analysis_row *r;

    level(fx, "地区生产总值", 2016, 5908, 1, "亿元", 1e8, "元");
    level(fx, "地区生产总值", 2021, 9500, 100, "亿元", 1e8, "元")->estimated = true;
    build(fx);
    assert_int_equal(fx->rows.count, 6);
    r = row(fx, 0, "地区生产总值", 2016, ANALYSIS_ROW_STATED);
    assert_close(r->value, 5908);
    assert_close(r->norm_value, 5.908e11);
    assert_string_equal(r->unit, "亿元");
    assert_string_equal(r->norm_unit, "元");
    assert_string_equal(r->indicator_en, "Gross regional product");
    assert_false(r->is_share);
    assert_close(r->iv.lo, 5907.5);
    assert_close(r->iv.hi, 5908.5);
    assert_int_equal(r->path_from, 0);  /* not a path: the path fields stay zero */
    for (int k = 0; k < 4; k++) {
        r = row(fx, 1 + (size_t)k, "地区生产总值", 2017 + k, ANALYSIS_ROW_PATH);
        assert_close(r->value, path[k][0]);
        assert_close(r->norm_value, path[k][0] * 1e8);
        assert_close(r->iv.lo, path[k][1]);
        assert_close(r->iv.hi, path[k][2]);
        assert_false(r->iv.lo_unbounded || r->iv.hi_unbounded);
        if (!has(r->derivation, "endpoint CAGR 9.9655% a year between stated 2016 and stated 2021"))
            fail_msg("derivation: %s", r->derivation);
        /* The same facts as fields, for labels in any language. */
        assert_close(r->path_rate, 9.96554316597);
        assert_false(r->path_stated);
        assert_int_equal(r->path_from, 2016);
        assert_int_equal(r->path_to, 2021);
    }
    r = row(fx, 5, "地区生产总值", 2021, ANALYSIS_ROW_STATED);
    assert_close(r->iv.lo, 9450);
    assert_close(r->iv.hi, 9550);
    assert_true(has(r->derivation, "estimate"));
}

/* 区级一般公共预算收入 490.2亿元 in 2021, +8% in 2021, 4.9% a year over
 * 2016-2021.  Analysis implies 490.2/1.08 = 453.889 for 2020 and
 * 490.2/1.049^5 = 385.919 for 2016.  The path anchors on the level implied
 * from the average rate (the period's base) and the stated 2021 level, at
 * the stated 4.9%: 385.919 * 1.049^k, reaching 467.302 in 2020 beside the
 * 453.889 the one-year rate implies -- the two do not agree, and both show. */
static void test_revenue_implied(void **state)
{
    fixture *fx = *state;
    static const size_t yoy_idx[] = { 0, 1 }, avg_idx[] = { 0, 2 };
    static const double path[4] = { 404.828756177216, 424.665365229900, 445.473968126165,
                                     467.302192564347 };
    const char *ind = "区级一般公共预算收入";
    const analysis_row *r;
    ingest_claim *yoy;

    level(fx, ind, 2021, 490.2, 0.1, "亿元", 1e8, "元");
    yoy = add_claim(fx, ind, INGEST_GROWTH_YOY, 8, 1, "%", 1, "%");
    yoy->year = 2021;
    avg(fx, ind, 2016, 2021, 4.9);
    implied(fx, ind, yoy_idx, 2, 2020, 453.888888888889, 453.4, 454.4, "亿元", "level",
            "level 2021 + growth_yoy 2021");
    implied(fx, ind, avg_idx, 2, 2016, 385.918738014506, 384.1, 387.8, "亿元", "level",
            "level 2021 + growth_avg 2016-2021");
    build(fx);
    assert_int_equal(fx->rows.count, 7);
    r = row(fx, 0, ind, 2016, ANALYSIS_ROW_IMPLIED);
    assert_close(r->value, 385.918738014506);
    assert_close(r->norm_value, 3.85918738014506e10);
    assert_close(r->iv.lo, 384.1);
    assert_string_equal(r->derivation, "level 2021 + growth_avg 2016-2021");
    assert_int_equal(r->basis, INGEST_BASIS_NOMINAL);  /* the table: revenue is current */
    for (int k = 0; k < 4; k++) {
        r = row(fx, 1 + (size_t)k + (k == 3), ind, 2017 + k, ANALYSIS_ROW_PATH);
        assert_close(r->value, path[k]);
        if (!has(r->derivation, "from implied 2016 at the stated average rate 4.9% a year"))
            fail_msg("derivation: %s", r->derivation);
    }
    r = row(fx, 4, ind, 2020, ANALYSIS_ROW_IMPLIED);
    assert_close(r->value, 453.888888888889);
    assert_string_equal(r->derivation, "level 2021 + growth_yoy 2021");
    row(fx, 6, ind, 2021, ANALYSIS_ROW_STATED);
}

/* Levels implied from rates over periods are anchors too: a base implied
 * from a change over 2016-2021 and a level implied from a multiple over
 * 2018-2021 are joined at their CAGR (60/50)^(1/2) - 1 = 9.5445% (no rate
 * spans exactly 2016-2018), then 60 (2018) -> 100 (2021) at its CAGR. */
static void test_implied_anchors(void **state)
{
    fixture *fx = *state;
    static const size_t a_idx[] = { 0, 1 }, b_idx[] = { 0, 2 };
    const analysis_row *r;
    ingest_claim *c;

    level(fx, "X", 2021, 100, 1, "亿元", 1e8, "元");
    c = add_claim(fx, "X", INGEST_CHANGE_PCT, 100, 1, "%", 1, "%");
    c->period_from = 2016;
    c->period_to = 2021;
    c = add_claim(fx, "X", INGEST_MULTIPLE, 100.0 / 60, 0, "", 1, "");
    c->period_from = 2018;
    c->period_to = 2021;
    implied(fx, "X", a_idx, 2, 2016, 50, 49, 51, "亿元", "level", "level 2021 + change_pct 2016-2021");
    implied(fx, "X", b_idx, 2, 2018, 60, 59, 61, "亿元", "level", "level 2021 + multiple 2018-2021");
    build(fx);
    /* 2016 implied, 2017 path, 2018 implied, 2019-2020 path, 2021 stated */
    assert_int_equal(fx->rows.count, 6);
    r = row(fx, 1, "X", 2017, ANALYSIS_ROW_PATH);
    assert_close(r->value, sqrt(50.0 * 60.0));
    assert_close(r->iv.lo, sqrt(49.0 * 59.0));
    assert_close(r->iv.hi, sqrt(51.0 * 61.0));
    if (!has(r->derivation, "endpoint CAGR 9.5445% a year between implied 2016 and implied 2018"))
        fail_msg("derivation: %s", r->derivation);
    row(fx, 2, "X", 2018, ANALYSIS_ROW_IMPLIED);
    r = row(fx, 3, "X", 2019, ANALYSIS_ROW_PATH);
    assert_close(r->value, 60 * pow(100.0 / 60, 1.0 / 3));
    row(fx, 5, "X", 2021, ANALYSIS_ROW_STATED);
}

/* A level and an average rate only: the path runs from the implied base at
 * the stated rate, 1000/1.03^5 * 1.03^k, and reaches 1000/1.03 in 2020. */
static void test_stated_rate_path(void **state)
{
    fixture *fx = *state;
    static const size_t idx[] = { 0, 1 };
    static const double path[4] = { 888.487047915689, 915.141659353160, 942.595909133754,
                                     970.873786407767 };
    const char *ind = "全社会固定资产投资";
    const analysis_row *r;

    level(fx, ind, 2021, 1000, 1000, "亿元", 1e8, "元");
    avg(fx, ind, 2016, 2021, 3);
    implied(fx, ind, idx, 2, 2016, 862.608784384164, 431, 1296, "亿元", "level",
            "level 2021 + growth_avg 2016-2021");
    build(fx);
    assert_int_equal(fx->rows.count, 6);
    row(fx, 0, ind, 2016, ANALYSIS_ROW_IMPLIED);
    for (int k = 0; k < 4; k++) {
        r = row(fx, 1 + (size_t)k, ind, 2017 + k, ANALYSIS_ROW_PATH);
        assert_close(r->value, path[k]);
        if (!has(r->derivation, "from implied 2016 at the stated average rate 3% a year "
                 "(growth_avg 2016-2021)"))
            fail_msg("derivation: %s", r->derivation);
        assert_close(r->path_rate, 3);
        assert_true(r->path_stated);
        assert_int_equal(r->path_from, 2016);
        assert_int_equal(r->path_to, 2021);
        assert_true(r->iv.lo < r->value && r->value < r->iv.hi);
        assert_int_equal(r->basis, INGEST_BASIS_NOMINAL);  /* implied current, stated unstated */
    }
    row(fx, 5, ind, 2021, ANALYSIS_ROW_STATED);
}

/* Shares are their own series (per whole), never joined to the level and
 * never given a path; implied values other than levels, and the level a
 * target implies, are not rows. */
static void test_shares_apart(void **state)
{
    fixture *fx = *state;
    static const size_t idx[] = { 0, 1 };
    ingest_claim *s;

    level(fx, "地区生产总值", 2016, 5908, 1, "亿元", 1e8, "元");
    s = add_claim(fx, "地区生产总值", INGEST_SHARE, 21.8, 0.1, "%", 1, "%");
    s->year = 2016;
    s->of = dup("全市");
    level(fx, "地区生产总值", 2021, 9500, 100, "亿元", 1e8, "元");
    s = add_claim(fx, "地区生产总值", INGEST_SHARE, 24, 1, "%", 1, "%");
    s->year = 2021;
    s->of = dup("全市");
    implied(fx, "地区生产总值", idx, 2, 2016, 27100.9, 27094, 27108, "亿元", "whole",
            "level 2016 / share 2016");
    implied(fx, "地区生产总值", idx, 2, 2022, 10070, 10017, 10123, "亿元", "level",
            "9500亿元 * (1 + 6%)^1 = 10070亿元");
    fx->findings.items[1].check = ANALYSIS_CHECK_TARGET;
    build(fx);
    assert_int_equal(fx->rows.count, 8);  /* 2 stated + 4 path levels, 2 shares */
    for (size_t i = 0; i < 6; i++)
        assert_false(fx->rows.items[i].is_share);
    for (size_t i = 6; i < 8; i++) {
        const analysis_row *r = row(fx, i, "地区生产总值", i == 6 ? 2016 : 2021,
                                    ANALYSIS_ROW_STATED);
        assert_true(r->is_share);
        assert_string_equal(r->unit, "%");
        assert_string_equal(r->derivation, "share of 全市");
    }
    assert_close(fx->rows.items[7].value, 24);
}

/* 亿元 and 万元 are one family (converted exactly through the base unit);
 * 美元 is another and is never converted to 元.  Targets, cumulative sums
 * and a repeated figure add no row. */
static void test_units_and_exclusions(void **state)
{
    fixture *fx = *state;
    const analysis_row *r;

    level(fx, "实际利用外资", 2016, 20, 1, "亿美元", 1e8, "美元");
    level(fx, "实际利用外资", 2018, 2000000, 1, "万元", 1e4, "元");
    level(fx, "实际利用外资", 2020, 300, 1, "亿元", 1e8, "元");
    level(fx, "实际利用外资", 2021, 61.7, 0.1, "亿美元", 1e8, "美元");
    level(fx, "实际利用外资", 2021, 61.7, 0.1, "亿美元", 1e8, "美元");  /* repeated */
    level(fx, "实际利用外资", 2022, 70, 1, "亿美元", 1e8, "美元")->target = true;
    level(fx, "实际利用外资", 2021, 200, 1, "亿美元", 1e8, "美元")->cumulative = true;
    build(fx);
    /* 美元: 2016, path 2017-2020, 2021; then 元: 2018, path 2019, 2020 */
    assert_int_equal(fx->rows.count, 6 + 3);
    for (size_t i = 0; i < 6; i++)
        assert_string_equal(fx->rows.items[i].norm_unit, "美元");
    r = row(fx, 6, "实际利用外资", 2018, ANALYSIS_ROW_STATED);
    assert_string_equal(r->unit, "万元");
    r = row(fx, 7, "实际利用外资", 2019, ANALYSIS_ROW_PATH);
    /* 2e10 元 -> 3e10 元 over two years: sqrt(2e10 * 3e10) = 2.449e10 元,
     * given in the unit of the earlier point, 万元 */
    assert_close(r->norm_value, 24494897427.8315);
    assert_close(r->value, 2449489.74278315);
    assert_string_equal(r->unit, "万元");
    assert_string_equal(r->norm_unit, "元");
    row(fx, 8, "实际利用外资", 2020, ANALYSIS_ROW_STATED);
}

/* Official figures join the report's series of the same indicator (aliases
 * resolved) and unit family, after the report's rows of the same year; an
 * indicator the report does not mention is left out. */
static void test_official(void **state)
{
    fixture *fx = *state;
    const analysis_row *r;

    level(fx, "区级一般公共预算收入", 2021, 490.2, 0.1, "亿元", 1e8, "元");
    level(fx, "GDP", 2016, 5908, 1, "亿元", 1e8, "元");
    level(fx, "地区生产总值", 2018, 7000, 1, "亿元", 1e8, "元");
    official(fx, "地区生产总值", 2018, 6900, "亿元", 1e8, "元", 2);
    official(fx, "经济总量", 2017, 6400, "亿元", 1e8, "元", 3);
    official(fx, "常住人口", 2017, 360, "万人", 1e4, "人", 4);
    official(fx, "地区生产总值", 2016, 9.1e11, "美元", 1, "美元", 5);
    build(fx);
    assert_int_equal(fx->rows.count, 1 + 5 + 1);
    row(fx, 0, "区级一般公共预算收入", 2021, ANALYSIS_ROW_STATED);
    row(fx, 1, "地区生产总值", 2016, ANALYSIS_ROW_STATED);
    row(fx, 2, "地区生产总值", 2017, ANALYSIS_ROW_PATH);
    r = row(fx, 3, "地区生产总值", 2017, ANALYSIS_ROW_OFFICIAL);
    assert_close(r->value, 6400);
    assert_close(r->iv.lo, 6400);
    assert_close(r->iv.hi, 6400);
    assert_string_equal(r->derivation, "official series, line 3");
    row(fx, 4, "地区生产总值", 2018, ANALYSIS_ROW_STATED);
    row(fx, 5, "地区生产总值", 2018, ANALYSIS_ROW_OFFICIAL);
    r = row(fx, 6, "地区生产总值", 2016, ANALYSIS_ROW_OFFICIAL);
    assert_string_equal(r->norm_unit, "美元");
}

/* A one-sided figure (以上) leaves the path's upper bound open, ends on
 * different price bases give a path of unstated basis, and a zero base
 * gives no path at all (no NaN). */
static void test_open_and_undefined(void **state)
{
    fixture *fx = *state;
    const analysis_row *r;

    level(fx, "A", 2016, 100, 1, "亿元", 1e8, "元")->basis = INGEST_BASIS_REAL;
    level(fx, "A", 2018, 121, 1, "亿元", 1e8, "元")->qualifier = INGEST_ABOVE;
    fx->claims.items[1].basis = INGEST_BASIS_NOMINAL;
    level(fx, "B", 2016, 0, 1, "亿元", 1e8, "元");
    level(fx, "B", 2019, 10, 1, "亿元", 1e8, "元");
    build(fx);
    assert_int_equal(fx->rows.count, 3 + 2);
    r = row(fx, 1, "A", 2017, ANALYSIS_ROW_PATH);
    assert_close(r->value, 110);
    assert_int_equal(r->basis, INGEST_BASIS_UNSTATED);  /* the ends' bases conflict */
    assert_false(r->iv.lo_unbounded);
    assert_close(r->iv.lo, sqrt(99.5 * 120.5));
    assert_true(r->iv.hi_unbounded);
    assert_true(row(fx, 2, "A", 2018, ANALYSIS_ROW_STATED)->iv.hi_unbounded);
    row(fx, 3, "B", 2016, ANALYSIS_ROW_STATED);
    row(fx, 4, "B", 2019, ANALYSIS_ROW_STATED);
    for (size_t i = 0; i < fx->rows.count; i++)
        assert_true(isfinite(fx->rows.items[i].value) && isfinite(fx->rows.items[i].norm_value));
}

/* The same input gives the same rows; names of sources; free accepts NULL. */
static void test_deterministic(void **state)
{
    fixture *fx = *state;
    analysis_rows again = ANALYSIS_ROWS_INIT;

    level(fx, "B", 2016, 1, 1, "亿元", 1e8, "元");
    level(fx, "A", 2016, 2, 1, "亿元", 1e8, "元");
    level(fx, "B", 2019, 3, 1, "亿元", 1e8, "元");
    level(fx, "A", 2018, 4, 1, "亿元", 1e8, "元");
    build(fx);
    assert_int_equal(analysis_series_build(&fx->claims, &fx->findings, &fx->opt, &again), GC_OK);
    assert_int_equal(again.count, fx->rows.count);
    for (size_t i = 0; i < again.count; i++) {
        assert_string_equal(again.items[i].indicator, fx->rows.items[i].indicator);
        assert_int_equal(again.items[i].year, fx->rows.items[i].year);
        assert_int_equal(again.items[i].source, fx->rows.items[i].source);
    }
    row(fx, 0, "B", 2016, ANALYSIS_ROW_STATED);
    row(fx, 3, "B", 2019, ANALYSIS_ROW_STATED);
    row(fx, 4, "A", 2016, ANALYSIS_ROW_STATED);
    analysis_rows_free(&again);
    analysis_rows_free(NULL);
    assert_string_equal(analysis_row_source_name(ANALYSIS_ROW_STATED), "stated");
    assert_string_equal(analysis_row_source_name(ANALYSIS_ROW_IMPLIED), "implied");
    assert_string_equal(analysis_row_source_name(ANALYSIS_ROW_PATH), "path");
    assert_string_equal(analysis_row_source_name(ANALYSIS_ROW_OFFICIAL), "official");
}

/* Hundreds of series (the lookup table grows several times): each keeps
 * its own rows, in document order. */
static void test_many_series(void **state)
{
    fixture *fx = *state;
    enum { N = 500 };
    char name[32];

    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "indicator %d", i);
        level(fx, name, 2016, 100 + i, 1, "亿元", 1e8, "元");
    }
    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "indicator %d", i);
        level(fx, name, 2018, 121 + i, 1, "亿元", 1e8, "元");
    }
    build(fx);
    assert_int_equal(fx->rows.count, 3 * N);
    for (int i = 0; i < N; i++) {
        const analysis_row *r;
        snprintf(name, sizeof name, "indicator %d", i);
        row(fx, 3 * (size_t)i, name, 2016, ANALYSIS_ROW_STATED);
        r = row(fx, 3 * (size_t)i + 1, name, 2017, ANALYSIS_ROW_PATH);
        assert_close(r->value, sqrt((100.0 + i) * (121.0 + i)));
        row(fx, 3 * (size_t)i + 2, name, 2018, ANALYSIS_ROW_STATED);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_gdp_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_revenue_implied, setup, teardown),
        cmocka_unit_test_setup_teardown(test_stated_rate_path, setup, teardown),
        cmocka_unit_test_setup_teardown(test_implied_anchors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_shares_apart, setup, teardown),
        cmocka_unit_test_setup_teardown(test_units_and_exclusions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_official, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_and_undefined, setup, teardown),
        cmocka_unit_test_setup_teardown(test_deterministic, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_series, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
