/* rules_zh.c -- what counts as a claim, read from the tokens of one Chinese
 * sentence.
 *
 * The tokens are read left to right with a small state: the subject of the
 * current clause (the text before its first keyword or figure; a clause
 * without one inherits the previous subject), the years in force (the
 * figure's own "2016年的", a base year after 由/从/较/比, a leading "2021年，"
 * that also holds for the rest of the paragraph, else the report year: the
 * year before it in a review, the year itself in a goal), and the flags that
 * cover what follows (预计, a target word, a price basis, 累计).  A figure
 * becomes a claim when a keyword gives it a meaning (a level in a from/to
 * statement, a growth rate, a share, a multiple, an absolute change) or when
 * it is the plain level of a measure named right before it
 * ("森林覆盖率35.78%").  A figure after an action verb ("新建学校42所",
 * "拆除违法建设860万平方米") is a tally, not a claim, unless a share of it
 * follows.  Every word comes from the lexicon (lexicon-zh.tsv); this file
 * holds only the rules, one handler per keyword role and claim kind. */
#include "grammar.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growth verb with more than this many bytes between it and its figure
 * has an object (增加中小学学位1万个): three characters or more. */
#define OBJECT_MIN (3 * CJK_BYTES)

static void clean_subject(reader *r, size_t a, size_t b, buf *out)
{
    ingest_clean_both(r->m, r->s->text, r->s->match, a, b, out, true);
}

/* The word that joins figure-less list items into one subject (、). */
static const char *joiner(const reader *r)
{
    const lex_list *l = &r->lx->cls[LEX_LIST_JOINER];
    return l->n ? l->v[0].s : "";
}

/* ---- years and periods: time_zh.c ---- */

#define period_of ingest_zh_period
#define point_of ingest_zh_point

static ingest_qualifier qualifier_of(const reader *r, const tok *f, size_t seg_start)
{
    const char *t = r->t;
    size_t e = f->end, p = f->pos, n = r->len;
    const lex_list *pre = &r->lx->cls[LEX_QUALIFIER_BEFORE];
    const lex_entry *q;

    if (ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, t + e, n - e, &q))
        return (ingest_qualifier)q->code;
    for (size_t i = f->pos; i < f->end; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(r->lx, LEX_QUALIFIER_INSIDE, t + i, f->end - i, &q))
            return (ingest_qualifier)q->code;
    /* right before the figure (超过8000亿元) or before its verb (约占); most
     * figures have neither ending in a byte such a word ends with */
    if (!(p > seg_start && (pre->end_filter >> ((unsigned char)t[p - 1] & 63u) & 1))
        && !(r->verb_pos > seg_start && r->verb_pos <= p
             && (pre->end_filter >> ((unsigned char)t[r->verb_pos - 1] & 63u) & 1)))
        return INGEST_EXACT;
    for (size_t w = 0; w < pre->n; w++) {
        size_t k = pre->v[w].n;
        if ((p >= seg_start + k && ends_w(t + p - k, k, &pre->v[w]))
            || (r->verb_pos >= seg_start + k && r->verb_pos <= p
                && ends_w(t + r->verb_pos - k, k, &pre->v[w])))
            return (ingest_qualifier)pre->v[w].code;
    }
    return INGEST_EXACT;
}

/* Copies the unit as written (the display text may hold traditional forms
 * where the matching text is simplified). */
static void unit_as_written(const reader *r, const tok *f, char *out, size_t cap)
{
    size_t ulen = strlen(f->a.unit), end = f->end, start;

    if (!strcmp(f->a.unit, r->m->points_unit) || ulen > end - f->pos || ulen >= cap) {
        snprintf(out, cap, "%s", f->a.unit);
        return;
    }
    start = end - ulen;
    if (memcmp(r->t + start, f->a.unit, ulen) != 0) {
        /* the unit is not written at the end (三分之一 is a %, 10万余辆) */
        snprintf(out, cap, "%s", f->a.unit);
        return;
    }
    memcpy(out, r->s->text + start, ulen);
    out[ulen] = '\0';
}

/* The sentence a claim carries: the whole sentence, or, for a "sentence"
 * longer than SENTENCE_MAX bytes (a piece of an over-long line the parser
 * cut), the EXCERPT bytes on each side of the figure between "…", so that
 * every claim does not carry a copy of kilobytes of text. */
#define SENTENCE_MAX 4096
#define EXCERPT 240

static const char *sentence_for(reader *r, size_t pos)
{
    const char *t = r->s->text;
    size_t a = pos > EXCERPT ? pos - EXCERPT : 0, b = pos + EXCERPT < r->len ? pos + EXCERPT : r->len;

    if (r->len <= SENTENCE_MAX)
        return t;
    while (a > 0 && ((unsigned char)t[a] & 0xC0) == 0x80)
        a--;
    while (b < r->len && ((unsigned char)t[b] & 0xC0) == 0x80)
        b++;
    buf_reset(&r->excerpt);
    if (a > 0)
        buf_puts(&r->excerpt, "…");
    buf_append(&r->excerpt, t + a, b - a);
    if (b < r->len)
        buf_puts(&r->excerpt, "…");
    return r->excerpt.data ? r->excerpt.data : "";
}

/* Hands a claim to the sink with its unit and source filled in; c0 is not
 * changed.  A claim with a non-finite number is dropped (never printed). */
