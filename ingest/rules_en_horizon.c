/* rules_en_horizon.c -- spans an English text counts from its own year:
 * "over the next five years", "in the coming three years", "in past five
 * years", "the previous two decades", and the year an undated text is
 * written in, read from the five-year plan it names ("the 11th Five-Year
 * Plan", "the Eleventh Five-Year Programme").
 *
 * A forecast or a plan summary writes its horizon this way more often than
 * with years: the next N years run from the last year the text has figures
 * for (E) to E + N, the past N years from E - N to E, as a review's and a
 * plan's periods count in Chinese (十一五 is [2005, 2010] in a text of 2005).
 * The count of years in such a phrase is a time, never a figure. */
#include "rules_en.h"

#include <stdint.h>
#include <string.h>

/* The last year the text has figures for: the latest stated, else the year
 * before the one it is written in; 0 when the text gives none. */
static int horizon_end(const en_doc *d)
{
    if (d->latest)
        return d->latest;
    if (d->current)
        return d->current - 1;
    if (d->title_year)
        return d->title_year - 1;
    return 0;
}

/* The direction of the word at token i: +1 next, coming, following; -1
 * past, previous, preceding, last, recent; 0 none (en_mark_tokens reads
 * the words once, words_en.c). */
static int direction_at(const en_reader *r, size_t i)
{
    return i < r->n && r->v[i].type == ET_WORD ? r->v[i].dir : 0;
}

/* The count of years at token i ("five years", "5 years", "two decades"):
 * the number of years, 0 when none. */
static int years_at(const en_reader *r, size_t i)
{
    const lex_entry *nw;
    int n = 0;

    if (i + 1 >= r->n)
        return 0;
    if (r->v[i].type == ET_NUM && !r->v[i].glued && r->v[i].res >= 1 && r->v[i].v >= 2
        && r->v[i].v <= 50)
        n = tok_int(r, i);
    else if (r->v[i].type == ET_WORD
             && en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i].pos, &nw)
                    == r->v[i].end - r->v[i].pos
             && nw->num >= 2 && nw->num <= 50 && nw->num == (int)nw->num)
        n = (int)nw->num;
    if (!n)
        return 0;
    if (is_word(r, i + 1, "decades"))
        return 10 * n;
    return is_word(r, i + 1, "years") ? n : 0;
}

/* A horizon starting at token i: [the] next|past|... N years.  Returns its
 * length in tokens (0 when none), with the direction and the years. */
static size_t horizon_at(const en_reader *r, size_t i, int *dir, int *years)
{
    static const char *const prep[] = { "over", "in", "during", "for", "within", "through",
                                        "throughout", "of" };
    size_t j = i;

    if (!direction_at(r, i) && !direction_at(r, i + 1) && !direction_at(r, i + 2))
        return 0;               /* (the direction word is one of these three) */
    for (size_t k = 0; k < sizeof prep / sizeof prep[0]; k++)
        if (is_word_str(r, j, prep[k])) {
            j++;
            break;
        }
    if (is_word(r, j, "the"))
        j++;
    if (!(*dir = direction_at(r, j)))
        return 0;
    j++;
    if (!(*years = years_at(r, j)))
        return 0;
    return j + 2 - i;
}

size_t en_horizon_len(const en_reader *r, size_t i)
{
    int dir, years;
    /* "last year's target", "next year's budget": a time before a name */
    if ((is_word(r, i, "last") || is_word(r, i, "this") || is_word(r, i, "next")
         || is_word(r, i, "previous")) && is_word(r, i + 1, "year's"))
        return 2;
    return horizon_at(r, i, &dir, &years);
}

bool en_horizon_in(const en_reader *r, size_t a, size_t b, ftime *t)
{
    int end = horizon_end(r->d);

    for (size_t i = a; i < b && i < r->n; i++) {
        int dir, years;
        if (!horizon_at(r, i, &dir, &years))
            continue;
        if (!end)
            return false;
        t->from = dir > 0 ? end : end - years;
        t->to = dir > 0 ? end + years : end;
        t->year = 0;
        t->inferred = true;
        t->src = r->d->title_year ? INGEST_TIME_DATE_LINE : INGEST_TIME_LATEST;
        return true;
    }
    return false;
}

bool en_horizon_count(const en_reader *r, size_t i)
{
    int dir, years;

    if (!years_at(r, i) || i == 0)
        return false;
    for (size_t s = i; s-- > 0 && s + 3 >= i;)
        if (horizon_at(r, s, &dir, &years) == i + 2 - s)
            return true;
    return false;
}

/* "in the 12 months to March 2022", "the three months ending June": is
 * token i the count of a span of months that ends at a month (a time, no
 * figure)? */
bool en_months_count(const en_reader *r, size_t i)
{
    return i + 3 < r->n && (r->v[i].type == ET_NUM || r->v[i].type == ET_WORD)
        && (is_word(r, i + 1, "months") || is_word(r, i + 1, "month"))
        && (is_word(r, i + 2, "to") || is_word(r, i + 2, "ending") || is_word(r, i + 2, "ended")
            || is_word(r, i + 2, "through"))
        && month_at(r, i + 3);
}

