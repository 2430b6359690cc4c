/* test_alloc_fail.c -- every allocation of the pipeline fails in turn
 * (SQLite's fault injection): report text -> claims -> findings -> series ->
 * JSON -> chart scripts.  Each run must end in GC_OK or GC_ENOMEM, never a
 * crash; a failure absorbed (GC_OK) must not change what came out -- no claim
 * silently dropped; and under `make asan` LeakSanitizer also checks that the
 * failure paths free what they took.
 *
 * The binary is linked with -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,
 * --wrap=strdup (see the Makefile), so every allocation in the library's own
 * objects comes through the wrappers below; cJSON's go through them by its
 * hooks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <gsl/gsl_errno.h>

#include "../../analysis/analysis.h"
#include "../../plots/plots.h"
#include "../../report/report.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
char *__wrap_strdup(const char *s);

/* The allocation that fails: the countdown-th from now; -1 for none.  Test
 * state, not library state: the library has no global. */
static long countdown = -1;
static long allocations;    /* allocations made so far, failed or not */

static int fail_now(void)
{
    allocations++;
    if (countdown < 0)
        return 0;
    return countdown-- == 0;
}

void *__wrap_malloc(size_t n) { return fail_now() ? NULL : __real_malloc(n); }
void *__wrap_calloc(size_t n, size_t size) { return fail_now() ? NULL : __real_calloc(n, size); }
void *__wrap_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_realloc(p, n); }

char *__wrap_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = __wrap_malloc(n);

    if (d)
        memcpy(d, s, n);
    return d;
}

static void *json_malloc(size_t n) { return __wrap_malloc(n); }
static void json_free(void *p) { free(p); }

/* A report of my own with one figure of each kind the grammar knows, 分别
 * lists (split at 和 and 、, completed from a shared prefix, a shared
 * suffix and an ordinal pattern) and a tally kept pending until a share of
 * it follows: the paths where a failure could give a claim the wrong
 * subject rather than lose it. */
static const char report[] =
    "2025年政府工作报告\n"
    "五年来，地区生产总值由2019年的1850亿元预计增至2480亿元，按可比价格计算，五年年均增长4.5%，"
    "占全市的比重由16.2%提高到17.8%。区级一般公共预算收入预计152.3亿元，增长6%，年均增长4.8%。"
    "常住人口由2019年的96.4万人增至101.2万人。高新技术企业由410家增至820家，实现翻一番。"
    "单位地区生产总值能耗较2019年下降14.5%。常住人口净增4.8万人。\n"
    "五年来，一般公共预算收入和税收收入年均分别增长6.1%和7.4%。"
    "单位地区生产总值二氧化碳排放、能耗分别下降23.5%、19.8%。"
    "党组织和工会组织覆盖率分别达到96%、88.5%。第一、二、三产业增加值分别增长2%、5%和6%。"
    "新增上市企业42家，占全市的30%。\n\n"
    "2025年主要预期目标是：地区生产总值增长5%左右，力争突破2600亿元。\n";

static const char series_csv[] =
    "indicator,year,value,unit,basis,source,notes\n"
    "地区生产总值,2019,1850,亿元,current,NBS,\n"
    "地区生产总值,2022,2147,亿元,current,NBS,unused\n"
    "地区生产总值,2024,2476,亿元,current,NBS,\n";

/* What a run produced, to compare a run that absorbed a failure with one
 * that had none: counts, and a digest of every claim's subject, kind,
 * value, units, whole and years, so that a claim with the wrong subject is
 * caught as surely as a lost one. */
typedef struct outcome {
    size_t claims, findings, rows;
    uint64_t digest;
    uint64_t summary;      /* of summary.md, with the unused official rows */
} outcome;

static uint64_t fnv(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h ^ 0xFF;    /* ends a field: "ab","c" differs from "a","bc" */
}

