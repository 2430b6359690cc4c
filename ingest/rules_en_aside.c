/* rules_en_aside.c -- English figures beside a claim that are no claims.
 *
 * A report that states a rate often says what it was said to be before, or
 * what it adds to another rate: the earlier value of a revised forecast or
 * estimate ("down from its January estimate of 3.2 percent", "revised from
 * 1.5%") and the size of the revision ("0.2 percentage point higher than in
 * the October forecast"), a contribution to growth in points ("boosted GDP
 * growth by 5.3 percentage points", "added 0.3 of a percentage point to
 * real GDP"), and a count of years that dates a remark ("for the first time
 * in 35 years").  None is a measured quantity of its own: a checker
 * comparing them with the text's figures would flag rates nobody reported.
 * The words are lexicon-en.tsv's (roles revision, contrib, estimate). */
#include "rules_en.h"

#define ASIDE_REACH 6   /* words between a forecast's noun and its figure */

static bool role_at(const en_reader *r, size_t i, lex_role role)
{
    const lex_entry *e = kw_at(r, i);
    return e && e->code == (int)role;
}

static bool article(const en_reader *r, size_t i)
{
    return is_word(r, i, "a") || is_word(r, i, "an") || is_word(r, i, "the")
        || is_word(r, i, "its") || is_word(r, i, "their");
}

/* The token before figure f's first, articles skipped back. */
static size_t before_article(const en_reader *r, const fig *f)
{
    size_t b = fig_first_tok(r, f);
    while (b > 0 && article(r, b - 1))
        b--;
    return b;
}

/* Is token j inside one of the sentence's figures (its '%', '$')? */
static bool in_figure(const en_reader *r, size_t j)
{
    for (size_t k = 0; k < r->nf; k++)
        if (r->v[j].pos >= r->f[k].pos && r->v[j].end <= r->f[k].end)
            return true;
    return false;
}

/* Is token j a forecast's or an estimate's noun (forecast, projection,
 * outlook, estimate: estimate keywords with the goal flag)? */
static bool estimate_noun(const en_reader *r, size_t j)
{
    const lex_entry *e = kw_at(r, j);
    return e && e->code == (int)K_ESTIMATE && (e->flags & LEXF_GOAL);
}

/* Before "from" at token b, in its clause: a verb that keeps or revises a
 * forecast, with the forecast's noun its object ("lowered the growth
 * forecast for 2024 from", "cut its outlook for the region to 4.6% from",
 * "upped its projection to 7.2 per cent from") or, in a passive, its
 * subject ("China's growth forecast has been trimmed to 4.3% from", "the
 * 2023 CPI forecast was raised from 2.75% to")?  Not "exports are expected
 * to increase to $5 billion from": an actual before a forecast's verb. */
static bool revised_object(const en_reader *r, size_t b)
{
    bool noun = false, verb_passive = false;

    for (size_t j = b; j-- > 0 && j + 20 > b;) {
        if (in_figure(r, j))
            continue;   /* (the new value's '%': "to 4.6% from") */
        if (r->v[j].type == ET_SIGN && r->v[j].c != '-' && r->v[j].c != '\''
            && !(j + 1 == b && r->v[j].c == ','))
            return false;   /* (", from": after the new value, "to 6.1 percent, from") */
        if (role_at(r, j, K_ESTIMATE)) {
            if (verb_passive && estimate_noun(r, j))
                return true;
            noun = true;
        } else if (r->v[j].type == ET_WORD
                   && en_lex_at(r->lx, LEX_OBJECT_VERB, r->t, r->len, r->v[j].pos, NULL)) {
            if (j > 0 && (word_in(r, j - 1, LEX_BE_FORM) || (j > 1 && word_in(r, j - 2, LEX_BE_FORM))))
                verb_passive = true;    /* "was raised", "has been trimmed", "was sharply cut" */
            else if (noun)
                return true;
        }
    }
    return false;
}

