/* time_zh.c -- when a figure is: the year or period of a Chinese claim, the
 * part of a year it covers, and where that time came from.
 *
 * A reader dates a figure from its own sentence first (2016年的, a leading
 * "2021年，", 到2025年, 2016—2020年, 十三五, 今年 ...), then from its paragraph
 * (a leading year, 目标：到2025年，, a plan period that opens it), then from
 * its section (a goal heading 发展目标：到2030年…如下：), then from the
 * document (doctime.c): figures with no year are for the year before the
 * report year (a review), goals for the report year.  Every claim records
 * which of these gave its time (ingest_claim.time_source).  A part of a year
 * (一季度, 上半年, 1至5月) is never a year's value: it goes to month_from and
 * month_to, the year stays the calendar year. */
#include "grammar.h"

#define SCOPE_HEAD_CHARS 12  /* a speaker's clause: 经济部统计处昨公布 */

#include <string.h>

int ingest_small_numeral_at(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    size_t i = 0, k;
    int a = ingest_lex_digit(lx, t, len, &k), b = 0;
    const lex_entry *e;

    *n = 0;
    if (a > 0)
        i = k;
    else
        a = 0;
    if (ingest_lex_at(lx, LEX_PLACE, t + i, len - i, &e) && e->num == 10) {
        i += e->n;
        if ((b = ingest_lex_digit(lx, t + i, len - i, &k)) > 0)
            i += k;
        else
            b = 0;
        a = (a ? a : 1) * 10 + b;
    }
    if (i == 0 || a == 0)
        return 0;
    *n = i;
    return a;
}

/* In a text presenting a plan not yet over (a plan draft's news account), a
 * figure the sentence does not date and no review speaks of is one of the
 * plan's goals: 地区生产总值年均增长10% there is for the plan's years. */
bool ingest_zh_plan_goal(const reader *r)
{
    const ingest_context *ctx = r->ctx;

    return ctx->doc_plan_to && !ctx->review && !r->review_years && !r->lead_year
           && !r->rel_year && !ctx->para_year && !ctx->para_span && !ctx->para_since;
}

/* The year figures with no year of their own are for, and where it came
 * from.  *inferred: the year was not written in the sentence or paragraph. */
static int end_year_in_force(const reader *r, bool *inferred, ingest_time_source *src);

/* Is the end year in force the due year of a goal met early (提前两年实现)?
 * When the sentence writes the goal's base and the year is a whole number
 * of five-year plans after it (预计2020年…提前两年实现比2010年翻一番: met
 * in 2018).  Otherwise the goal was met in the year in force and was due N
 * years later (a review of 2008: 财政总收入…，提前两年实现翻番目标). */
static bool ahead_of_due(const reader *r, int e)
{
    return r->ahead_years && r->base_year > 0 && e > r->base_year && (e - r->base_year) % 5 == 0;
}

/* The end year in force, moved back by a goal met early (提前两年实现). */
static int end_year(const reader *r, bool *inferred, ingest_time_source *src)
{
    int e = end_year_in_force(r, inferred, src);

    return e && ahead_of_due(r, e) ? e - r->ahead_years : e;
}

static int end_year_in_force(const reader *r, bool *inferred, ingest_time_source *src)
{
    const ingest_context *ctx = r->ctx;

    *inferred = false;
    *src = INGEST_TIME_SENTENCE;
    if (r->to_year)
        return r->to_year;
    if (r->range_to)
        return r->range_to;
    if (r->lead_year)
        return r->lead_year;
    *inferred = true;
    if (r->rel_year) {
        *src = INGEST_TIME_RELATIVE;
        return r->rel_year;
    }
    if (r->plan_to)
        return r->plan_to;
    *inferred = false;
    *src = INGEST_TIME_PARAGRAPH;
    if (r->semi_year)
        return r->semi_year;    /* 预计2005年实现…；人均…: written before the ； */
    if (ctx->para_year)
        return ctx->para_year;
    if (ctx->para_to_year)
        return ctx->para_to_year;
    *inferred = true;
    if (ctx->para_plan_to)
        return ctx->para_plan_to;
    *src = INGEST_TIME_SECTION;
    if (ctx->sect_year)
        return ctx->sect_year;
    *src = ctx->report_year ? ctx->doc_source : INGEST_TIME_NONE;
    if (ctx->report_year == 0)
        return 0;
    if (r->target || ctx->para_target || ctx->plan || ctx->sect_target || ingest_zh_plan_goal(r))
        return ctx->doc_plan_to ? ctx->doc_plan_to : ctx->report_year;   /* a plan's goals */
    return ctx->report_year - 1;
}

static void part_of(const reader *r, ingest_claim *c);

/* The part of a year a period claim compares: a same-period comparison
 * over a few years (一季度…比2019年一季度增长19.3%，两年平均增长9.2%, or
 * 两年平均增长4.1% in a release about the first three quarters) is of that
 * part in both years.  A span a review or plan names (五年来, 十三五) is
 * whole years. */
static void part_of_period(const reader *r, ingest_claim *c)
{
    const ingest_context *ctx = r->ctx;
    bool avg_span = r->review_years && !r->review_at;   /* 两年平均, not 五年来 */

    if (r->plan_from || r->range_from || c->target || c->period_to - c->period_from > 3
        || !(avg_span || r->base_year > 0))
        return;
    if (r->part_from > 0) {
        c->month_from = r->part_from;
        c->month_to = r->part_to;
    } else if (r->part_from == 0 && ctx->para_part_from > 0 && !r->lead_year && !r->to_year
               && !r->rel_year) {
        c->month_from = ctx->para_part_from;     /* 10月份，…；两年平均增长4.6% */
        c->month_to = ctx->para_part_to;
    } else if (r->part_from == 0 && ctx->doc_month_from && c->period_to == ctx->report_year - 1) {
        c->month_from = ctx->doc_month_from;
        c->month_to = ctx->doc_month_to;
    }
}

