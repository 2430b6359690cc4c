/* lexicon.h -- the words a grammar knows, as data.
 *
 * A language's words live in one file, ingest/lexicon-LANG.tsv, one row a
 * word: its class (what the word is to the grammar), the word, a value and
 * flags.  tools/lexicon.sh turns the file into the C tables of an
 * ingest_lexicon at build time, so the binary needs no data file, a class,
 * role or flag misspelt in the file is a compile error, and the tables are
 * constant (no allocation, nothing to fail at run time).  The speed maps the
 * tokenizer and the subject cleaner use (bit maps of first characters, the
 * figure filter, the keyword index) are derived from a lexicon in one place,
 * ingest_lexicon_maps() in lexicon.c.  A second language is a second file
 * and its own rules; it shares the classes below, the tokens, the claims
 * and their provenance. */
#ifndef GC_INGEST_LEXICON_H
#define GC_INGEST_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* The most keyword rows a lexicon may hold: the parser's keyword index keeps
 * k + 1 in an unsigned short.  The generated tables assert it at build time
 * (when it was 255 and silently full, every run failed as out of memory). */
#define INGEST_KW_MAX 1023

/* What a word is to the grammar.  The name in the file is the enum's name
 * in lower case with '-' for '_' (LEX_KW_NOT_NEXT is kw-not-next); the
 * comment says what the value column holds. */
