/* definition.c -- a finding's definition, and how its implied values were
 * derived, in the page's language.
 *
 * Analysis writes each finding's definition in English (findings.json keeps
 * it so, as a stable field); a Chinese page says the same in Chinese.  The
 * definition is recognised by its opening words, else by the kind of check,
 * and a definition neither knows is left out of a Chinese page rather than
 * shown in English. */
#include "html_int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct def_zh {
    const char *en;     /* the opening words of analysis' definition */
    const char *zh;
} def_zh;

static const def_zh by_words[] = {
    { "average annual growth, cumulative method",
      "年均增速，累计法：使 x + x² + … + xⁿ = (V_A+1 + … + V_B) / V_A 成立的 r，x = 1 + r" },
    { "average annual growth the two levels imply",
      "两个总量隐含的年均增速，水平法：r = (V_B / V_A)^(1/n) − 1，n = B − A" },
    { "average annual growth, level method",
      "年均增速，水平法：r = (V_B / V_A)^(1/n) − 1，n = B − A（基年不计）" },
    { "growth over the previous year", "比上年增速：r = V_B / V_A − 1，B = A + 1" },
    { "total change over the span", "期间累计变化：c = V_B / V_A − 1" },
    { "multiple of the base level", "相对基期的倍数：m = V_B / V_A" },
    { "the stated average rate against the one the stated multiple",
      "所述年均增速与所述倍数在同一时段折合的年均增速比较：r = m^(1/n) − 1" },
    { "the stated average rate against the one the stated total change",
      "所述年均增速与所述累计增幅在同一时段折合的年均增速比较：r = (1 + c)^(1/n) − 1" },
    { "the whole a share implies", "由比重推算的整体：W = L / s" },
    { "a target against the last stated level",
      "目标与最近所述总量比较：按增速目标可达的总量 V_T = V_last (1 + g)^n，"
      "达到总量目标所需的增速 (V_T / V_last)^(1/n) − 1" },
    { "GDP / labour productivity", "地区生产总值 ÷ 劳动生产率 = 隐含的从业人员" },
    { "GDP / population",
      "地区生产总值 ÷ 常住人口 = 人均地区生产总值（按年末人口；国家统计局按年平均人口计算，会略有差异）" },
    { "average growth of the years before the last",
      "最后一年之前各年的年均增速：((1 + r_avg)^n / (1 + r_last))^(1/(n − 1)) − 1" },
    { "the stated level against the official level",
      "所述总量与同年官方总量比较；差距以占官方总量的百分比计" },
    { "the stated real rate against the official levels deflated",
      "所述实际增速与按平减指数序列缩减后的官方总量比较，水平法" },
    { "the stated rate against the rate of the official levels",
      "所述增速与官方总量计算的增速比较，水平法" },
    { "sentences that speak of growth", "提到增长或总量变化、但没有可核查数字的句子" },
    { "the English translation against the Chinese original",
      "英文译文与中文原文比较：同一指标、类型和时间" },
};

static const char *by_check(analysis_check c)
{
    switch (c) {
    case ANALYSIS_CHECK_GROWTH_AVG: return by_words[2].zh;
    case ANALYSIS_CHECK_GROWTH_YOY: return by_words[3].zh;
    case ANALYSIS_CHECK_CHANGE_PCT: return by_words[4].zh;
    case ANALYSIS_CHECK_MULTIPLE:   return by_words[5].zh;
    case ANALYSIS_CHECK_SHARE:      return by_words[8].zh;
    case ANALYSIS_CHECK_TARGET:     return by_words[9].zh;
    case ANALYSIS_CHECK_REMAINING:  return by_words[12].zh;
    case ANALYSIS_CHECK_SERIES_LEVEL: return by_words[13].zh;
    case ANALYSIS_CHECK_SERIES_RATE:  return by_words[15].zh;
    case ANALYSIS_CHECK_COVERAGE:   return by_words[16].zh;
    case ANALYSIS_CHECK_TRANSLATION: return by_words[17].zh;
    default:                        return NULL;
    }
}

const char *report_definition_text(const analysis_finding *f, const char *lang)
{
    if (!f->definition || !f->definition[0])
        return NULL;
    if (!lang || strcmp(lang, "zh") != 0)
        return f->definition;
    for (size_t i = 0; i < sizeof by_words / sizeof by_words[0]; i++)
        if (!strncmp(f->definition, by_words[i].en, strlen(by_words[i].en)))
            return by_words[i].zh;
    return by_check(f->check);
}

/* ---- implied values ---- */

