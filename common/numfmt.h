/* numfmt.h -- print a double for people: C locale, fixed notation with at
 * most `digits` decimals and no trailing zeros ("9.97", "5908", "-2.96").
 *
 * Self-contained: no project includes, liftable as is. */
#ifndef GC_NUMFMT_H
#define GC_NUMFMT_H

/* Writes v into out and returns out.  Magnitudes of 1e15 and above, and
 * non-zero ones below 1e-6, use %g with digits + 1 significant digits; -0
 * prints as 0; a value that is not finite prints as "n/a", so text built
 * with it never shows nan or inf. */
const char *numfmt(char out[64], double v, int digits);

/* What goes between a number and its unit when printed: a space before a
 * unit written in words ("7.9 percent", "3.2 billion yuan"), nothing before
 * a sign or an ideograph ("7.9%", "5908亿元"), nothing when unit is NULL. */
const char *numfmt_unit_gap(const char *unit);

#endif