static int emit(reader *r, const ingest_claim *c0, const tok *f)
{
    ingest_claim c = *c0;
    char unit[64];
    int rc = GC_OK;

    c.source.file = (char *)(uintptr_t)r->file;
    c.source.sentence = (char *)(uintptr_t)sentence_for(r, f->pos);
    ingest_locate(r->s, f->pos, &c.source);
    if (!c.unit) {
        unit_as_written(r, f, unit, sizeof unit);
        c.unit = unit;
    }
    if (c.ranged && c.value > c.value_high) {
        /* 下降8%—10%: the low end is -10 */
        double v = c.value, scale = c.value ? c.norm_value / c.value : 1;
        c.value = c.value_high;
        c.value_high = v;
        c.norm_value = c.value * scale;
    }
    if (!isfinite(c.value) || !isfinite(c.norm_value) || !isfinite(c.resolution)
        || !c.indicator || !c.indicator[0])
        return GC_OK;           /* never a NaN, never a claim about nothing */
    if (r->shared && r->nlist == 0 && c.indicator == r->subject.data) {
        /* A、B均超…: one claim for each item (rules_zh_pair.c) */
        if ((rc = ingest_zh_split_subject(r, r->subject.data, r->subject.len)) != GC_OK)
            return rc;
        for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
            c.indicator = r->list[i];
            ingest_zh_note_subject(r, c.indicator);
            if (r->sink->claim)
                rc = r->sink->claim(&c, r->sink->ctx);
            r->claims++;
        }
        if (r->nlist > 0) {
            ingest_zh_free_list(r);
            return rc;
        }
    }
    ingest_zh_note_subject(r, c.indicator);
    if (r->sink->claim)
        rc = r->sink->claim(&c, r->sink->ctx);
    r->claims++;
    return rc;
}

static void fill_value(const reader *r, ingest_claim *c, const tok *f, double sign)
{
    c->ranged = f == r->ranged;
    c->value_high = c->ranged ? sign * r->range_high : 0;
    c->value = sign * (f->neg ? -f->a.value : f->a.value);
    c->norm_value = sign * (f->neg ? -f->a.norm_value : f->a.norm_value);
    c->resolution = f->a.resolution;
    c->norm_unit = (char *)(uintptr_t)f->a.norm_unit;
}

/* The subject for the figure: the i-th of a 分别 list, or the current one. */
static const char *subject_for(reader *r)
{
    if (r->nlist > 0 && (r->next_in_list < r->nlist || !r->in_list))
        return r->list[r->next_in_list++ % r->nlist];   /* 分别由A和B提高到C和D: again */
    return r->subject.len ? r->subject.data : ingest_zh_carried(r);
}

/* Makes the cleaned head in r->scratch, already found good_subject(), the
 * subject (after the figure-less list items pending before it). */
static void set_subject(reader *r)
{
    buf_reset(&r->subject);
    if (r->pending.len > 0) {
        buf_append(&r->subject, r->pending.data, r->pending.len);
        buf_puts(&r->subject, joiner(r));
    }
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
}

static bool head_is_action(reader *r, size_t a, size_t b)
{
    const char *h;

    ingest_clean_text(r->m, r->s->match, a, b, &r->raw, false);
    h = r->raw.data ? r->raw.data : "";
    /* 完成建筑业总产值98.6亿元, 新增城镇就业12.4万人: the level of a measure */
    if (ingest_zh_tally_subject(r, h, r->raw.len))
        return true;            /* 亿元以上项目60个: a count of projects */
    if ((r->level_head = ingest_zh_level_head(r->m, h, r->raw.len)) > 0)
        return false;
    return ingest_is_action(r->m, h, r->raw.len);
}

/* ---- figures ---- */

static void base_claim(reader *r, ingest_claim *c)
{
    memset(c, 0, sizeof *c);
    c->estimated = r->estimated;
    /* under a goal heading of a text presenting a plan, the plan's goals */
    c->target = r->target || r->ctx->para_target || r->ctx->sect_target
                || (r->ctx->plan && r->ctx->doc_plan_to) || ingest_zh_plan_goal(r);
    c->basis = r->real_here ? INGEST_BASIS_REAL : r->nominal_here ? INGEST_BASIS_NOMINAL : r->basis;
}

static int emit_pending(reader *r)
{
    int rc = GC_OK;

    if (r->pending_level && r->last_fig)
        rc = emit(r, &r->pend, r->last_fig);
    r->pending_level = false;
    return rc;
}

/* Segment start for qualifier words: after the previous figure or the
 * start of the clause. */
static size_t segment_start(const reader *r)
{
    size_t s = r->clause_start;
    if (r->last_fig && r->last_fig->end > s)
        s = r->last_fig->end;
    return s;
}

/* 增加/减少 + object + figure: the object becomes the subject. */
static bool object_change(reader *r, const lex_entry *role, const tok *f)
{
    if (!(role->flags & LEXF_OBJECT))
        return false;
    clean_subject(r, r->role_end, f->pos, &r->scratch);
    if (!ingest_good_subject(r->m, &r->scratch))
        return false;
    buf_reset(&r->subject);
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
    return true;
}

static bool is_growth_role(lex_role w)
{
    return w == K_GROW || w == K_FALL || w == K_NET_UP || w == K_NET_DOWN
        || w == K_REAL_HERE || w == K_NOMINAL_HERE || w == K_AVG;
}

/* The role a figure plays: the keyword before it, unless that keyword's
 * object makes it a tally (整治提升背街小巷464条), or the figure repeats the
 * last role in a list (…、…和…), or heads a new list item. */
static const lex_entry *figure_role(reader *r, const tok *f)
{
    const lex_entry *role = r->role;

    if (role && is_growth_role(role->code) && f->pos > r->role_end + OBJECT_MIN) {
        /* 增加中小学学位1万个: 增加/减少 with its object names what changed;
         * any other verb with an object is a tally */
        if (object_change(r, role, f))
            r->list_role = role;
        else
            role = NULL;
    }
    /* a figure after 、 or 和 with no keyword of its own repeats the last role,
     * in a 分别 list or after a milestone (迈上500亿、600亿台阶) */
    if (!role && r->last_fig && (r->nlist > 0 || r->place_list || (r->in_list && r->last_role
                                                  && (r->last_role->flags & LEXF_MILESTONE))))
        role = r->last_role;
    if (!role && r->list_role && r->in_list && f->pos > r->head_start) {
        clean_subject(r, r->head_start, f->pos, &r->scratch);
        if (ingest_good_subject(r->m, &r->scratch)) {
            role = r->list_role;
            set_subject(r);
        }
    }
    return role;
}

