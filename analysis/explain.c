/* explain.c -- runs the sentence a check writes about one of its findings
 * (the pieces are in say.h, each check's sentence beside its code). */
#include "say.h"

#include <stdlib.h>

int analysis_explain(analysis_finding *f, const ingest_claims *claims, const char *lang,
                     analysis_explain_fn *fn)
{
    say s = { BUF_INIT, lang && !strcmp(lang, "en"), f, claims, 0 };

    fn(&s);
    if (s.err) {
        buf_free(&s.b);
        return GC_ENOMEM;
    }
    free(f->explanation);
    f->explanation = buf_detach(&s.b);
    return f->explanation ? GC_OK : GC_ENOMEM;
}
