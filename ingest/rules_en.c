/* rules_en.c -- what counts as a claim in an English sentence.
 *
 * English states a figure in a few shapes, and the rules read each figure
 * by the words around it rather than by a fixed order:
 *   SUBJECT grew / rose / fell (by) X percent [in TIME]     a rate
 *   SUBJECT reached / was / stood at X UNIT [in TIME]       a level
 *   SUBJECT growth of X%, X% growth in SUBJECT              a rate, postposed
 *   from A in Y1 to B in Y2, between Y1 and Y2              two levels, a span
 *   an average annual rate of X%, X percent a year          an average rate
 *   X percentage points                                     a change of a rate
 *   doubled, X times, X-fold                                a multiple
 *   accounted for X percent of WHOLE                        a share
 *   A, B and C respectively                                 a list of subjects
 * The subject is the clause's words before its verb, without time phrases
 * and lead words; a pronoun (it, which, this figure) or a clause without a
 * subject takes the one before.  The time is the figure's own (in 2014, in
 * FY 2023-24, in the first quarter of 2016, in September), else the
 * clause's, the sentence's lead year, the paragraph's, the document's
 * (title or date line, the latest year stated).  Words are in
 * lexicon-en.tsv; no claim is judged here. */
#include "rules_en.h"

#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


/* ---- claims ---- */

static int emit(en_reader *r, ingest_claim *c, const fig *f, const char *subject)
{
    char ind[SUBJ_MAX];
    const lex_entry *e = NULL;
    int rc = GC_OK;

    copy_str(ind, sizeof ind, subject);
    if (f->pct)
        en_growth_name(r, ind, c->kind);
    if (!ind[0] || !isfinite(c->value))
        return GC_OK;
    c->indicator = ind;
    c->value_text = (char *)(uintptr_t)"";
    c->unit = (char *)(uintptr_t)f->unit;
    c->lang = INGEST_LANG_EN;
    c->source.file = (char *)(uintptr_t)r->file;
    c->source.sentence = (char *)(uintptr_t)r->s->text;
    ingest_locate(r->s, f->npos, &c->source);
    /* the base unit: of the currency or unit word, else none */
    {
        const char *u = strrchr(f->unit, ' ');
        const char *w = f->money && str_starts(f->unit, "US") ? "US dollars" : u ? u + 1 : f->unit;
        if (str_starts(f->unit, "US dollars") || (u && str_is(u + 1, "dollars") && strstr(f->unit, "US")))
            w = "US dollars";
        c->norm_unit = (char *)(uintptr_t)"";
        /* through the class's hash chain: reading all its rows (some
           seventy) for every figure cost a tenth of emit's instructions */
        if ((e = ingest_lex_row(r->lx, LEX_BASE_UNIT, w, strlen(w))) != NULL)
            c->norm_unit = (char *)(uintptr_t)e->value;
    }
    c->resolution = f->res;
    if (f->ranged) {
        /* the high end with the sign the value got; a fall's low end is
           its larger number */
        double sg = f->value != 0 ? c->value / (f->neg ? -f->value : f->value) : 1;
        c->ranged = true;
        c->value_high = sg * f->high;
        if (c->value > c->value_high) {
            double v = c->value;
            c->value = c->value_high;
            c->value_high = v;
        }
    }
    c->norm_value = c->value * f->scale;
    if (!c->unit[0])
        c->unit = (char *)(uintptr_t)"";
    if (f->pct && c->kind != INGEST_CHANGE_ABS) {
        if (!r->d->said_ind[0])
            r->d->price_head = en_price_subject(r, ind);
        r->d->said_kind = (int)c->kind;     /* for "this figure" later */
        r->d->said_year = c->year;
        copy_str(r->d->said_ind, sizeof r->d->said_ind, ind);
    }
    if (r->sink->claim)
        rc = r->sink->claim(c, r->sink->ctx);
    r->claims++;
    r->actuals += !c->estimated && !c->target;
    return rc;
}



/* Does the sentence write "since <year>" ("Since 2015, exports have grown
 * 6.5 percent annually, reaching a record in August 2024")?  Then a rate
 * "annually" is an average over the years since, whatever month it names.
 * (Only asked of an average rate that a month would make yearly: rare.) */
static bool since_year(const en_reader *r)
{
    for (size_t i = 0; i + 1 < r->n; i++)
        if (is_word(r, i, "since") && r->v[i + 1].type == ET_YEAR)
            return true;
    return false;
}

/* ---- the sentence ---- */

static en_doc *doc_of(ingest_context *ctx)
{
    if (!ctx->en) {
        ctx->en = calloc(1, sizeof(en_doc));
        if (ctx->en) {
            ((en_doc *)ctx->en)->qoq = -1;
            en_kw_index_build(&((en_doc *)ctx->en)->kx, &ingest_lexicon_en);
            en_back_index_build(&((en_doc *)ctx->en)->back[0],
                                &ingest_lexicon_en.cls[LEX_CURRENCY_BEFORE]);
            en_back_index_build(&((en_doc *)ctx->en)->back[1],
                                &ingest_lexicon_en.cls[LEX_QUALIFIER_BEFORE]);
            en_back_index_build(&((en_doc *)ctx->en)->back[2],
                                &ingest_lexicon_en.cls[LEX_TAIL_WORD]);
        }
    }
    return ctx->en;
}

void ingest_en_paragraph(ingest_context *ctx)
{
    en_doc *d = ctx->en;
    if (d) {
        d->para_year = 0;
        d->currency[0] = '\0';
    }
}

void ingest_en_free(ingest_context *ctx)
{
    en_doc *d = ctx->en;
    if (!d)
        return;
    buf_free(&d->lc);
    free(d->ts.v);
    free(d);
    ctx->en = NULL;
}

_Static_assert(offsetof(en_doc, lc) < offsetof(en_doc, kx) && offsetof(en_doc, kx) < offsetof(en_doc, ts)
               && sizeof(en_doc) == offsetof(en_doc, ts) + sizeof(etoks),
               "en_doc: document fields must come before the kept buffers");

void ingest_en_reset(ingest_context *ctx)
{
    en_doc *d = ctx->en;
    if (!d)
        return;
    memset(d, 0, offsetof(en_doc, lc));
    d->qoq = -1;
    buf_reset(&d->lc);
    d->ts.n = 0;
}

static bool article_at(const en_reader *r, size_t i)
{
    return is_word(r, i, "a") || is_word(r, i, "an") || is_word(r, i, "the");
}

/* May a bare number at token ti-te close an item of a list whose unit was
 * written once: what follows is the sentence's end, a sign, or a word that
 * opens the item's own name or time ("1.9 in France", "7.3, health …"),
 * never a word that could be the number's own unit ("7.3 tonnes"). */
static bool list_item_end(const en_reader *r, size_t te)
{
    return te >= r->n || r->v[te].type == ET_SIGN || is_word(r, te, "in")
           || is_word(r, te, "and") || is_word(r, te, "for") || is_word(r, te, "respectively")
           || is_word(r, te, "while") || is_word(r, te, "but") || is_word(r, te, "against");
}

/* Is bare figure f of a size to be a rate beside rate p?  An index or a
 * level after a rate ("rose to 2.1 percent in May from 104.3 in April")
 * is far larger than any rate of the list. */
static bool rate_sized(const fig *p, const fig *f)
{
    return fabs(f->value) <= 5 * fabs(p->value) + 5;
}

/* "2.4 percent in Germany and 1.9 in France", "construction 9.1 percent,
 * administrative services 7.8, technical activities 7.3": a list writes
 * its unit at the first rate and drops it after, so a bare decimal after a
 * percentage (or points), with only names, times and commas between, is
 * one in the same unit.  A decimal only: a bare whole number there is as
 * often a count ("in 3 regions"), and "from A to B" pairs are read apart. */
