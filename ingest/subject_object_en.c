/* subject_object_en.c -- a measure named as the object of an actor's verb:
 * "the bank kept its growth forecast at 4.8 percent", "the fund lowered the
 * outlook for 2024 to 4.7 percent", "the province should increase fixed asset
 * investment by 17 percent".  The words before the verb name an actor (a
 * bank, a government, a place), not a measure; the figure's measure is the
 * noun phrase after the verb (lexicon classes object-verb, object-skip and
 * object-stop). */
#include "rules_en.h"

#include <string.h>

/* The tokens of a whole phrase of class c at token i, 0 when none. */
static size_t phrase_toks(const en_reader *r, lex_class c, size_t i)
{
    return en_class_toks(r, c, i, true);
}

/* Does a word of tokens [a, b) name a measure: a measure head or a rate
 * noun ("growth outlook", "inflation forecast", "fixed asset investment")? */
static bool names_measure(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const lex_entry *e = kw_at(r, i);
        if (phrase_toks(r, LEX_MEASURE_HEAD, i)
            || (e && (e->flags & LEXF_RATE) && (e->code == K_GROW || e->code == K_FALL)))
            return true;
    }
    return false;
}

/* The end of the object that starts at token a, before ti: the first stop
 * word, time phrase, number or sign. */
static size_t object_end(const en_reader *r, size_t a, size_t ti)
{
    size_t j;

    for (j = a; j < ti; j++) {
        if (j > a && is_sign(r, j, '\'') && is_word(r, j + 1, "s")
            && r->v[j].pos == r->v[j - 1].end && r->v[j + 1].pos == r->v[j].end) {
            j++;        /* the mark of "Southeast Asia’s" written apart */
            continue;
        }
        if (r->v[j].type != ET_WORD || phrase_toks(r, LEX_OBJECT_STOP, j)
            || en_time_phrase(r, j, ti))
            break;
        if (is_word(r, j, "in") && j + 1 < ti
            && (r->v[j + 1].type == ET_YEAR || en_time_phrase(r, j + 1, ti)))
            break;      /* "in 2023": a time, no part of the name */
    }
    return j;
}

/* Is token i a word of a goal (target, goal): no part of the measure's
 * name, the claim's target flag says it. */
static bool goal_at(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    return e && e->code == K_TARGET && r->v[i].pos + e->n == r->v[i].end;
}

/* Is token i the noun of a goal or a forecast (target, goal, forecast,
 * projection: keywords with the goal flag)? */
static bool goal_noun(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    return e && (e->code == K_TARGET || e->code == K_ESTIMATE) && (e->flags & LEXF_GOAL);
}

/* Is the figure whose number is token ti a percentage? */
static bool pct_at(const en_reader *r, size_t ti)
{
    for (size_t k = 0; k < r->nf; k++)
        if (r->f[k].ti == ti)
            return r->f[k].pct;
    return false;
}

/* Does the name s speak of growth itself ("growth", "growth rate")? */
static bool growth_name(const char *s)
{
    return !strcmp(s, "growth") || !strcmp(s, "growth rate") || !strcmp(s, "growth rates");
}

/* The object of an object verb in tokens [cs, ti) that names a measure,
 * when the words before the verb name none, into out (else "").  True when
 * such a verb was found, whatever its object.  A forecast or a goal of a
 * place or of growth itself ("lowered its 2041 forecast for the Pacific
 * islands to 3.1 percent", "kept its forecast for Borovia's growth at",
 * "set their growth targets at around 5 percent") is the place's growth:
 * "growth", not the words of the actor before the verb. */
