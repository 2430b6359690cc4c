/* cues_en.c -- what governs an English figure: the keywords of its
 * clause (grow, fall, average, share, estimate, target), and from them the
 * figure's kind (its time is time_fig_en.c's); and the cues that hold for
 * a whole sentence (en_sentence_cues). */
#include "rules_en.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* Is token i inside a parenthesis that opens at or after cs and closes
 * before token end? */
static bool in_closed_paren(const en_reader *r, size_t cs, size_t i, size_t end)
{
    int depth = 0;
    for (size_t j = cs; j < i; j++)
        depth += is_sign(r, j, '(') - is_sign(r, j, ')');
    if (depth <= 0)
        return false;
    for (size_t j = i + 1; j < end; j++)
        if (is_sign(r, j, ')'))
            return true;
    return false;
}

/* Is the "last year" at token i, after a figure ending at token a, the
 * figure's own time rather than a base ("than last year", "the same month
 * last year")? */
static bool bare_last_year(const en_reader *r, size_t a, size_t i)
{
    for (size_t j = a; j < i; j++)
        if (base_word_at(r, j))
            return false;
    return true;
}

/* "In the same month non-food sales decreased by 2.8%": the month just
 * named, no base a year before (unless one follows: "in the same month
 * last year", "of 2019").  True when the year-on-year phrase at token i is
 * such a reference back. */
static bool same_named(const en_reader *r, size_t i)
{
    size_t j = i + 2;

    if (!is_word(r, i, "same") || i < 2 || !is_word(r, i - 1, "the")
        || !(is_word(r, i - 2, "in") || is_word(r, i - 2, "during") || is_word(r, i - 2, "for"))
        || !(is_word(r, i + 1, "month") || is_word(r, i + 1, "quarter")))
        return false;
    return !(is_word(r, j, "of") || is_word(r, j, "last") || is_word(r, j, "a")
             || is_word(r, j, "in") || is_word(r, j, "one") || is_word(r, j, "the")
             || is_word(r, j, "previous") || is_word(r, j, "year") || year_of(&r->v[j < r->n ? j : i]));
}

/* Is keyword token i the base right after a figure ending at token te:
 * next to it or after "on (the)", "over (the)", "from (the)", also after
 * a rate noun ("2% growth rate from the previous quarter")?  ("5.0
 * percent the previous month" is a time, no base.) */
static bool base_right_after(const en_reader *r, size_t te, size_t i)
{
    const lex_entry *e = kw_at(r, te);

    if (e && e->code == K_GROW && (e->flags & LEXF_RATE) && i > te)
        te = tok_after(r, r->v[te].pos + e->n);
    if (i == te)
        return true;
    if (!(is_word(r, te, "on") || is_word(r, te, "over") || is_word(r, te, "from")))
        return false;
    return i == te + 1 || (i == te + 2 && (is_word(r, te + 1, "the") || is_word(r, te + 1, "a")));
}

/* Does the direction word at token j after a list's "respectively" set the
 * items beside a base: "lower than" a base, not "than expected" (lexicon
 * class outlook-word), or "below" a determiner's or possessive's base (class
 * object-skip: "below their levels")?  Else it starts a clause of its own
 * ("rose 5.1% and 3.2% respectively, lower fuel costs helping"). */
static bool list_compared_at(const en_reader *r, size_t j)
{
    if (is_word(r, j, "lower") || is_word(r, j, "higher"))
        return is_word(r, j + 1, "than") && !word_in(r, j + 2, LEX_OUTLOOK_WORD);
    return (is_word(r, j, "below") || is_word(r, j, "above")) && word_in(r, j + 1, LEX_OBJECT_SKIP);
}

/* Where the direction word of figure k would be: right after it, or, for
 * an item of a list closed by "respectively", after that word ("0.5, 2.4
 * and 1.6 percentage points, respectively, lower than ...", "10.4% and
 * 5.5% respectively below"): the direction is every item's. */
static size_t list_direction_at(const en_reader *r, size_t k)
{
    size_t m = k, j;

    while (m + 1 < r->nf && r->f[m + 1].group == r->f[k].group)
        m++;
    j = r->f[m].te;
    j += is_sign(r, j, ',');
    if (!is_word(r, j, "respectively"))
        return r->f[k].te;
    j++;
    j += is_sign(r, j, ',');
    return list_compared_at(r, j) ? j : r->f[k].te;
}

