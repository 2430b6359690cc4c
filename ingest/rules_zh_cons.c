/* rules_zh_cons.c -- constructions that change what a figure is about, or
 * whether it is a claim at all, read around the figure or its subject.
 *
 * A report compares its growth with another place's ("高出全国平均水平2.9个
 * 百分点", "比全省平均水平高1个百分点"): a gap, not a change of the
 * indicator (tests/corpus/RULES.md).  A subject may open with a basis
 * phrase ("按常住人口计算人均地区生产总值") or hold a remark in parentheses
 * ("农林牧渔业总产值(不含…)"), neither of which names the measure.  A
 * contribution ("三次产业对GDP增长的贡献率分别为…") is the share of the
 * whole's growth each contributor gives.  A rate may come before its noun
 * ("保持13%以上的增幅", "以年均8%的速度增长").  A count before a noun
 * ("完成31项指标") counts things, not a measure.  And a sentence that ended
 * at ； hands its last subject to the next one, which may open with a
 * clause of no figure and then a rate with no subject ("…；剔除…因素，比上年
 * 增长13.8%"); a basis named with 下同 holds for the whole sentence.  The rules
 * (rules_zh.c) call in here per figure or clause. */
#include "grammar.h"

#include <string.h>

#include "../common/utf8.h"

/* Does a time stand after the 比/较 at t[a..b) (比2017年, 比年初): the
 * comparison is with the indicator's own past, a change? */
static bool time_base(const reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (is_digit(r->t[i]) || ingest_lex_at(r->lx, LEX_GAP_TIME, r->t + i, b - i, NULL))
            return true;
    return false;
}

/* Where the clause of a 、-item starts, the 、 breaks before it passed over:
 * 增速分别高于全国、全省1.2个、0.5个百分点 compares with both places, and the
 * gap verb stands in the first item, not in 全省's. */
static size_t items_start(const reader *r)
{
    const char *t = r->t;

    for (size_t i = r->clause_start; i > 0; i--) {
        unsigned char c = (unsigned char)t[i - 1];
        if (c == ',' || c == ';' || c == ':')
            return i;
        if (c >= 0x80 && i >= CJK_BYTES && ((unsigned char)t[i - CJK_BYTES] & 0xF0) == 0xE0) {
            unsigned p = ingest_punct(r->m, cjk_at(t, r->len, i - CJK_BYTES));
            if ((p & PUNCT_BREAK) && !(p & PUNCT_LIST))
                return i;
        }
    }
    return 0;
}

/* Does t[a..b), a later 、-item before its figure, hold its own comparison
 * or change verb (比上年提高0.5个百分点)?  Then the item says what its figure
 * is, and a gap verb in an earlier item is not its own. */
static bool item_has_own_verb(const reader *r, size_t a, size_t b)
{
    const lex_entry *k;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, b - i, &k)
            && (k->code == K_BASE || k->code == K_PREV_YEAR || k->code == K_GROW || k->code == K_FALL))
            return true;
    return false;
}

/* Where the gap adjective must end before the figure at b: b itself, or,
 * for a later figure of a bare list (比全省、全国分别高0.4、0.8个百分点), the
 * start of the list's first number: digits, points, 个 and 、 stepped over. */
static size_t before_bare_run(const char *t, size_t a, size_t b)
{
    static const char ge[] = "\xE4\xB8\xAA", dun[] = "\xE3\x80\x81";   /* 个, 、 */
    size_t i = b;

    if (i - a < CJK_BYTES || memcmp(t + i - CJK_BYTES, dun, CJK_BYTES) != 0)
        return b;
    while (i > a) {
        unsigned char c = (unsigned char)t[i - 1];
        if ((c >= '0' && c <= '9') || c == '.')
            i--;
        else if (i - a >= CJK_BYTES && (memcmp(t + i - CJK_BYTES, ge, CJK_BYTES) == 0
                                        || memcmp(t + i - CJK_BYTES, dun, CJK_BYTES) == 0))
            i -= CJK_BYTES;
        else
            break;
    }
    return i;
}

bool ingest_zh_gap(const reader *r, const tok *f)
{
    const char *t = r->t;
    size_t a = r->clause_start, b = f->pos, base = SIZE_MAX;
    const lex_entry *k;

    if (strcmp(f->a.norm_unit, r->m->points_unit) != 0)
        return false;
    /* a later item may start right at its figure (0.8 of 高0.4、0.8个百分点) */
    if (r->in_list && !item_has_own_verb(r, a, b))
        a = items_start(r);
    if (b <= a)
        return false;
    for (size_t i = a; i < b; i += char_len((unsigned char)t[i])) {
        if (ingest_lex_at(r->lx, LEX_GAP_VERB, t + i, b - i, NULL))
            return base == SIZE_MAX || !time_base(r, base, i);
        if (!ingest_lex_at(r->lx, LEX_KEYWORD, t + i, b - i, &k))
            continue;
        if (k->code == K_PREV_YEAR)
            return false;       /* 比上年同期高出: a change on the year before */
        if (base == SIZE_MAX && k->code == K_BASE)
            base = i;
    }
    /* 比全省平均水平高1个百分点: the figure's role is still the 比 (or the 比
     * opened the first of the items: 分别比全国、全省高1.2个、0.5个百分点) */
    if (base == SIZE_MAX)
        return false;
    b = before_bare_run(t, base, b);
    return ((r->role && r->role->code == K_BASE) || (r->in_list && base < r->clause_start))
           && ingest_lex_ends(r->lx, LEX_GAP_ADJ, t + base, b - base) > 0 && !time_base(r, base, b);
}