void ingest_zh_period(const reader *r, ingest_claim *c, bool avg)
{
    const ingest_context *ctx = r->ctx;
    bool inf;
    ingest_time_source src;
    int e = end_year(r, &inf, &src);

    c->year = 0;
    c->year_inferred = false;
    c->time_source = src;
    if (r->range_from) {
        c->period_from = avg ? r->range_from - 1 : r->range_from;
        c->period_to = r->range_to;
        c->period_inferred = false;
        c->time_source = INGEST_TIME_SENTENCE;
        return;
    }
    if (r->plan_from && !r->lead_year && !ctx->para_year) {
        /* 十三五期间…比2010年翻两番: the base written wins, but an average
         * rate is the plan's */
        c->period_from = r->base_year > 0 && !avg ? r->base_year : r->plan_from;
        c->period_to = r->plan_to ? r->plan_to : e;
        c->period_inferred = true;
        c->time_source = r->plan_to ? INGEST_TIME_SENTENCE : src;
        return;
    }
    c->period_to = e;
    c->period_inferred = inf;
    if (avg && !r->review_years && !r->lead_year && !ctx->para_year && ctx->para_plan_from
        && e == ctx->para_plan_to)
        c->period_from = ctx->para_plan_from;
    else if (r->base_year > 0)
        c->period_from = r->base_year;
    else if (r->from_year > 0)
        c->period_from = r->from_year;
    else if (r->plan_from)
        c->period_from = r->plan_from;
    else if (!r->review_years && !r->lead_year && !ctx->para_year && ctx->para_plan_from)
        c->period_from = ctx->para_plan_from;
    else if (!r->review_years && ctx->para_since && ctx->para_since < e)
        c->period_from = ctx->para_since;
    else if (e && !avg && !r->review_years && ctx->doc_one_year && !r->plan_to && !ctx->para_span)
        c->period_from = 0;     /* 第二产业投资增长3倍 in a release: on the year before, a
                                   point of the year (or part) it reports */
    else if (e && r->ahead_years)
        c->period_from = e + r->ahead_years - 5;    /* a five-year goal, due N years on */
    else if (e)
        c->period_from = e - (r->review_years ? r->review_years : 5);
    if (!(r->base_year > 0 || r->from_year > 0) || inf)
        c->period_inferred = true;
    if (!e || !c->period_from) {
        c->period_from = c->period_to = 0;
        c->year = e;
        c->year_inferred = inf && e != 0;
        part_of(r, c);
        return;
    }
    part_of_period(r, c);
}

/* The part of a year a point claim covers: the sentence's (一季度), else the
 * document's (a first-quarter release) for a figure of its current year. */
static void part_of(const reader *r, ingest_claim *c)
{
    const ingest_context *ctx = r->ctx;

    if (r->part_from > 0) {
        c->month_from = r->part_from;
        c->month_to = r->part_to;
    } else if (r->part_from == 0 && r->semi_part_from > 0 && !c->target && !r->lead_year
               && !r->to_year && !r->rel_year && (r->semi_part_opens || !r->own_subject)) {
        /* 其中，3月份…同比下降1.1%；环比增长32.13%: the part of the sentence before
         * the ；, for a figure that goes on with its subject (or under a part
         * that opened that sentence) */
        c->month_from = r->semi_part_from;
        c->month_to = r->semi_part_to;
    } else if (r->part_from == 0 && ctx->para_part_from && !c->target && !r->lead_year
               && !r->to_year && !r->rel_year) {
        if (ctx->para_part_from > 0) {          /* a part framing the paragraph */
            c->month_from = ctx->para_part_from;
            c->month_to = ctx->para_part_to;
        }                                       /* (全年，…: the whole year) */
    } else if (r->part_from == 0 && ctx->doc_month_from && c->year == ctx->report_year - 1
               && !c->target && !r->lead_year && !r->to_year) {
        c->month_from = ctx->doc_month_from;
        c->month_to = ctx->doc_month_to;
    }
}

void ingest_zh_point(const reader *r, ingest_claim *c, int year, bool inferred)
{
    bool inf;
    ingest_time_source src;

    c->period_from = c->period_to = 0;
    c->period_inferred = false;
    if (year) {
        c->year = year;
        c->year_inferred = inferred;
        c->time_source = inferred ? INGEST_TIME_PAIR : INGEST_TIME_SENTENCE;
    } else {
        /* 提前两年实现…，其中地方收入1.73亿元: a goal met early moves a span's
           end, never a figure of a year */
        c->year = end_year_in_force(r, &inf, &src);
        c->year_inferred = inf && c->year != 0;   /* an unknown year is null, not inferred */
        c->time_source = src;
    }
    part_of(r, c);
}

