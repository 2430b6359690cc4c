/* time_fig_en.c -- the time of one English figure: its own time phrase,
 * its clause's, the sentence's lead year, a span for an average or a
 * multiple, "last year" and "this year" against the document's year, the
 * paragraph's year, the document's (moved out of cues_en.c, which reads the
 * cues this uses). */
#include "rules_en.h"

#include <string.h>

/* The first token of the sentence's first figure with a unit: time
 * phrases before it lead the sentence. */
static size_t first_real(const en_reader *r)
{
    for (size_t k = 0; k < r->nf; k++)
        if (!r->f[k].bare)
            return r->f[k].ti;
    return r->n;
}

/* Is the word "average" in tokens [a, b)? */
static bool average_in(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_word(r, i, "average"))
            return true;
    return false;
}

/* The figure right after figure k when it is written as k's base
 * ("compared to 5.3 per cent in 2014", "than", "against", "up from"), or
 * SIZE_MAX. */
static size_t base_fig(const en_reader *r, size_t k);

/* Is the bracket at token e one that holds only the figure after k, the
 * same amount in another currency, right after it ("a surplus of 813.4
 * billion ($7.29 billion) in February"; not "to $13.33 billion after a
 * record ($14.21 billion) in March")?  The time after it is k's too. */
static bool figure_bracket(const en_reader *r, size_t k, size_t e)
{
    const fig *b = k + 1 < r->nf ? &r->f[k + 1] : NULL;

    if (!b || !b->paren || e != r->f[k].te || b->te >= r->n || !is_sign(r, b->te, ')')
        || b->pct || b->points)
        return false;           /* (2.9 percent) is another rate, no restatement */
    return fig_first_tok(r, b) == e + 1                                   /* ($7.29 billion) */
           || (fig_first_tok(r, b) == e + 2 && r->v[e + 1].type == ET_WORD);  /* (US$2.7 billion) */
}

/* The end of the words after figure k that may date it: its clause, run
 * on past a parenthesis that only spells an abbreviation ("an increase in
 * Gross Domestic Product (GDP) from July through to September") or holds
 * the figure in another currency. */
/* Does a base set off after a comma start at token i: "compared to",
 * "compared with", "relative to" ("grew by 0.6 percent between July and
 * September, relative to the second quarter")? */
static bool base_after_comma(const en_reader *r, size_t i)
{
    int x, y;
    size_t p = i + 2 + is_word(r, i + 2, "the");

    /* only a part of a year: a base with a year or a rate ("compared to
       zero growth in 2015") is no time of the figure's */
    return ((is_word(r, i, "compared") && (is_word(r, i + 1, "to") || is_word(r, i + 1, "with")))
            || (is_word(r, i, "relative") && is_word(r, i + 1, "to")))
        && p < r->n && en_part_at(r, p, &x, &y) != 0;
}

static size_t time_end(const en_reader *r, size_t k)
{
    size_t e = en_clause_end(r, k), we = en_window_end(r, k);

    /* the base after the comma is the figure's own: its part tells the
       basis (the quarter before: change_pct) */
    if (e + 3 < we && is_sign(r, e, ',') && base_after_comma(r, e + 1)) {
        size_t i = e + 3;
        while (i < we && !(r->v[i].type == ET_SIGN && strchr(",;:|()", r->v[i].c)))
            i++;
        return i;
    }

    if (e < r->n && is_sign(r, e, '(') && figure_bracket(r, k, e))
        we = en_window_end(r, k + 1);   /* (the window ends at that figure) */
    while (e + 2 < we && is_sign(r, e, '(')
           && ((e + 3 < we && r->v[e + 1].type == ET_WORD && is_sign(r, e + 2, ')'))
               || figure_bracket(r, k, e))) {
        size_t i = figure_bracket(r, k, e) ? r->f[k + 1].te + 1 : e + 3;
        while (i < we && !(r->v[i].type == ET_SIGN && strchr(",;:|()", r->v[i].c)))
            i++;
        e = i;
    }
    return e;
}

/* Do tokens [a, b) say "the year before" ("last year", "the previous
 * year", "for the same period last year", "a year earlier")? */
static bool prior_year_in(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b && i < r->n; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && (e->code == K_LAST_YEAR
                  || (e->code == K_PREV_YEAR && is_word(r, i, "a")
                      && (is_word(r, i + 2, "ago") || is_word(r, i + 2, "earlier")))))
            return true;
    }
    return false;
}

/* Do tokens [a, b) say "last year" or "the past year", the year before
 * the text's now, rather than "the previous year" or "the preceding year",
 * the year before the figure compared? */
static bool text_last_year_in(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b && i < r->n; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && e->code == K_LAST_YEAR && (is_word(r, i, "last") || is_word(r, i, "past")
                                            || is_word(r, i + 1, "past")))
            return true;
    }
    return false;
}

/* The end of figure k's own words in its clause (up to end): the first
 * token of a later figure written as its base ("compared to 5.3 per cent
 * in 2014", "than", "against", "up from"), whose time is the base's. */
/* "after falling 11.8 percent in the second quarter", "following an
 * increase of 6.9 percent in": a figure of an earlier period, with its own
 * time, written after "after" or "following" (j: its first token). */
static bool after_verb(const en_reader *r, size_t j)
{
    size_t a = j;
    if (a >= 2 && is_word(r, a - 1, "of") && kw_at(r, a - 2))
        a -= 2;                 /* an increase of */
    if (a >= 1 && (is_word(r, a - 1, "an") || is_word(r, a - 1, "a")))
        a--;
    if (a >= 1 && r->v[a - 1].type == ET_WORD && r->v[a - 1].end - r->v[a - 1].pos > 4
        && same_bytes(r->t + r->v[a - 1].end - 3, "ing", 3) && !is_word(r, a - 1, "following"))
        a--;                    /* falling, easing */
    return a >= 1 && a < j && (is_word(r, a - 1, "after") || is_word(r, a - 1, "following"));
}

static size_t base_fig(const en_reader *r, size_t k)
{
    size_t b = k + 1, j;

    if (b >= r->nf || (j = fig_first_tok(r, &r->f[b])) < 2)
        return SIZE_MAX;
    if (is_word(r, j - 1, "just") || is_word(r, j - 1, "only") || is_word(r, j - 1, "the"))
        j--;                    /* compared to just 3.5 per cent, than the 6.3 percent */
    if (j < 2)
        return SIZE_MAX;
    if (is_word(r, j - 1, "than") || is_word(r, j - 1, "against")
        || is_word(r, j - 1, "versus")
        || ((is_word(r, j - 1, "to") || is_word(r, j - 1, "with")) && is_word(r, j - 2, "compared"))
        || (is_word(r, j - 1, "from") && (is_word(r, j - 2, "up") || is_word(r, j - 2, "down"))))
        return b;
    return SIZE_MAX;
}