typedef enum lex_class {
    LEX_KEYWORD,          /* a keyword; value: its role (enum lex_role); flags LEXF_* */
    LEX_KW_NOT_NEXT,      /* right after a keyword, makes it part of a noun (增加值);
                             value: the roles or the one keyword it blocks */
    LEX_KW_NOT_PREV,      /* the same, right before the keyword (行动计划) */
    LEX_NOT_FIGURE_NEXT,  /* after a number: a date, ordinal, rank or name (年, 届) */
    LEX_YEAR_MARK,        /* 年 after a four-digit year */
    LEX_MONTH_MARK,       /* 月 */
    LEX_DAY_MARK,         /* 日 */
    LEX_OF_MARK,          /* 的 after a year: the year of the next figure */
    LEX_TO_YEAR_PREV,     /* before a year: the year a change runs to (到) */
    LEX_RANGE_DASH,       /* between the years of a range (2016—2020年) */
    LEX_BREAK,            /* a clause break; flags LEXF_LIST, LEXF_COMMA */
    LEX_QUOTE_OPEN,       /* opens a quoted name: figures inside are names */
    LEX_QUOTE_CLOSE,      /* closes one */
    LEX_DIGIT,            /* a Chinese digit; value 0..9; flag LEXF_NO_START */
    LEX_PLACE,            /* a place inside a numeral; value the multiplier */
    LEX_SCALE,            /* a scale before a unit; value the factor */
    LEX_DECIMAL_POINT,    /* 点 in 八点五 */
    LEX_PERCENT_OF,       /* 百分之 */
    LEX_FRACTION_OF,      /* 分之 */
    LEX_APPROX_SUFFIX,    /* 多/余 right after a number */
    LEX_NUMERAL_PREV,     /* before a number: it is not the start of one */
    LEX_BARE_SCALE,       /* a scale standing alone after a limit word (突破万亿元) */
    LEX_UNIT,             /* a base unit; value: its normalised form; flags
                             LEXF_POINTS, LEXF_TIMES */
    LEX_UNIT_PER,         /* a denominator after '/' (万元/人) */
    LEX_FIGURE_START,     /* besides digits, where a figure may start; value: the
                             character that must follow; flags LEXF_NUMERAL,
                             LEXF_ALONE */
    LEX_DIGIT_NEXT,       /* after a Chinese digit, makes it a figure (两万) */
    LEX_QUALIFIER_BEFORE, /* value: below, above or approx (enum ingest_qualifier) */
    LEX_QUALIFIER_AFTER,
    LEX_QUALIFIER_INSIDE,
    LEX_FIGURE_NEXT_OK,   /* after a figure: not a counter before a noun (以上) */
    LEX_LEAD_WORD,        /* stripped from a subject's start */
    LEX_LEAD_VERB,        /* the verb of a tally, also stripped there */
    LEX_TAIL_WORD,        /* stripped from a subject's end */
    LEX_BARE_VERB,        /* alone, not a subject */
    LEX_ACTION_VERB,      /* a figure after it counts what was done */
    LEX_MEASURE_END,      /* an ending that names a measure */
    LEX_SUBCLAUSE,        /* opens a clause about a part (其中) */
    LEX_LIST_SEP,         /* splits the subjects of a 分别 list */
    LEX_LIST_JOINER,      /* joins list items into one subject */
    LEX_LIST_PREFIX,      /* a prefix list items share */
    LEX_LIST_SUFFIX,      /* a suffix list items share */
    LEX_ORDINAL,          /* 第 of 第一、二、三产业 */
    LEX_ORDINAL_DROP,     /* after the last numeral of such a list, left out of every
                             item (第一、二、三次产业: 第一产业) */
    LEX_SHARE_END,        /* ends the whole of a share (的, 比重) */
    LEX_WHOLE,            /* a whole written before 占比 */
    LEX_RATIO_SEP,        /* between the terms of a structure a:b:c (: ∶ ︰) */
    LEX_RATIO_PARTS,      /* names a structure before a:b:c; value: its parts,
                             '|'-separated (三次产业: 第一产业|第二产业|第三产业) */
    LEX_RATIO_MEASURE,    /* what the terms of a:b:c measure, appended to each
                             part (贡献率); value: appended to the whole (增长) */
    LEX_RATIO_WHOLE,      /* the whole a structure divides; value: its name (GDP);
                             the first row is the whole when none is written */
    LEX_REPORT_TITLE,     /* the report's title; the year before it is the report's */
    LEX_PERIOD_START,     /* opens a paragraph reviewing a period */
    LEX_HEADING_REVIEW,   /* in a heading: the review of past years */
    LEX_HEADING_PLAN,     /* in a heading: the plans */
    LEX_HEADING_NUMERAL,  /* numbers a heading (二、) */
    LEX_FOLD,             /* a traditional form; value: the simplified one */
    /* the document's time (doctime.c) and the time words of a sentence */
    LEX_DATA_TITLE,       /* in a title, the year before it is the year the figures are
                             for (统计公报, 年度); LEX_REPORT_TITLE's is the year it is
                             delivered in */
    LEX_SESSION_BODY,     /* the national congress (全国人民代表大会) of 第N届…第M次会议 */
    LEX_SESSION_TERM,     /* 届 after the term number */
    LEX_SESSION_MEETING,  /* 次会议 after the session number */
    LEX_DATE_LEAD,        /* may come before a date line's year (——, 〔) */
    LEX_DATE_NEXT,        /* after a date's day: a date line (在, 发布) */
    LEX_CURRENT_CUE,      /* near the start: the text reports the current year (今年以来) */
    LEX_NOW_CUE,          /* in a paragraph opening "Y年，": the paragraph speaks of the
                             year the text is written in (之年, 目标), not a year reviewed */
    LEX_EVENT_WORD,       /* after a full date in a text's first paragraphs: the date of
                             the text's own event (举行, 召开: a press conference) */
    LEX_AVG_SPAN,         /* an average over years ending now (两年平均); value: the years */
    LEX_AVG_NO_BASE,      /* such an average written with no base year: value the year
                             whose releases wrote it beside each rate (两年平均 2021) */
    LEX_REVIEW_NEXT,      /* after a year: that year is reviewed (2019年工作回顾) */
    LEX_REVIEW_PREV,      /* before a year: that year is reviewed (总结2025年…工作) */
    LEX_PLAN_YEAR_MARK,   /* after a plan's name: one of its years (开局之年 1, 收官之年 5);
                             value: which */
    LEX_PLAN_YEAR_REL,    /* before such a plan year: the year it is (今年 1, 明年 2,
                             去年 0); value: 1 + years after now */
    LEX_PART_FRAME,       /* before a part of a year opening a sentence: a frame for what
                             follows (从1—4月份的情况看) */
    LEX_FRAME_CLAUSE,     /* ends a first clause with no figure that frames the part of
                             a year opening the next (初步核算，上半年…; 分产业看，…) */
    LEX_PLAN_AHEAD,       /* in a heading of goals: the years ahead (今后五年); value: them */
    LEX_YEAR_PART,        /* a part of a year; value: first month * 100 + last month */
    LEX_MONTH_TO,         /* between the months of a part (1至5月) */
    LEX_MONTH_END,        /* after a month: a stock at its end (3月末) */
    LEX_MONTH_SINGLE,     /* after 月: the month itself is the time (5月份) */
    LEX_MONTHS_FIRST,     /* before a count of months: the year to date (前10个月, 首10個月) */
    LEX_MONTHS_FIRST_NOT, /* ending where such a word would: not the year to date (提前) */
    LEX_MONTHS_COUNT,     /* after a count: months (10个月) */
    LEX_MONTHS_BACK,      /* between a month and a count of months: the months ending
                             there (8月底的3个月, 10月为止的三个月: June to August) */
    LEX_QUARTER_MARK,     /* after a quarter's digit: a quarter (1季度, 前3季度) */
    LEX_MONTH_RELEASE_NEXT, /* after a month in a text's head: the month's figures are
                             reported (10月经济数据, 10月国民经济) */
    LEX_YEAR_SINCE,       /* after a year: a period starts there (2017年以来) */
    LEX_FUTURE_YEAR_PREV, /* before a year: a goal's year, not a year reported (到, 展望) */
    LEX_PLAN_NAME,        /* a five-year plan; value: its end year (十三五 2020) */
    LEX_SCOPE_HEAD,       /* a goal heading's end (目标：, 如下：) */
    LEX_SPAN_YEARS,       /* a span keyword's years (十年来 10) */
    LEX_GOAL_NEXT,        /* after a goal word: it introduces figures (目标：, 目标是) */
    LEX_GOAL_DONE,        /* before a goal word in its clause: a goal met, not set */
    LEX_PART_NOT_PREV,    /* before a part of a year: compared with, not reported (较) */
    LEX_PLAN_PERIOD_NEXT, /* after a plan's name: its period (十三五期间) */
    LEX_SPAN_BEFORE,      /* before a span in digits: 近3年, 前4年, 过去10年 */
    LEX_SPAN_AFTER,       /* after a span's 年: 10年来, 3年间 */
    LEX_REPORT_VERB,      /* a verb that reports what a text or speaker says (提出,
                             指出): a head ending with one is no subject */
    LEX_SCOPE_FROM,       /* opens a scope phrase ending in 的 (来源于广东的财政总收入):
                             the phrase is no part of the subject */
    LEX_SPAN_AHEAD,       /* before a span of years a goal is met early by
                             (提前两年实现): the span moves the end year back */
    LEX_CONGRESS,         /* a party congress (十九大); value: its year and month, YYYYMM */
    LEX_PLENUM_TERM,      /* a central committee's term before its plenums (十九届);
                             value: the plenums' YYYYMM, first to last, comma-separated */
    LEX_CONGRESS_AHEAD,   /* right before a congress: one the text looks forward to
                             (迎接党的十九大): it is written before it */
    LEX_CONGRESS_YEAR,    /* right after a congress: the year it meets (召开之年), which
                             a relative year before names (今年是党的十九大召开之年) */
    LEX_PLENUM_MARK,      /* after a plenum's number: 中 (a list goes on), 中全会 (value 1) */
    LEX_TABLE_COLUMN,     /* starts a table header's cell (table.c); value: what the
                             column holds: label, unit, level, growth, share, skip or prev */
    /* figures (amount.c, rules_zh_figure.c) */
    LEX_NOT_UNIT,         /* starts with a unit but is a noun (台阶): the figure before
                             keeps only its scale (迈上600亿台阶) */
    LEX_TENTH,            /* after a digit: tenths of a whole, a percentage (三成);
                             value: the percent one stands for (10) */
    LEX_TENTH_NOT_NEXT,   /* after 一成 etc.: an idiom, not a figure (一成不变) */
    LEX_TENTH_PART,       /* after 两成: a part of the next tenth (半); value: the
                             percent it adds (5: 两成半 is 25%) */
    LEX_TENTH_PART_NEXT,  /* may follow a tenth's part (一成五以上): what ends the figure
                             there, besides punctuation and the end of the text */
    LEX_LEVEL_VERB,       /* a verb whose object, when a measure, is a level, not a
                             tally (完成建筑业总产值98.6亿元, 新增城镇就业12.4万人) */
    LEX_UNITLESS_END,     /* ends a measure stated with no unit (倍差, 之比, 指数):
                             its figures are levels with unit "" */
    LEX_RANGE_SEP,        /* between the ends of a range of figures (8%—10%, 20至60万元) */
    LEX_THRESHOLD_NOT_NEXT, /* after X以上: the figure is a rate's bound, not a threshold
                             inside a name (增长6%以上的速度) */
    LEX_TALLY_END,        /* ends a subject whose figures are counts of things done or
                             planned (亿元以上项目60个), not claims */
    /* sentence constructions (rules_zh_pair.c, subject.c) */
    LEX_MID_VERB,         /* inside a subject before its measure, dropped (第一产业实现增加值) */
    LEX_LIST_MODIFIER,    /* a list item that is a modifier alone, completed from the
                             last item (城镇、农村居民人均收入) */
    LEX_LIST_ATTRIBUTE,   /* an attribute of a named whole: later items that are one
                             take the first item's name (民营经济户数、从业人员) */
    LEX_LIST_EXPAND,      /* stands for two list items; value: their words,
                             '|'-separated (城乡 城镇|农村) */
    LEX_LIST_ETC,         /* ends the examples of a list (食品、钢铁等七大产业): the
                             items are what follows */
    LEX_LIST_COUNT,       /* after a digit, counts the items before it (纺织、食品、
                             机械三大行业营业收入): what follows is their common tail */
    LEX_SHARED_MARK,      /* after a list subject: one predicate for every item (均, 双双) */
    LEX_GENERIC_HEAD,     /* a subject alone that stands for the noun before (总量) */
    LEX_PLAN_RATIO,       /* the whole of a ratio to a plan or budget (年度计划): not a claim */
    /* constructions of comparison, basis and contribution (rules_zh_cons.c) */
    LEX_GAP_VERB,         /* a figure in points after it in its clause is a gap against
                             another place or indicator (高出全国), not a claim */
    LEX_GAP_ADJ,          /* right before a figure after 比X: the same gap (比全省高1个百分点) */
    LEX_BASIS_OPEN,       /* opens a basis phrase before a subject (按常住人口计算) */
    LEX_BASIS_CLOSE,      /* closes one (计算, 口径) */
    LEX_ASIDE,            /* after '(' in a subject: a remark, dropped ((不含…)) */
    LEX_CONTRIB_TO,       /* X对Y的贡献率: between the contributor and the whole */
    LEX_CONTRIB_DROP,     /* ends a contributor's subject, not its name (装备制造业增加值…,
                             对…的贡献率: 装备制造业贡献率) */
    LEX_RATE_NAME,        /* a name ending so names a rate or ratio (增速, 比重, 率); the first
                             row is the word a growth rate's change in points is named with
                             (增长3.5%，比上月加快0.4个百分点: X增速) */
    LEX_RATE_NOUN,        /* after X%(以上)的: the figure is a growth rate (保持13%以上的增幅);
                             value down: the rate of a fall (录得1.0%的实质跌幅) */
    LEX_RATE_AVG,         /* before such a figure in its clause: an average rate (以年均8%的速度) */
    LEX_PAGE_META,        /* near an ISO date: a web page's metadata line (来源, 编辑) */
    LEX_GAP_TIME,         /* in the base after 比: a time (比年初, 比“十二五”末): a change, no gap */
    LEX_PART_AREA,        /* a subject alone that is a part of the area (其中：城市上涨2.7%,
                             农村…): the breakdown of the measure before, named with it */
    LEX_RISE_MEASURE,     /* a subject ending so (价格指数, 价格总水平) with a percentage after
                             a level verb: the figure is its rise (指数控制在3.5%以内) */
    LEX_PERIOD_BEFORE,    /* right after 比/较: the period just before (比上月, 较上季度): the
                             clause's changes are on it (change_pct), not on a year before */
    LEX_SHARE_IN,         /* X在Y的占比: between the part and the whole (在) */
    LEX_NET_VERB,         /* alone before a count in a clause of no subject (…达到7013户，
                             新增2047户): the count is the change of the subject before */
    LEX_TOPIC,            /* opens a clause with no figure that names the sector the next
                             clause's bare attribute belongs to (第二产业增势强劲，增加值…) */
    LEX_PLAN_DOC_HEAD,    /* a plan's name before 规划 (“十二五”规划): its document, when
                             a headline names it (doctime.c plan_head) */
    LEX_PLAN_DOC,         /* with a plan's name near the start: the text presents the
                             plan (规划纲要), its goals are the plan's */
    LEX_PLAN_MIDTERM,     /* with a plan's name near the start: the text reports the
                             plan's mid-term review (中期评估), held in its third year */
    LEX_IDIOM_RATE,       /* before a verb of change, a bound on the rate written as an
                             idiom (两位数增长); value: the percent it stands for */
    LEX_IDIOM_NOT_PREV,   /* before such an idiom in its clause: every year of a span
                             (连续五年保持两位数增长), no one claim */
    LEX_LIST_PRONOUN,     /* a list item that stands for the item before it (X及其占Y比重:
                             X's level and X's share) */
    LEX_RANK_MARK,        /* after digits in a name: a ranking (500强企业), the digits part
                             of the subject's name */
    LEX_ITEM_DONE,        /* ends a list item that names its measure in full (工业总产值
                             和财政收入): the list's shared suffix is not added to it */
    /* English (lexicon-en.tsv): words are lower case, matched on whole words */
    LEX_HARVEST_YEAR,     /* a measure of a harvest in the first half (夏粮, 小麦产量):
                             its figure is the year's, also in a half-year release */
    LEX_PLAN_GOAL_NEXT,   /* after a plan's name: its goals (“十五”计划目标), which are
                             for the plan's last year */
    LEX_SINCE_YEAR,       /* a since_event keyword (十八大以来) -> the year its span
                             starts from (2012) */
    LEX_MASKED_YEAR,      /* a year its uploader masked (XX年, 20××年): the
                             page's date is the upload's, not the text's */
    LEX_RELEASE_MEASURE,  /* in a measure's name: a headline figure of the national
                             statistics releases (release.c); value: its key in
                             ingest/release-cn.tsv (国内生产总值 -> gdp) */
    LEX_NATION_WORD,      /* in a measure's name or after a gap verb: the whole
                             nation (全国, 国内, 我国) */
    LEX_REGION_WORD,      /* in a sentence: a province, city or county speaks of
                             itself (全省, 我市, 地区生产总值) */
    LEX_MONTH_SPAN_AFTER, /* after a month opening a clause: a span or a point
                             from it (6月以来, 3月起, 5月后), not that month */
    LEX_REGION_NAME,      /* in a measure's name only: a place with its own
                             statistics office (香港, 本地生产总值); NBS releases
                             name them in their sentences (对香港出口) */
    LEX_QUARTER_SHORT,    /* after a quarter's digit that 第 or 前 leads: a quarter
                             (第2季, 前3季: Taiwan's and Macao's short mark) */
    LEX_RATE_NOUN_MOD,    /* between X%的 and a rate noun, its basis (实质, 按年): the
                             figure is still the rate (录得8.2%的实质增长) */
    LEX_REVISE_WORD,      /* a revision's verb after 由A (由原来的8.5%向上修订为8.6%):
                             A was an estimate, no claim */
    LEX_ROC_ERA,          /* before a year of the Republic's calendar (民國95年:
                             Taiwan counts from 1912, year 1) */
    LEX_ROC_YEAR_MARK,    /* after three digits 100..189: a year of that calendar
                             (108年度, 今(101)年's 101)年), no count of years */
    LEX_ITEMS_INTRO,      /* after a rate word, introduces the items a list of
                             bracketed rates names (升幅较大的大类有烟酒(+11.08%)) */
    LEX_SEP_IN_WORD,      /* a word holding a list separator (参与率, 涉及): no
                             split there */
    LEX_FALL_SIZE,        /* a change in the size of a fall (降幅收窄, 扩大): after
                             下降x%, a change in points so said is the fall's rate's
                             (降幅); one said otherwise (回落, 回升) the growth rate's */
    LEX_RELEASE_VERB,     /* a verb that releases figures (公布, 发布): a month right after
                             it is the month released (统计处昨公布11月外销订单), where
                             another report verb (强调, 宣布) speaks of plans or acts */
    LEX_BREAKDOWN_MARK,   /* in a short name opening a sentence: value 1 ends a name
                             of what the sentence before is broken down into, before a
                             comma (食品中，); value 0 is no such name (其他) */
    LEX_GROWTH_REACH,     /* a to-keyword that, right after a growth verb and before a
                             percentage, says how far the growth went (增长超过20%),
                             where 为, 到 or 保持在 name the level reached */
    LEX_SAME_PERIOD,      /* right after a base year compared with (较2016年同月, 比2019年
                             同期): the same part of that year, a year before the
                             figure's (doctime.c) */
    LEX_YOY_WORD,         /* a year-on-year comparison word (同比, 按年, 比上年): a text
                             that writes one compares a same period's base year
                             (比2019年同期) as a second, older base (doctime.c) */
    LEX_ERA_WORD,         /* a word of one year's policy that releases of that year
                             wrote (复工复产: 2020); value: the year (doctime.c) */
    LEX_ERA_WEAK,         /* a policy word later years wrote too (六保: set in 2020, still
                             in 2021-2022 reports): dates a text as an era word only
                             beside an era-sign of the same year; value: the year */
    LEX_ERA_SIGN,         /* a word of one year's circumstances (疫情冲击, 化危为机: 2020)
                             that confirms an era-weak word; value: the year */
    LEX_COMPANY_COLUMN,   /* a column of a listed company's main accounting table
                             (table_company.c); value: cur (本报告期), cur_end
                             (本报告期末), prev (上年同期), prev_end (上年度末), ytd
                             (年初至报告期末), prev_ytd, label (项目); up and
                             down: the verb of a change in points (增加1.30个百分点);
                             year: 本年 of an annual report's 本年比上年增减 */
    LEX_COMPANY_REPORT,   /* a listed company's periodic report in its title
                             (2016年半年度报告); value: the months it covers, A-B */
    LEX_ANNIVERSARY,      /* an event whose anniversaries a year is named by
                             (今年是建党100周年: 2021); value: the event's year */
    LEX_ANNIVERSARY_MARK, /* after the count of years: 周年 */
    LEX_ANNIVERSARY_REL,  /* before such an event: the year it is (今年是 1, 明年是 2,
                             去年是 0: 1 + the years from now to it) */
    LEX_ANNIVERSARY_OWNER, /* between 今年是 and an anniversary's event, the words that
                             name the party whose event it is (中国共产党, 我们党, 党的):
                             any other words make it another party's or army's */
    LEX_WEEKDAY,          /* a day of the week (星期三, 周三, Wednesday): a date
                             written with one dates a text that writes no year
                             (doctime_weekday.c); value: 1 Monday .. 7 Sunday */
    LEX_DAY_AHEAD,        /* a word that makes a date with its weekday a day to come or
                             a holiday, not the text's date line (定于, 将于, 假期) */
    LEX_DATE_LINE_BEFORE, /* before a date with its weekday: the news agency's mark
                             that makes it the text's date line (本报讯) */
    LEX_DATE_LINE_AFTER,  /* close after one: the reporter's source that makes it
                             the date line (记者…获悉) */
    LEX_LIST_FRAME,       /* opens a list's first item as a frame every item sits in:
                             输往台湾及内地的整体出口货量 (输往X的…, 来自X的…) */
    LEX_POINTER,          /* a demonstrative opening a subject (这, 该): the words after it
                             point back to a measure named before (這指數, 该月) */
    LEX_LIST_SLOT,        /* in a head before a colon, the place every item of the list
                             after it fills (输往所有主要目的地的整体出口货量…：美国(-25.3%)) */
    LEX_ENTITY_END,       /* ends the name of a set of firms (公司, 企业): a whole whose
                             other measures a clause after ； names alone (净利润) */
    LEX_CAUSE_NOT_NEXT,   /* after the word closing a cause (受…影响): the cause is part
                             of a name (影响评价项目数, 受疫情影响较大的住宿业) */
    LEX_POINTER_PLACE,    /* after a demonstrative: a place (该省, 该市的…): the subject
                             names that place's measure, not the one named before */
    LEX_YEAR_AGO_OPEN,    /* a prev_year keyword that, opening a clause (去年同季则增长1.5%),
                             is the time of the figure after it, a year back: no claim */
    LEX_EACH_PART,        /* before a 分别 list: its figures are the quarters in turn
                             (各季度GDP增速分别为…) */
    LEX_RANK_NEXT,        /* opens a clause naming the next of a ranking (其次为): the
                             words after it, in a clause with no figure, are the
                             subject of the clauses after (其次为服装，上升3%) */
    LEX_PER_PERIOD,       /* a clause's whole head, an average per day, month or head
                             (日均, 月均, 户均): of the measure the clause before named
                             (博彩毛收入206亿元，日均约7.4亿元: 日均博彩毛收入) */
    LEX_PARTNER_OPEN,     /* opens a list's first item naming trade partners (对东盟、
                             欧盟进出口): a flow list suffix spreads to every item */
    LEX_MINUS_SIGN,       /* a sign below zero before a figure (-, －, −) */
    LEX_SINCE_REMARK,     /* later in a year's clause: the year starts a remark about
                             the past (2009年第4季回復正成長以來), not a year reported */
    LEX_REVIEW_BASE,      /* right before a year a review compares with (比2011年, 是2011年的
                             1.9倍, 由2011年的): the span's start; value 1: only with 的
                             after the year (是, 为, 由, 从) */
    LEX_FORECAST_BASE,    /* ends the base of a comparison with an earlier forecast or
                             estimate (较5月预测数1.89%, 比起预测增加): the figures and
                             the gap after it are no claims */
    LEX_NUMBER_WORD,      /* a written number (five, twenty); value: the number */
    LEX_FRACTION_WORD,    /* a denominator (third, fifths, quarter); value: it */
    LEX_MONTH,            /* a month's name; value: 1..12 */
    LEX_PERIOD_TABLE,     /* a word of a table whose columns are periods
                             (table_period_en.c); value: what it says there --
                             growth, change (a caption's or column's kind: on a
                             year before, on the period before), yoy (a column of
                             the latest period's year-on-year rate), skip (a
                             caption of figures no claim reads: rolling sums),
                             unit:U (a caption's unit: levels in U), row:NAME (a
                             row's short label: its measure), sub (a label that
                             qualifies the first row's measure: excluding),
                             estimate, mark (a figure's footnote letter) */
    LEX_ORDINAL_WORD,     /* first, 2nd, twelfth; value: the number */
    LEX_MULTIPLE_WORD,    /* doubled, tripled; value: the multiple */
    LEX_CURRENCY_BEFORE,  /* a sign or code before a number ($, RMB, Rs); value:
                             the currency as a claim's unit writes it */
    LEX_CURRENCY_AFTER,   /* a currency after a number (yuan, U.S. dollars); value
                             the same */
    LEX_BASE_UNIT,        /* a unit as written -> its base unit (yuan -> the
                             Chinese grammar's yuan), so both languages compare */
    LEX_STOPWORD,         /* a common English word: how English a sentence reads */
    LEX_SUBJECT_CUT,      /* ends a measure's name: what follows is cut (converted to;
                             in Chinese 剔除…因素, an aside after the measure) */
    LEX_SUBJECT_FROM,     /* the name starts after it (the first estimate of) */
    LEX_MEASURE_HEAD,     /* a noun that names a measured quantity (gdp, income,
                             exports): the head of a figure's subject (head_en.c);
                             in Chinese, a product named by one character (纱, 布),
                             a subject on its own (subject.c) */
    LEX_CLAUSE_WORD,      /* a word no measure's name holds (we, said, which,
                             there): a subject with one is a clause, not a name */
    LEX_POLICY_HEAD,      /* a rate a government sets (tariff, tax rate): its
                             figures are policy parameters, no claim */
    LEX_GENERIC_SUBJECT,  /* a subject that names no measure of its own (it, growth,
                             the figure): the figure's measure is the one before */
    LEX_NO_NAME,          /* a word that names no measure (consecutive, month, terms,
                             slightly, faster): a subject of these, stop words and
                             ordinals alone is generic (subject_en.c) */
    LEX_BASE_WORD,        /* marks what follows as a comparison's base; value 1: a
                             comparison (than, compared, same), 2: a preposition
                             before a base (from, over, on) */
    LEX_OBJECT_VERB,      /* a verb whose object is the measure an actor keeps, sets
                             or revises (kept, lowered, raised, cut): the figure's
                             measure is that object, not the actor (subject_object_en.c) */
    LEX_OBJECT_SKIP,      /* a word between such a verb and its object (its, the,
                             up, down) */
    LEX_OBJECT_STOP,      /* ends such an object (for, at, to, unchanged) */
    LEX_GOAL_COMPARE,     /* sets a figure beside a goal or forecast of the same
                             measure (within, below, short of): "grew 6.1 percent,
                             within the target of 6 to 6.5 percent" */
    LEX_NOT_PLACE,        /* a capitalised word no place's name holds (Index, Price,
                             Consumer): a subject with one names a measure */
    LEX_MONTH_LINK,       /* after a capitalised month: the month opens a span, a
                             part or a date (to, quarter, last), no measure's month
                             ("January exports" is one; time_en.c month_before_noun) */
    LEX_RELEASE_NAME,     /* after quarterly or monthly: a publication (bulletin,
                             survey), no period before (rules_en_horizon.c) */
    LEX_MONTHLY_MEASURE,  /* after monthly: a measure counted by the month (wage,
                             earnings, data), no change on the month before */
    LEX_YEAR_DETERMINER,  /* before a year written as a forecast's or a goal's
                             adjective (its, the, their: "its 2044 growth
                             forecast"); a possessive does it too (time_fig_en.c) */
    LEX_BE_FORM,          /* a form of "be" (is, was, been): a verb after it is a
                             passive or an adjective */
    LEX_EARLIER_ADVERB,   /* after a figure, before a forecast's verb: the value
                             it had before ("2.8% previously forecast") */
    LEX_EARLIER_ADJ,      /* before a forecast's noun after "in": the forecast
                             before ("5.0% in the previous forecast") */
    LEX_BASE_MARKER,      /* right before a figure (and its article) after a rate:
                             the figure is that rate's base, the same measure at
                             another time (down from, vs, following, after;
                             rules_en_elided.c) */
    LEX_VERB_LEAD,        /* opens a verb phrase whose subject is written
                             before it (has, will, could, still): after a
                             comma, the clause's subject is before a remark */
    LEX_REMARK_OPEN,      /* opens a remark set off by commas (a, which, as,
                             in): a segment so opened is no subject's head */
    LEX_FRACTION_SIGN,    /* a fraction written as one sign after digits (3½):
                             its value is added to the number's */
    LEX_EARLIER_AFTER,    /* after a figure: dates it to a forecast made before
                             ("2.9% seen in March", "3 percent at the time of
                             approval"): no claim (rules_en_aside.c) */
    LEX_PLACE_LEAD,       /* a small word before a place's name that keeps it
                             a place (developing Asia, emerging Europe) */
    LEX_ECONOMY_GROUP,    /* a noun that names a group of economies or a
                             region (advanced economies, developing countries,
                             the region): a subject that grows, as a place */
    LEX_EXTREME_WORD,     /* an extreme a measure reached (low, high, peak):
                             "to a ten-year low of 3.4%" is the level reached */
    LEX_OUTLOOK_WORD,     /* a word of a forecast of what is to come (expected,
                             forecast, projected): the years after it in a
                             sentence of a text's head are a forecast's (doctime_en.c) */
    LEX_COUNT_HEAD,       /* a plural noun a count names a measure by (jobs,
                             vacancies, tourists): "create 11 million new urban
                             jobs" is a level of new urban jobs (subject_object_en.c) */
    LEX_COUNT_VERB,       /* a verb whose object is such a count (create, add) */
    LEX_COUNT_LEAD,       /* a word before such a count that opens its clause and
                             names nothing (an additional, another) */
    LEX_RELEASE_COUNTRY,  /* a word naming a country or its statistics office as
                             written (U.S., BLS, Britain; release_en.c); value:
                             its code in ingest/release-en.tsv */
    LEX_GLUED_TABLE,      /* a word of a glued table's header of periods
                             (table_glued_en.c); value: quarter (Qtr: the
                             month before it ends a quarter), span (to: the
                             two periods of a column) */
    LEX_RATE_MEASURE,     /* the last word of a measure whose percent is its rate of
                             change, never a level: an index (food index, CPI);
                             read only for a figure's kind, not to find a
                             subject (rules_en_elided.c) */
    LEX_REMARK_YEAR,      /* in the clause before a year: the year is named in a
                             passing remark (since, last seen, established, peak),
                             no evidence of the text's year; value 2: only when
                             no period noun follows (last, previous: "the last
                             time", not "the last quarter of 2015"; doctime_en.c); value 3:
                             such a period noun */
    LEX_FALL_GOES_ON,     /* before "to" and a rate: a fall that went on to it
                             (deepening, extended, losses, slump): the rate is
                             the fall's, not a rate moved to (rules_en.c
                             en_rate_moved) */
    LEX_SCHEDULE_WORD,    /* in a sentence dating a month with its year: the
                             month is of something scheduled or to come (meets,
                             takes effect, will), not of a figure stated
                             (doctime_en.c ingest_en_scheduled) */
    LEX_YEARLY_RATE,      /* a word of a measure whose growth is quoted over twelve
                             months by convention (credit, money, M2): a growth
                             rate of it that names no basis is year on year
                             (basis_en.c en_twelve_month_rate) */
    LEX_RECORD_VERB,      /* before "in the previous quarter": a rate recorded then
                             (recorded, observed, registered), whose time the
                             phrase is, no basis (basis_en.c en_qoq_recorded) */
    LEX_ING_NOUN,         /* a noun in -ing (building, morning, sterling): after
                             "after" no verb's clause (time_en.c after_gerund_before) */
    LEX_LIST_KIND,        /* a plural noun naming the kind of a list's items (sectors,
                             components): a head before the items ("the three
                             sectors, A, B and C") or a tail after them ("A, B and
                             C sectors") that is no item (rules_en_list.c) */
    LEX_CLAUSE_JOIN,      /* joins a clause to the one before (while, whereas):
                             before a list of names after a comma, it opens the
                             list's first item (subject_pick_en.c) */
    LEX_PRICE_WORD,       /* a word of a price measure (inflation, prices, CPI): an
                             average of it that names no span of years averages
                             twelve-month rates, year on year (basis_en.c
                             en_price_average) */
    LEX_TRADE_FLOW,       /* a flow between places (exports, imports, shipments):
                             before "to"/"from" and a list of partners, every
                             partner's (rules_en_list.c share_flow) */
    LEX_SPAN_WORD,        /* in a price average's clause: a span of years (decade,
                             years, medium term): the average is over years, not of
                             twelve-month rates (basis_en.c en_price_average) */
    LEX_PAGE_LABEL,       /* a word of a page's own labels before a colon (highlights,
                             key points, sources, outlook, posted): such a label
                             names no measure (subject_en.c en_label_name); value 2:
                             a preposition, no label opens with it (in, at) */
    LEX_PRONOUN,          /* a pronoun (it, they, we, which, this): a subject that
                             opens with one and holds no measure's head is a
                             clause, no name (head_en.c) */
    LEX_FORECAST_VERB,    /* a verb that states a forecast (predicted, projected):
                             like a verb of speech, what follows it names the
                             measure, the subject before it the speaker (head_en.c) */
    LEX_PARTICIPLE,       /* a past participle not written in -ed (driven, led, hit):
                             read with the -ed ones, "driven mainly by" opens the
                             cause of a change, no name (subject_en.c) */
    LEX_NCLASSES
} lex_class;

