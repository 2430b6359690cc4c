/* stub.c -- TEMPORARY placeholders so the tree links while plots is written.
 * The plots implementer deletes this file. */
#include "plots.h"
void plots_options_init(plots_options *o) { (void)o; }
int plots_write(const ingest_claims *c, const analysis_findings *f, const analysis_rows *r, const plots_options *o, plots_result *res, gc_diag *d)
{ (void)c; (void)f; (void)r; (void)o; (void)res; (void)d; return GC_EINVAL; }
