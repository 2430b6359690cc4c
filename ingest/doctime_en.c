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

#include <stdlib.h>
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
    if (!strcmp(w, "of")) {
        /* "by the end of 2048": a goal's deadline, no year of the text */
        size_t m = word_before(t, a, w, &a);
        if (m && (!strcmp(w, "end") || !strcmp(w, "close"))
            && word_before(t, a, w, &a) && !strcmp(w, "the") && word_before(t, a, w, &a))
            return strcmp(w, "by") != 0;
        return true;
    }
    if (!strcmp(w, "in") || !strcmp(w, "for") || !strcmp(w, "during")
        || !strcmp(w, "year") || !strcmp(w, "ended"))
        return true;
    if (en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, NULL) != n)
        return false;
    /* "the first decline since October 1999", "its largest increase since
       November 2015": the start of a run, long before the text's time */
    n = word_before(t, a, w, &a);
    return !(n && !strcmp(w, "since"));
}

/* Does the year at byte i open a sentence, its preposition capitalised
 * ("In January 2017, the index ...", "For 2016, ...")?  Then a headline
 * without a full stop ran into it ("Industrial production up 1.3 percent
 * compared to the previous month In January 2017"): its words are not the
 * year's clause. */
static bool opens_sentence(const char *t, size_t i)
{
    char w[WORD_MAX];
    size_t a, n = word_before(t, i, w, &a);

    if (n && en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, NULL) == n)
        n = word_before(t, a, w, &a);
    return n && (t[a] == 'I' || t[a] == 'F' || t[a] == 'D')
        && (!strcmp(w, "in") || !strcmp(w, "for") || !strcmp(w, "during"));
}

/* Does a span's end follow the year at byte i ("from 3 percent in 2010 to
 * 5 percent in 2015"): the year opens the span, no base? */
static bool span_to_after(const char *t, size_t len, size_t i)
{
    size_t j = i + 4;

    while (j < len && t[j] == ' ')
        j++;
    if (j + 6 <= len && !strncasecmp(t + j, "until", 5) && !letter(t[j + 5]))
        return true;            /* ("from August 2011 until January 2016") */
    return j + 3 <= len && !strncasecmp(t + j, "to", 2) && !letter(t[j + 2]);
}

/* Is the year at byte i a comparison's base: "compared with the same
 * quarter in 2011", "higher than the 6.4 percent in the first semester of
 * 2012", "against 2.1 percent in 2015"; or the year of a figure the one
 * before rose or fell from ("to 1 percent from 0.8 percent in 2024", "a
 * modest improvement from 4.4 per cent recorded in 2011"), unless a span's
 * end follows?  Looks back over the words of its clause (at most twelve). */
static bool base_year(const char *t, size_t len, size_t i)
{
    const lex_entry *bw;
    char w[WORD_MAX];
    size_t a, e = i;
    bool figure = false;        /* a number between the year and the word */

    if (opens_sentence(t, i))
        return false;

    for (int k = 0; k < 12; k++) {
        size_t b = e, n;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '$'))
            b--;                /* ("up from $295.46 billion for all of 2008") */
        if (b == 0 || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':'
            || (t[b - 1] == '.' && !(b >= 2 && digit(t[b - 2]) && digit(t[b]))))
            return false;
        if (t[b - 1] == '.')
            b--;                /* 6.4: one number */
        n = word_before(t, b, w, &a);
        if (!n)
            return false;
        if (en_lex_at(&ingest_lexicon_en, LEX_BASE_WORD, w, n, 0, &bw) == n && bw->num == 1)
            return true;
        if (figure && !strcmp(w, "from"))
            return !span_to_after(t, len, i);
        figure = figure || digit(w[0]);
        e = a;
    }
    return false;
}

/* The ordinal word w (lower case, n bytes) as a number; 0 when it is none. */
static int ordinal_word(const char *w, size_t n)
{
    const lex_entry *e;

    return en_lex_at(&ingest_lexicon_en, LEX_ORDINAL_WORD, w, n, 0, &e) == n ? (int)e->num : 0;
}

