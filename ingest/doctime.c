/* doctime.c -- the document's time: which year a text is written in and
 * which year its figures are for, found like a reader finds them.
 *
 * The parser shows this stage the sentences of a text's head before the
 * grammar reads any of them (ingest_doctime_observe), then asks it to date
 * the document (ingest_doctime_apply).  Each rule keeps one candidate: the
 * year the text is written in (now, 今年) and the year its figures with no
 * year of their own are for (data).  The first rule that found one wins:
 *
 *   option     the caller's --report-year Y: now Y, data Y - 1
 *   title      2022年政府工作报告, 汉滨区2025年政府工作报告 (a place between;
 *              no break between year and word; also ending a long first
 *              sentence, a site's menus glued before it):
 *              now Y, data Y - 1 -- unless the review opens on Y (2019年，是
 *              …的一年, 2019年工作回顾; not a paragraph of goals, 之年, 目标)
 *              or a date line is a year later: then the title names the year
 *              reviewed, data Y, now Y + 1; 2021年…统计公报,
 *              2020年上半年预算执行情况: data Y, now Y + 1; 2019年度…讲话:
 *              data and now Y
 *   date_line  ——2021年1月6日在…, (2018年4月16日), 一九九九年三月一日, or a full
 *              date with an event word after it in the first paragraphs
 *              (定于2010年10月21日…举行新闻发布会): now Y, data Y - 1 (Y when
 *              delivered in October to December)
 *   session    第十届全国人民代表大会第四次会议: now 1978 + 5 (N - 5) + M - 1
 *   opening    a paragraph that opens "2021年，" (a communiqué): data 2021;
 *              a text naming a work report and the year it sets goals for
 *              (报告提出，2013年全省…主要预期目标; doctime_body.c), with no
 *              dated title, date line or session: data 2012, now 2013 (the
 *              news of a report), also over a paragraph of goals opening
 *              "2013年，"
 *   avg_base   a two-year average beside its base in one sentence (比2019年
 *              一季度增长19.3%，两年平均增长9.2%): data base + 2
 *   avg_no_base  (after latest and page) a two-year average with no base
 *              beside a rate (同比增长6.0%，两年平均增长4.1%): data 2021, the
 *              year releases wrote them (lexicon), unless a meeting or plan
 *              cited is later than 2022
 *   plan_year  a plan's year named as this, next or last year (今年是“十四五”
 *              开局之年: now 2021; 明年是…开局之年: now 2020), or an event's
 *              anniversary so named (今年是建党100周年: now 2021): data now - 1
 *   latest     the latest year the text reports figures for ("2020年，",
 *              "2020年的"; not 到2025年, 2017年以来): data that year
 *   calendar   the latest party congress or central committee plenum the
 *              text cites, from the lexicon's table (十九届二中、三中、四中全会
 *              met last in October 2019): data that year, now the next; a
 *              meeting held in January (十九届二中全会, January 2018) came
 *              before that spring's reports: data the year before.  Not one a
 *              period counts from (十八大以来).  A congress looked forward to
 *              (迎接党的十九大) has not met: now its year, data the year before
 *              (unless a meeting cited met in that year); so does one whose
 *              year a relative year names (今年是党的十九大召开之年).
 *   page       a web page's metadata date (2021-05-19 18:00:17 来源:…, in
 *              doctime_page.c), in the first paragraphs: now Y, data Y - 1
 *              (Y when dated October to December), as a date line; a page
 *              posted more than a year after every year the first
 *              paragraphs name is a later posting: the latest of those
 *              years dates the text (the year before for a work report)
 *   plan       the latest five-year plan named (十三五): now its first year + 1
 *   official   only when no rule above dates a text with Chinese sentences,
 *              or only latest does: the national figures its head states
 *              are what one year's official releases printed (parser.c,
 *              release.c): data that year, now the next (the same year for a
 *              text on a part of it); a year later than latest's wins over
 *              it (略低于最高年份2015年 is a remark in a release of 2016 H1);
 *              in a text no rule dates, one figure only one year printed
 *              is enough (7月份，居民消费价格同比上涨5.6%: 2007)
 *   base       the latest base year of a same-period comparison (较2016年同
 *              月上升3.6%; never 2019, nor in a text stating a 同比 figure):
 *              data that year + 1; the last witness, for a text that writes
 *              no year of its own
 *   era        a word only one year's policy used (疫情要防住: 2022; lexicon
 *              era-word), or a word later years wrote too beside a sign of
 *              its first year (六保 beside 疫情冲击: 2020; era-weak,
 *              era-sign), after every other rule but weekday: data that year
 *   weekday    the very last: a date written with its weekday in the first
 *              paragraphs (3月15日（星期三）; doctime_weekday.c): the year that
 *              day fell on it, the first after the latest year the head
 *              names, else the latest to today: as a date line
 *
 * A text that near its start presents a five-year plan (发布…十四五规划纲要,
 * the news of a plan outline) and is no work report states the plan's
 * goals: while the plan is not over when the text is written, goals with
 * no year of their own are for its end year (doc_plan_to), not the text's.
 * One that names a work report there (政府工作报告) states the year's goals.
 *
 * A text that near its start reports a part of the current year (一季度,
 * 上半年, 今年以来) and is not a government work report is a release or a
 * speech about the current year: its data year is its now year, and a part
 * named there is the part of the year its figures cover.  So is a text with
 * no dated head (no title, date line, opening year or session) whose first
 * paragraphs open a later clause on a part (初步统计，前三季度…).
 *
 * The grammar reads figures with no year of their own as data-year figures
 * (report_year - 1, the review convention) and goals as report_year; 今年 is
 * now_year.  Local congresses are elected in other years than the national
 * one, so a local session number never dates a document. */
#include "ingest_int.h"

#include <string.h>

#include "text.h"

#define TITLE_WITHIN 240      /* a title word starts this close to its paragraph's start */
#define TITLE_YEAR_BEFORE 40  /* the year is at most this many bytes before it */
#define DATE_TAIL 45          /* a date line: at most this much after the date */
#define NEAR_START_PARAS 3    /* "near the start": the first sentences of the first paragraphs */
#define ISO_PREFIX 24        /* bytes of a source's name before a date in digits */
#define EARLY_MONTH 1         /* a meeting in this month or earlier precedes the year's reports */
#define HEAD_AFTER_DATELINE 2 /* the headline and first paragraph after a date line */
#define PAGE_PARAS 6          /* a page's metadata date is in its first paragraphs */
#define LATE_MONTH 10         /* a text dated this month or later reviews its own year */
#define SECOND_HALF 712       /* 下半年 near the start is the work ahead (做好下半年工作):
                                 a second half is reported with the whole year */
#define PLAN_MARK_NEAR 24     /* 开局之年 this close after the plan's name (“十四五”规划的) */
#define EVENT_NEAR 150        /* an event word this close after a date in a sentence */
#define PLAN_YEARS 5          /* a five-year plan ends in a year divisible by this (2010) */

/* The offset of the first word of class c in t[from..len), with its row in
 * *e; len when there is none. */
static size_t find_word(const ingest_lexicon *lx, lex_class c, const char *t, size_t len,
                        size_t from, const lex_entry **e)
{
    for (size_t i = from; i < len; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, c, t + i, len - i, e))
            return i;
    return len;
}

/* A small Chinese or ASCII numeral (九, 十三, 二十, 12) at t: its value,
 * with its length in *n; 0 when there is none. */
static int small_number(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    int v = 0, d;
    size_t i = 0, dl;
    const lex_entry *pl;
    bool tens = false;

    while (i < len && is_digit(t[i]) && i < 3)
        v = v * 10 + (t[i++] - '0');
    if (i > 0) {
        *n = i;
        return v;
    }
    while (i < len && i < 4 * CJK_BYTES) {
        if ((d = ingest_lex_digit(lx, t + i, len - i, &dl)) >= 0) {
            v += d;
            i += dl;
        } else if (!tens && ingest_lex_at(lx, LEX_PLACE, t + i, len - i, &pl) && pl->num == 10) {
            v = (v ? v : 1) * 10;
            tens = true;
            i += pl->n;
        } else {
            break;
        }
    }
    *n = i;
    return i ? v : 0;
}

int ingest_span_years_at(const ingest_lexicon *lx, const char *t, size_t len, bool before,
                         size_t *n)
{
    size_t i = 0, mark, after;
    int v = 0;

    while (i < len && i < 2 && is_digit(t[i]))
        v = v * 10 + (t[i++] - '0');
    if (i == 0)
        v = ingest_small_numeral_at(lx, t, len, &i);   /* 三年间, 近十年 */
    if (i == 0 || (i < len && is_digit(t[i])) || v < 2 || v > 50
        || (mark = ingest_lex_at(lx, LEX_YEAR_MARK, t + i, len - i, NULL)) == 0)
        return 0;
    after = ingest_lex_at(lx, LEX_SPAN_AFTER, t + i + mark, len - i - mark, NULL);
    if (!after && !before)
        return 0;
    *n = i + mark + after;
    return v;
}

