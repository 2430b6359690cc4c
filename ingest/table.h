/* table.h -- the parser's reader of statistical tables printed as text rows
 * (table.c): a header row naming its columns, then one row a line, cells
 * apart by spaces or tabs. */
#ifndef GC_INGEST_TABLE_H
#define GC_INGEST_TABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "ingest_int.h"

#define TABLE_GAPS_MAX 16   /* cell breaks of a row; more is not a table row */
#define TABLE_RUN_GAPS 64   /* cell breaks noted per sentence: rows run together
                               on one line (table_run.c) hold more */
#define TABLE_COLS_MAX 8    /* columns of a header; more is not read */
#define LABEL_HEAD_MAX 24   /* bytes of a label column's own name (按行业分) */

/* What a column of a table holds (ingest_table.role); the lexicon's value
 * names them.  COL_SKIP: a column read past (贡献率: a contribution to
 * growth, no claim). */
enum { COL_NONE, COL_LABEL, COL_UNIT, COL_LEVEL, COL_GROWTH, COL_SHARE, COL_SKIP, COL_PREV };

/* The months a level column of a monthly release's table sums (its
 * lexicon value's tail): the text's, the month alone (本月), or the months
 * from January (1-本月). */
enum { COL_SPAN_DOC, COL_SPAN_MONTH, COL_SPAN_YTD };

/* Does a column of role r hold levels?  COL_PREV: the level of the same
 * period a year before (同期, 上年同期: the figure the growth column is
 * reckoned on), dated a year before the table's other levels. */
static inline bool ingest_col_level(int r)
{
    return r == COL_LEVEL || r == COL_PREV;
}

/* Does s hold a '|' (a table's bars)?  The parser knows that most
 * sentences hold none (no_bar), and the search is left to the rest. */
static inline bool ingest_has_bar(const ingest_sentence *s)
{
    return !s->no_bar && memchr(s->text, '|', s->len) != NULL;
}

/* What a column of an English period table says of its measure (table_en.c). */
enum { EN_COL_NONE, EN_COL_CHANGE, EN_COL_GROWTH, EN_COL_LEVEL, EN_COL_PERCENT };

#define EP_COLS_MAX 12      /* columns of a period table's header (table_period_en.c) */
#define EP_CELL_TEXT 100    /* bytes of a cell over several lines, with its NUL */
#define EP_CELLS_MAX 96     /* cells of rows run together on one line */
#define ER_COLS_MAX 4       /* measures of a table whose rows are periods (table_rows_en.c) */
#define EG_COLS_MAX 6       /* columns of a glued table (table_glued_en.c) */

/* A column of an English table whose columns are periods: its period, what
 * its figures say (EN_COL_*), a rate column of the latest period (Y/Y), or
 * a column read past. */
typedef struct ep_column {
    int year, from, to;
    unsigned char kind, rate;
    bool skip;
} ep_column;

#define CO_COLS_MAX 4       /* figure columns of a listed company's table */
#define CO_TEXT_MAX 192     /* bytes of a row's label, or of its figures' line */
#define CO_CELL_MAX 40      /* bytes of a figure cell */

/* A figure cell of a listed company's table (table_company.c), kept until
 * its row's label is known to be whole. */
typedef struct co_cell {
    char text[CO_CELL_MAX];  /* the number with its unit (%, 个百分点); "" blank */
    bool down;               /* a fall in points (减少1.30个百分点) */
    long line, column;       /* where the figure starts, as ingest_locate says */
    long long byte;
} co_cell;

/* A row of that table: its label so far, and its figures. */
typedef struct co_row {
    char label[CO_TEXT_MAX];
    size_t label_len;
    size_t own_len;          /* bytes of the label read before its figures */
    char line[CO_TEXT_MAX];  /* the line its first figure is on: the claims' sentence */
    co_cell cell[CO_COLS_MAX];
    size_t ncells;
} co_row;

/* A listed company's main accounting table (主要会计数据和财务指标) being
 * read (table_company.c): the report's period, the header's columns, the
 * last whole row (whose label may go on in the lines after it), the row
 * being filled and the label lines in between. */
