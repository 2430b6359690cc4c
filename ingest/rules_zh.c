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
#include <stdlib.h>
#include <string.h>

/* A growth verb with more than this many bytes between it and its figure
 * has an object (增加中小学学位1万个): three characters or more. */
#define OBJECT_MIN (3 * CJK_BYTES)

static void clean_subject(reader *r, size_t a, size_t b, buf *out)
{
    ingest_clean_both(r->m, r->s->text, r->s->match, a, b, out, true);
}

/* ---- years and periods: time_zh.c ---- */

#define period_of ingest_zh_period
#define point_of ingest_zh_point
#define emit ingest_zh_emit
#define fill_value ingest_zh_fill_value
#define set_subject ingest_zh_set_subject
#define head_is_action ingest_zh_head_is_action
#define figure_claim ingest_zh_figure_claim

/* Does qualifier word w end the segment's text right before the figure at
 * p (at_fig) or before its verb (at_verb)? */
static bool qualifier_before(const reader *r, const lex_entry *w, size_t seg_start, bool at_fig,
                             bool at_verb, size_t p)
{
    size_t k = w->n;

    return (at_fig && p >= seg_start + k && ends_w(r->t + p - k, k, w))
           || (at_verb && r->verb_pos >= seg_start + k && ends_w(r->t + r->verb_pos - k, k, w));
}

static ingest_qualifier qualifier_of(const reader *r, const tok *f, size_t seg_start)
{
    const char *t = r->t;
    size_t e = f->end, p = f->pos, n = r->len;
    const lex_list *pre = &r->lx->cls[LEX_QUALIFIER_BEFORE];
    const lex_entry *q;
    bool at_fig, at_verb;

    if (ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, t + e, n - e, &q))
        return (ingest_qualifier)q->code;
    for (size_t i = f->pos; i < f->end; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(r->lx, LEX_QUALIFIER_INSIDE, t + i, f->end - i, &q))
            return (ingest_qualifier)q->code;
    /* right before the figure (超过8000亿元) or before its verb (约占); most
     * figures have neither ending in a byte such a word ends with, and the
     * words are looked for only where one may end */
    at_fig = p > seg_start && (pre->end_filter >> ((unsigned char)t[p - 1] & 63u) & 1);
    at_verb = r->verb_pos > seg_start && r->verb_pos <= p
              && (pre->end_filter >> ((unsigned char)t[r->verb_pos - 1] & 63u) & 1);
    if (!at_fig && !at_verb)
        return INGEST_EXACT;
    if (pre->chain && pre->echain) {
        /* the rows ending in either byte, in file order: the two chains by
         * last byte merged, the earlier row of the two first */
        unsigned a = at_fig ? pre->echain[(unsigned char)t[p - 1] & 63u] : 0;
        unsigned b = at_verb ? pre->echain[(unsigned char)t[r->verb_pos - 1] & 63u] : 0;
        while (a || b) {
            unsigned w = a && (!b || a < b) ? a : b;
            if (qualifier_before(r, &pre->v[w - 1], seg_start, at_fig, at_verb, p))
                return (ingest_qualifier)pre->v[w - 1].code;
            a = a == w ? pre->echain[64 + a - 1] : a;
            b = b == w ? pre->echain[64 + b - 1] : b;
        }
        return INGEST_EXACT;
    }
    for (size_t w = 0; w < pre->n; w++)
        if (qualifier_before(r, &pre->v[w], seg_start, at_fig, at_verb, p))
            return (ingest_qualifier)pre->v[w].code;
    return INGEST_EXACT;
}

