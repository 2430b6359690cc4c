/* table_en.c -- English statistical tables whose rows are periods.
 *
 * A statistics office's release often carries one measure over several
 * periods: a caption naming the measure (Real gross domestic product), a
 * header naming what each column says of it (Change, Annualized change,
 * Year-over-year change) with its unit (%), then one row a period:
 * "First quarter 2009 -1.8 -7.0 -2.5".  Copied out of the page, the header
 * is words apart by single spaces, so it is read by its words: a sentence
 * of ASCII text whose tail is column names of the lexicon's English
 * table-column rows (their value: change, growth, level) and a percent
 * sign (there or on the line under it), after the caption's words.  Each following one-line sentence that
 * is a period (lexicon ordinals, months, Q1, H1 and a year) and then as many
 * figure cells as the header has columns gives one claim per figure: the
 * caption's measure, the column's kind, the row's year and part.  Anything
 * else closes the table.  A header with no caption takes the short line
 * before it as its caption. */
#include "table.h"

#include <ctype.h>
#include <stdlib.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "rules_en.h"

#define EN_HEAD_MAX 240     /* bytes of a header sentence (caption and columns) */
#define EN_WORDS_MAX 48

typedef struct words {
    size_t a[EN_WORDS_MAX], b[EN_WORDS_MAX];
    size_t n;
} words;

/* The words of lower-case text t[0..len), apart by spaces; false when
 * there are too many. */
static bool split_words(const char *t, size_t len, words *w)
{
    w->n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && t[j] != ' ')
            j++;
        if (j > i) {
            if (w->n == EN_WORDS_MAX)
                return false;
            w->a[w->n] = i;
            w->b[w->n++] = j;
        }
        i = j + 1;
    }
    return true;
}

static bool ascii_text(const char *t, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)t[i] >= 0x80)
            return false;
    return true;
}

/* The column name of the lexicon that starts at word k of l and ends at a
 * word's end: its kind (EN_COL_*) and, in *next, the word after it. */
static int column_at(const ingest_lexicon *lx, const char *l, size_t len, const words *w,
                     size_t k, size_t *next)
{
    const lex_entry *e = NULL;
    size_t m = ingest_lex_at(lx, LEX_TABLE_COLUMN, l + w->a[k], len - w->a[k], &e);
    size_t end = w->a[k] + m;

    if (!m || !e || (end < len && l[end] != ' '))
        return EN_COL_NONE;
    for (*next = k; *next < w->n && w->b[*next] <= end; (*next)++)
        ;
    if (!strcmp(e->value, "change"))
        return EN_COL_CHANGE;
    if (!strcmp(e->value, "growth"))
        return EN_COL_GROWTH;
    if (!strcmp(e->value, "level"))
        return EN_COL_LEVEL;
    if (!strcmp(e->value, "percent"))
        return EN_COL_PERCENT;
    return EN_COL_NONE;
}

/* Reads words k.. of l as the header's columns and unit, into t; false
 * unless they all are and two columns at least name a kind. */
static bool read_columns(ingest_table *t, const ingest_lexicon *lx, const char *l, size_t len,
                         const words *w, size_t k)
{
    size_t cols = 0;
    bool pct = false;

    while (k < w->n) {
        size_t next;
        int kind = column_at(lx, l, len, w, k, &next);
        if (kind == EN_COL_NONE)
            return false;
        if (kind == EN_COL_PERCENT)
            pct = true;
        else if (cols < TABLE_COLS_MAX)
            t->en_kind[cols++] = (unsigned char)kind;
        else
            return false;
        k = next;
    }
    if (cols < 2)
        return false;
    t->en_cols = cols;
    t->en_pct = pct;
    return true;
}

/* The measure a caption names, into out: "Table 1" dropped, a footnote's
 * digit glued to a word (product1) dropped, a title said twice (Table 1
 * GDP1 / GDP1 on the next line) said once; lower case already. */