/* The years of a review span opening a paragraph (五年来, 近3年, ——十年来):
 * N, -1 for a span of no count, 0 none.  Here, beside the span reader it
 * builds on, so that context.c calls doctime.c and never the reverse. */
int ingest_span_opening(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *span;
    size_t b, k;

    while (len >= 3 && memcmp(t, "—", 3) == 0) {    /* leading dashes */
        t += 3;
        len -= 3;
    }
    if (ingest_lex_at(lx, LEX_PERIOD_START, t, len, &span))
        return span->num > 0 ? (int)span->num : -1;
    /* 10年来，…, 近3年，… */
    b = ingest_lex_at(lx, LEX_SPAN_BEFORE, t, len, NULL);
    return ingest_span_years_at(lx, t + b, len - b, b > 0, &k);
}

/* Skips spaces and the words that may lead a date line. */
static size_t skip_lead(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t i = 0, k;

    while (i < len) {
        if (t[i] == ' ')
            i++;
        else if ((k = ingest_lex_at(lx, LEX_DATE_LEAD, t + i, len - i, NULL)) > 0)
            i += k;
        else
            break;
    }
    return i;
}

/* The second month of a range whose months each have their mark, at t
 * after the first's mark (6月至8月: at 至), with the range's length from t
 * in *n; 0 when none follows. */
static int marked_range_to(const ingest_lexicon *lx, const char *t, size_t len, int a, size_t *n)
{
    size_t d = ingest_lex_at(lx, LEX_RANGE_DASH, t, len, NULL), k, mark;
    int b;

    if (d == 0)
        d = ingest_lex_at(lx, LEX_MONTH_TO, t, len, NULL);
    if (d == 0 || (b = small_number(lx, t + d, len - d, &k)) <= a || b > 12
        || (mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + d + k, len - d - k, NULL)) == 0
        || (d + k + mark < len && is_digit(t[d + k + mark])))
        return 0;
    *n = d + k + mark;
    return b;
}

/* A web page's date written with digits only, "YYYY-MM-DD" (or '/'), after
 * at most ISO_PREFIX bytes of a source's name (温州网 2020-12-24 08:17:00)
 * and before nothing but a time: its year, with the month in *month; 0 when
 * t is no such line. */
static int iso_date_line(const char *t, size_t len, int *month)
{
    size_t i = 0, n;
    int y;

    while (i < len && i < ISO_PREFIX && !is_digit(t[i]))
        i++;
    if (!(y = ingest_iso_date(t, len, i, month, &n)))
        return 0;
    for (i += n; i < len; i++)
        if (!is_digit(t[i]) && t[i] != ':' && t[i] != ' ')
            return 0;
    return y;
}

/* A date line "YYYY年M月D日" (or "YYYY-MM-DD") at the start of t: its year,
 * with the month in *month; 0 when t does not open with a date standing
 * alone. */
static int date_line(const ingest_lexicon *lx, const char *t, size_t len, int *month)
{
    size_t i = skip_lead(lx, t, len), n, mark;
    int y = ingest_year_at(lx, t + i, len - i, &n), m;

    if (!y)
        return iso_date_line(t, len, month);
    i += n;
    m = small_number(lx, t + i, len - i, &n);
    if (m < 1 || m > 12 || (mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + i + n, len - i - n, NULL)) == 0)
        return 0;
    i += n + mark;
    if (marked_range_to(lx, t + i, len - i, m, &n))
        return 0;               /* 2024年6月至8月就業調查: a period's title */
    if (small_number(lx, t + i, len - i, &n) > 0
        && (mark = ingest_lex_at(lx, LEX_DAY_MARK, t + i + n, len - i - n, NULL)) > 0)
        i += n + mark;
    while (i < len && t[i] == ' ')
        i++;
    if (len - i > DATE_TAIL && !ingest_lex_at(lx, LEX_DATE_NEXT, t + i, len - i, NULL))
        return 0;
    *month = m;
    return y;
}

/* The last year whose 年 ends between word - TITLE_YEAR_BEFORE and word + 3
 * (2019年度: the 年 is the word's own), with no break between them: a title
 * runs from its year to its word (not 2013年，全市落实…政府工作报告…). */
static int year_before(const ingest_lexicon *lx, const char *t, size_t len, size_t word)
{
    size_t a = word > TITLE_YEAR_BEFORE ? word - TITLE_YEAR_BEFORE : 0, n;
    int best = 0, y;

    while (a > 0 && ((unsigned char)t[a] & 0xC0) == 0x80)
        a++;
    for (size_t i = a; i <= word && i < len; i += char_len((unsigned char)t[i]))
        if ((i == 0 || !is_digit(t[i - 1])) && (y = ingest_year_at(lx, t + i, len - i, &n))
            && i + n <= word + CJK_BYTES)
            best = y;
        else if (best && i < word && ingest_lex_at(lx, LEX_BREAK, t + i, word - i, NULL))
            best = 0;
    return best;
}

/* A year in brackets right after a title (政府工作报告（2021年）). */
static int year_after(const ingest_lexicon *lx, const char *t, size_t len, size_t at)
{
    size_t n = ingest_lex_at(lx, LEX_DATE_LEAD, t + at, len - at, NULL);

    return n ? ingest_year_at(lx, t + at + n, len - at - n, &n) : 0;
}

/* A title that ends a long first sentence (a site's menus and path glued
 * before it: …您当前的位置:首页>统计公报>浙江金华市1998年…统计公报): a
 * line with no stop of its own ends a paragraph only where a title does. */
static void title_at_end(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t end = len, w;
    int y;

    while (end > 0 && t[end - 1] == ' ')
        end--;
    if ((w = ingest_lex_ends(lx, LEX_REPORT_TITLE, t, end)) && (y = year_before(lx, t, end, end - w))) {
        dt->now[INGEST_TIME_TITLE] = y;
        dt->data[INGEST_TIME_TITLE] = y - 1;
        dt->title_year = y;
        dt->gwr = true;
    } else if ((w = ingest_lex_ends(lx, LEX_DATA_TITLE, t, end))
               && (y = year_before(lx, t, end, end - w))) {
        dt->data[INGEST_TIME_TITLE] = y;
        dt->now[INGEST_TIME_TITLE] = y + 1;
        dt->title_is_data = true;
    }
}

/* A title near the start of a paragraph. */
static void title(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t lim = len < TITLE_WITHIN ? len : TITLE_WITHIN, k;
    const lex_entry *e;
    int y;

    if (dt->data[INGEST_TIME_TITLE])
        return;
    /* each title word, not the first only: a site's path that ends in the
       word (位置: 首页>决策公开>政府工作报告) joins the dated title after it */
    for (k = 0; (k = find_word(lx, LEX_REPORT_TITLE, t, lim, k, &e)) < lim; k += e->n)
        if ((y = year_before(lx, t, len, k)) || (y = year_after(lx, t, len, k + e->n))) {
            dt->now[INGEST_TIME_TITLE] = y;
            dt->data[INGEST_TIME_TITLE] = y - 1;
            dt->title_year = y;
            dt->gwr = true;
            return;
        }
    for (k = 0; (k = find_word(lx, LEX_DATA_TITLE, t, lim, k, &e)) < lim; k += e->n)
        if ((y = year_before(lx, t, len, k))) {
            const lex_entry *e2;
            size_t k2 = find_word(lx, LEX_DATA_TITLE, t, lim, k + e->n, &e2);
            /* 2019年度…讲话 is written in its year, but 2020年度预算执行情况
             * (决算) reports it, written the year after: the title's
             * word that follows decides */
            if (e->vn && k2 < lim && year_before(lx, t, len, k2) == y)
                e = e2;
            dt->data[INGEST_TIME_TITLE] = y;
            dt->now[INGEST_TIME_TITLE] = e->vn ? y : y + 1;
            dt->title_is_data = true;
            return;
        }
    if (len > lim && dt->paragraphs <= PAGE_PARAS)
        title_at_end(dt, lx, t, len);
}