/* The basis an adjective writes on the noun of change at token i: "a
 * monthly increase of 0.9%", "the quarterly rise was", 1 (on the period
 * before); "an annual increase of 15.4%", 2 (on a year before); 0 none. */
static int adjective_basis(const en_reader *r, size_t i)
{
    if (i == 0)
        return 0;
    if (is_word(r, i - 1, "monthly") || is_word(r, i - 1, "quarterly"))
        return 1;
    return is_word(r, i - 1, "annual") || is_word(r, i - 1, "yearly") ? 2 : 0;
}

void en_read_cues(const en_reader *r, size_t k, size_t cs, cues *c)
{
    const fig *f = &r->f[k];
    size_t we = en_clause_end(r, k);

    memset(c, 0, sizeof *c);
    for (size_t i = cs; i < f->ti; i++) {
        const lex_entry *e = kw_at(r, i), *m;
        if ((m = en_multiple_word(r, i)) != NULL)
            c->mult = true, c->multiple = m->num;
        if (!e)
            continue;
        switch ((lex_role)e->code) {
        case K_GROW: case K_FALL:
            c->gf = e;
            c->gf_end = tok_after(r, r->v[i].pos + e->n);
            c->gf_noun = e->flags & LEXF_RATE;
            c->noun_basis = adjective_basis(r, i);
            /* "the fourth month of decline in inflation after rising to
               11.4 percent": the change word nearest the figure wins */
            if (e->code == K_GROW)
                c->fall_noun = false;
            /* "an increase of more than $22 billion": a noun of change */
            if (is_word(r, i + 1, "of") && i + 2 == fig_first_tok(r, f) && i > 0
                && (is_word(r, i - 1, "an") || is_word(r, i - 1, "a")))
                c->gf_noun = true;
            /* a fall noun ("the decrease in output from 5.0% to 4.2%",
               "the y/y contraction in the sector softened to 9.0%", "the
               rate of contraction eased to 4.2%") negates the rates it spans; a verb ("to fall from 3.4 percent
               to 2.9 percent") moves a rate without negating it */
            if (e->code == K_FALL && (e->flags & LEXF_RATE
                                      || ((is_word(r, i, "fall") || is_word(r, i, "decrease")
                                           || is_word(r, i, "decline")
                                           || is_word(r, i, "contraction"))
                                          && (is_word(r, i + 1, "in") || is_word(r, i + 1, "of")
                                              || is_word(r, i + 1, "for")
                                              || (i > 0 && (is_word(r, i - 1, "the")
                                                            || is_word(r, i - 1, "a")
                                                            || is_word(r, i - 1, "its")
                                                            || is_word(r, i - 1, "of")))))))
                c->fall_noun = true;
            break;
        case K_AVG: c->avg = true; break;
        case K_SHARE:
            /* "the national accounts for 2017 show": a time after it, no share */
            c->share = c->share || !en_time_phrase(r, tok_after(r, r->v[i].pos + e->n) - 1,
                                                   f->ti);
            break;
        case K_SHARE_WORD: c->share_word = true; break;
        case K_INCREMENT:
            /* "more than US$48 billion": the figure's qualifier, no increment */
            if (r->v[i].pos < f->pos)
                c->increment = e->n > 4 || is_word(r, i, "increments") || is_word(r, i, "increment");
            break;
        case K_SKIP:
            /* "Poverty rates (2017 PPP) declined from 14": a base of prices
               in a closed parenthesis qualifies the name, not the figure */
            c->skip = c->skip || !in_closed_paren(r, cs, i, f->ti);
            for (size_t j = i + 1; j < f->ti && c->skip; j++)
                if (is_word(r, j, "but"))
                    c->skip = false;    /* "… than predicted but below the …": the
                                           figure before's */
            /* "the planting intentions survey shows that farmers intend to
               grow the rice area by 0.3%": what a survey finds is stated,
               an estimate (enfig) */
            for (size_t j = i + 1; j + 1 < f->ti && c->skip; j++)
                if (en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[j].pos, NULL)
                    == r->v[j].end - r->v[j].pos && is_word(r, j + 1, "that"))
                    c->skip = false, c->estimated = true;
            break;
        case K_PREV_YEAR:   /* (a month referred back to keeps the basis it was told on) */
            c->prev_year = c->prev_year || !same_named(r, i) || r->d->qoq == 0;
            break;
        case K_QOQ: c->qoq = c->qoq || !(en_release_name(r, i) || en_figure_period_before(r, i)); break;
        case K_GROWTH_NOUN: c->growth_subject = true; break;
        case K_ESTIMATE: c->estimated = true; break;
        case K_TARGET: c->target = true; break;
        case K_REAL: case K_REAL_HERE: c->real = true; break;
        case K_NOMINAL: case K_NOMINAL_HERE: c->nominal = true; break;
        case K_LAST_YEAR:
            c->last_year = (i > 0 && (is_word(r, i - 1, "for") || is_word(r, i - 1, "in")
                                      || is_word(r, i - 1, "during") || is_word(r, i - 1, "over")))
                        || is_word(r, i + 1, "year's");   /* last year's target of 6.5% */
            break;
        case K_THIS_YEAR: c->this_year = true, c->next_year = false; break;
        case K_NEXT_YEAR:
            /* "the forecast for next year has been trimmed to", "next
               year, growth is seen at", "in the coming year"; not a span
               ("over the next year") nor a base ("than next year") */
            c->next_year = !(i > 0 && ((is_word(r, i - 1, "the") && is_word(r, i, "next"))
                                       || is_word(r, i - 1, "than")));
            c->this_year = c->this_year && !c->next_year;
            break;
        case K_PRESENT: c->present = true; break;
        default: break;
        }
        if (e->code == K_GROW && (e->flags & LEXF_RATE))
            c->growth_subject = true;
    }
    /* "This compares to a monthly increase of 0.9% in August and an
       annual increase of 15.4%": each rate's own adjective is its basis,
       whatever the sentence's other words say */
    if (c->noun_basis == 1 && kw_at(r, f->te) && kw_at(r, f->te)->code == K_PREV_YEAR)
        c->prev_year = true;    /* "the quarterly growth ... 5.1 percent year on
                                   year": the basis written after the figure wins */
    else if (c->noun_basis == 1)
        c->qoq = c->own_qoq = true;
    else if (c->noun_basis == 2)
        c->prev_year = true;
    c->whole_year = r->whole_year;
    /* "this year the country intends ..., corn fell by 0.9%": a "this
       year" earlier in the sentence dates the figures after it */
    for (size_t i = 0; i < cs && !c->this_year && !c->next_year; i++)
        if (kw_at(r, i) && kw_at(r, i)->code == K_THIS_YEAR && is_word(r, i, "this"))
            c->this_year = true;
        else if (kw_at(r, i) && kw_at(r, i)->code == K_NEXT_YEAR && i == 0)
            c->next_year = true;    /* "Next year, growth is seen at 4.1%" */
    /* right after the figure */
    for (size_t i = f->te; i < we && i < f->te + 12; i++) {
        const lex_entry *e = kw_at(r, i);
        if (!e)
            continue;
        if (i == f->te && (e->code == K_GROW || e->code == K_FALL)) {
            c->post_growth = true;
            c->post_fall = e->code == K_FALL;
        }
        if (e->code == K_AVG && i <= f->te + 1)
            c->avg = true;
        if (e->code == K_SKIP)
            c->skip = true;
        if (e->code == K_PREV_YEAR && !same_named(r, i))
            c->prev_year = c->own_prev_year = true;
        if (e->code == K_QOQ && !en_figure_period_before(r, i))
            c->qoq = true, c->own_qoq = c->own_qoq || base_right_after(r, f->te, i);
        if (e->code == K_INCREMENT && i == f->te)
            c->increment = true;
        if (e->code == K_THIS_YEAR)
            c->this_year = true;
        /* "4.2 percent this year and 3.5 percent next year": the figure's
           own "next year" wins over the clause's "this year" */
        if (e->code == K_NEXT_YEAR && i == f->te && is_word(r, i, "next"))
            c->next_year = true, c->this_year = false;
        /* "in last year", and a bare "last year" after the figure ("would
           exceed 9 trillion yuan last year"), not a base ("than last year") */
        if (e->code == K_LAST_YEAR && i > 0
            && (en_year_words(r, i - 1 - is_word(r, i - 1, "the"))
                || (is_word(r, i, "last") && bare_last_year(r, f->te, i))))
            c->last_year = true;
        if (e->code == K_SHARE && i == f->te)
            c->share = true;
    }
    /* "a rate of 15.37 per cent (year-on-year)", "0.4% (month-on-month)": a
       basis in parentheses right after the figure, which ends its clause */
    if (is_sign(r, f->te, '(') && kw_at(r, f->te + 1)) {
        const lex_entry *e = kw_at(r, f->te + 1);
        if (e->code == K_PREV_YEAR)
            c->prev_year = true;
        else if (e->code == K_QOQ)
            c->qoq = c->own_qoq = true;
    }
    /* "2.6% GDP growth", "a 7.8 percent output growth": a rate noun after
       the measure's name (enfig) */
    for (size_t i = f->te; i < we && i < f->te + 4 && !c->post_growth; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && e->code == K_GROW && (e->flags & LEXF_RATE) && i > f->te)
            c->post_growth = true;
        else if (e || r->v[i].type != ET_WORD || is_word(r, i, "of") || is_word(r, i, "in")
                 || is_word(r, i, "and") || is_word(r, i, "the"))
            break;      /* (not "a decrease of exports by 6% the growth rate of
                           GDP is": an article starts another noun's phrase) */
    }
    {
        size_t d = list_direction_at(r, k);
        if (is_word(r, d, "below") || is_word(r, d, "lower"))
            c->post_dir_down = c->post_growth = true;
        if (is_word(r, d, "higher") || is_word(r, d, "above"))
            c->post_growth = true;
    }
    /* "January exports were $7.6 billion less than December exports": an
       amount less than a base is a fall by it, as "more than" is a rise */
    if (!f->pct && !f->points && is_word(r, f->te, "less") && is_word(r, f->te + 1, "than"))
        c->increment = c->post_less = true;
    if (f->te < r->n && is_word(r, f->te, "of") && f->pct && f->res == 0)
        c->share = true;        /* two-thirds of the population */
    if (f->pct && is_word(r, f->te, "of")) {
        /* 23.3% of GDP: a ratio to a measure is a share */
        size_t w = f->te + 1 + is_word(r, f->te + 1, "the");
        if (w < r->n && r->v[w].type == ET_WORD
            && en_lex_at(r->lx, LEX_MEASURE_HEAD, r->t, r->len, r->v[w].pos, NULL))
            c->share = true;
    }
    /* "increased 4.2 percent, or $194.1 billion" */
    {
        size_t pt = tok_after(r, f->pos);
        if (k > 0 && (f->money || f->scale > 1) && r->f[k - 1].pct && pt > 0
            && is_word(r, pt - 1, "or"))
            c->or_after_rate = true;
    }
}

