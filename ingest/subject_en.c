/* subject_en.c -- the subject of an English clause: the words before its
 * verb without time phrases and lead words, and the tests that say a word
 * run is no subject at all (a pronoun, a comparison, a reporting verb). */
#include "rules_en.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- subjects ---- */

/* At token i, "for/in/during (the) last/current/past (financial) year":
 * the tokens of that phrase; 0 when none. */
size_t en_year_words(const en_reader *r, size_t i)
{
    size_t j = i + 1;
    const lex_entry *e;

    if (!(is_word(r, i, "for") || is_word(r, i, "in") || is_word(r, i, "during")
          || is_word(r, i, "over")))
        return 0;
    if (is_word(r, j, "the"))
        j++;
    if ((e = kw_at(r, j)) && (e->code == K_THIS_YEAR || e->code == K_LAST_YEAR
                              || e->code == K_NEXT_YEAR)) {
        size_t end = r->v[j].pos + e->n;
        while (j < r->n && r->v[j].pos < end)
            j++;
        return j - i;
    }
    return 0;
}

/* At token i of [.., b), the opening of a comparison: a comparative and
 * "than" ("less than", "slower than"), or "below"/"above" and an article
 * ("below the national average").  A name that opens so names what the
 * figure is compared with, written after it: its tokens, else 0. */
static size_t comparison_len(const en_reader *r, size_t i, size_t b)
{
    size_t n;

    if (i + 2 >= b || r->v[i].type != ET_WORD)
        return 0;
    n = r->v[i].end - r->v[i].pos;
    if (is_word(r, i + 1, "than") && (is_word(r, i, "more") || is_word(r, i, "less")
                                      || (n > 3 && !memcmp(r->t + r->v[i].end - 2, "er", 2))))
        return 2;
    if ((is_word(r, i, "below") || is_word(r, i, "above")) && is_word(r, i + 1, "the"))
        return 1;
    return 0;
}

/* At token i, a year's keyword standing alone, with no preposition ("this
 * year", "last fiscal", "the previous year"): its tokens, else 0.  Before
 * a name it is the time of the clause before, run on to the next ("rose 17
 * per cent this fiscal and exports rose 4 per cent"). */
static size_t year_word_len(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    size_t j = i;

    if (!e || !(e->code == K_THIS_YEAR || e->code == K_LAST_YEAR || e->code == K_NEXT_YEAR))
        return 0;
    while (j < r->n && r->v[j].pos < r->v[i].pos + e->n)
        j++;
    if (r->v[j - 1].end != r->v[i].pos + e->n)
        return 0;
    if (is_sign(r, j, '\'') && is_word(r, j + 1, "s"))
        j += 2;                 /* "next year's" */
    return j - i;
}

/* At token i of [.., b), a basis phrase: "on" and up to seven words or
 * hyphens ending in "basis" ("on a seasonally adjusted basis", "on the
 * twelve months moving averages basis", "on point-to-point basis").  It
 * says how the figure is measured, never what: its tokens, else 0.  Not
 * one plain noun's ("Exports of goods on a Census basis", "on a cash
 * basis"): that names an accounting standard, a measure of its own. */
static size_t basis_phrase(const en_reader *r, size_t i, size_t b)
{
    if (!is_word(r, i, "on"))
        return 0;
    for (size_t j = i + 1; j < b && j < i + 9; j++) {
        if (is_word(r, j, "basis")) {
            size_t w = j - 1;
            if (j == i + 3 && (is_word(r, i + 1, "a") || is_word(r, i + 1, "an")) && !kw_at(r, w)
                && !word_in(r, w, LEX_NO_NAME))
                return 0;
            return j + 1 - i;
        }
        if (r->v[j].type != ET_WORD && !is_sign(r, j, '-'))
            return 0;
    }
    return 0;
}

/* Does the parenthesis opening at token i hold a number ("(US$3.65/day,
 * 2017 PPP)")?  Then it qualifies the name and is no part of it. */
static bool paren_has_number(const en_reader *r, size_t i, size_t b)
{
    for (size_t j = i + 1; j < b && !is_sign(r, j, ')'); j++)
        if (r->v[j].type == ET_NUM || r->v[j].type == ET_YEAR)
            return true;
    return false;
}

/* Is token i's word written with a capital first and a small second
 * letter in the original text (Bangladesh, Bank: a proper name)? */
static bool proper_at(const en_reader *r, size_t i)
{
    const char *w = r->s->text + r->v[i].pos;
    return r->v[i].type == ET_WORD && r->v[i].end - r->v[i].pos > 1
        && w[0] >= 'A' && w[0] <= 'Z' && w[1] >= 'a' && w[1] <= 'z';
}

/* Could token i, written with a capital, be part of a place's name?  Not
 * a measure or a word of change, nor a word of a capitalised measure's
 * title (Consumer Price Index: not-place in the lexicon), nor, as the
 * name's last word, a capitalised common noun (Exports, Other Services,
 * Mining, Construction, Employment: a clause's first word or a sector's
 * title): those end as plurals and abstract nouns do, places rarely (the
 * United States, the Philippines are lost). */