/* The role of a keyword (the value of a keyword row, in lower case). */
typedef enum lex_role {
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
    K_OCTUPLE,     /* 翻三番 */
    K_IS,          /* 是 (是…的x倍) */
    K_REVIEW5,     /* 五年来 过去五年 五年 */
    K_PLAN11, K_PLAN12, K_PLAN13, K_PLAN14,  /* 十一五 ... 十四五 */
    K_PLAN9, K_PLAN10,                       /* 九五, 十五: after the others, which
                                                the rules test with >= K_PLAN11 */
    K_PLAN15,                                /* 十五五 (2026-2030), likewise */
    K_SINCE_EVENT,  /* 十八大以来, 改革开放以来: a span from the event's year
                       (LEX_SINCE_YEAR) to the year in force */
    K_THIS_YEAR,   /* 今年: the document's current year */
    K_TOTAL_YEAR,  /* 全年 */
    K_LAST_YEAR,   /* 去年: the year before the current one */
    K_NEXT_YEAR,   /* 明年: the year after it, a goal */
    K_PART,        /* 上半年, 一季度, 前三季度: a part of a year (LEX_YEAR_PART) */
    K_NEAR,        /* 将近: the qualifier below, not the future marker 将 */
    /* English only */
    K_QOQ,         /* on the quarter, quarterly: a change on the period before */
    K_SKIP,        /* the figures after it in the clause are not claims (exchange rate) */
    K_SKIP_SENT,   /* the sentence holds no claim (Also Read |) */
    K_REF,         /* it, this figure: the subject is the one before */
    K_PAST,        /* over the past: a span back from the latest year */
    K_SINCE,       /* since YEAR: a span to the latest year */
    K_BETWEEN,     /* between A and B: a span */
    K_PRESENT,     /* is, are: a level now (the current year) */
    K_INCREMENT,   /* increments, more than: an absolute change */
    K_GROWTH_NOUN, /* growth, inflation: a subject that is itself a rate */
    K_REVISION,    /* revised, revision: a forecast's earlier value or its change */
    K_CONTRIB      /* boosted, added, dragged: a contribution to growth in points */
} lex_role;

