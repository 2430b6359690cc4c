/* doctime_body.c -- what the body of a text says of its own year, weighed
 * against what the page around it says.
 *
 * A reader dates a news account of a work report ("…作政府工作报告。报告提
 * 出，2013年全省经济社会发展的主要预期目标：…") by the year its goals are
 * set for: a work report sets the goals of the year it is delivered in and
 * reviews the year before.  A year written before a word of the goals
 * (目标, 预期, 之年, 总体要求; the lexicon's now-cue class) in one clause is
 * such a goal year, unless the clause says the goal was met (完成2012年目标:
 * the goal-done class) or reviewed (回顾, 总结).
 *
 * A reader also does not date a text by the page it was copied to: a site's
 * posting date (时间:2010-01-07 15:50 来源:… 点击:249次) years after every
 * year the text itself names is a later posting, not the document's day.
 * ingest_head_years() keeps the latest year the first paragraphs name, the
 * witness doctime.c weighs the page's date against. */
#include "ingest_int.h"

#include "text.h"

#define GOAL_NEAR 66   /* a goal word this close after the year, bytes (22 ideographs) */

#define QUARTER_LIST_MAX 12  /* 第1、2、3季: bytes of digits and marks before 季 */

/* Do quarters in digits start at t (第4季, 第1、2季, 第3季度)?  The ordinal,
 * digits 1-4 and list marks, then a quarter's mark: a count of years is
 * never followed by one. */
static bool quarters_at(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t j = ingest_lex_at(lx, LEX_ORDINAL, t, len, NULL), start = j;

    if (j == 0 || j >= len || !is_digit(t[j]))
        return false;
    while (j < len && j - start < QUARTER_LIST_MAX) {
        size_t k = ingest_lex_at(lx, LEX_LIST_SEP, t + j, len - j, NULL);
        if (is_digit(t[j])) {
            if (t[j] < '1' || t[j] > '4' || (j + 1 < len && is_digit(t[j + 1])))
                return false;   /* 第5季, 第12季: a season of a show, no quarter */
            j++;
        }
        else if (k > 0)
            j += k;
        else
            break;
    }
    return ingest_lex_at(lx, LEX_QUARTER_SHORT, t + j, len - j, NULL) > 0;
}

/* Does a part of the year or a month start at t (上半年, 第4季, 第1、2季,
 * 9月)?  What follows a year's mark in a date and never a count of years
 * (三四年时间, 110年第1次). */
static bool part_or_month_after(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *part;
    size_t j;

    if ((ingest_lex_at(lx, LEX_YEAR_PART, t, len, &part) && part->num >= 100)
        || quarters_at(lx, t, len))
        return true;
    for (j = 0; j < len && j < 2 && is_digit(t[j]); j++)
        ;
    return j > 0 && ingest_lex_at(lx, LEX_MONTH_MARK, t + j, len - j, NULL) > 0;
}

int ingest_roc_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    size_t mark;
    int v;

    if (len < 4 || !is_digit(t[0]) || !is_digit(t[1]) || !is_digit(t[2]) || is_digit(t[3]))
        return 0;
    v = (t[0] - '0') * 100 + (t[1] - '0') * 10 + (t[2] - '0');
    if (v < ROC_FIRST || v > ROC_LAST)
        return 0;
    if ((mark = ingest_lex_at(lx, LEX_ROC_YEAR_MARK, t + 3, len - 3, NULL)) == 0) {
        /* 101年9月, 114年第4季, 114年第1、2季, 113年上半年: a year's mark and
           a month or a part of the year, a date no count of years makes */
        if ((mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + 3, len - 3, NULL)) == 0
            || !part_or_month_after(lx, t + 3 + mark, len - 3 - mark))
            return 0;
    }
    *n = 3 + mark;
    return v + ROC_EPOCH;
}

#define SHORT_YEAR_LAST 30   /* 二四年 is 2024 ... */
#define SHORT_YEAR_OLD 50    /* ... and 九八年 1998; between, no year (三四年3月: no
                                future 2034, nor a 1934 of a report) */

/* A year written in two Chinese digits with its century dropped at t, the
 * digits read as y in t[0..i) (二四年上半年, 二三年3月: spoken style, or a 〇
 * the page lost): only before a part of the year or a month, where no count
 * (三四年时间, 两三年) stands.  Returns the year with the bytes read in *n;
 * 0 when there is none. */
static int short_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t i, int y,
                           size_t *n)
{
    size_t mark;

    if (is_digit(t[0]) || (mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + i, len - i, NULL)) == 0
        || !part_or_month_after(lx, t + i + mark, len - i - mark))
        return 0;       /* (12%, 95年1月: ASCII digits, Taiwan's calendar) */
    if (y > SHORT_YEAR_LAST && y < SHORT_YEAR_OLD)
        return 0;
    *n = i + mark;
    return y <= SHORT_YEAR_LAST ? 2000 + y : 1900 + y;
}

/* A year of Taiwan's calendar in three Chinese digits at t, read as y in
 * t[0..i) (民國一一三年上半年, 一一三年3月): as 113年 in digits, only before
 * a part of the year or a month; 0 when there is none. */
