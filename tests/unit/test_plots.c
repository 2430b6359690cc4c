/* test_plots.c -- plots_write on hand-built, seed-shaped findings and rows:
 * which charts and files appear, the numbers in the data files (worked out
 * by hand), slugs, rendering with the real gnuplot into PNG/SVG/PDF of the
 * requested size, hostile names, and every documented failure. */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../plots/plots.h"
#include "../../plots/plots_int.h"
#include "plots_fixture.h"

#define REL_TOL 1e-9  /* relative tolerance for numbers read back from .dat */

static char dir[64];
static char out[128];   /* dir/out, the output folder */

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/gc-plots-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(out, sizeof out, "%s/out", dir);
    return 0;
}

static int remove_dir(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *in_out(const char *name)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", out, name);
    return path;
}

static bool exists(const char *name)
{
    struct stat sb;
    return stat(in_out(name), &sb) == 0;
}

/* The whole of out/name, NUL-terminated; free() it. */
static char *slurp(const char *name)
{
    FILE *f = fopen(in_out(name), "rb");
    char *text;
    long n;

    assert_non_null(f);
    assert_int_equal(fseek(f, 0, SEEK_END), 0);
    n = ftell(f);
    assert_true(n >= 0);
    rewind(f);
    text = malloc((size_t)n + 1);
    assert_non_null(text);
    assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
    text[n] = '\0';
    fclose(f);
    return text;
}

static void assert_close(double got, double want)
{
    if (fabs(got - want) > REL_TOL * fabs(want)) {
        fail_msg("got %.12g, want %.12g", got, want);
    }
}

static void options(plots_options *o, bool render)
{
    plots_options_init(o);
    o->outdir = out;
    o->render = render;
}

/* plots_write, keeping only the counts of the result (its lists freed). */
static int pw(const ingest_claims *claims, const analysis_findings *fs,
              const analysis_rows *rows, const plots_options *o, plots_result *res, gc_diag *d)
{
    int rc = plots_write(claims, fs, rows, o, res, d);
    size_t charts = res->charts;
    bool rendered = res->rendered;

    plots_result_free(res);
    res->charts = charts;
    res->rendered = rendered;
    return rc;
}

/* Writes the seed fixture with opt; returns plots_write's status. */
static int write_seed(const plots_options *o, plots_result *res, gc_diag *d)
{
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    int rc;

    fx_seed(&fs, &rows);
    rc = pw(NULL, &fs, &rows, o, res, d);
    fx_free(&fs, &rows);
    return rc;
}

/* ---- file names ---- */

static void test_stems(void **state)
{
    pl_names names = { NULL, 0, 0 };
    char s[PL_STEM_MAX];
    (void)state;

    assert_int_equal(pl_stem(&names, "Gross regional product", "x", s), GC_OK);
    assert_string_equal(s, "gross-regional-product");
    /* A clash gets -2, then -3. */
    assert_int_equal(pl_stem(&names, "Gross  regional product!", "x", s), GC_OK);
    assert_string_equal(s, "gross-regional-product-2");
    assert_int_equal(pl_stem(&names, "gross regional product", "x", s), GC_OK);
    assert_string_equal(s, "gross-regional-product-3");
    /* Escapes from the folder become plain words. */
    assert_int_equal(pl_stem(&names, "../../etc/passwd", "x", s), GC_OK);
    assert_string_equal(s, "etc-passwd");
    assert_int_equal(pl_stem(&names, ".hidden/..", "x", s), GC_OK);
    assert_string_equal(s, "hidden");
    /* No ASCII at all: the caller's fallback, never a hash. */
    assert_int_equal(pl_stem(&names, "地区生产总值", "indicator-1", s), GC_OK);
    assert_string_equal(s, "indicator-1");
    assert_int_equal(pl_stem(&names, "常住人口", "indicator-1", s), GC_OK);
    assert_string_equal(s, "indicator-1-2");
    assert_int_equal(pl_stem(&names, NULL, NULL, s), GC_OK);
    assert_string_equal(s, "chart");
    /* Bounded: at most 50 bytes, cut at a whole word. */
    assert_int_equal(pl_stem(&names, "a very long english name that goes on and on and on and on",
                             "x", s), GC_OK);
    assert_string_equal(s, "a-very-long-english-name-that-goes-on-and-on-and");
    assert_int_equal(pl_stem(&names, "Per capita disposable income of residents", "x", s), GC_OK);
    assert_string_equal(s, "per-capita-disposable-income-of-residents");
    pl_names_free(&names);
    pl_names_free(NULL);
}

/* An indicator's file name: its ASCII key, else a short name of its
 * English name, the whole English name when that is taken, else
 * indicator-N in the order met. */
