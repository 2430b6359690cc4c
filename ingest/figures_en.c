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

#define EXTREME_WORDS_MAX 6    /* words between "to" and an extreme ("its
                                   nearly four-year high") */

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

void en_back_index_build(en_back_index *x, const lex_list *l)
{
    x->whole = l->n <= EN_BACK_ROWS;
    for (size_t h = 0; h < 64; h++)
        x->head[h] = -1;
    for (size_t k = l->n; x->whole && k-- > 0;) {
        short *head;
        if (l->v[k].n == 0)
            continue;           /* (ends no text) */
        head = &x->head[(unsigned char)l->v[k].s[l->v[k].n - 1] & 63u];
        x->next[k] = *head;
        *head = (short)k;
    }
}

/* Does row k of l end the text at p (its last byte known to be t[p - 1]'s
 * by hash)?  Sets *e and returns where it starts, else SIZE_MAX. */
static size_t back_row(const en_reader *r, const lex_list *l, size_t k, size_t p,
                       const lex_entry **e)
{
    if (l->v[k].n > 0 && l->v[k].s[l->v[k].n - 1] == r->t[p - 1]
        && ends_with(r->t, p, l->v[k].s, l->v[k].n)) {
        if (e)
            *e = &l->v[k];
        return p - l->v[k].n;
    }
    return SIZE_MAX;
}

size_t en_back_lex(const en_reader *r, lex_class c, size_t p, const lex_entry **e)
{
    const lex_list *l = &r->lx->cls[c];
    const en_back_index *x = c == LEX_CURRENCY_BEFORE ? &r->d->back[0]
                           : c == LEX_QUALIFIER_BEFORE ? &r->d->back[1] : NULL;
    size_t b = SIZE_MAX;

    while (p > 0 && r->t[p - 1] == ' ')
        p--;
    /* every figure asks this (currency and qualifier before it) of some
       seventy rows: a word's last byte rules out most of them at once */
    if (p == 0 || !(l->end_filter >> ((unsigned char)r->t[p - 1] & 63u) & 1))
        return SIZE_MAX;
    if (x && x->whole && r->lx == &ingest_lexicon_en) {
        for (int k = x->head[(unsigned char)r->t[p - 1] & 63u]; k >= 0 && b == SIZE_MAX; k = x->next[k])
            b = back_row(r, l, (size_t)k, p, e);
        return b;
    }
    for (size_t k = 0; k < l->n && b == SIZE_MAX; k++)
        b = back_row(r, l, k, p, e);
    return b;
}

size_t en_skip_sp(const en_reader *r, size_t p)
{
    while (p < r->len && r->t[p] == ' ')
        p++;
    return p;
}

/* The unit after the number ending at byte p: scale, currency, percent or
 * a unit word.  Fills f and returns the end. */
/* Is token i a verb of change (grow, expanding, fell; not a rate noun,
 * nor a comparative: "a slightly lower at 2.4 percent") whose keyword
 * ends there? */
static bool change_verb_at(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    return e && (e->code == K_GROW || e->code == K_FALL) && !(e->flags & LEXF_RATE)
        && r->v[i].pos + e->n == r->v[i].end
        && !(e->n > 3 && e->s[e->n - 2] == 'e' && e->s[e->n - 1] == 'r');
}

/* dst = scale, a space when scale is not empty, then word: what
 * snprintf(dst, cap, "%.*s%s%.*s", sm, scale, scale[0] ? " " : "", wm, word)
 * writes (sm, wm: the most bytes of each), without a call that parses its
 * format for every figure. */
static void unit_join(char *dst, size_t cap, const char *scale, size_t sm, const char *word,
                      size_t wm)
{
    size_t k = 0;

    for (size_t i = 0; i < sm && scale[i] && k + 1 < cap; i++)
        dst[k++] = scale[i];
    if (scale[0] && k + 1 < cap)
        dst[k++] = ' ';
    for (size_t i = 0; i < wm && word[i] && k + 1 < cap; i++)
        dst[k++] = word[i];
    dst[k] = '\0';
}

