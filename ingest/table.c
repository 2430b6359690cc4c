/* table.c -- statistical tables printed as text rows.
 *
 * A communiqué's table, copied out of its page, becomes one line a row with
 * the cells apart by spaces or tabs: a header naming the columns (指标
 * 绝对值(万元) 比上年增长(%)), then rows such as "工业 8848 -45.1".  The
 * sentence grammar reads nothing in such a row (no verb, no unit), yet each
 * holds a level and a rate a reader takes at once.  This reader works on the
 * parser's sentences with the places where whitespace stood (the gaps the
 * parser notes): a row whose cells each name a column it knows (the words
 * of class table-column in the lexicon: label, unit, level, growth, share;
 * or a year, 2018年, for a level column) is a header and opens a table; each
 * following line that splits into as many cells, a label and figures, gives
 * one claim per figure, with the cell's place as provenance; the first line
 * that does not closes the table.  Cells may also be apart by bars (| 工业 |
 * 8848 |, with a |---| rule under the header); a note 单位：万元 before the
 * header gives its level columns their unit, and a caption's number glued to
 * its year (圖12017年) still dates the table.  Conservative on purpose: a line with no
 * header before it, or one that does not split into the header's cells,
 * gives nothing here and goes to the grammar as before. */
#include "table.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "grammar.h"

#define RUN_GAPS_MIN 5    /* cell breaks of the shortest header and two rows on one line */
#define CAPTION_MAX 160   /* bytes: a longer line is prose, not a table's caption */
#define UNIT_CELL_MAX 15  /* bytes of a unit cell (万吨标准煤) */

typedef ingest_table_cell cell;

/* Adds s's bytes [a, b), spaces trimmed, as the next of at most max cells;
 * an empty cell adds nothing.  False when there is no room for it. */
static bool add_cell(const ingest_sentence *s, size_t a, size_t b, cell *out, size_t *n,
                     size_t max)
{
    while (a < b && s->text[a] == ' ')
        a++;
    while (b > a && s->text[b - 1] == ' ')
        b--;
    if (a == b)
        return true;
    if (*n == max)
        return false;
    out[*n].a = a;
    out[*n].b = b;
    (*n)++;
    return true;
}

/* Splits s at the gaps of t into at most max cells, spaces trimmed; returns
 * their number, or 0 when there are too many. */
static size_t split_cells(const ingest_table *t, const ingest_sentence *s, cell *out, size_t max)
{
    size_t n = 0, from = 0;

    if (t->ngap >= max)
        return 0;
    for (size_t g = 0; g <= t->ngap; g++) {
        size_t to = g < t->ngap ? t->gap[g] : s->len;
        if (to > s->len || to < from || !add_cell(s, from, to, out, &n, max))
            return 0;
        from = to;
    }
    return n;
}

/* Splits s[from..len) at its bars (| 指标 | 绝对数 |, a table pasted from a
 * web page or a Markdown file) into at most max cells, spaces trimmed;
 * returns their number, or 0 when there are too many.  Empty cells are
 * dropped, but with keep_empty those between two bars are kept as blanks:
 * a row's empty cell (年末户籍人口 | 86.33 | |: no share written) keeps
 * the figures after it under their own columns.  None is kept before the
 * first cell written (| | 第一产业 | 20.7 |: an indented row, not a blank
 * label). */
static size_t split_bars(const ingest_sentence *s, size_t from, cell *out, size_t max,
                         bool keep_empty)
{
    size_t n = 0;
    bool bar_before = false;

    for (size_t i = from; i <= s->len; i++) {
        if (i < s->len && s->text[i] != '|')
            continue;
        if (keep_empty && n && bar_before && i < s->len && strspn(s->text + from, " ") >= i - from) {
            if (n == max)
                return 0;
            out[n].a = out[n].b = i;
            n++;
        } else if (!add_cell(s, from, i, out, &n, max)) {
            return 0;
        }
        bar_before = true;
        from = i + 1;
    }
    return n;
}

/* A rule row of a bar table (|---|:---:|): bars, hyphens, colons, spaces. */
static bool rule_row(const ingest_sentence *s)
{
    size_t dashes = 0;

    for (size_t i = 0; i < s->len; i++) {
        char c = s->text[i];
        if (c != '|' && c != '-' && c != ':' && c != ' ')
            return false;
        dashes += c == '-';
    }
    return dashes >= 3;
}

/* The figure cells of table_cell.c, in this file's terms. */
static bool figure_cell(const char *t, cell c, bool *neg, size_t *from, size_t *len, bool *pct)
{
    ingest_table_figure f;
    bool ok = ingest_table_figure_cell(t, c, &f);

    *neg = f.neg;
    *from = f.from;
    *len = f.len;
    *pct = f.pct;
    return ok;
}

static bool blank_cell(const char *t, cell c)
{
    return ingest_table_blank_cell(t, c);
}

static bool has_digit(const char *t, cell c)
{
    for (size_t i = c.a; i < c.b; i++)
        if (is_digit(t[i]))
            return true;
    return false;
}

/* Does s[0..n) open with an age band, digits straight into 岁 (0-15岁,
 * 60周岁及以上: digits, a range to more digits, 周, then 岁 or 歲)?  A label
 * that opens with a year (2023年60岁以上人口) is none. */
