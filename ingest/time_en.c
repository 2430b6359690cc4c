/* time_en.c -- the time an English text gives a figure: the document's
 * year from a date line or a title, parts of a year (quarters, halves,
 * months, "the first nine months", fiscal quarters), time phrases (in 2014,
 * for the year 2008-09, in Q4 of FY 2023-24) and spans (from 2016 to 2020,
 * between 1990 and 2020, over the past three decades, the 12th Five-Year
 * Plan). */
#include "rules_en.h"

#include <string.h>

/* The current year: named, or the title's, or the first of an outlook's two
 * years unless an actual figure is dated as late, or one after the latest
 * stated (the same year in a release on part of a year). */
int en_current_year(const en_doc *d)
{
    if (d->current)
        return d->current;
    if (d->title_year)
        return d->title_year;
    if (d->outlook_year && d->latest < d->outlook_year)
        return d->outlook_year;
    if (d->latest)
        return d->part_from ? d->latest : d->latest + 1;
    /* a release whose every figure is preliminary still dates itself */
    if (d->latest_any)
        return d->part_from ? d->latest_any : d->latest_any + 1;
    return 0;
}

static void para_frame_part(en_reader *r);
static bool deadline_at(const en_reader *r, size_t i);
static void weekday_date_line(en_reader *r);
static void date_line_scan(en_reader *r);

/* A part of a year leading a paragraph's first sentence as a clause of
 * its own ("In the first five months, ...", "In September, ..."): the
 * paragraph's later figures with no time of their own are of it too
 * (ctx->para_part_from, _to; reset at each paragraph). */
static void para_lead_part(en_reader *r)
{
    size_t e = 0;
    ftime t;

    if (!r->s->para_start)
        return;
    while (e < r->n && e <= 8 && !is_sign(r, e, ',')) {
        if (r->v[e].type == ET_NUM)
            return;             /* (a date: "On April 17th, ...") */
        e++;
    }
    memset(&t, 0, sizeof t);
    if (e < r->n && e <= 8 && en_time_in(r, 0, e, &t) && t.explicit_part && !t.from) {
        r->ctx->para_part_from = t.mfrom;
        r->ctx->para_part_to = t.mto;
        r->ctx->para_part_year = 0;
    } else {
        para_frame_part(r);
    }
}

/* A date line or a title: "March 5, 2016", "2024-05-31", "11 November
 * 2022", "DECEMBER 1999".  Gives the document's year. */
void en_date_line(en_reader *r)
{
    para_lead_part(r);
    if (!r->d->part_from && r->ctx->dt.en_part_from) {
        /* the part the text's head names is the part it reports ("the
           previous quarter" is the one before) */
        r->d->part_from = r->ctx->dt.en_part_from;
        r->d->part_to = r->ctx->dt.en_part_to;
        r->d->part_year = r->d->title_year;
    }

    if (!r->d->title_year && r->ctx->dt.en_date_year && !r->ctx->dt.en_date_weekday
        && r->ctx->dt.en_base_year <= r->ctx->dt.en_date_year) {
        /* a date line of digits alone ("2000-06-15 18:13"), which the
           grammar never reads; not one before a base the head compares
           with ("date 2017-09-11 ... compared to March 2018, in March
           2019"): a base is a period gone by, so the date is a wrong
           stamp and the text's own years date it */
        r->d->title_year = r->ctx->dt.en_date_year;
        r->d->title_month = r->ctx->dt.en_date_month;
    }
    if (r->d->title_year)
        return;
    date_line_scan(r);
    if (!r->d->title_year)
        weekday_date_line(r);
}

/* A date its weekday fixed (doctime_weekday.c) is the date line of a text
 * whose own title and date lines named no year (the scan before, on this
 * sentence and the ones before it); never over --report-year, nor over the
 * figures of one release (release_en.c), which outweigh it. */
static void weekday_date_line(en_reader *r)
{
    if (!r->ctx->dt.en_date_weekday || r->ctx->doc_source == INGEST_TIME_OPTION
        || r->ctx->year_official || r->ctx->release_scan)
        return;
    r->d->title_year = r->ctx->dt.en_date_year;
    r->d->title_month = r->ctx->dt.en_date_month;
    r->d->title_weekday = true;
}

/* The grammar's own scan of a sentence for a title's or dateline's year. */
static void date_line_scan(en_reader *r)
{
    size_t lim = r->n;

    /* a news dateline opens a long sentence: "BEIJING, March 5, 2016
       (Xinhua) -- ..." */
    if (r->n > 40) {
        if (r->d->sentences > 12)
            return;
        lim = 8;
    }
    for (size_t i = 0; i + 1 < r->n && i < (lim > 30 ? lim : 30); i++) {
        int y = 0;
        if (i + 1 >= lim && !(month_at(r, i) && is_sign(r, i + 1, '-')))
            continue;           /* past the dateline's words: a page's stamp only */
        int m = month_at(r, i);
        if (m && i > 0 && base_word_at(r, i - 1) == 0
            && (is_word(r, i - 1, "in") || is_word(r, i - 1, "between") || is_word(r, i - 1, "and")
                || is_word(r, i - 1, "for") || is_word(r, i - 1, "during")))
            m = 0;              /* (in May 2014, between June 2017 and: a figure's month) */
        if (m && i > 0 && (is_word(r, i - 1, "since") || is_word(r, i - 1, "until")))
            m = 0;              /* ("the first decline since October 1999": a run's start) */
        if (m && i > 0 && (is_word(r, i - 1, "than") || is_word(r, i - 1, "from")
                           || is_word(r, i - 1, "over") || is_word(r, i - 1, "to")
                           || is_word(r, i - 1, "with") || is_word(r, i - 1, "against")
                           || is_word(r, i - 1, "versus")
                           || (is_word(r, i - 1, "on") && r->v[i + 1].type == ET_YEAR)))
            m = 0;              /* ("declined by 6.3 per cent compared to July 2016", "up
                                   1.5 per cent on October 2011": a base; "on July 9,
                                   2013" stays a date) */
        if (m && r->v[i + 1].type == ET_YEAR)
            y = r->v[i + 1].year;
        else if (m && i + 3 < r->n && r->v[i + 1].type == ET_NUM
                 && r->v[i + 3].type == ET_YEAR)
            y = r->v[i + 3].year;
        else if (m && i + 4 < r->n && is_sign(r, i + 1, '-')
                 && r->v[i + 2].type == ET_NUM && r->v[i + 2].v >= 1 && r->v[i + 2].v <= 31
                 && is_sign(r, i + 3, '-') && r->v[i + 4].type == ET_YEAR)
            y = r->v[i + 4].year;           /* Posted: March-6-2016 */
        else if (r->v[i].type == ET_NUM && (m = month_at(r, i + 1)) != 0 && i + 2 < r->n
                 && r->v[i + 2].type == ET_YEAR)
            y = r->v[i + 2].year;
        else if (r->v[i].type == ET_YEAR && is_sign(r, i + 1, '-') && i + 2 < r->n
                 && r->v[i + 2].type == ET_NUM && r->v[i + 2].v <= 12) {
            y = r->v[i].year;
            m = tok_int(r, i + 2);
        }
        if (y && y < r->ctx->dt.en_base_year)
            return;             /* (a stamp before a base the head compares with) */
        if (y) {
            r->d->title_year = y;
            r->d->title_month = m;
            return;
        }
    }
    if (r->n <= 12)
        for (size_t i = 0; i < r->n; i++)
            if (r->v[i].type == ET_YEAR && (i + 1 >= r->n || ingest_lex_in(r->lx, LEX_REPORT_TITLE,
                                                                          r->t, r->len)
                                              || r->s->para_start)) {
                r->d->title_year = r->v[i].year;
                /* a government work report of year Y reviews Y - 1 */
                if (ingest_lex_in(r->lx, LEX_REPORT_TITLE, r->t, r->len) && !r->d->latest)
                    r->d->latest = r->v[i].year - 1;
                return;
            }
}

