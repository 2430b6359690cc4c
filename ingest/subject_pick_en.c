/* subject_pick_en.c -- which words of an English sentence name the
 * measure of a figure: the words before the clause's verb, a subject after
 * the figure ("36.0% growth in chemicals"), the appositive or participle of
 * a list, the object of a multiple, a list of names split in parts. */
#include "rules_en.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A word that starts a time phrase or leads a clause (following,
 * quarter, December): no part of a measure's name before a rate noun. */
static bool time_or_lead_word(const en_reader *r, size_t i)
{
    size_t n = r->v[i].end - r->v[i].pos;
    const lex_entry *e;
    return is_word(r, i, "quarter") || is_word(r, i, "quarters") || month_at(r, i)
        || en_lex_at(r->lx, LEX_LEAD_WORD, r->t, r->len, r->v[i].pos, &e) == n;
}

/* Is tokens [a, b) one item of a list of names: words alone (no keyword,
 * time or figure; quotes around them), at most eight, not opened by a preposition, a lead word
 * other than an article, or an adverb ("Specifically,", "In 2023,")? */
static bool name_item(const en_reader *r, size_t a, size_t b)
{
    size_t n0, words = 0;
    const lex_entry *e;

    if (a >= b)
        return false;
    for (size_t i = a; i < b; i++)
        words += !is_sign(r, i, '\'');
    if (words > 8)
        return false;
    for (size_t i = a; i < b; i++) {
        const lex_entry *k = kw_at(r, i);
        /* (the first item may open with the rate it names: "the growth
           of the agricultural, industrial and services sectors") */
        bool rate_of = k && (k->flags & LEXF_RATE) && (k->code == K_GROW || k->code == K_FALL)
                    && is_word(r, tok_after(r, r->v[i].pos + k->n), "of");
        if (!(r->v[i].type == ET_WORD || is_sign(r, i, '&') || is_sign(r, i, '-')
              || is_sign(r, i, '\''))      /* (‘Coconut’) */
            || (k && !rate_of) || en_time_phrase(r, i, b) || month_at(r, i))
            return false;
    }
    n0 = r->v[a].end - r->v[a].pos;
    if (ordinal_at(r, b - 1))
        return false;           /* "the first, second and third industry" */
    if (is_word(r, a, "the") || is_word(r, a, "a") || is_word(r, a, "an"))
        return true;
    if (ingest_lex_is(r->lx, LEX_STOPWORD, r->t + r->v[a].pos, n0)
        || ingest_lex_is(r->lx, LEX_LEAD_WORD, r->t + r->v[a].pos, n0)
        || ingest_lex_is(r->lx, LEX_CLAUSE_WORD, r->t + r->v[a].pos, n0)
        || en_lex_at(r->lx, LEX_SUBJECT_CUT, r->t, r->len, r->v[a].pos, &e)
        || (n0 > 3 && r->t[r->v[a].end - 2] == 'l' && r->t[r->v[a].end - 1] == 'y'))
        return false;
    return true;
}

/* "the wholesale and retail trade, repair of motor vehicles, and
 * accommodation … sector saw …", "spending on visits, vehicles, and
 * hospitality was cut …": a subject that is the last item of a list of
 * names starts with the list.  The clause start cs moves back over the
 * items before it; unchanged when [cs, ti) is not such a last item. */
static size_t list_subject_start(const en_reader *r, size_t cs, size_t ti)
{
    size_t a = cs, items = 0;
    bool last_and = is_word(r, cs, "and");

    if (cs < 2 || !is_sign(r, cs - 1, ','))
        return cs;
    if (!last_and) {
        /* "…, transport, software and communication registered": an "and"
           inside the last item before its verb */
        for (size_t i = cs; i < ti && !last_and; i++) {
            if (kw_at(r, i))
                break;
            last_and = is_word(r, i, "and") && i > cs;
        }
    }
    for (size_t i = cs; i < ti && last_and; i++)
        if (ordinal_at(r, i))
            last_and = false;   /* "the first, second and third industry" */
    if (!last_and)
        return cs;
    while (a >= 2 && is_sign(r, a - 1, ',')) {
        size_t p = a - 1;
        while (p > 0 && (r->v[p - 1].type != ET_SIGN || is_sign(r, p - 1, '\'')))
            p--;        /* (quotes are the item's: "‘Firewood and forestry’, ‘Coconut’") */
        if (p > 0 && !is_sign(r, p - 1, ','))
            break;              /* (a ';', ':' or '(' ends the list) */
        if (!name_item(r, p, a - 1)) {
            /* "…, while the sub sectors of ‘Firewood and forestry’, ‘Coconut’
               and …": a word joining clauses opens the list's first item */
            if (p + 1 < a - 1 && word_in(r, p, LEX_CLAUSE_JOIN) && name_item(r, p + 1, a - 1)) {
                a = p + 1;
                items++;
            }
            break;
        }
        a = p;
        items++;
    }
    return items ? a : cs;
}

/* Is the word at token i a past tense or participle by its ending
 * ("performed", "remained"; not "seed", "speed, nor "added" in "value
 * added", a noun)? */
static bool past_verb(const en_reader *r, size_t i)
{
    if (kw_at(r, i) && en_ends_subject(kw_at(r, i)))
        return true;
    if (i > 0 && is_word(r, i, "added") && is_word(r, i - 1, "value"))
        return false;
    return ed_word(r, i);
}

/* Does a word in tokens [a, b) name a measured quantity (a measure head)? */
static bool measure_in(const en_reader *r, size_t a, size_t b)
{
    const lex_entry *e;

    for (size_t i = a; i < b; i++)
        if (r->v[i].type == ET_WORD
            && en_lex_at(r->lx, LEX_MEASURE_HEAD, r->t, r->len, r->v[i].pos, &e))
            return true;
    return false;
}

