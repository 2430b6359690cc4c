/* report.h -- every documented output of growthcheck, written into a buffer:
 * claims as JSON Lines, JSON or CSV; findings as JSON, CSV or a Markdown
 * summary; the year rows as tidy CSV, wide CSV or JSON.
 *
 * The CLI only chooses a format and a destination; a library user gets the
 * same bytes.  Claims JSON Lines and CSV are written by a streaming writer
 * (no JSON tree): numbers are printed from their shortest decimal digits
 * (common/dtoa.h), and a normalised value from the digits of the value with
 * the decimal point shifted by the unit's scale (9500亿元 -> 950000000000).
 *
 * Ownership: every function borrows its inputs and appends to a buf the
 * caller owns (common/buf.h).  Functions return 0, or -1 when out of memory
 * (the buf then holds a partial output; reset or free it).  Nothing here
 * prints or exits. */
#ifndef GC_REPORT_H
#define GC_REPORT_H

#include <stdbool.h>

#include "../analysis/analysis.h"
#include "../common/buf.h"
#include "../ingest/ingest.h"
#include "../plots/plots.h"

/* ---- claims ---- */

/* Appends one claim as one line of JSON (the fields of ingest_claim_json(),
 * in its order, unformatted) and a newline.  Meant for a sink callback:
 * append claim after claim into one buf and write it out when it is large. */
int report_claim_jsonl(buf *b, const ingest_claim *c);

/* The CSV header line of claims (indicator,kind,year,...,source_sentence),
 * ended by CRLF. */
int report_claims_csv_header(buf *b);

/* Appends one claim as one CSV row (RFC 4180, CRLF). */
int report_claim_csv(buf *b, const ingest_claim *c);

/* Every claim as JSON Lines. */
int report_claims_jsonl(buf *b, const ingest_claims *claims);

/* The header and one CSV row per claim. */
int report_claims_csv(buf *b, const ingest_claims *claims);

/* Every claim in one indented JSON array, and a newline. */
int report_claims_json(buf *b, const ingest_claims *claims);

/* ---- findings ---- */

/* {"findings": [...], "counts": {verdict: n}, "claims": n, "sentences": n},
 * indented, and a newline. */
int report_findings_json(buf *b, const analysis_findings *f, const ingest_claims *claims);

/* A header and one CSV row per finding; open interval sides and undefined
 * values are empty cells. */
int report_findings_csv(buf *b, const analysis_findings *f);

/* The stated and computed cells of a finding as the summary and the
 * findings table show them: "9.97% [9.85, 10.08]", "7.6% [7.55, …)",
 * "undefined: reason", or "". */
void report_finding_cells(const analysis_finding *x, char stated[160], char computed[160]);

/* ---- year rows ---- */

/* The tidy CSV (indicator,indicator_en,year,value,unit,normalized_value,
 * normalized_unit,source,basis,low,high,derivation), with a UTF-8 BOM first
 * when bom.  Empty cells where a value is undefined or a side is open. */
int report_rows_csv(buf *b, const analysis_rows *rows, bool bom);

/* The wide CSV: one row per indicator, measure and source class, one column
 * per year, then implied_years and path_years.  A stated value wins over an
 * implied one, which wins over a path value. */
int report_rows_wide(buf *b, const analysis_rows *rows, bool bom);

/* {"rows": [...]}, indented, and a newline. */
int report_rows_json(buf *b, const analysis_rows *rows);

/* ---- the review page ---- */

/* One document of the run: its name as in the claims' source.file, and its
 * bytes exactly as read (before any conversion), or NULL when they were not
 * kept (standard input): its claims are then listed but not marked. */
typedef struct report_doc {
    const char *name;
    const char *bytes;
    size_t n;
} report_doc;

/* ---- the memo summary ---- */