static size_t read_unit(en_reader *r, size_t p, fig *f)
{
    const lex_entry *e;
    size_t q = en_skip_sp(r, p), n;
    char scale[24] = "";

    f->scale = 1;
    /* 6.5-percent, the 10,000-dollar mark, a nine-trillion-yuan economy */
    if (q < r->len && r->t[q] == '-' && q + 1 < r->len && !is_digit(r->t[q + 1])
        && (en_lex_at(r->lx, LEX_UNIT, r->t, r->len, q + 1, NULL)
            || en_lex_at(r->lx, LEX_SCALE, r->t, r->len, q + 1, NULL)
            || en_lex_at(r->lx, LEX_CURRENCY_AFTER, r->t, r->len, q + 1, NULL)))
        q++;
    /* a one-letter scale ("$200m", "R1.5b", "£40k") only after a currency */
    if ((n = en_lex_at(r->lx, LEX_SCALE, r->t, r->len, q, &e)) != 0 && (n > 1 || f->money)) {
        f->scale = e->num;
        copy_str(scale, sizeof scale, e->s);
        q = q + n;
        if (q + 1 < r->len && r->t[q] == '-' && !is_digit(r->t[q + 1]))
            q++;                            /* a 1.5-trillion-dollar economy */
        q = en_skip_sp(r, q);
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
        unit_join(f->unit, sizeof f->unit, scale, SIZE_MAX, e->value, SIZE_MAX);
        f->money = true;
        return q + n;
    }
    if ((n = en_lex_at(r->lx, LEX_UNIT, r->t, r->len, q, &e)) != 0) {
        if (f->unit[0] && !(e->flags & (LEXF_POINTS | LEXF_TIMES)) && strcmp(e->value, "%")
            && strcmp(e->value, "percent"))
            ;                               /* a currency before the number wins */
        else
            unit_join(f->unit, sizeof f->unit, scale, SIZE_MAX, e->value, SIZE_MAX);
        f->pct = !strcmp(e->value, "%") || !strcmp(e->value, "percent");
        f->points = e->flags & LEXF_POINTS;
        f->times = e->flags & LEXF_TIMES;
        if (f->pct || f->points || f->times)
            f->scale = 1;
        return q + n;
    }
    if (f->unit[0]) {                       /* $90214, RMB 2110.04 million */
        char cur[24];
        unit_join(cur, sizeof cur, "", 0, f->unit, 23);
        unit_join(f->unit, sizeof f->unit, scale, 23, cur, 23);
        return p;
    }
    if (scale[0]) {
        copy_str(f->unit, sizeof f->unit, scale);
        return p;
    }
    f->bare = true;
    return p;
}

/* "half" at token i, its word ending at p (a space or hyphen after it
 * skipped): "more than half of the total" is 50 percent, "half a
 * percentage point" 0.5 points.  Not a half of the year ("the first half
 * of 2019", "second-half growth"), nor "one and a half". */
static bool half_at(en_reader *r, size_t i, fig *f, size_t p)
{
    const lex_entry *u;

    if (i > 0 && (ordinal_at(r, i - 1) || is_word(r, i - 1, "the") || is_word(r, i - 1, "a")
                  || is_word(r, i - 1, "this") || is_word(r, i - 1, "that")
                  || is_word(r, i - 1, "last") || is_word(r, i - 1, "next")
                  || is_word(r, i - 1, "latter") || is_word(r, i - 1, "former")
                  || is_word(r, i - 1, "each") || is_word(r, i - 1, "every")))
        return false;
    if (p > f->pos + 4 && r->t[p - 1] == '-')
        return false;                       /* half-year, half-yearly */
    f->end = r->v[i].end;
    /* half of the total; cut by half (not "by half a percentage point") */
    if (is_word(r, i + 1, "of")
        || (i > 0 && is_word(r, i - 1, "by") && !is_word(r, i + 1, "a") && !is_word(r, i + 1, "one"))) {
        f->value = 50;
        f->pct = true;
        copy_str(f->unit, sizeof f->unit, "%");
        f->base = "%";
        return true;
    }
    /* half a percentage point */
    if ((is_word(r, i + 1, "a") || is_word(r, i + 1, "one"))
        && en_lex_at(r->lx, LEX_UNIT, r->t, r->len, en_skip_sp(r, r->v[i + 1].end), &u) != 0
        && (u->flags & LEXF_POINTS)) {
        f->value = 0.5;
        f->end = r->v[i + 1].end;
        return true;
    }
    return false;
}