static bool age_band(const ingest_lexicon *lx, const char *s, size_t n)
{
    size_t i = 0, w;

    while (i < n && is_digit(s[i]))
        i++;
    if (i > 0 && i < n && (w = ingest_lex_at(lx, LEX_RANGE_DASH, s + i, n - i, NULL)) > 0
        && i + w < n && is_digit(s[i + w]))
        for (i += w; i < n && is_digit(s[i]); i++)
            ;
    if (i + 3 <= n && !memcmp(s + i, "\xE5\x91\xA8", 3))
        i += 3;         /* 周 */
    return i > 0 && i + 3 <= n && (!memcmp(s + i, "\xE5\xB2\x81", 3) || !memcmp(s + i, "\xE6\xAD\xB2", 3));
}

/* May a row's cleaned label name a measure?  As a sentence's subject may,
 * or an age band of a population table (0-17岁, 60周岁及以上, 65歲以上):
 * digits before 岁 (歲) are its name, not a figure. */
static bool table_label_ok(const ingest_maps *m, const buf *label)
{
    const char *d = label->data;

    if (ingest_good_subject(m, label))
        return true;
    if (!d || !is_digit(d[0]))
        return false;
    return age_band(m->lx, d, label->len);
}

/* Cell c of a row's label without the 其中 and its colon before it (其中:城镇,
 * 其中：第一产业: the parts of the row above) and the commas after it (a
 * footnote's mark [3] the clean-up made a comma). */
static cell label_span(const ingest_sentence *s, cell c)
{
    static const char qizhong[] = "\xE5\x85\xB6\xE4\xB8\xAD";   /* 其中 */
    const char *m = s->match;

    if (c.b - c.a > 6 && !memcmp(m + c.a, qizhong, 6)) {
        size_t i = c.a + 6;
        if (m[i] == ':')
            c.a = i + 1;
        else if (c.b - i > 3 && !memcmp(m + i, "\xEF\xBC\x9A", 3))
            c.a = i + 3;
    }
    while (c.b > c.a && (s->text[c.b - 1] == ',' || s->text[c.b - 1] == ' '))
        c.b--;
    if (c.b - c.a > 3 && !memcmp(s->text + c.b - 3, "\xEF\xBC\x8C", 3))
        c.b -= 3;
    if (c.b - c.a > 4 && m[c.b - 1] == ')') {
        /* 化肥(折100%): a note in brackets with a figure in it is no part
           of the measure's name */
        size_t open = c.b - 1;
        while (open > c.a && m[open - 1] != '(')
            open--;
        if (open > c.a + 1 && has_digit(m, (cell){ open, c.b }))
            c.b = open - 1;
    }
    return c;
}

/* Is t[a..b) two to four ideographs after 万 or 亿 (a unit the amount
 * reader may not know: 万箱, 万部)?  Not 左右 or 以上, qualifiers. */
static bool cjk_word(const char *t, size_t a, size_t b)
{
    size_t chars = 0;

    if (b - a < 6 || (memcmp(t + a, "\xE4\xB8\x87", 3) && memcmp(t + a, "\xE4\xBA\xBF", 3)))
        return false;
    for (size_t i = a; i < b; i += 3, chars++)
        if (b - i < 3 || !is_ideograph_lead((unsigned char)t[i]))
            return false;
    return chars <= 4;
}

/* Splits cell c, a level's figure glued to its unit (269万吨), into the
 * figure *f and the unit *u; *rest is what follows the unit: empty, or the
 * next column's figure glued on (6100万立方米-4.5).  False when c is not
 * so. */
static bool glued_level(const ingest_lexicon *lx, const char *t, cell c, cell *f, cell *u,
                        cell *rest)
{
    size_t e, r, from, len;
    bool neg, pct;

    for (e = c.a; e < c.b && (is_digit(t[e]) || t[e] == '.'); e++)
        ;
    for (r = e; r < c.b && !is_digit(t[r]) && t[r] != '-' && t[r] != '+'; r++)
        ;
    *f = (cell){ c.a, e };
    *u = (cell){ e, r };
    *rest = (cell){ r, c.b };
    return e > c.a && figure_cell(t, *f, &neg, &from, &len, &pct) && !pct
        && (ingest_table_unit_text(lx, t, e, r) || cjk_word(t, e, r))
        && (r == c.b || figure_cell(t, *rest, &neg, &from, &len, &pct));
}

/* Copies cs[0..n) into out, the first cell that is a level glued to its
 * unit and to the next figure (木材 6100万立方米-4.5) made two: a row one
 * cell short of its header.  Returns the cells in out. */
static size_t unglue_row(const ingest_lexicon *lx, const char *t, const cell *cs, size_t n,
                         cell *out)
{
    size_t k = 0;
    bool split = false;

    for (size_t i = 0; i < n; i++) {
        cell f, u, rest;
        if (!split && has_digit(t, cs[i]) && glued_level(lx, t, cs[i], &f, &u, &rest)
            && rest.b > rest.a) {
            out[k++] = (cell){ cs[i].a, u.b };
            out[k++] = rest;
            split = true;
        } else {
            out[k++] = cs[i];
        }
    }
    return k;
}