/* A percentage of a whole (占全市的40%, 全市占比由21.8%增至24%); year is the
 * one written with the figure (提升至2019年的20.3%), 0 for none. */
static int share_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                       int year, bool year_after_from)
{
    c->kind = INGEST_SHARE;
    if (role && role->code == K_FROM) {
        c->estimated = false;
        if (r->from_year)
            point_of(r, c, r->from_year, !year_after_from);
        else
            ingest_zh_base(r, c);
    } else {
        point_of(r, c, year, false);
    }
    return emit(r, c, f);
}

/* 年均增长x%, or 增长/下降 after 年均 earlier in the clause. */
static int average_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role)
{
    bool down = role->code == K_FALL || (role->flags & LEXF_DOWN);

    c->kind = INGEST_GROWTH_AVG;
    fill_value(r, c, f, down ? -1 : 1);
    period_of(r, c, true);
    return emit(r, c, f);
}

/* 是…的x倍, 增长到x倍 (x), 增长x倍 (x + 1). */
static int multiple_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                          int year)
{
    c->kind = INGEST_MULTIPLE;
    if (role && role->code == K_GROW) {
        c->value += 1;
        c->norm_value += 1;
        c->value_high += c->ranged ? 1 : 0;
    }
    if (year)
        r->base_year = year;
    period_of(r, c, false);
    return emit(r, c, f);
}

/* Whether a change in this clause runs over a period rather than a year: a
 * base year (较2016年), a 累计, or a paragraph about a period with no year of
 * its own. */
static bool change_over_period(const reader *r, bool allow_paragraph)
{
    return (r->base_year > 0 && !ingest_zh_base_year_before(r)) || (allow_paragraph && r->ctx->para_span && !r->lead_year &&
                                !r->ctx->para_year && !r->prev_year_base)
           || ingest_zh_over_span(r);
}

/* 增长/下降/提高 x% (yoy or over a period), 净增/减少 an amount, 百分点. */
static int change_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                        bool is_pct, bool is_pp)
{
    bool net = role->code == K_NET_UP || role->code == K_NET_DOWN;

    fill_value(r, c, f, role->code == K_FALL || role->code == K_NET_DOWN ? -1 : 1);
    if (is_pct && !net) {
        if (change_over_period(r, true) || (r->cumulative && ingest_zh_sum_over_years(r))) {
            c->kind = INGEST_CHANGE_PCT;
            period_of(r, c, false);
        } else {
            c->kind = INGEST_GROWTH_YOY;
            point_of(r, c, 0, false);
        }
    } else {
        c->kind = INGEST_CHANGE_ABS;
        if (change_over_period(r, !is_pp))
            period_of(r, c, false);
        else
            point_of(r, c, 0, false);
    }
    return emit(r, c, f);
}

/* The base of 由A增至B: a level in the year written, or the one after 由. */
static int from_claim(reader *r, ingest_claim *c, const tok *f, int year)
{
    c->kind = INGEST_LEVEL;
    c->estimated = false;
    if (year || r->from_year)
        point_of(r, c, year ? year : r->from_year, year == 0);
    else
        ingest_zh_base(r, c);
    return emit(r, c, f);
}

/* Does figure f count things (14个, 6所)? */
static bool is_counter(const reader *r, const tok *f)
{
    const lex_entry *u;
    size_t n = strlen(f->a.norm_unit);

    return n && ingest_lex_at(r->lx, LEX_UNIT, f->a.norm_unit, n, &u) == n
        && (u->flags & LEXF_COUNTER);
}

/* A figure with no keyword: the plain level of a measure named just before
 * it (森林覆盖率35.78%), or a tally kept pending in case a share of it
 * follows; nothing when no measure is named. */
static int plain_level(reader *r, ingest_claim *c, const tok *f, bool is_pct)
{
    /* the subject starts after the words before it (五年来, “十三五”期间) */
    size_t a = r->head_start > r->clause_start && r->head_start <= f->pos ? r->head_start
                                                                          : r->clause_start;
    size_t b = f->pos;
    bool counter_then_noun = !is_pct && f->end < r->len
                             && (unsigned char)r->t[f->end] >= 0xE4
                             && (unsigned char)r->t[f->end] <= 0xE9
                             && !ingest_lex_at(r->lx, LEX_FIGURE_NEXT_OK, r->t + f->end,
                                               r->len - f->end, NULL)
                             && !ingest_zh_name_after(r, f->end);

    clean_subject(r, a, b, &r->scratch);
    if (!counter_then_noun && f->a.unit[0] && ingest_zh_year_part(r, &r->scratch))
        return emit(r, c, f);       /* …，其中2005年完成59.15亿元: that year's level */
    if (!ingest_good_subject(r->m, &r->scratch) || counter_then_noun
        || (!f->a.unit[0] && !r->unitless))
        return GC_OK;
    if (r->nlist == 0) {
        ingest_zh_generic_head(r, a, b);    /* …，总规模超500亿元 */
        ingest_zh_parallel_head(r);         /* …面积…，产量911吨 */
        set_subject(r);
        c->indicator = r->subject.data;
    }
    if (!r->clause_action && !(r->tally_carry && !r->clause_kw && is_counter(r, f))
        && !head_is_action(r, a, b)) {
        if (r->level_head == 2 && ((r->review_at > r->clause_start)
                                   || ((c->year_inferred || !c->year) && !r->lead_year
                                       && ((r->plan_from && !r->plan_point) || r->review_years)))) {
            /* “十三五”期间完成交通投资2000亿元, 2005年…，五年完成投资201.3亿元:
             * a sum over the period */
            c->cumulative = true;
            c->year = 0;
            c->year_inferred = false;
            period_of(r, c, false);
        }
        return emit(r, c, f);
    }
    /* a tally: kept only if a share of it follows */
    r->clause_action = true;
    ingest_claim_clear(&r->pend);
    r->pend = *c;
    /* the claim keeps copies: the texts it borrowed change with the clause */
    r->pend.indicator = strdup(r->subject.data ? r->subject.data : "");
    r->pend.unit = NULL;
    r->pend.norm_unit = strdup(f->a.norm_unit);
    r->pend.of = c->of ? strdup(c->of) : NULL;
    r->pend.source.file = NULL;
    r->pend.source.sentence = NULL;
    if (!r->pend.indicator || !r->pend.norm_unit || (c->of && !r->pend.of))
        return GC_ENOMEM;       /* not a tally silently lost or without its unit */
    r->pending_level = true;
    return GC_OK;
}

