/* rules_zh_ratio.c -- structures written as a:b:c, read as one share per term.
 *
 * A report writes the make-up of a whole as its terms joined by colons:
 * "三次产业结构由12.4:45.1:42.5调整为9.8:41.7:48.5" says that the first, second
 * and third industries made 12.4%, 45.1% and 42.5% of the regional product in
 * the base year and 9.8%, 41.7%, 48.5% in the end year.  The terms carry no
 * unit, and the colon is a clause break to the rest of the grammar, so the
 * structure is read here, before the tokens reach the other rules.  A word
 * before the terms names the parts (ratio-parts: 产业 gives 第一产业,
 * 第二产业, 第三产业) and, if written, what they measure (ratio-measure:
 * 贡献率, whose shares are of the growth) and the whole (ratio-whole: GDP);
 * without a word that names the parts, a:b:c is no claim (a clock time, a
 * score).  Two structures with only words between them are a change: the
 * first is the base, the second the end.  A year written before a structure
 * ("1997年的") is its year; otherwise the end is the year of the sentence and
 * the base the start of the period the paragraph reviews, or the year before
 * the end. */
#include "grammar.h"

#include <stdio.h>
#include <string.h>

/* The number at t[i] (an optional minus, then what ingest_amount_parse
 * reads) with no unit or a percent sign; returns the bytes read, 0 if none. */
static size_t ratio_term(const reader *r, size_t i, double *v, double *res)
{
    ingest_amount a;
    bool neg = false;
    size_t j = i;

    if (j < r->len && r->t[j] == '-') {
        neg = true;
        j++;
    }
    if (j >= r->len || !is_digit(r->t[j])
        || ingest_amount_parse(r->lx, r->t + j, r->len - j, &a) != GC_OK)
        return 0;
    if (a.unit[0] && strcmp(a.norm_unit, "%") != 0)
        return 0;
    *v = neg ? -a.value : a.value;
    *res = a.resolution;
    return j - i + a.length;
}

/* Reads a:b(:c...) starting at t[i]; false when fewer than two separators
 * join numbers there. */
static bool read_ratio(const reader *r, size_t i, zh_terms *out)
{
    size_t k, sep;

    out->n = 0;
    while (out->n < RATIO_MAX) {
        k = ratio_term(r, i, &out->v[out->n], &out->res[out->n]);
        if (k == 0)
            break;
        out->pos[out->n++] = i;
        i += k;
        out->end = i;
        sep = ingest_lex_at(r->lx, LEX_RATIO_SEP, r->t + i, r->len - i, NULL);
        if (sep == 0)
            break;
        i += sep;
    }
    return out->n >= 3;
}

/* Is the figure token f a term of a structure (a separator right after it)? */
static bool is_term(const reader *r, const tok *f)
{
    return ingest_lex_at(r->lx, LEX_RATIO_SEP, r->t + f->end, r->len - f->end, NULL) > 0
        && f->a.unit[0] == '\0';
}

static bool is_change_kw(const tok *k)
{
    lex_role w = k->kw->code;
    return w == K_GROW || w == K_FALL || w == K_AVG || w == K_NET_UP || w == K_NET_DOWN
        || w == K_REAL_HERE || w == K_NOMINAL_HERE;
}

/* Where the words that name the structure at token i may start: after the
 * last figure before it that is no term of a structure. */
static size_t window_start(const reader *r, const toks *ts, size_t i)
{
    while (i-- > 0) {
        const tok *k = &ts->v[i];
        if (k->type == T_FIG && !is_term(r, k))
            return k->end;
    }
    return 0;
}

/* The first word of class c in t[a..b), or NULL. */
static const lex_entry *find_word(const reader *r, lex_class c, size_t a, size_t b)
{
    const lex_entry *e;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, c, r->t + i, b - i, &e))
            return e;
    return NULL;
}

/* The k-th '|'-separated part of parts into out; false when there is none. */
static bool part_name(const lex_entry *parts, size_t k, char *out, size_t cap)
{
    const char *p = parts->value, *e;

    for (; k > 0; k--) {
        if (!(p = strchr(p, '|')))
            return false;
        p++;
    }
    e = strchr(p, '|');
    if (!e)
        e = p + strlen(p);
    if ((size_t)(e - p) >= cap)
        return false;
    memcpy(out, p, (size_t)(e - p));
    out[e - p] = '\0';
    return true;
}

static size_t count_parts(const lex_entry *parts)
{
    size_t n = 1;
    for (const char *p = parts->value; (p = strchr(p, '|')); p++)
        n++;
    return n;
}

/* The year written right before the structure at s ("2002年的"), between
 * tokens from and s; 0 if none. */
static int year_before(const toks *ts, size_t from, size_t s)
{
    int y = 0;

    for (size_t j = from; j < ts->n && ts->v[j].pos < s; j++)
        if (ts->v[j].type == T_YEAR && ts->v[j].year_of)
            y = ts->v[j].year;
    return y;
}

bool ingest_zh_find_ratio(const reader *r, const toks *ts, size_t i, zh_ratio *q)
{
    const tok *f = &ts->v[i];
    const lex_entry *parts, *measure, *w;
    size_t lo, j, used;

    memset(q, 0, sizeof *q);
    if (f->a.unit[0] || !read_ratio(r, f->pos, &q->s[0]))
        return false;
    lo = window_start(r, ts, i);
    parts = find_word(r, LEX_RATIO_PARTS, lo, f->pos);
    if (!parts || count_parts(parts) != q->s[0].n)
        return false;
    for (size_t k = 0; k < q->s[0].n; k++)
        if (!part_name(parts, k, q->part[k], sizeof q->part[k]))
            return false;
    measure = find_word(r, LEX_RATIO_MEASURE, lo, f->pos);
    w = find_word(r, LEX_RATIO_WHOLE, lo, f->pos);
    if (!w && r->lx->cls[LEX_RATIO_WHOLE].n)
        w = &r->lx->cls[LEX_RATIO_WHOLE].v[0];
    if (measure)
        for (size_t k = 0; k < q->s[0].n; k++)
            if (strlen(q->part[k]) + measure->n < sizeof q->part[k])
                strcat(q->part[k], measure->s);
    snprintf(q->of, sizeof q->of, "%s%s", w ? w->value : "", measure ? measure->value : "");
    q->n = 1;
    q->year[0] = r->fig_year;
    /* a second structure after words only: base and end */
    for (j = i + 1; j < ts->n && ts->v[j].pos < q->s[0].end; j++)
        ;
    for (size_t k = j; k < ts->n; k++) {
        const tok *t = &ts->v[k];
        if (t->type == T_FIG) {
            if (!t->a.unit[0] && read_ratio(r, t->pos, &q->s[1]) && q->s[1].n == q->s[0].n) {
                q->n = 2;
                q->year[1] = year_before(ts, j, t->pos);
            }
            break;
        }
        if (t->type == T_KW && is_change_kw(t))
            break;
    }
    used = q->s[q->n - 1].end;
    for (j = i; j < ts->n && ts->v[j].pos < used; j++)
        ;
    q->tokens = j - i;
    return true;
}