/* Flags of a row (the flags column, in lower case). */
enum {
    LEXF_CHANGE = 1u << 0,    /* keyword: speaks of change (a miss without a claim) */
    LEXF_GOAL = 1u << 1,      /* keyword: the paragraph states goals (目标) */
    LEXF_LIST = 1u << 2,      /* keyword: opens a 分别 list; break: 、 */
    LEXF_RATE = 1u << 3,      /* keyword: names a rate (增速为 is a rate) */
    LEXF_PREP = 1u << 4,      /* keyword: a preposition at a clause start (为企业) */
    LEXF_OBJECT = 1u << 5,    /* keyword: its object names what changed (增加学位) */
    LEXF_DOWN = 1u << 6,      /* keyword: a fall (negative sign) */
    LEXF_WORD_NEXT = 1u << 7, /* keyword: needs an ideograph after it (计划增长) */
    LEXF_COMMA = 1u << 8,     /* break: a comma */
    LEXF_NO_START = 1u << 9,  /* digit: does not start a number (〇) */
    LEXF_POINTS = 1u << 10,   /* unit: percentage points */
    LEXF_TIMES = 1u << 11,    /* unit: a multiple */
    LEXF_NUMERAL = 1u << 12,  /* figure-start: a figure when a digit or digit-next follows */
    LEXF_ALONE = 1u << 13,    /* figure-start: a figure by itself (翻一番) */
    LEXF_MILESTONE = 1u << 14,/* keyword: a threshold passed (迈上); its role and qualifier
                                 cover a 、-list of figures (迈上500亿、600亿台阶) */
    LEXF_COUNTER = 1u << 15,  /* unit: counts things (个, 所, 家): a tally's clauses go on
                                 with such counts (新建A 14个，B 6所) */
    LEXF_BOTH = 1u << 16,     /* keyword: the predicate of each item of its subject
                                 (双倍增: A和B each doubled) */
    LEXF_FIGURE_NEXT = 1u << 17,/* keyword: digits must follow, spaces aside (增8%:
                                 增 alone is a verb only before its figure) */
    LEXF_QUOTED = 1u << 18,   /* keyword: read only when quoted alone (“十五”: the plan;
                                 十五 unquoted is fifteen) */
    LEXF_SCALED = 1u << 19,   /* unit: a unit only after a scale (3417万度 is electricity,
                                 气温38度 a temperature) */
    LEXF_FLOW = 1u << 21,     /* list-suffix: a trade flow (出口): only for partners */
    LEXF_AFTER_FIGURE = 1u << 20 /* keyword: read only right after a figure with a
                                 unit (增加16.1%至34.82亿元; 截至, 1至5月 are no verb) */
};

