/* head_en.c -- the measured quantity an English figure speaks of.
 *
 * The words before a figure are not always its subject: a headline ("China
 * to see 7 percent growth"), a reporting clause ("we expect tax revenue to
 * grow", "said in the report the province's GDP"), a relative clause
 * ("which stands at"), an existential ("there was an increase of 4.3% in
 * the business sector").  What names the figure is the noun phrase whose
 * head names a measured quantity (GDP, income, exports: the measure-head
 * class of lexicon-en.tsv), wherever it stands in the clause: before the
 * figure, or after it ("a 21.6% increase in residential construction", "a
 * 3.06 trillion yuan GDP").  The subject found by position is kept when it
 * holds such a head and no clause word (a pronoun, a reporting verb, a
 * relative); otherwise the nearest head's noun phrase replaces it, and a
 * subject of clause words with no head anywhere is none (the caller then
 * inherits one).  A subject whose head is a rate a government sets (a
 * tariff, a tax rate) makes the figure a policy parameter: no claim. */
#include "rules_en.h"

#include <stdio.h>
#include <string.h>

#define NP_MAX 6        /* words of a measure's noun phrase before its head */

/* The tokens of a phrase of class c starting at token i; 0 when none.
 * whole: the phrase must end where a token ends ("growth outlook", not the
 * "growth" of "growths"). */
size_t en_class_toks(const en_reader *r, lex_class c, size_t i, bool whole)
{
    const lex_entry *e;
    size_t n, j;

    if (i >= r->n || r->v[i].type != ET_WORD)
        return 0;
    n = en_lex_at(r->lx, c, r->t, r->len, r->v[i].pos, &e);
    if (!n)
        return 0;
    for (j = i; j < r->n && r->v[j].pos < r->v[i].pos + n; j++)
        ;
    return !whole || r->v[j - 1].end == r->v[i].pos + n ? j - i : 0;
}

static size_t class_toks(const en_reader *r, lex_class c, size_t i)
{
    return en_class_toks(r, c, i, false);
}

/* Is word i a possessive ("province's", "china’s")? */
static bool possessive(const en_reader *r, size_t i)
{
    size_t n;

    if (i >= r->n || r->v[i].type != ET_WORD)
        return false;
    n = r->v[i].end - r->v[i].pos;
    if (n > 2 && r->t[r->v[i].end - 2] == '\'' && r->t[r->v[i].end - 1] == 's')
        return true;
    return i + 2 < r->n && is_sign(r, i + 1, '\'') && is_word(r, i + 2, "s")
        && r->v[i + 1].pos == r->v[i].end;
}

/* May word i stand inside a measure's name, before its head? */
static bool name_word(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    size_t n;

    if (i >= r->n || r->v[i].type != ET_WORD || possessive(r, i))
        return false;
    if (i > 0 && is_word(r, i, "s") && is_sign(r, i - 1, '\''))
        return false;           /* the mark of "Gansu’s" written apart */
    n = r->v[i].end - r->v[i].pos;
    if (e && e->code != K_REAL_HERE && e->code != K_NOMINAL_HERE)
        return false;
    return !ingest_lex_is(r->lx, LEX_STOPWORD, r->t + r->v[i].pos, n)
        && !ingest_lex_is(r->lx, LEX_CLAUSE_WORD, r->t + r->v[i].pos, n)
        && !month_at(r, i);
}

/* The noun phrase [*na, *nb) of the measure head that starts at token h:
 * the name words before it, the heads and "per capita" after it, up to b. */
static void np_of(const en_reader *r, size_t lo, size_t h, size_t b, size_t *na, size_t *nb)
{
    size_t a = h, e = h + class_toks(r, LEX_MEASURE_HEAD, h), m;

    while (a > lo && h - a < NP_MAX && name_word(r, a - 1))
        a--;
    for (;;) {
        if (e + 1 < b && is_word(r, e, "per") && is_word(r, e + 1, "capita"))
            e += 2;
        else if (e < b && (m = class_toks(r, LEX_MEASURE_HEAD, e)) != 0 && e + m <= b)
            e += m;
        else
            break;
    }
    if (e < b && (is_word(r, e, "rate") || is_word(r, e, "rates")) && !kw_at(r, e - 1))
        e++;                    /* "the inflation rate"; ("economic growth rate" is a
                                   rate keyword's, read as the rate of growth) */
    /* "production of metal products", "income of urban residents" */
    if (e + 1 < b && is_word(r, e, "of") && name_word(r, e + 1)) {
        m = e + 1;
        while (m < b && m < e + 1 + NP_MAX && name_word(r, m))
            m++;
        e = m;
    }
    *na = a;
    *nb = e;
}