static void test_indicator_stems(void **state)
{
    pl_names names = { NULL, 0, 0 };
    unsigned unnamed = 0;
    char s[PL_STEM_MAX];
    (void)state;

    assert_int_equal(pl_names_add(&names, "claims"), GC_OK);
    assert_int_equal(pl_indicator_stem(&names, "地区生产总值", "Gross regional product",
                                       &unnamed, s), GC_OK);
    assert_string_equal(s, "gdp");
    assert_int_equal(pl_indicator_stem(&names, "一般公共预算收入", "General public budget revenue",
                                       &unnamed, s), GC_OK);
    assert_string_equal(s, "general-budget-revenue");
    /* The short name taken: the whole English name, still readable. */
    assert_int_equal(pl_indicator_stem(&names, "区级一般公共预算收入",
                                       "District-level general public budget revenue",
                                       &unnamed, s), GC_OK);
    assert_string_equal(s, "district-level-general-public-budget-revenue");
    assert_int_equal(pl_indicator_stem(&names, "常住人口", "resident POPULATION", &unnamed, s),
                     GC_OK);
    assert_string_equal(s, "population");
    /* Not in the table: the English name's slug. */
    assert_int_equal(pl_indicator_stem(&names, "税收收入", "Tax revenue", &unnamed, s), GC_OK);
    assert_string_equal(s, "tax-revenue");
    /* An English document's own (ASCII) key wins over anything. */
    assert_int_equal(pl_indicator_stem(&names, "Retail sales", NULL, &unnamed, s), GC_OK);
    assert_string_equal(s, "retail-sales");
    assert_int_equal(pl_indicator_stem(&names, "claims", NULL, &unnamed, s), GC_OK);
    assert_string_equal(s, "claims-2");
    /* No English at all: numbered in the order met, never a hash; ASCII
     * inside a Chinese name (人均GDP) does not make a misleading "gdp". */
    assert_int_equal(pl_indicator_stem(&names, "人均GDP", NULL, &unnamed, s), GC_OK);
    assert_string_equal(s, "indicator-1");
    assert_int_equal(pl_names_add(&names, "indicator-2"), GC_OK);
    assert_int_equal(pl_indicator_stem(&names, "实施重点项目", "", &unnamed, s), GC_OK);
    assert_string_equal(s, "indicator-3");
    assert_int_equal(pl_indicator_stem(&names, "../..", NULL, &unnamed, s), GC_OK);
    assert_string_equal(s, "indicator-4");
    assert_int_equal(unnamed, 4);
    pl_names_free(&names);
}

/* Two labels of one year that would print over each other become one
 * ("102 / 95.1" on the higher point); far apart, each keeps its own. */
static void test_merge_labels(void **state)
{
    pl_point p[4];
    pl_ctx x;
    (void)state;

    memset(p, 0, sizeof p);
    memset(&x, 0, sizeof x);
    x.w = pl_words_for("zh");
    p[0] = (pl_point){ .year = 2011, .value = 95.1 };
    p[1] = (pl_point){ .year = 2011, .value = 102 };
    p[2] = (pl_point){ .year = 2011, .value = 300 };
    p[3] = (pl_point){ .year = 2012, .value = 101, .est = true };
    pl_merge_labels(p, 4, 1.0, 10.0, &x);
    assert_string_equal(p[1].label, "102 / 95.1");
    assert_true(p[0].nolabel);
    assert_false(p[1].nolabel);
    assert_false(p[2].nolabel);
    assert_string_equal(p[2].label, "");
    assert_false(p[3].nolabel);
    assert_string_equal(p[3].label, "");
}

/* The words of a run's charts are the document's language unless --lang
 * says otherwise. */
static void test_options_lang_default(void **state)
{
    plots_options o;
    (void)state;

    plots_options_init(&o);
    assert_null(o.lang);
    assert_false(pl_words_for(NULL)->en);
    assert_true(pl_words_for("en")->en);
}

/* A document whose claims are English gets English charts by default;
 * --lang zh still wins. */
static void test_english_document(void **state)
{
    ingest_claim items[3];
    ingest_claims cl;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    char *gp;
    (void)state;

    memset(items, 0, sizeof items);
    memset(&cl, 0, sizeof cl);
    for (size_t i = 0; i < 3; i++) {
        items[i].lang = i < 2 ? INGEST_LANG_EN : INGEST_LANG_ZH;
        items[i].source.file = (char *)"invented-report-en.txt";
    }
    cl.items = items;
    cl.count = cl.cap = 3;
    fx_seed(&fs, &rows);
    options(&o, false);
    assert_null(o.lang);
    assert_int_equal(plots_write(&cl, &fs, &rows, &o, &res, &d), GC_OK);
    gp = slurp("gdp.gp");
    assert_non_null(strstr(gp, "Gross regional product"));
    assert_non_null(strstr(gp, "Volume index (2016 = 100, comparable prices)"));
    assert_null(strstr(gp, "物量指数"));
    free(gp);
    plots_result_free(&res);
    o.lang = "zh";
    assert_int_equal(plots_write(&cl, &fs, &rows, &o, &res, &d), GC_OK);
    gp = slurp("gdp.gp");
    assert_non_null(strstr(gp, "物量指数"));
    free(gp);
    plots_result_free(&res);
    fx_free(&fs, &rows);
}

/* Numbers for people: thousands separated, never e-notation. */
static void test_numbers(void **state)
{
    char t[64];
    pl_scale sc;
    buf b = BUF_INIT;
    (void)state;

    assert_string_equal(pl_numtext(t, 9500, 2), "9,500");
    assert_string_equal(pl_numtext(t, 490.2, 2), "490.2");
    assert_string_equal(pl_numtext(t, -1234567.891, 1), "-1,234,567.9");
    assert_string_equal(pl_numtext(t, 749300, 0), "749,300");
    assert_string_equal(pl_numtext(t, 1e20, 2), "100,000,000,000,000,000,000");
    assert_string_equal(pl_numtext(t, -0.0, 2), "0");
    assert_string_equal(pl_numtext(t, 0.000012, 2), "0");
    sc = pl_scale_for("亿元", 12000);
    assert_string_equal(sc.unit, "万亿元");
    assert_close(sc.div, 1e4);
    sc = pl_scale_for("万元", 749300);
    assert_string_equal(sc.unit, "亿元");
    sc = pl_scale_for("亿元", 9500);
    assert_string_equal(sc.unit, "亿元");
    /* The axis from zero, round tics, each written out. */
    assert_int_equal(pl_yaxis(&b, 0, 9500, "x"), 0);
    assert_non_null(strstr(b.data, "set yrange [0:12000]"));
    assert_non_null(strstr(b.data, "\"10,000\" 10000"));
    assert_null(strstr(b.data, "e+"));
    buf_free(&b);
}