/* The written number at token i: digits, or a number word before a unit,
 * or a fraction (two-thirds, one fifth, a quarter of).  0 when none. */
static bool number_at(en_reader *r, size_t i, fig *f)
{
    const etok *k = &r->v[i];
    const lex_entry *e, *fr;
    size_t n = 0, p, m;

    /* most tokens are words of no number: turned away before the figure
       is cleared (find_figures asks at every word, and reads f only when
       this says true) */
    if (k->type != ET_NUM
        && (k->type != ET_WORD || !(n = en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, k->pos, &e))))
        return false;
    memset(f, 0, sizeof *f);
    f->ti = i;
    f->npos = f->pos = k->pos;
    if (k->type == ET_NUM) {
        f->value = k->v;
        f->res = k->res;
        f->end = k->end;
        /* "3½ percent", "2 ¼ per cent" (IMF statements): the fraction's
           sign adds to the number, as rounded as a quarter is */
        p = f->end + (f->end < r->len && r->t[f->end] == ' ');
        if (k->res >= 1 && (m = en_lex_at(r->lx, LEX_FRACTION_SIGN, r->t, r->len, p, &fr)) != 0) {
            f->value += fr->num;
            f->res = 0.25;
            f->end = p + m;
        }
        return !k->glued;
    }
    p = k->pos + n;
    if (p < r->len && (r->t[p] == '-' || r->t[p] == ' '))
        p++;
    if (en_lex_at(r->lx, LEX_FRACTION_WORD, r->t, r->len, p, &fr) && e->num < fr->num) {
        /* (entime) "the first three quarters of 2019", "the last two
           quarters of": a part of a year, no fraction */
        if (i > 0 && (ordinal_at(r, i - 1) || is_word(r, i - 1, "last") || is_word(r, i - 1, "past")
                      || is_word(r, i - 1, "next")))
            return false;
        m = en_lex_at(r->lx, LEX_FRACTION_WORD, r->t, r->len, p, NULL);
        f->value = 100.0 * e->num / fr->num;
        f->res = 0;
        f->end = p + m;
        f->pct = true;
        copy_str(f->unit, sizeof f->unit, "%");
        f->base = "%";
        /* "a third of", "rose by one-third" (not "by the third quarter") */
        return is_word(r, tok_after(r, f->end), "of") || (i > 0 && is_word(r, i - 1, "by"));
    }
    f->res = 0;
    if (e->num == 0.5)
        return half_at(r, i, f, p);
    f->value = e->num;
    f->res = 1;                             /* "six per cent" is rounded as 6 is */
    f->end = k->pos + n;
    /* twenty-five, thirty five */
    if (e->num >= 20 && e->num < 100 && fmod(e->num, 10) == 0 && p > f->end
        && (m = en_lex_at(r->lx, LEX_NUMBER_WORD, r->t, r->len, p, &fr)) != 0 && fr->num >= 1
        && fr->num <= 9 && fr->num == floor(fr->num) && !str_is(fr->s, "a") && !str_is(fr->s, "an")) {
        f->value += fr->num;
        f->end = p + m;
    }
    /* "raise life expectancy by one year" */
    if (e->num == 1 && e->s[0] != 'a' && i > 0 && is_word(r, i - 1, "by") && is_word(r, i + 1, "year")
        && !is_word(r, i + 2, "ago") && !is_word(r, i + 2, "earlier")) {
        f->end = r->v[i + 1].end;
        copy_str(f->unit, sizeof f->unit, "years");
        return true;
    }
    {
        fig g = *f;
        read_unit(r, f->end, &g);
        /* "zero per cent", "one percentage point", "a percentage point";
           a bare "a" or "one" is no figure, nor a "one-time" or a count
           of years */
        if (f->value < 2)
            return g.points || (g.pct && e->s[0] != 'a');
        return g.pct || g.scale > 1 || g.times;
    }
}

