/* table_company.c -- a listed company's main accounting table (主要会计数据和
 * 财务指标) in its quarterly, half-year or annual report, copied as text.
 *
 * The table reaches us from a PDF or a bulletin page: a header whose column
 * names wrap over lines (本报告期末比上年度末 / 本报告期末 上年度末 / 增减(%)),
 * then one row a measure, "总资产 64,039,331,350.17 65,347,776,653.12 -2.00",
 * whose label may wrap onto the lines after its figures (归属于上市公司股 … /
 * 东的净资产) or stand on the line before them, and whose figures may run on
 * into the next line.  A reader takes each row as three claims: the level of
 * the period reported, the level of the column it is compared with, and the
 * change (本报告期比上年同期增减: growth on the same months a year before;
 * 本报告期末比上年度末增减: change since the end of last year; 增加1.30个百分点:
 * a change in points).  The header's columns always come in one of a few
 * orders (this period, its comparison, the change; or this quarter, its
 * change, the year so far, its change), so the reader counts the columns
 * the header names and lays them out in that order, whatever order the
 * wrapped names came in.  The period is the title's (2016年半年度报告: 2016
 * January to June; 第三季度报告: the quarter, and the year to its end).
 * Rows are read line by line, so the figures of a row are kept until the
 * next line says whether the label goes on. */
#include "table.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"

enum { CO_OFF, CO_HEAD, CO_ROWS };
/* a column's kind (lexicon company-column), and the change column */
enum { CC_NONE, CC_CUR, CC_CUR_END, CC_PREV, CC_PREV_END, CC_YTD, CC_PREV_YTD, CC_LABEL, CC_CHG,
       CC_YEAR };
/* a token of a line */
enum { TK_TEXT, TK_NUM, TK_PTS, TK_BLANK };

#define LINE_TOKS 24        /* tokens of a line of the table */
#define TITLE_MAX 600       /* bytes of a sentence that may be a report's title */
#define PEND_LINE_MAX 120   /* bytes of a line of label text */

typedef struct ctok { int kind; size_t a, b; } ctok;

static size_t chars_of(const char *t, size_t n);
static bool continues(const ingest_cotable *co);
static bool lay_out_years(ingest_cotable *co);
static bool compares(const ingest_cotable *co, size_t i, size_t j);

/* Does t[0..n) hold the bytes w[0..wn)?  (memmem is no C11.)  The search
 * goes by w's last byte, a character's last byte: a lead byte (E6) starts
 * every sixteenth ideograph of a text, and memchr would stop at each. */
static bool find_bytes(const char *t, size_t n, const char *w, size_t wn)
{
    const char *p = t + wn - 1, *end = t + n;

    if (wn == 0 || n < wn)
        return wn == 0;
    for (; p < end && (p = memchr(p, w[wn - 1], (size_t)(end - p))) != NULL; p++)
        if (!memcmp(p - (wn - 1), w, wn))
            return true;
    return false;
}

static const char baogao[] = "\xE6\x8A\xA5\xE5\x91\x8A";          /* 报告 */
static const char baogaoqi[] = "\xE6\x8A\xA5\xE5\x91\x8A\xE6\x9C\x9F";  /* 报告期 */
static const char bi[] = "\xE6\xAF\x94";                            /* 比 */
static const char zengjian[] = "\xE5\xA2\x9E\xE5\x87\x8F";         /* 增减 */

static bool starts(const char *t, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);

    return b - a >= n && !memcmp(t + a, w, n);
}

/* ---- the report's title ---- */

/* The year written before t[0..at): digits, spaces, 年 (2016 年); 0. */
static int year_before(const char *t, size_t at)
{
    size_t i = at;
    int y = 0;

    if (i < 3 || memcmp(t + i - 3, "\xE5\xB9\xB4", 3))
        return 0;
    i -= 3;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i < 4 || (i > 4 && is_digit(t[i - 5])))
        return 0;
    for (size_t k = i - 4; k < i; k++) {
        if (!is_digit(t[k]))
            return 0;
        y = y * 10 + (t[k] - '0');
    }
    return y >= 1990 && y <= 2099 ? y : 0;
}

/* Notes the first title naming a periodic report with its year in s
 * (2016 年半年度报告摘要, 皇氏集团2020年第三季度报告). */
static void observe_title(ingest_cotable *co, const ingest_lexicon *lx, const ingest_sentence *s)
{
    const char *m = s->match;
    const lex_entry *e = NULL;

    if (co->year || s->len > TITLE_MAX || !s->has_digit || !find_bytes(m, s->len, baogao, 6))
        return;
    /* the words end in 报告, two to four characters before it: tried at
       each 报告 only (a work report writes 报告 often) */
    for (const char *p = m; (p = memchr(p, '\xA5', s->len - (size_t)(p - m))) != NULL; p++) {
        size_t at = (size_t)(p - m);
        if (at < 2 || memcmp(p - 2, baogao, 6) || at + 4 > s->len)
            continue;
        for (size_t back = 12; back >= 6; back -= 3) {
            size_t i = at - 2, y, from, to;
            if (i < back || !ingest_lex_at(lx, LEX_COMPANY_REPORT, m + i - back, s->len - i + back, &e)
                || !e)
                continue;
            if ((y = (size_t)year_before(m, i - back)) && sscanf(e->value, "%zu-%zu", &from, &to) == 2) {
                co->year = (int)y;
                co->from = (int)from;
                co->to = (int)to;
                return;
            }
        }
    }
}

/* ---- tokens of a line ---- */

/* The end of a number glued to what follows at t[i..b) (digits at i): its
 * thousands groups, then two decimals when it has groups (money: the next
 * figure may follow at once, 5,738,435,770.344,945,…), else all of them,
 * then a %. */
