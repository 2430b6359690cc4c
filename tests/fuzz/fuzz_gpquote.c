/* fuzz_gpquote.c -- the gnuplot string quoter: whatever the input, the output
 * is one single-quoted literal (inner quotes doubled), with no control byte
 * that could end the command, and measuring agrees with writing. */
#include <stdlib.h>
#include <string.h>

#include "../../plots/gpquote.h"
#include "fuzz.h"

static void check_literal(const char *q, size_t n)
{
    FUZZ_CHECK(n >= 2 && q[0] == '\'' && q[n - 1] == '\'');
    for (size_t i = 1; i + 1 < n; i++) {
        unsigned char c = (unsigned char)q[i];
        FUZZ_CHECK(c >= 0x20 && c != 0x7F);
        if (c == '\'') {
            /* an inner quote is always doubled */
            FUZZ_CHECK(i + 2 < n && q[i + 1] == '\'');
            i++;
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned flags = size ? data[0] & 1u : 0;
    const char *in = size ? (const char *)data + 1 : NULL;
    size_t len = size ? size - 1 : 0;
    size_t need = gp_quote_mem(NULL, 0, in, len, flags);
    char *out = malloc(need + 1);
    char small[8];

    if (!out)
        return 0;
    FUZZ_CHECK(gp_quote_mem(out, need + 1, in, len, flags) == need);
    FUZZ_CHECK(strlen(out) == need);
    check_literal(out, need);
    /* truncation still terminates and still reports the full length */
    FUZZ_CHECK(gp_quote_mem(small, sizeof small, in, len, flags) == need);
    FUZZ_CHECK(memchr(small, '\0', sizeof small) != NULL);
    free(out);
    return 0;
}