static void elided_list_units(en_reader *r)
{
    for (size_t k = 1; k < r->nf; k++) {
        fig *f = &r->f[k];
        const fig *p = &r->f[k - 1];
        size_t a = p->te, b = fig_first_tok(r, f);
        bool plain = true;

        /* "dropped to 25.7 percent (in January) from 27.0 in December":
           the base of a move, its unit elided too */
        bool base = f->from && p->to && b > a && is_word(r, b - 1, "from")
                    && (b == a + 1 || en_time_phrase(r, a, b - 1) == b - 1 - a);

        if (!f->bare || (f->from && !base) || f->to || f->res >= 1 || !(p->pct || p->points)
            || p->bare || (b <= a && !base) || b - a > 8 || !list_item_end(r, f->te)
            || article_at(r, b - 1) || !rate_sized(p, f))
            continue;
        if (base) {
            copy_str(f->unit, sizeof f->unit, p->unit);
            f->pct = p->pct, f->points = p->points, f->scale = 1, f->bare = false;
            continue;
        }
        /* (no "to", "of": "rose 3.7 percent to a record 110.6", "61.3
           percent out of the 72.9" are a level after the rate; no
           keyword: "while the Gini coefficient was 0.41" is a measure of
           its own) */
        for (size_t i = a; i < b && plain; i++)
            plain = (r->v[i].type == ET_WORD && !r->v[i].kw && !is_word(r, i, "to")
                     && !is_word(r, i, "of") && !is_word(r, i, "from"))
                    || r->v[i].type == ET_YEAR || is_sign(r, i, ',') || is_sign(r, i, ';');
        if (!plain)
            continue;
        copy_str(f->unit, sizeof f->unit, p->unit);
        f->pct = p->pct, f->points = p->points, f->scale = 1, f->bare = false;
    }
}

/* "Feb-18", "May-18": a chart's month label */
static bool month_label(const en_reader *r, size_t i)
{
    return month_at(r, i) && is_sign(r, i + 1, '-');
}

/* "1.82% 4.19% 3.20% -1.0% 0.0% 1.0% 2.0%": three or more figures of one unit
 * with nothing between them are a chart's labels and axis flattened into the
 * text, never a claim (prose puts a word or a comma between its figures). */
static void drop_label_runs(en_reader *r)
{
    size_t out = 0, floor = 0;

    for (size_t k = 0; k < r->nf;) {
        size_t m = k + 1;
        while (m < r->nf && fig_first_tok(r, &r->f[m]) == r->f[m - 1].te
               && !strcmp(r->f[m].unit, r->f[k].unit))
            m++;
        size_t first = fig_first_tok(r, &r->f[k]);
        /* (a row named by a word before it, "Agriculture 2.1% 3.4% 4.0%", is
           a table's: kept) */
        if (m - k >= 3 && !(first > 0 && r->v[first - 1].type == ET_WORD)) {
            /* "… 3.0% Jan-19 Feb-19 Mar-19 Exports grew": the axis's month
               labels go with it, up to the next capital word */
            floor = r->f[m - 1].te;
            while (floor < r->n && !(r->v[floor].type == ET_WORD
                                     && r->t[r->v[floor].pos] >= 'A' && r->t[r->v[floor].pos] <= 'Z'
                                     && !month_label(r, floor)))
                floor++;
        } else {
            for (; k < m; k++) {
                size_t own = fig_first_tok(r, &r->f[k]);
                r->f[k].floor = floor < own ? floor : own;
                r->f[out++] = r->f[k];
            }
        }
        k = m;
    }
    r->nf = out;
}

/* The figures of the sentence, with "A, B and C" lists grouped; a bare
 * number takes the unit of the figure it is paired with. */
static void find_figures(en_reader *r)
{
    int group = 0;

    r->nf = 0;
    for (size_t i = 0; i < r->n && r->nf < MAX_FIGS; i++) {
        fig *f = &r->f[r->nf];
        if (r->v[i].type != ET_NUM && r->v[i].type != ET_WORD)
            continue;
        if (!en_figure_at(r, i, f)) {
            const lex_entry *m = en_multiple_word(r, i);
            if (!m)
                continue;
            /* doubled, tripled, threefold: a multiple by itself */
            memset(f, 0, sizeof *f);
            f->ti = i;
            f->te = i + 1;
            f->pos = f->npos = r->v[i].pos;
            f->end = r->v[i].end;
            f->value = m->num;
            f->scale = 1;
            f->times = true;
            copy_str(f->unit, sizeof f->unit, "times");
        }
        /* "over the next 5 years", "in the 12 months to March": a time, no
           figure */
        if (en_horizon_count(r, f->ti) || en_months_count(r, f->ti)) {
            i = f->te > i ? f->te - 1 : i;
            continue;
        }
        /* "US$3.65/day", "$80/barrel": a price or a line per unit */
        if (is_sign(r, f->te, '/') && f->te + 1 < r->n && r->v[f->te + 1].type == ET_WORD) {
            i = f->te;
            continue;
        }
        /* a ratio a:b:c is read by ratio_claims */
        if ((i + 1 < r->n && is_sign(r, i + 1, ':') && i + 2 < r->n && r->v[i + 2].type == ET_NUM)
            || (i > 0 && is_sign(r, i - 1, ':') && i > 1 && r->v[i - 2].type == ET_NUM))
            continue;
        if (r->nf > 0) {
            const fig *p = &r->f[r->nf - 1];
            size_t j = p->te;
            while (j < f->ti && (is_sign(r, j, ',') || is_word(r, j, "and")
                                 || is_word(r, j, "respectively") || is_word(r, j, "to")))
                j++;
            f->group = j == fig_first_tok(r, f) && j > p->te && r->v[f->ti].pos >= p->end
                     ? p->group : ++group;       /* (the figure may start with "$") */
            if (f->group == p->group && p->neg_growth && !f->neg && !f->plus
                && f->pct == p->pct)
                f->neg = f->neg_growth = true;  /* "negative growth rates as 12.8%,
                                                   21.1% and 3.8%": each */
        } else {
            f->group = ++group;
        }
        i = f->te > i ? f->te - 1 : i;
        r->nf++;
    }
    drop_label_runs(r);
    /* a range, "2.5 to 3.5 percent", "between 6 and 6.5 percent",
       "4.5-5.5%": one figure from the low end to the high end (not "from
       A to B", two figures of two times) */
    for (size_t k = 0; k + 1 < r->nf; k++) {
        fig *f = &r->f[k], *g = &r->f[k + 1];
        size_t gt = fig_first_tok(r, g);
        bool between = f->ti > 0 && is_word(r, fig_first_tok(r, f) - 1, "between");
        if (!f->bare || f->from || g->bare || g->from || g->to != is_word(r, f->te, "to")
            || gt != f->te + 1 || g->ti != gt || !(g->pct || g->money || g->points || g->scale > 1)
            || !(is_word(r, f->te, "to") || is_sign(r, f->te, '-')
                 || (between && is_word(r, f->te, "and")))
            || g->value < f->value)
            continue;
        copy_str(f->unit, sizeof f->unit, g->unit);
        f->pct = g->pct, f->points = g->points, f->times = g->times;
        f->money = g->money, f->scale = g->scale, f->bare = false;
        en_join_range(r, k);
    }
    /* "at 8 per cent to 8.5 per cent", "between 5.5 percent to 6 percent":
       a percentage written out at both ends is a range too, unless "from"
       opens it (two times) or the high end is lower (a move) */
    for (size_t k = 0; k + 1 < r->nf; k++) {
        fig *f = &r->f[k], *g = &r->f[k + 1];
        if (!f->pct || !g->pct || f->from || f->ranged || g->ranged || strcmp(f->unit, g->unit)
            || !is_word(r, f->te, "to") || fig_first_tok(r, g) != f->te + 1
            || g->value <= f->value)
            continue;
        en_join_range(r, k);
    }
    /* "from 32.6 per 1,000 live births in 1993 to 16.7 in 2020" */
    for (size_t k = 1; k < r->nf; k++) {
        fig *f = &r->f[k], *g = &r->f[k - 1];
        if (f->bare && f->to && g->from && !g->bare) {
            copy_str(f->unit, sizeof f->unit, g->unit);
            f->pct = g->pct, f->points = g->points, f->times = g->times;
            f->money = g->money, f->scale = g->scale, f->bare = false;
        }
    }
    /* shared units: "0.9 and 1.7 percent", "from 14 in 2010 to 3.8 percent",
       "from 70.5 to 75.5 years" */
    for (size_t k = r->nf; k-- > 0;) {
        fig *f = &r->f[k];
        if (!f->bare)
            continue;
        for (size_t m = k + 1; m < r->nf && m < k + 3; m++) {
            fig *g = &r->f[m];
            if (!g->bare && (g->group == f->group || (f->from && g->to))) {
                copy_str(f->unit, sizeof f->unit, g->unit);
                f->pct = g->pct, f->points = g->points, f->times = g->times;
                f->money = g->money, f->scale = g->scale, f->bare = false;
                break;
            }
        }
    }
    elided_list_units(r);
    en_pair_units(r);   /* figures_en.c: "from 8.33 million to 4.91 million bales" */
    /* "exceeded 3 trillion yuan, 523.2 billion more": a bare scale takes
       the currency of the sentence's money figure before it */
    for (size_t k = 1; k < r->nf; k++) {
        fig *f = &r->f[k];
        if (f->money || f->pct || f->points || f->times || f->scale <= 1 || strchr(f->unit, ' '))
            continue;
        for (size_t m = k; m-- > 0;) {
            const fig *g = &r->f[m];
            const char *cur = g->unit;
            if (!g->money || g->scale <= 1)
                continue;       /* (not "per capita GDP above $10,000 … 1.5 billion") */
            if (g->scale > 1 && strchr(cur, ' '))
                cur = strchr(cur, ' ') + 1;
            if (!strncmp(cur, "crore ", 6))
                cur += 6;
            {
                size_t a = strlen(f->unit), b = strlen(cur);
                if (a + 1 + b < sizeof f->unit) {
                    f->unit[a] = ' ';
                    memcpy(f->unit + a + 1, cur, b + 1);
                    f->money = true;
                }
            }
            break;
        }
    }
}