/* Reads cell c of level column: a figure, or one glued to its unit (化学纤维
 * 269万吨 13.3), the unit then copied into unit (cap bytes).  *fc gets the
 * figure's cell. */
static bool level_cell(const ingest_lexicon *lx, const char *t, cell c, cell *fc, char *unit,
                       size_t cap)
{
    cell u, rest;
    bool neg, pct;
    size_t f, l;

    *fc = c;
    if (figure_cell(t, c, &neg, &f, &l, &pct))
        return true;
    if (!glued_level(lx, t, c, fc, &u, &rest) || rest.b > rest.a || u.b - u.a >= cap)
        return false;
    if (!unit[0]) {
        memcpy(unit, t + u.a, u.b - u.a);
        unit[u.b - u.a] = '\0';
    }
    return true;
}

/* Reads s as a row of t: true when it is one (its claims emitted, *rc the
 * sink's answer). */
static bool read_row(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     const cell *cs0, size_t n, const char *file, const ingest_sink *sink, int *rc)
{
    const ingest_maps *m = &ctx->maps;
    size_t extra, figures = 0;
    const char *unit = "";
    char unitbuf[UNIT_CELL_MAX + 1], glued[UNIT_CELL_MAX + 1] = "";
    buf label = { 0 };
    cell lab, cs[TABLE_GAPS_MAX + 2], fig[TABLE_COLS_MAX];

    *rc = GC_OK;
    if (n > TABLE_GAPS_MAX + 1)
        return false;
    if (n + 1 == t->ncols)
        n = unglue_row(m->lx, s->text, cs0, n, cs);
    else
        memcpy(cs, cs0, n * sizeof *cs);
    /* a stray bar at the end (第一产业 | 20.7 | 3.1 | |) adds an empty cell
       past the columns: no cell of the row, nor the label's */
    while (n > t->ncols && cs[n - 1].a == cs[n - 1].b)
        n--;
    if (n < t->ncols)
        return false;
    /* a label written with spaces inside (其中: 工业) fills the leading cells */
    extra = n - t->ncols;
    for (size_t i = 0; i <= extra; i++) {
        bool neg, pct;
        size_t f, l;
        if (has_digit(s->text, cs[i]) && figure_cell(s->text, cs[i], &neg, &f, &l, &pct))
            return false;
    }
    lab.a = cs[0].a;
    lab.b = cs[extra].b;
    lab = label_span(s, lab);
    for (size_t k = 1; k < t->ncols; k++) {
        cell c = cs[extra + k];
        bool neg, pct;
        size_t f, l;
        fig[k] = c;
        if (t->role[k] == COL_UNIT) {
            if (has_digit(s->text, c) || c.b - c.a > UNIT_CELL_MAX)
                return false;
            memcpy(unitbuf, s->text + c.a, c.b - c.a);
            unitbuf[c.b - c.a] = '\0';
            unit = unitbuf;
        } else if (!blank_cell(s->text, c)) {
            if (ingest_col_level(t->role[k])
                    ? !level_cell(m->lx, s->text, c, &fig[k], glued, sizeof glued)
                    : !figure_cell(s->text, c, &neg, &f, &l, &pct))
                return false;
            figures++;
        }
    }
    if (!figures)
        return false;
    ingest_clean_both(m, s->text, s->match, lab.a, lab.b, &label, false);
    if (!table_label_ok(m, &label)) {
        buf_free(&label);
        return false;
    }
    if (!t->whole_set && label.len < sizeof t->whole) {
        memcpy(t->whole, label.data, label.len + 1);
        t->whole_set = true;
    }
    for (size_t k = 1; k < t->ncols && *rc == GC_OK; k++) {
        cell c = fig[k];
        bool neg, pct;
        size_t f, l;
        const char *u = unit[0] ? unit : glued[0] ? glued : t->unit[k];
        if (t->role[k] == COL_UNIT || t->role[k] == COL_SKIP || blank_cell(s->text, c))
            continue;
        (void)figure_cell(s->text, c, &neg, &f, &l, &pct);
        if (ingest_col_level(t->role[k]) && pct)
            u = "%";
        *rc = ingest_table_emit(t, ctx, s, file, sink, k, c.a, f, l, neg, label.data, u);
    }
    if (label.failed)
        *rc = GC_ENOMEM;
    buf_free(&label);
    return true;
}

/* The year a short line s[0..len) names (a table's caption), or 0.  A
 * caption's number glued to the year (圖12017年, 表32018年) is read as the
 * year: a run of five or six digits before 年 ends in one. */
static int caption_year(const ingest_lexicon *lx, const ingest_sentence *s, size_t len)
{
    if (!s->has_digit)
        return 0;       /* most headings: no year written in digits */
    /* no digit comes before the sentence's first number start */
    for (size_t i = s->number_from; i + 5 <= len; i++) {
        size_t yl, run = 0;
        int y;
        if (!is_digit(s->match[i]) || (i > 0 && is_digit(s->match[i - 1])))
            continue;
        if ((y = ingest_year_at(lx, s->match + i, len - i, &yl)) != 0)
            return y;
        while (i + run < len && is_digit(s->match[i + run]))
            run++;
        if (run >= 5 && run <= 6
            && (y = ingest_year_at(lx, s->match + i + run - 4, len - i - run + 4, &yl)) != 0)
            return y;
    }
    return 0;
}

