/* time_zh_part.c -- the part of a year a Chinese monthly, quarterly or
 * half-year release reports, as a reader finds it.
 *
 * A release names its part once, where a reader looks first: its title
 * (10月经济“成绩单”出炉, 2024年1—10月份国民经济运行情况), its date line or
 * its first sentence (10月份，国民经济…; 今年上半年，全市经济…); doctime.c
 * reads it from there and every figure whose sentence writes no part of
 * its own is for it.  A sentence that writes a part (1至10月份, 前10个月,
 * 首10個月, 上半年, 一季度) dates its own figures, and a part that opens a
 * sentence as a frame (10月份，…; 在今年1至10月份，…) dates the rest of its
 * paragraph too; a part that only qualifies a subject (6月份的增速还保持在…)
 * dates its own sentence.  当月 and 本月 are the release's month. */
#include "grammar.h"

size_t ingest_zh_months_to_date(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                                size_t n, size_t *pre)
{
    size_t f = ingest_lex_ends(lx, LEX_MONTHS_FIRST, t, i), c;

    /* 前10个月, 首10個月, 头两个月; not 提前3个月 (ahead of time) */
    if (f == 0 || ingest_lex_ends(lx, LEX_MONTHS_FIRST_NOT, t, i) > f)
        return 0;
    if ((c = ingest_lex_at(lx, LEX_MONTHS_COUNT, t + i + n, len - i - n, NULL)) == 0)
        return 0;
    if (i + n + c < len && is_digit(t[i + n + c]))
        return 0;               /* 前10月5日: a date */
    *pre = f;
    return n + c;
}

bool ingest_zh_month_released(const ingest_lexicon *lx, const char *t, size_t len, size_t at)
{
    while (at < len && t[at] == ' ')
        at++;
    return ingest_lex_at(lx, LEX_MONTH_RELEASE_NEXT, t + at, len - at, NULL) > 0;
}

/* ---- a list of parts (第一季度、上半年、第三季度…分别为a、b、c) ----
 *
 * A reader who meets parts of a year joined by 、 or 和 before a 分别 reads
 * the figures after it one per part, in order, under one name: 第一季度、
 * 上半年、第三季度规上工业增加值累计增速分别为-9.9%、-4.6%和-0.6% is Q1, H1
 * and, 累计 to the third quarter, Q1-Q3; 2022年上半年和下半年，营收增幅分别为
 * 9%和5% is H1 and July to December.  各季度 before a 分别 lists the quarters
 * (各季度GDP累计增速分别为a、b、c: Q1, H1, Q1-Q3).  The list frames no
 * paragraph: its last part is not the part of the sentences after it. */

/* Does a list separator (、 和 与 及) alone stand between a and b? */
static bool joined_at(const reader *r, size_t a, size_t b)
{
    return b > a && ingest_lex_at(r->lx, LEX_LIST_SEP, r->t + a, b - a, NULL) == b - a;
}

bool ingest_zh_part_joins(reader *r, const tok *k)
{
    if (r->nplist > 0 && r->nplist < MAX_LIST && !r->clause_has_fig
        && joined_at(r, r->plist_end, k->pos))
        return true;
    r->nplist = 0;
    r->plist_para_from = r->ctx->para_part_from;
    r->plist_para_to = r->ctx->para_part_to;
    return false;
}

void ingest_zh_part_listed(reader *r, const tok *k, bool joined)
{
    if (r->clause_has_fig) {
        r->nplist = 0;          /* …增长5%，一季度…: a part after a figure dates its own */
        return;
    }
    if (joined) {
        r->ctx->para_part_from = r->plist_para_from;
        r->ctx->para_part_to = r->plist_para_to;
        if (r->head_start == r->plist_end || r->head_start == k->pos)
            r->head_start = k->end;     /* the name starts after the last part */
    }
    r->plist_from[r->nplist] = r->part_from;
    r->plist_to[r->nplist++] = r->part_to;
    r->plist_last = k->pos;
    r->plist_end = k->end;
}