size_t ingest_zh_basis_end(const reader *r, size_t a)
{
    const char *t = r->t;
    size_t w = ingest_lex_at(r->lx, LEX_BASIS_OPEN, t + a, r->len - a, NULL), n = 0;

    if (!w)
        return 0;
    /* 按常住人口计算, 按2017年平均汇率计算, 按可比口径(计算): up to sixteen characters,
     * within the clause */
    for (size_t i = a + w; i < r->len && n < 16; i += char_len((unsigned char)t[i]), n++) {
        unsigned char c = (unsigned char)t[i];
        size_t k = ingest_lex_at(r->lx, LEX_BASIS_CLOSE, t + i, r->len - i, NULL);
        if (k) {
            /* 按同口径计算, 按可比口径计算: one close after another ends it */
            for (size_t m; i + k < r->len
                 && (m = ingest_lex_at(r->lx, LEX_BASIS_CLOSE, t + i + k, r->len - i - k, NULL)); k += m)
                ;
            return i + k;
        }
        if (c == ',' || c == ';' || c == ':'
            || (c >= 0xE2 && c <= 0xEF && (ingest_punct(r->m, cjk_at(t, r->len, i)) & PUNCT_BREAK)))
            return 0;
    }
    return 0;
}

/* 全区工业增加值在全市(的占比): the part before 在, the whole after it when
 * that is a whole (全市, 全省) and nothing else. */
static bool share_in(reader *r)
{
    const char *s = r->scratch.data;
    size_t n = r->scratch.len, w;

    /* the whole ends the subject: with no whole word at its end (most
     * subjects), no 在 needs looking for */
    if (!ingest_lex_ends(r->lx, LEX_WHOLE, s, n))
        return false;
    for (size_t i = 2 * CJK_BYTES; i < n; i += char_len((unsigned char)s[i]))
        if ((w = ingest_lex_at(r->lx, LEX_SHARE_IN, s + i, n - i, NULL)) > 0
            && ingest_lex_is(r->lx, LEX_WHOLE, s + i + w, n - i - w)) {
            buf_reset(&r->of);
            buf_append(&r->of, s + i + w, n - i - w);
            r->scratch.len = i;
            r->scratch.data[i] = '\0';
            return true;
        }
    return false;
}

/* Does s[0..n), traditional forms folded, start with the word w? */
static bool folded_start(const ingest_maps *m, const char *s, size_t n, const lex_entry *w)
{
    size_t i = 0;

    for (; i < w->n && i < n; i += char_len((unsigned char)s[i])) {
        uint32_t cp = (unsigned char)s[i] < 0x80 ? (unsigned char)s[i] : cjk_at(s, n, i);
        uint32_t wc = (unsigned char)w->s[i] < 0x80 ? (unsigned char)w->s[i] : cjk_at(w->s, w->n, i);
        if (cp != wc && ingest_fold(m, cp) != wc)
            return false;
    }
    return i == w->n;
}

/* The bytes of a measure word ending the subject (装备制造业增加值: 增加值)
 * that the contributor's name leaves out, traditional forms folded; 0 when
 * none or when less than two characters would be left. */
static size_t contributor_drop(const reader *r)
{
    char f[512];
    size_t n = r->subject.len, w;

    if (!ingest_zh_fold_copy(r->m, r->subject.data, n, f, sizeof f)
        || !(w = ingest_lex_ends(r->lx, LEX_CONTRIB_DROP, f, n)) || n - w < 2 * CJK_BYTES)
        return 0;
    return w;
}

/* The contributor of a clause opening with 对…的贡献率: the sector the
 * clause before names (第一产业增加值 gives 第一产业), or that whole subject;
 * into out.  False when the sentence has no subject yet. */
static bool contributor_before(reader *r, buf *out)
{
    const lex_list *topics = &r->lx->cls[LEX_TOPIC], *structs = &r->lx->cls[LEX_LIST_EXPAND];
    const lex_entry *best = NULL;

    if (!r->subject.data || r->subject.len < 2 * CJK_BYTES)
        return false;
    for (size_t i = 0; i < topics->n; i++)
        if (folded_start(r->m, r->subject.data, r->subject.len, &topics->v[i])
            && (!best || topics->v[i].n > best->n))
            best = &topics->v[i];
    for (size_t i = 0; i < structs->n; i++)    /* 三次产业增加值: 三次产业 */
        if (folded_start(r->m, r->subject.data, r->subject.len, &structs->v[i])
            && (!best || structs->v[i].n > best->n))
            best = &structs->v[i];
    buf_reset(out);
    if (best)                   /* the subject's own characters (第一產業) */
        buf_append(out, r->subject.data, best->n);
    else
        buf_append(out, r->subject.data, r->subject.len - contributor_drop(r));
    return !out->failed;
}