/* 第N届全国人民代表大会第M次会议 (not …以来): the session's year. */
static void session(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *body;
    size_t k, n, m;

    for (k = 0; (k = find_word(lx, LEX_SESSION_BODY, t, len, k, &body)) < len; k += body->n) {
        size_t term_end = k, i, a = k + body->n;
        int term = 0, meeting = 0;
        /* back over 届 and the term's numeral to 第 */
        for (i = k >= 3 * CJK_BYTES ? k - 3 * CJK_BYTES : 0; i + CJK_BYTES <= k; i++)
            if (ingest_lex_at(lx, LEX_SESSION_TERM, t + i, k - i, NULL) && i + CJK_BYTES == k) {
                term_end = i;
                break;
            }
        /* 第 may be left out, as news writes it (十四届全国人大四次会议) */
        for (i = term_end >= 4 * CJK_BYTES ? term_end - 4 * CJK_BYTES : 0; i < term_end; i++) {
            n = ingest_lex_at(lx, LEX_ORDINAL, t + i, term_end - i, NULL);
            if ((term = small_number(lx, t + i + n, term_end - i - n, &m)) > 0
                && i + n + m == term_end)
                break;
            term = 0;
        }
        if (term < 5 || term_end == k)
            continue;
        n = ingest_lex_at(lx, LEX_ORDINAL, t + a, len - a, NULL);
        if ((meeting = small_number(lx, t + a + n, len - a - n, &m)) < 1 || meeting > 5
            || !ingest_lex_at(lx, LEX_SESSION_MEETING, t + a + n + m, len - a - n - m, NULL))
            continue;
        a += n + m;
        a += ingest_lex_at(lx, LEX_SESSION_MEETING, t + a, len - a, NULL);
        if (ingest_lex_at(lx, LEX_YEAR_SINCE, t + a, len - a, NULL))
            continue;               /* 第八届…第一次会议以来: an earlier one */
        if (1978 + 5 * (term - 5) + meeting - 1 > dt->now[INGEST_TIME_SESSION]) {
            dt->now[INGEST_TIME_SESSION] = 1978 + 5 * (term - 5) + meeting - 1;
            dt->data[INGEST_TIME_SESSION] = dt->now[INGEST_TIME_SESSION] - 1;
        }
    }
}

/* The YYYYMM of plenum n (1-based) in a plenum-term row's value; 0 when the
 * term had fewer. */
static int plenum_month(const lex_entry *term, int n)
{
    const char *v = term->value;
    int k = 1, ym = 0;

    for (size_t i = 0; i < term->vn; i++) {
        if (v[i] == ',') {
            if (k++ == n)
                return ym;
            ym = 0;
        } else if (is_digit(v[i])) {
            ym = ym * 10 + (v[i] - '0');
        }
    }
    return k == n ? ym : 0;
}

/* A congress at t[k..j) of year y that the text looks forward to
 * (迎接党的十九大), or whose year a relative year names (今年是党的十九大
 * 召开之年; 明年是…): the year the text is written in is its year, or that
 * year less the relative year's distance; 0 when it is a past one. */
static int congress_ahead(const ingest_lexicon *lx, const char *t, size_t len, size_t k,
                          size_t j, int y)
{
    const lex_entry *rel = NULL, *e;

    if (ingest_lex_ends(lx, LEX_CONGRESS_AHEAD, t, k))
        return y;
    if (!ingest_lex_at(lx, LEX_CONGRESS_YEAR, t + j, len - j, NULL))
        return 0;
    for (size_t i = 0; i < k; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, LEX_PLAN_YEAR_REL, t + i, k - i, &e))
            rel = e;
    return rel ? y - ((int)rel->num - 1) : 0;
}

/* The party congresses and plenums the sentence cites (十九大, 十九届四中全会,
 * 十九届二中、三中、四中全会), not one a period starts at (十八大以来): the
 * latest one's YYYYMM goes to dt->calendar. */
static void calendar(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e, *mark;
    size_t k, j, n;
    int ym, p, ahead;

    for (k = 0; k < len; k += char_len((unsigned char)t[k])) {
        bool congress = false;
        ym = 0;
        if ((congress = ingest_lex_at(lx, LEX_CONGRESS, t + k, len - k, &e) > 0)) {
            j = k + e->n;
            ym = (int)e->num;
        } else if (ingest_lex_at(lx, LEX_PLENUM_TERM, t + k, len - k, &e)) {
            /* numbers joined by 中、 up to the 中全会 that closes the list */
            for (j = k + e->n; (p = small_number(lx, t + j, len - j, &n)) > 0; ) {
                if (!ingest_lex_at(lx, LEX_PLENUM_MARK, t + j + n, len - j - n, &mark))
                    break;
                j += n + mark->n;
                if (mark->num == 1) {
                    ym = plenum_month(e, p);
                    break;
                }
                if ((n = ingest_lex_at(lx, LEX_BREAK, t + j, len - j, NULL)) == 0
                    && (n = ingest_lex_at(lx, LEX_LIST_JOINER, t + j, len - j, NULL)) == 0)
                    break;
                j += n;
            }
        } else {
            continue;
        }
        if (congress && (ahead = congress_ahead(lx, t, len, k, j, ym / 100)) > 0) {
            if (!dt->congress_ahead)
                dt->congress_ahead = ahead;
        } else if (ym > dt->calendar && !ingest_lex_at(lx, LEX_YEAR_SINCE, t + j, len - j, NULL)) {
            dt->calendar = ym;
        }
    }
}

/* A part of a year written in months at t: 1—5月, 1至5月(份), 6月至8月,
 * 5月份, 8月底 (January to August; not a date, 5月12日).  Returns its
 * length, with the months in *from and *to; 0 when t does not start with
 * one. */
static size_t month_part(const ingest_lexicon *lx, const char *t, size_t len, int *from, int *to)
{
    size_t i, n, d, mark;
    int a = small_number(lx, t, len, &n), b, r;   /* b set on both branches below */

    if (a < 1 || a > 12)
        return 0;
    i = n;
    if (((d = ingest_lex_at(lx, LEX_RANGE_DASH, t + i, len - i, NULL)) > 0
         || (d = ingest_lex_at(lx, LEX_MONTH_TO, t + i, len - i, NULL)) > 0)
        && (b = small_number(lx, t + i + d, len - i - d, &n)) > a && b <= 12)
        i += d + n;
    else
        b = a;
    if (a == b && (d = ingest_lex_at(lx, LEX_MONTH_END, t + i, len - i, NULL)) > 0) {
        *from = 1;              /* 截至8月底: the year to the end of August */
        *to = a;
        return i + d;
    }
    if ((mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + i, len - i, NULL)) == 0)
        return 0;
    i += mark;
    if (a == b && (r = marked_range_to(lx, t + i, len - i, a, &n)) > 0) {
        b = r;
        i += n;
    }
    if ((d = ingest_lex_at(lx, LEX_MONTH_SINGLE, t + i, len - i, NULL)) > 0)
        i += d;
    else if (a == b || (i < len && is_digit(t[i])))
        return 0;               /* 5月 alone may be a date */
    *from = a;
    *to = b;
    return i;
}

/* A part of a year written in months starting at t[i]: month_part's, or
 * the year to date as a count of months (前10个月, 首10個月).  Returns its
 * length, with the months in *from and *to; 0 when there is none. */
/* A quarter in digits at t[i] (1季度, 第3季度, 第3季; 前3季度: the year to its end):
 * its months in *from and *to, and its length; 0 none. */
static size_t quarter_at(const ingest_lexicon *lx, const char *t, size_t len, size_t i, int *from,
                         int *to)
{
    size_t f = ingest_lex_at(lx, LEX_MONTHS_FIRST, t + i, len - i, NULL), o = 0, n, mark;
    int a;

    if (f == 0)
        o = ingest_lex_at(lx, LEX_ORDINAL, t + i, len - i, NULL);
    if (i + f + o >= len || !is_digit(t[i + f + o])
        || (a = small_number(lx, t + i + f + o, len - i - f - o, &n)) < 1 || a > 4
        || (f + o == 0 && !ingest_lex_at(lx, LEX_QUARTER_MARK, t + i + n, len - i - n, NULL)))
        return 0;
    /* 第2季 (Taiwan, Macao) after 第 or 前; 1季度 alone */
    if ((mark = ingest_lex_at(lx, LEX_QUARTER_MARK, t + i + f + o + n, len - i - f - o - n, NULL)) == 0
        && (mark = ingest_lex_at(lx, LEX_QUARTER_SHORT, t + i + f + o + n, len - i - f - o - n, NULL)) == 0)
        return 0;
    *from = f ? 1 : 3 * a - 2;
    *to = 3 * a;
    return f + o + n + mark;
}

static size_t months_at(const ingest_lexicon *lx, const char *t, size_t len, size_t i, int *from,
                        int *to)
{
    size_t n = month_part(lx, t + i, len - i, from, to), f, pre;
    int a;

    if (n > 0 || (n = quarter_at(lx, t, len, i, from, to)) > 0)
        return n;
    if ((f = ingest_lex_at(lx, LEX_MONTHS_FIRST, t + i, len - i, NULL)) == 0
        || (a = small_number(lx, t + i + f, len - i - f, &n)) < 2 || a > 12
        || (n = ingest_zh_months_to_date(lx, t, len, i + f, n, &pre)) == 0 || pre != f)
        return 0;
    *from = 1;
    *to = a;
    return f + n;
}

/* A month alone at t[k] followed by a word saying its figures are the
 * subject (10月经济“成绩单”出炉, 10月国民经济运行…): that month, in *from and
 * *to, and its length (the month and its mark); 0 when there is none. */
