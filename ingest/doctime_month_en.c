/* doctime_month_en.c -- the month an English release reports, read from its
 * head in the scout pass (doctime_en.c calls it for the head's sentences).
 *
 * A reader dates a monthly release by its head: a title ("Index of
 * Production, October 2014", "INFLATION REPORT MAY 2009"), a first
 * sentence ("The unemployment rate fell to 5.9 percent in September"), a
 * year-to-date span ("in the first five months this year": May is the
 * latest month).  Other months of the head are earlier ones it compares
 * with ("from 8.5 percent in August", "compared with September 2014",
 * "between October 2013 and October 2014"), so the release's month is the
 * latest named.  A day beside a month makes it a date (of publication),
 * not a period; a month before "quarter" names a quarter; a range of months
 * is a part of the year. */
#include "rules_en.h"

#include <string.h>

#define WORD_MAX 16   /* the longest word looked up */

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The letters of the word at byte i, lower case into w: its length; 0
 * when none or too long. */
static size_t word_at(const char *t, size_t len, size_t i, char *w)
{
    size_t n = 0;

    while (i + n < len && letter(t[i + n]) && n < WORD_MAX - 1) {
        w[n] = (char)(t[i + n] | 0x20);
        n++;
    }
    if (i + n < len && letter(t[i + n]))
        return 0;
    w[n] = '\0';
    return n;
}

/* The run of digits at byte i: its length (0 when none), its value into *v. */
static size_t digits_at(const char *t, size_t len, size_t i, int *v)
{
    size_t n = 0;

    *v = 0;
    while (i + n < len && digit(t[i + n]) && n < 6)
        *v = *v * 10 + (t[i + n++] - '0');
    return i + n < len && (digit(t[i + n]) || letter(t[i + n])) ? 0 : n;
}

/* Skips spaces (and a comma when comma) from byte i. */
static size_t skip_space(const char *t, size_t len, size_t i, bool comma)
{
    while (i < len && (t[i] == ' ' || (comma && t[i] == ',')))
        i++;
    return i;
}

/* The month named at byte i: a name or abbreviation of the month class,
 * capitalised, 1..12; 0 none.  Its end (a full stop after an abbreviation
 * included) into *e. */
static int month_word(const char *t, size_t len, size_t i, size_t *e)
{
    char w[WORD_MAX];
    const lex_entry *m;
    size_t n = word_at(t, len, i, w);

    if (!n || !(t[i] >= 'A' && t[i] <= 'Z')
        || en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, &m) != n)
        return 0;
    *e = i + n + (i + n < len && t[i + n] == '.' && n <= 4);
    return (int)m->num;
}

/* Does the word prev make the month after it a figure's period ("in May",
 * "for November 2006", "between October 2013 and", "compared with
 * September 2014"; not a title's "Release - December 2006", which may be
 * the month, nor "this August House", "since June", "by
 * December")? */
static bool dating_word(const char *prev)
{
    return !strcmp(prev, "in") || !strcmp(prev, "for") || !strcmp(prev, "during")
        || !strcmp(prev, "of") || !strcmp(prev, "to") || !strcmp(prev, "and")
        || !strcmp(prev, "than") || !strcmp(prev, "with") || !strcmp(prev, "through")
        || !strcmp(prev, "between");
}

/* A year (1950..2099) of four digits at byte i; 0 none. */
static int year_at(const char *t, size_t len, size_t i)
{
    int y;

    return digits_at(t, len, i, &y) == 4 && y >= 1950 && y <= 2099 ? y : 0;
}

/* Notes month m (with year y, 0 none) as named by the head. */
static void note_month(ingest_doctime *dt, int m, int y)
{
    if (y && y * 12 + m > dt->en_month_year * 12 + dt->en_month) {
        dt->en_month = m;
        dt->en_month_year = y;
    } else if (!y && m > dt->en_month_bare && !(dt->en_month_bare && m - dt->en_month_bare >= 6)) {
        /* half a year or more after the month named first: the year
           before's ("fell 17.5 percent in January ... compared with $39.0
           billion in December"), not the release's month */
        dt->en_month_bare = m;
    }
}

/* Is byte i in a relative clause opened by "which" since the last comma
 * ("The index, which peaked in February, fell 1.1% in September")?  Its
 * month is named in passing, not as the head's: the month after it is
 * then taken for the year before's (note_month). */
static bool in_which_clause(const char *t, size_t i)
{
    for (size_t k = i; k > 0 && i - k < 60; k--) {
        if (t[k - 1] == ',' || t[k - 1] == '.' || t[k - 1] == ';' || t[k - 1] == '\n')
            return false;
        if (k >= 6 && !strncmp(t + k - 6, "which ", 6) && (k == 6 || !letter(t[k - 7])))
            return true;
    }
    return false;
}