/* A part of a year named at token i: "first quarter", "Quarter 3", "Q4",
 * "first half", "first nine months", "January to October", "the December
 * 2002 quarter", "September".  Sets *from, *to; returns the tokens used. */
/* Does token i name a quarter after an ordinal: "quarter(s)", or
 * "trimester(s)" as East African and French-speaking releases write it
 * ("the third trimester of 2016", "in the second trimester")? */
static bool quarter_noun(const en_reader *r, size_t i)
{
    return is_word(r, i, "quarter") || is_word(r, i, "quarters") || is_word(r, i, "trimester")
        || is_word(r, i, "trimesters");
}

size_t en_part_at(const en_reader *r, size_t i, int *from, int *to)
{
    int o = ordinal_at(r, i), m;
    bool word = i < r->n && r->v[i].type == ET_WORD;
    const char *w = word ? r->t + r->v[i].pos : "";
    size_t wn = word ? r->v[i].end - r->v[i].pos : 0;   /* w's length, 0 for "" */

    if (wn == 2 && w[0] == 'q' && is_digit(w[1]) && w[1] >= '1' && w[1] <= '4') {
        *from = (w[1] - '0') * 3 - 2;
        *to = *from + 2;
        return 1;
    }
    if (wn == 2 && w[0] == 'h' && (w[1] == '1' || w[1] == '2')) {
        *from = w[1] == '1' ? 1 : 7;    /* H1, H2 */
        *to = *from + 5;
        return 1;
    }
    if (is_word(r, i, "quarter") && i + 1 < r->n && r->v[i + 1].type == ET_NUM
        && r->v[i + 1].v >= 1 && r->v[i + 1].v <= 4) {
        *from = tok_int(r, i + 1) * 3 - 2;
        *to = *from + 2;
        return 2;
    }
    /* "this quarter", "for the quarter": the quarter the release is on */
    if (is_word(r, i, "quarter") && i > 0 && (is_word(r, i - 1, "this") || is_word(r, i - 1, "the"))
        && !is_word(r, i + 1, "of") && r->d->part_from && r->d->part_to - r->d->part_from == 2) {
        *from = r->d->part_from;
        *to = r->d->part_to;
        return 1;
    }
    if (o >= 1 && o <= 4 && quarter_noun(r, i + 1)) {
        *from = o * 3 - 2;
        *to = *from + 2;
        return 2;
    }
    if (o >= 1 && o <= 4 && i > 0 && is_word(r, i - 1, "the")
        && (i + 1 >= r->n || r->v[i + 1].type == ET_SIGN)) {
        /* "in the fourth quarter, compared with ... in the third": the
           quarter said before */
        for (size_t j = 0; j + 1 < i; j++)
            if (ordinal_at(r, j) && quarter_noun(r, j + 1)) {
                *from = o * 3 - 2;
                *to = *from + 2;
                return 1;
            }
    }
    if (wn > 6 && same_bytes(w + wn - 6, "-month", 6)) {
        /* nine-month: the first nine months */
        const lex_entry *e;
        if (en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, i < r->n ? r->v[i].pos + wn - 6 : 0, r->v[i].pos, &e)
            && e->num >= 2 && e->num <= 12) {
            *from = 1;
            *to = (int)e->num;
            return 1;
        }
    }
    if (o >= 1 && o <= 2 && (is_word(r, i + 1, "half") || is_word(r, i + 1, "semester")
                             || is_word(r, i + 1, "half-year"))) {
        *from = o == 1 ? 1 : 7;
        *to = o == 1 ? 6 : 12;
        return 2;
    }
    if (o == 1 && i + 2 < r->n && is_word(r, i + 2, "quarters")) {
        /* the first three quarters */
        const lex_entry *e;
        if (en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i + 1].pos, &e)
            == r->v[i + 1].end - r->v[i + 1].pos && e->num >= 2 && e->num <= 3) {
            *from = 1;
            *to = 3 * (int)e->num;
            return 3;
        }
    }
    if (i + 3 < r->n && (is_word(r, i + 1, "months") || is_word(r, i + 1, "month"))
        && (is_word(r, i + 2, "to") || is_word(r, i + 2, "through") || is_word(r, i + 2, "ending")
            || is_word(r, i + 2, "ended"))
        && (m = month_at(r, i + 3)) != 0) {
        /* the three months to June, the six months ending September, the
           12 months through August */
        const lex_entry *e;
        int k = r->v[i].type == ET_NUM && !r->v[i].glued ? tok_int(r, i)
              : en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i].pos, &e)
                == r->v[i].end - r->v[i].pos ? (int)e->num : 0;
        if (k >= 1 && k < 12 && k <= m) {
            *from = m - k + 1;
            *to = m;
            return 4;
        }
        if (k == 12) {
            /* "rose 6.2% in the 12 months to March 2022": a change over a
               year, dated by the month it ends in (the release's month) */
            *from = *to = m;
            return 4;
        }
    }
    if (o == 1 && i + 2 < r->n && (is_word(r, i + 2, "months") || is_word(r, i + 2, "month"))) {
        const lex_entry *e;
        int k = r->v[i + 1].type == ET_NUM ? tok_int(r, i + 1)
              : en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i + 1].pos, &e) ? (int)e->num : 0;
        if (k >= 1 && k <= 12) {
            *from = 1;
            *to = k;
            return 3;
        }
    }
    if (i + 2 < r->n && r->v[i].type == ET_WORD && is_sign(r, i + 1, '-')
        && is_word(r, i + 2, "month")) {
        const lex_entry *e;
        if (en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i].pos, &e) && e->num >= 2) {
            *from = 1;
            *to = (int)e->num;
            return 3;
        }
    }
    if (wn > 6 && memchr(w, '-', wn)) {
        /* one word "July-September" (the July-September quarter) */
        const char *h = memchr(w, '-', wn);
        size_t a = r->v[i].pos, hp = a + (size_t)(h - w), e = r->v[i].end;
        const lex_entry *e1, *e2;
        if (en_lex_at(r->lx, LEX_MONTH, r->t, hp, a, &e1) == hp - a
            && en_lex_at(r->lx, LEX_MONTH, r->t, e, hp + 1, &e2) == e - hp - 1 && e1->num < e2->num) {
            *from = (int)e1->num;
            *to = (int)e2->num;
            return 1 + (is_word(r, i + 1, "quarter") ? 1 : 0);
        }
    }
    if (wn > 4 && same_bytes(w, "end-", 4)) {
        /* end-March: a stock at the month's end */
        const lex_entry *e;
        if (en_lex_at(r->lx, LEX_MONTH, r->t, r->v[i].end, r->v[i].pos + 4, &e) == wn - 4) {
            *from = *to = (int)e->num;
            return 1;
        }
    }
    if ((m = month_at(r, i)) != 0) {
        size_t k = i + 1;
        int m2;
        /* July to September, July-September, July through (to) September */
        if (is_word(r, k, "through") && is_word(r, k + 1, "to"))
            k++;
        if (is_word(r, k, "to") || is_sign(r, k, '-') || is_word(r, k, "through"))
            if ((m2 = month_at(r, k + 1)) > m) {
                *from = m;
                *to = m2;
                return k + 2 - i;
            }
        k = i + 1;
        if (is_word(r, k, "of") && k + 1 < r->n && r->v[k + 1].type == ET_YEAR
            && is_word(r, k + 2, "quarter"))
            k++;                /* the December of 2012 quarter */
        if (k < r->n && r->v[k].type == ET_YEAR && is_word(r, k + 1, "quarter")) {
            *from = m - 2;
            *to = m;
            return k + 2 - i;
        }
        if (is_word(r, k, "quarter") || is_word(r, k, "quarters")) {
            *from = m - 2;
            *to = m;
            return 2;
        }
        *from = *to = m;
        return 1;
    }
    return 0;
}