/* Is the object of a lead verb in tokens [a, ti) the change itself ("saw a
 * robust growth of 7.3 percent", "experienced a 2.9 percent growth",
 * "posted an impressive increase of"), so that the measure is the subject
 * before the verb?  Not when the object names a measure ("recorded GDP
 * growth of"), nor when the change noun after the figure names its own
 * ("posted a 5% rise in exports"). */
static bool change_object(const en_reader *r, size_t a, size_t ti)
{
    const lex_entry *e;
    size_t i, te = ti;
    bool change = false;

    if (measure_in(r, a, ti))
        return false;
    for (i = a; i < ti; i++) {
        if ((e = kw_at(r, i)) && (e->code == K_GROW || e->code == K_FALL))
            change = true;
    }
    for (size_t k = 0; k < r->nf; k++)
        if (fig_first_tok(r, &r->f[k]) == ti)
            te = r->f[k].te;
    if (te > ti && (e = kw_at(r, te)) && (e->code == K_GROW || e->code == K_FALL)) {
        i = tok_after(r, r->v[te].pos + e->n);
        if (is_word(r, i, "in") || is_word(r, i, "of"))
            return false;
        change = true;
    }
    return change || a >= ti || (a + 1 == ti && (is_word(r, a, "a") || is_word(r, a, "an")));
}

/* "the country intends to grow the rice planting area by 0.3%", "a
 * reduction of energy consumption per unit of GDP by 13.5 percent": the
 * measure is the object of a change verb after "to", or of a change noun
 * before "of", when the words before the verb name no measure (an actor,
 * "China", "farmers", or nothing).  The object into out, else "". */
static void change_object_name(const en_reader *r, size_t cs, size_t ti, char *out)
{
    size_t c = SIZE_MAX, a, b = ti;

    out[0] = '\0';
    for (size_t i = cs; i < ti; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && (e->code == K_GROW || e->code == K_FALL) && !(e->flags & LEXF_RATE)
            && ((i > cs && is_word(r, i - 1, "to") && !is_word(r, i + 1, "to"))
                || (is_word(r, i + 1, "of") && i > cs
                    && (is_word(r, i - 1, "a") || is_word(r, i - 1, "an")))))
            c = i;
    }
    if (c == SIZE_MAX || measure_in(r, cs, c))
        return;
    a = tok_after(r, r->v[c].pos + kw_at(r, c)->n);
    if (a < ti && word_in(r, a, LEX_OBJECT_STOP))
        return;                 /* "to grow at a rate of": the verb has no object */
    a += is_word(r, a, "of");
    a += is_word(r, a, "the");
    while (b > a && (is_word(r, b - 1, "by") || is_word(r, b - 1, "of") || is_word(r, b - 1, "to")
                     || r->v[b - 1].type != ET_WORD))
        b--;
    for (size_t i = a; i < b; i++)
        if (kw_at(r, i) || r->v[i].type != ET_WORD)
            return;
    if (a < b)
        en_subject_text(r, a, b, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
}

/* "‘Tea’ and ‘Vegetables’ showed a striking increase of 10.8 percent": a
 * lead verb before the verb of change v, whose object is the change itself,
 * ends the subject there; else v. */
static size_t lead_verb_cut(const en_reader *r, size_t cs, size_t v, size_t ti)
{
    for (size_t i = cs + 1; i < v; i++) {
        const lex_entry *lv;
        size_t n = r->v[i].type == ET_WORD
                 ? en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[i].pos, &lv) : 0;
        if (n && change_object(r, tok_after(r, r->v[i].pos + n), ti))
            return i;
    }
    return v;
}

/* "Tea and Vegetables showed a striking increase of": words [a, b) between
 * a lead verb's "a" and the noun of change are the change's adjectives,
 * not a measure, when they hold no measure's noun and the subject before
 * the verb, out, names one. */
static bool adjectives_of_change(const en_reader *r, size_t cs, size_t a, size_t b, const char *out)
{
    const lex_entry *lv;

    return a >= cs + 2 && (is_word(r, a - 1, "a") || is_word(r, a - 1, "an"))
        && r->v[a - 2].type == ET_WORD
        && en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[a - 2].pos, &lv)
        && !measure_in(r, a, b) && out[0] && !en_generic_subject(r, out);
}

/* "Agricultural exports reduced by 13%", "export earnings dipped to": with
 * no verb of change known, a past tense right before the "by" or "to" of
 * the figure is the clause's verb, and the name ends before it (with the
 * adverbs before it: "exports sharply reduced by").  The new end of the
 * name in [cs, stop). */
static size_t unknown_verb_cut(const en_reader *r, size_t cs, size_t stop)
{
    size_t v = stop;

    if (stop < cs + 2 || !(is_word(r, stop, "by") || is_word(r, stop, "to"))
        || !past_verb(r, stop - 1))
        return stop;
    v = stop - 1;
    while (v > cs + 1 && r->v[v - 1].type == ET_WORD && r->v[v - 1].end - r->v[v - 1].pos > 4
           && r->t[r->v[v - 1].end - 2] == 'l' && r->t[r->v[v - 1].end - 1] == 'y')
        v--;
    return v;
}

static size_t antecedent_start(const en_reader *r, size_t lo, size_t b, bool rate);

/* "The GDP growth has been triggered by services sector which grew by
 * 12%", "caused by a fall in coffee harvests that dropped by 14%": a verb
 * of change right after a relative pronoun has the noun phrase before the
 * pronoun for its subject, when that phrase is the object of a verb before
 * it (a past form: triggered, caused, fall) or opens the clause after a
 * comma; not "Investment in fixed assets which grew", a subject whole.  The last such in [cs, ti): its name
 * into out and its verb into *verb; else out is "". */