static bool clean_caption(const char *l, size_t len, char *out, size_t cap)
{
    size_t a = 0, k = 0, half;
    bool letter = false;

    if (len > 6 && !memcmp(l, "table ", 6)) {
        a = 6;
        while (a < len && (isdigit((unsigned char)l[a]) || strchr(".:- ", l[a])))
            a++;
    }
    for (size_t i = a; i < len; i++) {
        bool note = isdigit((unsigned char)l[i]) && i > a && isalpha((unsigned char)l[i - 1]);
        while (note && i + 1 < len && isdigit((unsigned char)l[i + 1]))
            i++;
        if (note || (l[i] == ' ' && (k == 0 || out[k - 1] == ' ')))
            continue;
        if (k + 1 >= cap)
            return false;
        letter = letter || isalpha((unsigned char)l[i]);
        out[k++] = l[i];
    }
    while (k > 0 && strchr(" ,:", out[k - 1]))
        k--;
    half = k / 2;
    if (k % 2 == 1 && out[half] == ' ' && !memcmp(out, out + half + 1, half))
        k = half;
    out[k] = '\0';
    return letter && k > 0;
}

/* Lower-cases s's text into l (cap bytes); false when it does not fit. */
static bool lower_copy(const ingest_sentence *s, char *l, size_t cap)
{
    if (s->len >= cap)
        return false;
    for (size_t i = 0; i < s->len; i++)
        l[i] = (char)tolower((unsigned char)s->text[i]);
    l[s->len] = '\0';
    return true;
}

bool ingest_table_en_header(ingest_table *t, const ingest_sentence *s)
{
    const ingest_lexicon *lx = &ingest_lexicon_en;
    char l[EN_HEAD_MAX + 1];
    words w;
    size_t end = s->len;

    /* a header ends with a column name (no row ends with a space): nearly
       every sentence of prose with a percent asks, and most end otherwise,
       so one test at the end, before the text is read as words, spares a
       column lookup at each word and the reading itself */
    while (end > 0 && s->text[end - 1] == ' ')
        end--;
    /* (the class's end filter on the last byte, lower-cased, rules out a
       sentence that ends in a full stop before the copy) */
    if (end == 0 || !(lx->cls[LEX_TABLE_COLUMN].end_filter
                      >> ((unsigned char)tolower((unsigned char)s->text[end - 1]) & 63u) & 1))
        return false;
    if (!lower_copy(s, l, sizeof l) || !ingest_lex_ending(lx, LEX_TABLE_COLUMN, l, end)
        || !ascii_text(l, s->len) || !split_words(l, s->len, &w) || w.n < 2)
        return false;
    /* the first word from which all the rest are column names */
    for (size_t k = 0; k + 2 <= w.n; k++) {
        if (!read_columns(t, lx, l, s->len, &w, k))
            continue;
        if (k > 0 && !clean_caption(l, w.b[k - 1], t->en_caption, sizeof t->en_caption))
            return false;
        if (k == 0 && !t->en_caption[0])
            return false;
        t->en_active = true;
        return true;
    }
    return false;
}

void ingest_table_en_caption(ingest_table *t, const ingest_sentence *s)
{
    char l[EN_HEAD_MAX + 1];

    t->en_caption[0] = '\0';
    if (s->para_start && s->len <= 80 && (unsigned char)s->text[0] < 0x80 && lower_copy(s, l, sizeof l) && ascii_text(l, s->len)
        && !memchr(l, '.', s->len) && !clean_caption(l, s->len, t->en_caption, sizeof t->en_caption))
        t->en_caption[0] = '\0';
}

/* The months of a part word (q1..q4, h1, h2) l[a..b); false for none. */
static bool part_word(const char *l, size_t a, size_t b, int *from, int *to)
{
    if (b - a != 2 || l[a + 1] < '1')
        return false;
    if (l[a] == 'q' && l[a + 1] <= '4') {
        *from = (l[a + 1] - '0') * 3 - 2;
        *to = *from + 2;
        return true;
    }
    if (l[a] == 'h' && l[a + 1] <= '2') {
        *from = l[a + 1] == '1' ? 1 : 7;
        *to = *from + 5;
        return true;
    }
    return false;
}

/* The value of l[a..b) as a word of class c, or 0. */
static int lex_value(const ingest_lexicon *lx, lex_class c, const char *l, size_t a, size_t b)
{
    const lex_entry *e = NULL;
    size_t m = ingest_lex_at(lx, c, l + a, b - a, &e);

    return m == b - a && e ? atoi(e->value) : 0;
}

/* Reads the row label l[0..len) as a period: a year, with a quarter (First
 * quarter 2009, Q1 2009, 2009 Q1), a half (H1 2009, first half 2009) or a
 * month (January 2010) before or after it.  False for anything else. */
