/* rules_en_compare.c -- what a horizon, a comparison and a headline tell
 * of an English figure: a yearly rate over a span of years is an average
 * ("annual growth over the next five years", "growth of 8.8 per cent in the
 * past five years"); the rate a comparison names ("lower than the 4.1 per
 * cent of the previous five years") is no change; a headline's infinitive
 * ("exports to rise 3 percent") is a forecast; "next year" is the year
 * after the text's.  Reads the clause (clause_en.c) and the spans
 * (time_en.c); the horizons themselves are in rules_en_horizon.c. */
#include "rules_en.h"

#include <stdint.h>
#include <string.h>

/* ---- what a horizon and a comparison tell of a figure's kind ---- */

static bool has(const char *s, const char *w)
{
    return strstr(s, w) != NULL;
}

/* Verbs before "to" that take a past fact ("continued to rise"), not a
 * forecast. */
static bool fact_before_to(const en_reader *r, size_t i)
{
    static const char *const w[] = { "continued", "continue", "continues", "began", "begun",
                                     "started", "managed", "tended", "failed", "helped",
                                     "used", "came", "went", "due", "close", "up", "down",
                                     "from", "back", "equal", "compared" };
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (is_word_str(r, i, w[k]))
            return true;
    return r->v[i].type != ET_WORD;
}

void en_horizon_cues(const en_reader *r, size_t k, size_t cs, cues *q, const char *subject)
{
    const fig *f = &r->f[k];
    size_t ft = fig_first_tok(r, f), gi = SIZE_MAX;

    for (size_t i = cs; i < f->ti; i++)
        if (q->gf && kw_at(r, i) == q->gf)
            gi = i;
    /* "lower than the 8.8 per cent of the previous five years": the figure
       is the rate compared with, not a change */
    if (f->pct && ft >= 2 && gi != SIZE_MAX) {
        size_t th = is_word(r, ft - 1, "the") ? ft - 2 : ft - 1;
        if (is_word(r, th, "than") && th == gi + 1) {
            q->gf = NULL;
            q->gf_noun = q->fall_noun = false;
            gi = SIZE_MAX;
        }
    }
    /* "population is growing by ten million a year": the verb after "is"
       states a change, not a present level */
    if (q->present && gi != SIZE_MAX && !(q->gf->flags & LEXF_RATE))
        for (size_t i = cs; i < gi; i++)
            if (kw_at(r, i) && kw_at(r, i)->code == K_PRESENT && i + 1 == gi)
                q->present = false;
    /* a headline's infinitive: "growth to drop to 7.5 per cent", "exports
       to rise 3%": a forecast */
    if (gi != SIZE_MAX && gi >= 2 && is_word(r, gi - 1, "to") && !(q->gf->flags & LEXF_RATE)
        && !q->target && !r->target && !fact_before_to(r, gi - 2)
        && !(kw_at(r, gi - 2) && (kw_at(r, gi - 2)->code == K_ESTIMATE
                                  || kw_at(r, gi - 2)->code == K_TARGET)))
        q->estimated = true;
    /* a yearly rate over a span of years is an average: "annual growth
       over the next five years", "an annual growth rate of 7 percent
       during the Tenth Five-Year Plan period", "growth of 8.8 per cent in
       the past five years"; not a measure that grew by so much over them */
    if (f->pct && !f->points && !q->avg && !q->share) {
        bool yearly = has(subject, "annual") || has(subject, "yearly") || has(subject, "average")
                    || (q->gf && (has(q->gf->s, "annual") || has(q->gf->s, "yearly")));
        bool rate = has(subject, "growth") && (!q->gf || q->gf_noun);
        for (size_t i = cs; i < f->ti && !yearly; i++)
            yearly = is_word(r, i, "annual") || is_word(r, i, "yearly");
        ftime sp;
        memset(&sp, 0, sizeof sp);
        if ((yearly || rate) && en_span_in(r, cs, en_clause_end(r, k), &sp, q->target)
            && sp.to - sp.from > 1) {
            bool since = false;
            for (size_t i = cs; i < en_clause_end(r, k) && !since; i++)
                since = is_word(r, i, "since");
            if (!since)
                q->avg = true;
        }
    }
}

