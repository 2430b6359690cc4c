/* analysis_fixture.h -- for the analysis unit tests: claims built by hand
 * as ingest would give them, and a relative-tolerance comparison.  Included
 * by one test file each (the functions are static). */
#ifndef GC_TEST_ANALYSIS_FIXTURE_H
#define GC_TEST_ANALYSIS_FIXTURE_H

#include <math.h>
#include <string.h>

#include "../../analysis/analysis.h"

static void near(double got, double want, double rel)
{
    double tol = want == 0 ? rel : rel * fabs(want);
    if (!(fabs(got - want) <= tol))
        fail_msg("got %.17g, want %.17g (relative tolerance %g)", got, want, rel);
}

/* A claim as ingest would give it; strings are copied by push. */
typedef struct spec {
    const char *ind;
    ingest_kind kind;
    int year, from, to;
    double value, res;
    const char *unit;
    double scale;             /* unit -> base unit */
    const char *norm_unit;
    ingest_qualifier q;
    bool estimated, target;
    ingest_basis basis;
    const char *of;
} spec;

static void add(ingest_claims *cs, spec s)
{
    ingest_claim c;
    memset(&c, 0, sizeof c);
    c.indicator = (char *)s.ind;
    c.kind = s.kind;
    c.year = s.year;
    c.period_from = s.from;
    c.period_to = s.to;
    c.value = s.value;
    c.value_text = (char *)"";
    c.resolution = s.res;
    c.unit = (char *)s.unit;
    c.norm_value = s.value * (s.scale ? s.scale : 1);
    c.norm_unit = (char *)(s.norm_unit ? s.norm_unit : s.unit);
    c.qualifier = s.q;
    c.estimated = s.estimated;
    c.target = s.target;
    c.basis = s.basis;
    c.of = (char *)s.of;
    c.source.file = (char *)"test.txt";
    c.source.line = (long)cs->count + 1;
    c.source.sentence = (char *)"一句话。";
    assert_int_equal(ingest_claims_push(cs, &c), GC_OK);
}

#define YI 1e8   /* 亿 */
#define WAN 1e4  /* 万 */

#endif
