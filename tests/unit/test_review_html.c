/* test_review_html.c -- the review page's library parts without a browser:
 * the SVG sanitiser keeps gnuplot's drawing and drops script, handlers,
 * styles and outside links; the page escapes document text (and shows bidi
 * controls), marks a figure at its offset in UTF-8 and GB18030 text, lists
 * a claim whose offset does not hold its number instead of marking it, and
 * its CSP hashes are those of the style and script it holds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/sha256.h"
#include "../../report/report.h"

static void test_svg_sanitised(void **state)
{
    const char *svg =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg viewBox=\"0 0 10 10\" "
        "xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
        "onload=\"alert(1)\">\n<script>alert(2)</script><script><![CDATA[alert(3)]]></script>"
        "<defs><circle id='gpDot' r='1'/></defs>"
        "<g style=\"fill:red\" onclick='alert(4)' fill=\"none\" filter=\"url(#textbox)\">"
        "<use xlink:href='#gpDot'/><use xlink:href='http://evil/x.svg#a'/>"
        "<a href=\"javascript:alert(5)\"><text>link</text></a>"
        "<foreignObject><div>x</div></foreignObject>"
        "<text>a &amp; b &lt;c&gt; \xE2\x80\xAEz</text><path d='M0,0' fill='url(http://evil/)'/>"
        "</g></svg><script>alert(6)</script>";
    buf b = BUF_INIT;
    (void)state;

    assert_int_equal(report_svg_inline(&b, svg, strlen(svg), "k1-"), 0);
    assert_non_null(strstr(b.data, "<svg viewBox=\"0 0 10 10\""));
    assert_null(strstr(b.data, "script"));
    assert_null(strstr(b.data, "alert"));
    assert_null(strstr(b.data, "onload"));
    assert_null(strstr(b.data, "style="));
    assert_null(strstr(b.data, "evil"));
    assert_null(strstr(b.data, "foreignObject"));
    assert_null(strstr(b.data, "<?xml"));
    assert_non_null(strstr(b.data, "id=\"k1-gpDot\""));
    assert_non_null(strstr(b.data, "xlink:href=\"#k1-gpDot\""));
    assert_non_null(strstr(b.data, "filter=\"url(#k1-textbox)\""));
    assert_non_null(strstr(b.data, "a &amp; b &lt;c&gt; [U+202E]z"));
    assert_true(b.len > 6 && !strcmp(b.data + b.len - 6, "</svg>"));
    buf_free(&b);
    /* no svg at all: nothing appended */
    assert_int_equal(report_svg_inline(&b, "<html>x</html>", 14, "k-"), 1);
    assert_true(b.len == 0);
    /* a cut file is closed */
    assert_int_equal(report_svg_inline(&b, "<svg><g><text>x", 15, "k-"), 0);
    assert_string_equal(b.data, "<svg><g><text>x</text></g></svg>");
    buf_free(&b);
}

/* A page of text with one claim at byte `at` whose number is value/unit. */
static char *page_of(const char *text, size_t n, long long at, double value, const char *unit,
                     const char *encoding)
{
    ingest_claims claims = INGEST_CLAIMS_INIT;
    analysis_findings f = ANALYSIS_FINDINGS_INIT;
    ingest_claim c;
    report_doc doc = { "doc.txt", text, n };
    report_review_options opt = { "zh", encoding, NULL, 0, "test" };
    buf b = BUF_INIT;

    memset(&c, 0, sizeof c);
    c.indicator = (char *)"地区生产总值<b>";
    c.kind = INGEST_LEVEL;
    c.value = value;
    c.unit = (char *)unit;
    c.source.file = (char *)"doc.txt";
    c.source.byte = at;
    c.source.line = 1;
    c.source.sentence = (char *)"s";
    assert_int_equal(ingest_claims_push(&claims, &c), GC_OK);
    assert_int_equal(report_review_html(&b, &doc, 1, &claims, &f, &opt), 0);
    ingest_claims_free(&claims);
    return buf_detach(&b);
}

static void test_page_marks_and_escapes(void **state)
{
    const char *t = "<script>x</script>\xE2\x80\xAE 总值由1850亿元增至\"2480\"亿元'&\n";
    char *page;
    (void)state;

    /* 1850亿元 starts at byte 31 */
    assert_int_equal(memcmp(t + 31, "1850", 4), 0);
    page = page_of(t, strlen(t), 31, 1850, "亿元", NULL);
    assert_non_null(strstr(page, "data-b=\"31\" data-e=\"41\""));
    assert_non_null(strstr(page, ">1850亿元</a>"));
    assert_non_null(strstr(page, "&lt;script&gt;x&lt;/script&gt;<span class=\"ctl\">U+202E</span>"));
    assert_non_null(strstr(page, "&quot;2480&quot;亿元&#39;&amp;"));
    assert_non_null(strstr(page, "地区生产总值&lt;b&gt;"));
    assert_null(strstr(page, "<script>x"));
    assert_null(strstr(page, "id=\"unplaced\""));
    free(page);
    /* the offset does not hold 1850: listed, not marked */
    page = page_of(t, strlen(t), 32, 1850, "亿元", NULL);
    assert_null(strstr(page, "class=\"fig"));
    assert_non_null(strstr(page, "id=\"unplaced\""));
    free(page);
}

static void test_page_gb18030(void **state)
{
    /* "总值1850亿元" in GB18030: 总值 is four bytes, so 1850 is at byte 4 */
    const char t[] = "\xD7\xDC\xD6\xB5" "1850" "\xD2\xDA\xD4\xAA\n";
    char *page;
    (void)state;

    page = page_of(t, sizeof t - 1, 4, 1850, "亿元", NULL);
    assert_non_null(strstr(page, "data-b=\"4\" data-e=\"12\""));
    assert_non_null(strstr(page, "总值<a "));
    assert_non_null(strstr(page, ">1850亿元</a>"));
    free(page);
}

static void test_csp_hashes(void **state)
{
    char *page = page_of("1850\n", 5, 0, 1850, "", NULL);
    const char *st = strstr(page, "<style>"), *se = strstr(page, "</style>");
    const char *sc = strstr(page, "<script>"), *sce = strstr(page, "</script>");
    char h[SHA256_BASE64], want[80];
    (void)state;

    assert_non_null(st);
    assert_non_null(sc);
    sha256_base64(st + 7, (size_t)(se - st - 7), h);
    snprintf(want, sizeof want, "style-src 'sha256-%s'", h);
    assert_non_null(strstr(page, want));
    sha256_base64(sc + 8, (size_t)(sce - sc - 8), h);
    snprintf(want, sizeof want, "script-src 'sha256-%s'", h);
    assert_non_null(strstr(page, want));
    assert_null(strstr(page, "unsafe-inline"));
    free(page);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_svg_sanitised),
        cmocka_unit_test(test_page_marks_and_escapes),
        cmocka_unit_test(test_page_gb18030),
        cmocka_unit_test(test_csp_hashes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