/* "went down from the 6.6 percent reported in April", "down from a revised
 * 2.8% in the second quarter", "bringing the rate to 7.5 percent": a rate
 * written after "from" or "to" is where the rate stood before or after it
 * moved; the fall is the rate's, not the measure's, so the rate keeps its
 * own sign.  Not a rate named as a fall itself ("recovering from a 0.1
 * percent contraction"), nor the rates a fall noun spans ("the decline in
 * export volumes narrowed from 3.1% to 2.4%"), whose nouns en_figure_kind
 * reads. */
static bool en_rate_moved(const en_reader *r, const fig *f, ingest_kind kind, const cues *q)
{
    size_t p = fig_first_tok(r, f);
    const lex_entry *e = kw_at(r, f->te);

    if (!f->pct || f->points || en_rate_noun_after(r, f) || q->fall_noun
        || (e && (e->code == K_GROW || e->code == K_FALL))  /* "from the 3.8-percent decrease" */
        || !(kind == INGEST_GROWTH_YOY || kind == INGEST_CHANGE_PCT || kind == INGEST_GROWTH_AVG))
        return false;
    if (f->to && p > 1 && (word_in(r, p - 2, LEX_FALL_GOES_ON) || word_in(r, p - 3, LEX_FALL_GOES_ON)))
        return false;   /* "deepening to 6.0%", "extending losses to 3.4%" */
    if (f->from || f->to)
        return true;
    /* (f->from skips "a" and "estimated" only: "from the 6.6 percent", "from
       a revised 2.8%") */
    for (int skip = 0; skip < 2 && p > 1 && (is_word(r, p - 1, "the") || is_word(r, p - 1, "a")
                                             || is_word(r, p - 1, "revised")); skip++)
        p--;
    return p > 0 && is_word(r, p - 1, "from");
}

static void base_claim(const en_reader *r, ingest_claim *c, const cues *q, const fig *f)
{
    memset(c, 0, sizeof *c);
    c->qualifier = f->q;
    c->estimated = q->estimated || r->estimated;
    {
        /* "projected to ease to 6.3 percent in 2023, down from 8% in 2022":
           the base a forecast moves from is an actual */
        size_t p = tok_after(r, f->pos);
        if (f->from && p >= 2 && (is_word(r, p - 2, "down") || is_word(r, p - 2, "up")))
            c->estimated = false;
        /* "expected to exceed A in 2020, compared with B in 2015" */
        p = fig_first_tok(r, f);
        if (p >= 2 && (is_word(r, p - 1, "with") || is_word(r, p - 1, "to"))
            && is_word(r, p - 2, "compared"))
            c->estimated = false;
    }
    c->target = (q->target || r->target) && !c->estimated;
    c->basis = q->real || r->real ? INGEST_BASIS_REAL
             : q->nominal || r->nominal ? INGEST_BASIS_NOMINAL : INGEST_BASIS_UNSTATED;
}

/* The time t into c.  A part of a year with no year is no time (the claim
 * says neither), except to release_en.c's scan, which dates the year by the
 * figures the text states for its months ("rose 0.2 percent in January"). */
static void set_time(const en_reader *r, ingest_claim *c, const ftime *t)
{
    bool part = t->year || t->from || r->ctx->release_scan;

    c->year = t->from ? 0 : t->year;
    c->period_from = t->from;
    c->period_to = t->to;
    c->year_inferred = !t->from && t->inferred;
    c->period_inferred = t->from && t->inferred;
    c->month_from = part ? t->mfrom : 0;
    c->month_to = part ? t->mto : 0;
    /* (a date line's year a weekday fixed says so) */
    c->time_source = r->d->title_weekday
                     && (t->src == INGEST_TIME_TITLE || t->src == INGEST_TIME_DATE_LINE)
                     ? INGEST_TIME_WEEKDAY : t->src;
}

/* "16.30:41.0:42.70 in 2013": the shares of the three industries. */
static int ratio_claims(en_reader *r)
{
    static const char *const names[] = { "primary industry", "secondary industry",
                                         "tertiary industry" };
    int rc = GC_OK;

    for (size_t i = 0; i + 4 < r->n && rc == GC_OK; i++) {
        if (r->v[i].type != ET_NUM || !is_sign(r, i + 1, ':') || r->v[i + 2].type != ET_NUM
            || !is_sign(r, i + 3, ':') || r->v[i + 4].type != ET_NUM
            || (i > 0 && is_sign(r, i - 1, ':')))
            continue;
        {
            bool ind = false;
            for (size_t w = 0; w < r->n && !ind; w++)
                ind = r->v[w].type == ET_WORD && r->v[w].end - r->v[w].pos >= 7
                   && !memcmp(r->t + r->v[w].pos, "industr", 7);
            if (!ind || (r->v[i].res >= 1 && r->v[i + 2].res >= 1 && r->v[i + 4].res >= 1))
                continue;
        }
        ftime t;
        ingest_claim c;
        memset(&t, 0, sizeof t);
        en_time_in(r, i + 5, i + 9 < r->n ? i + 9 : r->n, &t);
        if (!t.year && r->lead_year)
            t.year = r->lead_year;
        t.src = INGEST_TIME_SENTENCE;
        for (size_t m = 0; m < 3 && rc == GC_OK; m++) {
            fig f;
            memset(&f, 0, sizeof f);
            f.npos = r->v[i + 2 * m].pos;
            f.value = r->v[i + 2 * m].v;
            f.res = r->v[i + 2 * m].res;
            f.scale = 1;
            copy_str(f.unit, sizeof f.unit, "%");
            f.pct = true;
            memset(&c, 0, sizeof c);
            c.kind = INGEST_SHARE;
            c.value = f.value;
            c.of = (char *)(uintptr_t)"gdp";
            set_time(r, &c, &t);
            rc = emit(r, &c, &f, names[m]);
        }
        i += 4;
    }
    return rc;
}

/* Is figure k a record's reference, "since" right before it ("the lowest
 * since the 2.9 percent posted in December 2017")?  Its year is long
 * before the text's: it dates no later figure as the latest stated. */
static bool since_figure(const en_reader *r, size_t k)
{
    size_t j = fig_first_tok(r, &r->f[k]);

    if (j > 0 && is_word(r, j - 1, "the"))
        j--;
    return j > 0 && is_word(r, j - 1, "since");
}

/* Is year y past the text's, in a text whose year the head read two before
 * a year named after "next year" (doctime_en.c)?  A figure of it is a
 * forecast ("and for 2018 to 5.5%"), not the latest stated. */
static bool past_text_year(const en_reader *r, int y)
{
    return r->ctx->dt.en_year_ahead && y > r->ctx->dt.en_year;
}

/* Is time t a part of a year before the one of the part the text reports
 * (r->d->part_*: "the first quarter this year", "in Q1 2008"), named for
 * comparison ("the lowest rate of the last four quarters, with 3.6 per
 * cent registered in Q4 2007", "after 0.8% in the December quarter of
 * 2019")?  It holds for its own figure: no later figure takes its year as
 * the latest stated, the page's reference period runs on. */
static bool earlier_part(const en_reader *r, const ftime *t, int year)
{
    const en_doc *d = r->d;

    /* (the reported part's year is the text's own, its date line's or
       "this year": not a headline's forecast year) */
    return t->explicit_part && d->part_from && d->part_year && year < d->part_year
        && (d->title_year || d->current) && d->part_year == en_current_year(d);
}

