/* rules_en_elided.c -- English figures whose clause leaves something out:
 * the base after a rate ("grown by 7.2% in 2023-24 over 6.7% in
 * 2022-23"), a part of the whole before with no verb ("…, including 13.6
 * percent in tax revenue"), and a list item that drops the verb ("exports
 * rose 5.1 percent, imports 3.2 percent", "2.4 percent in Germany and 1.9
 * in France").  The figure then takes the kind (and measure or whole) of
 * the figure before it. */
#include "rules_en.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* "…, which was 12.67 per cent in FY19", "while it was 7.28 percent in
 * FY17": a pronoun for the measure before, its verb, and a time after the
 * figure (a restatement of the same time is no base).  Moves *b to the
 * clause's first word when so. */
static bool restated(const en_reader *r, size_t k, size_t *b)
{
    size_t i = *b, e = r->f[k].te;

    if (i < 3 || !(is_word(r, i - 1, "was") || is_word(r, i - 1, "were")
                   || is_word(r, i - 1, "is") || is_word(r, i - 1, "had")))
        return false;
    if (!(is_word(r, i - 2, "it") || is_word(r, i - 2, "which") || is_word(r, i - 2, "this")))
        return false;
    i -= 2;
    if (is_word(r, i - 1, "while") || is_word(r, i - 1, "whereas") || is_word(r, i - 1, "and")
        || is_word(r, i - 1, "but"))
        i--;
    /* the figure's own time right after it ("7.28 percent in FY17", "6.78
       per cent was in FY19") */
    e += is_word(r, e, "was");
    if (!en_time_phrase(r, e, r->n)
        && !(is_word(r, e, "in") && (is_word(r, e + 1, "fy") || year_of(&r->v[e + 1]))))
        return false;
    *b = i;
    return true;
}

/* The change keyword (grow or fall) at token i, or NULL. */
static const lex_entry *change_kw(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    return e && (e->code == K_GROW || e->code == K_FALL) ? e : NULL;
}

static bool article_at(const en_reader *r, size_t i)
{
    return is_word(r, i, "a") || is_word(r, i, "an") || is_word(r, i, "the");
}

/* The base marker (lexicon class base-marker) that ends right before token
 * p, the longest, with an adverb before it ("slightly down from") or a
 * change noun ("a slight decline from"): its first token, or SIZE_MAX. */
static size_t marker_before(const en_reader *r, size_t p)
{
    for (size_t j = p > 3 ? p - 3 : 0; j < p; j++) {
        if (en_lex_at(r->lx, LEX_BASE_MARKER, r->t, r->len, r->v[j].pos, NULL)
            != r->v[p - 1].end - r->v[j].pos)
            continue;
        if (j > 0 && r->v[j - 1].type == ET_WORD && r->v[j - 1].end - r->v[j - 1].pos > 4
            && !memcmp(r->t + r->v[j - 1].end - 2, "ly", 2))
            j--;
        else if (j > 0 && change_kw(r, j - 1) && kw_at(r, j - 1)->n == r->v[j - 1].end - r->v[j - 1].pos) {
            j--;                                        /* a (slight) decline from */
            if (j >= 2 && article_at(r, j - 2) && r->v[j - 1].type == ET_WORD && !kw_at(r, j - 1))
                j -= 2;
            else if (j >= 1 && article_at(r, j - 1))
                j--;
        }
        return j;
    }
    return SIZE_MAX;
}

/* "slightly down from 13 percent", "(vs 6.8 percent in Q2)", "following a
 * 0.4 per cent gain in February", "after a gain of 0.2%", "after declining
 * 13.1 percent", "compared to a 4.5 percent expansion", "from the 2.1
 * percent figure": figure k opened by a base marker.  Its first token, or
 * SIZE_MAX; *dir is -1 when the base is itself a fall ("following a 0.5
 * percent decline").  Not when the change noun after the figure names a
 * measure of its own ("after a 10% rise in exports"), nor "from A to B". */
