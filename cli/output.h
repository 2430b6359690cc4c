/* output.h -- the output formats more than one subcommand writes: claims as
 * JSON Lines, findings as JSON, the findings table and the Markdown summary.
 * One writer each, so extract, check and report cannot drift apart. */
#ifndef GC_CLI_OUTPUT_H
#define GC_CLI_OUTPUT_H

#include "../analysis/analysis.h"
#include "../common/buf.h"
#include "../ingest/ingest.h"
#include "cli.h"

/* Appends one JSON object per claim, one per line.  Returns 0 or -1 (memory). */
int out_claims_jsonl(buf *b, const ingest_claims *claims);

/* Appends {"findings": [...], "counts": {verdict: n}, "sentences": n,
 * "claims": n}.  Returns 0 or -1 (memory). */
int out_findings_json(buf *b, const analysis_findings *f, const ingest_claims *claims);

/* A table of findings: indicator, check, stated, computed [lo, hi],
 * verdict, reason, explanation.  Returns NULL when out of memory. */
cli_table *out_findings_table(const analysis_findings *f);

/* Appends the findings as a Markdown document: a counts line, then a table
 * with each finding's source sentence and line.  Returns 0 or -1. */
int out_summary_md(buf *b, const analysis_findings *f, const ingest_claims *claims);



/* Appends the tidy series CSV (header indicator,indicator_en,year,value,
 * unit,normalized_value,normalized_unit,source,basis,low,high,derivation),
 * RFC 4180 quoted, with a UTF-8 BOM first when bom.  Empty cells where a
 * value is undefined or an interval side is open.  Returns 0 or -1. */
int out_series_csv(buf *b, const analysis_rows *rows, bool bom);

/* Maps the status of plots_write() to a message and an exit code: gnuplot
 * missing or failing is CLI_EXIT_GNUPLOT with how to install or what it said,
 * a file that cannot be written CLI_EXIT_OUTPUT.  dir is the charts folder. */
int cli_plots_status(int rc, const gc_diag *d, const char *dir);
#endif
