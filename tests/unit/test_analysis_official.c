/* test_analysis_official.c -- claims against an official series (--series):
 * a stated level against the official level, with the allowance a 预计
 * estimate gets, and a stated rate against the rate the series gives.  The
 * series is read through the real CSV reader. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "analysis_fixture.h"

/* GDP levels at current prices: 2016 5908, 2021 9476 (亿元). */
static const char official_csv[] =
    "indicator,year,value,unit,basis\n"
    "地区生产总值,2016,5908,亿元,current\n"
    "地区生产总值,2021,9476,亿元,current\n"
    "常住人口,2021,313.2,万人,\n";

static void read_series(ingest_series *s)
{
    FILE *f = fmemopen((void *)official_csv, sizeof official_csv - 1, "rb");
    gc_diag d;

    assert_non_null(f);
    assert_int_equal(ingest_series_read(f, "official.csv", s, &d), GC_OK);
    fclose(f);
    assert_int_equal(s->count, 3);
}

static const analysis_finding *run_one(const ingest_claims *cs, const ingest_series *s,
                                       analysis_check check, analysis_findings *fs)
{
    analysis_options opt;

    analysis_options_init(&opt);
    opt.series = s;
    assert_int_equal(analysis_check_claims(cs, &opt, fs), GC_OK);
    for (size_t i = 0; i < fs->count; i++)
        if (fs->items[i].check == check)
            return &fs->items[i];
    fail_msg("no %s finding", analysis_check_name(check));
    return NULL;
}

static void level(ingest_claims *cs, int year, double v, double res, bool estimated)
{
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_LEVEL, .year = year, .value = v,
                    .res = res, .unit = "亿元", .scale = YI, .norm_unit = "元",
                    .estimated = estimated });
}

/* 5908 stands for [5907.5, 5908.5], which holds the official 5908. */
static void level_matches_official(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;

    read_series(&s);
    level(&cs, 2016, 5908, 1, false);
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_LEVEL, &fs);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    near(f->computed, 5908, 1e-12);
    assert_string_equal(f->stated_unit, "亿元");
    assert_string_equal(f->computed_unit, "亿元");
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* An estimated 9500 against the official 9476: 24 / 9476 = 0.253 % off, within
 * the 1 % allowance for estimates, so explained by "estimate".  The same
 * figure stated as final is inconsistent; gap_pp is the stated interval's
 * distance in % of the official level: (9450 - 9476) / 9476 = -0.274 %. */
static void estimate_within_allowance(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT, final = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT, ff = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;

    read_series(&s);
    level(&cs, 2021, 9501, 1, true);
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_LEVEL, &fs);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_ESTIMATE);

    level(&final, 2021, 9501, 1, false);
    f = run_one(&final, &s, ANALYSIS_CHECK_SERIES_LEVEL, &ff);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    assert_int_equal(f->reason, ANALYSIS_REASON_NONE);
    /* (9500.5 - 9476) / 9476 = 0.2585 % */
    near(f->gap_pp, 100 * (9500.5 - 9476) / 9476, 1e-9);
    assert_false(f->gross);
    analysis_findings_free(&fs);
    analysis_findings_free(&ff);
    ingest_claims_free(&cs);
    ingest_claims_free(&final);
    ingest_series_free(&s);
}

/* 9700 estimated is 2.4 % above the official 9476: beyond the allowance. */
static void estimate_beyond_allowance(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;

    read_series(&s);
    level(&cs, 2021, 9701, 1, true);
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_LEVEL, &fs);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    /* (9700.5 - 9476) / 9476 = 2.369 % > 0.5: gross */
    near(f->gap_pp, 100 * (9700.5 - 9476) / 9476, 1e-9);
    assert_true(f->gross);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* The official levels give (9476 / 5908)^(1/5) - 1 = exp(0.472454 / 5) - 1
 * = 9.910 % a year, a nominal
 * rate; GDP's stated rates are real (comparable prices), so 7.6 % against it
 * is explained by the price basis, and the rate finding is in %. */
static void rate_against_official_levels(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;

    read_series(&s);
    add(&cs, (spec){ .ind = "地区生产总值", .kind = INGEST_GROWTH_AVG, .from = 2016, .to = 2021,
                     .value = 7.6, .res = 0.1, .unit = "%", .norm_unit = "%" });
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_RATE, &fs);
    near(f->computed, 100 * (pow(9476.0 / 5908.0, 0.2) - 1), 1e-9);
    near(f->computed, 9.9099, 1e-4);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_PRICE_BASIS);
    assert_string_equal(f->stated_unit, "%");
    assert_string_equal(f->computed_unit, "%");
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* A level in a unit the series cannot be converted to gives no finding
 * rather than a comparison across units. */
