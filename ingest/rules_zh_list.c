/* rules_zh_list.c -- the subjects of a 分别 list: "工业和服务业投资分别增长
 * 9.1%和6.7%" names two subjects for two figures.  The text before 分别 is
 * split at the list separators (、 和 与 及), and short items are completed
 * from the others: a shared prefix (单位地区生产总值水耗、能耗), a shared
 * suffix (党组织和工会组织覆盖率), an ordinal pattern (第一、二、三产业增加值).
 * The rules (rules_zh.c) hand the items to the figures in order. */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"

/* The joiner of list items (、), which also separates them. */
static const char *joiner(const reader *r)
{
    const lex_list *l = &r->lx->cls[LEX_LIST_JOINER];
    return l->n ? l->v[0].s : "";
}

void ingest_zh_free_list(reader *r)
{
    for (size_t i = 0; i < r->nlist; i++)
        free(r->list[i]);
    r->nlist = r->next_in_list = 0;
    r->list_one_name = false;
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

int ingest_zh_list_add(reader *r, const char *s)
{
    return list_add(r, s, strlen(s));
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

/* 第一、二、三产业增加值 (or 第二、第三产业): every item is 第 + its numeral +
 * the common rest: the first item is 第 and one character, the middle ones
 * one digit (after their own 第, if any), the last a digit and the rest. */
static int ordinal_list(reader *r, buf *one)
{
    size_t len, last, on, dl = 0, skip, lm = 0;
    const char *l;
    int rc = GC_OK;

    if (r->nlist < 2 || !(on = ingest_lex_at(r->lx, LEX_ORDINAL, r->list[0], strlen(r->list[0]), NULL))
        || strlen(r->list[0]) != on + CJK_BYTES)
        return GC_OK;
    last = r->nlist - 1;
    for (size_t i = 1; i < r->nlist; i++) {
        const char *it = r->list[i];
        size_t m = ingest_lex_at(r->lx, LEX_ORDINAL, it, strlen(it), NULL);
        if (ingest_lex_digit(r->lx, it + m, strlen(it + m), &len) < 0
            || (i < last && strlen(it + m) != len))
            return GC_OK;
        dl = len;               /* the last item's digit, before the common rest */
        lm = m;
    }
    l = r->list[last] + lm;
    /* 第一、二、三次产业: the rest after the last digit without 次 */
    skip = ingest_lex_at(r->lx, LEX_ORDINAL_DROP, l + dl, strlen(l + dl), NULL);
    for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
        const char *d = r->list[i] + (i == 0 ? on : ingest_lex_at(r->lx, LEX_ORDINAL, r->list[i],
                                                                  strlen(r->list[i]), NULL));
        buf_reset(one);
        buf_append(one, r->list[0], on);
        buf_append(one, d, i == 0 ? CJK_BYTES : i < last ? strlen(d) : dl);
        buf_puts(one, l + dl + skip);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* Does item s[0..n) end with the start of suffix e (第一产业 and 产业增加值),
 * or with the ending e's value names (金融业: an item that names its
 * industry takes no 产业)?  The item then holds part of the shared tail, and
 * the longer tail would write it twice (第一产业产业增加值, 金融业产业增加值);
 * a shorter one is tried instead. */
static bool holds_tail_start(const char *s, size_t n, const lex_entry *e)
{
    for (size_t k = CJK_BYTES; k < e->n; k += CJK_BYTES)
        if (n >= k && memcmp(s + n - k, e->s, k) == 0)
            return true;
    return e->vn > 0 && n >= e->vn && memcmp(s + n - e->vn, e->value, e->vn) == 0;
}

/* The offset in the last item (ln bytes) of the ending character e after
 * which a measure of two characters or more follows: whole, the tail is a
 * list suffix in full (the first such); else it ends in one (the last such).
 * 0 when none. */
static size_t ending_at(const reader *r, const char *last, size_t ln, const char *e, bool whole)
{
    size_t found = 0;

    for (size_t p = CJK_BYTES; p + 3 * CJK_BYTES <= ln; p += char_len((unsigned char)last[p])) {
        const char *t = last + p + CJK_BYTES;
        size_t tn = ln - p - CJK_BYTES;
        if (memcmp(last + p, e, CJK_BYTES) != 0 || !is_ideograph_lead((unsigned char)t[0]))
            continue;           /* 乙类(113.77)消费物价指数: a bracket starts no measure */
        if (whole && ingest_lex_is(r->lx, LEX_LIST_SUFFIX, t, tn))
            return p;
        if (!whole && ingest_lex_ends(r->lx, LEX_LIST_SUFFIX, t, tn))
            found = p;
    }
    return found;
}

/* The earlier items all end in one character that the last item holds
 * too, and what follows it there is a measure (通讯器材类、金银珠宝类、文化办公
 * 用品类商品零售额, 工业和服务业投资): that tail is the measure they share, up
 * to where the items' common ending stands in the last (类商品零售额 gives
 * 商品零售额, not the suffix word 零售额 alone).  Each earlier item gets it;
 * true when done. */
static bool common_end_tail(reader *r, buf *one, int *rc)
{
    const char *last = r->list[r->nlist - 1];
    size_t ln = strlen(last), n0 = strlen(r->list[0]), p;
    const char *end0 = r->list[0] + n0 - CJK_BYTES;

    if (n0 < 2 * CJK_BYTES || (unsigned char)end0[0] < 0xE0)
        return false;
    for (size_t i = 1; i + 1 < r->nlist; i++) {
        size_t n = strlen(r->list[i]);
        if (n < 2 * CJK_BYTES || memcmp(r->list[i] + n - CJK_BYTES, end0, CJK_BYTES) != 0)
            return false;
    }
    /* where the ending stands in the last item with a measure after it: one
     * whose tail is a measure word in full first (服务业营业收入: 营业收入, not
     * 营业's 业 and 收入), else the last whose tail ends in one */
    if (!(p = ending_at(r, last, ln, end0, true)) && !(p = ending_at(r, last, ln, end0, false)))
        return false;
    for (size_t i = 0; i + 1 < r->nlist && *rc == GC_OK; i++) {
        buf_reset(one);
        buf_puts(one, r->list[i]);
        buf_puts(one, last + p + CJK_BYTES);
        *rc = list_set(r, i, one);
    }
    return true;
}

/* May the list suffix suf spread to item it?  A trade flow (出口) only to a
 * list of partners: its first item opens with 对 (对东盟、欧盟进出口), or the
 * item is a short name with no measure's ending (东盟、欧盟、美国进出口); never
 * to an item ending in a list suffix itself (货物出口、服务进口) or naming
 * its own measure (全市固定资产投资、货物出口; 外销订单、海关出口). */
static bool flow_spreads(const reader *r, const lex_entry *suf, const char *it)
{
    size_t n = strlen(it);

    if (!(suf->flags & LEXF_FLOW))
        return true;
    if (ingest_lex_ends(r->lx, LEX_LIST_SUFFIX, it, n))
        return false;
    /* at the start or after a short subject (我国对东盟、欧盟进出口) */
    size_t l0 = strlen(r->list[0]), at = ingest_lex_find(r->lx, LEX_PARTNER_OPEN, r->list[0], l0);
    if (at < l0 && at <= 2 * CJK_BYTES)
        return true;
    return n <= 3 * CJK_BYTES && !ingest_lex_ends(r->lx, LEX_MEASURE_END, it, n);
}

/* Completes short items from the first (单位地区生产总值水耗、能耗) and the
 * last (党组织和工会组织覆盖率), not an item that names its measure in full
 * (工业总产值和财政收入). */
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
    if (rc != GC_OK || (r->nlist > 1 && common_end_tail(r, one, &rc)))
        return rc;
    for (size_t i = 0; r->nlist > 1 && i + 1 < r->nlist && rc == GC_OK; i++)
        for (size_t p = 0; p < sufs->n; p++) {
            const lex_entry *suf = &sufs->v[p];
            const char *last = r->list[r->nlist - 1];
            size_t ln = strlen(last), of;
            if (ends_w(last, ln, suf) && i == 0
                && (of = ingest_lex_ends(r->lx, LEX_OF_MARK, last, ln - suf->n)) > 0
                && ln - suf->n - of >= CJK_BYTES) {
                /* 食品、居住的价格: the last item is 居住价格 */
                buf_reset(one);
                buf_append(one, last, ln - suf->n - of);
                buf_puts(one, suf->s);
                if ((rc = list_set(r, r->nlist - 1, one)) != GC_OK)
                    return rc;
                last = r->list[r->nlist - 1];
            }
            /* an item that already holds the last's stem names its own
             * measure (规模以上工业销售收入、利税、利润: 规模以上工业利税, given
             * the first's stem by attribute_items), and the last item that is
             * the suffix alone shares nothing */
            size_t stem = strlen(last) - (ends_w(last, strlen(last), suf) ? suf->n : 0);
            if (ends_w(last, strlen(last), suf) && stem > 0
                && strncmp(r->list[i], last, stem) != 0
                && !ends_w(r->list[i], strlen(r->list[i]), suf)
                && !holds_tail_start(r->list[i], strlen(r->list[i]), suf)
                && !ingest_lex_ends(r->lx, LEX_ITEM_DONE, r->list[i], strlen(r->list[i]))
                && flow_spreads(r, suf, r->list[i])) {
                buf_reset(one);
                buf_puts(one, r->list[i]);
                buf_puts(one, suf->s);
                rc = list_set(r, i, one);
                break;
            }
        }
    return rc;
}

int ingest_zh_complete_items(reader *r)
{
    buf one = BUF_INIT;
    int rc = shared_parts(r, &one);

    buf_free(&one);
    return rc;
}

/* 城乡居民收入 alone before two figures: 城镇居民收入 and 农村居民收入; 三次
 *产业增加值 before three: 第一产业增加值, 第二…, 第三…  The word stands
 * for the '|'-separated parts of its value; a word of two characters needs
 * a measure of two after it (城乡 alone is no name). */
static int expand_item(reader *r, buf *one)
{
    const lex_entry *e;
    const char *it, *v, *bar;
    char *tail;
    size_t w, parts = 1;
    int rc = GC_OK;

    if (r->nlist != 1)
        return GC_OK;
    it = r->list[0];
    if (!(w = ingest_lex_at(r->lx, LEX_LIST_EXPAND, it, strlen(it), &e)) || !strchr(e->value, '|')
        || (strlen(it) - w < 2 * CJK_BYTES && w < 4 * CJK_BYTES)
        || ingest_lex_ends(r->lx, LEX_RATIO_MEASURE, it, strlen(it)))
        return GC_OK;           /* 三次产业对经济增长的贡献率: rules_zh_cons.c */
    for (v = e->value; (bar = strchr(v, '|')); v = bar + 1)
        parts++;
    if (r->list_figs && r->list_figs != parts)
        return GC_OK;           /* 三次产业增加值分别增长a%: not its parts */
    tail = strdup(it + w);      /* the items replace the one it is read from */
    if (!tail)
        return GC_ENOMEM;
    v = e->value;
    for (size_t k = 0; k < parts && rc == GC_OK; k++) {
        size_t pn = (bar = strchr(v, '|')) ? (size_t)(bar - v) : strlen(v);
        buf_reset(one);
        buf_append(one, v, pn);
        buf_puts(one, tail);
        if (k == 0)
            rc = list_set(r, 0, one);
        else if (one->failed || !one->data)
            rc = GC_ENOMEM;
        else
            rc = list_add(r, one->data, one->len);
        v = bar ? bar + 1 : v + pn;
    }
    free(tail);
    return rc;
}

/* Is item s[0..n) a list modifier alone, or one after the whole the text
 * speaks of (全市城镇: the first item of a list keeps the subject's 全市)? */
static bool modifier_alone(const reader *r, const char *s, size_t n)
{
    size_t w = ingest_lex_at(r->lx, LEX_WHOLE, s, n, NULL);

    return ingest_lex_is(r->lx, LEX_LIST_MODIFIER, s, n)
        || (w > 0 && ingest_lex_is(r->lx, LEX_LIST_MODIFIER, s + w, n - w));
}

/* 城镇、农村居民人均住房面积: an item that is a modifier alone takes the rest
 * of the last item after that item's own modifier. */
static int modifier_items(reader *r, buf *one)
{
    const char *last = r->list[r->nlist - 1];
    size_t lw = ingest_lex_at(r->lx, LEX_LIST_MODIFIER, last, strlen(last), NULL);
    int rc = GC_OK;

    if (!lw || strlen(last) - lw < 2 * CJK_BYTES)
        return GC_OK;
    for (size_t i = 0; i + 1 < r->nlist && rc == GC_OK; i++) {
        if (!modifier_alone(r, r->list[i], strlen(r->list[i])))
            continue;
        buf_reset(one);
        buf_puts(one, r->list[i]);
        buf_puts(one, last + lw);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* 民营经济户数、从业人员、注册资金: items that are attributes alone take the
 * whole the first item names before its own attribute. */
static int attribute_items(reader *r, buf *one)
{
    const char *first = r->list[0];
    size_t fn = strlen(first), aw = ingest_lex_ends(r->lx, LEX_LIST_ATTRIBUTE, first, fn);
    int rc = GC_OK;

    if (!aw || fn - aw < 2 * CJK_BYTES)
        return GC_OK;
    for (size_t i = 1; i < r->nlist; i++)
        if (!ingest_lex_is(r->lx, LEX_LIST_ATTRIBUTE, r->list[i], strlen(r->list[i])))
            return GC_OK;
    for (size_t i = 1; i < r->nlist && rc == GC_OK; i++) {
        buf_reset(one);
        buf_append(one, first, fn - aw);
        buf_puts(one, r->list[i]);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* The offset of the first 的 in s[0..n) that has a character before it
 * and two after it (内地的整体出口货量), else 0. */
static size_t of_mark_at(const reader *r, const char *s, size_t n)
{
    size_t w;

    for (size_t i = CJK_BYTES; i < n; i += char_len((unsigned char)s[i]))
        if ((w = ingest_lex_at(r->lx, LEX_OF_MARK, s + i, n - i, NULL)) > 0
            && n - i - w >= 2 * CJK_BYTES)
            return i;
    return 0;
}

/* 输往台湾、日本及内地的整体出口货量: the first item opens a frame (输往, 来自)
 * that the last closes with 的 and the measure; every item sits in both
 * (输往日本的整体出口货量).  The earlier items hold no 的 of their own. */
static int framed_items(reader *r, buf *one)
{
    const lex_entry *fr;
    const char *last = r->list[r->nlist - 1];
    size_t fw = ingest_lex_at(r->lx, LEX_LIST_FRAME, r->list[0], strlen(r->list[0]), &fr);
    size_t q, ln = strlen(last);
    int rc = GC_OK;

    if (!fw || strlen(r->list[0]) - fw < CJK_BYTES || !(q = of_mark_at(r, last, ln)))
        return GC_OK;
    for (size_t i = 0; i + 1 < r->nlist; i++)
        if (of_mark_at(r, r->list[i], strlen(r->list[i])))
            return GC_OK;
    for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
        const char *it = r->list[i];
        buf_reset(one);
        if (!ingest_lex_at(r->lx, LEX_LIST_FRAME, it, strlen(it), NULL))
            buf_append(one, fr->s, fr->n);
        buf_puts(one, it);
        if (i + 1 < r->nlist)
            buf_puts(one, r->list[r->nlist - 1] + q);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* Where the items of s[0..n) start: after the examples of 食品、钢铁等七大
 * 优势产业 (a list separator, then 等 and a digit), else 0. */
static size_t after_examples(const reader *r, const char *s, size_t n)
{
    bool sep = false;
    size_t w, dl;

    for (size_t i = 0; i < n; i += char_len((unsigned char)s[i])) {
        if (ingest_lex_at(r->lx, LEX_LIST_SEP, s + i, n - i, NULL))
            sep = true;
        else if (sep && (w = ingest_lex_at(r->lx, LEX_LIST_ETC, s + i, n - i, NULL)) > 0
                 && ingest_lex_digit(r->lx, s + i + w, n - i - w, &dl) >= 0)
            return i + w;
    }
    return 0;
}

/* 纺织、食品、机械三大行业营业收入: the last item names the count (a digit and
 * 大) and the tail every item shares; the items take it and the last loses
 * the count. */
static int counted_items(reader *r, buf *one)
{
    char *last = r->list[r->nlist - 1];
    size_t n = strlen(last), dl, w;
    int rc = GC_OK;

    for (size_t i = CJK_BYTES; i < n; i += char_len((unsigned char)last[i])) {
        const lex_entry *ce;
        for (dl = 0; i + dl < n && is_digit(last[i + dl]); dl++)
            ;                   /* 3个主要指标: digits, or a Chinese numeral */
        if ((dl == 0 && ingest_lex_digit(r->lx, last + i, n - i, &dl) < 0)
            || !(w = ingest_lex_at(r->lx, LEX_LIST_COUNT, last + i + dl, n - i - dl, &ce)))
            continue;
        if (!strcmp(ce->value, "place") && i + dl + w == n) {
            /* 香洲、金湾和斗门三个行政区: places, not measures */
            ingest_zh_free_list(r);
            r->place_list = true;
            return GC_OK;
        }
        if (n - i - dl - w < 2 * CJK_BYTES)
            continue;
        const char *tail = last + i + dl + w;
        for (size_t k = 0; k + 1 < r->nlist && rc == GC_OK; k++) {
            buf_reset(one);
            buf_puts(one, r->list[k]);
            buf_puts(one, tail);
            rc = list_set(r, k, one);
        }
        if (rc == GC_OK) {
            buf_reset(one);
            buf_append(one, last, i);
            buf_puts(one, tail);
            rc = list_set(r, r->nlist - 1, one);
        }
        return rc;
    }
    return GC_OK;
}

/* Splits s[a..n) into list items: at every separator (all), else only at
 * the joiner 、 and, in the last item, at the other separators (tail), else
 * at the joiner and one separator word, 和 before 及 (with: 烟酒、衣履和康乐
 * 及文化 and 衣履、康乐及文化和交通 are three items, 康乐及文化 one of them),
 * else only at the joiner: 家庭设备用品及维修服务、医疗保健和个人用品 are two
 * items when two figures follow, 香洲、金湾和斗门 three. */
enum split_mode { SPLIT_ALL, SPLIT_TAIL, SPLIT_WITH, SPLIT_JOINER };

/* Is the separator at s[i] (sep bytes) inside a word: one that ends with it
 * (涉及), starts with it, or ends one character after it (劳动力参与率)?  The
 * words are whole (参与率, not 参与) so that 人参与鹿茸 and 工业与会展业 still
 * split. */
static bool sep_in_word(const reader *r, const char *s, size_t n, size_t i, size_t sep)
{
    size_t next = i + sep < n ? char_len((unsigned char)s[i + sep]) : 0;

    return ingest_lex_ends(r->lx, LEX_SEP_IN_WORD, s, i + sep) > sep
           || (next && i + sep + next <= n
               && ingest_lex_ends(r->lx, LEX_SEP_IN_WORD, s, i + sep + next) > sep + next)
           || ingest_lex_at(r->lx, LEX_SEP_IN_WORD, s + i, n - i, NULL) > sep;
}

static int split_items(reader *r, const char *s, size_t a, size_t n, enum split_mode mode,
                       const lex_entry *with)
{
    const char *j = joiner(r);
    size_t jn = strlen(j), sep, last = a;
    int rc = GC_OK;

    if (mode == SPLIT_TAIL)
        for (size_t i = a; i + jn <= n; i += char_len((unsigned char)s[i]))
            if (jn && !memcmp(s + i, j, jn))
                last = i + jn;  /* the last item starts after the last 、 */
    for (size_t i = a; i < n && rc == GC_OK; i += char_len((unsigned char)s[i])) {
        if (!(sep = ingest_lex_at(r->lx, LEX_LIST_SEP, s + i, n - i, NULL)) || sep_in_word(r, s, n, i, sep))
            continue;
        if (mode != SPLIT_ALL && !(sep == jn && !memcmp(s + i, j, jn))
            && (mode == SPLIT_JOINER || (mode == SPLIT_TAIL && i < last)
                || (mode == SPLIT_WITH && !(sep == with->n && !memcmp(s + i, with->s, sep)))))
            continue;
        rc = list_add(r, s + a, i - a);
        a = i + sep;
    }
    if (rc == GC_OK && a < n)
        rc = list_add(r, s + a, n - a);
    return rc;
}

/* 猪、牛、羊、禽肉产量: items of one character take the rest of the last item
 * after its own first character (猪肉产量). */
static int single_char_items(reader *r, buf *one)
{
    const char *last = r->list[r->nlist - 1];
    size_t ln = strlen(last), fl = char_len((unsigned char)last[0]);
    int rc = GC_OK;

    if (ln < fl + 2 * CJK_BYTES || !is_ideograph_lead((unsigned char)last[0]))
        return GC_OK;
    for (size_t i = 0; i + 1 < r->nlist; i++)
        if (strlen(r->list[i]) != CJK_BYTES || !is_ideograph_lead((unsigned char)r->list[i][0]))
            return GC_OK;
    for (size_t i = 0; i + 1 < r->nlist && rc == GC_OK; i++) {
        buf_reset(one);
        buf_puts(one, r->list[i]);
        buf_puts(one, last + fl);
        rc = list_set(r, i, one);
    }
    return rc;
}

/* Each item that is a run of folded (the matching form of shown, same
 * offsets) in the characters shown has there (城鄉居民收入 split as 城乡…). */
static int items_shown(reader *r, const char *folded, const char *shown, buf *one)
{
    int rc = GC_OK;

    for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
        const char *at = strstr(folded, r->list[i]);
        if (!at)
            continue;
        buf_reset(one);
        buf_append(one, shown + (at - folded), strlen(r->list[i]));
        rc = list_set(r, i, one);
    }
    return rc;
}

static int split_folded(reader *r, const char *s, size_t n);

/* A subject in display text (a carried one) is split in its matching form:
 * the lexicon's words are simplified. */
int ingest_zh_split_subject(reader *r, const char *s, size_t n)
{
    char *folded;
    buf one = BUF_INIT;
    int rc;

    if (!s || r->s->match == r->s->text)
        return split_folded(r, s, n);
    if (!(folded = malloc(n + 1)))
        return GC_ENOMEM;
    if (!ingest_zh_fold_copy(r->m, s, n, folded, n + 1) || !memcmp(folded, s, n)) {
        free(folded);
        return split_folded(r, s, n);
    }
    rc = split_folded(r, folded, n);
    if (rc == GC_OK)
        rc = items_shown(r, folded, s, &one);
    buf_free(&one);
    free(folded);
    return rc;
}

/* The finer splits of s[a..n) in turn (split_items), up to the first that
 * gives as many items as figures: true when one does. */
static bool finer_split(reader *r, const char *s, size_t a, size_t n, int *rc)
{
    const lex_list *seps = &r->lx->cls[LEX_LIST_SEP];
    const char *j = joiner(r);

    for (int mode = SPLIT_TAIL; mode <= SPLIT_JOINER; mode++)
        for (size_t w = 0; w < (mode == SPLIT_WITH ? seps->n : 1); w++) {
            if (mode == SPLIT_WITH && !strcmp(seps->v[w].s, j))
                continue;
            ingest_zh_free_list(r);
            if ((*rc = split_items(r, s, a, n, (enum split_mode)mode,
                                  mode == SPLIT_WITH ? &seps->v[w] : NULL)) != GC_OK)
                return false;
            if (r->nlist == r->list_figs)
                return true;
        }
    return false;
}

static int split_folded(reader *r, const char *s, size_t n)
{
    buf one = BUF_INIT;
    size_t a;
    int rc = GC_OK;

    ingest_zh_free_list(r);
    a = s ? after_examples(r, s, n) : 0;
    if (s)
        rc = split_items(r, s, a, n, SPLIT_ALL, NULL);
    /* more items than figures: some separator joins words inside one item
     * (批发和零售业, 生活用品及服务 as the last item); each finer split is
     * tried in turn, and the first split stands when none fits */
    if (s && rc == GC_OK && r->list_figs > 1 && r->nlist > r->list_figs
        && !finer_split(r, s, a, n, &rc) && rc == GC_OK) {
        ingest_zh_free_list(r);
        rc = split_items(r, s, a, n, SPLIT_ALL, NULL);
    }
    for (size_t i = 1; rc == GC_OK && i < r->nlist; i++)
        if (ingest_lex_is(r->lx, LEX_LIST_PRONOUN, r->list[i], strlen(r->list[i]))) {
            buf_reset(&one);    /* X及其…: X again */
            buf_puts(&one, r->list[i - 1]);
            rc = list_set(r, i, &one);
        }
    if (rc == GC_OK)
        rc = expand_item(r, &one);
    if (rc == GC_OK && r->nlist > 1)
        rc = framed_items(r, &one);
    if (rc == GC_OK && r->nlist > 1)
        rc = counted_items(r, &one);
    if (rc == GC_OK && r->nlist > 1)
        rc = single_char_items(r, &one);
    if (rc == GC_OK && r->nlist > 1)
        rc = modifier_items(r, &one);
    if (rc == GC_OK && r->nlist > 1)
        rc = attribute_items(r, &one);
    if (rc == GC_OK)
        rc = ordinal_list(r, &one);
    if (rc == GC_OK)
        rc = shared_parts(r, &one);
    if (r->nlist < 2 || rc != GC_OK)
        ingest_zh_free_list(r);
    buf_free(&one);
    return rc;
}

int ingest_zh_list_one_name(reader *r, const char *part, size_t pn, size_t n)
{
    const char *last = r->list[r->nlist - 1];
    size_t len = strlen(last), at = 0;
    char *name;
    int rc = GC_OK;

    if (len > pn && !memcmp(last, part, pn))
        at = pn + ingest_lex_at(r->lx, LEX_OF_MARK, last + pn, len - pn, NULL);
    while (len > at && (last[len - 1] == ',' || last[len - 1] == ' '))
        len--;                  /* the comma closing the clause of the name */
    if (at == 0 || len == at) {
        ingest_zh_free_list(r);
        return GC_OK;
    }
    if (!(name = malloc(len - at + 1)))
        return GC_ENOMEM;
    memcpy(name, last + at, len - at);
    name[len - at] = '\0';
    ingest_zh_free_list(r);
    for (size_t i = 0; i < n && rc == GC_OK; i++)
        rc = list_add(r, name, len - at);
    free(name);
    r->list_one_name = rc == GC_OK;
    return rc;
}

size_t ingest_zh_figures_after(const toks *ts, size_t i)
{
    size_t n = 0;

    for (size_t j = i + 1; j < ts->n; j++) {
        if (ts->v[j].type == T_BREAK && !ts->v[j].list_break)
            break;
        n += ts->v[j].type == T_FIG;
    }
    return n;
}

/* Splits the subjects before a 分别 at 、 和 与 及, and completes short items
 * (ingest_zh_split_subject).  A clause with no subject of its own before
 * its 分别 (…，分别增长a%和b%) lists the subject it inherits.  Returns GC_OK
 * or GC_ENOMEM. */
/* Where the first keyword of code stands in t[a..b), else b. */
size_t ingest_zh_keyword_in(const reader *r, size_t a, size_t b, int code)
{
    const lex_entry *k;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, r->t + i, b - i, &k) && k->code == code)
            return i;
    return b;
}

/* Where 占 stands in t[a..b) (A、B占Y的比重分别为a%、b%: the items end
 * there, Y is the whole), else b. */
static size_t share_word_at(const reader *r, size_t a, size_t b)
{
    return ingest_zh_keyword_in(r, a, b, K_SHARE);
}

/* Does the list's text (matching form) name a pull (对经济增长的贡献(拉动度),
 * 拉动): a contribution in points however written, no claim (RULES.md)? */
static bool names_pull(const reader *r, const buf *all)
{
    const lex_entry *g;

    for (size_t i = 0; i < all->len; i += char_len((unsigned char)all->data[i]))
        if (ingest_lex_at(r->lx, LEX_GAP_VERB, all->data + i, all->len - i, &g)
            && !strcmp(g->value, "pull"))
            return true;
    return false;
}

/* Each list item that is a run of the cleaned matching text all, in the
 * characters the display text has at that run (城鎮居民收入, not 城镇…). */
static int items_as_written(reader *r, size_t a, size_t b, const buf *all)
{
    buf shown = BUF_INIT, one = BUF_INIT;
    int rc = GC_OK;

    ingest_clean_both(r->m, r->s->text, r->s->match, a, b, &shown, true);
    if (shown.failed) {
        rc = GC_ENOMEM;
    } else if (shown.len == all->len) {
        for (size_t i = 0; i < r->nlist && rc == GC_OK; i++) {
            const char *at = strstr(all->data, r->list[i]);
            if (!at)
                continue;
            buf_reset(&one);
            buf_append(&one, shown.data + (at - all->data), strlen(r->list[i]));
            rc = list_set(r, i, &one);
        }
    }
    buf_free(&shown);
    buf_free(&one);
    return rc;
}

/* 甲、乙业，丙业，丁业增加值分别…: when the text before 分别 does not split
 * into as many items as figures follow, the bare clauses before it may be
 * the items (ingest_zh_list_from_bare); true when they are. */
static bool bare_items(reader *r, const buf *all, size_t a, size_t kw_pos, int *rc)
{
    if (r->list_figs < 2 || r->nbare == 0)
        return false;
    if ((*rc = split_items(r, all->data, 0, all->len, SPLIT_ALL, NULL)) != GC_OK)
        return false;
    if (r->nlist == r->list_figs) {
        ingest_zh_free_list(r);
        return false;
    }
    *rc = ingest_zh_list_from_bare(r, a, kw_pos);
    return *rc == GC_OK && r->nlist == r->list_figs;
}

int ingest_zh_build_list(reader *r, size_t kw_pos)
{
    buf all = BUF_INIT;
    int rc = GC_OK;

    if (r->share)
        kw_pos = share_word_at(r, r->head_start, kw_pos);

    ingest_zh_free_list(r);
    r->pull_list = r->bare_list = false;
    ingest_clean_text(r->m, r->s->match, r->head_start, kw_pos, &all, true);
    if (all.failed) {
        buf_free(&all);
        return GC_ENOMEM;
    }
    if (all.len == 0 && r->subject.len > 0) {
        buf_free(&all);
        if ((rc = ingest_zh_split_subject(r, r->subject.data, r->subject.len)) != GC_OK)
            return rc;
        return ingest_zh_list_carried(r);   /* …分别出栏a、b，分别增长c、d */
    }
    /* the items are read in the matching text (香洲、金灣和斗門三個行政區 counts
     * places as 三个行政区 does) and shown as written where one is a run of it */
    size_t a = r->list_start < kw_pos ? r->list_start : r->head_start;
    r->list_from = a;
    ingest_clean_text(r->m, r->s->match, a, kw_pos, &all, true);
    if (all.failed)
        rc = GC_ENOMEM;
    else if (!(r->bare_list = bare_items(r, &all, a, kw_pos, &rc)) && rc == GC_OK)
        rc = ingest_zh_split_subject(r, all.data, all.len);
    r->bare_list = r->bare_list || a < r->clause_start;    /* items over clauses */
    r->pull_list = rc == GC_OK && r->nlist && names_pull(r, &all);
    if (rc == GC_OK && r->nlist && r->s->match != r->s->text)
        rc = items_as_written(r, a, kw_pos, &all);
    buf_free(&all);
    return rc;
}

/* Where the token before ts->v[i] ends, the 、 between bare numbers
 * left out (0 at the first). */
static size_t before_token(const toks *ts, size_t i)
{
    while (i > 0 && ts->v[i - 1].type == T_BREAK && ts->v[i - 1].list_break)
        i--;
    return i > 0 ? ts->v[i - 1].end : 0;
}

/* The bare number that ends one list separator before byte p, in the
 * unit of figure ts->v[i] (its points unit only, unless any_unit), into
 * out: true when there is one. */
static bool bare_before(const reader *r, const toks *ts, size_t i, size_t p, tok *out, bool any_unit)
{
    const tok *k = &ts->v[i];
    const char *t = r->t;
    size_t w = 0, a;

    if ((!any_unit && strcmp(k->a.norm_unit, r->m->points_unit) != 0) || !k->a.unit[0] || p < 2)
        return false;
    for (size_t back = 1; back <= CJK_BYTES && back <= p && !w; back++)
        if (ingest_lex_at(r->lx, LEX_LIST_SEP, t + p - back, back, NULL) == back)
            w = back;
    if (!w || p - w == 0 || !is_digit(t[p - w - 1]))
        return false;
    for (a = p - w; a > 0 && (is_digit(t[a - 1]) || t[a - 1] == '.'); a--)
        ;
    if ((a > 0 && is_ascii_alpha(t[a - 1])) || before_token(ts, i) > a)
        return false;           /* part of a word, or of a figure read already */
    memset(out, 0, sizeof *out);
    out->type = T_FIG;
    if (ingest_amount_parse(r->lx, t + a, p - w - a, &out->a) != GC_OK || out->a.unit[0]
        || out->a.length != p - w - a)
        return false;
    memcpy(out->a.unit, k->a.unit, sizeof out->a.unit);
    memcpy(out->a.norm_unit, k->a.norm_unit, sizeof out->a.norm_unit);
    out->a.norm_value = out->a.value;
    out->pos = a;
    out->end = p - w;
    out->neg = false;
    return true;
}

static size_t bare_run(const reader *r, const toks *ts, size_t i, tok *out, size_t max, bool any_unit)
{
    size_t n = 0;
    tok one;

    for (size_t p = ts->v[i].pos; n < max && bare_before(r, ts, i, p, &one, any_unit); p = one.pos)
        out[n++] = one;
    for (size_t a = 0; n > 1 && a < n / 2; a++) {   /* in the order written */
        one = out[a];
        out[a] = out[n - 1 - a];
        out[n - 1 - a] = one;
    }
    return n;
}

size_t ingest_zh_points_bare_run(const reader *r, const toks *ts, size_t i, tok *out, size_t max)
{
    return bare_run(r, ts, i, out, max, false);
}

size_t ingest_zh_unit_bare_run(const reader *r, const toks *ts, size_t i, tok *out, size_t max)
{
    return bare_run(r, ts, i, out, max, true);
}

const tok *ingest_zh_points_later(const reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    size_t un = strlen(k->a.unit);

    if (!un || !strcmp(k->a.norm_unit, r->m->points_unit) || i + 1 >= ts->n
        || ts->v[i + 1].type != T_BREAK || !ts->v[i + 1].list_break)
        if (!(i + 1 < ts->n && ts->v[i + 1].type == T_FIG && ts->v[i + 1].pos > k->end))
            return NULL;        /* 3.2个、 or 0.5个和0.1个百分点 */
    for (size_t j = i + 1; j < ts->n; j++) {
        const tok *g = &ts->v[j];
        if (g->type == T_BREAK && !g->list_break)
            return NULL;
        if (g->type != T_FIG)
            continue;
        if (!strcmp(g->a.norm_unit, r->m->points_unit)) {
            /* its unit as written ends 个百分点 (the unit kept is 百分点) */
            size_t gn = strlen(g->a.unit);
            return g->end >= g->pos + gn + un && !memcmp(r->t + g->end - gn - un, k->a.unit, un)
                   ? g : NULL;
        }
        if (strcmp(g->a.unit, k->a.unit) != 0)
            return NULL;        /* each figure of the run bare, up to the last */
    }
    return NULL;
}

/* ---- lists over clauses ----
 *
 * A list's items are named once and serve several clauses, or are set off
 * by commas because an item holds a 、 of its own:
 *   生猪、牛、羊分别出栏a、b、c，分别增长x、y、z   the measure after 分别 (出栏)
 *                                                 names every item, and the
 *                                                 second 分别 has the same items;
 *   甲、乙服务业，丙服务业，丁业增加值分别增长…  the items are the clauses with
 *                                                 no figure before the 分别.
 * The rules are about the grammar of a list, not about any one measure:
 * the measure is whatever the text writes between 分别 and its figure.
 */

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
    r->bare_list = false;       /* (the list built before may have been) */
    for (size_t i = 0; i < r->nprev; i++)
        if (ingest_zh_list_add(r, r->prev[i]) != GC_OK)
            return GC_ENOMEM;
    return GC_OK;
}

/* The figures of the clause from ts->v[i] on, with the bare number a points
 * figure closes (比上月上升0.7和3.3个百分点 is two). */
static size_t clause_figures(const reader *r, const toks *ts, size_t i)
{
    tok bare[MAX_LIST];

    return ingest_zh_figures_after(ts, i) + 1
           + ingest_zh_points_bare_run(r, ts, i, bare, MAX_LIST);
}

size_t ingest_zh_clause_first(const toks *ts, size_t i)
{
    while (i > 0 && !(ts->v[i - 1].type == T_BREAK && !ts->v[i - 1].list_break))
        i--;
    return i;
}

bool ingest_zh_gap_verb_in(const reader *r, size_t a, size_t b)
{
    for (size_t p = a; p < b; p += char_len((unsigned char)r->t[p]))
        if (ingest_lex_at(r->lx, LEX_GAP_VERB, r->t + p, b - p, NULL))
            return true;
    return false;
}

int ingest_zh_list_again(reader *r, const toks *ts, size_t i)
{
    size_t j, cs;

    if (r->nprev < 2 || r->nlist || r->own_subject || r->clause_has_fig
        || clause_figures(r, ts, i) != r->nprev)
        return GC_OK;
    /* the clause opens with its verb or base (比上月, 分别), no noun before */
    j = ingest_zh_clause_first(ts, i);
    cs = j > 0 ? ts->v[j - 1].end : 0;
    if (ts->v[j].type != T_KW)
        return GC_OK;
    ingest_clean_text(r->m, r->t, cs, ts->v[j].pos, &r->scratch, true);
    if (r->scratch.failed)
        return GC_ENOMEM;
    if (r->scratch.len)
        return GC_OK;
    if (ingest_zh_gap_verb_in(r, cs, ts->v[i].pos))
        return GC_OK;           /* 分别拉动经济增长a、b、c个百分点: no claims */
    r->bare_list = false;
    for (size_t k = 0; k < r->nprev; k++)
        if (ingest_zh_list_add(r, r->prev[k]) != GC_OK)
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
    r->bare_list = false;
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

/* ---- a list after a colon that fills a slot of the head ----
 *
 * 输往所有主要目的地的整体出口货量均录得跌幅：美国(-25.3%)、中国内地(-19.4%):
 * the items fill the slot (所有主要目的地) of the measure named before the
 * colon, up to its verb: 输往美国的整体出口货量. */

/* Is t[i] a colon (':' or full-width)?  Its length, else 0. */
static size_t colon_at(const char *t, size_t i, size_t n)
{
    if (t[i] == ':')
        return 1;
    return n - i >= CJK_BYTES && !memcmp(t + i, "\xEF\xBC\x9A", CJK_BYTES) ? CJK_BYTES : 0;
}

/* Does t[i] end a clause before a colon's head (, ， ；)? */
static bool head_break_at(const char *t, size_t i, size_t n)
{
    return t[i] == ',' || t[i] == ';'
           || (n - i >= CJK_BYTES && (!memcmp(t + i, "\xEF\xBC\x8C", CJK_BYTES)
                                      || !memcmp(t + i, "\xEF\xBC\x9B", CJK_BYTES)));
}

void ingest_zh_colon_slot(reader *r, size_t item_a)
{
    const char *t = r->t;
    size_t c = item_a, cw = 0, h, sw = 0, s, e;
    const lex_entry *k;

    while (c > 0 && !cw) {
        c--;
        if ((unsigned char)t[c] >= 0x80 && (unsigned char)t[c] < 0xC0)
            continue;           /* inside a character */
        if (head_break_at(t, c, r->len))
            return;             /* a clause of its own, no colon list */
        cw = colon_at(t, c, r->len);
    }
    if (!cw || !r->subject.len)
        return;
    for (size_t i = h = 0; i < c; i += char_len((unsigned char)t[i]))
        if (head_break_at(t, i, r->len))
            h = i + char_len((unsigned char)t[i]);
    for (s = h; s < c && !(sw = ingest_lex_at(r->lx, LEX_LIST_SLOT, t + s, c - s, NULL));
         s += char_len((unsigned char)t[s]))
        ;
    if (!sw)
        return;
    for (e = s + sw; e < c; e += char_len((unsigned char)t[e]))
        if (ingest_lex_at(r->lx, LEX_KEYWORD, t + e, c - e, &k)
            || ingest_lex_at(r->lx, LEX_SHARED_MARK, t + e, c - e, NULL))
            break;              /* the name ends at its verb (均录得跌幅, 均上升) */
    /* the words before the slot cleaned as any subject's (2023年全年, 其中: no
     * part of the name) */
    buf_reset(&r->raw);
    ingest_clean_both(r->m, r->s->text, r->s->match, h, s, &r->raw, true);
    buf_append(&r->raw, r->subject.data, r->subject.len);
    buf_append(&r->raw, r->s->text + s + sw, e - s - sw);
    if (r->raw.failed)
        return;
    buf_reset(&r->subject);
    buf_append(&r->subject, r->raw.data, r->raw.len);
}
