/* definition.c -- a finding's definition in the page's language.
 *
 * Analysis writes each finding's definition in English (findings.json keeps
 * it so, as a stable field); a Chinese page says the same in Chinese.  The
 * definition is recognised by its opening words, else by the kind of check,
 * and a definition neither knows is left out of a Chinese page rather than
 * shown in English. */
#include "html_int.h"

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
