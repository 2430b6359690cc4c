/* test_buf.c -- the growable buffer: always NUL-terminated, geometric growth
 * that keeps the contents, printf, reset keeping memory, detach, and the
 * overflow check on sizes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/buf.h"

static void test_append_and_terminate(void **state)
{
    buf b = BUF_INIT;
    (void)state;
    assert_null(b.data);
    assert_int_equal(buf_append(&b, "ab", 2), 0);
    assert_int_equal(buf_putc(&b, 'c'), 0);
    assert_int_equal(buf_puts(&b, "增长"), 0);
    assert_int_equal(b.len, 3 + strlen("增长"));
    assert_string_equal(b.data, "abc增长");
    assert_true(b.cap > b.len);
    buf_free(&b);
    assert_null(b.data);
    assert_int_equal(b.len, 0);
    buf_free(&b);           /* twice is fine */
    buf_free(NULL);
}

static void test_growth_keeps_contents(void **state)
{
    buf b = BUF_INIT;
    size_t grows = 0, cap = 0;
    (void)state;
    for (int i = 0; i < 100000; i++) {
        assert_int_equal(buf_putc(&b, 'a' + i % 26), 0);
        if (b.cap != cap) {
            grows++;
            cap = b.cap;
        }
    }
    assert_int_equal(b.len, 100000);
    for (int i = 0; i < 100000; i++)
        assert_int_equal(b.data[i], 'a' + i % 26);
    assert_int_equal(b.data[b.len], '\0');
    /* geometric: 64 doubling to past 100000 is 12 allocations */
    assert_true(grows <= 12);
    buf_free(&b);
}

static void test_printf(void **state)
{
    buf b = BUF_INIT;
    (void)state;
    assert_int_equal(buf_printf(&b, "%d%%", 42), 0);
    assert_int_equal(buf_printf(&b, " %s=%.1f", "r", 7.55), 0);
    assert_string_equal(b.data, "42% r=7.5");   /* 7.55 is below 7.55 in binary */
    buf_free(&b);
}

static void test_reset_and_detach(void **state)
{
    buf b = BUF_INIT;
    char *s;
    size_t cap;
    (void)state;
    buf_puts(&b, "hello");
    cap = b.cap;
    buf_reset(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(b.data, "");
    assert_int_equal(b.cap, cap);
    buf_puts(&b, "x");
    s = buf_detach(&b);
    assert_string_equal(s, "x");
    assert_null(b.data);
    free(s);
    s = buf_detach(&b);     /* empty buffer: an empty string, not NULL */
    assert_non_null(s);
    assert_string_equal(s, "");
    free(s);
}

static void test_overflow_refused(void **state)
{
    buf b = BUF_INIT;
    (void)state;
    buf_puts(&b, "keep");
    assert_int_equal(buf_reserve(&b, SIZE_MAX), -1);
    assert_int_equal(buf_reserve(&b, SIZE_MAX - b.len), -1);
    assert_string_equal(b.data, "keep");    /* unchanged on failure */
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_append_and_terminate),
        cmocka_unit_test(test_growth_keeps_contents),
        cmocka_unit_test(test_printf),
        cmocka_unit_test(test_reset_and_detach),
        cmocka_unit_test(test_overflow_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
