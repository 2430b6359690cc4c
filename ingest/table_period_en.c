/* table_period_en.c -- English tables whose columns are periods.
 *
 * A statistics office's release (Eurostat, customs, retail sales) often
 * carries a table of several measures over several periods: a caption
 * naming what the figures are ("Euro area annual inflation and its
 * components, %", "Trade, in billions of dollars:"), a header of periods
 * (Dec 2011 .. Dec 2012, Jan Dec Nov .., July | June | Y/Y | 2001), then a
 * row a measure: its label and a figure a column.  Copied out of the page
 * the table comes in one of three shapes, all read here by one reader:
 *  - one cell a short paragraph (the header's cells, then each row's label
 *    and its figures, each on a line of its own);
 *  - its rows run together on one line, apart by single spaces ("Jan Dec
 *    Nov Exp 90.5 111.2 115.0 Imp 51.3 72.2 74.9");
 *  - a row a line, cells apart by bars (a Markdown table).
 * A header is two periods at least (a month, quarter or half with or
 * without its year, a year; a column of the latest period's rate on a year
 * before, Y/Y); text cells before the periods in a one-cell-a-line table
 * are the caption, then columns no claim reads (Weight used in 2012).  What
 * the figures are comes from the caption's words (lexicon class
 * period-table: growth, change, unit:U, skip): with none, a table with a
 * Y/Y column holds changes on the period before under its months or
 * quarters and annual rates under its years; with neither, the table is
 * read past and gives nothing.  A month with no year takes the year after
 * the header's latest year column, or the report's year when it was given;
 * a header that runs back across January (Jan Dec Nov) puts the months
 * after it a year earlier.  A figure may carry a footnote letter (2.2p,
 * 3.1e: e an estimate). */
#include "table.h"

#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "rules_en.h"

#define EP_CELL_MAX 60      /* bytes of a cell on a line of its own */
#define EP_CAPTION_MAX 100  /* bytes of a caption line */
#define EP_RUN_MAX 600      /* bytes of rows run together on one line */

enum { EP_NONE, EP_HEAD, EP_ROW };
enum { EP_SHAPE_PARA, EP_SHAPE_RUN, EP_SHAPE_BARS };

typedef ingest_table_cell cell;

/* The row of class period-table that t[a..b) (lower case) is in whole; NULL
 * when none. */
static const lex_entry *word_row(const char *l, size_t a, size_t b)
{
    const lex_entry *e = NULL;
    size_t m = b > a ? ingest_lex_at(&ingest_lexicon_en, LEX_PERIOD_TABLE, l + a, b - a, &e) : 0;

    return m == b - a ? e : NULL;
}

/* The months of a month name, quarter or half l[a..b) (jan, q1, h2). */
static bool part_of(const char *l, size_t a, size_t b, int *from, int *to)
{
    const lex_entry *e = NULL;
    size_t m;

    if (b - a == 2 && (l[a] == 'q' || l[a] == 'h') && l[a + 1] >= '1'
        && l[a + 1] <= (l[a] == 'q' ? '4' : '2')) {
        int n = l[a] == 'q' ? 3 : 6;
        *from = (l[a + 1] - '1') * n + 1;
        *to = *from + n - 1;
        return true;
    }
    if (b > a && l[b - 1] == '.')
        b--;            /* Sep. */
    m = b > a ? ingest_lex_at(&ingest_lexicon_en, LEX_MONTH, l + a, b - a, &e) : 0;
    if (m != b - a || !e)
        return false;
    *from = *to = atoi(e->value);
    return *from >= 1 && *from <= 12;
}

/* Reads lower-case l[a..b) as a period: a year, a part of a year (month,
 * quarter, half), or both in either order, apart by a space, a hyphen or
 * nothing (Dec2011, 2012Q1).  *year 0 when it names none, *from 0 for a
 * whole year. */
static bool period_of(const char *l, size_t a, size_t b, int *year, int *from, int *to)
{
    size_t m = a;

    *year = *from = *to = 0;
    if (b - a < 2)
        return false;
    if ((*year = ingest_table_year_word(l, a, a + 4 < b ? a + 4 : b)) > 0) {
        m = a + 4;
        while (m < b && (l[m] == ' ' || l[m] == '-'))
            m++;
        return m == b || part_of(l, m, b, from, to);
    }
    if ((l[a] == 'q' || l[a] == 'h') && isdigit((unsigned char)l[a + 1]))
        m = a + 2;      /* q3, h1 */
    while (m < b && isalpha((unsigned char)l[m]))
        m++;
    if (m < b && l[m] == '.')
        m++;
    if (!part_of(l, a, m, from, to))
        return false;
    while (m < b && (l[m] == ' ' || l[m] == '-'))
        m++;
    return m == b || (*year = ingest_table_year_word(l, m, b)) > 0;
}

