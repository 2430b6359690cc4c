/* clause_en.c -- the clause of an English figure: where it starts and
 * ends, a figure restated in another currency, a figure coordinated with
 * the one before.  The subject it names is subject_pick_en.c's. */
#include "rules_en.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is sign c one of ",;:|()" (or '\0', as strchr would say)?  A switch
 * and no call: en_clause_end asks it of every sign after every figure. */
static bool clause_sign(char c)
{
    switch (c) {
    case ',': case ';': case ':': case '|': case '(': case ')': case '\0':
        return true;
    default:
        return false;
    }
}

/* The clause of figure k starts after the previous figure or the last
 * clause break before it (a parenthesis that holds only words is no
 * break). */
size_t en_clause_start(const en_reader *r, size_t k)
{
    size_t lo = k > 0 ? r->f[k - 1].te : 0;
    size_t i = r->f[k].ti;
    int depth = 0;

    if (r->f[k].floor > lo)
        lo = r->f[k].floor;     /* not back into a chart's labels */

    while (i > lo) {
        const etok *t = &r->v[i - 1];
        if (t->type == ET_SIGN && t->c == ')') {
            depth++;
        } else if (t->type == ET_SIGN && t->c == '(') {
            if (depth == 0)
                return i;
            depth--;
        } else if (depth == 0 && t->type == ET_SIGN && t->c == '-' && t->end - t->pos == 3
                   && (unsigned char)r->t[t->pos + 1] == 0x80
                   && i != fig_first_tok(r, &r->f[k])) {   /* (not U+2212 minus) */
            /* an en or em dash: "First Estimate – Growth Rate 2,5%"; one
               right before the figure sets it off from its name, as a
               list does ("farming – 1.8 percent") */
            return i;
        } else if (depth == 0 && t->type == ET_SIGN && strchr(",;:|", t->c)
                   && !(t->c == ',' && i >= 2 && ordinal_at(r, i - 2) && ordinal_at(r, i))) {
            return i;
        } else if (depth == 0 && (is_word(r, i - 1, "while") || is_word(r, i - 1, "whereas"))) {
            return i;           /* "... in 2020 while earning US$48 billion": a clause */
        }
        i--;
    }
    return lo;
}

/* Does figure k + 1 restate figure k in another currency, in a
 * parenthesis of its own: "92.7 trillion yuan (14.2 trillion U.S.
 * dollars)"? */
bool en_converted(const en_reader *r, size_t k)
{
    const fig *f = &r->f[k], *g;

    if (k + 1 >= r->nf)
        return false;
    g = &r->f[k + 1];
    return f->money && g->money && g->paren && is_sign(r, g->te, ')')
        && fig_first_tok(r, g) == f->te + 1 && is_sign(r, f->te, '(');
}

/* The end of the window after figure k: the next figure (past one that
 * only restates it) or the sentence. */
size_t en_window_end(const en_reader *r, size_t k)
{
    while (k + 1 < r->nf && en_converted(r, k))
        k++;
    return k + 1 < r->nf ? r->f[k + 1].ti : r->n;
}

/* The end of figure k's clause after it: the first clause break (a
 * parenthesis that restates the figure is none). */
size_t en_clause_end(const en_reader *r, size_t k)
{
    size_t e = en_window_end(r, k);
    for (size_t i = r->f[k].te; i < e; i++) {
        if (i == r->f[k].te && en_converted(r, k)) {
            i = r->f[k + 1].te;         /* its ')' */
            continue;
        }
        if (r->v[i].type == ET_SIGN && clause_sign(r->v[i].c))
            return i;
    }
    return e;
}

/* Does figure k continue figure k - 1's construction with a whole of its
 * own: "14 percent of GDP and 38 percent of employment"?  Only words
 * between them, from "of" to "and". */
bool en_coordinated(const en_reader *r, size_t k)
{
    size_t a, b;

    if (k == 0 || k >= r->nf || !r->f[k].pct || !r->f[k - 1].pct)
        return false;
    a = r->f[k - 1].te;
    b = fig_first_tok(r, &r->f[k]);
    if (b < a + 3 || !is_word(r, a, "of") || !is_word(r, b - 1, "and"))
        return false;
    for (size_t i = a + 1; i + 1 < b; i++)
        if (r->v[i].type != ET_WORD || (kw_at(r, i) && en_ends_subject(kw_at(r, i))))
            return false;
    return true;
}