static bool place_word(const en_reader *r, size_t i, bool head)
{
    static const char *const ends[] = { "s", "ing", "ion", "ment", "ity", "ism", "ure" };
    const char *w = r->t + r->v[i].pos;
    size_t n = r->v[i].end - r->v[i].pos;

    if (!proper_at(r, i) || kw_at(r, i)
        || en_lex_at(r->lx, LEX_MEASURE_HEAD, r->t, r->len, r->v[i].pos, NULL)
        || ingest_lex_is(r->lx, LEX_NOT_PLACE, w, n))
        return false;
    for (size_t e = 0; head && e < sizeof ends / sizeof ends[0]; e++) {
        size_t m = strlen(ends[e]);
        if (n > m && !memcmp(w + n - m, ends[e], m))
            return false;
    }
    return true;
}

/* What a word of a place's name is: a capitalised place word, a group of
 * economies as the last word ("advanced economies", "the region"), a small
 * lead word ("developing Asia", "the euro area"), "and" inside; 0 none. */
enum { PW_NONE, PW_PLACE, PW_GROUP, PW_LEAD, PW_AND };

static int place_name_word(const en_reader *r, size_t j, size_t at, size_t words)
{
    bool last = at + 1 == words;

    if (place_word(r, j, last))
        return PW_PLACE;
    if (last)
        return word_in(r, j, LEX_ECONOMY_GROUP) ? PW_GROUP : PW_NONE;
    if (word_in(r, j, LEX_PLACE_LEAD) || (!at && is_word(r, j, "the")))
        return PW_LEAD;
    return at && is_word(r, j, "and") ? PW_AND : PW_NONE;
}

/* Do tokens [a, b) write a place's name ("India", "the United States",
 * "developing Asia")? */
bool en_place_words(const en_reader *r, size_t a, size_t b)
{
    bool named = false;

    for (size_t j = a; j < b; j++) {
        int k = place_name_word(r, j, j - a, b - a);
        if (!k || k == PW_AND)
            return false;
        named = named || k == PW_PLACE || k == PW_GROUP;
    }
    return named;
}

/* Does subject s, written in tokens [cs, ft), name a place or a group of
 * economies ("Indonesia", "developing Asia", "emerging and developing
 * countries")?  "and" joins the words of a group only: a sector's title
 * ("Agriculture, Fishery and Forestry") is no place. */
bool en_place_subject(const en_reader *r, size_t cs, size_t ft, const char *s)
{
    size_t words = 1, found = 0;
    int seen[PW_AND + 1] = { 0 };

    for (const char *c = s; *c; c++)
        words += *c == ' ';
    if (!s[0] || words > 6)
        return false;
    for (const char *w = s; *w;) {
        size_t n = strcspn(w, " ");
        int k = PW_NONE;
        for (size_t j = cs; j < ft && !k; j++)
            if (r->v[j].type == ET_WORD && r->v[j].end - r->v[j].pos == n
                && !memcmp(r->t + r->v[j].pos, w, n))
                k = place_name_word(r, j, found, words);
        if (!k)
            return false;
        seen[k]++;
        found++;
        w += n;
        w += *w == ' ';
    }
    return found == words && (seen[PW_PLACE] || seen[PW_GROUP]) && (!seen[PW_AND] || seen[PW_GROUP]);
}

static bool page_label(const en_reader *r, size_t a, size_t b);

bool en_place_label(const en_reader *r)
{
    size_t i = 0;

    while (i < r->n && i < 6 && (place_word(r, i, false) || is_word(r, i, "and")))
        i++;
    /* (not a stamp: "Posted: 14 November 2019", "Updated: 2015-01-28")
       the label's last word no participle, a word after the colon */
    return i > 0 && i + 1 < r->n && is_sign(r, i, ':') && place_word(r, i - 1, true)
        && !(r->v[i - 1].end - r->v[i - 1].pos > 3 && r->t[r->v[i - 1].end - 2] == 'e'
             && r->t[r->v[i - 1].end - 1] == 'd')
        && r->v[i + 1].type == ET_WORD && !page_label(r, 0, i);   /* "Update:", "Outlook:" */
}

/* Is token i a word that may stand in a label's name: a word that is no
 * keyword, month or clause word, or "&", "-" or a comma inside the name? */
static bool label_word(const en_reader *r, size_t i)
{
    if (r->v[i].type != ET_WORD)
        return is_sign(r, i, '&') || is_sign(r, i, '-') || is_sign(r, i, ',');
    return !kw_at(r, i) && !month_at(r, i) && !word_in(r, i, LEX_CLAUSE_WORD);
}

/* Do tokens [a, b) write a place's name with the articles and joins of
 * one ("Latin America and the Caribbean", "Europe and Central Asia")? */
static bool place_label_words(const en_reader *r, size_t a, size_t b)
{
    bool place = false;

    for (size_t j = a; j < b; j++) {
        if (place_word(r, j, j + 1 == b))
            place = true;
        else if (!is_word(r, j, "the") && !is_word(r, j, "and") && !is_word(r, j, "of"))
            return false;
    }
    return place;
}

