/* test_parser_reset.c -- ingest_parser_reset(): one parser reused across
 * inputs finds exactly what a new parser finds in each, whatever the
 * previous input left behind (a half sentence, a detected GB18030 encoding,
 * a binary or truncated input that failed, a report year from a title). */
#include <iconv.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/buf.h"
#include "../../ingest/ingest.h"

/* Appends each claim's JSON and file name as a line to the buf in ctx. */
static int to_text(const ingest_claim *c, void *ctx)
{
    buf *b = ctx;
    cJSON *o = ingest_claim_json(c);
    char *s = o ? cJSON_PrintUnformatted(o) : NULL;

    assert_non_null(s);
    buf_printf(b, "%s %s\n", c->source.file ? c->source.file : "?", s);
    cJSON_free(s);
    cJSON_Delete(o);
    return 0;
}

/* What parsing text in two chunks gives: the claims, then the status and
 * the diagnostic, as one string. */
static void run(ingest_parser *p, const char *text, size_t n, buf *out)
{
    gc_diag d;
    int rc;

    gc_diag_clear(&d);
    rc = ingest_parser_feed(p, text, n / 2, &d);
    if (rc == GC_OK)
        rc = ingest_parser_feed(p, text + n / 2, n - n / 2, &d);
    if (rc == GC_OK)
        rc = ingest_parser_finish(p, &d);
    buf_printf(out, "rc %d: %s:%ld:%ld:%lld %s\nsentences %zu\n", rc, d.file, d.line, d.column,
               d.byte, d.message, ingest_parser_sentences(p));
}

/* GB18030 bytes of a UTF-8 string (for an input the parser detects). */
static size_t to_gb(const char *utf8, char *out, size_t cap)
{
    iconv_t cd = iconv_open("GB18030", "UTF-8");
    char *in = (char *)(uintptr_t)utf8, *o = out;
    size_t inleft = strlen(utf8), outleft = cap;

    assert_true(cd != (iconv_t)-1);
    assert_true(iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1);
    iconv_close(cd);
    return cap - outleft;
}

static void reused_equals_new(const ingest_options *opt)
{
    static const char *const utf8[] = {
        "2022年政府工作报告\n地区生产总值由2016年的4120亿元增至2021年的6350亿元。\n",
        "城镇新增就业1269万人，比上年增长3.5%，居民消费价格上涨0.9",   /* no end */
        "abc\0def 2021年增长8.1%。",                                     /* binary */
        "“十三五”时期，地区生产总值年均增速为6.5%。\xe5\xa2",           /* truncated */
        "",
        "全年粮食产量1.37万亿斤，增长2%。",
    };
    char gb[512];
    size_t ngb = to_gb("二〇二一年，地区生产总值增长8.1%，财政收入1.2万亿元。\n", gb, sizeof gb);
    buf fresh = BUF_INIT, reused = BUF_INIT;
    ingest_sink fs = { to_text, NULL, &fresh }, rs = { to_text, NULL, &reused };
    ingest_parser *r = ingest_parser_new("first", opt, &rs);
    const size_t lens[] = { 0, 0, 29, 0, 0, 0 };

    assert_non_null(r);
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i <= sizeof utf8 / sizeof utf8[0]; i++) {
            /* the GB18030 input sits between UTF-8 ones, so that a detected
             * encoding must not outlive its input */
            const char *text = i < sizeof utf8 / sizeof utf8[0] ? utf8[i] : gb;
            size_t n = text == gb ? ngb : lens[i] ? lens[i] : strlen(text);
            char name[32];
            ingest_parser *p;

            snprintf(name, sizeof name, "in%zu.txt", i);
            p = ingest_parser_new(name, opt, &fs);
            assert_non_null(p);
            run(p, text, n, &fresh);
            ingest_parser_free(p);
            assert_int_equal(ingest_parser_reset(r, name), GC_OK);
            run(r, text, n, &reused);
            assert_string_equal(reused.data, fresh.data);
        }
    assert_true(fresh.len > 0 && strstr(fresh.data, "6350") && strstr(fresh.data, "rc 0"));
    ingest_parser_free(r);
    buf_free(&fresh);
    buf_free(&reused);
}

static void test_reset_defaults(void **state)
{
    (void)state;
    reused_equals_new(NULL);
}

/* The options outlive a reset: a given year and a given encoding. */
static void test_reset_keeps_options(void **state)
{
    ingest_options opt = { "utf-8", 2019 };

    (void)state;
    reused_equals_new(&opt);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reset_defaults),
        cmocka_unit_test(test_reset_keeps_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