/* The subject X…对Y(的)贡献率 of scratch (s its display text, f the same
 * folded): X and the measure into scratch, Y into of. */
static void contribution_of(reader *r, const char *s, const char *f, size_t n, size_t m)
{
    size_t to = 0, w = 0, of_end;

    /* the last 对 before the measure: X对Y(的)贡献率 */
    for (size_t i = CJK_BYTES; i + m < n; i += char_len((unsigned char)f[i]))
        if ((w = ingest_lex_at(r->lx, LEX_CONTRIB_TO, f + i, n - m - i, NULL)) > 0)
            to = i;
    if (!to && (w = ingest_lex_at(r->lx, LEX_CONTRIB_TO, f, n - m, NULL)) > 0
        && contributor_before(r, &r->raw)) {
        /* 第一产业增加值…，对经济增长的贡献率为5.1%: the contributor is the
         * clause's before, by its sector's name (第一产业贡献率) */
        of_end = n - m;
        of_end -= ingest_lex_ends(r->lx, LEX_OF_MARK, f + w, of_end - w);
        if (of_end <= w)
            return;
        buf_reset(&r->of);
        buf_append(&r->of, s + w, of_end - w);
        buf_append(&r->raw, s + n - m, m);
        buf_reset(&r->scratch);
        buf_append(&r->scratch, r->raw.data, r->raw.len);
        r->share_word = true;
        return;
    }
    if (!to || !(w = ingest_lex_at(r->lx, LEX_CONTRIB_TO, f + to, n - to, NULL)))
        return;
    of_end = n - m;
    of_end -= ingest_lex_ends(r->lx, LEX_OF_MARK, f + to + w, of_end - to - w);
    if (of_end <= to + w)
        return;
    buf_reset(&r->of);
    buf_append(&r->of, s + to + w, of_end - to - w);
    buf_reset(&r->raw);
    buf_append(&r->raw, s, to);
    buf_append(&r->raw, s + n - m, m);
    buf_reset(&r->scratch);
    buf_append(&r->scratch, r->raw.data, r->raw.len);
    r->share_word = true;       /* a share of the whole's growth */
}

/* Does s[0..n) end with a ratio measure (貢獻率), traditional forms folded:
 * the quick test before the whole subject is folded. */
static bool measure_tail(const reader *r, const char *s, size_t n)
{
    const lex_list *l = &r->lx->cls[LEX_RATIO_MEASURE];

    for (size_t i = 0; i < l->n; i++) {
        const lex_entry *w = &l->v[i];
        size_t k = w->n;
        if (k > n || k % CJK_BYTES)
            continue;
        for (; k > 0; k -= CJK_BYTES) {
            const char *c = s + n - w->n + k - CJK_BYTES, *d = w->s + k - CJK_BYTES;
            if (same_bytes(c, d, CJK_BYTES))
                continue;
            if ((unsigned char)c[0] < 0xE4 || (unsigned char)c[0] > 0xE9
                || !cjk_bit(r->m->fold, c) || ingest_fold(r->m, cp3(c)) != cp3(d))
                break;          /* not the word, nor its traditional form */
        }
        if (k == 0)
            return true;
    }
    return false;
}

void ingest_zh_contribution(reader *r)
{
    char f[512], s[512];
    size_t n = r->scratch.len, m;

    if (r->scratch.data && share_in(r))
        return;
    n = r->scratch.len;
    if (!r->scratch.data || !measure_tail(r, r->scratch.data, n)
        || !ingest_zh_fold_copy(r->m, r->scratch.data, n, f, sizeof f)
        || !(m = ingest_lex_ends(r->lx, LEX_RATIO_MEASURE, f, n)))
        return;
    if (m == n && contributor_before(r, &r->raw)) {
        /* 高技术制造业增长23.6%，贡献率为40.2%: the contributor is the subject
         * before, the whole is the last one named (kept in of) */
        buf_append(&r->raw, r->scratch.data, n);
        buf_reset(&r->scratch);
        buf_append(&r->scratch, r->raw.data, r->raw.len);
        r->share_word = true;
        return;
    }
    if (n < m + 2 * CJK_BYTES)
        return;
    memcpy(s, r->scratch.data, n + 1);  /* scratch is rewritten below */
    contribution_of(r, s, f, n, m);
}