bool en_object_subject(const en_reader *r, size_t cs, size_t ti, char *out)
{
    out[0] = '\0';
    for (size_t i = cs + 1; i < ti; i++) {
        size_t n = phrase_toks(r, LEX_OBJECT_VERB, i), a, b;
        if (!n || is_word(r, i - 1, "a") || is_word(r, i - 1, "an") || is_word(r, i - 1, "the"))
            continue;   /* (a noun: "a cut in", "the increase of") */
        if (is_word(r, i + n, "than") || word_in(r, i - 1, LEX_BE_FORM))
            continue;   /* (an adjective or a passive: "lower than", "was cut") */
        if (names_measure(r, cs, i))
            return false;
        /* (and the years it is for: "its 2015 and 2016 growth forecasts") */
        for (a = i + n; a < ti && (phrase_toks(r, LEX_OBJECT_SKIP, a) || r->v[a].type == ET_YEAR
                                   || (is_word(r, a, "and") && a > i + n
                                       && r->v[a - 1].type == ET_YEAR));
             a++)
            ;
        b = object_end(r, a, ti);
        bool forecast = b == a + 1 && goal_noun(r, a);
        if (forecast && b < ti && (is_word(r, b, "for") || is_word(r, b, "of")))
            b = object_end(r, a = b + 1, ti);  /* "its forecasts for growth in these countries" */
        if (forecast && b > a && b <= a + 8 && !names_measure(r, a, b) && pct_at(r, ti)) {
            snprintf(out, SUBJ_MAX, "economic growth");  /* "its forecast for South Asia" */
            return true;
        }
        if (goal_at(r, a) && is_word(r, a + 1, "of"))
            a += 2;     /* "set the target of average growth" */
        while (b > a && (goal_at(r, b - 1) || is_word(r, b - 1, "of")))
            b--;        /* "kept its export growth target": a goal's measure */
        while (a < b && kw_at(r, a) && kw_at(r, a)->code == K_AVG)
            a = tok_after(r, r->v[a].pos + kw_at(r, a)->n);    /* "average annual" */
        if (b == a || b > a + 8 || !names_measure(r, a, b))
            return false;
        if (b > a + 2 && is_word(r, a + 1, "in") && kw_at(r, a) && names_measure(r, a, a + 1)) {
            /* "expects growth in GDP": the measure grows; "expects growth
               in India": a place's growth */
            if (en_place_words(r, a + 2, b)) {
                snprintf(out, SUBJ_MAX, "economic growth");
                return true;
            }
            if (names_measure(r, a + 2, b))
                a += 2;
        }
        en_subject_text(r, a, b, out, SUBJ_MAX);
        if (out[0] && en_generic_subject(r, out) && !growth_name(out))
            out[0] = '\0';
        else if (growth_name(out))
            snprintf(out, SUBJ_MAX, "economic growth");  /* "their growth targets" */
        return out[0] != '\0';
    }
    return false;
}

/* A forecast's adjective before a noun of change: "the anticipated
 * contraction of", "the expected growth of". */
static bool forecast_change(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i), *c;
    size_t j;

    if (!e || e->code != K_ESTIMATE)
        return false;
    j = tok_after(r, r->v[i].pos + e->n);
    c = kw_at(r, j);
    return c && (c->code == K_GROW || c->code == K_FALL) && is_word(r, j + 1, "of");
}

bool en_goal_compared(const en_reader *r, size_t g, size_t lo)
{
    bool figure = false;

    if (!goal_noun(r, g) && !forecast_change(r, g))
        return false;
    /* (with its figure: "target of 6 percent", "the 5 percent target"; not
       "matching forecasts") */
    for (size_t j = g > 4 ? g - 4 : 0; j < r->n && j <= g + 3; j++)
        figure = figure || r->v[j].type == ET_NUM;
    if (!figure)
        return false;
    for (size_t i = g; i-- > lo && i + 8 > g;) {
        if (is_sign(r, i, ';') || is_sign(r, i, ':') || is_sign(r, i, '(') || is_sign(r, i, '.'))
            return false;   /* (a comma or an owner's mark may come between) */
        if (r->v[i].type == ET_WORD && phrase_toks(r, LEX_GOAL_COMPARE, i))
            return true;
    }
    return false;
}

/* "grew 6.1 percent, within the government's annual target of 6 to 6.5
 * percent", "was 2.68 per cent well below the target of 3.6 per cent", "in
 * line with the bank's forecast of 4 percent": is figure k a goal or a
 * forecast set beside the figure before it, the same measure's?  1: a goal,
 * 2: a forecast (a superseded or consensus forecast beside the outcome: no
 * claim, tests/corpus/RULES.md), 0: neither. */
