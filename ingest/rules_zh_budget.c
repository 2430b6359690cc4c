/* rules_zh_budget.c -- the figures a budget execution report states beside
 * its indicator's own: the base of a comparison and the budget it is
 * measured against.
 *
 * A budget report writes an amount with the two figures it is judged by:
 * "组织财政收入累计完成146845万元，比上年同期144987万元增收1858万元，…，完成年初
 * 预算245800万元的59.74%".  The amount right after 比上年(同期) and before a
 * verb of change is the indicator's level a year earlier (for the same part
 * of the year); the amount between a budget or plan word and the 的 of a
 * completion ratio is the year's budget, a goal for the whole year.  Both
 * belong to the clause's subject: the budget word is no new subject, and
 * the ratio after it is no claim (tests/corpus/RULES.md). */
#include "grammar.h"

#include <string.h>

/* Is the word at t[pos] a keyword of change (增长, 增收, 下降, 减少)? */
static bool change_next(const reader *r, size_t pos)
{
    const lex_entry *e;

    if (!ingest_lex_at(r->lx, LEX_KEYWORD, r->t + pos, r->len - pos, &e))
        return false;
    return e->code == K_GROW || e->code == K_FALL || e->code == K_NET_UP
        || e->code == K_NET_DOWN;
}

int ingest_zh_budget_kind(const reader *r, const tok *f)
{
    size_t from = r->last_fig && r->last_fig->end > r->clause_start ? r->last_fig->end
                                                                      : r->clause_start;
    size_t of;

    if (f->pos <= from || !f->a.unit[0] || !strcmp(f->a.norm_unit, "%"))
        return ZH_BUDGET_NONE;
    /* 比上年同期144987万元增收: the base, a year earlier */
    if (f->pos == r->prev_year_end && change_next(r, f->end))
        return ZH_BUDGET_BASE;
    /* 完成年初预算245800万元的59.74%: the year's budget */
    if ((of = ingest_lex_at(r->lx, LEX_OF_MARK, r->t + f->end, r->len - f->end, NULL)) > 0
        && f->end + of < r->len && is_digit(r->t[f->end + of])
        && ingest_lex_ends(r->lx, LEX_PLAN_RATIO, r->t + from, f->pos - from) > 0)
        return ZH_BUDGET_PLAN;
    return ZH_BUDGET_NONE;
}

bool ingest_zh_budget_time(const reader *r, ingest_claim *c)
{
    int kind = r->budget;

    if (kind == ZH_BUDGET_NONE)
        return false;
    c->kind = INGEST_LEVEL;
    c->estimated = false;
    ingest_zh_point(r, c, 0, false);
    if (kind == ZH_BUDGET_BASE) {
        /* the same part of the year before */
        if (c->year) {
            c->year--;
            c->year_inferred = true;
            c->time_source = INGEST_TIME_RELATIVE;
        }
        return true;
    }
    /* a budget is set for the whole year, also in a half-year report */
    c->target = true;
    c->month_from = c->month_to = 0;
    return true;
}
