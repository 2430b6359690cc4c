/* rules_en_outlook.c -- the years of an outlook's forecast sentence.
 *
 * An outlook (a fund's or a bank's forecasts, a news account of them)
 * writes two years in one sentence, the first relative to its own date:
 * "is projected to rise by 2.7% this year and by 2.8% in 2011", "to grow
 * 6.1 percent and 6.2 percent this year and in 2016", "at 1.2% this year
 * and 1.8% next".  A reader takes three things from it: "this year" is the
 * year before the written one (the text's year, whatever else it names);
 * a figure followed by "this year" or "next (year)" is of that year, not
 * of the year the next figure writes; and a list of figures followed by as
 * many times, relative or written, pairs them in order. */
#include "rules_en.h"

#include <string.h>

/* Is token i the keyword "this year" (or "current year", "this fiscal
 * year" ...)?  Its token count into *n. */
static bool this_year_at(const en_reader *r, size_t i, size_t *n)
{
    const lex_entry *e = kw_at(r, i);
    size_t j = i + 1;

    if (!e || e->code != K_THIS_YEAR)
        return false;
    while (j < r->n && r->v[j].pos < r->v[i].pos + e->n)
        j++;
    *n = j - i;
    return true;
}

/* "next year" (not "the next year", "than next year"), or a bare "next"
 * that ends its clause after a figure's "this year" ("and 1.8% next"):
 * its token count, 0 when none. */
static size_t next_year_at(const en_reader *r, size_t i)
{
    if (!is_word(r, i, "next") || (i > 0 && (is_word(r, i - 1, "the") || is_word(r, i - 1, "than"))))
        return 0;
    if (is_word(r, i + 1, "year"))
        return 2;
    if (i + 1 >= r->n || (r->v[i + 1].type == ET_SIGN && strchr(",.;)", r->v[i + 1].c))
        || is_word(r, i + 1, "while") || is_word(r, i + 1, "and"))
        return 1;
    return 0;
}

/* Between a "this year" and a written year: words that only carry the
 * list on ("and by 2.8% in", "before rising to 5.6 percent in"). */
static bool list_word(const en_reader *r, size_t i)
{
    if (r->v[i].type == ET_NUM || is_sign(r, i, '%'))
        return true;
    if (r->v[i].type != ET_WORD || base_word_at(r, i))
        return false;
    return !(is_word(r, i, "than") || is_word(r, i, "from") || is_word(r, i, "compared")
             || is_word(r, i, "against") || is_word(r, i, "versus") || is_word(r, i, "since")
             || is_word(r, i, "after") || is_word(r, i, "over"));
}

/* "… this year and (…) in 2016": the year this sentence makes the text's,
 * the written one less one; 0 when it makes none.  Only "in", "for" or
 * "by" before the year, within ten tokens, and "and" or "before" between. */
static int paired_year(const en_reader *r, size_t i)
{
    size_t n;
    bool joined = false;

    if (!this_year_at(r, i, &n))
        return 0;
    for (size_t j = i + n; j < r->n && j < i + n + 10; j++) {
        if (r->v[j].type == ET_YEAR && joined && j > 0
            && (is_word(r, j - 1, "in") || is_word(r, j - 1, "for")))
            return year_of(&r->v[j]) - 1;
        if (is_word(r, j, "and") || is_word(r, j, "before"))
            joined = true;
        else if (!list_word(r, j))
            return 0;
    }
    return 0;
}

/* Dates the text by a forecast pair in the sentence (d->current), once,
 * unless a title or a date line dates it. */
void en_outlook_year(en_reader *r)
{
    en_doc *d = r->d;
    int y;

    if (d->title_year || d->current_pinned)
        return;
    for (size_t i = 0; i < r->n; i++)
        if ((y = paired_year(r, i)) > 0) {
            d->current = y;
            d->current_pinned = true;
            return;
        }
}

/* The relative year at token i ("this year", "next year", a clause-ending
 * "next"), into *y, with its token count; 0 when none or the text has no
 * year. */
size_t en_rel_year_at(const en_reader *r, size_t i, int *y)
{
    size_t n;
    int now = en_current_year(r->d);

    if (!now)
        return 0;
    if (this_year_at(r, i, &n)) {
        *y = now;
        return n;
    }
    if ((n = next_year_at(r, i)) != 0) {
        *y = now + 1;
        return n;
    }
    return 0;
}

/* Figure k followed at once by a relative year ("2.7% this year", "1.8%
 * next", "at 5.0 percent this year before rising"): that year, into u. */
bool en_own_rel_year(const en_reader *r, size_t k, ftime *u)
{
    size_t i = r->f[k].te;
    int y;

    if (is_word(r, i, "in") || is_word(r, i, "for") || is_word(r, i, "during"))
        i++;
    if (i >= r->n || !en_rel_year_at(r, i, &y))
        return false;
    if (i > r->f[k].te && !this_year_at(r, i, &(size_t){0}))
        return false;           /* "in next" is no time */
    memset(u, 0, sizeof *u);
    u->year = y;
    u->relative = true;
    return true;
}
