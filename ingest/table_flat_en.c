/* table_flat_en.c -- English tables flattened one cell a line.
 *
 * A web page's table copied out cell by cell keeps a bar after each cell
 * and a bare bar between rows: the caption ("Summary Forecast as of July
 * 2010 |"), the unit ("% |"), the years of its columns ("2010 |", "2011
 * |"), then each row's label ("GDP Growth (apr 10) |") and its cells, one a
 * line ("6.5 - 7.5 (4.3 – 5.8) |": a range, an earlier forecast after it
 * in brackets).  table.c reads such tables in Chinese by their column
 * words; an English one is read here by its years: two years at least
 * under the caption, then rows of a label and a figure (or a range) a
 * year.  A row names its measure: one whose label says growth or inflation
 * (a keyword of role grow or growth_noun) gives a rate a year, estimated
 * when the caption says forecast or projection (role estimate); a row whose
 * kind its label does not say gives nothing.  Anything else ends the table,
 * and the caption line is left to the grammar as well. */
#include "table.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "rules_en.h"

#define EF_CELL_MAX 80      /* bytes of a cell on a line of its own */

typedef ingest_table_cell cell;

enum { EF_NONE, EF_HEAD, EF_ROW };

/* The cell of a line "text |" (trimmed; a == b: a bare bar); false when
 * the line is not one cell and a bar. */
static bool bar_cell(const ingest_sentence *s, cell *c)
{
    size_t b = s->len;

    if (b == 0 || s->text[b - 1] != '|' || b > EF_CELL_MAX + 2)
        return false;
    b--;
    if (memchr(s->text, '|', b))
        return false;
    c->a = 0;
    while (c->a < b && s->text[c->a] == ' ')
        c->a++;
    while (b > c->a && s->text[b - 1] == ' ')
        b--;
    c->b = b;
    return true;
}

/* The end of t[a..b) before a note in brackets at its end (6.5 - 7.5 (4.3
 * – 5.8), GDP Growth (apr 10)), spaces trimmed. */
static size_t before_note(const char *t, size_t a, size_t b)
{
    if (b > a && t[b - 1] == ')') {
        const char *open = memchr(t + a, '(', b - a);
        if (open)
            b = (size_t)(open - t);
    }
    while (b > a && t[b - 1] == ' ')
        b--;
    return b;
}

/* Skips spaces and one range mark (-, – or —, "to") in t[*i..b). */
static bool range_mark(const char *t, size_t *i, size_t b)
{
    size_t j = *i;

    while (j < b && t[j] == ' ')
        j++;
    if (j < b && t[j] == '-')
        j++;
    else if (j + 3 <= b && !memcmp(t + j, "\xE2\x80", 2)
             && ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94))
        j += 3;
    else if (j + 2 <= b && !memcmp(t + j, "to", 2))
        j += 2;
    else
        return false;
    while (j < b && t[j] == ' ')
        j++;
    *i = j;
    return true;
}

/* Reads t[a..b), its note dropped, as a figure or a range of two; *lo,
 * *hi (equal for one figure).  False for anything else. */
static bool range_cell(const char *t, size_t a, size_t b, ingest_table_figure *lo,
                       ingest_table_figure *hi)
{
    size_t e = before_note(t, a, b), m = a;

    while (m < e && (is_digit(t[m]) || t[m] == '.' || (m == a && (t[m] == '-' || t[m] == '+'))))
        m++;
    if (!ingest_table_figure_cell(t, (cell){ a, m }, lo))
        return false;
    *hi = *lo;
    if (m == e)
        return true;
    return range_mark(t, &m, e) && ingest_table_figure_cell(t, (cell){ m, e }, hi);
}

/* Is there a keyword of role r in lower-case text l[0..n), at a word's
 * start and ending at a word's end? */
static bool has_role(const char *l, size_t n, int r)
{
    const ingest_lexicon *lx = &ingest_lexicon_en;

    for (size_t i = 0; i < n; i++) {
        const lex_entry *e = NULL;
        size_t k;
        if (i > 0 && isalpha((unsigned char)l[i - 1]))
            continue;
        k = ingest_lex_at(lx, LEX_KEYWORD, l + i, n - i, &e);
        if (k && e && e->code == r && (i + k == n || !isalpha((unsigned char)l[i + k])))
            return true;
    }
    return false;
}

/* Starts a row labelled by cell c: its measure, and whether it names a
 * rate (growth, inflation). */
