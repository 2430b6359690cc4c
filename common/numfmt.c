/* numfmt.c -- numbers for people; see numfmt.h.  Relies on the program
 * running in the C locale (the decimal point is '.'). */
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char *numfmt(char out[64], double v, int digits)
{
    char *dot, *end;

    if (!isfinite(v)) {
        snprintf(out, 64, "n/a");
        return out;
    }
    if (fabs(v) >= 1e15 || (v != 0 && fabs(v) < 1e-6)) {
        snprintf(out, 64, "%.*g", digits + 1, v);
        return out;
    }
    snprintf(out, 64, "%.*f", digits, v);
    dot = strchr(out, '.');
    if (dot) {
        end = out + strlen(out) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    if (!strcmp(out, "-0"))
        snprintf(out, 64, "0");
    return out;
}

const char *numfmt_unit_gap(const char *unit)
{
    unsigned char c = unit ? (unsigned char)unit[0] : 0;

    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? " " : "";
}
