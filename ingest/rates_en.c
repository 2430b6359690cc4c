/* rates_en.c -- English figures read by what surrounds their clause: a
 * figure a condition or a question supposes ("if growth were 5 percent") is
 * not stated at all, and a change "below its pre-pandemic level (Quarter 4
 * 2019)" runs from the level's year. */
#include "rules_en.h"

#include <string.h>

#define LEVEL_WITHIN 24   /* tokens from the figure to its base's year */

bool en_supposed(const en_reader *r, size_t k)
{
    size_t ft = fig_first_tok(r, &r->f[k]), m = k, cs;

    if (is_word(r, 0, "if") || is_word(r, 0, "unless"))
        return true;    /* (and what would follow from it) */
    for (size_t i = ft; i-- > 0;) {
        if (r->v[i].type == ET_SIGN && strchr(",;:()", r->v[i].c))
            break;
        if (is_word(r, i, "if") || is_word(r, i, "whether") || is_word(r, i, "unless"))
            return true;
    }
    /* "the only question is whether the figure, in current prices, could
       surpass 10 trillion yuan": a question with its modal, asked anywhere
       in the clause of the figure's list */
    while (m > 0 && r->f[m - 1].group == r->f[k].group)
        m--;
    cs = en_clause_start(r, m);
    for (size_t i = cs; i + 1 < ft; i++)
        if (is_word(r, i, "if") || is_word(r, i, "whether"))
            for (size_t j = i + 1; j < ft; j++)
                if (is_word(r, j, "could") || is_word(r, j, "can") || is_word(r, j, "might")
                    || is_word(r, j, "may"))
                    return true;
    return false;
}

int en_level_base(const en_reader *r, size_t k)
{
    const fig *f = &r->f[k];
    size_t i = f->te, lim = r->n;
    bool level = false;

    if (!(is_word(r, i, "below") || is_word(r, i, "above") || is_word(r, i, "higher")
          || is_word(r, i, "lower")))
        return 0;
    if (lim > i + LEVEL_WITHIN)
        lim = i + LEVEL_WITHIN;
    if (k + 1 < r->nf && (r->f[k + 1].pct || r->f[k + 1].money))
        lim = r->f[k + 1].ti;   /* up to the next figure (covid-19 is none) */
    for (i++; i < lim; i++) {
        if (r->v[i].type == ET_SIGN && strchr(".;", r->v[i].c))
            break;
        if (is_word(r, i, "level") || is_word(r, i, "levels"))
            level = true;
        else if (level && year_of(&r->v[i]))
            return year_of(&r->v[i]);
    }
    return 0;
}

size_t en_share_part(const en_reader *r, size_t a, size_t stop)
{
    for (size_t j = a + 1; j < stop; j++) {
        size_t n = r->v[j].end - r->v[j].pos;
        if (r->v[j].type != ET_WORD)
            return 0;
        if ((n > 4 && !memcmp(r->t + r->v[j].end - 2, "ed", 2) && !kw_at(r, j))
            || is_word(r, j, "living") || is_word(r, j, "who") || is_word(r, j, "having"))
            return j;
    }
    return 0;
}

bool en_with_measure(const en_reader *r, size_t k, char *subject)
{
    size_t ft = fig_first_tok(r, &r->f[k]), d;

    if (ft < 4 || !is_word(r, ft - 1, "of") || ingest_lex_is(r->lx, LEX_LEAD_WORD, r->t + r->v[ft - 2].pos,
                                                            r->v[ft - 2].end - r->v[ft - 2].pos)
        || is_word(r, ft - 2, "average") || is_word(r, ft - 2, "total"))
        return false;           /* "an average of", "a total of": a count's words follow */
    for (d = ft - 2; d > 0 && d + 7 > ft; d--) {
        if (r->v[d].type != ET_WORD)
            return false;
        if (is_word(r, d, "a") || is_word(r, d, "an"))
            break;
    }
    if (!(is_word(r, d, "a") || is_word(r, d, "an")) || d + 2 > ft - 1 || d == 0
        || !(is_word(r, d - 1, "with") || is_word(r, d - 1, "and")))
        return false;
    for (size_t j = d + 1; j < ft - 1; j++)
        if (kw_at(r, j) && kw_at(r, j)->code != K_CUMULATIVE && !is_word(r, j, "total"))
            return false;       /* a verb or a rate word: no name */
    en_subject_text(r, d + 1, ft - 1, subject, SUBJ_MAX);
    return subject[0] != '\0';
}

bool en_span_average(const en_reader *r, size_t k)
{
    size_t ft = fig_first_tok(r, &r->f[k]);

    if (ft < 3 || !is_word(r, ft - 1, "of")
        || !(is_word(r, ft - 2, "average") || is_word(r, ft - 2, "levels")
             || is_word(r, ft - 2, "level")))
        return false;
    for (size_t i = ft - 2; i-- > 0 && i + 7 > ft;)
        if (r->v[i].type == ET_SPAN)
            return true;
    return false;
}