/* A level: cumulative over the period after 累计, else in a year; emitted
 * when a keyword (增至, 预计, 现有, 目标, 为) introduces it. */
static int level_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                       int year, bool is_pct)
{
    c->kind = INGEST_LEVEL;
    size_t a = r->head_start > r->clause_start ? r->head_start : r->clause_start;
    bool tally = false;

    /* 五年累计实施重点项目1344个，竣工1142个: counts of projects stay tallies */
    if (is_counter(r, f) && a < f->pos) {
        ingest_clean_text(r->m, r->t, a, f->pos, &r->raw, false);
        tally = r->tally_carry || ingest_zh_tally_subject(r, r->raw.data, r->raw.len);
    }
    if (r->cumulative && !r->have && ingest_zh_sum_over_years(r) && !tally) {
        c->cumulative = true;
        period_of(r, c, false);
        if (!r->base_year && !r->from_year && !r->range_from)
            c->period_inferred = true;
        return emit(r, c, f);
    }
    point_of(r, c, year, false);
    if (role && role->code == K_TO && year)
        r->to_year = year;      /* 增至2023年的…，年均增长: the period ends there */
    if (role && (role->code == K_TO || role->code == K_ESTIMATE || role->code == K_HAVE
                 || role->code == K_TARGET || role->code == K_IS))
        return emit(r, c, f);
    return plain_level(r, c, f, is_pct);
}

static bool is_change_role(const lex_entry *role)
{
    return role && (role->code == K_GROW || role->code == K_FALL || role->code == K_REAL_HERE ||
                    role->code == K_NOMINAL_HERE || role->code == K_NET_UP ||
                    role->code == K_NET_DOWN);
}

/* Turns figure f into a claim by its role and unit.  A share word with a
 * figure that is not a percentage gives a level that keeps its whole. */
static int figure_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                        int year, bool year_after_from)
{
    bool is_pct = !strcmp(f->a.norm_unit, "%");   /* the unit amount.c gives a percentage */
    if (ingest_zh_budget_time(r, c))       /* 比上年同期X增收, 完成年初预算X的Y% */
        return emit(r, c, f);

    if (r->share_word && !r->share && is_change_role(role) && r->verb_pos > r->head_start
        && !strcmp(f->a.norm_unit, r->m->points_unit)) {
        /* 第一产业比重下降0.9个百分点: a change of the share, named with its word */
        size_t e = r->verb_pos;
        const lex_entry *w;
        for (size_t i = r->head_start; i < r->verb_pos; i += char_len((unsigned char)r->t[i]))
            if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, r->verb_pos - i, &w)
                && w->code == K_SHARE_WORD) {
                e = i + w->n;
                break;
            }
        clean_subject(r, r->head_start, e, &r->scratch);
        if (ingest_good_subject(r->m, &r->scratch)) {
            buf_reset(&r->subject);
            buf_append(&r->subject, r->scratch.data, r->scratch.len);
            c->indicator = r->subject.data;
        }
        return change_claim(r, c, f, role, false, true);
    }
    if ((r->share || r->share_word) && strcmp(f->a.norm_unit, r->m->times_unit)
        && !(r->share_carried && is_change_role(role))) {
        c->of = r->of.len ? r->of.data : NULL;
        if (is_pct)
            return share_claim(r, c, f, role, year, year_after_from);
        if (role && role->code == K_FROM)
            return from_claim(r, c, f, year);   /* X及其占Y比重，分别由A和B%… */
        return level_claim(r, c, f, role, year, is_pct);
    }
    if (role && (role->code == K_AVG || ((role->code == K_GROW || role->code == K_FALL) && r->avg)))
        return average_claim(r, c, f, role);
    if (!strcmp(f->a.norm_unit, r->m->times_unit))
        return multiple_claim(r, c, f, role, year);
    if (is_change_role(role))
        return change_claim(r, c, f, role, is_pct, !strcmp(f->a.norm_unit, r->m->points_unit));
    if (role && role->code == K_FROM)
        return from_claim(r, c, f, year);
    return level_claim(r, c, f, role, year, is_pct);
}

/* The qualifier a milestone verb gives (迈上 above, 逼近 below), for the
 * later figures of its 、-list. */
static ingest_qualifier milestone_qualifier(const reader *r, const lex_entry *role)
{
    const lex_entry *q;

    if (ingest_lex_at(r->lx, LEX_QUALIFIER_BEFORE, role->s, role->n, &q) == role->n)
        return (ingest_qualifier)q->code;
    return INGEST_EXACT;
}