void ingest_zh_base(const reader *r, ingest_claim *c)
{
    const ingest_context *ctx = r->ctx;
    bool inf;
    ingest_time_source src;
    int e = end_year(r, &inf, &src), y = 0;

    if (r->from_prev_year && e) {
        y = e - 1;
        src = INGEST_TIME_RELATIVE;
    } else if (r->range_from) {
        /* 2012—2021年，…由8568元增加至24950元: the span's first year, as
         * written (only an average rate counts from the year before) */
        y = r->range_from;
        src = INGEST_TIME_SENTENCE;
    } else if (r->plan_from) {
        y = r->plan_from;
        src = INGEST_TIME_SENTENCE;
    } else if (r->base_year > 0) {
        /* 比2012年增长92.8%，由57.2%上升到70.2%: the base the sentence wrote */
        y = r->base_year;
        src = INGEST_TIME_SENTENCE;
    } else if (r->review_years && e) {
        y = e - r->review_years;
    } else if (ctx->para_pair_base || ctx->doc_pair_base) {
        y = ctx->para_pair_base ? ctx->para_pair_base : ctx->doc_pair_base;
        src = INGEST_TIME_PAIR;
    } else if (ctx->para_plan_from) {
        y = ctx->para_plan_from;
        src = INGEST_TIME_PARAGRAPH;
    } else if (ctx->para_since) {
        y = ctx->para_since;
        src = INGEST_TIME_PARAGRAPH;
    }
    c->period_from = c->period_to = 0;
    c->period_inferred = false;
    c->year = y;
    c->year_inferred = y != 0 && !(r->range_from && y == r->range_from);
    c->time_source = y ? src : INGEST_TIME_NONE;
}

bool ingest_zh_base_year_before(const reader *r)
{
    bool inf;
    ingest_time_source src;

    return r->base_year > 0 && r->base_year == end_year(r, &inf, &src) - 1;
}

bool ingest_zh_over_span(const reader *r)
{
    return r->range_from && !r->lead_year && !r->to_year && !r->prev_year_base;
}

/* Is the year at k the end of a window of months that began in the year
 * before, y (2022年12月至2023年2月)? */
static bool window_end(const reader *r, const tok *k, int y)
{
    size_t dash, mark;

    if (y == 0 || k->year != y + 1 || (dash = ingest_lex_ends(r->lx, LEX_RANGE_DASH, r->t, k->pos)) == 0)
        return false;
    mark = ingest_lex_ends(r->lx, LEX_MONTH_MARK, r->t, k->pos - dash);
    return mark > 0 && mark < k->pos - dash && is_digit(r->t[k->pos - dash - mark - 1]);
}

void ingest_zh_on_year(reader *r, const tok *k, const tok *prev)
{
    ingest_context *ctx = r->ctx;
    bool after = prev && prev->type == T_KW && prev->end == k->pos;
    bool after_from = after && prev->kw->code == K_FROM;
    bool after_base = after && (prev->kw->code == K_BASE || prev->kw->code == K_IS);
    bool after_to = after && prev->kw->code == K_TO;

    if (k->type == T_RANGE) {
        r->range_from = k->year;
        r->range_to = k->year2;
        /* 2017-2021年全县进出口总额…: the span is not part of the subject */
        if (!r->clause_has_fig && !r->clause_has_kw && k->pos == r->head_start)
            r->head_start = k->end;
        return;
    }
    if (window_end(r, k, r->role && r->role->code == K_FROM ? r->from_year : 0)) {
        /* 由2022年12月至2023年2月的3.3%: a window across the year's end is its
         * last month's (Hong Kong's three-month rates) */
        r->from_year = ctx->para_pair_base = ctx->doc_pair_base = k->year;
        return;
    }
    if (window_end(r, k, r->to_year)) {
        r->to_year = k->year;   /* 下跌至2022年12月至2023年2月的2.8% */
        return;
    }
    if (after_from) {
        r->from_year = k->year;
        ctx->para_pair_base = ctx->doc_pair_base = k->year;
        if (k->year_of) {
            r->fig_year = k->year;
            r->fig_year_from = true;
        }
        return;
    }
    if (after_base) {
        r->base_year = k->year;
        r->prev_year_base = false;
        if (k->year_of)
            r->fig_year = k->year;
        return;
    }
    if (k->year_of) {
        r->fig_year = k->year;
        return;
    }
    if (ingest_lex_at(r->lx, LEX_YEAR_SINCE, r->t + k->end, r->len - k->end, NULL)) {
        /* 2017年以来: where a period starts, not the figures' year */
        r->from_year = k->year;
        if (k->pos == 0 && r->s->para_start)
            ctx->para_since = k->year;
        return;
    }
    if (after_to || (prev && prev->type == T_KW && prev->kw->code == K_TARGET)
        || ingest_lex_ends(r->lx, LEX_TO_YEAR_PREV, r->t, k->pos)) {
        r->to_year = k->year;
        /* 到2025年， opening a paragraph: the goal year of all of it */
        if (r->s->para_start && !r->last_fig && k->pos < 8 * CJK_BYTES) {
            ctx->para_to_year = k->year;
            if (r->target)
                ctx->para_target = true;
        }
        return;
    }
    if (k->comma_after || k->pos == 0 || !r->clause_has_fig) {
        r->lead_year = k->year;
        /* 2011—2012年…年均增长13.9%，2013年上半年增长12.6%: a later clause that
         * leads with its own year leaves the span of the one before */
        if (r->range_from && r->clause_start > 0 && !r->clause_has_fig && k->pos == r->clause_start
            && !k->comma_after)
            r->range_from = r->range_to = 0;
        /* a later clause of a year-led paragraph that leads with another
         * year (2018年…，2019年增长…) moves the paragraph on to it */
        if (k->pos == 0 || ((r->clause_start == 0 || k->pos == r->clause_start) && k->comma_after)
            || (ctx->para_year && k->pos == r->clause_start && prev && prev->type == T_BREAK
                && !prev->list_break))
            ctx->para_year = k->year;
        /* 2021年全区地区生产总值…: the year is not part of the subject */
        if (!r->clause_has_fig && !r->clause_has_kw && k->pos >= r->head_start
            && (k->pos <= r->head_start + 2 * CJK_BYTES
                || ingest_lex_in(r->lx, LEX_REPORT_VERB, r->t + r->clause_start, k->pos - r->clause_start)))
            r->head_start = k->end;     /* a headline: 某市发布…纲要 2025年地区生产总值… */
    }
}