static uint64_t claims_digest(const ingest_claims *cs)
{
    uint64_t h = 14695981039346656037u;
    char num[96];

    for (size_t i = 0; i < cs->count; i++) {
        const ingest_claim *c = &cs->items[i];
        snprintf(num, sizeof num, "%d %.17g %d %d %d", (int)c->kind, c->value, c->year,
                 c->period_from, c->period_to);
        h = fnv(fnv(fnv(fnv(fnv(h, c->indicator), num), c->unit), c->norm_unit), c->of);
    }
    return h;
}

/* The whole pipeline; returns the first failing status. */
static int pipeline(const char *dir, outcome *out)
{
    ingest_claims claims = INGEST_CLAIMS_INIT;
    ingest_series series = INGEST_SERIES_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_options opt;
    plots_options pl;
    plots_result res = PLOTS_RESULT_INIT;
    gc_diag d;
    FILE *f = fmemopen((void *)series_csv, sizeof series_csv - 1, "rb");
    int rc;

    if (!f)
        return GC_ENOMEM;   /* fmemopen allocates inside libc, unwrapped */
    rc = ingest_series_read(f, "s.csv", &series, &d);
    fclose(f);
    analysis_options_init(&opt);
    opt.series = &series;
    if (rc == GC_OK)
        rc = ingest_read_buffer(report, sizeof report - 1, "r.txt", NULL, &claims, &d);
    if (rc == GC_OK)
        rc = analysis_check_claims(&claims, &opt, &fs);
    if (rc == GC_OK)
        rc = analysis_series_build(&claims, &fs, &opt, &rows);
    for (size_t i = 0; rc == GC_OK && i < fs.count; i++) {
        cJSON *j = analysis_finding_json(&fs.items[i], &claims);
        rc = j ? GC_OK : GC_ENOMEM;
        cJSON_Delete(j);
    }
    if (rc == GC_OK) {
        plots_options_init(&pl);
        pl.outdir = dir;
        pl.render = false;
        rc = plots_write(&claims, &fs, &rows, &pl, &res, &d);
    }
    out->summary = 0;
    if (rc == GC_OK) {
        report_doc doc = { "r.txt", report, sizeof report - 1 };
        report_summary_options so;
        size_t *unused = NULL, nunused = 0;
        buf b = BUF_INIT;
        memset(&so, 0, sizeof so);
        so.docs = &doc;
        so.ndocs = 1;
        so.charts = &res;   /* the charts section too: a failure inside plots_write
                               must not turn into a different chart or reason */
        so.series = &series;
        rc = analysis_series_unused(&fs, &opt, &unused, &nunused);
        so.unused_official = unused;
        so.nunused_official = nunused;
        if (rc == GC_OK && report_summary_md(&b, &fs, &claims, &so) != 0)
            rc = GC_ENOMEM;
        if (rc == GC_OK)
            out->summary = fnv(14695981039346656037u, b.data);
        buf_free(&b);
        free(unused);
    }
    out->claims = claims.count;
    out->digest = claims_digest(&claims);
    out->findings = fs.count;
    out->rows = rows.count;
    plots_result_free(&res);
    analysis_rows_free(&rows);
    analysis_findings_free(&fs);
    ingest_series_free(&series);
    ingest_claims_free(&claims);
    return rc;
}

static void every_allocation_fails_in_turn(void **state)
{
    char dir[] = "/tmp/gc-allocfail-XXXXXX";
    long n, enomem = 0;
    outcome clean, got;
    int rc;
    (void)state;

    assert_non_null(mkdtemp(dir));
    assert_int_equal(pipeline(dir, &clean), GC_OK);   /* it works when nothing fails */
    assert_true(clean.claims > 10 && clean.findings > 5 && clean.rows > 10);
    for (n = 0; n < 200000; n++) {
        countdown = n;
        rc = pipeline(dir, &got);
        if (countdown >= 0) {   /* the n-th allocation was never reached */
            countdown = -1;
            assert_int_equal(rc, GC_OK);
            break;
        }
        countdown = -1;
        if (rc != GC_OK && rc != GC_ENOMEM && rc != GC_EIO)
            fail_msg("allocation %ld failed: status %d (%s), want GC_ENOMEM", n, rc,
                     gc_strerror(rc));
        enomem += rc != GC_OK;
        if (rc == GC_OK && (got.claims != clean.claims || got.findings != clean.findings ||
                            got.rows != clean.rows || got.digest != clean.digest ||
                            got.summary != clean.summary))
            fail_msg("allocation %ld failed silently: %zu claims, %zu findings, %zu rows "
                     "instead of %zu, %zu, %zu (claims digest %s, summary.md with its charts "
                     "section %s)", n, got.claims, got.findings, got.rows, clean.claims,
                     clean.findings, clean.rows, got.digest == clean.digest ? "same" : "differs",
                     got.summary == clean.summary ? "same" : "differs");
    }
    /* every allocation point was failed once, and nearly all report it */
    assert_true(n > 100);
    assert_true(enomem > n - n / 100);
    printf("# %ld allocation points failed in turn, %ld reported out of memory\n", n, enomem);
    {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
        assert_int_equal(system(cmd), 0);
    }
}