void en_horizon_time(const en_reader *r, size_t k, size_t cs, ingest_kind kind, bool estimated,
                     ftime *t)
{
    const fig *f = &r->f[k];
    size_t ce = en_clause_end(r, k);

    if (kind == INGEST_MULTIPLE) {
        /* "doubling the 2000 per capita income by 2010", "double the US$850
           of 2000": the base's year is written with the base */
        int base = 0, end = t->from ? t->to : t->year;
        size_t stop = f->te + 8 < r->n ? f->te + 8 : r->n;
        for (size_t i = f->te; i + 1 < stop && !base; i++) {
            if (is_word(r, i, "the") && r->v[i + 1].type == ET_YEAR
                && i + 2 < r->n && r->v[i + 2].type == ET_WORD)
                base = r->v[i + 1].year;
            else if ((is_word(r, i, "of") || is_word(r, i, "in")) && i > f->te
                     && r->v[i + 1].type == ET_YEAR && is_word(r, f->te, "the")
                     && r->v[i - 1].type != ET_YEAR)
                base = r->v[i + 1].year;
            else if (is_word(r, i, "by") && r->v[i + 1].type == ET_YEAR)
                break;
        }
        for (size_t i = f->te; i + 1 < r->n && i < ce; i++)
            if (is_word(r, i, "by") && r->v[i + 1].type == ET_YEAR)
                end = r->v[i + 1].year;
        if (t->inferred && !t->from) {
            /* "will reach US$2,400 in 2020, double the US$1,200 of 2010":
               the level it restates has the end year */
            ftime u;
            memset(&u, 0, sizeof u);
            if (en_time_in(r, 0, f->ti, &u) && u.year && !u.explicit_part)
                end = u.year;
        }
        if (base && end > base) {
            t->from = base;
            t->to = end;
            t->year = 0;
        }
        return;
    }
    if (!t->inferred || t->from || kind == INGEST_GROWTH_AVG || !en_current_year(r->d))
        return;
    /* "said in the government work report the province's GDP is expected
       to exceed four trillion yuan": a work report reviews the year before
       the one it is delivered in, and its estimates are for that year */
    if (estimated && t->src != INGEST_TIME_RELATIVE && !r->lead_year
        && ingest_lex_in(r->lx, LEX_REPORT_TITLE, r->t, r->len)) {
        t->year = en_current_year(r->d) - 1;
        t->src = INGEST_TIME_RELATIVE;
        return;
    }
    /* "to grow 4.8 per cent next year": the year after the text's */
    for (size_t i = cs; i + 1 < ce; i++)
        if (is_word(r, i, "next") && is_word(r, i + 1, "year")
            && !(i > 0 && (is_word(r, i - 1, "the") || is_word(r, i - 1, "than")))
            && (i > f->ti || i + 2 >= f->ti || !is_word(r, i + 2, "to"))) {
            t->year = en_current_year(r->d) + 1;
            t->src = INGEST_TIME_RELATIVE;
            t->mfrom = t->mto = 0;
            return;
        }
}

void en_para_time(en_reader *r)
{
    ftime t;
    size_t i;

    /* "Ten provinces released their GDP data for last year.": a sentence
       opening a paragraph with no claim of its own dates the paragraph */
    if (r->claims || !r->s->para_start || r->d->para_year || r->lead_year)
        return;
    for (i = 0; i + 2 < r->n; i++)
        if (is_word(r, i, "for") && is_word(r, i + 1, "last") && is_word(r, i + 2, "year")
            && en_current_year(r->d)) {
            r->d->para_year = en_current_year(r->d) - 1;
            return;
        }
    memset(&t, 0, sizeof t);
    for (i = 0; i + 1 < r->n; i++)
        if (is_word(r, i, "for") && r->v[i + 1].type == ET_YEAR
            && en_time_in(r, i, i + 2, &t) && t.year && !t.explicit_part) {
            r->d->para_year = t.year;
            return;
        }
}

#define HEADING_WORDS 8    /* words at most in a heading */
#define LEAD_IN_WORDS 20   /* in a lead-in to a list ("… for development in 2024 as follows:") */

/* Are the letters of the original text between tokens a and e all capitals
 * ("MAJOR TARGETS FOR 2018")? */
static bool capitals(const en_reader *r, size_t a, size_t e)
{
    for (size_t i = r->v[a].pos; i < r->v[e].pos; i++)
        if (r->s->text[i] >= 'a' && r->s->text[i] <= 'z')
            return false;
    return true;
}

/* The end of the heading the sentence opens with: the whole sentence when
 * it has no full stop and few words, or ends on a colon (a lead-in to a
 * list: "The report proposes the main projected targets for development
 * in 2024 as follows:"), or its words in capitals before a colon ("MAJOR
 * TARGETS FOR 2018: – GDP growth of around 6.5 percent"); 0 when none. */