typedef struct ingest_cotable {
    int mode;                /* not read, its header, its rows */
    int year, from, to;      /* the report's year and months, from its title */
    int head_to;             /* the months a header names ((1-6月)); 0 none */
    unsigned char lv[CO_COLS_MAX];   /* the header's level columns, as read */
    size_t nlv, nchg;        /* those, and its change columns */
    bool bad;                /* a header cell no column reads */
    int lv_year[CO_COLS_MAX];        /* the year a level column names (2016年); 0 */
    unsigned char col[CO_COLS_MAX];  /* the columns in order, once known */
    int col_year[CO_COLS_MAX];       /* the year of each, when it names one */
    size_t ncols;
    size_t widest;           /* characters of the widest label before its figures */
    char unit[24];           /* the unit note's (单位:元); "" none */
    co_row done, open;       /* the last whole row; the row being filled */
    bool has_done, open_pend;  /* open's label came from the lines before it */
    char pend[CO_TEXT_MAX];  /* label lines after the last whole row */
    size_t pend_len;
    size_t pend_wide;        /* characters of the widest of those lines */
} ingest_cotable;

/* What the parser keeps for the table reader, zeroed with the parser: the
 * places in the sentence being built where whitespace stood (the cell
 * breaks of a row), and the table being read, if any. */
typedef struct ingest_table {
    size_t gap[TABLE_RUN_GAPS];  /* offsets in the sentence where a cell may
                                    start: the first character after a run
                                    of spaces or tabs */
    size_t ngap;                 /* gaps noted; TABLE_RUN_GAPS + 1: too many */
    size_t line_gap0;            /* ngap when the current line started (feed_line.c) */
    size_t line_from;            /* the sentence's length then */
    bool active;                 /* a header was read and rows follow */
    size_t ncols;                /* columns of the header */
    unsigned char role[TABLE_COLS_MAX];  /* what each column holds (table.c) */
    int col_year[TABLE_COLS_MAX];        /* a year the column names (2018年); 0 */
    unsigned char col_span[TABLE_COLS_MAX];  /* the months its levels sum (COL_SPAN_*):
                                            a monthly release's 本月 and 1-本月 */
    char unit[TABLE_COLS_MAX][24];       /* the unit a column's header names
                                            (绝对值(万元)); "" none */
    int caption_year;            /* the year of the short line before the header
                                    (表1:2018年…增长速度); 0 none */
    char note_unit[24];          /* the unit a note before the header names
                                    (单位：万元) for level columns with none;
                                    "" none */
    char whole[96];              /* the first row's label: the whole of a share
                                    column */
    bool whole_set;
    bool en_active;              /* an English period table's header was read
                                    (table_en.c) and its rows follow */
    size_t en_cols;              /* its figure columns */
    unsigned char en_kind[TABLE_COLS_MAX];  /* what each says (EN_COL_*) */
    bool en_pct;                 /* its unit, %, was read */
    int flat;                    /* a table flattened one cell a line: not
                                    read, its header, or its rows (table.c) */
    size_t flat_col;             /* the column of the next cell of its row */
    int flat_year[TABLE_COLS_MAX];  /* the years under its header's columns */
    size_t flat_nyears;
    char flat_label[96];         /* the label of the row being read */
    char flat_unit[24];          /* its unit cell ("" none) */
    bool flat_part;              /* the row being read is a part (# 轻工业) */
    char flat_label_unit[24];    /* the unit a row's label names in brackets
                                    (社会消费品零售总额(亿元)), for it and the
                                    rows under it with none; "" none */
    size_t flat_rep;             /* the header's cells read again beside it
                                    (a table printed in two halves side by
                                    side); 0 when not in such a copy */
    int ef;                      /* an English table flattened one cell a
                                    line: not read, its header, or its rows
                                    (table_flat_en.c) */
    bool ef_rate;                /* its row's label names a rate */
    bool ef_estimate;            /* its caption says forecast */
    char en_caption[96];         /* its measure: the caption before the columns,
                                    or the short line before the header; "" none */
    int ep;                      /* an English table whose columns are periods
                                    (table_period_en.c): not read, its header,
                                    its rows */
    int ep_shape;                /* one cell a line, rows run together, bars */
    ep_column ep_cols[EP_COLS_MAX];
    size_t ep_ncols, ep_col;     /* its columns; the next cell's column */
    char ep_pre[2][96];          /* short lines before a header: its caption,
                                    a column's name */
    size_t ep_npre;
    int ep_kind;                 /* what its caption says the figures are */
    char ep_unit[24];            /* the unit its caption names (levels) */
    bool ep_skip, ep_estimate;   /* its caption: no claim (rolling sums); forecasts */
    char ep_label[96];           /* the measure of the row being read */
    char ep_first[96];           /* the first row's */
    bool ep_bars;                /* its cells are apart by bare bar lines, a
                                    cell over one line or more */
    char ep_cell[EP_CELL_TEXT];  /* the lines of the text cell being read
                                    there, joined by spaces, ASCII only */
    size_t ep_cell_len;          /* its bytes; 0 when none is pending */
    size_t er_ncols;             /* an English table whose rows are periods
                                    (table_rows_en.c): its measures, 0 when
                                    none is open */
    char er_name[ER_COLS_MAX][48];  /* each measure's name, lower case */
    unsigned char er_kind[ER_COLS_MAX];  /* what each says (EN_COL_*) */
    int eg;                      /* an English table whose cell breaks were
                                    lost (table_glued_en.c): not read, its
                                    header, its rows */
    ep_column eg_cols[EG_COLS_MAX];
    size_t eg_ncols;             /* its columns (spans of two periods) */
    bool eg_pct;                 /* a percent sign stood in or after its header */
    int eg_idle;                 /* lines without figures read in a row */
    ingest_cotable co;           /* a listed company's table (table_company.c) */
} ingest_table;

