/* slug.c -- file names for charts, derived from indicator names that come
 * from documents: ASCII slugs (or a hash for names without ASCII), unique
 * within a run, and unable to leave the output folder. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plots_int.h"

#define SLUG_MAX 40  /* bytes of the slug part of a stem */

/* FNV-1a, 32 bits: h = (h ^ byte) * 16777619 from 2166136261. */
static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* Lower-case ASCII letters and digits of name, other runs as one '-',
 * without leading or trailing '-'; at most SLUG_MAX bytes. */
static void slugify(const char *name, char out[SLUG_MAX + 1])
{
    size_t n = 0;
    bool dash = false;

    for (const unsigned char *p = (const unsigned char *)name; *p && n < SLUG_MAX; p++) {
        unsigned char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash && n > 0 && n + 1 < SLUG_MAX)
                out[n++] = '-';
            out[n++] = (char)c;
            dash = false;
        } else {
            dash = true;
        }
    }
    out[n] = '\0';
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

int pl_stem(pl_names *names, const char *prefix, const char *name, char out[PL_STEM_MAX])
{
    char slug[SLUG_MAX + 1];
    char base[PL_STEM_MAX];

    slugify(name ? name : "", slug);
    if (slug[0] == '\0')
        snprintf(slug, sizeof slug, "h%08lx", (unsigned long)fnv1a(name ? name : ""));
    /* prefix is one of ours ("trajectory"); the slug is at most 40 bytes,
     * so base and the "-N" suffix below always fit. */
    snprintf(base, sizeof base, "%s-%s", prefix, slug);
    snprintf(out, PL_STEM_MAX, "%s", base);
    for (unsigned long k = 2; taken(names, out); k++)
        snprintf(out, PL_STEM_MAX, "%.*s-%lu", PL_STEM_MAX - 12, base, k);
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
