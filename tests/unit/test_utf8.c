/* test_utf8.c -- the strict UTF-8 decoder: RFC 3629's rules, the difference
 * between a cut sequence and an invalid one, and every split point of a
 * multibyte character fed in two reads (as jq's utf8test does). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/utf8.h"

static void test_decode_lengths(void **state)
{
    static const struct { const char *s; uint32_t cp; int len; } cases[] = {
        { "A", 0x41, 1 }, { "\xC2\xA9", 0xA9, 2 }, { "元", 0x5143, 3 },
        { "\xF0\x9F\x98\x80", 0x1F600, 4 }, { "\xEF\xBC\x98", 0xFF18, 3 },
    };
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t cp = 0;
        int n = utf8_decode((const unsigned char *)cases[i].s, strlen(cases[i].s), &cp);
        assert_int_equal(n, cases[i].len);
        assert_int_equal(cp, cases[i].cp);
    }
}

static void test_invalid_forms(void **state)
{
    static const char *const bad[] = {
        "\x80",                 /* lone continuation */
        "\xC0\xAF",             /* overlong '/' */
        "\xE0\x80\xAF",         /* overlong, three bytes */
        "\xED\xA0\x80",         /* surrogate U+D800 */
        "\xF4\x90\x80\x80",     /* above U+10FFFF */
        "\xFF",                 /* never a lead byte */
        "\xE5\x41",             /* lead then ASCII */
    };
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t cp = 0x1234;
        assert_int_equal(utf8_decode((const unsigned char *)bad[i], strlen(bad[i]), &cp),
                         UTF8_INVALID);
        assert_int_equal(cp, 0x1234);   /* untouched on failure */
    }
}

static void test_incomplete_is_not_invalid(void **state)
{
    const unsigned char *s = (const unsigned char *)"\xF0\x9F\x98\x80";
    uint32_t cp;
    (void)state;
    assert_int_equal(utf8_decode(s, 0, &cp), UTF8_INCOMPLETE);
    for (size_t n = 1; n < 4; n++)
        assert_int_equal(utf8_decode(s, n, &cp), UTF8_INCOMPLETE);
    /* but validate counts a cut sequence as invalid, at its start */
    assert_int_equal(utf8_validate((const unsigned char *)"ab\xE5\x85", 4), 2);
}

/* The plain reading of utf8_validate's contract, one utf8_decode a step. */
static size_t validate_slowly(const unsigned char *s, size_t n)
{
    size_t i = 0;
    uint32_t cp;

    while (i < n) {
        int k = utf8_decode(s + i, n - i, &cp);
        if (k <= 0)
            return i;
        i += (size_t)k;
    }
    return n;
}

/* utf8_validate takes ASCII eight bytes a step and common three-byte
 * characters whole: every lead byte with every second and third byte, after
 * ASCII runs of every length around the eight-byte steps, and cut at every
 * length, gives the same answer as one decode a step. */
static void test_validate_fast_paths(void **state)
{
    unsigned char s[32];
    (void)state;

    for (size_t pre = 0; pre < 18; pre += 1) {
        memset(s, 'a', pre);
        for (unsigned lead = 0x80; lead <= 0xFF; lead++)
            for (unsigned b1 = 0x70; b1 <= 0xD0; b1 += 4)
                for (unsigned b2 = 0x70; b2 <= 0xD0; b2 += 8) {
                    s[pre] = (unsigned char)lead;
                    s[pre + 1] = (unsigned char)b1;
                    s[pre + 2] = (unsigned char)b2;
                    s[pre + 3] = 0x80;
                    memset(s + pre + 4, 'b', 9);
                    for (size_t n = pre; n <= pre + 13; n++)
                        assert_int_equal(utf8_validate(s, n), validate_slowly(s, n));
                }
    }
    /* the edges of the three-byte ranges the fast path takes */
    {
        static const unsigned char cases[][3] = {
            { 0xE0, 0x9F, 0xBF }, { 0xE0, 0xA0, 0x80 }, { 0xED, 0x9F, 0xBF }, { 0xED, 0xA0, 0x80 },
            { 0xEC, 0xBF, 0xBF }, { 0xEE, 0x80, 0x80 }, { 0xEF, 0xBF, 0xBF }, { 0xE1, 0xC0, 0x80 },
        };
        for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
            assert_int_equal(utf8_validate(cases[i], 3), validate_slowly(cases[i], 3));
    }
}

/* Long texts of mostly three-byte characters, as a Chinese report is,
 * with ASCII, other lengths and one bad byte at random places: the blocks
 * of fifteen bytes utf8_validate takes at once must not change its answer
 * (a fixed pseudo-random sequence, so a failure can be replayed). */
