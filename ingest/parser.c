/* parser.c -- the streaming front of ingest: bytes to normalised sentences.
 *
 * Input arrives in chunks that may cut a character anywhere.  Each character
 * is decoded (UTF-8 by our strict decoder, anything else one character at a
 * time through iconv so that every character keeps its original byte
 * offset), normalised (full-width forms and traditional forms of the words
 * the grammar reads folded, spaces between figures and words dropped) and
 * appended to the current sentence together with an offset map.  A sentence
 * ends at 。！？； (or ASCII !?;) or at the end of its paragraph; it is then
 * handed to the grammar and forgotten, so memory is bounded by the longest
 * sentence, which is itself capped (SENT_SOFT, SENT_HARD).
 *
 * The feeding half, characters to sentences and the page-break rule that
 * joins lines into paragraphs, is feed.c; this file holds a parser's life
 * cycle, the input's head shown to the document-time stage first, and the
 * choice of the input's encoding. */
#include "feed.h"
#include "rules_en.h"
#include "encoding.h"

#include <stddef.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../common/buf.h"
#include "../common/utf8.h"

#define PROBE_BYTES 4096            /* input read before choosing the encoding */
#define HEAD_BYTES (48u * 1024)     /* input shown to the document-time stage first */

/* ---- choosing the encoding ---- */

static int open_iconv(ingest_parser *p, const char *name, gc_diag *diag)
{
    if (p->cd != (iconv_t)-1 && !strcmp(p->cd_name, name)) {
        (void)iconv(p->cd, NULL, NULL, NULL, NULL);    /* back to the initial state */
    } else {
        if (p->cd != (iconv_t)-1)
            iconv_close(p->cd);
        p->cd = iconv_open("UTF-8", name);
        p->cd_name[0] = '\0';
        /* a name too long to note is opened afresh each time */
        if (p->cd != (iconv_t)-1 && strlen(name) < sizeof p->cd_name)
            memcpy(p->cd_name, name, strlen(name) + 1);
    }
    if (p->cd == (iconv_t)-1) {
        gc_diag_set(diag, p->name, 0, 0, -1,
                    "unknown encoding '%s'; give a name iconv knows, such as gb18030", name);
        return GC_EINVAL;
    }
    if (!p->encoding) {
        /* detected (GB18030): the name is the one noted with cd, no copy */
        p->encoding = p->cd_name[0] ? p->cd_name : (char *)(uintptr_t)"GB18030";
        p->detected = true;
    }
    p->mode = ENC_ICONV;
    return GC_OK;
}

static bool is_utf8_name(const char *e)
{
    return !strcasecmp(e, "utf-8") || !strcasecmp(e, "utf8") || !strcasecmp(e, "auto");
}

/* Looks at the first bytes and sets the mode: refuses binary data and UTF-16,
 * keeps UTF-8, falls back to GB18030 when the bytes have its shape. */
static int decide(ingest_parser *p, gc_diag *diag)
{
    const unsigned char *s = (const unsigned char *)p->probe.data;
    size_t n = p->probe.len, bad, ctrl = 0;
    long line, col;

    if (p->encoding && !is_utf8_name(p->encoding))
        return open_iconv(p, p->encoding, diag);
    if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
        gc_diag_set(diag, p->name, 1, 1, 0, "the file is UTF-16 (it starts with a UTF-16 "
                    "byte-order mark); convert it first: iconv -f UTF-16 -t UTF-8");
        return GC_EENCODING;
    }
    for (size_t i = 0; i < n; i++) {
        uint64_t w;
        /* eight bytes a step while none is below 0x20 or 0x7F: the
         * per-byte tests below (a report's line ends, then most runs) */
        while (n - i >= 8) {
            memcpy(&w, s + i, 8);
            if (((w - 0x2020202020202020u) & ~w & 0x8080808080808080u)
                || (((w ^ 0x7F7F7F7F7F7F7F7Fu) - 0x0101010101010101u) & ~(w ^ 0x7F7F7F7F7F7F7F7Fu)
                    & 0x8080808080808080u))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] == 0) {
            ingest_where_in(s, i, &line, &col);
            gc_diag_set(diag, p->name, line, col, (long long)i,
                        "not a text file (NUL byte at byte %zu); give a UTF-8 or GB18030 report", i);
            return GC_EBINARY;
        }
        ctrl += (s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f')
                || s[i] == 0x7F;
    }
    if (n > 0 && ctrl * 10 > n) {
        gc_diag_set(diag, p->name, 0, 0, -1, "not a text file (%zu control bytes in the "
                    "first %zu); give a UTF-8 or GB18030 report", ctrl, n);
        return GC_EBINARY;
    }
    p->mode = ENC_UTF8;
    bad = utf8_validate(s, n);
    if (bad == n)
        return GC_OK;
    /* a tail cut by the probe's end is fine: the stream goes on */
    {
        uint32_t cp;
        if (n - bad < 4 && utf8_decode(s + bad, n - bad, &cp) == UTF8_INCOMPLETE)
            return GC_OK;
    }
    if (!p->encoding && ingest_gb18030_shape(s, n))
        return open_iconv(p, "GB18030", diag);
    ingest_where_in(s, bad, &line, &col);
    gc_diag_set(diag, p->name, line, col, (long long)bad,
                "invalid UTF-8 at byte %zu (line %ld, column %ld); pass --encoding gb18030 "
                "if the file is GB18030/GBK", bad, line, col);
    return GC_EENCODING;
}