static size_t number_end(const char *t, size_t i, size_t b)
{
    bool groups = false;
    size_t j = i;

    while (j < b && is_digit(t[j]))
        j++;
    while (j + 4 <= b && t[j] == ',' && is_digit(t[j + 1]) && is_digit(t[j + 2])
           && is_digit(t[j + 3])) {
        groups = true;
        j += 4;
    }
    if (j + 1 < b && t[j] == '.' && is_digit(t[j + 1])) {
        size_t d = j + 1, e = d;
        while (e < b && is_digit(t[e]))
            e++;
        if (groups || (e < b && t[e] == '.'))
            e = d + 2 <= e ? d + 2 : e;
        j = e;
    }
    if (j < b && t[j] == '%')
        j++;
    return j;
}

/* Is t[a..b) a figure cell: a sign, digits with thousands groups and a
 * point, a %? */
static bool number_cell(const char *t, size_t a, size_t b)
{
    if (a < b && (t[a] == '-' || t[a] == '+'))
        a++;
    else if (b - a > 3 && (!memcmp(t + a, "\xEF\xBC\x8D", 3) || !memcmp(t + a, "\xE2\x88\x92", 3)))
        a += 3;
    return a < b && is_digit(t[a]) && number_end(t, a, b) == b;
}

/* Is t[a..b) a cell that stands for no figure (不适用, -, /, —)? */
static bool blank(const char *t, size_t a, size_t b)
{
    ingest_table_cell c = { a, b };

    return ingest_table_blank_cell(t, c) || (b - a == 9 && !memcmp(t + a, "\xE4\xB8\x8D\xE9\x80\x82\xE7\x94\xA8", 9))
        || (b - a == 6 && !memcmp(t + a, "\xE2\x80\x94\xE2\x80\x94", 6));
}

/* Is t[a..b) a change in points, a verb of change, a figure, 个百分点 or
 * 百分点 (增加1.30个百分点)?  *down for a fall; *num where the figure starts. */
static bool points_cell(const ingest_lexicon *lx, const char *t, size_t a, size_t b, bool *down,
                        size_t *num)
{
    const lex_entry *e = NULL;
    size_t k = ingest_lex_at(lx, LEX_COMPANY_COLUMN, t + a, b - a, &e), j;

    *down = false;
    if (k && e && (!strcmp(e->value, "up") || !strcmp(e->value, "down"))) {
        *down = !strcmp(e->value, "down");
        a += k;
    }
    *num = a;
    if (a >= b || !is_digit(t[a]))
        return false;
    j = number_end(t, a, b);
    if (j < b && t[j - 1] == '%')
        return false;
    return (b - j == 12 && !memcmp(t + j, "\xE4\xB8\xAA\xE7\x99\xBE\xE5\x88\x86\xE7\x82\xB9", 12))
        || (b - j == 9 && !memcmp(t + j, "\xE7\x99\xBE\xE5\x88\x86\xE7\x82\xB9", 9));
}

/* Adds token (kind, a, b) to ts[0..*n); false when full. */
static bool add_tok(ctok *ts, size_t *n, int kind, size_t a, size_t b)
{
    if (a >= b)
        return true;
    if (*n == LINE_TOKS)
        return false;
    ts[(*n)++] = (ctok){ kind, a, b };
    return true;
}

/* Splits cell [a, b) of text t whose text and figures are glued (年同期增减
 * 营业收入(元)694,945,874.17): text up to a digit outside brackets, then
 * numbers as number_end reads them. */
static bool glued_cell(const char *t, size_t a, size_t b, ctok *ts, size_t *n)
{
    size_t i = a, from = a;
    int depth = 0;

    while (i < b) {
        char c = t[i];
        if (c == '(')
            depth++;
        else if (c == ')' && depth > 0)
            depth--;
        if (depth == 0 && (is_digit(c) || (c == '-' && i == from && i + 1 < b && is_digit(t[i + 1])))) {
            /* a minus opens a figure at the cell's start or right after one */
            size_t j = number_end(t, i + (c == '-'), b);
            if (starts(t, j, b, "\xE5\xB9\xB4")) {
                i = j;          /* 2016年: a year, text of a header */
                continue;
            }
            if (!add_tok(ts, n, TK_TEXT, from, i) || !add_tok(ts, n, TK_NUM, i, j))
                return false;
            from = i = j;
            continue;
        }
        i += char_len((unsigned char)c);
    }
    return add_tok(ts, n, TK_TEXT, from, b);
}

/* The tokens of t[la..lb), a line whose cells start at gaps g[0..ng). */
static bool line_tokens(const ingest_lexicon *lx, const char *t, size_t la, size_t lb,
                        const size_t *g, size_t ng, ctok *ts, size_t *n)
{
    size_t from = la;

    *n = 0;
    for (size_t k = 0; k <= ng;) {
        size_t a = from, b = k < ng ? g[k] : lb, num;
        bool down;
        /* cells apart by bars (| 总资产 | 64,039.17 |): each its own */
        const char *bar = a < b ? memchr(t + a, '|', b - a) : NULL;
        if (bar) {
            b = (size_t)(bar - t);
            from = b + 1;
        } else {
            from = b;
            k++;
        }
        while (a < b && t[a] == ' ')
            a++;
        while (b > a && t[b - 1] == ' ')
            b--;
        if (a == b)
            continue;
        if (blank(t, a, b)) {
            if (!add_tok(ts, n, TK_BLANK, a, b))
                return false;
        } else if (number_cell(t, a, b)) {
            if (!add_tok(ts, n, TK_NUM, a, b))
                return false;
        } else if (points_cell(lx, t, a, b, &down, &num)) {
            if (!add_tok(ts, n, TK_PTS, a, b))
                return false;
        } else if (!glued_cell(t, a, b, ts, n)) {
            return false;
        }
    }
    return true;
}