/* Does m[0..len) hold a full-width colon (EF BC 9A)? */
static bool has_wide_colon(const char *m, size_t len)
{
    const char *p = m, *end = m + len;

    while ((p = memchr(p, 0xEF, (size_t)(end - p))) != NULL) {
        if (end - p >= 3 && (unsigned char)p[1] == 0xBC && (unsigned char)p[2] == 0x9A)
            return true;
        p++;
    }
    return false;
}

/* The unit a note such as 单位：万元 or (单位:亿元) names in s[0..len), copied
 * into unit (cap bytes); false when there is none or the amount reader
 * does not know the unit. */
static bool unit_note(const ingest_lexicon *lx, const ingest_sentence *s, size_t len, char *unit,
                      size_t cap)
{
    const char *m = s->match;

    /* no colon, no note: most short paragraphs are headings, and memchr
     * settles them */
    if (!memchr(m, ':', len) && !has_wide_colon(m, len))
        return false;
    /* a word starts at a character, never inside one: a step a character */
    for (size_t i = 0; i < len; i += char_len((unsigned char)m[i])) {
        const lex_entry *e = NULL;
        size_t k = ingest_lex_at(lx, LEX_TABLE_COLUMN, m + i, len - i, &e), a, b;
        char probe[40];
        ingest_amount am;
        if (!k || !e || strcmp(e->value, "unit"))
            continue;
        a = i + k;
        if (a < len && m[a] == ':')
            a++;
        else if (len - a >= 3 && !memcmp(m + a, "\xEF\xBC\x9A", 3))
            a += 3;
        else
            continue;
        while (a < len && m[a] == ' ')
            a++;
        for (b = a; b < len && m[b] != ' ' && m[b] != ')' && m[b] != ','
                    && !(len - b >= 3 && !memcmp(m + b, "\xEF\xBC\x89", 3)); b++)
            ;
        if (b == a || b - a + 2 > sizeof probe || b - a >= cap)
            return false;
        /* the amount reader must take "1" and the whole unit */
        probe[0] = '1';
        memcpy(probe + 1, m + a, b - a);
        if (ingest_amount_parse(lx, probe, b - a + 1, &am) != GC_OK || am.length != b - a + 1)
            return false;
        memcpy(unit, s->text + a, b - a);
        unit[b - a] = '\0';
        return true;
    }
    return false;
}

/* Gives the level columns of t with no unit of their own the note's. */
static void apply_note(ingest_table *t)
{
    if (!t->note_unit[0])
        return;
    for (size_t k = 0; k < t->ncols; k++)
        if (ingest_col_level(t->role[k]) && !t->unit[k][0])
            snprintf(t->unit[k], sizeof t->unit[k], "%s", t->note_unit);
}

/* Reads the last line of s, from offset head, as a header joined to the
 * lines before it (单位：万元, or a caption ending in one, joined to it by
 * its colon): its cells are apart by bars, or by the gaps of t when it has
 * none.  True, with the caption's year and the note's unit taken, when it
 * is one. */
static bool joined_header(ingest_table *t, const ingest_lexicon *lx, const ingest_sentence *s,
                          size_t head)
{
    cell cs[TABLE_GAPS_MAX + 1];
    size_t k = 0;
    int y;

    if (memchr(s->text + head, '|', s->len - head)) {
        k = split_bars(s, head, cs, TABLE_GAPS_MAX + 1, false);
    } else {
        size_t all = split_cells(t, s, cs, TABLE_GAPS_MAX + 1);
        for (size_t i = 0; i < all; i++)
            if (cs[i].a >= head)
                cs[k++] = cs[i];
    }
    if (k < 2 || !ingest_table_read_header(t, lx, s, cs, k))
        return false;
    if ((y = caption_year(lx, s, head)) != 0)
        t->caption_year = y;
    if (!unit_note(lx, s, head, t->note_unit, sizeof t->note_unit))
        t->note_unit[0] = '\0';
    apply_note(t);
    return true;
}

/* ---- tables flattened one cell a line ----
 *
 * A web page's table copied out cell by cell: each cell on a line of its
 * own, closed by a bar (項目 |, 48.26 |, a bare bar line between rows) or
 * not (a short paragraph a cell).  The
 * header is the label column's name (项目, 指标) and the column names after
 * it, with the years of a level column under them (现价(亿元) | 2015年 |
 * 2016年: the level column is one a year); then each row is its label and
 * its figures, one a line, each read as the cell of a printed row is, with
 * its own line as provenance. */
enum { FLAT_NONE, FLAT_HEAD, FLAT_ROW };

#define FLAT_CELL_MAX 60    /* bytes of a cell on a line of its own */

/* Is s a line of a flattened table?  *c its cell; *empty when it holds
 * none (a bare | between rows).  A line with no bar is one cell when it is
 * a short paragraph of its own. */