static int on_figure(reader *r, const tok *f)
{
    const lex_entry *role = r->role;
    int year = r->fig_year;
    bool year_after_from = r->fig_year_from;
    int rc = GC_OK;

    r->fig_year = 0;
    r->fig_year_from = false;
    if (!f->bad && !r->skip && !(f->bare_scale && !(role && role->code == K_TO))
        && !ingest_zh_threshold(r, f) && !ingest_zh_gap(r, f) && !ingest_zh_counted_noun(r, f)) {
        ingest_claim c;
        bool down;
        if (!(role = figure_role(r, f)))
            role = ingest_zh_postposed(r, f);     /* 保持13%以上的增幅 */
        if (!role)
            role = ingest_zh_bare_net(r, f);      /* …，新增2047户 */
        if ((!role || role->code == K_BASE || role->code == K_PREV_YEAR || (role->flags & LEXF_RATE))
            && ingest_zh_time_gap(r, f, &down))
            role = ingest_zh_role_entry(r, down ? K_FALL : K_GROW);  /* 比上年低1.1个百分点 */
        if (!role && r->place_list && r->in_list && r->own_subject && r->last_fig)
            role = ingest_zh_role_entry(r, K_TO);  /* 分别实现X a亿元、b亿元 */
        ingest_zh_share_after(r, f);              /* 90%以上的行政村, 占全市12%的土地 */
        base_claim(r, &c);
        c.indicator = (char *)(uintptr_t)subject_for(r);
        c.qualifier = qualifier_of(r, f, segment_start(r));
        if (c.qualifier == INGEST_EXACT && role && role != r->role && (role->flags & LEXF_MILESTONE))
            c.qualifier = milestone_qualifier(r, role);
        fill_value(r, &c, f, 1);
        rc = figure_claim(r, &c, f, role, year, year_after_from);
    }
    r->last_fig = f;
    r->last_role = role;
    r->role = NULL;
    r->real_here = r->nominal_here = false;
    return rc;
}

/* ---- clauses ---- */

static void clause_reset(reader *r, size_t brk, size_t start, bool list_break)
{
    bool bare = !list_break && !r->clause_has_fig, topic = bare && !r->clause_has_kw;

    if (topic) {
        r->topic_a = r->clause_start;   /* 第二产业增势强劲，… */
        r->topic_b = brk;
    }
    if (!r->clause_has_fig && !r->clause_has_kw && list_break) {
        /* a figure-less subject before 、: part of a list */
        clean_subject(r, r->head_start, brk, &r->scratch);
        if (r->pending_start == SIZE_MAX)
            r->pending_start = r->head_start;
        if (ingest_good_subject(r->m, &r->scratch)) {
            if (r->pending.len)
                buf_puts(&r->pending, joiner(r));
            buf_append(&r->pending, r->scratch.data, r->scratch.len);
        }
    } else if (!list_break || r->clause_has_fig) {
        buf_reset(&r->pending);
        r->pending_start = SIZE_MAX;
    }
    if (!list_break) {
        /* 新建A 14个，B 6所: the verb of a tally covers the clauses of a noun and
         * a count after it */
        r->tally_carry = r->clause_action
                         || (r->tally_carry && !r->clause_kw && r->clause_has_fig);
        r->clause_kw = false;
        r->clause_action = false;
        r->list_role = NULL;
        r->own_subject = r->shared = r->named_bound = false;
        ingest_zh_free_list(r);
    }
    r->in_list = list_break;
    if (ingest_lex_at(r->lx, LEX_SUBCLAUSE, r->t + start, r->len - start, NULL))
        r->cumulative = false;
    r->clause_start = r->head_start = start;
    r->fig_year = 0;
    r->verb_pos = 0;
    r->clause_has_fig = r->clause_has_kw = false;
    r->role = NULL;
    r->avg = r->have = r->skip = r->base_open = r->grow_goal = r->part_lead = false;
    if (bare && r->share_word) {
        r->share_carried = true;    /* 占比不断提升，由A%提高至B% */
    } else if (!(list_break && r->nlist > 0)) {
        r->share_carried = false;
        r->share = r->share_word = false;   /* 分别为a%、b%: shares on */
        buf_reset(&r->of);
    }
}

/* The first keyword or figure after a usable subject ends it.  Words before
 * the subject (力争, 累计, 预计 at the start of a clause) are skipped: the
 * subject may then start after them. */
static void clause_head(reader *r, size_t pos, size_t skip_to)
{
    size_t be;

    if (r->clause_has_fig || r->clause_has_kw)
        return;
    if (r->share) {
        r->clause_has_kw = true;    /* 占全市的40%: what follows 占 is the whole */
        return;
    }
    if (r->base_open) {
        r->head_start = skip_to;    /* 比年初提高: the base, not a subject */
        return;
    }
    if ((be = ingest_zh_basis_end(r, r->head_start)) > 0
        || (be = ingest_zh_basis_end(r, r->clause_start)) > r->head_start) {
        if (be > pos)
            return;                 /* 按可比口径: a keyword inside the basis */
        r->head_start = be;
    }
    if (pos > r->head_start && ingest_lex_at(r->lx, LEX_GAP_VERB, r->t + r->head_start,
                                             pos - r->head_start, NULL)) {
        r->clause_has_kw = true;    /* 高于年初目标…: a comparison; the subject goes on */
        return;
    }
    clean_subject(r, r->head_start, pos, &r->scratch);
    if (ingest_zh_rate_head(r, pos))
        return;                     /* …，增长率为7.8%: the rate of the subject before */
    if (ingest_good_subject(r->m, &r->scratch) || ingest_zh_named_subject(r, &r->scratch)) {
        ingest_zh_generic_head(r, r->head_start, pos);
        ingest_zh_parallel_head(r);
        if (r->share_carried) {
            r->share_carried = r->share_word = false;   /* a subject of its own */
            buf_reset(&r->of);
        }
        ingest_zh_contribution(r);
        r->shared = ingest_zh_shared_mark(r, r->head_start, pos);
        set_subject(r);
        r->own_subject = true;
        r->clause_has_kw = true;
        r->list_start = r->pending_start != SIZE_MAX ? r->pending_start : r->head_start;
        buf_reset(&r->pending);
        r->pending_start = SIZE_MAX;
        return;
    }
    r->head_start = skip_to;
}