static size_t own_end(const en_reader *r, size_t k, size_t end)
{
    /* "were $7.6 billion less than December exports of $132.5 billion":
       the base's words, its month with them, begin at "than" */
    if (k + 1 < r->nf)
        for (size_t i = r->f[k].te; i < end && i < fig_first_tok(r, &r->f[k + 1]); i++)
            if (is_word(r, i, "than") || is_word(r, i, "versus") || is_word(r, i, "compared"))
                return i;
    for (size_t b = k + 1; b < r->nf && r->f[b].ti < end; b++) {
        size_t j = fig_first_tok(r, &r->f[b]);
        if (j == 0)
            continue;
        if (after_verb(r, j))
            return j - 1;       /* (its own time: "after easing 14.8 percent in Q2") */
        if (is_word(r, j - 1, "than") || is_word(r, j - 1, "against")
            || is_word(r, j - 1, "versus")
            || ((is_word(r, j - 1, "to") || is_word(r, j - 1, "with")) && j >= 2
                && is_word(r, j - 2, "compared"))
            || (is_word(r, j - 1, "from") && j >= 2
                && (is_word(r, j - 2, "up") || is_word(r, j - 2, "down"))))
            return j - 1;
    }
    return end;
}

/* A time phrase leading figure k's clause as a clause of its own, after
 * the figure before: "…, according to the estimates.1 In the fourth
 * quarter of 2021, real GDP increased 6.9 percent" (a sentence the page
 * did not end), "…; in the first half, exports rose 4 percent".  Into u. */
static bool lead_clause_time(const en_reader *r, size_t k, size_t cs, ftime *u)
{
    size_t a = k > 0 ? r->f[k - 1].te : 0;

    for (size_t p = cs; p-- > a;) {
        size_t n;
        if (p > 0 && !(r->v[p - 1].type == ET_SIGN && strchr(",.;:)", r->v[p - 1].c))
            && !(r->v[p - 1].type == ET_NUM && r->v[p - 1].v < 100 && p >= 2
                 && (is_sign(r, p - 2, ')') || is_sign(r, p - 2, '.'))))
            continue;           /* (".1 In": a footnote's number) */
        if ((n = en_time_phrase(r, p, cs)) != 0 && p + n < cs && is_sign(r, p + n, ',')
            && !is_word(r, p, "from") && !is_word(r, p, "since") && !is_word(r, p, "over")) {
            ftime v = *u;
            v.mfrom = v.mto = 0;
            v.explicit_part = false;
            if (en_time_in(r, p, p + n, &v) && (v.year || v.explicit_part)) {
                *u = v;
                return true;
            }
        }
    }
    return false;
}

/* A sentence that opens "From 1997" with no end year ("From 1997 government
 * consumption amounted to 23.4% of GDP on average"): an average over the
 * years from the written one to the latest the text states, counted from
 * the year before the first, as "from 1997 to 2017" is.  Into t; false
 * when the sentence does not open so. */
static bool lead_from(const en_reader *r, ftime *t)
{
    int end = r->d->latest ? r->d->latest : r->d->latest_any;

    if (!(is_word(r, 0, "from") || is_word(r, 0, "starting")) || r->n < 3
        || r->v[1].type != ET_YEAR || is_word(r, 2, "to") || is_word(r, 2, "through")
        || is_word(r, 2, "until") || is_word(r, 2, "and") || is_sign(r, 2, '-'))
        return false;
    if (end <= r->v[1].year)
        return false;
    t->from = r->v[1].year - 1;
    t->to = end;
    t->year = 0;
    t->inferred = true;
    t->src = INGEST_TIME_LATEST;
    return true;
}

/* A list of n figures (one group) followed by as many years: a list
 * ("in 2015, 2016 and 2017 respectively"), a written span of n years
 * ("from fiscal year 2004-05 to 2007-08", "in the three years from 2018 to
 * 2020", "in 2019-2021").  The year of figure k into *year; false when
 * the years do not count the figures. */
static bool list_years(const en_reader *r, size_t k, int *year)
{
    size_t first = k, last = k, n, ny = 0, e, m;
    int ys[12], span_a = 0, span_b = 0;

    while (first > 0 && r->f[first - 1].group == r->f[k].group)
        first--;
    while (last + 1 < r->nf && r->f[last + 1].group == r->f[k].group)
        last++;
    n = last - first + 1;
    if (n < 2 || n > 12)
        return false;
    e = en_window_end(r, last);
    for (size_t i = r->f[last].te; i < e && i < r->f[last].te + 20; i++) {
        if (is_sign(r, i, '.') || is_sign(r, i, ';'))
            break;
        if (r->v[i].type == ET_SPAN) {
            span_a = r->v[i].year;
            span_b = r->v[i].year2;
        } else if (year_of(&r->v[i]) && ny < 12) {
            ys[ny++] = year_of(&r->v[i]);
        } else if (ny < 12 && (m = en_rel_year_at(r, i, &ys[ny])) != 0) {
            ny++;               /* "this year and in 2016" */
            i += m - 1;
        }
    }
    if (ny == n) {
        for (size_t i = 1; i < ny; i++)
            if (ys[i] <= ys[i - 1])
                return false;
        *year = ys[k - first];
        return true;
    }
    if (ny == 2 && !span_a) {
        span_a = ys[0];
        span_b = ys[1];
    } else if (ny) {
        return false;
    }
    if (span_a && span_b - span_a + 1 == (int)n) {
        *year = span_a + (int)(k - first);
        return true;
    }
    return false;
}

static void figure_time(en_reader *r, size_t k, size_t cs, const cues *c, ingest_kind kind,
                        ftime *t);
static void month_before_compared(en_reader *r, size_t k, ftime *t);
static bool text_dated(const ftime *t);

/* Does the part at token i date the figure right before it ("4.1 percent
 * in the first quarter"), not parts named together ("in the second, third
 * and fourth quarters")? */
static bool part_dates_figure(const en_reader *r, size_t i)
{
    if (i < 2 || !is_word(r, i - 2, "in") || !is_word(r, i - 1, "the"))
        return false;
    for (size_t k = 0; k < r->nf; k++)
        if (r->f[k].te == i - 2)
            return true;
    return false;
}

/* The year written after a part ("of 2024") is the list's one year: false
 * when it differs from *year, the year an earlier part wrote. */
static bool same_year(const en_reader *r, size_t j, int *year)
{
    int y = is_word(r, j, "of") ? tok_int(r, j + 1) : 0;

    if (y < 1900)
        return true;
    if (*year && *year != y)
        return false;
    *year = y;
    return true;
}

/* Does the sentence go through a year part by part, from its start on
 * ("5.15 percent in the first quarter, 6.28 percent in the second quarter,
 * 7.46 percent in the third quarter")?  Three parts at least, in the
 * year's order; not the release's quarter before its bases ("0.8 percent
 * in the December quarter following 0.9 and 1.7 percent in the September
 * and June quarters").  Read only until the text has a part of its own. */