int ingest_zh_contribution_parts(reader *r)
{
    const char *d = r->subject.data;
    char s[512];                /* the subject folded (三次產業貢獻率) */
    size_t n = r->subject.len, m, p;
    const lex_entry *pe;
    int rc = GC_OK;

    if (!d || !r->share_word || !ingest_zh_fold_copy(r->m, d, n, s, sizeof s)
        || !(m = ingest_lex_ends(r->lx, LEX_RATIO_MEASURE, s, n)))
        return GC_OK;
    /* 三次产业贡献率: the parts the structure word names, each with the measure */
    if (!(p = ingest_lex_ends(r->lx, LEX_RATIO_PARTS, s, n - m)))
        return GC_OK;
    for (size_t i = 0; i + p <= n - m; i += char_len((unsigned char)s[i]))
        if (ingest_lex_at(r->lx, LEX_RATIO_PARTS, s + i, n - m - i, &pe) == n - m - i) {
            const char *v = pe->value, *bar;
            ingest_zh_free_list(r);
            while (rc == GC_OK && *v) {
                size_t k = (bar = strchr(v, '|')) ? (size_t)(bar - v) : strlen(v);
                buf_reset(&r->raw);
                buf_append(&r->raw, v, k);
                buf_append(&r->raw, s + n - m, m);
                rc = r->raw.failed ? GC_ENOMEM : ingest_zh_list_add(r, r->raw.data);
                v += k + (bar ? 1 : 0);
            }
            return rc;
        }
    return GC_OK;
}

const lex_entry *ingest_zh_postposed(const reader *r, const tok *f)
{
    const char *t = r->t;
    size_t e = f->end, n = r->len, w;
    const lex_list *kw = &r->lx->cls[LEX_KEYWORD];
    const lex_entry *noun;
    bool avg = false, down;
    int want;

    if (strcmp(f->a.norm_unit, "%") != 0)
        return NULL;
    if ((w = ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, t + e, n - e, NULL)) > 0)
        e += w;
    if (!(w = ingest_lex_at(r->lx, LEX_OF_MARK, t + e, n - e, NULL)))
        return NULL;
    e += w;
    e += ingest_lex_at(r->lx, LEX_RATE_NOUN_MOD, t + e, n - e, NULL);   /* 的实质增长 */
    if (!ingest_lex_at(r->lx, LEX_RATE_NOUN, t + e, n - e, &noun))
        return NULL;
    down = !strcmp(noun->value, "down");
    for (size_t i = r->clause_start; i < f->pos; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(r->lx, LEX_RATE_AVG, t + i, f->pos - i, NULL))
            avg = true;
    want = avg ? K_AVG : down ? K_FALL : K_GROW;
    for (size_t i = 0; i < kw->n; i++)
        if (kw->v[i].code == want && (kw->v[i].flags & LEXF_CHANGE)
            && !(kw->v[i].flags & LEXF_DOWN) == !down)
            return &kw->v[i];
    return NULL;
}

const lex_entry *ingest_zh_bare_net(const reader *r, const tok *f)
{
    const lex_list *kw = &r->lx->cls[LEX_KEYWORD];
    size_t a = r->clause_start, w;
    const lex_entry *v;

    if (r->own_subject || !r->subject.len || f->pos <= a || !strcmp(f->a.norm_unit, "%")
        || !(w = ingest_lex_at(r->lx, LEX_NET_VERB, r->t + a, f->pos - a, &v)) || a + w != f->pos)
        return NULL;
    for (size_t i = 0; i < kw->n; i++)
        if (kw->v[i].code == (strcmp(v->value, "down") ? K_NET_UP : K_NET_DOWN))
            return &kw->v[i];
    return NULL;
}

bool ingest_zh_counted_noun(const reader *r, const tok *f)
{
    const lex_entry *u;
    size_t n, e = f->end;

    if (e >= r->len || !is_ideograph_lead((unsigned char)r->t[e]))
        return false;           /* no noun after it (the cheap test first) */
    n = strlen(f->a.norm_unit);
    if (!n || ingest_lex_at(r->lx, LEX_UNIT, f->a.norm_unit, n, &u) != n
        || !(u->flags & LEXF_COUNTER))
        return false;
    /* 31项指标, 31项顺利完成: a count of the things named after it (not 由12个增加到,
     * nor 分别达到19.38万件和10.67万件: a separator and the list's next figure) */
    size_t sep = ingest_lex_at(r->lx, LEX_LIST_SEP, r->t + e, r->len - e, NULL);
    if (sep && ingest_is_numeral_start(r->lx, r->t + e + sep, r->len - e - sep))
        return false;
    return !ingest_lex_at(r->lx, LEX_KEYWORD, r->t + e, r->len - e, NULL)
           && !ingest_lex_at(r->lx, LEX_FIGURE_NEXT_OK, r->t + e, r->len - e, NULL)
           && !ingest_lex_at(r->lx, LEX_QUALIFIER_AFTER, r->t + e, r->len - e, NULL);
}

const char *ingest_zh_carried(const reader *r)
{
    if (!r->ctx->carry[0] && (r->part_lead || r->base_lead))
        return r->ctx->carry_stop;   /* …。其中，一季度增长8.1%; …。同比上升4.5% */
    return r->ctx->carry;
}