/* Is the label [a, b) one of the page's own ("Highlights", "Key points",
 * "Sources", "Posted"), or does it open with a preposition ("In short",
 * "At a glance")?  Such a label names no measure. */
static bool page_label(const en_reader *r, size_t a, size_t b)
{
    const lex_entry *e;

    for (size_t j = a; j < b; j++) {
        size_t n = r->v[j].type == ET_WORD
                   ? en_lex_at(r->lx, LEX_PAGE_LABEL, r->t, r->len, r->v[j].pos, &e) : 0;
        if (n && (j == a || e->num != 2) && r->v[j].pos + n <= r->v[b - 1].end)
            return true;
    }
    return false;
}

void en_label_name(const en_reader *r, size_t cs, char *out)
{
    size_t a = 0, i;

    out[0] = '\0';
    while (a < r->n && r->v[a].type == ET_SIGN && r->v[a].c != ':')
        a++;                /* a bullet: "·", "•", "-" */
    for (i = a; i < r->n && i < a + 8 && label_word(r, i); i++)
        ;
    if (i == a || i + 1 != cs || !is_sign(r, i, ':') || r->v[i - 1].type != ET_WORD
        || place_label_words(r, a, i) || page_label(r, a, i))
        return;             /* (a stamp, "Posted:", is a page label) */
    en_subject_text(r, a, i, out, SUBJ_MAX);
    if (out[0] && (strlen(out) < 3 || en_generic_subject(r, out)))
        out[0] = '\0';     /* "Q:", "Note:", "Source:" */
}

/* Is token i a sign that opens an item of a flattened list: a bullet
 * ("•", "·", "*"), ';' or a colon before it? */
static bool item_break(const en_reader *r, size_t i)
{
    const etok *t = &r->v[i];

    if (t->type != ET_SIGN)
        return false;
    /* (a bullet of more than one byte: "•" U+2022, "·" U+00B7) */
    return t->c == ';' || t->c == ':' || t->c == '*' || t->end - t->pos > 1;
}

/* Is the word at i a basis ("Month-on-month", "Year-on-year") or an
 * average ("Average over the last 12 months"): a label that says the
 * kind of the sentence's measure, not an indicator? */
static bool basis_label(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);

    return e && (e->code == K_PREV_YEAR || e->code == K_QOQ || e->code == K_AVG);
}

void en_item_label(const en_reader *r, size_t k, char *out, int *basis)
{
    size_t ft = fig_first_tok(r, &r->f[k]), lo = k > 0 ? r->f[k - 1].te : 0, a, b, words = 0;

    out[0] = '\0';
    *basis = -1;
    /* (a figure that goes on in words names its own measure: "growth in
       three areas: 36.0% growth in chemicals production") */
    if (ft < 2 || !is_sign(r, ft - 1, ':') || (r->f[k].te < r->n && r->v[r->f[k].te].type != ET_SIGN))
        return;
    /* back from the colon over the label's words and one aside in
       parentheses ("Core inflation index (total index excluding ...)") */
    b = ft - 1;
    if (is_sign(r, b - 1, ')')) {
        while (b > lo && !is_sign(r, b - 1, '('))
            b--;
        if (b == lo)
            return;
        b--;
    }
    for (a = b; a > lo && a + 12 > b && r->v[a - 1].type == ET_WORD && !month_at(r, a - 1)
                && !(kw_at(r, a - 1) && en_ends_subject(kw_at(r, a - 1))
                     /* (a rate noun is the label's: "Profit growth of
                        large firms: 12.5 percent") */
                     && !(kw_at(r, a - 1)->flags & LEXF_RATE))
                && !word_in(r, a - 1, LEX_CLAUSE_WORD) && !word_in(r, a - 1, LEX_BE_FORM)
                /* ("The agricultural sector had the slowest growth: 9.4
                   percent": a sentence's verb, no label) */
                && !is_word(r, a - 1, "had") && !is_word(r, a - 1, "has")
                && !is_word(r, a - 1, "have");
         a--)
        words++;
    /* the label opens the sentence, or an item after a bullet or ';' */
    /* (or right after the item before: "Retail sales: 4.1 percent Exports:
       6.2 percent", lines joined) */
    if (!words || (a > 0 && !item_break(r, a - 1) && !(k > 0 && a == lo && r->f[k - 1].pct)))
        return;
    if (basis_label(r, a)) {
        *basis = kw_at(r, a)->code;
        return;
    }
    if (place_label_words(r, a, b) || page_label(r, a, b))
        return;
    en_subject_text(r, a, b, out, SUBJ_MAX);
    if (out[0] && (strlen(out) < 3 || en_generic_subject(r, out)))
        out[0] = '\0';
}