/* Does the clause before the part at k (at: its start; the sentence's
 * first clause, with no figure) end in a frame of what follows: an
 * estimate's source or a point of view (初步核算，上半年…; 分产业看，前三季
 * 度…)?  Not when the sentence names another part after it: then the part
 * is one of a list (分季度看，一季度增长11.9%，二季度增长10.3%). */
static bool framed_by_clause(const reader *r, const tok *k, size_t at)
{
    size_t b = ingest_lex_ends(r->lx, LEX_BREAK, r->t, at);

    return b > 0 && b < at && ingest_lex_ends(r->lx, LEX_FRAME_CLAUSE, r->t, at - b)
           && !ingest_lex_in(r->lx, LEX_YEAR_PART, r->t + k->end, r->len - k->end);
}

/* Does a later clause of the sentence open with another part of a year
 * (一季度同比增长6.7%，二季度增长6.7%，三季度…)?  Then the part at k is one of a
 * list, each item dating its own clause, not a frame of the paragraph.  A
 * part after 其中 is a part of the part (…，其中10月份增长6%): no list. */
static bool part_list_follows(const reader *r, const tok *k)
{
    for (size_t i = k->end; i < r->len; i += char_len((unsigned char)r->t[i])) {
        size_t b = ingest_lex_ends(r->lx, LEX_BREAK, r->t, i);
        if (b > 0 && ingest_lex_at(r->lx, LEX_YEAR_PART, r->t + i, r->len - i, NULL))
            return true;
        if (ingest_lex_at(r->lx, LEX_SUBCLAUSE, r->t + i, r->len - i, NULL))
            return false;
    }
    return false;
}

/* Does the part at k open its clause, frame words aside (从1—4月份的情况看,
 * 在今年1至10月份, 今年首10個月), in the sentence's first clause or after a
 * speaker's (国统局指出，今年首10个月…; not 其中，一季度…, a part of the part)? */
static bool opens_clause(const reader *r, const tok *k)
{
    size_t at = k->pos, f;

    while (at > r->clause_start && (f = ingest_lex_ends(r->lx, LEX_PART_FRAME, r->t, at)) > 0
           && f <= at - r->clause_start)
        at -= f;
    return at == 0 || (at == r->clause_start && !r->clause_has_fig
                       && !ingest_lex_in(r->lx, LEX_SUBCLAUSE, r->t, at)
                       && ((ingest_lex_in(r->lx, LEX_REPORT_VERB, r->t, at)
                            && !part_list_follows(r, k))
                           || framed_by_clause(r, k, at)));
}

/* A part that opens a sentence before any figure (上半年，…; 从1—4月份的情况
 * 看，…), or opens a clause before any figure as a frame (国统局指出，今年首10
 * 个月…; 在今年1至10月份，…) frames the rest of its paragraph: its figures and
 * the 其中 sentences after it.  A part that qualifies a subject (6月份的增速
 * 还保持在…) or follows a figure (…，7月份回落至…) dates its own sentence.  全年 as
 * such a frame (全年，…) makes the paragraph's figures the whole year's. */
static void para_part(reader *r, const tok *k)
{
    size_t f = ingest_lex_ends(r->lx, LEX_PART_FRAME, r->t, k->pos);

    /* (…工作重心转移，1—11月份实现财政总收入199万元…；地方财政收入80万元: a
     * part leading its clause before any figure dates the ；-items after it) */
    r->part_opens = !r->last_fig && (opens_clause(r, k) || k->pos == r->clause_start);

    if (r->last_fig || !opens_clause(r, k)
        || (f == 0 && ingest_lex_at(r->lx, LEX_OF_MARK, r->t + k->end, r->len - k->end, NULL)))
        return;     /* 6月份的增速: a subject's own month (从1—4月份的情况看: a frame) */
    r->ctx->para_part_from = r->part_from;
    r->ctx->para_part_to = r->part_to;
}

/* Is the part at k..end inside a 由 phrase, right before its figure (由1-4月的
 * 5.1%, 由2022年12月的3.3%, 由上年四季度的5.1%)?  Then it dates that base
 * figure only: the figure the change reaches (提高到6.3%) keeps the
 * sentence's part.  A frame (从1—4月份的情况看) has no figure after its 的. */
static bool from_phrase_part(const reader *r, size_t end)
{
    size_t of = ingest_lex_at(r->lx, LEX_OF_MARK, r->t + end, r->len - end, NULL);

    size_t at = end + of;

    /* 由3月末的-22.4亿元 (also －, −): a figure below zero */
    at += ingest_lex_at(r->lx, LEX_MINUS_SIGN, r->t + at, r->len - at, NULL);
    return r->role && r->role->code == K_FROM && of > 0 && at < r->len && is_digit(r->t[at]);
}

/* Does the cumulative keyword (累计) come right after a month ending at
 * end?  Then the month is the end of the year to date. */
