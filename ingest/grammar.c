/* grammar.c -- what counts as a claim, read from one normalised sentence.
 *
 * A sentence is cut into tokens: keywords (由, 增至, 增长, 年均, 占, 较, 预计,
 * 累计, 力争 ...), years (2016年, 2016—2020年, 十三五), figures (a number with
 * its unit) and clause breaks (，、：).  The tokens are then read left to
 * right with a small state: the subject of the current clause (the text
 * before its first keyword or figure; a clause without one inherits the
 * previous subject), the years in force (the figure's own "2016年的", a base
 * year after 由/从/较/比, a leading "2021年，" that also holds for the rest of
 * the paragraph, else the report year: the year before it in a review, the
 * year itself in a goal), and the flags that cover what follows (预计, a
 * target word, a price basis, 累计).  A figure becomes a claim when a keyword
 * gives it a meaning (a level in a from/to statement, a growth rate, a share,
 * a multiple, an absolute change) or when it is the plain level of a
 * measure named right before it ("森林覆盖率35.78%").  A figure after an
 * action verb ("新建学校42所", "拆除违法建设860万平方米") is a tally, not a
 * claim, unless a share of it follows.  Dates, ordinals, durations ("连续6年"),
 * names with digits (16号线, 5G, quoted names) are never figures. */
#include "ingest_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/buf.h"

/* at() for a string literal: the length is a constant, so the compiler
 * turns the comparison into a few loads instead of a memcmp call. */
#define AT(s, n, lit) ((n) >= sizeof(lit) - 1 && memcmp((s), (lit), sizeof(lit) - 1) == 0)

/* ---- keywords ---- */

enum kw {
    K_FROM,        /* 由 从: the next year/figure is the start */
    K_TO,          /* 增至 提高到 ... 达到 为: the next figure is a level reached */
    K_GROW,        /* 增长 提高 增加 上升: a rate (or an absolute change) */
    K_FALL,        /* 下降 减少 降低 回落: the same, negative */
    K_NET_UP,      /* 净增 */
    K_NET_DOWN,    /* 净减 */
    K_AVG,         /* 年均 (before a growth verb), 平均每年 */
    K_SHARE,       /* 占: share of what follows up to 的 */
    K_SHARE_WORD,  /* 占比 比重: a share, the whole said before */
    K_BASE,        /* 较 比 与: a base year follows */
    K_PREV_YEAR,   /* 比上年 同比 较上年: a one-year change */
    K_ESTIMATE,    /* 预计 预期 */
    K_TARGET,      /* 力争 目标 计划 争取 确保 将 */
    K_CUMULATIVE,  /* 累计 */
    K_HAVE,        /* 现有: a level now */
    K_FENBIE,      /* 分别 */
    K_REAL,        /* 按可比价格 扣除价格因素 可比价: comparable from here */
    K_REAL_HERE,   /* 实际增长: comparable for this figure */
    K_NOMINAL,     /* 按现价 现价: current from here */
    K_NOMINAL_HERE,/* 名义增长 */
    K_SAME_BELOW,  /* 下同: the basis and 预计 hold for the paragraph */
    K_DOUBLE,      /* 翻一番 翻番 */
    K_QUADRUPLE,   /* 翻两番 */
    K_IS,          /* 是 (是…的x倍) */
    K_REVIEW5,     /* 五年来 过去五年 五年 */
    K_PLAN11, K_PLAN12, K_PLAN13, K_PLAN14,  /* 十一五 ... 十四五 */
    K_SINCE18, K_SINCE19,                    /* 十八大以来, 十九大以来 */
    K_THIS_YEAR,   /* 今年 明年(in a plan) */
    K_TOTAL_YEAR   /* 全年 */
};

typedef struct keyword {
    const char *text;
    size_t len;    /* strlen(text) */
    enum kw kw;
    bool growth;   /* speaks of change (for misses) */
} keyword;

#define KW(text, kw, growth) { text, sizeof(text) - 1, kw, growth }

/* Longest first within a shared prefix: the table is scanned in order. */
static const keyword keywords[] = {
    KW("年均增长", K_AVG, true), KW("年均递增", K_AVG, true), KW("年均下降", K_AVG, true),
    KW("年均减少", K_AVG, true), KW("年均提高", K_AVG, true), KW("年均分别", K_AVG, true),
    KW("年均增速", K_AVG, true), KW("平均每年", K_AVG, true),
    KW("增加到", K_TO, true), KW("增加至", K_TO, true), KW("增长到", K_TO, true),
    KW("增长至", K_TO, true), KW("提高到", K_TO, true), KW("提高至", K_TO, true),
    KW("提升到", K_TO, true), KW("提升至", K_TO, true), KW("上升到", K_TO, true),
    KW("上升至", K_TO, true), KW("下降到", K_TO, true), KW("下降至", K_TO, true),
    KW("减少到", K_TO, true), KW("减少至", K_TO, true), KW("降低到", K_TO, true),
    KW("降低至", K_TO, true), KW("扩大到", K_TO, true), KW("扩大至", K_TO, true),
    KW("增至", K_TO, true), KW("减至", K_TO, true), KW("降至", K_TO, true), KW("降到", K_TO, true),
    KW("达到", K_TO, false), KW("到", K_TO, false), KW("控制在", K_TO, false), KW("保持在", K_TO, false),
    KW("突破", K_TO, false), KW("超过", K_TO, false), KW("不超过", K_TO, false),
    KW("实际增长", K_REAL_HERE, true), KW("名义增长", K_NOMINAL_HERE, true),
    KW("净增加", K_NET_UP, true), KW("净增", K_NET_UP, true), KW("净减少", K_NET_DOWN, true),
    KW("净减", K_NET_DOWN, true),
    KW("增长", K_GROW, true), KW("增加", K_GROW, true), KW("提高", K_GROW, true),
    KW("上升", K_GROW, true), KW("提升", K_GROW, true), KW("增速", K_GROW, true),
    KW("下降", K_FALL, true), KW("减少", K_FALL, true), KW("降低", K_FALL, true),
    KW("回落", K_FALL, true), KW("回升", K_GROW, true),
    KW("翻了一番", K_DOUBLE, true), KW("翻一番", K_DOUBLE, true), KW("翻番", K_DOUBLE, true),
    KW("翻了两番", K_QUADRUPLE, true), KW("翻两番", K_QUADRUPLE, true),
    KW("比上年", K_PREV_YEAR, false), KW("较上年", K_PREV_YEAR, false),
    KW("同比", K_PREV_YEAR, false),
    KW("占比", K_SHARE_WORD, false), KW("比重", K_SHARE_WORD, false), KW("占", K_SHARE, false),
    KW("较", K_BASE, false), KW("比", K_BASE, false), KW("与", K_BASE, false),
    KW("由", K_FROM, false), KW("从", K_FROM, false),
    KW("预期目标", K_TARGET, false), KW("预计", K_ESTIMATE, false), KW("预期", K_ESTIMATE, false),
    KW("力争", K_TARGET, false), KW("目标", K_TARGET, false), KW("争取", K_TARGET, false),
    KW("计划", K_TARGET, false),
    KW("累计", K_CUMULATIVE, false), KW("现有", K_HAVE, false), KW("分别", K_FENBIE, false),
    KW("按可比价格", K_REAL, false), KW("按可比价", K_REAL, false),
    KW("扣除价格因素", K_REAL, false), KW("按现价", K_NOMINAL, false),
    KW("下同", K_SAME_BELOW, false),
    KW("五年来", K_REVIEW5, false), KW("过去五年", K_REVIEW5, false), KW("五年", K_REVIEW5, false),
    KW("十一五", K_PLAN11, false), KW("十二五", K_PLAN12, false), KW("十三五", K_PLAN13, false),
    KW("十四五", K_PLAN14, false),
    KW("十八大以来", K_SINCE18, false), KW("十九大以来", K_SINCE19, false),
    KW("今年", K_THIS_YEAR, false), KW("全年", K_TOTAL_YEAR, false),
    KW("达", K_TO, false), KW("为", K_TO, false), KW("是", K_IS, false), KW("将", K_TARGET, false),
};

#define NKEYWORDS (sizeof keywords / sizeof keywords[0])

/* Does s[0..n) start with lit?  The first byte is tested before anything
 * else: most calls fail there, in the hot loops over word lists. */
