/* test_sha256.c -- SHA-256 against the FIPS 180-4 / NIST example vectors,
 * incremental updates cut at every offset, and the base64 form of a CSP
 * hash source (checked against `openssl dgst -sha256 -binary | base64`). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../common/sha256.h"

static void hex(const unsigned char *d, char out[65])
{
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void check(const char *msg, size_t n, const char *want)
{
    unsigned char d[SHA256_DIGEST];
    char h[65];

    sha256(msg, n, d);
    hex(d, h);
    assert_string_equal(h, want);
}

static void test_vectors(void **state)
{
    (void)state;
    check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    check("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    check("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
          "klmnopqrlmnopqrsmnopqrstnopqrstu", 112,
          "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

static void test_million_a(void **state)
{
    char block[1000];
    unsigned char d[SHA256_DIGEST];
    char h[65];
    sha256_ctx c;
    (void)state;

    memset(block, 'a', sizeof block);
    sha256_init(&c);
    for (int i = 0; i < 1000; i++)
        sha256_update(&c, block, sizeof block);
    sha256_final(&c, d);
    hex(d, h);
    assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

/* Every split point of a 200-byte message gives the one-shot digest. */
static void test_split_updates(void **state)
{
    unsigned char msg[200], one[SHA256_DIGEST], two[SHA256_DIGEST];
    (void)state;

    for (size_t i = 0; i < sizeof msg; i++)
        msg[i] = (unsigned char)(i * 7 + 3);
    sha256(msg, sizeof msg, one);
    for (size_t cut = 0; cut <= sizeof msg; cut++) {
        sha256_ctx c;
        sha256_init(&c);
        sha256_update(&c, msg, cut);
        sha256_update(&c, msg + cut, sizeof msg - cut);
        sha256_final(&c, two);
        assert_memory_equal(one, two, SHA256_DIGEST);
    }
}

static void test_base64(void **state)
{
    char b[SHA256_BASE64];
    (void)state;
    sha256_base64("", 0, b);
    assert_string_equal(b, "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    sha256_base64("abc", 3, b);
    assert_string_equal(b, "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_million_a),
        cmocka_unit_test(test_split_updates),
        cmocka_unit_test(test_base64),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