/* The kind of l[a..b) as a column of the latest period (Y/Y: growth, m/m:
 * change); EN_COL_NONE otherwise. */
static int rate_column(const char *l, size_t a, size_t b)
{
    const lex_entry *e = word_row(l, a, b);

    if (!e)
        return EN_COL_NONE;
    return !strcmp(e->value, "growth") ? EN_COL_GROWTH
         : !strcmp(e->value, "change") ? EN_COL_CHANGE : EN_COL_NONE;
}

/* Adds cell l[a..b) to the header of t as a period or a rate column;
 * false when it is neither or there is no room. */
static bool head_cell(ingest_table *t, const char *l, size_t a, size_t b)
{
    ep_column *c;
    int year, from, to, rate = rate_column(l, a, b);

    if (t->ep_ncols == EP_COLS_MAX || (!rate && !period_of(l, a, b, &year, &from, &to)))
        return false;
    c = &t->ep_cols[t->ep_ncols++];
    memset(c, 0, sizeof *c);
    c->rate = (unsigned char)rate;
    if (!rate) {
        c->year = year;
        c->from = from;
        c->to = to;
    }
    c->kind = EN_COL_NONE;
    return true;
}

/* Adds a column no claim reads (a header's text cell before its periods). */
static bool skip_column(ingest_table *t)
{
    if (t->ep_ncols == EP_COLS_MAX)
        return false;
    memset(&t->ep_cols[t->ep_ncols], 0, sizeof t->ep_cols[0]);
    t->ep_cols[t->ep_ncols++].skip = true;
    return true;
}

/* The caption's kind and unit, from its words (class period-table) and a
 * percent sign. */
static void read_caption(ingest_table *t, const char *l)
{
    size_t n = strlen(l);

    t->ep_kind = EN_COL_NONE;
    t->ep_unit[0] = '\0';
    t->ep_skip = false;
    t->ep_estimate = false;
    for (size_t i = 0; i < n; i++) {
        const lex_entry *e = NULL;
        size_t m;
        if (i > 0 && isalnum((unsigned char)l[i - 1]))
            continue;
        m = ingest_lex_at(&ingest_lexicon_en, LEX_PERIOD_TABLE, l + i, n - i, &e);
        if (!m || !e || (i + m < n && isalnum((unsigned char)l[i + m])))
            continue;
        if (!strcmp(e->value, "skip"))
            t->ep_skip = true;
        else if (!strcmp(e->value, "estimate") && m > 1)
            t->ep_estimate = true;      /* not a footnote's letter */
        else if (!strncmp(e->value, "unit:", 5) && !t->ep_kind) {
            snprintf(t->ep_unit, sizeof t->ep_unit, "%s", e->value + 5);
            t->ep_kind = EN_COL_LEVEL;
        } else if (!strcmp(e->value, "growth") || !strcmp(e->value, "change"))
            t->ep_kind = e->value[0] == 'g' ? EN_COL_GROWTH : EN_COL_CHANGE;
    }
    if (t->ep_kind == EN_COL_LEVEL && memchr(l, '%', n))
        t->ep_kind = EN_COL_NONE;   /* a share or a rate's level: not read */
}

/* The year of the months with none of their own: the year after the
 * header's latest year column, else the report's year when given; 0. */
static int base_year(const ingest_table *t, const ingest_context *ctx)
{
    int latest = 0;

    for (size_t k = 0; k < t->ep_ncols; k++)
        if (!t->ep_cols[k].skip && !t->ep_cols[k].rate && !t->ep_cols[k].from
            && t->ep_cols[k].year > latest)
            latest = t->ep_cols[k].year;
    return latest ? latest + 1 : ctx->year_given ? ctx->report_year : 0;
}

/* Dates the columns whose part has no year: from the latest of them (the
 * first when they run back in time, else the last) outward, a year earlier
 * at each turn across January.  With no year to start from, only the
 * months before the turn are read (their year is the page's). */
static void date_parts(ingest_table *t, const ingest_context *ctx)
{
    size_t idx[EP_COLS_MAX], n = 0;
    int down = 0, year;
    bool lost = false;

    for (size_t k = 0; k < t->ep_ncols; k++)
        if (!t->ep_cols[k].skip && !t->ep_cols[k].rate && t->ep_cols[k].from
            && !t->ep_cols[k].year)
            idx[n++] = k;
    for (size_t i = 1; i < n; i++)
        down += t->ep_cols[idx[i]].from < t->ep_cols[idx[i - 1]].from ? 1 : -1;
    year = base_year(t, ctx);
    for (size_t j = 0; j < n; j++) {
        ep_column *c = &t->ep_cols[idx[down >= 0 ? j : n - 1 - j]];
        ep_column *prev = j ? &t->ep_cols[idx[down >= 0 ? j - 1 : n - j]] : NULL;
        if (prev && c->from > prev->from) {
            lost = !year;
            year -= year > 0;
        }
        c->year = year;
        c->skip = c->skip || lost;
    }
}