static bool at(const char *s, size_t n, const char *lit)
{
    size_t k;

    if (n == 0 || s[0] != lit[0])
        return false;
    k = strlen(lit);
    return n >= k && memcmp(s, lit, k) == 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t char_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Keyword words that are parts of nouns: 增加值, 增长点, 行动计划, 比例 ... */
static bool false_keyword(const char *t, size_t len, size_t i, const keyword *k)
{
    size_t e = i + k->len;

    if ((k->kw == K_GROW || k->kw == K_SHARE) && AT(t + e, len - e, "值"))
        return true;            /* 增加值 */
    if (k->kw == K_GROW && (AT(t + e, len - e, "点") || AT(t + e, len - e, "率")))
        return true;
    if (k->kw == K_TARGET && !strcmp(k->text, "计划")) {
        /* 计划增长5% is a goal; 行动计划, 倍增计划， are names */
        if (e >= len || (unsigned char)t[e] < 0xE4 || (unsigned char)t[e] > 0xE9
            || AT(t + e, len - e, "的") || AT(t + e, len - e, "和") || AT(t + e, len - e, "与"))
            return true;
        if (i >= 6 && AT(t + i - 6, len - i + 6, "行动"))
            return true;
    }
    if (k->kw == K_FROM) {
        /* 由2016年, 从370亿元: a figure follows; 由垃圾分类…组成, 从业人员 are not */
        size_t l;
        if (!(e < len && (is_digit(t[e]) || ingest_cn_digit(t + e, len - e, &l) >= 0)))
            return true;
    }
    if (k->kw == K_BASE && !strcmp(k->text, "比") && (AT(t + e, len - e, "例") || AT(t + e, len - e, "重")))
        return true;
    if (k->kw == K_TO && !strcmp(k->text, "为") && i >= 3 && AT(t + i - 3, len - i + 3, "作"))
        return true;
    if (k->kw == K_TO && !strcmp(k->text, "到")) {
        static const char *const before[] = { "得", "做", "收", "感", "遇", "受", "想", "看", "落" };
        static const char *const after[] = { "位", "期", "底", "户", "场", "达" };
        for (size_t w = 0; w < sizeof before / sizeof before[0]; w++)
            if (i >= 3 && at(t + i - 3, 3, before[w]))
                return true;
        for (size_t w = 0; w < sizeof after / sizeof after[0]; w++)
            if (at(t + e, len - e, after[w]))
                return true;
    }
    return false;
}

static uint32_t cp3(const char *t)
{
    return ((uint32_t)((unsigned char)t[0] & 0x0Fu) << 12)
         | ((uint32_t)((unsigned char)t[1] & 0x3Fu) << 6) | ((unsigned char)t[2] & 0x3Fu);
}

/* The bit of the ideograph at t (lead byte E4..E9) in an INGEST_CJK_WORDS
 * map: word (cp - 0x4000) >> 6, bit cp & 63, both read off the bytes. */
static bool cjk_bit(const uint64_t *map, const char *t)
{
    unsigned hi = (((unsigned char)t[0] - 0xE4u) << 6) | ((unsigned char)t[1] & 0x3Fu);
    return map[hi] >> ((unsigned char)t[2] & 0x3Fu) & 1;
}

static void set_cjk_bit(uint64_t *map, const char *t)
{
    uint32_t cp = cp3(t);
    map[(cp - 0x4000) >> 6] |= (uint64_t)1 << (cp & 63);
}

static void build_number_filter(ingest_context *ctx);
static void build_verb_map(ingest_context *ctx);
static void build_word_maps(ingest_context *ctx);

/* Indexes the keywords by their first character (all are three-byte CJK),
 * keeping table order within a bucket so that longer words still win. */
static void build_index(ingest_context *ctx)
{
    _Static_assert(NKEYWORDS < INGEST_KW_MAX, "INGEST_KW_MAX too small");
    memset(ctx->kw_head, 0, sizeof ctx->kw_head);
    memset(ctx->kw_first, 0, sizeof ctx->kw_first);
    for (size_t k = NKEYWORDS; k-- > 0;) {
        uint32_t b = cp3(keywords[k].text) % INGEST_KW_BUCKETS;
        set_cjk_bit(ctx->kw_first, keywords[k].text);
        ctx->kw_next[k] = (unsigned char)ctx->kw_head[b];
        ctx->kw_head[b] = (unsigned short)(k + 1);
    }
    build_number_filter(ctx);
    build_verb_map(ctx);
    build_word_maps(ctx);
    ctx->kw_ready = true;
}

/* Can a keyword start at t[i]?  One bit test. */
static bool may_be_keyword(const ingest_context *ctx, const char *t, size_t len, size_t i)
{
    unsigned char c = (unsigned char)t[i];

    return c >= 0xE4 && c <= 0xE9 && len - i >= 3 && cjk_bit(ctx->kw_first, t + i);
}

/* The keyword at t[i], or NULL.  A bit map of first characters rules out
 * most characters; a keyword's first character then picks its bucket. */
static const keyword *match_keyword(const ingest_context *ctx, const char *t, size_t len, size_t i)
{
    if (!may_be_keyword(ctx, t, len, i))
        return NULL;
    for (unsigned k = ctx->kw_head[cp3(t + i) % INGEST_KW_BUCKETS]; k; k = ctx->kw_next[k - 1]) {
        const keyword *w = &keywords[k - 1];
        size_t j = 0;
        if (len - i < w->len)
            continue;
        while (j < w->len && t[i + j] == w->text[j])
            j++;
        if (j == w->len && !false_keyword(t, len, i, w))
            return w;
    }
    return NULL;
}

/* ---- tokens ---- */

enum tok_type { T_KW, T_YEAR, T_RANGE, T_FIG, T_BREAK };

typedef struct ingest_tok {
    enum tok_type type;
    const keyword *kw;     /* T_KW */
    size_t pos, end;       /* bytes in the sentence */
    int year, year2;       /* T_YEAR (year), T_RANGE (year..year2) */
    bool year_of;          /* T_YEAR followed by 的 */
    bool comma_after;      /* T_YEAR followed by a clause break */
    bool list_break;       /* T_BREAK is 、 (a list inside a clause) */
    ingest_amount a;       /* T_FIG */
    bool neg;              /* T_FIG written with a minus sign */
    bool bare_scale;       /* T_FIG is a scale with no digit (万亿元) */
    bool bad;              /* T_FIG out of range (1,000 digits, 亿亿): never a claim */
} tok;

typedef struct toks {
    tok *v;
    size_t n, cap;
} toks;

static int push(toks *ts, const tok *t)
{
    if (ts->n == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 64;
        tok *v = realloc(ts->v, cap * sizeof *v);
        if (!v)
            return GC_ENOMEM;
        ts->v = v;
        ts->cap = cap;
    }
    ts->v[ts->n++] = *t;
    return GC_OK;
}


static bool is_ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Words right after a number that make it a date, an ordinal, a duration,
 * an age, a rank or part of a name rather than a figure. */
static bool not_a_figure_after(const char *s, size_t n)
{
    static const char *const words[] = {
        "年", "月", "日", "号", "届", "次", "批", "期", "级", "周年", "岁", "个季度", "季度",
        "大", "中全会", "连冠", "强", "核", "环", "路", "版", "代", "星", "小时", "天",
    };
    if (n > 0 && (is_ascii_alpha(s[0]) || s[0] == '-' || s[0] == '/'))
        return true;
    if (n > 1 && s[0] == '.' && (is_digit(s[1]) || is_ascii_alpha(s[1])))
        return true;            /* 2.0.1, a version; a final '.' ends the sentence */
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (at(s, n, words[i]))
            return true;
    return false;
}

/* Reads a year "2016年" (1900..2100), or a range "2016—2020年" / "2016-2020年",
 * at t[i].  Returns bytes read (0 if none). */
static size_t read_year(const char *t, size_t len, size_t i, tok *out)
{
    size_t j = i, k;
    int y = 0, y2 = 0;

    while (j < len && is_digit(t[j]) && j - i < 5)
        y = y * 10 + (t[j++] - '0');
    if (j - i != 4 || y < 1900 || y > 2100 || (j < len && is_digit(t[j])))
        return 0;
    if (AT(t + j, len - j, "年")) {
        out->type = T_YEAR;
        out->year = y;
        return j + 3 - i;
    }
    k = j;
    if (AT(t + k, len - k, "—"))
        k += 3;
    else if (AT(t + k, len - k, "－") || AT(t + k, len - k, "～"))
        k += 3;
    else if (k < len && (t[k] == '-' || t[k] == '~'))
        k += 1;
    else
        return 0;
    for (size_t m = k; m < k + 4; m++) {
        if (m >= len || !is_digit(t[m]))
            return 0;
        y2 = y2 * 10 + (t[m] - '0');
    }
    if (y2 <= y || y2 > 2100 || !AT(t + k + 4, len - k - 4, "年"))
        return 0;
    out->type = T_RANGE;
    out->year = y;
    out->year2 = y2;
    return k + 7 - i;
}

/* Is there a numeral character just before t[i] (so t[i] is not the start
 * of a number)? */
static bool numeral_before(const char *t, size_t i)
{
    size_t len;

    if (i == 0)
        return false;
    if (is_digit(t[i - 1]) || t[i - 1] == '.' || is_ascii_alpha(t[i - 1]) || t[i - 1] == '-')
        return !(t[i - 1] == '-' && i >= 2 && !is_digit(t[i - 2]) && !is_ascii_alpha(t[i - 2]));
    if (i >= 3 && ingest_cn_digit(t + i - 3, 3, &len) >= 0)
        return true;
    if (i >= 3 && (AT(t + i - 3, 3, "第") || AT(t + i - 3, 3, "十") || AT(t + i - 3, 3, "百")
                   || AT(t + i - 3, 3, "千") || AT(t + i - 3, 3, "万") || AT(t + i - 3, 3, "亿")))
        return true;
    return false;
}

/* Tries to read a figure at t[i]; returns bytes read, 0 if there is none
 * (the caller then moves on by one character). */
static size_t read_figure(const char *t, size_t len, size_t i, bool after_limit, tok *out)
{
    size_t start = i;
    bool neg = false;
    int rc;

    if (t[i] == '-' && i + 1 < len && is_digit(t[i + 1])) {
        neg = true;
        i++;
    }
    if (!ingest_is_numeral_start(t + i, len - i)) {
        /* 突破万亿元: a scale alone, only after a limit word */
        if (!after_limit || !(AT(t + i, len - i, "万亿") || AT(t + i, len - i, "亿")))
            return 0;
    }
    if (numeral_before(t, start))
        return 0;
    rc = ingest_parse_amount(t + i, len - i, &out->a);
    if (rc == GC_ERANGE) {
        /* skip the whole run of digits so no tail of it is read as a figure;
         * the token stays, so that the years and roles around it are used up */
        size_t j = i;
        while (j < len && (is_digit(t[j]) || t[j] == '.' || t[j] == ','))
            j++;
        memset(&out->a, 0, sizeof out->a);
        strcpy(out->a.unit, "?");
        out->bad = true;
        out->type = T_FIG;
        out->pos = start;
        return j > i ? j - start : char_len((unsigned char)t[i]);
    }
    if (rc != GC_OK)
        return 0;
    if (i > 0 && out->a.value == 1 && !is_digit(t[i]) && ingest_cn_digit(t + i, len - i, &(size_t){0}) < 0)
        out->bare_scale = true;
    out->type = T_FIG;
    out->neg = neg;
    out->pos = start;
    return i - start + out->a.length;
}

/* The code point of the three-byte character at t[i], or 0 when t[i] does
 * not start one; the tokenizer classifies characters by it. */
static uint32_t cjk_at(const char *t, size_t len, size_t i)
{
    if (len - i < 3 || ((unsigned char)t[i] & 0xF0) != 0xE0)
        return 0;
    return cp3(t + i);
}

static bool is_break(const char *t, size_t len, size_t i, size_t *blen, bool *list)
{
    uint32_t cp;

    *list = false;
    if (t[i] == ',' && !ingest_thousands_group(t + i, len - i)) {
        *blen = 1;
        return true;
    }
    if (t[i] == ':') {
        *blen = 1;
        return true;
    }
    cp = cjk_at(t, len, i);
    *blen = 3;
    *list = cp == 0x3001;                   /* 、 */
    return cp == 0x3001 || cp == 0xFF1A || cp == 0xFF0C;   /* 、 ： ， */
}

/* “ 《 「 ‘ open a quoted name; ” 》 」 ’ close it. */
static bool is_quote_open(const char *t, size_t len, size_t i)
{
    uint32_t cp = cjk_at(t, len, i);
    return cp == 0x201C || cp == 0x300A || cp == 0x300C || cp == 0x2018;
}

static bool is_quote_close(const char *t, size_t len, size_t i)
{
    uint32_t cp = cjk_at(t, len, i);
    return cp == 0x201D || cp == 0x300B || cp == 0x300D || cp == 0x2019;
}

static bool in_filter(const ingest_context *ctx, uint32_t cp);

/* A cheap test before read_figure: a digit, a minus before one, or a
 * character of the figure filter (or 万/亿 after a limit word). */
static bool may_start_figure(const ingest_context *ctx, const char *t, size_t len, size_t i,
                             bool limit)
{
    unsigned char c = (unsigned char)t[i];
    uint32_t cp;

    if (c < 0x80)
        return is_digit((char)c) || (c == '-' && i + 1 < len && is_digit(t[i + 1]));
    if ((c & 0xF0) != 0xE0 || len - i < 3)
        return false;
    cp = cp3(t + i);
    return in_filter(ctx, cp) || (limit && (cp == 0x4E07 || cp == 0x4EBF));
}

/* Cuts the sentence into tokens.  Figures inside quotes are names. */
static int tokenize(const ingest_context *ctx, const char *t, size_t len, toks *ts)
{
    size_t i = 0;
    int quote = 0;
    bool limit = false;   /* the last keyword was 突破/超过/达到: a bare scale may follow */

    while (i < len) {
        tok k;
        size_t n, blen;
        bool list, ideograph;
        unsigned char c;
        const keyword *kw;

        c = (unsigned char)t[i];
        ideograph = c >= 0xE4 && c <= 0xE9;     /* never a quote or a break */
        if (ideograph && len - i >= 3 && !cjk_bit(ctx->tok_first, t + i)) {
            i += 3;             /* most characters: no keyword, no figure */
            continue;
        }
        k.type = T_BREAK;       /* the fields a token needs are set below */
        k.year_of = k.comma_after = k.list_break = k.neg = k.bare_scale = k.bad = false;
        k.year = k.year2 = 0;
        k.kw = NULL;
        if (!ideograph && is_quote_open(t, len, i)) {
            quote++;
            i += 3;
            continue;
        }
        if (!ideograph && is_quote_close(t, len, i)) {
            if (quote > 0)
                quote--;
            i += 3;
            continue;
        }
        if (!ideograph && is_break(t, len, i, &blen, &list)) {
            k.type = T_BREAK;
            k.pos = i;
            k.end = i + blen;
            k.list_break = list;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            i += blen;
            limit = false;
            continue;
        }
        kw = match_keyword(ctx, t, len, i);
        if (kw && (quote == 0 || kw->kw >= K_PLAN11)) {
            k.type = T_KW;
            k.kw = kw;
            k.pos = i;
            k.end = i + kw->len;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            limit = kw->kw == K_TO;
            i = k.end;
            continue;
        }
        if (quote == 0 && is_digit(t[i]) && !numeral_before(t, i) && (n = read_year(t, len, i, &k)) > 0) {
            size_t e = i + n;
            k.pos = i;
            k.end = e;
            if (k.type == T_YEAR && e < len && is_digit(t[e]))
                ;   /* 2021年12月: a date */
            else {
                k.year_of = AT(t + e, len - e, "的");
                k.comma_after = e >= len || t[e] == ',' || AT(t + e, len - e, "，");
                if (push(ts, &k) != GC_OK)
                    return GC_ENOMEM;
            }
            while (e < len && (is_digit(t[e]) || AT(t + e, len - e, "月") || AT(t + e, len - e, "日")))
                e += is_digit(t[e]) ? 1 : 3;
            i = e;
            continue;
        }
        if (quote == 0 && may_start_figure(ctx, t, len, i, limit)
            && (n = read_figure(t, len, i, limit, &k)) > 0) {
            k.end = i + n;
            if (k.type == T_FIG && k.a.unit[0] && !not_a_figure_after(t + k.end, len - k.end))
                if (push(ts, &k) != GC_OK)
                    return GC_ENOMEM;
            i += n;
            continue;
        }
        i += char_len((unsigned char)t[i]);
    }
    return GC_OK;
}

/* ---- subjects ---- */

/* A word of a list with its length, so that the loops over the lists below
 * (run for every clause) compare bytes without measuring strings. */
typedef struct word {
    const char *s;
    size_t n;
} word;

#define W(lit) { lit, sizeof(lit) - 1 }
#define NWORDS(a) (sizeof a / sizeof a[0])

static bool same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* Does s[0..n) start (end) with w?  The words are short UTF-8: the last
 * byte of a character tells more than a lead byte, so it goes first. */
static bool starts_w(const char *s, size_t n, const word *w)
{
    return n >= w->n && s[w->n - 1] == w->s[w->n - 1] && same_bytes(s, w->s, w->n - 1);
}

static bool ends_w(const char *s, size_t n, const word *w)
{
    return n >= w->n && s[n - 1] == w->s[w->n - 1] && same_bytes(s + n - w->n, w->s, w->n - 1);
}

/* Words stripped from the start of a subject: time words and connectives. */
static const word lead_words[] = {
    W("——"), W("—"), W("其中"), W("全年"), W("今年"), W("当年"), W("目前"), W("同时"), W("此外"), W("另外"), W("我们"),
    W("主要"), W("的"), W("和"),
};

/* The verbs of a tally, also stripped so that "累计新增上市企业" names
 * 上市企业 (but not before deciding the figure is a tally). */
static const word lead_verbs[] = {
    W("累计"), W("新增"), W("完成"), W("办理"), W("培育"), W("实现"), W("现有"), W("国家级"),
};

/* Adverbs and connectives stripped from the end of a subject. */
static const word tail_words[] = {
    W("稳步"), W("持续"), W("不断"), W("大幅"), W("明显"), W("显著"), W("快速"), W("平稳"), W("较快"), W("逐年"),
    W("进一步"), W("平均"), W("预计"), W("总体"), W("继续"), W("全部"), W("分别"), W("约"), W("接近"), W("近"), W("逾"), W("的"), W("均"),
};

/* Verbs of an action tally: a figure after them counts what was done. */
static const word action_verbs[] = {
    W("拆除"), W("腾退"), W("减量"), W("建成"), W("建设"), W("新建"), W("新增"), W("改造"), W("改扩建"), W("实施"), W("挖潜"),
    W("抽调"), W("组建"), W("建立"), W("开工"), W("竣工"), W("配租"), W("发放"), W("惠及"), W("完成"), W("加装"), W("减免"),
    W("发行"), W("开通"), W("打通"), W("引进"), W("培育"), W("清理"), W("助力"), W("设立"), W("支持"), W("关注"), W("涉及"),
    W("签约"), W("落地"), W("推进"), W("启动"), W("打造"), W("举办"), W("开展"), W("出台"), W("成立"), W("获评"), W("入选"),
    W("整治"), W("治理"), W("绿化"), W("造林"), W("绘制"), W("移交"), W("修"), W("开复工"), W("扶持"), W("帮扶"), W("培训"),
    W("招聘"), W("安置"), W("救助"), W("走访"), W("受理"), W("处理"), W("查处"), W("办结"), W("服务"), W("接种"), W("检测"),
};

/* Endings that name a measure, so the phrase is a subject even if it holds a
 * verb (家庭医生签约率, 业委会组建率). */
static const word measure_ends[] = {
    W("率"), W("能力"), W("面积"), W("人员"), W("金"), W("量"), W("额"), W("收入"), W("值"), W("度"), W("数"), W("比重"),
    W("人口"), W("规模"), W("产值"), W("支出"), W("投资"), W("强度"), W("指数"), W("水平"), W("总量"), W("消费"), W("资产"),
};

static bool ends_with(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && s[n - 1] == lit[k - 1] && memcmp(s + n - k, lit, k) == 0;
}

static bool contains(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (s[i] == lit[0] && s[i + k - 1] == lit[k - 1] && memcmp(s + i, lit, k) == 0)
            return true;
    return false;
}

/* The length of the word of words[0..n) that starts s[0..len) and leaves
 * something after it, or 0. */
static size_t lead_word(const char *s, size_t len, const word *words, size_t n)
{
    for (size_t w = 0; w < n; w++)
        if (len > words[w].n && starts_w(s, len, &words[w]))
            return words[w].n;
    return 0;
}

/* May a word whose character at s (the first, or the last) is in map be
 * there?  False only for an ideograph (lead byte E4..E9) outside the map;
 * anything else is left to the word lists. */
static bool may_be_word(const uint64_t *map, const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];

    return n < 3 || c < 0xE4 || c > 0xE9 || cjk_bit(map, s);
}