static void on_keyword(reader *r, const tok *k, const tok *prev)
{
    lex_role w = k->kw->code;
    bool was;

    if (ingest_zh_time_word(r, k, prev))
        return;
    switch (w) {
    case K_ESTIMATE:
        r->estimated = true;
        r->role = k->kw;        /* 预计1000亿元: a level; a verb after it wins */
        return;
    case K_CUMULATIVE:
        r->cumulative = true;
        r->cumulative_at = r->clause_start;
        return;
    case K_REAL:
        r->basis = INGEST_BASIS_REAL;
        return;
    case K_NOMINAL:
        r->basis = INGEST_BASIS_NOMINAL;
        return;
    case K_SAME_BELOW:
        r->basis_sticky_para = true;
        return;
    case K_FENBIE:
        was = r->place_list;
        r->place_list = false;
        r->rc = ingest_zh_build_list(r, k->pos);
        if (r->rc == GC_OK && r->nlist == 0 && r->place_list) {
            /* 三个行政区分别实现地区生产总值…: the measure after 分别 names them */
            r->head_start = k->end;
            r->clause_has_kw = r->own_subject = false;
            buf_reset(&r->subject);
            return;
        }
        r->place_list = was && r->nlist == 0;
        if (r->rc == GC_OK && r->nlist == 0)
            r->rc = ingest_zh_contribution_parts(r);   /* 三次产业贡献率分别 */
        return;
    case K_SKIP:
        r->skip = true;         /* 应到362人: an attendance, no claim */
        return;
    case K_SHARE:
        r->share = true;
        return;
    case K_SHARE_WORD:
        r->share_word = true;
        return;
    case K_AVG:
        r->avg = true;
        r->role = k->kw;
        if (k->kw->flags & LEXF_LIST)
            r->rc = ingest_zh_build_list(r, k->pos);
        return;
    case K_HAVE:
        r->have = true;
        r->role = k->kw;
        return;
    case K_DOUBLE: case K_QUADRUPLE:
        return;
    case K_REAL_HERE:
        r->real_here = true;
        r->role = k->kw;
        return;
    case K_NOMINAL_HERE:
        r->nominal_here = true;
        r->role = k->kw;
        return;
    default:
        break;
    }
    if ((w == K_GROW || w == K_FALL) && r->role && r->role->code == K_AVG)
        return;                 /* 年均 ... 增长: keep the average */
    if (w == K_TO && r->role && (r->role->flags & LEXF_RATE))
        return;                 /* 增速为6.2%: a rate, not a level */
    if ((w == K_TO || w == K_IS) && r->role && r->grow_goal) {
        r->role_end = k->end;   /* 增长的目标为9%: the rate's figure follows */
        return;
    }
    if (w == K_TO && (k->kw->flags & LEXF_PREP) && ingest_zh_clause_opens(r, k->pos))
        return;                 /* (累计)为企业减免: a preposition, not a level */
    r->role = k->kw;
}

/* 翻一番 and 翻两番: a multiple with no figure (over span years: 两年翻一番). */
static int on_double(reader *r, const tok *k, int span)
{
    ingest_claim c;
    tok f = *k;

    base_claim(r, &c);
    r->shared = r->shared || ingest_zh_each_doubled(r, k);   /* A和B双倍增 */
    c.indicator = (char *)(uintptr_t)subject_for(r);
    c.kind = INGEST_MULTIPLE;
    c.value = c.norm_value = k->kw->code == K_DOUBLE ? 2 : 4;
    c.resolution = 0;
    c.qualifier = qualifier_of(r, k, segment_start(r));   /* 翻一番多, 将近翻一番 */
    c.unit = (char *)(uintptr_t)r->m->times_unit;
    c.norm_unit = (char *)(uintptr_t)r->m->times_unit;
    period_of(r, &c, false);
    c.period_from = span && c.period_to ? c.period_to - span : c.period_from;
    f.pos = k->pos;
    return emit(r, &c, &f);
}

/* Words that may come before a clause's subject (力争政府债务率…,
 * 累计完成固定资产投资…). */
static bool is_prefix_word(lex_role w)
{
    return w == K_TARGET || w == K_CUMULATIVE || w == K_ESTIMATE || w == K_HAVE
        || w == K_REVIEW5 || w >= K_PLAN11 || w == K_REAL || w == K_NOMINAL
        || w == K_SAME_BELOW || w == K_PREV_YEAR || w == K_BASE;
}