static bool flat_line(const ingest_sentence *s, bool one_line, cell *c, bool *empty)
{
    cell cs[1];

    *empty = false;
    if (s->len == 0 || !one_line || s->len > FLAT_CELL_MAX + 2)
        return false;
    if (s->text[s->len - 1] != '|') {
        if (!s->para_start || s->len > FLAT_CELL_MAX || ingest_has_bar(s))
            return false;
        c->a = 0;
        c->b = s->len;
        return true;
    }
    *empty = strspn(s->text, "| ") == s->len;
    if (*empty)
        return true;
    if (split_bars(s, 0, cs, 1, false) != 1)
        return false;
    *c = cs[0];
    return true;
}

/* May cell c be a row's label: no digit and no punctuation of prose (a
 * short sentence after the table is no label)? */
static bool label_cell(const ingest_sentence *s, cell c)
{
    for (size_t i = c.a; i < c.b; i++) {
        unsigned char ch = (unsigned char)s->text[i];
        if (is_digit((char)ch) || ch == ',' || ch == ';' || ch == '.'
            || (ch == 0xE3 && i + 2 < c.b && (unsigned char)s->text[i + 1] == 0x80
                && (unsigned char)s->text[i + 2] == 0x82))
            return false;
    }
    return c.b > c.a;
}

/* A header cell without the note after it: after a space, or in brackets
 * after the % that gave the unit (增速% (可比价), 增速%(可比价): 增速%). */
static cell head_cell(const ingest_sentence *s, cell c)
{
    for (size_t i = c.a + 1; i < c.b; i++) {
        if (s->text[i] != '(')
            continue;
        if (s->text[i - 1] == ' ')
            c.b = i - 1;
        else if (s->text[i - 1] == '%')
            c.b = i;
        else
            continue;
        break;
    }
    return c;
}

/* Spreads the level column the years under the header belong to over one
 * column a year; false when the header cannot take them. */
static bool flat_years(ingest_table *t)
{
    size_t k = 1, n = t->flat_nyears;

    if (n == 0)
        return true;
    while (k < t->ncols && !(t->role[k] == COL_LEVEL && !t->col_year[k]))
        k++;
    if (k == t->ncols || t->ncols + n - 1 > TABLE_COLS_MAX)
        return false;
    for (size_t j = t->ncols; j-- > k + 1;) {
        t->role[j + n - 1] = t->role[j];
        t->col_year[j + n - 1] = t->col_year[j];
        t->col_span[j + n - 1] = t->col_span[j];
        memcpy(t->unit[j + n - 1], t->unit[j], sizeof t->unit[j]);
    }
    for (size_t y = 0; y < n; y++) {
        t->role[k + y] = COL_LEVEL;
        t->col_year[k + y] = t->flat_year[y];
        t->col_span[k + y] = t->col_span[k];
        memcpy(t->unit[k + y], t->unit[k], sizeof t->unit[k]);
    }
    t->ncols += n - 1;
    return true;
}

/* Has t's header a level column with no year, that the years under it
 * spread over (现价(亿元) | 2015年 | 2016年)?  Without one, a year is a
 * column of its own (指标 | 单位 | 2020年 | 比上年增长(%)). */
static bool spread_column(const ingest_table *t)
{
    for (size_t k = 1; k < t->ncols; k++)
        if (t->role[k] == COL_LEVEL && !t->col_year[k])
            return true;
    return false;
}

/* Reads header cell c: true when it is one (a column, a year under one,
 * or a cell of the header's copy beside it: 产品名称 单位 产量 同期 同比±%
 * twice, a table printed in two halves side by side whose rows then come
 * one after the other). */
static bool flat_head(ingest_table *t, const ingest_lexicon *lx, const ingest_sentence *s, cell c)
{
    int year, role;
    char unit[24];

    c = head_cell(s, c);
    role = ingest_table_column_role(lx, s->text, s->match, c, &year, unit, sizeof unit);
    if (t->flat_rep) {
        if (role != t->role[t->flat_rep])
            return false;
        t->flat_rep = t->flat_rep + 1 < t->ncols ? t->flat_rep + 1 : 0;
        return true;
    }
    if (role == COL_LABEL && t->ncols > 1 && !t->flat_nyears) {
        t->flat_rep = 1;
        return true;
    }
    if (role == COL_NONE || role == COL_LABEL)
        return false;
    if (year && t->ncols > 1 && (t->flat_nyears || spread_column(t))) {
        if (t->flat_nyears == TABLE_COLS_MAX)
            return false;
        t->flat_year[t->flat_nyears++] = year;
        return true;
    }
    if (t->ncols == TABLE_COLS_MAX || t->flat_nyears)
        return false;
    t->role[t->ncols] = (unsigned char)role;
    t->col_year[t->ncols] = year;
    t->col_span[t->ncols] = (unsigned char)ingest_table_column_span(lx, s->match, c);
    memcpy(t->unit[t->ncols], unit, sizeof unit);
    t->ncols++;
    return true;
}

/* Cell c without the unit in brackets that closes it (社会消费品零售总额
 * (亿元): a unit the amount reader knows), which goes into unit (cap bytes;
 * "" none), and without the # that marks a part (# 批发零售业: of the row
 * above). */
