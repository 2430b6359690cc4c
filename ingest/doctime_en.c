/* doctime_en.c -- what the head of an English text says of its time, seen
 * before the grammar reads a sentence (the scout pass of parser.c).
 *
 * A news page prints its headline ("Annual GDP Growth of 4.4 Percent")
 * before the body that dates it ("in the December 2002 quarter").  A reader
 * takes the year from the rest of the page; the grammar reads in order, so
 * this stage notes, in the head, the first year the text dates something
 * with (after in, for, of, during, year ended or a month).  (The latest
 * five-year plan an English head names is doctime.c's, en_plan_end_in.) */
#include "rules_en.h"

#include <string.h>
#include <strings.h>

#define WORD_MAX 16   /* the longest word looked up (a month) */

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The word ending right before byte e (spaces skipped), lower case, into w;
 * its start in *a.  0 when there is none or it is too long. */
static size_t word_before(const char *t, size_t e, char *w, size_t *a)
{
    size_t b = e, n;

    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == ','))
        b--;
    *a = b;
    while (*a > 0 && (letter(t[*a - 1]) || digit(t[*a - 1])))
        (*a)--;
    n = b - *a;
    if (n == 0 || n >= WORD_MAX)
        return 0;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)(t[*a + i] | (letter(t[*a + i]) ? 0x20 : 0));
    w[n] = '\0';
    return n;
}

/* Does the year at byte i date something: after in, for, of, during, year,
 * ended or a month ("December 2002", "March 5, 2016")? */
static bool dating_year(const char *t, size_t i)
{
    char w[WORD_MAX];
    size_t a, n = word_before(t, i, w, &a);

    if (n && digit(w[0]) && n <= 2)         /* "March 5, 2016": the day */
        n = word_before(t, a, w, &a);
    if (!n)
        return false;
    if (!strcmp(w, "in") || !strcmp(w, "for") || !strcmp(w, "of") || !strcmp(w, "during")
        || !strcmp(w, "year") || !strcmp(w, "ended"))
        return true;
    return en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, NULL) == n;
}

/* Is the year at byte i a comparison's base: "compared with the same
 * quarter in 2011", "higher than the 6.4 percent in the first semester of
 * 2012", "against 2.1 percent in 2015"?  Looks back over the words of its
 * clause (at most twelve). */
static bool base_year(const char *t, size_t i)
{
    static const char *const base[] = { "than", "compared", "against", "versus", "same",
                                        "corresponding" };
    char w[WORD_MAX];
    size_t a, e = i;

    for (int k = 0; k < 12; k++) {
        size_t b = e, n;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (b == 0 || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':'
            || (t[b - 1] == '.' && !(b >= 2 && digit(t[b - 2]) && digit(t[b]))))
            return false;
        if (t[b - 1] == '.')
            b--;                /* 6.4: one number */
        n = word_before(t, b, w, &a);
        if (!n)
            return false;
        for (size_t j = 0; j < sizeof base / sizeof base[0]; j++)
            if (!strcmp(w, base[j]))
                return true;
        e = a;
    }
    return false;
}

/* The quarter or half named after in, during or for ("in the third
 * quarter", "during the first half") in a sentence of the text's
 * first three with no digit: the part of a year a release's standfirst says
 * it reports ("The euro area economy expanded in the third quarter after
 * shrinking for two straight quarters"). */
static void head_part(ingest_doctime *dt, const char *t, size_t len)
{
    static const char *const ord[] = { "first", "second", "third", "fourth" };
    char w[WORD_MAX];
    size_t a;

    if (++dt->en_sentences > 3 || dt->en_part_from)
        return;
    for (size_t i = 0; i < len; i++)
        if (digit(t[i]))
            return;
    for (size_t i = 0; i < len; i++) {
        size_t e = i, n;
        int o = -1;
        if (!(letter(t[i]) && (i == 0 || !letter(t[i - 1]))))
            continue;
        while (e < len && letter(t[e]))
            e++;
        /* the words before i: "in the", "during the", "for the" */
        n = word_before(t, i, w, &a);
        if (n && !strcmp(w, "the"))
            n = word_before(t, a, w, &a);
        if (!n || (strcmp(w, "in") && strcmp(w, "during") && strcmp(w, "for")))
            continue;
        for (int k = 0; k < 4; k++)
            if (e - i == strlen(ord[k]) && !strncasecmp(t + i, ord[k], e - i))
                o = k + 1;
        if (o > 0 && e + 8 <= len && t[e] == ' ' && !strncasecmp(t + e + 1, "quarter", 7)
            && (e + 8 == len || !letter(t[e + 8]))) {
            dt->en_part_from = o * 3 - 2;
            dt->en_part_to = o * 3;
            return;
        }
        if (o > 0 && o <= 2 && e + 5 <= len && t[e] == ' ' && !strncasecmp(t + e + 1, "half", 4)
            && (e + 5 == len || !letter(t[e + 5]))) {
            dt->en_part_from = o == 1 ? 1 : 7;
            dt->en_part_to = o == 1 ? 6 : 12;
            return;
        }
        i = e;
    }
}

void ingest_en_observe(ingest_doctime *dt, const char *t, size_t len)
{
    head_part(dt, t, len);
    if (dt->en_year)
        return;
    for (size_t i = 0; i + 4 <= len; i++) {
        if (digit(t[i]) && (i == 0 || !(letter(t[i - 1]) || digit(t[i - 1])))
            && digit(t[i + 1]) && digit(t[i + 2]) && digit(t[i + 3])
            && (i + 4 == len || !(letter(t[i + 4]) || digit(t[i + 4])))) {
            int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10
                  + (t[i + 3] - '0');
            if (y >= 1950 && y <= 2099 && dating_year(t, i))
                dt->en_year = base_year(t, i) ? y + 1 : y;  /* the year after a base */
            if (dt->en_year)
                return;
            i += 3;
        }
    }
}
