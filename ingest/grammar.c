/* grammar.c -- the driver of the grammar: one normalised sentence in, its
 * claims out.  It runs the quick test (can the sentence hold a figure at
 * all?), lends the reader the context's buffers, cuts the sentence into
 * tokens (tokens.c), hands them to the rules of the lexicon's language
 * (rules_zh.c), reports a miss when a sentence that speaks of change gave
 * no claim, and carries what the sentence says for the rest of its
 * paragraph (a basis with 下同, a goal) into the context. */
#include "grammar.h"
#include "rules_en.h"

#include <stddef.h>
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
    ingest_en_free(ctx);
    ingest_clean_memo_free(&ctx->maps);
}

/* The language of a sentence, by its letters: Chinese when ideographs are
 * at least a third of the letters, English when ASCII letters dominate and
 * the words read as English, else a language the grammar does not read
 * (French, Cyrillic, kana, garble).  A sentence without letters (figures,
 * signs) is Chinese, as before. */
enum { LANG_ZH, LANG_EN, LANG_UNREAD };

static int sentence_lang(const ingest_sentence *s)
{
    size_t letters = s->n_cjk + s->n_latin + s->n_other;

    if (letters == 0 || s->n_cjk * 3 >= letters)
        return s->n_cjk == 0 && letters > 0 ? LANG_UNREAD : LANG_ZH;
    if (s->n_latin > s->n_other * 4 && s->n_latin >= 2
        && en_is_english(&ingest_lexicon_en, s->text, s->len))
        return LANG_EN;
    return LANG_UNREAD;
}

static int english_sentence(ingest_context *ctx, const ingest_sentence *s, const char *file,
                            const ingest_sink *sink)
{
    int n = 0, rc;

    if (s->para_start)
        ingest_en_paragraph(ctx);
    rc = ingest_en_sentence(ctx, s, file, sink, &n);
    if (rc == GC_OK && n == 0 && sink->miss && s->number_from < s->len) {
        /* a sentence with a figure and a word of change gave nothing */
        const char *t = s->text;
        bool change = false;
        for (size_t i = 0; i + 3 < s->len && !change; i++)
            change = (t[i] == 'g' && !strncmp(t + i, "grew", 4)) || !strncmp(t + i, "rose", 4)
                  || !strncmp(t + i, "increase", 8) || !strncmp(t + i, "growth", 6)
                  || !strncmp(t + i, "fell", 4) || !strncmp(t + i, "decline", 7);
        if (change) {
            ingest_source where;
            memset(&where, 0, sizeof where);
            where.file = (char *)(uintptr_t)file;
            where.sentence = (char *)(uintptr_t)s->text;
            ingest_locate(s, 0, &where);
            rc = sink->miss(&where, sink->ctx);
        }
    }
    return rc;
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
    if (s->n_latin > s->n_cjk * 2 || (s->n_cjk == 0 && s->n_other > 0)) {
        int lang = sentence_lang(s);
        ctx->lang_sentences[lang]++;
        if (lang == LANG_EN)
            return english_sentence(ctx, s, file, sink);
        if (lang == LANG_UNREAD)
            return GC_OK;
    } else {
        ctx->lang_sentences[LANG_ZH]++;
    }
    if (s->number_from >= s->len
        || !(s->has_digit
             || ingest_has_number(&ctx->maps, s->match + s->number_from, s->len - s->number_from))) {
        ctx->carry[0] = '\0';     /* no subject goes past a sentence without figures */
        ctx->period_stop = ctx->period_semi = false;
        ingest_zh_time_skip(ctx, s->match, s->len, s->para_start);
        return GC_OK;
    }
    /* from ctx on: the arrays before it need no clearing (grammar.h) */
    memset((char *)&r + offsetof(reader, ctx), 0, sizeof r - offsetof(reader, ctx));
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
    ts.bare_percent = !ctx->seen_percent;
    ingest_zh_time_start(&r);
    ingest_clean_memo_start(&ctx->maps, s->text, s->match);
    rc = ingest_tokenize(r.m, r.t, r.len, &ts);
    if (rc == GC_OK)
        rc = ingest_zh_read(&r, &ts);
    ingest_clean_memo_end(&ctx->maps);
    ingest_zh_time_end(&r);
    if (r.basis_sticky_para) {
        ctx->para_basis = r.basis;
        ctx->para_estimated = ctx->para_estimated || r.estimated;
    }
    if (r.goal_word)
        ctx->para_target = true;
    if (rc == GC_OK && r.claims == 0 && sink->miss && ts.change) {
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
