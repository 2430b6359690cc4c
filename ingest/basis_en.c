/* basis_en.c -- the basis of an English rate that names none.
 *
 * A rate of change is against some base: the same period a year before
 * (growth_yoy) or the period before (change_pct).  A figure that writes its
 * base is read on it; one that writes none is read as a reader of the page
 * reads it: on the basis the page last stated (en_doc.qoq, kept by
 * en_sentence_cues), except where the measure itself fixes the basis.
 * Inflation and the growth of money and credit are twelve-month
 * rates by the convention of every central bank and statistics office: a
 * monthly page that speaks of the month's change elsewhere still reports
 * "inflation declined from 15.61% to 13.06%" and "private credit growth
 * eased from 26.05% to 24.01%" as yearly rates (RULES.md, English). */
#include "rules_en.h"

#include <string.h>

/* Does the period-on-period word at token i open the name of a figure,
 * an article's noun phrase ending in "of" right before it ("with a
 * month-on-month inflation of 3.3 per cent", "and a monthly rate of 3.0
 * per cent")?  The token after "of", whose basis the word is; 0 when not. */
static size_t named_figure(const en_reader *r, size_t i)
{
    if (i == 0 || !(is_word(r, i - 1, "a") || is_word(r, i - 1, "an")))
        return 0;
    for (size_t j = i + 1; j < r->n && j <= i + 4; j++)
        if (is_word(r, j, "of"))
            return j + 1 < r->n && r->v[j + 1].type != ET_WORD ? j + 1 : 0;
        else if (r->v[j].type != ET_WORD)
            return 0;
    return 0;
}

/* Is there a period-on-period word in the sentence before figure f, or
 * one after it other than "the previous month" (the time of a base: "rose
 * to 5.42 per cent from 5.23 per cent in the previous month"), that is no
 * other figure's name ("rose to 32.3 per cent, with a month-on-month
 * inflation of 3.3 per cent, while non-food inflation recorded 31.3 per
 * cent")? */
static bool qoq_word_around(const en_reader *r, const fig *f)
{
    size_t ft = fig_first_tok(r, f), te = f->te, p;

    for (size_t i = 0; i < ft; i++)
        if (kw_at(r, i) && kw_at(r, i)->code == K_QOQ
            && !((p = named_figure(r, i)) != 0 && p < ft))
            return true;        /* "Month-on-month inflation eased to 0.3%" */
    for (size_t i = te + 1; i < r->n; i++)
        if (kw_at(r, i) && kw_at(r, i)->code == K_QOQ && !is_word(r, i - 1, "the")
            && !named_figure(r, i))
            return true;        /* "at 0.3 percent on a monthly basis" */
    return false;
}

/* Does subject hold a word of lexicon class cls (yearly-rate: credit,
 * money, M2; price-word: inflation, prices)? */
static bool subject_has(const en_reader *r, const char *subject, lex_class cls)
{
    size_t n = strlen(subject), i = 0;

    while (i < n) {
        size_t w = i;
        while (w < n && subject[w] != ' ')
            w++;
        if (w > i && ingest_lex_is(r->lx, cls, subject + i, w - i))
            return true;
        i = w + 1;
    }
    return false;
}

bool en_twelve_month_rate(const en_reader *r, const fig *f, const cues *q, const ftime *t,
                          const char *subject)
{
    size_t ft = fig_first_tok(r, f);
    bool moved = f->from || f->to;

    /* "the CPI jumped by 1.87 per cent annually and 0.57 per cent over
       November": the rate's own word says it is the year's, whatever
       basis the later figures name */
    if (is_word(r, f->te, "annually"))
        return true;
    if (qoq_word_around(r, f))
        return false;
    /* "inflation rose to 5.42 per cent", "stood at 4.8 percent", "non-food
       inflation recorded 31.3 per cent", "the CPI increased to 31.7%" */
    if (en_price_subject(r, subject) && !strstr(subject, "month")
        && (moved || q->level_verb || (ft > 0 && is_word(r, ft - 1, "at"))))
        return true;
    /* "Private credit growth eased from 26.05% in February to 24.01% in
       March": the growth rate of money or credit that moves between months
       is a rate of the twelve months to each */
    return q->growth_subject && moved && t->mfrom && t->mfrom == t->mto && t->mfrom <= 12
        && subject_has(r, subject, LEX_YEARLY_RATE);
}

/* Does [a, b) write a span of years ("over five years", "the decade",
 * "the medium term", "the 2010s")? */
static bool span_word_in(const en_reader *r, size_t a, size_t b)
{
    const lex_entry *e;

    for (size_t i = a; i < b; i++) {
        if (r->v[i].type == ET_YEAR && r->v[i].end < r->len && r->t[r->v[i].end] == 's')
            return true;
        if (r->v[i].type == ET_WORD && en_lex_at(r->lx, LEX_SPAN_WORD, r->t, r->len, r->v[i].pos, &e))
            return true;
    }
    return false;
}

bool en_price_average(const en_reader *r, size_t k, const char *subject)
{
    const fig *f = &r->f[k];
    size_t ft = fig_first_tok(r, f), we = en_clause_end(r, k);
    bool price = subject_has(r, subject, LEX_PRICE_WORD);
    ftime sp;

    /* the measure before the figure in its clause ("the bank expected CPI
       inflation to average 6.6%"), or right after it ("on average 4,3%
       more expensive than a year ago") */
    for (size_t i = en_clause_start(r, k); i < ft && !price; i++)
        price = word_in(r, i, LEX_PRICE_WORD);
    for (size_t i = f->te; i < we && i < f->te + 3 && !price; i++)
        price = word_in(r, i, LEX_PRICE_WORD);
    if (!price || span_word_in(r, en_clause_start(r, k), we))
        return false;
    /* "inflation averaged 5.2 percent over 2010-2015": an average over years */
    memset(&sp, 0, sizeof sp);
    return !(en_span_in(r, 0, r->n, &sp, false) && sp.to - sp.from > 1);
}