static int end_probe(ingest_parser *p, gc_diag *diag)
{
    int rc = decide(p, diag);

    if (rc == GC_OK)
        rc = ingest_feed_decoded(p, (const unsigned char *)p->probe.data, p->probe.len, diag);
    buf_reset(&p->probe);   /* kept for the next input after a reset */
    return rc;
}

/* ---- public ---- */

bool ingest_encoding_supported(const char *name)
{
    iconv_t cd;

    if (!name || is_utf8_name(name))
        return true;
    cd = iconv_open("UTF-8", name);
    if (cd == (iconv_t)-1)
        return false;
    iconv_close(cd);
    return true;
}

/* The state of a parser before the first byte of an input (beyond the
 * zeroes of calloc or ingest_parser_reset). */
static void start_input(ingest_parser *p, int report_year)
{
    p->line = 1;
    p->col = 1;
    p->para_start = true;
    p->number_from = SIZE_MAX;
    if (report_year > 0) {
        p->ctx.report_year = report_year;
        p->ctx.now_year = report_year;  /* doctime may move report_year on */
        p->ctx.year_given = true;
    }
}

/* A parser whose maps are a copy of from's (NULL: derived from the
 * lexicon, which costs more than reading a small report: a scout copies
 * those of the parser it scouts for). */
static ingest_parser *parser_new(const char *name, const ingest_options *opt,
                                 const ingest_sink *sink, const ingest_maps *from)
{
    ingest_parser *p = calloc(1, sizeof *p);

    if (!p)
        return NULL;
    p->cd = (iconv_t)-1;
    p->name = strdup(name ? name : "-");
    if (!p->name)
        goto fail;
    if (opt && opt->encoding && !(p->encoding = strdup(opt->encoding)))
        goto fail;
    if (p->encoding && !strcasecmp(p->encoding, "auto")) {
        free(p->encoding);
        p->encoding = NULL;
    }
    if (sink)
        p->sink = *sink;
    if (from) {
        p->ctx.maps = *from;
        p->ctx.maps.memo = NULL;    /* the grammar's working memory is not shared */
    } else if (ingest_lexicon_maps(&p->ctx.maps, &ingest_lexicon_zh) != GC_OK) {
        goto fail;
    }
    ingest_feed_rows(p);
    start_input(p, opt ? opt->report_year : 0);
    return p;
fail:
    ingest_parser_free(p);
    return NULL;
}

ingest_parser *ingest_parser_new(const char *name, const ingest_options *opt,
                                 const ingest_sink *sink)
{
    return parser_new(name, opt, sink, NULL);
}

/* ingest_parser_reset() clears every field of the context before the
 * lexicon's maps and keeps the maps and the grammar's working memory after
 * them: a field added after mem would silently outlive an input. */
_Static_assert(offsetof(ingest_context, toks) >= offsetof(ingest_context, maps) + sizeof(ingest_maps)
               && sizeof(ingest_context) == offsetof(ingest_context, mem)
                                            + sizeof ((ingest_context *)0)->mem,
               "ingest_context: per-input fields must come before maps");

/* The rows of the ideograph runs are made from the maps, which a reset
 * keeps where they are: the reset keeps the rows too (making them again
 * and clearing them first cost more than reading a small report's page). */