/* One row.  Strings are NUL-terminated UTF-8 and static. */
typedef struct lex_entry {
    const char *s;       /* the word */
    size_t n;            /* strlen(s) */
    const char *value;   /* the value column; "" for none */
    size_t vn;           /* strlen(value) */
    double num;          /* the value as a number (digit, place, scale); else 0 */
    int code;            /* keyword: its lex_role; qualifier-*: its ingest_qualifier */
    uint64_t roles;      /* kw-not-*: bit 1 << role per role blocked (0: value is
                            the one keyword blocked) */
    unsigned flags;      /* LEXF_* */
} lex_entry;

/* The rows of one class, in file order. */
typedef struct lex_list {
    const lex_entry *v;
    size_t n;
    uint64_t filter;     /* bit lex_hash(w) set for every word w */
    const uint16_t *chain;  /* the rows by lex_hash, so that a lookup reads only
                               the few rows that may match, in file order:
                               chain[h] is 1 + the first row whose word has hash
                               h (0: none), chain[64 + i] 1 + the next such row
                               after row i (0: none); computed by
                               tools/lexicon.sh.  NULL for a list built by hand
                               (or whose rows were changed): every row is read */
    uint64_t end_filter; /* bit (last byte of w) & 63 set for every word w, so
                            that ingest_lex_ends() rules out most texts with one
                            test; ~0 for a list built by hand */
    const uint64_t (*chars)[4];  /* row i's characters, hashed as ingest_lex_chars()
                                    hashes a text's (tools/lexicon.sh): a class is
                                    ruled out of a text with four tests a row;
                                    NULL for a list built by hand */
    const uint16_t *pairs;  /* the English rows by lex_pair_hash() of their first
                               two bytes, in file order: bucket h's row numbers
                               are pairs[pairs[h]] .. pairs[pairs[h + 1] - 1]
                               (a word of one byte is in every bucket); a lookup
                               reads a row or two where the chain of its first
                               letter holds a dozen.  Computed by
                               tools/lexicon.sh for the English lexicon; NULL
                               for the Chinese and a list built by hand */
    const uint16_t *echain; /* the rows by the low six bits of their last byte, in
                               file order, laid out as chain: the rows a word
                               ending a text may be (ingest_lex_ending); read only
                               with chain, NULL for a list built by hand */
} lex_list;

