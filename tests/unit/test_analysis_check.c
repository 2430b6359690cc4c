/* test_analysis_check.c -- analysis_check_claims on claim sets built by hand
 * (the seed's figures and small sets giving each verdict), the indicator
 * table, and the JSON of findings: never NaN, null plus a reason when the
 * arithmetic is undefined.  Expected numbers are worked out in comments. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../../analysis/analysis.h"

#include "analysis_fixture.h"

/* The seed report's figures, as ingest reads them. */
static void seed_claims(ingest_claims *cs)
{
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 5908, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_SHARE, .year = 2016, .from = 0, .to = 0, .value = 21.8, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%", .of = "全市" });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 9500, .res = 100, .unit = "亿元", .scale = YI, .norm_unit = "元", .estimated = true });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_SHARE, .year = 2021, .from = 0, .to = 0, .value = 24, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%", .of = "全市" });
    add(cs, (spec){ .ind = "常住人口", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 364, .res = 1, .unit = "万", .scale = WAN, .norm_unit = "人" });
    add(cs, (spec){ .ind = "常住人口", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 313.2, .res = 0.1, .unit = "万", .scale = WAN, .norm_unit = "人" });
    add(cs, (spec){ .ind = "劳动生产率", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 25, .res = 1, .unit = "万元/人", .scale = WAN, .norm_unit = "元/人" });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_GROWTH_YOY, .year = 2021, .from = 0, .to = 0, .value = 10, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%", .q = INGEST_ABOVE, .estimated = true });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = 7.6, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%" });
    add(cs, (spec){ .ind = "区级一般公共预算收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 490.2, .res = 0.1, .unit = "亿元", .scale = YI, .norm_unit = "元", .estimated = true });
    add(cs, (spec){ .ind = "区级一般公共预算收入", .kind = INGEST_GROWTH_YOY, .year = 2021, .from = 0, .to = 0, .value = 8, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%" });
    add(cs, (spec){ .ind = "区级一般公共预算收入", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = 4.9, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%" });
    add(cs, (spec){ .ind = "高新技术企业收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 3.4, .res = 0.1, .unit = "万亿元", .scale = 1e12, .norm_unit = "元", .estimated = true });
    add(cs, (spec){ .ind = "高新技术企业收入", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = 13.1, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%" });
    add(cs, (spec){ .ind = "细颗粒物年均浓度", .kind = INGEST_CHANGE_PCT, .year = 0, .from = 2016, .to = 2021, .value = -51, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%", .estimated = true });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_LEVEL, .year = 2022, .from = 0, .to = 0, .value = 1, .res = 1, .unit = "万亿元", .scale = 1e12, .norm_unit = "元", .q = INGEST_ABOVE, .estimated = false, .target = true });
    add(cs, (spec){ .ind = "地区生产总值", .kind = INGEST_GROWTH_YOY, .year = 2022, .from = 0, .to = 0, .value = 6, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%", .q = INGEST_ABOVE, .estimated = false, .target = true });
    add(cs, (spec){ .ind = "高新技术企业总收入", .kind = INGEST_GROWTH_YOY, .year = 2022, .from = 0, .to = 0, .value = 10, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%", .q = INGEST_ABOVE, .estimated = false, .target = true });
}

/* The first finding of check about indicator (and spanning to `to` when
 * to != 0), or a test failure. */
static const analysis_finding *find(const analysis_findings *fs, const char *indicator,
                                    analysis_check check, int to)
{
    for (size_t i = 0; i < fs->count; i++) {
        const analysis_finding *f = &fs->items[i];
        if (f->check == check && !strcmp(f->indicator, indicator) && (!to || f->to == to))
            return f;
    }
    fail_msg("no %s finding for %s", analysis_check_name(check), indicator);
    return NULL;
}

static const analysis_implied *implied_at(const analysis_finding *f, int year)
{
    for (size_t i = 0; i < f->nimplied; i++)
        if (f->implied[i].year == year)
            return &f->implied[i];
    fail_msg("no implied value for %d in %s", year, f->indicator);
    return NULL;
}

/* The finding of check about indicator that implies a value for year. */
static const analysis_finding *find_implied(const analysis_findings *fs, const char *indicator,
                                            analysis_check check, int year)
{
    for (size_t i = 0; i < fs->count; i++) {
        const analysis_finding *f = &fs->items[i];
        if (f->check != check || strcmp(f->indicator, indicator) != 0)
            continue;
        for (size_t k = 0; k < f->nimplied; k++)
            if (f->implied[k].year == year)
                return f;
    }
    fail_msg("no %s finding for %s implying %d", analysis_check_name(check), indicator, year);
    return NULL;
}

static void run(const ingest_claims *cs, const char *lang, analysis_findings *fs)
{
    analysis_options opt;
    analysis_options_init(&opt);
    if (lang)
        opt.lang = lang;
    assert_int_equal(analysis_check_claims(cs, &opt, fs), GC_OK);
    for (size_t i = 0; i < fs->count; i++)
        assert_non_null(fs->items[i].explanation);
}

static void seed_gdp_price_basis(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    seed_claims(&cs);
    run(&cs, NULL, &fs);
    /* 5908 -> 9500 over 5 years: 9.9655 % nominal against the stated 7.6 %
     * (real, GDP being at comparable prices): deflator 1.099655 / 1.076 - 1
     * = 2.1985 % a year, inside [-2, 6]. */
    f = find(&fs, "地区生产总值", ANALYSIS_CHECK_GROWTH_AVG, 2021);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_PRICE_BASIS);
    near(f->computed, 9.96554, 1e-5);
    near(f->stated, 7.6, 1e-12);
    assert_true(f->has_deflator);
    near(f->deflator, 2.19851, 1e-4);
    assert_false(f->deflator_flag);
    assert_string_equal(f->indicator_en, "Gross regional product");
    /* n = 4 gives 12.64 %, outside [7.55, 7.65]: not a reading that fits. */
    for (size_t i = 0; i < f->ndiagnosis; i++)
        assert_int_not_equal(f->diagnosis[i].reading, ANALYSIS_READING_N_MINUS_1);
    assert_non_null(strstr(f->explanation, "2.2"));
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void seed_implied_levels(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    const analysis_implied *p;
    (void)state;
    seed_claims(&cs);
    run(&cs, NULL, &fs);
    /* 490.2 at 4.9 % over 5 years: 490.2 / 1.049^5 = 490.2 / 1.270216 =
     * 385.92 in 2016; interval from 490.15 / 1.04950^5 to 490.25 /
     * 1.04850^5: [384.0, 387.8]. */
    f = find_implied(&fs, "区级一般公共预算收入", ANALYSIS_CHECK_IMPLIED, 2016);
    assert_int_equal(f->verdict, ANALYSIS_UNVERIFIABLE);
    assert_int_equal(f->from, 2016);
    p = implied_at(f, 2016);
    near(p->value, 385.919, 1e-5);
    assert_true(p->iv.lo < 385.919 && p->iv.hi > 385.919);
    near(p->iv.lo, 490.15 / pow(1.0495, 5), 1e-9);
    assert_string_equal(p->unit, "亿元");
    /* 490.2 at 8 % in 2021: 490.2 / 1.08 = 453.89 in 2020. */
    f = find_implied(&fs, "区级一般公共预算收入", ANALYSIS_CHECK_IMPLIED, 2020);
    near(implied_at(f, 2020)->value, 453.889, 1e-5);
    /* The remaining years: (1.049^5 / 1.08)^(1/4) - 1 = (1.270216 /
     * 1.08)^0.25 - 1 = 1.176126^0.25 - 1 = 4.139 %. */
    f = find(&fs, "区级一般公共预算收入", ANALYSIS_CHECK_REMAINING, 0);
    near(f->computed, 4.13900, 1e-4);
    /* 高新技术企业收入 (alias of 高新技术企业总收入): 3.4 / 1.131^5 = 3.4 /
     * 1.850656 = 1.8372万亿元 in 2016. */
    f = find(&fs, "高新技术企业总收入", ANALYSIS_CHECK_IMPLIED, 2021);
    near(implied_at(f, 2016)->value, 1.83724, 1e-5);
    /* 下降51% over five years: 0.49^(1/5) - 1 = -13.296 % a year. */
    f = find(&fs, "细颗粒物年均浓度", ANALYSIS_CHECK_CHANGE_PCT, 2021);
    assert_int_equal(f->verdict, ANALYSIS_UNVERIFIABLE);
    near(implied_at(f, 2021)->value, -13.29598, 1e-5);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void seed_population_target_identity(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    seed_claims(&cs);
    run(&cs, "en", &fs);
    /* 364 -> 313.2万 over 5 years, no stated rate: -2.9615 % a year. */
    f = find(&fs, "常住人口", ANALYSIS_CHECK_IMPLIED, 2021);
    assert_false(f->has_stated);
    near(f->computed, -2.96150, 1e-5);
    /* 2022: over 1万亿元 from 9500亿元 needs 10000 / 9500 - 1 = 5.263 %;
     * the target of 6 % or more gives 9500 * 1.06 = 10070亿元: consistent. */
    f = find(&fs, "地区生产总值", ANALYSIS_CHECK_TARGET, 2022);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    near(f->computed, 5.26316, 1e-5);
    assert_int_equal(f->from, 2021);
    near(implied_at(f, 2022)->value, 10070, 1e-9);
    assert_true(implied_at(f, 2022)->iv.hi_unbounded);
    /* 高新技术企业总收入 growing 10 % or more from 3.4万亿元: 3.74. */
    f = find(&fs, "高新技术企业总收入", ANALYSIS_CHECK_TARGET, 2022);
    assert_int_equal(f->verdict, ANALYSIS_UNVERIFIABLE);
    near(implied_at(f, 2022)->value, 3.74, 1e-9);
    /* GDP / productivity 2016: 5908e8 / 25e4 = 2,363,200 people = 236.32万人;
     * GDP / population: 5908e8 / 364e4 = 162,308 元 = 16.23万元/人 in 2016,
     * 9500e8 / 313.2e4 = 30.33万元/人 in 2021. */
    for (size_t i = 0, seen = 0; i < fs.count; i++) {
        f = &fs.items[i];
        if (f->check != ANALYSIS_CHECK_IDENTITY)
            continue;
        if (!strcmp(f->implied[0].unit, "万人")) {
            near(implied_at(f, 2016)->value, 236.32, 1e-9);
        } else {
            near(implied_at(f, 2016)->value, 16.2307692, 1e-7);
            near(implied_at(f, 2021)->value, 30.3320562, 1e-7);
        }
        assert_true(++seen <= 2);
    }
    /* Shares: 5908 / 21.8 % = 27100.9 and 9500 / 24 % = 39583.3; the whole
     * grew (39583.3 / 27100.9)^(1/5) - 1 = 7.871 % a year. */
    f = find(&fs, "地区生产总值", ANALYSIS_CHECK_SHARE, 0);
    near(implied_at(f, 2016)->value, 27100.917, 1e-6);
    near(f->computed, 7.87124, 1e-5);
    /* Coverage comes last. */
    assert_int_equal(fs.items[fs.count - 1].check, ANALYSIS_CHECK_COVERAGE);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

/* Two levels 100 (2016) and 161 (2021), both to units, and one stated
 * average rate. */
static const analysis_finding *one_rate(ingest_claims *cs, analysis_findings *fs,
                                        double v1, double res1, bool est, double rate, double res)
{
    add(cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 100, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = v1, .res = res1, .unit = "亿元", .scale = YI, .norm_unit = "元", .estimated = est });
    add(cs, (spec){ .ind = "测试收入", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = rate, .res = res, .unit = "%", .scale = 1, .norm_unit = "%" });
    run(cs, NULL, fs);
    return find(fs, "测试收入", ANALYSIS_CHECK_GROWTH_AVG, 2021);
}

static void verdict_consistent(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* 1.61^(1/5) - 1 = 9.993 %, inside the stated 10 (res 1) = [9.5, 10.5]. */
    f = one_rate(&cs, &fs, 161, 1, false, 10, 1);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    assert_false(f->rounding_only);
    near(f->computed, 9.99303, 1e-5);
    /* The levels' interval: (160.5 / 100.5)^0.2 - 1 = 9.815 % to (161.5 /
     * 99.5)^0.2 - 1 = 10.172 %. */
    near(f->computed_iv.lo, 9.81503, 1e-5);
    near(f->computed_iv.hi, 10.17166, 1e-5);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void verdict_rounding_only(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* Stated 9.8 = [9.75, 9.85] misses the point 9.993 but meets the levels'
     * interval [9.815, 10.172]: consistent only thanks to rounding. */
    f = one_rate(&cs, &fs, 161, 1, false, 9.8, 0.1);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    assert_true(f->rounding_only);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void verdict_inconsistent_with_diagnosis(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* Stated 12.6 = [12.55, 12.65] against [9.815, 10.172]: gap 12.55 -
     * 10.172 = 2.378 pp, gross; counting the base year (n = 4): 1.61^0.25 -
     * 1 = 12.644 %, which lands in the stated interval. */
    f = one_rate(&cs, &fs, 161, 1, false, 12.6, 0.1);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    assert_true(f->gross);
    near(f->gap_pp, 12.55 - 10.17166, 1e-4);
    assert_int_equal(f->ndiagnosis, 1);
    assert_int_equal(f->diagnosis[0].reading, ANALYSIS_READING_N_MINUS_1);
    near(f->diagnosis[0].value, 12.64359, 1e-5);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void verdict_inconsistent_not_gross(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* Stated 10.4 = [10.35, 10.45] against hi 10.172: gap 0.178 pp < 0.5. */
    f = one_rate(&cs, &fs, 161, 1, false, 10.4, 0.1);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    assert_false(f->gross);
    near(f->gap_pp, 10.35 - 10.17166, 1e-4);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void verdict_explained_estimate(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* 100 -> 预计 160, round (res 10): [155, 165], and the highest rate is
     * (165 / 99.5)^0.2 - 1 = 10.64 %; the stated 11.0 = [10.95, 11.05] misses
     * it.  Widened as an estimate (+-max(10, 1.6) = [150, 170]): (170 /
     * 99.5)^0.2 - 1 = 11.31 % reaches it: explained, reason estimate. */
    f = one_rate(&cs, &fs, 160, 10, true, 11.0, 0.1);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_ESTIMATE);
    assert_false(f->has_deflator);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void sign_flip_is_gross(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* 1000 -> 998 is -0.2 % ([997.5 / 1000.5 - 1, 998.5 / 999.5 - 1] =
     * [-0.30, -0.10] %), stated +0.1 % = [0.05, 0.15]: the gap 0.05 - (-0.10)
     * = 0.15 pp is under 0.5 pp, but the sign flips: gross. */
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2020, .from = 0, .to = 0, .value = 1000, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 998, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_GROWTH_YOY, .year = 2021, .from = 0, .to = 0, .value = 0.1, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%" });
    run(&cs, NULL, &fs);
    f = find(&fs, "测试收入", ANALYSIS_CHECK_GROWTH_YOY, 2021);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    assert_true(fabs(f->gap_pp) < 0.5);
    assert_true(f->gross);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

/* Reasons and readings: one table each, every value with its JSON name
 * and words in both languages; none for no reason or out of range. */
static void reason_and_reading_words(void **state)
{
    (void)state;
    assert_null(analysis_reason_name(ANALYSIS_REASON_NONE));
    assert_null(analysis_reason_name(ANALYSIS_REASON_COUNT));
    assert_string_equal(analysis_reason_name(ANALYSIS_REASON_PRICE_BASIS), "price_basis");
    assert_string_equal(analysis_reason_name(ANALYSIS_REASON_ESTIMATE), "estimate");
    for (int r = 1; r < ANALYSIS_REASON_COUNT; r++) {
        assert_non_null(analysis_reason_text((analysis_reason)r, "zh"));
        assert_non_null(analysis_reason_text((analysis_reason)r, "en"));
    }
    assert_string_equal(analysis_reading_name(ANALYSIS_READING_N_MINUS_1), "n-1 years");
    assert_string_equal(analysis_reading_name(ANALYSIS_READING_UNIT_SLIP), "万/亿 slip");
    assert_string_equal(analysis_reading_text(ANALYSIS_READING_N_MINUS_1, "zh"),
                        "少算一年（n-1年）");
    assert_string_equal(analysis_reading_text(ANALYSIS_READING_N_MINUS_1, "en"), "n-1 years");
    for (int r = 0; r < ANALYSIS_READING_COUNT; r++) {
        assert_non_null(analysis_reading_name((analysis_reading_kind)r));
        assert_non_null(analysis_reading_text((analysis_reading_kind)r, "zh"));
    }
    assert_null(analysis_reading_name(ANALYSIS_READING_COUNT));
}

static void zero_base_is_null_with_reason(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    cJSON *j;
    char *text;
    (void)state;
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 0, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 50, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = 10, .res = 1, .unit = "%", .scale = 1, .norm_unit = "%" });
    run(&cs, NULL, &fs);
    f = find(&fs, "测试收入", ANALYSIS_CHECK_GROWTH_AVG, 2021);
    assert_false(f->has_computed);
    assert_string_equal(f->undefined, "zero or negative base");
    assert_int_equal(f->verdict, ANALYSIS_UNVERIFIABLE);
    j = analysis_finding_json(f, &cs);
    assert_non_null(j);
    assert_true(cJSON_IsNull(cJSON_GetObjectItem(j, "computed")));
    assert_string_equal(cJSON_GetObjectItem(j, "undefined")->valuestring, "zero or negative base");
    text = cJSON_PrintUnformatted(j);
    assert_null(strstr(text, "nan"));
    assert_null(strstr(text, ":inf"));
    assert_null(strstr(text, ":-inf"));
    free(text);
    cJSON_Delete(j);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

/* Every number in the tree is finite (cJSON would print NaN as null and
 * hide it, so look at the values themselves). */
static void all_finite(const cJSON *j)
{
    for (const cJSON *c = j->child; c; c = c->next) {
        if (cJSON_IsNumber(c) && !isfinite(c->valuedouble))
            fail_msg("non-finite number at %s", c->string ? c->string : "?");
        all_finite(c);
    }
}

static void json_of_every_seed_finding(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    (void)state;
    seed_claims(&cs);
    run(&cs, NULL, &fs);
    for (size_t i = 0; i < fs.count; i++) {
        cJSON *j = analysis_finding_json(&fs.items[i], &cs), *back;
        char *text;
        assert_non_null(j);
        all_finite(j);
        text = cJSON_PrintUnformatted(j);
        assert_non_null(text);
        assert_null(strstr(text, "nan"));
        assert_null(strstr(text, ":inf"));
        assert_null(strstr(text, ":-inf"));
        back = cJSON_Parse(text);
        assert_non_null(back);
        assert_non_null(cJSON_GetObjectItem(back, "verdict")->valuestring);
        assert_true(cJSON_IsArray(cJSON_GetObjectItem(back, "claims")));
        assert_true(cJSON_IsString(cJSON_GetObjectItem(back, "explanation")));
        /* a value without its unit cannot be read: every one has it */
        if (fs.items[i].has_stated)
            assert_non_null(fs.items[i].stated_unit);
        if (fs.items[i].has_computed)
            assert_non_null(fs.items[i].computed_unit);
        if (fs.items[i].check == ANALYSIS_CHECK_GROWTH_AVG &&
            !strcmp(fs.items[i].indicator, "地区生产总值")) {
            cJSON *d = cJSON_GetObjectItem(back, "deflator");
            assert_string_equal(cJSON_GetObjectItem(back, "reason")->valuestring, "price_basis");
            near(cJSON_GetObjectItem(d, "value")->valuedouble, 2.19851, 1e-4);
            assert_int_equal(cJSON_GetArraySize(cJSON_GetObjectItem(back, "claims")), 3);
        }
        free(text);
        cJSON_Delete(back);
        cJSON_Delete(j);
    }
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

static void indicator_table(void **state)
{
    static const char good[] = "# comment\n\n甲\tA\tcomparable\t甲甲|甲乙\tgdp\n乙\tB\tcurrent\t-\n";
    static const char dup[] = "甲\tA\tcomparable\t甲甲\n乙\tB\tcurrent\t甲甲\n";
    static const char basis[] = "# x\n甲\tA\treal\t-\n";
    static const char fields[] = "甲\tA\tcurrent\n";
    static const char utf8[] = "甲\tA\tcurrent\t-\n\xff\tB\tcurrent\t-\n";
    extern const char analysis_indicators_tsv[];
    extern const size_t analysis_indicators_tsv_len;
    analysis_indicators *t = NULL;
    gc_diag d;
    (void)state;
    assert_int_equal(analysis_indicators_load(good, strlen(good), "t.tsv", &t, &d), GC_OK);
    analysis_indicators_free(t);
    /* The built-in table itself is valid. */
    assert_int_equal(analysis_indicators_load(analysis_indicators_tsv, analysis_indicators_tsv_len,
                                              "indicators.tsv", &t, &d), GC_OK);
    analysis_indicators_free(t);
    assert_int_equal(analysis_indicators_load(dup, strlen(dup), "t.tsv", &t, &d), GC_ESYNTAX);
    assert_null(t);
    assert_int_equal(d.line, 2);
    assert_non_null(strstr(d.message, "甲甲"));
    assert_string_equal(d.file, "t.tsv");
    assert_int_equal(analysis_indicators_load(basis, strlen(basis), "t.tsv", &t, &d), GC_ESYNTAX);
    assert_int_equal(d.line, 2);
    assert_non_null(strstr(d.message, "basis"));
    assert_int_equal(analysis_indicators_load(fields, strlen(fields), "t.tsv", &t, &d), GC_ESYNTAX);
    assert_int_equal(d.line, 1);
    assert_int_equal(analysis_indicators_load(utf8, strlen(utf8), "t.tsv", &t, &d), GC_ESYNTAX);
    assert_int_equal(d.line, 2);
    analysis_indicators_free(NULL);
    analysis_indicators_free((analysis_indicators *)analysis_indicators_builtin());
}

static void custom_table_changes_basis(void **state)
{
    /* With a table saying GDP rates are current, the seed's 7.6 % is no
     * longer explained by prices: inconsistent, gap 7.65 - 9.848 pp. */
    static const char table[] = "地区生产总值\tGRP\tcurrent\t-\n";
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_indicators *t = NULL;
    analysis_options opt;
    const analysis_finding *f;
    (void)state;
    assert_int_equal(analysis_indicators_load(table, strlen(table), "t", &t, NULL), GC_OK);
    seed_claims(&cs);
    analysis_options_init(&opt);
    opt.indicators = t;
    assert_int_equal(analysis_check_claims(&cs, &opt, &fs), GC_OK);
    f = find(&fs, "地区生产总值", ANALYSIS_CHECK_GROWTH_AVG, 2021);
    assert_int_equal(f->verdict, ANALYSIS_INCONSISTENT);
    assert_true(f->gross);
    near(f->gap_pp, 7.65 - 9.84769, 1e-4);
    /* The text's own words win: 名义 on the claim keeps it nominal too. */
    analysis_findings_free(&fs);
    analysis_indicators_free(t);
    ingest_claims_free(&cs);
}

static void text_basis_wins(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f;
    (void)state;
    /* A current-price indicator whose rate the text calls real (实际增长):
     * price_basis, deflator (1.0999303 / 1.08) - 1 = 1.845 %. */
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2016, .from = 0, .to = 0, .value = 100, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_LEVEL, .year = 2021, .from = 0, .to = 0, .value = 161, .res = 1, .unit = "亿元", .scale = YI, .norm_unit = "元" });
    add(&cs, (spec){ .ind = "测试收入", .kind = INGEST_GROWTH_AVG, .year = 0, .from = 2016, .to = 2021, .value = 8, .res = 0.1, .unit = "%", .scale = 1, .norm_unit = "%", .basis = INGEST_BASIS_REAL });
    run(&cs, NULL, &fs);
    f = find(&fs, "测试收入", ANALYSIS_CHECK_GROWTH_AVG, 2021);
    assert_int_equal(f->verdict, ANALYSIS_EXPLAINED);
    assert_int_equal(f->reason, ANALYSIS_REASON_PRICE_BASIS);
    near(f->deflator, 1.84540, 1e-4);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

/* 由410家增至820家，实现翻一番: 820 / 410 = 2, the multiple stated; the
 * computed figure is a multiple too (2倍), not a rate. */
static void multiple_in_its_own_unit(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f = NULL;
    (void)state;

    add(&cs, (spec){ .ind = "高新技术企业", .kind = INGEST_LEVEL, .year = 2019, .value = 410,
                     .res = 1, .unit = "家", .norm_unit = "家" });
    add(&cs, (spec){ .ind = "高新技术企业", .kind = INGEST_LEVEL, .year = 2024, .value = 820,
                     .res = 1, .unit = "家", .norm_unit = "家" });
    add(&cs, (spec){ .ind = "高新技术企业", .kind = INGEST_MULTIPLE, .from = 2019, .to = 2024,
                     .value = 2, .res = 0, .unit = "倍", .norm_unit = "倍" });
    run(&cs, NULL, &fs);
    for (size_t i = 0; i < fs.count; i++)
        if (fs.items[i].check == ANALYSIS_CHECK_MULTIPLE)
            f = &fs.items[i];
    assert_non_null(f);
    assert_int_equal(f->verdict, ANALYSIS_CONSISTENT);
    near(f->computed, 2, 1e-12);
    assert_string_equal(f->stated_unit, "倍");
    assert_string_equal(f->computed_unit, "倍");
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

/* The seed's 2021 GDP grew "10%以上" within a five-year average of 7.6%: the
 * other four years averaged at most ((1.0765)^5 / 1.095)^(1/4) - 1
 * = exp((5 * 0.073714 - 0.090754) / 4) - 1 = 7.192%, and with no ceiling on
 * 2021 they have no floor: that side is open, not -100. */
static void remaining_years_open_below(void **state)
{
    ingest_claims cs = INGEST_CLAIMS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    const analysis_finding *f = NULL;
    (void)state;

    seed_claims(&cs);
    run(&cs, NULL, &fs);
    for (size_t i = 0; i < fs.count; i++)
        if (fs.items[i].check == ANALYSIS_CHECK_REMAINING &&
            !strcmp(fs.items[i].indicator, "地区生产总值"))
            f = &fs.items[i];
    assert_non_null(f);
    assert_true(f->computed_iv.lo_unbounded);
    assert_false(f->computed_iv.hi_unbounded);
    near(f->computed_iv.hi, 100 * (pow(pow(1.0765, 5) / 1.095, 0.25) - 1), 1e-9);
    near(f->computed_iv.hi, 7.192, 1e-3);
    analysis_findings_free(&fs);
    ingest_claims_free(&cs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(seed_gdp_price_basis),
        cmocka_unit_test(seed_implied_levels),
        cmocka_unit_test(seed_population_target_identity),
        cmocka_unit_test(verdict_consistent),
        cmocka_unit_test(verdict_rounding_only),
        cmocka_unit_test(verdict_inconsistent_with_diagnosis),
        cmocka_unit_test(verdict_inconsistent_not_gross),
        cmocka_unit_test(verdict_explained_estimate),
        cmocka_unit_test(sign_flip_is_gross),
        cmocka_unit_test(reason_and_reading_words),
        cmocka_unit_test(zero_base_is_null_with_reason),
        cmocka_unit_test(json_of_every_seed_finding),
        cmocka_unit_test(indicator_table),
        cmocka_unit_test(custom_table_changes_basis),
        cmocka_unit_test(text_basis_wins),
        cmocka_unit_test(multiple_in_its_own_unit),
        cmocka_unit_test(remaining_years_open_below),
    };
    gsl_set_error_handler_off();
    return cmocka_run_group_tests(tests, NULL, NULL);
}