/* Sets each column's kind once the header is read: the caption's, else
 * (with a Y/Y column) changes under parts and annual rates under years; a
 * rate column is of the latest period.  False when no column is read. */
static bool finish_head(ingest_table *t, const ingest_context *ctx)
{
    bool yoy = false;
    size_t periods = 0, latest = EP_COLS_MAX;

    for (size_t k = 0; k < t->ep_ncols; k++) {
        yoy = yoy || t->ep_cols[k].rate;
        periods += !t->ep_cols[k].skip && !t->ep_cols[k].rate;
    }
    if (periods < 2)
        return false;
    date_parts(t, ctx);
    for (size_t k = 0; k < t->ep_ncols; k++) {
        ep_column *c = &t->ep_cols[k];
        if (c->skip || t->ep_skip)
            continue;
        if (c->rate) {
            c->kind = c->rate;
            if (latest < EP_COLS_MAX) {
                c->year = t->ep_cols[latest].year;
                c->from = t->ep_cols[latest].from;
                c->to = t->ep_cols[latest].to;
            }
        } else if (t->ep_kind)
            c->kind = t->ep_kind == EN_COL_CHANGE && !c->from ? EN_COL_GROWTH : t->ep_kind;
        else if (yoy)
            c->kind = c->from ? EN_COL_CHANGE : EN_COL_GROWTH;
        if (!c->rate && latest == EP_COLS_MAX && c->year)
            latest = k;
        if (!c->year && !c->from)
            c->kind = EN_COL_NONE;
    }
    return true;
}

/* Starts a row labelled t[a..b): its measure, the table's first row's
 * before a label that qualifies it (Excluding autos), a short label's
 * name in full (Exp: exports). */
static bool start_row(ingest_table *t, const char *text, size_t a, size_t b)
{
    char l[96];
    const lex_entry *e;
    size_t sp;

    if (a == b || !isalpha((unsigned char)text[a]) || text[b - 1] == '.'
        || ingest_table_lower(text, a, b, l, sizeof l) < 0)
        return false;       /* a sentence after the table is no label */
    for (size_t i = 0; l[i]; i++)
        if (isdigit((unsigned char)l[i]) || (l[i] == '.' && l[i + 1] == ' '))
            return false;
    sp = strcspn(l, " ");
    if ((e = word_row(l, 0, strlen(l))) && !strncmp(e->value, "row:", 4))
        snprintf(t->ep_label, sizeof t->ep_label, "%s", e->value + 4);
    else if ((e = word_row(l, 0, sp)) && !strcmp(e->value, "sub") && t->ep_first[0]
             && strlen(t->ep_first) + strlen(l) + 2 <= sizeof t->ep_label) {
        size_t k = strlen(t->ep_first);
        memcpy(t->ep_label, t->ep_first, k);
        t->ep_label[k] = ' ';
        memcpy(t->ep_label + k + 1, l, strlen(l) + 1);
    } else
        snprintf(t->ep_label, sizeof t->ep_label, "%s", l);
    if (!t->ep_first[0])
        memcpy(t->ep_first, t->ep_label, sizeof t->ep_first);
    t->ep_col = 0;
    return true;
}

/* Reads cell t[a..b) as a figure, a footnote letter after it (2.2p, 3.1e)
 * dropped: *f its digits, *est when the letter marks an estimate. */
static bool figure_at(const char *text, size_t a, size_t b, ingest_table_figure *f, bool *est)
{
    *est = false;
    if (b - a >= 2 && isalpha((unsigned char)text[b - 1]) && isdigit((unsigned char)text[b - 2])) {
        char l = (char)tolower((unsigned char)text[b - 1]);
        const lex_entry *e = word_row(&l, 0, 1);
        if (!e)
            return false;
        *est = !strcmp(e->value, "estimate");
        b--;
    }
    return ingest_table_figure_cell(text, (cell){ a, b }, f);
}

/* Reads a level's figure f of s in the caption's unit U (billion dollars):
 * its value, place value, and value in U's base unit (a scale word of the
 * lexicon, then a base-unit row). */