static void relative_subject(const en_reader *r, size_t cs, size_t ti, char *out, size_t *verb)
{
    out[0] = '\0';
    for (size_t w = ti - 1; w > cs && w < ti; w--) {
        const lex_entry *e = kw_at(r, w);
        size_t a;
        bool before = false;
        if (!(e && en_ends_subject(e) && (e->code == K_GROW || e->code == K_FALL))
            || !(is_word(r, w - 1, "which") || is_word(r, w - 1, "that")))
            continue;
        a = antecedent_start(r, cs, w - 1, false);
        for (size_t i = cs; i < a && !before; i++)
            before = past_verb(r, i);
        /* (or the phrase opens the clause after a comma: the next item
           of such a list, "…, mining which grew by 4%") */
        if (a + 1 >= w || !((before && a > cs) || (a == cs && is_sign(r, cs - 1, ','))))
            return;
        en_subject_text(r, a, w - 1, out, SUBJ_MAX);
        if (out[0] && en_generic_subject(r, out))
            out[0] = '\0';
        if (out[0])
            *verb = w;
        return;
    }
}

/* The subject written before figure k in tokens [cs, ti), or "" (then
 * *verb gets the first verb's token, or SIZE_MAX). */
void en_subject_before(const en_reader *r, size_t cs, size_t ti, char *out, size_t *verb)
{
    size_t v = SIZE_MAX, i;
    const lex_entry *e = NULL;
    bool list;

    out[0] = '\0';
    {
        size_t ls = list_subject_start(r, cs, ti);
        list = ls != cs;
        cs = ls;
    }
    if (en_object_subject(r, cs, ti, out)) {
        *verb = SIZE_MAX;
        return;
    }
    relative_subject(r, cs, ti, out, verb);
    if (out[0])
        return;
    for (i = cs; i < ti; i++)
        if ((e = kw_at(r, i)) && en_ends_subject(e) && !(e->code == K_TO && is_word(r, i, "to"))) {
            v = i;
            break;
        }
    /* a transitive verb later in the clause names the measure as its
     * object ("has projected the GSDP figure at", "of achieving fiscal
     * deficit of") */
    for (i = v == SIZE_MAX ? cs : v; i < ti; i++) {
        const lex_entry *lv;
        size_t n = r->v[i].type == ET_WORD
                 ? en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[i].pos, &lv) : 0;
        if (n) {
            size_t vend = tok_after(r, r->v[i].pos + n), stop = ti;
            for (size_t j = vend; j < ti; j++)
                if (is_word(r, j, "of") || is_word(r, j, "at") || (kw_at(r, j) && en_ends_subject(kw_at(r, j)))) {
                    stop = j;
                    break;
                }
            if (change_object(r, vend, ti) && measure_in(r, cs, i)) {
                (list ? en_subject_list : en_subject_text)(r, cs, i, out, SUBJ_MAX);
                if (out[0] && !en_generic_subject(r, out)) {
                    *verb = i;
                    return;
                }
            }
            en_subject_text(r, vend, stop, out, SUBJ_MAX);
            if (out[0] && !en_generic_subject(r, out)) {
                *verb = i;
                return;
            }
            if (out[0] && strstr(out, "growth") && r->d->rate_subject[0]) {
                snprintf(out, SUBJ_MAX, "%s", r->d->rate_subject);
                *verb = i;
                return;
            }
            if (out[0] && strstr(out, "growth")) {
                /* "China sets average annual growth above 6.5 pct": an
                   actor sets a goal for growth itself */
                char before[SUBJ_MAX];
                en_subject_text(r, cs, i, before, sizeof before);
                if (!before[0] || en_generic_subject(r, before) || is_word(r, i, "sets")
                    || is_word(r, i, "set")) {
                    snprintf(out, SUBJ_MAX, "growth");
                    *verb = i;
                    return;
                }
            }
            out[0] = '\0';
        }
    }
    *verb = v;
    change_object_name(r, cs, ti, out);     /* (enfig) */
    if (out[0])
        return;
    if (v != SIZE_MAX) {
        const lex_entry *lv;
        size_t vend = tok_after(r, r->v[v].pos + e->n);
        /* "the county achieved GDP of ...": the object names the measure */
        if (en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[v].pos, &lv)) {
            size_t stop = ti;
            for (size_t j = vend; j < ti; j++)
                if (is_word(r, j, "of") || is_word(r, j, "at") || kw_at(r, j)) {
                    stop = j;
                    break;
                }
            en_subject_text(r, vend, stop, out, SUBJ_MAX);
            if (out[0] && !en_generic_subject(r, out))
                return;
        }
        (list ? en_subject_list : en_subject_text)(r, cs, lead_verb_cut(r, cs, v, ti), out, SUBJ_MAX);
        if (ingest_lex_is(r->lx, LEX_LEAD_VERB, out, strlen(out)))
            out[0] = '\0';     /* ", showing an increase of": a verb alone */
    } else {
        /* no verb: the words up to a rate noun or "of" before the number */
        size_t stop = ti;
        for (i = cs; i < ti; i++) {
            if ((e = kw_at(r, i)) && (e->flags & LEXF_RATE) && e->code != K_SHARE_WORD) {
                stop = i;
                break;
            }
        }
        if (stop == ti)
            while (stop > cs && (is_word(r, stop - 1, "of") || is_word(r, stop - 1, "at")
                                 || is_word(r, stop - 1, "to") || is_word(r, stop - 1, "by")
                                 || is_word(r, stop - 1, "between")
                                 || r->v[stop - 1].type == ET_SIGN))
                stop--;
        stop = unknown_verb_cut(r, cs, stop);
        (list ? en_subject_list : en_subject_text)(r, cs, stop, out, SUBJ_MAX);
    }
    /* "processing industry growth of 2.9%": the words before the rate noun */
    if (ti >= 2 && is_word(r, ti - 1, "of") && kw_at(r, ti - 2)
        && (kw_at(r, ti - 2)->code == K_GROW || kw_at(r, ti - 2)->code == K_FALL)) {
        size_t a = ti - 2;
        while (a > cs && r->v[a - 1].type == ET_WORD && !kw_at(r, a - 1)
               && !is_word(r, a - 1, "from") && !is_word(r, a - 1, "that")
               && !is_word(r, a - 1, "the") && !is_word(r, a - 1, "a")
               && !time_or_lead_word(r, a - 1))
            a--;
        if (a < ti - 2 && !adjectives_of_change(r, cs, a, ti - 2, out)) {
            char tmp[SUBJ_MAX];
            en_subject_text(r, a, ti - 2, tmp, sizeof tmp);
            if (tmp[0] && !en_generic_subject(r, tmp)) {
                size_t n = strlen(tmp);
                /* "economic growth of 6.5 percent": an adjective alone
                   keeps its noun */
                size_t w = r->v[ti - 2].end - r->v[ti - 2].pos;
                if (!strchr(tmp, ' ') && n > 3 && n + 1 + w < SUBJ_MAX
                    && (!strcmp(tmp + n - 2, "ic") || !strcmp(tmp + n - 2, "al"))) {
                    memcpy(out, tmp, n);
                    out[n] = ' ';
                    memcpy(out + n + 1, r->t + r->v[ti - 2].pos, w);
                    out[n + 1 + w] = '\0';
                } else
                    snprintf(out, SUBJ_MAX, "%s", tmp);
                return;
            }
        }
    }
    /* "the cumulative decrease in X from 5.0%": the words after the verb */
    if (ti >= 1 && is_word(r, ti - 1, "from")) {
        size_t a = ti - 1;
        while (a > cs && !kw_at(r, a - 1))
            a--;
        if (a > cs && a < ti - 1) {
            char tmp[SUBJ_MAX];
            en_subject_text(r, a, ti - 1, tmp, sizeof tmp);
            if (!strncmp(tmp, "in ", 3))
                memmove(tmp, tmp + 3, strlen(tmp + 3) + 1);
            if (tmp[0] && !en_generic_subject(r, tmp)) {
                snprintf(out, SUBJ_MAX, "%s", tmp);
                return;
            }
        }
    }
    /* "growth rate in X", "the increase in X", "growth rates in X and Y" */
    {
        static const char *const heads[] = { "growth rates in ", "growth rate in ",
                                             "growth rate of ", "increase in ",
                                             "growth in ", "decrease in ",
                                             "cumulative decrease in ", "rise in ",
                                             "percentage change in ", "change in " };
        for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
            if (str_starts(out, heads[h])) {
                size_t n = strlen(heads[h]);    /* (only of the head found) */
                memmove(out, out + n, strlen(out + n) + 1);
                break;
            }
        }
    }
}