/* "exports increased $4.8 billion to $126.9 billion", "down $1.5 billion
 * from $45.7 billion", "full-time employment went down 45,400 to
 * 8,153,900": is f, an amount (not a rate), written right after a verb or
 * adverb of change with no "to", "from" or "by" between?  Then it is the
 * size of the change, as statistics offices write it. */
bool en_amount_after_change(const en_reader *r, const fig *f, const cues *c)
{
    if (!c->gf || !c->gf_end || c->gf_end != fig_first_tok(r, f) || c->gf_noun
        || (c->gf->flags & LEXF_RATE) || c->gf->code == K_TO || f->pct || f->points
        || f->times || f->to || f->from)
        return false;
    /* a count with no unit is a whole number ("went down 45,400"); "stepped
       up 28.7 percen t" is a rate whose sign the page broke */
    if (f->bare && f->value != floor(f->value))
        return false;
    /* "the tertiary sector climbed 1.05 trillion yuan, up 8.8 percent": an
       amount with a rate of change of its own after it is the level the
       verb reached (a change's rate follows "or") */
    for (size_t i = f->te + 1; i < r->n && i < f->te + 3; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && (e->code == K_GROW || e->code == K_FALL) && is_sign(r, i - 1, ','))
            for (size_t m = 0; m < r->nf; m++)
                if (r->f[m].pct && r->f[m].ti > i && r->f[m].ti <= i + 4)
                    return false;
    }
    return true;
}