/* The part of a year named by the words at byte i of t: "third quarter",
 * "first half", "Q3", "H1" (into *from, *to); the bytes used, 0 when none. */
static size_t part_words(const char *t, size_t len, size_t i, int *from, int *to)
{
    char w[WORD_MAX];
    size_t e = i, n, a, b;
    int o;

    while (e < len && (letter(t[e]) || digit(t[e])))
        e++;
    n = e - i;
    if (n == 2 && (t[i] == 'q' || t[i] == 'Q') && t[i + 1] >= '1' && t[i + 1] <= '4') {
        *from = (t[i + 1] - '0') * 3 - 2;
        *to = *from + 2;
        return n;
    }
    if (n == 2 && (t[i] == 'h' || t[i] == 'H') && (t[i + 1] == '1' || t[i + 1] == '2')) {
        *from = t[i + 1] == '1' ? 1 : 7;
        *to = *from + 5;
        return n;
    }
    if (n == 0 || n >= WORD_MAX)
        return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)(t[i + k] | 0x20);
    if (!(o = ordinal_word(w, n)) || e >= len || t[e] != ' ')
        return 0;
    a = e + 1;
    for (b = a; b < len && letter(t[b]); b++)
        ;
    if (o <= 4 && b - a == 7 && !strncasecmp(t + a, "quarter", 7)) {
        *from = o * 3 - 2;
        *to = o * 3;
        return b - i;
    }
    if (o <= 2 && b - a == 4 && !strncasecmp(t + a, "half", 4)) {
        *from = o == 1 ? 1 : 7;
        *to = o == 1 ? 6 : 12;
        return b - i;
    }
    return 0;
}

/* Is a year of four digits standing alone at byte i a comparison's base
 * ("against the same quarter of 2013")? */
static bool year_of_base(const char *t, size_t len, size_t i)
{
    return i + 4 <= len && (i == 0 || !(letter(t[i - 1]) || digit(t[i - 1])))
        && digit(t[i + 1]) && digit(t[i + 2]) && digit(t[i + 3])
        && (i + 4 == len || !(letter(t[i + 4]) || digit(t[i + 4]))) && base_year(t, len, i);
}

/* Are the digits of t all inside [a, e), a part's own ("Q3"), or a year
 * right after it ("Third Quarter 2008", "the first half of 2023"), or the
 * year of a comparison's base ("in the second quarter of 2014, against the
 * same quarter of 2013, ...": no figure), that year after the part into
 * *year (0 none)? */
static bool only_part_digits(const char *t, size_t len, size_t a, size_t e, int *year)
{
    size_t y = e;

    while (y < len && t[y] == ' ')
        y++;
    if (y + 3 < len && !strncasecmp(t + y, "of ", 3))
        y += 3;
    if (y + 4 <= len && digit(t[y]) && digit(t[y + 1]) && digit(t[y + 2]) && digit(t[y + 3])
        && (y + 4 == len || !digit(t[y + 4])))
        *year = atoi(t + y);
    else
        *year = 0, y = e;
    for (size_t i = 0; i < len; i++) {
        if (!digit(t[i]) || (i >= a && i < e) || (i >= y && i < y + 4))
            continue;
        if (!year_of_base(t, len, i))
            return false;
        i += 3;
    }
    return true;
}

/* The number of words in t (at most 99). */
static int words_in(const char *t, size_t len)
{
    int n = 0;

    for (size_t i = 0; i < len && n < 99; i++)
        if (letter(t[i]) && (i == 0 || !letter(t[i - 1])))
            n++;
    return n;
}

/* The quarter or half a sentence of the text's first four names as what
 * the text reports: after in, during or for ("The euro area economy
 * expanded in the third quarter after shrinking for two straight
 * quarters", "China's economy in H1"), or anywhere in a title of a few
 * words ("Third Quarter 2008").  The sentence states no figure: its only
 * digits are the part's and a year after it. */
