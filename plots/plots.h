/* plots.h -- gnuplot charts of claims and findings, safe against hostile text.
 *
 * For every indicator with something to show, plots writes a gnuplot script
 * (.gp) and its data (.dat) into an output folder, then renders all of them
 * with one gnuplot process.  Text from documents (indicator names, units,
 * sentences) reaches a script only through gp_quote() (plots/gpquote.h), so
 * it can neither run a command nor break the script.  File names are slugs
 * confined to the output folder.
 *
 * Every indicator is accounted for: the result lists each chart made, each
 * indicator that got none with the reason, and each year for which a
 * report states two different levels of one indicator (both are drawn and
 * flagged), so that a summary can say what was drawn and what was not.
 *
 * Ownership: inputs are borrowed; the lists in plots_result are owned by
 * it and freed with plots_result_free().  Nothing here prints or exits. */
#ifndef GC_PLOTS_H
#define GC_PLOTS_H

#include <stdbool.h>
#include <stddef.h>

#include "../common/status.h"
#include "../ingest/ingest.h"
#include "../analysis/analysis.h"

enum {
    PLOTS_PNG = 1,  /* pngcairo */
    PLOTS_SVG = 2,
    PLOTS_PDF = 4   /* pdfcairo */
};

/* The look of a run's charts. */
typedef enum plots_style {
    PLOTS_STYLE_DEFAULT,  /* 1600x900 PNG, 16 points, light grid */
    PLOTS_STYLE_SLIDE,    /* 16:9 at 1920x1080, 28 points, thick lines, no grid or
                             mirrored tics; for a slide seen from the back row */
    PLOTS_STYLE_PRINT     /* vector PDF, greyscale-safe: series told apart by dash,
                             marker and grey level, never by hue alone */
} plots_style;

typedef struct plots_options {
    const char *outdir;     /* folder to write into; created if missing, never emptied */
    const char *gnuplot;    /* program to run; NULL: "gnuplot" on PATH */
    unsigned formats;       /* PLOTS_PNG | PLOTS_SVG | PLOTS_PDF; 0 means PNG */
    int width, height;      /* pixels for PNG/SVG (default 1600x900, 16:9) */
    int font_size;          /* points (default 16) */
    const char *font;       /* font name; NULL: a CJK font (Noto Sans CJK SC) */
    const char *lang;       /* "zh" or "en": labels and indicator names; NULL
                               (the default): the document's own, English when
                               most of its claims come from English sentences */
    bool render;            /* false: write scripts and data only */
    plots_style style;      /* PLOTS_STYLE_DEFAULT; slide and print change the
                               size, font size and formats only where they are
                               still at their defaults */
} plots_options;

/* Sets *style from its name ("default", "slide", "print").  Returns GC_OK or
 * GC_EINVAL for any other name. */
int plots_style_parse(const char *name, plots_style *style);

/* Fills opt with the defaults above (outdir NULL: the caller must set it). */
void plots_options_init(plots_options *opt);

/* One chart written. */
typedef struct plots_chart {
    char *file;             /* image file name in the output folder ("gdp.png");
                               the .gp and .dat share its stem */
    const char *kind;       /* "levels", "bars", "levels+volume", "bars+volume",
                               "volume", "before-after", "index", "growth-compared",
                               "shares", "stated-rates", "claims" */
    char *indicator;        /* the indicator it draws, or NULL for a chart of many */
    char *title;            /* the title as drawn (UTF-8) */
} plots_chart;

/* An indicator that got no chart of its own, and why. */
typedef struct plots_skip {
    char *indicator;
    char *reason;           /* in the run's language: "only one year (2021)" */
} plots_skip;

/* Two different levels stated for one indicator and year. */
typedef struct plots_conflict {
    char *indicator;
    int year;
    double a, b;            /* the two values, in unit, in document order */
    char *unit;
} plots_conflict;

typedef struct plots_result {
    size_t charts;          /* scripts written */
    bool rendered;          /* gnuplot ran and succeeded */
    plots_chart *made;      /* made[0..nmade): every chart, in the order drawn */
    size_t nmade;
    plots_skip *skipped;    /* skipped[0..nskipped): indicators without a chart
                               of their own, in order of first mention */
    size_t nskipped;
    plots_conflict *conflicts;  /* conflicts[0..nconflicts) */
    size_t nconflicts;
} plots_result;

#define PLOTS_RESULT_INIT { 0, false, NULL, 0, NULL, 0, NULL, 0 }

/* Frees the lists of res and empties it; accepts NULL. */
void plots_result_free(plots_result *res);

/* Writes every chart (the claims overview, one chart per indicator with
 * levels in two or more years, the index chart, shares) and renders them
 * when opt->render.  rows are the time series of analysis_series_build() --
 * the one source of truth for levels and paths; findings give each chart's
 * title and tell a path at a real (comparable-price) rate, drawn on a
 * volume index, from a nominal one; claims (may be NULL) give the document's
 * name, which levels are estimates (预计), and the indicators with no row.
 * res (may be NULL) must be PLOTS_RESULT_INIT or freed; it is filled even
 * when rendering fails.
 * Returns GC_OK; GC_EIO with diag (file) when a file cannot be written;
 * GC_ENOTFOUND when gnuplot is missing (scripts and data are still written);
 * GC_EEXTERNAL when gnuplot fails (diag has its first error line);
 * GC_ENOMEM. */
int plots_write(const ingest_claims *claims, const analysis_findings *findings,
                const analysis_rows *rows, const plots_options *opt,
                plots_result *res, gc_diag *diag);

#endif