/* A parser reset between inputs reuses its memory: once it has read an
 * input of each kind (Chinese, English, GB18030 detected), reading them
 * again allocates nothing -- what makes the ingest fuzz target fast under
 * ASan, and the CLI's workers lean.  (The Chinese grammar still allocates
 * for a 分别 list's items and a pending tally, as the report above has.) */
static int count_claim(const ingest_claim *c, void *ctx)
{
    (void)c;
    ++**(size_t **)ctx;
    return 0;
}

static void reset_reuses_memory(void **state)
{
    static const char chinese[] =
        "2022年政府工作报告\n五年来，地区生产总值由2016年的4120亿元增至2021年的6350亿元，"
        "年均增长9%。\n2021年，财政收入12.5亿元，增长8.1%。\n";
    static const char english[] =
        "In 2024, the county's gross domestic product grew by 5.1% to 48.2 billion yuan.\n";
    static const char gb18030[] = "\xa3\xb2\xa3\xb0\xa3\xb2\xa3\xb1\xc4\xea\xa3\xac\xc8\xab\xc7\xf8\xb5\xd8\xc7\xf8\xc9\xfa\xb2\xfa\xd7\xdc\xd6\xb5\xd4\xf6\xb3\xa4" "8.1%\xa3\xac\xb2\xc6\xd5\xfe\xca\xd5\xc8\xeb" "12.5\xd2\xda\xd4\xaa\xa1\xa3\n";
    const char *text[] = { chinese, english, gb18030 };
    const size_t len[] = { sizeof chinese - 1, sizeof english - 1, sizeof gb18030 - 1 };
    size_t claims[2][3] = { { 0 } }, *count = NULL;
    ingest_sink sink = { count_claim, NULL, &count };
    ingest_parser *p = ingest_parser_new("fuzz", NULL, &sink);
    gc_diag d;
    long before = 0;
    (void)state;

    assert_non_null(p);
    for (int round = 0; round < 2; round++) {
        if (round == 1)
            before = allocations;
        for (int i = 0; i < 3; i++) {
            count = &claims[round][i];
            assert_int_equal(ingest_parser_reset(p, "fuzz"), GC_OK);
            assert_int_equal(ingest_parser_feed(p, text[i], len[i] / 2, &d), GC_OK);
            assert_int_equal(ingest_parser_feed(p, text[i] + len[i] / 2, len[i] - len[i] / 2, &d),
                             GC_OK);
            assert_int_equal(ingest_parser_finish(p, &d), GC_OK);
        }
    }
    assert_int_equal(allocations - before, 0);
    for (int i = 0; i < 3; i++) {
        assert_true(claims[0][i] > 0);
        assert_int_equal(claims[1][i], claims[0][i]);
    }
    ingest_parser_free(p);
}

int main(void)
{
    cJSON_Hooks hooks = { json_malloc, json_free };
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_allocation_fails_in_turn),
        cmocka_unit_test(reset_reuses_memory),
    };

    gsl_set_error_handler_off();
    cJSON_InitHooks(&hooks);
    return cmocka_run_group_tests(tests, NULL, NULL);
}
