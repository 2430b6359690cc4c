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

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define RATIO_MAX 6          /* terms of one structure */
#define PART_MAX 64          /* bytes of a part's name */

typedef struct ratio {
    size_t n;                /* terms */
    double v[RATIO_MAX];     /* the terms, sign applied */
    double res[RATIO_MAX];   /* their resolutions */
    size_t pos[RATIO_MAX];   /* where each starts in the sentence */
    size_t end;              /* the byte after the last term */
} ratio;

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
static bool read_ratio(const reader *r, size_t i, ratio *out)
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

/* Emits one share per term of q, in year (inferred or not). */
static int emit_ratio(reader *r, const ratio *q, const lex_entry *parts,
                      const lex_entry *measure, const char *whole, int year, bool inferred)
{
    char name[PART_MAX + 32], of[96];
    int rc = GC_OK;

    snprintf(of, sizeof of, "%s%s", whole, measure ? measure->value : "");
    for (size_t k = 0; k < q->n && rc == GC_OK; k++) {
        ingest_claim c;
        tok f;
        char part[PART_MAX];

        if (!part_name(parts, k, part, sizeof part))
            break;
        snprintf(name, sizeof name, "%s%s", part, measure ? measure->s : "");
        ingest_zh_base_claim(r, &c);
        c.indicator = name;
        c.kind = INGEST_SHARE;
        c.value = c.norm_value = q->v[k];
        c.resolution = q->res[k];
        c.unit = c.norm_unit = (char *)(uintptr_t)"%";
        c.of = of;
        ingest_zh_point(r, &c, year, inferred);
        memset(&f, 0, sizeof f);
        f.type = T_FIG;
        f.pos = q->pos[k];
        f.end = k + 1 < q->n ? q->pos[k + 1] : q->end;
        rc = ingest_zh_emit(r, &c, &f);
    }
    return rc;
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

size_t ingest_zh_ratio(reader *r, const toks *ts, size_t i)
{
    const tok *f = &ts->v[i];
    const lex_entry *parts, *measure, *w;
    ratio a, b;
    bool two = false, inf = false;
    size_t lo, j, used;
    int y_end, y_base, e;

    if (f->a.unit[0] || !read_ratio(r, f->pos, &a))
        return 0;
    lo = window_start(r, ts, i);
    parts = find_word(r, LEX_RATIO_PARTS, lo, f->pos);
    if (!parts || count_parts(parts) != a.n)
        return 0;
    measure = find_word(r, LEX_RATIO_MEASURE, lo, f->pos);
    w = find_word(r, LEX_RATIO_WHOLE, lo, f->pos);
    if (!w && r->lx->cls[LEX_RATIO_WHOLE].n)
        w = &r->lx->cls[LEX_RATIO_WHOLE].v[0];
    /* a second structure after words only: base and end */
    for (j = i + 1; j < ts->n && ts->v[j].pos < a.end; j++)
        ;
    for (size_t k = j; k < ts->n; k++) {
        const tok *t = &ts->v[k];
        if (t->type == T_FIG) {
            two = read_ratio(r, t->pos, &b) && b.n == a.n && !t->a.unit[0];
            break;
        }
        if (t->type == T_KW && is_change_kw(t))
            break;
    }
    y_end = two ? year_before(ts, j, b.pos[0]) : r->fig_year;
    if (!y_end)
        y_end = e = ingest_zh_end_year(r, &inf);
    else
        e = y_end;
    if (two) {
        y_base = r->fig_year ? r->fig_year : r->from_year;
        if (!y_base && e) {
            ingest_claim p;
            memset(&p, 0, sizeof p);
            ingest_zh_period(r, &p, false);
            y_base = (r->plan_from || r->review_years) && p.period_from ? p.period_from : e - 1;
            r->rc = emit_ratio(r, &a, parts, measure, w ? w->value : "", y_base, true);
        } else {
            r->rc = emit_ratio(r, &a, parts, measure, w ? w->value : "", y_base, false);
        }
        if (r->rc == GC_OK)
            r->rc = emit_ratio(r, &b, parts, measure, w ? w->value : "", y_end, inf);
    } else {
        r->rc = emit_ratio(r, &a, parts, measure, w ? w->value : "", y_end, inf);
    }
    /* the tokens the structure(s) used up */
    used = two ? b.end : a.end;
    for (j = i; j < ts->n && ts->v[j].pos < used; j++)
        ;
    r->fig_year = 0;
    r->fig_year_from = false;
    r->role = NULL;
    r->clause_has_fig = true;
    r->last_fig = &ts->v[j - 1];
    return j - i;
}
