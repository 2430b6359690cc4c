/* slug.c -- file names for charts, derived from indicator names that come
 * from documents: readable ASCII slugs of the English name ("gross-
 * regional-product"), cut at a word, or a fallback the caller gives
 * ("indicator-3") for a name without ASCII; unique within a run, the same
 * for the same input, and unable to leave the output folder. */
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

void pl_names_free(pl_names *names)
{
    if (!names)
        return;
    free(names->items);
    names->items = NULL;
    names->count = names->cap = 0;
}
