/* test_series_read.c -- the official-series reader: CSV and JSON that must
 * be read exactly, and every documented error with its line and message.
 * Numbers are compared with a relative tolerance of 1e-12. */
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

#define REL_TOL 1e-12
#define FIXTURES "tests/fixtures/series/"

static void assert_close(double got, double want)
{
    double scale = fabs(want) > 1 ? fabs(want) : 1;

    if (!(fabs(got - want) <= REL_TOL * scale))
        fail_msg("got %.17g, want %.17g (relative tolerance %g)", got, want, REL_TOL);
}

/* Reads text as a series file called "t.csv". */
static int read_text(const char *text, size_t n, ingest_series *s, gc_diag *d)
{
    FILE *f = fmemopen((void *)text, n, "rb");
    int rc;

    assert_non_null(f);
    rc = ingest_series_read(f, "t.csv", s, d);
    fclose(f);
    return rc;
}

static int read_str(const char *text, ingest_series *s, gc_diag *d)
{
    return read_text(text, strlen(text), s, d);
}

static int read_path(const char *path, ingest_series *s, gc_diag *d)
{
    FILE *f = fopen(path, "rb");
    int rc;

    assert_non_null(f);
    rc = ingest_series_read(f, path, s, d);
    fclose(f);
    return rc;
}

static void assert_point(const ingest_series_point *p, const char *ind, int year,
                         double value, const char *unit, double norm, const char *norm_unit,
                         ingest_basis basis, long line)
{
    assert_string_equal(p->indicator, ind);
    assert_int_equal(p->year, year);
    assert_close(p->value, value);
    assert_string_equal(p->unit, unit);
    assert_close(p->norm_value, norm);
    assert_string_equal(p->norm_unit, norm_unit);
    assert_int_equal(p->basis, basis);
    assert_int_equal(p->line, line);
}

/* BOM, CRLF, quoted commas, doubled quotes, a line break inside quotes. */
static void test_csv_fixture(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_path(FIXTURES "official.csv", &s, &d), GC_OK);
    assert_int_equal(s.count, 7);
    assert_point(&s.points[0], "地区生产总值", 2016, 5908, "亿元", 5.908e11, "元",
                 INGEST_BASIS_NOMINAL, 2);
    assert_point(&s.points[1], "地区生产总值", 2019, 7926, "亿元", 7.926e11, "元",
                 INGEST_BASIS_NOMINAL, 3);
    assert_point(&s.points[4], "区级一般公共预算收入", 2020, 453.9, "亿元", 4.539e10, "元",
                 INGEST_BASIS_UNSTATED, 6);
    assert_point(&s.points[5], "居民人均可支配收入, 全体", 2021, 9.3, "万元/人", 93000,
                 "元/人", INGEST_BASIS_UNSTATED, 7);
    assert_point(&s.points[6], "say \"hi\"\nsecond line", 2021, 0, "%", 0, "%",
                 INGEST_BASIS_UNSTATED, 8);
    assert_false(signbit(s.points[6].value));  /* -0 is read as 0 */
    ingest_series_free(&s);
    assert_null(s.points);
    ingest_series_free(NULL);
}

/* Columns a statistician keeps beside the figures (source, notes) are not
 * read: their names are listed once, however many rows and repeats. */
static void test_csv_extra_columns(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_str("source,indicator,year,value,unit,notes,source\n"
                              "统计公报,常住人口,2020,313.2,万人,七普,x\n"
                              "年鉴,常住人口,2016,364,万人,\"a, b\",y\n", &s, &d), GC_OK);
    assert_int_equal(s.count, 2);
    assert_point(&s.points[0], "常住人口", 2020, 313.2, "万人", 3132000, "人",
                 INGEST_BASIS_UNSTATED, 2);
    assert_string_equal(s.ignored, "source, notes");
    ingest_series_free(&s);
    assert_null(s.ignored);
    /* none: NULL */
    assert_int_equal(read_str("indicator,year,value,unit\nGDP,2019,1,亿元\n", &s, &d), GC_OK);
    assert_null(s.ignored);
    ingest_series_free(&s);
}

static void test_json_extra_keys(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_str("[{\"indicator\":\"GDP\",\"year\":2019,\"value\":1,\"unit\":\"亿元\","
                              "\"source\":\"NBS\"},{\"indicator\":\"GDP\",\"year\":2020,\"value\":2,"
                              "\"unit\":\"亿元\",\"notes\":null,\"source\":\"NBS\"}]", &s, &d), GC_OK);
    assert_int_equal(s.count, 2);
    assert_string_equal(s.ignored, "source, notes");
    ingest_series_free(&s);
}

