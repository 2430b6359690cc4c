/* test_ingest_amount.c -- ingest_parse_amount: Arabic and Chinese numerals,
 * scales applied exactly, units as written and in base units, resolution
 * by the written digits, and refusals (no number, 1,000 digits, 亿亿).
 * Values are compared with a relative tolerance of 1e-12 against values
 * worked out by hand. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../ingest/ingest.h"

#define REL 1e-12

static void assert_close(double got, double want)
{
    if (!(fabs(got - want) <= REL * fmax(fabs(want), 1e-300) || got == want))
        fail_msg("got %.17g, want %.17g", got, want);
}

typedef struct amount_case {
    const char *text;
    double value, resolution, norm;
    const char *unit, *norm_unit;
    size_t length;          /* 0: the whole text */
} amount_case;

static void check(const amount_case *c)
{
    ingest_amount a;
    int rc = ingest_parse_amount(c->text, strlen(c->text), &a);

    if (rc != GC_OK)
        fail_msg("%s: status %d", c->text, rc);
    assert_close(a.value, c->value);
    assert_close(a.resolution, c->resolution);
    assert_close(a.norm_value, c->norm);
    assert_string_equal(a.unit, c->unit);
    assert_string_equal(a.norm_unit, c->norm_unit);
    assert_int_equal(a.length, c->length ? c->length : strlen(c->text));
}

