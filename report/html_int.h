/* html_int.h -- shared between the files of the review page (report/html.c,
 * report/doctext.c); not public.  A document's text as the page shows it,
 * with the map between its offsets and those of the original file. */
#ifndef GC_REPORT_HTML_INT_H
#define GC_REPORT_HTML_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../common/buf.h"
#include "../analysis/analysis.h"
#include "../ingest/ingest.h"

typedef struct doctext {
    const char *t;      /* the text as UTF-8 */
    size_t n;
    buf conv;           /* owns t when the bytes were converted */
    size_t *o2u;        /* original offset -> text offset (SIZE_MAX inside a
                           character); NULL when the text is the bytes */
    size_t *u2o;        /* text offset -> original offset; NULL likewise */
    size_t orig_n;
} doctext;

int report_doctext_load(doctext *d, const char *bytes, size_t n, const char *encoding);
void report_doctext_free(doctext *d);
size_t report_doctext_to_text(const doctext *d, long long byte);
long long report_doctext_to_orig(const doctext *d, size_t u);
uint32_t report_fold_next(const char *t, size_t n, size_t *i);
bool report_is_space(uint32_t c);
bool report_figure_span(const doctext *d, const ingest_claim *c, size_t *s, size_t *e);

/* A finding's definition in lang: analysis' English words for "en", their
 * Chinese for "zh" (recognised by their opening words, else by the kind of
 * check); NULL when the finding has none, or none in Chinese.  Static or
 * the finding's own string. */
const char *report_definition_text(const analysis_finding *f, const char *lang);

/* What an implied value is (analysis_implied.what) in lang: analysis'
 * English for "en"; for "zh" its Chinese, a name from the document (of a
 * share's whole) as written, or NULL when it is neither (then a Chinese page
 * says nothing rather than English). */
const char *report_implied_what(const char *what, const char *lang);

/* Appends how an implied value was derived (analysis_implied.derivation,
 * English prose for findings.json and the CSV) in lang: as is for "en"; for
 * "zh" each of its terms in Chinese ("level 2021 + growth_avg 2016-2021" is
 * "2021年总量 + 2016—2021年年均增速"), a pure computation ("9500亿元 /
 * 1.1 = ...") as is.  Appends nothing and returns 0 when a Chinese page
 * would be left with an English word; -1 when out of memory. */
int report_derivation_text(buf *b, const char *derivation, const char *lang);

#endif