int en_goal_beside(const en_reader *r, size_t k)
{
    size_t ft, g, lo;

    if (k == 0)
        return 0;
    ft = fig_first_tok(r, &r->f[k]);
    lo = r->f[k - 1].te;
    if (ft < lo + 2)
        return 0;
    if (goal_noun(r, r->f[k].te))
        g = r->f[k].te;     /* "falling short of the 5 per cent target" */
    else if (is_word(r, ft - 1, "of") && ft >= 3)
        g = goal_noun(r, ft - 2) ? ft - 2 : goal_noun(r, ft - 3) || forecast_change(r, ft - 3) ? ft - 3 : 0;
    else
        return 0;
    /* (a word may follow the noun: "target range of") */
    if (!g || !en_goal_compared(r, g, lo))
        return 0;
    return kw_at(r, g)->code == K_TARGET ? 1 : 2;
}

/* Is token i a word before a count that names nothing: a stop word, a
 * qualifier or a count-lead word ("An additional", "More than", "over"),
 * or a sign (a bullet, a dash)?  Its tokens, 0 when none. */
static size_t count_lead(const en_reader *r, size_t i)
{
    size_t n;

    if (r->v[i].type != ET_WORD)
        return r->v[i].type == ET_SIGN ? 1 : 0;
    if ((n = phrase_toks(r, LEX_COUNT_LEAD, i)) != 0 || (n = phrase_toks(r, LEX_QUALIFIER_BEFORE, i)) != 0)
        return n;
    return ingest_lex_is(r->lx, LEX_STOPWORD, r->t + r->v[i].pos, r->v[i].end - r->v[i].pos) ? 1 : 0;
}

/* Do tokens [a, b) hold such words only? */
static bool leads_only(const en_reader *r, size_t a, size_t b)
{
    size_t n;

    for (size_t i = a; i < b; i += n)
        if ((n = count_lead(r, i)) == 0)
            return false;
    return true;
}

/* Is the count whose first token is ft, in the clause from cs, the first
 * thing its clause names, or the object of a count verb written as an
 * infinitive ("to create", "will add") or opening the clause ("■ create")?
 * A count verb after a named actor ("Health care added") is not. */
static bool count_opens(const en_reader *r, size_t cs, size_t ft)
{
    if (leads_only(r, cs, ft))
        return true;
    for (size_t v = ft; v-- > cs && v + 6 > ft;) {
        size_t n = phrase_toks(r, LEX_COUNT_VERB, v);
        if (!n)
            continue;
        if (!leads_only(r, v + n, ft))
            return false;
        return leads_only(r, cs, v) || (v > 0 && (is_word(r, v - 1, "to") || is_word(r, v - 1, "will")));
    }
    return false;
}

static bool stop_word(const en_reader *r, size_t i)
{
    return ingest_lex_is(r->lx, LEX_STOPWORD, r->t + r->v[i].pos, r->v[i].end - r->v[i].pos);
}

bool en_counted_subject(const en_reader *r, size_t k, size_t cs, char *out)
{
    const fig *f = &r->f[k];
    size_t ft = fig_first_tok(r, f), e = en_clause_end(r, k), a = f->te, h = 0, b, n;

    out[0] = '\0';
    if (f->pct || f->money || f->points || f->times || (!f->bare && (f->scale == 1 || strchr(f->unit, ' '))))
        return false;   /* (a count alone, or in millions) */
    for (size_t i = a; i < e && i < a + 5 && r->v[i].type == ET_WORD && !en_time_phrase(r, i, e); i++)
        if ((n = phrase_toks(r, LEX_COUNT_HEAD, i)) != 0) {
            h = i + n;
            break;
        }
    if (!h || !count_opens(r, cs, ft))
        return false;
    while (a < h && stop_word(r, a))
        a++;            /* "200,000 more job vacancies" */
    for (size_t i = a; i < h; i++)
        if (kw_at(r, i))
            return false;   /* (a verb or a rate word between: no noun phrase) */
    b = h;
    /* one place phrase with no article: "jobs in urban areas" */
    if (is_word(r, b, "in") && b + 1 < e && r->v[b + 1].type == ET_WORD && !stop_word(r, b + 1)
        && !is_word(r, b + 1, "a")) {
        size_t j = b + 1;
        while (j < e && j < b + 4 && r->v[j].type == ET_WORD && !kw_at(r, j) && !en_time_phrase(r, j, e)
               && !stop_word(r, j))
            j++;
        b = j;
    }
    en_subject_text(r, a, b, out, SUBJ_MAX);
    return out[0] != '\0';
}
