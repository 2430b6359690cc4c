/* stub_series.c -- TEMPORARY placeholders for the series reader; deleted
 * by its implementation (ingest/series.c). */
#include "ingest.h"
int ingest_series_read(FILE *f, const char *name, ingest_series *out, gc_diag *d) { (void)f; (void)name; (void)out; (void)d; return GC_EINVAL; }
void ingest_series_free(ingest_series *s) { (void)s; }