static void build_word_maps(ingest_context *ctx)
{
    memset(ctx->lead_first, 0, sizeof ctx->lead_first);
    memset(ctx->tail_last, 0, sizeof ctx->tail_last);
    for (size_t i = 0; i < NWORDS(lead_words); i++)
        if ((unsigned char)lead_words[i].s[0] >= 0xE4 && (unsigned char)lead_words[i].s[0] <= 0xE9)
            set_cjk_bit(ctx->lead_first, lead_words[i].s);
    for (size_t i = 0; i < NWORDS(lead_verbs); i++)
        set_cjk_bit(ctx->lead_first, lead_verbs[i].s);
    for (size_t i = 0; i < NWORDS(tail_words); i++)
        set_cjk_bit(ctx->tail_last, tail_words[i].s + tail_words[i].n - 3);
}

/* Copies text[a..b) into out without quotes and spaces, then trims the
 * lead and tail words above (and the lead verbs when verbs is true).  The
 * lead words are skipped by moving a start offset, and the text moved once
 * at the end; the word lists are searched only when the maps of first and
 * last characters say a word may be there. */
static void clean_text(const ingest_context *ctx, const char *t, size_t a, size_t b, buf *out,
                       bool verbs)
{
    bool again = true;
    size_t lead = 0, n = 0;
    char *d;

    buf_reset(out);
    if (b <= a || buf_reserve(out, b - a) != 0)
        return;             /* an empty range (b may come before a) */
    d = out->data;
    for (size_t i = a; i < b;) {
        unsigned char c = (unsigned char)t[i];
        size_t k = char_len(c);
        if (i + k > b)
            break;
        /* quotes are “ ” ‘ ’ (E2 80 ..) and 《 》 「 」 (E3 80 ..) */
        if (!(c == ' ' || c == '"' || ((c == 0xE2 || c == 0xE3)
                                        && (is_quote_open(t, b, i) || is_quote_close(t, b, i))))) {
            for (size_t j = 0; j < k; j++)
                d[n + j] = t[i + j];
            n += k;
        }
        i += k;
    }
    while (again && n > lead) {
        size_t w = 0;
        if (may_be_word(ctx->lead_first, d + lead, n - lead)) {
            w = lead_word(d + lead, n - lead, lead_words, NWORDS(lead_words));
            if (w == 0 && verbs)
                w = lead_word(d + lead, n - lead, lead_verbs, NWORDS(lead_verbs));
        }
        lead += w;
        again = w > 0;
        /* the last character decides whether any tail word can match; the
         * words are then tried in order, each on what the previous left */
        if (n - lead >= 3 && !may_be_word(ctx->tail_last, d + n - 3, 3))
            continue;
        for (size_t k = 0; k < NWORDS(tail_words); k++)
            if (ends_w(d + lead, n - lead, &tail_words[k])) {
                n -= tail_words[k].n;
                again = true;
            }
    }
    if (lead > 0)
        memmove(d, d + lead, n - lead);
    out->len = n - lead;
    d[out->len] = '\0';
}