static size_t marked_base(const en_reader *r, size_t k, double *dir)
{
    const fig *f = &r->f[k];
    size_t p = fig_first_tok(r, f), m;
    const lex_entry *noun = NULL;

    *dir = 1;
    if (k + 1 < r->nf && r->f[k + 1].to)
        return SIZE_MAX;
    if (p >= 1 && article_at(r, p - 1)) {
        p--;
    } else if (p >= 3 && is_word(r, p - 1, "of") && (noun = change_kw(r, p - 2)) != NULL
               && (is_word(r, p - 3, "a") || is_word(r, p - 3, "an"))) {
        p -= 3;                 /* after a gain of */
    } else if (p >= 2 && (noun = change_kw(r, p - 1 - is_word(r, p - 1, "by"))) != NULL) {
        p -= 1 + is_word(r, p - 1, "by");   /* after declining (by) */
    }
    m = p > 0 ? marker_before(r, p) : SIZE_MAX;
    if (m == SIZE_MAX)
        return SIZE_MAX;
    if (!noun && (noun = change_kw(r, f->te)) != NULL) {
        /* "a 10% rise in exports": that measure's, not a base */
        size_t a = tok_after(r, r->v[f->te].pos + noun->n);
        if ((is_word(r, a, "in") || is_word(r, a, "of")) && !en_time_phrase(r, a, r->n))
            return SIZE_MAX;
    }
    if (noun && noun->code == K_FALL && (noun->flags & LEXF_DOWN))
        *dir = -1;
    return m;
}

/* The sign of figure k, a base of the rate before: -1 when it is itself a
 * fall ("following a 0.5 percent decline in February"). */
double en_base_sign(const en_reader *r, size_t k)
{
    double dir;
    return marked_base(r, k, &dir) == SIZE_MAX ? 1 : dir;
}

/* "in the 12 months to March 2022", "over the last 12 months ending
 * August": a rate's own span of months, its length in tokens or 0. */
static size_t months_span(const en_reader *r, size_t i)
{
    size_t j = i;

    if (is_word(r, j, "in") || is_word(r, j, "over"))
        j++;
    j += is_word(r, j, "the");
    j += is_word(r, j, "last") || is_word(r, j, "past");
    if (!en_months_count(r, j))
        return 0;
    j += 4;
    return j + (j < r->n && r->v[j].type == ET_YEAR) - i;
}

/* Where the words that open figure k as a base start ("over", "against",
 * "(as) compared to/with", "higher than", a base marker), or 0. */
static size_t base_opening(const en_reader *r, size_t k, size_t a)
{
    size_t b = fig_first_tok(r, &r->f[k]), m;
    double dir;

    if ((m = marked_base(r, k, &dir)) != SIZE_MAX)
        /* "edged down 0.1 percent (vs 6.8 percent in Q2)" */
        return m > a && is_sign(r, m - 1, '(') ? m - 1 : m;
    if (is_word(r, b, "over"))   /* read as a qualifier with the figure */
        b++;
    b = en_base_noun(r, b);      /* "compared with last year's target of" */
    if (is_word(r, b - 1, "over") || is_word(r, b - 1, "against"))
        return b - 1;
    if (restated(r, k, &b))
        return b;
    if (b >= 2 && (is_word(r, b - 1, "to") || is_word(r, b - 1, "with"))
        && is_word(r, b - 2, "compared"))
        return b - (is_word(r, b - 3, "as") ? 3 : 2);
    return en_than_base(r, b);   /* (not "lower than the 4.1 per cent of ...") */
}

/* Is figure k the base of the rate before it: only time phrases between
 * them, then "over", "against", "(as) compared to/with" or a base marker
 * right before it? */