static size_t month_released(const ingest_lexicon *lx, const char *t, size_t len, size_t k,
                             int *from, int *to)
{
    size_t n, mark;
    int a = small_number(lx, t + k, len - k, &n);

    if (a < 1 || a > 12
        || (mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + k + n, len - k - n, NULL)) == 0
        || !ingest_zh_month_released(lx, t, len, k + n + mark))
        return 0;
    *from = *to = a;
    return n + mark;
}

/* A month alone at t[k] that frames what follows: opening the sentence or a
 * clause (4月，一般公共预算收入…; 8月零售業銷貨額…, a headline), or right
 * after this year or a year in digits (今年八月的零售業…, 2023年8月的): that
 * month, in *from and *to, and its length; 0 when there is none (8月15日,
 * 十月三日電: a date; 较5月: a comparison, which the caller rules out). */
static size_t month_framed(const ingest_lexicon *lx, const char *t, size_t len, size_t k,
                           int *from, int *to)
{
    size_t n, mark, e, y, dl;
    int a;

    if (k >= CJK_BYTES && (ingest_lex_digit(lx, t + k - CJK_BYTES, CJK_BYTES, &dl) >= 0
                           || ingest_lex_at(lx, LEX_PLACE, t + k - CJK_BYTES, CJK_BYTES, NULL)))
        return 0;               /* (二月 of 十二月) */
    a = small_number(lx, t + k, len - k, &n);
    if (a < 1 || a > 12 || (mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + k + n, len - k - n, NULL)) == 0)
        return 0;
    e = k + n + mark;
    if (e < len && (is_digit(t[e]) || ingest_lex_digit(lx, t + e, len - e, &dl) >= 0
                    || ingest_lex_at(lx, LEX_PLACE, t + e, len - e, NULL)
                    || ingest_lex_at(lx, LEX_DAY_MARK, t + e, len - e, NULL)))
        return 0;               /* (2021年8月号: a periodical's issue, not its data) */
    y = ingest_lex_ends(lx, LEX_YEAR_MARK, t, k);
    bool after_year = y > 0 && ((k > y && is_digit(t[k - y - 1]))
                                || ingest_lex_ends(lx, LEX_PART_FRAME, t, k) > 0);
    if (k > 0 && !after_year && !ingest_lex_ends(lx, LEX_BREAK, t, k)
        && !ingest_lex_ends(lx, LEX_RELEASE_VERB, t, k))
        return 0;               /* (统计处昨公布11月外销订单…: the month released) */
    *from = *to = a;
    return e - k;
}

#define REMARK_WITHIN 36     /* a since word this close after a year's part: its remark */

/* Is the year whose words (and part) end at t[k] the start of a remark
 * about the past, not a year the text reports: a span's start
 * (从2002年三季度至2004年四季度) or the start its clause counts from
 * (2009年第4季回復正成長以來, 创2015年以来新高)?  Not a count of years
 * (创十年以来新高 dates nothing), nor past the clause's end. */
static bool remark_start(const ingest_lexicon *lx, const char *t, size_t len, size_t k)
{
    size_t n, to = ingest_lex_at(lx, LEX_FUTURE_YEAR_PREV, t + k, len - k, NULL);

    if (to && ingest_year_at(lx, t + k + to, len - k - to, &n))
        return true;
    for (size_t i = k; i < len && i < k + REMARK_WITHIN; i += char_len((unsigned char)t[i])) {
        if (is_digit(t[i]) || ingest_lex_at(lx, LEX_BREAK, t + i, len - i, NULL))
            return false;
        if (ingest_lex_at(lx, LEX_SINCE_REMARK, t + i, len - i, NULL))
            return i == k || !ingest_lex_ends(lx, LEX_YEAR_MARK, t, i);
    }
    return false;
}

/* Is the year at t[i], its words ending at t[c], the base a figure of a
 * review is compared with or grows from (比2011年增长45%, 是2011年的1.9倍,
 * 由2011年的11.8:54.3:33.9调整为…)?  Not a year a period starts from
 * (由2012年起). */
static bool review_base(const ingest_lexicon *lx, const char *t, size_t len, size_t i, size_t c)
{
    const lex_entry *e = ingest_lex_ending(lx, LEX_REVIEW_BASE, t, i);

    return e && (e->num == 0 || ingest_lex_at(lx, LEX_OF_MARK, t + c, len - c, NULL));
}

/* The years the sentence reports figures for ("2020年，", "2020年的", a year
 * opening the sentence); not a goal's year (到2025年, a sentence with 目标)
 * nor the start of a period (2017年以来) nor a date (2021年12月).  After a
 * review span of span years named at t[span_at] or before the sentence (五
 * 年来，…), a base (是2011年的1.9倍) is the year before the span's first: the
 * span ends span years on (2016), which dt->review_end keeps; the base is
 * no year reported. */
static void reported_years(ingest_doctime *dt, const ingest_lexicon *lx, const char *t,
                           size_t len, int span, size_t span_at)
{
    size_t n, c, prev_end = SIZE_MAX;   /* where the last year read ends */
    int y;

    if (ingest_lex_in(lx, LEX_SCOPE_HEAD, t, len))
        return;
    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i])) {
        if ((i > 0 && is_digit(t[i - 1])) || !(y = ingest_year_at(lx, t + i, len - i, &n)))
            continue;
        c = i + n;
        if (span > 0 && i >= span_at && review_base(lx, t, len, i, c)) {
            /* (2014年比2013年增产: a clause that writes its own year compares
               that year, not the span's end, with the base) */
            bool own = prev_end < i && ingest_lex_find(lx, LEX_BREAK, t + prev_end, i - prev_end)
                                           == i - prev_end;
            if (!own && y + span > dt->review_end)
                dt->review_end = y + span;
            prev_end = c;
            continue;
        }
        prev_end = c;
        int mf, mt;
        size_t part = months_at(lx, t, len, c, &mf, &mt);
        if (part == 0)          /* 发布2022年11月中国采购经理指数: a month's release */
            part = month_released(lx, t, len, c, &mf, &mt);
        c += part;              /* 2022年1—5月，: that year's figures too */
        bool of = ingest_lex_at(lx, LEX_OF_MARK, t + c, len - c, NULL) > 0;
        /* 2020年前三季度经济运行情况, not 比2019年一季度 (a base) */
        size_t pn = part ? 0 : ingest_lex_at(lx, LEX_YEAR_PART, t + c, len - c, NULL);
        bool in_part = pn > 0 && !ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, i)
                       && !ingest_lex_at(lx, LEX_YEAR_SINCE, t + c + pn, len - c - pn, NULL);
        /* (截至2015年8月底 is a frame of the figures, not a goal's 至) */
        if (!of && ingest_lex_ends(lx, LEX_FUTURE_YEAR_PREV, t, i)
            && !ingest_lex_ends(lx, LEX_PART_FRAME, t, i)) {
            /* 力争到2010年，… near the start: the goals of a plan ending then */
            if (!dt->goal_head && dt->paragraphs <= PAGE_PARAS && y % PLAN_YEARS == 0)
                dt->goal_head = y;
            continue;
        }
        if (ingest_lex_at(lx, LEX_YEAR_SINCE, t + c, len - c, NULL) || (c < len && is_digit(t[c]))
            || remark_start(lx, t, len, c + pn))
            continue;
        /* 发布2024年1—10月份国民经济运行情况: a part's year is reported */
        in_part = in_part || (part > 0 && !ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, i));
        if (i == 0 || c == len || of || in_part || t[c] == ',' || t[i - 1] == ','
            || ingest_lex_at(lx, LEX_BREAK, t + c, len - c, NULL)
            || ingest_lex_ends(lx, LEX_BREAK, t, i))
            if (y > dt->latest)
                dt->latest = y;
    }
}

/* The first sentence of a paragraph near the start: a part of a year (not
 * one compared with: 较上半年), or a current-year cue (今年以来). */
static void near_start(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len,
                       bool in_title)
{
    const lex_entry *e;
    size_t k;

    if (ingest_lex_in(lx, LEX_CURRENT_CUE, t, len))
        dt->current = dt->to_date = true;
    for (k = 0; dt->part_from == 0 && (k = find_word(lx, LEX_YEAR_PART, t, len, k, &e)) < len;
         k += e->n)
        if (!ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, k) && e->num != SECOND_HALF
            && e->num >= 100) {     /* (当月, 0: the month a part names) */
            dt->current = true;
            dt->part_from = (int)e->num / 100;
            dt->part_to = (int)e->num % 100;
            dt->part_in_title = in_title;
        }
    /* 1—5月, 5月份, 4月，… (a monthly release) */
    for (k = 0; dt->part_from == 0 && k < len; k += char_len((unsigned char)t[k])) {
        int a, b;
        if ((k > 0 && is_digit(t[k - 1])) || ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, k)
            || (months_at(lx, t, len, k, &a, &b) == 0 && !month_released(lx, t, len, k, &a, &b)
                && !month_framed(lx, t, len, k, &a, &b)))
            continue;
        dt->current = true;
        dt->part_from = a;
        dt->part_to = b;
        dt->part_in_title = in_title;
    }
}