/* ---- the header ---- */

/* The year an annual report's column names, t[a..b) whole (2016年, 2016年末); 0. */
static int year_cell(const char *t, size_t a, size_t b)
{
    int y = 0;

    if (b - a != 7 && !(b - a == 10 && !memcmp(t + a + 7, "\xE6\x9C\xAB", 3)))
        return 0;
    if (memcmp(t + a + 4, "\xE5\xB9\xB4", 3))
        return 0;
    for (size_t i = a; i < a + 4; i++) {
        if (!is_digit(t[i]))
            return 0;
        y = y * 10 + (t[i] - '0');
    }
    return y >= 1990 && y <= 2099 ? y : 0;
}

/* The kind of header text t[a..b): a level column's name (CC_CUR …), with
 * its months in brackets ((1-6月): *to gets 6); a change column's (a name
 * then 比, or 比 first: CC_CHG); a piece of a wrapped name (增减(%), 减(%),
 * 年同期增减: CC_NONE with *piece); else CC_NONE. */
static int head_kind(const ingest_lexicon *lx, const char *t, size_t a, size_t b, int *to,
                     bool *piece)
{
    static const char chars[] = "本报告期末比上年度同增减变动幅初至月调整后前";
    const lex_entry *e = NULL;
    size_t k = ingest_lex_at(lx, LEX_COMPANY_COLUMN, t + a, b - a, &e);
    int from;

    *piece = false;
    if (starts(t, a, b, bi))
        return CC_CHG;
    if (k && e) {
        int kind = !strcmp(e->value, "cur") ? CC_CUR : !strcmp(e->value, "cur_end") ? CC_CUR_END
                 : !strcmp(e->value, "prev") ? CC_PREV : !strcmp(e->value, "prev_end") ? CC_PREV_END
                 : !strcmp(e->value, "ytd") ? CC_YTD : !strcmp(e->value, "prev_ytd") ? CC_PREV_YTD
                 : !strcmp(e->value, "label") ? CC_LABEL
                 : !strcmp(e->value, "year") && starts(t, a + k, b, bi) ? CC_CHG : CC_NONE;
        if (kind == CC_NONE || kind == CC_CHG)
            return kind;        /* 增加, 减少: a change's verb; 本年比上年 */
        if (a + k == b)
            return kind;
        if (kind != CC_LABEL && starts(t, a + k, b, bi))
            return CC_CHG;
        if (t[a + k] == '(' && sscanf(t + a + k, "(%d-%d", &from, to) == 2 && t[b - 1] == ')')
            return kind;
        return CC_NONE;
    }
    if (t[a] == '(' && t[b - 1] == ')' && sscanf(t + a, "(%d-%d", &from, to) == 2) {
        *piece = true;
        return CC_NONE;
    }
    for (size_t i = a; i < b; i += char_len((unsigned char)t[i])) {
        size_t l = char_len((unsigned char)t[i]);
        if (!(l == 1 && (t[i] == '(' || t[i] == ')' || t[i] == '%' || t[i] == '-' || is_digit(t[i])))
            && !(l == 3 && find_bytes(chars, sizeof chars - 1, t + i, 3)))
            return CC_NONE;
    }
    *piece = true;
    return CC_NONE;
}

/* Notes header text t[a..b) in co; false when it is none. */
static bool head_text(ingest_cotable *co, const ingest_lexicon *lx, const char *t, size_t a,
                      size_t b)
{
    int to = 0, year = year_cell(t, a, b);
    bool piece;
    int kind = year ? CC_YEAR : head_kind(lx, t, a, b, &to, &piece);

    if (to > 0 && to <= 12)
        co->head_to = to;
    if (find_bytes(t + a, b - a, "\xE8\xB0\x83\xE6\x95\xB4", 6))
        co->bad = true;     /* 调整后, 调整前: restated columns, not read */
    if (kind == CC_CHG) {
        co->nchg++;
        return true;
    }
    if (kind == CC_NONE || kind == CC_LABEL)
        return piece || kind == CC_LABEL;
    for (size_t i = 0; i < co->nlv; i++)
        if (co->lv[i] == kind && co->lv_year[i] == year)
            return true;
    if (co->nlv == CO_COLS_MAX) {
        co->bad = true;
    } else {
        co->lv_year[co->nlv] = year;
        co->lv[co->nlv++] = (unsigned char)kind;
    }
    return true;
}

/* The comparison column of level column kind (上年同期 for 本报告期). */
static int prev_of(int kind)
{
    return kind == CC_CUR ? CC_PREV : kind == CC_CUR_END ? CC_PREV_END
         : kind == CC_YTD ? CC_PREV_YTD : CC_NONE;
}

/* Lays an annual report's columns out: this year, the year before, the
 * change, and a year before that (2016年 | 2015年 | 本年比上年增减 | 2014年),
 * each year one before the last.  False when the header is not so. */
static bool lay_out_years(ingest_cotable *co)
{
    static const size_t at[3] = { 0, 1, 3 };

    if (co->nchg != 1 || co->nlv < 2 || co->nlv > 3)
        return false;
    for (size_t i = 0; i < co->nlv; i++) {
        if (co->lv[i] != CC_YEAR || (i > 0 && co->lv_year[i] != co->lv_year[i - 1] - 1))
            return false;
        co->col[at[i]] = CC_YEAR;
        co->col_year[at[i]] = co->lv_year[i];
    }
    co->col[2] = CC_CHG;
    co->ncols = co->nlv + 1;
    return true;
}

