/* figures_en.c -- an English figure: the number (digits, a number word
 * before a unit, a fraction such as two-thirds), the scale and currency
 * around it ("RMB 19,154.4 million Yuan", "$18,869.4 billion", "880 billion
 * 300 million", "Rs 42,315 crore", "lakh crore"), its unit as a claim writes
 * it, its qualifier and its sign.  Dates, counts after "per", "No." and
 * numbers glued to words (COVID-19) are not figures. */
#include "rules_en.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- figures ---- */

/* Does the text end at byte p with word w (a word start before it)? */
static size_t ends_with(const char *t, size_t p, const char *w, size_t n)
{
    if (p < n || !same_bytes(t + p - n, w, n))
        return 0;
    if (p > n && (is_ascii_alpha(t[p - n - 1]) || is_digit(t[p - n - 1])) && is_ascii_alpha(w[0]))
        return 0;
    return n;
}

size_t en_back_lex(const en_reader *r, lex_class c, size_t p, const lex_entry **e)
{
    const lex_list *l = &r->lx->cls[c];

    while (p > 0 && r->t[p - 1] == ' ')
        p--;
    for (size_t k = 0; k < l->n; k++)
        if (ends_with(r->t, p, l->v[k].s, l->v[k].n)) {
            if (e)
                *e = &l->v[k];
            return p - l->v[k].n;
        }
    return SIZE_MAX;
}

size_t en_skip_sp(const en_reader *r, size_t p)
{
    while (p < r->len && r->t[p] == ' ')
        p++;
    return p;
}

/* The unit after the number ending at byte p: scale, currency, percent or
 * a unit word.  Fills f and returns the end. */
static size_t read_unit(en_reader *r, size_t p, fig *f)
{
    const lex_entry *e;
    size_t q = en_skip_sp(r, p), n;
    char scale[24] = "";

    f->scale = 1;
    if (q < r->len && r->t[q] == '-' && en_lex_at(r->lx, LEX_UNIT, r->t, r->len, q + 1, NULL))
        q++;                                /* 6.5-percent */
    if ((n = en_lex_at(r->lx, LEX_SCALE, r->t, r->len, q, &e)) != 0) {
        f->scale = e->num;
        snprintf(scale, sizeof scale, "%s", e->s);
        q = en_skip_sp(r, q + n);
        p = q;
        /* 880 billion 300 million, 22 million 440 thousand tons */
        if (q < r->len && is_digit(r->t[q])) {
            size_t t2 = tok_after(r, q), k;
            const lex_entry *e2;
            if (t2 < r->n && r->v[t2].type == ET_NUM
                && (k = en_lex_at(r->lx, LEX_SCALE, r->t, r->len, en_skip_sp(r, r->v[t2].end), &e2)) != 0
                && e2->num < e->num) {
                double add = r->v[t2].v * e2->num / e->num;
                f->value += add;
                f->res = fmin(f->res, e2->num / e->num);
                q = en_skip_sp(r, en_skip_sp(r, r->v[t2].end) + k);
                p = q;
            }
        }
    }
    if ((n = en_lex_at(r->lx, LEX_CURRENCY_AFTER, r->t, r->len, q, &e)) != 0) {
        snprintf(f->unit, sizeof f->unit, "%s%s%s", scale, scale[0] ? " " : "", e->value);
        f->money = true;
        return q + n;
    }
    if ((n = en_lex_at(r->lx, LEX_UNIT, r->t, r->len, q, &e)) != 0) {
        if (f->unit[0] && !(e->flags & (LEXF_POINTS | LEXF_TIMES)) && strcmp(e->value, "%")
            && strcmp(e->value, "percent"))
            ;                               /* a currency before the number wins */
        else
            snprintf(f->unit, sizeof f->unit, "%s%s%s", scale, scale[0] ? " " : "", e->value);
        f->pct = !strcmp(e->value, "%") || !strcmp(e->value, "percent");
        f->points = e->flags & LEXF_POINTS;
        f->times = e->flags & LEXF_TIMES;
        if (f->pct || f->points || f->times)
            f->scale = 1;
        return q + n;
    }
    if (f->unit[0]) {                       /* $90214, RMB 2110.04 million */
        char cur[24];
        snprintf(cur, sizeof cur, "%.23s", f->unit);
        snprintf(f->unit, sizeof f->unit, "%.23s%s%.23s", scale, scale[0] ? " " : "", cur);
        return p;
    }
    if (scale[0]) {
        snprintf(f->unit, sizeof f->unit, "%s", scale);
        return p;
    }
    f->bare = true;
    return p;
}

