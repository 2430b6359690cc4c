/* fuzz_ingest.c -- bytes -> claims.  The input is fed in two chunks split at
 * a point chosen by its first byte, so that splits inside characters and
 * numbers are explored; every claim must have finite numbers, valid UTF-8
 * text and point inside the input, and must print as the JSON line extract
 * writes (report_claim_jsonl): one line of valid UTF-8 with no control
 * characters, whose value reads back as the claim's.  That writer appends
 * to one buffer kept for the whole run, so nothing here allocates per
 * claim: under ASan an allocation costs more than reading a sentence, and
 * the cJSON tree this target once built for each input's first claim was
 * ~30 allocations an execution. */
#include <math.h>
#include <string.h>

#include "../../common/utf8.h"
#include "../../ingest/ingest.h"
#include "../../report/report.h"
#include "fuzz.h"

static size_t input_size;
static buf line;

static int valid_text(const char *s)
{
    size_t n = strlen(s);
    return utf8_validate((const unsigned char *)s, n) == n;
}

/* The claim as extract --format jsonl prints it: {...} and a newline,
 * valid UTF-8 without a raw control character, and a "value" that strtod
 * reads back as the claim's value (the shortest digits that do).  The key
 * cannot occur inside a string: a string's quotes are escaped. */
static void check_line(const ingest_claim *c)
{
    const char *v;

    buf_reset(&line);
    if (report_claim_jsonl(&line, c) != 0)
        return;     /* out of memory, allowed */
    FUZZ_CHECK(line.len >= 3 && line.data[0] == '{' && line.data[line.len - 2] == '}'
               && line.data[line.len - 1] == '\n');
    FUZZ_CHECK(utf8_validate((const unsigned char *)line.data, line.len) == line.len);
    for (size_t i = 0; i + 1 < line.len; i++)
        FUZZ_CHECK((unsigned char)line.data[i] >= 0x20);
    FUZZ_CHECK(line.data[line.len] == '\0');    /* a buf's promise */
    v = strstr(line.data, ",\"value\":");
    FUZZ_CHECK(v && strtod(v + 9, NULL) == c->value);
}

static int check_claim(const ingest_claim *c, void *ctx)
{
    (void)ctx;
    /* every number the JSON holds is finite: JSON has no NaN or infinity */
    FUZZ_CHECK(isfinite(c->value) && isfinite(c->norm_value) && isfinite(c->resolution));
    FUZZ_CHECK(!c->ranged || isfinite(c->value_high));
    FUZZ_CHECK(c->indicator && c->unit && c->norm_unit && c->source.sentence);
    FUZZ_CHECK(valid_text(c->indicator) && valid_text(c->unit) && valid_text(c->source.sentence));
    FUZZ_CHECK(!c->of || valid_text(c->of));
    FUZZ_CHECK(c->source.line >= 1 && c->source.column >= 1);
    FUZZ_CHECK(c->source.byte >= 0 && (size_t)c->source.byte < input_size);
    check_line(c);
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
