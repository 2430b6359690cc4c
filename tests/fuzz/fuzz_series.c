/* fuzz_series.c -- the official series reader (CSV and JSON): either a
 * series of finite values or an error that names a line. */
#include <math.h>
#include <stdio.h>

#include "../../ingest/ingest.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ingest_series s = INGEST_SERIES_INIT;
    gc_diag d;
    FILE *f;
    int rc;

    if (size == 0)
        return 0;
    f = fmemopen((void *)data, size, "rb");
    if (!f)
        return 0;
    rc = ingest_series_read(f, "fuzz.csv", &s, &d);
    fclose(f);
    if (rc == GC_OK) {
        for (size_t i = 0; i < s.count; i++) {
            FUZZ_CHECK(isfinite(s.points[i].value) && isfinite(s.points[i].norm_value));
            FUZZ_CHECK(s.points[i].indicator && s.points[i].unit);
        }
    } else if (rc != GC_ENOMEM) {
        FUZZ_CHECK(d.message[0] != '\0');
        FUZZ_CHECK(s.count == 0);
    }
    ingest_series_free(&s);
    return 0;
}
