/* rules_zh_noise.c -- text that lost its punctuation on the way from a PDF
 * or a converter: "规模工业增加值增长9%一般公共预算收入完成270亿元".
 *
 * A figure ends its clause's predicate; when the next noun phrase follows
 * it with no break (the comma fell out), a reader still sees a new clause:
 * the words after the figure name another measure.  They are read as a new
 * clause when they are at least a few characters, do not begin as what
 * stands after a figure (以上, 左右, 的, 多, a unit's tail: 大关), and end in, or
 * hold, a measure's name (收入, 总值, 投资 ...) or stand before a share word
 * (地方税占比). */
#include "grammar.h"

#define LOST_MIN (2 * CJK_BYTES)    /* the shortest measure's name (税收), bytes */
#define LOST_MAX (24 * CJK_BYTES)   /* longer runs are sentences, not names */

/* Is t[a..b) the name of a measure, as a lost comma leaves it: all
 * ideographs, not opening as what stands after a figure, ending in a
 * measure's name or standing before a share word (share)? */
static bool lost_name(const reader *r, size_t a, size_t b, bool share)
{
    if (b < a + LOST_MIN || b > a + LOST_MAX)
        return false;
    for (size_t j = a; j < b; j += CJK_BYTES)
        if (!is_ideograph_lead((unsigned char)r->t[j]))
            return false;       /* a break, a digit or a quote: not a lost comma */
    if (ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, r->t + a, b - a, NULL)
        || ingest_lex_at(r->lx, LEX_FIGURE_NEXT_OK, r->t + a, b - a, NULL)
        || ingest_lex_at(r->lx, LEX_OF_MARK, r->t + a, b - a, NULL)
        || ingest_lex_at(r->lx, LEX_NOT_FIGURE_NEXT, r->t + a, b - a, NULL)
        || ingest_lex_at(r->lx, LEX_APPROX_SUFFIX, r->t + a, b - a, NULL))
        return false;
    if (share)
        return true;            /* 地方税占比: a share's name */
    for (size_t e = b; e >= a + 2 * CJK_BYTES; e -= CJK_BYTES)
        if (ingest_lex_ends(r->lx, LEX_MEASURE_END, r->t + a, e - a))
            return true;        /* 一般公共预算收入(完成): a measure's name */
    return false;
}

bool ingest_zh_name_after(const reader *r, size_t a)
{
    const lex_entry *k;

    for (size_t b = a + LOST_MIN; b <= a + LOST_MAX && b + CJK_BYTES <= r->len; b += CJK_BYTES) {
        if (!is_ideograph_lead((unsigned char)r->t[b - CJK_BYTES]))
            return false;
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + b, r->len - b, &k))
            return lost_name(r, a, b, k->code == K_SHARE_WORD);
    }
    return false;
}

bool ingest_zh_lost_break(const reader *r, const toks *ts, size_t i)
{
    const tok *f = i > 0 ? &ts->v[i - 1] : NULL, *k = &ts->v[i];
    size_t a, b = k->pos;

    if (!f || f->type != T_FIG || !r->clause_has_fig || (k->type != T_KW && k->type != T_FIG))
        return false;
    a = f->end;
    return lost_name(r, a, b, k->type == T_KW && k->kw->code == K_SHARE_WORD);
}