static bool level_amount(const ingest_table *t, const ingest_sentence *s,
                         const ingest_table_figure *f, ingest_amount *am)
{
    const ingest_lexicon *lx = &ingest_lexicon_en;
    const lex_entry *e = NULL;
    const char *u = t->ep_unit;
    size_t sc = ingest_lex_at(lx, LEX_SCALE, u, strlen(u), &e);
    double scale = sc && e && u[sc] == ' ' ? strtod(e->value, NULL) : 1;
    const char *base = sc && u[sc] == ' ' ? u + sc + 1 : u;

    memset(am, 0, sizeof *am);
    am->value = strtod(s->text + f->from, NULL);
    am->resolution = 1;
    for (size_t i = 0; i < f->len; i++)
        if (s->text[f->from + i] == '.')
            am->resolution = pow(10, -(double)(f->len - i - 1));
    am->norm_value = am->value * scale;
    for (size_t k = 0; k < lx->cls[LEX_BASE_UNIT].n; k++)
        if (!strcmp(lx->cls[LEX_BASE_UNIT].v[k].s, base))
            snprintf(am->norm_unit, sizeof am->norm_unit, "%s", lx->cls[LEX_BASE_UNIT].v[k].value);
    return am->norm_unit[0] != '\0';
}

/* A cell that stands for no figure: a dash, or a colon (Eurostat's "not
 * available"). */
static bool blank_at(const char *text, size_t a, size_t b)
{
    return (b - a == 1 && text[a] == ':') || ingest_table_blank_cell(text, (cell){ a, b });
}

/* Emits figure f of column k of the open row, read at offset at of s. */
static int emit(const ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                const char *file, const ingest_sink *sink, size_t k, size_t at,
                const ingest_table_figure *f, bool est)
{
    const ep_column *col = &t->ep_cols[k];
    bool level = col->kind == EN_COL_LEVEL;
    char text[48];
    ingest_amount am;
    ingest_claim c;
    int n;

    if (col->kind == EN_COL_NONE || !t->ep_label[0])
        return GC_OK;
    if (level) {
        if (!level_amount(t, s, f, &am))
            return GC_OK;
    } else {
        n = snprintf(text, sizeof text, "%.*s%%", (int)f->len, s->text + f->from);
        if (n <= 0 || (size_t)n >= sizeof text
            || ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &am) != GC_OK
            || am.length != (size_t)n)
            return GC_OK;
    }
    memset(&c, 0, sizeof c);
    c.indicator = (char *)(uintptr_t)t->ep_label;
    c.kind = col->kind == EN_COL_CHANGE ? INGEST_CHANGE_PCT
           : level ? INGEST_LEVEL : INGEST_GROWTH_YOY;
    c.year = col->year;
    c.month_from = col->from;
    c.month_to = col->to;
    c.time_source = INGEST_TIME_SECTION;
    c.value = f->neg ? -am.value : am.value;
    c.norm_value = f->neg ? -am.norm_value : am.norm_value;
    c.resolution = am.resolution;
    c.unit = (char *)(uintptr_t)(level ? t->ep_unit : "%");
    c.norm_unit = (char *)(uintptr_t)am.norm_unit;
    c.estimated = est || t->ep_estimate;
    c.lang = INGEST_LANG_EN;
    return ingest_table_send(&c, s, file, at, sink);
}

/* Opens a table of shape shape whose caption is cap ("" none). */
static void open_table(ingest_table *t, const char *cap, int shape)
{
    read_caption(t, cap);
    t->ep_ncols = 0;
    t->ep_col = 0;
    t->ep_label[0] = t->ep_first[0] = '\0';
    t->ep_shape = shape;
    t->ep = EP_HEAD;
}

/* ---- one cell a short paragraph ---- */

/* Keeps the text line s as a caption or a column's name before a header;
 * forgets the older ones beyond two. */
static void keep_line(ingest_table *t, const ingest_sentence *s)
{
    if (s->len > 0 && s->text[s->len - 1] == '.') {
        t->ep_npre = 0;     /* a sentence of prose: no caption */
        return;
    }
    if (t->ep_npre == 2) {
        memcpy(t->ep_pre[0], t->ep_pre[1], sizeof t->ep_pre[0]);
        t->ep_npre = 1;
    }
    if (ingest_table_lower(s->text, 0, s->len, t->ep_pre[t->ep_npre], sizeof t->ep_pre[0]) >= 0)
        t->ep_npre++;
    else
        t->ep_npre = 0;
}

