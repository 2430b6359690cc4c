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