/* ---- the year of an undated text, from its plan ---- */

static char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
}

/* Does t[i..) start with the lower-case word w, case aside? */
static bool word_at(const char *t, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i + n > len)
        return false;
    for (size_t k = 0; k < n; k++)
        if (lower(t[i + k]) != w[k])
            return false;
    return true;
}

/* The number of the plan whose "five-year" ends just before byte p: an
 * ordinal ("11th", "eleventh") with spaces before p; 0 when none. */
static int plan_number(const char *t, size_t p)
{
    static const char *const words[] = { "sixth", "seventh", "eighth", "ninth", "tenth",
                                         "eleventh", "twelfth", "thirteenth", "fourteenth",
                                         "fifteenth", "sixteenth" };
    size_t e = p, s;

    while (e > 0 && t[e - 1] == ' ')
        e--;
    s = e;
    while (s > 0 && ((lower(t[s - 1]) >= 'a' && lower(t[s - 1]) <= 'z')
                     || (t[s - 1] >= '0' && t[s - 1] <= '9')))
        s--;
    if (e - s >= 3 && e - s <= 4 && t[s] >= '0' && t[s] <= '9') {
        int n = 0;
        size_t k = s;
        while (k < e && t[k] >= '0' && t[k] <= '9')
            n = n * 10 + (t[k++] - '0');
        return k + 2 == e && n >= 6 && n <= 16 ? n : 0;   /* 11th, 12th */
    }
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (e - s == strlen(words[k]) && word_at(t, e, s, words[k]))
            return (int)k + 6;
    return 0;
}

int en_plan_end_in(const char *t, size_t len)
{
    int best = 0;
    const char *p = t;

    /* only sentences with a "five-year" or "five year" pay for the search */
    while ((p = memchr(p, '-', (size_t)(t + len - p))) != NULL) {
        size_t i = (size_t)(p - t);
        p++;
        if (i < 4 || !word_at(t, len, i - 4, "five-year"))
            continue;
        {
            int n = plan_number(t, i - 4);
            if (n && 1955 + 5 * n > best)
                best = 1955 + 5 * n;
        }
    }
    return best;
}

void en_plan_dates(en_reader *r)
{
    en_doc *d = r->d;

    /* --report-year always wins, over the head's and the date line's
       years: the text is written in now_year, its figures are for the
       year before report_year (doctime.c moved it on for a text about
       the current year) */
    if (r->ctx->doc_source == INGEST_TIME_OPTION && r->ctx->now_year > 0) {
        d->title_year = r->ctx->now_year;
        d->latest = r->ctx->report_year - 1;
        if (!r->ctx->dt.zh_sentences && r->ctx->dt.en_sentences && !r->ctx->dt.en_review)
            d->latest = r->ctx->now_year;
        d->current = 0;
        return;
    }
    /* an undated text that names a five-year plan (doctime.c read the
       latest one in its head) is written around the plan's start: its
       figures with no year are for the year before the plan */
    if (!d->title_year && !d->latest && !d->current && !d->latest_any
        && r->ctx->doc_source == INGEST_TIME_PLAN && r->ctx->report_year > 0)
        d->latest = d->current = r->ctx->report_year - 1;
}

size_t en_than_base(const en_reader *r, size_t b)
{
    static const char *const cmp[] = { "lower", "higher", "slower", "faster", "less", "more",
                                       "below", "above", "weaker", "stronger", "smaller",
                                       "larger", "greater" };
    size_t th = b >= 2 && is_word(r, b - 1, "the") ? b - 2 : b - 1;

    if (b < 2 || !is_word(r, th, "than") || th == 0)
        return 0;
    for (size_t k = 0; k < sizeof cmp / sizeof cmp[0]; k++)
        if (is_word_str(r, th - 1, cmp[k]))
            return th - 1;
    return 0;
}

size_t en_base_noun(const en_reader *r, size_t b)
{
    static const char *const noun[] = { "target", "goal", "forecast", "projection", "estimate",
                                        "rate", "growth", "figure", "level", "increase", "rise",
                                        "pace" };
    size_t j;
    bool ok = false;

    if (b < 3 || !is_word(r, b - 1, "of"))
        return b;
    for (size_t k = 0; k < sizeof noun / sizeof noun[0] && !ok; k++)
        ok = is_word_str(r, b - 2, noun[k]);
    if (!ok)
        return b;
    j = b - 2;
    if (j >= 2 && en_horizon_len(r, j - 2) == 2)
        j -= 2;                 /* last year's target of */
    else if (j >= 1 && (is_word(r, j - 1, "the") || is_word(r, j - 1, "its")
                        || is_word(r, j - 1, "a")))
        j--;
    return j;
}