/* The subject for the figure: the i-th of a 分别 list, or the current one. */
static const char *subject_for(reader *r)
{
    if (r->nlist > 0 && (r->next_in_list < r->nlist || !r->in_list))
        return r->list[r->next_in_list++ % r->nlist];   /* 分别由A和B提高到C和D: again */
    return r->subject.len ? r->subject.data : ingest_zh_carried(r);
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
     * in a 分别 list (of names, or of parts: 上半年和下半年…分别为9%和5%) or
     * after a milestone (迈上500亿、600亿台阶) */
    if (!role && r->last_fig && (r->nlist > 0 || r->place_list || r->plist_on
                                 || (r->in_list && r->last_role
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

/* The qualifier a milestone verb gives (迈上 above, 逼近 below), for the
 * later figures of its 、-list. */
static ingest_qualifier milestone_qualifier(const reader *r, const lex_entry *role)
{
    const lex_entry *q;

    if (ingest_lex_at(r->lx, LEX_QUALIFIER_BEFORE, role->s, role->n, &q) == role->n)
        return (ingest_qualifier)q->code;
    return INGEST_EXACT;
}

/* ---- comparisons with an earlier forecast ---- */

/* Does the base of a comparison (较, 比) end at pos with a forecast's or an
 * estimate's noun (较5月预测数, 比起5月预测的, 较1月概估的)?  Then the figure
 * compared with is that forecast and the gap from it the revision's size:
 * neither is a claim (RULES: forecast revisions). */
static bool forecast_base_at(const reader *r, size_t pos)
{
    size_t a = r->clause_start;

    if (!r->role || r->role->code != K_BASE || pos <= a)
        return false;
    pos -= ingest_lex_ends(r->lx, LEX_OF_MARK, r->t + a, pos - a);
    return pos > a && ingest_lex_ends(r->lx, LEX_FORECAST_BASE, r->t + a, pos - a) > 0;
}

/* Does the clause at start open with a change verb, after at most two
 * characters of adverb (减少0.37个百分点, 微幅提高0.01个百分点)?  After a
 * clause that named a forecast and its figure, that is the gap from it.
 * The first keyword decides, so a clause with a comparison or a measure of
 * its own (较上年增加: not 年增; 年增率为2.1%; CPI年增率) is none. */
static bool change_opens(const reader *r, size_t start)
{
    const lex_entry *e;
    size_t q = start;

    for (int k = 0; k < 3 && q < r->len && (unsigned char)r->t[q] >= 0x80; k++) {
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + q, r->len - q, &e))
            return (e->code == K_GROW || e->code == K_FALL || e->code == K_TO)
                   && !(e->flags & LEXF_RATE);
        q += char_len((unsigned char)r->t[q]);
    }
    return false;
}

/* counted: ingest_zh_counted_noun(r, f), which the caller asked already. */
static int on_figure(reader *r, const tok *f, bool counted)
{
    const lex_entry *role = r->role;
    int year = r->fig_year;
    bool year_after_from = r->fig_year_from, rate_gap = false;
    int rc = GC_OK, plan;

    r->fig_year = 0;
    r->fig_year_from = false;
    if (forecast_base_at(r, f->pos))
        r->skip = r->forecast_open = true;  /* 较106年8月预测数1.89%: the forecast */
    else if (r->forecast_open)
        r->forecast_open = false;   /* 较上次预测上修0.04个百分点: the gap, given */
    plan = f->bad || !r->goal_seen ? PLAN_NONE : ingest_zh_plan_gap(r, f);
    r->plan_value_end = plan == PLAN_VALUE ? f->end : plan == PLAN_GAP ? r->plan_value_end : 0;
    if (plan == PLAN_VALUE)     /* 比计划目标3000亿元: the goal's level */
        role = r->role = ingest_zh_role_entry(r, K_TARGET);
    if (!f->bad && !r->skip && !(f->bare_scale && !(role && role->code == K_TO))
        && plan != PLAN_GAP
        && !ingest_zh_threshold(r, f) && !ingest_zh_gap(r, f) && !counted) {
        ingest_claim c;
        bool down;
        if (!(role = figure_role(r, f)))
            role = ingest_zh_postposed(r, f);     /* 保持13%以上的增幅 */
        if (!role)
            role = ingest_zh_bare_net(r, f);      /* …，新增2047户 */
        if (!role || is_growth_role(role->code))
            role = ingest_zh_bracketed_rate(r, f, role);  /* 服装(10.9%)、燃料(3.4%) */
        if ((!role || role->code == K_BASE || role->code == K_PREV_YEAR || (role->flags & LEXF_RATE))
            && ingest_zh_time_gap(r, f, &down)) {
            role = ingest_zh_role_entry(r, down ? K_FALL : K_GROW);  /* 比上年低1.1个百分点 */
            rate_gap = true;
        }
        if (!role && r->place_list && r->in_list && r->own_subject && r->last_fig)
            role = ingest_zh_role_entry(r, K_TO);  /* 分别实现X a亿元、b亿元 */
        ingest_zh_share_after(r, f);              /* 90%以上的行政村, 占全市12%的土地 */
        base_claim(r, &c);
        c.target = c.target || plan == PLAN_VALUE;
        c.indicator = (char *)(uintptr_t)subject_for(r);
        rate_gap = rate_gap || (role && (role->code == K_GROW || role->code == K_FALL)
                                && !strcmp(f->a.norm_unit, r->m->points_unit));
        if (rate_gap)           /* 工业增速比上年同期慢0.7个百分点, 增幅回落: 工业增速 */
            c.indicator = (char *)(uintptr_t)ingest_zh_rate_after(
                r, f, ingest_zh_rate_named(r, f, c.indicator));
        c.qualifier = qualifier_of(r, f, segment_start(r));
        if (c.qualifier == INGEST_EXACT && role && role != r->role && (role->flags & LEXF_MILESTONE))
            c.qualifier = milestone_qualifier(r, role);
        fill_value(r, &c, f, 1);
        if (!(r->nlist > 0 && r->pull_list))   /* 贡献(拉动度)分别为1.8%: points */
            rc = figure_claim(r, &c, f, role, year, year_after_from);
    }
    r->last_fig = f;
    r->last_role = role;
    r->role = NULL;
    r->real_here = r->nominal_here = false;
    return rc;
}

/* ---- clauses ---- */

static void clause_reset(reader *r, size_t brk, size_t start, bool list_break, bool fig_next)
{
    bool bare = !list_break && !r->clause_has_fig, topic = bare && !r->clause_has_kw;
    bool item = !r->clause_has_fig && !r->clause_has_kw && list_break, sub;
    bool forecast_gap = r->forecast_open && change_opens(r, start);

    if (topic) {
        r->topic_a = r->clause_start;   /* 第二产业增势强劲，… */
        r->topic_b = brk;
        if (ingest_zh_rank_topic(r, r->clause_start, brk))
            set_subject(r);     /* 其次为服装，上升3% */
    }
    if (item) {
        /* a figure-less subject before 、: part of a list, cleaned when a
         * subject takes it in */
        if (r->pending_start == SIZE_MAX)
            r->pending_start = r->head_start;
        if (r->pending_n == PENDING_ITEMS)
            ingest_zh_pending_read(r);
        r->pending_a[r->pending_n] = r->head_start;
        r->pending_b[r->pending_n++] = brk;
    }
    ingest_zh_runs_clause_end(r, brk, list_break, topic && !r->clause_tok);
    r->clause_tok = r->clause_tok && list_break;
    if (!item && (!list_break || r->clause_has_fig)) {
        buf_reset(&r->pending);
        r->pending_n = 0;
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
    sub = ingest_lex_at(r->lx, LEX_SUBCLAUSE, r->t + start, r->len - start, NULL) > 0;
    if (sub)
        r->cumulative = false;
    /* 从环比看，…: a clause with no figure that says the changes are on the
     * period before frames the rest of the sentence; so does a change on it
     * that the clauses after 其中 break down (环比上涨0.4%，其中城市上涨0.4%) */
    r->period_frame = r->period_frame || (r->on_period && (!r->clause_has_fig || sub));
    if (r->on_period)
        r->period_said = true;
    else if (r->prev_year_base)
        r->period_said = false;     /* 环比上涨0.4%，同比上涨2.1%: on the year before */
    /* 矿产加工业和电子信息增幅最大，分别为22.5%和21.6%: the rate named in a
     * clause with no figure is what the next clause's 为 states */
    r->rate_open = bare ? r->clause_rate : NULL;
    r->clause_rate = NULL;
    r->clause_start = r->head_start = start;
    r->fig_year = 0;
    r->verb_pos = 0;
    r->clause_has_fig = r->clause_has_kw = r->from_rate = false;
    r->role = NULL;
    r->avg = r->have = r->base_open = r->grow_goal = r->part_lead = r->base_lead = false;
    r->skip = forecast_gap;     /* 较5月预测1.82%，减少0.37个百分点 */
    r->forecast_open = false;
    /* 价格比上月下降2.9%、1.8%: a bare figure right after 、 shares the base
     * (同比 among them resets it, time_zh.c); an item with its own words
     * (、一季度增长5.2%, 、1-3月累计上涨3.1%) names its own period and base */
    r->on_period = r->period_frame || (list_break && fig_next && r->on_period);
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
        || (r->clause_start != r->head_start    /* (else asked just now) */
            && (be = ingest_zh_basis_end(r, r->clause_start)) > r->head_start)) {
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
    (void)ingest_zh_pointer_subject(r);   /* 这指数: the index named before; else as written */
    (void)ingest_zh_per_period_head(r, r->head_start, pos);  /* 日均: a day's of the measure before */
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
        r->pending_n = 0;
        r->pending_start = SIZE_MAX;
        return;
    }
    r->head_start = skip_to;
}

/* Is the token after k a figure right after it, or after a qualifier
 * word only (为4050亿元, 为约5万人)?  为 then states a level: a preposition
 * (为企业减免) takes a noun, never a figure. */
static bool figure_next(const reader *r, const tok *k, const tok *next)
{
    const lex_entry *q;

    if (!next || next->type != T_FIG || next->pos < k->end)
        return false;
    return next->pos == k->end
           || ingest_lex_at(r->lx, LEX_QUALIFIER_BEFORE, r->t + k->end, next->pos - k->end, &q)
              == next->pos - k->end;
}

/* Does keyword k (超过, 达到: lexicon growth-reach) say how far the growth
 * verb right before it went, a percentage right after it (增长超过20%,
 * 增长达到12%)?  Then the figure is that growth's rate, not a level reached
 * (增长到1000亿元, 上升为3.45% are levels).  Not when the subject is itself a
 * rate (贡献率增长达到60%: the rate reached), nor when 的 follows the figure
 * (增长超过20%的企业: a class of firms, not a growth). */
static bool growth_reaches(const reader *r, const tok *k, const tok *prev, const tok *next)
{
    size_t kn = k->end - k->pos;

    return r->role && (r->role->code == K_GROW || r->role->code == K_FALL)
           && !(r->role->flags & LEXF_RATE) && prev && prev->type == T_KW
           && prev->kw == r->role && prev->end == k->pos
           && ingest_lex_at(r->lx, LEX_GROWTH_REACH, r->t + k->pos, kn, NULL) == kn
           && figure_next(r, k, next) && !strcmp(next->a.norm_unit, "%")
           && !ingest_lex_ends(r->lx, LEX_RATE_MEASURE, r->subject.data, r->subject.len)
           && !ingest_lex_at(r->lx, LEX_OF_MARK, r->t + next->end, r->len - next->end, NULL);
}

/* Is the estimate word k a noun of the growth right before it, with a
 * to-change verb right after (中国经济增长预期上调至5%: the forecast of
 * growth raised to 5%, a growth rate, not a level of 中国经济)? */
static bool growth_forecast_to(const reader *r, const tok *k, const tok *next)
{
    return r->role && r->role->code == K_GROW && !(r->role->flags & LEXF_RATE)
           && r->role_end == k->pos && next && next->type == T_KW && next->kw->code == K_TO
           && (next->kw->flags & LEXF_CHANGE) && next->pos == k->end;
}

/* 經濟成長概估為5.09%, 经济增长预计(为)6%: an estimate word right after a
 * growth verb, with the figure (or 为) right after it, estimates the growth's
 * rate; the verb is no noun of a level named 經濟 (anything else next,
 * 增长预计将放缓, leaves the estimate word its own role). */
static bool growth_estimated_at(const reader *r, const tok *k, const tok *next)
{
    return r->role && (r->role->code == K_GROW || r->role->code == K_FALL)
           && !(r->role->flags & LEXF_RATE) && r->role_end == k->pos && next
           && next->pos == k->end
           && (next->type == T_FIG || (next->type == T_KW && next->kw->code == K_TO
                                        && !(next->kw->flags & LEXF_CHANGE)));
}

/* Do only adverbs (tail-word: 再, 一举, 也) stand between the rate word's end
 * and at (经济增速再上调至5%)?  Then the verb at is the rate's own and its
 * figure the rate's; other words (增速较快的企业达到50家) make an object. */
static bool rate_gap(const reader *r, size_t at)
{
    const lex_list *tail = &r->lx->cls[LEX_TAIL_WORD];
    size_t i = r->role_end;

    while (i < at) {
        size_t n = 0;
        for (size_t w = 0; w < tail->n && !n; w++)
            if (tail->v[w].n <= at - i && starts_w(r->t + i, at - i, &tail->v[w]))
                n = tail->v[w].n;
        if (!n)
            return false;
        i += n;
    }
    return true;
}

/* Where a same-period word (同期, 同月) that ends at pos starts, else pos:
 * 比2022年同期分别增长 is a base year and its period. */
static size_t same_period_before(const reader *r, size_t pos)
{
    return pos >= 2 * CJK_BYTES && ingest_lex_at(r->lx, LEX_SAME_PERIOD, r->t + pos - 2 * CJK_BYTES,
                                                  2 * CJK_BYTES, NULL) == 2 * CJK_BYTES
               ? pos - 2 * CJK_BYTES : pos;
}

/* Where the base written right before the 分别 of ts->v[i] starts: 同比,
 * 按年, 按月, 环比, 比上月, 较2010年第4季, 比2022年同期 (a base word and the
 * times after it), else where 分别 does. */
static size_t base_before_fenbie(const reader *r, const toks *ts, size_t i)
{
    size_t j = i, at = same_period_before(r, ts->v[i].pos);
    const tok *p;

    while (j > 0 && ts->v[j - 1].end == at
           && (ts->v[j - 1].type == T_YEAR || ts->v[j - 1].type == T_PART
               || (ts->v[j - 1].type == T_KW && ts->v[j - 1].kw->code == K_PART)))
        at = ts->v[--j].pos;
    if (j == 0 || ts->v[j - 1].end != at || ts->v[j - 1].type != T_KW)
        return ts->v[i].pos;
    p = &ts->v[j - 1];
    if ((j < i && p->kw->code == K_BASE)
        || (j == i && (p->kw->code == K_PREV_YEAR || p->kw->code == K_QOQ)))
        return p->pos;
    return ts->v[i].pos;
}

static void on_fenbie(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    bool was = r->place_list;

    r->place_list = false;
    /* A、B和C同比分别增长…, 出口和进口比上年分别…, 甲类及乙类消费物价指数按月
     * 分别上升…: the base before 分别 ends the list; it is no part of the last
     * item's name */
    r->rc = ingest_zh_build_list(r, base_before_fenbie(r, ts, i));
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
    if (r->rc == GC_OK)
        r->rc = ingest_zh_part_list_fenbie(r, ts, i);  /* 第一季度、上半年…分别为a、b */
}

static void on_keyword(reader *r, const tok *k, const tok *prev, const tok *next)
{
    lex_role w = k->kw->code;

    if (ingest_zh_time_word(r, k, prev))
        return;
    if ((w == K_GROW || w == K_FALL || w == K_TO) && (r->forecast_open || forecast_base_at(r, k->pos))) {
        r->skip = true;         /* 较5月预测数减少1.52%: the revision's size */
        r->forecast_open = false;
    }
    switch (w) {
    case K_ESTIMATE:
        if (forecast_base_at(r, k->end)) {
            r->skip = r->forecast_open = true;  /* 比起5月预测的5.18%减少, 较上次预测上修 */
            return;
        }
        if (r->role && r->role->code == K_BASE && next && next->type == T_FIG)
            return;             /* 较5月预测1.82%: the forecast compared with, no claim */
        r->estimated = true;
        if (r->role && (r->role->flags & LEXF_RATE) && rate_gap(r, k->pos))
            r->role_end = k->end;   /* 经济增速预测上调至5%: the verb may come on */
        if (growth_forecast_to(r, k, next)) {
            r->role_end = k->end;   /* 经济增长预期上调至5%: the growth's forecast */
            return;
        }
        if (growth_estimated_at(r, k, next)) {
            r->role_end = k->end;   /* 經濟成長概估為5.09%: the growth's estimated rate */
            return;
        }
        if (r->role && ((r->role->flags & LEXF_RATE) || r->role->code == K_FROM))
            return;             /* 经济增速预计为6.5%: still the rate's figure; 从预测3.54%上修为: the pair's base */
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
        /* read by on_fenbie after this, from the caller: the base before
         * 分别 (较2010年第4季, 比2022年同期) spans tokens further back than
         * the prev this reads */
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
    case K_DOUBLE: case K_QUADRUPLE: case K_OCTUPLE:
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
    if (w == K_TO && r->role && (r->role->code == K_GROW || r->role->code == K_FALL)
        && r->estimated && prev
        && prev->type == T_KW && prev->kw->code == K_ESTIMATE && r->role_end == k->pos) {
        r->role_end = k->end;   /* 增长预期上调至5%: the growth's rate */
        return;
    }
    if (w == K_TO && r->role && (r->role->flags & LEXF_RATE)) {
        if (rate_gap(r, k->pos))
            r->role_end = k->end;   /* 增速再上调至5%: the figure is the rate's, no object */
        return;                 /* 增速为6.2%: a rate, not a level */
    }
    if (w == K_TO && growth_reaches(r, k, prev, next)) {
        r->role_end = k->end;   /* 同比增长超过20%: the growth's rate, 超过 its qualifier */
        return;
    }
    if (w == K_TO && !r->role && r->rate_open && !r->own_subject && !r->clause_has_fig) {
        r->role = r->rate_open; /* 增幅最大，分别为22.5%: the rate's figure */
        r->role_end = k->end;
        return;
    }
    if ((w == K_TO || w == K_IS) && r->role && r->grow_goal) {
        r->role_end = k->end;   /* 增长的目标为9%: the rate's figure follows */
        return;
    }
    if (w == K_TO && (k->kw->flags & LEXF_PREP) && ingest_zh_clause_opens(r, k->pos)
        && !figure_next(r, k, next))
        return;                 /* (累计)为企业减免: a preposition, not a level */
    r->role = k->kw;
}

/* 翻一番, 翻两番 and 翻三番 (2, 4, 8): a multiple with no figure (over span years: 两年翻一番). */
static int on_double(reader *r, const tok *k, int span)
{
    ingest_claim c;
    tok f = *k;

    base_claim(r, &c);
    r->shared = r->shared || ingest_zh_each_doubled(r, k);   /* A和B双倍增 */
    c.indicator = (char *)(uintptr_t)subject_for(r);
    c.kind = INGEST_MULTIPLE;
    c.value = c.norm_value = k->kw->code == K_DOUBLE ? 2 : k->kw->code == K_QUADRUPLE ? 4 : 8;
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

static bool is_time_word(lex_role w)
{
    return w == K_THIS_YEAR || w == K_TOTAL_YEAR || w == K_LAST_YEAR || w == K_NEXT_YEAR
        || w == K_PART;
}

/* 统计局预计全年地区生产总值增长6%, 主计总处将今年经济成长率下修至2.08%: after an
 * estimate word or 将 opening the clause's predicate, a measure named before
 * the next verb is the subject; the words before are who estimates or acts,
 * no measure.  Looks ahead over time words only: a figure, a break, a verb
 * right after, or no name there leaves the subject before (地区生产总值预计增长6%). */
static bool subject_follows(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    size_t j = i + 1;

    if (!(k->kw->code == K_ESTIMATE || (k->kw->code == K_TARGET && !(k->kw->flags
                                          & (LEXF_GOAL | LEXF_WORD_NEXT))))
        || r->clause_has_fig || r->clause_has_kw || k->pos <= r->head_start || k->in_remark)
        return false;
    while (j < ts->n && (ts->v[j].type == T_YEAR || ts->v[j].type == T_PART
                         || (ts->v[j].type == T_KW && is_time_word(ts->v[j].kw->code))))
        j++;
    if (j >= ts->n || ts->v[j].type != T_KW || is_prefix_word(ts->v[j].kw->code))
        return false;
    clean_subject(r, k->end, ts->v[j].pos, &r->scratch);
    return ingest_good_subject(r->m, &r->scratch);
}

static void read_keyword(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    lex_role w = k->kw->code;
    int span = 0;
    size_t head_end = k->pos - ingest_zh_span_before(r, k, &span);

    if (k->in_remark && w == K_ESTIMATE) {
        /* 生产总值(预计数)、财政总收入…: the remark flags the figures, the
         * subject before it goes on (a list item, not a clause's head) */
        r->estimated = true;
        return;
    }
    r->clause_kw = true;
    if (k->kw->flags & LEXF_RATE)
        r->clause_rate = k->kw;     /* 增速较快，为9.6%: 较 comes after */
    r->base_seen = r->base_seen || w == K_BASE;
    r->goal_seen = r->goal_seen || (w == K_TARGET && (k->kw->flags & LEXF_GOAL));
    if (w == K_PART && k->pos == r->clause_start && !r->clause_has_kw && !r->clause_has_fig)
        r->part_lead = true;        /* 一季度增长8.1%: the subject may be inherited */
    /* 。同比上升4.5%, 。较去年同期的197.44亿元上升: a sentence that opens with
       its base compares the measure the sentence before named, as far as
       nothing but the base's own words stand between it and the verb */
    if (r->base_lead)
        ingest_zh_lead_goes_on(r, k->pos, k->end, w == K_FENBIE);
    if ((w == K_BASE || w == K_PREV_YEAR || w == K_QOQ) && k->pos == r->clause_start
        && r->clause_start == 0 && !r->clause_has_kw && !r->clause_has_fig) {
        r->base_lead = true;
        r->base_lead_at = k->end;
    }
    if (r->cumulative && r->cumulative_at != r->clause_start && !r->in_list
        && (w == K_TO || w == K_IS || w == K_HAVE))
        r->cumulative = false;  /* 累计完成…，每年均保持在70亿元以上: not a sum */
    if (w == K_SHARE_WORD && !r->share)
        ingest_zh_whole_before(r, k);
    if (w == K_TO && ingest_zh_goal_year_lead(r, ts, i))
        return;                     /* (纲要提出)到2025年X达到…: a time, X the subject */
    if (is_prefix_word(w) && (ingest_zh_scope_head(r, k->pos) || subject_follows(r, ts, i)))
        r->head_start = k->end;     /* 全区预计实现地区生产总值: not 全区 */
    else if (w != K_THIS_YEAR && w != K_TOTAL_YEAR && w != K_LAST_YEAR && w != K_NEXT_YEAR
             && w != K_PART && w != K_NEAR && !(k->in_remark && w == K_SAME_BELOW))
        clause_head(r, head_end, k->end);   /* (预计,下同): no head */
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
    if (w == K_DOUBLE || w == K_QUADRUPLE || w == K_OCTUPLE)
        r->rc = on_double(r, k, span);
    else
        on_keyword(r, k, i > 0 ? &ts->v[i - 1] : NULL, i + 1 < ts->n ? &ts->v[i + 1] : NULL);
    if (w == K_FENBIE)
        on_fenbie(r, ts, i);
    if (w == K_FENBIE && r->rc == GC_OK)
        r->rc = ingest_zh_list_measure(r, ts, i);   /* 分别出栏a、b */
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

/* Is figure k the growth rate of the pending tally, its subject carried
 * (新建商品房销售额442亿元，下降5.5%: a measure with a rate is a level, not
 * a count of work done)? */
static bool rate_of_pending(const reader *r, const tok *k)
{
    const char *s = r->subject.len ? r->subject.data : ingest_zh_carried(r);

    return r->pending_level && r->role && (r->role->code == K_GROW || r->role->code == K_FALL)
        && !(r->role->flags & LEXF_OBJECT) && r->nlist == 0 && !strcmp(k->a.norm_unit, "%")
        && r->pend.indicator && s && !strcmp(s, r->pend.indicator);
}

/* A figure read by the rules: clause_head, pending tallies, the claim. */
/* ts and i: the token's place, to pair a run of figures (rules_zh_pair.c);
 * ts is NULL for a figure made of several tokens. */
static int read_figure_tok(reader *r, const tok *k, const toks *ts, size_t i)
{
    bool share_follows = r->share || r->share_word || rate_of_pending(r, k);
    bool counted = ingest_zh_counted_noun(r, k);   /* of the text alone: asked once */

    if (!r->clause_has_fig && !r->clause_has_kw && ingest_zh_threshold(r, k)) {
        r->named_bound = true;      /* 超20亿元的企业达15家: the head goes on */
        return r->rc;
    }
    if (!r->clause_has_fig && !r->clause_has_kw && counted) {
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
    ingest_zh_part_list_take(r);
    if (r->base_lead)           /* 。比上年提高1.2个百分点的是…: a relative clause */
        ingest_zh_lead_goes_on(r, k->pos, k->end,
                               ingest_lex_at(r->lx, LEX_OF_MARK, r->t + k->end, r->len - k->end, NULL));
    if (r->rc == GC_OK)
        r->rc = on_figure(r, k, counted);
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

/* Is the head before year k a place alone (五莲县2012年…, 全县2012年…)?  A
 * short head that is a whole or ends in a place word (县, 区, 市). */
static bool place_before_year(reader *r, const tok *k)
{
    const lex_entry *e;
    size_t w;

    if (r->clause_has_fig || r->clause_has_kw || k->pos <= r->head_start)
        return false;
    ingest_clean_text(r->m, r->t, r->head_start, k->pos, &r->raw, false);
    if (!r->raw.len || r->raw.len > 6 * CJK_BYTES)
        return false;
    if (ingest_lex_is(r->lx, LEX_WHOLE, r->raw.data, r->raw.len))
        return true;
    return (w = ingest_lex_ends(r->lx, LEX_LIST_COUNT, r->raw.data, r->raw.len)) > 0
           && w < r->raw.len
           && ingest_lex_at(r->lx, LEX_LIST_COUNT, r->raw.data + r->raw.len - w, w, &e) == w
           && !strcmp(e->value, "place");
}

/* Where the clause of ts->v[i] starts: the end of the break before it. */
static size_t clause_from(const toks *ts, size_t i)
{
    size_t j = ingest_zh_clause_first(ts, i);

    return j > 0 ? ts->v[j - 1].end : 0;
}

/* Are the 分别 list's items names joined by 、 and 和 alone, up to token j
 * (甲、乙和丙分别…)?  A list over clauses with a comma in it (甲业，乙业增加值
 * 分别…; 控制A、B和C的投资，增幅分别…) is not, and its figures may be no
 * item's. */
static bool list_joined(const reader *r, const toks *ts, size_t j)
{
    if (!r->bare_list)
        return true;
    for (; j > 0 && ts->v[j - 1].pos >= r->list_from; j--)
        if (ts->v[j - 1].type == T_BREAK && !ts->v[j - 1].list_break)
            return false;
    return true;
}

/* 比上月下降1.0、0.8和2.6个百分点, 分别增长3.1、4.5和6.2%: the 、 after the
 * first bare number ended its verb's reach.  The run is read in full when
 * a 分别 list of joined names (or taken again, ingest_zh_list_again) has
 * one item for each figure left, the verb right before the run is a
 * rate's (增长, 下降, 提高) or a level's (分别为12.5、30.2和40.1亿元), and no gap verb (快于, 拉动) stands in the
 * clause: that verb is then the role of them all, and the unit written
 * once at the end the unit of each. */
static bool bare_run_whole(reader *r, const toks *ts, size_t i, const tok *run, size_t nb)
{
    size_t j = i;

    while (j > 0 && ts->v[j - 1].pos >= run[0].pos)
        j--;
    if (list_joined(r, ts, j) && r->nlist == r->next_in_list + nb + ingest_zh_figures_after(ts, i) + 1
        && j > 0 && ts->v[j - 1].type == T_KW && ts->v[j - 1].end == run[0].pos
        && (is_growth_role(ts->v[j - 1].kw->code) || ts->v[j - 1].kw->code == K_TO)
        && !ingest_zh_gap_verb_in(r, clause_from(ts, i), run[0].pos)) {
        r->role = ts->v[j - 1].kw;
        r->role_end = ts->v[j - 1].end;
        return true;
    }
    return false;
}

/* How many bare numbers of a points run to drop from its front: none when
 * the run is read in full (bare_run_whole), else all but the one joined to
 * the figure by 和 (not a 、). */
static size_t bare_run_skip(reader *r, const toks *ts, size_t i, const tok *run, size_t nb)
{
    if (nb > 1 && bare_run_whole(r, ts, i, run, nb))
        return 0;
    /* the nearest alone, as before, when no 、 token stands between it and
     * the figure (a 、 before it, 1.0、0.8和2.6, leaves it joined by 和) */
    return i > 0 && ts->v[i - 1].type == T_BREAK && ts->v[i - 1].pos >= run[nb - 1].end ? nb : nb - 1;
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
            clause_reset(r, prev->end, prev->end, false, false);
        r->clause_tok = r->clause_tok || k->type != T_BREAK;
        switch (k->type) {
        case T_BREAK:
            clause_reset(r, k->pos, k->end, k->list_break || k->pos < r->run_end,
                         i + 1 < ts->n && ts->v[i + 1].type == T_FIG && ts->v[i + 1].pos == k->end);
            break;
        case T_YEAR:
        case T_RANGE:
            if (k->type == T_YEAR && place_before_year(r, k))
                r->head_start = k->end;     /* 五莲县2012年实现生产总值: not 五莲县 */
            ingest_zh_on_year(r, k, prev);
            if (prev && prev->type == T_KW && r->role == prev->kw)
                r->rc = unitless_after(r, ts, i, prev->kw->code);
            break;
        case T_PART:
            r->part_lead = r->part_lead || (k->pos == r->clause_start && !r->clause_has_kw
                                            && !r->clause_has_fig);
            ingest_zh_on_part(r, k, prev);
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
            if (k == &ts->v[i] && (r->rc = ingest_zh_list_again(r, ts, i)) != GC_OK)
                break;          /* A、B分别为a、b，比上月上升c和d个百分点 */
            if (k == &ts->v[i] && k->a.unit[0]) {
                /* 分别回落2.16和1.66个百分点: the bare figures first, in points;
                 * 分别增长3.1、4.5和6.2%: in any unit, for a list's names only */
                tok bare[MAX_LIST];
                bool points = k->a.norm_unit[0] == r->m->points_unit[0];
                size_t nb = points ? ingest_zh_points_bare_run(r, ts, i, bare, MAX_LIST)
                                   : ingest_zh_unit_bare_run(r, ts, i, bare, MAX_LIST);
                size_t from = !nb ? 0 : points ? bare_run_skip(r, ts, i, bare, nb)
                              : bare_run_whole(r, ts, i, bare, nb) ? 0 : nb;
                for (size_t b = from; b < nb && r->rc == GC_OK; b++) {
                    if (r->last_fig && bare[b].pos < r->last_fig->end)
                        continue;   /* read already (景气指数上升1.2: unitless_after) */
                    r->made[r->made_n & 1] = bare[b];
                    read_figure_tok(r, &r->made[r->made_n++ & 1], NULL, 0);
                }
                if (r->rc != GC_OK)
                    break;
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
            ingest_zh_base_rate(r, ts, i);
            read_figure_tok(r, k, k == &ts->v[i] ? ts : NULL, i);
            break;
        }
    }
    return r->rc;
}

/* Does the sentence open by breaking down what the one before said: 其中，
 * or a short name then 中 and a comma (食品中，鲜菜价格上涨19.6%: the
 * foods among the prices of the sentence before)? */
static bool breakdown_lead(const reader *r)
{
    if (ingest_lex_at(r->lx, LEX_SUBCLAUSE, r->t, r->len, NULL))
        return true;
    for (size_t i = CJK_BYTES; i <= 6 * CJK_BYTES && i + CJK_BYTES < r->len; i += CJK_BYTES) {
        const lex_entry *e;

        if (cjk_at(r->t, r->len, i - CJK_BYTES) == 0)
            return false;               /* not a name */
        if (ingest_lex_at(r->lx, LEX_BREAKDOWN_MARK, r->t + i - CJK_BYTES, CJK_BYTES, &e) != CJK_BYTES)
            continue;
        if (e->num == 0)
            return false;               /* 其他 */
        return i > CJK_BYTES && (r->t[i] == ',' || cjk_at(r->t, r->len, i) == 0xFF0C);
    }
    return false;
}

int ingest_zh_read(reader *r, const toks *ts)
{
    int rc;

    if (r->s->para_start)
        r->ctx->carry[0] = r->ctx->carry_stop[0] = '\0', r->ctx->period_stop = r->ctx->period_semi = false;
    /* 环比上涨0.4%。其中，城市上涨0.4%…；食品价格上涨0.9%: on the month before */
    if (r->ctx->period_semi || (r->ctx->period_stop && breakdown_lead(r)))
        r->period_frame = r->on_period = true;
    ingest_zh_same_below(r, ts);
    rc = read_tokens(r, ts);
    ingest_zh_carry_out(r);
    return rc;
}

void ingest_zh_done(reader *r)
{
    ingest_zh_free_list(r);
    ingest_zh_runs_done(r);
    ingest_claim_clear(&r->pend);
}

