/* test_report.c -- the streaming claim writers against the JSON tree of
 * ingest_claim_json and the old cell-by-cell CSV (its normalised value
 * without the product's binary noise): the same bytes for the
 * example report and for claims built to hit the edges (escapes, nulls,
 * signs, scales, values that need 16 or 17 digits); every number reads
 * back as the claim's double; one buffer reused across claims; and the
 * CSV helper's quoting. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/csv.h"
#include "../../common/numfmt.h"
#include "../../report/report.h"

/* The claim as one line of JSON the old way: a cJSON tree, unformatted. */
static char *tree_line(const ingest_claim *c)
{
    cJSON *j = ingest_claim_json(c);
    char *s = cJSON_PrintUnformatted(j);
    cJSON_Delete(j);
    return s;
}

/* The claim as one CSV row the old way: cells with numfmt, then csv_row. */
static void old_csv(buf *b, const ingest_claim *c)
{
    char year[16] = "", from[16] = "", to[16] = "", line[32], col[32], byte[32];
    char value[64], res[64], norm[64], high[32] = "", part[16];
    const char *cells[27];

    if (c->year)
        snprintf(year, sizeof year, "%d", c->year);
    if (c->period_from || c->period_to) {
        snprintf(from, sizeof from, "%d", c->period_from);
        snprintf(to, sizeof to, "%d", c->period_to);
    }
    snprintf(line, sizeof line, "%ld", c->source.line);
    snprintf(col, sizeof col, "%ld", c->source.column);
    snprintf(byte, sizeof byte, "%lld", c->source.byte);
    cells[0] = c->indicator;
    cells[1] = ingest_kind_name(c->kind);
    cells[2] = year;
    cells[3] = c->year_inferred ? "true" : "false";
    cells[4] = from;
    cells[5] = to;
    cells[6] = c->period_inferred ? "true" : "false";
    cells[7] = numfmt(value, c->value, 10);
    cells[8] = c->unit;
    cells[9] = numfmt(res, c->resolution, 10);
    /* The normalised value as its decimal: %.15g gives it (ingest's value
     * times the scale is within an ulp of it), numfmt lays it out.  The old
     * writer printed %.6f of the product, noise and all (15230000000.000002). */
    snprintf(norm, sizeof norm, "%.15g", c->norm_value);
    cells[10] = numfmt(norm, strtod(norm, NULL), 6);
    cells[11] = c->norm_unit;
    cells[12] = ingest_qualifier_name(c->qualifier);
    cells[13] = c->estimated ? "true" : "false";
    cells[14] = c->target ? "true" : "false";
    cells[15] = c->cumulative ? "true" : "false";
    cells[16] = ingest_basis_name(c->basis);
    cells[17] = c->of;
    if (c->ranged)
        snprintf(high, sizeof high, "%.17g", c->value_high);
    cells[18] = c->ranged ? high : "";
    cells[19] = ingest_part_name(c->month_from, c->month_to, part);
    cells[20] = ingest_lang_name(c->lang);
    cells[21] = ingest_time_source_name(c->time_source);
    cells[22] = c->source.file;
    cells[23] = line;
    cells[24] = col;
    cells[25] = byte;
    cells[26] = c->source.sentence;
    assert_int_equal(csv_row(b, cells, 27), 0);
}

static void assert_same_claim(const ingest_claim *c)
{
    buf b = BUF_INIT, old = BUF_INIT;
    char *s = tree_line(c);

    assert_non_null(s);
    assert_int_equal(report_claim_jsonl(&b, c), 0);
    assert_int_equal(b.data[b.len - 1], '\n');
    b.data[--b.len] = '\0';
    assert_string_equal(b.data, s);
    cJSON_free(s);
    buf_reset(&b);
    assert_int_equal(report_claim_csv(&b, c), 0);
    old_csv(&old, c);
    assert_string_equal(b.data, old.data);
    buf_free(&b);
    buf_free(&old);
}

static ingest_claim base_claim(void)
{
    ingest_claim c;

    memset(&c, 0, sizeof c);
    c.indicator = (char *)"地区生产总值";
    c.kind = INGEST_LEVEL;
    c.year = 2021;
    c.value = 9500;
    c.resolution = 100;
    c.unit = (char *)"亿元";
    c.norm_value = 9500 * 1e8;
    c.norm_unit = (char *)"元";
    c.source.file = (char *)"report.txt";
    c.source.line = 12;
    c.source.column = 30;
    c.source.byte = 1234;
    c.source.sentence = (char *)"地区生产总值预计增至9500亿元。";
    return c;
}

static void test_example_report(void **state)
{
    ingest_claims claims = INGEST_CLAIMS_INIT;
    gc_diag d;
    FILE *f = fopen("examples/report.txt", "rb");
    (void)state;

    assert_non_null(f);
    assert_int_equal(ingest_read_file(f, "examples/report.txt", NULL, &claims, &d), GC_OK);
    fclose(f);
    assert_true(claims.count > 10);
    for (size_t i = 0; i < claims.count; i++)
        assert_same_claim(&claims.items[i]);
    ingest_claims_free(&claims);
}

