/* table_rows_en.c -- English tables whose rows are periods and whose
 * columns are measures.
 *
 * A statistics office's release often ends with a table of its measures
 * month by month: "Month Overall CPI Overall Rate of Inflation", then one
 * row a period, "Feb-16 165.06 7.09".  The header's first word says the
 * rows are periods (Month, Quarter, Period: lexicon class period-table,
 * value rowhead) and the rest are the columns' names, each ending in a word
 * that says what it measures (period-table: CPI, index a level; inflation
 * a rate on the year before; change a change on the period before).  A
 * header is read only when all its words fall into such names; each
 * following one-line sentence that is a period (Feb-16, Feb 2016, Q1 2016,
 * 2016) and exactly one figure a column gives one claim a figure: the
 * column's name and kind, the row's period.  Anything else closes the
 * table.  Levels are index points (no unit): a column whose name ends in
 * an amount's word is not read. */
#include "table.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "rules_en.h"
#include "text.h"

#define ER_HEAD_MAX 160     /* bytes of a header sentence */
#define ER_ROW_MAX 120      /* bytes of a row */

typedef ingest_table_cell cell;

/* The row of class period-table at l[a..) that ends at a word's end, its
 * length in *m; NULL when none. */
static const lex_entry *name_word(const char *l, size_t a, size_t n, size_t *m)
{
    const lex_entry *e = NULL;

    *m = ingest_lex_at(&ingest_lexicon_en, LEX_PERIOD_TABLE, l + a, n - a, &e);
    if (!*m || !e || (a + *m < n && l[a + *m] != ' '))
        return NULL;
    return e;
}

/* The kind (EN_COL_*) a name-ending row's value says; EN_COL_NONE when it
 * ends no measure's name. */
static int name_kind(const lex_entry *e)
{
    return !strcmp(e->value, "index") ? EN_COL_LEVEL
         : !strcmp(e->value, "growth") ? EN_COL_GROWTH
         : !strcmp(e->value, "change") ? EN_COL_CHANGE : EN_COL_NONE;
}

/* Does the word after l[..a) join what comes before it to what follows
 * (Annual Rate of Inflation: the name goes on past "annual rate")?  A
 * joining word is a period-table row of value join (of, and), or sub
 * (excluding). */
static bool joins_next(const char *l, size_t a, size_t n)
{
    const lex_entry *e;
    size_t m;

    return a < n && (e = name_word(l, a + 1, n, &m))
           && (!strcmp(e->value, "join") || !strcmp(e->value, "sub"));
}

/* Reads lower-case l[0..n) as a header: its first word a row head, the
 * rest names of measures each ending in a measure's word.  False, t
 * unchanged, otherwise. */
static bool read_head(ingest_table *t, const char *l, size_t n)
{
    size_t m, a, from, cols = 0;
    const lex_entry *e = name_word(l, 0, n, &m);
    char name[ER_COLS_MAX][sizeof t->er_name[0]];  /* into t on success only */
    unsigned char kind[ER_COLS_MAX];

    if (!e || strcmp(e->value, "rowhead") || m == n)
        return false;
    for (a = from = m + 1; a < n;) {
        int k = (e = name_word(l, a, n, &m)) ? name_kind(e) : EN_COL_NONE;
        if (k == EN_COL_NONE || joins_next(l, a + m, n)) {
            a += strcspn(l + a, " ");
            a += a < n;
            continue;
        }
        if (cols == ER_COLS_MAX || a + m - from >= sizeof name[0])
            return false;
        memcpy(name[cols], l + from, a + m - from);
        name[cols][a + m - from] = '\0';
        kind[cols++] = (unsigned char)k;
        a += m + (a + m < n);
        from = a;
    }
    if (cols == 0 || from < n)
        return false;   /* words after the last measure's: not a header */
    memcpy(t->er_name, name, cols * sizeof name[0]);
    memcpy(t->er_kind, kind, cols);
    t->er_ncols = cols;
    return true;
}

/* The year written as four digits, or two after a hyphen or an apostrophe
 * (Feb-16, Feb '16: 2016; Jan-98: 1998).  Two digits after a space are a
 * day (Jan 05, Mar 31), no year. */
static int row_year(const char *l, size_t a, size_t b)
{
    if (a > 0 && (l[a - 1] == '-' || l[a - 1] == '\'')
        && b - a == 2 && isdigit((unsigned char)l[a]) && isdigit((unsigned char)l[a + 1])) {
        int y = (l[a] - '0') * 10 + (l[a + 1] - '0');
        return y < 50 ? 2000 + y : 1900 + y;
    }
    return ingest_table_year_word(l, a, b);
}