static void clean_subject(const ingest_context *ctx, const char *t, size_t a, size_t b, buf *out)
{
    clean_text(ctx, t, a, b, out, true);
}

/* A usable subject: two characters at least, no digit, not a lone keyword. */
/* A verb alone is not a subject: in "由410家增至820家，实现翻一番" the
 * second clause has none of its own and inherits 国家高新技术企业. */
static const word bare_verbs[] = {
    W("实现"), W("达到"), W("完成"), W("保持"), W("超过"), W("突破"), W("争取"), W("力争"), W("确保"),
    W("累计"),
};

static bool good_subject(const buf *s)
{
    size_t chars = 0;

    if (!s->data || s->len == 0)
        return false;
    for (size_t i = 0; i < NWORDS(bare_verbs); i++)
        if (s->len == bare_verbs[i].n && !memcmp(s->data, bare_verbs[i].s, s->len))
            return false;
    /* valid UTF-8: one step a character; only one-byte characters can be digits */
    for (size_t i = 0; i < s->len; i += char_len((unsigned char)s->data[i])) {
        if (is_digit(s->data[i]))
            return false;
        chars++;
    }
    return chars >= 2;
}

static void build_verb_map(ingest_context *ctx)
{
    memset(ctx->verb_first, 0, sizeof ctx->verb_first);
    for (size_t i = 0; i < NWORDS(action_verbs); i++)
        set_cjk_bit(ctx->verb_first, action_verbs[i].s);
}

/* A tally's head starts with an action verb (新增, 改造绿化面积), or holds one
 * and does not end in a measure (保障性住房开工建设); 家庭医生签约率 and
 * 业委会组建率 are measures.  The verbs are looked for only where the map
 * of their first characters says one may start. */
static bool is_action(const ingest_context *ctx, const char *s, size_t n)
{
    bool verb = false;

    for (size_t i = 0; i < n && !verb; i += char_len((unsigned char)s[i])) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0xE4 || c > 0xE9 || n - i < 3 || !cjk_bit(ctx->verb_first, s + i))
            continue;
        for (size_t w = 0; w < NWORDS(action_verbs) && !verb; w++)
            verb = starts_w(s + i, n - i, &action_verbs[w]);
        if (verb && i == 0)
            return true;
    }
    for (size_t i = 0; i < NWORDS(measure_ends) && verb; i++)
        verb = !ends_w(s, n, &measure_ends[i]);
    return verb;
}

/* ---- reading the tokens ---- */

#define MAX_LIST 16

typedef struct reader {
    ingest_context *ctx;
    const ingest_sentence *s;
    const char *file;
    const ingest_sink *sink;
    const char *t;         /* the sentence, simplified for matching */
    size_t len;
    buf subject;           /* current subject */
    buf scratch;
    buf raw;               /* a head with its verbs, to tell a tally */
    buf excerpt;           /* the part of an over-long sentence a claim carries */
    buf of;                /* the whole of a share */
    char *list[MAX_LIST];  /* subjects of a 分别 list */
    size_t nlist, next_in_list;
    size_t pending_list;   /* figure-less clauses before this one, joined by 、 */
    buf pending;           /* their text, 、-joined */
    size_t pending_start;  /* where the first of them starts; SIZE_MAX if none */
    int claims;
    int rc;
    /* sentence state */
    int from_year, base_year, lead_year, to_year, range_from, range_to;
    int plan_from, plan_to, review_years;
    bool estimated, target, cumulative, basis_sticky_para, goal_word;
    ingest_basis basis;
    bool prev_year_base;
    /* clause state */
    size_t clause_start;
    size_t head_start;     /* where the clause's subject may start */
    size_t last_kw_end;
    bool clause_has_fig, clause_has_kw, clause_action;
    const keyword *role;   /* last role keyword in the clause */
    size_t role_pos, role_end;
    size_t verb_pos;       /* the role keyword or 占 of the clause, for 约占 */
    size_t list_start;     /* where the current subject (with its 、 list) starts */
    bool avg, share, share_word, have, is_kw;
    bool role_fig_done;    /* the role keyword already gave a figure */
    int fig_year;          /* "2016年的" just before the next figure */
    bool fig_year_from;    /* that year came after 由/从 */
    bool real_here, nominal_here;
    bool pending_level;    /* a tally level waiting to see if a share follows */
    const keyword *list_role;  /* 增加A 1万个、B 1350个: the verb over a 、 list */
    bool in_list;          /* the clause follows a 、 */
    ingest_claim pend;
    const tok *last_fig;
    ingest_kind last_kind;
    const keyword *last_role;
} reader;

