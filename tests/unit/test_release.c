/* test_release.c -- dating a text that writes no year by the national figures
 * it states (ingest/release.c): the table compiled in is well formed, a cited
 * national rate dates a local text, the caller's year and a text's own year
 * win over the figures, and a parser reused for the next input dates it
 * afresh (the CLI's workers reset theirs). */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../ingest/ingest.h"

extern const char ingest_release_cn_tsv[];
extern const char ingest_release_en_tsv[];
extern const char ingest_release_gc_tsv[];

static const char quarter[] = "初步核算，一季度国内生产总值284997亿元，同比增长4.5%。\n";
static const char month[] = "10月份，全国规模以上工业增加值同比增长8.2%。"
                            "1至10月份，全国规模以上工业增加值同比增长14.4%。\n";

static ingest_claims read_text(const char *text, int report_year)
{
    ingest_options o = { NULL, report_year };
    ingest_claims c = INGEST_CLAIMS_INIT;
    gc_diag d;

    gc_diag_clear(&d);
    assert_int_equal(ingest_read_buffer(text, strlen(text), "t.txt", &o, &c, &d), GC_OK);
    assert_true(c.count > 0);
    return c;
}

/* The next data line of a table text from *cur into line[0..cap) (comment
 * and blank lines skipped); false at its end. */
static bool next_line(const char **cur, char *line, size_t cap)
{
    while (**cur) {
        const char *eol = strchr(*cur, '\n');
        size_t n = eol ? (size_t)(eol - *cur) : strlen(*cur);
        assert_true(n < cap);
        memcpy(line, *cur, n);
        line[n] = '\0';
        *cur += eol ? n + 1 : n;
        if (n && line[0] != '#')
            return true;
    }
    return false;
}

/* Every row: a year the matcher keeps, months in order (0 0 a year), a key
 * of the lexicon's release-measure words (with its _usd or _real variant), a
 * rate's % or a level's yuan or dollar unit, and no period stated twice for
 * one measure and unit, but for a level given both as the release's text
 * prints it and to one more decimal (16659 and 16658.9 亿元): the same
 * figure, apart by less than one of its unit. */
static void test_table_rows(void **state)
{
    static const char *const keys[] = { "gdp", "industry", "fai", "retail", "cpi", "ppi",
                                        "profits", "income", "income_real", "trade",
                                        "trade_usd", "exports", "exports_usd", "imports",
                                        "imports_usd" };
    static const char *const units[] = { "%", "元", "亿元", "万亿元", "亿美元" };
    const char *cur = ingest_release_cn_tsv;
    char seen[4096][40];
    double seen_value[4096];
    size_t nseen = 0, rows = 0;
    (void)state;

    char line[512];

    while (next_line(&cur, line, sizeof line)) {
        char key[16], unit[16], id[40];
        int year, from, to, known = 0, unit_known = 0;
        double value;
        if (sscanf(line, "%d\t%d\t%d\t%15[^\t]\t%lf\t%15[^\t]\t", &year, &from, &to, key, &value,
                   unit) != 6)
            fail_msg("not a row: %s", line);
        assert_in_range(year, 1990, 2039);
        assert_true((from == 0 && to == 0) || (from >= 1 && from <= to && to <= 12));
        for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
            known |= !strcmp(key, keys[k]);
        if (!known)
            fail_msg("unknown measure %s: %s", key, line);
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
            unit_known |= !strcmp(unit, units[k]);
        if (!unit_known)
            fail_msg("unknown unit %s: %s", unit, line);
        snprintf(id, sizeof id, "%d %d %d %s %s", year, from, to, key, unit);
        for (size_t k = 0; k < nseen; k++)
            if (!strcmp(seen[k], id) && (!strcmp(unit, "%") || fabs(seen_value[k] - value) >= 1))
                fail_msg("stated twice: %s", id);
        assert_true(nseen < sizeof seen / sizeof seen[0]);
        seen_value[nseen] = value;
        memcpy(seen[nseen++], id, sizeof id);
        rows++;
    }
    assert_true(rows > 1000);
}

/* Every line of the Taiwan, Hong Kong and Macao table: a place word or a
 * measure word of a place the matcher knows (tw, hk, mo), or a figure of a
 * year the matcher keeps, months in order, a key some measure word of its
 * place gives (or its _forecast), a rate's % or a level's unit, and a
 * source.  Several figures of one period are allowed: an advance and a
 * preliminary estimate, forecasts revised. */