static cell flat_label_cell(const ingest_lexicon *lx, const ingest_sentence *s, cell c,
                            char *unit, size_t cap)
{
    const char *m = s->match;
    size_t open = c.b;
    char probe[32];
    ingest_amount am;

    unit[0] = '\0';
    while (c.a < c.b && (m[c.a] == '#' || m[c.a] == ' '))
        c.a++;
    if (c.b - c.a < 4 || m[c.b - 1] != ')')
        return c;
    while (open > c.a && m[open - 1] != '(')
        open--;
    if (open <= c.a + 1 || c.b - open < 2 || c.b - open + 1 > sizeof probe || c.b - open >= cap)
        return c;
    probe[0] = '1';
    memcpy(probe + 1, m + open, c.b - 1 - open);
    if (ingest_amount_parse(lx, probe, c.b - open, &am) != GC_OK || am.length != c.b - open)
        return c;
    memcpy(unit, s->text + open, c.b - 1 - open);
    unit[c.b - 1 - open] = '\0';
    c.b = open - 1;
    return c;
}

/* Is the row labelled by cell c a part of the row above (# 限额以上,
 * 其中：…)?  Only such a row keeps the unit the row above named in its
 * label; another measure (居民消费价格指数 after 社会消费品零售总额(亿元))
 * has its own or none. */
static bool flat_part_row(const ingest_lexicon *lx, const ingest_sentence *s, cell c)
{
    const char *m = s->match;

    while (c.a < c.b && m[c.a] == ' ')
        c.a++;
    return c.a < c.b && (m[c.a] == '#' || ingest_lex_at(lx, LEX_SUBCLAUSE, m + c.a, c.b - c.a, NULL));
}

/* Is label, a row right after a part row, that part's sibling, named with
 * the same head noun (# 轻工业 then 重工业)?  It keeps the unit too. */
static bool flat_sibling(const ingest_table *t, const buf *label)
{
    size_t n = strlen(t->flat_label);

    return t->flat_part && n >= 3 && label->len >= 3
           && !memcmp(t->flat_label + n - 3, label->data + label->len - 3, 3);
}

/* Starts a row labelled by cell c; false when c names no measure. */
static bool flat_row(ingest_table *t, const ingest_maps *m, const ingest_sentence *s, cell c)
{
    buf label = { 0 };
    char unit[24];
    bool ok, part;

    part = flat_part_row(m->lx, s, c);
    c = flat_label_cell(m->lx, s, c, unit, sizeof unit);
    ingest_clean_both(m, s->text, s->match, c.a, c.b, &label, false);
    ok = !label.failed && table_label_ok(m, &label) && label.len < sizeof t->flat_label;
    if (ok) {
        if (unit[0])
            memcpy(t->flat_label_unit, unit, sizeof unit);
        else if (!part && !flat_sibling(t, &label))
            t->flat_label_unit[0] = '\0';
        t->flat_part = part;
        memcpy(t->flat_label, label.data, label.len + 1);
        t->flat_unit[0] = '\0';
        if (!t->whole_set) {
            memcpy(t->whole, label.data, label.len + 1);
            t->whole_set = true;
        }
        t->flat_col = 1;
    }
    buf_free(&label);
    return ok;
}

/* The next column of the row being read that takes a figure: a unit
 * column whose cell was left empty (and so lost) is passed over. */
static size_t flat_next(const ingest_table *t)
{
    size_t k = t->flat_col;

    while (k < t->ncols && t->role[k] == COL_UNIT)
        k++;
    return k;
}

/* Is c, right after a row's label, that row's unit (万件, 千升) in a table
 * with a unit column?  A short cell with no digit; the unit cell of a row
 * whose unit was left empty is lost, so it is found by its look, not its
 * place. */
static bool flat_unit(ingest_table *t, const ingest_sentence *s, cell c)
{
    size_t k = t->flat_col;

    if (k >= t->ncols || t->role[k] != COL_UNIT || c.b - c.a > UNIT_CELL_MAX
        || c.b - c.a >= sizeof t->flat_unit || has_digit(s->text, c) || blank_cell(s->text, c))
        return false;
    memcpy(t->flat_unit, s->text + c.a, c.b - c.a);
    t->flat_unit[c.b - c.a] = '\0';
    t->flat_col++;
    return true;
}

/* Reads figure cell c of the row being read into its column: the next
 * one, for a cell left empty in a row is lost when the table is flattened
 * (饲料 1272: its unit, its year-ago level and its growth were blank). */
static int flat_figure(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                       const char *file, const ingest_sink *sink, cell c)
{
    size_t k = flat_next(t), f, l;
    bool neg, pct;
    const char *u;

    t->flat_col = k + 1;
    if (blank_cell(s->text, c) || t->role[k] == COL_SKIP)
        return GC_OK;
    (void)figure_cell(s->text, c, &neg, &f, &l, &pct);
    u = ingest_col_level(t->role[k]) && pct ? "%"
        : t->flat_unit[0] ? t->flat_unit
        : t->flat_label_unit[0] ? t->flat_label_unit : t->unit[k];
    return ingest_table_emit(t, ctx, s, file, sink, k, c.a, f, l, neg, t->flat_label, u);
}

/* Is cell c of s the label column's name (指标, 项目), a header's first cell? */
static bool flat_label_head(const ingest_lexicon *lx, const ingest_sentence *s, cell c)
{
    int year;
    char unit[24];

    return ingest_table_column_role(lx, s->text, s->match, head_cell(s, c), &year, unit,
                                    sizeof unit) == COL_LABEL;
}