void ingest_zh_carry_out(reader *r)
{
    const char *t = r->t;
    size_t n = r->len;
    ingest_context *ctx = r->ctx;

    bool semi;
    /* 。较去年同期…上升4.5%。较上月则下跌8.8%: a sentence that compared the
       measure of the one before names none of its own, and the next may
       compare that measure again */
    bool compared_before = r->subject.len == 0 && r->base_lead && !ctx->carry[0];

    ctx->carry[0] = '\0';
    if (!compared_before)
        ctx->carry_stop[0] = '\0';
    while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\n' || t[n - 1] == '\r'))
        n--;
    /* a sentence that ended at ；(or ;) */
    semi = (n >= 1 && t[n - 1] == ';') || (n >= CJK_BYTES && cjk_at(t, n, n - CJK_BYTES) == 0xFF1B);
    /* 环比上涨0.4%。, and 环比持平。 with no figure: 其中 after it is on the same basis */
    ctx->period_stop = r->on_period || r->period_said;
    ctx->period_semi = semi && r->period_frame;
    if (r->subject.len == 0 || r->subject.len >= sizeof ctx->carry)
        return;
    if (!semi) {
        memcpy(ctx->carry_stop, r->subject.data, r->subject.len);
        ctx->carry_stop[r->subject.len] = '\0';
        return;
    }
    memcpy(ctx->carry, r->subject.data, r->subject.len);
    ctx->carry[r->subject.len] = '\0';
}

/* ---- the next of a ranking: 其次为服装，上升3% ---- */

bool ingest_zh_rank_topic(reader *r, size_t a, size_t b)
{
    /* a list's items before 、 are pending from the first (其次为食品、酒类饮品,
     * 下跌1.4%): the rank word opens that one, and the cleaning of the
     * items strips it (a lead word too) */
    size_t from = r->pending_start != SIZE_MAX ? r->pending_start : a, w;

    /* the words are looked for in the matching text (其次為 folded) */
    if (b <= a || !(w = ingest_lex_at(r->lx, LEX_RANK_NEXT, r->s->match + from, b - from, NULL)))
        return false;
    ingest_clean_both(r->m, r->s->text, r->s->match, from == a ? a + w : a, b, &r->scratch, true);
    return ingest_good_subject(r->m, &r->scratch);
}

/* ---- a subject that points back: 这指数, 该行业的净产值, 该月 ---- */

/* The subject a demonstrative points back to: the clause's subject before,
 * else the one carried from the sentence before, else the one a full stop
 * kept (carry_stop: 该月 in the sentence after 。, whose carry the stop
 * cleared) ("" none). */
static const char *pointed_to(const reader *r)
{
    if (r->subject.len)
        return r->subject.data;
    return r->ctx->carry[0] ? r->ctx->carry : r->ctx->carry_stop;
}

bool ingest_zh_pointer_subject(reader *r)
{
    char f[INGEST_PAIR_NAME], g[INGEST_PAIR_NAME];
    const char *ref;
    size_t n = r->scratch.len, w, tail = 0, gn;

    /* most subjects open with no demonstrative: one character folded first */
    if (n < CJK_BYTES || n >= sizeof f || !is_ideograph_lead((unsigned char)r->scratch.data[0])
        || !ingest_zh_fold_copy(r->m, r->scratch.data, CJK_BYTES, f, sizeof f)
        || !ingest_lex_at(r->lx, LEX_POINTER, f, CJK_BYTES, NULL))
        return false;
    ref = pointed_to(r);
    gn = strlen(ref);
    if (!gn || gn >= sizeof g || !ingest_zh_fold_copy(r->m, r->scratch.data, n, f, sizeof f)
        || !ingest_zh_fold_copy(r->m, ref, gn, g, sizeof g)
        || (w = ingest_lex_at(r->lx, LEX_POINTER, f, n, NULL)) == 0)
        return false;
    /* 该省的…: another place's measure; 这一年进口 before: a pointer too,
     * nothing named to point back to */
    if (ingest_lex_at(r->lx, LEX_POINTER_PLACE, f + w, n - w, NULL)
        || ingest_lex_at(r->lx, LEX_POINTER, g, gn, NULL))
        return false;
    /* 该行业的净产值: the measure after 的 is the one the subject before names */
    for (size_t i = w, k; i < n; i += k ? k : char_len((unsigned char)f[i]))
        if ((k = ingest_lex_at(r->lx, LEX_OF_MARK, f + i, n - i, NULL)) > 0)
            tail = i + k;
    if (tail == 0)
        tail = w;
    /* 该月, 这指数: a month or a year alone (not 这是), or the head the
     * subject before ends in */
    if (!(n - w == CJK_BYTES && (ingest_lex_at(r->lx, LEX_MONTH_MARK, f + w, n - w, NULL)
                                 || ingest_lex_at(r->lx, LEX_YEAR_MARK, f + w, n - w, NULL)))
        && (n - tail < 2 * CJK_BYTES || n - tail > gn || memcmp(g + gn - (n - tail), f + tail, n - tail)))
        return false;
    buf_reset(&r->scratch);
    buf_append(&r->scratch, ref, gn);
    return true;
}