/* Copies t[a..end) lower-cased into w (at most wn bytes); returns the
 * length copied. */
static size_t lower_copy(char *w, size_t wn, const char *t, size_t end, size_t a)
{
    size_t n = 0;

    while (a + n < end && n < wn) {
        w[n] = (char)(t[a + n] | (letter(t[a + n]) ? 0x20 : 0));
        n++;
    }
    return n;
}

/* Does a base marker (lexicon class base-marker: from, after, vs,
 * compared to ...) start at byte a of t[0..end), a whole word or words? */
static bool marker_at(const char *t, size_t end, size_t a)
{
    char w[24];
    size_t n = lower_copy(w, sizeof w, t, end, a), m;
    const lex_entry *e = NULL;

    m = en_lex_at(&ingest_lexicon_en, LEX_BASE_MARKER, w, n, 0, &e);
    /* a level's marker (value "level": above, below) compares with a
     * threshold, not with the month before */
    return m && (m == n || !letter(w[m])) && !(e && e->vn);
}

/* Is a year word (keyword of the year before: "last year", "a year
 * earlier", "of the previous year") at byte j of t[0..len)?  Then a month
 * before it is last year's, no month of this release's. */
static bool year_word_at(const char *t, size_t len, size_t j)
{
    char w[24];
    size_t n;
    const lex_entry *e = NULL;

    if (j + 3 < len && !strncmp(t + j, "of ", 3))
        j += 3;
    n = lower_copy(w, sizeof w, t, len, j);
    return en_lex_at(&ingest_lexicon_en, LEX_KEYWORD, w, n, 0, &e)
           && e && (e->code == K_LAST_YEAR || e->code == K_PREV_YEAR);
}

/* Is the month whose name starts at byte i named for a base: a figure
 * before it in its clause, and before that figure a word that makes it
 * the base of a rate ("accelerating from a 1.7 percent growth in
 * January", "compared to a 0.4 percent drop in January", "after a 2.4
 * percent decline in March")?  Up to eight words back to the figure, to
 * a comma; after the figure, three words (an article, the marker). */
static bool base_month_at(const char *t, size_t i)
{
    size_t end = i;
    bool figure = false;

    for (int k = 0; k < 8 && i > 0; k++) {
        size_t b = i, a;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '$' || t[b - 1] == '%'))
            b--;
        if (b == 0 || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == '(' || t[b - 1] == ')'
            || (t[b - 1] == '.' && !(b >= 2 && digit(t[b - 2]) && digit(t[b]))))
            return false;
        for (a = b; a > 0 && (letter(t[a - 1]) || digit(t[a - 1]) || t[a - 1] == '.'); a--)
            ;
        if (a == b)
            return false;
        if (digit(t[a])) {
            if (figure)
                return false;   /* ("from 15.6% in March to 13.1% in April") */
            figure = true;
            k = 4;              /* (then an article and the marker's words) */
        } else if (figure && marker_at(t, end, a)) {
            return true;
        }
        i = a;
    }
    return false;
}

/* The month at byte i (its name from i to e; prev: the word before, py: a
 * year right before it, "2020 January") read as the head names it: noted
 * unless it is a date's, a quarter's, or a range's first month (a range
 * from January is a year to date).  Returns where reading goes on. */
static size_t read_month(ingest_doctime *dt, const char *t, size_t len, size_t i, size_t e, int m,
                         int py, bool day_before, const char *prev)
{
    char w[WORD_MAX];
    size_t j = skip_space(t, len, e, false), n;
    int v, y = 0, m2;

    if (day_before)
        return e;               /* 09 December 2014 */
    if (j + 3 < len && !strncmp(t + j, "of ", 3) && year_at(t, len, j + 3))
        j += 3;
    n = digits_at(t, len, j, &v);
    if ((n == 1 || n == 2) || (digit(t[j]) && j + 2 < len && (digit(t[j + 1]) ? letter(t[j + 2])
                                                             : letter(t[j + 1]))))
        return e;               /* March 25, 2020; April 17th */
    if (n == 4 && (y = year_at(t, len, j)) != 0)
        j = skip_space(t, len, j + 4, false);
    if (word_at(t, len, j, w) && !strcmp(w, "quarter"))
        return e;               /* the December 2002 quarter */
    if (j < len && (t[j] == '-' || !strcmp(w, "to") || !strcmp(w, "through"))) {
        size_t k = skip_space(t, len, j + (t[j] == '-' ? 1 : strlen(w)), false), e2;
        if (word_at(t, len, k, w) && !strcmp(w, "to"))
            k = skip_space(t, len, k + 2, false);
        if ((m2 = month_word(t, len, k, &e2)) > m) {
            if (m == 1)
                dt->en_ytd_to = dt->en_ytd_to > m2 ? dt->en_ytd_to : m2;
            return e2;          /* January to May: a part (its end no month alone) */
        }
    }
    if (dating_word(prev))
        note_month(dt, m, y ? y : py);
    if (!y && !py && m < 12 && !year_word_at(t, len, skip_space(t, len, e, false))
        && base_month_at(t, i))
        note_month(dt, m + 1, 0);   /* a base's month: the release's is later */
    return e;
}

