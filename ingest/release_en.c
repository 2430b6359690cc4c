/* release_en.c -- dates an English text that writes no year of its own by
 * the headline figures it states, as release.c dates a Chinese one: "the
 * unemployment rate fell to 5.9 percent in September" in a text about the
 * United States can only be September 2014.  The figures are those the
 * statistics offices first released (ingest/release-en.tsv, compiled in).
 *
 * parser.c asks ingest_release_en_country for the one country the head of
 * an undated English text speaks of (its release-country words: U.S., BLS,
 * Britain, ONS); only then does the grammar read the head once more, with
 * ingest_release_en_claim as its sink, and ingest_release_en_year weighs
 * what it noted against the table:
 *   - a figure of a headline measure (the whole name is a release-measure
 *     word, after country words: "U.S. unemployment rate"), in %, with its
 *     month or quarter and no year, is a fact
 *   - a fact a year of the table matches counts 1 for it; one only that
 *     year matches in a series the table holds for most years counts 2
 *   - when the months a text states span the turn of a year ("in January,
 *     after 0.3 percent in December"), those of its second half are the
 *     year before's
 * A year wins with 2 or more when no other year comes within 2 of it: one
 * figure matching one year of a full series, or two matching the same
 * year.  A wrong year is worse than none. */
#include "ingest_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "rules_en.h"
#include "text.h"

extern const char ingest_release_en_tsv[];
extern const char ingest_release_cn_tsv[];

#define WIN_SCORE 2        /* the least a year needs */
#define WIN_MARGIN 2       /* ... ahead of every other year */
#define DENSE_YEARS 15     /* a series with rows for this many years is full:
                              a figure only one of them matches is enough */
#define COUNTRY_LEAD 2     /* the head names its country this many times as
                              often as any other */
#define COUNTRIES 16

static bool alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A release-country word at t[i] as written (U.S., BLS; "us" is no country),
 * standing alone; its row in *e.  Its length, 0 none. */
static size_t country_at(const char *t, size_t n, size_t i, const lex_entry **e)
{
    size_t k;

    if (i > 0 && alnum(t[i - 1]))
        return 0;
    k = en_lex_at(&ingest_lexicon_en, LEX_RELEASE_COUNTRY, t, n, i, e);
    return k && (i + k >= n || !alnum(t[i + k])) ? k : 0;
}

const char *ingest_release_en_country(const char *head, size_t n, size_t *cn)
{
    const char *code[COUNTRIES];
    size_t len[COUNTRIES], count[COUNTRIES] = { 0 }, nc = 0, best = 0, second = 0;
    const lex_entry *e;

    for (size_t i = 0; i < n; i++) {
        size_t k = country_at(head, n, i, &e), c;
        if (!k)
            continue;
        for (c = 0; c < nc && (len[c] != e->vn || memcmp(code[c], e->value, e->vn)); c++)
            ;
        if (c == nc && nc < COUNTRIES) {
            code[nc] = e->value;
            len[nc++] = e->vn;
        }
        if (c < nc)
            count[c]++;
        i += k - 1;
    }
    for (size_t c = 1; c < nc; c++) {
        if (count[c] > count[best]) {
            second = count[best];
            best = c;
        } else if (count[c] > second) {
            second = count[c];
        }
    }
    if (!nc || count[best] < COUNTRY_LEAD * second || !count[best])
        return NULL;
    *cn = len[best];
    return code[best];
}

/* The start of the measure in the claim's name (lower case): after the
 * country words and "the" it opens with ("u.s. unemployment rate"). */
static size_t after_country(const char *name, size_t n)
{
    const lex_list *l = &ingest_lexicon_en.cls[LEX_RELEASE_COUNTRY];
    size_t i = 0;

    for (bool more = true; more && i < n;) {
        more = false;
        if (n - i > 4 && !memcmp(name + i, "the ", 4)) {
            i += 4;
            more = true;
            continue;
        }
        for (size_t r = 0; r < l->n && !more; r++) {
            const lex_entry *w = &l->v[r];
            /* (a name keeps no final point: "u.s unemployment rate") */
            size_t wn = w->s[w->n - 1] == '.' && name[i + w->n - 1] != '.' ? w->n - 1 : w->n;
            if (wn < n - i && !strncasecmp(name + i, w->s, wn) && name[i + wn] == ' ') {
                i += wn + 1;
                more = true;
            }
        }
    }
    return i;
}

/* The basis a claim's figure of measure key is on: "yoy" for an inflation
 * rate stated as a level (headline inflation 2.8%), "" when the claim does
 * not say (a rise of 0.2 percent may be on the month or the year; the
 * English grammar's growth_yoy is no proof). */
static const char *basis_of(const ingest_claim *c, const lex_entry *measure)
{
    bool price = !strcmp(measure->value, "cpi") || !strcmp(measure->value, "core");

    return c->kind == INGEST_LEVEL && price ? "yoy" : "";
}