/* A fiscal year named by its place at token j ("last fiscal year", "the
 * current financial year", "last fiscal": a keyword of the last or this year
 * that says fiscal or financial): its tokens, and its offset from the
 * current fiscal year into *rel (-1 or 0); 0 when none. */
static size_t fiscal_place_at(const en_reader *r, size_t j, int *rel)
{
    const lex_entry *e = kw_at(r, j);
    size_t n;

    if (!e || (e->code != K_LAST_YEAR && e->code != K_THIS_YEAR))
        return 0;
    n = tok_after(r, r->v[j].pos + e->n) - j;
    for (size_t i = j; i < j + n; i++)
        if (is_word(r, i, "fiscal") || is_word(r, i, "financial")) {
            *rel = e->code == K_LAST_YEAR ? -1 : 0;
            return n;
        }
    return 0;
}

/* A year in a parenthesis at token j, "(FY20)", "(2019-20)", "(2020)": its
 * tokens; 0 when none. */
static size_t paren_year(const en_reader *r, size_t j)
{
    size_t y = j + 1 + is_word(r, j + 1, "fy");

    return is_sign(r, j, '(') && y < r->n && year_of(&r->v[y]) && is_sign(r, y + 1, ')')
         ? y + 2 - j : 0;
}

/* The current fiscal year: the one a text equated, else the current year. */
static int fiscal_now(const en_doc *d)
{
    return d->fy_now ? d->fy_now : en_current_year(d);
}

/* A fiscal year in words at token j (after a preposition and "the"): "last
 * fiscal year (FY20)", "the current financial year 2021/2022", "the fiscal
 * year (FY19)", "last fiscal".  Its tokens, the year written after it
 * included; 0 when none. */
static size_t fiscal_words(const en_reader *r, size_t j, size_t stop)
{
    int rel;
    size_t n = fiscal_place_at(r, j, &rel), p;

    if (!n && (is_word(r, j, "fiscal") || is_word(r, j, "financial")) && is_word(r, j + 1, "year"))
        n = 2;                  /* the fiscal year: only with its year */
    else if (!n)
        return 0;
    if (j + n < stop && year_of(&r->v[j + n]))
        return n + 1;
    if ((p = paren_year(r, j + n)) != 0)
        return n + p;
    return kw_at(r, j) ? n : 0;
}

/* "previous quarter", "preceding quarter", "prior quarter", "last
 * quarter" (not "the last quarter of 2019"), "the previous three months"
 * at token j in a release on a quarter: the quarter before its own, the
 * year before's fourth for a first quarter whose year is known ("after
 * falling 0.8% in the previous quarter" in a release on Q1 2013: Q4 2012).
 * Its tokens, 0 when none. */
static size_t prev_quarter_at(const en_reader *r, size_t j)
{
    size_t n = is_word(r, j + 1, "quarter") ? 2
             : is_word(r, j + 1, "three") && is_word(r, j + 2, "months") && !is_word(r, j, "last") ? 3
             : 0;

    if (!((is_word(r, j, "previous") || is_word(r, j, "preceding") || is_word(r, j, "prior")
           || is_word(r, j, "last"))
          && n && !is_word(r, j + n, "of")
          && (r->d->part_from > 3 || (r->d->part_from == 1 && r->d->part_year))
          && r->d->part_to - r->d->part_from == 2))
        return 0;
    /* "higher last quarter than the previous quarter": "last" is the latest */
    for (size_t i = 0; is_word(r, j, "last") && i + 1 < r->n; i++)
        if ((is_word(r, i, "previous") || is_word(r, i, "preceding")) && is_word(r, i + 1, "quarter"))
            return 0;
    return n;
}

/* The quarter before the release's own into t (prev_quarter_at said there
 * is one); y: the year when the release's is not known. */
static void prev_quarter_time(const en_reader *r, ftime *t, int y)
{
    bool wrap = r->d->part_from == 1;

    if (r->d->part_year)
        y = r->d->part_year;
    t->mfrom = wrap ? 10 : r->d->part_from - 3;
    t->mto = wrap ? 12 : r->d->part_to - 3;
    t->year = wrap ? y - 1 : y;
    t->explicit_part = true;
    t->before_own = true;
}

static bool price_rate_sentence(const en_reader *r, size_t end);

/* Is token i the "to" of a year to a quarter or a half ("grew 8.6 percent
 * on year to the third quarter of 2021", "rose 3% in the year to the
 * first half", "year to the June quarter")?  The rate over a year that
 * ends with the part is the part's on the same part a year before.  A
 * month only for a price index ("inflation of 2.1% in the year to March
 * 2018": the twelve-month rate of its end month, as "the year ended",
 * RULES.md; a total over the year to a month is the rolling year's, no
 * month's).  Not a span of parts ("from the first to the second quarter"). */
/* Where a year to a month ("to" at token i) has its measure named: before
 * it, or, when the phrase opens the sentence ("In the year to March 2017,
 * house prices increased by 4.1 per cent"), after it, up to the first
 * figure. */
static size_t measure_end(const en_reader *r, size_t i)
{
    size_t k = 0;

    while (k + 1 < i && (is_word(r, k, "in") || is_word(r, k, "over") || is_word(r, k, "for")
                         || is_word(r, k, "during") || is_word(r, k, "the")))
        k++;
    if (k + 1 < i)
        return i;
    while (k < r->n && r->v[k].type != ET_NUM)
        k++;
    return k;
}

static bool year_to_part(const en_reader *r, size_t i)
{
    size_t j = i + 1 + is_word(r, i + 1, "the");
    int a, b;

    if (!(is_word(r, i, "to") && i > 0 && is_word(r, i - 1, "year")))
        return false;
    return month_at(r, j) ? en_part_at(r, j, &a, &b) == 1 && price_rate_sentence(r, measure_end(r, i))
                          : en_part_at(r, j, &a, &b) && b > a;
}

