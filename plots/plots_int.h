/* plots_int.h -- what the files of the plots module share: the chart being
 * built, file-name slugs, script text helpers, the label language, the
 * grouping of analysis rows by indicator, and running gnuplot.
 *
 * Not installed; not a contract outside plots/. */
#ifndef GC_PLOTS_INT_H
#define GC_PLOTS_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "../common/buf.h"
#include "plots.h"

/* ---- file names ---- */

#define PL_STEM_MAX 64  /* bytes of a file stem, NUL included */

/* The stems used in one run, so that each file name is unique. */
typedef struct pl_names {
    char (*items)[PL_STEM_MAX];
    size_t count, cap;
} pl_names;

/* Writes into out a file stem: a slug of name (ASCII letters and digits
 * lowered, every other run of bytes one '-', trimmed, at most 40 bytes and
 * then cut at the last whole word), or of fallback when name has no ASCII
 * (Chinese).  The stem never contains '/', never starts with '.', and is
 * unique in names: "-2", "-3" ... are appended on a clash; it is then added
 * to names.  Returns GC_OK or GC_ENOMEM.  Example: ("Gross regional
 * product", ...) gives "gross-regional-product". */
int pl_stem(pl_names *names, const char *name, const char *fallback, char out[PL_STEM_MAX]);

/* Writes into out the file stem of an indicator's chart (see slug.c): the
 * slug of key when key is ASCII (an English document's own name), else
 * of english -- a short name for the indicators of the built-in table
 * ("Gross regional product" gives "gdp", "General public budget revenue"
 * "general-budget-revenue"), the whole name's slug when the short one is
 * taken or unknown -- else "indicator-N" with N = ++*unnamed (numbers
 * already taken skipped).  Unique in names and added to it, as pl_stem().
 * Returns GC_OK or GC_ENOMEM. */
int pl_indicator_stem(pl_names *names, const char *key, const char *english,
                      unsigned *unnamed, char out[PL_STEM_MAX]);

/* Takes back stem when it is the last one added (a chart that turned out
 * empty), and its number when it is "indicator-N" with N = *unnamed, so
 * that numbers follow the charts made.  Anything else: nothing. */
void pl_names_forget(pl_names *names, const char *stem, unsigned *unnamed);

/* Adds a fixed stem ("claims") to names.  Returns GC_OK or GC_ENOMEM. */
int pl_names_add(pl_names *names, const char *stem);

void pl_names_free(pl_names *names);

/* ---- labels ---- */

/* The words on the charts, in the language of the run. */
typedef struct pl_words {
    bool en;                    /* English: indicator_en names, English units */
    const char *stated;         /* key entry: levels the report states */
    const char *implied;        /* key entry: levels the claims imply */
    const char *open_side;      /* key entry: the open side of an implied interval */
    const char *official;       /* key entry: official series */
    /* A growth path's key entry is path_lead, the span and path_span when
     * the chart's paths differ in span, the method, the rate, path_tail:
     * "按端点年均增速6.04%的匀速增长路径", "constant growth at the endpoint
     * CAGR 6.04%".  path_unknown names a path row that says nothing of
     * how it was built. */
    const char *path_lead, *path_span, *path_cagr, *path_stated, *path_tail, *path_unknown;
    const char *traj_title;     /* after the indicator's name */
    const char *claims_title;
    const char *claims_top[3];  /* around "N shown" and "of M checked claims" */
    const char *claims_x;
    const char *claims_stated;
    const char *verdict[4];     /* by analysis_verdict */
    const char *check_avg, *check_yoy, *check_change, *check_series;
    const char *index_title;
    const char *index_y;
    const char *shares_title;
    const char *shares_y;
} pl_words;

/* The words for lang "en", or Chinese for anything else. */
const pl_words *pl_words_for(const char *lang);

/* The unit as shown on an axis: an English rendering of common Chinese
 * units when en ("亿元" is "100 million yuan"), else unit itself. */