/* Columns in another order, ASCII case ignored, no basis column, blank lines
 * and spaces around fields, a lone CR as a line end, no final line end. */
static void test_csv_layout(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;
    const char *text = "Unit, YEAR ,value,Indicator\n\n"
                       "万人, 2016 , 364 ,常住人口\r"
                       "件,2021,1.5e3,发明专利\n\n";

    (void)state;
    assert_int_equal(read_str(text, &s, &d), GC_OK);
    assert_int_equal(s.count, 2);
    assert_point(&s.points[0], "常住人口", 2016, 364, "万人", 3.64e6, "人",
                 INGEST_BASIS_UNSTATED, 3);
    assert_point(&s.points[1], "发明专利", 2021, 1500, "件", 1500, "件",
                 INGEST_BASIS_UNSTATED, 4);
    ingest_series_free(&s);
}

/* The same indicator and year on two price bases is two figures, not a
 * duplicate; a header-only file is an empty series. */
static void test_csv_bases_and_empty(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_str("indicator,year,value,unit,basis\n"
                              "GDP,2020,100,亿元,current\nGDP,2020,98,亿元,comparable\n"
                              "GDP,2020,99,亿元,\n", &s, &d), GC_OK);
    assert_int_equal(s.count, 3);
    assert_int_equal(s.points[0].basis, INGEST_BASIS_NOMINAL);
    assert_int_equal(s.points[1].basis, INGEST_BASIS_REAL);
    assert_int_equal(s.points[2].basis, INGEST_BASIS_UNSTATED);
    ingest_series_free(&s);
    assert_int_equal(read_str("indicator,year,value,unit\r\n", &s, &d), GC_OK);
    assert_int_equal(s.count, 0);
    ingest_series_free(&s);
}

static void test_units(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_str("indicator,year,value,unit\n"
                              "a,2020,3.4,万亿元\nb,2020,61.7,亿美元\nc,2020,2,万元\n"
                              "d,2020,7.5,%\ne,2020,12,\nf,2020,3,2020年价元\n"
                              "g,2020,0.5,个百分点\nh,2020,35,微克每立方米\n", &s, &d), GC_OK);
    assert_int_equal(s.count, 8);
    assert_close(s.points[0].norm_value, 3.4e12);
    assert_string_equal(s.points[0].norm_unit, "元");
    assert_close(s.points[1].norm_value, 6.17e9);
    assert_string_equal(s.points[1].norm_unit, "美元");
    assert_close(s.points[2].norm_value, 2e4);
    assert_close(s.points[3].norm_value, 7.5);
    assert_string_equal(s.points[3].norm_unit, "%");
    assert_close(s.points[4].norm_value, 12);
    assert_string_equal(s.points[4].norm_unit, "");
    /* a unit that starts with a number, or that the reader does not know,
     * stays as written with scale 1 */
    assert_close(s.points[5].norm_value, 3);
    assert_string_equal(s.points[5].norm_unit, "2020年价元");
    assert_close(s.points[6].norm_value, 0.5);
    assert_string_equal(s.points[6].norm_unit, "百分点");
    assert_close(s.points[7].norm_value, 35);
    assert_string_equal(s.points[7].norm_unit, "微克每立方米");
    ingest_series_free(&s);
}

static void test_json_array(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_path(FIXTURES "official.json", &s, &d), GC_OK);
    assert_int_equal(s.count, 4);
    assert_point(&s.points[1], "地区生产总值", 2021, 9501.7, "亿元", 9.5017e11, "元",
                 INGEST_BASIS_NOMINAL, 3);
    assert_point(&s.points[2], "常住人口", 2021, 313.2, "万人", 3.132e6, "人",
                 INGEST_BASIS_UNSTATED, 4);
    assert_point(&s.points[3], "实际利用外资", 2021, 61.7, "亿美元", 6.17e9, "美元",
                 INGEST_BASIS_UNSTATED, 5);
    ingest_series_free(&s);
}