/* A subject after the figure: "36.0% growth in chemicals production",
 * "growth of 7.1% ... for Mining & Quarrying sector", "US$48 billion in
 * export revenues". */
void en_subject_after(const en_reader *r, size_t k, char *out)
{
    size_t i = r->f[k].te, e = en_clause_end(r, k);
    const lex_entry *kw;

    out[0] = '\0';
    if (i < e && (kw = kw_at(r, i))
        && ((kw->flags & LEXF_RATE) || kw->code == K_GROW || kw->code == K_FALL))
        i = tok_after(r, r->v[i].pos + kw->n);  /* (growth, a rise, a decline) */
    for (; i < e; i++) {
        size_t n = en_time_phrase(r, i, e);
        if (n) {
            i += n - 1;
            continue;
        }
        if ((is_word(r, i, "in") || is_word(r, i, "for")) && !en_year_words(r, i)) {
            size_t j = i + 1, stop = e;
            for (size_t m = j; m < e; m++)
                if (en_time_phrase(r, m, e) || is_word(r, m, "over") || is_word(r, m, "during")
                    || (kw_at(r, m) && en_ends_subject(kw_at(r, m)))
                    || (word_in(r, m, LEX_CLAUSE_JOIN) && !is_word(r, m, "and"))) {
                    /* (a word joining clauses, "but", "while", ends the name:
                       "growth in crude oil index but natural gas index fell") */
                    stop = m;
                    break;
                }
            en_subject_text(r, j, stop, out, SUBJ_MAX);
            return;
        }
        break;
    }
}

#define QUOTE_OPEN "\xe2\x80\x98"     /* ‘ */
#define QUOTE_CLOSE "\xe2\x80\x99"    /* ’, also an apostrophe */

/* Marks with \x01 the breaks between the items of list s, in place: its
 * commas and "and"s, but not those inside curly quotes ("‘Firewood and
 * forestry’, ‘Coconut’ and ‘Highland crops’": three items). */
/* Does a closing quote that ends a quoted name (followed by a space, a
 * comma or the end) come after c?  Else an opening one is an apostrophe
 * ("rock ‘n roll"), no quote. */
static bool quote_closes_after(const char *c)
{
    for (const char *q = c; (q = strstr(q, QUOTE_CLOSE)) != NULL; q += 3)
        if (!q[3] || q[3] == ' ' || q[3] == ',')
            return true;
    return false;
}

static void mark_item_breaks(char *s)
{
    int depth = 0;

    for (char *c = s; *c; c++) {
        if (!strncmp(c, QUOTE_OPEN, 3) && quote_closes_after(c + 3))
            depth++;
        else if (!strncmp(c, QUOTE_CLOSE, 3) && depth > 0)
            depth--;
        else if (!depth && *c == ',')
            *c = '\x01';
        else if (!depth && !strncmp(c, " and ", 5))
            memset(c + 1, '\x01', 3);
    }
}

/* Drops from item s, in place, the curly quotes set around its words
 * (not an apostrophe inside a word: "the country’s"). */