bool en_base_of_previous(const en_reader *r, size_t k)
{
    size_t a, b;

    if (k == 0 || fig_first_tok(r, &r->f[k]) == 0)
        return false;
    a = r->f[k - 1].te;
    /* "23.3% of GDP, compared with 22.8%": the whole of a share */
    if (is_word(r, a, "of"))    /* (to its time: "16.8% of GDP in 2024, below the 16.8%") */
        while (a < fig_first_tok(r, &r->f[k]) && r->v[a].type == ET_WORD
               && !(a > r->f[k - 1].te + 1 && en_time_phrase(r, a, fig_first_tok(r, &r->f[k]))))
            a++;
    if ((b = base_opening(r, k, a)) == 0)
        return false;
    while (a < b) {
        size_t n = en_time_phrase(r, a, b);
        if (!n)
            n = en_horizon_len(r, a);
        if (!n)
            n = months_span(r, a);
        const lex_entry *w = kw_at(r, a);
        if (!n && w && (w->code == K_PREV_YEAR || w->code == K_QOQ))
            n = tok_after(r, r->v[a].pos + w->n) - a;   /* the rate's own base:
                                                           "12.4 percent year-on-year" */
        if (n) {
            a += n;
        } else if (is_sign(r, a, ',')) {
            a++;
        } else if ((is_word(r, a, "in") || is_word(r, a, "for")) && a + 1 < b
                   && r->v[a + 1].type == ET_WORD && !kw_at(r, a + 1)) {
            /* the rate's measure named after it: "9.9% in Manufacturing
               sector in 2023-24 over -2.2% in 2022-23" */
            a++;
            while (a < b && !en_time_phrase(r, a, b) && (r->v[a].type == ET_WORD
                                                         || is_sign(r, a, '&'))
                   && !kw_at(r, a))
                a++;
        } else {
            return false;
        }
    }
    return true;
}

/* Does the clause [cs, ft) before a figure open a part of the whole before
 * it with no verb of its own ("including", "of which", "among which",
 * "with")? */
bool en_part_clause(const en_reader *r, size_t cs, size_t ft)
{
    size_t i = cs;

    if (cs == 0 || !is_sign(r, cs - 1, ','))
        return false;
    if (is_word(r, i, "including") || is_word(r, i, "with"))
        i++;
    else if ((is_word(r, i, "of") || is_word(r, i, "among")) && is_word(r, i + 1, "which"))
        i += 2;
    else
        return false;
    for (; i < ft; i++)
        if (kw_at(r, i) || r->v[i].type != ET_WORD)
            return false;
    return true;
}

/* Is the clause [cs, ft) before a figure a name alone after a comma or
 * "and", with no verb ("…, livestock products 39 percent and fisheries
 * 18 percent")? */
bool en_verbless_item(const en_reader *r, size_t cs, size_t ft)
{
    size_t i = cs;

    if (is_sign(r, i, ','))
        i++;
    if (is_word(r, i, "and"))
        i++;
    else if (i == 0 || !(is_sign(r, i - 1, ',') || is_word(r, i - 1, "and")))
        return false;
    if (i >= ft)
        return false;
    for (; i < ft; i++)
        if (kw_at(r, i) || r->v[i].type != ET_WORD)
            return false;
    return true;
}

/* The end of a measure's name after figure j: "in" and words with no
 * keyword, no time and no place, from j's end up to b (or to the first
 * token that is none of these); 0 when there is none. */
static size_t name_after_end(const en_reader *r, size_t j, size_t b)
{
    size_t in = r->f[j].te, a, i;

    /* (the list's first rate may say how it was found: "a growth rate of
       8.36 percent was reported in wholesale, 8.98 percent in ...") */
    if ((is_word(r, in, "was") || is_word(r, in, "were")) && in + 2 < r->n && r->v[in + 1].type == ET_WORD
        && !(kw_at(r, in + 1) && (kw_at(r, in + 1)->code == K_GROW || kw_at(r, in + 1)->code == K_FALL))
        && is_word(r, in + 2, "in"))
        in += 2;
    a = in + 1;
    i = a;
    if (!is_word(r, in, "in") || en_time_phrase(r, a, b))
        return 0;
    while (i < b && r->v[i].type == ET_WORD && !kw_at(r, i))
        i++;
    /* (the list's joint is no part of the name) */
    while (i > a && (is_word(r, i - 1, "and") || is_sign(r, i - 1, ',')))
        i--;
    return i > a && !en_place_words(r, a, i) ? i : 0;
}