size_t en_owner_mark(const en_reader *r, size_t i, size_t b)
{
    size_t n = r->v[i].end - r->v[i].pos;

    if (i + 2 < b && i > 0 && is_sign(r, i, '\'') && is_word(r, i + 1, "s")
        && r->v[i].pos == r->v[i - 1].end
        && (proper_at(r, i - 1) || (i >= 2 && is_word(r, i - 2, "the"))))
        return 2;           /* "Ghana’s", "the country’s" */
    if (i + 1 < b && n > 2 && proper_at(r, i) && r->t[r->v[i].end - 1] == 's'
        && r->t[r->v[i].end - 2] == '\'' && r->v[i + 1].type == ET_WORD)
        return 1;
    return 0;
}

/* Does the name written so far hold a preposition ("expenditure on
 * people's livelihoods"): then a possessive is inside the name. */
static bool has_preposition(const char *out)
{
    static const char *const preps[] = { " of ", " on ", " for ", " in ", " to ", " from ", " by " };
    char w[SUBJ_MAX + 2];

    snprintf(w, sizeof w, " %s ", out);
    for (size_t i = 0; i < sizeof preps / sizeof preps[0]; i++)
        if (strstr(w, preps[i]))
            return true;
    return false;
}

/* Does the name so far, out (o bytes), end in a measure of a whole place
 * (gdp, gross domestic product, economy, growth rate, size): "the GDP
 * growth rate of Bangladesh", not "the Index of Economic Activity"? */
static bool whole_measure(const en_reader *r, const char *out, size_t o)
{
    const lex_list *l = &r->lx->cls[LEX_MEASURE_HEAD];

    if ((o >= 4 && !memcmp(out + o - 4, "rate", 4)) || (o >= 4 && !memcmp(out + o - 4, "size", 4)))
        return true;
    for (size_t k = 0; k < l->n; k++) {
        const lex_entry *w = &l->v[k];
        if (o >= w->n && same_bytes(out + o - w->n, w->s, w->n)
            && (o == w->n || out[o - w->n - 1] == ' '))
            return true;
    }
    return false;
}

/* Is token i the noun of a forecast or a goal (forecast, outlook,
 * projection, target: keywords with the goal flag)? */
static bool goal_noun_at(const en_reader *r, size_t i)
{
    const lex_entry *e = kw_at(r, i);
    return e && (e->code == K_TARGET || e->code == K_ESTIMATE) && (e->flags & LEXF_GOAL)
        && r->v[i].pos + e->n == r->v[i].end;
}

/* Does a place after "of" end at token j of [.., b): the subject's end, a
 * time phrase, a clause break, a tail word ("has") or a price basis ("at
 * constant prices")? */
static bool place_ends(const en_reader *r, size_t j, size_t b)
{
    const lex_entry *e;

    if (j < b && proper_at(r, j))
        j++;            /* South Africa, Costa Rica */
    return j >= b || en_time_phrase(r, j, b) || is_sign(r, j, ',')
        || en_lex_at(r->lx, LEX_TAIL_WORD, r->t, r->len, r->v[j].pos, &e)
        || en_lex_at(r->lx, LEX_SUBJECT_CUT, r->t, r->len, r->v[j].pos, &e);
}

/* Does out[0..i) end with a relative pronoun and a space ("households
 * that continue farming")?  The cut word is then the relative clause's
 * verb, inside the name, not the main verb after it. */
static bool after_relative(const char *out, size_t i)
{
    static const char *const rel[] = { "that ", "which ", "who " };

    for (size_t k = 0; k < 3; k++) {
        size_t n = strlen(rel[k]);
        if (i >= n && !strncmp(out + i - n, rel[k], n) && (i == n || out[i - n - 1] == ' '))
            return true;
    }
    return false;
}

/* At token i of [.., b), a lead word set off by commas (", however,",
 * ", meanwhile,"): its tokens with the closing comma, else 0. */
static size_t aside_adverb(const en_reader *r, size_t i, size_t b)
{
    const lex_entry *e;
    size_t n, j;

    if (i >= b || r->v[i].type != ET_WORD
        || !(n = en_lex_at(r->lx, LEX_LEAD_WORD, r->t, r->len, r->v[i].pos, &e)))
        return 0;
    for (j = i; j < b && r->v[j].pos < r->v[i].pos + n; j++)
        ;
    if (r->v[j - 1].end != r->v[i].pos + n)
        return 0;
    return j >= b ? j - i : is_sign(r, j, ',') ? j + 1 - i : 0;    /* (the range may end at its comma) */
}

/* The length of the last word of out (o bytes). */
static size_t last_word(const char *out, size_t o)
{
    size_t w = o;
    while (w > 0 && out[w - 1] != ' ')
        w--;
    return o - w;
}

/* A name that ends in a preposition waiting for its noun, after a
 * participle ("the incidence of poverty dropping from", "coming from"):
 * the preposition and the participle go, and words that name nothing
 * before them ("faster than" leaves nothing: no name).  The new length. */