size_t en_time_phrase(const en_reader *r, size_t i, size_t stop)
{
    size_t j = i, n;
    int a, b;

    if (i >= r->n || !r->v[i].time_may)
        return 0;               /* (none of the words below: en_mark_tokens) */
    if (!(is_word(r, j, "in") || is_word(r, j, "for") || is_word(r, j, "during")
          || is_word(r, j, "of") || is_word(r, j, "by") || is_word(r, j, "since")
          || is_word(r, j, "over") || is_word(r, j, "from") || year_to_part(r, j)))
        return 0;
    j++;
    if (is_word(r, j, "the") || (is_word(r, j, "this") && is_word(r, j + 1, "quarter")))
        j++;
    if ((is_word(r, j, "previous") || is_word(r, j, "past") || is_word(r, j, "last"))
        && is_word(r, j + 1, "month") && !is_word(r, i, "of") && !is_word(r, i, "from")
        && !is_word(r, i, "since") && !is_word(r, i, "over"))
        return j + 2 - i;       /* in the previous month (last_month dates it) */
    if ((is_word(r, j, "last") || is_word(r, j, "past")) && en_months_count(r, j + 1))
        j++;                    /* over the last 12 months ended March 2011 */
    if ((is_word(r, j, "end") || is_word(r, j, "close")) && is_word(r, j + 1, "of")
        && month_at(r, j + 2))
        j += 2;                 /* by the end of March 2015: a stock at that month's end */
    /* the current financial year 2021/2022, last fiscal year (FY20) */
    if ((n = fiscal_words(r, j, stop)) != 0)
        return j + n - i;
    if ((is_word(r, j, "financial") || is_word(r, j, "fiscal")) && is_word(r, j + 1, "year")
        && j + 2 < stop && year_of(&r->v[j + 2]))
        j++;
    if ((is_word(r, j, "full") || is_word(r, j, "whole") || is_word(r, j, "calendar"))
        && is_word(r, j + 1, "year") && j + 2 < stop && r->v[j + 2].type == ET_YEAR)
        j++;                    /* for the full year 2014: that year, whole */
    if (is_word(r, j, "year") || is_word(r, j, "period") || is_word(r, j, "fy"))
        j++;
    if (is_word(r, j, "from") && is_word(r, j - 1, "period") && month_at(r, j + 1))
        j++;                    /* in the period from January to October */
    /* the year ended December 2002: that year, whole */
    if ((is_word(r, j, "ended") || is_word(r, j, "ending")) && month_at(r, j + 1) && j + 2 < stop
        && r->v[j + 2].type == ET_YEAR)
        return j + 3 - i;
    if (is_word(r, j, "fy"))
        j++;
    if (j < stop && (r->v[j].type == ET_YEAR || r->v[j].type == ET_FY || r->v[j].type == ET_SPAN))
        return is_word(r, j + 1, "prices") ? 0 : j + 1 - i;   /* in 2015 prices: a base */
    /* "(a rise of 0.2%) in the previous quarter": the quarter before the
       release's own; "over the previous quarter" is a base, not a time */
    if ((is_word(r, i, "in") || is_word(r, i, "during")) && (n = prev_quarter_at(r, j)) != 0)
        return j + n - i;
    if (j < stop && (n = en_part_at(r, j, &a, &b)) != 0) {
        int a2, b2;
        j += n;
        if (is_sign(r, j, '(') && en_part_at(r, j + 1, &a2, &b2) == 1 && a2 == a && b2 == b
            && is_sign(r, j + 2, ')'))
            j += 3;                     /* the first half (H1) of the year */
        if (is_sign(r, j, '(')) {       /* Quarter 3 (July to Sept) 2022 */
            size_t m = j + 1;           /* the parenthesis may run past stop */
            while (m < r->n && m < j + 8 && !is_sign(r, m, ')'))
                m++;
            if (m + 1 < r->n && is_sign(r, m, ')') && year_of(&r->v[m + 1]))
                return m + 2 - i;
        }
        if (is_word(r, j, "of") && j + 1 < stop && year_of(&r->v[j + 1]))
            j += 2;
        else if (is_word(r, j, "of") && j + 2 < stop && is_word(r, j + 2, "year")
                 && (is_word(r, j + 1, "this") || is_word(r, j + 1, "the")
                     || is_word(r, j + 1, "last")))
            j += 3;             /* the first quarter of this year */
        else if (j + 1 < stop && is_word(r, j + 1, "year")
                 && (is_word(r, j, "this") || is_word(r, j, "last")))
            j += 2;             /* the first quarter this year, March last year */
        else if (is_word(r, j, "of") && is_word(r, j + 1, "fy") && j + 2 < stop)
            j += 3;
        else if (j < stop && year_of(&r->v[j]))
            j++;
        return j - i;
    }
    return 0;
}

static size_t last_month(const en_reader *r, size_t i, ftime *t);

/* Is a part of a year written in the few words before token i ("rose 1.3
 * percent in the second half of 2016 over the first half")?  Then what
 * follows "over" is the base the part is compared with. */
static bool part_just_before(const en_reader *r, size_t i)
{
    int from = 0, to = 0;

    for (size_t k = i > 6 ? i - 6 : 0; k < i; k++)
        if (r->v[k].type == ET_WORD && en_part_at(r, k, &from, &to))
            return true;
    return false;
}

/* "over the 12 months ending August 2012", "over the past twelve months
 * to March", "over the first six months of 2010", "over the first half":
 * "over" opens the figure's own span of months, no base (as "over the
 * same period" is).  A year to date longer than a quarter only: "rose 1.2
 * percent over the first quarter" is a change on that quarter. */
static bool over_months(const en_reader *r, size_t i)
{
    size_t j = i + 1;
    int from = 0, to = 0;

    j += is_word(r, j, "the");
    if (is_word(r, j, "first") && en_part_at(r, j, &from, &to) && from == 1 && to > 3)
        return !part_just_before(r, i);
    j += is_word(r, j, "last") || is_word(r, j, "past");
    return en_months_count(r, j);
}

/* Is "prices" at token i a measure's basis ("at market prices", "in
 * constant 2010 prices"), not the measure? */
static bool prices_basis(const en_reader *r, size_t i)
{
    for (size_t j = i > 3 ? i - 3 : 0; j < i; j++)
        if (is_word(r, j, "current") || is_word(r, j, "constant") || is_word(r, j, "market")
            || is_word(r, j, "basic"))
            return true;
    return false;
}

/* Does the sentence speak of prices before token end, where its measure
 * is named ("inflation", "food prices", "CPI"; not GDP "at market prices",
 * not "helped by higher dairy prices" after the time)?  A price index
 * states its rate for the year ending a month each month, so "the year
 * ending January" is January's rate; GDP's "year ended June" is a year's
 * total, and an average over the year ("inflation averaged 4.5 percent in
 * the year ended June") the year's, both staying the year. */
static bool price_rate_sentence(const en_reader *r, size_t end)
{
    bool price = false;

    for (size_t i = 0; i < end && i < r->n; i++) {
        if (is_word(r, i, "average") || is_word(r, i, "averaged") || is_word(r, i, "averages"))
            return false;
        if (is_word(r, i, "inflation") || is_word(r, i, "cpi")
            || (is_word(r, i, "prices") && !prices_basis(r, i)))
            price = true;
    }
    return price;
}

/* Copies the words of tokens [a, b) into out, lower case, without time
 * phrases, parentheses that hold only an abbreviation, and lead and tail
 * words. */

/* Reads the time phrase at token i (see time_phrase) into t. */
static void phrase_time(const en_reader *r, size_t i, size_t n, ftime *t)
{
    for (size_t j = i; j < i + n; j++) {
        const etok *k = &r->v[j];
        int a, b;
        size_t m;
        if (k->type == ET_YEAR || k->type == ET_FY) {
            t->year = year_of(k);
        } else if (k->type == ET_SPAN) {
            t->from = k->year - 1;
            t->to = k->year2;
        } else if ((m = prev_quarter_at(r, j)) != 0) {
            prev_quarter_time(r, t, 0);
            j += m - 1;
        } else if ((m = fiscal_place_at(r, j, &a)) != 0) {
            /* the last fiscal year: one before the current; "(FY20)" after
               it says which that is */
            size_t p = paren_year(r, j + m);
            int y = p ? year_of(&r->v[j + m + p - 2]) : 0;
            if (y)
                r->d->fy_now = y - a;
            else if (fiscal_now(r->d)) {
                t->year = fiscal_now(r->d) + a;
                t->relative = true;
            }
            j += m - 1;
        } else if (is_word(r, j, "ended") || is_word(r, j, "ending")) {
            if (price_rate_sentence(r, j) && month_at(r, j + 1)) {
                /* "inflation for the year ending January 2012": a price
                   index's twelve-month rate, the month's */
                t->mfrom = t->mto = month_at(r, j + 1);
                t->explicit_part = true;
            }
            j++;                /* the month of "year ended December" is no part */
        } else if (j > i && is_word(r, j + 1, "year")
                   && (is_word(r, j - 1, "of") ? is_word(r, j, "this") || is_word(r, j, "the")
                                                 || is_word(r, j, "last")
                                               : is_word(r, j, "this") || is_word(r, j, "last"))) {
            /* "of this year", "of last year", "the first quarter this
               year": the text's year, once known */
            int y = en_current_year(r->d);
            if (y)
                t->year = is_word(r, j, "last") ? y - 1 : y;
            /* (bare, after a part, "August last year" is told from the
               text's year, as the cue alone told it before) */
            t->relative = y && !is_word(r, j - 1, "of");
            j++;
        } else if ((m = last_month(r, j, t)) != 0) {
            j += m - 1;
        } else if ((m = en_part_at(r, j, &a, &b)) != 0) {
            t->mfrom = a;
            t->mto = b;
            t->explicit_part = true;
            for (size_t y = j + 1; y < j + m; y++)
                if (year_of(&r->v[y]))
                    t->year = year_of(&r->v[y]);    /* the December 2002 quarter */
            j += m - 1;
        }
    }
    /* Q4 of FY 2023-24 is January-March of 2024 */
    if (t->explicit_part && i + n <= r->n && n >= 3 && t->year) {
        for (size_t j = i; j < i + n; j++)
            if (r->v[j].type == ET_FY && t->mfrom >= 1 && t->mto - t->mfrom == 2) {
                int q = (t->mfrom + 2) / 3;
                int cq = q == 4 ? 1 : q + 1;
                t->mfrom = cq * 3 - 2;
                t->mto = t->mfrom + 2;
                if (q != 4)
                    t->year--;  /* Q1-Q3 of FY 2022-23 fall in 2022 */
            }
    }
}