static bool ef_row(ingest_table *t, const ingest_sentence *s, cell c)
{
    size_t e = before_note(s->text, c.a, c.b);

    if (e == c.a || !isalpha((unsigned char)s->text[c.a])
        || ingest_table_lower(s->text, c.a, e, t->flat_label, sizeof t->flat_label) <= 0)
        return false;
    for (size_t i = c.a; i < e; i++)
        if (is_digit(s->text[i]))
            return false;
    t->ef_rate = has_role(t->flat_label, strlen(t->flat_label), K_GROW)
                 || has_role(t->flat_label, strlen(t->flat_label), K_GROWTH_NOUN);
    t->flat_col = 0;
    return true;
}

/* Emits the rate (or range) of cell c under the column's year. */
static int ef_emit(const ingest_table *t, const ingest_sentence *s,
                   const char *file, const ingest_sink *sink, size_t at,
                   const ingest_table_figure *lo, const ingest_table_figure *hi, int year)
{
    ingest_claim c;
    double v = strtod(s->text + lo->from, NULL), w = strtod(s->text + hi->from, NULL);

    if (lo->neg)
        v = -v;
    if (hi->neg)
        w = -w;
    memset(&c, 0, sizeof c);
    c.indicator = (char *)(uintptr_t)t->flat_label;
    c.kind = INGEST_GROWTH_YOY;
    c.year = year;
    c.time_source = INGEST_TIME_SECTION;
    c.value = c.norm_value = v < w ? v : w;
    if (hi != lo && w != v) {
        c.ranged = true;
        c.value_high = v < w ? w : v;
    }
    c.resolution = 1;
    for (size_t i = 0; i < lo->len; i++)
        if (s->text[lo->from + i] == '.')
            c.resolution = pow(10, -(double)(lo->len - i - 1));
    c.unit = c.norm_unit = (char *)(uintptr_t)"%";
    c.estimated = t->ef_estimate;
    c.lang = INGEST_LANG_EN;
    return ingest_table_send(&c, s, file, at, sink);
}

/* A line of the header: a bare bar, the unit (%), or a column's year. */
static bool ef_head(ingest_table *t, const ingest_sentence *s, cell c)
{
    int y;

    if (c.a == c.b)
        return true;
    if (c.b - c.a == 1 && s->text[c.a] == '%') {
        t->en_pct = true;
        return true;
    }
    if ((y = ingest_table_year_word(s->text, c.a, c.b)) == 0 || t->flat_nyears == TABLE_COLS_MAX)
        return false;
    t->flat_year[t->flat_nyears++] = y;
    return true;
}

int ingest_table_flat_en(ingest_table *t, const ingest_sentence *s,
                         bool one_line, const char *file, const ingest_sink *sink, bool *taken)
{
    cell c;
    ingest_table_figure lo, hi;
    size_t k;

    *taken = false;
    if (!one_line || s->n_cjk > 0 || !bar_cell(s, &c)) {
        t->ef = EF_NONE;
        return GC_OK;
    }
    if (t->ef == EF_NONE) {
        /* a caption: the grammar reads it too */
        char l[EF_CELL_MAX + 1];
        if (c.a < c.b && ingest_table_lower(s->text, c.a, c.b, l, sizeof l) > 0) {
            t->ef = EF_HEAD;
            t->flat_nyears = 0;
            t->en_pct = false;
            t->ef_estimate = has_role(l, strlen(l), K_ESTIMATE);
        }
        return GC_OK;
    }
    *taken = true;
    if (c.a == c.b)
        return GC_OK;
    if (t->ef == EF_HEAD) {
        if (ef_head(t, s, c))
            return GC_OK;
        if (t->flat_nyears < 2 || !t->en_pct || !ef_row(t, s, c)) {
            t->ef = EF_NONE;
            *taken = false;
            return GC_OK;
        }
        t->ef = EF_ROW;
        return GC_OK;
    }
    if (ingest_table_blank_cell(s->text, c)) {
        t->flat_col++;      /* a cell with no figure (-, n/a) keeps its column */
        return GC_OK;
    }
    if (!range_cell(s->text, c.a, c.b, &lo, &hi)) {
        if (!ef_row(t, s, c)) {
            t->ef = EF_NONE;
            *taken = false;
        }
        return GC_OK;
    }
    if ((k = t->flat_col++) >= t->flat_nyears) {
        t->ef = EF_NONE;
        *taken = false;
        return GC_OK;
    }
    if (!t->ef_rate || !t->flat_label[0])
        return GC_OK;
    return ef_emit(t, s, file, sink, c.a, &lo, &hi, t->flat_year[k]);
}