static void test_json_wrapped(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;

    (void)state;
    assert_int_equal(read_path(FIXTURES "wrapped.json", &s, &d), GC_OK);
    assert_int_equal(s.count, 1);
    assert_point(&s.points[0], "地区生产总值", 2020, 8504.6, "亿元", 8.5046e11, "元",
                 INGEST_BASIS_UNSTATED, 2);
    ingest_series_free(&s);
    /* a BOM and leading space before JSON; an empty array */
    assert_int_equal(read_str("\xEF\xBB\xBF \n [ ]", &s, &d), GC_OK);
    assert_int_equal(s.count, 0);
    ingest_series_free(&s);
}

/* A read error (a directory opened as a file) is GC_EIO. */
static void test_read_error(void **state)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;
    FILE *f = fopen("/", "rb");

    (void)state;
    if (!f)
        fail_msg("cannot open / for reading");
    assert_int_equal(ingest_series_read(f, "/", &s, &d), GC_EIO);
    assert_non_null(strstr(d.message, "read error"));
    assert_int_equal(s.count, 0);
    fclose(f);
}

/* ---- errors: status, line, column (0: not checked) and a key phrase ---- */

typedef struct bad_case {
    const char *name;
    const char *text;   /* NULL: read the fixture `path` */
    size_t len;         /* 0: strlen(text) */
    int status;
    long line, column;
    const char *phrase;
} bad_case;

#define H "indicator,year,value,unit\n"
#define HB "indicator,year,value,unit,basis\n"