/* Do the words before token i (an article skipped) introduce a base:
 * "compared with", "compared to", "than", "against", "versus"? */
static bool compared_before(const en_reader *r, size_t i)
{
    size_t j = i;
    if (j > 0 && is_word(r, j - 1, "the"))
        j--;
    if (j == 0)
        return false;
    return is_word(r, j - 1, "than") || is_word(r, j - 1, "against") || is_word(r, j - 1, "versus")
        || ((is_word(r, j - 1, "with") || is_word(r, j - 1, "to")) && j >= 2
            && (is_word(r, j - 2, "compared") || is_word(r, j - 2, "comparison")
                || (is_word(r, j - 1, "to") && is_word(r, j - 2, "relative"))));
}

/* Does a figure end at token j or right before it (its unit, or a unit the
 * figure reader left: "3 million tonnes", "USD 3 billion dollars")? */
static bool figure_ends_near(const en_reader *r, size_t j)
{
    for (size_t k = 0; k < r->nf; k++)
        if (r->f[k].te == j || r->f[k].te == j + 1)
            return true;
    return false;
}

/* Is token j ("from", "over") a noun's complement: a plain word before it,
 * no keyword of change or comparison nor a figure's unit ("retail sale over
 * the internet", "exports from the region"; not "unchanged from", "rose 2%
 * over", "by 1 percentage point from", "0.68 per cent points from", "or 3
 * million tonnes from the harvest in 2020")? */
static bool complement_from(const en_reader *r, size_t j)
{
    return j > 1 && r->v[j - 1].type == ET_WORD && !kw_at(r, j - 1) && !base_word_at(r, j - 1)
        && r->v[j - 2].type == ET_WORD && !is_word(r, j - 2, "per")
        && !is_word(r, j - 1, "point") && !is_word(r, j - 1, "points")
        && !is_word(r, j - 1, "percent")
        && !is_word(r, j - 1, "unchanged") && !is_word(r, j - 1, "up")
        && !is_word(r, j - 1, "down") && !figure_ends_near(r, j - 1);
}

/* Is the time phrase at token i ("of June 2017") the base's, its noun
 * written bare after the comparison word at token j: "against exports of
 * June 2017", "compared with imports of 2016", "compared with figures for
 * March 2011", "against the level for 2019"?  One or two words, then "of"
 * or "for" (not "than predicted in", "compared with a year earlier in"). */
static bool base_noun_of(const en_reader *r, size_t j, size_t i)
{
    size_t a = j + 1;

    if (is_word(r, j, "same") || is_word(r, j, "corresponding"))
        return false;           /* ("the same period of 2017": a time) */
    if ((is_word(r, j, "compared") || is_word(r, j, "comparison"))
        && (is_word(r, a, "with") || is_word(r, a, "to")))
        a++;
    return (is_word(r, i, "of") || is_word(r, i, "for")) && a < i && i - a <= 2
        && !word_in(r, a, LEX_BE_FORM);
}

/* Do a few plain words before token i lead back to a comparison or to
 * "from" or "over": "faster than that of Q1", "unchanged from that in May",
 * "accelerated from the pace recorded in the first quarter"?  (Not across a
 * figure or a keyword: "year on year in June" is the figure's time.) */
static bool base_words_before(const en_reader *r, size_t i)
{
    size_t j = i;

    if (year_to_part(r, i))
        return false;           /* "over the year to December 2016": the figure's own year */

    for (int k = 0; k < 5 && j-- > 0; k++) {
        if (r->v[j].type != ET_WORD)
            return false;
        if ((is_word(r, j, "from") || is_word(r, j, "over")) && complement_from(r, j))
            return false;       /* "sale over the internet for April 2022" */
        if (base_word_at(r, j) == 1 || is_word(r, j, "from") || is_word(r, j, "over"))
            return j + 1 < i && (is_word(r, j + 1, "that") || is_word(r, j + 1, "those")
                                 || is_word(r, j + 1, "the")   /* (not "than predicted in") */
                                 || base_noun_of(r, j, i));
        if (kw_at(r, j) && kw_at(r, j)->code != K_TO && kw_at(r, j)->code != K_GROW)
            return false;       /* (the pace recorded in, the growth in) */
    }
    return false;
}

/* Does "on" right after a figure name a part of a year at token i (or
 * from it): "up by 0.6 percent on the third quarter of 2006", "rose 0.4%
 * on the first quarter of the year"?  A base, the British way of writing
 * "compared with" (not "on a monthly basis", "on the year": no part). */
static bool on_part_after_figure(const en_reader *r, size_t i)
{
    int x, y;
    size_t j = i > 0 && is_word(r, i - 1, "the") ? i - 1 : i;
    size_t o = is_word(r, i, "on") ? i : j > 0 && is_word(r, j - 1, "on") ? j - 1 : r->n;
    size_t p;

    if (o == r->n || o == 0)
        return false;
    if (!(r->v[o - 1].type == ET_NUM || is_sign(r, o - 1, '%') || is_word(r, o - 1, "percent")
          || is_word(r, o - 1, "cent") || is_word(r, o - 1, "pct")))
        return false;
    p = o + 1 + is_word(r, o + 1, "the");
    return p < r->n && en_part_at(r, p, &x, &y) != 0;
}

/* Does the time phrase at token i close a clause of "after" and a verb in
 * -ing that states no figure of its own ("will grow by 3.5 percent after
 * stagnating in 2016", "after contracting sharply in 2020")?  Its year is
 * the one before the figure's, as a base's is (a clause with a figure,
 * "after falling 11.8 percent in the second quarter", dates that figure). */
static bool after_gerund_before(const en_reader *r, size_t i)
{
    for (size_t j = i, k = 0; k < 3 && j-- > 1 && r->v[j].type == ET_WORD; k++) {
        size_t n = r->v[j].end - r->v[j].pos;
        /* a verb in lower case ("after Spring Festival", "after Beijing"
           are names), no noun in -ing ("after building in 2019") */
        if (n > 5 && !memcmp(r->t + r->v[j].end - 3, "ing", 3) && is_word(r, j - 1, "after"))
            return !(r->s->text[r->v[j].pos] >= 'A' && r->s->text[r->v[j].pos] <= 'Z')
                   && !word_in(r, j, LEX_ING_NOUN);
    }
    return false;
}