static bool cumulative_after(const reader *r, size_t end)
{
    const lex_entry *e;

    return ingest_lex_at(r->lx, LEX_KEYWORD, r->t + end, r->len - end, &e) > 0
           && e->code == K_CUMULATIVE;
}

/* Is the head before the part k, in a clause with no figure yet, a scope or
 * a speaker rather than the start of the subject: a whole (全县1—10月份
 * 固定资产投资…) or a clause ending with a release verb (经济部统计处昨公布
 * 11月外销订单…)?  The subject starts after the part then, as it does
 * after a year (五莲县2012年实现…). */
static bool scope_before_part(reader *r, const tok *k)
{
    if (ingest_zh_scope_head(r, k->pos))
        return true;
    if (r->clause_has_fig || k->pos <= r->head_start)
        return false;
    ingest_clean_text(r->m, r->t, r->head_start, k->pos, &r->raw, false);
    return r->raw.len && r->raw.len <= SCOPE_HEAD_CHARS * CJK_BYTES
           && ingest_lex_ends(r->lx, LEX_RELEASE_VERB, r->raw.data, r->raw.len) > 0;
}

/* Does the part k follow this year's or last year's word right at the
 * clause's head (今年1-5月全市规模以上工业增加值…)?  The subject starts after
 * the part then, as after 今年一季度. */
static bool after_year_word(const reader *r, const tok *k, const tok *prev)
{
    return !r->clause_has_fig && prev && prev->type == T_KW && prev->end == k->pos
           && (prev->kw->code == K_THIS_YEAR || prev->kw->code == K_LAST_YEAR)
           && prev->pos <= r->head_start && r->head_start <= k->pos;
}

void ingest_zh_on_part(reader *r, const tok *k, const tok *prev)
{
    bool joined;

    if (from_phrase_part(r, k->end)) {
        r->from_part_from = k->year;
        r->from_part_to = k->year2;
        return;
    }
    /* 增速比1-6月份放缓0.1个百分点, 比上年4季度回落: the part compared with,
     * not the figure's */
    if (prev && prev->type == T_KW && (prev->kw->code == K_BASE || prev->kw->code == K_PREV_YEAR)
        && prev->end == k->pos)
        return;
    joined = ingest_zh_part_joins(r, k);
    r->part_from = k->year;
    r->part_to = k->year2;
    if (k->year == k->year2 && k->year > 1 && cumulative_after(r, k->end))
        r->part_from = 1;       /* 4月累计: January to April */
    para_part(r, k);
    /* 2020年1-6月全城区组织财政收入…: the months are not part of the subject */
    if ((!r->clause_has_fig && !r->clause_has_kw && k->pos == r->head_start)
        || scope_before_part(r, k) || after_year_word(r, k, prev))
        r->head_start = k->end;
    ingest_zh_part_listed(r, k, joined);
}

/* Is there a word of class c in the clause before pos? */
static bool in_clause_before(const reader *r, lex_class c, size_t pos)
{
    for (size_t i = r->clause_start; i < pos; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, c, r->t + i, pos - i, NULL))
            return true;
    return false;
}