/* The noun phrase of the last measure head in tokens [a, b); false when
 * none. */
static bool last_head(const en_reader *r, size_t a, size_t b, size_t *na, size_t *nb)
{
    for (size_t i = b; i-- > a;) {
        size_t m = class_toks(r, LEX_MEASURE_HEAD, i);
        if (m && i + m <= b) {
            /* a head inside a longer one ("product" of "gross domestic
               product") is read from the longer one's start */
            size_t s = i;
            while (s > a && class_toks(r, LEX_MEASURE_HEAD, s - 1) >= i + m - (s - 1))
                s--;
            np_of(r, a, s, b, na, nb);
            return true;
        }
    }
    return false;
}

/* "kept its 6.6% growth projection for China", "its 7.3% growth forecast
 * for India": right after the figure, a rate noun and a forecast's noun
 * name the forecast of that rate, [*na, *nb); false when none. */
static bool forecast_of_growth(const en_reader *r, size_t i, size_t e, size_t *na, size_t *nb)
{
    const lex_entry *g = kw_at(r, i), *f;
    size_t j;

    if (i >= e || !g || g->code != K_GROW || !(g->flags & LEXF_RATE))
        return false;
    j = tok_after(r, r->v[i].pos + g->n);
    f = kw_at(r, j);
    if (j >= e || !f || f->code != K_ESTIMATE || !(f->flags & LEXF_GOAL))
        return false;
    *na = i;
    *nb = tok_after(r, r->v[j].pos + f->n);
    return true;
}

/* The noun phrase of a head written right after figure k: its rate noun,
 * a preposition (in, of, for) and a determiner skipped ("a 21.6% increase
 * in residential construction", "3.06 trillion yuan GDP", "growth of 7
 * percent for China's national economy"); false when none. */
static bool head_after(const en_reader *r, size_t k, size_t *na, size_t *nb)
{
    size_t i = r->f[k].te, e = en_clause_end(r, k), start;
    const lex_entry *w;

    for (size_t s = 0; s < 3 && i < e && (w = kw_at(r, i))
                       && ((w->flags & LEXF_RATE) || w->code == K_GROW || w->code == K_FALL
                           || w->code == K_AVG); s++)
        i = tok_after(r, r->v[i].pos + w->n);
    if (is_word(r, i, "in") || is_word(r, i, "for") || (is_word(r, i, "of") && !r->f[k].pct))
        i++;                    /* (X percent of GDP: the whole, not the subject) */
    while (i < e && (is_word(r, i, "the") || is_word(r, i, "a") || is_word(r, i, "an")
                     || possessive(r, i)))
        i += is_sign(r, i + 1, '\'') ? 3 : 1;
    start = i;
    for (; i < e && i < start + NP_MAX; i++) {
        if (class_toks(r, LEX_MEASURE_HEAD, i)) {
            size_t s = i;
            np_of(r, start, s, e, na, nb);
            return true;
        }
        if (!name_word(r, i))
            break;
    }
    /* (past the list it ends: "its 6.6% and 6.3% growth projections") */
    while (k + 1 < r->nf && (is_word(r, r->f[k].te, "and") || is_sign(r, r->f[k].te, ','))
           && fig_first_tok(r, &r->f[k + 1]) == r->f[k].te + 1)
        k++;
    return forecast_of_growth(r, r->f[k].te, en_clause_end(r, k), na, nb);
}

/* Is figure k followed by a rate noun and "in" ("a 21.6% increase in")? */
static bool rate_noun_after(const en_reader *r, size_t k)
{
    const lex_entry *w = kw_at(r, r->f[k].te);
    size_t i;

    if (!w || !(w->code == K_GROW || w->code == K_FALL))
        return false;
    i = tok_after(r, r->v[r->f[k].te].pos + w->n);
    return is_word(r, i, "in");
}

/* Does the subject text s hold a word of class c? */
static bool holds(const en_reader *r, lex_class c, const char *s)
{
    size_t n = strlen(s);

    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && en_lex_at(r->lx, c, s, n, i, NULL))
            return true;
    return false;
}

/* Does the subject text s hold a rate noun (growth, growth rate)? */
static bool rate_word(const en_reader *r, const char *s)
{
    size_t n = strlen(s);
    const lex_entry *e;

    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && en_kw_at(&r->d->kx, r->lx, s, n, i, &e)
            && (e->flags & LEXF_RATE))
            return true;
    return false;
}

/* Is the subject text s a clause run into a name: a clause word, a
 * possessive (a place: "the town's gdp" is gdp), a dash, or a determiner after a word
 * that is no preposition ("report the province's gdp")? */
