/* feed_sentence.c -- sentences and paragraphs: a sentence that ends goes to
 * the table reader, then (or, in a scout, to the document-time stage only)
 * the grammar, with its matching text (traditional forms folded) and its
 * offset map back to the input. */
#include "feed.h"
#include "rules_en.h"
#include "normalise.h"

#include <stdlib.h>
#include <string.h>

/* Doubles the offset map's room (64 anchors at first). */
int ingest_feed_grow_anchors(ingest_parser *p)
{
    size_t cap = p->capanch ? p->capanch * 2 : 64;
    ingest_anchor *a = realloc(p->anch, cap * sizeof *a);

    if (!a)
        return GC_ENOMEM;
    p->anch = a;
    p->capanch = cap;
    return GC_OK;
}

/* Makes match a copy of the sentence so far.  Most sentences hold no
 * traditional form to fold, and their matching text is the sentence itself
 * (match_text); keeping a second copy of every byte cost a copy per run. */
int ingest_feed_start_match(ingest_parser *p)
{
    if (p->folded)
        return GC_OK;
    buf_reset(&p->match);
    if (buf_reserve(&p->match, p->sent.len + 4) != 0)
        return GC_ENOMEM;
    if (p->sent.len)
        memcpy(p->match.data, p->sent.data, p->sent.len);
    p->match.len = p->sent.len;
    p->folded = true;
    return GC_OK;
}

/* The sentence's matching text: match once it holds a folded form, else
 * the sentence itself. */
static char *match_text(ingest_parser *p)
{
    return p->folded ? p->match.data : p->sent.data;
}

/* ---- sentences and paragraphs ---- */

/* Does s[0..n) hold an ASCII digit? */
static bool any_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_digit(s[i]))
            return true;
    return false;
}

/* Cleans a sentence that may hold what ingest_normalise() cuts (pinyin
 * after its characters, junk marks).  The clean-up edits both texts alike:
 * give it both.  It mends digits only beside a digit (l2.3), and when it
 * cut something, it may have cut the sentence's digits: then the sentence
 * is looked at again for one. */
static int clean_noisy(ingest_parser *p)
{
    if (p->sent.len > 0 && p->noisy) {
        size_t len = p->sent.len;
        if (ingest_feed_start_match(p) != GC_OK)
            return GC_ENOMEM;
        ingest_draft d = { &p->sent, &p->match, &p->anch, &p->nanch, &p->capanch,
                           &p->number_from, &p->n_latin, &p->n_other };
        if (ingest_normalise(&d) != GC_OK)
            return GC_ENOMEM;
        p->digit_seen = p->digit_seen
                        && (p->sent.len == len || any_digit(p->sent.data, p->sent.len));
    }
    p->noisy = false;
    return GC_OK;
}

int ingest_feed_flush(ingest_parser *p)
{
    ingest_sentence s;
    int rc;

    p->space_pending = false;
    p->line_stop = p->line_stop || p->sent.len > 0;
    /* a table row apart by bars is split by them, not by the gaps the
     * clean-up would move: it is read clean */
    if (p->noisy && !p->scout && p->bar_seen
        && (rc = clean_noisy(p)) != GC_OK)
        return rc;
    if (p->sent.len > 0 && !p->scout) {
        bool taken;
        p->sent.data[p->sent.len] = match_text(p)[p->sent.len] = '\0';
        ingest_sentence row = {
            .text = p->sent.data,
            .match = match_text(p),
            .len = p->sent.len,
            .anchors = p->anch,
            .nanchors = p->nanch,
            .para_start = p->para_start,
            .number_from = p->number_from < p->sent.len ? p->number_from : p->sent.len,
            .has_digit = p->digit_seen,
            .no_bar = !p->bar_seen,         /* most rows: no search for bars */
            .n_cjk = p->n_cjk,              /* an English table's quick test */
            .n_latin = p->n_latin,
        };
        if ((rc = ingest_table_sentence(&p->tab, &p->ctx, &row, p->name, &p->sink, &taken))
            != GC_OK || taken) {
            /* a table's header or row: read, and gone like any sentence */
            p->sentences++;
            p->noisy = p->dot_pending = p->para_start = p->prev_alnum = false;
            p->n_cjk = p->n_latin = p->n_other = p->nanch = p->sent.len = p->match.len = 0;
            p->folded = p->digit_seen = p->bar_seen = false;
            p->number_from = SIZE_MAX;
            p->prev_kept = 0;
            return rc;
        }
    }
    if (p->noisy && (rc = clean_noisy(p)) != GC_OK)
        return rc;
    p->noisy = false;
    if (p->sent.len == 0) {
        p->nanch = 0;
        p->number_from = SIZE_MAX;
        p->digit_seen = p->bar_seen = false;
        return GC_OK;
    }
    p->sent.data[p->sent.len] = '\0';
    if (p->folded)
        p->match.data[p->match.len] = '\0';
    s.number_from = p->number_from < p->sent.len ? p->number_from : p->sent.len;
    s.has_digit = p->digit_seen;
    s.no_bar = !p->bar_seen;
    p->number_from = SIZE_MAX;
    p->digit_seen = p->bar_seen = false;
    s.text = p->sent.data;
    s.match = match_text(p);
    s.len = p->sent.len;
    s.anchors = p->anch;
    s.nanchors = p->nanch;
    s.para_start = p->para_start;
    s.n_cjk = p->n_cjk;
    s.n_latin = p->n_latin;
    s.n_other = p->n_other;
    p->n_cjk = p->n_latin = p->n_other = 0;
    p->dot_pending = p->mark_pending = false;
    p->prev_kept = 0;
    if (p->scout) {
        ingest_doctime_observe(&p->ctx.dt, &p->ctx.maps, s.match, s.len, s.para_start);
        if (s.n_cjk == 0)       /* (a date line of digits alone too) */
            ingest_en_observe(&p->ctx.dt, s.text, s.len);
        else
            p->ctx.dt.zh_sentences++;
        rc = GC_OK;
    } else {
        if (p->para_start) {
            if (!p->ctx.report_year) {
                /* a text longer than its head may still be dated by a title */
                ingest_doctime_observe(&p->ctx.dt, &p->ctx.maps, s.match, s.len, true);
                ingest_doctime_apply(&p->ctx.dt, &p->ctx);
            }
            ingest_context_paragraph(&p->ctx, s.match, s.len);
        }
        p->sentences++;
        rc = ingest_grammar_sentence(&p->ctx, &s, p->name, &p->sink);
    }
    buf_reset(&p->sent);
    buf_reset(&p->match);
    p->folded = false;
    p->nanch = 0;
    p->para_start = false;
    p->prev_alnum = false;
    return rc;
}

int ingest_feed_end_paragraph(ingest_parser *p)
{
    int rc = ingest_feed_flush(p);

    p->para_start = true;
    p->ctx.para_year = 0;
    p->ctx.para_target = false;
    p->ctx.para_estimated = false;
    p->ctx.para_span = 0;
    p->ctx.para_to_year = 0;
    p->ctx.para_plan_from = p->ctx.para_plan_to = 0;
    p->ctx.para_since = 0;
    p->ctx.para_pair_base = 0;
    p->ctx.para_base_year = 0;
    p->ctx.para_basis = INGEST_BASIS_UNSTATED;
    return rc;
}
