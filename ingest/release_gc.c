/* release_gc.c -- dates a Taiwan, Hong Kong or Macao text that writes no year
 * of its own by the headline figures it states, as release.c dates a
 * mainland one: "主計總處今(30)日指出，今年首季經濟成長率概估8.16%" can only
 * be the first quarter of 2021.  The figures are those DGBAS, C&SD and DSEC
 * first released (ingest/release-gc.tsv, compiled in), with the words that
 * name each place and each place's measures.
 *
 * parser.c reads the head of a text no rule dates with
 * ingest_release_gc_claim as its sink, which notes release.c's evidence and
 * this file's alike, then asks ingest_release_gc_year first:
 *   - the place is the one whose words (主計總處, 香港, 統計暨普查局) the
 *     head's sentences with figures name most often, ahead of the others;
 *     a head naming none, or two alike, is none of theirs
 *   - a figure with no year of its own, whose name holds one of the
 *     place's measure words (經濟成長率, 零售業總銷貨價值), in % or (a level)
 *     in the table's unit, with its months, is a fact; one after 去年 or
 *     客歲 in its sentence is a year earlier's, and no evidence
 *   - a fact counts for each year of the table it matches: a level, or a
 *     rate printed to two decimals (DGBAS's 8.16), 2, as their digits
 *     seldom repeat; a rate of one decimal (C&SD's 5.6) 1; a match with an
 *     office's forecast (gdp_forecast) 1 whatever its digits, as forecasts
 *     crowd in a narrow range and a year's forecast is quoted the year
 *     before
 * A year wins with 2 or more when no other year comes within 2 of it:
 * release.c's margin.  Unlike release.c's table this one is sparse, so a
 * text nothing else dates gets no easier rule: one forecast matching one
 * year dated a 2023 text to 2017.  A wrong year is worse than none, so a
 * text of no place, or none of whose facts meets the table, goes on to
 * release.c. */
#include "ingest_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

extern const char ingest_release_gc_tsv[];

#define WIN_SCORE 2       /* the least a year needs */
#define WIN_MARGIN 2      /* ... ahead of every other year */
#define FINE_WEIGHT 2     /* a level's or a two-decimal rate's digits seldom repeat */
#define FINE_RESOLUTION 0.05  /* below it: a rate printed to two decimals or more */
#define LEVEL_ULP 1e-9    /* levels in base units agree to this share */

/* cn, the mainland, holds no figures: it is there to outweigh a mention of
 * the others in a mainland text (对台湾地区出口, 港澳台投资). */
static const char *const place_codes[RELEASE_GC_PLACES] = { "tw", "hk", "mo", "cn" };

/* The place code's index at t (TAB-ended), -1 none. */
static int place_index(const char *t)
{
    for (int i = 0; i < RELEASE_GC_PLACES; i++)
        if (!memcmp(t, place_codes[i], 2) && t[2] == '\t')
            return i;
    return -1;
}

/* Where w[0..wn) first occurs in t[0..n) at or after from; n none. */
static size_t find(const char *t, size_t n, size_t from, const char *w, size_t wn)
{
    for (size_t i = from; wn && i + wn <= n; i++)
        if (t[i] == w[0] && !memcmp(t + i, w, wn))
            return i;
    return n;
}

/* The length of field f (TAB- or line-ended). */
static size_t field_len(const char *f)
{
    size_t k = 0;

    while (f[k] && f[k] != '\t' && f[k] != '\n')
        k++;
    return k;
}

/* Counts the places the folded sentence t[0..n) names, once each. */
static void note_places(release_gc_scan *g, const char *t, size_t n)
{
    const char *cur = ingest_release_gc_tsv, *f[3];
    bool named[RELEASE_GC_PLACES] = { false };
    size_t nf;
    int p;

    while ((nf = tsv_fields(&cur, f, 3)) > 0)
        if (nf == 3 && at(f[0], 6, "place\t") && (p = place_index(f[1])) >= 0 && !named[p]
            && find(t, n, 0, f[2], field_len(f[2])) < n)
            named[p] = true;
    for (p = 0; p < RELEASE_GC_PLACES; p++)
        g->place[p] += named[p];
}

/* The first measure row whose word the folded name holds: its key into
 * *key, *kn; false none.  Rows are read in order: the longer words first. */
static bool measure_of(const char *name, size_t nn, const char **key, size_t *kn)
{
    const char *cur = ingest_release_gc_tsv, *f[4];
    size_t nf;

    while ((nf = tsv_fields(&cur, f, 4)) > 0)
        if (nf == 4 && at(f[0], 8, "measure\t") && find(name, nn, 0, f[2], field_len(f[2])) < nn) {
            *key = f[3];
            *kn = field_len(f[3]);
            return true;
        }
    return false;
}