typedef struct ingest_lexicon {
    const char *lang;            /* "zh" */
    lex_list cls[LEX_NCLASSES];  /* by lex_class */
} ingest_lexicon;

/* The Chinese lexicon, generated from ingest/lexicon-zh.tsv. */
extern const ingest_lexicon ingest_lexicon_zh;

/* The name of class c as the file writes it ("kw-not-next"). */
const char *ingest_lex_class_name(lex_class c);

/* The low six bits of the last byte of the first character of s[0..n),
 * or 64 when that character is cut off.  A word can start s only when its
 * bit is set in its class's filter (computed by tools/lexicon.sh). */
static inline unsigned lex_hash(const char *s, size_t n)
{
    /* the length of a character by its lead byte's high nibble (a stray
     * continuation byte counts two, as 0x80..0xDF always did): one load
     * instead of three tests on every lookup */
    static const unsigned char len_of[16] = { 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 4 };
    size_t k = len_of[(unsigned char)s[0] >> 4];

    return k <= n ? ((unsigned char)s[k - 1] & 63u) : 64;
}

#define LEX_PAIR_BUCKETS 128u  /* (tools/lexicon.sh writes them) */

/* The bucket of lex_list.pairs for a text s[0..n), n > 0, whose first two
 * bytes are b0 and b1 (0 when n is 1: only a word of one byte can start it,
 * and those are in every bucket). */