/* Lays the header's columns out: a level, its comparison and the change
 * (本报告期 | 上年同期 | 比上年同期增减); or each level of this year with its
 * change after it (本报告期 | 增减 | 年初至报告期末 | 增减).  False when the
 * header fits neither. */
static bool lay_out(ingest_cotable *co)
{
    co->ncols = 0;
    memset(co->col_year, 0, sizeof co->col_year);
    if (co->bad || co->nlv == 0)
        return false;
    if (co->lv[0] == CC_YEAR)
        return lay_out_years(co);
    if (co->nlv == 2 && co->nchg == 1) {
        int a = co->lv[0], b = co->lv[1];
        if (prev_of(b) == a) {
            a = co->lv[1];
            b = co->lv[0];
        }
        if (prev_of(a) != b)
            return false;
        co->col[0] = (unsigned char)a;
        co->col[1] = (unsigned char)b;
        co->col[2] = CC_CHG;
        co->ncols = 3;
        return true;
    }
    if (co->nchg != co->nlv || co->nlv > CO_COLS_MAX / 2)
        return false;
    for (size_t i = 0; i < co->nlv; i++) {
        if (prev_of(co->lv[i]) == CC_NONE)
            return false;
        co->col[2 * i] = co->lv[i];
        co->col[2 * i + 1] = CC_CHG;
    }
    co->ncols = 2 * co->nlv;
    return true;
}

/* ---- rows ---- */

/* Appends t[a..b) to the text buf[0..*len) (cap CO_TEXT_MAX); false when
 * it does not fit. */
static bool append(char *out, size_t *len, const char *t, size_t a, size_t b)
{
    if (*len + (b - a) + 1 > CO_TEXT_MAX)
        return false;
    memcpy(out + *len, t + a, b - a);
    *len += b - a;
    out[*len] = '\0';
    return true;
}

/* Keeps figure token k of s in row r's next cell. */
static bool keep_cell(const ingest_lexicon *lx, co_row *r, const ingest_sentence *s, ctok k)
{
    co_cell *c;
    ingest_source src;
    size_t num = k.a, n = 0;
    bool down = false;

    if (r->ncells == CO_COLS_MAX)
        return false;
    c = &r->cell[r->ncells++];
    memset(c, 0, sizeof *c);
    if (k.kind == TK_BLANK)
        return true;
    if (k.kind == TK_PTS)
        (void)points_cell(lx, s->text, k.a, k.b, &down, &num);
    else if (s->text[num] == '-' || s->text[num] == '+')
        down = s->text[num++] == '-';
    else if (k.b - num > 3 && (!memcmp(s->text + num, "\xEF\xBC\x8D", 3)
                               || !memcmp(s->text + num, "\xE2\x88\x92", 3))) {
        down = true;        /* a full-width minus, or U+2212 */
        num += 3;
    }
    for (size_t i = num; i < k.b && n + 1 < sizeof c->text; i++)
        if (s->text[i] != ',')
            c->text[n++] = s->text[i];
    c->text[n] = '\0';
    c->down = down;
    ingest_locate(s, num, &src);
    c->line = src.line;
    c->column = src.column;
    c->byte = src.byte;
    return true;
}

/* The unit a label's brackets close it with ((元), (元/股), (%)), cut from
 * label into unit (cap bytes); "" none. */
static void label_unit(const ingest_lexicon *lx, buf *label, char *unit, size_t cap)
{
    char *d = label->data, probe[32];
    size_t open, n = label->len;
    ingest_amount am;

    unit[0] = '\0';
    if (!d || n < 4 || d[n - 1] != ')')
        return;
    for (open = n - 1; open > 0 && d[open - 1] != '('; open--)
        ;
    if (open == 0 || n - open < 2 || n - open + 1 > sizeof probe || n - open > cap)
        return;
    probe[0] = '1';
    memcpy(probe + 1, d + open, n - 1 - open);
    /* a unit the amount reader takes, or one of its units per a thing
       (元/股: the figure is read alone, its unit as written) */
    if (ingest_amount_parse(lx, probe, n - open, &am) != GC_OK
        || (am.length != n - open && probe[am.length] != '/'))
        return;
    memcpy(unit, d + open, n - 1 - open);
    unit[n - 1 - open] = '\0';
    label->len = open - 1;
    d[open - 1] = '\0';
}

/* The year and months of column kind: *from, *to 0 for a whole year. */
static int column_time(const ingest_cotable *co, size_t k, int *from, int *to)
{
    int kind = co->col[k], rf = co->from, rt = co->to, year = co->year;

    if (kind == CC_YEAR) {
        *from = *to = 0;        /* an annual report's year */
        return co->col_year[k];
    }

    if (kind == CC_PREV || kind == CC_PREV_END || kind == CC_PREV_YTD)
        year--;
    if (kind == CC_CUR_END || kind == CC_YTD || kind == CC_PREV_YTD)
        rf = 1;
    if (kind == CC_PREV_END || (rf == 1 && rt == 12))
        rf = rt = 0;
    *from = rf;
    *to = rt;
    return year;
}

/* Is column j the one column i is compared with (上年同期 for 本报告期, the
 * year before)? */
static bool compares(const ingest_cotable *co, size_t i, size_t j)
{
    if (co->col[i] == CC_YEAR)
        return co->col[j] == CC_YEAR && co->col_year[j] == co->col_year[i] - 1;
    return co->col[j] == prev_of(co->col[i]) && co->col[j] != CC_NONE;
}

/* The signed value of cell c as written, unit aside. */
static double cell_value(const co_cell *c)
{
    double v = atof(c->text);

    return c->down ? -v : v;
}

/* Is a change v in a rate row (cur, prev in %) its difference in points,
 * not its relative change?  A table prints both under one header. */