/* "increased $1.9 billion, or 0.4 percent", "decreased $51.7 billion or
 * 2.3 percent", "up by 2.3 trillion MNT (14.9 percent)": is figure k a rate
 * set after "or", or alone in a parenthesis, right after an amount, with no
 * whole of its own ("or 3.2 percent of GDP")? */
bool en_rate_of_change(const en_reader *r, size_t k)
{
    const fig *f = &r->f[k], *g = k > 0 ? &r->f[k - 1] : NULL;
    size_t ft = fig_first_tok(r, f);

    if (!g || !f->pct || f->points || g->pct || g->points || g->times || ft == 0
        || is_word(r, f->te, "of"))
        return false;
    if (is_sign(r, ft - 1, '('))
        return ft - 1 == g->te && is_sign(r, f->te, ')');
    if (!is_word(r, ft - 1, "or"))
        return false;
    return ft - 1 == g->te || (ft - 2 == g->te && is_sign(r, g->te, ','));
}

/* "The trade deficit with China ..., gaining 13.2%", "(up 95.8% to $13.9
 * billion)": a deficit's rate right after a verb of change, with no whole
 * after it, is the deficit's own change, no share of GDP. */
static bool deficit_moved(const en_reader *r, const fig *f, const cues *c)
{
    return c->gf && (c->gf->code == K_GROW || c->gf->code == K_FALL) && c->gf_end == fig_first_tok(r, f)
        && !f->to && !is_word(r, f->te, "of");
}

