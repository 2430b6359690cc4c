/* rules_en_share.c -- the whole an English share is of: "23.3% of GDP",
 * "a 4.8 per cent share of the market", "87 percent of the population
 * covered by the scheme" (the part is then the covered population). */
#include "rules_en.h"

#include <stdio.h>
#include <string.h>

void en_share_whole(const en_reader *r, size_t k, char *subject, char *of)
{
    const fig *f = &r->f[k];
    size_t i = f->te + is_word(r, f->te, "share");  /* "a 4.8 per cent share of" */

    of[0] = '\0';
    if (is_word(r, i, "of")) {
        size_t stop = en_clause_end(r, k), pq, e2;
        for (size_t m = i + 1; m < stop; m++)
            if (en_time_phrase(r, m, stop) || is_word(r, m, "while") || is_word(r, m, "and")
                || is_word(r, m, "in") || (kw_at(r, m) && (kw_at(r, m)->code == K_THIS_YEAR
                                                           || kw_at(r, m)->code == K_LAST_YEAR))) {
                stop = m;
                break;
            }
        en_subject_text(r, i + 1, stop, of, SUBJ_MAX);
        /* "87 percent of the population covered by the scheme" */
        pq = en_share_part(r, i + 1, stop);
        e2 = stop;
        while (pq && e2 < en_clause_end(r, k) && !en_time_phrase(r, e2, r->n)
               && !is_word(r, e2, "while") && !is_word(r, e2, "and"))
            e2++;
        if (pq) {
            en_subject_text(r, i + 1, e2, subject, SUBJ_MAX);
            en_subject_text(r, i + 1, pq, of, SUBJ_MAX);
        }
    }
}

/* Is token i a word that leads the figure after it to a new value or from
 * an old one ("to", "toward", "at", "from"), a qualifier between ("to
 * about", "at roughly")? */
static bool to_value(const en_reader *r, size_t i, size_t lo)
{
    while (i > lo && ingest_lex_is(r->lx, LEX_QUALIFIER_BEFORE, r->t + r->v[i].pos,
                                   r->v[i].end - r->v[i].pos))
        i--;
    return is_word(r, i, "to") || is_word(r, i, "toward") || is_word(r, i, "towards")
        || is_word(r, i, "at") || is_word(r, i, "from");  /* ("up from 39 percent") */
}

/* "from 71.6% of GDP in 2025 to 71.3% in 2026", "4.1% of GDP this year,
 * with a gradual narrowing to about 2.8%", "revenue at 16.2% of GDP and
 * expenditure at 20.4%": a bare percentage after a share of a whole, in its
 * sentence, is a share of the same whole.  True when figure k is one; name
 * gets the new part named after "and" ("expenditure"), else "" (the
 * share's own part). */
bool en_share_continues(const en_reader *r, size_t k, char *name)
{
    const fig *f = &r->f[k], *p = k > 0 ? &r->f[k - 1] : NULL;
    size_t ft = fig_first_tok(r, f), and = 0;

    name[0] = '\0';
    if (!p || !f->pct || f->points || is_word(r, f->te, "of")
        || is_word(r, f->te, "share") || ft < p->te + 3 || !to_value(r, ft - 1, p->te))
        return false;
    for (size_t i = p->te; i < ft; i++) {
        if (r->v[i].type == ET_SIGN && !is_sign(r, i, ','))
            return false;
        if (is_word(r, i, "and"))
            and = i;
    }
    if (and) {
        size_t b = ft - 1;
        while (b > and && !is_word(r, b, "at") && !is_word(r, b, "to"))
            b--;
        for (size_t i = and + 1; i < b; i++)
            if (kw_at(r, i))
                return false;   /* ("and growth at 5%": a rate of its own) */
        if (b > and + 1)
            en_subject_text(r, and + 1, b, name, SUBJ_MAX);
        if (name[0] && (en_generic_subject(r, name) || strstr(name, "rate")))
            return false;
    }
    return true;
}

bool en_share_noun_after(const en_reader *r, size_t k)
{
    size_t m = k, m0 = k, j;

    while (m0 > 0 && r->f[m0 - 1].group == r->f[k].group)
        m0--;           /* (the list's first item) */
    while (m + 1 < r->nf && r->f[m + 1].group == r->f[k].group)
        m++;            /* (its last: "2.9% and 2% shares") */
    j = fig_first_tok(r, &r->f[m0]);
    if (j >= 2 && is_word(r, j - 1, "of") && is_word(r, j - 2, "shares"))
        return true;    /* "with shares of 46.8% and 40.9%, respectively" */
    j = r->f[m].te;
    if (!is_word(r, j, "share") && !is_word(r, j, "shares"))
        return false;
    /* the noun ends there, or its whole or its list follows; not a
       compound ("a 5% share price rise") */
    return !(j + 1 < r->n && r->v[j + 1].type == ET_WORD) || is_word(r, j + 1, "of")
        || is_word(r, j + 1, "in") || is_word(r, j + 1, "respectively");
}

bool en_share_item_after(const en_reader *r, size_t k)
{
    for (size_t i = r->f[k - 1].te; i < fig_first_tok(r, &r->f[k]); i++)
        if (kw_at(r, i) && (kw_at(r, i)->code == K_GROW || kw_at(r, i)->code == K_FALL))
            return false;
    return true;
}
