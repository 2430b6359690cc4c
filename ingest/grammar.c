/* grammar.c -- the driver of the grammar: one normalised sentence in, its
 * claims out.  It runs the quick test (can the sentence hold a figure at
 * all?), lends the reader the context's buffers, cuts the sentence into
 * tokens (tokens.c), hands them to the rules of the lexicon's language
 * (rules_zh.c), reports a miss when a sentence that speaks of change gave
 * no claim, and carries what the sentence says for the rest of its
 * paragraph (a basis with 下同, a goal) into the context. */
#include "grammar.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The reader borrows the context's buffers for one sentence, emptied, and
 * gives them back with whatever memory they grew to. */
static void lend_buffers(ingest_context *ctx, reader *r, toks *ts)
{
    buf *mine[] = { &r->subject, &r->scratch, &r->raw, &r->excerpt, &r->of, &r->pending };

    _Static_assert(sizeof mine / sizeof mine[0] == sizeof ctx->mem / sizeof ctx->mem[0],
                   "ingest_context.mem: one buffer for each of the reader's");
    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++) {
        *mine[i] = ctx->mem[i];
        buf_reset(mine[i]);
    }
    ts->v = ctx->toks;
    ts->n = 0;
    ts->cap = ctx->toks_cap;
}

static void return_buffers(ingest_context *ctx, reader *r, const toks *ts)
{
    const buf *mine[] = { &r->subject, &r->scratch, &r->raw, &r->excerpt, &r->of, &r->pending };

    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
        ctx->mem[i] = *mine[i];
    ctx->toks = ts->v;
    ctx->toks_cap = ts->cap;
}

void ingest_grammar_free(ingest_context *ctx)
{
    for (size_t i = 0; i < sizeof ctx->mem / sizeof ctx->mem[0]; i++)
        buf_free(&ctx->mem[i]);
    free(ctx->toks);
    ctx->toks = NULL;
    ctx->toks_cap = 0;
}

/* The sentence with traditional forms folded is already what the parser
 * gives us for matching; display text is the same bytes. */
int ingest_grammar_sentence(ingest_context *ctx, const ingest_sentence *s,
                            const char *file, const ingest_sink *sink)
{
    reader r;
    toks ts;
    int rc;

    if (!ctx->maps.lx)
        return GC_EINVAL;       /* ingest_lexicon_maps() was not run */
    if (s->number_from >= s->len
        || !ingest_has_number(&ctx->maps, s->match + s->number_from, s->len - s->number_from))
        return GC_OK;
    memset(&r, 0, sizeof r);
    lend_buffers(ctx, &r, &ts);
    r.pending_start = SIZE_MAX;
    r.ctx = ctx;
    r.m = &ctx->maps;
    r.lx = ctx->maps.lx;
    r.s = s;
    r.file = file;
    r.sink = sink;
    r.t = s->match;
    r.len = s->len;
    r.basis = ctx->para_basis;
    r.estimated = ctx->para_estimated;
    r.review_years = ctx->para_span;
    rc = ingest_tokenize(r.m, r.t, r.len, &ts);
    if (rc == GC_OK)
        rc = ingest_zh_read(&r, &ts);
    if (r.basis_sticky_para) {
        ctx->para_basis = r.basis;
        ctx->para_estimated = ctx->para_estimated || r.estimated;
    }
    if (r.goal_word)
        ctx->para_target = true;
    if (rc == GC_OK && r.claims == 0 && sink->miss && ingest_speaks_of_change(r.m, r.t, r.len)) {
        ingest_source where;
        memset(&where, 0, sizeof where);
        where.file = (char *)(uintptr_t)file;
        where.sentence = (char *)(uintptr_t)s->text;
        ingest_locate(s, 0, &where);
        rc = sink->miss(&where, sink->ctx);
    }
    /* the text buffers record a failed growth; a subject or excerpt that
     * lost text must not pass as a shorter one */
    if (rc == GC_OK && (r.subject.failed || r.scratch.failed || r.raw.failed ||
                        r.excerpt.failed || r.of.failed || r.pending.failed))
        rc = GC_ENOMEM;
    ingest_zh_done(&r);
    return_buffers(ctx, &r, &ts);
    return rc;
}
