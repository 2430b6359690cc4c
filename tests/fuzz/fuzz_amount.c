/* fuzz_amount.c -- the number and unit parser: it must consume no more than
 * it was given and only ever produce finite numbers. */
#include <math.h>
#include <string.h>

#include "../../ingest/ingest.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ingest_amount a;

    memset(&a, 0, sizeof a);
    if (ingest_parse_amount((const char *)data, size, &a) != GC_OK)
        return 0;
    FUZZ_CHECK(a.length > 0 && a.length <= size);
    FUZZ_CHECK(isfinite(a.value) && isfinite(a.norm_value) && isfinite(a.resolution));
    FUZZ_CHECK(memchr(a.unit, '\0', sizeof a.unit) != NULL);
    FUZZ_CHECK(memchr(a.norm_unit, '\0', sizeof a.norm_unit) != NULL);
    return 0;
}