static size_t heading_end(const en_reader *r)
{
    const char *x = r->s->text;
    size_t n = r->s->len, e = 0;

    while (n > 0 && (x[n - 1] == ' ' || x[n - 1] == '\n' || x[n - 1] == '\r'))
        n--;
    if (n == 0 || r->n == 0)
        return 0;
    if (x[n - 1] == ':')
        return r->n <= LEAD_IN_WORDS + 2 ? r->n : 0;
    if (x[n - 1] != '.' && x[n - 1] != ',' && r->n <= HEADING_WORDS + 2)
        return r->n;
    while (e < r->n && e <= HEADING_WORDS + 2 && !is_sign(r, e, ':'))
        e++;
    return e < r->n && e <= HEADING_WORDS + 2 && e > 0 && capitals(r, 0, e) ? e : 0;
}

/* The year of the heading that opens the sentence, into *y (0 none), with
 * at most one year (a fiscal year is the one it ends) and no figure.
 * False when the sentence opens on no heading, or on one naming a month
 * or a part of a year (a release's title: "Consumer Price Index - August
 * 2012"), or a year a span starts from ("Since 2012"). */
static bool heading_at(const en_reader *r, int *y)
{
    size_t e = heading_end(r), words = 0;
    ftime t;

    *y = 0;
    if (e == 0)
        return false;
    for (size_t i = 0; i < e; i++) {
        if (r->v[i].type == ET_NUM || r->v[i].type == ET_SPAN || is_sign(r, i, '%') || month_at(r, i))
            return false;
        if (r->v[i].type == ET_YEAR || r->v[i].type == ET_FY) {
            if (*y || (i > 0 && (is_word(r, i - 1, "since") || is_word(r, i - 1, "from")
                                 || is_word(r, i - 1, "until"))))
                return false;
            *y = year_of(&r->v[i]);
        }
        words += r->v[i].type == ET_WORD;
    }
    memset(&t, 0, sizeof t);
    if (words == 0 || words > (e == r->n ? LEAD_IN_WORDS : HEADING_WORDS)
        || (e == r->n && words > HEADING_WORDS && !*y)
        || (*y && en_time_in(r, 0, e, &t) && t.explicit_part))
        return false;
    return true;
}

/* Does the sentence hold a colon? */
static bool colon_at(const en_reader *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (is_sign(r, i, ':'))
            return true;
    return false;
}

void en_heading_year(en_reader *r)
{
    en_doc *d = r->d;
    int y;

    if (!r->s->para_start || !heading_at(r, &y))
        return;
    if (!y && !colon_at(r))
        d->section_year = 0;    /* a heading of its own: the section ends (not
                                   a list's label: "Annual GDP growth rate:") */
    else if (y && (d->section_year || y != d->title_year))
        d->section_year = y;    /* (not the text's own title) */
}

bool en_both_subjects(const en_reader *r, size_t k, size_t cs, char two[2][SUBJ_MAX])
{
    const fig *f = &r->f[k];

    two[0][0] = two[1][0] = '\0';
    for (size_t i = cs + 1; i < f->ti; i++) {
        const lex_entry *e = kw_at(r, i + 1);
        if (!is_word(r, i, "both"))
            continue;
        /* "A and B both rose", "A and B will both go up" */
        if (!(e && en_ends_subject(e)) && !is_word(r, i + 1, "go") && !is_word(r, i + 1, "went"))
            return false;
        {
            size_t a = k > 0 ? r->f[k - 1].te : 0;  /* (a clause break may sit at "and") */
            for (size_t j = a; j < i; j++)
                if (is_sign(r, j, ',') || is_sign(r, j, ';'))
                    a = j + 1;  /* "9,400 yuan per capita, and A and B both" */
            while (a < i && (is_sign(r, a, ',') || en_time_phrase(r, a, i) || is_word(r, a, "and")))
                a += is_sign(r, a, ',') || is_word(r, a, "and") ? 1 : en_time_phrase(r, a, i);
            for (size_t j = a; j < i; j++)
                if (is_word(r, j, "will") || is_word(r, j, "would"))
                    i = j;      /* the verb's auxiliary ends the subject */
            {
                size_t and_at = SIZE_MAX;
                for (size_t j = a; j < i; j++)
                    if (is_word(r, j, "and"))
                        and_at = and_at == SIZE_MAX ? j : i;    /* one "and" only */
                if (and_at == SIZE_MAX || and_at >= i)
                    return false;
                en_subject_text(r, a, and_at, two[0], SUBJ_MAX);
                en_subject_text(r, and_at + 1, i, two[1], SUBJ_MAX);
            }
        }
        if (!two[0][0] || !two[1][0] || en_generic_subject(r, two[0])
            || en_generic_subject(r, two[1])) {
            two[0][0] = '\0';
            return false;
        }
        return true;
    }
    return false;
}
