/* stub.c -- TEMPORARY placeholders so the tree links while ingest is written.
 * The ingest implementer deletes this file. */
#include "ingest.h"
#include <string.h>
struct ingest_parser { int unused; };
ingest_parser *ingest_parser_new(const char *name, const ingest_options *opt, const ingest_sink *sink)
{ (void)name; (void)opt; (void)sink; return NULL; }
int ingest_parser_feed(ingest_parser *p, const void *b, size_t n, gc_diag *d) { (void)p; (void)b; (void)n; (void)d; return GC_EINVAL; }
int ingest_parser_finish(ingest_parser *p, gc_diag *d) { (void)p; (void)d; return GC_EINVAL; }
void ingest_parser_free(ingest_parser *p) { (void)p; }
ingest_sink ingest_collector(ingest_claims *out) { ingest_sink s = { NULL, NULL, out }; return s; }
int ingest_read_file(FILE *f, const char *name, const ingest_options *opt, ingest_claims *out, gc_diag *d)
{ (void)f; (void)name; (void)opt; (void)out; (void)d; return GC_EINVAL; }
int ingest_read_buffer(const void *b, size_t n, const char *name, const ingest_options *opt, ingest_claims *out, gc_diag *d)
{ (void)b; (void)n; (void)name; (void)opt; (void)out; (void)d; return GC_EINVAL; }
int ingest_claims_push(ingest_claims *l, const ingest_claim *c) { (void)l; (void)c; return GC_EINVAL; }
void ingest_claims_free(ingest_claims *l) { (void)l; }
void ingest_claim_clear(ingest_claim *c) { (void)c; }
const char *ingest_kind_name(ingest_kind k) { (void)k; return "?"; }
const char *ingest_qualifier_name(ingest_qualifier q) { (void)q; return "?"; }
const char *ingest_basis_name(ingest_basis b) { (void)b; return "?"; }
cJSON *ingest_claim_json(const ingest_claim *c) { (void)c; return NULL; }
int ingest_parse_amount(const char *t, size_t n, ingest_amount *out) { (void)t; (void)n; (void)out; return GC_EINVAL; }
