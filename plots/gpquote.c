/* gpquote.c -- gnuplot string literals from untrusted text.
 *
 * See gpquote.h for why a single-quoted literal with no quote inside, no
 * control bytes and backslash-escaped markup is safe. */
#include <string.h>

#include "gpquote.h"

/* Enhanced-text markup: superscript, subscript, phantom box, space,
 * overprint, grouping, and the escape character itself (octal codes). */
static int is_markup(unsigned char c)
{
    return c != '\0' && strchr("^_@&~{}\\", c) != NULL;
}

/* Appends byte c at out[*n] when it fits (leaving room for the NUL), and
 * counts it either way. */
static void put(char *out, size_t size, size_t *n, char c)
{
    if (*n + 1 < size)
        out[*n] = c;
    (*n)++;
}

size_t gp_quote_mem(char *out, size_t size, const char *in, size_t len, unsigned flags)
{
    size_t n = 0;

    put(out, size, &n, '\'');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)in[i];
        if (c < 0x20 || c == 0x7f)
            continue;
        if (c == '\'') {
            /* U+2019 RIGHT SINGLE QUOTATION MARK, in UTF-8 */
            put(out, size, &n, '\xe2');
            put(out, size, &n, '\x80');
            put(out, size, &n, '\x99');
            continue;
        }
        if (!(flags & GP_QUOTE_PLAIN) && is_markup(c))
            put(out, size, &n, '\\');
        put(out, size, &n, (char)c);
    }
    put(out, size, &n, '\'');
    if (size > 0)
        out[n < size ? n : size - 1] = '\0';
    return n;
}

size_t gp_quote(char *out, size_t size, const char *in)
{
    return gp_quote_mem(out, size, in, in ? strlen(in) : 0, 0);
}
