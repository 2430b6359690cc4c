/* numbers.c -- numbers as a chart shows them: fixed notation with thousands
 * separators (never e-notation, whatever the magnitude), a display unit
 * that keeps them short (万亿元 rather than 10,000亿元), and a y axis of
 * round tics written out one by one, so that gnuplot never formats a
 * number itself. */
#include <ctype.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "plots_int.h"

/* Whether an indicator counts people, by its English or Chinese name. */
static bool counts_people(const char *indicator, const char *indicator_en)
{
    static const char *const zh[] = { "人口", "人数", "就业", "职工", "从业", "游客", "劳动力" };
    static const char *const en[] = { "population", "people", "persons", "jobs", "employ",
                                      "workers", "visitors", "tourists", "labour force" };
    char low[128];
    size_t n = 0;

    for (size_t i = 0; indicator && i < sizeof zh / sizeof zh[0]; i++)
        if (strstr(indicator, zh[i]))
            return !strstr(indicator, "人均");
    for (const char *p = indicator_en ? indicator_en : ""; *p && n + 1 < sizeof low; p++)
        low[n++] = (char)tolower((unsigned char)*p);
    low[n] = '\0';
    if (strstr(low, "per capita") || strstr(low, "per 10,000"))
        return false;
    for (size_t i = 0; i < sizeof en / sizeof en[0]; i++)
        if (strstr(low, en[i]))
            return true;
    return false;
}

const char *pl_unit_of(const char *unit, const char *indicator, const char *indicator_en)
{
    static const char *const bare[][3] = {
        { "万", "万人", "万人次" }, { "亿", "亿人", "亿人次" }, { "", "人", "人次" },
        { "千", "千人", "千人次" },
    };

    if (!unit)
        unit = "";
    if (!counts_people(indicator, indicator_en))
        return unit[0] ? unit : NULL;
    for (size_t i = 0; i < sizeof bare / sizeof bare[0]; i++)
        if (!strcmp(unit, bare[i][0]))
            return indicator && strstr(indicator, "人次") ? bare[i][2] : bare[i][1];
    return unit[0] ? unit : NULL;
}

pl_scale pl_scale_for(const char *unit, double maxabs)
{
    static const struct {
        const char *from, *to;
        double at, div;
    } steps[] = {
        { "亿元", "万亿元", 1e4, 1e4 },
        { "万元", "亿元", 1e4, 1e4 },
        { "元", "亿元", 1e8, 1e8 },
        { "元", "万元", 1e4, 1e4 },
        { "亿美元", "万亿美元", 1e4, 1e4 },
        { "万美元", "亿美元", 1e4, 1e4 },
        { "美元", "亿美元", 1e8, 1e8 },
        { "美元", "万美元", 1e4, 1e4 },
        { "人", "万人", 1e4, 1e4 },
        { "万人", "亿人", 1e4, 1e4 },
        { "吨", "万吨", 1e4, 1e4 },
    };

    for (size_t i = 0; unit && i < sizeof steps / sizeof steps[0]; i++)
        if (!strcmp(unit, steps[i].from) && maxabs >= steps[i].at)
            return (pl_scale){ steps[i].div, steps[i].to };
    return (pl_scale){ 1.0, unit ? unit : "" };
}

int pl_digits(double v, int most)
{
    double a = fabs(v);
    int d = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;

    return d > most ? most : d;
}

const char *pl_numtext(char out[64], double v, int digits)
{
    char raw[64], *dot;
    size_t n, k = 0, intlen, start;

    if (!isfinite(v)) {
        snprintf(out, 64, "n/a");
        return out;
    }
    if (fabs(v) >= 1e15)
        digits = 0;
    snprintf(raw, sizeof raw, "%.*f", digits < 0 ? 0 : digits, v);
    if ((dot = strchr(raw, '.')) != NULL) {       /* trailing zeros off */
        n = strlen(raw);
        while (n > 0 && raw[n - 1] == '0')
            raw[--n] = '\0';
        if (raw[n - 1] == '.')
            raw[--n] = '\0';
    }
    if (!strcmp(raw, "-0"))
        snprintf(raw, sizeof raw, "0");
    start = raw[0] == '-' ? 1 : 0;
    dot = strchr(raw, '.');
    intlen = (dot ? (size_t)(dot - raw) : strlen(raw)) - start;
    if (start)
        out[k++] = '-';
    for (size_t i = 0; i < intlen && k < 60; i++) {
        if (i > 0 && (intlen - i) % 3 == 0)
            out[k++] = ',';
        out[k++] = raw[start + i];
    }
    snprintf(out + k, 64 - k, "%s", dot ? dot : "");
    return out;
}

/* A round step near span / 5: 1, 2, 2.5 or 5 times a power of ten. */
static double round_step(double span)
{
    double raw = span / 5, p = pow(10, floor(log10(raw))), m = raw / p;

    return p * (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10);
}

int pl_yaxis(buf *g, double lo, double hi, const char *axis)
{
    double step, top, bottom;
    int digits, n = 0;
    char t[64];

    if (!(hi > lo))
        hi = lo + (lo != 0 ? fabs(lo) : 1);
    step = round_step(hi - lo);
    top = ceil(hi * 1.12 / step) * step;      /* room above the highest label */
    bottom = lo >= 0 ? lo : floor(lo * 1.05 / step) * step;
    digits = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    if (step == 2.5 * pow(10, floor(log10(step))) && step < 10)
        digits++;
    if (buf_puts(g, "set yrange [") != 0 || pl_num(g, bottom) != 0 || buf_putc(g, ':') != 0
        || pl_num(g, top) != 0 || buf_printf(g, "]  # %s\nset ytics (", axis) != 0)
        return -1;
    for (double y = bottom; y <= top + step / 2 && n < 40; y = bottom + step * ++n)
        if (buf_printf(g, "%s\"%s\" ", n ? ", " : "", pl_numtext(t, y, digits)) != 0
            || pl_num(g, fabs(y) < step * 1e-9 ? 0 : y) != 0)
            return -1;
    return buf_puts(g, ")\n");
}