#define ROWS_FROM offsetof(ingest_parser, stop_rows)
#define ROWS_TO (offsetof(ingest_parser, run_rows) + sizeof ((ingest_parser *)0)->run_rows)
_Static_assert(offsetof(ingest_parser, ctx) + sizeof(ingest_context) <= ROWS_FROM
               && offsetof(ingest_parser, fold_rows) > ROWS_FROM
               && offsetof(ingest_parser, run_rows) > offsetof(ingest_parser, fold_rows),
               "ingest_parser: stop_rows, fold_rows and run_rows follow ctx, in this order");

int ingest_parser_reset(ingest_parser *p, const char *name)
{
    /* the same name (a fuzz target's, a worker's stdin) is not copied again */
    bool same = name ? !strcmp(p->name, name) : !strcmp(p->name, "-");
    char *copy = same ? p->name : strdup(name ? name : "-");
    /* what outlives an input: the options, the sink, the buffers, the
       open converter and the English state's memory */
    char *encoding = p->encoding;
    ingest_sink sink = p->sink;
    buf sent = p->sent, match = p->match, probe = p->probe, head = p->head;
    ingest_anchor *anch = p->anch;
    size_t capanch = p->capanch;
    ingest_parser *scouter = p->scouter;
    ingest_release_scan *release = p->release;
    ingest_release_en_scan *release_en = p->release_en;
    iconv_t cd = p->cd;
    char cd_name[sizeof p->cd_name];
    void *en = p->ctx.en;
    int year = p->ctx.year_given ? p->ctx.now_year : 0;
    size_t after = offsetof(ingest_parser, ctx) + sizeof p->ctx;

    if (!copy)
        return GC_ENOMEM;
    memcpy(cd_name, p->cd_name, sizeof cd_name);
    if (p->detected)
        encoding = NULL;    /* detected afresh for each input; not owned */
    if (!same)
        free(p->name);
    memset(p, 0, offsetof(ingest_parser, ctx));
    memset(&p->ctx, 0, offsetof(ingest_context, maps));
    memset((char *)p + after, 0, ROWS_FROM - after);
    memset((char *)p + ROWS_TO, 0, sizeof *p - ROWS_TO);
    p->name = copy;
    p->encoding = encoding;
    p->sink = sink;
    p->sent = sent;
    p->match = match;
    p->probe = probe;
    p->head = head;
    buf_reset(&p->sent);
    buf_reset(&p->match);
    buf_reset(&p->probe);
    buf_reset(&p->head);
    p->anch = anch;
    p->capanch = capanch;
    p->scouter = scouter;
    p->release = release;
    p->release_en = release_en;
    p->cd = cd;
    memcpy(p->cd_name, cd_name, sizeof cd_name);
    p->ctx.en = en;
    ingest_en_reset(&p->ctx);
    start_input(p, year);
    return GC_OK;
}

static int feed_raw(ingest_parser *p, const void *bytes, size_t n, gc_diag *diag)
{
    if (p->mode == ENC_PROBE) {
        if (buf_append(&p->probe, bytes, n) != 0)
            return GC_ENOMEM;
        return p->probe.len < PROBE_BYTES ? GC_OK : end_probe(p, diag);
    }
    return ingest_feed_decoded(p, bytes, n, diag);
}

/* Feeds the input's head to q, straight to the decoder when the scout
 * has read these very bytes as UTF-8 with no error (utf8): decide() would
 * say so again, after a copy and a validation of the head. */
static int feed_head(ingest_parser *q, const buf *head, bool utf8, gc_diag *diag)
{
    if (head->len && utf8 && q->mode == ENC_PROBE && q->probe.len == 0
        && (!q->encoding || is_utf8_name(q->encoding)))
        q->mode = ENC_UTF8;
    /* (through feed_raw, the decoder's one caller: a second call site made
       the link-time inlining of the decoder's loop cost more a byte) */
    return head->len ? feed_raw(q, head->data, head->len, diag) : GC_OK;
}

/* A text no rule of doctime.c dates may state national figures only one
 * period's official release printed (release.c): the scout s reads the head
 * once more, with the grammar, into the evidence; a year it points to dates
 * the document as a rule would.  Costs a second reading of the head of an
 * undated text only. */