static void head_part(ingest_doctime *dt, const char *t, size_t len)
{
    bool title = words_in(t, len) <= 6;
    char w[WORD_MAX];

    if (++dt->en_sentences > 4 || dt->en_part_from)
        return;
    for (size_t i = 0; i < len; i++) {
        size_t n, m, a;
        int from, to, y;
        if (!letter(t[i]) || (i > 0 && (letter(t[i - 1]) || digit(t[i - 1]))))
            continue;
        if (!(n = part_words(t, len, i, &from, &to))) {
            while (i + 1 < len && letter(t[i + 1]))
                i++;
            continue;
        }
        m = word_before(t, i, w, &a);
        if (m && !strcmp(w, "the"))
            m = word_before(t, a, w, &a);
        if (!title && !(m && (!strcmp(w, "in") || !strcmp(w, "during") || !strcmp(w, "for")))) {
            i += n;
            continue;
        }
        if (only_part_digits(t, len, i, i + n, &y)) {
            dt->en_part_from = from;
            dt->en_part_to = to;
            dt->en_part_year = y >= 1950 && y <= 2099 ? y : 0;
        }
        return;
    }
}

/* A date line of digits opening the text, "2000-06-15", "2000/06/15",
 * "2000.06.15 18:13": its year and month into dt. */
static void digit_date(ingest_doctime *dt, const char *t, size_t len)
{
    int y, m;

    if (len < 10 || !digit(t[0]) || !digit(t[1]) || !digit(t[2]) || !digit(t[3])
        || !(t[4] == '-' || t[4] == '/' || t[4] == '.') || t[7] != t[4]
        || !digit(t[5]) || !digit(t[6]) || !digit(t[8]) || !digit(t[9])
        || (len > 10 && (digit(t[10]) || letter(t[10]))))
        return;
    y = atoi(t);
    m = (t[5] - '0') * 10 + (t[6] - '0');
    if (y >= 1950 && y <= 2099 && m >= 1 && m <= 12) {
        dt->en_date_year = y;
        dt->en_date_month = m;
    }
}

/* The year at byte i of t (four digits standing alone, 1950..2099, no
 * fiscal year "2018-19" after it), or 0. */
static int year_at(const char *t, size_t len, size_t i)
{
    int y;

    if (i + 4 > len || !digit(t[i]) || (i > 0 && (letter(t[i - 1]) || digit(t[i - 1])))
        || !digit(t[i + 1]) || !digit(t[i + 2]) || !digit(t[i + 3])
        || (i + 4 < len && (letter(t[i + 4]) || digit(t[i + 4])
                            || ((t[i + 4] == '-' || t[i + 4] == '/') && i + 5 < len
                                && digit(t[i + 5])))))
        return 0;
    y = atoi(t + i);
    return y >= 1950 && y <= 2099 ? y : 0;
}

/* Where the first outlook word (expected, forecast) of t ends; 0 when t
 * has none. */
static size_t outlook_word_end(const char *t, size_t len)
{
    char w[WORD_MAX];

    for (size_t i = 0; i < len; i++) {
        size_t n = 0;
        if (!letter(t[i]) || (i > 0 && letter(t[i - 1])))
            continue;
        while (i + n < len && letter(t[i + n]) && n + 1 < WORD_MAX) {
            w[n] = (char)(t[i + n] | 0x20);
            n++;
        }
        if (!(i + n < len && letter(t[i + n]))
            && en_lex_at(&ingest_lexicon_en, LEX_OUTLOOK_WORD, w, n, 0, NULL) == n)
            return i + n;
        i += n;
    }
    return 0;
}