/* Does the folded sentence t say 去年, 客岁 or 明年 (another year, not a
 * base: 去年同期) before `end`?  Such a figure is of a year before or
 * after the text's, and the table would date the text by it. */
static bool other_year_before(const char *t, size_t end)
{
    static const char *const words[] = { "去年", "客岁", "上年", "明年", "来年" };

    for (size_t w = 0; w < sizeof words / sizeof *words; w++) {
        size_t wn = strlen(words[w]);
        for (size_t i = find(t, end, 0, words[w], wn); i < end; i = find(t, end, i + 1, words[w], wn))
            if (!at(t + i + wn, end - i - wn, "同"))
                return true;
    }
    return false;
}

/* Notes a fact, once: the same figure said twice is one piece of evidence. */
static void add_fact(release_gc_scan *g, const release_gc_fact *f)
{
    for (size_t i = 0; i < g->n; i++) {
        const release_gc_fact *h = &g->f[i];
        if (h->kn == f->kn && !memcmp(h->key, f->key, f->kn) && h->from == f->from
            && h->to == f->to && h->level == f->level && h->value == f->value
            && !strcmp(h->norm_unit, f->norm_unit))
            return;
    }
    if (g->n < RELEASE_GC_FACTS)
        g->f[g->n++] = *f;
}

/* The end of the figure c's digits in the folded sentence, searched from the
 * end of the last one found: the value at its resolution (下降0.4%: 0.4); 0
 * when it is not found. */
static size_t figure_end(release_gc_scan *g, const ingest_claim *c)
{
    char v[32];
    int dp = c->resolution > 0 && c->resolution < 1 ? (int)lround(-log10(c->resolution)) : 0;
    size_t vn = (size_t)snprintf(v, sizeof v, "%.*f", dp, fabs(c->value));

    for (size_t i = g->cursor; vn < sizeof v && i + vn <= g->len; i++)
        if (!memcmp(g->sentence + i, v, vn) && (i == 0 || !is_digit(g->sentence[i - 1]))
            && (i + vn == g->len || !is_digit(g->sentence[i + vn]))) {
            g->cursor = i + vn;
            return g->cursor;
        }
    return 0;
}

static void note_claim(release_gc_scan *g, const ingest_maps *m, const ingest_claim *c)
{
    release_gc_fact f = { 0 };
    char name[RELEASE_NAME];
    size_t nn, end;
    bool rate = !strcmp(c->unit, "%")
                && (c->kind == INGEST_GROWTH_YOY || c->kind == INGEST_LEVEL);

    if (strcmp(c->source.sentence, g->raw)) {   /* a new sentence */
        copy_str(g->raw, sizeof g->raw, c->source.sentence);
        g->len = ingest_release_fold_copy(m, c->source.sentence, g->sentence, sizeof g->sentence);
        g->cursor = 0;
        note_places(g, g->sentence, g->len);
    }
    end = figure_end(g, c);
    if (c->year || c->period_from || c->period_to || c->qualifier != INGEST_EXACT || c->ranged
        || (!rate && (c->kind != INGEST_LEVEL || !strcmp(c->norm_unit, "百分点"))) || !end || other_year_before(g->sentence, end))
        return;
    nn = ingest_release_fold_copy(m, c->indicator, name, sizeof name);
    if (!measure_of(name, nn, &f.key, &f.kn))
        return;
    f.from = c->month_from;
    f.to = c->month_to;
    f.level = !rate;
    f.value = rate ? c->value : c->norm_value;
    f.fine = rate && c->resolution > 0 && c->resolution < FINE_RESOLUTION;
    if (f.level)
        copy_str(f.norm_unit, sizeof f.norm_unit, c->norm_unit);
    add_fact(g, &f);
}

int ingest_release_gc_claim(const ingest_claim *c, void *scan)
{
    ingest_release_scan *s = scan;

    (void)ingest_release_claim(c, scan);
    /* the sink contract promises both; a claim without them is no evidence */
    if (c->source.sentence && c->indicator)
        note_claim(&s->gc, s->m, c);
    return 0;
}

/* ---- the table ---- */

typedef struct row {
    int year, from, to;
    const char *key, *value;
    size_t kn;
    bool level;
    double scale;             /* of a level: base units in the unit (亿元: 1e8) */
    const char *base;         /* of a level: the base unit (元, 人次) */
    size_t bn;
} row;