/* A cell of a row: bytes [a, b) of the sentence. */
typedef struct ingest_table_cell { size_t a, b; } ingest_table_cell;

/* A figure cell read: its sign, its digits (from, len long), a % written. */
typedef struct ingest_table_figure {
    bool neg, pct;
    size_t from, len;
} ingest_table_figure;

/* Is cell c of text t a figure (an optional sign, digits with at most one
 * point, an optional %)?  *f gets it. */
bool ingest_table_figure_cell(const char *t, ingest_table_cell c, ingest_table_figure *f);

/* Sends claim c, read at offset at of s in file, to the sink: its value
 * as written none, exact, its place as provenance; a value that is not
 * finite is dropped.  Returns GC_OK or the sink's answer. */
int ingest_table_send(ingest_claim *c, const ingest_sentence *s, const char *file, size_t at,
                      const ingest_sink *sink);

/* Is cell c of text t one that stands for no figure (-, —, …, /, ×)? */
bool ingest_table_blank_cell(const char *t, ingest_table_cell c);

/* A year 1900..2099 that is the whole of t[a..b) (a header's or a cell's
 * word), or 0 (table_cell.c). */
int ingest_table_year_word(const char *t, size_t a, size_t b);

/* The offset where the last line of s starts, by its anchors' lines; 0 when
 * s is one line (table_cell.c). */
size_t ingest_table_last_line(const ingest_sentence *s);

/* t[a..b) in lower case into out (cap bytes), runs of spaces made one and
 * trimmed: the number of letters it holds, or -1 when it does not fit or
 * is not ASCII (table_cell.c). */
int ingest_table_lower(const char *t, size_t a, size_t b, char *out, size_t cap);

/* English period tables (table_en.c).  Reads s as the header of one: its
 * caption and column names; true (and t's English table open) when it is. */
bool ingest_table_en_header(ingest_table *t, const ingest_sentence *s);

/* Keeps s, a short line of ASCII text opening a paragraph, as the caption
 * of a header that may follow; clears the caption otherwise. */
void ingest_table_en_caption(ingest_table *t, const ingest_sentence *s);

/* Reads s, split into cells cs[0..n), as a row of t's English table: a
 * period, then a figure a column; true when it is one (its claims emitted,
 * *rc the sink's answer). */
bool ingest_table_en_row(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                         const ingest_table_cell *cs, size_t n, const char *file,
                         const ingest_sink *sink, int *rc);

/* English tables flattened one cell a line, each cell closed by a bar
 * (table_flat_en.c): reads s (one line or not) as a line of one; *taken
 * when it was a line of its header or rows.  Returns GC_OK or the sink's
 * answer. */
int ingest_table_flat_en(ingest_table *t, const ingest_sentence *s,
                         bool one_line, const char *file, const ingest_sink *sink, bool *taken);

/* English tables whose columns are periods (table_period_en.c): reads s
 * (one line or not) as a line of one -- a cell, a header or rows run
 * together, a bar row; *taken when it was.  Returns GC_OK or the sink's
 * answer. */
int ingest_table_period_en(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                           bool one_line, const char *file, const ingest_sink *sink, bool *taken);

/* English tables whose rows are periods and whose columns are measures
 * (table_rows_en.c): reads each line of s as the header (Month CPI
 * Inflation) or a row (Feb-16 165.06 7.09) of one; *taken when every line
 * was.  Returns GC_OK or the
 * sink's answer. */