/* Is the number at token i a count of time joined to an extreme word
 * after it ("12-year peak", "30-month high", "its 10 - year low")? */
static bool count_before_extreme(const en_reader *r, size_t i)
{
    size_t j = i + 1;

    if (is_sign(r, j, '-'))
        j++;
    if (!(is_word(r, j, "year") || is_word(r, j, "month") || is_word(r, j, "week")
          || is_word(r, j, "day") || is_word(r, j, "quarter")))
        return false;
    return j + 1 < r->n && r->v[j + 1].type == ET_WORD
        && ingest_lex_is(r->lx, LEX_EXTREME_WORD, r->t + r->v[j + 1].pos,
                         r->v[j + 1].end - r->v[j + 1].pos);
}

/* "slowed to its two-month low of 6.3%", "rose from a low of 3.5%", "eased
 * from the nearly four-year high of 6.4%": an extreme of the measure (the
 * lexicon's extreme words, then "of") names the level reached or left, so
 * the "to" or "from" a few words before it is the figure's, and a fall
 * verb gives it no sign.  p: the figure's first token; returns the token
 * after that "to" or "from", or p when there is none. */
static size_t past_extreme(const en_reader *r, size_t p)
{
    if (p < 3 || !is_word(r, p - 1, "of") || r->v[p - 2].type != ET_WORD
        || !ingest_lex_is(r->lx, LEX_EXTREME_WORD, r->t + r->v[p - 2].pos,
                          r->v[p - 2].end - r->v[p - 2].pos))
        return p;
    for (size_t q = p - 2, k = 0; q > 0 && k < EXTREME_WORDS_MAX; q--, k++) {
        if (is_word(r, q - 1, "to") || is_word(r, q - 1, "from"))
            return q;
        if (kw_at(r, q - 1) || is_sign(r, q - 1, ','))
            break;
    }
    return p;
}

/* Can the word at token w name the figure a dash sets off ("mining - 2.4
 * percent")?  Not a keyword, a verb of being, a stop word (to, of, at, by,
 * up), an adverb or other word that names no measure (strongly), nor a
 * clause's word ("growth was - 0.3 percent", "grew strongly – 7.1%"). */
bool en_dash_name_word(const en_reader *r, size_t w)
{
    return r->v[w].type == ET_WORD && !kw_at(r, w)
           && !word_in(r, w, LEX_STOPWORD) && !word_in(r, w, LEX_BE_FORM)
           && !word_in(r, w, LEX_NO_NAME) && !word_in(r, w, LEX_CLAUSE_WORD);
}

/* Does a spaced dash after token w set its figure off rather than sign it?
 * After a name (a list's item) or a year ("the fastest since 2010 – 4.2%"),
 * yes.  An en or em dash is a separator after any word but a verb of being
 * or a preposition that is no verb ("was – 0.3", "amounted to – 0.5",
 * "growth of – 1.1"): "grew strongly – 7.1 percent –", "manufacturing up –
 * 4.1 percent" (up is a verb of change), "2.2 percent this year — 0.2
 * percentage points faster"; a hyphen is a minus there. */