/* The unit field u of a row: a level's scale and base unit into r (亿元,
 * 万人次, 人); a rate (%) is no level. */
static void read_unit(const char *u, row *r)
{
    r->level = *u != '%';
    r->scale = ingest_release_unit_scale(&u);
    r->base = u;
    r->bn = field_len(u);
}

/* The next data row of place p from *cur; false at the table's end. */
static bool next_row(const char **cur, int p, row *r)
{
    const char *f[7];
    size_t nf;

    while ((nf = tsv_fields(cur, f, 7)) > 0) {
        if (nf < 7 || place_index(f[0]) != p)
            continue;
        r->year = small_int(f[1]);
        r->from = small_int(f[2]);
        r->to = small_int(f[3]);
        r->key = f[4];
        r->kn = field_len(f[4]);
        r->value = f[5];
        read_unit(f[6], r);
        if (r->year >= RELEASE_FIRST_YEAR && r->year < RELEASE_FIRST_YEAR + RELEASE_YEARS)
            return true;
    }
    return false;
}

/* Is row r of fact f's measure, months and kind?  A key's variants after a
 * '_' (gdp_forecast) are its series to a fact that does not say which. */
static bool same_measure(const release_gc_fact *f, const row *r)
{
    return ingest_release_key_meets(f->key, f->kn, r->key, r->kn) && f->from == r->from && f->to == r->to
           && f->level == r->level
           && (!f->level || (strlen(f->norm_unit) == r->bn && !memcmp(f->norm_unit, r->base, r->bn)));
}

/* What a match of fact f with row r weighs (the file's comment). */
static int weight(const release_gc_fact *f, const row *r)
{
    return !memchr(r->key, '_', r->kn) && (f->level || f->fine) ? FINE_WEIGHT : 1;
}

static bool same_value(const release_gc_fact *f, const row *r)
{
    double v = strtod(r->value, NULL);

    return f->level ? fabs(f->value - v * r->scale) <= LEVEL_ULP * fabs(f->value)
                    : fabs(f->value - v) < 1e-6;
}

/* The place the head speaks of: named in more sentences than any other;
 * -1 none. */
static int head_place(const release_gc_scan *g)
{
    int best = 0, second = 0;

    for (int p = 1; p < RELEASE_GC_PLACES; p++)
        if (g->place[p] > g->place[best])
            best = p;
    for (int p = 0; p < RELEASE_GC_PLACES; p++)
        if (p != best && g->place[p] > second)
            second = g->place[p];
    return g->place[best] > second ? best : -1;
}

/* Was a text whose facts year y's rows meet written in y?  Not when one is a
 * whole year's outcome (0 0, not a _forecast) or December's. */
static bool written_that_year(const release_gc_scan *g, int p, int y)
{
    const char *cur = ingest_release_gc_tsv;
    row r;

    while (next_row(&cur, p, &r))
        for (size_t i = 0; r.year == y && i < g->n; i++)
            if (same_measure(&g->f[i], &r) && same_value(&g->f[i], &r)
                && (r.to == 12 || (r.to == 0 && !memchr(r.key, '_', r.kn))))
                return false;
    return true;
}

int ingest_release_gc_year(const ingest_release_scan *s, bool *same_year)
{
    const release_gc_scan *g = &s->gc;
    int score[RELEASE_YEARS] = { 0 }, best = 0, second = 0, p = head_place(g);
    uint64_t scored[RELEASE_GC_FACTS] = { 0 };    /* the years each fact counted for */
    const char *cur = ingest_release_gc_tsv;
    row r;

    if (p < 0 || g->n == 0)
        return 0;
    while (next_row(&cur, p, &r))
        for (size_t i = 0; i < g->n; i++) {
            const release_gc_fact *f = &g->f[i];
            uint64_t bit = (uint64_t)1 << (r.year - RELEASE_FIRST_YEAR);
            if (same_measure(f, &r) && !(scored[i] & bit) && same_value(f, &r)) {
                scored[i] |= bit;
                score[r.year - RELEASE_FIRST_YEAR] += weight(f, &r);
            }
        }
    for (int y = 1; y < RELEASE_YEARS; y++) {
        if (score[y] > score[best]) {
            second = score[best];
            best = y;
        } else if (score[y] > second) {
            second = score[y];
        }
    }
    if (!(score[best] >= WIN_SCORE && score[best] - second >= WIN_MARGIN))
        return 0;
    *same_year = written_that_year(g, p, RELEASE_FIRST_YEAR + best);
    return RELEASE_FIRST_YEAR + best;
}