/* What figure k states, with its sign. */
ingest_kind en_figure_kind(const en_reader *r, size_t k, const cues *c, const char *subject,
                               double *sign)
{
    const fig *f = &r->f[k];
    bool yearly_avg = f->pct && c->avg && en_price_average(r, k, subject);
    bool ratey = c->gf || c->post_growth || c->growth_subject || strstr(subject, "growth")
              || strstr(subject, "inflation") || c->prev_year || yearly_avg;

    *sign = 1;
    if (f->points) {
        if ((c->gf && c->gf->code == K_FALL) || c->post_dir_down || c->post_fall)
            *sign = -1;
        return INGEST_CHANGE_ABS;
    }
    if (f->times || c->mult)
        return INGEST_MULTIPLE;
    if (f->pct && (c->share || c->share_word || strstr(subject, "share")
                   || (strstr(subject, "deficit") && !deficit_moved(r, f, c))
                   || strstr(subject, "proportion") || strstr(subject, "contribution")))
        return INGEST_SHARE;
    if (f->pct && (f->from || f->to) && !c->gf_noun && !c->growth_subject && !c->fall_noun
        && !strstr(subject, "growth") && !strstr(subject, "inflation") && !c->avg
        && !(c->prev_year && !f->from) && !(c->post_growth && en_rate_noun_after(r, f)))
        return INGEST_LEVEL;    /* poverty rates declined from 14 to 3.8 percent (not "at
                                   3.4% over the same quarter of 2021": a rate) */
    if (f->pct && c->avg && !yearly_avg)
        return INGEST_GROWTH_AVG;
    if (f->pct && ratey) {
        if (f->from || f->to) {
            /* "recovering from a 0.1 percent contraction" */
            if (en_rate_noun_after(r, f) ? c->post_fall : c->fall_noun)
                *sign = -1;
        } else if ((c->gf && c->gf->code == K_FALL && !c->post_growth) || c->post_fall
                   || c->post_dir_down) {
            *sign = -1;
        }
        return INGEST_GROWTH_YOY;
    }
    if (f->pct && strstr(subject, "rate") == NULL && c->gf)
        return INGEST_GROWTH_YOY;
    if (!f->pct && (c->increment || c->or_after_rate || (c->gf && c->gf_noun && !f->to)
                    || (c->gf && !f->to && !c->present && !f->bare && c->gf->code != K_TO
                        && is_word(r, f->ti > 0 ? tok_after(r, f->pos) - 1 : 0, "by"))
                    || en_amount_after_change(r, f, c))) {
        if ((c->gf && c->gf->code == K_FALL) || c->post_less)
            *sign = -1;
        return INGEST_CHANGE_ABS;
    }
    /* "exports reached $2.3 billion (+9.1%)": a signed rate beside a level */
    if (f->pct && f->paren && k > 0 && !r->f[k - 1].pct && en_printed_sign(r, f))
        return INGEST_GROWTH_YOY;
    return INGEST_LEVEL;
}