/* "(3.3% in the previous month)" after a list item's rate of a month:
 * the month before the item's own (not before the page's title month). */
static void item_prev_month(const en_reader *r, size_t k, const ingest_claim *item, ingest_claim *c)
{
    size_t i = r->f[k].te;

    if (!item->year || !item->month_from || item->month_from != item->month_to
        || !is_word(r, i, "in") || !is_word(r, i + 1, "the")
        || !(is_word(r, i + 2, "previous") || is_word(r, i + 2, "preceding"))
        || !is_word(r, i + 3, "month"))
        return;
    c->month_from = c->month_to = item->month_from == 1 ? 12 : item->month_from - 1;
    c->year = item->month_from == 1 ? item->year - 1 : item->year;
    c->year_inferred = item->year_inferred;
}

static int read_figures(en_reader *r)
{
    char subject[SUBJ_MAX], prev[8][SUBJ_MAX], parts[8][SUBJ_MAX];
    size_t nprev = 0, group_nprev = 0;   /* subjects before the current list */
    size_t list_n = 0;                   /* the size of the last list read */
    char last_subject[SUBJ_MAX] = "";    /* the last rate's measure and kind */
    char last_of[SUBJ_MAX] = "";         /* and its whole, when a share */
    int last_kind = -1;
    ingest_claim said = { 0 };           /* the last claim, for a restatement */
    char said_subject[SUBJ_MAX] = "";
    size_t said_k = SIZE_MAX;
    int rc = GC_OK, cur_group = -1, forecast_group = -1;
    bool named_here = false;             /* a figure of the sentence named its measure */
    char label_name[SUBJ_MAX] = "";      /* a label's name a figure took, and the */
    char before_label[SUBJ_MAX] = "";    /* measure named before it, for the next sentence */
    size_t item_k = SIZE_MAX;            /* the last figure a list item's label named */
    size_t paren_k = SIZE_MAX;           /* and the last rate of its parenthesis */

    for (size_t k = 0; k < r->nf && rc == GC_OK; k++) {
        fig *f = &r->f[k];
        size_t cs = en_clause_start(r, k), verb;
        cues q;
        ingest_claim c = { 0 };     /* every field known: said copies it whole */
        ftime t = { 0 };
        ingest_kind kind;
        double sign;
        bool inherited = false, listed = false, base_rate = false, generic, object = false, with_m;
        bool figure_word = false, span_avg, bare_change = false, paren_rate = false, share_on = false;
        bool paren_named = false, counted, item_paren = false;
        int item_basis = -1;
        size_t named_from;   /* the first token the subject may be read from */
        int goal;
        char wsubj[SUBJ_MAX];
        size_t gsize = 1, gidx = 0;

        if (k > 0 && said_k == k - 1 && en_converted(r, k - 1)) {
            /* "(14.2 trillion U.S. dollars)": the claim before, in another
               currency */
            c = said;
            c.value = f->neg ? -f->value : f->value;
            if (f->q != INGEST_EXACT)
                c.qualifier = f->q;
            rc = emit(r, &c, f, said_subject);
            continue;
        }
        /* the figure's place in its list */
        for (size_t m = k; m > 0 && r->f[m - 1].group == f->group; m--)
            gidx++;
        for (size_t m = k - gidx; m < r->nf && r->f[m].group == f->group; m++)
            if (m > k - gidx)
                gsize++;
        if (f->group != cur_group) {
            cur_group = f->group;
            group_nprev = nprev;
        }
        if (gidx > 0)
            cs = en_clause_start(r, k - gidx);
        if (k > 0 && cs == r->f[k - 1].te && (is_word(r, cs, "less") || is_word(r, cs, "more"))
            && is_word(r, cs + 1, "than"))
            cs += 2;    /* "$2.7 billion less than February imports of $48.9
                           billion": the base's name starts after "than" */
        en_read_cues(r, k, cs, &q);
        if (f->pct && en_share_noun_after(r, k))
            q.share = true;     /* "has a 4.8 per cent share of the GDP", "took
                                   2.9% and 2% shares, respectively" */
        if ((en_coordinated(r, k) || (gidx > 0 && f->pct && !f->points))
            && said_k == k - 1 && said.kind == INGEST_SHARE) {
            /* "… 14 percent of GDP and 38 percent of employment", "the
               shares of A, B and C in GDP became 61.7 percent, 39.8 percent
               and -1.5 percent respectively": each item of the list */
            /* "… 14 percent of GDP and 38 percent of employment" */
            q.share = true;
            q.gf = NULL;
        }
        if (f->to && k > 0 && r->f[k - 1].from && !q.gf) {
            /* "the decrease in X from 5.0% ... to 4.2%": the "to" figure
               is read as its "from" figure is */
            cues q0;
            en_read_cues(r, k - 1, en_clause_start(r, k - 1), &q0);
            q.gf = q0.gf, q.gf_noun = q0.gf_noun, q.fall_noun = q0.fall_noun;
            q.growth_subject = q.growth_subject || q0.growth_subject;
            q.avg = q.avg || q0.avg;
        }
        if (gidx > 0 && !q.gf) {
            cues q0;
            en_read_cues(r, k - gidx, cs, &q0);
            q.gf = q0.gf, q.gf_noun = q0.gf_noun, q.avg = q.avg || q0.avg;
            q.share = q.share || q0.share;
        }
        {
            /* a bare number is a level only after a level verb */
            size_t pt = tok_after(r, f->pos);
            const lex_entry *e = pt > 0 ? kw_at(r, pt - 1) : NULL;
            /* (a phrase ending right before it: "stood at", "is at") */
            for (size_t j = pt - 1; !e && pt > 0 && j-- > 0 && j + 3 >= pt;)
                if (kw_at(r, j) && r->v[j].pos + kw_at(r, j)->n == r->v[pt - 1].end)
                    e = kw_at(r, j);
            q.level_verb = (e && (e->code == K_TO || e->code == K_PRESENT))
                           || en_bare_after_rate(r, k)
                           /* "Employment rose to 11,968,600": the level a
                              change ends at */
                           || (f->bare && pt > 0 && is_word(r, pt - 1, "to") && q.gf
                               && q.gf_end + 1 == pt && !q.gf_noun);
        }
        with_m = !f->pct && en_with_measure(r, k, wsubj);
        /* "to create 200,000 more job vacancies": a count of a noun that
           names a measure is a level, whatever the verb */
        counted = !with_m && en_counted_subject(r, k, cs, wsubj);
        if (counted)
            f->neg = false;     /* ("- 750,000 new jobs": a bullet's dash) */
        q.level_verb = q.level_verb || with_m || counted;
        if (f->bare && !q.level_verb && en_amount_after_change(r, f, &q))
            bare_change = true;     /* "went down 45,400 to 8,153,900" */
        if (f->bare && !q.level_verb && fig_first_tok(r, f) >= 2
            && is_word(r, fig_first_tok(r, f) - 1, "by") && q.gf && !q.gf_noun) {
            /* "rose by 52,000", "was reduced by 776,000": the verb of
               change right before "by" */
            size_t by = fig_first_tok(r, f) - 1;
            for (size_t j = by; j-- > cs && j + 3 >= by;)
                if (kw_at(r, j) == q.gf && r->v[j].pos + q.gf->n == r->v[by - 1].end)
                    bare_change = true;
        }
        if ((q.skip && !with_m) || (f->bare && !q.level_verb && !bare_change) || (f->paren && !f->pct && !f->money)
            || en_supposed(r, k) || en_against_plan(r, k) || en_aside_figure(r, k, cs))
            continue;
        if (r->v[f->ti].type == ET_WORD && f->pct && f->base && k + 1 < r->nf) {
            /* "A quarter of fixed asset investment (excluding rural
               households) 85843 billion yuan": a fraction with a figure of
               its noun and no verb between names no share (a machine's
               一季度) */
            size_t i = f->te, e = r->f[k + 1].ti;
            bool cut = false;
            for (; i < e && !cut; i++)
                cut = (kw_at(r, i) && en_ends_subject(kw_at(r, i)))
                    || (r->v[i].type == ET_SIGN && strchr(",;:", r->v[i].c));
            if (!cut)
                continue;
        }
        en_subject_before(r, cs, r->f[k - gidx].name_end > cs ? r->f[k - gidx].name_end
                                 : tok_after(r, r->f[k - gidx].pos), subject, &verb);
        named_from = cs;
        if (with_m || counted)
            copy_str(subject, sizeof subject, wsubj);
        if (q.share && en_coordinated(r, k) && said_k == k - 1 && said.kind == INGEST_SHARE) {
            copy_str(subject, sizeof subject, said_subject);
            inherited = true;
        }
        generic = !subject[0] || en_generic_subject(r, subject);
        if (generic) {
            char part[SUBJ_MAX];
            en_subject_participle(r, k, part);
            if (part[0]) {
                copy_str(subject, sizeof subject, part);
                generic = false;
            }
        }
        if (generic || en_verb_named(r, k - gidx, cs, subject)) {
            /* (a list's figures: the appositive of its first; a clause
               that opens with its verb, "remained unchanged at", names
               nothing: its subject is before the remarks) */
            char app[SUBJ_MAX];
            en_subject_appositive(r, k - gidx, cs, app);
            if (app[0]) {
                copy_str(subject, sizeof subject, app);
                generic = false;
                named_from = 0;     /* (the name is before the clause) */
            }
        }
        {
            /* "growth of 9.9% in Manufacturing sector", "growth of 7.1% in
               2023-24 over 1.9% in 2022-23 for Mining & Quarrying sector":
               after a rate noun's "of", a name after the figure (or after
               its base) is the measure's */
            size_t ft = fig_first_tok(r, f);
            const lex_entry *gk = ft >= 2 && is_word(r, ft - 1, "of") ? kw_at(r, ft - 2) : NULL;
            bool noun_of = gk && gk->code == K_GROW && (gk->flags & LEXF_RATE);
            if ((generic || noun_of) && gsize == 1) {
                char after[SUBJ_MAX];
                en_subject_after(r, k, after);
                if (!after[0] && k + 1 < r->nf && f->pct && en_base_of_previous(r, k + 1))
                    en_subject_after(r, k + 1, after);
                if (after[0] && !en_generic_subject(r, after)) {
                    copy_str(subject, sizeof subject, after);
                    generic = false;
                }
            }
        }
        if (!en_head_subject(r, k - gidx, cs, verb, subject))
            continue;           /* a policy parameter (a tariff), no claim */
        if (f->pct && (f->paren || f->dashed)) {
            /* "generated by education (7.2%); arts and recreation
               (+9.1%)", "only Romania (5.6%) and Slovenia (5%)": a rate in
               parentheses after a name is that name's, of the change the
               sentence speaks of */
            char pn[SUBJ_MAX];
            const lex_entry *g = en_paren_name(r, k, pn);
            if (pn[0]) {
                copy_str(subject, sizeof subject, pn);
                if (g && !q.gf) {
                    q.gf = g;
                    q.gf_noun = true;
                }
                /* a piece of a ';'-list, a sentence of its own with no
                   word of change: the rates the text states before */
                paren_rate = !g;
                paren_named = true;
            }
        }
        {
            /* "• Total CPI: 4.2% (3.3% in the previous month)": an item of
               a flattened list names its measure before the colon; the
               rate in parentheses right after it is the same measure's at
               the period the parenthesis names */
            char lab[SUBJ_MAX];
            lab[0] = '\0';
            if (f->pct)     /* ("View: 1 times", a page's counter) */
                en_item_label(r, k, lab, &item_basis);
            if (item_basis >= 0) {
                item_k = k;     /* "Month-on-month: 0.4%": the sentence's measure */
            } else if (lab[0]) {
                copy_str(subject, sizeof subject, lab);
                generic = paren_named = paren_rate = false;
                item_k = k;
            } else if (f->pct && k > 0 && said_k == k - 1
                       && ((f->paren && item_k == k - 1 && is_sign(r, r->f[k - 1].te, '(')
                            && fig_first_tok(r, f) == r->f[k - 1].te + 1)
                           /* "(0.3% in the previous month and -0.5% in
                              February 2021)": the parenthesis goes on */
                           || (paren_k == k - 1 && en_same_paren(r, k)))) {
                copy_str(subject, sizeof subject, said_subject);
                generic = paren_named = paren_rate = false;
                item_paren = true;
                paren_k = k;
            }
        }
        if (gsize > 1 && (en_respectively_after(r, k - gidx + gsize - 1)
                          || en_respectively_before(r, k - gidx)
                          || en_ordinal_list(subject, gsize)
                          || en_respectively_inside(r, k - gidx, k - gidx + gsize - 1))
            && en_list_subjects(r, subject, gsize,
                                en_respectively_inside(r, k - gidx, k - gidx + gsize - 1),
                                list_n, parts, prev, group_nprev)) {
            /* "the growth of A, B and C": each part's figure is a rate */
            if (strstr(subject, "growth"))
                q.growth_subject = true;
            copy_str(subject, sizeof subject, parts[gidx]);
            listed = true;
            if (gidx + 1 == gsize)
                list_n = gsize;
        }
        if (!listed && f->pct) {
            char first[SUBJ_MAX];
            en_by_list_first(r, k, cs, first);
            if (first[0])
                copy_str(subject, sizeof subject, first);
        }
        {
            char obj[SUBJ_MAX];
            en_multiple_object(r, k, obj);
            if (obj[0]) {
                copy_str(subject, sizeof subject, obj);
                object = true;
            }
        }
        span_avg = f->pct && en_span_average(r, k) && r->d->said_ind[0];
        if (span_avg) {
            copy_str(subject, sizeof subject, r->d->said_ind);
            q.avg = true;
        }
        figure_word = (is_word(r, cs, "this") || is_word(r, cs, "the") || is_word(r, cs, "that"))
                   && is_word(r, cs + 1, "figure");
        if (!subject[0] || en_generic_subject(r, subject)) {
            bool rate = strstr(subject, "growth") || strstr(subject, "figure");
            bool growth = strstr(subject, "growth") != NULL;
            /* "East Asia and Pacific: Growth is expected to increase to
               4.3% in 2023 and to 4.9% in 2024": under a place's label, a
               rate with no measure named is the place's growth, not the
               measure the text named last (global GDP) */
            bool label = f->pct && en_place_label(r);
            char lab[SUBJ_MAX] = "";
            /* "· Manufacturing: to expand by 3.0%": a label's name, while
               no figure before in its sentence named a measure */
            if (!label && !named_here)
                en_label_name(r, cs, lab);
            if (lab[0] && !label_name[0]) {
                copy_str(label_name, sizeof label_name, lab);
                copy_str(before_label, sizeof before_label, r->d->subject);
            }
            snprintf(subject, sizeof subject, "%s",
                     label ? "economic growth" : lab[0] ? lab
                     : rate && r->d->rate_subject[0] ? r->d->rate_subject : r->d->subject);
            inherited = !label && !lab[0];
            if (inherited && rate && r->d->rate_subject[0])
                q.growth_subject = true;
            /* "average annual growth above 6.5 pct" with nothing named
               before: the text speaks of growth itself */
            if (!subject[0] && growth && f->pct)
                copy_str(subject, sizeof subject, "growth");
            /* "This figure is now estimated at 6.9%": the last rate stated */
            if (figure_word && f->pct && r->d->said_ind[0])
                copy_str(subject, sizeof subject, r->d->said_ind);
            else
                figure_word = false;
        }
        if (!subject[0])
            continue;
        if (f->points && inherited && last_kind >= 0 && last_kind != INGEST_SHARE
            && !strcmp(subject, last_subject)
            && !strstr(subject, "rate") && strlen(subject) + 12 < sizeof subject)
            strcat(subject, " growth rate");  /* "X grew 5.8%, down 0.3 percentage points" */
        if (f->pct && !q.avg && is_word(r, f->te, "annual")) {
            /* "the 6.5-percent annual growth rate over a five-year period":
               a yearly rate over a span of years is an average */
            ftime sp;
            memset(&sp, 0, sizeof sp);
            if (en_span_in(r, cs, r->n, &sp, q.target || r->target) && sp.to - sp.from > 1)
                q.avg = true;
        }
        if (with_m || counted)
            copy_str(subject, sizeof subject, wsubj);
        en_subject_settle(r, k, subject, &q.share);
        /* (an item of a list is its own: "‘Tea’ and ‘Vegetables’ showed
           an increase of 10.8 percent and 11.5 percent respectively") */
        if (f->pct && !q.share && !listed && ((q.gf && (q.gf->code == K_GROW || q.gf->code == K_FALL))
                                              || q.post_growth || q.post_fall)
            && en_place_subject(r, named_from, fig_first_tok(r, f), subject))
            copy_str(subject, sizeof subject, "economic growth");   /* "China is expected to grow 7.6 percent" */
        en_per_capita(r, k, subject);
        en_horizon_cues(r, k, cs, &q, subject);
        kind = en_figure_kind(r, k, &q, subject, &sign);
        if (counted && kind == INGEST_CHANGE_ABS && !q.gf)
            kind = INGEST_LEVEL, sign = 1;  /* "200,000 more job vacancies": the
                                               count's "more" is no change's */
        if ((goal = said_k == k - 1 ? en_goal_beside(r, k) : 0) == 2) {
            forecast_group = f->group;
            continue;   /* a forecast beside the outcome: no claim */
        }
        if (k > 0 && f->group == forecast_group && r->f[k - 1].group == forecast_group)
            continue;   /* "compared to March estimates of 4.9 percent and 5.3 percent":
                           the forecast's list goes on */
        if (goal)       /* the measure's goal */
            snprintf(subject, sizeof subject, "%s", said_subject), kind = said.kind, sign = 1;
        if (en_rate_of_change(r, k) && said_k == k - 1 && said.kind == INGEST_CHANGE_ABS) {
            /* "the deficit increased $1.9 billion, or 0.4 percent": the
               same change as a rate, with its direction */
            copy_str(subject, sizeof subject, said_subject);
            kind = INGEST_GROWTH_YOY;
            sign = said.value < 0 ? -1 : 1;
        }
        if (kw_at(r, f->te) && kw_at(r, f->te)->code == K_TARGET && (kw_at(r, f->te)->flags & LEXF_GOAL))
            sign = 1;   /* "falling short of the 2 per cent target": the goal as set */
        if (figure_word && r->d->said_kind != INGEST_SHARE) {
            kind = (ingest_kind)r->d->said_kind;   /* its value now, no change */
            sign = 1;
        }
        if (last_kind >= 0 && f->pct && en_base_of_previous(r, k)) {
            /* "grown by 7.2% in 2023-24 over 6.7% in 2022-23": the base is
               the same measure's rate of the earlier year */
            copy_str(subject, sizeof subject, last_subject);
            kind = (ingest_kind)last_kind;
            sign = en_base_sign(r, k);
            inherited = true;
            if (is_word(r, fig_first_tok(r, f), "over"))
                f->q = INGEST_EXACT;
            base_rate = true;
        }
        /* k > 0: said_k starts at SIZE_MAX, which equals k - 1 for the first figure */
        if (!base_rate && kind == INGEST_LEVEL && k > 0 && said_k == k - 1
            && said.kind == INGEST_LEVEL && f->pct == r->f[k - 1].pct && f->money == r->f[k - 1].money
            && en_base_of_previous(r, k)) {
            /* "6.7 per cent in August vs 7.2 per cent in July": the level
               before's, at another time */
            copy_str(subject, sizeof subject, said_subject);
            inherited = true;
        }
        if (kind == INGEST_LEVEL && f->pct && last_kind == INGEST_GROWTH_YOY && !q.level_verb
            && fig_first_tok(r, f) > 0 && (is_word(r, fig_first_tok(r, f) - 1, "by")
                                           || en_verbless_item(r, cs, fig_first_tok(r, f))))
        {
            kind = INGEST_GROWTH_YOY;   /* "... increased by 7.8% and government
                                           consumption by 2.6%": the verb elided,
                                           its direction too ("fell by 2.5 percent
                                           year on year, and by 1.9 percent") */
            if (said_k == k - 1 && said.value < 0 && !en_printed_sign(r, &r->f[k - 1]))
                sign = -1;
        }
        if (kind == INGEST_LEVEL && f->pct && !f->points && last_kind >= 0 && !q.level_verb
            && said_k == k - 1 && en_elided_repeat(r, k)) {
            /* "grew 4.2 percent in 2019 and 3.9 percent in 2020": the rate
               before, its measure and its direction, at another time */
            kind = (ingest_kind)last_kind;
            copy_str(subject, sizeof subject, last_subject);
            sign = said.value < 0 && !en_printed_sign(r, &r->f[k - 1]) ? -1 : 1;
            base_rate = last_kind == INGEST_SHARE;
        }
        if (f->pct && !f->points && said_k == k - 1 && en_named_after_item(r, k)) {
            /* "a growth rate of 2.07 percent in agriculture, 5.14 percent
               in forestry": each item's measure is the name after it (not
               the one before "and"), its rate of the kind before */
            char after[SUBJ_MAX];
            en_subject_after(r, k, after);
            if (after[0] && !en_generic_subject(r, after))
                copy_str(subject, sizeof subject, after);
            if (kind == INGEST_LEVEL && last_kind >= 0 && !q.level_verb) {
                kind = (ingest_kind)last_kind;
                sign = said.value < 0 && !en_printed_sign(r, &r->f[k - 1]) ? -1 : 1;
            }
        }
        if (kind == INGEST_LEVEL && last_kind == INGEST_SHARE && said_k == k - 1
            && en_share_continues(r, k, wsubj)) {
            kind = INGEST_SHARE;    /* "from 71.6% of GDP to 71.3%": the same whole's */
            snprintf(subject, sizeof subject, "%s", wsubj[0] ? wsubj : said_subject);
            share_on = true;
        }
        if (kind == INGEST_LEVEL && f->pct && !f->points && last_kind == INGEST_SHARE
            && !q.level_verb && en_verbless_item(r, cs, fig_first_tok(r, f))) {
            kind = INGEST_SHARE;    /* "crops account for 43 percent, livestock
                                       39 percent and fisheries 18 percent" */
            base_rate = true;       /* (the whole before) */
        }
        if (kind == INGEST_LEVEL && f->pct && !f->points && last_kind >= 0
            && last_kind != INGEST_SHARE && !q.level_verb && en_part_clause(r, cs, fig_first_tok(r, f)))
            kind = (ingest_kind)last_kind;  /* "revenue rose 8.3 percent, including
                                               13.6 percent in tax revenue" */
        if (paren_rate && kind == INGEST_LEVEL && (r->d->said_kind == INGEST_GROWTH_YOY
                                                   || r->d->said_kind == INGEST_CHANGE_PCT)) {
            /* (a base, "(3.2 percent from 4.2 percent)", is no word of
               change: the rate and the one it moved from) */
            bool kw = false;
            for (size_t i = 0; i < r->n && !kw; i++)
                kw = kw_at(r, i) != NULL && kw_at(r, i)->code != K_FROM;
            if (!kw)
                kind = (ingest_kind)r->d->said_kind;
        }
        /* (also after a rate said before: "… food inflation rate for October
           was 8.9 per cent. … price drivers were Clothing and Footwear (13.4
           per cent)": the item's own price words decide, not the rate before) */
        if (paren_rate && kind == INGEST_LEVEL && !q.level_verb && en_price_list(r, f)) {
            kind = INGEST_GROWTH_YOY;   /* "price pressures came from: tobacco
                                           (6.0 percent from 5.6 percent)" */
            sign = 1;
            /* a twelve-month rate by convention, whatever basis the page
               stated before, unless its own sentence states another */
            if (!q.qoq && !r->qoq && !r->lead_qoq)
                q.prev_year = true;
        }
        if (f->pct && !f->points && !q.level_verb && last_kind == INGEST_SHARE
            && ((kind == INGEST_LEVEL && paren_rate)
                || (paren_named && f->paren && said_k == k - 1 && en_share_item_after(r, k)))) {
            /* "finance accounted for 21.1 percent of total output, followed
               by trade (17.8 percent), government services (16.9 percent)":
               a rate in parentheses after a name, right after a share with
               no word of change between (or in a sentence that speaks of
               none), is a share of the same whole */
            kind = INGEST_SHARE;
            share_on = true;
            sign = 1;
        }
        if (kind == INGEST_LEVEL && f->pct && !f->points && !q.level_verb
            && (last_kind == INGEST_GROWTH_YOY || last_kind == INGEST_CHANGE_PCT)
            && (paren_named || (said_k == k - 1 && en_same_paren(r, k)))) {
            /* "… the highest annual rate in March (3.4%, …), followed by
               services (1.3%, …)": a rate in parentheses after a name, in a
               sentence whose rates before are changes, is that name's change;
               so is a second rate in the same parenthesis ("spending on
               machines (15.2 percent; Q2: -2.2 percent)"), the same
               measure's at another time */
            kind = (ingest_kind)last_kind;
            if (!paren_named)
                copy_str(subject, sizeof subject, last_subject);
            sign = 1;
        }
        if (paren_named && f->pct && k + 1 < r->nf && r->f[k + 1].pct && en_same_paren(r, k + 1)
            && fig_first_tok(r, &r->f[k + 1]) > 0
            && is_word(r, fig_first_tok(r, &r->f[k + 1]) - 1, "from"))
            sign = 1;   /* "the easing of prices of fish (5 percent from 7
                           percent)": the rate reached, the fall is the rate's */
        if (kind == INGEST_LEVEL && f->pct && !f->points && !q.level_verb
            && en_change_list_item(r, f)) {
            kind = INGEST_GROWTH_YOY;   /* "the increases were: 4.3% in tertiary
                                           activities, 4% in ...": the change
                                           the colon lists */
            sign = 1;
        }
        if (item_basis == K_QOQ && kind == INGEST_GROWTH_YOY)
            kind = INGEST_CHANGE_PCT;   /* "Month-on-month: 0.4%" */
        else if (item_basis == K_PREV_YEAR && kind == INGEST_CHANGE_PCT)
            kind = INGEST_GROWTH_YOY;
        if (item_paren && said.kind != INGEST_LEVEL) {
            kind = said.kind;   /* (its own sign: "(-0.5% in February 2021)") */
            sign = 1;
        }
        if (f->pct && !f->points && (kind == INGEST_LEVEL || (kw_at(r, f->te)
                                                              && kw_at(r, f->te)->code == K_TARGET)))
            kind = en_rate_in_context(r, k, kind, last_kind, last_subject, subject, &sign);
        if (bare_change && kind == INGEST_LEVEL) {
            kind = INGEST_CHANGE_ABS;
            sign = q.gf->flags & LEXF_DOWN ? -1 : 1;
        }
        if (kind == INGEST_LEVEL && !f->pct && !f->money && f->scale == 1 && !f->unit[0]
            && (!q.level_verb || strstr(subject, "growth")))
            continue;   /* (a rate's value with no unit: "growth is 0.2 percentage p"
                           cut by a page break, unread) */
        if (kind == INGEST_GROWTH_YOY && f->points)
            kind = INGEST_CHANGE_ABS;
        if (f->pct)
            en_rate_name(subject, kind);
        base_claim(r, &c, &q, f);
        if (goal)
            c.estimated = false, c.target = inherited = true;
        if (base_rate)
            c.estimated = false;    /* the earlier year's rate is an actual */
        en_figure_time(r, k, cs, &q, kind, &t);
        if (kind == INGEST_GROWTH_AVG && !t.from && (t.mfrom || t.mto) && !since_year(r))
            kind = INGEST_GROWTH_YOY;   /* "Manufacturing output increased 9.0
                                           percent annually in August": one
                                           month's rate holds no average over
                                           years; "annually" is its basis */
        if (span_avg) {
            t.mfrom = t.mto = 0;        /* (an average over years has no month) */
            if (t.from && t.to < en_current_year(r->d))
                c.estimated = c.target = false;     /* a past span's: an actual */
        }
        if (figure_word && t.src != INGEST_TIME_SENTENCE && r->d->said_year && !t.from) {
            t.year = r->d->said_year;   /* "this figure": the same year's */
            t.inferred = true;
        }
        if (t.src != INGEST_TIME_SENTENCE && k > 0 && said_k == k - 1 && said.year && !said.period_from
            && fig_first_tok(r, f) > 0 && is_word(r, fig_first_tok(r, f) - 1, "with")
            && !(fig_first_tok(r, f) > 1 && is_word(r, fig_first_tok(r, f) - 2, "compared"))) {
            /* (entime: not "compared with 1.8 percent a year earlier", a base) */
            /* "… is at 73, with 87 percent of …": the verbless clause is
               the figure before it's time */
            t.year = said.year;
            t.inferred = said.year_inferred;
            t.src = said.time_source;
        }
        en_horizon_time(r, k, cs, kind, c.estimated, &t);
        if (t.from && !c.estimated && en_current_year(r->d) && t.to > en_current_year(r->d))
            c.target = true;    /* a span that ends after the text's year: a plan's */
        else if (t.from && !q.target && r->d->latest && t.to <= r->d->latest && t.inferred
                 && !q.estimated)
            c.target = c.estimated = false;  /* "the 8.8 per cent of the previous five years" */
        if (gsize > 1 && gsize <= 8 && (listed || en_respectively_after(r, k - gidx + gsize - 1))) {
            int pf[8] = { 0 }, pt[8] = { 0 };
            size_t last = k - gidx + gsize - 1;
            if (en_list_parts(r, r->f[last].te, en_window_end(r, last), pf, pt, gsize) == gsize) {
                t.mfrom = pf[gidx];
                t.mto = pt[gidx];
                /* "in the June quarter following increases in the March and
                   December quarters": a quarter later in the year than the
                   release's own is of the year before */
                if (r->d->part_from && t.year == r->d->part_year && pf[gidx] > r->d->part_from)
                    t.year--;
            }
        }
        if ((kind == INGEST_MULTIPLE || kind == INGEST_CHANGE_ABS || kind == INGEST_GROWTH_YOY)
            && !t.from && !t.by_list) {     /* (entime: "… in 2015, 2016 and 2017") */
            /* a base written after the figure: "its 2017 level", "from 2017",
               "over the five years" */
            int base = 0;
            ftime sp;
            for (size_t i = f->te; i < en_clause_end(r, k); i++)
                if (r->v[i].type == ET_YEAR && i > 0
                    && (is_word(r, i - 1, "its") || is_word(r, i - 1, "from")
                        || is_word(r, i - 1, "than") || is_word(r, i - 1, "with")
                        || is_word(r, i - 1, "over") || is_word(r, i - 1, "the")))
                    base = r->v[i].year;
            memset(&sp, 0, sizeof sp);
            if (kind != INGEST_GROWTH_YOY && base && t.year > base + 1) {
                t.from = base;
                t.to = t.year;
            } else if (kind == INGEST_GROWTH_YOY && !f->from && !f->to
                       && (en_span_in(r, f->te, en_clause_end(r, k), &sp, false)
                           || (is_word(r, 0, "since") && en_span_in(r, 0, 3, &sp, false)))
                       && sp.from) {
                /* (a span after the figure, or one leading the sentence:
                   "Since 2008, GDP has increased by 15.3%") */
                kind = INGEST_CHANGE_PCT;
                t.from = sp.from;
                t.to = sp.to;
                t.inferred = sp.inferred;
            } else if (kind == INGEST_GROWTH_YOY && base && t.year > base + 1) {
                kind = INGEST_CHANGE_PCT;
                t.from = base;
                t.to = t.year;
            }
        }
        if ((kind == INGEST_GROWTH_YOY || kind == INGEST_CHANGE_PCT) && !t.from && t.year
            && f->pct) {
            int base = en_level_base(r, k);
            if (base && base + 1 < t.year) {
                kind = INGEST_CHANGE_PCT;   /* below its level of 2019 */
                t.from = base;
                t.to = t.year;
            }
        }
        /* a year-on-year word governs the figures after it, and the one
           right before it ("rose 1.3 percent and are now 4.2 percent higher
           on an annual basis": only 4.2) */
        if (kind == INGEST_GROWTH_YOY && (t.mfrom || t.mto || q.qoq || r->lead_qoq)
            && (!r->whole_year || q.own_qoq)
            && (!q.prev_year || q.own_qoq)
            && (q.own_qoq || !(r->yoy && (r->yoy_at < f->ti || r->yoy_at < en_window_end(r, k))))
            && (q.qoq || r->qoq || r->d->qoq == 1) && !(t.mfrom == 1 && t.mto > 3)
            && (q.own_qoq || !en_twelve_month_rate(r, f, &q, &t, subject))
            && (r->lead_qoq || (!en_year_before_base(&t)
                                && !en_same_part_year_before(r, k, &t, base_rate))))
            kind = INGEST_CHANGE_PCT;
        if (kind == INGEST_GROWTH_YOY && !t.mfrom && !t.from && t.base_moved && !q.prev_year
            && !base_rate) {
            /* "exports to Russia slid 5.4% from August" with no month of
               its own: the change over the month after the one named */
            t.mfrom = t.mto = t.base_mfrom % 12 + 1;
            t.explicit_part = true;
        }
        if (kind == INGEST_GROWTH_YOY && (t.on_prev || en_prev_period_base(&t)) && !q.prev_year
            && !base_rate) {    /* (a base keeps the kind of the rate it is the base of) */
            kind = INGEST_CHANGE_PCT;   /* between July and August; compared with
                                           September 2014 (of an October figure) */
            /* the basis the page now states, for the rates after it that
               write none ("Between August and September, sales volume
               decreased by 0.4 per cent. Sales in food stores rose by 0.3
               per cent."), and so does a base written as the period before
               ("rose 1.2 percent in September compared with August. Food
               prices rose 2.3 percent.") */
            if ((t.on_prev && t.between) || (en_prev_period_base(&t) && en_plain_period_base(r, k)))
                r->d->qoq = 1;
        }
        /* ("GDP decreased by 1.4 percent in the second quarter from a year
           earlier": a year-on-year basis stated for a figure is the page's
           last, for a later rate that writes none, when the sentence
           states no other) */
        if (kind == INGEST_GROWTH_YOY && q.own_prev_year && t.mfrom && !q.own_qoq && !r->qoq)
            r->d->qoq = 0;
        if (kind == INGEST_SHARE) {
            char of[SUBJ_MAX];
            en_share_whole(r, k, subject, of);
            c.of = (char *)(uintptr_t)(of[0] ? of : strstr(subject, "deficit") ? "gdp"
                                       : base_rate || share_on ? last_of : "");
            if (!q.share && !inherited && !subject[0] && of[0])
                copy_str(subject, sizeof subject, of);
            /* "the share of investment was 22.1% of GDP": the part */
            if (of[0] && !strncmp(subject, "share of ", 9))
                memmove(subject, subject + 9, strlen(subject + 9) + 1);
            c.kind = kind;
            c.value = en_signed_value(f, sign);
            set_time(r, &c, &t);
            {
                char ofc[SUBJ_MAX];
                copy_str(ofc, sizeof ofc, c.of);
                c.of = ofc;
                copy_str(last_of, sizeof last_of, ofc);
                rc = emit(r, &c, f, subject);
                said = c;
                said.of = NULL;
                said_k = k;
                copy_str(said_subject, sizeof said_subject, subject);
            }
        } else {
            c.kind = kind;
            if (en_rate_moved(r, f, kind, &q))
                sign = 1;
            c.value = en_signed_value(f, sign);
            if (kind == INGEST_MULTIPLE && q.mult && !f->times) {
                c.value = q.multiple;
                copy_str(f->unit, sizeof f->unit, "times");
            }
            set_time(r, &c, &t);
            if (item_paren)
                item_prev_month(r, k, &said, &c);
            char two[2][SUBJ_MAX];
            two[0][0] = '\0';
            if ((object && strstr(subject, " and ")) || en_both_subjects(r, k, cs, two)) {
                /* "doubling the 2010 GDP and per capita income", "A and B
                   both rose by 6 percent": each */
                if (two[0][0] || en_split_subject(subject, 2, two)) {
                    rc = emit(r, &c, f, two[0]);
                    copy_str(subject, sizeof subject, two[1]);
                }
            }
            if (rc == GC_OK)
                rc = emit(r, &c, f, subject);
            if (rc == GC_OK && gsize == 1 && c.year && !c.month_from) {
                int y2 = en_second_year(r, k, c.year);
                if (y2) {       /* "3.3 percent this year and next": each year's */
                    ingest_claim c2 = c;
                    c2.year = y2;
                    rc = emit(r, &c2, f, subject);
                }
            }
            said = c;
            said_k = k;
            copy_str(said_subject, sizeof said_subject, subject);
        }
        if (f->pct && (kind == INGEST_GROWTH_YOY || kind == INGEST_CHANGE_PCT
                       || kind == INGEST_SHARE || kind == INGEST_GROWTH_AVG)) {
            /* (a share's base too: "23.3% of GDP, compared with 22.8% in 2016") */
            last_kind = (int)kind;
            copy_str(last_subject, sizeof last_subject, subject);
            if (kind != INGEST_SHARE)
                last_of[0] = '\0';     /* (a share's is kept where it is emitted) */
        } else {
            last_kind = -1;
        }
        /* (a deadline, "by 2008", dates a goal: no figure the text reports,
           only the sentence's figures after it) */
        if (t.deadline && c.year && !r->deadline_year)
            r->deadline_year = c.year;
        if (!c.estimated && !c.target && c.year
            && t.src == INGEST_TIME_SENTENCE && !t.before_own && !earlier_part(r, &t, c.year)
            && !t.deadline && c.year > r->d->latest && (!r->d->title_year || c.year <= r->d->title_year)
            && !since_figure(r, k) && !past_text_year(r, c.year))
            r->d->latest = c.year;
        if (!c.target && c.year && t.src == INGEST_TIME_SENTENCE && !t.before_own && !t.deadline
            && c.year > r->d->latest_any && !since_figure(r, k) && !past_text_year(r, c.year)
            && !earlier_part(r, &t, c.year)
            && (!r->d->title_year || c.year <= r->d->title_year))
            r->d->latest_any = c.year;
        if (t.explicit_part && !r->d->part_from && c.year && !t.part_local) {
            r->d->part_from = t.mfrom;
            r->d->part_to = t.mto;
            r->d->part_year = c.year;
        }
        named_here = named_here || !inherited;
        if (!inherited && !listed) {
            copy_str(r->d->subject, sizeof r->d->subject, subject);
            if (nprev < 8)
                copy_str(prev[nprev++], SUBJ_MAX, subject);
        } else if (listed && nprev < 8) {
            copy_str(prev[nprev++], SUBJ_MAX, subject);
        }
    }
    /* a label names its own line's figures only: the sentences after it
       ("Outlook: growth of 5.2% in 2024" after "Highlights: ...") keep the
       measure named before the label */
    if (label_name[0] && !strcmp(r->d->subject, label_name))
        copy_str(r->d->subject, sizeof r->d->subject, before_label);
    return rc;
}