bool ingest_zh_time_word(reader *r, const tok *k, const tok *prev)
{
    ingest_context *ctx = r->ctx;
    const lex_entry *e;
    lex_role w = k->kw->code;
    bool joined;

    switch (w) {
    case K_THIS_YEAR:
        r->target = r->target || ctx->para_target;
        if (ctx->report_year && !r->lead_year)
            r->to_year = 0;
        if (ctx->now_year && !r->lead_year)
            r->rel_year = ctx->now_year;
        return true;
    case K_LAST_YEAR:
        if (prev && prev->type == T_KW && prev->kw->code == K_BASE && prev->end == k->pos)
            return true;        /* 比去年全年加快0.4个百分点: the base's year, not the figure's */
        if (ctx->now_year && !r->lead_year)
            r->rel_year = ctx->now_year - 1;
        return true;
    case K_NEXT_YEAR:
        r->target = true;
        if (ctx->now_year && !r->lead_year)
            r->rel_year = ctx->now_year + 1;
        return true;
    case K_TOTAL_YEAR:
        /* 比上年全年增长5.2%回落了0.2个百分点: the base is the whole year before;
         * the figures keep their part */
        if (prev && prev->type == T_KW && prev->end == k->pos
            && (prev->kw->code == K_PREV_YEAR || prev->kw->code == K_LAST_YEAR))
            return true;
        /* 完成全年任务的114%, 占全年计划的80%: the year's plan, not the
         * figure's time (1—11月份实现…，完成全年任务的114%；… stays M1-M11) */
        if (ingest_lex_at(r->lx, LEX_PLAN_RATIO, r->t + k->end, r->len - k->end, NULL) > 0)
            return true;
        r->part_from = -1;      /* the whole year, also in a release about a quarter */
        r->part_to = 0;
        if (!(prev && prev->type == T_KW && prev->kw->code == K_BASE && prev->end == k->pos))
            para_part(r, k);
        return true;
    case K_PART:
        /* 较一季度回升2.1个百分点: the part compared with, not the figure's */
        if (prev && prev->type == T_KW && prev->kw->code == K_BASE && prev->end == k->pos) {
            /* 比上月增长0.5%: on the month before, as 环比 */
            r->on_period = r->on_period
                           || ingest_lex_is(r->lx, LEX_PERIOD_BEFORE, k->kw->s, k->kw->n);
            return true;
        }
        /* 比上年四季度加快0.3个百分点, 比上年四季度环比增长1.6%: a part of the
         * year before is the base's too; the figure keeps its release's part */
        if (!ingest_lex_at(r->lx, LEX_YEAR_PART, k->kw->s, k->kw->n, &e))
            return true;
        if (e->num != 0 && from_phrase_part(r, k->end)) {
            r->from_part_from = (int)e->num / 100;     /* 由上年四季度的5.1% */
            r->from_part_to = (int)e->num % 100;
            return true;
        }
        if (prev && prev->type == T_KW && prev->kw->code == K_PREV_YEAR && prev->end == k->pos)
            return true;
        if (e->num == 0) {
            /* 当月, 本月: the month the release reports, the last of its part */
            if (ctx->doc_month_to)
                r->part_from = r->part_to = ctx->doc_month_to;
            if (!r->clause_has_fig && !r->clause_has_kw && k->pos == r->head_start)
                r->head_start = k->end;
            return true;
        }
        joined = ingest_zh_part_joins(r, k);
        r->part_from = (int)e->num / 100;
        r->part_to = (int)e->num % 100;
        /* 二季度全县地区生产总值为… leading a half-year release: the quarter
         * that closes the half names the half's cumulative figures (三季度
         * in a release on the first three quarters); a quarter among
         * quarters (其中，一季度…，二季度…) stays one quarter, and so does one
         * compared with the quarter before (从环比看，二季度…增长2.2%) */
        if (ctx->doc_month_from && r->part_to == ctx->doc_month_to && r->part_from > ctx->doc_month_from
            && !r->last_fig && !r->on_period && !ingest_lex_in(r->lx, LEX_SUBCLAUSE, r->t, k->pos))
            r->part_from = ctx->doc_month_from;
        para_part(r, k);
        ingest_zh_part_listed(r, k, joined);
        return true;
    case K_AVG:
        /* 两年平均增长: an average over the span it names */
        if (ingest_lex_at(r->lx, LEX_SPAN_YEARS, k->kw->s, k->kw->n, &e) && e->n == k->kw->n)
            r->review_years = (int)e->num;
        return false;
    case K_QOQ:
        r->on_period = true;    /* 环比增长0.6%: on the month (quarter) before */
        return true;
    case K_NEAR:
        return true;            /* 将近: a qualifier, not the future marker 将 */
    case K_SAME_BELOW:
        /* 比2012年（下同）增长47.7%；固定资产投资…，增长125.1%: the base holds
         * for the changes after it in the paragraph; the basis and 预计 the
         * grammar carries itself (rules_zh.c) */
        if (prev && prev->type == T_YEAR && r->base_year == prev->year
            && k->pos <= prev->end + CJK_BYTES)
            ctx->para_base_year = prev->year;
        return false;
    case K_REVIEW5: {
        /* 提前三年: the keyword 前三年 took the 前 of 提前 */
        bool ahead_kw = k->year == 0 && k->pos + CJK_BYTES <= r->len
                        && ingest_lex_ends(r->lx, LEX_SPAN_AHEAD, r->t, k->pos + CJK_BYTES) > CJK_BYTES;
        int span = ingest_lex_at(r->lx, LEX_SPAN_YEARS, k->kw->s, k->kw->n, &e)
                   && e->n == k->kw->n ? (int)e->num : 0;
        if ((k->year > 0 && ingest_lex_ends(r->lx, LEX_SPAN_AHEAD, r->t, k->pos)) || (ahead_kw && span)) {
            /* 提前两年实现…: no span of its own, and not part of the subject */
            r->ahead_years = k->year > 0 ? k->year : span;
            if (!r->clause_has_fig && !r->clause_has_kw && k->pos <= r->head_start + 2 * CJK_BYTES)
                r->head_start = k->end;
            return true;
        }
        r->review_at = k->pos + 1;
        r->review_years = k->year > 0 ? k->year      /* 10年来, written in digits */
                          : span ? span : 5;
        return true;
    }
    case K_PLAN11: case K_PLAN12: case K_PLAN13: case K_PLAN14: case K_PLAN9: case K_PLAN10:
    case K_PLAN15: {
        int end = w == K_PLAN9 ? 2000 : w == K_PLAN10 ? 2005 : w == K_PLAN15 ? 2030
                  : 2010 + 5 * (int)(w - K_PLAN11);
        /* the year in force: the sentence's, or the paragraph's once a
         * figure of this sentence was read (not “十三五”期间， opening it) */
        int now = r->lead_year ? r->lead_year : r->last_fig ? ctx->para_year : 0;
        size_t a = k->end, n;
        while (a < r->len && (unsigned char)r->t[a] >= 0xE2 && (unsigned char)r->t[a] < 0xE4)
            a += char_len((unsigned char)r->t[a]);      /* a closing quote */
        if (ingest_lex_at(r->lx, LEX_YEAR_SINCE, r->t + a, r->len - a, NULL)) {
            r->plan_from = end - 5;     /* “十三五”以来: from the plan's start to now */
            r->plan_to = 0;
            return true;
        }
        n = ingest_lex_at(r->lx, LEX_PLAN_PERIOD_NEXT, r->t + a, r->len - a, &e);
        if (!r->clause_has_fig && r->head_start == k->end)
            r->head_start = a + n;      /* “九五”时期: no subject */
        if (prev && prev->type == T_KW && prev->kw->code == K_FROM && k->pos <= prev->end + CJK_BYTES) {
            /* 从“十三五”末的103万亿元增长到…: the base's year, and the base of
             * the pairs after it that write none, as 由2005年的 */
            r->from_year = end;
            ctx->para_pair_base = ctx->doc_pair_base = end;
            if (ingest_lex_at(r->lx, LEX_OF_MARK, r->t + a + n, r->len - a - n, NULL)) {
                r->fig_year = end;
                r->fig_year_from = true;
            }
            return true;
        }
        if ((prev && prev->type == T_KW && (prev->kw->code == K_IS || prev->kw->code == K_BASE)
             && k->pos <= prev->end + CJK_BYTES) || (now && now > end)) {
            /* 是“十一五”的2.6倍, or 2005年…“九五”时期增长1.5倍 (a plan that
             * ended before the year in force): the plan is the base */
            r->base_year = end;
            /* 比“十五”计划目标3000亿元超过…: the plan's goal is its last year's */
            if (ingest_lex_at(r->lx, LEX_PLAN_GOAL_NEXT, r->t + a, r->len - a, NULL))
                r->to_year = end;
            return true;
        }
        r->plan_to = end;
        r->plan_from = end - 5;
        if (k->pos <= CJK_BYTES || n)
            r->plan_opens = true;
        r->plan_point = n && e->num == 1;     /* “十一五”期末: the plan's last year */
        /* “十一五”期末，…；… or “十三五”期间… in a paragraph's first sentence:
         * the plan period holds for the paragraph */
        if (r->s->para_start && (k->pos <= CJK_BYTES || n)) {
            ctx->para_plan_from = r->plan_from;
            ctx->para_plan_to = r->plan_to;
        }
        return true;
    }
    case K_SINCE_EVENT:
        if (!ingest_lex_at(r->lx, LEX_SINCE_YEAR, k->kw->s, k->kw->n, &e) || e->n != k->kw->n)
            return true;
        r->plan_from = (int)e->num;
        r->plan_to = 0;
        return true;
    case K_PREV_YEAR:
        /* 同比, 比上年同月: on the year before, also in a sentence framed 从环比看
         * (上年四季度环比 sets it again) */
        r->on_period = r->period_frame = r->period_said = false;   /* the sentence's last
                                   change is on the year before (…环比上涨0.4%，同比上涨2.1%。) */
        r->prev_year_base = true;
        r->prev_year_end = k->end;
        r->base_year = 0;
        if (prev && prev->type == T_KW && prev->kw->code == K_FROM && prev->end == k->pos)
            r->from_prev_year = true;
        return true;
    case K_TARGET:
        if (!(k->kw->flags & LEXF_GOAL)) {
            r->target = true;
            return true;
        }
        /* 目标 marks goals only when it introduces figures (目标：, 目标是),
         * not when a goal was met (完成…目标) or it names a task (目标任务) */
        if (in_clause_before(r, LEX_GOAL_DONE, k->pos)
            || !ingest_lex_at(r->lx, LEX_GOAL_NEXT, r->t + k->end, r->len - k->end, NULL))
            return true;
        r->target = true;
        r->goal_word = true;
        return true;
    default:
        return false;
    }
}