/* A full date (YYYY年M月D日) in t whose sentence holds an event word after it
 * (定于2010年10月21日(星期四)上午10时…举行新闻发布会): the text's own day.  Its
 * year, with the month in *month; 0 when there is none. */
static int event_date(const ingest_lexicon *lx, const char *t, size_t len, int *month)
{
    size_t n, k, mark;

    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i])) {
        int y, m;
        if ((i > 0 && is_digit(t[i - 1])) || !(y = ingest_year_at(lx, t + i, len - i, &n)))
            continue;
        k = i + n;
        m = small_number(lx, t + k, len - k, &n);
        if (m < 1 || m > 12 || !(mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + k + n, len - k - n, NULL)))
            continue;
        k += n + mark;
        if (small_number(lx, t + k, len - k, &n) < 1
            || !(mark = ingest_lex_at(lx, LEX_DAY_MARK, t + k + n, len - k - n, NULL)))
            continue;
        k += n + mark;
        if (find_word(lx, LEX_EVENT_WORD, t, len < k + EVENT_NEAR ? len : k + EVENT_NEAR, k, NULL)
            < (len < k + EVENT_NEAR ? len : k + EVENT_NEAR)) {
            *month = m;
            return y;
        }
    }
    return 0;
}

/* A two-year average written against its base in one sentence
 * (比2019年同期增长19.3%，两年平均增长9.2%; 较2019年…两年平均): the year
 * the average ends in, base + span; 0 when there is none. */
static int avg_against_base(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e;
    size_t n, k = find_word(lx, LEX_AVG_SPAN, t, len, 0, &e);

    if (k == len)
        return 0;
    for (size_t i = 0; i < len; i += char_len((unsigned char)t[i])) {
        int y;
        if ((i > 0 && is_digit(t[i - 1])) || !ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, i)
            || !(y = ingest_year_at(lx, t + i, len - i, &n)))
            continue;
        return y + (int)e->num;
    }
    return 0;
}

/* the year before the epidemic, the base of 2021-2023's comparisons */
#define PRE_EPIDEMIC_YEAR 2019
/* bytes after a yoy word its figure stands in (同比名义增长8.5%) */
#define YOY_FIGURE_REACH 24

/* Whether t[0..len) states a year-on-year figure: a yoy word (同比, 比上年)
 * with a digit before its clause ends (同比增长8.5%), not a word of the
 * prose alone (零售业销售在10月份按年稳健增长。, beside 较2016年同月). */
static bool yoy_figure(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e;

    for (size_t k = 0; (k = find_word(lx, LEX_YOY_WORD, t, len, k, &e)) < len; k += e->n)
        for (size_t i = k + e->n; i < len && i < k + e->n + YOY_FIGURE_REACH; i++) {
            if (is_digit(t[i]))
                return true;
            if (at(t + i, len - i, "，") || at(t + i, len - i, "。")
                || at(t + i, len - i, "；"))
                break;
        }
    return false;
}

/* The latest base year of a same-period comparison in t[0..len) (较2016年
 * 同月上升3.6%, 比2019年同期增长, 与2020年同期相比): the text's figures are
 * of a later year, the next when nothing else says which; 0 when there is
 * none.  Not a base reached or held (恢复到2019年同期的85%: no comparison
 * word before it).  Never 2019: the years 2021-2023 compared with the
 * year before the epidemic, two to four years back. */
static int same_period_base(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t n;
    int y, best = 0;

    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i]))
        if ((i == 0 || !is_digit(t[i - 1])) && ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, i)
            && (y = ingest_year_at(lx, t + i, len - i, &n)) > best && y != PRE_EPIDEMIC_YEAR
            && ingest_lex_at(lx, LEX_SAME_PERIOD, t + i + n, len - i - n, NULL))
            best = y;
    return best;
}

/* A two-year average with no base year written, beside a rate before it in
 * its sentence (同比增长6.0%，两年平均增长4.1%), not a span of the writer's
 * own (近两年平均增长): the year whose releases wrote such averages, from the
 * lexicon; 0 when there is none.  A base written in the sentence is read
 * by avg_against_base. */
static int avg_without_base(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e;
    size_t k = find_word(lx, LEX_AVG_NO_BASE, t, len, 0, &e);

    if (k == len || ingest_lex_ends(lx, LEX_SPAN_BEFORE, t, k) || !memchr(t, '%', k))
        return 0;
    return (int)e->num;
}

/* 今年是“十四五”开局之年, 明年是“十三五”收官之年 (a plan's name, one of its
 * years after it, a relative year before it in the sentence): the year the
 * text is written in; 0 when there is none. */
static int plan_year_now(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *plan, *mark, *rel = NULL;
    size_t n = 0;

    for (size_t i = 0; i < len; i += n ? n : char_len((unsigned char)t[i])) {
        n = 0;
        if (ingest_lex_at(lx, LEX_PLAN_YEAR_REL, t + i, len - i, &mark)) {
            rel = mark;
            n = mark->n;
        } else if (rel && (n = ingest_lex_at(lx, LEX_PLAN_NAME, t + i, len - i, &plan)) > 0) {
            size_t lim = i + n + PLAN_MARK_NEAR < len ? i + n + PLAN_MARK_NEAR : len;
            if (find_word(lx, LEX_PLAN_YEAR_MARK, t, lim, i + n, &mark) < lim)
                return (int)plan->num - 5 + (int)mark->num - ((int)rel->num - 1);
        }
    }
    return 0;
}

/* 今年是建党100周年, 明年是新中国成立70周年 (a year named as this, next or
 * last, then an event and the count of its years right after it, lexicon
 * anniversary): the year the text is written in, as a plan's year; 0 when
 * there is none. */
static int anniversary_now(const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *rel = NULL, *e;
    size_t n = 0, c;
    int years;

    for (size_t i = 0; i < len; i += n ? n : char_len((unsigned char)t[i])) {
        if ((n = ingest_lex_at(lx, LEX_ANNIVERSARY_REL, t + i, len - i, &e)) > 0) {
            /* the event right after 今年是, or after our party's name alone
               (今年是中国共产党成立100周年); another's (中国致公党建党) is not */
            size_t k = i + n, o = ingest_lex_at(lx, LEX_ANNIVERSARY_OWNER, t + k, len - k, NULL);
            rel = e;
            k += o;
            if ((n = ingest_lex_at(lx, LEX_ANNIVERSARY, t + k, len - k, &e)) > 0
                && (years = small_number(lx, t + k + n, len - k - n, &c)) > 0
                && ingest_lex_at(lx, LEX_ANNIVERSARY_MARK, t + k + n + c, len - k - n - c, NULL))
                return (int)e->num + years - ((int)rel->num - 1);
            n = k - i;
        }
    }
    return 0;
}

/* A year right before a review's name (2019年工作回顾) or after a verb of
 * review (全面总结2025年全区经济工作, 回顾2019年): the year reviewed. */
static int reviewed_year(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t n;
    int y;

    year_scan ys = { 0, 0 };

    for (size_t i = 0; (i = ingest_year_next(lx, t, len, i, &ys)) < len;
         i += char_len((unsigned char)t[i]))
        if ((i == 0 || !is_digit(t[i - 1])) && (y = ingest_year_at(lx, t + i, len - i, &n))
            && (ingest_lex_at(lx, LEX_REVIEW_NEXT, t + i + n, len - i - n, NULL)
                || ingest_lex_ends(lx, LEX_REVIEW_PREV, t, i)))
            return y;
    return 0;
}

/* A part of a year opening a clause of a later sentence of the first
 * paragraphs (初步统计，前三季度蔬菜产量…): the text may report that part. */
static void late_part(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_entry *e;
    size_t k, b;

    int from, to;

    for (k = 0; (k = find_word(lx, LEX_YEAR_PART, t, len, k, &e)) < len; k += e->n)
        if ((k == 0 || ((b = ingest_lex_ends(lx, LEX_BREAK, t, k)) > 0 && b <= k))
            && !ingest_lex_ends(lx, LEX_PART_NOT_PREV, t, k) && e->num != SECOND_HALF
            && e->num >= 100) {
            dt->part_late = true;
            dt->late_from = (int)e->num / 100;
            dt->late_to = (int)e->num % 100;
            return;
        }
    /* (收入情況。1-5月，全縣完成…: months opening a later sentence) */
    if (months_at(lx, t, len, 0, &from, &to) > 0) {
        dt->part_late = true;
        dt->late_from = from;
        dt->late_to = to;
    }
}