int ingest_en_sentence(ingest_context *ctx, const ingest_sentence *s, const char *file,
                       const ingest_sink *sink, int *nclaims)
{
    en_reader r;
    en_doc *d = doc_of(ctx);
    int rc;

    *nclaims = 0;
    if (!d)
        return GC_ENOMEM;
    buf_reset(&d->lc);
    if (buf_append(&d->lc, s->text, s->len) != 0)
        return GC_ENOMEM;
    /* ASCII capitals to lower case with no branch, and the length and the
       buffer in locals (a store of a char might change s->len), so that
       the compiler does it sixteen bytes a step: a test and a store a byte
       cost a hundredth of the English grammar */
    {
        unsigned char *lc = (unsigned char *)d->lc.data;
        size_t n = s->len;
        for (size_t i = 0; i < n; i++)
            lc[i] = (unsigned char)(lc[i] | ((unsigned char)(lc[i] - 'A') < 26u ? 0x20 : 0));
    }
    /* every field but the figures: find_figures fills those one at a time
       (number_at clears each), and clearing all 10 KB of them was a tenth
       of the English grammar's work on short sentences */
    memset(&r, 0, offsetof(en_reader, f));
    memset((char *)&r + offsetof(en_reader, nf), 0, sizeof r - offsetof(en_reader, nf));
    r.ctx = ctx;
    r.d = d;
    r.lx = &ingest_lexicon_en;
    r.s = s;
    r.sink = sink;
    r.file = file;
    r.t = d->lc.data;
    r.len = s->len;
    if ((rc = en_tokenize(r.lx, &d->kx, r.t, r.len, &d->ts)) != GC_OK)
        return rc;
    en_drop_dash_asides(&d->ts, s->text, s->len);
    en_mark_tokens(r.lx, &d->ts, r.t, r.len);
    r.v = d->ts.v;
    r.n = d->ts.n;
    d->sentences++;
    d->head_year = ctx->dt.en_year;
    d->outlook_year = ctx->dt.en_outlook_year;
    if (d->outlook_year && d->head_year == d->outlook_year + 1)
        d->head_year = d->outlook_year;     /* (its first year dated is the next) */
    en_date_line(&r);
    en_heading_year(&r);
    en_plan_dates(&r);
    for (size_t i = 0; i < r.n; i++) {
        const lex_entry *e = kw_at(&r, i);
        if (e && e->code == K_SKIP_SENT)
            return GC_OK;
    }
    find_figures(&r);
    en_sentence_cues(&r);   /* (after the figures: a period-before word may be
                               the time of one, en_figure_period_before) */
    rc = ratio_claims(&r);
    if (rc == GC_OK)
        rc = read_figures(&r);
    en_para_time(&r);
    *nclaims = r.claims;
    return rc;
}