static bool parts_listed(const en_reader *r)
{
    int n = 0, from, to, last = 0, year = 0;

    for (size_t i = 0; i < r->n; i++) {
        size_t u;
        if (word_in(r, i, LEX_OUTLOOK_WORD))
            return false;   /* "expects 1.3% in the second quarter": a forecast's */
        u = en_part_at(r, i, &from, &to);
        if (!u)
            continue;
        if (!part_dates_figure(r, i) || from <= last || (n == 0 && from != 1)
            || !same_year(r, i + u, &year))
            return false;
        if (++n >= 3)
            return true;
        last = from;
        i += u - 1;
    }
    return false;
}

/* A text that first states a figure for a whole year it writes ("GDP grew
 * 6.1 percent in 2019") reports that year: a quarter of it stated later
 * ("6.0 percent in the fourth quarter") is a detail, and later figures
 * with no time of their own stay the year's (t->part_local keeps the part
 * from becoming the text's).  Records the year from t, or marks t. */
static void whole_year_part(en_reader *r, const cues *c, ingest_kind kind, ftime *t)
{
    if (t->explicit_part) {
        if ((t->year && t->year == r->d->year_whole) || (!r->d->part_from && parts_listed(r)))
            t->part_local = true;   /* (a list of parts: none is the text's) */
        return;
    }
    if (t->src == INGEST_TIME_SENTENCE && t->year && !t->from && !t->before_own && !t->deadline
        && !c->estimated && !c->target && kind != INGEST_GROWTH_AVG && !r->d->year_whole)
        r->d->year_whole = t->year;
}

/* The time of figure k (cs: its clause start).  Under --report-year a time
 * taken from the document's year says so (time_source "option"; "official"
 * when release_en.c's table gave the year as the option would). */
void en_figure_time(en_reader *r, size_t k, size_t cs, const cues *c, ingest_kind kind,
                    ftime *t)
{
    figure_time(r, k, cs, c, kind, t);
    month_before_compared(r, k, t);
    whole_year_part(r, c, kind, t);
    if (r->ctx->doc_source == INGEST_TIME_OPTION
        && (t->src == INGEST_TIME_LATEST || t->src == INGEST_TIME_TITLE
            || t->src == INGEST_TIME_DATE_LINE))
        t->src = r->ctx->year_official ? INGEST_TIME_OFFICIAL : INGEST_TIME_OPTION;
}

/* Figure k with no time of its own, joined by "and" to the clause of the
 * next figure ("grew by a record 8.15 per cent and the per capita income
 * totaled US$1,909 in the fiscal year (FY19)"): that clause's time, into u.
 * Not across a contrast or a base (while, but, than, from). */
static bool joined_time(const en_reader *r, size_t k, ftime *u)
{
    size_t n = k + 1, j;
    bool joined = false;

    if (n >= r->nf || r->f[n].group == r->f[k].group)
        return false;
    j = fig_first_tok(r, &r->f[n]);
    for (size_t i = r->f[k].te; i < j; i++) {
        if (!(r->v[i].type == ET_WORD || is_sign(r, i, ',')) || base_word_at(r, i)
            || is_word(r, i, "while") || is_word(r, i, "but") || is_word(r, i, "whereas")
            || is_word(r, i, "after") || is_word(r, i, "following")
            || (kw_at(r, i) && (kw_at(r, i)->code == K_THIS_YEAR || kw_at(r, i)->code == K_LAST_YEAR
                                || kw_at(r, i)->code == K_PREV_YEAR || kw_at(r, i)->code == K_QOQ)))
            return false;       /* (a time word of its own: "2.5 percent this year, and") */
        joined = joined || is_word(r, i, "and");
    }
    return joined && en_time_in(r, r->f[n].te, own_end(r, n, time_end(r, n)), u);
}

/* "its 2015 forecast for South Asia to 7.3 percent", "a 2023 industrial
 * output growth target of 7.5 percent", "its 2018 and 2019 growth
 * estimates for Asia at 6% and 5.8%", "the bank's 2045 inflation
 * forecast": a year written as the adjective of a forecast's or a goal's
 * noun in figure k's clause is the figure's year (the years of a pair, in
 * order, of a pair of figures).  Into u. */
static bool goal_year(const en_reader *r, size_t k, size_t cs, ftime *u)
{
    const fig *f = &r->f[k];
    size_t gidx = 0, gsize;

    for (size_t m = k; m > 0 && r->f[m - 1].group == f->group; m--)
        gidx++;
    gsize = gidx + 1;
    for (size_t m = k + 1; m < r->nf && r->f[m].group == f->group; m++)
        gsize++;
    cs = gidx ? en_clause_start(r, k - gidx) : cs;
    for (size_t i = cs + 1; i < f->ti; i++) {
        int years[2] = { r->v[i].year, 0 }, n = 1;
        size_t j = i + 1;
        const lex_entry *e;
        if (r->v[i].type != ET_YEAR || r->v[i - 1].type != ET_WORD
            || !(en_class_toks(r, LEX_YEAR_DETERMINER, i - 1, true) == 1
                 || (is_word(r, i - 1, "s") && i >= 2 && r->v[i - 2].type == ET_SIGN)
                 || (r->v[i - 1].end - r->v[i - 1].pos > 2 && r->t[r->v[i - 1].end - 1] == 's'
                     && r->t[r->v[i - 1].end - 2] == '\'')))
            continue;
        if (is_word(r, j, "and") && j + 1 < f->ti && r->v[j + 1].type == ET_YEAR) {
            years[n++] = r->v[j + 1].year;
            j += 2;
        }
        for (; j < f->ti && j < i + 7 && r->v[j].type == ET_WORD; j++)
            if ((e = kw_at(r, j)) && (e->code == K_TARGET || e->code == K_ESTIMATE)
                && (e->flags & LEXF_GOAL) && r->v[j].pos + e->n == r->v[j].end) {
                if (n == 2 && gsize != 2)
                    return false;
                u->year = years[n == 2 ? gidx : 0];
                return true;
            }
    }
    return false;
}

/* The label before figure k's value, "(Q2: ", "(March 2022: " (p is the
 * colon's token): the part's first and last month into *a, *z, its year
 * (0: none) into u->year; the bracket's token, or SIZE_MAX when it is not so. */
static size_t bracket_label(const en_reader *r, size_t p, int *a, int *z, ftime *u)
{
    size_t y = year_of(&r->v[p - 1]) ? p - 1 : p;

    for (size_t s = y; s-- > 0 && s + 3 >= y;)
        if (is_sign(r, s, '(')) {
            size_t n = en_part_at(r, s + 1, a, z);
            if (n == 0 || n != y - s - 1)
                return SIZE_MAX;        /* ("(2020: 5.1%)" names no part) */
            u->year = y < p ? year_of(&r->v[y]) : 0;
            return s;
        }
    return SIZE_MAX;
}