static bool dash_sets_off(const en_reader *r, size_t d)
{
    size_t w = d - 1;
    bool en = r->v[d].end - r->v[d].pos == 3 && (unsigned char)r->t[r->v[d].pos + 1] == 0x80;

    if (en_dash_name_word(r, w) || r->v[w].type == ET_YEAR)
        return true;
    return en && r->v[w].type == ET_WORD && !word_in(r, w, LEX_BE_FORM)
           && (kw_at(r, w) || !(word_in(r, w, LEX_OBJECT_STOP) || word_in(r, w, LEX_BASE_WORD)));
}

/* Is the dash token d a separator set apart from the number after it by a
 * space or a line end in the original text?  The feed drops a space
 * between a sign and a digit, so the offset map tells, in characters (a
 * UTF-16 text has two bytes for each): "agriculture - 3.5 percent",
 * "farming – 1.8 percent" put a dash between a name and its figure, as a
 * list or a table row does; a minus sign is written against its number
 * ("-0.3%", "fell to -2.1 percent"), and U+2212 is one always. */
static bool spaced_dash(const en_reader *r, size_t d)
{
    ingest_source a, b;

    if (r->s->nanchors == 0 || d == 0 || !dash_sets_off(r, d)
        || (r->v[d].end - r->v[d].pos == 3
            && memcmp(r->t + r->v[d].pos, "\xe2\x88\x92", 3) == 0))
        return false;
    ingest_locate(r->s, r->v[d].pos, &a);
    ingest_locate(r->s, r->v[d].end, &b);
    return b.line != a.line || b.column - a.column > 1;
}

/* Reads the figure at token i into f: number, unit, currency, qualifier,
 * sign.  False when the number is not a figure (a date, a count, a name). */