/* A figure or a blank cell in the row being read: its column's claim. */
static int para_figure(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                       const char *file, const ingest_sink *sink, bool *taken)
{
    ingest_table_figure f;
    bool est;
    size_t k = t->ep_col;

    if (k >= t->ep_ncols) {
        t->ep = EP_NONE;
        return GC_OK;
    }
    *taken = true;
    t->ep_col++;
    if (blank_at(s->text, 0, s->len) || !figure_at(s->text, 0, s->len, &f, &est))
        return GC_OK;
    return emit(t, ctx, s, file, sink, k, 0, &f, est);
}

static int para_cell(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     const char *file, const ingest_sink *sink, bool *taken)
{
    char l[EP_CELL_MAX + 1];
    ingest_table_figure f;
    bool est, is_fig, period;
    int year = 0, from, to;

    if (ingest_table_lower(s->text, 0, s->len, l, sizeof l) < 0) {
        t->ep = EP_NONE;
        return GC_OK;
    }
    is_fig = figure_at(s->text, 0, s->len, &f, &est) || blank_at(s->text, 0, s->len);
    period = !is_fig && (period_of(l, 0, strlen(l), &year, &from, &to) || rate_column(l, 0, strlen(l)));
    if (t->ep == EP_NONE) {
        if (!period || t->ep_npre == 0 || !year) {
            if (!is_fig && !period)
                keep_line(t, s);
            else
                t->ep_npre = 0;
            return GC_OK;
        }
        open_table(t, t->ep_pre[0], EP_SHAPE_PARA);
        if (t->ep_npre == 2)
            skip_column(t);
        t->ep_npre = 0;
    }
    if (t->ep == EP_HEAD) {
        if (period && head_cell(t, l, 0, strlen(l))) {
            *taken = true;
            return GC_OK;
        }
        if (is_fig || !finish_head(t, ctx) || !start_row(t, s->text, 0, s->len)) {
            t->ep = EP_NONE;
            return GC_OK;
        }
        t->ep = EP_ROW;
        *taken = true;
        return GC_OK;
    }
    if (is_fig)
        return para_figure(t, ctx, s, file, sink, taken);
    if (t->ep_col != t->ep_ncols || !start_row(t, s->text, 0, s->len)) {
        /* the table is over: the line may be the next one's caption */
        t->ep = EP_NONE;
        t->ep_npre = 0;
        if (!period)
            keep_line(t, s);
        return GC_OK;
    }
    *taken = true;
    return GC_OK;
}

/* Two cells on lines of their own joined into one sentence (a line with a
 * comma does not end its sentence: a row's label and its first figure, a
 * caption and the first period): each read as a line of its own. */
static int joined_cells(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                        const char *file, const ingest_sink *sink, bool *taken)
{
    ingest_anchor an[2 * EP_CELL_MAX + 8];
    ingest_sentence one = *s, two = *s;
    size_t h = ingest_table_last_line(s), e = h, k = 0;
    char l[EP_CELL_MAX + 1];
    int year = 0, from, to, rc;

    while (e > 0 && s->text[e - 1] == ' ')
        e--;
    while (h > 0 && h < s->len && s->text[h] == ' ')
        h++;
    if (h == 0 || e == 0 || e > EP_CELL_MAX || s->len - h > EP_CELL_MAX)
        return GC_OK;
    for (size_t i = 0; i < s->nanchors && s->anchors[i].norm < e; i++)
        if (s->anchors[i].line != s->anchors[0].line)
            return GC_OK;       /* more than two lines */
    if (t->ep == EP_NONE
        && !(ingest_table_lower(s->text, h, s->len, l, sizeof l) >= 0 && period_of(l, 0, strlen(l), &year, &from, &to)
             && year))
        return GC_OK;
    for (size_t i = 0; i < s->nanchors; i++)
        if (s->anchors[i].norm >= h) {
            if (k == sizeof an / sizeof an[0])
                return GC_OK;
            an[k] = s->anchors[i];
            an[k++].norm -= h;
        }
    one.len = e;
    two.text = s->text + h;
    two.len = s->len - h;
    two.anchors = an;
    two.nanchors = k;
    if ((rc = para_cell(t, ctx, &one, file, sink, taken)) != GC_OK)
        return rc;
    if (t->ep == EP_NONE && (!t->ep_npre || *taken))
        return GC_OK;
    *taken = false;
    rc = para_cell(t, ctx, &two, file, sink, taken);
    return rc;
}

/* ---- a row a line: rows run together, or cells apart by bars ---- */

/* Reads cells cs[0..n) of s (the label's cells, then a figure a column) as
 * rows: rows run together are many labels each with ncols figures; a bar
 * row is one.  Returns the cells the whole rows take (0: none); text after
 * them with no figure (the next table's caption, joined to the rows) is
 * left. */