int ingest_release_en_claim(const ingest_claim *c, void *scan)
{
    ingest_release_en_scan *s = scan;
    const lex_entry *measure;
    release_en_fact f;
    size_t n, i;

    if (c->year > s->written)
        s->written = c->year;
    if (!c->indicator || (c->year && c->time_source != INGEST_TIME_LATEST) || c->period_from || c->period_to || !c->month_from
        || c->qualifier != INGEST_EXACT || c->ranged || strcmp(c->norm_unit, "%")
        || (c->kind != INGEST_LEVEL && c->kind != INGEST_GROWTH_YOY
            && c->kind != INGEST_CHANGE_PCT))
        return 0;
    n = strlen(c->indicator);
    i = after_country(c->indicator, n);
    if (en_lex_at(&ingest_lexicon_en, LEX_RELEASE_MEASURE, c->indicator, n, i, &measure)
        != n - i)
        return 0;       /* the whole name, not food inflation */
    if (c->kind == INGEST_LEVEL && strcmp(measure->value, "unemp")
        && strcmp(measure->value, "cpi") && strcmp(measure->value, "core"))
        return 0;       /* a level of GDP is no rate */
    f = (release_en_fact){ measure->value, basis_of(c, measure), c->month_from, c->month_to,
                           c->value };
    for (size_t k = 0; k < s->n; k++)
        if (!strcmp(s->f[k].key, f.key) && !strcmp(s->f[k].basis, f.basis)
            && s->f[k].from == f.from && s->f[k].to == f.to && s->f[k].value == f.value)
            return 0;   /* the same figure said twice is one piece of evidence */
    if (!s->n || f.to < s->first_to)
        s->first_to = f.to;
    if (f.to > s->last_to)
        s->last_to = f.to;
    if (s->n < RELEASE_EN_FACTS)
        s->f[s->n++] = f;
    return 0;
}

/* ---- the table ---- */

typedef struct row {
    int year, from, to;
    const char *country, *ind, *value;
    size_t cn, in;
} row;

/* The next data row of the table from *cur; false at its end.  The rows of
 * release-en.tsv open with their country; those of China's table
 * (release-cn.tsv, cn true) have none, and only its rates are read. */
static bool next_row(const char **cur, row *r, bool cn)
{
    const char *f[7];
    size_t nf, c = cn ? 0 : 1;

    while ((nf = tsv_fields(cur, f, 7)) > 0) {
        if (nf < 6 + c || (cn && f[5][0] != '%'))
            continue;
        r->country = cn ? "CN" : f[0];
        r->cn = cn ? 2 : (size_t)(f[1] - f[0] - 1);
        r->year = small_int(f[c]);
        r->from = small_int(f[c + 1]);
        r->to = small_int(f[c + 2]);
        r->ind = f[c + 3];
        r->in = (size_t)(f[c + 4] - f[c + 3] - 1);
        r->value = f[c + 4];
        if (r->year >= RELEASE_FIRST_YEAR && r->year < RELEASE_FIRST_YEAR + RELEASE_YEARS)
            return true;
    }
    return false;
}

/* The name China's table gives measure key (the English grammar's
 * industrial output is its value added of industry). */
static const char *cn_key(const char *key)
{
    return !strcmp(key, "ip") ? "industry" : key;
}

/* Is row r of fact f's measure, basis and months?  A month matches the
 * quarter ending in it too (Australia's "over the year to September"), but
 * not in China's table, whose quarters from January are a year to date. */
static bool same_series(const release_en_fact *f, const row *r, bool cn)
{
    const char *key = cn ? cn_key(f->key) : f->key;
    size_t kn = strlen(key), bn = strlen(f->basis);

    if (r->in < kn || memcmp(r->ind, key, kn))
        return false;
    if (r->in > kn && (r->ind[kn] != '_' || (bn && (r->in != kn + 1 + bn
                                                      || memcmp(r->ind + kn + 1, f->basis, bn)))))
        return false;
    return r->to == f->to
           && (r->from == f->from || (!cn && f->from == f->to && r->from == r->to - 2));
}

/* 1 when fact f is of the year before the text's: the text's months span
 * the turn of a year (January and December), f in the second half. */
static int year_before(const ingest_release_en_scan *s, const release_en_fact *f)
{
    return s->last_to - s->first_to > 6 && f->to > 6;
}

int ingest_release_en_year(const ingest_release_en_scan *s, const char *country, size_t cn,
                           int *month)
{
    int score[RELEASE_YEARS + 1] = { 0 }, best = 0, second = 0;

    bool china = cn == 2 && !memcmp(country, "CN", 2);

    for (size_t i = 0; i < s->n; i++) {
        const release_en_fact *f = &s->f[i];
        const char *cur = china ? ingest_release_cn_tsv : ingest_release_en_tsv;
        int matched = 0, held = 0, year = 0, last = 0;
        row r;
        while (next_row(&cur, &r, china)) {
            if (r.cn != cn || memcmp(r.country, country, cn) || !same_series(f, &r, china))
                continue;
            held += r.year != last;
            last = r.year;
            if (fabs(strtod(r.value, NULL) - f->value) < 1e-6 && r.year != year) {
                matched++;
                year = r.year;
                score[r.year - RELEASE_FIRST_YEAR + year_before(s, f)]++;
            }
        }
        if (matched == 1 && held >= DENSE_YEARS)
            score[year - RELEASE_FIRST_YEAR + year_before(s, f)]++;
    }
    for (int y = 1; y <= RELEASE_YEARS; y++) {
        if (score[y] > score[best]) {
            second = score[best];
            best = y;
        } else if (score[y] > second) {
            second = score[y];
        }
    }
    if (score[best] < WIN_SCORE || score[best] - second < WIN_MARGIN)
        return 0;
    *month = 0;
    for (size_t i = 0; i < s->n; i++)
        if (!year_before(s, &s->f[i]) && s->f[i].to > *month)
            *month = s->f[i].to;
    return RELEASE_FIRST_YEAR + best;
}
