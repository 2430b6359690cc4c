/* test_gpquote.c -- gp_quote: exact literals for hostile text, snprintf
 * semantics, and real gnuplot proving the literals are inert (no command
 * runs, the text prints as written). */
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

#include "../../plots/gpquote.h"

static void expect_quote(const char *in, const char *want)
{
    char out[256];
    size_t n = gp_quote(out, sizeof out, in);

    assert_int_equal(n, strlen(want));
    assert_string_equal(out, want);
}

static void expect_plain(const char *in, size_t len, const char *want)
{
    char out[256];
    size_t n = gp_quote_mem(out, sizeof out, in, len, GP_QUOTE_PLAIN);

    assert_int_equal(n, strlen(want));
    assert_string_equal(out, want);
}

static void test_plain_text(void **state)
{
    (void)state;
    expect_quote("GDP", "'GDP'");
    expect_quote("", "''");
    expect_quote(NULL, "''");
    expect_quote("地区生产总值", "'地区生产总值'");
    expect_quote("9500亿元 (2021)", "'9500亿元 (2021)'");
}

/* A quote becomes ’ (U+2019): gnuplot 5.4 misreads doubled quotes at the
 * start of a string or next to each other, so none goes inside. */
static void test_quotes_replaced(void **state)
{
    (void)state;
    expect_quote("a'b", "'a’b'");
    expect_quote("'", "'’'");
    expect_quote("'''x", "'’’’x'");
    expect_quote("a'; system(\"touch pwned\"); '",
                 "'a’; system(\"touch pwned\"); ’'");
    /* Double quotes and backquotes are ordinary inside single quotes. */
    expect_quote("x`touch pwned`", "'x`touch pwned`'");
    expect_quote("\"x\"", "'\"x\"'");
}

static void test_controls_removed(void **state)
{
    static const char nul_inside[] = "a\0b";
    (void)state;
    expect_quote("line1\nline2", "'line1line2'");
    expect_quote("a\r\n\tb\x7f\x01\x1f" "c", "'abc'");
    expect_quote("'\n'", "'’’'");
    /* By length: an embedded NUL is dropped, not an end. */
    expect_plain(nul_inside, sizeof nul_inside - 1, "'ab'");
    expect_plain("\n", 1, "''");
}

static void test_markup_escaped(void **state)
{
    (void)state;
    expect_quote("@macro", "'\\@macro'");
    expect_quote("x^2_{i}", "'x\\^2\\_\\{i\\}'");
    expect_quote("a&b~c", "'a\\&b\\~c'");
    expect_quote("\\101", "'\\\\101'");
    /* Plain mode leaves markup alone (file names, noenhanced text). */
    expect_plain("a_b@c\\d", 7, "'a_b@c\\d'");
    expect_plain("it's", 4, "'it’s'");
}

static void test_bytes_above_ascii_pass(void **state)
{
    char out[16];
    (void)state;
    /* Invalid UTF-8 cannot form a quote or a line end: kept as is. */
    assert_int_equal(gp_quote_mem(out, sizeof out, "\xff\xfe\x80", 3, 0), 5);
    assert_memory_equal(out, "'\xff\xfe\x80'", 6);
}

static void test_snprintf_semantics(void **state)
{
    char out[8];
    (void)state;
    /* Measuring with a NULL buffer. */
    assert_int_equal(gp_quote_mem(NULL, 0, "a'b", 3, 0), 7);  /* ’ is 3 bytes */
    /* Truncation: NUL-terminated, never past size, full length returned. */
    memset(out, 'Z', sizeof out);
    assert_int_equal(gp_quote_mem(out, 4, "abcdef", 6, 0), 8);
    assert_string_equal(out, "'ab");
    assert_int_equal(out[4], 'Z');
    /* Exactly enough room: the literal and its NUL. */
    assert_int_equal(gp_quote_mem(out, 5, "abc", 3, 0), 5);
    assert_string_equal(out, "'abc");
    assert_int_equal(gp_quote_mem(out, 6, "abc", 3, 0), 5);
    assert_string_equal(out, "'abc'");
    /* size 1: only the NUL. */
    assert_int_equal(gp_quote_mem(out, 1, "abc", 3, 0), 5);
    assert_string_equal(out, "");
}

/* ---- with the real gnuplot ---- */