/* A sentence that forecasts two years in a row after an outlook word
 * ("Growth is expected to slow to 0.1% in 2023 before increasing to 2.8% in
 * 2024"): an outlook of this year and the next, the first is the text's
 * year (an outlook's news names the year after first as often as this
 * one: "cut its estimates for 2024", "its 2023 growth outlook").  Both
 * years date a figure (in, for, of or a month before) or follow "and"
 * ("in 2018 and 2019"); a comparison's base or a change's start ("from
 * 65.3% in 2025 to 65.7% in 2026") does not count.  The items of
 * a list an outlook sentence opens with a colon are forecasts too ("The
 * key forecasts are:" ... "US growth 2.2% in 2003, 3.6% in 2004."). */
static void outlook_pair(ingest_doctime *dt, const char *t, size_t len)
{
    char w[WORD_MAX];
    size_t from = outlook_word_end(t, len), a;
    size_t end = len;
    int first = 0;

    while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '\n'))
        end--;
    if (from && end > 0 && t[end - 1] == ':') {
        dt->en_outlook_list = 8;    /* "The key forecasts are:" and its items */
        return;
    }
    if (dt->en_outlook_list > 0) {
        dt->en_outlook_list--;
        from = 0;
    } else if (!from) {
        return;
    }
    for (size_t i = from; i + 4 <= len; i++) {
        int y = year_at(t, len, i);
        if (!y)
            continue;
        if (span_to_after(t, len, i)) {
            first = 0;          /* "from 65.3% in 2025 to 65.7% in 2026": a
                                   change to the forecast year, from the last */
        } else if ((dating_year(t, i) || (word_before(t, i, w, &a) && !strcmp(w, "and")))
                   && !base_year(t, len, i)) {
            if (first && y == first + 1) {
                dt->en_outlook_year = first;
                return;
            }
            first = y;
        }
        i += 3;
    }
}

/* The lower-cased word starting at byte i of t into w; its length, 0 when
 * none or too long. */
static size_t word_after(const char *t, size_t len, size_t i, char *w)
{
    size_t n = 0;

    while (i < len && t[i] == ' ')
        i++;
    while (i + n < len && (letter(t[i + n]) || t[i + n] == '\''))
        if (++n >= WORD_MAX)
            return 0;
    for (size_t k = 0; k < n; k++)
        w[k] = (char)(t[i + k] | (letter(t[i + k]) ? 0x20 : 0));
    w[n] = '\0';
    return n;
}

/* Byte i, or past the count that follows it ("the last two quarters of
 * 2023", "the last 12 months"): a count does not change what "last" is of. */
static size_t count_after(const char *t, size_t len, size_t i)
{
    char w[WORD_MAX];
    size_t j = i, n;

    while (j < len && t[j] == ' ')
        j++;
    if (j < len && t[j] >= '0' && t[j] <= '9') {
        while (j < len && t[j] >= '0' && t[j] <= '9')
            j++;
        return j;
    }
    n = word_after(t, len, j, w);
    return n && en_lex_at(&ingest_lexicon_en, LEX_NUMBER_WORD, w, n, 0, NULL) == n ? j + n : i;
}

/* Is the word w (lower case, n bytes) a comparison's word ("than",
 * "compared", "against", "versus")? */
static bool base_word(const char *w, size_t n)
{
    const lex_entry *bw;

    return en_lex_at(&ingest_lexicon_en, LEX_BASE_WORD, w, n, 0, &bw) == n && bw->num == 1;
}

/* Is the year at byte i named in a passing remark: a word of its clause
 * before it (at most ten words back, to a comma) says it is a run's start,
 * a peak, a benchmark's base or the last time something happened ("since
 * the peak in 2022", "levels last seen in 2016", "the last time GDP fell
 * was in the December quarter of 2008"), or it opens a span ("from August
 * 2011 until January 2016")?  Such a year is long before the text's; a
 * wrong year dates every figure wrong, none only leaves them undated. */