/* After figure k: words that make it the value a forecast had before
 * ("2.8% previously forecast", "7.1 per cent earlier projection", "5.0% in
 * the previous forecast", "4.2 percent in its April outlook")? */
static bool earlier_forecast_after(const en_reader *r, size_t k)
{
    size_t i = r->f[k].te;

    if (word_in(r, i, LEX_EARLIER_ADVERB))
        return role_at(r, i + 1, K_ESTIMATE);
    if (!is_word(r, i, "in"))
        return false;
    for (size_t j = i + 1; j < r->n && j < i + 5 && r->v[j].type == ET_WORD; j++)
        if (estimate_noun(r, j))
            return word_in(r, j - 1, LEX_EARLIER_ADJ)
                || en_lex_at(r->lx, LEX_MONTH, r->t, r->len, r->v[j - 1].pos, NULL);
    return false;
}

/* After figure k (a range's end too): a forecast's participle dated to a
 * month or a report before ("1.9 - 2.9% seen in March", "4.3% forecast in
 * its previous report"), or the time of an earlier decision ("3 percent at
 * the time of program approval")?  Not "3% forecast in 2045": a forecast
 * for a year. */
static bool earlier_dated_after(const en_reader *r, size_t k)
{
    size_t i = r->f[k].te, n, j;
    const lex_entry *e;

    if (i >= r->n || r->v[i].type != ET_WORD
        || !(n = en_lex_at(r->lx, LEX_EARLIER_AFTER, r->t, r->len, r->v[i].pos, &e)))
        return false;
    for (j = i; j < r->n && r->v[j].pos < r->v[i].pos + n; j++)
        ;
    if (!is_word(r, j - 1, "in"))
        return true;
    return j < r->n && r->v[j].type == ET_WORD
        && (en_lex_at(r->lx, LEX_MONTH, r->t, r->len, r->v[j].pos, NULL)
            || word_in(r, j, LEX_EARLIER_ADJ) || is_word(r, j, "its") || is_word(r, j, "their"));
}

/* "down from its January estimate of 3.2 percent", "a June forecast of 3.6
 * percent", "an upward revision of 0.2 points", "revised (down) from 1.5%":
 * is figure k the value a forecast or an estimate had before, or the size of
 * its revision? */
static bool earlier_estimate(const en_reader *r, size_t k)
{
    size_t b = before_article(r, &r->f[k]);

    if (b >= 2 && is_word(r, b - 1, "from")) {
        /* "revised from", "revised down from", "downgraded sharply from",
           "revised to 0.72 per cent from" (the new value's words skipped) */
        for (size_t j = b - 1, m = 0; j-- > 0 && m < 3;) {
            if (in_figure(r, j))
                continue;
            if (role_at(r, j, K_REVISION))
                return true;
            m++;
        }
        /* "up from the 4.2 percent forecast", "lowered the growth forecast
           for 2024 from 4.8 percent" */
        return role_at(r, r->f[k].te, K_ESTIMATE) || earlier_forecast_after(r, k)
            || revised_object(r, b - 1);
    }
    if (earlier_dated_after(r, k))
        return true;
    /* "slightly lower than the 4.3% forecast in September" */
    if (b >= 1 && is_word(r, b - 1, "than") && estimate_noun(r, r->f[k].te))
        return true;
    if (earlier_forecast_after(r, k) && !is_word(r, r->f[k].te, "in"))
        return true;            /* "Q1 at 7.3 per cent (7.1 per cent earlier projection)" */
    if (b < 2 || !is_word(r, b - 1, "of"))
        return false;
    if (role_at(r, b - 2, K_REVISION))
        return true;            /* a revision of 0.2 points */
    /* an estimate's noun before "of", itself after "from" or a revision
       word ("down from a June forecast of", "the revised estimate of") */
    for (size_t j = b - 1; j-- > 0 && j + ASIDE_REACH > b;) {
        if (r->v[j].type == ET_SIGN)
            return false;
        if (!role_at(r, j, K_ESTIMATE))
            continue;
        for (size_t m = j; m-- > 0 && m + ASIDE_REACH > j;) {
            if (r->v[m].type == ET_SIGN)
                break;
            if (is_word(r, m, "from") || role_at(r, m, K_REVISION))
                return true;
        }
        return false;
    }
    return false;
}

