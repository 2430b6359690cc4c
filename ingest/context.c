/* context.c -- what a report's paragraphs say about the time of what
 * follows them: where its review of past years and its plans begin, goal
 * headings whose year holds for their section ("发展目标：到2030年，主要指标
 * 如下："), goal paragraphs ("目标：到2025年，…"), and paragraphs that review a
 * period ("五年来，…", "十年来"). The document's own year is doctime.c's. */
#include "ingest_int.h"

#include <string.h>

#include "text.h"

/* Offset of lit in t[0..len) (t is NUL-terminated there), or len. */
static size_t find(const char *t, size_t len, const char *lit)
{
    const char *p = strstr(t, lit);

    return p && (size_t)(p - t) < len ? (size_t)(p - t) : len;
}

/* 到2030年 in t[0..len): that year; 0 when there is none. */
static int goal_year(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t k, n;
    int y;

    for (size_t i = 0; i < len; i += char_len((unsigned char)t[i]))
        if ((k = ingest_lex_at(lx, LEX_TO_YEAR_PREV, t + i, len - i, NULL)) > 0
            && (y = ingest_year_at(lx, t + i + k, len - i - k, &n)))
            return y;
    return 0;
}

/* Is a year (2025年) written in t[0..len)? */
static bool year_in(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t n;

    for (size_t i = 0; i < len; i += char_len((unsigned char)t[i]))
        if (ingest_year_at(lx, t + i, len - i, &n))
            return true;
    return false;
}

/* Does t[0..len) end with a colon (a heading that introduces what follows)? */
static bool ends_colon(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_list *l = &lx->cls[LEX_BREAK];

    for (size_t i = 0; i < l->n; i++)
        if (!(l->v[i].flags & (LEXF_COMMA | LEXF_LIST)) && ends_w(t, len, &l->v[i]))
            return true;
    return false;
}

void ingest_context_paragraph(ingest_context *ctx, const char *t, size_t len)
{
    const ingest_lexicon *lx = ctx->maps.lx;
    int y;

    ctx->para_part_from = ctx->para_part_to = ctx->para_part_year = 0;

    if ((y = ingest_span_opening(lx, t, len)) != 0)
        ctx->para_span = y > 0 ? y : 5;     /* (党的十八大以来: five, a term) */
    /* 发展目标：到2030年，主要指标如下： -- a goal heading: its year and the
     * goal flag hold for its section; 目标：到2025年，… for its paragraph */
    if (ingest_lex_in(lx, LEX_SCOPE_HEAD, t, len < 60 ? len : 60) && (y = goal_year(lx, t, len))) {
        if (ends_colon(lx, t, len)) {
            ctx->sect_year = y;
            ctx->sect_target = true;
        } else {
            ctx->para_to_year = y;
            ctx->para_target = true;
        }
        return;
    }
    /* a section heading is short and has no sentence end */
    if (len < 120 && find(t, len, "。") == len && find(t, len, "，") == len
        && find(t, len, ",") == len && find(t, len, "；") == len) {
        const lex_entry *e;
        int plan_end = 0;
        bool review = ingest_lex_in(lx, LEX_HEADING_REVIEW, t, len);
        bool plan = !review && ingest_lex_in(lx, LEX_HEADING_PLAN, t, len);
        for (size_t i = 0; i < len && !plan_end; i += char_len((unsigned char)t[i]))
            if (ingest_lex_at(lx, LEX_PLAN_NAME, t + i, len - i, &e))
                plan_end = (int)e->num;
        /* 坚持创新驱动 under “十四五”主要目标: an item's heading, the plan's
         * section goes on (a numbered heading, a year, a review or another
         * plan ends it) */
        if (ctx->sect_plan && !review && !plan && !plan_end && !ingest_lex_at(lx, LEX_HEADING_NUMERAL, t, len, NULL)
            && !year_in(lx, t, len))
            return;
        ctx->sect_year = 0;
        ctx->sect_target = false;
        ctx->sect_plan = false;
        if (review) {
            ctx->review = true;
            ctx->plan = false;
        } else if (plan) {
            ctx->plan = true;
            ctx->review = false;
            /* “十四五”主要目标 (a plan not over when the text is written),
             * 今后五年的主要任务: goals for the plan's end (not 完成情况, nor
             * 今后五年奋斗目标和2022年主要任务, which names the year's tasks;
             * a text presenting the plan has its goals dated already) */
            size_t k = 0;
            while (k < len && !ingest_lex_at(lx, LEX_PLAN_AHEAD, t + k, len - k, &e))
                k += char_len((unsigned char)t[k]);
            if (k < len && ctx->now_year)
                plan_end = ctx->now_year + (int)e->num - 1;
            if (plan_end && ctx->now_year && plan_end > ctx->now_year && !ctx->doc_plan_to
                && !year_in(lx, t, len) && !ingest_lex_in(lx, LEX_GOAL_DONE, t, len)) {
                ctx->sect_year = plan_end;
                ctx->sect_target = true;
                ctx->sect_plan = true;
            }
        }
    }
}