static void unquote(char *s)
{
    char *o = s;

    for (char *c = s; *c;) {
        bool open = !strncmp(c, QUOTE_OPEN, 3);
        bool close = !strncmp(c, QUOTE_CLOSE, 3) && (c == s || c[-1] == ' ' || c[3] == ' ' || !c[3]);
        if (open || close) {
            c += 3;
            continue;
        }
        *o++ = *c++;
    }
    *o = '\0';
    /* (a quote between spaces leaves two) */
    for (char *c = s; (c = strstr(c, "  ")) != NULL;)
        memmove(c, c + 1, strlen(c + 1) + 1);
}

/* Splits a subject of a list ("real gva and real gdp", "the first, second
 * and third industry added value") into n parts; false when it does not
 * split so. */
bool en_split_subject(const char *s, size_t n, char parts[][SUBJ_MAX])
{
    char tmp[SUBJ_MAX];
    size_t k = 0;
    char *p, *save = NULL;
    static const char *const ord[] = { "first", "second", "third", "fourth" };

    snprintf(tmp, sizeof tmp, "%s", s);
    /* first, second and third X */
    if (!strncmp(tmp, "first second and third ", 23) && n == 3) {
        for (size_t i = 0; i < 3; i++)
            snprintf(parts[i], SUBJ_MAX, "%s %s", ord[i], tmp + 23);
        return true;
    }
    if (!strncmp(tmp, "first, second and third ", 24) && n == 3) {
        for (size_t i = 0; i < 3; i++)
            snprintf(parts[i], SUBJ_MAX, "%s %s", ord[i], tmp + 24);
        return true;
    }
    if (!strncmp(tmp, "first, second, third and fourth ", 32) && n == 4) {
        for (size_t i = 0; i < 4; i++)
            snprintf(parts[i], SUBJ_MAX, "%s %s", ord[i], tmp + 32);
        return true;
    }
    mark_item_breaks(tmp);
    for (p = strtok_r(tmp, "\x01", &save); p; p = strtok_r(NULL, "\x01", &save)) {
        unquote(p);
        while (*p == ' ')
            p++;
        size_t l = strlen(p);
        while (l > 0 && p[l - 1] == ' ')
            p[--l] = '\0';
        if (!*p)
            continue;
        if (k == n)
            return false;
        snprintf(parts[k++], SUBJ_MAX, "%s", p);
    }
    if (k != n)
        return false;
    {
        /* "the agricultural, industrial and services sectors", "rural and
           urban income": an item that ends in an adjective (-al, -ic,
           -ary) shares the last item's noun */
        const char *noun = strrchr(parts[n - 1], ' ');
        for (size_t i = 0; noun && i + 1 < n; i++) {
            size_t l = strlen(parts[i]);
            bool adj = (l > 3 && (!strcmp(parts[i] + l - 2, "al") || !strcmp(parts[i] + l - 2, "ic")))
                    || (l > 4 && !strcmp(parts[i] + l - 3, "ary"));
            if (adj && l + strlen(noun) < SUBJ_MAX)
                strcat(parts[i], noun);
        }
    }
    return true;
}

/* A clause that opens after a comma with a relative pronoun or a bare rate
 * word takes the noun phrase before the comma as its subject: "the service
 * industries, which rose 1.3 percent", "business investment, up 4.0
 * percent", "finance, insurance and business services, up 0.9 percent". */
/* Are tokens [a, b) between a verb of change and its figure only "by",
 * articles, qualifiers and words that name nothing ("grew by a record
 * 8.15 per cent", "fell by an estimated 2.2 percent")? */
static bool bare_rate_words(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        size_t n = r->v[i].end - r->v[i].pos;
        if (!(is_word(r, i, "by") || is_word(r, i, "a") || is_word(r, i, "an")
              || is_word(r, i, "estimated")
              || (r->v[i].type == ET_WORD
                  && (ingest_lex_is(r->lx, LEX_NO_NAME, r->t + r->v[i].pos, n)
                      || ingest_lex_is(r->lx, LEX_QUALIFIER_BEFORE, r->t + r->v[i].pos, n)))))
            return false;
    }
    return b <= a + 3;
}

/* Does the clause at cs open with its verb: words of class verb-lead
 * (is, has been, will, still) and then anything, or a verb that ends a
 * subject ("rose to", "expanded")?  Such a clause has its subject before
 * the comma that precedes it. */
static bool verb_opens(const en_reader *r, size_t cs, size_t ti)
{
    size_t i = cs;

    while (i < ti && (word_in(r, i, LEX_BE_FORM) || word_in(r, i, LEX_VERB_LEAD)))
        i++;
    return i > cs || (i < ti && kw_at(r, i) && en_ends_subject(kw_at(r, i)));
}

/* Do tokens [a, b) hold a word that ends a subject, an "and" or "or" (a
 * list's last item), or a year (a time phrase, no name)? */
static bool no_head(const en_reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if ((kw_at(r, i) && en_ends_subject(kw_at(r, i))) || is_word(r, i, "and")
            || is_word(r, i, "or") || r->v[i].type == ET_YEAR || r->v[i].type == ET_FY
            || r->v[i].type == ET_SPAN)
            return true;
    return false;
}

/* Is the name out, read from tokens [a, b), a forecast's noun alone whose
 * place was cut after "for" ("the outlook for India": the place's growth)? */
static bool forecast_of_place(const en_reader *r, size_t a, size_t b, const char *out)
{
    for (size_t i = a; i + 1 < b; i++) {
        const lex_entry *e = kw_at(r, i);
        if (e && (e->code == K_TARGET || e->code == K_ESTIMATE) && (e->flags & LEXF_GOAL)
            && r->v[i].end - r->v[i].pos == strlen(out)
            && !memcmp(r->t + r->v[i].pos, out, strlen(out)) && is_word(r, i + 1, "for"))
            return true;
    }
    return false;
}

