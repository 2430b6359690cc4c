/* slug.c -- file names for charts, derived from indicator names that come
 * from documents: the indicator's key when it is ASCII, else a short name
 * for a known English name ("gdp", "general-budget-revenue"), else a slug
 * of the English name cut at a word, else "indicator-N" numbered in the
 * order the run meets such indicators -- never a hash; unique within a
 * run, the same for the same input, and unable to leave the output folder. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

#define SLUG_MAX 50  /* bytes of a slug; with "-N" it fits PL_STEM_MAX */

/* Lower-case ASCII letters and digits of name, other runs as one '-',
 * without leading or trailing '-'; at most SLUG_MAX bytes, and a word the
 * limit cuts is dropped whole ("...-budget-rev" never appears). */
static void slugify(const char *name, char out[SLUG_MAX + 1])
{
    size_t n = 0;
    bool dash = false, cut = false;

    for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
        unsigned char c = (unsigned char)tolower(*p < 128 ? *p : 0);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (n + (dash && n > 0) + 1 > SLUG_MAX) {
                cut = true;
                break;
            }
            if (dash && n > 0)
                out[n++] = '-';
            out[n++] = (char)c;
            dash = false;
        } else {
            dash = true;
        }
    }
    out[n] = '\0';
    if (cut && !dash) {
        char *last = strrchr(out, '-');
        if (last && last - out >= 8)
            *last = '\0';
    }
}

static bool taken(const pl_names *names, const char *stem)
{
    for (size_t i = 0; i < names->count; i++)
        if (!strcmp(names->items[i], stem))
            return true;
    return false;
}

int pl_names_add(pl_names *names, const char *stem)
{
    if (names->count == names->cap) {
        size_t cap = names->cap ? names->cap * 2 : 16;
        void *p = realloc(names->items, cap * sizeof names->items[0]);
        if (!p)
            return GC_ENOMEM;
        names->items = p;
        names->cap = cap;
    }
    snprintf(names->items[names->count++], PL_STEM_MAX, "%s", stem);
    return GC_OK;
}

/* Short file names of the indicators of analysis/indicators.tsv, by their
 * English name: what an economist would call the file.  An English name
 * not listed here gets the slug of the whole name. */
static const char *const short_names[][2] = {
    { "Gross regional product", "gdp" },
    { "Gross domestic product", "gdp" },
    { "Per capita gross regional product", "gdp-per-capita" },
    { "GRP deflator", "gdp-deflator" },
    { "Value added of the primary industry", "primary-industry" },
    { "Value added of the secondary industry", "secondary-industry" },
    { "Value added of the tertiary industry", "tertiary-industry" },
    { "Industrial value added", "industry" },
    { "Value added of industry above designated size", "industry-above-size" },
    { "Value added of construction", "construction" },
    { "Value added of finance", "finance" },
    { "Value added of information services", "information-services" },
    { "Value added of the core digital economy", "digital-economy" },
    { "Gross output of agriculture, forestry, animal husbandry and fishery",
      "agricultural-output" },
    { "Gross industrial output above designated size", "industrial-output-above-size" },
    { "Total fixed-asset investment", "fixed-asset-investment" },
    { "Real estate development investment", "real-estate-investment" },
    { "Total retail sales of consumer goods", "retail-sales" },
    { "General public budget revenue", "general-budget-revenue" },
    { "District-level general public budget revenue", "general-budget-revenue" },
    { "General public budget expenditure", "general-budget-expenditure" },
    { "Total value of imports and exports", "foreign-trade" },
    { "Foreign direct investment actually used", "fdi" },
    { "Per capita disposable income of residents", "disposable-income" },
    { "Per capita disposable income of urban residents", "urban-disposable-income" },
    { "Per capita disposable income of rural residents", "rural-disposable-income" },
    { "Total revenue of high-tech enterprises", "high-tech-revenue" },
    { "Revenue of software and information services", "software-revenue" },
    { "Turnover of technology contracts", "technology-contracts" },
    { "Invention patents per 10,000 people", "patents-per-10000-people" },
    { "Resident population", "population" },
    { "Labour productivity", "labour-productivity" },
    { "Registered urban unemployment rate", "unemployment-rate" },
    { "Energy use per unit of GRP", "energy-per-gdp" },
    { "Water use per unit of GRP", "water-per-gdp" },
    { "Annual mean PM2.5 concentration", "pm25" },
};

static bool ascii_text(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 128)
            return false;
    return true;
}

static bool same_ascii(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
    return *a == *b;
}

/* The first of the candidates a[0..n) (slugs; "" skipped) not yet taken,
 * else the first with "-2", "-3" ... ; added to names. */
static int first_free(pl_names *names, const char *const *a, size_t n, char out[PL_STEM_MAX])
{
    const char *base = NULL;

    for (size_t i = 0; i < n; i++) {
        if (!a[i] || !a[i][0])
            continue;
        if (!base)
            base = a[i];
        if (!taken(names, a[i])) {
            snprintf(out, PL_STEM_MAX, "%s", a[i]);
            return pl_names_add(names, out);
        }
    }
    return pl_stem(names, base, "chart", out);
}

int pl_indicator_stem(pl_names *names, const char *key, const char *english,
                      unsigned *unnamed, char out[PL_STEM_MAX])
{
    char full[SLUG_MAX + 1] = "", numbered[32];
    const char *cand[2] = { NULL, NULL };
    const char *name = NULL;

    if (key && key[0] && ascii_text(key))
        name = key;
    else if (english && english[0])
        name = english;
    if (name) {
        for (size_t i = 0; i < sizeof short_names / sizeof short_names[0] && !cand[0]; i++)
            if (same_ascii(name, short_names[i][0]))
                cand[0] = short_names[i][1];
        slugify(name, full);
        cand[1] = full;
        if ((cand[0] && cand[0][0]) || full[0])
            return first_free(names, cand, 2, out);
    }
    /* No ASCII name: numbered in the order met, skipping numbers taken. */
    do
        snprintf(numbered, sizeof numbered, "indicator-%u", ++*unnamed);
    while (taken(names, numbered));
    cand[0] = numbered;
    return first_free(names, cand, 1, out);
}

int pl_stem(pl_names *names, const char *name, const char *fallback, char out[PL_STEM_MAX])
{
    char slug[SLUG_MAX + 1];

    slugify(name ? name : "", slug);
    if (slug[0] == '\0')
        slugify(fallback ? fallback : "chart", slug);
    /* The slug is at most 40 bytes, so the "-N" suffix below always fits. */
    snprintf(out, PL_STEM_MAX, "%s", slug);
    for (unsigned long k = 2; taken(names, out); k++)
        snprintf(out, PL_STEM_MAX, "%s-%lu", slug, k);
    return pl_names_add(names, out);
}

void pl_names_forget(pl_names *names, const char *stem, unsigned *unnamed)
{
    char numbered[32];

    if (names->count == 0 || strcmp(names->items[names->count - 1], stem) != 0)
        return;
    names->count--;
    snprintf(numbered, sizeof numbered, "indicator-%u", *unnamed);
    if (*unnamed > 0 && !strcmp(stem, numbered))
        --*unnamed;
}

void pl_names_free(pl_names *names)
{
    if (!names)
        return;
    free(names->items);
    names->items = NULL;
    names->count = names->cap = 0;
}