/* Can no rule but the dates in digits (a date line's, a page's) fire in
 * t[0..len)?  True when t is ASCII alone and every word the other rules
 * start from (a year's 年, a title, a part of a year, a month's 月, a plan,
 * a session, a congress or plenum, a current-year cue) has a byte outside
 * ASCII: English text, which then costs one pass instead of a dozen
 * lookups at each character. */
static bool digits_only(const ingest_maps *m, const char *t, size_t len)
{
    static const lex_class anchors[] = {
        LEX_YEAR_MARK, LEX_REPORT_TITLE, LEX_CURRENT_CUE, LEX_YEAR_PART, LEX_MONTH_MARK,
        LEX_PLAN_NAME, LEX_SESSION_BODY, LEX_CONGRESS, LEX_PLENUM_TERM
    };

    for (size_t i = 0; i < sizeof anchors / sizeof anchors[0]; i++)
        if (m->ascii_words[anchors[i] / 64] >> (anchors[i] % 64) & 1)
            return false;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)t[i] & 0x80)
            return false;
    return true;
}

/* Does t[0..len), whose characters are set, hold a word of class c?  The
 * same answer as ingest_lex_in, which most classes need not ask. */
static bool holds(const ingest_lexicon *lx, const lex_chars *set, lex_class c, const char *t,
                  size_t len)
{
    return ingest_lex_may_in(lx, c, set) && ingest_lex_in(lx, c, t, len);
}

/* Raises *year to the latest value of a word of class c in t[0..len). */
static void latest_word(const ingest_lexicon *lx, lex_class c, const char *t, size_t len,
                        int *year)
{
    const lex_entry *e;

    for (size_t k = 0; (k = find_word(lx, c, t, len, k, &e)) < len; k += e->n)
        if ((int)e->num > *year)
            *year = (int)e->num;
}

/* How many of the first paragraphs a rule of the head reads, given that it
 * reads paras of them: as many after a page's date line near the start
 * (2014年07月31日 11:20:00 來源:…, 发布时间:2024-08-22): the site's menus,
 * title and metadata lines before it are no text, and each is a paragraph
 * of its own. */
static size_t head_paras(const ingest_doctime *dt, size_t paras)
{
    return dt->dateline_page && dt->dateline_para <= paras ? paras + dt->dateline_para : paras;
}

/* The rules of every sentence that start from a Chinese word: a report or
 * plan named near the start, a session, a congress or plenum, the years
 * reported and the latest five-year plan named. */
static void zh_rules(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    const lex_list *plans = &lx->cls[LEX_PLAN_NAME];
    lex_chars set;

    /* the rules below ask for the words of fifteen classes in the whole
       sentence: its characters, read once, rule out most of them */
    ingest_lex_chars(t, len, &set);
    if (dt->dateline_para && dt->paragraphs > dt->dateline_para
        && dt->paragraphs <= dt->dateline_para + HEAD_AFTER_DATELINE
        && (holds(lx, &set, LEX_PLAN_DOC, t, len) || holds(lx, &set, LEX_PLAN_DOC_HEAD, t, len))
        && holds(lx, &set, LEX_PLAN_NAME, t, len) && !holds(lx, &set, LEX_REPORT_TITLE, t, len))
        dt->plan_head = true;
    if (dt->paragraphs <= head_paras(dt, PAGE_PARAS) && dt->paragraphs != dt->dateline_para) {
        int y = ingest_head_years(lx, t, len);
        if (y > dt->head_year)
            dt->head_year = y;
        if (y && dt->paragraphs <= PAGE_PARAS && (y = ingest_zh_written_year(t, len)) > dt->wk_zh_written)
            dt->wk_zh_written = y;      /* (not a run's start: the weekday's rule) */
    }
    if (dt->paragraphs <= PAGE_PARAS) {
        if (!dt->goal_year && holds(lx, &set, LEX_NOW_CUE, t, len))
            dt->goal_year = ingest_goal_year(lx, t, len);
        if (holds(lx, &set, LEX_REPORT_TITLE, t, len))
            dt->gwr_named = true;
        else if (holds(lx, &set, LEX_PLAN_DOC, t, len) && holds(lx, &set, LEX_PLAN_NAME, t, len))
            dt->plan_doc = true;
        if (!dt->plan_midterm && holds(lx, &set, LEX_PLAN_MIDTERM, t, len)
            && holds(lx, &set, LEX_PLAN_NAME, t, len)) {
            dt->plan_midterm = true;
            dt->midterm_title = dt->paragraphs <= 2;
        }
    }
    if (dt->paragraphs <= head_paras(dt, NEAR_START_PARAS)) {
        int y, month;
        if (!dt->event_year && (y = event_date(lx, t, len, &month))) {
            dt->event_year = y;
            dt->event_month = month;
        }
        if (!dt->part_late)
            late_part(dt, lx, t, len);
    }
    /* each rule first asks whether its rarest word is in the sentence (a
       memchr scan), so that an undated text, whose every paragraph comes
       here, pays a lookup per character only where one is */
    if (!dt->masked && holds(lx, &set, LEX_MASKED_YEAR, t, len))
        dt->masked = true;
    if (!dt->avg_data && holds(lx, &set, LEX_AVG_SPAN, t, len))
        dt->avg_data = avg_against_base(lx, t, len);
    if (holds(lx, &set, LEX_SAME_PERIOD, t, len)) {
        int y = same_period_base(lx, t, len);
        if (y > dt->same_base)
            dt->same_base = y;
    }
    if (!dt->yoy_written && holds(lx, &set, LEX_YOY_WORD, t, len))
        dt->yoy_written = yoy_figure(lx, t, len);
    if (holds(lx, &set, LEX_ERA_WORD, t, len))
        latest_word(lx, LEX_ERA_WORD, t, len, &dt->era);
    if (holds(lx, &set, LEX_ERA_WEAK, t, len))
        latest_word(lx, LEX_ERA_WEAK, t, len, &dt->era_weak);
    if (holds(lx, &set, LEX_ERA_SIGN, t, len))
        latest_word(lx, LEX_ERA_SIGN, t, len, &dt->era_sign);
    if (!dt->avg_usual && holds(lx, &set, LEX_AVG_NO_BASE, t, len))
        dt->avg_usual = avg_without_base(lx, t, len);
    if (!dt->wk_month && holds(lx, &set, LEX_WEEKDAY, t, len))
        ingest_zh_weekday(dt, lx, t, len);
    if (!dt->plan_now && holds(lx, &set, LEX_PLAN_YEAR_MARK, t, len))
        dt->plan_now = plan_year_now(lx, t, len);
    if (!dt->anniversary_now && holds(lx, &set, LEX_ANNIVERSARY_MARK, t, len)
        && holds(lx, &set, LEX_ANNIVERSARY_REL, t, len))
        dt->anniversary_now = anniversary_now(lx, t, len);
    if (((dt->title_year && !dt->review_open) || (!dt->reviewed && dt->paragraphs <= PAGE_PARAS))
        && (holds(lx, &set, LEX_REVIEW_NEXT, t, len) || holds(lx, &set, LEX_REVIEW_PREV, t, len))) {
        int y = reviewed_year(lx, t, len);
        if (!dt->review_open)
            dt->review_open = y;
        if (dt->paragraphs <= PAGE_PARAS)
            dt->reviewed = y;
    }
    /* each scan below looks a word up at every character: none runs when
       the sentence cannot hold the words it starts from */
    if (ingest_lex_may_in(lx, LEX_SESSION_BODY, &set))
        session(dt, lx, t, len);
    if (ingest_lex_may_in(lx, LEX_CONGRESS, &set) || ingest_lex_may_in(lx, LEX_PLENUM_TERM, &set))
        calendar(dt, lx, t, len);
    /* a review span named in the sentence (…，过去五年，…) holds for the rest
       of its paragraph; one opening the paragraph is set already */
    size_t span_at = 0;
    if (!dt->para_review && holds(lx, &set, LEX_PERIOD_START, t, len)) {
        const lex_entry *e;
        if ((span_at = find_word(lx, LEX_PERIOD_START, t, len, 0, &e)) < len && e->num > 0)
            dt->para_review = (int)e->num;
    }
    if (ingest_lex_may_in(lx, LEX_YEAR_MARK, &set))     /* a year is read before its mark */
        reported_years(dt, lx, t, len, dt->para_review, span_at);
    if (!ingest_lex_may_in(lx, LEX_PLAN_NAME, &set))
        return;
    /* the latest plan named: one pass over the sentence, trying at each
       character only the plans its filter and chain allow (a pass per plan
       was 18 lookups a character) */
    for (size_t k = 0; k < len; k += char_len((unsigned char)t[k])) {
        if (!lex_may(plans, t + k, len - k))
            continue;
        for (unsigned r = lex_first(plans, t + k, len - k); r; r = lex_next(plans, r)) {
            const lex_list one = { &plans->v[r - 1], 1, ~0ull, NULL, ~0ull, NULL, NULL, NULL };
            if ((int)one.v->num > dt->plan_end && ingest_lex_match(&one, t + k, len - k, NULL))
                dt->plan_end = (int)one.v->num;
        }
    }
}