bool en_figure_at(en_reader *r, size_t i, fig *f)
{
    const lex_entry *e;
    size_t b, nend;
    bool hyph = false;

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
        /* "the 10 largest ecological industries", "the top 500 firms": a
           rank inside a name, no figure */
        if ((i + 1 < r->n && r->v[i + 1].type == ET_WORD
             && en_lex_at(r->lx, LEX_RANK_MARK, r->t, r->len, r->v[i + 1].pos, &e)
                == r->v[i + 1].end - r->v[i + 1].pos)
            || (i > 0 && r->v[i - 1].type == ET_WORD
                && en_lex_at(r->lx, LEX_RANK_MARK, r->t, r->len, r->v[i - 1].pos, &e)
                   == r->v[i - 1].end - r->v[i - 1].pos))
            return false;
        if (r->t[f->npos + 0] && i > 0 && is_sign(r, i - 1, '-') && r->v[i - 1].end == f->npos
            && (i < 2 || r->v[i - 2].type != ET_NUM)) {
            f->dashed = spaced_dash(r, i - 1);
            f->neg = !f->dashed;
            f->pos = f->dashed ? f->pos : r->v[i - 1].pos;
        } else if (i > 0 && is_sign(r, i - 1, '+') && r->v[i - 1].end == f->npos) {
            f->pos = r->v[i - 1].pos;       /* (+9.1%) */
            f->plus = true;
        } else if (i > 2 && is_sign(r, i - 1, ')') && is_sign(r, i - 3, '(')
                   && (is_sign(r, i - 2, '-') || is_sign(r, i - 2, '+'))) {
            f->neg = is_sign(r, i - 2, '-');   /* India's "(-)1.0 per cent" */
            f->plus = !f->neg;
            f->pos = r->v[i - 3].pos;
        }
    }
    /* "negative 2.94pc", "minus 4.9 percent" */
    if (i > 0 && (is_word(r, i - 1, "negative") || is_word(r, i - 1, "minus")) && !f->neg) {
        f->neg = true;
        f->pos = r->v[i - 1].pos;
    }
    /* "negative growth of 1.75 percent", "a negative growth rate of 2%",
       "to record negative growth at 0.7 per cent", "showed negative growth
       rates as 12.8%, 21.1% and 3.8%" */
    if (i > 2 && !f->neg && (is_word(r, i - 1, "of") || is_word(r, i - 1, "at")
                             || is_word(r, i - 1, "as"))) {
        size_t j = i - 2;
        if (j > 0 && (is_word(r, j, "rate") || is_word(r, j, "rates")))
            j--;
        f->neg = j > 0 && (is_word(r, j, "growth") || is_word(r, j, "change"))
                 && is_word(r, j - 1, "negative");
        f->neg_growth = f->neg;
    }
    /* a currency before: $, US$, RMB, Rs, the rupee sign */
    b = en_back_lex(r, LEX_CURRENCY_BEFORE, f->pos, &e);
    if (b != SIZE_MAX) {
        copy_str(f->unit, sizeof f->unit, e->value);
        f->money = true;
        f->pos = b;
    }
    nend = f->end;
    f->end = read_unit(r, f->end, f);
    if (b != SIZE_MAX && f->pct && f->money) {
        /* "the share of AMD 12 percent": a code before a rate is a
           name's (a firm's, a fuel's), no currency of it */
        f->money = false;
        f->pos = r->v[i].pos;
    }
    /* "to a new 12-year peak of 17.7 per cent", "a 30-month high of": a
       count of time joined to an extreme names how long since, no figure;
       the rate after the extreme is the measure's */
    if (nend < r->len && r->t[nend] == '-' && !f->pct && !f->points && !f->times && !f->money
        && f->scale == 1 && count_before_extreme(r, i))
        return false;
    /* "the nine-trillion-yuan club", "a 10,000-dollar-a-year job": an
     * amount joined to the noun after it names a class of things, no
     * figure; only a milestone is one ("exceeding the 10,000-dollar
     * mark", "crossed the $1-trillion threshold") */
    if (nend < r->len && r->t[nend] == '-' && !f->pct && !f->points && !f->times
        && (f->money || f->scale > 1)) {
        size_t m = tok_after(r, f->end);
        if (!(is_word(r, m, "mark") || is_word(r, m, "threshold") || is_word(r, m, "milestone")
              || is_word(r, m, "barrier") || is_word(r, m, "level")))
            return false;
        hyph = true;
    }
    if (f->money && r->d)
        snprintf(r->d->currency, sizeof r->d->currency, "%.23s", strrchr(f->unit, ' ')
                 && strncmp(f->unit, "US", 2) ? strrchr(f->unit, ' ') + 1 : f->unit);
    /* the qualifier before ("exceeding the 10,000-dollar mark") */
    if ((b = en_back_lex(r, LEX_QUALIFIER_BEFORE, f->pos, &e)) != SIZE_MAX
        || (hyph && (b = en_back_lex(r, LEX_QUALIFIER_BEFORE, f->pos >= 4 && !memcmp(r->t + f->pos - 4, "the ", 4)
                                          ? f->pos - 4 : f->pos, &e)) != SIZE_MAX)) {
        /* "picked up to 5.4 percent", "went up to": a verb's particle and
           "to", no bound (enfig) */
        size_t u = tok_after(r, b);
        const lex_entry *v = u > 0 ? kw_at(r, u - 1) : NULL;
        if (!(str_is(e->s, "up to") && v && (v->code == K_GROW || v->code == K_FALL)
              && r->v[u - 1].end == b - 1)) {
            f->q = (ingest_qualifier)e->code;
            f->pos = b;
        }
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
        {
            size_t q = past_extreme(r, p);
            f->name_end = q < p ? q : 0;
            p = q;
        }
        f->from = p > 0 && (is_word(r, p - 1, "from"));
        /* (not "at" after a verb of change: "is projected to grow at 6.2
           percent", "per capita income growing at 7.4 per cent" is the
           change's rate, no level reached) */
        f->to = p > 0 && (is_word(r, p - 1, "to")
                          || (is_word(r, p - 1, "at") && !(p > 1 && change_verb_at(r, p - 2))));
        /* "the unemployment rate fell below 6 percent", "inflation rose
           above 5 percent": a bound crossed by a verb of change is the
           level reached, as after "to" */
        if (!f->to && p > 0 && p < f->ti && (is_word(r, p, "below") || is_word(r, p, "above"))
            && kw_at(r, p - 1) && (kw_at(r, p - 1)->code == K_GROW || kw_at(r, p - 1)->code == K_FALL)
            && r->v[p - 1].pos + kw_at(r, p - 1)->n == r->v[p - 1].end)
            f->to = true;
        /* "does not exceed 5%", "not more than 3 percent", "does not rise
           above 4.5%": a negated bound is the other side's */
        if (p > 0 && p < f->ti && (f->q == INGEST_ABOVE || f->q == INGEST_BELOW)
            && (is_word(r, p - 1, "not") || (f->to && p > 1 && is_word(r, p - 2, "not"))))
            f->q = f->q == INGEST_ABOVE ? INGEST_BELOW : INGEST_ABOVE;
        f->paren = p > 0 && (is_sign(r, p - 1, '(')
                             || (p > 1 && is_sign(r, p - 1, '+') && is_sign(r, p - 2, '(')));
    }
    return true;
}