/* Sentence-wide cues: estimates, goals, bases, the year leading it, the
 * document's year from a date line, "the current year", "X growth rate". */
/* Is the count of twelve months at token i ("12 months") counted back
 * from now ("over the past 12 months", "in the last twelve months", "the
 * previous 12 months")?  That year ends in the period the release reports: a figure
 * over it is dated by the release's month or quarter, not a whole year,
 * and is a change on the year before (year-on-year). */
static bool twelve_months_back(const en_reader *r, size_t i)
{
    return i > 0 && (is_word(r, i - 1, "past") || is_word(r, i - 1, "last")
                     || is_word(r, i - 1, "previous") || is_word(r, i - 1, "preceding"));
}

void en_sentence_cues(en_reader *r)
{
    en_doc *d = r->d;
    ftime t;
    size_t first_num = 0;

    while (first_num < r->n && r->v[first_num].type != ET_NUM)
        first_num++;

    for (size_t i = 0; i < r->n; i++) {
        const lex_entry *e = kw_at(r, i);
        if (!e || en_goal_compared(r, i, 0))
            continue;   /* (a goal set beside a figure is that figure's alone) */
        switch ((lex_role)e->code) {
        case K_QOQ:
            /* not "Quarterly National Accounts", nor the time of a rate
               before ("from 2.8 percent in the previous three months") */
            if (!en_release_name(r, i) && !en_figure_period_before(r, i)
                && !en_qoq_recorded(r, i) && !en_qoq_rate_moved(r, i))
                r->qoq = true, d->qoq = 1;
            /* "Month-on-month, the index rose", "On a monthly basis, CPI
               rose by 1.1% in March 2022, compared with a rise of 0.3% in
               March 2021": a basis set off before the first figure frames
               the sentence; a rate a year before beside it is another
               month's change, not the base */
            if (i < first_num && (is_sign(r, i + 1, ',')
                                  || (is_word(r, i + 1, "basis") && is_sign(r, i + 2, ','))))
                r->lead_qoq = true;
            break;
        case K_PREV_YEAR:
            if (same_named(r, i))
                break;
            /* a year-on-year word, or a base that leads the sentence or
               frames a paragraph with no figure ("Compared to the same
               quarter a year earlier, GDP ...", "… for the first quarter
               compared to the same period last year, growth was evident"),
               governs what follows */
            if (is_word(r, i, "year") || is_word(r, i, "year-on-year") || i < first_num
                || is_word(r, i, "same") || is_word(r, i, "corresponding")
                || (is_word(r, i, "the") && is_word(r, i + 1, "same")))
                d->qoq = 0;     /* (also "compared with the same month of previous year") */
            if (!r->yoy)
                r->yoy_at = i;
            r->yoy = true;
            break;
        case K_ESTIMATE:
            if (!(i > 0 && is_word(r, i - 1, "than")))     /* not "than expected" */
                r->estimated = true;
            break;
        case K_TARGET:
            if (!(i > 0 && is_word(r, i - 1, "than")))     /* not "than planned" */
                r->target = true;
            break;
        case K_LAST_YEAR:
            /* "data for last year": the year the text reports, also for
               its later figures with no year of their own */
            if (is_word(r, i, "last") && i > 0
                && (is_word(r, i - 1, "for") || is_word(r, i - 1, "in") || is_word(r, i - 1, "during"))
                && en_current_year(d) - 1 > d->latest && d->title_year)
                d->latest = en_current_year(d) - 1;
            if (en_year_before_basis(r, i)) {
                d->qoq = 0;
                if (!r->yoy)
                    r->yoy_at = i;
                r->yoy = true;
            }
            break;
        case K_NEXT_YEAR:
            en_outlook_year(r);     /* "4% in 2018 and 4.5% next year" */
            break;
        case K_THIS_YEAR:
            en_outlook_year(r);
            if (!d->current && (is_word(r, i + 1, "year's") || is_word(r, i + 1, "year")
                                || is_word(r, i + 1, "financial")))
                d->current = en_current_year(d);
            break;
        default: break;
        }
        /* "… the national GDP growth rate": a rate a later figure may name */
        if (e->code == K_GROW && (e->flags & LEXF_RATE) && e->n > 6 && i > 0) {
            size_t a = i;
            while (a > 0 && r->v[a - 1].type == ET_WORD && !kw_at(r, a - 1)
                   && !is_word(r, a - 1, "the") && !is_word(r, a - 1, "our")
                   && !is_word(r, a - 1, "its") && !is_word(r, a - 1, "reduce")
                   && !en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[a - 1].pos, NULL))
                a--;
            if (a < i) {
                char s[SUBJ_MAX];
                en_subject_text(r, a, i, s, sizeof s);
                if (s[0] && !en_generic_subject(r, s))
                    copy_str(d->rate_subject, sizeof d->rate_subject, s);
            }
        }
    }
    for (size_t i = 0; i < r->n; i++)
        if ((is_word(r, i, "seasonally") && is_word(r, i + 1, "adjusted"))
            || is_word(r, i, "seasonally-adjusted"))
            r->qoq = true;  /* (entime) a seasonally adjusted change with no base
                               written is on the period before; the sentence's
                               year-on-year words still win */
    for (size_t i = 0; i < r->n; i++)
        if (is_word(r, i, "sets") && !r->target)
            r->target = true;   /* China sets growth above 6.5 pct: a goal */
    for (size_t i = 0; i + 2 < r->n; i++)
        if (month_at(r, i) && ((r->v[i + 1].type == ET_YEAR && is_word(r, i + 2, "quarter"))
                               || (is_word(r, i + 1, "of") && i + 3 < r->n   /* (entime) */
                                   && r->v[i + 2].type == ET_YEAR && is_word(r, i + 3, "quarter")))) {
            r->qoq = true;      /* "the December 2002 quarter": a quarterly release */
            if (!r->yoy)        /* (unless the sentence leads with a year-on-year base) */
                d->qoq = 1;
        }
    for (size_t i = 0; i < r->n; i++) {
        bool twelve = ((r->v[i].type == ET_NUM && r->v[i].v == 12) || is_word(r, i, "twelve"))
                      && is_word(r, i + 1, "months");
        if (twelve && twelve_months_back(r, i)) {
            if (!r->yoy)        /* (a change over them is year-on-year; from
                                   "last", before the count, a figure that
                                   ends the window of the rate before it) */
                r->yoy_at = i - 1;
            r->yoy = true;
        } else if ((is_word(r, i, "annual") && !(kw_at(r, i) && kw_at(r, i)->code == K_AVG)
                    && !is_word(r, i + 1, "basis") && !is_word(r, i + 1, "rate"))
                   || twelve
                   || (is_word(r, i, "year") && (is_word(r, i + 1, "ended")
                                                 || is_word(r, i + 1, "ending")))) {
            r->whole_year = true;   /* annual, the 12 months to March, the year ended */
        }
    }
    /* the "In 2014," that leads a sentence */
    memset(&t, 0, sizeof t);
    {
        size_t e = 0;
        while (e < r->n && !is_sign(r, e, ','))
            e++;
        if (e < r->n && e <= 8 && en_time_in(r, 0, e, &t) && t.year)
            r->lead_year = t.year;
        /* "Last year, Shandong's economy grew 8.7 percent": a frame, not a
           base (which follows a comparison: "than last year") */
        else if (e == 2 && is_word(r, 0, "last") && is_word(r, 1, "year") && en_current_year(d))
            r->lead_year = en_current_year(d) - 1;
    }
    if (r->lead_year && r->s->para_start)
        d->para_year = r->lead_year;
    if (r->lead_year && !r->estimated && !r->target && r->lead_year > d->latest
        && (!d->title_year || r->lead_year <= d->title_year))
        d->latest = r->lead_year;
}