static bool points_change(double cur, double prev, double v)
{
    double tol = 0.011 + 1e-9;

    return fabs(cur - prev - v) <= tol
        && !(prev != 0 && fabs((cur / prev - 1) * 100 - v) <= fabs(v) * 0.01 + tol);
}

/* Sends the claim of cell k of row r (label, unit as its label says). */
static int send_cell(const ingest_cotable *co, ingest_context *ctx, const co_row *r, size_t k,
                     const char *label, const char *unit, const char *file, const ingest_sink *sink)
{
    const co_cell *c = &r->cell[k];
    int kind = co->col[k], n;
    size_t bk = k > 0 ? k - 1 : 0;
    char text[64];
    const char *u;
    ingest_amount a;
    ingest_claim cl;
    size_t len = strlen(c->text);
    bool pct = len > 0 && c->text[len - 1] == '%';
    bool pts = len > 0 && !pct && !is_digit(c->text[len - 1]);

    if (kind == CC_CHG && k > 1 && compares(co, k - 2, k - 1))
        bk = k - 2;                 /* 本报告期末 | 上年度末 | 增减: on the first */
    u = pct || pts ? "" : kind != CC_CHG ? unit : "%";
    n = snprintf(text, sizeof text, "%s%s", c->text, u);
    if (n <= 0 || (size_t)n >= sizeof text || ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &a) != GC_OK)
        return GC_OK;
    if (a.length != (size_t)n) {
        /* a unit the amount reader does not take whole (元/股): as written */
        if (ingest_amount_parse(ctx->maps.lx, text, len, &a) != GC_OK || a.length != len
            || strlen(u) >= sizeof a.unit)
            return GC_OK;
        snprintf(a.unit, sizeof a.unit, "%s", u);
        snprintf(a.norm_unit, sizeof a.norm_unit, "%s", u);
    }
    memset(&cl, 0, sizeof cl);
    cl.kind = kind != CC_CHG ? INGEST_LEVEL : pts ? INGEST_CHANGE_ABS
            : co->col[bk] == CC_CUR_END ? INGEST_CHANGE_PCT : INGEST_GROWTH_YOY;
    if (kind == CC_CHG && !pts && !strcmp(unit, "%") && k >= 2 && r->cell[k - 2].text[0]
        && r->cell[k - 1].text[0] && compares(co, k - 2, k - 1)
        && points_change(cell_value(&r->cell[k - 2]), cell_value(&r->cell[k - 1]),
                         c->down ? -a.value : a.value)) {
        cl.kind = INGEST_CHANGE_ABS;    /* 6.90 | 5.60 | 1.30: points of a rate */
        n = snprintf(text, sizeof text, "%s%s", c->text, "\xE7\x99\xBE\xE5\x88\x86\xE7\x82\xB9");
        if (n <= 0 || (size_t)n >= sizeof text
            || ingest_amount_parse(ctx->maps.lx, text, (size_t)n, &a) != GC_OK)
            return GC_OK;
    }
    cl.year = column_time(co, kind == CC_CHG ? bk : k, &cl.month_from, &cl.month_to);
    cl.year_inferred = true;
    cl.time_source = INGEST_TIME_TITLE;
    cl.indicator = (char *)(uintptr_t)label;
    cl.value = c->down ? -a.value : a.value;
    cl.norm_value = c->down ? -a.norm_value : a.norm_value;
    cl.resolution = a.resolution;
    cl.unit = a.unit;
    cl.norm_unit = a.norm_unit;
    cl.value_text = (char *)(uintptr_t)"";
    cl.qualifier = INGEST_EXACT;
    cl.lang = INGEST_LANG_ZH;
    cl.source.file = (char *)(uintptr_t)file;
    cl.source.sentence = (char *)(uintptr_t)r->line;
    cl.source.line = c->line;
    cl.source.column = c->column;
    cl.source.byte = c->byte;
    if (!isfinite(cl.value) || !isfinite(cl.norm_value) || !sink->claim)
        return GC_OK;
    return sink->claim(&cl, sink->ctx);
}

/* Sends the claims of whole row r: its label cleaned as a subject, its
 * unit from its brackets, a rate's (…率) %, or the unit note's. */
static int send_row(const ingest_cotable *co, ingest_context *ctx, const co_row *r,
                    const char *file, const ingest_sink *sink)
{
    const ingest_maps *m = &ctx->maps;
    buf raw = { 0 }, label = { 0 };
    char unit[24];
    int rc = GC_OK;

    if (r->ncells != co->ncols || r->label_len == 0 || (!co->year && co->col[0] != CC_YEAR))
        return GC_OK;
    if (buf_append(&raw, r->label, r->label_len) != 0)
        return GC_ENOMEM;
    label_unit(m->lx, &raw, unit, sizeof unit);
    /* the label is a name as the table prints it: only its spaces go (a
       subject's clean-up would cut 扣除非经常性损益的净利润 at 扣除) */
    for (size_t i = 0; i < raw.len; i++)
        if (raw.data[i] != ' ' && buf_append(&label, raw.data + i, 1) != 0)
            break;
    if (!unit[0] && label.len >= 3 && !memcmp(label.data + label.len - 3, "\xE7\x8E\x87", 3))
        snprintf(unit, sizeof unit, "%%");      /* 加权平均净资产收益率 */
    else if (!unit[0])
        snprintf(unit, sizeof unit, "%s", co->unit);
    if (!label.failed && ingest_good_subject(m, &label))
        for (size_t k = 0; k < r->ncells && rc == GC_OK; k++)
            if (r->cell[k].text[0])
                rc = send_cell(co, ctx, r, k, label.data, unit, file, sink);
    if (label.failed)
        rc = GC_ENOMEM;
    buf_free(&raw);
    buf_free(&label);
    return rc;
}