void ingest_doctime_observe(ingest_doctime *dt, const ingest_maps *m, const char *t, size_t len,
                            bool para_start)
{
    const ingest_lexicon *lx = m->lx;
    bool ascii = digits_only(m, t, len);
    int y, month;
    size_t n;

    if (para_start) {
        bool titled = dt->data[INGEST_TIME_TITLE] != 0;
        dt->paragraphs++;
        dt->para_review = 0;
        if (!ascii && (y = ingest_span_opening(lx, t, len)) > 0)
            dt->para_review = y;
        if (!ascii)
            title(dt, lx, t, len);
        if (dt->paragraphs <= head_paras(dt, NEAR_START_PARAS) && !ascii)
            near_start(dt, lx, t, len, !titled && dt->data[INGEST_TIME_TITLE]);
        if (!dt->data[INGEST_TIME_DATE_LINE] && (y = date_line(lx, t, len, &month))) {
            dt->now[INGEST_TIME_DATE_LINE] = y;
            dt->data[INGEST_TIME_DATE_LINE] = month >= LATE_MONTH ? y : y - 1;
            dt->dateline_para = dt->paragraphs;
            n = skip_lead(lx, t, len);
            dt->dateline_page = !ingest_year_at(lx, t + n, len - n, &n)
                                || ingest_lex_in(lx, LEX_PAGE_META, t, len);
        } else if ((y = ingest_year_at(lx, t, len, &n))
                   && (n < len && (t[n] == ',' || ingest_lex_at(lx, LEX_BREAK, t + n, len - n, NULL)))) {
            if (!dt->data[INGEST_TIME_OPENING]) {
                dt->data[INGEST_TIME_OPENING] = y;
                dt->now[INGEST_TIME_OPENING] = y + 1;
            }
            /* the first such paragraph after a work report's title that
               speaks of no goal: the year the report reviews */
            if (dt->title_year && !dt->review_open && !ascii && !ingest_lex_in(lx, LEX_NOW_CUE, t, len))
                dt->review_open = y;
            else if (dt->title_year && !dt->review_open)
                dt->review_open = -1;
        }
    }
    /* (also a later sentence of a paragraph: a page's head glued after its
       site's path) */
    if (!dt->data[INGEST_TIME_PAGE] && dt->paragraphs <= PAGE_PARAS
        && (y = ingest_page_date(lx, t, len, !para_start, &month))) {
        dt->now[INGEST_TIME_PAGE] = y;
        dt->data[INGEST_TIME_PAGE] = month >= LATE_MONTH ? y : y - 1;
    }
    if (!ascii)
        zh_rules(dt, lx, t, len);
    {
        int pe = en_plan_end_in(t, len);    /* an English text's plan */
        if (pe > dt->plan_end)
            dt->plan_end = pe;
    }
}

/* Does a text name a work report and the year it sets goals for (or the
 * year it reviews), with no
 * dated title, date line or national session to say otherwise, and its
 * other witnesses of a reviewed year (an opening 2013年，, 回顾了2012年) no
 * later than the year before?  A news account of a report: the goal year
 * is the year it is written in (wulian: 回顾了2012年…提出了2013年…目标, then
 * a paragraph of goals opening "2013年，"). */
static bool goal_dated(const ingest_doctime *dt, const int *data)
{
    /* a review's year (回顾了2012年) says the goals are the next year's */
    int g = dt->goal_year ? dt->goal_year : dt->reviewed ? dt->reviewed + 1 : 0;

    /* not a text reporting a later year; a release about a part of the
     * year naming the report's goals (上半年…对照2013年预期目标) is of the
     * goals' year, said in ingest_doctime_apply */
    if (!g || !dt->gwr_named || dt->gwr || dt->current || dt->latest > g || data[INGEST_TIME_TITLE]
        || data[INGEST_TIME_DATE_LINE] || data[INGEST_TIME_SESSION])
        return false;
    if (dt->reviewed && dt->reviewed != g - 1)
        return false;
    return !data[INGEST_TIME_OPENING] || data[INGEST_TIME_OPENING] == g
           || data[INGEST_TIME_OPENING] == g - 1;
}

/* Does no rule ranked above a plan's name date the text? */
static bool undated(const int *data)
{
    static const ingest_time_source above[] = {
        INGEST_TIME_TITLE, INGEST_TIME_DATE_LINE, INGEST_TIME_SESSION, INGEST_TIME_OPENING,
        INGEST_TIME_AVG_BASE, INGEST_TIME_PLAN_YEAR, INGEST_TIME_LATEST, INGEST_TIME_PAGE,
        INGEST_TIME_AVG_NO_BASE, INGEST_TIME_CALENDAR
    };

    for (size_t i = 0; i < sizeof above / sizeof above[0]; i++)
        if (data[above[i]])
            return false;
    return true;
}

