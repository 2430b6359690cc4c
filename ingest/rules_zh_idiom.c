/* rules_zh_idiom.c -- figures a report writes as idioms.
 *
 * "航空航天、船舶制造均实现两位数增长" states a rate of 10 % or more for each
 * item as surely as "增长10%以上" does, with no digit: the idiom before the
 * verb of change is the figure (tests/corpus/RULES.md, IDIOM).  Read here
 * as a made figure that the rules (rules_zh.c) then read like any other,
 * the verb after it giving its role.  An idiom over every year of a span
 * ("连续五年保持两位数增长") states no one rate and is left alone. */
#include "grammar.h"

#include <string.h>

size_t ingest_zh_idiom(const reader *r, const toks *ts, size_t i, tok *g)
{
    const tok *k = &ts->v[i];
    const char *t = r->t;
    const lex_entry *e;
    size_t a = r->clause_start, b = k->pos, w, from;

    if (!(k->kw->code == K_GROW || k->kw->code == K_FALL) || !(k->kw->flags & LEXF_CHANGE))
        return 0;
    if (i > 0 && ts->v[i - 1].end > a)
        a = ts->v[i - 1].end;       /* the idiom lies between the keyword and the token before */
    if (b <= a)
        return 0;
    /* 两位数的增长, 两位数以上增长 */
    b -= ingest_lex_ends(r->lx, LEX_OF_MARK, t + a, b - a);
    for (size_t q = 0; q < r->lx->cls[LEX_QUALIFIER_AFTER].n; q++) {
        const lex_entry *x = &r->lx->cls[LEX_QUALIFIER_AFTER].v[q];
        if (x->code == INGEST_ABOVE && b - a > x->n && ends_w(t + a, b - a, x)) {
            b -= x->n;
            break;
        }
    }
    if (!(w = ingest_lex_ends(r->lx, LEX_IDIOM_RATE, t + a, b - a)))
        return 0;
    from = b - w;
    ingest_lex_at(r->lx, LEX_IDIOM_RATE, t + from, w, &e);
    for (size_t j = r->clause_start; j < from; j += char_len((unsigned char)t[j]))
        if (ingest_lex_at(r->lx, LEX_IDIOM_NOT_PREV, t + j, from - j, NULL))
            return 0;           /* 连续五年保持两位数增长: every year, no one claim */
    /* 年均两位数增长: an average rate, the idiom's figure starting at 年均 */
    w = ingest_lex_ends(r->lx, LEX_RATE_AVG, t + a, from - a);
    memset(g, 0, sizeof *g);
    g->type = T_FIG;
    g->pos = from - w;
    g->end = b;
    g->a.value = g->a.norm_value = e->num;
    g->a.resolution = 0;        /* a bound, not a rounded figure */
    strcpy(g->a.unit, "%");
    strcpy(g->a.norm_unit, "%");
    g->a.length = b - g->pos;
    return w ? 2 : 1;
}