/* Does the time phrase at token i follow a same-period word ("the same
 * period in 2023", "the corresponding quarter of 2022", "the same quarter
 * of last year")?  The word's first token plus one, 0 when none. */
static size_t same_period_phrase(const en_reader *r, size_t i)
{
    if (i == 0)
        return 0;
    for (size_t j = i; j-- > 0 && j + 4 > i;) {
        const lex_entry *e = kw_at(r, j);
        /* (a same-period word; "year-on-year in 2019" is the figure's) */
        if (e && e->code == K_PREV_YEAR && r->v[j].pos + e->n >= r->v[i - 1].end
            && (is_word(r, i, "of") || is_word(r, i, "in"))
            && (is_word(r, i - 1, "period") || is_word(r, i - 1, "quarter")
                || is_word(r, i - 1, "month") || is_word(r, i - 1, "months")))
            return j + 1;
    }
    return 0;
}

/* Is the same-period phrase at token i written as a time of its own, after
 * in, during or for ("During the corresponding period of 2011-12, the
 * deficit was", "exports were $23.4 billion in the same period of 2017")?
 * A level stated so is the base period's (time_fig_en.c). */
static bool period_after_prep(const en_reader *r, size_t i)
{
    size_t j = same_period_phrase(r, i);

    if (j-- == 0)
        return false;
    j -= j > 0 && is_word(r, j - 1, "the");
    return j > 0 && (is_word(r, j - 1, "in") || is_word(r, j - 1, "during")
                     || is_word(r, j - 1, "for"));
}

/* Is the base phrase at token i set off by a comparison word ("compared
 * with", "than", "from that in", "on the third quarter")? */
static bool compared_phrase(const en_reader *r, size_t i)
{
    return i > 0 && (compared_before(r, i) || base_words_before(r, i)
                     || on_part_after_figure(r, i) || after_gerund_before(r, i));
}

/* Does the time phrase at token i name a comparison's base: right after a
 * same-period word, or after "compared with" ("compared with the first
 * three months of 2016"), "than", "against", "versus"? */
static bool base_phrase(const en_reader *r, size_t i)
{
    return same_period_phrase(r, i) || compared_phrase(r, i);
}

/* Is a range of months written at token i ("July to September", "July
 * through to September")?  After "from" it is a part of a year, no span. */
static bool month_range(const en_reader *r, size_t i)
{
    int a, b;
    return month_at(r, i) && en_part_at(r, i, &a, &b) > 1 && a < b;
}

/* The part of a year, its year written, that frames a paragraph: every
 * time phrase of the paragraph's first sentence that is no base names it
 * ("According to revised data, in the second quarter of 2014, against the
 * same quarter of 2013, ...", "GDP for the first two quarters of 2018
 * increased by 6.4% compared with the same period of 2017").  The
 * paragraph's later figures of that year with no time of their own are of
 * that part too, as a reader carries the frame ("Total domestic final
 * expenditure increased by 6.2%": the first half's, not the quarter the
 * release is on).  Into ctx->para_part_*; none when the phrases differ or
 * one names a whole year or a span. */
/* Does the sentence hold a number other than a year (a figure's)? */
static bool holds_number(const en_reader *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (r->v[i].type == ET_NUM)
            return true;
    return false;
}

static void para_frame_part(en_reader *r)
{
    ftime first = { 0 };
    int own_to = r->d->part_to ? r->d->part_to : r->ctx->dt.en_part_to;

    for (size_t i = 0; i < r->n; i++) {
        size_t n = en_time_phrase(r, i, r->n);
        ftime u = { 0 };
        if (!n)
            continue;
        if (base_phrase(r, i) || is_word(r, i, "since") || is_word(r, i, "over")
            || (is_word(r, i, "from") && !month_range(r, i + 1)) || deadline_at(r, i)) {
            i += n - 1;
            continue;
        }
        phrase_time(r, i, n, &u);
        if (!u.explicit_part || !u.year || u.from || u.before_own || u.relative
            || (first.year && (u.year != first.year || u.mfrom != first.mfrom
                               || u.mto != first.mto)))
            return;
        first = u;
        i += n - 1;
    }
    /* (a sentence with a figure of its own frames no part before the
       text's own: "Growth in the first quarter was revised up to 3.0
       percent" in a release on the second quarter; one with none does,
       "in the first quarter 2014, … an increase was observed in almost
       all GDP components") */
    if (first.year && (!own_to || first.mto == own_to || !holds_number(r))) {
        r->ctx->para_part_from = first.mfrom;
        r->ctx->para_part_to = first.mto;
        r->ctx->para_part_year = first.year;
    }
}

/* A month with its year at token i, "October 2014" or "2020 January": its
 * tokens (2), the month and year into *m, *y; 0 when none. */
static size_t month_year_at(const en_reader *r, size_t i, int *m, int *y)
{
    if (i + 1 < r->n && (*m = month_at(r, i)) != 0 && r->v[i + 1].type == ET_YEAR) {
        *y = r->v[i + 1].year;
        return 2;
    }
    if (i + 1 < r->n && r->v[i].type == ET_YEAR && (*m = month_at(r, i + 1)) != 0) {
        *y = r->v[i].year;
        return 2;
    }
    return 0;
}

/* Dates t to month m of year y as a time phrase of its own, no span
 * (relative: told from the text's time); returns n, the phrase's tokens. */
static size_t one_month(ftime *t, int y, int m, bool relative, size_t n)
{
    t->year = y;
    t->mfrom = t->mto = m;
    t->explicit_part = true;
    t->from = t->to = 0;
    t->relative = relative;
    t->on_prev = false;
    return n;
}

/* A month compared with the same month a year before, written as a span
 * at token i: "between October 2013 and October 2014", "from May 2018 to
 * May 2019", "for the period 2019 January to 2020 January".  The later
 * month into t; its tokens, 0 when none. */
static size_t yoy_months(const en_reader *r, size_t i, size_t stop, ftime *t)
{
    size_t j = i, a, b;
    int m1, y1, m2, y2;

    if (r->v[i].type != ET_WORD || i + 4 >= r->n)
        return 0;               /* (a word, then two months and a word at least) */
    if (is_word(r, j, "for") || is_word(r, j, "in") || is_word(r, j, "over")
        || is_word(r, j, "during")) {
        j += 1 + is_word(r, j + 1, "the");
        if (!is_word(r, j, "period"))
            return 0;
        j++;
    }
    if (is_word(r, j, "between") || is_word(r, j, "from"))
        j++;
    if (j == i || !(a = month_year_at(r, j, &m1, &y1)))
        return 0;
    j += a;
    if (!(is_word(r, j, "and") || is_word(r, j, "to") || is_word(r, j, "through")
          || is_sign(r, j, '-')))
        return 0;
    j++;
    if (j >= stop || !(b = month_year_at(r, j, &m2, &y2)) || m2 != m1 || y2 != y1 + 1)
        return 0;
    t->base_year = y1;          /* (a base written: no change on the month before) */
    t->base_mfrom = t->base_mto = m1;
    return one_month(t, y2, m2, false, j + b - i);
}

/* A month compared with the month before, written as a span at token i:
 * "from July to August", "between August and September", "between
 * December 2020 and January 2021".  The later month into t, marked a
 * change on the period before (on_prev); its tokens, 0 when none. */