static void test_quoted_text_clipped(void **state)
{
    buf b = BUF_INIT;
    (void)state;

    /* 6 CJK characters are 12 columns; at 9 columns, 4 fit beside the "…". */
    assert_int_equal(pl_text(&b, "地区生产总值", 9), 0);
    assert_string_equal(b.data, "'地区生产…'");
    buf_reset(&b);
    assert_int_equal(pl_text(&b, "地区生产总值", 12), 0);
    assert_string_equal(b.data, "'地区生产总值'");
    /* Invalid UTF-8 is dropped, markup escaped, a quote made ’. */
    buf_reset(&b);
    assert_int_equal(pl_text(&b, "a\xff'b_c\n", 40), 0);
    assert_string_equal(b.data, "'a’b\\_c'");
    buf_free(&b);
}

/* ---- what gets written ---- */

/* The seed fixture: the overview, one chart per indicator with levels in
 * two or more years, named by its English name; the comparison of the two
 * indicators with two stated years; the shares.  Every indicator is
 * accounted for: a chart, or the reason for none. */
static void test_seed_files(void **state)
{
    static const char *const charts[] = {
        "claims", "gdp", "district-general-public-budget-revenue",
        "population", "growth-compared", "shares",
    };
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    plots_options o;
    plots_result res = PLOTS_RESULT_INIT;
    gc_diag d;
    char *all;
    (void)state;

    options(&o, false);
    fx_seed(&fs, &rows);
    assert_int_equal(plots_write(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    assert_int_equal(res.charts, 6);
    assert_int_equal(res.nmade, 6);
    assert_false(res.rendered);
    all = slurp("render-all.gp");
    for (size_t i = 0; i < 6; i++) {
        char name[128], load[160];
        snprintf(name, sizeof name, "%s.gp", charts[i]);
        assert_true(exists(name));
        snprintf(name, sizeof name, "%s.dat", charts[i]);
        assert_true(exists(name));
        snprintf(load, sizeof load, "load '%s.gp'\n", charts[i]);
        assert_non_null(strstr(all, load));
        snprintf(name, sizeof name, "%s.png", charts[i]);
        assert_string_equal(res.made[i].file, name);
    }
    /* The overview comes first: it is the chart for the first slide. */
    assert_non_null(strstr(all, "load 'claims.gp'\nload 'gdp.gp'"));
    free(all);
    assert_false(exists("claims.png"));
    assert_string_equal(res.made[1].indicator, "地区生产总值");
    assert_string_equal(res.made[1].kind, "bars+volume");
    assert_null(res.made[0].indicator);
    /* Every indicator of the rows and findings: a chart or a reason. */
    for (size_t i = 0; i < rows.count + fs.count; i++) {
        const char *name = i < rows.count ? rows.items[i].indicator
                                          : fs.items[i - rows.count].indicator;
        bool found = false;
        for (size_t k = 0; k < res.nmade && !found; k++)
            found = res.made[k].indicator && !strcmp(res.made[k].indicator, name);
        for (size_t k = 0; k < res.nskipped && !found; k++)
            found = !strcmp(res.skipped[k].indicator, name) && res.skipped[k].reason[0];
        if (!found)
            fail_msg("%s has neither a chart nor a reason", name);
    }
    assert_int_equal(res.nconflicts, 0);
    plots_result_free(&res);
    plots_result_free(NULL);
    assert_int_equal(res.nmade, 0);
    fx_free(&fs, &rows);
}

/* claims.dat lists rows by gap: GDP (stated 7.6, interval [7.55, 7.65],
 * computed interval from 9.8477), then technology services (12 +- 0.5 vs
 * 13.6..14.6: 1.1 pp), then the two consistent ones by |stated -
 * computed|: population |-14 - -13.956| = 0.044, retail 0.02.  The
 * implied-only finding has no computed rate and no row. */
static void test_claims_order_and_values(void **state)
{
    static const double stated[] = { 7.6, 12, -14, 3.4 };
    plots_options o;
    plots_result res;
    gc_diag d;
    char *dat, *line;
    size_t rows = 0;
    (void)state;

    options(&o, false);
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    dat = slurp("claims.dat");
    for (line = strtok(dat, "\n"); line; line = strtok(NULL, "\n")) {
        double s, c, lo, hi;
        int row, v;
        if (line[0] == '#')
            continue;
        assert_int_equal(sscanf(line, "%d %lf %lf %lf %lf %d", &row, &s, &c, &lo, &hi, &v), 6);
        assert_int_equal(row, (int)rows + 1);
        assert_true(rows < 4);
        assert_close(s, stated[rows]);
        assert_true(lo <= c && c <= hi);
        if (rows == 0) {
            /* (9500 / 5908)^(1/5) - 1 = 9.96554...%; explained (2). */
            assert_close(c, 100.0 * (pow(9500.0 / 5908.0, 0.2) - 1.0));
            assert_close(lo, 100.0 * (pow(9450.0 / 5908.5, 0.2) - 1.0));
            assert_int_equal(v, ANALYSIS_EXPLAINED);
        }
        rows++;
    }
    assert_int_equal(rows, 4);
    free(dat);
}

/* Reads block k ("index k" comment) of a .dat into year/value arrays. */
static size_t read_block(const char *dat, int k, int *years, double *values, size_t max)
{
    char tag[32];
    const char *p;
    size_t n = 0;

    snprintf(tag, sizeof tag, "# index %d:", k);
    p = strstr(dat, tag);
    assert_non_null(p);
    p = strchr(p, '\n') + 1;
    while (*p && *p != '\n' && *p != '#' && n < max) {
        assert_int_equal(sscanf(p, "%d %lf", &years[n], &values[n]), 2);
        n++;
        p = strchr(p, '\n');
        if (!p)
            break;
        p++;
    }
    return n;
}

/* GDP: two stated levels are bars (the 2021 one an estimate, hatched);
 * the stated 7.6% is real, so its path is a volume index beside them:
 * 100 * 1.076^5 = 144.23 in 2021, against the stated levels as an index,
 * 100 * 9500 / 5908 = 160.80.  The path is never drawn in yuan. */
static void test_trajectory_data(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    int years[16];
    double v[16], defl;
    char *dat, *gp;
    (void)state;

    options(&o, false);
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    dat = slurp("gdp.dat");
    assert_int_equal(read_block(dat, 0, years, v, 16), 1);     /* 2016, firm */
    assert_close(v[0], 5908);
    assert_int_equal(read_block(dat, 1, years, v, 16), 1);     /* 2021, 预计 */
    assert_close(v[0], 9500);
    assert_non_null(strstr(dat, "\"9,500\""));
    assert_int_equal(read_block(dat, 2, years, v, 16), 6);     /* the volume index */
    assert_int_equal(years[0], 2016);
    assert_close(v[0], 100);
    assert_close(v[5], 100 * pow(1.076, 5));
    /* The same 7.6% re-inflated with China's GDP deflator, 2016-2021. */
    assert_int_equal(analysis_national_deflator(2016, 2021, &defl), GC_OK);
    assert_int_equal(read_block(dat, 3, years, v, 16), 6);
    assert_close(v[0], 100);
    assert_close(v[5], 100 * pow(1.076 * (1 + defl / 100), 5));
    assert_int_equal(read_block(dat, 4, years, v, 16), 2);     /* stated, as an index */
    assert_close(v[1], 100 * 9500.0 / 5908.0);
    assert_null(strstr(dat, "8521.2"));                       /* 5908 * 1.076^5 in yuan */
    free(dat);
    gp = slurp("gdp.gp");
    assert_non_null(strstr(gp, "set label 101 '地区生产总值：所述年均7.6%为可比价，现价年均9.97%，"
                               "差额为价格因素'"));
    assert_non_null(strstr(gp, "set title '物量指数（2016年 = 100，可比价）'"));
    assert_non_null(strstr(gp, "'差额：价格因素年均约2.2%"));
    assert_non_null(strstr(gp, "set xtics ('2016年' 0, '2021年 预计' 1)"));
    assert_non_null(strstr(gp, "set yrange [0:12500]"));
    assert_non_null(strstr(gp, "set multiplot"));
    free(gp);
    /* Revenue: three years of levels, a line chart; its implied levels are
     * a block of hollow points, and its path at a nominal 5.3% is drawn. */
    dat = slurp("district-general-public-budget-revenue.dat");
    assert_non_null(strstr(dat, "implied levels"));
    assert_non_null(strstr(dat, "growth path at a nominal rate"));
    free(dat);
    gp = slurp("district-general-public-budget-revenue.gp");
    assert_non_null(strstr(gp, "title '按所述年均增速5.3%的匀速增长路径'"));
    assert_non_null(strstr(gp, "按所述年均5.3%推算，2016年约为"));
    free(gp);
}

/* With no indicator stated in more than two years the index chart is bars
 * of the last index: GDP 100 * 9500 / 5908 = 160.8, population 100 *
 * 313.2 / 364 = 86.04 (revenue has one stated level: left out).  Shares:
 * 21.8% and 24% of 全市, each with its rest. */
static void test_index_and_shares(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    int years[16];
    double v[16];
    char *dat;
    (void)state;

    options(&o, false);
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    assert_false(exists("index.gp"));
    dat = slurp("growth-compared.dat");
    assert_int_equal(read_block(dat, 0, years, v, 16), 2);
    assert_close(v[0], 100.0 * 9500.0 / 5908.0);
    assert_close(v[1], 100.0 * 313.2 / 364.0);
    free(dat);
    dat = slurp("shares.dat");
    assert_int_equal(read_block(dat, 0, years, v, 16), 2);
    assert_non_null(strstr(dat, "\n1 0 21.8 \"21.8%\"\n"));
    assert_non_null(strstr(dat, "\n2 0 24 \"24%\"\n"));
    assert_non_null(strstr(dat, "\n1 21.8 100 \"\"\n"));
    free(dat);
}

static void test_lang_en(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    char *gp;
    (void)state;

    options(&o, false);
    o.lang = "en";
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    gp = slurp("gdp.gp");
    assert_non_null(strstr(gp, "set label 101 'Gross regional product: the stated 7.6% a year "
                               "is at comparable prices; at current prices 9.97% a year; the gap "
                               "is price change'"));
    assert_non_null(strstr(gp, "set ylabel '100 million yuan'"));
    assert_null(strstr(gp, "set xlabel"));  /* the tics are years: no "Year" label */
    free(gp);
    gp = slurp("claims.gp");
    assert_non_null(strstr(gp, "'Resident population 2016–2021 total change' 3"));
    free(gp);
}

/* A unit of the same family is converted into the first stated row's:
 * 0.5908 万亿元 and 9500 亿元 (9.5e11 元) give 0.95 万亿元 in 2021. */
static void test_units_converted(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    int years[4];
    double v[4];
    char *dat;
    (void)state;

    fx_row(&rows, "GDP", NULL, 2016, 0.5908, "万亿元", 1e12, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2021, 9500, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    /* Another base unit cannot share the axis: left out. */
    fx_row(&rows, "GDP", NULL, 2019, 7, "万人", 1e4, "人", ANALYSIS_ROW_STATED, NULL);
    options(&o, false);
    assert_int_equal(pw(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    assert_int_equal(res.charts, 2);  /* growth compared and GDP's bars */
    dat = slurp("gdp.dat");
    assert_int_equal(read_block(dat, 0, years, v, 4), 2);
    assert_close(v[0], 0.5908);
    assert_close(v[1], 0.95);
    free(dat);
    fx_free(&fs, &rows);
}

/* Path rows cover the years between the levels they join; the line is
 * drawn on to a level only where the path, continued a year at its own
 * rate, lands on it: the endpoint path 100 -> 200 (2^(1/5) a year) meets
 * both levels, the 5%-a-year path from 2016 only the base. */
static void test_paths_meet_their_levels(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    int years[8];
    double v[8];
    char *dat;
    (void)state;

    fx_row(&rows, "GDP", NULL, 2016, 100, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2021, 200, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    for (int y = 2017; y <= 2020; y++) {
        fx_row(&rows, "GDP", NULL, y, 100 * pow(2.0, (y - 2016) / 5.0), "亿元", 1e8, "元",
               ANALYSIS_ROW_PATH, "endpoint");
        fx_row(&rows, "GDP", NULL, y, 100 * pow(1.05, y - 2016), "亿元", 1e8, "元",
               ANALYSIS_ROW_PATH, "stated 5%");
    }
    /* An official figure: a line chart, where paths are drawn. */
    fx_row(&rows, "GDP", NULL, 2019, 150, "亿元", 1e8, "元", ANALYSIS_ROW_OFFICIAL, NULL);
    options(&o, false);
    assert_int_equal(pw(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    dat = slurp("gdp.dat");
    assert_int_equal(read_block(dat, 0, years, v, 8), 6);
    assert_int_equal(years[0], 2016);
    assert_int_equal(years[5], 2021);
    assert_close(v[5], 200);
    assert_int_equal(read_block(dat, 1, years, v, 8), 5);
    assert_int_equal(years[0], 2016);
    assert_int_equal(years[4], 2020);
    assert_close(v[4], 100 * pow(1.05, 4));
    free(dat);
    fx_free(&fs, &rows);
}

/* Marks the path rows whose derivation is deriv with how they were built. */
static void set_path(analysis_rows *rows, const char *deriv, double rate, bool stated, int from,
                     int to)
{
    for (size_t i = 0; i < rows->count; i++) {
        analysis_row *r = &rows->items[i];
        if (r->source != ANALYSIS_ROW_PATH || !r->derivation || strcmp(r->derivation, deriv))
            continue;
        r->path_rate = rate;
        r->path_stated = stated;
        r->path_from = from;
        r->path_to = to;
    }
}

/* Writes rows with lang and returns gdp.gp; free() it. */
static char *gdp_script(analysis_rows *rows, const char *lang)
{
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;

    options(&o, false);
    o.lang = lang;
    assert_int_equal(pw(NULL, &fs, rows, &o, &res, &d), GC_OK);
    return slurp("gdp.gp");
}

/* A path's key entry is built from the row's fields in the chart's
 * language, never from its English derivation.  100 -> 200 over 2016-2021
 * is 2^(1/5) - 1 = 14.8698% a year, shown as 14.87; a stated 5% as 5.
 * Paths over different spans name them: 100 -> 121 over 2016-2018 is 10%,
 * 121 -> 200 over 2018-2021 is (200/121)^(1/3) - 1 = 18.2356%. */
static void test_path_labels(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    char *gp;
    (void)state;

    fx_row(&rows, "GDP", NULL, 2016, 100, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2021, 200, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    for (int y = 2017; y <= 2020; y++) {
        fx_row(&rows, "GDP", NULL, y, 100 * pow(2.0, (y - 2016) / 5.0), "亿元", 1e8, "元",
               ANALYSIS_ROW_PATH, "endpoint CAGR in English");
        fx_row(&rows, "GDP", NULL, y, 100 * pow(1.05, y - 2016), "亿元", 1e8, "元",
               ANALYSIS_ROW_PATH, "stated rate in English");
    }
    fx_row(&rows, "GDP", NULL, 2019, 150, "亿元", 1e8, "元", ANALYSIS_ROW_OFFICIAL, NULL);
    set_path(&rows, "endpoint CAGR in English", 100 * (pow(2.0, 0.2) - 1), false, 2016, 2021);
    set_path(&rows, "stated rate in English", 5, true, 2016, 2021);
    gp = gdp_script(&rows, "zh");
    assert_non_null(strstr(gp, " title '按端点年均增速14.87%的匀速增长路径'"));
    assert_non_null(strstr(gp, " title '按所述年均增速5%的匀速增长路径'"));
    assert_null(strstr(gp, "English"));
    free(gp);
    gp = gdp_script(&rows, "en");
    assert_non_null(strstr(gp, " title 'constant growth at the endpoint CAGR 14.87%'"));
    assert_non_null(strstr(gp, " title 'constant growth at the stated average rate 5%'"));
    assert_null(strstr(gp, "English"));
    free(gp);
    fx_free(&fs, &rows);

    fx_row(&rows, "GDP", NULL, 2016, 100, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2018, 121, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2021, 200, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2017, 110, "亿元", 1e8, "元", ANALYSIS_ROW_PATH, "a");
    for (int y = 2019; y <= 2020; y++)
        fx_row(&rows, "GDP", NULL, y, 121 * pow(200.0 / 121, (y - 2018) / 3.0), "亿元", 1e8, "元",
               ANALYSIS_ROW_PATH, "b");
    set_path(&rows, "a", 10, false, 2016, 2018);
    set_path(&rows, "b", 100 * (pow(200.0 / 121, 1.0 / 3) - 1), false, 2018, 2021);
    gp = gdp_script(&rows, "zh");
    assert_non_null(strstr(gp, " title '2016–2018年按端点年均增速10%的匀速增长路径'"));
    assert_non_null(strstr(gp, " title '2018–2021年按端点年均增速18.24%的匀速增长路径'"));
    free(gp);
    gp = gdp_script(&rows, "en");
    assert_non_null(strstr(gp, " title 'constant growth 2018–2021 at the endpoint CAGR 18.24%'"));
    free(gp);
    fx_free(&fs, &rows);
}

/* A level implied from "more than 10%" growth has no lower bound but
 * zero: the error bar stops at the value, and the data keep the value as
 * the open side, so nothing stretches or invents a bound. */
static void test_open_side(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_row *a;
    char *dat, *gp;
    (void)state;

    fx_row(&rows, "GDP", NULL, 2016, 5908, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "GDP", NULL, 2021, 9500, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    a = fx_row(&rows, "GDP", NULL, 2020, 8636, "亿元", 1e8, "元", ANALYSIS_ROW_IMPLIED, "yoy");
    a->iv.lo = 0;
    a->iv.hi = 8721;
    gp = gdp_script(&rows, "en");
    assert_non_null(strstr(gp, "with yerrorbars"));
    free(gp);
    dat = slurp("gdp.dat");
    assert_non_null(strstr(dat, "\n2020 8636 8636 8721 \"8,636\"\n"));
    free(dat);
    fx_free(&fs, &rows);
}

/* Two different revenues stated for 2016: both drawn side by side,
 * flagged on the axis, and listed in the result for the summary. */
static void test_conflicts(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    plots_result res = PLOTS_RESULT_INIT;
    gc_diag d;
    char *gp, *dat;
    (void)state;

    fx_row(&rows, "一般公共预算收入", "General budget revenue", 2016, 100, "亿元", 1e8, "元",
           ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "一般公共预算收入", "General budget revenue", 2016, 105, "亿元", 1e8, "元",
           ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "一般公共预算收入", "General budget revenue", 2021, 150, "亿元", 1e8, "元",
           ANALYSIS_ROW_STATED, NULL);
    options(&o, false);
    assert_int_equal(plots_write(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    assert_int_equal(res.nconflicts, 1);
    assert_string_equal(res.conflicts[0].indicator, "一般公共预算收入");
    assert_int_equal(res.conflicts[0].year, 2016);
    assert_close(res.conflicts[0].a, 100);
    assert_close(res.conflicts[0].b, 105);
    assert_string_equal(res.conflicts[0].unit, "亿元");
    gp = slurp("general-budget-revenue.gp");
    assert_non_null(strstr(gp, "'2016年（两个所述值）' 0, '2016年（两个所述值）' 1, '2021年' 2"));
    free(gp);
    dat = slurp("general-budget-revenue.dat");
    assert_non_null(strstr(dat, "\n0 100 \"100\"\n1 105 \"105\"\n2 150 \"150\"\n"));
    free(dat);
    plots_result_free(&res);
    fx_free(&fs, &rows);
}

/* An index needs a positive base; a trajectory needs two years. */
static void test_nothing_to_show(void **state)
{
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    (void)state;

    fx_row(&rows, "净利润", NULL, 2016, 0, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "净利润", NULL, 2021, 5, "亿元", 1e8, "元", ANALYSIS_ROW_STATED, NULL);
    fx_row(&rows, "企业数", NULL, 2021, 50, "家", 1, "家", ANALYSIS_ROW_STATED, NULL);
    options(&o, false);
    assert_int_equal(pw(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    assert_int_equal(res.charts, 1);  /* the trajectory of 净利润 only */
    assert_false(exists("index.gp"));
    fx_free(&fs, &rows);
    /* Nothing at all: no chart, no render-all.gp, gnuplot not needed. */
    assert_int_equal(remove(in_out("render-all.gp")), 0);
    options(&o, true);
    o.gnuplot = "/nonexistent/gnuplot";
    assert_int_equal(pw(NULL, NULL, NULL, &o, &res, &d), GC_OK);
    assert_false(exists("render-all.gp"));
    assert_int_equal(res.charts, 0);
    assert_false(res.rendered);
}

/* More checked rates than the height shows legibly: the largest gaps are
 * kept, (900 - 250) * 10 / (16 * 19) = 21 rows, and the title says so. */
static void test_claims_capped(void **state)
{
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows none = ANALYSIS_ROWS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    char *dat, *gp;
    size_t lines = 0;
    (void)state;

    for (int i = 0; i < 40; i++) {
        char name[32];
        snprintf(name, sizeof name, "指标%d", i);
        fx_finding(&fs, name, NULL, ANALYSIS_CHECK_GROWTH_AVG, 2016, 2021, 5, 0.05, 5 + i * 0.25,
                   5 + i * 0.25 - 0.1, 5 + i * 0.25 + 0.1, ANALYSIS_INCONSISTENT);
    }
    options(&o, false);
    assert_int_equal(pw(NULL, &fs, NULL, &o, &res, &d), GC_OK);
    dat = slurp("claims.dat");
    for (char *p = dat; *p; p++)
        if (*p == '\n' && p[1] && p[1] != '#')
            lines++;
    assert_int_equal(lines, 21);
    /* Largest first: 指标39 (5 + 39 * 0.25 = 14.75). */
    assert_non_null(strstr(dat, "\n1 5 14.75 "));
    free(dat);
    gp = slurp("claims.gp");
    assert_non_null(strstr(gp, "（差距最大的21项，共40项）"));
    assert_non_null(strstr(gp, "'指标39 2016–2021 年均增长' 1"));
    free(gp);
    fx_free(&fs, &none);
}

/* ---- rendering ---- */

static void png_size(const char *name, unsigned *w, unsigned *h)
{
    unsigned char head[24];
    FILE *f = fopen(in_out(name), "rb");

    assert_non_null(f);
    assert_int_equal(fread(head, 1, sizeof head, f), sizeof head);
    fclose(f);
    assert_memory_equal(head, "\x89PNG\r\n\x1a\n", 8);
    assert_memory_equal(head + 12, "IHDR", 4);
    *w = (unsigned)head[16] << 24 | (unsigned)head[17] << 16 | (unsigned)head[18] << 8 | head[19];
    *h = (unsigned)head[20] << 24 | (unsigned)head[21] << 16 | (unsigned)head[22] << 8 | head[23];
}

static void test_render_all_formats(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    unsigned w, h;
    char *svg, *pdf;
    (void)state;

    options(&o, true);
    o.formats = PLOTS_PNG | PLOTS_SVG | PLOTS_PDF;
    o.width = 960;
    o.height = 540;
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    assert_true(res.rendered);
    png_size("claims.png", &w, &h);
    assert_int_equal(w, 960);
    assert_int_equal(h, 540);
    png_size("population.png", &w, &h);
    assert_int_equal(w, 960);
    assert_int_equal(h, 540);
    png_size("gdp.png", &w, &h);   /* a multiplot: every format */
    assert_int_equal(w, 960);
    svg = slurp("gdp.svg");
    assert_non_null(strstr(svg, "width=\"960\" height=\"540\""));
    assert_non_null(strstr(svg, "物量指数"));
    free(svg);
    svg = slurp("growth-compared.svg");
    assert_non_null(strstr(svg, "变化对比"));
    free(svg);
    pdf = slurp("shares.pdf");
    assert_int_equal(strncmp(pdf, "%PDF-", 5), 0);
    free(pdf);
}

/* Runs "program arg" in out/ and returns its exit status. */
static int run_in_out(const char *program, const char *arg)
{
    pid_t pid = fork();
    int st;

    if (pid == 0) {
        if (chdir(out) != 0 || !freopen("/dev/null", "w", stdout)
            || !freopen("/dev/null", "w", stderr))
            _exit(127);
        execlp(program, program, arg, (char *)NULL);
        _exit(127);
    }
    assert_true(pid > 0);
    assert_int_equal(waitpid(pid, &st, 0), pid);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Runs gnuplot on each chart script in out/; returns how many ran. */
static size_t rerun_every_script(void)
{
    DIR *dp = opendir(out);
    struct dirent *e;
    size_t n = 0;

    assert_non_null(dp);
    while ((e = readdir(dp)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len < 4 || strcmp(e->d_name + len - 3, ".gp") != 0
            || !strcmp(e->d_name, "render-all.gp"))
            continue;
        if (run_in_out("gnuplot", e->d_name) != 0)
            fail_msg("gnuplot %s failed", e->d_name);
        n++;
    }
    closedir(dp);
    return n;
}

/* Names from a document that try to run commands or break the script. */
static void test_hostile_names(void **state)
{
    static const char *const names[] = {
        "x`touch pwned`",
        "a'; system(\"touch pwned\"); '",
        "two\nlines'; system('touch pwned')",
        "@macro",
        "x^2_{i} \\101 & ~",
        "'''lead''''; system('touch pwned') #",
    };
    analysis_findings fs = ANALYSIS_FINDINGS_INIT;
    analysis_rows rows = ANALYSIS_ROWS_INIT;
    plots_options o;
    plots_result res;
    gc_diag d;
    struct stat sb;
    char *gp;
    (void)state;

    for (size_t i = 0; i < 6; i++) {
        const char *unit = names[(i + 1) % 6];
        fx_row(&rows, names[i], NULL, 2016, 100 + i, unit, 1, unit, ANALYSIS_ROW_STATED, names[i]);
        fx_row(&rows, names[i], NULL, 2021, 150 + i, unit, 1, unit, ANALYSIS_ROW_STATED, NULL);
        fx_row(&rows, names[i], NULL, 2018, 120 + i, unit, 1, unit, ANALYSIS_ROW_PATH, names[i]);
        fx_finding(&fs, names[i], names[(i + 2) % 6], ANALYSIS_CHECK_GROWTH_AVG, 2016, 2021,
                   8, 0.05, 8.4 + i, 8.3 + i, 8.5 + i, ANALYSIS_INCONSISTENT);
    }
    options(&o, true);
    o.lang = "en";  /* indicator_en (also hostile) on the overview */
    assert_int_equal(pw(NULL, &fs, &rows, &o, &res, &d), GC_OK);
    assert_true(res.rendered);
    assert_int_equal(res.charts, 8);  /* claims, growth compared, 6 indicators */
    assert_int_not_equal(stat(in_out("pwned"), &sb), 0);
    assert_int_not_equal(stat("pwned", &sb), 0);
    assert_true(exists("claims.png"));
    gp = slurp("two-lines-system-touch-pwned.gp");
    assert_non_null(strstr(gp, "set label 101 'twolines’; system(’touch pwned’): the stated"));
    free(gp);
    gp = slurp("macro.gp");
    assert_non_null(strstr(gp, "set label 101 '\\@macro: the stated"));
    free(gp);
    /* Every script reruns by itself, from its folder, and so does the lot. */
    assert_int_equal(rerun_every_script(), 8);
    assert_int_equal(run_in_out("gnuplot", "render-all.gp"), 0);
    assert_int_not_equal(stat(in_out("pwned"), &sb), 0);
    fx_free(&fs, &rows);
}

/* ---- failures ---- */

static void test_gnuplot_missing(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    (void)state;

    options(&o, true);
    o.gnuplot = "/nonexistent/gnuplot";
    assert_int_equal(write_seed(&o, &res, &d), GC_ENOTFOUND);
    assert_int_equal(res.charts, 6);
    assert_false(res.rendered);
    assert_true(exists("claims.gp"));
    assert_true(exists("render-all.gp"));
    assert_false(exists("claims.png"));
    assert_non_null(strstr(d.message, "gnuplot not found"));
    /* Not on PATH either. */
    o.gnuplot = "no-such-gnuplot-here";
    assert_int_equal(write_seed(&o, &res, &d), GC_ENOTFOUND);
}

/* A gnuplot that fails: its first error line, split into file and line. */
static void test_gnuplot_fails(void **state)
{
    char fake[160];
    FILE *f;
    plots_options o;
    plots_result res;
    gc_diag d;
    (void)state;

    snprintf(fake, sizeof fake, "%s/fake-gnuplot", dir);
    f = fopen(fake, "w");
    assert_non_null(f);
    fputs("#!/bin/sh\n"
          "echo '\"claims.gp\" line 2: warning: iconv failed to convert degree sign' >&2\n"
          "echo '         plot foo' >&2\n"
          "echo '              ^' >&2\n"
          "echo '\"claims.gp\" line 17: undefined variable: foo' >&2\n"
          "exit 1\n", f);
    assert_int_equal(fclose(f), 0);
    assert_int_equal(chmod(fake, 0755), 0);
    options(&o, true);
    o.gnuplot = fake;
    assert_int_equal(write_seed(&o, &res, &d), GC_EEXTERNAL);
    assert_false(res.rendered);
    assert_string_equal(d.file, in_out("claims.gp"));
    assert_int_equal(d.line, 17);
    assert_string_equal(d.message, "gnuplot: undefined variable: foo");
    /* A program that is not gnuplot and exits non-zero without a word. */
    o.gnuplot = "/bin/false";
    assert_int_equal(write_seed(&o, &res, &d), GC_EEXTERNAL);
}

static void test_bad_folder_and_options(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    char file[160];
    FILE *f;
    (void)state;

    snprintf(file, sizeof file, "%s/plain-file", dir);
    f = fopen(file, "w");
    assert_non_null(f);
    fclose(f);
    options(&o, false);
    o.outdir = file;
    assert_int_equal(write_seed(&o, &res, &d), GC_EIO);
    assert_string_equal(d.file, file);
    snprintf(file, sizeof file, "%s/plain-file/sub", dir);
    o.outdir = file;
    assert_int_equal(write_seed(&o, &res, &d), GC_EIO);
    assert_int_equal(res.charts, 0);

    options(&o, false);
    o.outdir = NULL;
    assert_int_equal(write_seed(&o, &res, &d), GC_EINVAL);
    assert_int_equal(pw(NULL, NULL, NULL, NULL, &res, &d), GC_EINVAL);
    options(&o, false);
    o.width = 50;
    assert_int_equal(write_seed(&o, &res, &d), GC_EINVAL);
    options(&o, false);
    o.formats = 8;
    assert_int_equal(write_seed(&o, &res, &d), GC_EINVAL);
}

/* The folder is created with its parents, and written into, never emptied. */
static void test_folder_kept(void **state)
{
    plots_options o;
    plots_result res;
    gc_diag d;
    char deep[160];
    FILE *f;
    (void)state;

    assert_int_equal(mkdir(out, 0755), 0);
    f = fopen(in_out("keep.txt"), "w");
    assert_non_null(f);
    fclose(f);
    options(&o, false);
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    assert_true(exists("keep.txt"));
    assert_true(exists("claims.gp"));
    /* Twice: the same names, nothing added beside them. */
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    assert_false(exists("claims-2.gp"));
    snprintf(deep, sizeof deep, "%s/a/b/c", out);
    o.outdir = deep;
    assert_int_equal(write_seed(&o, &res, &d), GC_OK);
    assert_true(exists("a/b/c/claims.gp"));
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, make_dir, remove_dir)
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stems),
        cmocka_unit_test(test_indicator_stems),
        cmocka_unit_test(test_merge_labels),
        cmocka_unit_test(test_options_lang_default),
        T(test_english_document),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_quoted_text_clipped),
        T(test_seed_files),
        T(test_claims_order_and_values),
        T(test_trajectory_data),
        T(test_index_and_shares),
        T(test_lang_en),
        T(test_units_converted),
        T(test_paths_meet_their_levels),
        T(test_path_labels),
        T(test_open_side),
        T(test_conflicts),
        T(test_nothing_to_show),
        T(test_claims_capped),
        T(test_render_all_formats),
        T(test_hostile_names),
        T(test_gnuplot_missing),
        T(test_gnuplot_fails),
        T(test_bad_folder_and_options),
        T(test_folder_kept),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