static size_t rows_whole(const ingest_table *t, const ingest_sentence *s, const cell *cs, size_t n)
{
    size_t i = 0, whole = 0;
    bool est;
    ingest_table_figure f;

    while (i < n) {
        size_t lab = i, k;
        while (i < n && !figure_at(s->text, cs[i].a, cs[i].b, &f, &est)
               && !blank_at(s->text, cs[i].a, cs[i].b))
            i++;
        if (i == n && whole > 0)
            return whole;       /* the text after the rows */
        if (i == lab)
            return 0;
        for (k = 0; k < t->ep_ncols && i < n; k++, i++)
            if (!figure_at(s->text, cs[i].a, cs[i].b, &f, &est)
                && !blank_at(s->text, cs[i].a, cs[i].b))
                return 0;
        if (k < t->ep_ncols)
            return 0;
        whole = i;
    }
    return whole;
}

static int read_rows(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     const char *file, const ingest_sink *sink, const cell *cs, size_t n)
{
    size_t i = 0;
    int rc = GC_OK;

    while (i < n && rc == GC_OK) {
        size_t lab = i;
        ingest_table_figure f;
        bool est;
        while (!figure_at(s->text, cs[i].a, cs[i].b, &f, &est)
               && !blank_at(s->text, cs[i].a, cs[i].b))
            i++;
        if (!start_row(t, s->text, cs[lab].a, cs[i - 1].b))
            t->ep_label[0] = '\0';
        for (size_t k = 0; k < t->ep_ncols && rc == GC_OK; k++, i++)
            if (figure_at(s->text, cs[i].a, cs[i].b, &f, &est))
                rc = emit(t, ctx, s, file, sink, k, cs[i].a, &f, est);
    }
    return rc;
}

/* Splits s at its spaces (shape run) or bars (shape bars) into at most max
 * cells; 0 when there are more. */
static size_t split_at(const ingest_sentence *s, char sep, cell *out, size_t max)
{
    size_t n = 0, from = 0;

    for (size_t i = 0; i <= s->len; i++) {
        size_t a = from, b = i;
        if (i < s->len && s->text[i] != sep)
            continue;
        from = i + 1;
        while (a < b && s->text[a] == ' ')
            a++;
        while (b > a && s->text[b - 1] == ' ')
            b--;
        if (a == b)
            continue;
        if (n == max)
            return 0;
        out[n].a = a;
        out[n++].b = b;
    }
    return n;
}

/* Splits rows run together at their spaces, and where a figure's sign or
 * a bracket follows a figure with none between (-17.5-2.8, 249.1(Reporting:
 * the text's clean-up drops a space before them); 0 when there are more
 * than max cells. */
static size_t split_run(const ingest_sentence *s, cell *out, size_t max)
{
    size_t n = 0, a = 0;
    const char *t = s->text;

    for (size_t i = 0; i <= s->len; i++) {
        bool cut = i == s->len || t[i] == ' '
                   || (i > a && isdigit((unsigned char)t[i - 1])
                       && ((t[i] == '-' && i + 1 < s->len && isdigit((unsigned char)t[i + 1]))
                           || t[i] == '('));
        if (!cut)
            continue;
        if (i > a) {
            if (n == max)
                return 0;
            out[n].a = a;
            out[n++].b = i;
        }
        a = t[i] == ' ' || i == s->len ? i + 1 : i;
    }
    return n;
}

/* Reads the header at the start of cells cs[0..n) of s (a label column's
 * name before it, in a bar row): *used the cells it took.  A month and a
 * year in cells of their own side by side (Sep 2024, run together) are
 * one period. */
static bool line_head(ingest_table *t, const ingest_sentence *s, const cell *cs, size_t n,
                      size_t *used)
{
    char l[EP_RUN_MAX + 1];
    size_t i = 0;

    if (ingest_table_lower(s->text, 0, s->len, l, sizeof l) < 0 || strlen(l) != s->len)
        return false;
    for (; i < n; i++) {
        int year, from, to;
        if (i + 1 < n && cs[i + 1].a == cs[i].b + 1
            && period_of(l, cs[i].a, cs[i + 1].b, &year, &from, &to) && year && from
            && head_cell(t, l, cs[i].a, cs[i + 1].b)) {
            i++;
            continue;
        }
        if (!head_cell(t, l, cs[i].a, cs[i].b))
            break;
    }
    *used = i;
    return i >= 2;
}

static bool head_may(const ingest_sentence *s);

/* Keeps the text after rows run together, cells cs[0..n), as the next
 * table's caption. */
