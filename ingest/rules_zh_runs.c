/* rules_zh_runs.c -- 分别 lists that run over more than one clause.
 *
 * A list's items are named once and serve several clauses, or are set off
 * by commas because an item holds a 、 of its own:
 *   生猪、牛、羊分别出栏a、b、c，分别增长x、y、z   the measure after 分别 (出栏)
 *                                                 names every item, and the
 *                                                 second 分别 has the same items;
 *   甲、乙服务业，丙服务业，丁业增加值分别增长…  the items are the clauses with
 *                                                 no figure before the 分别.
 * The rules are about the grammar of a list, not about any one measure:
 * the measure is whatever the text writes between 分别 and its figure. */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

void ingest_zh_runs_done(reader *r)
{
    for (size_t i = 0; i < r->nprev; i++)
        free(r->prev[i]);
    r->nprev = 0;
}

void ingest_zh_runs_clause_end(reader *r, size_t brk, bool list_break, bool bare)
{
    if (list_break)
        return;
    ingest_zh_runs_done(r);
    r->prev_took = r->took && r->nlist > 1;
    r->took = false;
    if (r->nlist > 1) {
        /* the list moves to prev: the next clause may name it again */
        memcpy(r->prev, r->list, r->nlist * sizeof *r->list);
        r->nprev = r->nlist;
        r->nlist = r->next_in_list = 0;
    }
    r->list_level = false;
    if (!bare) {
        r->nbare = 0;
        return;
    }
    if (r->nbare == MAX_BARE) {
        memmove(r->bare_a, r->bare_a + 1, (MAX_BARE - 1) * sizeof *r->bare_a);
        memmove(r->bare_b, r->bare_b + 1, (MAX_BARE - 1) * sizeof *r->bare_b);
        r->nbare--;
    }
    r->bare_a[r->nbare] = r->pending_start != SIZE_MAX && r->pending_start < r->clause_start
                          ? r->pending_start : r->clause_start;
    r->bare_b[r->nbare++] = brk;
}

/* Appends the text w (n bytes) to every item that does not end with it. */
static int items_take(reader *r, const char *w, size_t n)
{
    for (size_t i = 0; i < r->nlist; i++) {
        size_t l = strlen(r->list[i]);
        char *one;
        if (l >= n && !memcmp(r->list[i] + l - n, w, n))
            continue;
        if (!(one = realloc(r->list[i], l + n + 1)))
            return GC_ENOMEM;
        memcpy(one + l, w, n);
        one[l + n] = '\0';
        r->list[i] = one;
    }
    return GC_OK;
}

int ingest_zh_list_measure(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i], *f;

    if (r->nlist < 2 || r->place_list || i + 1 >= ts->n)
        return GC_OK;
    f = &ts->v[i + 1];
    if (f->type != T_FIG || f->pos <= k->end)
        return GC_OK;           /* 分别增长, 分别为, 分别比上年…: no measure */
    /* 分别实现增加值: the verb is no part of the measure's name */
    ingest_clean_text(r->m, r->t, k->end, f->pos, &r->scratch, true);
    if (r->scratch.failed)
        return GC_ENOMEM;
    if (!ingest_good_subject(r->m, &r->scratch)
        || !(ingest_lex_ends(r->lx, LEX_LIST_SUFFIX, r->scratch.data, r->scratch.len)
             || ingest_lex_ends(r->lx, LEX_MEASURE_END, r->scratch.data, r->scratch.len)))
        return GC_OK;           /* 分别约, 分别削减: no measure named */
    ingest_clean_both(r->m, r->s->text, r->t, k->end, f->pos, &r->scratch, true);
    if (r->scratch.failed)
        return GC_ENOMEM;       /* the measure as written (出欄) */
    r->took = true;
    return items_take(r, r->scratch.data, r->scratch.len);
}

int ingest_zh_list_carried(reader *r)
{
    if (r->nprev < 2 || (r->list_figs && r->list_figs != r->nprev)
        || (r->nlist == r->nprev && !r->prev_took))
        return GC_OK;
    ingest_zh_free_list(r);
    for (size_t i = 0; i < r->nprev; i++)
        if (ingest_zh_list_add(r, r->prev[i]) != GC_OK)
            return GC_ENOMEM;
    return GC_OK;
}

int ingest_zh_list_from_bare(reader *r, size_t a0, size_t kw_pos)
{
    size_t want = r->list_figs, first;
    buf one = BUF_INIT;
    int rc = GC_OK;

    if (want < 2 || r->nbare + 1 < want
        || r->bare_b[r->nbare - 1] > a0 || a0 >= kw_pos)
        return GC_OK;
    first = r->nbare + 1 - want;
    ingest_zh_free_list(r);
    for (size_t b = first; b <= r->nbare && rc == GC_OK; b++) {
        size_t a = b < r->nbare ? r->bare_a[b] : a0;
        size_t e = b < r->nbare ? r->bare_b[b] : kw_pos;
        ingest_clean_text(r->m, r->t, a, e, &one, true);
        if (one.failed)
            rc = GC_ENOMEM;
        else if (!ingest_good_subject(r->m, &one) || one.len > 24 * CJK_BYTES
                 || ingest_lex_is(r->lx, LEX_SUBCLAUSE, one.data, one.len))
            break;              /* a clause that is no item: not such a list */
        else
            rc = ingest_zh_list_add(r, one.data);
    }
    buf_free(&one);
    if (rc == GC_OK && r->nlist == want)
        return ingest_zh_complete_items(r);
    ingest_zh_free_list(r);
    return rc;
}