/* Values as written, in every scale a unit has: the same bytes as before. */
static void test_scales_and_signs(void **state)
{
    static const char *const values[] = {
        "9500", "5908", "7.6", "490.2", "0.5", "1.1", "3.4", "0.03", "12345.678", "-51",
        "-2.96", "0", "100000", "123456789012", "2.5", "99.99", "0.001", "1e-7",
    };
    static const double scales[] = { 1, 1e4, 1e8, 1e12, 1e3, 1e2, 1e6, 1e7, 1e16 };
    (void)state;

    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
        for (size_t k = 0; k < sizeof scales / sizeof scales[0]; k++) {
            ingest_claim c = base_claim();
            c.value = strtod(values[i], NULL);
            c.norm_value = c.value * scales[k];
            c.resolution = pow(10, -(double)(i % 4));
            assert_same_claim(&c);
        }
}

/* Strings that need escaping, nulls, periods, flags and large offsets. */
static void test_escapes_and_fields(void **state)
{
    ingest_claim c = base_claim();
    (void)state;

    c.indicator = (char *)"a\"b\\c\td\x01" "e,f";
    c.source.sentence = (char *)"第一句,\"引号\"\r\n换行\b\f\x1f";
    c.source.file = (char *)"dir/with,comma.txt";
    c.of = (char *)"全市";
    c.year = 0;
    c.period_from = 2016;
    c.period_to = 2021;
    c.kind = INGEST_GROWTH_AVG;
    c.qualifier = INGEST_APPROX;
    c.basis = INGEST_BASIS_REAL;
    c.estimated = c.target = c.cumulative = c.year_inferred = c.period_inferred = true;
    c.source.byte = 5000000000LL;
    c.source.line = 3000000000L;
    assert_same_claim(&c);
    c.unit = NULL;
    c.norm_unit = NULL;
    c.indicator = NULL;
    assert_same_claim(&c);
}

/* A byte to escape or quote at every place of long strings: the writers
 * scan strings in blocks of 16 bytes, so the special byte lands first,
 * inside, last in a block and in the tail after the last whole block. */
static void test_escapes_at_every_offset(void **state)
{
    static const char specials[] = { '"', '\\', '\n', '\r', '\t', '\x01', '\x1f', ',', 'x' };
    char text[80];
    (void)state;

    for (size_t len = 1; len < sizeof text; len += 7)
        for (size_t at = 0; at < len; at++)
            for (size_t k = 0; k < sizeof specials; k++) {
                ingest_claim c = base_claim();
                for (size_t i = 0; i < len; i++)
                    text[i] = (char)('a' + i % 26);
                text[at] = specials[k];
                if (at + 3 < len)
                    text[at + 3] = specials[(k + 1) % sizeof specials];
                text[len] = '\0';
                c.source.sentence = text;
                c.indicator = text + len / 2;
                assert_same_claim(&c);
            }
}

/* Computed values (三分之一, a sum): the shortest digits that read back,
 * where cJSON printed 15 digits that do not. */
static void test_computed_values_read_back(void **state)
{
    ingest_claim c = base_claim();
    buf b = BUF_INIT;
    cJSON *j, *norm;
    (void)state;

    c.value = 100.0 / 3;
    c.norm_value = 100.0 / 3;
    c.resolution = 0;
    c.unit = (char *)"%";
    assert_int_equal(report_claim_jsonl(&b, &c), 0);
    assert_non_null(strstr(b.data, "\"value\":33.333333333333336,"));
    j = cJSON_Parse(b.data);
    assert_non_null(j);
    assert_true(cJSON_GetObjectItem(j, "value")->valuedouble == c.value);
    norm = cJSON_GetObjectItem(j, "normalized");
    assert_true(cJSON_GetObjectItem(norm, "value")->valuedouble == c.norm_value);
    cJSON_Delete(j);
    buf_free(&b);
}

/* Fixed by the streaming writer: CSV printed %.10f of the binary value,
 * noise included; now the digits as written, shifted for the base unit. */
static void test_csv_prints_written_digits(void **state)
{
    ingest_claim c = base_claim();
    buf b = BUF_INIT;
    (void)state;

    c.value = 1234567.1;
    c.resolution = 0.1;
    c.norm_value = c.value * 1e8;
    assert_int_equal(report_claim_csv(&b, &c), 0);
    assert_non_null(strstr(b.data, ",1234567.1,亿元,0.1,123456710000000,元,"));
    buf_free(&b);
}

/* One buffer takes claim after claim; the text is the claims in order. */
static void test_reused_buffer(void **state)
{
    buf b = BUF_INIT;
    ingest_claim c = base_claim();
    size_t one;
    (void)state;

    assert_int_equal(report_claim_jsonl(&b, &c), 0);
    one = b.len;
    for (int i = 0; i < 999; i++)
        assert_int_equal(report_claim_jsonl(&b, &c), 0);
    assert_int_equal(b.len, 1000 * one);
    assert_int_equal(strlen(b.data), b.len);
    assert_memory_equal(b.data + 999 * one, b.data, one);
    buf_free(&b);
}

static void test_csv_helper(void **state)
{
    static const char *const cells[] = { "plain", "a,b", "say \"hi\"", NULL, "line\nbreak" };
    buf b = BUF_INIT;
    (void)state;

    assert_int_equal(csv_row(&b, cells, 5), 0);
    assert_string_equal(b.data, "plain,\"a,b\",\"say \"\"hi\"\"\",,\"line\nbreak\"\r\n");
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_example_report),
        cmocka_unit_test(test_scales_and_signs),
        cmocka_unit_test(test_escapes_and_fields),
        cmocka_unit_test(test_computed_values_read_back),
        cmocka_unit_test(test_escapes_at_every_offset),
        cmocka_unit_test(test_csv_prints_written_digits),
        cmocka_unit_test(test_reused_buffer),
        cmocka_unit_test(test_csv_helper),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