static size_t drop_dangling(const en_reader *r, char *out, size_t o)
{
    static const char *const dangling[] = { "from", "than", "for", "with", "due" };
    size_t n = last_word(out, o), full;
    bool cut = false, dropped = false;

    for (size_t d = 0; d < sizeof dangling / sizeof dangling[0] && !cut; d++)
        cut = n == strlen(dangling[d]) && !memcmp(out + o - n, dangling[d], n);
    if (!cut || n == o)
        return o;
    full = o;
    o -= n + 1;
    while (o > 0) {
        n = last_word(out, o);
        if (!((n > 4 && !memcmp(out + o - 3, "ing", 3))
              || ingest_lex_is(r->lx, LEX_NO_NAME, out + o - n, n)
              || ingest_lex_is(r->lx, LEX_STOPWORD, out + o - n, n)))
            break;
        o = n == o ? 0 : o - n - 1;
        dropped = true;
    }
    if (!dropped)
        return full;        /* "compared with": a lead phrase, left whole */
    out[o] = '\0';
    return o;
}

/* Is token i a past participle: a word in -ed (not "-eed", "need"), or one
 * of the lexicon's that is not written so (driven, led)? */
static bool participle_at(const en_reader *r, size_t i)
{
    return ed_word(r, i) || word_in(r, i, LEX_PARTICIPLE);
}

/* At token i of [.., b), a participle that opens the cause of a change:
 * the participle, adverbs or a particle ("mainly", "largely", "down") and
 * "by" ("caused by a fall in", "driven mainly by a rise of", "weighed down
 * largely by").  What is named after "by" is the cause, and the words up
 * to it no measure: its tokens, else 0. */
static size_t participle_by(const en_reader *r, size_t i, size_t b)
{
    size_t j;

    if (i >= b || !participle_at(r, i))
        return 0;
    for (j = i + 1; j < b && j < i + 4; j++) {
        size_t n = r->v[j].end - r->v[j].pos;
        if (is_word(r, j, "by"))
            return j + 1 - i;
        if (!(r->v[j].type == ET_WORD
              && ((n > 4 && r->t[r->v[j].end - 2] == 'l' && r->t[r->v[j].end - 1] == 'y')
                  || is_word(r, j, "down") || is_word(r, j, "up") || is_word(r, j, "back"))))
            return 0;
    }
    return 0;
}

/* The length of word token i without a footnote's digit glued to its end
 * ("output1", "exports2"): a digit after four or more small letters, as
 * written, is a mark, not part of the word (not "G20", "M2", "covid19"). */
static size_t without_footnote(const en_reader *r, size_t i)
{
    const char *w = r->s->text + r->v[i].pos;
    size_t n = r->v[i].end - r->v[i].pos;

    if (r->v[i].type != ET_WORD || n < 5 || w[n - 1] < '1' || w[n - 1] > '9')
        return n;
    for (size_t k = 0; k + 1 < n; k++)
        if (w[k] < 'a' || w[k] > 'z')
            return n;
    return n - 1;
}

/* Do tokens from j on end the subject [.., b) there, or at a comma? */
static bool ends_at(const en_reader *r, size_t j, size_t b)
{
    return j >= b || is_sign(r, j, ',');
}

/* en_subject_text(); list: the words are the items of a list of names
 * (en_subject_list), whose commas stay and which is no run-on title. */