/* The part written right before the bracket at p, "in July (", "in Q2 (",
 * "and August 2020 (": as bracket_label, the part's first token or SIZE_MAX. */
static size_t part_before_bracket(const en_reader *r, size_t p, int *a, int *z, ftime *u)
{
    size_t n;

    for (size_t s = p; s-- > 0 && s + 4 >= p;) {
        if ((n = en_part_at(r, s, a, z)) == 0 || n > p - s)
            continue;
        if (s + n + (s + n < p && year_of(&r->v[s + n])) != p)
            return SIZE_MAX;
        u->year = s + n < p ? year_of(&r->v[s + n]) : 0;
        return s;
    }
    return SIZE_MAX;
}

/* A figure in brackets dated by the part of a year written right before
 * the bracket or as its label: "in July (3.2%) and August (3.1%)",
 * "slightly faster than in Q2 (5.0 percent)", "accelerated to 7.1 percent
 * (Q2: 5.3 percent)", "(March 2022: 17.0 per cent)".  The part, and the
 * year written with it, into u; false when it is not so. */
static bool bracket_time(const en_reader *r, size_t k, ftime *u)
{
    size_t b = fig_first_tok(r, &r->f[k]), p = b - 1, open;
    int a = 0, z = 0;
    ftime w = { 0 };

    if (b < 3)
        return false;
    if (is_sign(r, p, ':'))
        open = bracket_label(r, p, &a, &z, u);
    else if (!r->f[k].paren)
        return false;
    else
        open = part_before_bracket(r, is_sign(r, p, '(') ? p : p - 1, &a, &z, u);   /* "(+3.2%)" */
    if (open == SIZE_MAX)
        return false;
    /* a part with no year of its own: the year of the sentence's time
       before the bracket ("in September 2020, lower than ... July (3.2%)"),
       the year before for a later part ("in Q1 2016 (Q4: 2.9 per cent)") */
    memset(&w, 0, sizeof w);
    if (!u->year && en_time_in(r, 0, open, &w))   /* (Q4 of Q1's is the year before) */
        u->year = w.year && w.mfrom && a > w.mto ? w.year - 1 : w.year;
    u->mfrom = a;
    u->mto = z;
    u->explicit_part = true;
    return true;
}

/* The time the words of figure k write, into u: after it, after the next
 * figure it is coordinated with or the last of its list ("6.3% and 7.8%
 * respectively in Q4"), before it in its clause, a clause of time before
 * it, the time leading the sentence.  False when none does. */
static bool written_time(const en_reader *r, size_t k, size_t cs, ftime *u)
{
    const fig *f = &r->f[k];
    size_t last = k, own = own_end(r, k, time_end(r, k));

    while (last + 1 < r->nf && r->f[last + 1].group == f->group)
        last++;
    return (!en_level_base(r, k) && en_own_rel_year(r, k, u))
        || (!en_level_base(r, k) && en_time_in(r, f->te, own, u))
        || bracket_time(r, k, u)
        || (en_coordinated(r, k + 1) && en_time_in(r, r->f[k + 1].te, en_clause_end(r, k + 1), u))
        || (last > k && en_time_in(r, r->f[last].te, en_clause_end(r, last), u))
        || en_time_in(r, cs, f->ti, u)
        || goal_year(r, k, cs, u)
        || lead_clause_time(r, k, cs, u)
        || (!(u->base_year && k > 0 && base_fig(r, k - 1) == k)   /* (its base phrase dates it) */
            && en_time_in(r, 0, first_real(r), u))
        || joined_time(r, k, u);
}

/* "grew by 5.6 per cent compared to 5.3 per cent in 2014": the year (and
 * part) written for the figure after k that is its base, into u's base. */
static void base_figure_year(const en_reader *r, size_t k, ftime *u)
{
    size_t b = base_fig(r, k);
    bool written = false;       /* (a year written: "in the previous quarter" is no
                                   year-on-year base) */
    ftime v = { 0 };

    if (u->base_year || b == SIZE_MAX)
        return;
    memset(&v, 0, sizeof v);
    for (size_t i = r->f[b].te; i < en_clause_end(r, b); i++)
        written = written || year_of(&r->v[i]);
    if (written && en_time_in(r, r->f[b].te, en_clause_end(r, b), &v) && v.year && !v.from) {
        u->base_year = v.year;
        u->base_mfrom = v.explicit_part ? v.mfrom : 0;
        u->base_mto = v.explicit_part ? v.mto : 0;
    }
}

/* The time of the figure before k, the one k is the base of, into tt. */
static void compared_time(en_reader *r, size_t k, ftime *tt)
{
    cues cq;
    size_t cs0 = en_clause_start(r, k - 1);

    en_read_cues(r, k - 1, cs0, &cq);
    en_figure_time(r, k - 1, cs0, &cq, INGEST_GROWTH_YOY, tt);
}

/* Figure k the base of the figure before, "the 6.3 percent for the same
 * period last year", "just 3.5 per cent the previous year", "up from the
 * 3.9 percent attained in the previous year" (the year before the
 * financial year 2017/18 the figure before names, not before the text's
 * year, which "in last year" is): the year before the compared figure's,
 * into t. */
static void prior_base_time(en_reader *r, size_t k, const cues *c, ftime *t)
{
    ftime tt = { 0 };
    size_t we = k + 1 < r->nf ? r->f[k + 1].ti : en_clause_end(r, k);

    if (t->year || t->from || k == 0 || (c->last_year && text_last_year_in(r, r->f[k].te, we))
        || base_fig(r, k - 1) != k || !prior_year_in(r, r->f[k].te, we))
        return;
    compared_time(r, k, &tt);
    if (tt.year && !tt.from) {
        t->year = tt.year - 1;
        t->mfrom = tt.mfrom;
        t->mto = tt.mto;
        t->explicit_part = tt.mfrom != 0;
        t->inferred = true;
        t->src = INGEST_TIME_RELATIVE;
    }
}

/* Does the sentence name "the same period" or "the corresponding period"
 * (a base of no part of its own: the period of the text's figures)? */
static bool same_period_words(const en_reader *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const lex_entry *e = kw_at(r, i);
        /* a same-period keyword of the lexicon that ends in "period" */
        if (e && e->code == K_PREV_YEAR && e->n >= 6 && r->v[i].pos + e->n <= r->len
            && !memcmp(r->t + r->v[i].pos + e->n - 6, "period", 6))
            return true;
    }
    return false;
}

/* The part of a year the text's head names as what it reports, when it is
 * of t's year, into t ("Compared to the same period in 2013, real GDP
 * growth stood at 3.1 percent" in a release whose head names the second
 * quarter of 2014). */
static void text_period_of(const en_reader *r, ftime *t)
{
    const ingest_doctime *dt = &r->ctx->dt;

    if (!dt->en_part_from || !(dt->en_part_year ? dt->en_part_year == t->year
                               : r->d->title_year == t->year))
        return;
    t->mfrom = dt->en_part_from;
    t->mto = dt->en_part_to;
    t->explicit_part = true;
}

