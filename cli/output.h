/* output.h -- terminal output more than one subcommand shows: the findings
 * table and the messages for chart rendering.  The file formats are
 * report/report.h's. */
#ifndef GC_CLI_OUTPUT_H
#define GC_CLI_OUTPUT_H

#include "../analysis/analysis.h"
#include "../common/buf.h"
#include "../ingest/ingest.h"
#include "../report/report.h"
#include "cli.h"

/* A table of findings: indicator, check, stated, computed [lo, hi],
 * verdict, reason, explanation.  Returns NULL when out of memory. */
cli_table *out_findings_table(const analysis_findings *f);

/* Maps the status of plots_write() to a message and an exit code: gnuplot
 * missing or failing is CLI_EXIT_GNUPLOT with how to install or what it said,
 * a file that cannot be written CLI_EXIT_OUTPUT.  dir is the charts folder. */
int cli_plots_status(int rc, const gc_diag *d, const char *dir);
#endif