/* Sends the last whole row with the label lines after it, and forgets it. */
static int flush_done(ingest_cotable *co, ingest_context *ctx, const char *file,
                      const ingest_sink *sink)
{
    int rc = GC_OK;

    if (co->has_done) {
        if (continues(co))
            (void)append(co->done.label, &co->done.label_len, co->pend, 0, co->pend_len);
        rc = send_row(co, ctx, &co->done, file, sink);
    }
    co->has_done = false;
    co->pend_len = co->pend_wide = 0;
    co->pend[0] = '\0';
    return rc;
}

/* Ends the table: a row being filled is dropped, its label lines (taken
 * from the pending ones) going back to the row before. */
static int close_table(ingest_cotable *co, ingest_context *ctx, const char *file,
                       const ingest_sink *sink)
{
    if (co->open.ncells > 0 && co->open_pend && co->pend_len == 0) {
        memcpy(co->pend, co->open.label, co->open.label_len + 1);
        co->pend_len = co->open.label_len;
    }
    co->open.ncells = 0;
    co->mode = CO_OFF;
    return flush_done(co, ctx, file, sink);
}

/* The open row is whole: the row before it is sent, and it waits for the
 * lines after it. */
static int row_whole(ingest_cotable *co, ingest_context *ctx, const char *file,
                     const ingest_sink *sink)
{
    int rc = flush_done(co, ctx, file, sink);

    co->done = co->open;
    co->has_done = true;
    co->open.ncells = 0;
    co->open.label_len = 0;
    return rc;
}

/* Starts the open row with label text t[a..b) (or the pending lines when
 * a == b) and its figures' line [la, lb) of s. */
static void row_start(ingest_cotable *co, const ingest_sentence *s, size_t a, size_t b, size_t la,
                      size_t lb)
{
    co_row *r = &co->open;
    size_t n = lb - la < CO_TEXT_MAX ? lb - la : CO_TEXT_MAX - 1;

    r->ncells = 0;
    r->label_len = 0;
    r->label[0] = '\0';
    co->open_pend = a == b;
    if (a == b) {
        (void)append(r->label, &r->label_len, co->pend, 0, co->pend_len);
        co->pend_len = co->pend_wide = 0;
        co->pend[0] = '\0';
    } else {
        (void)append(r->label, &r->label_len, s->text, a, b);
    }
    r->own_len = a < b ? r->label_len : 0;
    if (a < b && chars_of(r->label, r->own_len) > co->widest)
        co->widest = chars_of(r->label, r->own_len);
    memcpy(r->line, s->text + la, n);
    r->line[n] = '\0';
}

/* Is t[a..b) a line of label text: short, no punctuation of prose, no
 * list mark or check box (a heading, a form's 适用 after the table)? */
static bool label_text(const char *t, size_t a, size_t b)
{
    static const char *const marks[] = { "\xE3\x80\x82", "\xE3\x80\x81", "\xEF\xBC\x9A",
                                         "\xE2\x88\x9A", "\xE2\x96\xA1" };  /* 。、：√□ */

    if (b <= a || b - a > PEND_LINE_MAX)
        return false;
    for (size_t i = a; i < b; i++)
        if (t[i] == ',' || t[i] == ';' || t[i] == ':')
            return false;
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (find_bytes(t + a, b - a, marks[k], 3))
            return false;
    return true;
}

/* The characters of t[0..n). */
static size_t chars_of(const char *t, size_t n)
{
    size_t c = 0;

    for (size_t i = 0; i < n; i += char_len((unsigned char)t[i]))
        c++;
    return c;
}

/* May the label lines pending go on the last whole row's label?  Only a
 * label written before its figures on their line and as wide as the label
 * column (the widest such label less a character: 归属于上市公司股 / 东的净资
 * 产), not closed by its bracket, and no longer than twice that. */
static bool continues(const ingest_cotable *co)
{
    const co_row *r = &co->done;
    size_t own = chars_of(r->label, r->own_len);

    return co->has_done && r->own_len == r->label_len && own >= 2 && own + 1 >= co->widest
        && co->pend_wide <= co->widest + 1
        && r->label[r->own_len - 1] != ')' && chars_of(co->pend, co->pend_len) <= 2 * own;
}

/* The header text that ends a text token glued to the first row's label
 * (本报告期末比上年度末增减总资产(元)): the end of its last 增减 and the
 * 变动幅度(%) after it; a when there is none. */
static size_t head_end(const char *t, size_t a, size_t b)
{
    size_t end = a;

    for (size_t i = a; i + 6 <= b; i += char_len((unsigned char)t[i]))
        if (!memcmp(t + i, zengjian, 6))
            end = i + 6;
    /* and the words that may close a change column's name: 变动幅度(%) */
    while (end > a && end < b) {
        size_t l = char_len((unsigned char)t[end]);
        if (!(l == 1 && (t[end] == '(' || t[end] == ')' || t[end] == '%'))
            && !(l == 3 && find_bytes("变动幅度", 12, t + end, 3)))
            break;
        end += l;
    }
    return end;
}

/* Does text token k of s open a header: a column's name (not 项目)? */
static bool opens_head(const ingest_lexicon *lx, const ingest_sentence *s, ctok k)
{
    int to = 0, kind;
    bool piece;

    if (k.kind != TK_TEXT)
        return false;
    if (year_cell(s->text, k.a, k.b))
        return true;
    kind = head_kind(lx, s->text, k.a, k.b, &to, &piece);
    return kind != CC_NONE && kind != CC_LABEL;
}

/* The first of tokens ts[0..n) after the label column's name (项目). */
static size_t label_head(const ingest_lexicon *lx, const ingest_sentence *s, const ctok *ts, size_t n)
{
    int to = 0;
    bool piece;

    return n > 1 && ts[0].kind == TK_TEXT
           && head_kind(lx, s->text, ts[0].a, ts[0].b, &to, &piece) == CC_LABEL;
}

