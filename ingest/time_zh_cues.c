/* time_zh_cues.c -- time cues of a Chinese claim read once its figure is
 * placed (time_zh.c does the sentence's time): a measure of the summer
 * harvest is the year's even in a release on the first half, and a span word
 * in the change's own clause (五年分别增加14平方米) puts the change over the
 * span. */
#include "grammar.h"

#include <string.h>

#include "../common/utf8.h"

#define NAME_BYTES 256
#define HARVEST_MONTH 6     /* the summer crops are in by the end of June */
#define MONTHS_IN_YEAR 12

/* s with traditional forms folded (the lexicon's words are simplified), cut
 * at a whole character before cap - 1 bytes, into out: its length. */
static size_t folded(const ingest_maps *m, const char *s, char *out, size_t cap)
{
    size_t n = strlen(s), a = 0, w = 0;

    while (a < n) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s + a, n - a, &cp);
        if (k <= 0 || w + (size_t)k >= cap)
            break;
        if (k != CJK_BYTES || utf8_encode(ingest_fold(m, cp), (unsigned char *)out + w) != k)
            memcpy(out + w, s + a, (size_t)k);     /* both forms take three bytes */
        w += (size_t)k;
        a += (size_t)k;
    }
    out[w] = '\0';
    return w;
}

void ingest_zh_whole_year(const reader *r, ingest_claim *c)
{
    char name[NAME_BYTES];
    size_t n;

    /* January to December (截至12月末, 预计到12月底, 1-12月) is the whole
     * year: a reader writes no part for it, as for 年末 */
    if (c->month_from == 1 && c->month_to == MONTHS_IN_YEAR) {
        c->month_from = c->month_to = 0;
        return;
    }
    /* a part ending before the summer harvest (一季度…夏收农作物播种面积)
     * reports the crop as it stands then */
    if (!c->month_from || c->month_to < HARVEST_MONTH || c->target || !c->indicator
        || c->period_to)
        return;
    n = folded(r->m, c->indicator, name, sizeof name);
    if (ingest_lex_in(r->lx, LEX_HARVEST_YEAR, name, n))
        c->month_from = c->month_to = 0;
}

bool ingest_zh_span_in_clause(const reader *r)
{
    size_t at = r->review_at ? r->review_at - 1 : 0;

    /* 五年分别增加…, 五年经济增量超过…: the span word in this clause, not
     * a plan's name (五年规划), and no year or base of the clause's own */
    return r->review_at && at >= r->clause_start && !r->lead_year && !r->prev_year_base
           && !r->base_year && !r->ahead_years
           && !ingest_lex_at(r->lx, LEX_PLAN_DOC, r->t + at, r->len - at, NULL);
}