static void subject_text(const en_reader *r, size_t a, size_t b, char *out, size_t cap, bool list)
{
    size_t o = 0, n, sp;
    bool from = false;      /* the name starts after a subject-from phrase */

    out[0] = '\0';
    for (size_t i = a; i < b && o + 2 < cap;) {
        const etok *k = &r->v[i];
        if ((n = en_time_phrase(r, i, b)) != 0 || (n = en_year_words(r, i)) != 0
            || (n = en_horizon_len(r, i)) != 0 || (n = basis_phrase(r, i, b)) != 0) {
            i += n;
            continue;
        }
        if (o == 0 && (n = comparison_len(r, i, b)) != 0) {
            i += n;             /* "less than the average 1.1% increase" */
            continue;
        }
        if ((n = year_word_len(r, i)) != 0 && (o == 0 || ends_at(r, i + n, b))) {
            /* "(fell 5 per cent) this fiscal and exports rose"; at the
               name's end, its time ("the GDP for the first quarter this
               year, when compared") */
            i += n;
            continue;
        }
        if (o == 0 && (n = participle_by(r, i, b)) != 0) {
            i += n;             /* "caused by a fall in", "driven mainly by" */
            continue;
        }
        if (k->type == ET_NUM && month_at(r, i + 1)) {
            i++;                /* the day of a date: 28 February */
            continue;
        }
        if (en_n_year_word(r, i)) {
            i++;                /* five-year: a span, not the measure */
            continue;
        }
        if (o == 0 && k->type == ET_SIGN) {
            i++;
            continue;
        }
        /* "of Lanxi" at the end: the place, not the measure; so is "for
           Central Asia" after a forecast's or a goal's noun ("the 2019
           growth outlook for Central Asia") */
        if (o > 0 && i + 1 < b && proper_at(r, i + 1) && place_ends(r, i + 2, b)
            && ((is_word(r, i, "of") && whole_measure(r, out, o))
                || (is_word(r, i, "for") && goal_noun_at(r, i - 1))))
            break;
        if (o > 0 && !list && (n = en_owner_mark(r, i, b)) != 0 && !has_preposition(out)) {
            /* "the Bank’s Composite Index", "Gansu's GDP": the owner is
               the place or agency, not the measure */
            o = 0;
            out[0] = '\0';
            i += n == 2 ? 2 : 1;
            continue;
        }
        if (o == 0 && !list && en_owner_mark(r, i, b) == 1) {
            i++;                /* (the owner is the subject's first word) */
            continue;
        }
        {
            int pf, pt2;
            size_t pn = en_part_at(r, i, &pf, &pt2);
            if (pn && !(i + pn < b && is_word(r, i + pn, "of") && !month_at(r, i))) {
                i += pn;        /* the October production, nine-month production */
                continue;
            }
        }
        if (k->type == ET_SIGN && k->c == ',' && i + 1 < b && r->v[i + 1].type == ET_WORD
            && en_lex_at(r->lx, LEX_ASIDE, r->t, r->len, r->v[i + 1].pos, NULL)) {
            /* ", comprising roads, railway and buildings,": a remark
               inserted after the name, which ends the name */
            break;
        }
        if (k->type == ET_SIGN && k->c == ',' && (n = aside_adverb(r, i + 1, b)) != 0) {
            i += 1 + n;         /* "The economy, however, grew": no part of the name */
            continue;
        }
        if (list && o > 0 && k->type == ET_SIGN && k->c == ',' && out[o - 1] != ',') {
            if (o + 2 >= cap)
                break;
            out[o++] = ',';
            out[o] = '\0';
            i++;
            continue;
        }
        if (k->type == ET_YEAR || k->type == ET_FY || (k->type == ET_SIGN && k->c != '&'
                                                        && k->c != '\'' && k->c != '('
                                                        && k->c != ')' && k->c != '-')) {
            i++;
            continue;
        }
        if (k->type == ET_SIGN && k->c == '(' && i + 1 < b
            && (is_word(r, i + 1, "excluding") || is_word(r, i + 1, "including")
                || is_word(r, i + 1, "except") || paren_has_number(r, i, b))) {
            /* "(excluding rural households)": a scope note, not the name */
            while (i < b && !is_sign(r, i, ')'))
                i++;
            i++;
            continue;
        }
        if (k->type == ET_SIGN && k->c == '(' && i + 2 < b && r->v[i + 1].type == ET_WORD
            && is_sign(r, i + 2, ')') && r->s->text[r->v[i + 1].pos] >= 'A'
            && r->s->text[r->v[i + 1].pos] <= 'Z' && r->s->text[r->v[i + 1].end - 1] >= 'A'
            && r->s->text[r->v[i + 1].end - 1] <= 'Z') {
            i += 3;             /* (GDP): the name is written before it */
            continue;
        }
        /* the space only with a word that fits after it: out[o] stays the
           NUL (a space written before a word too long to fit left out[o]
           unset, and "the " then lost its lead word to garbage) */
        sp = o > 0 && !(k->type == ET_SIGN && (k->c == ')' || k->c == '-'))
             && out[o - 1] != '(' && out[o - 1] != '-';
        n = without_footnote(r, i);
        if (o + sp + n + 1 >= cap)
            break;
        if (sp)
            out[o++] = ' ';
        memcpy(out + o, r->t + k->pos, n);
        o += n;
        out[o] = '\0';
        i++;
    }
    /* a phrase that ends the measure's name (converted to, of the county),
     * and one after which it starts (the first quarterly estimate of) */
    for (size_t i = 0; i < o; i++) {
        const lex_entry *e;
        size_t m;
        if (i > 0 && out[i - 1] != ' ')
            continue;
        /* "show that" starts a name where "show" alone would end one; the
           phrase ends at a space (a word ends at any byte not a letter, and
           skipping one more byte after "alleviated" followed by an
           ideograph started the name inside that character) */
        if ((m = en_lex_at(r->lx, LEX_SUBJECT_FROM, out, o, i, &e)) != 0 && i + m + 1 < o
            && out[i + m] == ' ') {
            memmove(out, out + i + m + 1, o - i - m);
            o -= i + m + 1;
            i = (size_t)-1;
            from = true;
            continue;
        }
        /* (a verb right after such a phrase has the clause's subject
           before it: "eased from 6.4% but remained higher than 4.4%"
           names nothing of its own) */
        if ((i > 0 || from) && en_lex_at(r->lx, LEX_SUBJECT_CUT, out, o, i, &e)
            && !after_relative(out, i)) {
            o = i > 0 ? i - 1 : 0;
            out[o] = '\0';
            break;
        }
    }
    /* lead and tail words */
    for (bool again = true; again;) {
        const lex_entry *e;
        size_t m;
        again = false;
        if ((m = en_lex_at(r->lx, LEX_LEAD_WORD, out, o, 0, &e)) != 0 && m < o && out[m] == ' ') {
            memmove(out, out + m + 1, o - m);
            o -= m + 1;
            again = true;
        }
        /* (the list's end filter rules out most names before a row is
           read, and the index by last byte all rows but those ending in
           the name's last byte, in file order: the first that ends the
           name is the one the whole list would give) */
        const lex_list *tails = &r->lx->cls[LEX_TAIL_WORD];
        const en_back_index *x = &r->d->back[2];
        if (o == 0 || !(tails->end_filter >> ((unsigned char)out[o - 1] & 63u) & 1))
            continue;
        for (long k = x->whole ? x->head[(unsigned char)out[o - 1] & 63u] : 0;
             k >= 0 && (size_t)k < tails->n; k = x->whole ? x->next[k] : k + 1) {
            const lex_entry *w = &tails->v[k];
            if (w->n > 0 && o > w->n && out[o - 1] == w->s[w->n - 1] && out[o - w->n - 1] == ' '
                && same_bytes(out + o - w->n, w->s, w->n)) {
                o -= w->n + 1;
                out[o] = '\0';
                again = true;
                break;
            }
        }
    }
    while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '('))
        out[--o] = '\0';
    if (!list)
        o = drop_dangling(r, out, o);
    {
        /* a run-on head (a title glued to the sentence): an English noun
         * phrase ends in its head, so the last four words are kept */
        size_t words = 0, cut = 0;
        for (size_t i = o; i-- > 0;)
            if (out[i] == ' ' && ++words == 4)
                cut = i + 1;
        if (words >= 10 && cut && !list) {
            memmove(out, out + cut, o - cut + 1);
            o -= cut;
        }
    }
    while (o > 0 && out[o - 1] == ',')
        out[--o] = '\0';
}