/* The report's period when its title named none: the year before the
 * report year, the months the header names ((1-9月)) or the text's part. */
static bool period_known(ingest_cotable *co, const ingest_context *ctx)
{
    if (co->col[0] == CC_YEAR)
        return true;        /* the header writes its years */
    if (!co->year) {
        if (!ctx->report_year)
            return false;
        co->year = ctx->report_year - 1;
    }
    if (co->to)
        return true;
    if (co->head_to) {
        co->from = 1;
        co->to = co->head_to;
    } else if (ctx->doc_month_to) {
        co->from = ctx->doc_month_from;
        co->to = ctx->doc_month_to;
    }
    return co->to != 0;
}

/* Reads the header text of tokens ts[0..first) of a line; *la, *lb get a
 * label glued to its end (…增减总资产(元)) or the text tokens after it.
 * Returns how many tokens the header took; n + 1 when the line was all
 * header. */
static size_t read_head(ingest_cotable *co, const ingest_lexicon *lx, const ingest_sentence *s,
                        const ctok *ts, size_t first, size_t *la, size_t *lb)
{
    size_t i = 0;

    *la = *lb = 0;
    for (; i < first; i++) {
        size_t e = head_end(s->text, ts[i].a, ts[i].b);
        if (e > ts[i].a && e < ts[i].b && head_text(co, lx, s->text, ts[i].a, e)) {
            *la = e;        /* …增减 glued to the first label */
            *lb = ts[i].b;
            return i + 1;
        }
        if (!head_text(co, lx, s->text, ts[i].a, ts[i].b))
            break;
    }
    if (i < first) {
        *la = ts[i].a;
        *lb = ts[first - 1].b;
    }
    return i;
}

/* Starts reading a header at line tokens that open one. */
static void head_start(ingest_cotable *co)
{
    co->mode = CO_HEAD;
    co->nlv = co->nchg = 0;
    co->bad = false;
    co->head_to = 0;
    co->widest = 0;
}

/* Keeps s[a..b) as a line of label text pending; *ok when it fits. */
static int pend_line(ingest_cotable *co, const ingest_sentence *s, size_t a, size_t b, bool *ok)
{
    size_t w = chars_of(s->text + a, b - a);

    *ok = append(co->pend, &co->pend_len, s->text, a, b);
    if (w > co->pend_wide)
        co->pend_wide = w;
    return GC_OK;
}

/* Reads the tokens ts[0..n) of line [la, lb) of s in t's open company
 * table.  *ok false when the line is none of it (the table then closes). */
static int read_line(ingest_table *t, ingest_context *ctx, const ingest_sentence *s, size_t la,
                     size_t lb, const ctok *ts, size_t n, const char *file, const ingest_sink *sink,
                     bool *ok)
{
    ingest_cotable *co = &t->co;
    const ingest_lexicon *lx = ctx->maps.lx;
    size_t i = 0, lead_a = 0, lead_b = 0, first;
    int rc = GC_OK;

    *ok = false;
    for (first = 0; first < n && ts[first].kind == TK_TEXT; first++)
        ;
    if (n == 0)
        return GC_OK;
    if (co->mode != CO_ROWS || (first > label_head(lx, s, ts, n)
                                && opens_head(lx, s, ts[label_head(lx, s, ts, n)]))) {
        if (co->mode == CO_ROWS && (rc = close_table(co, ctx, file, sink)) != GC_OK)
            return rc;
        if (co->mode != CO_HEAD)
            head_start(co);
        i = read_head(co, lx, s, ts, first, &lead_a, &lead_b);
        if (first == n && i == n) {
            *ok = true;         /* a line of the header */
            return GC_OK;
        }
        if (!lay_out(co) || !period_known(co, ctx)
            || (lead_a < lead_b && memchr(s->text + lead_a, ' ', lead_b - lead_a))) {
            co->mode = CO_OFF;
            return GC_OK;
        }
        co->mode = CO_ROWS;
        co->has_done = false;
        co->pend_len = co->pend_wide = 0;
        co->open.ncells = 0;
    } else if (first > 0) {
        lead_a = ts[0].a;
        lead_b = ts[first - 1].b;
    }
    if (first == n) {
        /* a line of label text, one cell: of the row before, or of the next one */
        if (co->open.ncells > 0 || n - i > 1 || !label_text(s->text, lead_a, lead_b))
            return GC_OK;
        return pend_line(co, s, lead_a, lead_b, ok);
    }
    if (lead_a < lead_b) {
        /* a label before figures: lines pending were the last row's */
        if (co->open.ncells > 0 || !label_text(s->text, lead_a, lead_b))
            return GC_OK;
        if ((rc = flush_done(co, ctx, file, sink)) != GC_OK)
            return rc;
        row_start(co, s, lead_a, lead_b, la, lb);
    } else if (co->open.ncells == 0) {
        if (co->pend_len == 0)
            return GC_OK;
        row_start(co, s, 0, 0, la, lb);
    }
    for (i = first; i < n && ts[i].kind != TK_TEXT; i++) {
        if (co->open.ncells == co->ncols || !keep_cell(lx, &co->open, s, ts[i]))
            return GC_OK;
        if (co->open.ncells == co->ncols && (rc = row_whole(co, ctx, file, sink)) != GC_OK)
            return rc;
    }
    if (i < n) {
        /* label text after the figures: the next row's (…8.12%归属于…) */
        if (co->open.ncells > 0 || i + 1 < n || !label_text(s->text, ts[i].a, ts[i].b))
            return GC_OK;
        return pend_line(co, s, ts[i].a, ts[i].b, ok);
    }
    *ok = true;
    return GC_OK;
}