int ingest_table_rows_en(ingest_table *t, const ingest_sentence *s, const char *file,
                         const ingest_sink *sink, bool *taken);

/* English tables copied with their cell breaks lost (table_glued_en.c):
 * reads each line of s as a header of spans of periods run together or a
 * row of a label and one-decimal figures run together; *taken when every
 * line of s with a digit was the table's.  Returns GC_OK or the sink's
 * answer. */
int ingest_table_glued_en(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                          const char *file, const ingest_sink *sink, bool *taken);

/* ---- columns and the claims of figure cells (table_cols.c) ---- */

/* The role (COL_*) of header cell c of text (matching text m): a column
 * word of the lexicon (class table-column), alone, with % or with a unit in
 * brackets after it (绝对值(万元): unit gets 万元, cap bytes), or a year
 * (2018年: a level column, *year gets it). */
int ingest_table_column_role(const ingest_lexicon *lx, const char *text, const char *m,
                             ingest_table_cell c, int *year, char *unit, size_t cap);

/* The span (COL_SPAN_*) of header cell c of matching text m: the tail of
 * its table-column word's value (level-month, level-ytd). */
int ingest_table_column_span(const ingest_lexicon *lx, const char *m, ingest_table_cell c);

/* Reads cells cs[0..n) of s as a header: true, with t's columns set and
 * the table open, when every cell names a column and one at least holds
 * figures (a first cell left blank over the labels is supplied). */
bool ingest_table_read_header(ingest_table *t, const ingest_lexicon *lx, const ingest_sentence *s,
                              const ingest_table_cell *cs, size_t n);

/* Emits the claim of the figure at s->text[from..from+len) (neg: its sign),
 * placed at offset at, in column k of t, in a row labelled label, with unit
 * unit ("" none; a growth or share column's unit is %).  Returns GC_OK or
 * the sink's answer. */
int ingest_table_emit(const ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      const char *file, const ingest_sink *sink, size_t k, size_t at, size_t from,
                      size_t len, bool neg, const char *label, const char *unit);

/* ---- rows run together on one line (table_run.c) ---- */

/* Reads s, split at its gaps into cells cs[0..n), as a table whose rows
 * run on one line: a header's cells (unless t's table is open), then a
 * row's label and its figures again and again, a unit after (or before) a
 * level figure allowed.  True when all of s reads so, two rows at least
 * (the claims emitted, *rc the sink's answer). */
bool ingest_table_run(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                      const ingest_table_cell *cs, size_t n, const char *file,
                      const ingest_sink *sink, int *rc);

/* Is t[a..b) a unit the amount reader takes whole after a figure (万吨,
 * 亿元, 万千瓦时)?  No digit, not % (table_run.c). */
bool ingest_table_unit_text(const ingest_lexicon *lx, const char *t, size_t a, size_t b);

/* ---- listed companies' main accounting tables (table_company.c) ---- */

/* Reads s as part of a listed company's main accounting table: notes the
 * report's title (2016年半年度报告), opens the table at its header, reads
 * its rows line by line; *taken when s was the table's.  Returns GC_OK or
 * the sink's answer. */
int ingest_table_company(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                         const char *file, const ingest_sink *sink, bool *taken);

/* Ends the company table being read at the end of the input: its last row's
 * claims.  Returns GC_OK or the sink's answer. */
int ingest_table_company_end(ingest_table *t, ingest_context *ctx, const char *file,
                             const ingest_sink *sink);

/* Notes a cell break before offset pos of the sentence being built. */
static inline void ingest_table_gap(ingest_table *t, size_t pos)
{
    if (t->ngap < TABLE_RUN_GAPS)
        t->gap[t->ngap] = pos;
    if (t->ngap <= TABLE_RUN_GAPS)
        t->ngap++;
}

/* Reads sentence s (its gaps noted in t) as part of a table: a header row
 * starts a table, a row of an open table gives one claim per figure cell
 * (indicator = the row's label, unit from the unit column or the header,
 * year from the header, the caption or the document) with the cell's place
 * as provenance; anything else closes the table.  *taken: the sentence was
 * a header or a row, and nobody else should read it.  Clears the gaps.
 * Returns GC_OK, GC_ENOMEM or a sink's non-zero value. */
int ingest_table_sentence(ingest_table *t, ingest_context *ctx, const ingest_sentence *s,
                          const char *file, const ingest_sink *sink, bool *taken);

#endif