/* A base written (u) and no time of figure k's own: the year after the
 * base's ("in the first quarter of this year compared to the same period in
 * 2023" is 2024's first quarter); the base figure's own ("as compared with
 * the 6.8 percent growth recorded during the same period of 2018"), with
 * the part of the figure compared with it. */
static void after_base_time(en_reader *r, size_t k, const cues *c, ingest_kind kind,
                            const ftime *u, ftime *t)
{
    bool base_figure = k > 0 && base_fig(r, k - 1) == k;
    /* (a level stated for the period itself, "During the corresponding
       period of 2011-12, the deficit was $137.31 billion", is its own) */
    bool own_base = base_figure || (kind == INGEST_LEVEL && u->base_in_period);

    if (t->year || t->from || !u->base_year
        || ((c->this_year || c->last_year) && en_current_year(r->d)))
        return;
    t->year = u->base_year + (own_base ? 0 : 1);
    if (!t->explicit_part && u->base_mfrom) {
        t->mfrom = u->base_mfrom;
        t->mto = u->base_mto;
        t->explicit_part = true;
    } else if (!t->explicit_part && base_figure) {
        ftime tt = { 0 };
        compared_time(r, k, &tt);
        if (tt.mfrom) {
            t->mfrom = tt.mfrom;
            t->mto = tt.mto;
            t->explicit_part = true;
        }
    } else if (!t->explicit_part && same_period_words(r)) {
        text_period_of(r, t);
    }
    t->inferred = true;
    t->src = INGEST_TIME_SENTENCE;
}

/* One of a list of figures dated by as many years: that year, into t. */
static bool listed_time(const en_reader *r, size_t k, ingest_kind kind, ftime *t)
{
    int y;

    if (kind == INGEST_GROWTH_AVG || kind == INGEST_MULTIPLE || !list_years(r, k, &y))
        return false;
    t->year = y;
    t->from = t->to = 0;
    t->mfrom = t->mto = 0;
    t->explicit_part = false;
    t->by_list = true;
    t->src = INGEST_TIME_SENTENCE;
    return true;
}

/* An average with no span of its own in a text whose head names a five-year
 * plan it is written in or for ("Indicators of the 13th Five-Year Plan
 * (2016-2020)": "grow 11% annually"): over the plan, into t. */
static bool plan_span(const en_reader *r, ftime *t)
{
    int pe = r->ctx->dt.plan_end, now = en_current_year(r->d);

    if (!pe || (now && (now < pe - 6 || now > pe)))
        return false;
    t->from = pe - 5;
    t->to = pe;
    t->year = 0;
    t->inferred = true;
    t->src = INGEST_TIME_PLAN;
    return true;
}

/* Is "between Y and" written in the sentence ("between 1995 and 2002")?
 * An average between them is over the years from Y on, counted from the
 * year before as "from 1995 to 2002" is; a multiple or a change between
 * them is from Y's level. */
static bool between_years(const en_reader *r, int y)
{
    for (size_t i = 0; i + 2 < r->n; i++)
        if (is_word(r, i, "between") && r->v[i + 1].type == ET_YEAR && r->v[i + 1].year == y
            && is_word(r, i + 2, "and"))
            return true;
    return false;
}

/* An average, a multiple or a change (not in points) over the span its
 * clause or sentence names, into t; true when that is figure k's time. */
static bool change_span(const en_reader *r, size_t k, size_t cs, const cues *c,
                        ingest_kind kind, ftime *t)
{
    ftime sp = *t;

    if (en_span_in(r, cs, en_clause_end(r, k), &sp, c->target)
        || en_span_in(r, 0, r->n, &sp, c->target || r->target)) {
        if (kind != INGEST_CHANGE_ABS || sp.from) {
            if (kind == INGEST_GROWTH_AVG && between_years(r, sp.from))
                sp.from--;      /* an average rate over the years 1996 to 2002 */
            t->from = sp.from, t->to = sp.to, t->year = 0;
            t->inferred = sp.inferred;
            if (sp.src)
                t->src = sp.src;
            return true;
        }
    }
    return kind == INGEST_GROWTH_AVG && (t->from || lead_from(r, t) || plan_span(r, t));
}

/* "the average share for the period 1980-2016", "from 1997 ... 23.4% of
 * GDP on average": a share averaged over a span keeps it (into t). */
static bool share_span(const en_reader *r, size_t k, size_t cs, const cues *c, ftime *t)
{
    if (!((c->avg || average_in(r, cs, en_clause_end(r, k)))
          && (t->from || en_span_in(r, cs, en_clause_end(r, k), t, false) || lead_from(r, t))))
        return false;
    t->src = INGEST_TIME_SENTENCE;
    return true;
}

/* A level or a rate (figure k) in a sentence that names a span: the year of
 * the span it is at ("from 70.5 to 75.5 years between 1990 and 2020",
 * "Between 2002 and 2021, X increased 3.6 times, reaching almost
 * US$3,700"), into t. */
static void span_point(const en_reader *r, size_t k, ingest_kind kind, ftime *t)
{
    const fig *f = &r->f[k];
    ftime sp = *t;

    if (kind != INGEST_GROWTH_AVG && !t->year && (f->from || f->to)
        && en_span_in(r, 0, r->n, &sp, false) && sp.from) {
        bool between = false;
        for (size_t i = 0; i < r->n; i++)
            between = between || is_word(r, i, "between");
        t->year = f->from ? sp.from + (between ? 0 : 1) : sp.to;
    }
    if (!t->year && !t->from && kind == INGEST_LEVEL && !f->from && !f->to) {
        memset(&sp, 0, sizeof sp);
        if (en_span_in(r, 0, first_real(r), &sp, false) && sp.from && sp.to) {
            t->year = sp.to;
            t->src = INGEST_TIME_SENTENCE;
        }
    }
}

/* A figure of a part of a year (its own, or the part the text's head
 * names) in a text that writes no year for its figures: the year written
 * with the head's part ("Third Quarter 2008"), else the text's year from
 * its date line or --report-year, or the year before for a part ending
 * after the date line's month (September when none: a release on the
 * fourth quarter comes out in the new year).  Into t; false when it is
 * not so. */