/* Reads s as a line of a flattened table; *taken when it was one. */
static int flat_sentence(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                         bool one_line, const char *file, const ingest_sink *sink, bool *taken)
{
    cell c = { 0, 0 };
    bool empty = false, fig, neg, pct;
    size_t f, l;

    *taken = false;
    if (t->flat == FLAT_NONE && !one_line && ingest_table_last_line(s) > 0) {
        /* a caption ending in a colon joined to the line after it: the
           label column's name may be that last line */
        c.a = ingest_table_last_line(s);
        c.b = s->len;
        one_line = s->len - c.a <= FLAT_CELL_MAX;
    } else if (!flat_line(s, one_line, &c, &empty)) {
        t->flat = FLAT_NONE;
        return GC_OK;
    }
    if (t->flat == FLAT_ROW && !empty && one_line && !has_digit(s->text, c)
        && flat_label_head(ctx->maps.lx, s, c))
        t->flat = FLAT_NONE;    /* 指标 again: the next table's header */
    if (t->flat == FLAT_NONE) {
        int year;
        char unit[24];
        if (empty || !one_line
            || ingest_table_column_role(ctx->maps.lx, s->text, s->match, head_cell(s, c), &year, unit,
                           sizeof unit) != COL_LABEL)
            return GC_OK;
        t->flat = FLAT_HEAD;
        t->active = false;
        t->ncols = 1;
        t->role[0] = COL_LABEL;
        t->col_span[0] = COL_SPAN_DOC;
        t->flat_label_unit[0] = '\0';
        t->flat_part = false;
        t->flat_nyears = 0;
        t->flat_rep = 0;
        t->whole_set = false;
        *taken = true;
        return GC_OK;
    }
    *taken = true;
    if (empty)
        return GC_OK;
    fig = (has_digit(s->text, c) && figure_cell(s->text, c, &neg, &f, &l, &pct))
          || blank_cell(s->text, c);
    if (t->flat == FLAT_HEAD) {
        if (!fig && flat_head(t, ctx->maps.lx, s, c))
            return GC_OK;
        if (fig || t->ncols < 2 || !flat_years(t)) {
            t->flat = FLAT_NONE;
            *taken = false;
            return GC_OK;
        }
        t->flat = FLAT_ROW;
        t->flat_col = t->ncols;
    }
    if (!fig) {
        if (t->flat_col == 1 && flat_unit(t, s, c))
            return GC_OK;
        if (!label_cell(s, c) || !flat_row(t, &ctx->maps, s, c))
            t->flat = FLAT_NONE;
        *taken = t->flat != FLAT_NONE;
        return GC_OK;
    }
    if (flat_next(t) >= t->ncols) {
        t->flat = FLAT_NONE;
        *taken = false;
        return GC_OK;
    }
    return flat_figure(t, ctx, s, file, sink, c);
}

/* Is s a short note in brackets, no digit in it ((折标准燃料), a row's
 * measure explained under it)? */
static bool note_line(const ingest_sentence *s)
{
    const char *m = s->match;
    size_t n = s->len;

    return !s->has_digit && n >= 4 && n <= 48 && m[0] == '(' && m[n - 1] == ')'
        && !memchr(m + 1, '(', n - 2);
}

/* Is s bars and spaces alone (or empty)?  Most sentences are settled by
 * their first byte. */
static bool bars_only(const ingest_sentence *s)
{
    return s->len == 0 || ((s->text[0] == '|' || s->text[0] == ' ')
                           && strspn(s->text, "| ") == s->len);
}

/* May s be an English period table's header (table_en.c)?  A short
 * sentence of Latin letters, no ideograph, with a percent sign or word, or
 * a change: a quick test first. */
static bool en_header_may(const ingest_sentence *s)
{
    return s->len <= 240 && s->n_cjk == 0 && s->n_latin > 0
        && (memchr(s->text, '%', s->len) || strstr(s->text, "ercent") || strstr(s->text, "hange"));
}

/* May s be rows run together on one line (table_run.c)?  A line of
 * ideographs with enough cell breaks for a header and two rows, or for two
 * rows of the open table. */
static bool run_may(const ingest_table *t, const ingest_sentence *s, bool bars)
{
    bool one_line = s->nanchors > 0 && s->anchors[0].line == s->anchors[s->nanchors - 1].line;

    return one_line && !bars && s->n_cjk > 0 && t->ngap <= TABLE_RUN_GAPS
        && t->ngap >= (t->active ? 2 * t->ncols - 1 : RUN_GAPS_MIN);
}

/* Reads s as rows run together (table_run.c), split at all its gaps. */
static bool run_line(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                     const char *file, const ingest_sink *sink, int *rc)
{
    cell cs[TABLE_RUN_GAPS + 1];
    size_t n = split_cells(t, s, cs, TABLE_RUN_GAPS + 1);

    return n > 0 && ingest_table_run(t, ctx, s, cs, n, file, sink, rc);
}

