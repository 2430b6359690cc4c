/* fuzz_grammar.c -- one paragraph -> claims, the grammar's own target.
 * fuzz_ingest reads a whole document: it holds the head back to date it,
 * reads it twice and explores line breaks and chunk splits.  Here the report
 * year is given and the head scan is skipped, and the input's line breaks
 * become spaces, so almost every execution is spent in the sentence
 * splitter and the Chinese and English rules, many times faster.  The
 * claims are checked as fuzz_ingest checks them. */
#include <math.h>
#include <string.h>

#include "../../ingest/ingest_int.h"
#include "fuzz.h"

#define GRAMMAR_MAX 4096    /* a paragraph; longer inputs are cut */

static size_t input_size;

static int check_claim(const ingest_claim *c, void *ctx)
{
    (void)ctx;
    FUZZ_CHECK(isfinite(c->value) && isfinite(c->norm_value) && isfinite(c->resolution));
    FUZZ_CHECK(c->indicator && c->unit && c->norm_unit && c->source.sentence);
    FUZZ_CHECK(c->source.line >= 1 && c->source.column >= 1);
    FUZZ_CHECK(c->source.byte >= 0 && (size_t)c->source.byte < input_size);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ingest_parser *p;
    static char text[GRAMMAR_MAX];
    ingest_options opt = { "utf-8", 2023 };
    ingest_sink sink = { check_claim, NULL, NULL };
    gc_diag d;

    if (size > sizeof text)
        size = sizeof text;
    for (size_t i = 0; i < size; i++)
        text[i] = data[i] == '\n' || data[i] == '\r' ? ' ' : (char)data[i];
    input_size = size;
    if (!p && !(p = ingest_parser_new("fuzz", &opt, &sink)))
        return 0;
    if (ingest_parser_reset(p, "fuzz") != GC_OK)
        return 0;
    ingest_parser_no_head_scan(p);
    if (ingest_parser_feed(p, text, size, &d) == GC_OK)
        ingest_parser_finish(p, &d);
    return 0;
}