static bool part_year(const en_reader *r, const cues *c, ftime *t)
{
    const ingest_doctime *dt = &r->ctx->dt;
    int my, to = t->explicit_part ? t->mto : c->whole_year ? 0
               : r->ctx->para_part_to && !r->ctx->para_part_year ? r->ctx->para_part_to
               : dt->en_part_to ? dt->en_part_to : ingest_en_release_month(dt, &my);

    if (!to || r->d->latest_any || (r->d->latest && r->ctx->doc_source != INGEST_TIME_OPTION)
        || (!dt->en_part_year && !r->d->title_year))
        return false;       /* (a year written, or the one the option sets) */
    if (dt->en_part_year && (!t->explicit_part || (t->mfrom == dt->en_part_from && to == dt->en_part_to)))
        t->year = dt->en_part_year;
    else if (r->d->title_year && (r->d->title_month || r->ctx->doc_source == INGEST_TIME_OPTION))
        /* a month after the date line's, or the latest month the figures a
           release dated the text by state, or else September: last year's */
        t->year = to <= (r->d->title_month ? r->d->title_month
                         : r->ctx->release_to ? r->ctx->release_to : 9)
                  ? r->d->title_year : r->d->title_year - 1;
    else
        return false;
    t->src = INGEST_TIME_TITLE;
    return true;
}

/* Does the sentence forecast what is to come: a word of estimate with a
 * verb of the future after "to" ("is expected to reach", "is projected to
 * grow"; not "is estimated to have grown", a preliminary figure)? */
static bool future_forecast(const en_reader *r)
{
    for (size_t i = 0; i + 2 < r->n; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && e->code == K_ESTIMATE && r->v[i].pos + e->n == r->v[i].end
            && is_word(r, i + 1, "to") && r->v[i + 2].type == ET_WORD && !is_word(r, i + 2, "have"))
            return true;
    }
    return false;
}

/* No time written for figure k: the text's, into t ("last year" and "this
 * year" against its year, the sentence's or paragraph's lead year, the
 * latest year stated, the title's, the head's).  False when t is final. */
static bool text_time(const en_reader *r, const cues *c, ingest_kind kind, ftime *t)
{
    const en_doc *d = r->d;

    t->inferred = true;
    if (c->last_year && en_current_year(d)) {
        t->year = en_current_year(d) - 1;
        t->src = INGEST_TIME_RELATIVE;
    } else if ((c->this_year || c->next_year) && en_current_year(d)) {
        t->year = en_current_year(d) + c->next_year;
        t->src = INGEST_TIME_RELATIVE;
        if (!t->explicit_part)
            t->mfrom = t->mto = 0;
        return false;
    } else if (r->lead_year) {
        t->year = r->lead_year;
        t->src = INGEST_TIME_SENTENCE;
    } else if (r->deadline_year) {
        t->year = r->deadline_year;
        t->src = INGEST_TIME_SENTENCE;
        t->deadline = true;
    } else if (d->para_year) {
        t->year = d->para_year;
        t->src = INGEST_TIME_PARAGRAPH;
    } else if (d->section_year) {
        t->year = d->section_year;
        t->src = INGEST_TIME_SECTION;
    } else if (part_year(r, c, t)) {
        /* (a part of the text's year) */
    } else if (c->present && kind == INGEST_LEVEL && en_current_year(d)
               && !(c->estimated || r->estimated)) {
        /* (an estimate's "is" is the estimate's present: "output is
           expected to exceed ..." dates no figure) */
        t->year = en_current_year(d);
        t->src = d->title_year ? INGEST_TIME_DATE_LINE : INGEST_TIME_LATEST;
    } else if (d->latest) {
        t->year = d->latest;
        t->src = INGEST_TIME_LATEST;
    } else if (d->title_year) {
        t->year = d->title_year;
        t->src = INGEST_TIME_TITLE;
    } else if (d->latest_any) {
        t->year = d->latest_any;
        t->src = INGEST_TIME_LATEST;
    } else if (d->head_year) {
        /* a headline before the body that dates it; "next year" there is
           the year after ("4.2 percent this year and 3.5 percent next
           year" before "from 0.8 percent in 2024") */
        t->year = d->head_year + c->next_year;
        t->src = INGEST_TIME_LATEST;
    } else {
        t->src = INGEST_TIME_NONE;
        t->inferred = false;
    }
    if (t->src == INGEST_TIME_LATEST && t->year && !d->part_from && !d->title_year
        && r->ctx->dt.en_year_next && t->year == r->ctx->dt.en_year
        && (!en_current_year(d) || en_current_year(d) == t->year + 1)
        && (c->target || future_forecast(r)) && !r->actuals)
        /* a goal or a forecast in a text that reviews the year before the
           one it is written in (the news of a work report whose head names
           "the achievements in 2013 and major tasks in 2014": "GDP growth
           is expected to reach about 7 percent", "retail sales will grow
           by 11 percent") is for the year it is written in; not a goal set
           beside an outcome ("grew 6.1 percent, within the annual target
           of 6 to 6.5 percent") */
        t->year++;
    return true;
}

/* Is t dated by the text's own year (its latest, title, date line or
 * --report-year), not by a time written beside the figure? */
static bool text_dated(const ftime *t)
{
    return t->src == INGEST_TIME_LATEST || t->src == INGEST_TIME_TITLE
        || t->src == INGEST_TIME_DATE_LINE || t->src == INGEST_TIME_OPTION;
}

/* The month of a monthly release for t, dated by the text, from the
 * sentence its head names it on and when no quarter was stated before: the
 * month its head dates figures with (a year to date, "from January to
 * November", dates only "last month"); 0 when none. */
static int release_month(const en_reader *r, const ftime *t)
{
    int my, m;

    if (r->ctx->dt.en_part_from || !text_dated(t)
        || (m = ingest_en_release_month(&r->ctx->dt, &my)) == 0
        || !r->ctx->dt.en_month_from || (int)r->d->sentences < r->ctx->dt.en_month_from
        || !(my ? my == t->year : t->year == en_current_year(r->d))
        || r->d->part_from != r->d->part_to)
        return 0;
    return m;
}

/* Is the part framing the paragraph (ctx->para_part_*) of t's year: its
 * year unwritten, or t's? */
static bool para_part_fits(const en_reader *r, const ftime *t)
{
    return !r->ctx->para_part_year || r->ctx->para_part_year == t->year;
}

/* The part of a year the text reports, for a figure dated by the text's
 * year with no part of its own: the quarter its standfirst names, or the
 * first part stated in that year. */
static void text_part(const en_reader *r, const cues *c, ftime *t)
{
    int m;

    if (t->explicit_part || c->whole_year || t->src == INGEST_TIME_SECTION)
        return;                 /* (a heading's year is the whole year's) */
    if (t->src == INGEST_TIME_PARAGRAPH) {
        /* "For 2016, the deficit increased …  Exports decreased …": a
           year leading the paragraph is the whole year's, unless a part
           leads it with the year ("In December 2016, …") */
        if (para_part_fits(r, t)) {
            t->mfrom = r->ctx->para_part_from;
            t->mto = r->ctx->para_part_to;
        }
        return;
    }
    if (r->ctx->para_part_from && text_dated(t) && para_part_fits(r, t)) {
        /* the part leading the paragraph ("In the first five months, ...") */
        t->mfrom = r->ctx->para_part_from;
        t->mto = r->ctx->para_part_to;
    } else if ((m = release_month(r, t)) != 0) {
        t->mfrom = t->mto = m;
    } else if (r->ctx->dt.en_part_from
        && (t->src == INGEST_TIME_LATEST || t->src == INGEST_TIME_TITLE
            || t->src == INGEST_TIME_DATE_LINE)) {
        t->mfrom = r->ctx->dt.en_part_from;
        t->mto = r->ctx->dt.en_part_to;
    } else if (r->d->part_from && t->year == r->d->part_year) {
        t->mfrom = r->d->part_from;
        t->mto = r->d->part_to;
    }
}