static bool remark_year(const char *t, size_t len, size_t i)
{
    const lex_entry *e;
    char w[WORD_MAX], next[WORD_MAX];
    size_t a, e0 = i, n;

    for (int k = 0; k < 10; k++) {
        size_t b = e0;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (b == 0 || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':'
            || (t[b - 1] == '.' && !(b >= 2 && digit(t[b - 2]) && digit(t[b]))))
            return false;
        if (t[b - 1] == '.')
            b--;                /* ("since the 2.9 percent posted in December 2017") */
        if (!(n = word_before(t, b, w, &a)))
            return false;
        if (base_word(w, n))
            return false;       /* ("began later than in 2018": a base, base_year's) */
        if (k < 2 && !strcmp(w, "from") && span_to_after(t, len, i))
            return true;        /* (the month's word before is one word back) */
        if (en_lex_at(&ingest_lexicon_en, LEX_REMARK_YEAR, w, n, 0, &e) == n) {
            if (e->num == 1)
                return true;
            if (e->num == 2) {
                size_t m = word_after(t, len, count_after(t, len, b), next);
                return !(m && en_lex_at(&ingest_lexicon_en, LEX_REMARK_YEAR, next, m, 0, &e) == m
                         && e->num == 3);
            }
        }
        e0 = a;
    }
    return false;
}

/* The month (1..12) written right before the year at byte i ("In December
 * 2021"); 0 when none. */
static int month_before(const char *t, size_t i)
{
    const lex_entry *m;
    char w[WORD_MAX];
    size_t a, n = word_before(t, i, w, &a);

    return n && en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, &m) == n ? (int)m->num : 0;
}

bool ingest_en_scheduled(const char *t, size_t len, size_t i)
{
    size_t a = i, b = i;
    bool pct = false;

    while (a > 0 && t[a - 1] != '.' && t[a - 1] != '\n')
        a--;
    while (b < len && t[b] != '\n' && !(t[b] == '.' && (b + 1 == len || t[b + 1] == ' ')))
        b++;
    for (size_t k = a; k < b; k++) {
        if (t[k] == '%' || (t[k] == 'p' && (!strncmp(t + k, "percent", 7) || !strncmp(t + k, "per cent", 8))))
            pct = true;
        if (letter(t[k]) && (k == a || !letter(t[k - 1]))) {
            size_t n = ingest_lex_at(&ingest_lexicon_en, LEX_SCHEDULE_WORD, t + k, b - k, NULL);
            if (n && (k + n == b || !letter(t[k + n])))
                return true;
        }
    }
    return !pct;
}

/* The text's year from year y dating month m of a later sentence: a month
 * half a year or more after the month the head named first with no year is
 * the year before the text's ("rose 2.18 per cent in January" ... "In
 * December 2021, the CPI jumped by 1.87 per cent": January 2022).  The
 * head's sentences before dated nothing with a year (the first such year
 * is read), so the month named first is one of them. */
static int year_of_text(const ingest_doctime *dt, int y, int m)
{
    return m && dt->en_month_bare && m - dt->en_month_bare >= 6
           && dt->en_month_from && dt->en_month_from < dt->en_sentences ? y + 1 : y;
}

/* Words that end a run of forecasts between "next year" and a year: the
 * year is then a base or a year gone ("3.5% next year, after expanding
 * 2.8% in 2023", "compared with 1.5% in 2024", "peaked at 9.1% in 2022"). */
static const char *const run_enders[] = { "after", "compared", "than", "since", "peaked" };

static bool run_ends(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!letter(t[k]) && k + 1 < b && letter(t[k + 1]))
            for (size_t w = 0; w < sizeof run_enders / sizeof *run_enders; w++) {
                size_t n = strlen(run_enders[w]);
                if (k + 1 + n <= b && !strncasecmp(t + k + 1, run_enders[w], n)
                    && (k + 1 + n == b || !letter(t[k + 1 + n])))
                    return true;
            }
    return false;
}

/* Does byte i of t end one of the links a run of forecasts names its next
 * year by ("and for 2018", "and in", ", for")? */