bool en_named_after_item(const en_reader *r, size_t k)
{
    size_t ft, e;

    if (k == 0 || !r->f[k - 1].pct || !r->f[k].pct)
        return false;
    ft = fig_first_tok(r, &r->f[k]);
    e = name_after_end(r, k - 1, ft);
    if (!e || !name_after_end(r, k, r->n))
        return false;
    /* (nothing but the joint between the name and the figure) */
    if (is_sign(r, e, ','))
        e++;
    if (is_word(r, e, "and"))
        e++;
    return e == ft && ft > r->f[k - 1].te + 1;
}

/* Does a base of figure k's own follow it: a period-on-period or
 * year-on-year word, or "(when) compared to/with"? */
static bool own_base_after(const en_reader *r, size_t k)
{
    size_t e = r->f[k].te;
    const lex_entry *w = kw_at(r, e);

    if (w && (w->code == K_QOQ || w->code == K_PREV_YEAR))
        return true;
    e += is_word(r, e, "when");
    return is_word(r, e, "compared") && (is_word(r, e + 1, "to") || is_word(r, e + 1, "with"));
}

/* At token a, "in Germany", "in the United States" up to token b: the
 * tokens of that place phrase when a joint (a sign, "and", "while"), a
 * time ("in 2019") or b follows it; 0 when none. */
static size_t place_phrase(const en_reader *r, size_t a, size_t b)
{
    if (!is_word(r, a, "in"))
        return 0;
    for (size_t c = a + 2; c <= b && c <= a + 5; c++)
        if ((c == b || r->v[c].type == ET_SIGN || is_word(r, c, "and")
             || is_word(r, c, "while") || is_word(r, c, "but") || is_word(r, c, "in"))
            && en_place_words(r, a + 1, c))
            return c - a;
    return 0;
}

bool en_elided_repeat(const en_reader *r, size_t k)
{
    size_t a, b;
    bool joined = false, timed = false, placed = false;

    if (k == 0)
        return false;
    a = r->f[k - 1].te;
    b = fig_first_tok(r, &r->f[k]);
    while (a < b) {
        size_t n = en_time_phrase(r, a, b);
        const lex_entry *e = kw_at(r, a);
        if (!n && e && (e->code == K_THIS_YEAR || e->code == K_LAST_YEAR || e->code == K_NEXT_YEAR))
            n = tok_after(r, r->v[a].pos + e->n) - a;     /* "this year" */
        if (!n && e && (e->code == K_PREV_YEAR || e->code == K_QOQ)) {
            a = tok_after(r, r->v[a].pos + e->n);   /* the rate before's own base:
                                                       "year-on-year, and" */
            continue;
        }
        if (!n && (is_word(r, a, "compared") || is_word(r, a, "when"))
            && (is_word(r, a + 1, "to") || is_word(r, a + 1, "with") || is_word(r, a + 1, "compared"))) {
            a += 2;             /* "compared to the same period last year, and" */
            continue;
        }
        if (!n && (n = place_phrase(r, a, b)) != 0) {
            a += n;             /* "2.4 percent in Germany and 1.9 in France" */
            placed = true;
            continue;
        }
        if (n) {
            a += n;
            timed = true;
        } else if (is_sign(r, a, ',') || is_word(r, a, "and") || is_word(r, a, "while")
                   || is_word(r, a, "but")) {
            joined = joined || !is_sign(r, a, ',') || a + 1 == b;
            a++;
        } else {
            return false;
        }
    }
    /* (a time after the figure too: the pair dates both; or a base of its
       own: "rose 11.86 percent year-on-year, and 1.43 percent
       quarter-on-quarter", "and 3.43 percent compared to the second
       quarter") */
    return joined && (timed || en_time_phrase(r, r->f[k].te, r->n) || own_base_after(r, k)
                      || (placed && place_phrase(r, r->f[k].te, r->n)));
}

/* The change word (or lowering verb) nearest before token b in the
 * sentence: -1 for a fall, 1 for a rise or none. */