static void test_arabic(void **state)
{
    static const amount_case cases[] = {
        { "5908亿元", 5908, 1, 5908e8, "亿元", "元", 0 },
        { "9500亿元", 9500, 100, 9500e8, "亿元", "元", 0 },     /* two zeros: rounded */
        { "1000亿元", 1000, 1000, 1000e8, "亿元", "元", 0 },
        { "10%", 10, 1, 10, "%", "%", 0 },                      /* one zero: as written */
        { "2960亿元", 2960, 1, 2960e8, "亿元", "元", 0 },
        { "7.6%", 7.6, 0.1, 7.6, "%", "%", 0 },
        { "2.63平方米", 2.63, 0.01, 2.63, "平方米", "平方米", 0 },
        { "3.4万亿元", 3.4, 0.1, 3.4e12, "万亿元", "元", 0 },
        { "61.7亿美元", 61.7, 0.1, 61.7e8, "亿美元", "美元", 0 },
        { "25万元/人", 25, 1, 25e4, "万元/人", "元/人", 0 },
        { "364万", 364, 1, 364e4, "万", "", 0 },
        { "3.6万人", 3.6, 0.1, 3.6e4, "万人", "人", 0 },
        { "1.8万件", 1.8, 0.1, 1.8e4, "万件", "件", 0 },
        { "0.4个百分点", 0.4, 0.1, 0.4, "百分点", "百分点", 0 },
        { "1,203亿元", 1203, 1, 1203e8, "亿元", "元", 0 },
        { "4688元/月", 4688, 1, 4688, "元/月", "元/月", 0 },
        { "0.42吨标准煤", 0.42, 0.01, 0.42, "吨标准煤", "吨标准煤", 0 },
        { "2.5倍", 2.5, 0.1, 2.5, "倍", "倍", 0 },
        { "96核", 96, 1, 96, "", "", 2 },                       /* no unit: stops at 核 */
        /* lower places written out after 万: one number in the base unit */
        { "4万4181美元", 44181, 1, 44181, "美元", "美元", 0 },
        { "2万0378美元", 20378, 1, 20378, "美元", "美元", 0 },
        { "2万951美元", 20951, 1, 20951, "美元", "美元", 0 },
        { "3亿25000000元", 325000000, 1, 325000000, "元", "元", 0 },
        { "16万7千人", 16.7, 0.1, 16.7e4, "万人", "人", 0 },     /* a place: in 万 */
        { "2万3%", 2, 1, 2e4, "万", "", 4 },                    /* no percent after 万 */
        { "2万12345元", 2, 1, 2e4, "万", "", 4 },               /* five places: no */
        /* 兆 is a trillion; across 兆 and 亿, one number in 亿; 兆瓦 a unit */
        { "3.3兆元", 3.3, 0.1, 3.3e12, "兆元", "元", 0 },
        { "2兆749亿元", 20749, 1, 20749e8, "亿元", "元", 0 },
        { "3兆6,339亿元", 36339, 1, 36339e8, "亿元", "元", 0 },
        { "1200兆瓦", 1200, 100, 1200, "兆瓦", "兆瓦", 0 },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(&cases[i]);
}

static void test_chinese(void **state)
{
    static const amount_case cases[] = {
        { "两万三千多亿元", 23000, 1000, 23000e8, "亿元", "元", 0 },
        { "两千三百亿元", 2300, 100, 2300e8, "亿元", "元", 0 },
        { "一万家", 1, 1, 1e4, "万家", "家", 0 },
        { "一万亿元", 1, 1, 1e12, "万亿元", "元", 0 },
        { "十五亿元", 15, 1, 15e8, "亿元", "元", 0 },
        { "三百零五万人", 305, 1, 305e4, "万人", "人", 0 },
        /* a numeral written in parts that a scale closes is one value in its
         * largest scale; one that a lower place closes, one in its base unit */
        { "一亿二千万元", 1.2, 0.1, 120000000, "亿元", "元", 0 },
        { "一千〇一十六亿七千万元", 1016.7, 0.1, 1016.7e8, "亿元", "元", 0 },
        { "三十二万四千人", 324000, 1000, 324000, "人", "人", 0 },
        { "二百零三万八千多人次", 2038000, 1000, 2038000, "人次", "人次", 0 },
        { "六十万零四千三百", 604300, 100, 604300, "", "", 0 },
        { "五十五亿四千万", 55.4, 0.1, 55.4e8, "亿", "", 0 },
        { "百分之廿七点八", 27.8, 0.1, 27.8, "%", "%", 0 },
        { "廿一亿四千三百万元", 21.43, 0.01, 21.43e8, "亿元", "元", 0 },
        { "百分之八点五", 8.5, 0.1, 8.5, "%", "%", 0 },
        { "百分之十二", 12, 1, 12, "%", "%", 0 },
        { "1.2万亿", 1.2, 0.1, 1.2e12, "万亿", "", 0 },
        { "万亿元", 1, 1, 1e12, "万亿元", "元", 0 },            /* 突破万亿元 */
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check(&cases[i]);
}

static void test_fractions_and_suffixes(void **state)
{
    ingest_amount a;
    (void)state;
    assert_int_equal(ingest_parse_amount("三分之一", strlen("三分之一"), &a), GC_OK);
    assert_close(a.value, 100.0 / 3.0);
    assert_close(a.resolution, 0);          /* exact by construction */
    assert_string_equal(a.unit, "%");
    assert_int_equal(ingest_parse_amount("90余个", strlen("90余个"), &a), GC_OK);
    assert_true(a.approx_suffix);
    assert_close(a.value, 90);
    assert_string_equal(a.unit, "个");
    assert_int_equal(ingest_parse_amount("10万余辆", strlen("10万余辆"), &a), GC_OK);
    assert_true(a.approx_suffix);
    assert_string_equal(a.unit, "万辆");
    assert_close(a.norm_value, 1e5);
}

/* Numerals written digit by digit (Taiwan's print press): one number with
 * a decimal point (the feed folds 億 and the full-width point to 亿 and "."), or
 * before 万/亿; otherwise the digits list things
 * (一二三四季度, 七八成) and are no number of 1234 or 78. */
static void test_digit_runs(void **state)
{
    ingest_amount a;
    (void)state;
    assert_int_equal(ingest_parse_amount("二八四.五亿美元", strlen("二八四.五亿美元"), &a), GC_OK);
    assert_close(a.value, 284.5);
    assert_close(a.resolution, 0.1);
    assert_int_equal(ingest_parse_amount("一六九四亿元", strlen("一六九四亿元"), &a), GC_OK);
    assert_close(a.value, 1694);
    assert_close(a.norm_value, 1694e8);
    if (ingest_parse_amount("一二三四季度", strlen("一二三四季度"), &a) == GC_OK)
        assert_true(a.value < 1000);
    if (ingest_parse_amount("七八九月份", strlen("七八九月份"), &a) == GC_OK)
        assert_true(a.value < 100);
    if (ingest_parse_amount("七八成", strlen("七八成"), &a) == GC_OK)
        assert_true(a.value < 10);
}

static void test_refusals(void **state)
{
    ingest_amount a;
    char *big = malloc(1002);
    (void)state;
    assert_non_null(big);
    memset(big, '9', 1000);
    big[1000] = '\0';
    assert_int_equal(ingest_parse_amount("亿元", 0, &a), GC_EINVAL);
    assert_int_equal(ingest_parse_amount("地区", strlen("地区"), &a), GC_EINVAL);
    assert_int_equal(ingest_parse_amount(big, 1000, &a), GC_ERANGE);
    assert_int_equal(ingest_parse_amount("5亿亿元", strlen("5亿亿元"), &a), GC_ERANGE);
    assert_int_equal(ingest_parse_amount("5万亿亿元", strlen("5万亿亿元"), &a), GC_ERANGE);
    /* the parser never reads past n: a cut "万" is no unit */
    assert_int_equal(ingest_parse_amount("12万元", 3, &a), GC_OK);
    assert_close(a.value, 12);
    assert_string_equal(a.unit, "");
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arabic),
        cmocka_unit_test(test_chinese),
        cmocka_unit_test(test_fractions_and_suffixes),
        cmocka_unit_test(test_digit_runs),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