static bool run_on(const en_reader *r, const char *s)
{
    size_t n = strlen(s), w = 0;
    bool prep = true;

    if (holds(r, LEX_CLAUSE_WORD, s) || strstr(s, "\xe2\x80"))
        return true;
    for (size_t i = 0; i < n; w++) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j - i > 2 && s[j - 2] == '\'' && s[j - 1] == 's' && !(w > 0 && prep))
            return true;        /* (not "expenditure on people's livelihoods") */
        if (w > 0 && !prep && ((j - i == 3 && !memcmp(s + i, "the", 3))
                               || (j - i == 1 && s[i] == 'a')))
            return true;
        prep = ingest_lex_is(r->lx, LEX_STOPWORD, s + i, j - i);
        i = j + 1;
    }
    return false;
}

/* Does a possessive of a proper name stand in tokens [a, b) ("Hong Kong's
 * economy improved ... with GDP increasing"): the clause may run on past
 * its name as after any possessive, so its last head is looked for. */
static bool owner_in(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (en_owner_mark(r, i, b + 1))
            return true;
    return false;
}

/* Is every word of s a clause word or a stop word ("there", "explaining
 * why", "which stands")? */
static bool only_clause_words(const en_reader *r, const char *s)
{
    size_t n = strlen(s);
    bool any = false;

    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (ingest_lex_is(r->lx, LEX_CLAUSE_WORD, s + i, j - i))
            any = true;
        else if (!ingest_lex_is(r->lx, LEX_STOPWORD, s + i, j - i))
            return false;
        i = j + 1;
    }
    return any;
}

/* "NBS said the food index rose", "Officials noted the jobless rate fell",
 * "the governor said the updated forecasts were": a name with no measure
 * head after a clause word and a determiner (or after a verb of speech
 * alone: "X said IPI increased") is the noun phrase after them
 * (the speaker is no part of it); a tail of no name ("the updated
 * forecasts") leaves the subject to the measure named before.  False when
 * s holds no such clause word (s unchanged). */
static bool reported_tail(const en_reader *r, char *s)
{
    size_t n = strlen(s), tail = 0;

    for (size_t i = 0; i < n;) {
        size_t j = i, k;
        while (j < n && s[j] != ' ')
            j++;
        k = j + 1;
        if (j < n && ingest_lex_is(r->lx, LEX_CLAUSE_WORD, s + i, j - i)) {
            const char *d = str_starts(s + k, "the ") ? "the " : str_starts(s + k, "its ")
                          ? "its " : str_starts(s + k, "their ") ? "their " : NULL;
            if (d)
                tail = k + strlen(d);
            else if (ingest_lex_is(r->lx, LEX_REPORT_VERB, s + i, j - i))
                tail = k;   /* "mahidin said ipi": a speaker's verb needs none */
        }
        i = j + 1;
    }
    if (!tail)
        return false;
    if (en_generic_subject(r, s + tail))
        s[0] = '\0';
    else
        memmove(s, s + tail, n - tail + 1);
    return true;
}

/* Is token i a verb of speech that no name holds (said, says, stated:
 * a clause word that reports a source), or a forecaster's verb ("the head
 * of the Office predicted Vietnam's economy will grow")?  What a speaker
 * said or predicted follows it. */
static bool speech_verb(const en_reader *r, size_t i)
{
    return (word_in(r, i, LEX_CLAUSE_WORD) && word_in(r, i, LEX_REPORT_VERB))
           || word_in(r, i, LEX_FORECAST_VERB);
}

/* The noun phrase of the last measure head in tokens [a, b) into subject;
 * false when none names a measure. */
static bool clause_head(const en_reader *r, size_t a, size_t b, char *subject)
{
    size_t na, nb;
    char np[SUBJ_MAX];

    if (a >= b || !last_head(r, a, b, &na, &nb))
        return false;
    en_subject_text(r, na, nb, np, sizeof np);
    if (!np[0] || en_generic_subject(r, np))
        return false;
    snprintf(subject, SUBJ_MAX, "%s", np);
    return true;
}

/* "Chief Statistician X said December 2018 IPI increased", "The CBTT said
 * declining food prices resulted in a decline in food inflation to 9.7
 * percent": a subject with no measure head that holds a speaker's verb of
 * speech names the speaker, not the measure.  The name is in the reported
 * clause after the verb: the last measure head's noun phrase before the
 * figure (else reported_tail reads the words after the verb, "ipi").
 * False when [cs, ti) holds no such verb or no head after it. */
