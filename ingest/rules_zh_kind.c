/* rules_zh_kind.c -- what kind of claim a figure makes, once the rules
 * (rules_zh.c) have found its role (the keyword before it) and its subject:
 * a share of a whole, an average or a one-year rate, a multiple, a change
 * over a year or a period, the base of a from-to pair, or a level (in a
 * year, or summed over a plan's years after 累计), and when a figure after
 * an action verb is a tally rather than a level.  Each handler fills the
 * claim's kind and time and hands it to ingest_zh_emit(), which gives it
 * its unit as written and its source. */
#include "grammar.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define period_of ingest_zh_period
#define point_of ingest_zh_point
#define emit ingest_zh_emit
#define fill_value ingest_zh_fill_value
#define set_subject ingest_zh_set_subject
#define head_is_action ingest_zh_head_is_action

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

/* Finds f's unit (matching text) as characters written in order within the
 * figure, the last one last, and copies their display form into out (room
 * for the unit's bytes); false when they are not all there. */
static bool unit_pieces(const reader *r, const tok *f, char *out)
{
    size_t u = strlen(f->a.unit), i = f->end;

    out[u] = '\0';
    while (u > 0) {
        size_t k = u - 1;
        while (k > 0 && ((unsigned char)f->a.unit[k] & 0xC0) == 0x80)
            k--;
        while (i >= f->pos + (u - k) && memcmp(r->t + i - (u - k), f->a.unit + k, u - k) != 0)
            i--;
        if (i < f->pos + (u - k))
            return false;
        i -= u - k;
        memcpy(out + k, r->s->text + i, u - k);
        u = k;
    }
    return true;
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
        /* the unit is not written in one piece at the end (10万余辆, 九百六十一億
         * 二千萬元: its characters in order, from the end back); or not at all
         * (三分之一 is a %) */
        if (!unit_pieces(r, f, out))
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
int ingest_zh_emit(reader *r, const ingest_claim *c0, const tok *f)
{
    ingest_claim c = *c0;
    char unit[64];
    int rc = GC_OK;

    ingest_zh_whole_year(r, &c);    /* 上半年…夏粮总产量: the year's */
    ingest_zh_base_rate_time(r, &c, f->pos);   /* 比上年全年增长5.2%回落…: the base's */
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
    /* …同比增长3.5%: a change in points after it may be the rate's */
    r->grown[0] = '\0';
    if ((c.kind == INGEST_GROWTH_YOY || c.kind == INGEST_CHANGE_PCT) && strlen(c.indicator) < sizeof r->grown) {
        memcpy(r->grown, c.indicator, strlen(c.indicator) + 1);
        r->grown_role = r->role;
        r->grown_kind = c.kind;
    }
    return rc;
}

void ingest_zh_fill_value(const reader *r, ingest_claim *c, const tok *f, double sign)
{
    c->ranged = f == r->ranged;
    c->value_high = c->ranged ? sign * r->range_high : 0;
    c->value = sign * (f->neg ? -f->a.value : f->a.value);
    c->norm_value = sign * (f->neg ? -f->a.norm_value : f->a.norm_value);
    c->resolution = f->a.resolution;
    c->norm_unit = (char *)(uintptr_t)f->a.norm_unit;
}

/* Makes the cleaned head in r->scratch, already found good_subject(), the
 * subject (after the figure-less list items pending before it). */
void ingest_zh_set_subject(reader *r)
{
    ingest_zh_pending_read(r);
    buf_reset(&r->subject);
    if (r->pending.len > 0) {
        buf_append(&r->subject, r->pending.data, r->pending.len);
        buf_puts(&r->subject, joiner(r));
    }
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
}

bool ingest_zh_head_is_action(reader *r, size_t a, size_t b)
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


/* The part a 由 phrase named for its base figure (由1-4月的5.1%): that
 * figure's, in the year in force when the phrase names none. */
static void from_part(reader *r, ingest_claim *c)
{
    if (r->from_part_from == 0)
        return;
    if (!c->year && !c->period_to)
        point_of(r, c, 0, false);
    c->month_from = r->from_part_from;
    c->month_to = r->from_part_to;
    r->from_part_from = r->from_part_to = 0;
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
        from_part(r, c);
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
           || ingest_zh_over_span(r) || ingest_zh_span_in_clause(r)
           || (allow_paragraph && !r->to_year && ingest_zh_plan_goal(r));
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
        } else if (r->on_period) {
            c->kind = INGEST_CHANGE_PCT;    /* 环比增长0.6%: the month's, on the one before */
            point_of(r, c, 0, false);
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

/* 增幅由A%上升至B%, 跌幅由A%扩大至B%: after a growth or fall rate word both
 * percentages are that rate (a fall's rate word makes them falls), each of
 * its own period.  Not an amount (增速最快的产业产值由500亿元增至620亿元),
 * an increment (增量) or an average rate (年均增速由9.8%回落至7.1%). */
static bool rate_from(const reader *r, const tok *f)
{
    return r->clause_rate && !r->share && !r->share_word && !strcmp(f->a.norm_unit, "%")
        && (r->clause_rate->code == K_GROW || r->clause_rate->code == K_FALL);
}

static void rate_figure(reader *r, ingest_claim *c, const tok *f)
{
    c->kind = INGEST_GROWTH_YOY;
    fill_value(r, c, f, r->clause_rate->code == K_FALL ? -1 : 1);
}

/* Is 由A revised to B (A，向上修订为, A修正为)?  A then was an estimate: a
 * revision's verb within a few characters after figure f. */
static bool revised_after(const reader *r, const tok *f)
{
    size_t end = f->end + 4 * CJK_BYTES < r->len ? f->end + 4 * CJK_BYTES : r->len;

    for (size_t q = f->end; q < end; q++)
        if (ingest_lex_at(r->lx, LEX_REVISE_WORD, r->t + q, r->len - q, NULL))
            return true;
    return false;
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
    from_part(r, c);
    if (rate_from(r, f)) {
        r->from_rate = true;
        rate_figure(r, c, f);
    }
    if (revised_after(r, f))
        return GC_OK;               /* the estimate before, not the rate */
    return emit(r, c, f);
}

/* Does figure f count things (14个, 6所)? */
static bool is_change_role(const lex_entry *role);

static bool is_counter(const reader *r, const tok *f)
{
    const lex_entry *u;
    size_t n = strlen(f->a.norm_unit);

    return n && ingest_lex_at(r->lx, LEX_UNIT, f->a.norm_unit, n, &u) == n
        && (u->flags & LEXF_COUNTER);
}

/* Does a comparison or a change start right after figure f (总产值136745亿元
 * 同比增长0.2%, 粮食产量21万吨比上年增产3%)?  Then the figure ends its
 * clause's level with its comma lost, and is no count of a noun. */
static bool compare_next(const reader *r, const tok *f)
{
    const lex_entry *k;

    if (f->end >= r->len || !ingest_lex_at(r->lx, LEX_KEYWORD, r->t + f->end, r->len - f->end, &k))
        return false;
    return k->code == K_PREV_YEAR || k->code == K_BASE || k->code == K_REAL || k->code == K_NOMINAL
        || is_change_role(k);
}

/* 其中，县属企业完成1.1万吨, 國有企業實現12億元: a level verb closing the
 * subject (r->scratch, cleaned from [a, b)) is no part of its name; the
 * folded text finds the verb, each form of it as long as the other. */
static void trim_level_verb(reader *r, size_t a, size_t b)
{
    size_t w;

    ingest_clean_text(r->m, r->s->match, a, b, &r->raw, false);
    w = r->raw.data ? ingest_lex_ends(r->lx, LEX_LEVEL_VERB, r->raw.data, r->raw.len) : 0;
    if (w > 0 && w <= 3 * CJK_BYTES && w < r->raw.len && w < r->scratch.len)
        r->scratch.data[r->scratch.len -= w] = '\0';   /* a verb, not a whole head (城镇新增就业) */
}

/* Does t[a..b) hold a 比 (比全省平均水平(17.3%)和全国(11.4%)分别高): a
 * bracketed figure is then a base's own, compared with, no level to claim. */
static bool base_in(const reader *r, size_t a, size_t b)
{
    return ingest_zh_keyword_in(r, a, b, K_BASE) < b;
}

/* Does figure f open a bracket: (1.7%), （1,176,456人次）? */
static bool bracket_opens(const reader *r, const tok *f)
{
    static const char open_w[] = "（";
    size_t w = sizeof open_w - 1;

    return (f->pos >= 1 && r->t[f->pos - 1] == '(')
           || (f->pos >= w && !memcmp(r->t + f->pos - w, open_w, w));
}

/* Where the name of a level in brackets starts when the clause's figure
 * before it closed a bracket since a (留宿旅客(1,176,456人次)及不过夜旅客
 * (1,097,594人次), 失业率(1.7%)及就业不足率(1.2%)): after that bracket, a
 * list's next item; else a. */
static size_t bracket_item_start(const reader *r, const tok *f, size_t a)
{
    static const char close_w[] = "）";
    const tok *l = r->last_fig;
    const char *t = r->t;
    size_t w = sizeof close_w - 1;

    if (!bracket_opens(r, f) || !l || l->end < a || l->end >= f->pos)
        return a;
    if (t[l->end] == ')')
        return l->end + 1;
    return l->end + w <= f->pos && !memcmp(t + l->end, close_w, w) ? l->end + w : a;
}

/* A figure with no keyword: the plain level of a measure named just before
 * it (森林覆盖率35.78%), or a tally kept pending in case a share of it
 * follows; nothing when no measure is named. */
static int plain_level(reader *r, ingest_claim *c, const tok *f, bool is_pct)
{
    /* the subject starts after the words before it (五年来, “十三五”期间) */
    size_t a = bracket_item_start(r, f, r->head_start > r->clause_start && r->head_start <= f->pos
                                            ? r->head_start : r->clause_start);
    size_t b = f->pos;
    bool counter_then_noun;

    if (bracket_opens(r, f) && base_in(r, r->clause_start, b))
        return GC_OK;   /* 比全省平均水平(17.3%)和全国(11.4%)分别高: the bases' own rates */
    counter_then_noun = !is_pct && f->end < r->len
                             && (unsigned char)r->t[f->end] >= 0xE4
                             && (unsigned char)r->t[f->end] <= 0xE9
                             && !ingest_lex_at(r->lx, LEX_FIGURE_NEXT_OK, r->t + f->end,
                                               r->len - f->end, NULL)
                             && !ingest_zh_name_after(r, f->end)
                             && !compare_next(r, f);

    clean_subject(r, a, b, &r->scratch);
    (void)ingest_zh_per_period_head(r, a, b);   /* …，日均约7.4亿元 */
    if (!counter_then_noun && f->a.unit[0] && ingest_zh_year_part(r, &r->scratch))
        return emit(r, c, f);       /* …，其中2005年完成59.15亿元: that year's level */
    if (r->nlist > 0 && r->in_list && r->list_level && f->a.unit[0] && !r->scratch.len)
        return emit(r, c, f);       /* 分别出栏6.4万头、1342头: the list's next level */
    if (!ingest_good_subject(r->m, &r->scratch) || counter_then_noun
        || (!f->a.unit[0] && !r->unitless))
        return GC_OK;
    if (r->nlist == 0) {
        trim_level_verb(r, a, b);
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
        r->list_level = r->nlist > 0;
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

    if (r->from_rate && role && role->code == K_TO && !strcmp(f->a.norm_unit, "%")) {
        rate_figure(r, c, f);       /* 增幅由A上升至B: B, the rate now */
        point_of(r, c, 0, false);
        return emit(r, c, f);
    }

    /* 五年累计实施重点项目1344个，竣工1142个: counts of projects stay tallies */
    if (a < f->pos && is_counter(r, f)) {
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

/* X占Y的比重上升3.82个百分点, A、B占Y的比重分别回落a和b个百分点: a change of
 * X's share in points, named X比重 (the item, or the subject up to 占, and
 * the share word).  False when f is no points figure or the words are not
 * there. */
static bool share_change_name(reader *r, ingest_claim *c, const tok *f)
{
    const lex_entry *k;
    size_t share = SIZE_MAX, word = SIZE_MAX, wn = 0, w;
    const char *head;

    if (strcmp(f->a.norm_unit, r->m->points_unit) != 0)
        return false;
    for (size_t i = 0; i < f->pos; i += char_len((unsigned char)r->t[i]))
        if ((w = ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, f->pos - i, &k)) > 0) {
            if (k->code == K_SHARE)
                share = i;
            else if (k->code == K_SHARE_WORD && share != SIZE_MAX)
                word = i, wn = w;
        }
    if (share == SIZE_MAX || word == SIZE_MAX || word < share)
        return false;
    if (r->nlist > 0) {
        head = c->indicator;
    } else {
        if (share <= r->head_start)
            return false;
        clean_subject(r, r->head_start, share, &r->scratch);
        if (!ingest_good_subject(r->m, &r->scratch))
            return false;
        head = r->scratch.data;
    }
    if (!head || (size_t)snprintf(r->named, sizeof r->named, "%s%.*s", head, (int)wn,
                                  r->s->text + word) >= sizeof r->named)
        return false;
    c->indicator = r->named;
    return true;
}

/* 居民消费价格指数控制在3.5%以内, 社会商品零售物价指数为0.8%: a percentage of a
 * price index or level after a level verb (or none) is its rise, a growth rate;
 * so is one of a growth rate written as the name's end (经济增长率为8.8%);
 * the index itself is written with no unit (102.7).  The subject is display
 * text, folded to find the lexicon's word. */
static bool price_rise(const reader *r, const ingest_claim *c, const lex_entry *role, bool is_pct)
{
    const lex_list *l = &r->lx->cls[LEX_RISE_MEASURE];
    const lex_entry *w;
    char f[256];
    size_t n = c->indicator ? strlen(c->indicator) : 0, from = 0, longest = 0;

    if (!is_pct || !n || (role && role->code != K_TO && role->code != K_IS
                          && role->code != K_TARGET && role->code != K_ESTIMATE))
        return false;
    /* only the name's end can hold the word: fold that much, from the
     * start of a character */
    for (size_t k = 0; k < l->n; k++)
        longest = l->v[k].n > longest ? l->v[k].n : longest;
    if (n > longest)
        from = n - longest;
    while (from > 0 && ((unsigned char)c->indicator[from] & 0xC0) == 0x80)
        from--;
    if (!ingest_zh_fold_copy(r->m, c->indicator + from, n - from, f, sizeof f))
        return false;
    w = ingest_lex_ending(r->lx, LEX_RISE_MEASURE, f, n - from);
    return w && strcmp(w->value, "level") != 0;   /* 人口自然增长率: a rate of its own */
}

static bool is_change_role(const lex_entry *role)
{
    return role && (role->code == K_GROW || role->code == K_FALL || role->code == K_REAL_HERE ||
                    role->code == K_NOMINAL_HERE || role->code == K_NET_UP ||
                    role->code == K_NET_DOWN);
}

/* Turns figure f into a claim by its role and unit.  A share word with a
 * figure that is not a percentage gives a level that keeps its whole. */
/* Does the clause open with a comparison (较, 比, 高于, 低于)? */
static bool compare_opens(const reader *r)
{
    const char *t = r->t;
    size_t a = r->clause_start, n = r->len - a;
    const lex_entry *k;

    while (a < r->len && t[a] == ' ')
        a++, n--;
    return (ingest_lex_at(r->lx, LEX_KEYWORD, t + a, n, &k) && k->code == K_BASE)
           || ingest_lex_at(r->lx, LEX_GAP_VERB, t + a, n, NULL);
}

/* The part of a year written between the clause's start and p (较第一季的):
 * the compared figure's, which the time rules leave to the sentence's part
 * after 较 (较上半年 there compares, it reports nothing).  False when the
 * span names no time at all (no part, 年 or 月): 比全省(7.4%)和全国(6.3%)
 * compares places, and the figures are not the indicator's own. */
static bool compared_time(const reader *r, ingest_claim *c, size_t p)
{
    const lex_entry *e;
    size_t w;
    bool time = false;

    for (size_t i = r->clause_start; i < p; i += char_len((unsigned char)r->t[i])) {
        if ((w = ingest_lex_at(r->lx, LEX_YEAR_PART, r->t + i, p - i, &e)) > 0 && e->num >= 100) {
            int v = (int)e->num;
            c->month_from = v / 100;
            c->month_to = v % 100;
            i += w - 1;
            time = true;
        } else if (ingest_lex_at(r->lx, LEX_YEAR_MARK, r->t + i, p - i, NULL)
                   || ingest_lex_at(r->lx, LEX_MONTH_MARK, r->t + i, p - i, NULL)) {
            time = true;
        }
    }
    return time;
}

/* 较1月预测的2.95%: a forecast word between the clause's start and p; the
 * figure compared with is that forecast, no value of the period (RULES:
 * forecast revisions). */
static bool forecast_compared(const reader *r, size_t p)
{
    const lex_entry *e;

    for (size_t i = r->clause_start; i < p; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, p - i, &e) && e->code == K_ESTIMATE)
            return true;
    return false;
}

/* 私人消费支出上升8.9%，较第一季的9.0%略低; 高於客歲第4季的27.4%; 较2014年(6.05%)
 * 回落: after a growth rate, a clause opening with a comparison writes the
 * rate of the period compared with, right after its 的 or in brackets: a
 * claim of the same indicator and kind, of that period (not a level of the
 * words before it).  A figure with 的 after it (高于年初制定的7.5%的预期目标)
 * names something else. */
static int compared_rate(reader *r, ingest_claim *c, const tok *f, int year, bool *done)
{
    static const char de[] = "的", open_w[] = "（";
    const char *t = r->t;
    size_t p = f->pos, w = sizeof de - 1;
    char ind[sizeof r->grown];
    ingest_claim cc;

    *done = false;
    if (strcmp(f->a.norm_unit, "%") || !r->grown[0] || r->grown_kind != INGEST_GROWTH_YOY
        || r->share || r->share_word || r->nlist > 0 || p < r->clause_start + w)
        return GC_OK;
    if (!(t[p - 1] == '(' || !memcmp(t + p - w, de, w) || !memcmp(t + p - w, open_w, w)))
        return GC_OK;
    if ((r->len - f->end >= w && !memcmp(t + f->end, de, w)) || !compare_opens(r)
        || forecast_compared(r, p))
        return GC_OK;
    cc = *c;
    /* 较2014年(6.05%): the base year written; 低于上年同期的5.1%: the year before */
    point_of(r, &cc, year ? year : r->base_year, false);
    if (!year && !r->base_year && cc.year && r->prev_year_end > r->clause_start
        && r->prev_year_end <= p)
        cc.year--;
    /* a compared period of no known year (an undated page's 较第一季) is
     * placed nowhere: left out rather than a claim of no year */
    if (!compared_time(r, &cc, p) || !cc.year)
        return GC_OK;
    memcpy(ind, r->grown, sizeof ind);
    cc.kind = INGEST_GROWTH_YOY;
    cc.indicator = ind;
    *done = true;
    return emit(r, &cc, f);
}

/* Does figure f's clause open with a year-ago word (去年同季则增长1.5%, 而去年
 *同月为下降2.0%: a lead word at most before it), the keyword last read before f?
 * Then f is the same period's a year back, no figure of the subject now. */
static bool year_ago_clause(const reader *r, const tok *f)
{
    size_t s = r->clause_start, n;

    if (r->prev_year_end <= s || r->prev_year_end > f->pos)
        return false;
    /* (去年 is a lead word itself: the word tried first) */
    if ((n = ingest_lex_at(r->lx, LEX_YEAR_AGO_OPEN, r->t + s, r->prev_year_end - s, NULL)) == 0) {
        s += ingest_lex_at(r->lx, LEX_LEAD_WORD, r->t + s, r->prev_year_end - s, NULL);
        n = ingest_lex_at(r->lx, LEX_YEAR_AGO_OPEN, r->t + s, r->prev_year_end - s, NULL);
    }
    return n > 0 && s + n == r->prev_year_end;
}

int ingest_zh_figure_claim(reader *r, ingest_claim *c, const tok *f, const lex_entry *role,
                           int year, bool year_after_from)
{
    bool is_pct = !strcmp(f->a.norm_unit, "%"), done;   /* the unit amount.c gives a percentage */
    int rc;
    if (year_ago_clause(r, f))
        return GC_OK;                   /* …，去年同季则增长1.5%: last year's */
    if (ingest_zh_budget_time(r, c))       /* 比上年同期X增收, 完成年初预算X的Y% */
        return emit(r, c, f);
    if ((rc = compared_rate(r, c, f, year, &done)) != GC_OK || done)
        return rc;
    if (role && role->code == K_ESTIMATE && revised_after(r, f))
        return GC_OK;   /* 從去年11月預測3.54%，一舉上修為7.71%: the forecast before */

    if (r->share && r->share_word && is_change_role(role) && share_change_name(r, c, f))
        return change_claim(r, c, f, role, false, true);   /* 第一产业占Y的比重上升… */
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
    if (price_rise(r, c, role, is_pct))
        return change_claim(r, c, f, ingest_zh_role_entry(r, K_GROW), true, false);
    if (!strcmp(f->a.norm_unit, r->m->times_unit))
        return multiple_claim(r, c, f, role, year);
    if (is_change_role(role))
        return change_claim(r, c, f, role, is_pct, !strcmp(f->a.norm_unit, r->m->points_unit));
    if (role && role->code == K_FROM)
        return from_claim(r, c, f, year);
    return level_claim(r, c, f, role, year, is_pct);
}