bool en_qoq_recorded(const en_reader *r, size_t i)
{
    return i >= 3 && is_word(r, i - 1, "the")
        && (is_word(r, i - 2, "in") || is_word(r, i - 2, "during"))
        && word_in(r, i - 3, LEX_RECORD_VERB);
}

/* Is token j a word that makes what follows a base: "than", "over",
 * "compared to", "compared with"? */
static bool comparing_at(const en_reader *r, size_t j)
{
    return is_word(r, j, "than") || is_word(r, j, "over")
        || (j > 0 && (is_word(r, j, "to") || is_word(r, j, "with")) && is_word(r, j - 1, "compared"));
}

bool en_year_before_basis(const en_reader *r, size_t i)
{
    size_t p = i;

    if (p > 0 && is_word(r, p - 1, "the"))
        p--;            /* "the" of "last year" (the row "the previous year" holds its own) */
    if (p < 1)
        return false;   /* ("Over the last year, prices rose": the base opens the sentence) */
    if (is_word(r, p - 1, "of")) {
        if (p < 2)
            return false;
        /* "than in the 4th quarter of the previous year"; not the time of a
           figure ("after a 0.3% decrease in the second quarter of last
           year") */
        if (!(is_word(r, p - 2, "quarter") || is_word(r, p - 2, "month") || r->v[p - 2].month))
            return false;
        for (size_t j = p - 2; j > 0 && j + 7 > p; j--)
            if (comparing_at(r, j - 1))
                return true;
            else if (r->v[j - 1].type == ET_SIGN)
                return false;
        return false;
    }
    if (is_word(r, p - 1, "in"))
        p--;            /* "than in the previous year" */
    return comparing_at(r, p - 1);
}

bool en_qoq_rate_moved(const en_reader *r, size_t i)
{
    if (r->nf || i < 2 || !is_word(r, i - 1, "the"))
        return false;
    return is_word(r, i - 2, "from")
        || (i >= 3 && (is_word(r, i - 2, "to") || is_word(r, i - 2, "with"))
            && is_word(r, i - 3, "compared"));
}

/* Is token i a word of change (lexicon keyword of role grow or fall) that
 * is no fall ("the increases were:", "posted growth:", "Prices slowed
 * for:"; not "the declines were:", whose items would want a sign)? */
static bool rise_word_at(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);

    return e && (e->code == K_GROW || (e->code == K_FALL && !(e->flags & LEXF_DOWN)));
}

bool en_change_list_item(const en_reader *r, const fig *f)
{
    size_t ft = fig_first_tok(r, f), c = ft;

    if (is_word(r, f->te, "of"))
        return false;   /* "12 percent of the total": a share */
    while (c > 0 && !is_sign(r, c - 1, ':'))
        if (rise_word_at(r, --c))
            return false;   /* the item's own verb decides */
    if (c == 0)
        return false;
    for (size_t i = 0; i + 1 < c; i++)
        if (rise_word_at(r, i))
            return true;
    return false;
}

bool en_price_subject(const en_reader *r, const char *subject)
{
    char head[SUBJ_MAX];
    const char *at = strstr(subject, " at ");

    /* "real gdp at market prices", "at constant prices": what follows
       "at" values the measure, it names no price measure */
    copy_str(head, sizeof head, subject);
    if (at)
        head[at - subject] = '\0';
    return subject_has(r, head, LEX_PRICE_WORD);
}

bool en_price_list(const en_reader *r, const fig *f)
{
    size_t ft = fig_first_tok(r, f);

    bool other = false;     /* a measure of another kind named before */

    for (size_t i = 0; i < ft; i++)
        if (is_word(r, i, "price") || is_word(r, i, "prices") || is_word(r, i, "inflation"))
            return true;
        else
            other = other || word_in(r, i, LEX_MEASURE_HEAD);
    /* on an inflation release, a list that names no measure of its own
       ("These were transport (44.6 per cent), …"), not "the unemployment
       rates by province were Gauteng (28.1 percent), …" */
    return r->d->price_head && !other;
}

/* Is token i a word that writes a base after a figure: "compared to",
 * "compared with", "relative to", "against", "over", "from"? */
static bool base_word_after(const en_reader *r, size_t i)
{
    if (is_word(r, i, "against") || is_word(r, i, "over") || is_word(r, i, "from"))
        return true;
    return i > 0 && (is_word(r, i, "to") || is_word(r, i, "with"))
        && (is_word(r, i - 1, "compared") || is_word(r, i - 1, "relative"));
}

bool en_plain_period_base(const en_reader *r, size_t k)
{
    size_t we = en_window_end(r, k);

    for (size_t i = r->f[k].te; i + 1 < we; i++) {
        size_t p = i + 1, n;
        int a, b;
        if (!base_word_after(r, i))
            continue;
        if (is_word(r, p, "the"))
            p++;
        if ((n = en_part_at(r, p, &a, &b)) == 0)
            continue;
        p += n;
        if (p < r->n && r->v[p].type == ET_YEAR)
            p++;
        /* (a possessive: "August's 2.9-percent increase", another rate) */
        {
            size_t e = r->v[p - 1].end;
            return !(e < r->len && (r->t[e] == '\'' || (unsigned char)r->t[e] == 0xE2));
        }
    }
    return false;
}