static bool run_link_before(const char *t, size_t i)
{
    static const char *const links[] = { "and for ", "and in ", ", for ", ", in ", "and " };

    for (size_t w = 0; w < sizeof links / sizeof *links; w++) {
        size_t n = strlen(links[w]);
        if (i >= n && !strncasecmp(t + i - n, links[w], n))
            return true;
    }
    return false;
}

/* Does the year at byte i of t carry on a run of forecasts after "next
 * year" ("the forecast for next year was revised to 6% from 6.2% and for
 * 2018 to 5.5%")?  Then it is the year after next.  Not "the next year"
 * (the twelve months ahead), nor a year joined by other than "and (for|in)"
 * or a comma, nor one after a word that ends the run. */
static bool next_year_before(const char *t, size_t i)
{
    size_t at = i + 1;

    if (!run_link_before(t, i))
        return false;
    for (size_t k = 0; k + 9 <= i; k++)
        if ((t[k] == 'n' || t[k] == 'N') && !strncasecmp(t + k, "next year", 9)
            && (k == 0 || !letter(t[k - 1])) && (k + 9 == i || !letter(t[k + 9])))
            at = k;
    return at <= i && !(at >= 4 && !strncasecmp(t + at - 4, "the ", 4))
           && !run_ends(t, at + 9, i);
}

/* Raises dt->en_written to the latest year of four digits standing alone
 * in t[0..len) (also a date's: 2016-04-27, a fiscal year's: 2018-19), and
 * dt->en_month_written to the latest written after a month ("until
 * January 2016"). */
static void written_years(ingest_doctime *dt, const char *t, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        size_t k = i;
        if (!digit(t[i]) || (i > 0 && (letter(t[i - 1]) || digit(t[i - 1]))))
            continue;
        while (k < len && digit(t[k]))
            k++;
        if (k - i == 4 && (k == len || !letter(t[k]))) {
            /* en_written takes only a year: a date's or a fiscal year's
               (2016-04-27, 2018-19) or one the words before date something
               with ("in 2016"); not a run's start ("the highest since
               2008"), a remark's, nor any other number ("2050 tonnes") */
            int y = atoi(t + i);
            bool year = (k + 1 < len && t[k] == '-' && digit(t[k + 1])) || dating_year(t, i);
            if (y >= 1950 && y <= 2099 && y > dt->en_written && year && !remark_year(t, len, i))
                dt->en_written = y;
            if (y >= 1950 && y <= 2099 && y > dt->en_month_written && month_before(t, i))
                dt->en_month_written = y;
        }
        i = k;
    }
}

/* Reads a sentence of the head for a date written with its weekday, a
 * dateline's date and the weekday its source spoke on (doctime_weekday.c),
 * and the years it writes, which say which of the years that fit is meant
 * (after a date is found, in the rest of the head too). */
static void weekday_scan(ingest_doctime *dt, const char *t, size_t len)
{
    if (dt->en_sentences < WEEKDAY_HEAD_SENTENCES || dt->wk_month || dt->wk_line_month)
        written_years(dt, t, len);
    ingest_en_weekday(dt, t, len);
}

/* The date those fix, as a date line's year and month, in a text with no
 * date line of digits and no year its head dates something with (the
 * first such year: en_year); else none. */
static void weekday_date(ingest_doctime *dt)
{
    int m = 0, d, wd, y = 0;

    if (dt->en_date_year && !dt->en_date_weekday)
        return;
    if (!dt->en_year && ingest_en_weekday_date(dt, &m, &d, &wd))
        y = ingest_weekday_year(m, d, wd, dt->en_written);
    dt->en_date_year = y;
    dt->en_date_month = y ? m : 0;
    dt->en_date_weekday = y != 0;
}

/* Does the year at byte i end a span ("from 2021 to 2025", "between 2019
 * and 2021")?  Then it is no base, whatever came before its start. */