static void date_by_release(ingest_parser *p, ingest_parser *s, bool utf8)
{
    ingest_release_scan *scan = p->release ? p->release : (p->release = malloc(sizeof *scan));
    ingest_sink none = s->sink;
    gc_diag ignored;
    bool same_year = false;
    int year;

    /* out of memory, the text stays undated, as without this rule */
    if (!scan || ingest_parser_reset(s, p->name) != GC_OK)
        return;
    memset(scan, 0, sizeof *scan);
    scan->m = &p->ctx.maps;
    /* one reading notes the nation's figures and those of Taiwan, Hong Kong
       and Macao (release_gc.c) */
    s->sink = (ingest_sink){ ingest_release_gc_claim, NULL, scan };
    s->dated = true;
    s->ctx.dt = p->ctx.dt;
    s->ctx.dt.latest = s->ctx.dt.review_end = 0;   /* the scout reads claims no year dates */
    s->ctx.dt.same_base = s->ctx.dt.era = s->ctx.dt.era_weak = 0;
    ingest_doctime_apply(&s->ctx.dt, &s->ctx);
    memset(&ignored, 0, sizeof ignored);
    if (feed_head(s, &p->head, utf8, &ignored) == GC_OK)
        (void)ingest_parser_finish(s, &ignored);
    s->sink = none;
    /* a text of one of those places is dated by their figures, if any */
    year = ingest_release_gc_year(scan, &same_year);
    if (!year)
        year = ingest_release_year(scan, p->ctx.doc_source == INGEST_TIME_NONE, &same_year);
    if (year) {
        p->ctx.dt.data[INGEST_TIME_OFFICIAL] = year;
        p->ctx.dt.now[INGEST_TIME_OFFICIAL] = same_year ? year : year + 1;
        ingest_doctime_apply(&p->ctx.dt, &p->ctx);
    }
}

/* An English text no rule dates may state figures only one month's or
 * quarter's release printed (release_en.c): when its head clearly speaks of
 * one country, the scout s reads the head once more, with the grammar
 * keeping each claim's month, into the evidence; a year it points to dates
 * the document as --report-year would.  Costs a scan of the head's words and,
 * with a country, a second reading of an undated English head. */
static void date_by_release_en(ingest_parser *p, ingest_parser *s, bool utf8)
{
    ingest_release_en_scan *scan;
    ingest_sink none = s->sink;
    const char *country;
    gc_diag ignored;
    size_t cn = 0;
    int year, month = 0;

    if (!(country = ingest_release_en_country(p->head.data, p->head.len, &cn)))
        return;
    scan = p->release_en ? p->release_en : (p->release_en = malloc(sizeof *scan));
    if (!scan || ingest_parser_reset(s, p->name) != GC_OK)
        return;     /* out of memory, the text stays undated */
    memset(scan, 0, sizeof *scan);
    s->sink = (ingest_sink){ ingest_release_en_claim, NULL, scan };
    s->dated = true;
    s->ctx.dt = p->ctx.dt;
    s->ctx.release_scan = true;
    ingest_doctime_apply(&s->ctx.dt, &s->ctx);
    memset(&ignored, 0, sizeof ignored);
    if (feed_head(s, &p->head, utf8, &ignored) == GC_OK)
        (void)ingest_parser_finish(s, &ignored);
    s->sink = none;
    /* a text dated only by the latest year it writes (+ 1) is of a later
       year its figures say: that year was written in a remark ("the
       lowest since 2022"); a text whose claims already have that year (the
       latest it writes) is left as it is; nor is a text naming a later
       month gone by ("from August 2011 until January 2016": no 2007) */
    if ((year = ingest_release_en_year(scan, country, cn, &month)) != 0
        && year > scan->written && year >= p->ctx.dt.en_month_written) {
        /* as --report-year would, for a text about the year it is written
         * in (the figures with no year are that year's), but not kept for
         * the next input (ingest_parser_reset) */
        p->ctx.report_year = year;
        p->ctx.year_given = true;
        ingest_doctime_apply(&p->ctx.dt, &p->ctx);
        p->ctx.year_given = false;
        p->ctx.year_official = true;
        p->ctx.report_year = year + 1;
        p->ctx.now_year = year;
        p->ctx.release_to = month;
    }
}

/* Shows the head of the input to the document-time stage through a scout
 * parser (the same decoding and sentences, no grammar), dates the document,
 * then parses the head for real.  A head the scout cannot read is reported
 * by the real parse. */