/* "Indonesia, Southeast Asia's largest economy, is expected to grow",
 * "Farm GDP, in chain volume measures, rose", "Developing Asia, a group of
 * 45 countries in the region, is still expected": a clause that opens with
 * its verb after a comma names its measure in the first of the segments
 * set off by commas before it, the others being remarks.  The walk goes
 * back over segments of words (a bare number inside a remark is no
 * figure's end) to the sentence's start or another break; the head is the
 * earliest segment that opens with no remark word and holds no verb, list
 * or year, with a remark after it.  A last segment that is a list's item
 * ("finance, insurance and business services, up 0.9 percent") is left to
 * the rules of lists.  "" when there is no such head. */
static void head_before_remarks(const en_reader *r, size_t k, size_t cs, char *out)
{
    size_t seg[5][2], m = 0, end = cs - 1, lo = 0;

    out[0] = '\0';
    for (size_t j = k; j-- > 0;)
        if (!r->f[j].bare) {
            lo = r->f[j].te;
            break;
        }
    while (m < 5) {
        size_t a = end;
        while (a > lo && !(r->v[a - 1].type == ET_SIGN && strchr(",;:|", r->v[a - 1].c)))
            a--;
        if (a == end)
            return;
        seg[m][0] = a, seg[m][1] = end, m++;
        if (a <= lo + 1 || !is_sign(r, a - 1, ','))
            break;
        end = a - 1;
    }
    if (m < 2 || (no_head(r, seg[0][0], seg[0][1]) && !word_in(r, seg[0][0], LEX_REMARK_OPEN)))
        return;
    for (size_t h = 1; h < m; h++) {
        size_t a = seg[h][0], b = seg[h][1];
        char name[SUBJ_MAX];
        bool last = false;
        /* (a time phrase ending a segment that names a measure dates the
           name, it is no run-on title: "the 12-month inflation at October
           2018, as reported by Statin, was 4.7 per cent") */
        for (size_t i = a + 1; i < b; i++) {
            size_t n = en_time_phrase(r, i, b);
            if (n && i + n == b && measure_in(r, a, i)) {
                b = i;
                break;
            }
        }
        /* (a reporting clause before the name: "the bureau reported on
           Thursday that the economy, as measured by GDP, grew"; the walk
           ends) */
        for (size_t i = a; i < b; i++)
            if (word_in(r, i, LEX_CLAUSE_WORD))
                a = i + 1, last = true;
        /* (a clause's verb or a year: the name is after it, and the walk
           ends: "March 2044 Borovia" after a title run on; an "and" in a
           segment after another is a list's last item, no name) */
        for (size_t i = b; i-- > a;) {
            bool and = is_word(r, i, "and") || is_word(r, i, "or");
            if (and && h + 1 < m)
                return;
            if (!and && no_head(r, i, i + 1)) {
                a = i + 1;
                last = true;
                break;
            }
        }
        if (a < b && !word_in(r, a, LEX_REMARK_OPEN)) {
            en_subject_text(r, a, b, name, sizeof name);
            if (name[0] && forecast_of_place(r, a, b, name))
                snprintf(name, sizeof name, "economic growth");
            if (name[0] && !en_generic_subject(r, name))
                copy_str(out, SUBJ_MAX, name);  /* (the earliest such wins) */
        }
        if (last)
            break;
    }
}

bool en_verb_named(const en_reader *r, size_t k, size_t cs, const char *subject)
{
    size_t lo = k > 0 ? r->f[k - 1].te : 0, n;

    if (!(cs > lo + 1 && is_sign(r, cs - 1, ',') && verb_opens(r, cs, fig_first_tok(r, &r->f[k]))))
        return false;
    /* (only a subject read from the verb itself: "has set a gross
       domestic product growth target" names its object, and that stands) */
    n = r->v[cs].end - r->v[cs].pos;
    return !strncasecmp(subject, r->t + r->v[cs].pos, n) && (subject[n] == ' ' || !subject[n]);
}

/* "The deficit with China resumed its upward trend, gaining 13.2%",
 * "continued to grow this quarter, increasing 1.0 percent": does a clause
 * open at token cs with a participle of change (a word, rising, falling)
 * right before its figure at ti, or before "by" and the figure?  It
 * restates the change of the clause before, whose subject is its own; not
 * "slowing from 1.5% growth", a base. */
static bool participle_of_change(const en_reader *r, size_t cs, size_t ti)
{
    const lex_entry *e = kw_at(r, cs);

    return e && (e->code == K_GROW || e->code == K_FALL) && e->n > 3
        && !memcmp(e->s + e->n - 3, "ing", 3) && e->n == r->v[cs].end - r->v[cs].pos
        && (ti == cs + 1 || (ti == cs + 2 && is_word(r, cs + 1, "by")));
}

/* The first token of the noun phrase that ends at token b, after lo: the
 * walk back stops at a sign, a verb or a preposition; rate: commas of a
 * list go on ("finance, insurance and business services"). */
static size_t antecedent_start(const en_reader *r, size_t lo, size_t b, bool rate)
{
    size_t a;

    for (a = b; a > lo; a--) {
        const etok *t = &r->v[a - 1];
        const lex_entry *w = kw_at(r, a - 1);
        if (t->type == ET_SIGN && t->c == ',' && rate && a >= 2 && r->v[a - 2].type == ET_WORD)
            continue;
        if (t->type != ET_WORD || (w && (en_ends_subject(w) || w->code == K_PRESENT))
            || is_word(r, a - 1, "in") || is_word(r, a - 1, "for") || is_word(r, a - 1, "to")
            || is_word(r, a - 1, "by") || is_word(r, a - 1, "with") || is_word(r, a - 1, "from")
            || is_word(r, a - 1, "on") || is_word(r, a - 1, "at") || is_word(r, a - 1, "than"))
            break;
    }
    return a;
}