static size_t adjacent_months(const en_reader *r, size_t i, size_t stop, ftime *t)
{
    size_t j = i + 1;
    int m1, m2, y1 = 0, y2 = 0;
    bool to;

    if (!(is_word(r, i, "between") || is_word(r, i, "from")) || (m1 = month_at(r, j)) == 0)
        return 0;
    if (j + 1 < stop && r->v[j + 1].type == ET_YEAR)
        y1 = r->v[++j].year;
    to = is_word(r, i, "from");
    j++;
    if (!(to ? is_word(r, j, "to") : is_word(r, j, "and")) || j + 1 >= stop
        || (m2 = month_at(r, j + 1)) == 0)
        return 0;
    j += 2;
    if (j < stop && r->v[j].type == ET_YEAR)
        y2 = r->v[j++].year;
    if (!(m2 == m1 + 1 && (!y1 || !y2 || y1 == y2)) && !(m1 == 12 && m2 == 1 && y1 && y2 == y1 + 1))
        return 0;
    if (!y2)
        y2 = y1 ? y1 : t->year;     /* (0: the text's year dates it later) */
    one_month(t, y2, m2, false, j - i);
    t->on_prev = true;
    t->between = !to;
    return j - i;
}

/* "in the previous month", "last month", "in the past month" at token i as
 * a figure's own time (not a base: "from the previous month"): the month
 * before the date line's, else the month the release's head names (a
 * report on last month's figures).  Into t; its tokens, 0 when none. */
static size_t last_month(const en_reader *r, size_t i, ftime *t)
{
    size_t j = i, n;
    int m, y = 0;

    if (is_word(r, j, "in") || is_word(r, j, "during") || is_word(r, j, "for"))
        j += 1 + is_word(r, j + 1, "the");
    else if (!is_word(r, j, "last"))
        return 0;
    if (!(is_word(r, j, "previous") || is_word(r, j, "past") || is_word(r, j, "last"))
        || !is_word(r, j + 1, "month"))
        return 0;
    if (i > 0 && (base_word_at(r, i - 1) || is_word(r, i - 1, "the") || is_word(r, i - 1, "in")))
        return 0;               /* (than in the previous month, from last month) */
    n = j + 2 - i;
    if (r->d->title_month) {
        m = r->d->title_month == 1 ? 12 : r->d->title_month - 1;
        y = r->d->title_month == 1 ? r->d->title_year - 1 : r->d->title_year;
    } else if ((m = ingest_en_release_month(&r->ctx->dt, &y)) == 0) {
        return 0;
    }
    if (!y)
        y = en_current_year(r->d) ? en_current_year(r->d) : r->ctx->dt.en_year;
    if (!y)
        return 0;
    return one_month(t, y, m, true, n);
}

/* A month written with a capital right before the name of a measure, no
 * preposition: "January exports were", "total January exports of", "than
 * December imports of", "September electricity production rose".  The
 * month dates that measure's figure (not a base even after "than": the
 * base's figure is the one it names).  Not a date ("March 5"), a span
 * ("January to March"), "May" lower case (a verb) or a month ending a
 * clause ("faster than February"): the words after a month that make it
 * no measure's are lexicon class month-link. */
/* Does the month at token i close a list of months ("from July, August,
 * and September", "April, May and June")?  The list spells out the months
 * of a part named before it (the third trimester of 2016 from July, August
 * and September): the last month names no noun after it. */
static bool closes_month_list(const en_reader *r, size_t i)
{
    size_t j = i;

    if (j > 0 && is_word(r, j - 1, "and"))
        j--;
    if (j > 0 && is_sign(r, j - 1, ','))
        j--;
    return j < i && j > 0 && month_at(r, j - 1);
}

static bool month_before_noun(const en_reader *r, size_t i, size_t b)
{
    if (!month_at(r, i) || i + 1 >= b || r->v[i + 1].type != ET_WORD
        || !(r->s->text[r->v[i].pos] >= 'A' && r->s->text[r->v[i].pos] <= 'Z')
        || word_in(r, i + 1, LEX_MONTH_LINK))
        return false;
    if (i > 0 && (r->v[i - 1].type == ET_NUM || is_word(r, i - 1, "in")
                  || is_word(r, i - 1, "since") || is_word(r, i - 1, "from")))
        return false;
    if (closes_month_list(r, i))
        return false;
    if (!compared_before(r, i))
        return true;
    /* after "than", the month of a base only with the base's figure
       ("than December exports of $132.5 billion"); "more than November
       exports." names a base with no figure */
    for (size_t j = i + 1; j < i + 5 && j <= b && j < r->n; j++)
        if (r->v[j].type == ET_NUM)
            return true;
        else if (r->v[j].type != ET_WORD && !is_sign(r, j, '$'))
            return false;
    return false;
}

/* Does a figure end right before token i ("5.4%", "0.8 per cent")? */
static bool figure_end_before(const en_reader *r, size_t i)
{
    return i > 0 && (r->v[i - 1].type == ET_NUM || is_sign(r, i - 1, '%')
                     || is_word(r, i - 1, "percent") || is_word(r, i - 1, "cent")
                     || is_word(r, i - 1, "pct"));
}

/* Does the time phrase at token i give a goal's deadline: "by 2008", "by
 * the end of 2048" (the phrase read from its "of")? */
static bool deadline_at(const en_reader *r, size_t i)
{
    if (is_word(r, i, "by"))
        return true;
    return i >= 3 && is_word(r, i, "of") && (is_word(r, i - 1, "end") || is_word(r, i - 1, "close"))
        && is_word(r, i - 2, "the") && is_word(r, i - 3, "by");
}