/* "quarterly" or "monthly" before a publication's name (lexicon class
 * release-name: "the Quarterly Income Release", "monthly bulletin") or
 * "monthly" before a measure counted by the month (class monthly-measure:
 * "the monthly estimates of the Index of Production", "the average monthly
 * wage rose 8.2% in 2019"): no period before, no change on it (quarterly
 * measures keep theirs: quarterly estimates of GDP). */
bool en_release_name(const en_reader *r, size_t i)
{
    if (!(is_word(r, i, "quarterly") || is_word(r, i, "monthly")))
        return false;
    return word_in(r, i + 1, LEX_RELEASE_NAME)
           || (is_word(r, i, "monthly") && word_in(r, i + 1, LEX_MONTHLY_MEASURE));
}

bool en_figure_period_before(const en_reader *r, size_t i)
{
    size_t p;

    if (i < 3 || !is_word(r, i - 1, "the")
        || !(is_word(r, i - 2, "in") || is_word(r, i - 2, "during") || is_word(r, i - 2, "for")))
        return false;
    p = i - 2;          /* the preposition; before it the figure, or its noun of change */
    if (r->v[p - 1].type == ET_WORD && r->v[p - 1].kw
        && (r->v[p - 1].kw->code == K_GROW || r->v[p - 1].kw->code == K_FALL))
        p--;            /* "a 1.2 percent expansion", "a 4.2 percent decline" */
    for (size_t k = 0; k < r->nf; k++)
        if (r->f[k].te == p && r->f[k].pct)
            return true;
    return false;
}

/* Does the word ending at subject[w] (before " growth") make growth
 * itself the measure: an adjective ("economic", "global", "industrial",
 * "overall")? */
static bool growth_adjective(const char *subject, size_t w)
{
    return (w >= 2 && ((subject[w - 2] == 'i' && subject[w - 1] == 'c')
                       || (subject[w - 2] == 'a' && subject[w - 1] == 'l')))
        || (w >= 7 && !strncmp(subject + w - 7, "overall", 7));
}

/* Of those, one that names the growth of a whole economy ("economic",
 * "global", "overall"), not a qualifier of a rate ("provisional growth in
 * important crops" is the crops'). */
static bool growth_of_all(const char *subject, size_t w)
{
    bool global = w >= 6 && !strncmp(subject + w - 6, "global", 6);
    bool overall = w >= 7 && !strncmp(subject + w - 7, "overall", 7);

    /* (another -al word qualifies the rate: provisional, annual) */
    return growth_adjective(subject, w) && (subject[w - 1] != 'l' || global || overall);
}

void en_rate_name(char *subject, ingest_kind kind)
{
    size_t n = strlen(subject);
    char *g;

    if (kind != INGEST_GROWTH_YOY && kind != INGEST_GROWTH_AVG && kind != INGEST_CHANGE_PCT)
        return;
    /* "the GDP growth rate ... is estimated at 2.2%": the rate of GDP */
    if (n > 12 && !strcmp(subject + n - 12, " growth rate"))
        subject[n - 12] = '\0';
    /* "economic growth in Armenia", "economic growth in the European
       Union drifted": growth itself, of the place after "in" (dropped,
       as a name drops its place) */
    else if ((g = strstr(subject, " growth in ")) != NULL && growth_of_all(subject, (size_t)(g - subject)))
        g[7] = '\0';
    /* "investment growth in public works amounted to 23.4%": investment
       in public works grew */
    else if (g != NULL && g > subject)
        memmove(g, g + 7, strlen(g + 7) + 1);
}

void en_growth_name(const en_reader *r, char *subject, ingest_kind kind)
{
    size_t n = strlen(subject), w = n - 7, m;
    const lex_entry *e;

    if (kind != INGEST_GROWTH_YOY && kind != INGEST_GROWTH_AVG && kind != INGEST_CHANGE_PCT)
        return;
    /* "the growth of exports was 5 percent", "the rate of growth of
       exports": exports' rate (a change noun, then "of") */
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && subject[i - 1] != ' ')
            continue;
        m = en_kw_at(&r->d->kx, r->lx, subject, n, i, &e);
        if (m && (e->code == K_GROW || e->code == K_FALL) && !strncmp(subject + i + m, " of ", 4)
            && n > i + m + 4) {
            /* (adjectives before: "the provisional growth rate of GDP") */
            bool head = false;
            for (size_t j = 0; j < i && !head; j++)
                head = (j == 0 || subject[j - 1] == ' ')
                    && en_lex_at(r->lx, LEX_MEASURE_HEAD, subject, i, j, NULL);
            if (head)
                break;
            m += i + 4;
            if (!strncmp(subject + m, "the ", 4))
                m += 4;
            memmove(subject, subject + m, n - m + 1);
            return;
        }
    }
    if (n <= 7 || strcmp(subject + w, " growth"))
        return;
    if (!growth_adjective(subject, w))
        subject[w] = '\0';
}