typedef struct report_summary_options {
    const char *lang;              /* "zh" (default) or "en": every word of the summary */
    const report_doc *docs;        /* the documents read (docs[0..ndocs)), for their
                                      title, place and year; NULL: file names only */
    size_t ndocs;
    const char *encoding;          /* as ingest_options.encoding (NULL: auto) */
    int report_year;               /* --report-year, or 0 */
    analysis_rounding rounding;    /* the rule the figures were read with */
    const plots_result *charts;    /* the charts made, or NULL: no links (none
                                      either when they were not rendered) */
    const char *charts_dir;        /* their folder as seen from the summary ("charts"),
                                      or NULL */
    const size_t *unused_official; /* indices into series->points of the official rows
                                      no check used (analysis_series_unused()), or NULL */
    size_t nunused_official;
    const ingest_series *series;   /* the official series, or NULL */
} report_summary_options;

/* The findings as a Markdown memo an economist can paste: a header with
 * each document's title, place and year (found in its head, or the reason
 * they are missing) and file name (as given when relative, else its base
 * name -- never an absolute path), the claims and one line of verdict
 * counts; the findings most severe first (inconsistent, explained with a
 * warning, explained, consistent, unverifiable; document order within a
 * verdict), each with its sentences quoted with their lines, its values and
 * explanation, and a link to its indicator's chart; a method note (level or
 * cumulative method, the spans and their n, the rounding rule, the price
 * basis and the national deflator reference); the caveats (estimates,
 * series breaks, constant-price volumes, approximate words, official rows
 * not used, sentences not read); then report_charts_md().  In opt->lang
 * throughout.  opt may be NULL (Chinese, no documents, no charts). */
int report_summary_md(buf *b, const analysis_findings *f, const ingest_claims *claims,
                      const report_summary_options *opt);

/* The charts section of the summary (report_summary_md() appends it): a
 * table of the charts made (file under dir, which may be NULL; kind;
 * indicator; title), one of the indicators without a chart and why, and one
 * of the years with two different stated values, in lang ("zh" or "en").
 * Nothing when res is NULL or empty. */
int report_charts_md(buf *b, const plots_result *res, const char *dir, const char *lang);

/* One chart: the SVG markup gnuplot wrote, and the indicator it draws
 * (as in the findings) or NULL for a chart of many indicators. */
typedef struct report_chart {
    const char *indicator;
    const char *svg;
    size_t n;
} report_chart;

typedef struct report_review_options {
    const char *lang;              /* "zh" (default) or "en": the page's words */
    const char *encoding;          /* as ingest_options.encoding: how the bytes of
                                      the documents were read (NULL: auto) */
    const report_chart *charts;    /* charts[0..ncharts), or NULL */
    size_t ncharts;
    const char *charts_note;       /* shown when there is no chart (gnuplot
                                      missing), or NULL */
} report_review_options;

/* The review page: one self-contained HTML file (no network, no external
 * file; a Content-Security-Policy allowing only its own inline style and
 * script, by their SHA-256) with each document's text, every claim marked
 * in place and coloured by the verdict of the findings that used it (or
 * "not checked"), coverage misses marked apart, and the findings grouped
 * by indicator, most severe first, each with its chart.  A mark covers the
 * figure as written (number and unit), found from source.byte and checked
 * against the original bytes; a claim whose text is not there is listed
 * apart instead of marked.  All document text is escaped, and Unicode bidi
 * controls are shown as visible code points.  opt may be NULL.  Returns 0,
 * or -1 when out of memory. */
int report_review_html(buf *b, const report_doc *docs, size_t ndocs,
                       const ingest_claims *claims, const analysis_findings *f,
                       const report_review_options *opt);

/* Appends the SVG element of svg[0..n) (a file gnuplot wrote) made safe to
 * inline in HTML: the XML prologue, comments, processing instructions and
 * CDATA dropped; only drawing elements kept (no script, style,
 * foreignObject, image, a); attributes on*, style and any href or url()
 * not pointing inside the chart dropped; every id and local reference
 * prefixed with idprefix so that several charts can share a page.  Text
 * and attribute values are re-escaped.  Returns 0, 1 when svg holds no
 * <svg> element (nothing appended), or -1 when out of memory. */
int report_svg_inline(buf *b, const char *svg, size_t n, const char *idprefix);

#endif