bool ingest_zh_sum_over_years(const reader *r)
{
    const ingest_context *ctx = r->ctx;
    bool span = r->review_years || r->plan_from || r->base_year > 0 || r->from_year > 0
                || r->range_from || ctx->para_plan_from || ctx->para_since;

    /* 今年1-4月累计完成, 上半年累计完成产值: the part's total, in any text
     * (a work report, an analysis), unless a span is in force */
    if (!span && (r->part_from > 0
                  || (r->part_from == 0 && (r->semi_part_from > 0 || ctx->para_part_from > 0))))
        return false;
    /* a communiqué's or a release's 累计 is the year's (or part's) total,
     * unless a span is in force; so is a text that writes no year of its
     * own (a release of 按累计增加值排名: nothing says several years; with
     * --report-year the source is the option's whether or not it does) */
    if (ctx->doc_source == INGEST_TIME_NONE)
        return span;
    return !ctx->doc_one_year || span;
}

/* What a sentence ending with ； carried (its year, part and plan period)
 * ends: at a new paragraph, or at a 。 */
static void semi_clear(ingest_context *ctx)
{
    ctx->semi_year = ctx->semi_part_from = ctx->semi_part_to = 0;
    ctx->semi_part_opens = false;
    ctx->semi_plan_from = ctx->semi_plan_to = 0;
}

void ingest_zh_time_start(reader *r)
{
    ingest_context *ctx = r->ctx;

    if (r->s->para_start)
        semi_clear(ctx);
    /* a sentence after ； goes on with the year and part the one before it
     * led with, as it goes on with its subject: 其中，3月份…同比下降1.1%；环比
     * 增长32.13% is March's */
    r->semi_year = ctx->semi_year;
    r->semi_part_from = ctx->semi_part_from;
    r->semi_part_to = ctx->semi_part_to;
    r->semi_part_opens = ctx->semi_part_opens;
    if (ctx->para_base_year)
        r->base_year = ctx->para_base_year;     /* 比2012年（下同） before */
    if (ctx->semi_plan_to) {
        r->plan_from = ctx->semi_plan_from;
        r->plan_to = ctx->semi_plan_to;
        r->plan_point = ctx->semi_plan_point;
    }
}

/* Does the sentence t[0..len) end with a semicolon (; or ；), spaces aside? */
static bool ends_semicolon(const char *t, size_t len)
{
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n' || t[len - 1] == '\r'))
        len--;
    return (len >= 1 && t[len - 1] == ';')
           || (len >= 3 && !memcmp(t + len - 3, "\xEF\xBC\x9B", 3));   /* ； */
}