void en_subject_text(const en_reader *r, size_t a, size_t b, char *out, size_t cap)
{
    size_t n;

    subject_text(r, a, b, out, cap, false);
    n = strlen(out);
    if (n > 8 && !strcmp(out + n - 8, " between"))
        out[n - 8] = '\0';     /* "kept the inflation rate between 5.5 percent to 6 percent" */
}

void en_subject_list(const en_reader *r, size_t a, size_t b, char *out, size_t cap)
{
    subject_text(r, a, b, out, cap, true);
}

/* Does s name no measure: every word a no-name word, a stop or lead word,
 * an ordinal, a number or a month ("fourth consecutive month", "real
 * terms", "albeit slower", "to remain robust"); or words that end in a
 * comparison or a preposition waiting for its noun ("faster than",
 * "revised from", "lowered its forecasts for")? */
static bool no_name(const en_reader *r, const char *s)
{
    static const char *const dangling[] = { " than", " from", " for", " with", " due" };
    size_t n = strlen(s), i = 0;
    bool all = true, clause = false, ing = false, other = false, rate = false;

    for (size_t d = 0; d < sizeof dangling / sizeof dangling[0]; d++) {
        size_t m = strlen(dangling[d]);
        if (n > m && !strcmp(s + n - m, dangling[d]))
            return true;
    }
    while (i < n && all) {
        size_t w = i, m;
        const lex_entry *e;
        bool listed, cw, iw;
        while (w < n && s[w] != ' ')
            w++;
        m = en_kw_at(&r->d->kx, r->lx, s, n, i, &e);
        if (rate && m && i + m == w && e->code == K_ESTIMATE && s[w - 1] != 'd')
            return false;   /* "growth forecast", "growth outlook": a forecast's name */
        rate = m && i + m == w && e->code == K_GROW && (e->flags & LEXF_RATE);
        listed = (m && i + m == w && (e->code == K_GROW || e->code == K_FALL))
              || ingest_lex_is(r->lx, LEX_NO_NAME, s + i, w - i)
              || ingest_lex_is(r->lx, LEX_STOPWORD, s + i, w - i)
              || ingest_lex_is(r->lx, LEX_LEAD_WORD, s + i, w - i)
              || ingest_lex_is(r->lx, LEX_ORDINAL_WORD, s + i, w - i)
              || ingest_lex_is(r->lx, LEX_NUMBER_WORD, s + i, w - i)
              || ingest_lex_is(r->lx, LEX_MONTH, s + i, w - i);
        cw = ingest_lex_is(r->lx, LEX_CLAUSE_WORD, s + i, w - i);
        iw = !listed && !cw && w - i > 4 && !memcmp(s + w - 3, "ing", 3);
        all = listed || cw || iw;
        clause = clause || cw;
        ing = ing || iw;
        other = other || !cw;
        i = w + 1;
    }
    /* "after climbing", "after a downwardly revised"; not "manufacturing",
       nor clause words alone ("we expect": head_en.c looks past them) */
    return all && (!ing || clause) && other;
}

static bool generic_subject(const en_reader *r, const char *s);

/* The answer is the words' alone: a sentence asks it of the same subject
 * again and again (per figure, per head tried), and no_name reads a dozen
 * lexicon lists for each word, so the sentence's last few are kept. */
