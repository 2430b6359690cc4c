/* fuzz_ingest.c -- bytes -> claims.  The input is fed in two chunks split at
 * a point chosen by its first byte, so that splits inside characters and
 * numbers are explored; every claim must have finite numbers, valid UTF-8
 * text and point inside the input, and the first claim of each input must
 * build its JSON object.  Nothing here allocates per claim beyond that one
 * object: under ASan an allocation costs more than reading a sentence, and
 * printing and re-parsing every claim's JSON (cJSON's work, not ours) once
 * took a third of each execution. */
#include <math.h>
#include <string.h>

#include "../../common/utf8.h"
#include "../../ingest/ingest.h"
#include "fuzz.h"

static size_t input_size;
static int claims_seen;

static int valid_text(const char *s)
{
    size_t n = strlen(s);
    return utf8_validate((const unsigned char *)s, n) == n;
}

static int check_claim(const ingest_claim *c, void *ctx)
{
    (void)ctx;
    /* every number the JSON holds is finite: cJSON would print NaN or
     * infinity as null */
    FUZZ_CHECK(isfinite(c->value) && isfinite(c->norm_value) && isfinite(c->resolution));
    FUZZ_CHECK(!c->ranged || isfinite(c->value_high));
    FUZZ_CHECK(c->indicator && c->unit && c->norm_unit && c->source.sentence);
    FUZZ_CHECK(valid_text(c->indicator) && valid_text(c->unit) && valid_text(c->source.sentence));
    FUZZ_CHECK(!c->of || valid_text(c->of));
    FUZZ_CHECK(c->source.line >= 1 && c->source.column >= 1);
    FUZZ_CHECK(c->source.byte >= 0 && (size_t)c->source.byte < input_size);
    if (claims_seen++ == 0) {
        cJSON *j = ingest_claim_json(c);   /* NULL: out of memory, allowed */
        cJSON_Delete(j);
    }
    return 0;
}

/* One parser for the whole run, reset between inputs as a program reading
 * many files does: building one (the lexicon's tables) costs more than
 * parsing a small input, and a reset that forgets too little shows up here
 * as a claim pointing past the end of the input. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ingest_parser *p;
    ingest_sink sink = { check_claim, NULL, NULL };
    size_t split = size ? data[0] % (size + 1) : 0;
    gc_diag d;

    input_size = size;
    claims_seen = 0;
    if (!p && !(p = ingest_parser_new("fuzz", NULL, &sink)))
        return 0;
    if (ingest_parser_reset(p, "fuzz") != GC_OK)
        return 0;
    if (ingest_parser_feed(p, data, split, &d) == GC_OK &&
        ingest_parser_feed(p, data + split, size - split, &d) == GC_OK)
        ingest_parser_finish(p, &d);
    return 0;
}