bool en_against_plan(const en_reader *r, size_t k)
{
    size_t i = r->f[k].te;
    const lex_entry *e;

    /* one comparative word, then "than planned" (a skip phrase) */
    if (i < r->n && r->v[i].type == ET_WORD && !kw_at(r, i))
        i++;
    else if (kw_at(r, i) && (kw_at(r, i)->code == K_INCREMENT || kw_at(r, i)->code == K_GROW
                             || kw_at(r, i)->code == K_FALL))
        i = tok_after(r, r->v[i].pos + kw_at(r, i)->n);
    e = kw_at(r, i);
    return e && e->code == K_SKIP && str_starts(e->s, "than ");
}

/* The name of a parenthesised item that begins at token a, taken back
 * over commas and '&' to the parenthesis closing the item before it: in
 * "…in July), food, alcohol & tobacco (2.0 %, …)" the item is "food,
 * alcohol & tobacco", not its last word.  a when no item closes before. */
static size_t paren_item_start(const en_reader *r, size_t a)
{
    size_t i = a;

    while (i > 0 && (r->v[i - 1].type == ET_WORD
                     ? !kw_at(r, i - 1) && (is_word(r, i - 1, "and") || is_word(r, i - 1, "of")
                                            || !ingest_lex_is(r->lx, LEX_STOPWORD,
                                                              r->t + r->v[i - 1].pos,
                                                              r->v[i - 1].end - r->v[i - 1].pos))
                     : is_sign(r, i - 1, ',') || is_sign(r, i - 1, '&')))
        i--;
    if (i == a || i == 0 || !is_sign(r, i - 1, ')') || !is_sign(r, i, ','))
        return a;
    return i + 1;
}

/* Is the dash before figure k inside an open parenthesis ("(share in the
 * GDP structure - 16.9 percent)")?  Then it sets off a remark's own name,
 * no item of the list outside. */
static bool dash_in_paren(const en_reader *r, size_t k, size_t dash)
{
    int depth = 0;

    for (size_t i = k > 0 ? r->f[k - 1].te : 0; i < dash; i++)
        depth += is_sign(r, i, '(') - is_sign(r, i, ')');
    return depth > 0;
}

const lex_entry *en_paren_name(const en_reader *r, size_t k, char *out)
{
    size_t p = fig_first_tok(r, &r->f[k]), a, item, p0;
    const lex_entry *g = NULL;

    out[0] = '\0';
    while (!r->f[k].dashed && p > 0 && !is_sign(r, p - 1, '('))
        p--;                    /* (a sign inside: "(+9.1%)"; a dash stands
                                   where the parenthesis opens) */
    if (r->f[k].dashed && (p < 2 || dash_in_paren(r, k, p - 1)
                           || !en_dash_name_word(r, p - 2)))
        return NULL;            /* (a dash after a year or a verb names nothing) */
    if (p < 2 || r->v[p - 2].type != ET_WORD || kw_at(r, p - 2)
        || (k > 0 && r->v[p - 2].pos < r->f[k - 1].end))
        return NULL;            /* (not "1.2 billion dollars (15.3% of GDP)") */
    p--;
    /* (an '&' between words joins one item's name: "restaurants & hotels
       (2.5 percent", "alcoholic beverages & tobacco (1.2 percent") */
    for (a = p; a > 0 && ((r->v[a - 1].type == ET_WORD && !kw_at(r, a - 1))
                          || (is_sign(r, a - 1, '&') && a >= 2 && a < p
                              && r->v[a - 2].type == ET_WORD)); a--) {
        size_t n = r->v[a - 1].end - r->v[a - 1].pos;
        if (r->v[a - 1].type != ET_WORD)
            continue;
        if (ingest_lex_is(r->lx, LEX_STOPWORD, r->t + r->v[a - 1].pos, n)
            && !is_word(r, a - 1, "of") && !is_word(r, a - 1, "and"))
            break;              /* by, from, with: the verb's preposition */
        if (is_word(r, a - 1, "and") && a >= 2 && is_sign(r, a - 2, ')'))
            break;              /* "Romania (5.6%) and Slovenia" */
    }
    p0 = a;
    item = paren_item_start(r, a);
    a = item;
    while (a < p && (is_word(r, a, "and") || is_word(r, a, "of")))
        a++;
    if (a >= p)
        return NULL;
    if (item < p0)
        en_subject_list(r, a, p, out, SUBJ_MAX);    /* (its commas kept) */
    else
        en_subject_text(r, a, p, out, SUBJ_MAX);
    /* the change word nearest before the name ("decreases in exports of
       goods (-12.4%), partly offset by increases in exports of services
       (3.8%)": services rose), else the sentence's first */
    for (size_t i = 0; i < r->n && (i < p || !g); i++)
        if (kw_at(r, i) && (kw_at(r, i)->code == K_GROW || kw_at(r, i)->code == K_FALL))
            g = kw_at(r, i);
    return g;
}

bool en_same_paren(const en_reader *r, size_t k)
{
    if (k == 0 || !r->f[k - 1].paren)
        return false;
    for (size_t i = r->f[k - 1].te; i < r->f[k].ti && i < r->n; i++)
        if (is_sign(r, i, ')') || is_sign(r, i, '('))
            return false;
    return true;
}