/* "vegetables (4.2 percent from 4.8 percent)", "eased to 2.8 percent from
 * 3.2 percent", "transport (1.9 percent vs 1.0 percent)", "rose 0.5
 * percent, following a 0.3 percent gain" in a monthly release, figure k
 * dated by the text's month and written as the rate before's base with no
 * time of its own (en_base_of_previous: from, vs, versus, following,
 * compared with ...): the month before's (December of the year before,
 * for January), as a reader of a monthly release takes it. */
static void base_month(const en_reader *r, size_t k, ftime *t)
{
    size_t ft = fig_first_tok(r, &r->f[k]);

    if (!r->f[k].pct || !text_dated(t) || t->explicit_part || !t->mfrom || t->mfrom != t->mto
        || k == 0 || !r->f[k - 1].pct || ft == 0
        || !en_base_of_previous(r, k))
        return;
    if (--t->mfrom == 0) {
        t->mfrom = 12;
        t->year--;
    }
    t->mto = t->mfrom;
}

/* Is figure k written as what the figure before it moved from or
 * followed ("to 2.4 percent from 2.7 percent", "up from", "compared to",
 * "following a 1.6 percent drop")? */
static bool compared_before_fig(const en_reader *r, size_t k)
{
    size_t j = fig_first_tok(r, &r->f[k]);

    if (j > 1 && is_word(r, j - 1, "the") && is_word(r, j - 2, "from"))
        j--;                    /* (from the 5.4 percent rate recorded) */
    return base_fig(r, k - 1) == k || after_verb(r, j) || (j > 0 && is_word(r, j - 1, "from"));
}

/* The latest month of year y that the text or the sentence before figure k
 * reports: a month written before the figure ("in January of 2015 from 2.7
 * percent in December"), the date line's, the release's, the head's part;
 * 0 when none.  The release's month named alone is of the text's year, or
 * with no such year of the first year its head dates with (the year after
 * a base: "up from $295.46 billion for all of 2008" in a story on January
 * that compares with December). */
static int reported_month(const en_reader *r, size_t k, int y)
{
    const ingest_doctime *dt = &r->ctx->dt;
    int ref = 0, my, m;
    ftime w = { 0 };

    memset(&w, 0, sizeof w);
    if (k > 0 && compared_before_fig(r, k) && en_time_in(r, 0, r->f[k].ti, &w) && w.explicit_part
        && !w.from && (w.year ? w.year == y : en_current_year(r->d) == y))
        ref = w.mto;
    if (r->d->title_year == y && r->d->title_month > ref)
        ref = r->d->title_month;
    if ((m = ingest_en_release_month(dt, &my)) > ref
        && (my ? my == y : en_current_year(r->d) ? en_current_year(r->d) == y
                : m == dt->en_month_bare && r->d->head_year == y))
        ref = m;
    if (dt->en_part_to > ref && (dt->en_part_year ? dt->en_part_year : r->d->title_year) == y)
        ref = dt->en_part_to;
    return ref;
}

/* "eased to 2.4 percent in January of 2015 from 2.7 percent in December",
 * "following a 1.6 percent drop in December" in a text on January: a part
 * written without its year that begins after every month the text and the
 * sentence report is the year before's (a report looks back at the
 * December before it; a forecast may look ahead, so not one). */
static void part_before_report(const en_reader *r, size_t k, const cues *c, bool year_written,
                               ftime *t)
{
    int ref;

    if (year_written || !t->explicit_part || !t->year || t->from || c->estimated || c->target
        || r->estimated || r->target)
        return;
    if ((ref = reported_month(r, k, t->year)) != 0 && t->mfrom > ref)
        t->year--;
}

/* Do the words right after figure k say "the month before" ("from 5.23
 * per cent in the previous month", "a 1.0 percent fall in the preceding
 * month", "5.7 percent a month earlier", "29 percent a month ago", "six
 * percent one month prior", "the 20.3 per cent rate recorded a month
 * earlier")? */
static bool month_before_after(const en_reader *r, size_t k)
{
    size_t i = r->f[k].te;

    if (i < r->n && r->v[i].type == ET_WORD && r->v[i].kw
        && (r->v[i].kw->code == K_GROW || r->v[i].kw->code == K_FALL))
        i++;                    /* (a 1.0 percent fall in) */
    else if (is_word(r, i, "rate"))
        i++;                    /* (the 20.3 per cent rate) */
    if (word_in(r, i, LEX_RECORD_VERB))
        i++;                    /* (recorded, seen) */
    if (is_word(r, i, "in") || is_word(r, i, "during"))
        i++;
    if (is_word(r, i, "the"))
        return (is_word(r, i + 1, "previous") || is_word(r, i + 1, "preceding")
                || is_word(r, i + 1, "prior")) && is_word(r, i + 2, "month");
    return (is_word(r, i, "a") || is_word(r, i, "one")) && is_word(r, i + 1, "month")
        && (is_word(r, i + 2, "earlier") || is_word(r, i + 2, "ago") || is_word(r, i + 2, "prior")
            || is_word(r, i + 2, "before"));
}

/* Figure k written as the figure before's base (or moved from, in a text
 * dated by its month), dated "the month before" (month_before_after): the
 * month before the compared figure's (or the text's) month, into t ("to
 * 5.42 percent in February, 2021 from 5.23 per cent in the previous month"
 * is January's; "last month", told from the date line, is not this). */
static void month_before_compared(en_reader *r, size_t k, ftime *t)
{
    ftime tt = { 0 };
    size_t j = fig_first_tok(r, &r->f[k]);

    if (!month_before_after(r, k))
        return;
    if (k > 0 && compared_before_fig(r, k))
        compared_time(r, k, &tt);
    else if (j > 0 && is_word(r, j - 1, "from") && text_dated(t) && !t->explicit_part)
        tt = *t;                /* "fell two points from 29 percent a month ago" in
                                   a text on December: November's */
    else
        return;
    if (!tt.year || tt.from || !tt.mfrom || tt.mfrom != tt.mto)
        return;
    t->year = tt.mfrom == 1 ? tt.year - 1 : tt.year;
    t->mfrom = t->mto = tt.mfrom == 1 ? 12 : tt.mfrom - 1;
    t->explicit_part = true;
    t->from = t->to = 0;
    t->inferred = true;
    t->src = INGEST_TIME_RELATIVE;
}