static void test_gc_table_rows(void **state)
{
    static const char *const units[] = { "%", "亿元", "人次", "万人次" };
    const char *cur = ingest_release_gc_tsv;
    char line[512], measures[64][40];
    size_t nmeasures = 0, rows = 0;
    (void)state;

    while (next_line(&cur, line, sizeof line)) {
        char place[8], word[64], key[24], unit[16], source[400];
        int year, from, to, unit_known = 0, known = 0;
        double value;
        if (sscanf(line, "place\t%7[^\t]\t%63[^\t]", place, word) == 2) {
            assert_true(!strcmp(place, "tw") || !strcmp(place, "hk") || !strcmp(place, "mo")
                        || !strcmp(place, "cn"));
            continue;
        }
        if (sscanf(line, "measure\t%7[^\t]\t%63[^\t]\t%23[^\t]", place, word, key) == 3) {
            assert_true(nmeasures < sizeof measures / sizeof measures[0]);
            snprintf(measures[nmeasures++], sizeof measures[0], "%s %s", place, key);
            continue;
        }
        if (sscanf(line, "%7[^\t]\t%d\t%d\t%d\t%23[^\t]\t%lf\t%15[^\t]\t%399[^\n]", place,
                   &year, &from, &to, key, &value, unit, source) != 8)
            fail_msg("not a row: %s", line);
        assert_true(!strcmp(place, "tw") || !strcmp(place, "hk") || !strcmp(place, "mo"));
        assert_in_range(year, 1990, 2039);
        assert_true((from == 0 && to == 0) || (from >= 1 && from <= to && to <= 12));
        for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
            unit_known |= !strcmp(unit, units[k]);
        if (!unit_known)
            fail_msg("unknown unit %s: %s", unit, line);
        if (strstr(key, "_forecast"))
            *strstr(key, "_forecast") = '\0';
        snprintf(word, sizeof word, "%s %s", place, key);
        for (size_t k = 0; k < nmeasures; k++)
            known |= !strcmp(measures[k], word);
        if (!known)
            fail_msg("no measure word gives %s: %s", word, line);
        rows++;
    }
    assert_true(rows > 50);
}

static void expect_year(const ingest_claims *c, int year, ingest_time_source src)
{
    for (size_t i = 0; i < c->count; i++) {
        assert_int_equal(c->items[i].year, year);
        assert_int_equal(c->items[i].time_source, src);
    }
}

static void test_dated_by_figures(void **state)
{
    ingest_claims c = read_text(quarter, 0);
    (void)state;
    expect_year(&c, 2023, INGEST_TIME_OFFICIAL);
    assert_int_equal(c.items[0].month_from, 1);
    assert_int_equal(c.items[0].month_to, 3);
    assert_string_equal(ingest_time_source_name(INGEST_TIME_OFFICIAL), "official");
    ingest_claims_free(&c);
}

/* A county's rate beside the nation's in full-width parentheses: the
 * nation's first-half investment grew 11.4 % in 2015 only. */
static void test_cited_national_rate(void **state)
{
    ingest_claims c = read_text("上半年，全县固定资产投资同比增长18.2%，增速高于全国（11.4%）。\n", 0);
    (void)state;
    assert_int_equal(c.items[0].year, 2015);
    assert_int_equal(c.items[0].time_source, INGEST_TIME_OFFICIAL);
    ingest_claims_free(&c);
}

/* --report-year and a text's own title come first: the figures are then
 * not consulted. */
static void test_other_times_win(void **state)
{
    ingest_claims c = read_text(quarter, 2020);
    (void)state;
    for (size_t i = 0; i < c.count; i++)
        assert_int_not_equal(c.items[i].time_source, INGEST_TIME_OFFICIAL);
    ingest_claims_free(&c);
    c = read_text("2019年统计公报\n一季度国内生产总值284997亿元，同比增长4.5%。\n", 0);
    for (size_t i = 0; i < c.count; i++) {
        assert_int_not_equal(c.items[i].time_source, INGEST_TIME_OFFICIAL);
        assert_int_not_equal(c.items[i].year, 2023);
    }
    ingest_claims_free(&c);
}

/* One parser, two undated inputs: each dated by its own figures, and the
 * second scout pass leaves the parser's sink as it was. */
