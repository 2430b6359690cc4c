/* check.c -- the driver: groups the claims by indicator (alias-resolved
 * with the indicator table) across the whole document, then runs the table
 * of checks (analysis_int.h, ANALYSIS_CHECKS): each per-group check on
 * every group in document order of first mention, then each document-wide
 * check.  Every finding a check makes gets the check's own sentence. */
#include "analysis_int.h"

#include <stdlib.h>
#include <string.h>

#define ANALYSIS_CHECK_ROW(id) &analysis_checker_##id,
static const analysis_checker *const checkers[] = { ANALYSIS_CHECKS(ANALYSIS_CHECK_ROW) };
#undef ANALYSIS_CHECK_ROW

#define NCHECKERS (sizeof checkers / sizeof checkers[0])

/* Appends the words of f's notes (all but the implausible deflator, which
 * the sentence states) to its explanation. */
static int append_notes(analysis_finding *f, const char *lang)
{
    bool en = lang && !strcmp(lang, "en");

    for (int n = 0; n < ANALYSIS_NOTE_COUNT; n++) {
        char *t;
        if (!((f->notes >> n) & 1u) || n == ANALYSIS_NOTE_IMPLAUSIBLE_DEFLATOR)
            continue;
        t = analysis_str_printf("%s%s%s%s", f->explanation ? f->explanation : "",
                                en ? " Note: " : "注：", analysis_note_text((analysis_note)n, lang),
                                en ? "." : "。");
        if (!t)
            return GC_ENOMEM;
        free(f->explanation);
        f->explanation = t;
    }
    return GC_OK;
}

/* Explains the findings out->items[first..count) made by check k. */
static int explain_from(actx *x, const analysis_checker *k, size_t first)
{
    for (size_t i = first; i < x->out->count; i++) {
        analysis_finding *f = &x->out->items[i];
        if (!f->written && f->nclaims && f->claims[0] < x->claims->count &&
            x->claims->items[f->claims[0]].indicator &&
            !(f->written = strdup(x->claims->items[f->claims[0]].indicator)))
            return GC_ENOMEM;
        if (analysis_explain(f, x->claims, x->opt->lang, k->explain) != GC_OK ||
            append_notes(f, x->opt->lang) != GC_OK)
            return GC_ENOMEM;
    }
    return GC_OK;
}

static int run_group_checks(actx *x, const group *g)
{
    int rc = GC_OK;

    for (size_t k = 0; k < NCHECKERS && rc == GC_OK; k++) {
        size_t first = x->out->count;
        if (!checkers[k]->run_group)
            continue;
        rc = checkers[k]->run_group(x, g);
        if (rc == GC_OK)
            rc = explain_from(x, checkers[k], first);
    }
    return rc;
}

static int run_document_checks(actx *x)
{
    int rc = GC_OK;

    for (size_t k = 0; k < NCHECKERS && rc == GC_OK; k++) {
        size_t first = x->out->count;
        if (!checkers[k]->run_document)
            continue;
        rc = checkers[k]->run_document(x);
        if (rc == GC_OK)
            rc = explain_from(x, checkers[k], first);
    }
    return rc;
}

int analysis_check_claims(const ingest_claims *claims, const analysis_options *opt,
                          analysis_findings *out)
{
    analysis_options defaults;
    actx x;
    int rc;

    if (!opt) {
        analysis_options_init(&defaults);
        opt = &defaults;
    }
    memset(&x, 0, sizeof x);
    x.claims = claims;
    x.opt = opt;
    x.out = out;
    rc = analysis_groups_build(&x);
    for (size_t i = 0; i < x.ngroups && rc == GC_OK; i++)
        /* x.groups is freed below on every path; clang-tidy 14 loses track:
         * NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
        rc = run_group_checks(&x, &x.groups[i]);
    if (rc == GC_OK)
        rc = run_document_checks(&x);
    analysis_groups_free(&x);
    return rc;
}