static void read_keyword(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    lex_role w = k->kw->code;
    int span = 0;
    size_t head_end = k->pos - ingest_zh_span_before(r, k, &span);

    r->clause_kw = true;
    if (w == K_PART && k->pos == r->clause_start && !r->clause_has_kw && !r->clause_has_fig)
        r->part_lead = true;        /* 一季度增长8.1%: the subject may be inherited */
    if (r->cumulative && r->cumulative_at != r->clause_start && !r->in_list
        && (w == K_TO || w == K_IS || w == K_HAVE))
        r->cumulative = false;  /* 累计完成…，每年均保持在70亿元以上: not a sum */
    if (w == K_SHARE_WORD && !r->share)
        ingest_zh_whole_before(r, k);
    if (w == K_TO && ingest_zh_goal_year_lead(r, ts, i))
        return;                     /* (纲要提出)到2025年X达到…: a time, X the subject */
    if (is_prefix_word(w) && ingest_zh_scope_head(r, k->pos))
        r->head_start = k->end;     /* 全区预计实现地区生产总值: not 全区 */
    else if (w != K_THIS_YEAR && w != K_TOTAL_YEAR && w != K_LAST_YEAR && w != K_NEXT_YEAR
             && w != K_PART && w != K_NEAR)
        clause_head(r, head_end, k->end);
    if (w == K_BASE && !r->clause_has_kw && !r->clause_has_fig)
        r->base_open = true;
    r->shared = r->shared || (k->kw->flags & LEXF_BOTH);     /* A、B均超百亿元 */
    if (!is_prefix_word(w))
        r->clause_has_kw = true;    /* a verb with nothing before: the subject is inherited */
    if (w == K_SHARE)
        ingest_zh_share_whole(r, k, ingest_zh_next_figure(ts, i));
    if (w == K_TARGET && r->role && r->role->code == K_GROW && k->pos <= r->role_end + CJK_BYTES)
        r->grow_goal = true, r->role_end = k->end;   /* 增长的预期目标为9% */
    ingest_zh_rate_avg_head(r, k);  /* 年均经济增速达到5.4% */
    ingest_zh_whole_rate(r, k);     /* 全国第四季度增速比一季度高出13.3个百分点 */
    if (w == K_FENBIE || (w == K_AVG && (k->kw->flags & LEXF_LIST)))
        r->list_figs = ingest_zh_figures_after(ts, i);
    if (w == K_DOUBLE || w == K_QUADRUPLE)
        r->rc = on_double(r, k, span);
    else
        on_keyword(r, k, i > 0 ? &ts->v[i - 1] : NULL);
    r->list_figs = 0;
    if (r->role == k->kw)
        r->role_end = k->end;
    if (r->role == k->kw || w == K_SHARE)
        r->verb_pos = k->pos;
}

/* The shares of a structure a:b:c (rules_zh_ratio.c reads it): each in the
 * year written before it; else the end in the sentence's year and the base
 * of 由a:b:c调整为d:e:f where the time rules put an unwritten base, or, with
 * nothing to go on, the year before the end (a structure is compared with
 * the last one). */
static int ratio_claims(reader *r, const zh_ratio *q)
{
    int rc = GC_OK;

    for (size_t s = 0; s < q->n && rc == GC_OK; s++) {
        ingest_claim t;
        int y = q->year[s] ? q->year[s] : s == 0 && q->n == 2 ? r->from_year : 0;

        memset(&t, 0, sizeof t);
        if (y)
            ingest_zh_point(r, &t, y, false);
        else if (s == 0 && q->n == 2) {
            ingest_zh_base(r, &t);
            if (!t.year) {
                ingest_zh_point(r, &t, q->year[1], false);
                if (t.year) {
                    t.year--;
                    t.year_inferred = true;
                    t.time_source = INGEST_TIME_PAIR;
                }
            }
        } else
            ingest_zh_point(r, &t, 0, false);
        for (size_t k = 0; k < q->s[s].n && rc == GC_OK; k++) {
            ingest_claim c;
            tok f;
            base_claim(r, &c);
            c.year = t.year;
            c.year_inferred = t.year_inferred;
            c.time_source = t.time_source;
            c.month_from = t.month_from;
            c.month_to = t.month_to;
            c.indicator = (char *)(uintptr_t)q->part[k];
            c.kind = INGEST_SHARE;
            c.value = c.norm_value = q->s[s].v[k];
            c.resolution = q->s[s].res[k];
            c.unit = c.norm_unit = (char *)(uintptr_t)"%";
            c.of = (char *)(uintptr_t)q->of;
            memset(&f, 0, sizeof f);
            f.pos = q->s[s].pos[k];
            rc = emit(r, &c, &f);
        }
    }
    r->fig_year = 0;
    r->fig_year_from = false;
    r->role = NULL;
    r->clause_has_fig = true;
    return rc;
}

/* A figure read by the rules: clause_head, pending tallies, the claim. */
/* ts and i: the token's place, to pair a run of figures (rules_zh_pair.c);
 * ts is NULL for a figure made of several tokens. */
static int read_figure_tok(reader *r, const tok *k, const toks *ts, size_t i)
{
    bool share_follows = r->share || r->share_word;

    if (!r->clause_has_fig && !r->clause_has_kw && ingest_zh_threshold(r, k)) {
        r->named_bound = true;      /* 超20亿元的企业达15家: the head goes on */
        return r->rc;
    }
    if (!r->clause_has_fig && !r->clause_has_kw && ingest_zh_counted_noun(r, k)) {
        r->head_start = k->end;     /* 158个重点项目完成投资: the count is no part of the name */
        return r->rc;
    }
    if ((r->budget = ingest_zh_budget_kind(r, k)) == ZH_BUDGET_NONE)
        clause_head(r, k->pos, k->pos);
    if (ts)
        r->rc = ingest_zh_pair_run(r, ts, i);
    if (r->rc == GC_OK && r->pending_level && share_follows)
        r->rc = emit_pending(r);
    r->pending_level = false;
    r->clause_has_fig = true;
    if (r->rc == GC_OK)
        r->rc = on_figure(r, k);
    r->ranged = NULL;
    return r->rc;
}

/* 收入倍差从2.05缩小到1.87, 税电指数为112.04: a number with no unit right after
 * the keyword of a measure stated with none (the tokenizer keeps no such
 * number) is that measure's figure. */