/* "the first five months", "first 5 months": a year to date ending in the
 * month counted, at the word at byte i (w: "first"). */
static void first_months(ingest_doctime *dt, const char *t, size_t len, size_t i)
{
    char w[WORD_MAX];
    const lex_entry *e;
    size_t j = skip_space(t, len, i + 5, false), n;
    int k = 0;

    if ((n = digits_at(t, len, j, &k)) == 0 && (n = word_at(t, len, j, w)) != 0
        && en_lex_at(&ingest_lexicon_en, LEX_NUMBER_WORD, w, n, 0, &e) == n)
        k = (int)e->num;
    if (!n || k < 2 || k > 11)
        return;
    j = skip_space(t, len, j + n, false);
    if (word_at(t, len, j, w) == 6 && !strcmp(w, "months"))
        dt->en_ytd_to = dt->en_ytd_to > k ? dt->en_ytd_to : k;
}

/* Does t state a figure: a number that is no year ("started in November
 * 2015" states none)? */
static bool states_figure(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        size_t n;
        if (!digit(t[i]) || (i > 0 && digit(t[i - 1])))
            continue;
        for (n = 0; i + n < len && digit(t[i + n]); n++)
            ;
        if (n != 4 || !year_at(t, len, i))
            return true;
        i += n;
    }
    return false;
}

void ingest_en_head_months(ingest_doctime *dt, const char *t, size_t len)
{
    char prev[WORD_MAX] = "", w[WORD_MAX];
    int py = 0, pv;
    size_t pn = 0;              /* digits of the number just before, 0 none */

    if (!states_figure(t, len))
        return;

    for (size_t i = 0; i < len;) {
        size_t e;
        int m;
        if (digit(t[i])) {
            pn = digits_at(t, len, i, &pv);
            py = pn == 4 ? year_at(t, len, i) : 0;
            for (i += pn ? pn : 1; i < len && digit(t[i]); i++)
                ;
            continue;
        }
        if (!letter(t[i])) {
            if (t[i] != ' ')
                py = 0, pn = 0;     /* (a sign parts "2020" from "January") */
            i++;
            continue;
        }
        if ((m = month_word(t, len, i, &e)) != 0) {
            e = read_month(dt, t, len, i, e, m, py, pn == 1 || pn == 2,
                           in_which_clause(t, i) ? "" : prev);
        } else {
            if (word_at(t, len, i, w) == 5 && !strcmp(w, "first"))
                first_months(dt, t, len, i);
            for (e = i; e < len && letter(t[e]); e++)
                ;
        }
        if (!word_at(t, len, i, prev))
            prev[0] = '\0';
        i = e;
        py = 0, pn = 0;
    }
}

int ingest_en_release_month(const ingest_doctime *dt, int *year)
{
    *year = 0;
    if (dt->en_part_from)
        return 0;               /* a release on a quarter or half */
    if (dt->en_month_bare && dt->en_month && dt->en_month_bare > dt->en_month
        && dt->en_month_bare - dt->en_month < 6) {
        /* a month named alone, later than the latest with a year: of that
           year ("for November 2006 ... in December"), as the month of that
           name nearest to it is ("in January of 2015 from 2.7 percent in
           December" is the December before) */
        *year = dt->en_month_year;
        return dt->en_month_bare;
    }
    if (dt->en_month_bare && dt->en_month && dt->en_month - dt->en_month_bare >= 6) {
        /* a month named alone half a year or more before the latest with a
           year: of the year after ("in January" ... "In December 2021") */
        *year = dt->en_month_year + 1;
        return dt->en_month_bare;
    }
    if (dt->en_month) {
        *year = dt->en_month_year;
        return dt->en_month;
    }
    return dt->en_month_bare ? dt->en_month_bare : dt->en_ytd_to;
}