static inline unsigned lex_pair_hash(const char *s, size_t n)
{
    unsigned b1 = n > 1 ? (unsigned char)s[1] : 0;

    return ((unsigned char)s[0] * 31u + b1) % LEX_PAIR_BUCKETS;
}

/* May a word of list l start s[0..n)?  False for certain, true maybe. */
static inline bool lex_may(const lex_list *l, const char *s, size_t n)
{
    unsigned h;

    return n > 0 && (h = lex_hash(s, n)) < 64 && (l->filter >> h & 1);
}

/* The rows of l whose word may start s[0..n), in file order: with a chain
 * those that share the hash of s's first character, else every row.
 *
 *     for (unsigned k = lex_first(l, s, n); k; k = lex_next(l, k))
 *         ... l->v[k - 1] ...
 *
 * No row of another hash can start s, nor any row when s's first character
 * is cut off (n too short for it). */
static inline unsigned lex_first(const lex_list *l, const char *s, size_t n)
{
    unsigned h;

    if (!l->chain)
        return n > 0 && l->n > 0 ? 1 : 0;
    h = n > 0 ? lex_hash(s, n) : 64;
    return h < 64 ? l->chain[h] : 0;
}

static inline unsigned lex_next(const lex_list *l, unsigned k)
{
    if (!l->chain)
        return k < l->n ? k + 1 : 0;
    return l->chain[64 + k - 1];
}

