/* stub_series.c -- TEMPORARY placeholders for the time-series functions;
 * deleted by their implementation (analysis/timeseries.c). */
#include "analysis.h"
int analysis_series_build(const ingest_claims *c, const analysis_findings *f, const analysis_options *o, analysis_rows *out) { (void)c; (void)f; (void)o; (void)out; return GC_EINVAL; }
void analysis_rows_free(analysis_rows *r) { (void)r; }
const char *analysis_row_source_name(analysis_row_source s) { (void)s; return "?"; }