/* "The index for eggs rose the most in May, up 2.3 percent", "transport
 * costs grew the least, up 0.3 percent": the words between the comma at
 * token c and the verb of change before it name nothing ("the most", a
 * time), and that verb has no figure of its own: the rate after the comma
 * is the verb's, and its subject the measure's (the words back to the
 * clause's start).  Into out, else "". */
static void changed_before(const en_reader *r, size_t lo, size_t c, char *out)
{
    size_t v = c, a0;
    const lex_entry *e = NULL;

    out[0] = '\0';
    while (v > lo + 1 && c - v < 8 && (r->v[v - 1].type == ET_WORD || r->v[v - 1].type == ET_YEAR)
           && !((e = kw_at(r, v - 1)) && en_ends_subject(e)))
        v--;
    if (v <= lo + 1 || !e || !en_ends_subject(e) || !(e->code == K_GROW || e->code == K_FALL)
        || (e->flags & LEXF_RATE))
        return;
    for (v--; v > lo && kw_at(r, v - 1) == e; v--)
        ;                       /* (the first token of "went up") */
    for (a0 = v; a0 > lo && (r->v[a0 - 1].type == ET_WORD || r->v[a0 - 1].type == ET_YEAR); a0--)
        ;
    if (a0 >= v)
        return;
    en_subject_text(r, a0, v, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
}

void en_subject_appositive(const en_reader *r, size_t k, size_t cs, char *out)
{
    size_t lo = k > 0 ? r->f[k - 1].te : 0, ti = fig_first_tok(r, &r->f[k]), a;
    const lex_entry *e = kw_at(r, cs);
    bool which = is_word(r, cs, "which"), rate;

    out[0] = '\0';
    rate = (e && (e->code == K_GROW || e->code == K_FALL) && !(e->flags & LEXF_RATE)
            && bare_rate_words(r, cs + 1, ti))
        || (is_word(r, cs, "with") && cs + 1 == ti);   /* "Hotels and Restaurants, with 5.4 percent" */
    {
        /* "…, showing a growth rate of 4.5 per cent", "…, posting growth
           rates of 4.72 and 4.78 per cent": a participle whose object is
           the change itself restates the clause before it */
        const lex_entry *lv;
        size_t n = r->v[cs].type == ET_WORD
                 ? en_lex_at(r->lx, LEX_LEAD_VERB, r->t, r->len, r->v[cs].pos, &lv) : 0;
        bool restates = n > 3 && !memcmp(r->t + r->v[cs].pos + n - 3, "ing", 3)
                        && change_object(r, tok_after(r, r->v[cs].pos + n), ti);
        bool moves = !restates && participle_of_change(r, cs, ti);
        if ((restates || moves) && cs > lo + 1 && is_sign(r, cs - 1, ',')) {
            /* the subject of the clause before: its words up to its verb */
            size_t b = cs - 1, a0 = b, v;
            while (a0 > lo && (r->v[a0 - 1].type == ET_WORD || r->v[a0 - 1].type == ET_YEAR))
                a0--;
            a0 = list_subject_start(r, a0, b);
            for (v = a0 + 1; v < b && !past_verb(r, v); v++)
                ;
            en_subject_list(r, a0, v, out, SUBJ_MAX);
            if (out[0] && !en_generic_subject(r, out) && a0 < v && v < b)
                return;
            out[0] = '\0';
            if (restates)
                return;
        }
    }
    if (cs > lo + 1 && is_sign(r, cs - 1, ',') && !which && verb_opens(r, cs, ti)) {
        head_before_remarks(r, k, cs, out);
        if (out[0])
            return;
    }
    if (cs <= lo + 1 || !is_sign(r, cs - 1, ',') || !(which || rate))
        return;
    {
        /* "The average of real GDP and real GDI, a supplemental measure
           of ..., increased 1.5 percent": the noun phrase before an
           appositive that opens with a or an */
        size_t c2 = cs - 1;
        while (c2 > lo && !(r->v[c2 - 1].type == ET_SIGN && strchr(",;:()", r->v[c2 - 1].c)))
            c2--;
        if (c2 > lo + 1 && is_sign(r, c2 - 1, ',') && (is_word(r, c2, "a") || is_word(r, c2, "an"))) {
            size_t b = c2 - 1, a2 = b;
            while (a2 > lo && !(r->v[a2 - 1].type == ET_SIGN && strchr(",;:()", r->v[a2 - 1].c)))
                a2--;
            if (a2 < b) {
                en_subject_text(r, a2, b, out, SUBJ_MAX);
                if (out[0] && !en_generic_subject(r, out))
                    return;
                out[0] = '\0';
            }
        }
    }
    a = antecedent_start(r, lo, cs - 1, rate);
    if (which && a > lo + 1 && is_sign(r, a - 1, ',') && word_in(r, a, LEX_ASIDE)) {
        /* "agriculture, excluding fisheries and forestry, which expanded":
           a remark set off by commas before "which" is no antecedent; the
           name is before it */
        size_t b = a - 1;
        a = antecedent_start(r, lo, b, false);
        if (a < b) {
            en_subject_text(r, a, b, out, SUBJ_MAX);
            if (out[0] && !en_generic_subject(r, out))
                return;
        }
        out[0] = '\0';
        return;
    }
    en_subject_text(r, a, cs - 1, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
    if (!out[0] && rate)
        changed_before(r, lo, cs - 1, out);
}

/* The object of a multiple written as a verb: "doubling the 2010 GDP and
 * per capita income by 2020", "to triple exports": the words after it up
 * to a preposition, a time phrase or the clause's end (years dropped);
 * "" when a preposition follows the verb ("doubled from 2010"). */
void en_multiple_object(const en_reader *r, size_t k, char *out)
{
    const fig *f = &r->f[k];
    size_t i = f->te, e = en_clause_end(r, k), stop;
    const lex_entry *m;

    out[0] = '\0';
    if (!f->times || r->v[f->ti].type != ET_WORD || f->ti + 1 != f->te
        || !en_lex_at(r->lx, LEX_MULTIPLE_WORD, r->t, r->len, r->v[f->ti].pos, &m)
        || i >= e || r->v[i].type != ET_WORD || kw_at(r, i) || en_time_phrase(r, i, e)
        || is_word(r, i, "in") || is_word(r, i, "by") || is_word(r, i, "over")
        || is_word(r, i, "to") || is_word(r, i, "and") || is_word(r, i, "on")
        || is_word(r, i, "at") || is_word(r, i, "as") || is_word(r, i, "again"))
        return;
    for (stop = i; stop < e; stop++)
        if (en_time_phrase(r, stop, e) || is_word(r, stop, "by") || is_word(r, stop, "from")
            || is_word(r, stop, "over") || is_word(r, stop, "in") || is_word(r, stop, "within")
            || is_word(r, stop, "between") || is_word(r, stop, "since")
            || is_word(r, stop, "again") || (kw_at(r, stop) && en_ends_subject(kw_at(r, stop))))
            break;
    en_subject_text(r, i, stop, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
}

/* A sentence that opens with a participle of change ("Growing at 2.5 to
 * 3.5 percent per year over the past three decades, the agriculture
 * sector has ...", "Rising 5.2 percent, exports reached ...") names its
 * measure after the comma that closes the opening: the words up to the
 * main clause's verb.  "" when figure k is not in such an opening. */
void en_subject_participle(const en_reader *r, size_t k, char *out)
{
    const lex_entry *e = kw_at(r, 0);
    size_t i, a, b;

    out[0] = '\0';
    if (!e || (e->code != K_GROW && e->code != K_FALL) || (e->flags & LEXF_RATE)
        || r->v[0].end - r->v[0].pos < 5 || memcmp(r->t + r->v[0].end - 3, "ing", 3) != 0)
        return;
    for (i = 1; i < r->f[k].ti; i++)
        if (r->v[i].type == ET_SIGN && strchr(",;:()", r->v[i].c))
            return;             /* the figure is past the opening */
    for (i = r->f[k].te; i < r->n && !is_sign(r, i, ','); i++)
        if (r->v[i].type == ET_SIGN && strchr(";:()", r->v[i].c))
            return;
    a = i + 1;
    for (b = a; b < r->n; b++) {
        const lex_entry *w = kw_at(r, b);
        if (r->v[b].type != ET_WORD || (w && en_ends_subject(w)) || is_word(r, b, "has")
            || is_word(r, b, "have") || is_word(r, b, "had") || is_word(r, b, "is")
            || is_word(r, b, "are") || is_word(r, b, "was") || is_word(r, b, "were")
            || is_word(r, b, "will") || is_word(r, b, "remains") || is_word(r, b, "remained"))
            break;
    }
    if (b < r->n && b > a && b - a <= 8 && r->v[b].type == ET_WORD)
        en_subject_text(r, a, b, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
}

/* ---- settling a chosen subject ---- */

/* Is s a measure of the whole economy that a sector may scope (gdp, the
 * gdp growth rate, growth, value added)? */
static bool whole_economy(const char *s)
{
    static const char *const names[] = {
        "gdp", "gdp growth rate", "gdp growth", "growth rate", "growth", "real gdp",
        "gva", "gross value added", "value added", "economic growth"
    };

    /* (str_is, inlined: ten calls of strcmp a figure were 1% of English) */
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (str_is(s, names[i]))
            return true;
    return false;
}

/* The sector that scopes figure k, written between the figure before it
 * and k: "in (the) W... sector(s)" of one to four plain words; its name
 * into out, or "". */
static void sector_scope(const en_reader *r, size_t k, char *out)
{
    size_t lo = k > 0 ? r->f[k - 1].te : 0, ft = fig_first_tok(r, &r->f[k]);

    out[0] = '\0';
    for (size_t i = lo; i + 2 < ft; i++) {
        size_t a = i + 1, j;
        if (!is_word(r, i, "in"))
            continue;
        if (is_word(r, a, "the"))
            a++;
        for (j = a; j < ft && j < a + 5 && r->v[j].type == ET_WORD && !kw_at(r, j)
                    && !is_word(r, j, "sector") && !is_word(r, j, "sectors"); j++)
            ;
        if (j > a && j < a + 5 && (is_word(r, j, "sector") || is_word(r, j, "sectors")))
            en_subject_text(r, a, j + 1, out, SUBJ_MAX);
    }
}

/* "the investment ratio to GDP", "the debt-to-GDP ratio", "the ratio of
 * revenue to GDP": the first term, a share of GDP; false when s is none. */
static bool gdp_ratio(char *s)
{
    static const char *const tails[] = { " ratio to gdp", "-to-gdp ratio", " to gdp ratio",
                                         " to gdp" };
    size_t n = strlen(s);

    for (size_t i = 0; i < sizeof tails / sizeof tails[0]; i++) {
        size_t m = strlen(tails[i]);
        if (n > m && !strcmp(s + n - m, tails[i]) && (i < 3 || !strncmp(s, "ratio of ", 9))) {
            s[n - m] = '\0';
            if (!strncmp(s, "ratio of ", 9))
                memmove(s, s + 9, strlen(s + 9) + 1);
            return s[0] != '\0';
        }
    }
    return false;
}

void en_subject_settle(const en_reader *r, size_t k, char *subject, bool *share)
{
    char sector[SUBJ_MAX];

    if (r->f[k].pct && gdp_ratio(subject))
        *share = true;
    if (whole_economy(subject)) {
        sector_scope(r, k, sector);
        if (sector[0])
            snprintf(subject, SUBJ_MAX, "%s", sector);
    }
}