/* The length of the first word of l that s[0..n) starts with, in file
 * order; 0 when none does.  *e, if e is not NULL, gets its row. */
size_t ingest_lex_match(const lex_list *l, const char *s, size_t n, const lex_entry **e);

/* The same for class c of lexicon lx, with the filter tried first. */
static inline size_t ingest_lex_at(const ingest_lexicon *lx, lex_class c, const char *s,
                                   size_t n, const lex_entry **e)
{
    const lex_list *l = &lx->cls[c];

    return lex_may(l, s, n) ? ingest_lex_match(l, s, n, e) : 0;
}

/* The same for the first word that s[0..n) ends with. */
size_t ingest_lex_ends(const ingest_lexicon *lx, lex_class c, const char *s, size_t n);
/* That word's row; NULL for none. */
const lex_entry *ingest_lex_ending(const ingest_lexicon *lx, lex_class c, const char *s, size_t n);

/* True when s[0..n) is, in whole, a word of class c. */
bool ingest_lex_is(const ingest_lexicon *lx, lex_class c, const char *s, size_t n);
/* The row of class c whose word is s[0..n) in whole (the first in file
 * order); NULL when none is. */
const lex_entry *ingest_lex_row(const ingest_lexicon *lx, lex_class c, const char *s, size_t n);

/* True when the character at s[0..n) is one of the characters of set (a
 * row's value: 据统计's "局部" refuses 据统计局, 据统计部门); false for "". */
bool ingest_lex_char_in(const char *set, const char *s, size_t n);

/* True when t[0..len) holds a word of class c anywhere. */
bool ingest_lex_in(const ingest_lexicon *lx, lex_class c, const char *t, size_t len);
/* The first place in t[0..len) where a word of class c starts; len when none. */
size_t ingest_lex_find(const ingest_lexicon *lx, lex_class c, const char *t, size_t len);

/* The characters of a text (valid UTF-8), each hashed to one of 256 bits:
 * built once, it tells for many classes which cannot occur in the text
 * before any is looked for (a memchr a word, a lookup a character). */
typedef struct lex_chars {
    uint64_t bit[4];
} lex_chars;

void ingest_lex_chars(const char *t, size_t len, lex_chars *set);

/* False when no word of class c can occur in the text set was built from
 * (each word has a character the text lacks); true when one may. */
bool ingest_lex_may_in(const ingest_lexicon *lx, lex_class c, const lex_chars *set);

/* Does row (of kw-not-next or kw-not-prev) block keyword k?  A row blocks
 * the roles of its mask, or, with none, the one keyword its value names. */
static inline bool ingest_lex_blocks(const lex_entry *row, const lex_entry *k)
{
    if (row->roles)
        return row->roles >> k->code & 1;
    return row->vn == k->n && memcmp(row->value, k->s, k->n) == 0;
}

/* The first row of class c with all of flags set, or NULL. */
const lex_entry *ingest_lex_flagged(const ingest_lexicon *lx, lex_class c, unsigned flags);

/* The value 0..9 of the Chinese digit at s, with its byte length in *len;
 * -1 when s does not start with one. */
int ingest_lex_digit_slow(const ingest_lexicon *lx, const char *s, size_t n, size_t *len);

static inline int ingest_lex_digit(const ingest_lexicon *lx, const char *s, size_t n, size_t *len)
{
    return lex_may(&lx->cls[LEX_DIGIT], s, n) ? ingest_lex_digit_slow(lx, s, n, len) : -1;
}

#endif
