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
int analysis_cagr(double a, double b, double n, double *r) { (void)a; (void)b; (void)n; (void)r; return GC_EINVAL; }
int analysis_cagr_interval(double a, double b, double c, double d, double n, double *lo, double *hi) { (void)a; (void)b; (void)c; (void)d; (void)n; (void)lo; (void)hi; return GC_EINVAL; }
int analysis_cumulative_rate(double v0, double t, unsigned n, double *r) { (void)v0; (void)t; (void)n; (void)r; return GC_EINVAL; }
int analysis_trend(const double *y, size_t ys, const double *v, size_t vs, size_t n, double *r, double *se) { (void)y; (void)ys; (void)v; (void)vs; (void)n; (void)r; (void)se; return GC_EINVAL; }
analysis_interval analysis_rounding_interval(double v, double r, ingest_qualifier q, analysis_rounding m) { analysis_interval i = { v, v, 0, 0 }; (void)r; (void)q; (void)m; return i; }