static int unitless_after(reader *r, const toks *ts, size_t i, lex_role w)
{
    size_t e = ts->v[i].end, x;
    const lex_entry *u;
    tok *g;

    if (ts->v[i].type == T_YEAR && ts->v[i].year_of)   /* 由2020年的2.31 */
        e += ingest_lex_at(r->lx, LEX_OF_MARK, r->t + e, r->len - e, NULL);

    if (!(w == K_TO || w == K_FROM || w == K_IS || w == K_GROW || w == K_FALL)
        || (i + 1 < ts->n && ts->v[i + 1].pos == e) || e >= r->len || !is_digit(r->t[e])
        || !(u = ingest_zh_unitless(r)))
        return r->rc;
    g = &r->made[r->made_n & 1];
    memset(g, 0, sizeof *g);
    if (ingest_amount_parse(r->lx, r->t + e, r->len - e, &g->a) != GC_OK || g->a.unit[0])
        return r->rc;
    x = e + g->a.length;
    if (u->vn && u->vn < sizeof g->a.unit && r->len - x >= u->vn
        && memcmp(r->t + x, u->value, u->vn) == 0) {
        memcpy(g->a.unit, u->value, u->vn);     /* 81.5岁 */
        memcpy(g->a.norm_unit, u->value, u->vn);
        g->a.unit[u->vn] = g->a.norm_unit[u->vn] = '\0';
        g->a.length += u->vn;
        x += u->vn;
    } else if (u->vn) {
        return r->rc;
    }
    if (x < r->len && (is_digit(r->t[x]) || is_ascii_alpha(r->t[x])))
        return r->rc;
    r->made_n++;
    g->type = T_FIG;
    g->pos = e;
    g->end = e + g->a.length;
    r->unitless = true;
    read_figure_tok(r, g, NULL, 0);
    r->unitless = false;
    return r->rc;
}

static int read_tokens(reader *r, const toks *ts)
{
    for (size_t i = 0; i < ts->n && r->rc == GC_OK; i++) {
        const tok *k = &ts->v[i];
        const tok *prev = i > 0 ? &ts->v[i - 1] : NULL;
        zh_ratio q;
        size_t used;
        double high;
        const tok *pts;

        if (ingest_zh_lost_break(r, ts, i))     /* 9%一般公共预算收入完成: a lost comma */
            clause_reset(r, prev->end, prev->end, false);
        switch (k->type) {
        case T_BREAK:
            clause_reset(r, k->pos, k->end, k->list_break || k->pos < r->run_end);
            break;
        case T_YEAR:
        case T_RANGE:
            ingest_zh_on_year(r, k, prev);
            if (prev && prev->type == T_KW && r->role == prev->kw)
                r->rc = unitless_after(r, ts, i, prev->kw->code);
            break;
        case T_PART:
            r->part_lead = r->part_lead || (k->pos == r->clause_start && !r->clause_has_kw
                                            && !r->clause_has_fig);
            ingest_zh_on_part(r, k);
            break;
        case T_KW:
            if (ingest_zh_range_keyword(r, ts, i))
                break;          /* 20到60万元: the range's separator */
            if ((used = ingest_zh_idiom(r, ts, i, &r->made[r->made_n & 1])) > 0) {
                /* 两位数增长: the idiom is the figure, the keyword its role */
                const tok *g = &r->made[r->made_n++ & 1];
                clause_head(r, g->pos, g->end);
                read_keyword(r, ts, i);
                r->avg = r->avg || used == 2;
                read_figure_tok(r, g, NULL, 0);
                break;
            }
            read_keyword(r, ts, i);
            if (r->rc == GC_OK && r->role == k->kw)
                r->rc = unitless_after(r, ts, i, k->kw->code);
            break;
        case T_FIG:
            if ((used = ingest_zh_range(r, ts, i, &r->made[r->made_n & 1], &high)) > 0) {
                /* 增长8%—10%: one figure, low and high */
                k = &r->made[r->made_n++ & 1];
                r->ranged = k;
                r->range_high = high;
                i += used - 1;
            }
            if (!k->a.unit[0]) {
                /* the first term of a:b:c, else nothing */
                if (ingest_zh_find_ratio(r, ts, i, &q)) {
                    r->rc = ratio_claims(r, &q);
                    i += q.tokens - 1;
                    r->last_fig = &ts->v[i];
                }
                break;
            }
            if (ingest_zh_plan_ratio(r, k)) {
                r->clause_has_fig = true;   /* 占年度计划的24.1%: not a claim */
                r->role = NULL;
                r->ranged = NULL;
                break;
            }
            if (k == &ts->v[i] && (pts = ingest_zh_points_later(r, ts, i))) {
                /* 低3.2个、25.9个、6.7个百分点: each figure is in points */
                tok *m = &r->made[r->made_n++ & 1];
                *m = *k;
                memcpy(m->a.unit, pts->a.unit, sizeof m->a.unit);
                memcpy(m->a.norm_unit, pts->a.norm_unit, sizeof m->a.norm_unit);
                m->a.norm_value = m->a.value;
                k = m;
            }
            read_figure_tok(r, k, k == &ts->v[i] ? ts : NULL, i);
            break;
        }
    }
    return r->rc;
}

int ingest_zh_read(reader *r, const toks *ts)
{
    int rc;

    if (r->s->para_start)
        r->ctx->carry[0] = r->ctx->carry_stop[0] = '\0';
    ingest_zh_same_below(r, ts);
    rc = read_tokens(r, ts);
    ingest_zh_carry_out(r);
    return rc;
}

void ingest_zh_done(reader *r)
{
    ingest_zh_free_list(r);
    ingest_claim_clear(&r->pend);
}