bool ingest_zh_scope_head(reader *r, size_t pos)
{
    if (r->clause_has_fig || r->clause_has_kw || pos <= r->head_start)
        return false;
    ingest_clean_text(r->m, r->t, r->head_start, pos, &r->raw, false);
    return r->raw.len > 0 && ingest_lex_is(r->lx, LEX_WHOLE, r->raw.data, r->raw.len);
}

/* ---- shares: the whole of 占…, 全市占比 ---- */

/* The share's whole: 占全市的40% -> 全市; 占地区生产总值的比重 -> 地区生产总值. */
void ingest_zh_share_whole(reader *r, const tok *k, const tok *next_fig)
{
    size_t a = k->end, b = next_fig ? next_fig->pos : r->len;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_SHARE_END, r->t + i, b - i, NULL)) {
            b = i;
            break;
        }
    ingest_clean_both(r->m, r->s->text, r->s->match, a, b, &r->of, true);
    if (!ingest_good_subject(r->m, &r->of))
        buf_reset(&r->of);
}

const tok *ingest_zh_next_figure(const toks *ts, size_t i)
{
    for (size_t j = i + 1; j < ts->n; j++) {
        if (ts->v[j].type == T_FIG)
            return &ts->v[j];
        if (ts->v[j].type == T_BREAK && !ts->v[j].list_break)
            return NULL;
    }
    return NULL;
}

/* 全市占比, 全国比重: the whole is written before the word, and the subject
 * is the previous clause's. */
bool ingest_zh_whole_before(reader *r, const tok *k)
{
    ingest_clean_both(r->m, r->s->text, r->s->match, r->head_start, k->pos, &r->scratch, true);
    if (r->scratch.len && ingest_lex_is(r->lx, LEX_WHOLE, r->scratch.data, r->scratch.len)) {
        buf_reset(&r->of);
        buf_append(&r->of, r->scratch.data, r->scratch.len);
        r->clause_has_kw = true;
        return true;
    }
    return false;
}

/* "（按可比价格计算，下同）" after a figure covers that figure too: the basis
 * it names holds for the whole sentence and, through the context, for the
 * rest of the paragraph. */
void ingest_zh_same_below(reader *r, const toks *ts)
{
    bool same = false;
    ingest_basis b = INGEST_BASIS_UNSTATED;

    for (size_t i = 0; i < ts->n; i++) {
        if (ts->v[i].type != T_KW)
            continue;
        if (ts->v[i].kw->code == K_SAME_BELOW)
            same = true;
        else if (ts->v[i].kw->code == K_REAL && b == INGEST_BASIS_UNSTATED)
            b = INGEST_BASIS_REAL;
        else if (ts->v[i].kw->code == K_NOMINAL && b == INGEST_BASIS_UNSTATED)
            b = INGEST_BASIS_NOMINAL;
    }
    if (same && b != INGEST_BASIS_UNSTATED)
        r->basis = b;
}

void ingest_zh_rate_avg_head(reader *r, const tok *k)
{
    size_t w;

    if (k->kw->code != K_GROW || !(k->kw->flags & LEXF_RATE) || !r->own_subject
        || !r->subject.data || r->subject.len == 0
        || !(w = ingest_lex_at(r->lx, LEX_RATE_AVG, r->subject.data, r->subject.len, NULL))
        || r->subject.len - w < 2 * CJK_BYTES)
        return;
    memmove(r->subject.data, r->subject.data + w, r->subject.len - w);
    r->subject.len -= w;
    r->subject.data[r->subject.len] = '\0';
    r->avg = true;
}

bool ingest_zh_rate_head(reader *r, size_t pos)
{
    const lex_list *kw = &r->lx->cls[LEX_KEYWORD];

    const lex_entry *noun;

    if (!r->subject.len || !r->scratch.len || r->share || r->share_word
        || ingest_lex_at(r->lx, LEX_RATE_NOUN, r->scratch.data, r->scratch.len, &noun) != r->scratch.len
        || !strcmp(noun->value, "down"))
        return false;           /* a fall's rate noun is its keyword's (跌幅为) */
    for (size_t i = 0; i < kw->n; i++)
        if (kw->v[i].code == K_GROW && (kw->v[i].flags & LEXF_RATE)) {
            r->role = &kw->v[i];
            r->role_end = r->verb_pos = pos;
            r->grow_goal = true;
            r->clause_has_kw = true;
            return true;
        }
    return false;
}

/* Are the words t[a..b) tail words only (则, 约, 的: none of a name)?  The
 * sentence r->t is folded already (約 reads as 约). */
static bool only_tail_words(const reader *r, size_t a, size_t b)
{
    for (size_t k; a < b; a += k)
        if ((k = ingest_lex_at(r->lx, LEX_TAIL_WORD, r->t + a, b - a, NULL)) == 0)
            return false;
    return true;
}

