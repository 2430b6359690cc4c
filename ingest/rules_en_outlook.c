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
    if (is_word(r, i, "to"))
        return true;            /* "and is expected to accelerate to 2.8% in": a
                                   verb's, a new value's (a base's "compared to"
                                   stops at its first word) */
    if (r->v[i].type != ET_WORD || base_word_at(r, i))
        return false;
    return !(is_word(r, i, "than") || is_word(r, i, "from") || is_word(r, i, "compared")
             || is_word(r, i, "against") || is_word(r, i, "versus") || is_word(r, i, "since")
             || is_word(r, i, "after") || is_word(r, i, "over"));
}

/* The token after an aside that opens at token j: a parenthesis to its
 * close, or a clause of a few words between commas (", up 0.1 percentage
 * point from its previous forecast in January,"), that writes no year (a
 * year there is the list's: ", 3.1% in 2013, and"); j itself when none
 * opens there. */
static size_t past_aside(const en_reader *r, size_t j, size_t lim)
{
    char close = is_sign(r, j, '(') ? ')' : ',';
    size_t k = j + 1;

    if (!is_sign(r, j, '(') && !is_sign(r, j, ','))
        return j;
    while (k < lim && !is_sign(r, k, close) && !is_sign(r, k, ';')) {
        if (r->v[k].type == ET_YEAR || r->v[k].type == ET_SPAN || r->v[k].type == ET_FY)
            return j;
        k++;
    }
    if (k >= lim || !is_sign(r, k, close) || k < j + 3)
        return j;
    return close == ')' ? k + 1 : k;
}

/* "… this year and (…) in 2016", "… this year, and 3.1 percent in 2013",
 * "to slow to 3.1% this year, then rise to 3.9% in 2025",
 * "0.8% for this year (from … seen in March) and … to 2.8% in 2026": the
 * year this sentence makes the text's, the written one less one (the
 * first of a span: "in 2018-2019"); 0 when it makes none.  Only "in" or
 * "for" before the year, within thirty tokens, "and", "before" or "then"
 * between, and nothing but a list's words and asides between. */
static int paired_year(const en_reader *r, size_t i)
{
    size_t n, lim;
    bool joined = false;

    if (!this_year_at(r, i, &n))
        return 0;
    lim = i + n + 30 < r->n ? i + n + 30 : r->n;
    for (size_t j = i + n; j < lim; j++) {
        if ((r->v[j].type == ET_YEAR || r->v[j].type == ET_SPAN) && joined
            && (is_word(r, j - 1, "in") || is_word(r, j - 1, "for")))
            return r->v[j].year - 1;
        if (is_word(r, j, "and") || is_word(r, j, "before") || is_word(r, j, "then"))
            joined = true;
        else if (!joined && past_aside(r, j, lim) > j)
            j = past_aside(r, j, lim) - 1;
        else if (!list_word(r, j) && !(is_sign(r, j, ',') && (is_word(r, j + 1, "and")
                                                              || is_word(r, j + 1, "then"))))
            return 0;
    }
    return 0;
}

/* "4% in 2018 and 4.5% next year": a written year, then (after "and") a
 * figure of "next year": the written year is the text's; 0 when the
 * sentence pairs none.  The figures between are a list's words only. */
static int year_then_next(const en_reader *r)
{
    for (size_t i = 1; i < r->n; i++) {
        if (r->v[i].type != ET_YEAR || !(is_word(r, i - 1, "in") || is_word(r, i - 1, "for")))
            continue;
        bool joined = false;
        for (size_t j = i + 1; j < r->n && j < i + 12; j++) {
            if (joined && next_year_at(r, j) == 2)
                return r->v[i].year;
            if (is_word(r, j, "and"))
                joined = true;
            else if (!list_word(r, j) && !is_word(r, j, "for"))
                break;
        }
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
    if ((y = year_then_next(r)) > 0) {
        d->current = y;
        d->current_pinned = true;
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

/* The year at token i, written or relative ("2020", "next", "next year"),
 * into *y; its tokens, 0 when none. */
static size_t year_word_at(const en_reader *r, size_t i, int *y)
{
    if (i < r->n && r->v[i].type == ET_YEAR) {
        *y = r->v[i].year;
        return 1;
    }
    return en_rel_year_at(r, i, y);
}

int en_second_year(const en_reader *r, size_t k, int y)
{
    size_t i = r->f[k].te, n;
    int y1, y2;

    if (!r->f[k].pct)
        return 0;
    if (is_word(r, i, "for") || is_word(r, i, "in"))
        i++;
    if ((n = year_word_at(r, i, &y1)) == 0 || y1 != y || !is_word(r, i + n, "and"))
        return 0;
    i += n + 1;
    if (is_word(r, i, "in") || is_word(r, i, "for"))
        i++;
    if ((n = year_word_at(r, i, &y2)) == 0 || y2 != y1 + 1)
        return 0;
    /* the years end the figure's phrase ("…and next, broadly aligned",
       "for 2019 and 2020 from 2.5%"), not "in 2018 and 2019 growth was" */
    i += n;
    return i >= r->n || r->v[i].type == ET_SIGN || is_word(r, i, "from") || is_word(r, i, "against")
        || is_word(r, i, "compared") ? y2 : 0;
}