static void keep_tail(ingest_table *t, const ingest_sentence *s, const cell *cs, size_t n)
{
    t->ep_npre = 0;
    if (n > 0 && ingest_table_lower(s->text, cs[0].a, cs[n - 1].b, t->ep_pre[0], sizeof t->ep_pre[0]) >= 0)
        t->ep_npre = 1;
}

static int line_table(ingest_table *t, ingest_context *ctx, const ingest_sentence *s, bool bars,
                      const char *file, const ingest_sink *sink, bool *taken)
{
    cell cs[EP_CELLS_MAX];
    size_t n = bars ? split_at(s, '|', cs, EP_CELLS_MAX) : split_run(s, cs, EP_CELLS_MAX);
    size_t used = 0, rows;
    const char *cap = t->ep_npre ? t->ep_pre[t->ep_npre - 1] : "";

    if (n == 0)
        return GC_OK;
    if (t->ep == EP_ROW && t->ep_shape == (bars ? EP_SHAPE_BARS : EP_SHAPE_RUN)
        && (rows = rows_whole(t, s, cs, n)) > 0 && (bars || rows == n)) {
        *taken = true;
        return read_rows(t, ctx, s, file, sink, cs, rows);
    }
    if (bars && t->ep == EP_ROW && strspn(s->text, "|-: ") == s->len) {
        *taken = true;      /* |---|---|: the header's rule */
        return GC_OK;
    }
    t->ep = EP_NONE;
    open_table(t, bars ? "" : cap, bars ? EP_SHAPE_BARS : EP_SHAPE_RUN);
    if (bars && n > 2 && !head_may(s)) {
        /* the label column's name: what the figures are (% change) */
        char l[EP_CAPTION_MAX + 1];
        if (ingest_table_lower(s->text, cs[0].a, cs[0].b, l, sizeof l) < 0)
            return GC_OK;
        read_caption(t, l);
        memmove(cs, cs + 1, (n - 1) * sizeof cs[0]);
        n--;
    }
    if (!line_head(t, s, cs, n, &used) || !finish_head(t, ctx)) {
        t->ep = EP_NONE;
        return GC_OK;
    }
    rows = used < n ? rows_whole(t, s, cs + used, n - used) : 0;
    if (used < n && (rows == 0 || (bars && rows < n - used))) {
        t->ep = EP_NONE;
        return GC_OK;
    }
    t->ep = EP_ROW;
    t->ep_npre = 0;
    *taken = true;
    if (!bars && used + rows < n) {
        /* rows run together up to the next table's caption */
        keep_tail(t, s, cs + used + rows, n - used - rows);
        t->ep = EP_NONE;
    }
    return read_rows(t, ctx, s, file, sink, cs + used, rows);
}

/* May s begin a header of periods run together or apart by bars?  Its
 * first word is a month, a quarter, a year or Y/Y: a quick test first. */
/* ---- one cell between bare bars, over one line or more ---- */

/* Appends t[a..b) to the pending text cell, a space before it, its bytes
 * beyond ASCII dropped (‰); false when it does not fit. */
static bool cell_append(ingest_table *t, const char *text, size_t a, size_t b)
{
    while (a < b && text[a] == ' ')
        a++;
    while (b > a && text[b - 1] == ' ')
        b--;
    if (a < b && t->ep_cell_len > 0 && t->ep_cell_len + 1 < EP_CELL_TEXT)
        t->ep_cell[t->ep_cell_len++] = ' ';
    for (size_t i = a; i < b; i++) {
        if ((unsigned char)text[i] >= 0x80)
            continue;
        if (t->ep_cell_len + 1 >= EP_CELL_TEXT)
            return false;
        t->ep_cell[t->ep_cell_len++] = text[i];
    }
    t->ep_cell[t->ep_cell_len] = '\0';
    return true;
}

/* Reads the pending text cell as a line of its own (a caption, a column's
 * name, a period, a row's label), then forgets it.  Such a cell gives no
 * claim, so the sentence of its last line lends it its place. */
static int cell_flush(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      const char *file, const ingest_sink *sink)
{
    ingest_sentence c = *s;
    bool taken = false;
    int rc = GC_OK;

    if (t->ep_cell_len > 0) {
        c.text = c.match = t->ep_cell;
        c.len = t->ep_cell_len;
        c.para_start = true;
        rc = para_cell(t, ctx, &c, file, sink, &taken);
    }
    t->ep_cell_len = 0;
    return rc;
}

/* A table copied one cell between bare bar lines ("Mar" "2013" "|" "1.7"
 * "|"), a cell's text wrapped over lines ("All-items" "HICP"): read as the
 * table of one cell a line, each cell's lines joined, a line ending in a bar
 * (the caption's last: "components, %|", its bar maybe on the next line)
 * closing a cell too.  A cell that
 * starts with a figure is read at once (a figure takes one line).  True when
 * s was read here (*taken when it was a table's). */