/* Reads lower-case l[0..n) as a row's period: a year, or a month or
 * quarter and a year apart by a hyphen or a space (Feb-16, Feb 2016, Q1
 * 2016, 2016 Q1).  *from 0 for a whole year. */
static bool row_period(const char *l, size_t n, int *year, int *from, int *to)
{
    size_t sep = strcspn(l, " -'"), p = 0, pn = sep, y = sep + 1, yn = n;
    const lex_entry *e = NULL;

    *from = *to = 0;
    if (sep == n)
        return (*year = ingest_table_year_word(l, 0, n)) > 0;
    if ((*year = ingest_table_year_word(l, 0, sep)) > 0) {
        p = sep + 1;
        pn = n;
    } else if ((*year = row_year(l, y + (y < n && l[y] == '\''), yn)) == 0)
        return false;
    if (pn - p == 2 && l[p] == 'q' && l[p + 1] >= '1' && l[p + 1] <= '4') {
        *from = (l[p + 1] - '1') * 3 + 1;
        *to = *from + 2;
        return true;
    }
    if (pn > p && l[pn - 1] == '.')
        pn--;       /* Sep. */
    if (pn == p || ingest_lex_at(&ingest_lexicon_en, LEX_MONTH, l + p, pn - p, &e) != pn - p || !e)
        return false;
    *from = *to = atoi(e->value);
    return *from >= 1 && *from <= 12;
}

/* Emits figure f of column k, read at offset at of s. */
static int emit(const ingest_table *t, const ingest_sentence *s, const char *file,
                const ingest_sink *sink, size_t k, size_t at, const ingest_table_figure *f,
                int year, int from, int to)
{
    bool level = t->er_kind[k] == EN_COL_LEVEL;
    double v = strtod(s->text + f->from, NULL), res = 1;
    ingest_claim c;

    for (size_t i = 0; i < f->len; i++)
        if (s->text[f->from + i] == '.')
            res = pow(10, -(double)(f->len - i - 1));
    memset(&c, 0, sizeof c);
    c.indicator = (char *)(uintptr_t)t->er_name[k];
    c.kind = t->er_kind[k] == EN_COL_CHANGE ? INGEST_CHANGE_PCT
           : level ? INGEST_LEVEL : INGEST_GROWTH_YOY;
    c.year = year;
    c.month_from = from;
    c.month_to = to;
    c.time_source = INGEST_TIME_SECTION;
    c.value = c.norm_value = f->neg ? -v : v;
    c.resolution = res;
    c.unit = c.norm_unit = (char *)(uintptr_t)(level ? "" : "%");
    c.lang = INGEST_LANG_EN;
    return ingest_table_send(&c, s, file, at, sink);
}

/* Reads s->text[a..b) as a row of the open table: a period, then one
 * figure a column apart by spaces.  True when it is one; its claims are sent
 * when send (*rc the sink's answer). */
static bool read_row(const ingest_table *t, const ingest_sentence *s, size_t a, size_t b,
                     bool send, const char *file, const ingest_sink *sink, int *rc)
{
    const char *x = s->text;
    char l[ER_ROW_MAX + 1];
    cell cs[ER_COLS_MAX];
    ingest_table_figure f[ER_COLS_MAX];
    size_t k = t->er_ncols;
    int year, from, to;

    if (b - a > ER_ROW_MAX)
        return false;
    /* the figures, from the end; a minus sign after a digit starts one (the
       space before it is gone from the normalised text: 145.9-0.85) */
    while (k > 0) {
        size_t c = b;
        while (c > a && x[c - 1] != ' ' && !(x[c - 1] == '-' && c - 1 > a && is_digit(x[c - 2])))
            c--;
        c -= c > a && x[c - 1] == '-';
        cs[--k] = (cell){ c, b };
        if (c == a || !ingest_table_figure_cell(x, cs[k], &f[k]) || f[k].pct)
            return false;
        for (b = c; b > a && x[b - 1] == ' '; b--)
            ;
    }
    if (ingest_table_lower(x, a, b, l, sizeof l) <= 0 || !row_period(l, strlen(l), &year, &from, &to))
        return false;
    for (k = 0; send && k < t->er_ncols && *rc == GC_OK; k++)
        *rc = emit(t, s, file, sink, k, cs[k].a, &f[k], year, from, to);
    return true;
}

