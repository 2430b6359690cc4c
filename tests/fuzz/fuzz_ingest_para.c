/* fuzz_ingest_para.c -- one paragraph of a document already begun -> claims:
 * the sentence layer of fuzz_ingest, split off so that it runs many times
 * faster.  fuzz_ingest reads a whole document, and most of an execution
 * goes to reading its bytes twice (the head scout, then the grammar); here
 * the document's state is that of one of a few short document heads
 * (below), read once when the target starts, and each input is one more
 * paragraph of that document: the grammar and the document-time rules read
 * it in the state the head left (report year, release month, a plan's end,
 * the English reader's document fields), without a head scan.  The input's
 * first byte picks the head; the rest is the paragraph, its line breaks read
 * as spaces (lines, tables, encodings and chunk splits are fuzz_ingest's).
 * Claims are checked as fuzz_ingest checks them.
 *
 * The state is restored by copying the context's document fields (those a
 * reset clears) and the English reader's (those ingest_en_reset clears),
 * as the head left them: a crash found here is a document, the head then
 * a blank line then the paragraph, for fuzz_ingest to confirm (the scout
 * of that document sees the paragraph too, which this target skips). */
#include <math.h>
#include <string.h>

#include "../../ingest/feed.h"
#include "../../ingest/rules_en.h"
#include "fuzz.h"

#define PARA_MAX 4096    /* longer inputs are cut */

/* Heads of a few genres, in the project's own words: a state the grammar
 * reads a paragraph in.  The last is no head at all. */
static const char *const heads[] = {
    /* a Chinese government work report */
    "2024\xe5\xb9\xb4\xe6\x94\xbf\xe5\xba\x9c\xe5\xb7\xa5\xe4\xbd\x9c\xe6\x8a\xa5\xe5\x91\x8a\n"
    "\xef\xbc\x88""2024\xe5\xb9\xb4""1\xe6\x9c\x88""20\xe6\x97\xa5\xef\xbc\x89\n\n"
    "\xe4\xb8\x80\xe3\x80\x81""2023\xe5\xb9\xb4\xe5\xb7\xa5\xe4\xbd\x9c\xe5\x9b\x9e\xe9\xa1\xbe\n\n"
    "\xe8\xbf\x87\xe5\x8e\xbb\xe4\xb8\x80\xe5\xb9\xb4\xef\xbc\x8c\xe5\x9c\xb0\xe5\x8c\xba\xe7\x94\x9f"
    "\xe4\xba\xa7\xe6\x80\xbb\xe5\x80\xbc\xe5\xa2\x9e\xe9\x95\xbf""5.1%\xe3\x80\x82\n",
    /* a Chinese statistical communique: the title names the data year */
    "2022\xe5\xb9\xb4\xe5\x9b\xbd\xe6\xb0\x91\xe7\xbb\x8f\xe6\xb5\x8e\xe5\x92\x8c\xe7\xa4\xbe\xe4\xbc\x9a"
    "\xe5\x8f\x91\xe5\xb1\x95\xe7\xbb\x9f\xe8\xae\xa1\xe5\x85\xac\xe6\x8a\xa5\n"
    "2023-03-10\n\n",
    /* a Chinese release of the first three quarters */
    "\xe5\x89\x8d\xe4\xb8\x89\xe5\xad\xa3\xe5\xba\xa6\xe7\xbb\x8f\xe6\xb5\x8e\xe8\xbf\x90\xe8\xa1\x8c"
    "\xe6\x83\x85\xe5\x86\xb5\n"
    "\xe5\x8f\x91\xe5\xb8\x83\xe6\x97\xb6\xe9\x97\xb4\xef\xbc\x9a""2021-10-18\n\n"
    "\xe5\x88\x9d\xe6\xad\xa5\xe6\xa0\xb8\xe7\xae\x97\xef\xbc\x8c\xe5\x89\x8d\xe4\xb8\x89\xe5\xad\xa3"
    "\xe5\xba\xa6\xe5\x9c\xb0\xe5\x8c\xba\xe7\x94\x9f\xe4\xba\xa7\xe6\x80\xbb\xe5\x80\xbc\xe5\x90\x8c"
    "\xe6\xaf\x94\xe5\xa2\x9e\xe9\x95\xbf""9.8%\xe3\x80\x82\n",
    /* an English monthly release with a date line */
    "Industrial production, March 2015\n"
    "2015-04-14\n\n"
    "Industrial output rose 0.6 percent in March after falling in February.\n",
    /* an English quarterly estimate */
    "Gross Domestic Product, Third Quarter 2019 (Advance Estimate)\n\n"
    "Real GDP increased at an annual rate of 1.9 percent in the third quarter of 2019.\n",
    /* an English outlook */
    "Regional Economic Outlook, October 2023\n\n"
    "Growth is projected to slow to 3.1 percent in 2024 from 3.4 percent this year.\n",
    /* an English budget for a fiscal year */
    "Budget Speech 2020-21, 26 February 2020\n\n"
    "The deficit fell to 4.6 per cent of GDP in 2019-20 and is estimated at 3.5 per cent next year.\n",
    /* no head */
    "",
};
#define NHEADS (sizeof heads / sizeof heads[0])