static bool bar_cells(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      bool one_line, const char *file, const ingest_sink *sink,
                      bool *taken, int *rc)
{
    /* a sentence may hold two lines of a cell ("Food," "alcohol & tobacco":
     * a line ending in a comma does not end its sentence) */
    size_t n = s->len;
    bool bar_end = n > 0 && s->text[n - 1] == '|';
    ingest_table_figure f;
    bool est;

    if (!s->para_start || n > EP_CELL_MAX
        || (bar_end && memchr(s->text, '|', n - 1))) {
        t->ep_bars = false;     /* not a cell: the table of cells is over */
        t->ep_cell_len = 0;
        return false;
    }
    if (bar_end) {
        if (!t->ep_bars && t->ep == EP_NONE && t->ep_npre > 0 && n > 1) {
            /* the caption's last line: join it to the line before */
            char *pre = t->ep_pre[t->ep_npre - 1];
            size_t k = strlen(pre);
            if (k + n + 1 < sizeof t->ep_pre[0]
                && ingest_table_lower(s->text, 0, n - 1, pre + k + 1, sizeof t->ep_pre[0] - k - 1) >= 0)
                pre[k] = ' ';
            else
                pre[k] = '\0';
        } else if (!cell_append(t, s->text, 0, n - 1))
            t->ep_cell_len = 0;
        *rc = cell_flush(t, ctx, s, file, sink);
        t->ep_bars = true;
        *taken = t->ep != EP_NONE && n == 1;
        return true;
    }
    if (!t->ep_bars || (one_line && t->ep_cell_len == 0
                        && (figure_at(s->text, 0, n, &f, &est) || blank_at(s->text, 0, n))))
        return false;   /* read as a line of its own */
    if (!cell_append(t, s->text, 0, n)) {
        t->ep_bars = false;
        t->ep_cell_len = 0;
        return false;
    }
    *taken = t->ep != EP_NONE;
    return true;
}

static bool head_may(const ingest_sentence *s)
{
    const char *t = s->text + strspn(s->text, "| ");
    size_t n = strcspn(t, " |"), e = 0;
    char l[12];
    int year, from, to;

    if (n < 2 || n >= sizeof l)
        return false;
    for (size_t i = 0; i < n; i++)
        l[e++] = (char)tolower((unsigned char)t[i]);
    l[e] = '\0';
    return period_of(l, 0, e, &year, &from, &to) || rate_column(l, 0, e);
}

int ingest_table_period_en(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                           bool one_line, const char *file, const ingest_sink *sink, bool *taken)
{
    bool bars, para;
    int rc = GC_OK;

    *taken = false;
    if ((t->ep == EP_NONE || t->ep_shape == EP_SHAPE_PARA)
        && (t->ep_bars || (s->len > 0 && s->text[s->len - 1] == '|'))
        && bar_cells(t, ctx, s, one_line, file, sink, taken, &rc))
        return rc;
    if (!one_line && s->para_start && (t->ep == EP_NONE || t->ep_shape == EP_SHAPE_PARA)
        && ((rc = joined_cells(t, ctx, s, file, sink, taken)) != GC_OK || *taken))
        return rc;
    if (!one_line && s->len > 0 && s->len <= EP_RUN_MAX && !ingest_has_bar(s)
        && head_may(s) && ((rc = line_table(t, ctx, s, false, file, sink, taken)) != GC_OK || *taken))
        return rc;
    if (!one_line || s->len == 0) {
        t->ep = EP_NONE;
        t->ep_npre = 0;
        return GC_OK;
    }
    bars = ingest_has_bar(s);
    para = !bars && s->para_start && s->len <= EP_CELL_MAX
           && (t->ep == EP_NONE || t->ep_shape == EP_SHAPE_PARA);
    if (para && ((rc = para_cell(t, ctx, s, file, sink, taken)) != GC_OK || *taken))
        return rc;
    if (((t->ep == EP_ROW && t->ep_shape != EP_SHAPE_PARA) || (s->len <= EP_RUN_MAX && (bars || head_may(s))))
        && ((rc = line_table(t, ctx, s, bars, file, sink, taken)) != GC_OK || *taken))
        return rc;
    t->ep = EP_NONE;
    if (para)
        return GC_OK;       /* kept as a caption, or not, by para_cell */
    /* a caption of rows run together or of bar rows: the line before */
    t->ep_npre = 0;
    if (!bars && s->len <= EP_CAPTION_MAX)
        keep_line(t, s);
    return GC_OK;
}