static const bad_case bad[] = {
    { "year not digits", H "GDP,2016,1,亿元\nGDP,x2019,2,亿元\n", 0, GC_ESYNTAX, 3, 5,
      "year 'x2019' is not a whole number; write the year as digits" },
    { "year with decimals", H "GDP,2019.0,2,亿元\n", 0, GC_ESYNTAX, 2, 5, "not a whole number" },
    { "year empty", H "GDP,,2,亿元\n", 0, GC_ESYNTAX, 2, 5, "year '' is not a whole number" },
    { "year too early", H "GDP,1850,2,亿元\n", 0, GC_ESYNTAX, 2, 5, "year 1850 is outside 1900-2200" },
    { "year too late", H "GDP,20190,2,亿元\n", 0, GC_ESYNTAX, 2, 5, "outside 1900-2200" },
    { "value overflow", H "GDP,2019,1e309,亿元\n", 0, GC_ESYNTAX, 2, 10, "out of the range" },
    { "value overflows in base units", H "GDP,2019,1e300,万亿元\n", 0, GC_ESYNTAX, 2, 10,
      "value 1e+300 万亿元 is out of the range of a double in base units" },
    { "json value overflows in base units", "[{\"indicator\":\"GDP\",\"year\":2019,"
      "\"value\":1e300,\"unit\":\"万亿元\"}]", 0, GC_ESYNTAX, 1, 2, "in base units" },
    { "value underflow", H "GDP,2019,1e-400,亿元\n", 0, GC_ESYNTAX, 2, 10, "out of the range" },
    { "value NaN", H "GDP,2019,NaN,亿元\n", 0, GC_ESYNTAX, 2, 10, "'NaN' is not a finite number" },
    { "value inf", H "GDP,2019,inf,亿元\n", 0, GC_ESYNTAX, 2, 10, "not a finite number" },
    { "value -Infinity", H "GDP,2019,-Infinity,亿元\n", 0, GC_ESYNTAX, 2, 10, "not a finite number" },
    { "value empty", H "GDP,2019,,亿元\n", 0, GC_ESYNTAX, 2, 10, "value is empty" },
    { "value thousands", H "GDP,2019,\"1,203\",亿元\n", 0, GC_ESYNTAX, 2, 10,
      "'1,203' is not a plain number" },
    { "value with unit", H "GDP,2019,490.2亿,亿元\n", 0, GC_ESYNTAX, 2, 10,
      "put the unit in the unit column" },
    { "value hex", H "GDP,2019,0x10,亿元\n", 0, GC_ESYNTAX, 2, 10, "not a plain number" },
    { "value comma decimal", H "GDP,2019,\"7,6\",%\n", 0, GC_ESYNTAX, 2, 10, "'.' decimal point" },
    { "value lone dot", H "GDP,2019,.,%\n", 0, GC_ESYNTAX, 2, 10, "not a plain number" },
    { "value bad exponent", H "GDP,2019,1e,%\n", 0, GC_ESYNTAX, 2, 10, "not a plain number" },
    { "basis unknown", HB "GDP,2019,1,亿元,nominal\n", 0, GC_ESYNTAX, 2, 15,
      "basis 'nominal' is not 'current' or 'comparable'" },
    { "indicator empty", H " ,2019,1,亿元\n", 0, GC_ESYNTAX, 2, 1, "indicator is empty" },
    { "duplicate", H "GDP,2019,1,亿元\nGDP,2020,2,亿元\nGDP,2019,3,亿元\n", 0, GC_ESYNTAX,
      4, 0, "GDP 2019 (basis unstated) is given twice, also on line 2" },
    { "duplicate with basis", HB "GDP,2019,1,亿元,current\nGDP,2019,3,亿元,current\n", 0,
      GC_ESYNTAX, 3, 0, "(basis current) is given twice" },
    { "missing column", "indicator,year,value\nGDP,2019,1\n", 0, GC_ESYNTAX, 1, 0,
      "the header has no 'unit' column" },
    { "unnamed column", "indicator,year,value,unit,,source\n", 0, GC_ESYNTAX, 1, 27,
      "column 5 of the header has no name" },
    { "no header", "GDP,2019,1,亿元\n", 0, GC_ESYNTAX, 1, 0,
      "the header has no 'indicator' column; the first line must be" },
    { "column twice", "indicator,year,value,unit,year\n", 0, GC_ESYNTAX, 1, 27,
      "column 'year' appears twice" },
    { "extra field", H "GDP,2019,1,亿元\nGDP,2020,2,亿元,x\n", 0, GC_ESYNTAX, 3, 0,
      "5 fields, but the header has 4" },
    { "missing field", H "GDP,2019,1\n", 0, GC_ESYNTAX, 2, 0, "3 fields, but the header has 4" },
    { "unterminated quote", H "GDP,2019,1,亿元\n\"GDP,2020,2,亿元\nGDP,2021,3,亿元\n", 0,
      GC_ESYNTAX, 3, 1, "quoted field is never closed" },
    { "text after quote", H "\"GDP\"x,2019,1,亿元\n", 0, GC_ESYNTAX, 2, 6,
      "text after a closing quote" },
    { "quote in plain field", H "G\"DP,2019,1,亿元\n", 0, GC_ESYNTAX, 2, 2,
      "double quote inside an unquoted field" },
    { "line after multi-line field", H "\"a\nb\",2019,1,亿元\nGDP,20x,1,亿元\n", 0,
      GC_ESYNTAX, 4, 5, "year '20x'" },
    { "empty file", "", 0, GC_ESYNTAX, 1, 0, "the file is empty" },
    { "only blank lines", "\r\n\n", 0, GC_ESYNTAX, 1, 0, "the file is empty" },
    { "invalid UTF-8", H "GDP,2019,1,\xD2\xDA\n", 0, GC_EENCODING, 2, 12, "invalid UTF-8" },
    { "truncated UTF-8", H "GDP,2019,1,\xE4\xBA", 0, GC_EENCODING, 2, 12, "invalid UTF-8" },
    { "surrogate", H "GDP,2019,1,\xED\xA0\x80\n", 0, GC_EENCODING, 2, 12, "invalid UTF-8" },
    { "NUL byte", H "GDP,2019\0,1,x\n", sizeof(H "GDP,2019\0,1,x\n") - 1, GC_EENCODING, 2, 9,
      "NUL byte" },
    /* JSON */
    { "json syntax", "[\n {\"indicator\": \"GDP\" \"year\": 2019}\n]", 0, GC_ESYNTAX, 2, 0,
      "not valid JSON" },
    { "json trailing text", "[]\nx", 0, GC_ESYNTAX, 2, 0, "not valid JSON" },
    { "json key twice", "[{\"indicator\":\"GDP\",\"year\":2019,\"value\":1,\"value\":2,"
      "\"unit\":\"亿元\"}]", 0, GC_ESYNTAX, 1, 2, "the key 'value' twice" },
    { "json missing key", "[{\"indicator\":\"GDP\",\"year\":2019,\"value\":1}]", 0,
      GC_ESYNTAX, 1, 2, "element 1 has no 'unit'" },
    { "json year string", "[{\"indicator\":\"GDP\",\"year\":\"2019\",\"value\":1,\"unit\":\"\"}]",
      0, GC_ESYNTAX, 1, 2, "year must be a JSON number" },
    { "json year fraction", "[{\"indicator\":\"GDP\",\"year\":2019.5,\"value\":1,\"unit\":\"\"}]",
      0, GC_ESYNTAX, 1, 2, "year 2019.5 is not a whole number" },
    { "json year range", "[{\"indicator\":\"GDP\",\"year\":1e30,\"value\":1,\"unit\":\"\"}]",
      0, GC_ESYNTAX, 1, 2, "outside 1900-2200" },
    { "json value null", "[{\"indicator\":\"GDP\",\"year\":2019,\"value\":null,\"unit\":\"\"}]",
      0, GC_ESYNTAX, 1, 2, "value must be a JSON number" },
    { "json unit number", "[{\"indicator\":\"GDP\",\"year\":2019,\"value\":1,\"unit\":3}]",
      0, GC_ESYNTAX, 1, 2, "unit must be a JSON string" },
    { "json basis", "[{\"indicator\":\"GDP\",\"year\":2019,\"value\":1,\"unit\":\"\","
      "\"basis\":\"real\"}]", 0, GC_ESYNTAX, 1, 2, "basis 'real'" },
    { "json not object", "[\n1]", 0, GC_ESYNTAX, 2, 1, "element 1 is not an object" },
    { "json other object", "{\"data\": []}", 0, GC_ESYNTAX, 1, 1, "{\"series\": [...]}" },
    { "json extra key at top", "{\"series\": [], \"x\": 1}", 0, GC_ESYNTAX, 1, 1,
      "with that one key" },
    { "json duplicate", "{\"series\": [\n"
      "{\"indicator\":\"GDP\",\"year\":2019,\"value\":1,\"unit\":\"\"},\n"
      "{\"indicator\":\"GDP\",\"year\":2019,\"value\":2,\"unit\":\"\"}]}", 0, GC_ESYNTAX, 3, 0,
      "given twice, also on line 2" },
    /* fixture files: the name is the path */
    { FIXTURES "bad_duplicate.csv", NULL, 0, GC_ESYNTAX, 6, 0, "also on line 2" },
    { FIXTURES "bad_quote.csv", NULL, 0, GC_ESYNTAX, 3, 13, "never closed" },
    { FIXTURES "bad_year.csv", NULL, 0, GC_ESYNTAX, 3, 8, "year 'x2019'" },
    { FIXTURES "bad_missing_column.csv", NULL, 0, GC_ESYNTAX, 1, 0, "no 'unit' column" },
    { FIXTURES "bad_gbk.csv", NULL, 0, GC_EENCODING, 2, 1, "save the file as UTF-8" },
    { FIXTURES "bad_value.json", NULL, 0, GC_ESYNTAX, 3, 3, "element 2: value is out of the range" },
};