void ingest_doctime_apply(const ingest_doctime *dt, ingest_context *ctx)
{
    static const ingest_time_source chain[] = {
        INGEST_TIME_TITLE, INGEST_TIME_DATE_LINE, INGEST_TIME_SESSION, INGEST_TIME_OPENING,
        INGEST_TIME_AVG_BASE, INGEST_TIME_PLAN_YEAR, INGEST_TIME_LATEST, INGEST_TIME_PAGE,
        INGEST_TIME_AVG_NO_BASE, INGEST_TIME_CALENDAR, INGEST_TIME_PLAN, INGEST_TIME_OFFICIAL,
        INGEST_TIME_BASE, INGEST_TIME_ERA, INGEST_TIME_WEEKDAY
    };
    int data[INGEST_TIME_OPTION + 1], now[INGEST_TIME_OPTION + 1], era, y;
    /* a part of a year only a later sentence of the head names (初步统计，前三
     * 季度…) makes a text with no dated head a release about that part */
    bool late = !dt->current && dt->part_late && !dt->gwr_named && !dt->data[INGEST_TIME_TITLE]
                && (!dt->data[INGEST_TIME_DATE_LINE] || dt->dateline_page) && !dt->data[INGEST_TIME_OPENING]
                && !dt->data[INGEST_TIME_SESSION];
    /* a titled text reports a part of a year when its title says so */
    bool current = (dt->current || late) && !dt->gwr
                   && (!dt->data[INGEST_TIME_TITLE] || dt->part_in_title);
    bool to_date = dt->to_date && !dt->part_from && dt->part_late;
    int part_from = dt->part_from ? dt->part_from : late || to_date ? dt->late_from : 0;
    int part_to = dt->part_from ? dt->part_to : late || to_date ? dt->late_to : 0;

    /* a text opening on the year so far (今年以来，…) whose head then names
     * one quarter (三季度，全县实现…) reports the year to that quarter's end */
    if (dt->to_date && part_from > 1 && part_to - part_from == 2)
        part_from = 1;

    memcpy(data, dt->data, sizeof data);
    memcpy(now, dt->now, sizeof now);
    if (dt->dateline_page && ((dt->head_year && now[INGEST_TIME_DATE_LINE] > dt->head_year + 1)
                              || dt->masked))
        /* a page's date line (2011-09-14 15:20:33, 发布时间：…) years after
         * every year its text names, or above a text whose years its
         * uploader masked (XX年实现…): a later posting, no witness */
        data[INGEST_TIME_DATE_LINE] = now[INGEST_TIME_DATE_LINE] = 0;
    if (!data[INGEST_TIME_DATE_LINE] && dt->event_year) {
        /* a press conference's announced day, a report's delivery
         * (2016年11月25日在…会议上): a date line */
        now[INGEST_TIME_DATE_LINE] = dt->event_year;
        data[INGEST_TIME_DATE_LINE] = dt->event_month >= LATE_MONTH ? dt->event_year
                                                                     : dt->event_year - 1;
    }
    if (dt->title_year
        && (dt->review_open == dt->title_year
            || (now[INGEST_TIME_DATE_LINE] == dt->title_year + 1
                && data[INGEST_TIME_DATE_LINE] == dt->title_year))) {
        /* 2019年梨树县政府工作报告 whose review opens "2019年，是…的一年", or
         * delivered in 2020: the title names the year reviewed */
        data[INGEST_TIME_TITLE] = dt->title_year;
        now[INGEST_TIME_TITLE] = dt->title_year + 1;
    } else if (dt->title_year && now[INGEST_TIME_DATE_LINE] == dt->title_year
               && data[INGEST_TIME_DATE_LINE] == dt->title_year) {
        /* 2016年…政府工作报告 delivered in November 2016 (a new term's first
         * session): it reviews the title's year, written in that year */
        data[INGEST_TIME_TITLE] = now[INGEST_TIME_TITLE] = dt->title_year;
    }
    bool goals = goal_dated(dt, data);
    bool reviewed = (!data[INGEST_TIME_OPENING] && dt->reviewed) || goals;
    if (goals) {
        /* the news of a work report: it sets the goals of the year it is
         * delivered in and reviews the year before */
        now[INGEST_TIME_OPENING] = dt->goal_year ? dt->goal_year : dt->reviewed + 1;
        data[INGEST_TIME_OPENING] = now[INGEST_TIME_OPENING] - 1;
    } else if (reviewed) {
        /* a speech that opens by reviewing a year (全面总结2025年全区经济工作，
         * 谋划2026年…): that year, as a speech opening "2025年，" */
        data[INGEST_TIME_OPENING] = dt->reviewed;
        now[INGEST_TIME_OPENING] = dt->reviewed + 1;
    }
    /* (an anniversary, 今年是建党100周年, never outranks a year the head writes) */
    if ((y = dt->plan_now ? dt->plan_now : dt->head_year ? 0 : dt->anniversary_now) != 0) {
        now[INGEST_TIME_PLAN_YEAR] = y;
        data[INGEST_TIME_PLAN_YEAR] = y - 1;
    } else if (dt->current && dt->goal_year && dt->latest <= dt->goal_year
               && dt->head_year <= dt->goal_year) {
        /* a release about a part of the year that measures it against the
         * work report's goals for 2013 (对照…2013年预期目标) is written in
         * 2013, as one naming 今年是…开局之年 */
        now[INGEST_TIME_PLAN_YEAR] = dt->goal_year;
        data[INGEST_TIME_PLAN_YEAR] = dt->goal_year - 1;
    }
    if (dt->avg_data) {
        data[INGEST_TIME_AVG_BASE] = dt->avg_data;
        now[INGEST_TIME_AVG_BASE] = dt->avg_data + 1;
    }
    /* a review's span its base fixes (五年来…是2011年的1.9倍: to 2016) dates a
     * text that writes no year of that span's end, nor the year before
     * (由2012年的…增加到2016年的…: a base written as the span's first year) */
    int latest = dt->latest >= dt->review_end - 1 ? dt->latest : dt->review_end;
    if (latest && data[INGEST_TIME_OFFICIAL] <= latest) {
        /* (national figures only a later year's releases printed outweigh
           the latest year named: 略低于最高年份2015年 is a remark) */
        data[INGEST_TIME_LATEST] = latest;
        now[INGEST_TIME_LATEST] = latest + 1;
    }
    if (dt->masked)
        /* a text whose years its uploader masked (XX年实现…) was posted
           later, by someone else: the page's date (时间:2018-11-01) is the
           upload's and dates none of its figures */
        data[INGEST_TIME_PAGE] = now[INGEST_TIME_PAGE] = 0;
    /* (the end of a review its base fixes is a year the text speaks of) */
    int head_year = dt->head_year > dt->review_end || !dt->head_year ? dt->head_year : dt->review_end;
    if (data[INGEST_TIME_PAGE] && head_year && now[INGEST_TIME_PAGE] > head_year + 1) {
        /* a page posted years after every year its text names is a later
         * posting: the text's latest year dates it, not the page */
        data[INGEST_TIME_PAGE] = dt->gwr_named ? head_year - 1 : head_year;
        now[INGEST_TIME_PAGE] = data[INGEST_TIME_PAGE] + 1;
    }
    if (dt->calendar) {
        /* a work report reviews the year of the latest meeting it cites,
         * unless that met in January, before the spring's reports */
        data[INGEST_TIME_CALENDAR] = dt->calendar / 100 - (dt->calendar % 100 <= EARLY_MONTH);
        now[INGEST_TIME_CALENDAR] = data[INGEST_TIME_CALENDAR] + 1;
    }
    if (dt->congress_ahead && dt->congress_ahead > data[INGEST_TIME_CALENDAR]) {
        /* a congress looked forward to (迎接党的十九大) has not met: the text
         * sets the goals of its year and reviews the year before */
        data[INGEST_TIME_CALENDAR] = dt->congress_ahead - 1;
        now[INGEST_TIME_CALENDAR] = dt->congress_ahead;
    }
    int plan_end = dt->plan_end;
    bool plan_doc = dt->plan_doc;
    if (dt->goal_head > plan_end && undated(data)) {
        /* a page of goals with no year but theirs (力争到2010年，…年均增长13%):
         * the goals of the plan that ends then, written in its first year */
        plan_end = dt->goal_head;
        plan_doc = true;
    }
    if (plan_end) {
        /* a plan's mid-term review (“十二五”规划中期评估) is made in its third
         * year and measures it to the end of the second; any other text
         * naming the plan is written as it begins */
        now[INGEST_TIME_PLAN] = plan_end - PLAN_YEARS + (dt->plan_midterm ? 3 : 1);
        data[INGEST_TIME_PLAN] = now[INGEST_TIME_PLAN] - 1;
        if (dt->midterm_title && now[INGEST_TIME_PAGE] > now[INGEST_TIME_PLAN])
            /* a page of the review posted after the review's year is a
               later copy; a page that only mentions a review keeps its
               date (去年完成了“十三五”规划中期评估) */
            data[INGEST_TIME_PAGE] = now[INGEST_TIME_PAGE] = 0;
    }
    if (dt->avg_usual && now[INGEST_TIME_CALENDAR] <= dt->avg_usual + 1
        && now[INGEST_TIME_PLAN] <= dt->avg_usual + 1) {
        /* a year no text that writes one dates otherwise, unless it cites a
         * meeting or plan later than the year after (二十大: no 2021 text) */
        data[INGEST_TIME_AVG_NO_BASE] = dt->avg_usual;
        now[INGEST_TIME_AVG_NO_BASE] = dt->avg_usual + 1;
    }
    if (dt->same_base && !dt->yoy_written) {
        /* the last witness: a text comparing with 2016's same month and
         * writing no year of its own is of 2017 */
        data[INGEST_TIME_BASE] = dt->same_base + 1;
        now[INGEST_TIME_BASE] = dt->same_base + 1;
    }
    era = dt->era;
    if (dt->era_weak && dt->era_weak == dt->era_sign && dt->era_weak > era)
        era = dt->era_weak;   /* 六保 beside 疫情冲击: 2020 */
    if (era) {
        /* the very last: a release of 疫情要防住 with no year is of 2022 */
        data[INGEST_TIME_ERA] = era;
        now[INGEST_TIME_ERA] = era + 1;
    }
    if (dt->wk_month && dt->zh_sentences
        && (y = ingest_weekday_year(dt->wk_month, dt->wk_day, dt->wk_weekday, dt->wk_zh_written))) {
        /* after everything: 3月15日（星期三） in a text that writes no year is
         * of the year that day was a Wednesday, read as a date line */
        now[INGEST_TIME_WEEKDAY] = y;
        data[INGEST_TIME_WEEKDAY] = dt->wk_month >= LATE_MONTH ? y : y - 1;
    }
    ctx->doc_plan_to = 0;
    ctx->doc_month_from = current ? part_from : 0;
    ctx->doc_month_to = current ? part_to : 0;
    for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++) {
        ingest_time_source s = chain[i];
        int d = data[s], n = now[s];
        if (!d)
            continue;
        if (current) {
            /* a text about the current year: its figures are for it */
            bool data_rule = s == INGEST_TIME_OPENING || s == INGEST_TIME_LATEST
                             || s == INGEST_TIME_AVG_BASE || s == INGEST_TIME_AVG_NO_BASE
                             || s == INGEST_TIME_OFFICIAL || s == INGEST_TIME_BASE
                             || s == INGEST_TIME_ERA
                             || (s == INGEST_TIME_TITLE && dt->title_is_data);
            if (data_rule)
                n = d;
            else
                d = n;
        }
        /* a text dated otherwise that opens "2017年，" for its data year (a
         * communiqué under a date line) reports that one year too */
        ctx->doc_one_year = current || (s == INGEST_TIME_OPENING && !reviewed)
                            || (s == INGEST_TIME_TITLE && dt->title_is_data)
                            || (!dt->gwr && data[INGEST_TIME_OPENING] == data[s]);
        if (ctx->year_given)
            break;
        ctx->report_year = d + 1;
        ctx->now_year = n;
        ctx->doc_source = s;
        /* (a mid-term review reports what the plan has done so far) */
        ctx->doc_plan_to = (dt->plan_head || (plan_doc && !dt->gwr_named)) && !dt->gwr
                           && !dt->plan_midterm && plan_end >= n ? plan_end : 0;
        return;
    }
    if (ctx->year_given) {
        /* --report-year Y: the text is written in Y; a text about the
         * current year reports Y's figures, a review Y - 1's */
        ctx->doc_source = INGEST_TIME_OPTION;
        ctx->now_year = ctx->report_year;
        /* (as any rule's year would: a text about the current year
           reports that one year, 钢铁行业利润…同比增长3.6倍 of 1-2月) */
        ctx->doc_one_year = current;
        if (current)
            ctx->report_year++;
    }
}
