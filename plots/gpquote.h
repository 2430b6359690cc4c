/* gpquote.h -- quote any text as a gnuplot string literal that can neither
 * run a command nor break the script.
 *
 * Self-contained: no project includes, liftable as is.  The idea: gnuplot
 * expands backquotes (`cmd` runs cmd) and backslash escapes inside
 * double-quoted strings, and a newline ends a command.  Inside single quotes
 * nothing is expanded and the only special character is the quote itself.
 * Its escape, a doubled quote, is not reliable: gnuplot 5.4 reads '''a' as
 * the two strings '' and 'a', and 'a''''b' as 'a''' then 'b' -- a syntax
 * error that loses the chart.  So no quote goes inside the literal at all:
 * each ' of the text becomes U+2019 (’), which reads the same on a chart.
 * The quoter also drops the bytes that could end the line or confuse a
 * terminal: all C0 controls (NUL, tab, newline, CR ...) and DEL.  Bytes
 * from 0x80 up pass through unchanged, so UTF-8 text (Chinese names)
 * survives; the caller should hand over valid UTF-8, but invalid bytes
 * cannot break the script either, since none of them is a quote or a line
 * end.  A literal is thus: a quote, bytes that are neither a quote nor a
 * control, a quote.
 *
 * Labels, titles and tic labels are also read as "enhanced text", where
 * ^ _ @ & ~ { } and \ are markup (x^2, {/Bold ...}, \101 octal codes).  By
 * default the quoter puts a backslash before each of them, which in a
 * single-quoted string makes enhanced text print the character as is; the
 * script can then keep gnuplot's default enhanced mode, so a user restyling
 * it may use markup in their own titles.  Text that is not enhanced (file
 * names, font names, terminals set to noenhanced) takes GP_QUOTE_PLAIN. */
#ifndef GPQUOTE_H
#define GPQUOTE_H

#include <stddef.h>

/* Flags for gp_quote_mem(). */
#define GP_QUOTE_PLAIN 1u  /* do not escape enhanced-text markup */

/* Writes in[0..len) as a single-quoted gnuplot string literal (see above)
 * into out[0..size), snprintf-style: the result is NUL-terminated whenever
 * size > 0, truncated if it does not fit, and the return value is the length
 * the whole literal needs, not counting the NUL.  Use out only when the
 * return value is < size; a truncated literal is unterminated.  out may be
 * NULL when size is 0, to measure.  in may contain NUL bytes (they are
 * dropped); in may be NULL when len is 0.
 *
 *     char q[256];
 *     if (gp_quote_mem(q, sizeof q, name, strlen(name), 0) >= sizeof q)
 *         ... too long: allocate the returned length + 1 and call again ...
 *     fprintf(script, "set title %s\n", q);
 */
size_t gp_quote_mem(char *out, size_t size, const char *in, size_t len, unsigned flags);

/* gp_quote_mem() of the NUL-terminated string in, with markup escaped: the
 * form for titles, labels, key entries and tic labels. */
size_t gp_quote(char *out, size_t size, const char *in);

#endif