/* "the incidence of poverty dropping from 9.6 percent to 5.6 percent" in a
 * year's review, dated by the text: the start (figure k) is the year
 * before's. */
static void pair_start(const en_reader *r, size_t k, ingest_kind kind, ftime *t)
{
    if (r->f[k].from && k + 1 < r->nf && r->f[k + 1].to && !t->mfrom && t->year
        && kind != INGEST_GROWTH_AVG && text_dated(t))
        t->year--;
}

/* Is figure k written as a base, after "compared with", "than", "against",
 * "versus", "up from" ("The expansion compared with 3.68% growth in the
 * first quarter of 2020")?  The year written for it is the base's, not one
 * the text reports. */
static bool written_as_base(const en_reader *r, size_t k)
{
    size_t j = fig_first_tok(r, &r->f[k]);

    if (k > 0 && base_fig(r, k - 1) == k)
        return true;
    if (j > 0 && (is_word(r, j - 1, "just") || is_word(r, j - 1, "only") || is_word(r, j - 1, "the")))
        j--;
    if (j < 2)
        return false;
    if (is_word(r, j - 1, "than"))      /* (not a bound: "more than US$48 billion in 2021") */
        return !is_word(r, j - 2, "more") && !is_word(r, j - 2, "less") && !is_word(r, j - 2, "fewer");
    return is_word(r, j - 1, "against") || is_word(r, j - 1, "versus")
        || ((is_word(r, j - 1, "to") || is_word(r, j - 1, "with")) && is_word(r, j - 2, "compared"));
}

/* Figure k told of a time named just before it by "which" or "when"
 * ("compared with the first quarter of 2017 which recorded a growth of
 * -0.91 per cent", "the corresponding quarter of 2016, which was -2.3 per
 * cent", "since September 2017 when it was 5.7%"): that time is the
 * figure's own, though a base's.  Into t (its year no latest the text
 * reports); false when it is not so. */
static bool which_time(const en_reader *r, size_t k, ftime *t)
{
    size_t j = fig_first_tok(r, &r->f[k]), w = j, y;
    int from, to;

    while (w > 0 && j - w < 6 && r->v[w - 1].type == ET_WORD && !is_word(r, w - 1, "which")
           && !is_word(r, w - 1, "when"))
        w--;
    if (w < 2 || !(is_word(r, w - 1, "which") || is_word(r, w - 1, "when")))
        return false;
    if (!(is_word(r, w, "was") || is_word(r, w, "were") || is_word(r, w, "recorded")
          || is_word(r, w, "registered") || is_word(r, w, "saw") || is_word(r, w, "stood")
          || is_word(r, w, "posted") || is_word(r, w, "it")))
        return false;           /* (not "which included the manufacturing sector
                                   decreased by 4.83%": a part of the same month) */
    {
        ftime own = { 0 };
        if (en_time_in(r, r->f[k].te, time_end(r, k), &own))
            return false;       /* ("which was 9.21 per cent in 2019": its own) */
    }
    y = w - 1 - (is_sign(r, w - 2, ',') ? 1 : 0);
    if (y == 0 || !year_of(&r->v[y - 1]))
        return false;
    memset(t, 0, sizeof *t);
    t->year = year_of(&r->v[y - 1]);
    t->src = INGEST_TIME_SENTENCE;
    t->before_own = true;
    for (size_t p = y - 1; p-- > 0 && p + 5 > y;) {
        size_t n = en_part_at(r, p, &from, &to);
        if (n && (p + n == y - 1 || (p + n + 1 == y - 1 && (is_word(r, p + n, "of")
                                                              || is_word(r, p + n, "in"))))) {
            t->mfrom = from;
            t->mto = to;
            t->explicit_part = true;
            break;
        }
    }
    return true;
}

static void figure_time(en_reader *r, size_t k, size_t cs, const cues *c, ingest_kind kind,
                        ftime *t)
{
    bool change = kind == INGEST_GROWTH_AVG || kind == INGEST_MULTIPLE
                  || (kind == INGEST_CHANGE_ABS && !r->f[k].points);
    ftime u;
    bool year_written = false;

    memset(t, 0, sizeof *t);
    t->src = INGEST_TIME_SENTENCE;
    memset(&u, 0, sizeof u);
    if (which_time(r, k, t))
        return;
    if (written_time(r, k, cs, &u)) {
        year_written = u.year != 0;
        *t = u;
        t->src = u.relative ? INGEST_TIME_RELATIVE : INGEST_TIME_SENTENCE;
        t->inferred = t->inferred || u.relative;
        if (written_as_base(r, k) && !c->estimated && !c->target && !future_forecast(r))
            t->before_own = true;   /* (its year is no latest the text reports) */
    } else {
        t->base_year = u.base_year;     /* a base with no time of the figure's
                                           ("compared to the second quarter") */
        t->base_mfrom = u.base_mfrom;
        t->base_mto = u.base_mto;
        t->base_moved = u.base_moved;
    }
    base_figure_year(r, k, &u);
    prior_base_time(r, k, c, t);
    after_base_time(r, k, c, kind, &u, t);
    if (listed_time(r, k, kind, t))
        return;
    if (change && change_span(r, k, cs, c, kind, t))
        return;
    if (!change && kind == INGEST_SHARE && share_span(r, k, cs, c, t))
        return;
    if (!change && t->from && !t->year) {
        /* a level or rate with a span: "between 1990 and 2020" */
        t->year = r->f[k].from || k == 0 ? t->from + (t->from + 1 == t->to ? 1 : 0) : t->to;
        t->from = t->to = 0;
    }
    span_point(r, k, kind, t);
    if (t->from && kind == INGEST_LEVEL) {
        t->year = t->to;
        t->from = t->to = 0;
    }
    if (c->whole_year && !t->explicit_part)
        t->mfrom = t->mto = 0;
    if (t->year || t->from || !text_time(r, c, kind, t))
        return;
    part_before_report(r, k, c, year_written, t);
    text_part(r, c, t);
    base_month(r, k, t);
    pair_start(r, k, kind, t);
}

bool en_prev_period_base(const ftime *t)
{
    /* in long: a garbled text can leave months out of 1..12, and their
       difference must not overflow */
    long n = (long)t->mto - t->mfrom;

    if (!t->mfrom || !t->base_mfrom || (long)t->base_mto - t->base_mfrom != n)
        return false;
    if (!t->base_year)          /* "compared to the second quarter" (of its year) */
        return t->base_mto + 1 == t->mfrom || (t->base_mto == 12 && t->mfrom == 1);
    return (t->base_year == t->year && t->base_mto + 1 == t->mfrom)
        || (t->base_year + 1 == t->year && t->base_mto == 12 && t->mfrom == 1);
}

bool en_year_before_base(const ftime *t)
{
    return t->year && t->mfrom && t->base_year + 1 == t->year && t->base_mfrom == t->mfrom
        && t->base_mto == t->mto;
}
