/* dtoa.h -- the shortest decimal that reads back as the same double, and
 * printf-style layouts of a decimal given by its digits.
 *
 * Self-contained: no project includes, liftable as is.  C locale: the
 * decimal point is always '.'.
 *
 * A decimal is its significant digits d[0..n) (no leading or trailing
 * zeros; "0" for zero) and the power of ten of the first one, e10:
 * 9.5e11 is digits "95", e10 = 11; 0.076 is "76", e10 = -2. */
#ifndef GC_DTOA_H
#define GC_DTOA_H

#include <stddef.h>

/* The most significant digits a double ever needs. */
#define DTOA_MAX_DIGITS 17

/* Writes the fewest significant digits of |v| whose decimal reads back
 * (strtod, round to nearest) as exactly |v|, choosing the nearest such
 * decimal when several have that many digits.  v must be finite.  Returns
 * the number of digits written to digits (not NUL-terminated) and sets
 * *e10.  Zero is "0" with e10 = 0.
 *
 * Decimals of up to 15 digits between 1e-8 and 1e37 -- every figure read
 * from a report -- are found with two exact floating-point operations; the
 * rest are found by printing with %.*e and reading back, nearest first. */
int dtoa_shortest(double v, char digits[DTOA_MAX_DIGITS + 1], int *e10);

/* Lays out the decimal (neg, digits[0..n), e10) as printf's %.*g with
 * precision prec would when the value has at most prec significant digits:
 * exponent form ("1.5e+15", "7e-05") when e10 < -4 or e10 >= prec, else
 * fixed ("950000000000", "0.076"); no trailing zeros; "-" first when neg.
 * out needs n + 30 bytes (or e10 + 30 for a fixed large value).  Returns the
 * bytes written, NUL not counted. */
size_t dtoa_layout_g(char *out, int neg, const char *digits, int n, int e10, int prec);

/* Lays out the decimal in fixed notation with no trailing zeros ("5908",
 * "0.000125", "-2.96"), as %.*f would with enough decimals, then stripped.
 * out needs n + |e10| + 4 bytes.  Returns the bytes written. */
size_t dtoa_layout_f(char *out, int neg, const char *digits, int n, int e10);

/* Writes v as a JSON number the way cJSON lays numbers out, but with the
 * shortest round-trip digits: a whole number within the range of int as an
 * integer ("-0" as "0"); otherwise the shortest digits, in %g layout with
 * precision 15 (17 when they need 16 or 17 digits).  A value that is not
 * finite is "null".  out needs 32 bytes.  Returns the bytes written. */
size_t dtoa_json(char out[32], double v);

#endif