/* The last time phrase in tokens [a, b): true when one is found. */
bool en_time_in(const en_reader *r, size_t a, size_t b, ftime *t)
{
    bool found = false;

    for (size_t i = a; i < b && i < r->n; i++) {
        size_t n;
        ftime w = { 0 };
        if (!r->v[i].time_may)
            continue;           /* (no phrase below starts here: en_mark_tokens) */
        w = *t;
        if ((n = yoy_months(r, i, b, &w)) != 0 || (n = adjacent_months(r, i, b, &w)) != 0
            || (n = last_month(r, i, &w)) != 0) {
            *t = w;             /* (October 2014 on October 2013; last month) */
            found = true;
            i += n - 1;
            continue;
        }
        n = en_time_phrase(r, i, b);
        /* "over the corresponding quarter of 2022", "compared to the same
           period in 2023", "compared with the first three months of 2016":
           the base's year, not the figure's */
        if (n && base_phrase(r, i)) {
            ftime u = { 0 };
            memset(&u, 0, sizeof u);
            phrase_time(r, i, n, &u);
            /* (not "lower than the rate recorded in the preceding quarter":
               the period before the text's own, whose figure this is) */
            if ((u.year || (u.explicit_part && !t->base_year)) && !u.before_own) {
                t->base_year = u.year;  /* (0: "compared to the second quarter") */
                t->base_mfrom = u.mfrom;
                t->base_mto = u.mto;
                t->base_in_period = period_after_prep(r, i) && !compared_phrase(r, i);
            }
            i += n - 1;
            continue;
        }
        if (n && (!is_word(r, i, "from") || month_range(r, i + 1)) && !is_word(r, i, "since")
            && (!is_word(r, i, "over") || over_months(r, i))) {
            ftime u = *t;
            u.mfrom = u.mto = 0;
            u.explicit_part = false;
            u.relative = false;
            u.on_prev = false;
            u.before_own = false;
            u.deadline = deadline_at(r, i);
            phrase_time(r, i, n, &u);
            u.part_local = is_word(r, i, "from") && u.explicit_part
                        && !(u.mto - u.mfrom == 2 && u.mfrom % 3 == 1)
                        && !(u.mto - u.mfrom == 5 && u.mfrom % 6 == 1);
            if (u.year || u.from || u.explicit_part) {
                if (!u.explicit_part && u.year) {
                    u.mfrom = u.mto = 0;
                }
                *t = u;
                found = true;
            }
            i += n - 1;
        } else if (n && is_word(r, i, "from") && figure_end_before(r, i) && !t->base_year) {
            /* "exports slid 5.4% from August": the month moved from, a base */
            ftime u;
            memset(&u, 0, sizeof u);
            phrase_time(r, i, n, &u);
            if (u.explicit_part && u.mfrom == u.mto) {
                t->base_year = u.year;
                t->base_mfrom = u.mfrom;
                t->base_mto = u.mto;
                t->base_moved = !u.year;
            }
            i += n - 1;
        } else if (n) {
            i += n - 1;         /* "since the third quarter of 1992": no time of the figure's */
        } else if (is_word(r, i, "last") && prev_quarter_at(r, i)
                   && !(i > 0 && base_word_at(r, i - 1))) {
            /* "a 0.6 percent contraction last quarter" (not "from last quarter") */
            prev_quarter_time(r, t, t->year);
            found = true;
            i++;
        } else if (r->v[i].type == ET_WORD) {
            int x, y;
            size_t m = en_part_at(r, i, &x, &y);
            /* a part named before the figure without a preposition:
             * "the first quarter GDP", "the October production growth",
             * "January exports were", "than December imports of" */
            if (m == 1 && month_before_noun(r, i, b)) {
                t->mfrom = x;
                t->mto = y;
                t->explicit_part = true;
                found = true;
            } else if (m && (month_at(r, i) == 0 || (i > 0 && is_word(r, i - 1, "the"))
                             || (i + 1 < b && year_of(&r->v[i + 1]))   /* with September 2014 */
                             || m == 1)     /* "rose 0.2 percent compared with December" */
                && !(is_word(r, i, "quarter") && is_word(r, i - 1, "the"))
                && (compared_before(r, i) || on_part_after_figure(r, i))) {
                /* "compared with the first three months of 2016": the base */
                size_t yi = i + m + is_word(r, i + m, "of");
                if (yi < b && year_of(&r->v[yi])) {
                    t->base_year = year_of(&r->v[yi]);
                    t->base_mfrom = x;
                    t->base_mto = y;
                    m = yi + 1 - i;     /* (its year is no time of the figure's) */
                } else if (!t->base_year) {
                    t->base_mfrom = x;  /* "compared to the second quarter" */
                    t->base_mto = y;
                }
                i += m - 1;
            } else if (m && (month_at(r, i) == 0 || (i > 0 && is_word(r, i - 1, "the")))
                && !(is_word(r, i, "quarter") && is_word(r, i - 1, "the"))) {
                t->mfrom = x;
                t->mto = y;
                t->explicit_part = true;
                for (size_t yi = i + 1; yi < i + m; yi++)
                    if (year_of(&r->v[yi]))
                        t->year = year_of(&r->v[yi]);   /* the December 2002 quarter */
                if (i + m < b && year_of(&r->v[i + m]))
                    t->year = year_of(&r->v[i + m]);
                else if (i + m + 1 < b && is_word(r, i + m, "of") && year_of(&r->v[i + m + 1])
                         && !base_phrase(r, i + m)) {
                    /* "The second quarter of 2016 saw": its year, the part kept
                       (not a base's: "Compared the first half of 2018, ...") */
                    t->year = year_of(&r->v[i + m + 1]);
                    m += 2;
                }
                found = true;
                i += m - 1;
            }
        }
    }
    return found;
}

/* Is token i one word "five-year" (a number word, "-year")? */
bool en_n_year_word(const en_reader *r, size_t i)
{
    const lex_entry *nw;
    size_t n = i < r->n && r->v[i].type == ET_WORD ? r->v[i].end - r->v[i].pos : 0;

    return n > 5 && same_bytes(r->t + r->v[i].end - 5, "-year", 5)
        && en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->v[i].end - 5, r->v[i].pos, &nw) == n - 5;
}

/* Spans the clause or sentence names: from A to B (years), between A and B,
 * over the past N years, since A, five-year. */
bool en_span_in(const en_reader *r, size_t a, size_t b, ftime *t, bool target)
{
    int n_years = 0, n_years_from = 0;  /* "over a five-year period" */

    for (size_t i = a; i + 2 < b && i + 2 < r->n; i++) {
        if ((is_word(r, i, "from") || is_word(r, i, "between")) && r->v[i + 1].type == ET_YEAR
            && (is_word(r, i + 2, "to") || is_word(r, i + 2, "and") || is_sign(r, i + 2, '-'))
            && i + 3 < r->n && year_of(&r->v[i + 3])) {
            t->from = r->v[i + 1].year - (is_word(r, i, "from") ? 1 : 0);
            t->to = year_of(&r->v[i + 3]);
            return true;
        }
        if ((is_word(r, i, "since")) && r->v[i + 1].type == ET_YEAR) {
            t->from = r->v[i + 1].year;
            /* (to the latest year stated, a preliminary one too) */
            t->to = r->d->latest > t->from ? r->d->latest
                  : r->d->latest_any > t->from ? r->d->latest_any : en_current_year(r->d);
            return t->to > t->from;
        }
    }
    for (size_t i = a; i < b && i < r->n; i++) {
        const lex_entry *e;
        if (r->v[i].type == ET_SPAN) {
            t->from = r->v[i].year - 1;
            t->to = r->v[i].year2;
            return true;
        }
        if (en_horizon_in(r, i, i + 1 < b ? i + 1 : b, t))
            return true;        /* over the next five years, in past five years */
        if ((e = kw_at(r, i)) && e->code == K_PAST) {
            for (size_t j = i + 1; j < i + 5 && j + 1 < r->n; j++) {
                const lex_entry *nw;
                int nyears = 0, end = r->d->latest ? r->d->latest : en_current_year(r->d) - 1;
                if (en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[j].pos, &nw))
                    nyears = (int)nw->num;
                else if (r->v[j].type == ET_NUM)
                    nyears = tok_int(r, j);     /* a count of years an int holds */
                if (nyears && is_word(r, j + 1, "decades"))
                    nyears *= 10;
                else if (!(nyears && is_word(r, j + 1, "years")))
                    nyears = 0;
                if (nyears && end > 0) {
                    t->from = end - nyears;
                    t->to = end;
                    t->inferred = true;
                    t->src = INGEST_TIME_LATEST;
                    return true;
                }
            }
        }
        if ((r->v[i].type == ET_WORD && i + 2 < r->n && is_sign(r, i + 1, '-')
             && is_word(r, i + 2, "year")) || en_n_year_word(r, i)) {
            const lex_entry *nw;
            int y = en_current_year(r->d);
            size_t after = i + (is_sign(r, i + 1, '-') ? 3 : 1);
            if (en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, r->v[i].pos, &nw) && nw->num >= 2
                && y && (target || is_word(r, after, "period") || is_word(r, after, "average")
                         || is_word(r, after, "plan"))
                && !(i > 0 && (ordinal_at(r, i - 1) || is_word(r, i - 1, "th")))
                && !n_years) {
                n_years = (int)nw->num;     /* a span written later wins */
                n_years_from = y - 1;
            }
        }
        /* the 12th Five-Year Plan */
        if ((ordinal_at(r, i) >= 6 && is_word(r, i + 1, "five-year"))
            || (r->v[i].type == ET_NUM && r->v[i].v >= 6 && r->v[i].v <= 20
                && is_word(r, i + 1, "th") && is_word(r, i + 2, "five-year"))) {
            int o = ordinal_at(r, i) >= 6 ? ordinal_at(r, i) : tok_int(r, i);
            t->from = 1955 + 5 * (o - 1);
            t->to = t->from + 5;
            t->inferred = true;
            t->src = INGEST_TIME_PLAN;
            return true;
        }
    }
    if (n_years) {
        t->from = n_years_from;
        t->to = n_years_from + n_years;
        t->inferred = true;
        t->src = r->d->title_year ? INGEST_TIME_DATE_LINE : INGEST_TIME_LATEST;
        return true;
    }
    return false;
}