bool ingest_zh_per_period_head(reader *r, size_t a, size_t pos)
{
    size_t n = pos > a ? pos - a : 0, w, k;

    /* 日均约, 日均达: the word, then nothing but a qualifier or a verb's tail */
    if (!r->subject.len || n < 2 * CJK_BYTES
        || (w = ingest_lex_at(r->lx, LEX_PER_PERIOD, r->t + a, n, NULL)) == 0
        || !only_tail_words(r, a + w, pos) || w + r->subject.len >= INGEST_PAIR_NAME)
        return false;
    /* (asked again for the clause's figure: the subject has the word already) */
    k = r->subject.len >= w && !memcmp(r->subject.data, r->t + a, w) ? 0 : w;
    buf_reset(&r->scratch);
    buf_append(&r->scratch, r->t + a, k);
    buf_append(&r->scratch, r->subject.data, r->subject.len);
    return true;
}

void ingest_zh_lead_goes_on(reader *r, size_t pos, size_t end, bool stop)
{
    if (stop || !only_tail_words(r, r->base_lead_at, pos))
        r->base_lead = false;
    else
        r->base_lead_at = end;
}

const lex_entry *ingest_zh_role_entry(const reader *r, lex_role code)
{
    const lex_list *kw = &r->lx->cls[LEX_KEYWORD];

    for (size_t i = 0; i < kw->n; i++)
        if (kw->v[i].code == (int)code)
            return &kw->v[i];
    return NULL;
}

bool ingest_zh_time_gap(const reader *r, const tok *f, bool *down)
{
    const char *t = r->t;
    size_t a = r->clause_start, b = f->pos, base = SIZE_MAX, w;
    const lex_entry *k, *adj;
    const lex_list *adjs = &r->lx->cls[LEX_GAP_ADJ];
    bool prev = false;

    if (strcmp(f->a.norm_unit, r->m->points_unit) != 0 || b <= a)
        return false;
    for (size_t i = a; i < b; i += char_len((unsigned char)t[i])) {
        if (ingest_lex_at(r->lx, LEX_GAP_VERB, t + i, b - i, &adj)) {
            /* 增速比一季度高出13.3个百分点 */
            if (base == SIZE_MAX || !(prev || time_base(r, base, i)))
                return false;
            *down = adj->value[0] == 'd';
            return true;
        }
        if (base == SIZE_MAX && (w = ingest_lex_at(r->lx, LEX_KEYWORD, t + i, b - i, &k)) > 0
            && (k->code == K_BASE || k->code == K_PREV_YEAR)) {
            base = i;
            prev = k->code == K_PREV_YEAR;
        }
    }
    if (base == SIZE_MAX || !(prev || time_base(r, base, b)))
        return false;
    adj = NULL;
    for (size_t i = 0; i < adjs->n && !adj; i++)
        if (ends_w(t + base, b - base, &adjs->v[i]))
            adj = &adjs->v[i];
    if (!adj)
        return false;
    *down = adj->value[0] == 'd';   /* 低, 慢: "down" */
    return true;
}

/* Does t[a..b) hold a clause break (，；)? */
static bool breaks(const reader *r, size_t a, size_t b)
{
    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i])) {
        unsigned char c = (unsigned char)r->t[i];
        if (c == ',' || c == ';'
            || (c >= 0xE2 && c <= 0xEF && (ingest_punct(r->m, cjk_at(r->t, r->len, i)) & PUNCT_BREAK)))
            return true;
    }
    return false;
}

/* Where a goal word (目标, 计划, 预算) ends in t[a..b), the last one; 0 none. */
static size_t goal_end(const reader *r, size_t a, size_t b)
{
    const lex_entry *k;
    size_t e = 0, w;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if ((w = ingest_lex_at(r->lx, LEX_PLAN_RATIO, r->t + i, b - i, NULL)) > 0
            || ((w = ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, b - i, &k)) > 0
                && k->code == K_TARGET && (k->flags & LEXF_GOAL)))
            e = i + w;
    return e;
}

int ingest_zh_plan_gap(const reader *r, const tok *f)
{
    const char *t = r->t;
    size_t a = r->clause_start, b = f->pos, base = 0, g, w;
    const lex_entry *k;
    bool gap_verb = false;

    if (b <= a || !r->goal_seen || !strcmp(f->a.norm_unit, "%")
        || !strcmp(f->a.norm_unit, r->m->points_unit))
        return PLAN_NONE;
    if (r->plan_value_end && r->plan_value_end <= b && !breaks(r, r->plan_value_end, b))
        return PLAN_GAP;        /* 比年初确定的目标3000亿元超额1070亿元 */
    for (size_t i = a; i < b && !base; i += char_len((unsigned char)t[i])) {
        if ((w = ingest_lex_at(r->lx, LEX_KEYWORD, t + i, b - i, &k)) > 0 && k->code == K_BASE)
            base = i + w;
        else if (ingest_lex_at(r->lx, LEX_GAP_VERB, t + i, b - i, NULL))
            gap_verb = true;
    }
    if ((!base && !gap_verb) || !(g = goal_end(r, base ? base : a, b)))
        return PLAN_NONE;
    if (base && r->last_fig && r->last_fig->pos >= g && r->last_fig->pos < b)
        return PLAN_GAP;        /* 比计划目标3000亿元超过1070亿元: the excess */
    if (b - g > 2 * CJK_BYTES)
        return base ? PLAN_GAP : PLAN_NONE;   /* 比计划目标多1070亿元 */
    return base ? PLAN_VALUE : PLAN_GAP;     /* 超出计划目标1070亿元 */
}