static int end_year(const reader *r, bool *inferred)
{
    *inferred = false;
    if (r->to_year)
        return r->to_year;
    if (r->range_to)
        return r->range_to;
    if (r->lead_year)
        return r->lead_year;
    if (r->ctx->para_year)
        return r->ctx->para_year;
    *inferred = true;
    if (r->plan_to)
        return r->plan_to;
    if (r->ctx->report_year == 0)
        return 0;
    if (r->target || r->ctx->para_target || r->ctx->plan)
        return r->ctx->report_year;
    return r->ctx->report_year - 1;
}

/* The period of a claim over several years, by what the sentence says. */
static void period_of(const reader *r, ingest_claim *c, bool avg)
{
    bool inf;
    int e = end_year(r, &inf);

    c->year = 0;
    c->year_inferred = false;
    if (r->range_from) {
        c->period_from = avg ? r->range_from - 1 : r->range_from;
        c->period_to = r->range_to;
        c->period_inferred = false;
        return;
    }
    if (r->plan_from && !r->lead_year && !r->ctx->para_year) {
        c->period_from = r->plan_from;
        c->period_to = r->plan_to ? r->plan_to : e;
        c->period_inferred = true;
        return;
    }
    c->period_to = e;
    c->period_inferred = inf;
    if (r->base_year > 0)
        c->period_from = r->base_year;
    else if (r->from_year > 0)
        c->period_from = r->from_year;
    else if (r->plan_from)
        c->period_from = r->plan_from;
    else if (e)
        c->period_from = e - (r->review_years ? r->review_years : 5);
    if (!(r->base_year > 0 || r->from_year > 0) || inf)
        c->period_inferred = true;
    if (!e || !c->period_from) {
        c->period_from = c->period_to = 0;
        c->year = e;
        c->year_inferred = inf && e != 0;
    }
}

static void point_of(const reader *r, ingest_claim *c, int year, bool inferred)
{
    bool inf;

    c->period_from = c->period_to = 0;
    c->period_inferred = false;
    if (year) {
        c->year = year;
        c->year_inferred = inferred;
        return;
    }
    c->year = end_year(r, &inf);
    c->year_inferred = inf && c->year != 0;   /* an unknown year is null, not inferred */
}

static ingest_qualifier qualifier_of(const reader *r, const tok *f, size_t seg_start)
{
    const char *t = r->t;
    size_t e = f->end, p = f->pos, n = r->len;
    static const struct { word w; ingest_qualifier q; } pre[] = {
        { W("不超过"), INGEST_BELOW }, { W("不到"), INGEST_BELOW }, { W("不足"), INGEST_BELOW },
        { W("低于"), INGEST_BELOW }, { W("超过"), INGEST_ABOVE }, { W("突破"), INGEST_ABOVE },
        { W("逾"), INGEST_ABOVE }, { W("高于"), INGEST_ABOVE }, { W("接近"), INGEST_APPROX },
        { W("近"), INGEST_APPROX }, { W("约"), INGEST_APPROX }, { W("大约"), INGEST_APPROX },
    };

    if (AT(t + e, n - e, "以上") || AT(t + e, n - e, "多"))
        return INGEST_ABOVE;
    if (AT(t + e, n - e, "以内") || AT(t + e, n - e, "以下"))
        return INGEST_BELOW;
    if (AT(t + e, n - e, "左右"))
        return INGEST_APPROX;
    for (size_t i = f->pos; i < f->end; i += char_len((unsigned char)t[i])) {
        if (AT(t + i, f->end - i, "多"))
            return INGEST_ABOVE;
        if (AT(t + i, f->end - i, "余"))
            return INGEST_APPROX;
    }
    /* right before the figure (超过8000亿元) or before its verb (约占) */
    for (size_t w = 0; w < sizeof pre / sizeof pre[0]; w++) {
        size_t k = pre[w].w.n;
        if ((p >= seg_start + k && ends_w(t + p - k, k, &pre[w].w))
            || (r->verb_pos >= seg_start + k && r->verb_pos <= p
                && ends_w(t + r->verb_pos - k, k, &pre[w].w)))
            return pre[w].q;
    }
    return INGEST_EXACT;
}

/* Copies the unit as written (the display text may hold traditional forms
 * where the matching text is simplified). */
static void unit_as_written(const reader *r, const tok *f, char *out, size_t cap)
{
    size_t ulen = strlen(f->a.unit), end = f->end, start;

    if (!strcmp(f->a.unit, "百分点") || ulen > end - f->pos || ulen >= cap) {
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
    if (!isfinite(c.value) || !isfinite(c.norm_value) || !isfinite(c.resolution)
        || !c.indicator || !c.indicator[0])
        return GC_OK;           /* never a NaN, never a claim about nothing */
    if (r->sink->claim)
        rc = r->sink->claim(&c, r->sink->ctx);
    r->claims++;
    return rc;
}

static void fill_value(ingest_claim *c, const tok *f, double sign)
{
    c->value = sign * (f->neg ? -f->a.value : f->a.value);
    c->norm_value = sign * (f->neg ? -f->a.norm_value : f->a.norm_value);
    c->resolution = f->a.resolution;
    c->norm_unit = (char *)(uintptr_t)f->a.norm_unit;
}

/* The subject for the figure: the i-th of a 分别 list, or the current one. */
static const char *subject_for(reader *r)
{
    if (r->nlist > 0 && r->next_in_list < r->nlist)
        return r->list[r->next_in_list++];
    return r->subject.data ? r->subject.data : "";
}

/* Makes the cleaned head in r->scratch, already found good_subject(), the
 * subject (after the figure-less list items pending before it). */
static void set_subject(reader *r)
{
    buf_reset(&r->subject);
    if (r->pending.len > 0) {
        buf_append(&r->subject, r->pending.data, r->pending.len);
        buf_puts(&r->subject, "、");
    }
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
}

/* ---- 分别 lists ---- */

static const char *const shared_prefixes[] = {
    "单位地区生产总值", "万元地区生产总值", "单位GDP", "万元GDP",
};
static const char *const shared_suffixes[] = {
    "覆盖率", "增长率", "普及率", "达标率", "合格率", "参保率", "满意度", "收入", "增加值",
};

static void free_list(reader *r)
{
    for (size_t i = 0; i < r->nlist; i++)
        free(r->list[i]);
    r->nlist = r->next_in_list = 0;
}

static void list_add(reader *r, const char *s, size_t n)
{
    if (r->nlist < MAX_LIST && n > 0 && (r->list[r->nlist] = malloc(n + 1))) {
        memcpy(r->list[r->nlist], s, n);
        r->list[r->nlist][n] = '\0';
        r->nlist++;
    }
}

/* 第一、二、三产业增加值: every item is 第 + its numeral + the common rest. */
static void ordinal_list(reader *r)
{
    size_t len, last;
    const char *l;
    buf one = BUF_INIT;

    if (r->nlist < 2 || !AT(r->list[0], strlen(r->list[0]), "第") || strlen(r->list[0]) != 6)
        return;
    last = r->nlist - 1;
    l = r->list[last];
    for (size_t i = 1; i < r->nlist; i++)
        if (ingest_cn_digit(r->list[i], strlen(r->list[i]), &len) < 0
            || (i < last && strlen(r->list[i]) != 3))
            return;
    for (size_t i = 0; i < r->nlist; i++) {
        const char *d = i == 0 ? r->list[0] + 3 : r->list[i];
        buf_reset(&one);
        if (buf_printf(&one, "第%.3s%s", d, l + 3) == 0) {
            free(r->list[i]);
            r->list[i] = buf_detach(&one);
        }
    }
    buf_free(&one);
}

/* Splits the subjects before a 分别 at 、 和 与 及, and completes short items
 * from the first (单位地区生产总值水耗、能耗), the last (党组织和工会组织覆盖率)
 * or an ordinal pattern (第一、二、三产业增加值). */
static void build_list(reader *r, size_t kw_pos)
{
    buf one = BUF_INIT, all = BUF_INIT;
    size_t n, a = 0;

    free_list(r);
    clean_subject(r->ctx, r->s->text, r->list_start < kw_pos ? r->list_start : r->head_start, kw_pos, &all);
    n = all.len;
    for (size_t i = 0; all.data && i < n; i += char_len((unsigned char)all.data[i]))
        if (AT(all.data + i, n - i, "、") || AT(all.data + i, n - i, "和")
            || AT(all.data + i, n - i, "与") || AT(all.data + i, n - i, "及")) {
            list_add(r, all.data + a, i - a);
            a = i + 3;
        }
    if (all.data && a < n)
        list_add(r, all.data + a, n - a);
    ordinal_list(r);
    for (size_t i = 1; i < r->nlist; i++)
        for (size_t p = 0; p < sizeof shared_prefixes / sizeof shared_prefixes[0]; p++) {
            const char *pre = shared_prefixes[p];
            if (at(r->list[0], strlen(r->list[0]), pre) && !at(r->list[i], strlen(r->list[i]), pre)
                && strlen(r->list[i]) <= 12) {
                buf_reset(&one);
                if (buf_printf(&one, "%s%s", pre, r->list[i]) == 0) {
                    free(r->list[i]);
                    r->list[i] = buf_detach(&one);
                }
            }
        }
    for (size_t i = 0; r->nlist > 1 && i + 1 < r->nlist; i++)
        for (size_t p = 0; p < sizeof shared_suffixes / sizeof shared_suffixes[0]; p++) {
            const char *suf = shared_suffixes[p], *last = r->list[r->nlist - 1];
            if (ends_with(last, strlen(last), suf) && !ends_with(r->list[i], strlen(r->list[i]), suf)) {
                buf_reset(&one);
                if (buf_printf(&one, "%s%s", r->list[i], suf) == 0) {
                    free(r->list[i]);
                    r->list[i] = buf_detach(&one);
                }
                break;
            }
        }
    if (r->nlist < 2)
        free_list(r);
    buf_free(&one);
    buf_free(&all);
}

static bool head_is_action(reader *r, size_t a, size_t b)
{
    clean_text(r->ctx, r->s->text, a, b, &r->raw, false);
    return is_action(r->ctx, r->raw.data ? r->raw.data : "", r->raw.len);
}

/* ---- figures ---- */

static void base_claim(reader *r, ingest_claim *c)
{
    memset(c, 0, sizeof *c);
    c->estimated = r->estimated;
    c->target = r->target || r->ctx->para_target;
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
static bool object_change(reader *r, const keyword *role, const tok *f)
{
    if (strcmp(role->text, "增加") != 0 && strcmp(role->text, "减少") != 0)
        return false;
    clean_subject(r->ctx, r->s->text, r->role_end, f->pos, &r->scratch);
    if (!good_subject(&r->scratch))
        return false;
    buf_reset(&r->subject);
    buf_append(&r->subject, r->scratch.data, r->scratch.len);
    return true;
}

static bool is_growth_role(enum kw w)
{
    return w == K_GROW || w == K_FALL || w == K_NET_UP || w == K_NET_DOWN
        || w == K_REAL_HERE || w == K_NOMINAL_HERE || w == K_AVG;
}

/* The role a figure plays: the keyword before it, unless that keyword's
 * object makes it a tally (整治提升背街小巷464条), or the figure repeats the
 * last role in a list (…、…和…), or heads a new list item. */
static const keyword *figure_role(reader *r, const tok *f)
{
    const keyword *role = r->role;

    if (role && is_growth_role(role->kw) && f->pos > r->role_end + 9) {
        /* 增加中小学学位1万个: 增加/减少 with its object names what changed;
         * any other verb with an object is a tally */
        if (object_change(r, role, f))
            r->list_role = role;
        else
            role = NULL;
    }
    /* a figure after 、 or 和 with no keyword of its own repeats the last role */
    if (!role && r->last_fig && r->nlist > 0)
        role = r->last_role;
    if (!role && r->list_role && r->in_list && f->pos > r->head_start) {
        clean_subject(r->ctx, r->s->text, r->head_start, f->pos, &r->scratch);
        if (good_subject(&r->scratch)) {
            role = r->list_role;
            set_subject(r);
        }
    }
    return role;
}

/* A percentage of a whole (占全市的40%, 全市占比由21.8%增至24%). */
static int share_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role,
                       bool year_after_from)
{
    c->kind = INGEST_SHARE;
    if (role && role->kw == K_FROM) {
        c->estimated = false;
        point_of(r, c, r->from_year, !year_after_from);
    } else {
        point_of(r, c, 0, false);
    }
    return emit(r, c, f);
}

/* 年均增长x%, or 增长/下降 after 年均 earlier in the clause. */
static int average_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role)
{
    bool down = role->kw == K_FALL || contains(role->text, strlen(role->text), "下降")
                || contains(role->text, strlen(role->text), "减少");

    c->kind = INGEST_GROWTH_AVG;
    fill_value(c, f, down ? -1 : 1);
    period_of(r, c, true);
    return emit(r, c, f);
}