/* Is there a cumulative keyword (累计) among the tokens from a on before
 * the token i? */
static bool cumulative_between(const toks *ts, size_t i, size_t a)
{
    for (size_t j = i; j > 0 && ts->v[j - 1].pos >= a; j--)
        if (ts->v[j - 1].type == T_KW && ts->v[j - 1].kw->code == K_CUMULATIVE)
            return true;
    return false;
}

/* Does t[0..len) write an each-part word (各季度) that its row's value does
 * not refuse by the character after it (各季节: the seasons, no quarters)? */
static bool names_each_part(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e = NULL;
    size_t at = 0, n;

    while ((at += ingest_lex_find(lx, LEX_EACH_PART, t + at, len - at)) < len) {
        n = ingest_lex_at(lx, LEX_EACH_PART, t + at, len - at, &e);
        if (n && !ingest_lex_char_in(e->value, t + at + n, len - at - n))
            return true;
        at += n ? n : 1;
    }
    return false;
}

/* 各季度 in the clause before the 分别 at pos: the quarters, one a figure;
 * false when none is written or more figures follow than quarters. */
static bool each_quarter(reader *r, size_t pos)
{
    if (r->list_figs > 4 || !names_each_part(r->lx, r->t + r->clause_start,
                                             pos - r->clause_start))
        return false;
    for (size_t q = 0; q < r->list_figs; q++) {
        r->plist_from[q] = (int)(3 * q + 1);
        r->plist_to[q] = (int)(3 * q + 3);
    }
    r->nplist = r->list_figs;
    return true;
}

/* Did the 分别 list split the parts as names (上半年、第三季度X; 3月、首季的X)?
 * Then the parts are the list and the name is one: the clause's subject,
 * else what follows the last part (ingest_zh_list_one_name). */
static int parts_as_names(reader *r)
{
    if (r->nlist == 0 || r->nplist < 2 || r->list_figs != r->nplist || r->list_from >= r->plist_end)
        return GC_OK;
    if (r->subject.len) {
        ingest_zh_free_list(r);
        return GC_OK;
    }
    return ingest_zh_list_one_name(r, r->t + r->plist_last, r->plist_end - r->plist_last,
                                   r->nplist);
}

int ingest_zh_part_list_fenbie(reader *r, const toks *ts, size_t i)
{
    size_t from;
    int rc;

    r->plist_on = false;
    if ((rc = parts_as_names(r)) != GC_OK)
        return rc;
    if (r->list_figs < 2 || (r->nlist > 0 && !r->list_one_name))
        return GC_OK;           /* 一季度、二季度出口和进口分别…: names are the list */
    if (r->nplist >= 2 && r->list_figs == r->nplist)
        from = r->plist_end;
    else if (r->nlist == 0 && each_quarter(r, ts->v[i].pos))
        from = r->clause_start;
    else
        return GC_OK;
    /* 累计 after the parts: each quarter is the year to its end (第三季度…
     * 累计增速 is Q1-Q3); a fourth quarter so is the whole year */
    if (cumulative_between(ts, i, from))
        for (size_t p = 0; p < r->nplist; p++)
            if (r->plist_to[p] - r->plist_from[p] == 2 && r->plist_from[p] > 1)
                r->plist_from[p] = r->plist_to[p] == 12 ? -1 : 1;
    r->plist_on = true;
    r->plist_next = 0;
    return GC_OK;
}

void ingest_zh_part_list_take(reader *r)
{
    if (!r->plist_on)
        return;
    if (r->plist_next >= r->nplist) {
        r->plist_on = false;
        return;
    }
    r->part_from = r->plist_from[r->plist_next];
    r->part_to = r->plist_to[r->plist_next++];
    if (r->part_from < 0)
        r->part_to = 0;         /* the whole year (as 全年) */
}