static const char *const hostile[] = {
    "x`touch pwned`",
    "a'; system(\"touch pwned\"); '",
    "new\nline; system('touch pwned')",
    "@macro",
    "x^2_{i} a&b~c \\101",
    "`touch pwned`@pwn",
    "'''; system('touch pwned') #",
    "a''''b ''",
};

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/gc-gpquote-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* Runs "gnuplot t.gp" in dir; returns its exit status. */
static int run_gnuplot(void)
{
    pid_t pid = fork();
    int st;

    if (pid == 0) {
        if (chdir(dir) != 0 || !freopen("/dev/null", "w", stdout))
            _exit(127);
        execlp("gnuplot", "gnuplot", "t.gp", (char *)NULL);
        _exit(127);
    }
    assert_true(pid > 0);
    assert_int_equal(waitpid(pid, &st, 0), pid);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static char *slurp(const char *name)
{
    char path[128];
    FILE *f;
    char *text = calloc(1, 1 << 16);
    size_t n;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "rb");
    assert_non_null(f);
    assert_non_null(text);
    n = fread(text, 1, (1 << 16) - 1, f);
    text[n] = '\0';
    fclose(f);
    return text;
}

static void write_script(const char *body)
{
    char path[128];
    FILE *f;

    snprintf(path, sizeof path, "%s/t.gp", dir);
    f = fopen(path, "w");
    assert_non_null(f);
    fputs(body, f);
    assert_int_equal(fclose(f), 0);
}

/* In plain mode the printed string value is the input minus control bytes:
 * gnuplot reads back exactly what was meant, and nothing ran. */
static void test_gnuplot_reads_plain_literals(void **state)
{
    char script[4096] = "macro = 'print \"expanded\"'\nset print 'out.txt'\n";
    char want[2048] = "", path[128];
    struct stat sb;
    char *got;
    (void)state;

    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++) {
        char q[256];
        const char *s = hostile[i];
        size_t at = strlen(want);

        assert_true(gp_quote_mem(q, sizeof q, s, strlen(s), GP_QUOTE_PLAIN) < sizeof q);
        strcat(script, "print ");
        strcat(script, q);
        strcat(script, "\n");
        for (; *s; s++) {
            if (*s == '\'') {
                memcpy(want + at, "’", 3);
                at += 3;
            } else if (*s != '\n') {
                want[at++] = *s;
            }
        }
        want[at++] = '\n';
        want[at] = '\0';
    }
    write_script(script);
    assert_int_equal(run_gnuplot(), 0);
    got = slurp("out.txt");
    assert_string_equal(got, want);
    free(got);
    snprintf(path, sizeof path, "%s/pwned", dir);
    assert_int_not_equal(stat(path, &sb), 0);
}

/* In enhanced text (the default of the cairo and svg terminals) escaped
 * markup prints as written: the SVG carries the literal characters. */
static void test_gnuplot_renders_markup_literally(void **state)
{
    char script[4096] =
        "macro = 'print \"expanded\"'\n"
        "set terminal svg size 600,400 font 'Noto Sans CJK SC,12'\n"
        "set output 't.svg'\n";
    char q[256], path[128];
    struct stat sb;
    char *svg;
    (void)state;

    assert_true(gp_quote(q, sizeof q, "@macro x^2_{i} 地区 \\101") < sizeof q);
    strcat(script, "set title ");
    strcat(script, q);
    assert_true(gp_quote(q, sizeof q, "x`touch pwned`") < sizeof q);
    strcat(script, "\nset xlabel ");
    strcat(script, q);
    assert_true(gp_quote(q, sizeof q, "a'; system(\"touch pwned\"); '") < sizeof q);
    strcat(script, "\nset ylabel ");
    assert_true(gp_quote(q + 200, sizeof q - 200, "''''lead") < sizeof q - 200);
    strcat(script, q + 200);
    strcat(script, "\nplot x title ");
    strcat(script, q);
    strcat(script, "\nset output\n");
    write_script(script);
    assert_int_equal(run_gnuplot(), 0);
    svg = slurp("t.svg");
    assert_non_null(strstr(svg, "@macro x^2_{i} 地区 \\101"));
    assert_non_null(strstr(svg, "x`touch pwned`"));
    assert_non_null(strstr(svg, "’’’’lead"));
    assert_non_null(strstr(svg, "a’; system(\"touch pwned\"); ’"));
    free(svg);
    snprintf(path, sizeof path, "%s/pwned", dir);
    assert_int_not_equal(stat(path, &sb), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_plain_text),
        cmocka_unit_test(test_quotes_replaced),
        cmocka_unit_test(test_controls_removed),
        cmocka_unit_test(test_markup_escaped),
        cmocka_unit_test(test_bytes_above_ascii_pass),
        cmocka_unit_test(test_snprintf_semantics),
        cmocka_unit_test_setup_teardown(test_gnuplot_reads_plain_literals, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(test_gnuplot_renders_markup_literally, make_dir, remove_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