static const def_zh whats[] = {
    { "level", "总量" },
    { "volume at constant prices", "不变价物量" },
    { "average annual growth", "年均增速" },
    { "average annual rate", "折合年均增速" },
    { "trend growth", "趋势增速" },
    { "average growth of the remaining years", "其余年份年均增速" },
    { "whole", "整体" },
    { "implied workforce", "隐含的从业人员" },
    { "implied per-capita GDP", "隐含的人均地区生产总值" },
};

static bool has_ascii_word(const char *s)
{
    for (size_t run = 0; s && *s; s++) {
        run = isalpha((unsigned char)*s) ? run + 1 : 0;
        if (run >= 3)
            return true;
    }
    return false;
}

const char *report_implied_what(const char *what, const char *lang)
{
    if (!what || !lang || strcmp(lang, "zh") != 0)
        return what;
    for (size_t i = 0; i < sizeof whats / sizeof whats[0]; i++)
        if (!strcmp(what, whats[i].en))
            return whats[i].zh;
    return has_ascii_word(what) ? NULL : what;     /* a whole named in the document */
}

/* The claim kinds as analysis' derivations name them (ingest_kind_name()). */
static const def_zh kinds[] = {
    { "level", "总量" },
    { "growth_yoy", "比上年增速" },
    { "growth_avg", "年均增速" },
    { "change_pct", "累计增幅" },
    { "share", "比重" },
    { "multiple", "倍数" },
    { "change_abs", "增加额" },
};

/* Fixed phrases of the derivations, with a %zu or %g they carry. */
static const def_zh phrases[] = {
    { " (a comparable-price rate: a volume at the prices of the level's year)",
      "（可比价增速：按该总量年份价格计算的物量）" },
};

/* Reads "KIND YEAR" or "KIND YEAR-YEAR" at *s; appends it in Chinese and
 * moves *s past it.  Returns 1 when read, 0 when not there, -1 when out of
 * memory. */
static int kind_term(buf *b, const char **s)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        size_t n = strlen(kinds[i].en);
        const char *p = *s + n;
        char *end;
        long y0, y1 = 0;
        if (strncmp(*s, kinds[i].en, n) || *p != ' ' || !isdigit((unsigned char)p[1]))
            continue;
        y0 = strtol(p + 1, &end, 10);
        if (*end == '-' && isdigit((unsigned char)end[1]))
            y1 = strtol(end + 1, &end, 10);
        *s = end;
        if (y1 && !strcmp(kinds[i].en, "growth_yoy"))
            y0 = y1, y1 = 0;              /* over the previous year: its year says it */
        return (y1 ? buf_printf(b, "%ld—%ld年%s", y0, y1, kinds[i].zh)
                   : buf_printf(b, "%ld年%s", y0, kinds[i].zh)) != 0 ? -1 : 1;
    }
    return 0;
}

int report_derivation_text(buf *b, const char *der, const char *lang)
{
    buf zh = BUF_INIT;
    const char *s = der;
    int rc = 0;
    size_t k;
    double years;
    int used;

    if (!der)
        return 0;
    if (!lang || strcmp(lang, "zh") != 0 || !has_ascii_word(der))
        return buf_puts(b, der) != 0 ? -1 : 0;
    /* the trend: "least squares of ln V on the year, N levels; interval is
     * +-1 standard error" */
    if (sscanf(der, "least squares of ln V on the year, %zu levels%n", &k, &used) == 1) {
        rc = buf_printf(&zh, "ln V 对年份的最小二乘拟合，%zu个总量", k) != 0 ? -1 : 0;
        s = der + used;
        if (rc == 0 && !strncmp(s, "; interval is +-1 standard error", 32)) {
            rc = buf_puts(&zh, "；区间为±1个标准误") != 0 ? -1 : 0;
            s += 32;
        }
    }
    while (rc == 0 && *s) {
        int got = kind_term(&zh, &s);
        if (got < 0) {
            rc = -1;
            break;
        }
        if (got)
            continue;
        if (sscanf(s, " over %lg years%n", &years, &used) == 1) {
            char num[32];
            snprintf(num, sizeof num, "%g", years);
            rc = buf_printf(&zh, "，按%s年折算", num) != 0 ? -1 : 0;
            s += used;
            continue;
        }
        for (k = 0; k < sizeof phrases / sizeof phrases[0]; k++)
            if (!strncmp(s, phrases[k].en, strlen(phrases[k].en)))
                break;
        if (k < sizeof phrases / sizeof phrases[0]) {
            rc = buf_puts(&zh, phrases[k].zh) != 0 ? -1 : 0;
            s += strlen(phrases[k].en);
            continue;
        }
        rc = buf_putc(&zh, *s++) != 0 ? -1 : 0;
    }
    if (rc == 0 && zh.len && !has_ascii_word(zh.data))
        rc = buf_puts(b, zh.data) != 0 ? -1 : 0;
    buf_free(&zh);
    return rc;
}