static void test_reset_dates_afresh(void **state)
{
    ingest_claims c = INGEST_CLAIMS_INIT;
    ingest_sink sink = ingest_collector(&c);
    ingest_parser *p = ingest_parser_new("a.txt", NULL, &sink);
    gc_diag d;
    (void)state;

    assert_non_null(p);
    gc_diag_clear(&d);
    assert_int_equal(ingest_parser_feed(p, quarter, strlen(quarter), &d), GC_OK);
    assert_int_equal(ingest_parser_finish(p, &d), GC_OK);
    assert_int_equal(c.count, 2);
    expect_year(&c, 2023, INGEST_TIME_OFFICIAL);
    ingest_claims_free(&c);
    assert_int_equal(ingest_parser_reset(p, "b.txt"), GC_OK);
    assert_int_equal(ingest_parser_feed(p, month, strlen(month), &d), GC_OK);
    assert_int_equal(ingest_parser_finish(p, &d), GC_OK);
    assert_int_equal(c.count, 2);
    expect_year(&c, 2008, INGEST_TIME_OFFICIAL);
    ingest_claims_free(&c);
    ingest_parser_free(p);
}

/* The English table (ingest/release_en.c): every row a known country and
 * measure, a month or a quarter, % or %saar, a source, and no period of a
 * series stated twice. */
static void test_en_table_rows(void **state)
{
    static const char countries[] = " US CA GB EA DE JP AU IN ZA ";
    static const char keys[] = " cpi_yoy cpi_mom core_yoy unemp gdp_qoq gdp_yoy retail_mom"
                               " ip_mom ip_yoy ";
    const char *cur = ingest_release_en_tsv;
    static char seen[4096][48];
    size_t nseen = 0;
    (void)state;

    char line[1024];

    while (next_line(&cur, line, sizeof line)) {
        char country[8], key[16], unit[8], source[8], id[48], word[24];
        int year, from, to;
        double value;
        if (sscanf(line, "%7[^\t]\t%d\t%d\t%d\t%15[^\t]\t%lf\t%7[^\t]\t%7s", country, &year,
                   &from, &to, key, &value, unit, source) != 8)
            fail_msg("not a row: %s", line);
        snprintf(word, sizeof word, " %s ", country);
        if (!strstr(countries, word))
            fail_msg("unknown country: %s", line);
        snprintf(word, sizeof word, " %s ", key);
        if (!strstr(keys, word))
            fail_msg("unknown measure: %s", line);
        assert_in_range(year, 1990, 2039);
        assert_true((from == 0 && to == 0) || (from >= 1 && to <= 12 && (from == to || to - from == 2)));
        assert_true(!strcmp(unit, "%") || !strcmp(unit, "%saar"));
        snprintf(id, sizeof id, "%s %d %d %d %s %s", country, year, from, to, key, unit);
        for (size_t k = 0; k < nseen; k++)
            if (!strcmp(seen[k], id))
                fail_msg("stated twice: %s", id);
        assert_true(nseen < sizeof seen / sizeof seen[0]);
        memcpy(seen[nseen++], id, sizeof id);
    }
    assert_true(nseen > 2000);
}

/* An undated English text about one country, dated by its figures; one
 * naming two countries as often stays undated. */
static void test_en_dated_by_figures(void **state)
{
    static const char us[] = "The U.S. unemployment rate fell to 5.9 percent in September, "
                             "the Labor Department said.\n";
    static const char two[] = "In September the unemployment rate fell to 5.9 percent, U.S. "
                              "and British statistics offices both reported.\n";
    ingest_claims c = read_text(us, 0);
    (void)state;

    assert_int_equal(c.items[0].year, 2014);
    assert_int_equal(c.items[0].month_from, 9);
    assert_int_equal(c.items[0].time_source, INGEST_TIME_OFFICIAL);
    ingest_claims_free(&c);
    c = read_text(two, 0);
    assert_int_equal(c.items[0].year, 0);
    ingest_claims_free(&c);
    c = read_text(us, 2013);    /* the caller's year wins */
    assert_int_equal(c.items[0].time_source, INGEST_TIME_OPTION);
    ingest_claims_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_table_rows),
        cmocka_unit_test(test_gc_table_rows),
        cmocka_unit_test(test_dated_by_figures),
        cmocka_unit_test(test_cited_national_rate),
        cmocka_unit_test(test_other_times_win),
        cmocka_unit_test(test_reset_dates_afresh),
        cmocka_unit_test(test_en_table_rows),
        cmocka_unit_test(test_en_dated_by_figures),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