int ingest_table_sentence(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                          const char *file, const ingest_sink *sink, bool *taken)
{
    cell cs[TABLE_GAPS_MAX + 1];
    size_t n, head;
    bool bars;
    int rc = GC_OK;
    bool one_line = s->nanchors > 0 && s->anchors[0].line == s->anchors[s->nanchors - 1].line;
    /* English text outside any table being read: the glued and the period
     * readers may open one (neither changes what this tests) */
    bool en_outside = t->flat == FLAT_NONE && !t->ef && s->n_cjk == 0 && !t->active
                      && !t->en_active;

    /* a listed company's table: only a short paragraph's start may open one */
    if ((t->co.mode != 0 || (s->para_start && s->n_cjk > 0))
        && ((rc = ingest_table_company(t, ctx, s, file, sink, taken)) != GC_OK || *taken)) {
        t->ngap = 0;
        return rc;
    }
    if (en_outside
        && ((rc = ingest_table_glued_en(t, ctx, s, file, sink, taken)) != GC_OK || *taken)) {
        t->ngap = 0;
        return rc;
    }
    if (en_outside
        && ((rc = ingest_table_period_en(t, ctx, s, one_line, file, sink, taken)) != GC_OK
            || *taken)) {
        t->ngap = 0;
        return rc;
    }
    if ((en_outside || t->er_ncols > 0) && s->len > 0
        && ((rc = ingest_table_rows_en(t, s, file, sink, taken)) != GC_OK
            || *taken)) {
        t->ngap = 0;
        return rc;
    }
    if (t->flat == FLAT_NONE && s->n_cjk == 0
        && (t->ef || (one_line && s->len > 0 && s->text[s->len - 1] == '|'))
        && ((rc = ingest_table_flat_en(t, s, one_line, file, sink, taken)) != GC_OK
            || *taken)) {
        t->ngap = 0;
        return rc;
    }
    if ((t->flat != FLAT_NONE || (one_line && s->len > 0 && s->text[s->len - 1] == '|')
         || (s->para_start && !t->active
             && (one_line ? s->len : s->len - ingest_table_last_line(s)) <= LABEL_HEAD_MAX))
        && ((rc = flat_sentence(t, ctx, s, one_line, file, sink, taken)) != GC_OK || *taken)) {
        t->ngap = 0;
        return rc;
    }
    *taken = false;
    if (one_line && !t->active && bars_only(s)) {
        t->ngap = 0;    /* a bare bar between a caption and its table: no caption */
        return GC_OK;
    }
    bars = one_line && ingest_has_bar(s);
    if (bars && t->active && rule_row(s)) {
        t->ngap = 0;            /* |---|---|: the header's rule */
        *taken = true;
        return GC_OK;
    }
    n = bars ? split_bars(s, 0, cs, TABLE_GAPS_MAX + 1, t->active)
             : one_line && t->ngap > 0 ? split_cells(t, s, cs, TABLE_GAPS_MAX + 1) : 0;
    if (t->en_active) {
        t->ngap = 0;
        if (n == 0)
            cs[0].a = cs[0].b = 0;
        if (ingest_table_en_row(t, ctx, s, cs, n, file, sink, &rc)) {
            *taken = true;
            return rc;
        }
        t->en_active = false;
    }
    if (!one_line && !t->active && (t->ngap > 0 || ingest_has_bar(s))
        && (head = ingest_table_last_line(s)) > 0 && head <= CAPTION_MAX
        && s->len - head <= CAPTION_MAX && joined_header(t, ctx->maps.lx, s, head)) {
        t->ngap = 0;
        *taken = true;
        return GC_OK;
    }
    if (t->active && one_line && note_line(s)) {
        t->ngap = 0;            /* (折标准燃料): a note under a row */
        *taken = true;
        return GC_OK;
    }
    if (t->active && n > 0 && read_row(t, ctx, s, cs, n, file, sink, &rc)) {
        t->ngap = 0;
        *taken = true;
        return rc;
    }
    if (run_may(t, s, bars) && run_line(t, ctx, s, file, sink, &rc)) {
        t->ngap = 0;
        *taken = true;
        return rc;
    }
    t->ngap = 0;
    if (bars && t->active)
        n = split_bars(s, 0, cs, TABLE_GAPS_MAX + 1, false);   /* a header: no blanks */
    if (n >= 2 && ingest_table_read_header(t, ctx->maps.lx, s, cs, n)) {
        apply_note(t);
        *taken = true;
        return GC_OK;
    }
    t->active = false;
    if (en_header_may(s) && ingest_table_en_header(t, s)) {
        *taken = true;
        return GC_OK;
    }
    if (s->para_start && s->n_cjk == 0 && s->n_latin > 0)
        ingest_table_en_caption(t, s);
    else
        t->en_caption[0] = '\0';
    if (s->para_start && s->len <= CAPTION_MAX) {
        /* a caption, a unit note (（单位：亿元）), or both on one line */
        int y = caption_year(ctx->maps.lx, s, s->len);
        bool note = unit_note(ctx->maps.lx, s, s->len, t->note_unit, sizeof t->note_unit);
        if (!note)
            t->note_unit[0] = '\0';
        if (y || !note)
            t->caption_year = y;
    } else {
        t->caption_year = 0;
        t->note_unit[0] = '\0';
    }
    return GC_OK;
}