const char *pl_unit_label(const char *unit, bool en);

/* ---- script text ---- */

/* The chart being built: its file stem, script and data. */
typedef struct pl_chart {
    char stem[PL_STEM_MAX];
    buf gp;     /* NAME.gp */
    buf dat;    /* NAME.dat */
    int blocks; /* data blocks written to dat (gnuplot's "index") */
    buf title;  /* the title as drawn, for plots_result */
    const char *kind;  /* plots_chart.kind */
    size_t body_at;    /* where the drawing starts in gp, after the first output */
} pl_chart;

/* ---- the look of a style ---- */

/* Colours, widths and furniture of one style.  Default and slide take the
 * Okabe-Ito palette (told apart with any common colour vision deficiency);
 * print takes black and greys, so every series also differs by dash or
 * marker. */
typedef struct pl_look {
    double lw, ps;              /* multipliers of line width and point size */
    bool grid;                  /* light grid lines */
    bool mirror;                /* tics and border on all four sides */
    const char *stated, *implied, *official, *real, *conflict, *rest;
    const char *path[4];        /* nominal growth paths */
    const char *series[7];      /* index lines and share parts */
    const char *fill_stated, *fill_implied;  /* bar fills */
} pl_look;

const pl_look *pl_look_for(plots_style style);

/* ---- the run ---- */

/* What every chart of a run reads. */
typedef struct pl_ctx {
    const ingest_claims *claims;          /* may be NULL */
    const analysis_findings *findings;    /* never NULL */
    const analysis_rows *rows;            /* never NULL */
    const plots_options *opt;             /* settled */
    const pl_words *w;
    const pl_look *look;
    char source[96];                      /* the document's file name, or "" */
} pl_ctx;

/* Appends the heading of a chart: its title (also kept in c->title) on the
 * first line, and below it a smaller subtitle naming the source document
 * and the years first..last (0 for none).  Both are labels at screen
 * coordinates, so they centre on the canvas whatever the margins.
 * Returns 0 or -1. */
int pl_heading(pl_chart *c, const pl_ctx *x, const char *title, int first, int last);

/* The highest a plot may reach, as a screen fraction, below the heading
 * (and a panel's own title when panel_title): the heading's lines scale
 * with the font sizes, so a slide's large type does not overlap. */
double pl_plot_top(const plots_options *opt, bool panel_title);

/* Starts data block c->blocks with a comment line "# index K: label" and
 * returns K, or -1 when out of memory. */
int pl_block(pl_chart *c, const char *label);

/* Appends a plot element "'STEM.dat' index K STYLE title 'T'" (notitle when
 * title is NULL) to plot, after ", \\\n" when plot is not empty.  Returns 0
 * or -1. */
int pl_elem(buf *plot, const pl_chart *c, int k, const char *style, const char *title);

/* ---- numbers on charts ---- */

/* A display unit: values are divided by div and labelled unit. */
typedef struct pl_scale {
    double div;
    const char *unit;
} pl_scale;

/* The unit of an indicator's values as a chart shows it: a bare magnitude
 * ("万", "亿", none) of an indicator that counts people (常住人口,
 * "Resident population") becomes "万人", "亿人", "人" ("万人次" ... for
 * 人次); anything else is unit itself (NULL for an empty or NULL unit).
 * Static strings or unit; never owned. */
const char *pl_unit_of(const char *unit, const char *indicator, const char *indicator_en);

/* The display unit for values of unit whose largest magnitude is maxabs:
 * 亿元 becomes 万亿元 from 10,000亿元 on, 万元 becomes 亿元, 元 becomes 万元
 * or 亿元, 人 becomes 万人; anything else stays. */
pl_scale pl_scale_for(const char *unit, double maxabs);

/* Writes v for people: fixed notation (never e-notation), thousands
 * separated by commas, at most `digits` decimals and no trailing zeros
 * ("9,500", "490.2", "1.84").  Magnitudes beyond 1e15 print whole.
 * Returns out. */