/* 是…的x倍, 增长到x倍 (x), 增长x倍 (x + 1). */
static int multiple_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role,
                          int year)
{
    c->kind = INGEST_MULTIPLE;
    if (role && role->kw == K_GROW) {
        c->value += 1;
        c->norm_value += 1;
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
    return r->base_year > 0 || (allow_paragraph && r->ctx->para_period && !r->lead_year &&
                                !r->ctx->para_year && !r->prev_year_base);
}

/* 增长/下降/提高 x% (yoy or over a period), 净增/减少 an amount, 百分点. */
static int change_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role,
                        bool is_pct, bool is_pp)
{
    bool net = role->kw == K_NET_UP || role->kw == K_NET_DOWN;

    fill_value(c, f, role->kw == K_FALL || role->kw == K_NET_DOWN ? -1 : 1);
    if (is_pct && !net) {
        if (change_over_period(r, true) || r->cumulative) {
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
    point_of(r, c, year ? year : r->from_year, year == 0);
    if (!year && !r->from_year)
        point_of(r, c, 0, true);
    return emit(r, c, f);
}

/* A figure with no keyword: the plain level of a measure named just before
 * it (森林覆盖率35.78%), or a tally kept pending in case a share of it
 * follows; nothing when no measure is named. */
static int plain_level(reader *r, ingest_claim *c, const tok *f, bool is_pct)
{
    size_t a = r->clause_start, b = f->pos;
    bool counter_then_noun = !is_pct && f->end < r->len
                             && (unsigned char)r->t[f->end] >= 0xE4
                             && (unsigned char)r->t[f->end] <= 0xE9
                             && !AT(r->t + f->end, r->len - f->end, "以")
                             && !AT(r->t + f->end, r->len - f->end, "左");

    clean_subject(r->ctx, r->s->text, a, b, &r->scratch);
    if (!good_subject(&r->scratch) || counter_then_noun || !f->a.unit[0])
        return GC_OK;
    if (r->nlist == 0 && a == r->clause_start) {
        set_subject(r);
        c->indicator = r->subject.data;
    }
    if (!r->clause_action && !head_is_action(r, a, b))
        return emit(r, c, f);
    /* a tally: kept only if a share of it follows */
    r->clause_action = true;
    ingest_claim_clear(&r->pend);
    r->pend = *c;
    r->pend.indicator = strdup(r->subject.data ? r->subject.data : "");
    r->pend.unit = NULL;
    r->pending_level = r->pend.indicator != NULL;
    r->pend.norm_unit = strdup(f->a.norm_unit);
    r->pend.source.file = NULL;
    r->pend.source.sentence = NULL;
    return GC_OK;
}

/* A level: cumulative over the period after 累计, else in a year; emitted
 * when a keyword (增至, 预计, 现有, 目标, 为) introduces it. */
static int level_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role,
                       int year, bool is_pct)
{
    c->kind = INGEST_LEVEL;
    if (r->cumulative && !r->have) {
        c->cumulative = true;
        period_of(r, c, false);
        if (!r->base_year && !r->from_year && !r->range_from)
            c->period_inferred = true;
        return emit(r, c, f);
    }
    point_of(r, c, year, false);
    if (role && role->kw == K_TO && year)
        r->to_year = year;      /* 增至2023年的…，年均增长: the period ends there */
    if (role && (role->kw == K_TO || role->kw == K_ESTIMATE || role->kw == K_HAVE
                 || role->kw == K_TARGET || role->kw == K_IS))
        return emit(r, c, f);
    return plain_level(r, c, f, is_pct);
}

static bool is_change_role(const keyword *role)
{
    return role && (role->kw == K_GROW || role->kw == K_FALL || role->kw == K_REAL_HERE ||
                    role->kw == K_NOMINAL_HERE || role->kw == K_NET_UP ||
                    role->kw == K_NET_DOWN);
}

/* Turns figure f into a claim by its role and unit.  A share word with a
 * figure that is not a percentage gives a level that keeps its whole. */
static int figure_claim(reader *r, ingest_claim *c, const tok *f, const keyword *role,
                        int year, bool year_after_from)
{
    bool is_pct = !strcmp(f->a.norm_unit, "%");

    if (r->share || r->share_word) {
        c->of = r->of.len ? r->of.data : NULL;
        if (is_pct)
            return share_claim(r, c, f, role, year_after_from);
        return level_claim(r, c, f, role, year, is_pct);
    }
    if (role && (role->kw == K_AVG || ((role->kw == K_GROW || role->kw == K_FALL) && r->avg)))
        return average_claim(r, c, f, role);
    if (!strcmp(f->a.norm_unit, "倍"))
        return multiple_claim(r, c, f, role, year);
    if (is_change_role(role))
        return change_claim(r, c, f, role, is_pct, !strcmp(f->a.norm_unit, "百分点"));
    if (role && role->kw == K_FROM)
        return from_claim(r, c, f, year);
    return level_claim(r, c, f, role, year, is_pct);
}

static int on_figure(reader *r, const tok *f)
{
    const keyword *role = r->role;
    int year = r->fig_year;
    bool year_after_from = r->fig_year_from;
    int rc = GC_OK;

    r->fig_year = 0;
    r->fig_year_from = false;
    if (!f->bad && !(f->bare_scale && !(role && role->kw == K_TO))) {
        ingest_claim c;
        role = figure_role(r, f);
        base_claim(r, &c);
        c.indicator = (char *)(uintptr_t)subject_for(r);
        c.qualifier = qualifier_of(r, f, segment_start(r));
        fill_value(&c, f, 1);
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
    if (!r->clause_has_fig && !r->clause_has_kw && list_break) {
        /* a figure-less subject before 、: part of a list */
        clean_subject(r->ctx, r->s->text, r->head_start, brk, &r->scratch);
        if (r->pending_start == SIZE_MAX)
            r->pending_start = r->head_start;
        if (good_subject(&r->scratch)) {
            if (r->pending.len)
                buf_puts(&r->pending, "、");
            buf_append(&r->pending, r->scratch.data, r->scratch.len);
        }
    } else if (!list_break || r->clause_has_fig) {
        buf_reset(&r->pending);
        r->pending_start = SIZE_MAX;
    }
    if (!list_break) {
        r->clause_action = false;
        r->list_role = NULL;
        free_list(r);
    }
    r->in_list = list_break;
    if (AT(r->t + start, r->len - start, "其中"))
        r->cumulative = false;
    r->clause_start = r->head_start = start;
    r->fig_year = 0;
    r->verb_pos = 0;
    r->clause_has_fig = r->clause_has_kw = false;
    r->role = NULL;
    r->avg = r->share = r->share_word = r->have = false;
    buf_reset(&r->of);
}

/* The first keyword or figure after a usable subject ends it.  Words before
 * the subject (力争, 累计, 预计 at the start of a clause) are skipped: the
 * subject may then start after them. */
static void clause_head(reader *r, size_t pos, size_t skip_to)
{
    if (r->clause_has_fig || r->clause_has_kw)
        return;
    if (r->share) {
        r->clause_has_kw = true;    /* 占全市的40%: what follows 占 is the whole */
        return;
    }
    clean_subject(r->ctx, r->s->text, r->head_start, pos, &r->scratch);
    if (good_subject(&r->scratch)) {
        set_subject(r);
        r->clause_has_kw = true;
        r->list_start = r->pending_start != SIZE_MAX ? r->pending_start : r->head_start;
        buf_reset(&r->pending);
        r->pending_start = SIZE_MAX;
        return;
    }
    r->head_start = skip_to;
}

static void on_year(reader *r, const tok *k, const tok *prev)
{
    bool after_from = prev && prev->type == T_KW && prev->end == k->pos && prev->kw->kw == K_FROM;
    bool after_base = prev && prev->type == T_KW && prev->end == k->pos
                      && (prev->kw->kw == K_BASE || prev->kw->kw == K_IS);
    bool after_to = prev && prev->type == T_KW && prev->end == k->pos && prev->kw->kw == K_TO;

    if (k->type == T_RANGE) {
        r->range_from = k->year;
        r->range_to = k->year2;
        return;
    }
    if (after_from) {
        r->from_year = k->year;
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
    if (after_to || (prev && prev->type == T_KW && prev->kw->kw == K_TARGET)
        || (k->pos >= 3 && AT(r->t + k->pos - 3, 3, "到"))) {
        r->to_year = k->year;
        return;
    }
    if (k->comma_after || k->pos == 0 || !r->clause_has_fig) {
        r->lead_year = k->year;
        if (k->pos == 0 || (r->clause_start == 0 && k->comma_after))
            r->ctx->para_year = k->year;
    }
}

static void on_keyword(reader *r, const tok *k)
{
    enum kw w = k->kw->kw;

    switch (w) {
    case K_ESTIMATE:
        r->estimated = true;
        r->role = k->kw;        /* 预计1000亿元: a level; a verb after it wins */
        return;
    case K_TARGET:
        r->target = true;
        if (strstr(k->kw->text, "目标"))
            r->goal_word = true;
        return;
    case K_CUMULATIVE:
        r->cumulative = true;
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
    case K_REVIEW5:
        r->review_years = 5;
        return;
    case K_PLAN11: case K_PLAN12: case K_PLAN13: case K_PLAN14:
        r->plan_to = 2010 + 5 * (int)(w - K_PLAN11);
        r->plan_from = r->plan_to - 5;
        return;
    case K_SINCE18: case K_SINCE19:
        r->plan_from = w == K_SINCE18 ? 2012 : 2017;
        r->plan_to = 0;
        return;
    case K_THIS_YEAR:
        r->target = r->target || r->ctx->para_target;
        if (r->ctx->report_year && !r->lead_year)
            r->to_year = 0;
        return;
    case K_TOTAL_YEAR:
        return;
    case K_PREV_YEAR:
        r->prev_year_base = true;
        r->base_year = 0;
        return;
    case K_FENBIE:
        build_list(r, k->pos);
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
        if (strstr(k->kw->text, "分别"))
            build_list(r, k->pos);
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
    if ((w == K_GROW || w == K_FALL) && r->role && r->role->kw == K_AVG)
        return;                 /* 年均 ... 增长: keep the average */
    if (w == K_TO && r->role && strstr(r->role->text, "增速"))
        return;                 /* 增速为6.2%: a rate, not a level */
    if (w == K_TO && (!strcmp(k->kw->text, "为") || !strcmp(k->kw->text, "达"))
        && r->clause_start == k->pos)
        return;                 /* 为企业减免: a preposition, not a level */
    r->role = k->kw;
}

/* 翻一番 and 翻两番: a multiple with no figure. */
static int on_double(reader *r, const tok *k)
{
    ingest_claim c;
    tok f = *k;

    base_claim(r, &c);
    c.indicator = (char *)(uintptr_t)subject_for(r);
    c.kind = INGEST_MULTIPLE;
    c.value = c.norm_value = k->kw->kw == K_DOUBLE ? 2 : 4;
    c.resolution = 0;
    c.unit = (char *)(uintptr_t)"倍";
    c.norm_unit = (char *)(uintptr_t)"倍";
    period_of(r, &c, false);
    f.pos = k->pos;
    return emit(r, &c, &f);
}

/* The share's whole: 占全市的40% -> 全市; 占地区生产总值的比重 -> 地区生产总值. */
static void share_whole(reader *r, const tok *k, const tok *next_fig)
{
    size_t a = k->end, b = next_fig ? next_fig->pos : r->len;

    for (size_t i = a; i < b; i += char_len((unsigned char)r->t[i]))
        if (AT(r->t + i, b - i, "的") || AT(r->t + i, b - i, "比重") || AT(r->t + i, b - i, "比例")
            || AT(r->t + i, b - i, "为") || AT(r->t + i, b - i, "达")) {
            b = i;
            break;
        }
    clean_subject(r->ctx, r->s->text, a, b, &r->of);
    if (!good_subject(&r->of))
        buf_reset(&r->of);
}

static const tok *next_figure(const toks *ts, size_t i)
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
static bool whole_before(reader *r, const tok *k)
{
    static const char *const wholes[] = { "全市", "全区", "全省", "全国", "全球", "全县" };

    clean_subject(r->ctx, r->s->text, r->head_start, k->pos, &r->scratch);
    for (size_t i = 0; i < sizeof wholes / sizeof wholes[0]; i++)
        if (r->scratch.len && !strcmp(r->scratch.data, wholes[i])) {
            buf_reset(&r->of);
            buf_append(&r->of, r->scratch.data, r->scratch.len);
            r->clause_has_kw = true;
            return true;
        }
    return false;
}

/* Words that may come before a clause's subject (力争政府债务率…,
 * 累计完成固定资产投资…). */
static bool is_prefix_word(enum kw w)
{
    return w == K_TARGET || w == K_CUMULATIVE || w == K_ESTIMATE || w == K_HAVE
        || w == K_REVIEW5 || w >= K_PLAN11 || w == K_REAL || w == K_NOMINAL
        || w == K_SAME_BELOW || w == K_PREV_YEAR || w == K_BASE;
}

static void read_keyword(reader *r, const toks *ts, size_t i)
{
    const tok *k = &ts->v[i];
    enum kw w = k->kw->kw;

    if (w == K_SHARE_WORD && !r->share)
        whole_before(r, k);
    if (w != K_THIS_YEAR && w != K_TOTAL_YEAR)
        clause_head(r, k->pos, k->end);
    if (!is_prefix_word(w))
        r->clause_has_kw = true;    /* a verb with nothing before: the subject is inherited */
    r->last_kw_end = k->end;
    if (w == K_SHARE)
        share_whole(r, k, next_figure(ts, i));
    if (w == K_DOUBLE || w == K_QUADRUPLE)
        r->rc = on_double(r, k);
    else
        on_keyword(r, k);
    if (r->role == k->kw) {
        r->role_pos = k->pos;
        r->role_end = k->end;
    }
    if (r->role == k->kw || w == K_SHARE)
        r->verb_pos = k->pos;
}

static int read_tokens(reader *r, const toks *ts)
{
    for (size_t i = 0; i < ts->n && r->rc == GC_OK; i++) {
        const tok *k = &ts->v[i];
        const tok *prev = i > 0 ? &ts->v[i - 1] : NULL;
        bool share_follows;

        switch (k->type) {
        case T_BREAK:
            clause_reset(r, k->pos, k->end, k->list_break);
            break;
        case T_YEAR:
        case T_RANGE:
            on_year(r, k, prev);
            break;
        case T_KW:
            read_keyword(r, ts, i);
            break;
        case T_FIG:
            share_follows = r->share || r->share_word;
            clause_head(r, k->pos, k->pos);
            if (r->pending_level && share_follows)
                r->rc = emit_pending(r);
            r->pending_level = false;
            r->clause_has_fig = true;
            if (r->rc == GC_OK)
                r->rc = on_figure(r, k);
            break;
        }
    }
    return r->rc;
}

/* "（按可比价格计算，下同）" after a figure covers that figure too: the basis
 * it names holds for the whole sentence and, through the context, for the
 * rest of the paragraph. */
static void same_below(reader *r, const toks *ts)
{
    bool same = false;
    ingest_basis b = INGEST_BASIS_UNSTATED;

    for (size_t i = 0; i < ts->n; i++) {
        if (ts->v[i].type != T_KW)
            continue;
        if (ts->v[i].kw->kw == K_SAME_BELOW)
            same = true;
        else if (ts->v[i].kw->kw == K_REAL && b == INGEST_BASIS_UNSTATED)
            b = INGEST_BASIS_REAL;
        else if (ts->v[i].kw->kw == K_NOMINAL && b == INGEST_BASIS_UNSTATED)
            b = INGEST_BASIS_NOMINAL;
    }
    if (same && b != INGEST_BASIS_UNSTATED)
        r->basis = b;
}

/* ---- misses and the quick test ---- */

/* 零〇一二两三四五六七八九, as ingest_cn_digit reads them. */
static bool is_cn_digit_cp(uint32_t cp)
{
    switch (cp) {
    case 0x96F6: case 0x3007: case 0x4E00: case 0x4E8C: case 0x4E24: case 0x4E09:
    case 0x56DB: case 0x4E94: case 0x516D: case 0x4E03: case 0x516B: case 0x4E5D:
        return true;
    default:
        return false;
    }
}

static bool is_scale_cp(uint32_t cp)
{
    return cp == 0x5341 || cp == 0x767E || cp == 0x5343 || cp == 0x4E07 || cp == 0x4EBF
        || cp == 0x70B9 || cp == 0x591A || cp == 0x4F59 || cp == 0x500D;   /* 十百千万亿点多余倍 */
}

/* The characters that can begin a figure with no ASCII digit: the Chinese
 * digits, 十, 翻 (翻一番), 分 (三分之一 is caught at 三, 百分之 at 分), 突 and
 * 超 (突破万亿元).  A 256-bit filter on them lets the quick test skip other
 * ideographs with one load. */
static const uint32_t figure_starts[] = {
    0x96F6, 0x3007, 0x4E00, 0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
    0x516B, 0x4E5D, 0x5341, 0x7FFB, 0x5206, 0x7A81, 0x8D85, 0x767E /* 百分之 */,
};

static unsigned filter_bit(uint32_t cp)
{
    return (cp ^ (cp >> 8)) & 255u;
}

static bool in_filter(const ingest_context *ctx, uint32_t cp)
{
    unsigned b = filter_bit(cp);
    return ctx->num_filter[b >> 6] >> (b & 63) & 1;
}

/* The filters on figure starts: the hashed one of the quick test, and the
 * exact tok_first map of the tokenizer, which read_figure() can only
 * succeed under -- at a Chinese digit, 十, 百 (百分之), or a bare 万/亿
 * after a limit word -- together with the keywords' first characters. */
static void build_number_filter(ingest_context *ctx)
{
    static const char *const bare_scales[] = { "万", "亿" };

    memset(ctx->num_filter, 0, sizeof ctx->num_filter);
    memcpy(ctx->tok_first, ctx->kw_first, sizeof ctx->tok_first);
    for (size_t i = 0; i < sizeof figure_starts / sizeof figure_starts[0]; i++) {
        uint32_t cp = figure_starts[i];
        unsigned b = filter_bit(cp);
        ctx->num_filter[b >> 6] |= (uint64_t)1 << (b & 63);
        if (cp >= 0x4000 && cp < 0xA000)
            ctx->tok_first[(cp - 0x4000) >> 6] |= (uint64_t)1 << (cp & 63);
    }
    for (size_t i = 0; i < sizeof bare_scales / sizeof bare_scales[0]; i++)
        set_cjk_bit(ctx->tok_first, bare_scales[i]);
}

bool ingest_number_start(uint32_t cp)
{
    return (cp >= '0' && cp <= '9') || is_cn_digit_cp(cp) || cp == 0x5341 /* 十 */
        || cp == 0x7FFB /* 翻 */ || cp == 0x5206 /* 分 */ || cp == 0x7A81 /* 突 */
        || cp == 0x8D85 /* 超 */;
}

/* The quick test run on every sentence: can it hold a figure at all?  An
 * ASCII digit, 百分之 or 分之, 翻 (翻一番), a Chinese digit or 十 followed by
 * a place or scale (两万, 八点五, 十二), or a scale after 突破/超过
 * (突破万亿元).  A Chinese digit inside a word (进一步, 一般, 三山五园) is not
 * enough, and most sentences of a report cost one pass over their bytes. */
static bool has_number(const ingest_context *ctx, const char *t, size_t len)
{
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)t[i];
        uint32_t cp, next;
        if (c < 0x80) {
            if (is_digit((char)c))
                return true;
            i++;
            continue;
        }
        if ((c & 0xF0) != 0xE0 || i + 3 > len) {
            i += char_len(c);
            continue;
        }
        cp = cp3(t + i);
        i += 3;
        if (!in_filter(ctx, cp))
            continue;
        next = cjk_at(t, len, i);
        if (cp == 0x7FFB /* 翻 */ || (cp == 0x5206 /* 分 */ && next == 0x4E4B /* 之 */))
            return true;
        if ((is_cn_digit_cp(cp) || cp == 0x5341) && (is_scale_cp(next) || is_cn_digit_cp(next)))
            return true;
        if ((cp == 0x7A81 /* 突 */ && next == 0x7834) || (cp == 0x8D85 /* 超 */ && next == 0x8FC7))
            return true;
    }
    return false;
}

static bool speaks_of_change(const ingest_context *ctx, const char *t, size_t len)
{
    for (size_t i = 0; i < len; i += char_len((unsigned char)t[i])) {
        const keyword *k;
        if (!may_be_keyword(ctx, t, len, i))
            continue;
        k = match_keyword(ctx, t, len, i);
        if (k && k->growth)
            return true;
    }
    return false;
}

/* The reader borrows the context's buffers for one sentence, emptied, and
 * gives them back with whatever memory they grew to. */
static void lend_buffers(ingest_context *ctx, reader *r, toks *ts)
{
    buf *mine[] = { &r->subject, &r->scratch, &r->raw, &r->excerpt, &r->of, &r->pending };

    _Static_assert(sizeof mine / sizeof mine[0] == sizeof ctx->mem / sizeof ctx->mem[0],
                   "ingest_context.mem: one buffer for each of the reader's");
    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++) {
        *mine[i] = ctx->mem[i];
        buf_reset(mine[i]);
    }
    ts->v = ctx->toks;
    ts->n = 0;
    ts->cap = ctx->toks_cap;
}

static void return_buffers(ingest_context *ctx, reader *r, const toks *ts)
{
    const buf *mine[] = { &r->subject, &r->scratch, &r->raw, &r->excerpt, &r->of, &r->pending };

    for (size_t i = 0; i < sizeof mine / sizeof mine[0]; i++)
        ctx->mem[i] = *mine[i];
    ctx->toks = ts->v;
    ctx->toks_cap = ts->cap;
}

void ingest_grammar_free(ingest_context *ctx)
{
    for (size_t i = 0; i < sizeof ctx->mem / sizeof ctx->mem[0]; i++)
        buf_free(&ctx->mem[i]);
    free(ctx->toks);
    ctx->toks = NULL;
    ctx->toks_cap = 0;
}

/* The sentence with traditional forms folded is already what the parser
 * gives us for matching; display text is the same bytes. */
int ingest_grammar_sentence(ingest_context *ctx, const ingest_sentence *s,
                            const char *file, const ingest_sink *sink)
{
    reader r;
    toks ts;
    int rc;

    if (!ctx->kw_ready)
        build_index(ctx);
    if (s->number_from >= s->len
        || !has_number(ctx, s->match + s->number_from, s->len - s->number_from))
        return GC_OK;
    memset(&r, 0, sizeof r);
    lend_buffers(ctx, &r, &ts);
    r.pending_start = SIZE_MAX;
    r.ctx = ctx;
    r.s = s;
    r.file = file;
    r.sink = sink;
    r.t = s->match;
    r.len = s->len;
    r.basis = ctx->para_basis;
    r.estimated = ctx->para_estimated;
    r.review_years = ctx->para_period ? 5 : 0;
    rc = tokenize(ctx, r.t, r.len, &ts);
    if (rc == GC_OK)
        same_below(&r, &ts);
    if (rc == GC_OK)
        rc = read_tokens(&r, &ts);
    if (r.basis_sticky_para) {
        ctx->para_basis = r.basis;
        ctx->para_estimated = ctx->para_estimated || r.estimated;
    }
    if (r.goal_word)
        ctx->para_target = true;
    if (rc == GC_OK && r.claims == 0 && sink->miss && speaks_of_change(ctx, r.t, r.len)) {
        ingest_source where;
        memset(&where, 0, sizeof where);
        where.file = (char *)(uintptr_t)file;
        where.sentence = (char *)(uintptr_t)s->text;
        ingest_locate(s, 0, &where);
        rc = sink->miss(&where, sink->ctx);
    }
    /* the text buffers record a failed growth; a subject or excerpt that
     * lost text must not pass as a shorter one */
    if (rc == GC_OK && (r.subject.failed || r.scratch.failed || r.raw.failed ||
                        r.excerpt.failed || r.of.failed || r.pending.failed))
        rc = GC_ENOMEM;
    free_list(&r);
    ingest_claim_clear(&r.pend);
    return_buffers(ctx, &r, &ts);
    return rc;
}