double en_signed_value(const fig *f, double sign)
{
    /* "Prices also slowed for: food (+5.4 percent from 5.5 percent)": the
       verb moves the rate, the sign printed is the rate's own */
    return f->neg ? -f->value : f->plus ? f->value : sign * f->value;
}

/* Figure k becomes a range whose high end is figure k + 1, which is removed:
 * "2.5 to 3.5 percent", "between 30 million and 32 million tonnes". */
void en_join_range(en_reader *r, size_t k)
{
    fig *f = &r->f[k], *g = &r->f[k + 1];

    f->ranged = true;
    f->high = g->value;
    f->res = fmin(f->res, g->res);
    f->te = g->te;
    f->end = g->end;
    if (f->q == INGEST_EXACT)
        f->q = g->q;
    memmove(g, g + 1, (r->nf - k - 2) * sizeof *g);
    r->nf--;
}

void en_pair_units(en_reader *r)
{
    for (size_t k = 0; k + 1 < r->nf; k++) {
        fig *f = &r->f[k], *g = &r->f[k + 1];
        size_t gt = fig_first_tok(r, g);
        if (f->scale <= 1 || f->pct || f->points || f->times || f->ranged || strchr(f->unit, ' ')
            || g->scale != f->scale || !strchr(g->unit, ' ') || gt != f->te + 1
            || !((f->from && g->to) || (is_word(r, f->te, "and") && f->ti > 0
                                        && is_word(r, fig_first_tok(r, f) - 1, "between"))))
            continue;
        /* "$2 billion" keeps its currency; a bare scale takes the pair's */
        if (!f->money)
            copy_str(f->unit, sizeof f->unit, g->unit);
        f->money = g->money;
        if (!f->from) {
            /* "between 30 million and 32 million tonnes": one range */
            en_join_range(r, k);
        }
    }
}

bool en_printed_sign(const en_reader *r, const fig *f)
{
    for (size_t p = f->pos; p < f->npos; p++)
        if (r->t[p] == '+' || r->t[p] == '-'
            || ((unsigned char)r->t[p] == 0xE2 && p + 2 < f->npos && (unsigned char)r->t[p + 1] == 0x88
                && (unsigned char)r->t[p + 2] == 0x92))
            return true;
    return false;
}

bool en_bare_after_rate(const en_reader *r, size_t k)
{
    const fig *f = &r->f[k], *g;
    size_t pt = fig_first_tok(r, f);

    if (k == 0 || !f->bare || pt == 0 || !is_word(r, pt - 1, "to"))
        return false;
    g = &r->f[k - 1];
    if (!(g->pct || g->bare) || g->from || g->te + 6 < pt)
        return false;       /* (a count's change before it: "went down 45,400 to 8,153,900") */
    for (size_t j = g->te; j + 1 < pt; j++)
        if (r->v[j].type == ET_SIGN && r->v[j].c != '-')
            return false;       /* a clause break: "…, up 5 percent, to 2,100" is no pair */
    return true;
}
