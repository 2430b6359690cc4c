/* stub.c -- TEMPORARY placeholders so the tree links while analysis is
 * written.  The analysis implementer deletes this file. */
#include "analysis.h"
void analysis_options_init(analysis_options *o) { (void)o; }
int analysis_check_claims(const ingest_claims *c, const analysis_options *o, analysis_findings *out) { (void)c; (void)o; (void)out; return GC_EINVAL; }
void analysis_findings_free(analysis_findings *f) { (void)f; }
const char *analysis_verdict_name(analysis_verdict v) { (void)v; return "?"; }
const char *analysis_check_name(analysis_check c) { (void)c; return "?"; }
cJSON *analysis_finding_json(const analysis_finding *f, const ingest_claims *c) { (void)f; (void)c; return NULL; }
int analysis_indicators_load(const char *t, size_t n, const char *name, analysis_indicators **out, gc_diag *d) { (void)t; (void)n; (void)name; (void)out; (void)d; return GC_EINVAL; }
const analysis_indicators *analysis_indicators_builtin(void) { return NULL; }
void analysis_indicators_free(analysis_indicators *t) { (void)t; }