static bool period_label(const ingest_lexicon *lx, const char *l, size_t len, int *year,
                         int *from, int *to)
{
    words w;
    int ord = 0;

    *year = *from = *to = 0;
    if (!split_words(l, len, &w) || w.n == 0 || w.n > 4)
        return false;
    for (size_t k = 0; k < w.n; k++) {
        size_t a = w.a[k], b = w.b[k];
        int y = ingest_table_year_word(l, a, b), m, o;
        if (y && !*year)
            *year = y;
        else if (!*from && part_word(l, a, b, from, to))
            ;
        else if (!*from && (m = lex_value(lx, LEX_MONTH, l, a, b)) > 0)
            *from = *to = m;
        else if (!ord && (o = lex_value(lx, LEX_ORDINAL_WORD, l, a, b)) > 0 && o <= 4)
            ord = o;
        else if (ord && !*from && b - a == 7 && !memcmp(l + a, "quarter", 7)) {
            *from = ord * 3 - 2;
            *to = *from + 2;
        } else if (ord && !*from && b - a == 4 && !memcmp(l + a, "half", 4) && ord <= 2) {
            *from = ord == 1 ? 1 : 7;
            *to = *from + 5;
        } else if (!(b - a == 2 && !memcmp(l + a, "of", 2)))
            return false;
    }
    return *year && (!ord || *from);
}

/* Emits the figure of cell c (digits from, len long) of column k. */
static int emit_en(const ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                   const char *file, const ingest_sink *sink, size_t k, size_t at,
                   const ingest_table_figure *f, int year, int from, int to)
{
    char text[48];
    ingest_amount a;
    ingest_claim c;
    int n = snprintf(text, sizeof text, "%.*s%%", (int)f->len, s->text + f->from);

    if (n <= 0 || (size_t)n >= sizeof text
        || ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &a) != GC_OK || a.length != (size_t)n)
        return GC_OK;
    memset(&c, 0, sizeof c);
    c.indicator = (char *)(uintptr_t)t->en_caption;
    c.kind = t->en_kind[k] == EN_COL_CHANGE ? INGEST_CHANGE_PCT
           : t->en_kind[k] == EN_COL_LEVEL ? INGEST_LEVEL : INGEST_GROWTH_YOY;
    c.year = year;
    c.month_from = from;
    c.month_to = to;
    c.time_source = INGEST_TIME_SECTION;
    c.value = f->neg ? -a.value : a.value;
    c.norm_value = f->neg ? -a.norm_value : a.norm_value;
    c.resolution = a.resolution;
    c.unit = (char *)(uintptr_t)"%";
    c.norm_unit = a.norm_unit;
    c.lang = INGEST_LANG_EN;
    return ingest_table_send(&c, s, file, at, sink);
}

bool ingest_table_en_row(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                         const ingest_table_cell *cs, size_t n, const char *file,
                         const ingest_sink *sink, int *rc)
{
    char l[EN_HEAD_MAX + 1];
    ingest_table_figure f[TABLE_COLS_MAX];
    size_t lab, figures = 0;
    int year, from, to;

    *rc = GC_OK;
    if (!lower_copy(s, l, sizeof l))
        return false;
    if (!t->en_pct) {
        /* the unit on a line of its own under the column names */
        words w;
        size_t next;
        t->en_pct = split_words(l, s->len, &w) && w.n == 1
                    && column_at(&ingest_lexicon_en, l, s->len, &w, 0, &next) == EN_COL_PERCENT;
        return t->en_pct;
    }
    if (n <= t->en_cols)
        return false;
    lab = n - t->en_cols;
    for (size_t k = 0; k < t->en_cols; k++) {
        ingest_table_cell c = cs[lab + k];
        f[k].len = 0;
        if (ingest_table_blank_cell(s->text, c))
            continue;
        if (!ingest_table_figure_cell(s->text, c, &f[k]))
            return false;
        figures++;
    }
    if (!figures || !period_label(&ingest_lexicon_en, l + cs[0].a, cs[lab - 1].b - cs[0].a, &year,
                                  &from, &to))
        return false;
    for (size_t k = 0; k < t->en_cols && *rc == GC_OK; k++)
        if (f[k].len)
            *rc = emit_en(t, ctx, s, file, sink, k, cs[lab + k].a, &f[k], year, from, to);
    return true;
}