static bool span_end(const char *t, size_t i)
{
    char w[WORD_MAX];
    size_t a, n = word_before(t, i, w, &a);

    if (n && en_lex_at(&ingest_lexicon_en, LEX_MONTH, w, n, 0, NULL) == n)
        n = word_before(t, a, w, &a);
    if (n && !strcmp(w, "to"))  /* (not "compared to March 2018", "relative to") */
        return !((n = word_before(t, a, w, &a)) && (base_word(w, n) || !strcmp(w, "relative")));
    return n && (!strcmp(w, "until") || !strcmp(w, "through") || !strcmp(w, "and"));
}

/* Notes in dt->en_year the first year t[0..len) dates something with. */
static void dating_years(ingest_doctime *dt, const char *t, size_t len)
{
    for (size_t i = 0; i + 4 <= len; i++) {
        if (digit(t[i]) && (i == 0 || !(letter(t[i - 1]) || digit(t[i - 1])))
            && digit(t[i + 1]) && digit(t[i + 2]) && digit(t[i + 3])
            && (i + 4 == len || !(letter(t[i + 4]) || digit(t[i + 4])))) {
            int y = (t[i] - '0') * 1000 + (t[i + 1] - '0') * 100 + (t[i + 2] - '0') * 10
                  + (t[i + 3] - '0');
            if (y >= 1950 && y <= 2099 && y > dt->en_base_year && base_year(t, len, i)
                && !span_end(t, i))
                dt->en_base_year = y;
            if (!dt->en_year && y >= 1950 && y <= 2099 && dating_year(t, i)
                && !remark_year(t, len, i))
                dt->en_year = base_year(t, len, i) ? y + 1    /* the year after a base */
                            : (dt->en_year_ahead = next_year_before(t, i)) ? y - 2
                            : year_of_text(dt, y, ingest_en_scheduled(t, len, i) ? 0 : month_before(t, i));
            else if (dt->en_year && y == dt->en_year + 1 && dating_year(t, i))
                dt->en_year_next = true;
            i += 3;
        }
    }
}

/* Does t open with the year before as its frame ("Over the past year,
 * we have accomplished ...", "Last year, ..."), after a speaker's label
 * ("Li Keqiang: ")?  Then the text reviews that year: figures it gives no
 * year are of the year before the one it is written in. */
static bool opens_with_past_year(const char *t, size_t len)
{
    static const char *const frames[] = { "over the past year,", "in the past year,",
                                          "over the last year,", "in the last year,",
                                          "last year," };
    const char *colon = memchr(t, ':', len < 40 ? len : 40);
    size_t i = colon ? (size_t)(colon - t) + 1 : 0;

    while (i < len && t[i] == ' ')
        i++;
    for (size_t k = 0; k < sizeof frames / sizeof *frames; k++) {
        size_t n = strlen(frames[k]);
        if (i + n <= len && !strncasecmp(t + i, frames[k], n))
            return true;
    }
    return false;
}

void ingest_en_observe(ingest_doctime *dt, const char *t, size_t len)
{
    bool letters = false;

    for (size_t i = 0; i < len && !letters; i++)
        letters = letter(t[i]);
    if (!letters) {             /* (counted for no sentence of the head) */
        if (dt->en_sentences == 0)
            digit_date(dt, t, len);
        return;
    }
    if (dt->en_sentences < 8) { /* (a head cut at semicolons too) */
        bool none = !dt->en_month && !dt->en_month_bare;
        ingest_en_head_months(dt, t, len);
        if (none && (dt->en_month || dt->en_month_bare))
            dt->en_month_from = dt->en_sentences + 1;
    }
    if (dt->en_sentences < 4 && opens_with_past_year(t, len))
        dt->en_review = true;
    weekday_scan(dt, t, len);
    head_part(dt, t, len);
    if (!dt->en_outlook_year)
        outlook_pair(dt, t, len);
    if (!dt->en_year)
        dating_years(dt, t, len);
    if (dt->wk_month || dt->wk_line_month)
        weekday_date(dt);
}