/* The length of a rate word (增速, 增幅) at t[i..b), else 0. */
static size_t rate_word_at(const reader *r, size_t i, size_t b)
{
    const lex_list *kw = &r->lx->cls[LEX_KEYWORD];

    for (size_t k = 0; k < kw->n; k++)
        if ((kw->v[k].code == K_GROW || kw->v[k].code == K_FALL) && (kw->v[k].flags & LEXF_RATE)
            && kw->v[k].n <= b - i
            && !memcmp(r->t + i, kw->v[k].s, kw->v[k].n))
            return kw->v[k].n;
    return 0;
}

const char *ingest_zh_rate_named(reader *r, const tok *f, const char *ind)
{
    const lex_entry *k;
    size_t w, n = ind ? strlen(ind) : 0;

    if (!n || r->nlist > 0)
        return ind;
    for (size_t i = r->clause_start; i < f->pos; i += char_len((unsigned char)r->t[i])) {
        if (!ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, f->pos - i, &k))
            continue;
        if (k->code == K_BASE || k->code == K_PREV_YEAR)
            return ind;         /* the rate word comes before the base */
        if ((k->code == K_GROW || k->code == K_FALL) && (w = rate_word_at(r, i, f->pos)) > 0)
            return (n >= w && !memcmp(ind + n - w, r->s->text + i, w))
                   || (size_t)snprintf(r->named, sizeof r->named, "%s%.*s", ind, (int)w,
                                       r->s->text + i) >= sizeof r->named ? ind : r->named;
    }
    return ind;
}

/* Is a fall-size word (收窄, 扩大) in the clause of points figure f? */
static bool fall_size_said(const reader *r, const tok *f)
{
    for (size_t i = r->clause_start; i < f->pos; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_FALL_SIZE, r->t + i, f->pos - i, NULL))
            return true;
    return false;
}

const char *ingest_zh_rate_after(reader *r, const tok *fig, const char *ind)
{
    const lex_list *l = &r->lx->cls[LEX_RATE_NAME];
    char f[sizeof r->grown];
    const char *w = NULL;
    size_t n = ind ? strlen(ind) : 0;

    /* a clause of its own subject, a list, or a name that already says rate or
     * share (比重为55.3%，比年初提高10.6个百分点) */
    if (!n || r->own_subject || r->nlist > 0 || strcmp(ind, r->grown)
        || !ingest_zh_fold_copy(r->m, ind, n, f, sizeof f) || ingest_lex_ends(r->lx, LEX_RATE_NAME, f, n))
        return ind;
    /* a growth said with a rate word (增速为12.2%) names the change with it; one
     * said with a verb (增长, 下降), with the row for its direction (增速, 降幅).
     * A rate word the sentence does not write (a rule's stand-in for 增长率为)
     * leaves the name alone. */
    if (!r->grown_role)
        return ind;
    if (r->grown_role->flags & LEXF_RATE) {
        size_t i = 0;
        while (i + r->grown_role->n <= r->len && memcmp(r->t + i, r->grown_role->s, r->grown_role->n))
            i++;
        if (i + r->grown_role->n > r->len)
            return ind;
        w = r->grown_role->s;
    }
    /* the row of the verb itself (上涨: 涨幅), else of the direction; after a
     * fall, the fall's rate only when the points say how its size changed
     * (下降5.2%，比上月收窄1.3个百分点: 降幅); 下降15.6%，较同期回落20.3个百分点
     * is the growth rate's, as a reader takes 回落 */
    bool fall = r->grown_role->code == K_FALL && fall_size_said(r, fig);

    for (size_t i = 0; i < l->n && !w && (fall || r->grown_role->code != K_FALL); i++)
        if (!strcmp(l->v[i].value, r->grown_role->s))
            w = l->v[i].s;
    for (size_t i = 0; i < l->n && !w; i++)
        if (!strcmp(l->v[i].value, fall ? "down" : "up"))
            w = l->v[i].s;
    if (!w || (size_t)snprintf(r->named, sizeof r->named, "%s%s", ind, w) >= sizeof r->named)
        return ind;
    return r->named;
}

void ingest_zh_whole_rate(reader *r, const tok *k)
{
    if (k->kw->code != K_GROW || !(k->kw->flags & LEXF_RATE) || r->own_subject
        || r->clause_has_fig || k->pos <= r->clause_start)
        return;
    ingest_clean_text(r->m, r->t, r->clause_start, k->pos, &r->raw, false);
    if (!r->raw.len || !ingest_lex_is(r->lx, LEX_WHOLE, r->raw.data, r->raw.len))
        return;
    buf_reset(&r->subject);
    buf_append(&r->subject, r->s->text + k->pos, k->end - k->pos);
    r->own_subject = true;
}