/* The written number at token i: digits, or a number word before a unit,
 * or a fraction (two-thirds, one fifth, a quarter of).  0 when none. */
static bool number_at(en_reader *r, size_t i, fig *f)
{
    const etok *k = &r->v[i];
    const lex_entry *e, *fr;
    size_t n, p;

    memset(f, 0, sizeof *f);
    f->ti = i;
    f->npos = f->pos = k->pos;
    if (k->type == ET_NUM) {
        f->value = k->v;
        f->res = k->res;
        f->end = k->end;
        return !k->glued;
    }
    if (k->type != ET_WORD || !(n = en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, k->pos, &e)))
        return false;
    p = k->pos + n;
    if (p < r->len && (r->t[p] == '-' || r->t[p] == ' '))
        p++;
    if (en_lex_at(r->lx, LEX_FRACTION_WORD, r->t, r->len, p, &fr) && e->num < fr->num) {
        size_t m = en_lex_at(r->lx, LEX_FRACTION_WORD, r->t, r->len, p, NULL);
        f->value = 100.0 * e->num / fr->num;
        f->res = 0;
        f->end = p + m;
        f->pct = true;
        snprintf(f->unit, sizeof f->unit, "%%");
        f->base = "%";
        return is_word(r, tok_after(r, f->end), "of");
    }
    if (e->num < 2 || e->num != floor(e->num))
        return false;                       /* "a", "an", "half" alone */
    f->value = e->num;
    f->res = 0;
    f->end = k->pos + n;
    {
        fig g = *f;
        read_unit(r, f->end, &g);
        return g.pct || g.scale > 1 || g.times;
    }
}

/* Reads the figure at token i into f: number, unit, currency, qualifier,
 * sign.  False when the number is not a figure (a date, a count, a name). */
bool en_figure_at(en_reader *r, size_t i, fig *f)
{
    const lex_entry *e;
    size_t b;

    if (!number_at(r, i, f))
        return false;
    if (r->v[i].type == ET_NUM) {
        /* dates: 11 November, March 5, 1 to February */
        if (month_at(r, i + 1) || (i > 0 && month_at(r, i - 1) && f->value <= 31)
            || (is_word(r, i + 1, "to") && month_at(r, i + 2)))
            return false;
        if (i > 0 && (is_word(r, i - 1, "per") || is_word(r, i - 1, "no")
                      || is_word(r, i - 1, "quarter") || is_word(r, i - 1, "statements")
                      || is_word(r, i - 1, "q")))
            return false;
        if (r->t[f->npos + 0] && i > 0 && is_sign(r, i - 1, '-') && r->v[i - 1].end == f->npos
            && (i < 2 || r->v[i - 2].type != ET_NUM)) {
            f->neg = true;
            f->pos = r->v[i - 1].pos;
        }
    }
    /* a currency before: $, US$, RMB, Rs, the rupee sign */
    b = en_back_lex(r, LEX_CURRENCY_BEFORE, f->pos, &e);
    if (b != SIZE_MAX) {
        snprintf(f->unit, sizeof f->unit, "%s", e->value);
        f->money = true;
        f->pos = b;
    }
    f->end = read_unit(r, f->end, f);
    if (f->money && r->d)
        snprintf(r->d->currency, sizeof r->d->currency, "%.23s", strrchr(f->unit, ' ')
                 && strncmp(f->unit, "US", 2) ? strrchr(f->unit, ' ') + 1 : f->unit);
    /* the qualifier before */
    if ((b = en_back_lex(r, LEX_QUALIFIER_BEFORE, f->pos, &e)) != SIZE_MAX) {
        f->q = (ingest_qualifier)e->code;
        f->pos = b;
    }
    if (en_lex_at(r->lx, LEX_QUALIFIER_AFTER, r->t, r->len, en_skip_sp(r, f->end), &e))
        f->q = (ingest_qualifier)e->code;
    f->te = tok_after(r, f->end);
    {
        size_t p = f->ti;
        while (p > 0 && r->v[p - 1].pos >= f->pos)
            p--;
        /* from an estimated 3.4 percent */
        for (int skip = 0; skip < 2 && p > 1 && (is_word(r, p - 1, "estimated")
                                                 || is_word(r, p - 1, "an") || is_word(r, p - 1, "a")); skip++)
            p--;
        f->from = p > 0 && (is_word(r, p - 1, "from"));
        f->to = p > 0 && (is_word(r, p - 1, "to") || is_word(r, p - 1, "at"));
        f->paren = p > 0 && is_sign(r, p - 1, '(');
    }
    return true;
}