bool en_generic_subject(const en_reader *r, const char *s)
{
    en_doc *d = r->d;
    size_t n = strlen(s);
    unsigned k;

    if (n >= SUBJ_MAX)
        return generic_subject(r, s);
    for (k = 0; k < sizeof d->generic / sizeof d->generic[0]; k++)
        if (d->generic[k].sentence == d->sentences + 1 && same_bytes(d->generic[k].s, s, n + 1))
            return d->generic[k].generic;
    k = d->generic_next++ % (sizeof d->generic / sizeof d->generic[0]);
    d->generic[k].generic = generic_subject(r, s);
    d->generic[k].sentence = d->sentences + 1;
    memcpy(d->generic[k].s, s, n + 1);
    return d->generic[k].generic;
}

/* Is s a price basis alone, with its preposition or without ("at current
 * prices", "in real terms", "nominal prices", "at market prices")?  It says
 * how the figure is measured: between two figures of one measure ("stood
 * at 1,312.6 million at current prices and 1,072.2 million at constant
 * prices") it is no name, and the measure is the one before. */
static bool basis_only(const en_reader *r, const char *s)
{
    size_t n = strlen(s), i = 0, m;
    const lex_entry *e;

    if (str_starts(s, "at ") || str_starts(s, "in "))
        i = 3;
    if (i >= n)
        return false;
    m = en_kw_at(&r->d->kx, r->lx, s, n, i, &e);
    if (m && i + m == n && (e->code == K_REAL || e->code == K_NOMINAL))
        return true;            /* current prices, constant prices */
    if (m && s[i + m] == ' ' && (e->code == K_REAL_HERE || e->code == K_NOMINAL_HERE))
        i += m + 1;             /* real terms, nominal prices */
    else if (str_starts(s + i, "market "))
        i += 7;
    else
        return false;
    return !strcmp(s + i, "prices") || !strcmp(s + i, "terms");
}

static bool generic_subject(const en_reader *r, const char *s)
{
    if (!s[0] || ingest_lex_is(r->lx, LEX_LEAD_WORD, s, strlen(s))
        || ingest_lex_is(r->lx, LEX_STOPWORD, s, strlen(s))
        || ingest_lex_is(r->lx, LEX_GENERIC_SUBJECT, s, strlen(s)))
        return true;
    {
        /* only rate words: "annual average growth", "average growth rate"
         * (the keywords through the document's index: the same first
         * match as en_lex_at, without walking the whole list) */
        const lex_entry *e;
        size_t n = strlen(s);
        if (en_kw_at(&r->d->kx, r->lx, s, n, 0, &e) == n
            && (e->code == K_GROW || e->code == K_FALL || e->code == K_AVG
                || e->code == K_REAL || e->code == K_NOMINAL || e->code == K_PREV_YEAR
                || e->code == K_LAST_YEAR || e->code == K_QOQ))
            return true;        /* a rate word, a price basis, a base period */
        if (str_starts(s, "annual ") && en_kw_at(&r->d->kx, r->lx, s + 7, n - 7, 0, &e) == n - 7)
            return true;
    }
    {
        /* only adjectives of a rate: "average annual real", "annual nominal" */
        size_t n = strlen(s), i = 0;
        bool all = n > 0;
        while (i < n && all) {
            const lex_entry *e;
            size_t m = en_kw_at(&r->d->kx, r->lx, s, n, i, &e), w = i;
            while (w < n && s[w] != ' ')
                w++;
            all = (m && i + m >= w && (e->code == K_AVG || e->code == K_REAL_HERE
                                       || e->code == K_NOMINAL_HERE || e->code == K_GROW))
               || ingest_lex_is(r->lx, LEX_STOPWORD, s + i, w - i)
               || ingest_lex_is(r->lx, LEX_LEAD_WORD, s + i, w - i);
            i = w + 1;
        }
        if (all)
            return true;
    }
    {
        /* "the average", "the national average", "the five-year average":
           the measure named before, at another place or time */
        size_t n = strlen(s);
        if (n >= 7 && !strcmp(s + n - 7, "average") && (n == 7 || s[n - 8] == ' '))
            return true;
    }
    return str_starts(s, "forecast") || str_starts(s, "this figure") || basis_only(r, s)
        || no_name(r, s);
}

/* Is the keyword a verb that ends the subject (not a noun or adjective)? */
bool en_ends_subject(const lex_entry *e)
{
    if (e->flags & LEXF_RATE)
        return false;
    switch ((lex_role)e->code) {
    case K_ESTIMATE:            /* estimated, expected; not the noun estimate */
        return e->n > 2 && e->s[e->n - 1] == 'd' && e->s[e->n - 2] == 'e';
    case K_GROW: case K_FALL: case K_TO: case K_PRESENT: case K_SHARE:
    case K_TARGET: case K_DOUBLE:
        return true;
    case K_AVG:                 /* averaged, averaging, to average: verbs;
                                   not "the average annual inflation rate" */
        return (e->n == 8 && !strncmp(e->s, "averaged", 8))
            || (e->n == 9 && !strncmp(e->s, "averaging", 9)) || !strncmp(e->s, "to ", 3);
    default:
        return false;
    }
}