/* The end of the line of s whose first anchor is k: where the next line's
 * first anchor stands (s->len for the last); *next gets that anchor. */
static size_t line_end(const ingest_sentence *s, size_t k, size_t *next)
{
    size_t j = k + 1;

    while (j < s->nanchors && s->anchors[j].line == s->anchors[k].line)
        j++;
    *next = j;
    return j < s->nanchors ? s->anchors[j].norm : s->len;
}

/* Reads the lines of s as the header and rows of a table, its claims sent
 * when send.  Lines before the header may be anything (a caption, a note
 * Base: 2009=100, the sentence runs on from them).  1 when every line from
 * the first was the table's or the header has lines after it, 2 when only
 * the last line was (a header, the lines before it left to the grammar),
 * else 0. */
static int read_lines(ingest_table *t, const ingest_sentence *s, bool send, const char *file,
                      const ingest_sink *sink, int *rc)
{
    char l[ER_HEAD_MAX + 1];
    bool lead = false, some = false;

    for (size_t k = 0, next; k < s->nanchors; k = next) {
        size_t a = s->anchors[k].norm, b = line_end(s, k, &next);
        while (a < b && s->text[a] == ' ')
            a++;
        while (b > a && s->text[b - 1] == ' ')
            b--;
        if (t->er_ncols > 0 && read_row(t, s, a, b, send, file, sink, rc)) {
            some = true;
            continue;
        }
        /* a header: a line of letters that starts with a row head's word */
        if (b - a <= ER_HEAD_MAX && !memchr(s->text + a, '|', b - a)
            && isalpha((unsigned char)s->text[a])
            && ingest_table_lower(s->text, a, b, l, sizeof l) > 0 && read_head(t, l, strlen(l))) {
            some = some || next < s->nanchors;
            continue;
        }
        if (some)
            return 0;
        lead = true;
        t->er_ncols = 0;
    }
    return !lead || some ? 1 : t->er_ncols > 0 ? 2 : 0;
}

/* The first word of s's text from offset a, lower case, is a row head's. */
static bool row_head_at(const ingest_sentence *s, size_t a)
{
    /* a loose pre-filter: a longer word is cut to its first 7 letters
       (Quarterly passes as quarter); read_head decides */
    char w[8];
    size_t m;
    const lex_entry *e;

    while (a < s->len && s->text[a] == ' ')
        a++;
    for (m = 0; m < sizeof w - 1 && a + m < s->len && isalpha((unsigned char)s->text[a + m]); m++)
        w[m] = (char)tolower((unsigned char)s->text[a + m]);
    return (e = name_word(w, 0, m, &m)) && !strcmp(e->value, "rowhead");
}

/* Does a line of s start with a row head's word? */
static bool row_head_line(const ingest_sentence *s)
{
    for (size_t k = 0, next; k < s->nanchors; k = next) {
        line_end(s, k, &next);
        if (row_head_at(s, s->anchors[k].norm))
            return true;
    }
    return false;
}

int ingest_table_rows_en(ingest_table *t, const ingest_sentence *s, const char *file,
                         const ingest_sink *sink, bool *taken)
{
    size_t ncols = t->er_ncols;
    unsigned char kind[ER_COLS_MAX];
    char name[ER_COLS_MAX][sizeof t->er_name[0]];
    int rc = GC_OK, how;

    *taken = false;
    /* a header's first word, at the start of a line of s, is a row
       head's: a quick test, before any is read as lines, after a quicker
       one for prose (a header or a row never ends in a full stop) */
    if (ncols == 0 && (s->len < 8 || s->n_cjk > 0 || s->text[s->len - 1] == '.'
                       || !row_head_line(s)))
        return GC_OK;
    memcpy(kind, t->er_kind, sizeof kind);
    memcpy(name, t->er_name, sizeof name);
    if ((how = read_lines(t, s, false, file, sink, &rc)) != 1) {
        if (!how)
            t->er_ncols = 0;    /* not the table's: any open table is over */
        return GC_OK;           /* (2: the header, open; the grammar reads s) */
    }
    /* read again from the table as it was, sending the claims */
    t->er_ncols = ncols;
    memcpy(t->er_kind, kind, sizeof kind);
    memcpy(t->er_name, name, sizeof name);
    read_lines(t, s, true, file, sink, &rc);
    *taken = true;
    return rc;
}