static void test_bad(void **state)
{
    const bad_case *c = *state;
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;
    int rc;

    if (c->text)
        rc = read_text(c->text, c->len ? c->len : strlen(c->text), &s, &d);
    else
        rc = read_path(c->name, &s, &d);
    if (rc != c->status || d.line != c->line || (c->column && d.column != c->column) ||
        !strstr(d.message, c->phrase))
        fail_msg("%s: status %d line %ld column %ld \"%s\"; want %d line %ld column %ld "
                 "with \"%s\"", c->name, rc, d.line, d.column, d.message, c->status,
                 c->line, c->column, c->phrase);
    assert_string_equal(d.file, c->text ? "t.csv" : c->name);
    assert_int_equal(s.count, 0);
    assert_null(s.points);
}

int main(void)
{
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test(test_csv_fixture),
        cmocka_unit_test(test_csv_layout),
        cmocka_unit_test(test_csv_bases_and_empty),
        cmocka_unit_test(test_units),
        cmocka_unit_test(test_json_array),
        cmocka_unit_test(test_json_wrapped),
        cmocka_unit_test(test_csv_extra_columns),
        cmocka_unit_test(test_json_extra_keys),
        cmocka_unit_test(test_read_error),
    };
    enum { NFIXED = sizeof fixed / sizeof fixed[0], NBAD = sizeof bad / sizeof bad[0] };
    struct CMUnitTest tests[NFIXED + NBAD];

    memcpy(tests, fixed, sizeof fixed);
    for (size_t i = 0; i < NBAD; i++) {
        struct CMUnitTest t = cmocka_unit_test_prestate(test_bad, (void *)&bad[i]);
        t.name = bad[i].name;
        tests[NFIXED + i] = t;
    }
    return _cmocka_run_group_tests("series_read", tests, NFIXED + NBAD, NULL, NULL);
}