static int roc_chinese_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                                 int y, size_t *n)
{
    size_t mark;

    if (is_digit(t[0]) || y < ROC_FIRST || y > ROC_LAST
        || (mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + i, len - i, NULL)) == 0
        || !part_or_month_after(lx, t + i + mark, len - i - mark))
        return 0;
    *n = i + mark;
    return y + ROC_EPOCH;
}

/* The year of a date at t (2013年, 二〇一三年): the one reader of a written
 * year, for doctime.c and the sentence's time words alike. */
int ingest_year_read(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    size_t i = 0, dl, mark;
    int y = 0, d;

    for (int k = 0; k < 4; k++) {
        if (i < len && is_digit(t[i])) {
            d = t[i] - '0';
            dl = 1;
        } else if ((d = ingest_lex_digit(lx, t + i, len - i, &dl)) < 0) {
            if (k == 3)
                return is_digit(t[0]) ? ingest_roc_year_read(lx, t, len, n)
                                      : roc_chinese_year_read(lx, t, len, i, y, n);
            return k == 2 ? short_year_read(lx, t, len, i, y, n) : 0;
        }
        y = y * 10 + d;
        i += dl;
    }
    if (y < 1900 || y > 2100 || (mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + i, len - i, NULL)) == 0)
        return 0;
    *n = i + mark;
    return y;
}

#define YEAR_DIGITS 4       /* a year's digits before its mark: 2013年, 二〇一三年 */
#define YEAR_BYTES_MIN 3    /* the fewest bytes before a mark: Taiwan's 114年 (ROC_FIRST..) */

size_t ingest_year_next(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                        year_scan *ys)
{
    if (i >= len)
        return len;
    if (ys->mark < i + YEAR_BYTES_MIN) {
        /* the next mark, and the first place a year written before it can
           start: four of the widest digits (二) before it */
        const lex_list *digits = &lx->cls[LEX_DIGIT];
        size_t widest = 1, from = i + YEAR_BYTES_MIN;
        if (from >= len || (ys->mark = from + ingest_lex_find(lx, LEX_YEAR_MARK, t + from,
                                                             len - from)) >= len)
            return len;
        for (size_t k = 0; k < digits->n; k++)
            widest = digits->v[k].n > widest ? digits->v[k].n : widest;
        ys->start = ys->mark > YEAR_DIGITS * widest ? ys->mark - YEAR_DIGITS * widest : 0;
        while (((unsigned char)t[ys->start] & 0xC0) == 0x80)
            ys->start++;        /* to the start of a character */
    }
    return i < ys->start ? ys->start : i;
}

/* Does t[from..to) hold a word of class c? */
static bool word_in(const ingest_lexicon *lx, lex_class c, const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, c, t + i, to - i, NULL))
            return true;
    return false;
}

/* The start of the clause holding t[at]: just after the last break before it. */
static size_t clause_start(const ingest_lexicon *lx, const char *t, size_t at)
{
    size_t s = 0;

    for (size_t i = 0; i < at; i += char_len((unsigned char)t[i])) {
        size_t b = ingest_lex_at(lx, LEX_BREAK, t + i, at - i, NULL);
        if (b)
            s = i + b;
    }
    return s;
}

/* The first year in t[0..len) written before a goal word in its clause
 * (2013年全省经济社会发展的主要预期目标, 提出了2013年的政府工作目标, 2013年
 * 是…的关键之年): the year goals are set for; 0 when there is none. */
int ingest_goal_year(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t n, end, b;
    int y;

    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i])) {
        if ((i > 0 && is_digit(t[i - 1])) || !(y = ingest_year_at(lx, t + i, len - i, &n)))
            continue;
        end = i + n;
        if (ingest_lex_at(lx, LEX_YEAR_SINCE, t + end, len - end, NULL)
            || ingest_lex_ends(lx, LEX_FUTURE_YEAR_PREV, t, i)
            || (end < len && is_digit(t[end])))
            continue;       /* 2013年以来, 到2015年 (a plan's end), 2013年1月 */
        size_t lim = end + GOAL_NEAR < len ? end + GOAL_NEAR : len;
        for (b = end; b < lim; b += char_len((unsigned char)t[b]))
            if (ingest_lex_at(lx, LEX_BREAK, t + b, len - b, NULL))
                break;
        if (!word_in(lx, LEX_NOW_CUE, t, end, b))
            continue;
        b = clause_start(lx, t, i);
        if (word_in(lx, LEX_GOAL_DONE, t, b, i) || word_in(lx, LEX_REVIEW_PREV, t, b, i))
            continue;       /* 完成2012年目标任务, 总结2012年工作 */
        return y;
    }
    return 0;
}

int ingest_head_years(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t n;
    int y, best = 0;

    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i]))
        if ((i == 0 || !is_digit(t[i - 1])) && (y = ingest_year_at(lx, t + i, len - i, &n))
            && y > best && !ingest_lex_ends(lx, LEX_FUTURE_YEAR_PREV, t, i))
            best = y;
    return best;
}