static bool reported_name(const en_reader *r, size_t cs, size_t ti, char *subject)
{
    size_t sv = SIZE_MAX;

    for (size_t i = cs; i < ti; i++)
        if (speech_verb(r, i))
            sv = i;
    return sv != SIZE_MAX && clause_head(r, sv + 1, ti, subject);
}

/* Does the subject text s open with a pronoun (it, they, which, this)? */
static bool pronoun_open(const en_reader *r, const char *s)
{
    return ingest_lex_is(r->lx, LEX_PRONOUN, s, strcspn(s, " "));
}

/* Does a rate a government sets stand in tokens [a, b), with no measure
 * head after it ("the tariff on steel was cut from 15 percent", not "tariff
 * revenue rose 5 percent")? */
static bool policy_rate(const en_reader *r, size_t a, size_t b)
{
    bool policy = false;

    for (size_t i = a; i < b; i++) {
        if (class_toks(r, LEX_POLICY_HEAD, i))
            policy = true;
        else if (class_toks(r, LEX_MEASURE_HEAD, i))
            policy = false;
    }
    return policy;
}

/* Does the clause [cs, ti) hold no word but prepositions and signs? */
static bool bare_clause(const en_reader *r, size_t cs, size_t ti)
{
    for (size_t i = cs; i < ti; i++)
        if (!is_sign(r, i, ',') && !is_word(r, i, "at") && !is_word(r, i, "to")
            && !is_word(r, i, "of") && !is_word(r, i, "by"))
            return false;
    return true;
}

bool en_head_subject(const en_reader *r, size_t k, size_t cs, size_t verb, char *subject)
{
    size_t ti = fig_first_tok(r, &r->f[k]), b, na, nb;
    char np[SUBJ_MAX];
    bool head;

    if (r->f[k].pct && policy_rate(r, cs, ti))
        return false;
    if (!subject[0] && bare_clause(r, cs, ti)) {
        /* "The fiscal deficit has been contained, at 3.7 per cent of GDP":
           a clause of a preposition and the figure is the sentence's
           measure before it */
        size_t lo = k > 0 ? r->f[k - 1].te : 0;
        if (cs > lo && last_head(r, lo, cs, &na, &nb)) {
            en_subject_text(r, na, nb, np, sizeof np);
            if (np[0] && !en_generic_subject(r, np))
                snprintf(subject, SUBJ_MAX, "%s", np);
        }
        return true;
    }
    if (!strcmp(subject, "average share") || !strcmp(subject, "share"))
        snprintf(subject, SUBJ_MAX, "%s", r->d->subject);   /* of the measure before */
    if (!subject[0] || en_generic_subject(r, subject))
        return true;            /* a pronoun or a rate word: the caller inherits */
    if (rate_noun_after(r, k) && head_after(r, k, &na, &nb)) {
        /* "an increase of 4.3% in the business sector and a 21.6% increase
           in residential construction": the measure after a rate noun */
        en_subject_text(r, na, nb, np, sizeof np);
        if (np[0] && !en_generic_subject(r, np)) {
            snprintf(subject, SUBJ_MAX, "%s", np);
            return true;
        }
    }
    b = verb != SIZE_MAX && verb >= cs && verb < ti ? verb : ti;
    /* a rate noun names a measure too ("global growth") */
    head = holds(r, LEX_MEASURE_HEAD, subject) || rate_word(r, subject);
    if (head && !run_on(r, subject) && !owner_in(r, cs, b))
        return true;
    if (last_head(r, cs, b, &na, &nb) || head_after(r, k, &na, &nb)) {
        en_subject_text(r, na, nb, np, sizeof np);
        if (np[0] && !en_generic_subject(r, np)) {
            snprintf(subject, SUBJ_MAX, "%s", np);
            return true;
        }
    }
    if (!head && reported_name(r, cs, ti, subject))
        return true;
    if (!head && only_clause_words(r, subject))
        subject[0] = '\0';
    else if (!head && !reported_tail(r, subject) && pronoun_open(r, subject)) {
        /* "which helped bring down inflation to 5%": a head later in the
           clause; "it also settled within the range": the measure named
           before (the caller inherits) */
        if (!clause_head(r, cs, ti, subject))
            subject[0] = '\0';
    }
    return true;
}

void en_per_capita(const en_reader *r, size_t k, char *subject)
{
    size_t e = r->f[k].te, n = strlen(subject);

    if (n && is_word(r, e, "per") && is_word(r, e + 1, "capita") && !strstr(subject, "per capita")
        && n + 12 < SUBJ_MAX)
        memcpy(subject + n, " per capita", 12);
}