const char *pl_numtext(char out[64], double v, int digits);

/* The decimals a label of v needs for about three significant digits,
 * never fewer than the value has up to `most`. */
int pl_digits(double v, int most);

/* Appends "set yrange [lo:top]" and explicit y tics at a round step with
 * thousands separators (so no tic can show e-notation), top a round number
 * above hi with room for labels; lo is 0 for levels.  Returns 0 or -1. */
int pl_yaxis(buf *g, double lo, double hi, const char *axis);

/* Appends the valid UTF-8 of s (invalid bytes dropped), cut to at most
 * maxcols display columns with "…" in place of the rest.  Returns 0 or -1
 * when out of memory. */
int pl_clip(buf *b, const char *s, size_t maxcols);

/* Appends s, cut to at most maxcols display columns (an ellipsis marks the
 * cut; invalid UTF-8 bytes are dropped), as a gp_quote() literal with the
 * markup escaped.  Returns 0 or -1 when out of memory. */
int pl_text(buf *b, const char *s, size_t maxcols);

/* Appends s for a comment line of a script or data file: clipped to 200
 * columns, quoted as a plain literal (no markup escapes, for reading; the
 * closing quote also keeps the line from ending in a backslash, which
 * would continue the comment onto the next line).  Returns 0 or -1. */
int pl_comment_text(buf *b, const char *s);