static int date_head(ingest_parser *p, gc_diag *diag)
{
    ingest_options o = { p->encoding, 0 };
    ingest_sink none = { NULL, NULL, NULL };
    ingest_parser *s = p->scouter;
    gc_diag ignored;
    bool utf8;      /* the scout read the head as UTF-8, no error */
    int rc;

    p->dated = true;
    /* one scout per parser, reset for each input: building one costs more
     * than reading a small report */
    if (s && ingest_parser_reset(s, p->name) != GC_OK) {
        ingest_parser_free(s);
        s = p->scouter = NULL;
    }
    if (!s && !(s = p->scouter = parser_new(p->name, &o, &none, &p->ctx.maps))) {
        buf_free(&p->head);
        return GC_ENOMEM;
    }
    s->scout = true;
    s->dated = true;
    memset(&ignored, 0, sizeof ignored);
    /* a head of PROBE_BYTES or more is decided in feed_raw, a shorter one
     * in finish (whose later errors, a character cut by the head's end, do
     * not touch the decision) */
    rc = feed_raw(s, p->head.data, p->head.len, &ignored);
    utf8 = rc == GC_OK && s->mode == ENC_UTF8;
    if (rc == GC_OK) {
        rc = ingest_parser_finish(s, &ignored);
        utf8 = utf8 || (rc == GC_OK && s->mode == ENC_UTF8);
    }
    p->ctx.dt = s->ctx.dt;
    ingest_doctime_apply(&p->ctx.dt, &p->ctx);
    /* a text dated only by the latest year it names may name it in a remark
       (略低于最高年份2015年) while its national figures are a later year's */
    if (!p->ctx.year_given && p->ctx.dt.zh_sentences
        && (p->ctx.doc_source == INGEST_TIME_NONE || p->ctx.doc_source == INGEST_TIME_LATEST
            || p->ctx.doc_source == INGEST_TIME_BASE || p->ctx.doc_source == INGEST_TIME_ERA))
        date_by_release(p, s, utf8);
    else if (!p->ctx.year_given && p->ctx.dt.en_sentences
             && (p->ctx.doc_source == INGEST_TIME_NONE || p->ctx.doc_source == INGEST_TIME_LATEST))
        date_by_release_en(p, s, utf8);
    rc = feed_head(p, &p->head, utf8, diag);
    buf_reset(&p->head);    /* kept for the next input after a reset */
    return rc;
}

void ingest_parser_no_head_scan(ingest_parser *p)
{
    p->dated = true;
}

int ingest_parser_feed(ingest_parser *p, const void *bytes, size_t n, gc_diag *diag)
{
    if (!p->dated) {
        if (buf_append(&p->head, bytes, n) != 0)
            return GC_ENOMEM;
        return p->head.len < HEAD_BYTES ? GC_OK : date_head(p, diag);
    }
    return feed_raw(p, bytes, n, diag);
}

int ingest_parser_finish(ingest_parser *p, gc_diag *diag)
{
    int rc = GC_OK;

    if (!p->dated && (rc = date_head(p, diag)) != GC_OK)
        return rc;

    if (p->mode == ENC_PROBE && (rc = end_probe(p, diag)) != GC_OK)
        return rc;
    if (p->ncarry > 0) {
        if (p->mode == ENC_UTF8)
            return ingest_feed_bad_utf8(p, diag, "truncated");
        gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                    "the input ends inside a %s character at byte %lld", p->encoding, p->byte);
        return GC_EENCODING;
    }
    if ((rc = ingest_feed_end_paragraph(p)) != GC_OK || p->scout)
        return rc;
    /* a company table's last row waits for the line after it */
    return ingest_table_company_end(&p->tab, &p->ctx, p->name, &p->sink);
}

void ingest_parser_free(ingest_parser *p)
{
    if (!p)
        return;
    if (p->cd != (iconv_t)-1)
        iconv_close(p->cd);
    buf_free(&p->probe);
    buf_free(&p->head);
    buf_free(&p->sent);
    buf_free(&p->match);
    free(p->anch);
    ingest_parser_free(p->scouter);
    free(p->release);
    free(p->release_en);
    ingest_grammar_free(&p->ctx);
    if (!p->detected)
        free(p->encoding);
    free(p->name);
    free(p);
}

size_t ingest_parser_sentences(const ingest_parser *p)
{
    return p ? p->sentences : 0;
}

size_t ingest_parser_unread(const ingest_parser *p)
{
    return p ? p->ctx.lang_sentences[2] : 0;
}