void ingest_zh_time_skip(ingest_context *ctx, const char *t, size_t len, bool para_start)
{
    /* a sentence with no figure read: what a ； carried ends at its 。 or
     * at a new paragraph */
    if (para_start || !ends_semicolon(t, len))
        semi_clear(ctx);
}

void ingest_zh_time_end(reader *r)
{
    ingest_context *ctx = r->ctx;

    if (!ends_semicolon(r->t, r->len)) {
        semi_clear(ctx);
        return;
    }
    if (r->lead_year || r->range_from || r->to_year)
        ctx->semi_year = r->lead_year;
    if (r->part_from > 0 && r->last_fig) {
        ctx->semi_part_from = r->part_from;
        ctx->semi_part_to = r->part_to;
        ctx->semi_part_opens = r->part_opens;
    }
    if (r->lead_year || r->range_from) {
        ctx->semi_plan_from = ctx->semi_plan_to = 0;
        return;
    }
    if (r->plan_opens && r->plan_to) {
        ctx->semi_plan_from = r->plan_from;
        ctx->semi_plan_to = r->plan_to;
        ctx->semi_plan_point = r->plan_point;
    }
}

bool ingest_zh_goal_year_lead(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i], *y = i + 1 < ts->n ? &ts->v[i + 1] : NULL;

    if (!y || y->type != T_YEAR || y->pos != k->end || y->comma_after || r->clause_has_fig
        || r->clause_has_kw)
        return false;
    ingest_clean_both(r->m, r->s->text, r->s->match, r->head_start, k->pos, &r->scratch, true);
    if (ingest_good_subject(r->m, &r->scratch))
        return false;           /* 地区生产总值到2025年达到…: a subject before it */
    r->head_start = y->end;
    return true;
}

bool ingest_zh_year_part(const reader *r, const buf *head)
{
    const lex_list *verbs = &r->lx->cls[LEX_LEAD_VERB];

    if (!r->lead_year || !r->subject.len || r->head_start <= r->clause_start
        || !ingest_lex_at(r->lx, LEX_SUBCLAUSE, r->t + r->clause_start, r->len - r->clause_start, NULL))
        return false;
    return head->len == 0 || ingest_lex_is(r->lx, LEX_BARE_VERB, head->data, head->len)
           || ingest_lex_match(verbs, head->data, head->len, NULL) == head->len;
}

/* Does the keyword k open with 比 or 较 (比上年, 较上年同期), so that it names the
 * base of a comparison and not the figure's own basis (同比)? */
static bool opens_with_base(const reader *r, const tok *k)
{
    const lex_entry *e;

    return ingest_lex_at(r->lx, LEX_KEYWORD, r->t + k->pos, CJK_BYTES, &e) == CJK_BYTES
           && e->code == K_BASE;
}

/* The base's time read back from the rate at ts->v[i] to the 比 or 较 that
 * opens it: 上年/去年 a year before, 全年 the whole year, a part its months.
 * False when something else stands between (比全省(7.7%)…: a place). */
static bool base_time_before(const reader *r, const toks *ts, size_t i, int *dy, int *from,
                             int *to)
{
    bool timed = false;
    const lex_entry *e;

    while (i-- > 0) {
        const tok *b = &ts->v[i];
        if (b->type == T_PART) {
            *from = b->year;
            *to = b->year2;
            timed = true;
            continue;
        }
        if (b->type != T_KW || b->in_remark)
            return false;
        switch (b->kw->code) {
        case K_GROW: case K_FALL:
            continue;
        case K_TOTAL_YEAR:
            *from = -1;
            timed = true;
            continue;
        case K_LAST_YEAR:
            *dy = -1;
            timed = true;
            continue;
        case K_PART:
            if (!ingest_lex_at(r->lx, LEX_YEAR_PART, b->kw->s, b->kw->n, &e) || e->num < 100)
                return false;   /* 上月, 当月: no months of their own here */
            *from = (int)e->num / 100;
            *to = (int)e->num % 100;
            timed = true;
            continue;
        case K_PREV_YEAR:
            *dy = -1;
            timed = true;
            if (opens_with_base(r, b))
                return true;
            continue;
        case K_BASE:
            return timed;
        default:
            return false;
        }
    }
    return false;
}

void ingest_zh_base_rate(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    int dy = 0, from = 0, to = 0;
    size_t j = i + 1;

    r->base_rate_at = 0;
    if (k->type != T_FIG || strcmp(k->a.norm_unit, "%") != 0)
        return;
    /* …回落了0.2个百分点 right after it, in its clause: the change from the base */
    while (j < ts->n && ts->v[j].type == T_KW && !ts->v[j].in_remark)
        j++;
    if (j >= ts->n || ts->v[j].type != T_FIG || strcmp(ts->v[j].a.norm_unit, r->m->points_unit) != 0)
        return;
    if (!base_time_before(r, ts, i, &dy, &from, &to) || (dy == 0 && from == 0))
        return;
    r->base_rate_at = k->pos + 1;
    r->base_rate_dy = dy;
    r->base_rate_from = from;
    r->base_rate_to = to;
}

void ingest_zh_base_rate_time(const reader *r, ingest_claim *c, size_t pos)
{
    if (r->base_rate_at != pos + 1 || !c->year || c->period_from || c->period_to)
        return;
    c->year += r->base_rate_dy;
    if (r->base_rate_from < 0) {
        c->month_from = c->month_to = 0;
    } else if (r->base_rate_from > 0) {
        c->month_from = r->base_rate_from;
        c->month_to = r->base_rate_to;
    }
}