/* "0.2 percentage point higher than in the October forecast", "0.3 points
 * below the January projection": a figure that measures the gap to an
 * earlier forecast. */
static bool gap_to_forecast(const en_reader *r, size_t k)
{
    size_t i = r->f[k].te;

    if (!(is_word(r, i, "higher") || is_word(r, i, "lower") || is_word(r, i, "above")
          || is_word(r, i, "below") || is_word(r, i, "up") || is_word(r, i, "down")))
        return false;
    i++;
    if (is_word(r, i, "than") || is_word(r, i, "from") || is_word(r, i, "on"))
        i++;
    for (size_t j = i; j < r->n && j < i + ASIDE_REACH; j++) {
        if (r->v[j].type != ET_WORD)
            return false;
        if (role_at(r, j, K_ESTIMATE))
            return true;
    }
    return false;
}

/* Is the word at token i a measure or growth itself ("growth", "GDP",
 * "real GDP", "the growth rate")? */
static bool growth_or_measure(const en_reader *r, size_t i)
{
    while (article(r, i) || is_word(r, i, "real") || is_word(r, i, "overall")
           || is_word(r, i, "headline") || is_word(r, i, "economic"))
        i++;
    return i < r->n && r->v[i].type == ET_WORD
        && ((role_at(r, i, K_GROW) && (kw_at(r, i)->flags & LEXF_RATE))
            || en_lex_at(r->lx, LEX_MEASURE_HEAD, r->t, r->len, r->v[i].pos, NULL));
}

/* "contributed 0.6 percentage points to growth", "boosted GDP growth by 5.3
 * percentage points", "added 0.3 of a percentage point to real GDP": a
 * share of a growth rate in points. */
static bool contribution_points(const en_reader *r, size_t k, size_t cs)
{
    const fig *f = &r->f[k];
    size_t ft = fig_first_tok(r, f);

    if (!f->points)
        return false;
    if (is_word(r, f->te, "to") && growth_or_measure(r, f->te + 1))
        return true;
    for (size_t i = cs; i < ft; i++) {
        if (role_at(r, i, K_SHARE))
            return true;        /* a share in points is a contribution */
        if (!role_at(r, i, K_CONTRIB))
            continue;
        /* (the verb's object names growth or a measure) */
        for (size_t j = i + 1; j < ft; j++)
            if (growth_or_measure(r, j))
                return true;
    }
    return false;
}

/* "for the first time in 35 years", "the lowest in 20 years": a count of
 * years after a preposition dates a remark (not "rose by 1 year", "reached
 * 78 years"). */
static bool counted_years(const en_reader *r, size_t k)
{
    const fig *f = &r->f[k];
    size_t b = fig_first_tok(r, f);

    if (!str_is(f->unit, "years") || b == 0)
        return false;
    return is_word(r, b - 1, "in") || is_word(r, b - 1, "for") || is_word(r, b - 1, "within")
        || is_word(r, b - 1, "next") || is_word(r, b - 1, "past") || is_word(r, b - 1, "last");
}

bool en_aside_figure(const en_reader *r, size_t k, size_t cs)
{
    return earlier_estimate(r, k) || gap_to_forecast(r, k) || contribution_points(r, k, cs)
        || counted_years(r, k);
}

bool en_rate_noun_after(const en_reader *r, const fig *f)
{
    size_t b = fig_first_tok(r, f);
    const lex_entry *e = kw_at(r, f->te);

    return b > 0 && (is_word(r, b - 1, "a") || is_word(r, b - 1, "an"))
        && e && (e->code == K_GROW || e->code == K_FALL);
}