/* The start of the line after the one anchor *ai is on; *ai gets its
 * first anchor. */
static size_t next_line(const ingest_sentence *s, size_t *ai)
{
    size_t k = *ai;

    while (k < s->nanchors && s->anchors[k].line == s->anchors[*ai].line)
        k++;
    *ai = k;
    return k < s->nanchors ? s->anchors[k].norm : s->len;
}

/* Does a line of tokens ts[0..n) of s open a company table's header: a
 * first cell that names one of its columns, 报告期 in it? */
static bool header_line(const ingest_lexicon *lx, const ingest_sentence *s, const ctok *ts, size_t n)
{
    size_t i = label_head(lx, s, ts, n);

    if (i < n && ts[i].kind == TK_TEXT && year_cell(s->text, ts[i].a, ts[i].b))
        return find_bytes(s->match + ts[i].a, ts[n - 1].b - ts[i].a, "\xE6\xAF\x94\xE4\xB8\x8A\xE5\xB9\xB4", 9);
    return i < n && ts[i].kind == TK_TEXT
        && find_bytes(s->match + ts[i].a, ts[i].b - ts[i].a, baogaoqi, 9) && opens_head(lx, s, ts[i]);
}

/* Is line [la, lb) of s a unit note (单位:元 币种:人民币)?  Its unit, when the
 * amount reader knows it, goes into unit (cap bytes). */
static bool unit_line(const ingest_lexicon *lx, const ingest_sentence *s, size_t la, size_t lb,
                      char *unit, size_t cap)
{
    static const char danwei[] = "\xE5\x8D\x95\xE4\xBD\x8D";   /* 单位 */
    size_t a = la + 6, b;
    char probe[24];
    ingest_amount am;

    if (!starts(s->match, la, lb, danwei))
        return false;
    if (starts(s->match, a, lb, ":"))
        a++;
    else if (starts(s->match, a, lb, "\xEF\xBC\x9A"))
        a += 3;
    else
        return false;
    while (a < lb && s->text[a] == ' ')
        a++;
    for (b = a; b < lb && s->text[b] != ' '; b++)
        ;
    if (b == a || b - a + 2 > sizeof probe || b - a >= cap)
        return true;
    probe[0] = '1';
    memcpy(probe + 1, s->text + a, b - a);
    if (ingest_amount_parse(lx, probe, b - a + 1, &am) == GC_OK && am.length == b - a + 1) {
        memcpy(unit, s->text + a, b - a);
        unit[b - a] = '\0';
    }
    return true;
}

/* Does line [la, lb) of s hold a digit? */
static bool line_digit(const ingest_sentence *s, size_t la, size_t lb)
{
    for (size_t i = la; i < lb; i++)
        if (is_digit(s->text[i]))
            return true;
    return false;
}

/* May s hold a company table's header, or is one being read? */
static bool may_read(ingest_table *t, const ingest_context *ctx, const ingest_sentence *s)
{
    ingest_cotable *co = &t->co;

    if (co->mode != CO_OFF)
        return true;
    if (!s->para_start || s->n_cjk == 0)
        return false;
    observe_title(co, ctx->maps.lx, s);
    return s->len <= TITLE_MAX && (find_bytes(s->match, s->len, baogaoqi, 9)
                                   || find_bytes(s->match, s->len, "\xE6\x9C\xAC\xE5\xB9\xB4\xE6\xAF\x94", 9));
}

int ingest_table_company(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                         const char *file, const ingest_sink *sink, bool *taken)
{
    ingest_cotable *co = &t->co;
    const ingest_lexicon *lx = ctx->maps.lx;
    size_t ai = 0, la = 0, g0 = 0;
    char unit[sizeof co->unit] = "";
    bool before = co->mode == CO_OFF;
    int rc = GC_OK;

    *taken = false;
    if (!may_read(t, ctx, s))
        return GC_OK;
    if (t->ngap > TABLE_RUN_GAPS)
        return close_table(co, ctx, file, sink);
    while (la < s->len) {
        size_t lb = next_line(s, &ai), ng = 0, n;
        ctok ts[LINE_TOKS];
        bool ok = false;
        while (g0 < t->ngap && t->gap[g0] <= la)
            g0++;
        while (g0 + ng < t->ngap && t->gap[g0 + ng] < lb)
            ng++;
        if (!line_tokens(lx, s->text, la, lb, t->gap + g0, ng, ts, &n))
            n = 0;
        bool head = co->mode == CO_OFF && header_line(lx, s, ts, n);
        if (head) {
            snprintf(co->unit, sizeof co->unit, "%s", unit[0] ? unit : t->note_unit);
            before = false;
        } else if (before) {
            /* lines before the header: a unit note, or words with no figure */
            if (!(n > 0 && unit_line(lx, s, ts[0].a, ts[0].b, unit, sizeof unit))
                && line_digit(s, la, lb))
                return GC_OK;
            la = lb;
            continue;
        }
        if ((co->mode != CO_OFF || head)
            && (rc = read_line(t, ctx, s, la, lb, ts, n, file, sink, &ok)) != GC_OK)
            return rc;
        if (!ok && co->mode != CO_OFF && (rc = close_table(co, ctx, file, sink)) != GC_OK)
            return rc;
        *taken = *taken || ok;
        la = lb;
    }
    if (*taken) {
        t->active = false;
        t->flat = 0;
    }
    return rc;
}

int ingest_table_company_end(ingest_table *t, ingest_context *ctx, const char *file,
                             const ingest_sink *sink)
{
    return t->co.mode == CO_OFF ? GC_OK : close_table(&t->co, ctx, file, sink);
}