static void no_comparison_across_units(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_options opt;
    (void)state;

    read_series(&s);
    add(&cs, (spec){ .ind = "地区生产总值", .kind = INGEST_LEVEL, .year = 2021, .value = 1300,
                     .res = 1, .unit = "亿美元", .scale = YI, .norm_unit = "美元" });
    analysis_options_init(&opt);
    opt.series = &s;
    assert_int_equal(analysis_check_claims(&cs, &opt, &fs), GC_OK);
    for (size_t i = 0; i < fs.count; i++)
        assert_int_not_equal(fs.items[i].check, ANALYSIS_CHECK_SERIES_LEVEL);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* 万 in the report and 万人 in the file are one family for people:
 * 常住人口313.2万 is compared with the official 313.2 万人. */
static void people_wan_against_wanren(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;

    read_series(&s);
    add(&cs, (spec){ .ind = "常住人口", .kind = INGEST_LEVEL, .year = 2021, .value = 313.2,
                     .res = 0.1, .unit = "万", .scale = WAN, .norm_unit = "" });
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_LEVEL, &fs);
    near(f->computed, 313.2, 1e-9);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* The official 2020 level against the stated 2021 level and growth: the
 * report says 9500亿元 in 2021, 8.5 % (real) over 2020; the file has 2020 at
 * 8504.6亿元.  Level to level, 9500 / 8504.6 - 1 = 11.7043 %, and 9500 (two
 * trailing zeros: +-50) gives [9450 / 8504.6 - 1, 9550 / 8504.6 - 1] =
 * [11.1163, 12.2922] %.  A real rate against current-price levels: the gap
 * is the deflator 1.117043 / 1.085 - 1 = 2.953 %, near the national 4.4 %
 * of 2021: explained, price_basis. */
static void official_base_against_stated_growth(void **state)
{
    static const char csv[] = "indicator,year,value,unit,basis,source\n"
                              "地区生产总值,2020,8504.6,亿元,current,统计公报\n";
    FILE *fp = fmemopen((void *)csv, sizeof csv - 1, "rb");
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    gc_diag d;
    (void)state;

    assert_non_null(fp);
    assert_int_equal(ingest_series_read(fp, "official.csv", &s, &d), GC_OK);
    fclose(fp);
    level(&cs, 2021, 9500, 100, false);
    add(&cs, (spec){ .ind = "地区生产总值", .kind = INGEST_GROWTH_YOY, .year = 2021,
                     .value = 8.5, .res = 0.1, .unit = "%", .norm_unit = "%" });
    f = run_one(&cs, &s, ANALYSIS_CHECK_SERIES_RATE, &fs);
    assert_int_equal(f->from, 2020);
    assert_int_equal(f->to, 2021);
    assert_int_equal(f->nclaims, 2);
    near(f->computed, 11.704254, 1e-5);
    near(f->computed_iv.lo, 11.116337, 1e-5);
    near(f->computed_iv.hi, 12.292171, 1e-5);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_PRICE_BASIS);
    assert_true(f->has_deflator);
    assert_false(f->deflator_flag);
    assert_non_null(strstr(f->formula, "(950000000000 / 850460000000)^(1/1) - 1 = 11.7%"));
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

/* Official rows no check compared are listed: with only the 2016 GDP level
 * stated, the 2021 GDP row and the population row went unused; stating the
 * population (in 万, the family of 万人) uses its row. */
static void unused_official_rows(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    ingest_series s = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_options opt;
    size_t *unused = NULL, n = 0;
    (void)state;

    read_series(&s);
    level(&cs, 2016, 5908, 1, false);
    analysis_options_init(&opt);
    opt.series = &s;
    assert_int_equal(analysis_check_claims(&cs, &opt, &fs), GC_OK);
    assert_int_equal(analysis_series_unused(&fs, &opt, &unused, &n), GC_OK);
    assert_int_equal(n, 2);
    assert_int_equal(unused[0], 1);
    assert_int_equal(unused[1], 2);
    free(unused);
    analysis_findings_free(&fs);
    add(&cs, (spec){ .ind = "常住人口", .kind = INGEST_LEVEL, .year = 2021, .value = 313.2,
                     .res = 0.1, .unit = "万", .scale = WAN, .norm_unit = "" });
    assert_int_equal(analysis_check_claims(&cs, &opt, &fs), GC_OK);
    assert_int_equal(analysis_series_unused(&fs, &opt, &unused, &n), GC_OK);
    assert_int_equal(n, 1);
    assert_int_equal(unused[0], 1);
    free(unused);
    /* no series: nothing */
    opt.series = NULL;
    assert_int_equal(analysis_series_unused(&fs, &opt, &unused, &n), GC_OK);
    assert_int_equal(n, 0);
    assert_null(unused);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
    ingest_series_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(level_matches_official),
        cmocka_unit_test(estimate_within_allowance),
        cmocka_unit_test(estimate_beyond_allowance),
        cmocka_unit_test(rate_against_official_levels),
        cmocka_unit_test(no_comparison_across_units),
        cmocka_unit_test(people_wan_against_wanren),
        cmocka_unit_test(official_base_against_stated_growth),
        cmocka_unit_test(unused_official_rows),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
