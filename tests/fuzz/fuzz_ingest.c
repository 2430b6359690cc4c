/* fuzz_ingest.c -- bytes -> claims.  The input is fed in two chunks split at
 * a point chosen by its first byte, so that splits inside characters and
 * numbers are explored; every claim must serialise without NaN or infinity
 * and point inside the input. */
#include <math.h>

#include "../../ingest/ingest.h"
#include "fuzz.h"

static size_t input_size;

static int check_claim(const ingest_claim *c, void *ctx)
{
    cJSON *j = ingest_claim_json(c);
    char *s;

    (void)ctx;
    FUZZ_CHECK(isfinite(c->value) && isfinite(c->norm_value) && isfinite(c->resolution));
    FUZZ_CHECK(c->indicator && c->unit && c->norm_unit && c->source.sentence);
    FUZZ_CHECK(c->source.line >= 1 && c->source.column >= 1);
    FUZZ_CHECK(c->source.byte >= 0 && (size_t)c->source.byte < input_size);
    if (!j)
        return 0;  /* out of memory is allowed, not a crash */
    s = cJSON_PrintUnformatted(j);
    if (s) {
        /* cJSON prints NaN and infinity as null: the numbers must come back
         * as numbers (a substring test would trip on the sentence's text) */
        cJSON *back = cJSON_Parse(s);
        FUZZ_CHECK(back != NULL);
        FUZZ_CHECK(cJSON_IsNumber(cJSON_GetObjectItem(back, "value")));
        FUZZ_CHECK(cJSON_IsNumber(cJSON_GetObjectItem(cJSON_GetObjectItem(back, "normalized"),
                                                      "value")));
        cJSON_Delete(back);
        cJSON_free(s);
    }
    cJSON_Delete(j);
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
    if (!p && !(p = ingest_parser_new("fuzz", NULL, &sink)))
        return 0;
    if (ingest_parser_reset(p, "fuzz") != GC_OK)
        return 0;
    if (ingest_parser_feed(p, data, split, &d) == GC_OK &&
        ingest_parser_feed(p, data + split, size - split, &d) == GC_OK)
        ingest_parser_finish(p, &d);
    return 0;
}
