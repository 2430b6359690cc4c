/* rules_en_list.c -- lists of English figures: "A, B and C rose 3, 4 and
 * 5 percent respectively" gives each figure its own name (and its own part
 * of a year, "in the June and March quarters"), in the order written. */
#include "rules_en.h"

#include <string.h>

bool en_respectively_after(const en_reader *r, size_t k)
{
    for (size_t i = r->f[k].te; i < en_window_end(r, k) && i < r->f[k].te + 12; i++)
        if (is_word(r, i, "respectively"))
            return true;
    /* "…, respectively, 59510 yuan and $90214" */
    return false;
}

bool en_respectively_before(const en_reader *r, size_t k)
{
    size_t cs = k > 0 ? r->f[k - 1].te : 0;
    for (size_t i = cs; i < r->f[k].ti; i++)
        if (is_word(r, i, "respectively"))
            return true;
    return false;
}

/* "the first, second and third industry" before a list of as many
 * figures: the list names its parts even without "respectively". */
bool en_ordinal_list(const char *subject, size_t n)
{
    return (n == 3 && (!strncmp(subject, "first second and third ", 23)
                       || !strncmp(subject, "first, second and third ", 24)))
        || (n == 4 && !strncmp(subject, "first, second, third and fourth ", 32));
}

/* The subjects of a "respectively" list of n figures starting at k. */
bool en_list_subjects(const char *subject, size_t n, bool inside, size_t last_n,
                          char parts[][SUBJ_MAX], char prev[][SUBJ_MAX], size_t nprev)
{
    if (n > 8)
        return false;
    if (en_split_subject(subject, n, parts))
        return true;
    /* A machine translation drops a middle item and keeps "respectively"
     * inside the list ("an increase of 2.9%, respectively, and 7.6%" after
     * three industries): the first figures go to the first names, the
     * last to the last. */
    if (inside && n + 1 <= 8 && en_split_subject(subject, n + 1, parts)) {
        memcpy(parts[n - 1], parts[n], SUBJ_MAX);
        return true;
    }
    if (inside && last_n == n + 1 && nprev >= n + 1) {
        for (size_t i = 0; i + 1 < n; i++)
            snprintf(parts[i], SUBJ_MAX, "%s", prev[nprev - n - 1 + i]);
        snprintf(parts[n - 1], SUBJ_MAX, "%s", prev[nprev - 1]);
        return true;
    }
    if (nprev >= n) {
        for (size_t i = 0; i < n; i++)
            snprintf(parts[i], SUBJ_MAX, "%s", prev[nprev - n + i]);
        return true;
    }
    return false;
}

/* A "respectively" between the first and the last figure of a list. */
bool en_respectively_inside(const en_reader *r, size_t first, size_t last)
{
    for (size_t i = r->f[first].te; i < r->f[last].ti; i++)
        if (is_word(r, i, "respectively"))
            return true;
    return false;
}

/* Parts named for a list: "in the September and June quarters". */
size_t en_list_parts(const en_reader *r, size_t a, size_t b, int from[], int to[], size_t n)
{
    size_t got = 0;
    for (size_t i = a; i < b && got < n; i++) {
        int m = month_at(r, i), o = ordinal_at(r, i);
        if (m) {
            from[got] = m, to[got] = m;
            got++;
        } else if (o >= 1 && o <= 4 && i > 0
                   && (is_word(r, i - 1, "the")
                       /* "in the first and second quarters respectively" */
                       || (got > 0 && (is_word(r, i - 1, "and") || is_sign(r, i - 1, ','))))) {
            from[got] = o * 3 - 2, to[got] = o * 3;
            got++;
        }
    }
    if (got == n)
        for (size_t i = a; i < b; i++)
            if (is_word(r, i, "quarters"))
                for (size_t j = 0; j < n; j++)
                    if (from[j] == to[j])
                        from[j] = to[j] - 2;
    return got;
}