static double nearest_direction(const en_reader *r, size_t b)
{
    for (size_t i = b; i-- > 0;) {
        const lex_entry *e = kw_at(r, i);
        if (e && (e->code == K_GROW || e->code == K_FALL))
            return e->code == K_FALL && (e->flags & LEXF_DOWN) ? -1 : 1;
        /* "will reduce energy intensity by 3.1%": a verb lowering its
           object (lexicon object-verb, flag down).  The nearest such verb
           decides, down or not: "cut poverty and raise incomes by 5%"
           rises */
        if (r->v[i].type == ET_WORD
            && en_lex_at(r->lx, LEX_OBJECT_VERB, r->t, r->len, r->v[i].pos, &e)
                   == r->v[i].end - r->v[i].pos)
            return e->flags & LEXF_DOWN ? -1 : 1;
    }
    return 1;
}

/* Does the subject s end with the name of a whole economy's output
 * ("the economy", "Indonesia's real GDP"; not "energy use per unit of GDP",
 * "the share of GDP") or of a flow ("fixed-asset investment", "retail
 * sales")?  Lexicon measure heads of value aggregate or flow. */
static bool aggregate_subject(const en_reader *r, const char *s)
{
    size_t n = strlen(s);
    const lex_entry *e;

    if (strstr(s, " of ") || strstr(s, "per "))
        return false;
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ')
            && en_lex_at(r->lx, LEX_MEASURE_HEAD, s, n, i, &e) == n - i
            && (str_is(e->value, "aggregate") || str_is(e->value, "flow")))
            return true;
    return false;
}

/* Does the subject s end with an index's name ("the food alone index",
 * "total CPI"; not "the index of industrial production's weight", which
 * has an "of")?  Lexicon rate-measure. */
static bool index_subject(const en_reader *r, const char *s)
{
    const char *w = strrchr(s, ' ');

    w = w ? w + 1 : s;
    return !strstr(s, " of ") && ingest_lex_is(r->lx, LEX_RATE_MEASURE, w, strlen(w));
}

ingest_kind en_rate_in_context(const en_reader *r, size_t k, ingest_kind kind, int last_kind,
                               const char *last_subject, char *subject, double *sign)
{
    const fig *f = &r->f[k];
    size_t ft = fig_first_tok(r, f);
    const lex_entry *t = kw_at(r, f->te);

    /* "(by 5.4pc from 26.208 million to 27.634 million tons)": "by" and a
       percent is a change, in the direction the sentence gave before */
    if (kind == INGEST_LEVEL && ft > 0 && is_word(r, ft - 1, "by")) {
        *sign = nearest_direction(r, ft - 1);
        return INGEST_GROWTH_YOY;
    }
    /* "achieving a growth rate of 4.77 per cent, slightly surpassing the
       government's 4.4 per cent target": the goal for the rate before */
    if (t && t->code == K_TARGET && (t->flags & LEXF_GOAL) && last_kind >= 0
        && last_kind != INGEST_SHARE && last_subject[0]) {
        snprintf(subject, SUBJ_MAX, "%s", last_subject);
        *sign = 1;
        return (ingest_kind)last_kind;
    }
    /* "the economy registered a strong recovery of 9.9 per cent", "GDP at
       9 percent in 2016", "fixed-asset investment slowed to seven
       percent", "private consumption expanded at a stronger pace at 8.8
       percent": a percent of a whole economy's output or of a flow is its
       growth (no level of either is a percentage; a share says "of") */
    if (kind == INGEST_LEVEL && !f->points && !is_word(r, f->te, "of")
        && (aggregate_subject(r, subject) || index_subject(r, subject)))
        return INGEST_GROWTH_YOY;
    return kind;
}

/* "grew by 2.1 per cent as compared to growth of 4.9 per cent in Q2
 * 2018-19": is figure k (of part and year t) compared with the same part
 * of the year before, or such a base itself (base: it is the base of the
 * rate before it)?  Then it is year on year, whatever the release's
 * mode. */
bool en_same_part_year_before(const en_reader *r, size_t k, const ftime *t, bool base)
{
    ftime b;

    if (base)
        return true;
    if (k + 1 >= r->nf || !en_base_of_previous(r, k + 1))
        return false;
    memset(&b, 0, sizeof b);
    return en_time_in(r, r->f[k + 1].te, en_window_end(r, k + 1), &b) && b.year
        && b.year + 1 == t->year && (!b.mfrom || (b.mfrom == t->mfrom && b.mto == t->mto));
}