static void test_validate_long_runs(void **state)
{
    static const unsigned char pieces[][4] = {
        { 0xE4, 0xB8, 0x80 }, { 0xE9, 0xBE, 0xA5 }, { 0xEF, 0xBC, 0x8C }, { 0xE3, 0x80, 0x82 },
        { 0xE0, 0xA0, 0x80 }, { 0xED, 0x9F, 0xBF }, { '7' }, { 'a' }, { 0xC2, 0xA0 },
        { 0xF0, 0x9F, 0x98, 0x80 }, { 0xEE, 0x80, 0x80 },
    };
    static const unsigned char lens[] = { 3, 3, 3, 3, 3, 3, 1, 1, 2, 4, 3 };
    static const unsigned char bad[] = { 0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF5, 0xFF, 'x' };
    unsigned char s[400];
    uint32_t seed = 12345;
    (void)state;

    for (int round = 0; round < 3000; round++) {
        size_t n = 0;
        while (n < sizeof s - 4) {
            size_t k;
            seed = seed * 1103515245u + 12345u;
            /* three-byte CJK-like pieces most of the time */
            k = (seed >> 16) % 100 < 80 ? (seed >> 8) % 4 : (seed >> 8) % 11;
            memcpy(s + n, pieces[k], lens[k]);
            n += lens[k];
        }
        seed = seed * 1103515245u + 12345u;
        if (round % 2)
            s[(seed >> 8) % n] = bad[(seed >> 20) % sizeof bad];
        for (size_t m = n - 40; m <= n; m++)
            assert_int_equal(utf8_validate(s, m), validate_slowly(s, m));
        assert_int_equal(utf8_validate(s + 1, n - 1), validate_slowly(s + 1, n - 1));
    }
}

/* A tiny streaming decoder over the library's decode: bytes arrive in two
 * reads split at `cut`; an incomplete tail is carried into the next read. */
static size_t decode_in_two_reads(const unsigned char *s, size_t n, size_t cut,
                                  uint32_t *out, size_t max)
{
    unsigned char carry[8];
    size_t ncarry = 0, nout = 0;
    const unsigned char *parts[2] = { s, s + cut };
    size_t lens[2] = { cut, n - cut };

    for (int p = 0; p < 2; p++) {
        unsigned char buf[64];
        size_t len = 0, i = 0;
        memcpy(buf, carry, ncarry);
        memcpy(buf + ncarry, parts[p], lens[p]);
        len = ncarry + lens[p];
        ncarry = 0;
        while (i < len) {
            uint32_t cp;
            int k = utf8_decode(buf + i, len - i, &cp);
            if (k == UTF8_INCOMPLETE) {
                memcpy(carry, buf + i, len - i);
                ncarry = len - i;
                break;
            }
            assert_true(k > 0);
            assert_true(nout < max);
            out[nout++] = cp;
            i += (size_t)k;
        }
    }
    assert_int_equal(ncarry, 0);
    return nout;
}

static void test_split_every_byte(void **state)
{
    /* one, two, three and four byte characters side by side */
    const char *text = "a\xC2\xA9增长\xF0\x9F\x98\x80%";
    const unsigned char *s = (const unsigned char *)text;
    size_t n = strlen(text);
    uint32_t whole[16], split[16];
    size_t nw;
    (void)state;

    nw = decode_in_two_reads(s, n, n, whole, 16);
    assert_int_equal(nw, 6);
    for (size_t cut = 0; cut <= n; cut++) {
        size_t ns = decode_in_two_reads(s, n, cut, split, 16);
        assert_int_equal(ns, nw);
        assert_memory_equal(split, whole, nw * sizeof whole[0]);
    }
}

static void test_encode_roundtrip(void **state)
{
    static const uint32_t cps[] = { 0x24, 0xA2, 0x20AC, 0x5143, 0xFF05, 0x10348, 0x10FFFF };
    (void)state;
    for (size_t i = 0; i < sizeof cps / sizeof cps[0]; i++) {
        unsigned char b[4];
        uint32_t back = 0;
        int n = utf8_encode(cps[i], b);
        assert_true(n > 0);
        assert_int_equal(utf8_decode(b, (size_t)n, &back), n);
        assert_int_equal(back, cps[i]);
    }
    {
        unsigned char b[4];
        assert_int_equal(utf8_encode(0xD800, b), 0);
        assert_int_equal(utf8_encode(0x110000, b), 0);
    }
}

static void test_width(void **state)
{
    (void)state;
    assert_int_equal(utf8_width(0x5143), 2);   /* 元 */
    assert_int_equal(utf8_width(0xFF05), 2);   /* ％ */
    assert_int_equal(utf8_width('%'), 1);
    assert_int_equal(utf8_width(0x0301), 0);   /* combining accent */
    assert_int_equal(utf8_strwidth("GDP 增长 8%"), 11);
    assert_int_equal(utf8_strwidth("a\xFF" "b"), 3);  /* an invalid byte is one column */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_lengths),
        cmocka_unit_test(test_invalid_forms),
        cmocka_unit_test(test_validate_fast_paths),
        cmocka_unit_test(test_validate_long_runs),
        cmocka_unit_test(test_incomplete_is_not_invalid),
        cmocka_unit_test(test_split_every_byte),
        cmocka_unit_test(test_encode_roundtrip),
        cmocka_unit_test(test_width),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
