/* plots.h -- gnuplot charts of claims and findings, safe against hostile text.
 *
 * For every indicator with something to show, plots writes a gnuplot script
 * (.gp) and its data (.dat) into an output folder, then renders all of them
 * with one gnuplot process.  Text from documents (indicator names, units,
 * sentences) reaches a script only through gp_quote() (plots/gpquote.h), so
 * it can neither run a command nor break the script.  File names are slugs
 * confined to the output folder.
 *
 * Ownership: inputs are borrowed; plots_result is a plain struct.  Nothing
 * here prints or exits. */
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

typedef struct plots_options {
    const char *outdir;     /* folder to write into; created if missing, never emptied */
    const char *gnuplot;    /* program to run; NULL: "gnuplot" on PATH */
    unsigned formats;       /* PLOTS_PNG | PLOTS_SVG | PLOTS_PDF; 0 means PNG */
    int width, height;      /* pixels for PNG/SVG (default 1600x900, 16:9) */
    int font_size;          /* points (default 16) */
    const char *font;       /* font name; NULL: a CJK font (Noto Sans CJK SC) */
    const char *lang;       /* "zh" (default) or "en": labels and indicator names */
    bool render;            /* false: write scripts and data only */
} plots_options;

/* Fills opt with the defaults above (outdir NULL: the caller must set it). */
void plots_options_init(plots_options *opt);

typedef struct plots_result {
    size_t charts;          /* scripts written */
    bool rendered;          /* gnuplot ran and succeeded */
} plots_result;

/* Writes every chart (trajectories, claims overview, index chart, shares)
 * and renders them when opt->render.  rows are the time series of
 * analysis_series_build() -- the one source of truth for trajectories.
 * Returns GC_OK; GC_EIO with diag (file) when a file cannot be written;
 * GC_ENOTFOUND when gnuplot is missing (scripts and data are still written);
 * GC_EEXTERNAL when gnuplot fails (diag has its first error line);
 * GC_ENOMEM. */
int plots_write(const ingest_claims *claims, const analysis_findings *findings,
                const analysis_rows *rows, const plots_options *opt,
                plots_result *res, gc_diag *diag);

#endif