/* what a reset clears, as each head left it */
static struct {
    unsigned char ctx[offsetof(ingest_context, maps)];
    unsigned char en[offsetof(en_doc, lc)];
    bool has_en;
} state[NHEADS];

static size_t input_size;

static int check_claim(const ingest_claim *c, void *ctx)
{
    (void)ctx;
    FUZZ_CHECK(isfinite(c->value) && isfinite(c->norm_value) && isfinite(c->resolution));
    FUZZ_CHECK(!c->ranged || isfinite(c->value_high));
    FUZZ_CHECK(c->indicator && c->unit && c->norm_unit && c->source.sentence);
    FUZZ_CHECK(c->source.line >= 1 && c->source.column >= 1);
    FUZZ_CHECK(c->source.byte >= 0 && (size_t)c->source.byte < input_size);
    return 0;
}

static int ignore(const ingest_claim *c, void *ctx)
{
    (void)c;
    (void)ctx;
    return 0;
}

/* Reads each head as a whole document and keeps the state it leaves. */
static int read_heads(ingest_parser *p)
{
    gc_diag d;

    p->sink.claim = ignore;
    for (size_t i = 0; i < NHEADS; i++) {
        if (ingest_parser_reset(p, "fuzz") != GC_OK)
            return -1;
        if (ingest_parser_feed(p, heads[i], strlen(heads[i]), &d) == GC_OK)
            (void)ingest_parser_finish(p, &d);
        memcpy(state[i].ctx, &p->ctx, sizeof state[i].ctx);
        state[i].has_en = p->ctx.en != NULL;
        if (p->ctx.en)
            memcpy(state[i].en, p->ctx.en, sizeof state[i].en);
    }
    p->sink.claim = check_claim;
    return 0;
}

/* Resets p, then puts back head i's state (the English reader's memory,
 * allocated once, stays the parser's). */
static int restore(ingest_parser *p, size_t i)
{
    void *en;

    if (ingest_parser_reset(p, "fuzz") != GC_OK)
        return -1;
    ingest_parser_no_head_scan(p);
    en = p->ctx.en;
    memcpy(&p->ctx, state[i].ctx, sizeof state[i].ctx);
    p->ctx.en = en;
    if (en && state[i].has_en)
        memcpy(en, state[i].en, sizeof state[i].en);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static ingest_parser *p;
    static char text[PARA_MAX];
    ingest_options opt = { "utf-8", 0 };
    ingest_sink sink = { check_claim, NULL, NULL };
    gc_diag d;

    if (size == 0)
        return 0;
    if (!p) {
        if (!(p = ingest_parser_new("fuzz", &opt, &sink)))
            return 0;
        if (read_heads(p) != 0) {
            ingest_parser_free(p);
            p = NULL;
            return 0;
        }
    }
    if (restore(p, data[0] % NHEADS) != 0)
        return 0;
    data++;
    size--;
    if (size > sizeof text)
        size = sizeof text;
    for (size_t i = 0; i < size; i++)
        text[i] = data[i] == '\n' || data[i] == '\r' ? ' ' : (char)data[i];
    input_size = size;
    if (ingest_parser_feed(p, text, size, &d) == GC_OK)
        ingest_parser_finish(p, &d);
    return 0;
}
