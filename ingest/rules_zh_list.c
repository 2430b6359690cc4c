/* rules_zh_list.c -- the subjects of a 分别 list: "工业和服务业投资分别增长
 * 9.1%和6.7%" names two subjects for two figures.  The text before 分别 is
 * split at the list separators (、 和 与 及), and short items are completed
 * from the others: a shared prefix (单位地区生产总值水耗、能耗), a shared
 * suffix (党组织和工会组织覆盖率), an ordinal pattern (第一、二、三产业增加值).
 * The rules (rules_zh.c) hand the items to the figures in order. */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

void ingest_zh_free_list(reader *r)
{
    for (size_t i = 0; i < r->nlist; i++)
        free(r->list[i]);
    r->nlist = r->next_in_list = 0;
}

/* Adds s[0..n) to the 分别 list (an empty item is left out).  Returns GC_OK
 * or GC_ENOMEM: a list short of an item would give the next figures the
 * wrong subjects. */
static int list_add(reader *r, const char *s, size_t n)
{
    if (r->nlist >= MAX_LIST || n == 0)
        return GC_OK;
    if (!(r->list[r->nlist] = malloc(n + 1)))
        return GC_ENOMEM;
    memcpy(r->list[r->nlist], s, n);
    r->list[r->nlist][n] = '\0';
    r->nlist++;
    return GC_OK;
}

/* Replaces item i of the list with the text in one (built by the caller;
 * a failed build is GC_ENOMEM, not an item left as it was). */
static int list_set(reader *r, size_t i, buf *one)
{
    if (one->failed || !one->data)
        return GC_ENOMEM;
    free(r->list[i]);
    r->list[i] = buf_detach(one);
    return GC_OK;
}

/* 第一、二、三产业增加值: every item is 第 + its numeral + the common rest:
 * the first item is 第 and one character, the middle ones one digit, the
 * last a digit and the rest. */
static int ordinal_list(reader *r, buf *one)
{
    size_t len, last, on, dl = 0;
    const char *l;
    int rc = GC_OK;

    if (r->nlist < 2 || !(on = ingest_lex_at(r->lx, LEX_ORDINAL, r->list[0], strlen(r->list[0]), NULL))
        || strlen(r->list[0]) != on + CJK_BYTES)
        return GC_OK;
    last = r->nlist - 1;
    l = r->list[last];
    for (size_t i = 1; i < r->nlist; i++) {
        if (ingest_lex_digit(r->lx, r->list[i], strlen(r->list[i]), &len) < 0
            || (i < last && strlen(r->list[i]) != len))
            return GC_OK;
        dl = len;               /* the last item's digit, before the common rest */
    }
    for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
        const char *d = i == 0 ? r->list[0] + on : r->list[i];
        buf_reset(one);
        buf_append(one, r->list[0], on);
        buf_append(one, d, i == 0 ? CJK_BYTES : i < last ? strlen(d) : dl);
        buf_puts(one, l + dl);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* Completes short items from the first (单位地区生产总值水耗、能耗) and the
 * last (党组织和工会组织覆盖率). */
static int shared_parts(reader *r, buf *one)
{
    const lex_list *pres = &r->lx->cls[LEX_LIST_PREFIX], *sufs = &r->lx->cls[LEX_LIST_SUFFIX];
    int rc = GC_OK;

    for (size_t i = 1; i < r->nlist && rc == GC_OK; i++)
        for (size_t p = 0; p < pres->n && rc == GC_OK; p++) {
            const char *pre = pres->v[p].s;
            if (at(r->list[0], strlen(r->list[0]), pre) && !at(r->list[i], strlen(r->list[i]), pre)
                && strlen(r->list[i]) <= 4 * CJK_BYTES) {
                buf_reset(one);
                buf_puts(one, pre);
                buf_puts(one, r->list[i]);
                rc = list_set(r, i, one);
            }
        }
    for (size_t i = 0; r->nlist > 1 && i + 1 < r->nlist && rc == GC_OK; i++)
        for (size_t p = 0; p < sufs->n; p++) {
            const lex_entry *suf = &sufs->v[p];
            const char *last = r->list[r->nlist - 1];
            if (ends_w(last, strlen(last), suf) && !ends_w(r->list[i], strlen(r->list[i]), suf)) {
                buf_reset(one);
                buf_puts(one, r->list[i]);
                buf_puts(one, suf->s);
                rc = list_set(r, i, one);
                break;
            }
        }
    return rc;
}

/* Splits the subjects before a 分别 at 、 和 与 及, and completes short items
 * from the first, the last or an ordinal pattern (第一、二、三产业增加值).
 * Returns GC_OK or GC_ENOMEM. */
int ingest_zh_build_list(reader *r, size_t kw_pos)
{
    buf one = BUF_INIT, all = BUF_INIT;
    size_t n, a = 0, sep;
    int rc = GC_OK;

    ingest_zh_free_list(r);
    ingest_clean_text(r->m, r->s->text, r->list_start < kw_pos ? r->list_start : r->head_start,
                      kw_pos, &all, true);
    if (all.failed)
        rc = GC_ENOMEM;
    n = all.len;
    for (size_t i = 0; all.data && i < n && rc == GC_OK; i += char_len((unsigned char)all.data[i]))
        if ((sep = ingest_lex_at(r->lx, LEX_LIST_SEP, all.data + i, n - i, NULL)) > 0) {
            rc = list_add(r, all.data + a, i - a);
            a = i + sep;
        }
    if (rc == GC_OK && all.data && a < n)
        rc = list_add(r, all.data + a, n - a);
    if (rc == GC_OK)
        rc = ordinal_list(r, &one);
    if (rc == GC_OK)
        rc = shared_parts(r, &one);
    if (r->nlist < 2 || rc != GC_OK)
        ingest_zh_free_list(r);
    buf_free(&one);
    buf_free(&all);
    return rc;
}