/* Appends a printf-formatted text as pl_text() does.  Returns 0 or -1. */
int pl_textf(buf *b, size_t maxcols, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Appends a file name as a plain literal (no markup escaping).  Returns 0
 * or -1. */
int pl_filename(buf *b, const char *stem, const char *ext);

/* Starts a script: the comment header (what the chart shows, how to rerun
 * it), reset, encoding and the first terminal and output.  what is fixed
 * English prose of this module for the comment -- never document text,
 * which could end the comment line.  Returns 0 or -1. */
int pl_script_begin(pl_chart *c, const plots_options *opt, const char *what);

/* Ends a script after its plot command: replots for each further format
 * and closes the output.  Returns 0 or -1. */
int pl_script_end(pl_chart *c, const plots_options *opt);

/* The most display columns of a chart title that fit the canvas width:
 * the title is set a size above the text (pl_script_begin), and a column
 * (a Latin letter; a CJK character takes two) is about 0.55 of its size,
 * at 96/72 pixels a point.  107 at 1600 pixels and 16 points. */
size_t pl_title_cols(const plots_options *opt);

/* Appends " title 'TITLE'", the title clipped to maxcols.  Returns 0 or
 * -1. */
int pl_title(buf *b, const char *title, size_t maxcols);

/* Appends the key setting of a chart: below the plot, the entries in
 * rows of up to max_cols columns, each sample before its text.  Below the
 * plot the key never hides data and costs a line or two of height, where
 * a key on the right cost up to half the width.  Returns 0 or -1. */
int pl_key_below(buf *g, int max_cols);

/* Appends an x range for years first..last, half a year of margin on the
 * left and right_room years on the right, with tics on whole years (every
 * 1, 5 or 10 years by the span) from first to last only.  Returns 0 or -1. */
int pl_year_tics(buf *g, int first, int last, double right_room);

/* Appends "%.10g" of v, which must be finite.  Returns 0 or -1. */
int pl_num(buf *b, double v);

/* ---- the rows of one indicator ---- */

/* One point of a series, in the unit of its indicator's chart. */
typedef struct pl_point {
    int year;
    double value;
    double lo, hi;               /* interval, = value on an unbounded side */
    bool open_lo, open_hi;       /* a side says nothing: unbounded, not finite, or a
                                    lower bound <= 0 of a positive value (the level a
                                    rate of "more than x%" implies for the year before) */
    bool est;                    /* an estimate (预计): set by pl_mark() */
    bool conflict;               /* another stated value for the year differs: pl_mark() */
    bool nolabel;                /* its value is written in another point's label */
    char label[48];              /* the label when not empty ("102 / 95.1"), else the value */
    const analysis_row *row;     /* borrowed */
} pl_point;

/* Points of one year among p[0..n) (sorted by year) whose values, divided
 * by div, lie closer than `close` share one label on the highest of them,
 * the values from the highest down ("102 / 95.1"), and the others get
 * none; so two labels never print over each other. */
void pl_merge_labels(pl_point *p, size_t n, double div, double close, const pl_ctx *x);

/* Sets est and conflict of the points p[0..n) (sorted by year): est when
 * the claim a stated row comes from is marked estimated, conflict when
 * another stated point of the same year has another value. */
void pl_mark(const pl_ctx *x, pl_point *p, size_t n);

/* Whether a path or implied row rests on a rate at comparable prices (a
 * real rate): its finding's reason is price_basis or it has a deflator, a
 * claim behind it says 可比价, or the indicator's implied rows carry the
 * comparable basis of the indicator table.  Such a row is not a level in
 * current yuan and is never drawn as one. */
bool pl_row_real(const pl_ctx *x, const analysis_row *r);

/* The finding that states the rate of a path row with path_stated, or
 * NULL. */
const analysis_finding *pl_path_finding(const pl_ctx *x, const analysis_row *r);

/* The distinct indicators among rows, in order of first mention, each
 * with the first row that names it. */
typedef struct pl_indicators {
    const analysis_row **first;  /* first[0..count) */
    size_t count;
} pl_indicators;

int pl_indicators_list(const analysis_rows *rows, pl_indicators *out);
void pl_indicators_free(pl_indicators *ind);

/* The display name of an indicator: indicator_en when en and known. */
const char *pl_row_name(const analysis_row *r, bool en);

/* The bit of a source in a sources mask. */
#define PL_SRC(s) (1u << (s))

/* Collects into pts (room for rows->count) the rows of ref's indicator
 * whose is_share equals ref->is_share and whose source is in the mask
 * sources, converted to ref's unit (rows in ref's unit as they are; others
 * with ref's norm_unit scaled by ref's value / norm_value; the rest left
 * out, as are non-finite values), sorted by year; an open side of an
 * interval is set to the value and flagged.  Returns the count. */
size_t pl_collect(const analysis_rows *rows, const analysis_row *ref, unsigned sources,
                  pl_point *pts);

/* The level of each year of ref's indicator: stated, else official, else
 * implied (paths are not levels).  Fills pts like pl_collect() and returns
 * the count; years are distinct and increasing. */
size_t pl_levels(const analysis_rows *rows, const analysis_row *ref, pl_point *pts);

/* The row of the indicator's unit reference: its first stated row with the
 * given is_share, else its first such row of any source, else NULL. */
const analysis_row *pl_reference(const analysis_rows *rows, const analysis_row *first,
                                 bool share);

/* Appends one data line "year value lo hi", and " open_lo open_hi" (0 or 1
 * each) when open.  Returns 0 or -1. */
int pl_dat_point(buf *b, const pl_point *p, bool open);

/* ---- titles ---- */

/* Appends the title of ref's indicator chart, stating its main finding:
 * an inconsistent rate, else an explained one (with its reason), else a
 * consistent one, else what a stated rate implies, else the change between
 * its first and last stated levels. */
int pl_finding_title(buf *t, const pl_ctx *x, const analysis_row *ref);

/* ---- the charts ---- */

/* The panels of one indicator's chart (indicator.c).  Each appends its data
 * blocks to c->dat and its settings and plot command to c->gp, inside the
 * screen rectangle [left, right] x [bottom, top]; returns 0 or -1. */
typedef struct pl_frame {
    double left, right, bottom, top;   /* screen fractions */
    const char *title;                 /* the panel's own title, or NULL */
} pl_frame;

/* The levels in current units as lines and points: stated (filled; hollow
 * when estimated), implied (hollow with the rounding interval), official
 * (squares on a line joining consecutive years only), nominal growth paths
 * (dashed).  lv[0..nlv) are the levels it may use. */
int pl_panel_lines(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f);

/* The levels of two years as bars, the rate between them written above. */
int pl_panel_bars(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f);

/* Paths at a real rate as a volume index (base year = 100), beside the
 * stated current-price levels as an index on the same base: the gap
 * between them is the price change. */
int pl_panel_volume(pl_chart *c, const pl_ctx *x, const analysis_row *ref, pl_frame f);

/* Appends one data line "year value lo hi \"label\"" of p divided by div,
 * the label p->label when set, "" when p->nolabel, else the value for people, with " 预计"/" est." when p is an
 * estimate; a blank line first when *prev is a year and p's is not the
 * next one, so that gnuplot draws no line across a missing year.  Sets
 * *prev.  Returns 0 or -1. */
int pl_dat_row(buf *d, int *prev, const pl_point *p, double div, const pl_ctx *x);

/* Appends the frame's margins, the panel's own title (NULL for none), the
 * grid of the style, and the x axis of years first..last.  Returns 0 or -1. */
int pl_panel_frame(buf *g, const pl_ctx *x, pl_frame f, const char *title, int first, int last,
                   double right_room);

/* What ref's indicator chart would draw: the number of distinct years with
 * a level in current units (*years), whether it has an official series
 * (*official) and a path at a real rate (*real).  Returns GC_OK, or
 * GC_ENOMEM (then the facts are unknown, not "none": no caller may read
 * them as a reason). */
int pl_indicator_facts(const pl_ctx *x, const analysis_row *ref, size_t *years,
                        bool *official, bool *real);

/* A change or multiple stated with no level: before/after bars of an index
 * (base year = 100) with the multiple written.  f is the finding. */
int pl_chart_before_after(pl_chart *c, const pl_ctx *x, const analysis_finding *f);

/* Each returns GC_OK with c->gp empty when it has nothing to show, or
 * GC_ENOMEM. */
int pl_chart_claims(const pl_ctx *x, pl_chart *c);
int pl_chart_indicator(const pl_ctx *x, const analysis_row *ref, pl_chart *c);

/* The index chart: at most PL_INDEX_MAX indicators with two or more stated
 * levels, first stated year = 100, labelled at their line ends; when none
 * has more than two years, bars of the last index instead ("growth
 * compared").  in[i] is set for the indicators drawn. */
#define PL_INDEX_MAX 6
int pl_chart_index(const pl_ctx *x, const pl_indicators *ind, pl_chart *c, bool *in);
/* The stated rates of the indicators names[0..nnames) (those with no
 * chart of their own), a bar each, at most 14. */
int pl_chart_rates(const pl_ctx *x, const char *const *names, size_t nnames, pl_chart *c);

/* Shares as stacked bars; in[i] is set for the indicators drawn. */
int pl_chart_shares(const pl_ctx *x, const pl_indicators *ind, pl_chart *c, bool *in);

/* ---- gnuplot ---- */

/* Finds program (a path when it holds a '/', else searched on PATH) and
 * stores a copy of its path, to be freed, in *path.  Returns GC_OK,
 * GC_ENOTFOUND or GC_ENOMEM. */
int pl_find_program(const char *program, char **path);

/* Runs "path script" with dir as the working folder, stdin and stdout on
 * /dev/null, and waits.  Returns GC_OK when it exits with 0; GC_EEXTERNAL
 * with the first error line of its stderr in diag (file and line of the
 * script when gnuplot names them); GC_ENOTFOUND when it cannot be run;
 * GC_ENOMEM or GC_EIO. */
int pl_run(const char *path, const char *dir, const char *script, gc_diag *diag);

#endif
