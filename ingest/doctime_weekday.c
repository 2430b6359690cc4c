/* doctime_weekday.c -- the year of a date written with its weekday, in a
 * text that writes no year of its own.
 *
 * A date line without a year ("3月15日（星期三）", "Wednesday, March 15") or
 * a news dateline ("TOKYO, Oct. 18 (Xinhua) --") with the day its source
 * spoke ("official data showed Friday") still dates a text: a month's day
 * falls on a given weekday only every five, six or eleven years, so a
 * reader who checks a calendar finds the year.  With no year written, the
 * latest that fits and is not after today is meant; with one (a base, a
 * date: not a run's start, "since April 2022", 2008年以来), the one fitting
 * year after it, and none when two or more fit there or the written year
 * fits itself (a dateline's "July 17, 2023").  Only a date line counts (a
 * heading line or dateline in English; the sentence's start, 本报讯 or
 * 记者…获悉 in Chinese, with no day-ahead word such as 定于), and a weekday
 * alone only after a publishing verb (report-verb: "showed Friday", "said
 * on Friday"), never "a meeting on Monday".  A text any other rule dates
 * keeps that date: doctime.c ranks this last, and time_en.c uses it only
 * when the grammar's own title and dateline scan found no year, never with
 * --report-year.
 * The weekday words are the lexicon's (class weekday: 星期三, 周三, Wednesday;
 * value 1 for Monday to 7 for Sunday). */
#include "rules_en.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "text.h"

#define WEEKDAY_WINDOW 30   /* years back from today a date may be of */
#define WORD_MAX 16         /* the longest English word looked up */
#define DATELINE_WITHIN 40  /* a dateline's date starts this close to its sentence's start */
#define ZH_DATE_PARAS 6     /* a Chinese date line is in the first paragraphs */
#define ZH_LINE_LEAD 3      /* bytes before a Chinese date line's date (a bracket, a space) */
#define ZH_SINCE_WITHIN 9   /* 年, a month (3月) and then 以来 */
#define ZH_LINE_NEAR 60     /* 记者…获悉 within these bytes after it */

static bool letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The weekday of y-m-d, 1 (Monday) to 7 (Sunday); Sakamoto's rule. */
static int weekday_of(int y, int m, int d)
{
    static const int shift[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
    int w;

    if (m < 3)
        y--;
    w = (y + y / 4 - y / 100 + y / 400 + shift[m - 1] + d) % 7;   /* 0 Sunday */
    return w ? w : 7;
}

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in(int y, int m)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

    return m == 2 && leap(y) ? 29 : days[m - 1];
}

/* Today's date (year, month, day), or SOURCE_DATE_EPOCH's (seconds since
 * 1970) when that is set: the reproducible-builds convention for "the time
 * to use instead of now", so that a text that writes no year reads the same
 * in a test next year and, when asked, on every machine.  False when
 * neither reads. */
static bool today(int *y, int *m, int *d)
{
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    time_t now = time(NULL);
    struct tm tm;

    if (epoch && *epoch) {
        char *end;
        long long v;
        errno = 0;
        v = strtoll(epoch, &end, 10);
        if (*end == '\0' && errno == 0 && v >= 0 && v <= 253402300799LL)
            now = (time_t)v;
    }
    if (!gmtime_r(&now, &tm))
        return false;
    *y = tm.tm_year + 1900;
    *m = tm.tm_mon + 1;
    *d = tm.tm_mday;
    return true;
}

/* The year of the date month/day that fell on weekday wd (1..7), of the
 * last WEEKDAY_WINDOW years up to today (a date later in the year than
 * today's is not this year's).  With no year written, the latest that fits.
 * With one (the latest year the text writes), the one fitting year after
 * it; none when two or more fit there (a reader could not tell which), or
 * when the written year fits itself (the text's own year). */
int ingest_weekday_year(int month, int day, int wd, int written)
{
    int ty, tm, td, latest = 0, first = 0, fits = 0;

    if (month < 1 || month > 12 || day < 1 || day > 31 || wd < 1 || wd > 7
        || !today(&ty, &tm, &td))
        return 0;
    for (int y = ty; y > ty - WEEKDAY_WINDOW; y--) {
        if (day > days_in(y, month) || weekday_of(y, month, day) != wd
            || (y == ty && (month > tm || (month == tm && day > td))))
            continue;
        if (written && y <= written)
            return y == written || fits != 1 ? 0 : first;
        if (!latest)
            latest = y;
        first = y;
        fits++;
    }
    return !written ? latest : fits == 1 ? first : 0;
}

/* ---- Chinese: 3月15日（星期三）, 3月15日 周三 ---- */

/* A month's or day's number at t[0..len), in ASCII digits (15) or Chinese
 * numerals (十五): its value with its length in *n; 0 none. */
static int zh_number(const ingest_lexicon *lx, const char *t, size_t len, size_t *n)
{
    int v = 0;
    size_t i = 0;

    while (i < len && is_digit(t[i]) && i < 3)
        v = v * 10 + (t[i++] - '0');
    *n = i;
    return i ? v : ingest_small_numeral_at(lx, t, len, n);
}

/* Notes a date with its weekday at t[i..len): month, day marks, then the
 * weekday (in brackets or not).  True when one is there. */
static bool zh_date_at(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len,
                       size_t i)
{
    const lex_entry *w;
    size_t n, mark;
    int m = zh_number(lx, t + i, len - i, &n), d;

    if (m < 1 || m > 12 || !(mark = ingest_lex_at(lx, LEX_MONTH_MARK, t + i + n, len - i - n, NULL)))
        return false;
    i += n + mark;
    d = zh_number(lx, t + i, len - i, &n);
    if (d < 1 || d > 31 || !(mark = ingest_lex_at(lx, LEX_DAY_MARK, t + i + n, len - i - n, NULL)))
        return false;
    i += n + mark;
    while (i < len && (t[i] == ' ' || t[i] == '('))
        i++;
    if (i + 3 <= len && !memcmp(t + i, "（", 3))
        i += 3;
    if (!ingest_lex_at(lx, LEX_WEEKDAY, t + i, len - i, &w))
        return false;
    dt->wk_month = m;
    dt->wk_day = d;
    dt->wk_weekday = (int)w->num;
    dt->wk_end = i + ingest_lex_at(lx, LEX_WEEKDAY, t + i, len - i, NULL);
    return true;
}

/* Is the date at t[i..) with its weekday ending at e a date line: the
 * sentence's start, after a news agency's mark (本报讯), or with the
 * reporter's source close after it (获悉; lexicon date-line-before/after); and no day-ahead word (定于, 将于, 假期) before it or in its
 * clause after (a release to come, a holiday)? */
static bool zh_date_line(const ingest_lexicon *lx, const char *t, size_t len, size_t i, size_t e)
{
    size_t c = e, near = len - e < ZH_LINE_NEAR ? len - e : ZH_LINE_NEAR;

    while (c < len && c - e < ZH_LINE_NEAR && memcmp(t + c, "，", 3) && memcmp(t + c, "。", 3))
        c += char_len((unsigned char)t[c]);
    if (ingest_lex_in(lx, LEX_DAY_AHEAD, t, i) || ingest_lex_in(lx, LEX_DAY_AHEAD, t + e, c - e))
        return false;
    return i <= ZH_LINE_LEAD || ingest_lex_in(lx, LEX_DATE_LINE_BEFORE, t, i)
        || ingest_lex_in(lx, LEX_DATE_LINE_AFTER, t + e, near);
}

/* The latest year of four digits and 年 in t[0..len) that is no run's
 * start (2008年以来: "the lowest since 2008", not a year the text is near);
 * 0 none. */
int ingest_zh_written_year(const char *t, size_t len)
{
    int best = 0;

    for (size_t i = 0; i + 7 <= len; i++) {
        size_t k = i + 4, c = k + 3;
        if (!is_digit(t[i]) || (i > 0 && is_digit(t[i - 1])) || !is_digit(t[i + 1])
            || !is_digit(t[i + 2]) || !is_digit(t[i + 3]) || memcmp(t + k, "年", 3))
            continue;
        while (c < len && c - k < ZH_SINCE_WITHIN && (is_digit(t[c]) || !memcmp(t + c, "月", 3)))
            c += is_digit(t[c]) ? 1 : 3;
        if (!(c + 6 <= len && !memcmp(t + c, "以来", 6)) && atoi(t + i) > best && atoi(t + i) <= 2099)
            best = atoi(t + i);
    }
    return best >= 1950 ? best : 0;
}

void ingest_zh_weekday(ingest_doctime *dt, const ingest_lexicon *lx, const char *t, size_t len)
{
    if (dt->wk_month || dt->paragraphs > ZH_DATE_PARAS)
        return;
    for (size_t i = 0; i < len; i += char_len((unsigned char)t[i]))
        if ((i == 0 || !is_digit(t[i - 1])) && zh_date_at(dt, lx, t, len, i)) {
            if (!zh_date_line(lx, t, len, i, dt->wk_end))
                dt->wk_month = dt->wk_day = dt->wk_weekday = 0;
            return;
        }
}

/* ---- English: "Wednesday, March 15", a dateline and "said on Friday" ---- */

/* The letters of the word at byte i, lower case into w: its length; 0
 * when none or too long. */
static size_t word_at(const char *t, size_t len, size_t i, char *w)
{
    size_t n = 0;

    while (i + n < len && letter(t[i + n]) && n < WORD_MAX - 1) {
        w[n] = (char)(t[i + n] | 0x20);
        n++;
    }
    if (n == 0 || (i + n < len && letter(t[i + n])))
        return 0;
    w[n] = '\0';
    return n;
}

/* The capitalised word of class c at byte i: its value, its end into *e;
 * 0 none.  A month's abbreviation may end with a full stop (Oct.). */
static int class_word(const char *t, size_t len, size_t i, lex_class c, size_t *e)
{
    char w[WORD_MAX];
    const lex_entry *x;
    size_t n = word_at(t, len, i, w);

    if (!n || !(t[i] >= 'A' && t[i] <= 'Z') || en_lex_at(&ingest_lexicon_en, c, w, n, 0, &x) != n)
        return 0;
    *e = i + n + (c == LEX_MONTH && i + n < len && t[i + n] == '.' && n <= 4);
    return (int)x->num;
}

/* A day of the month, one or two digits standing alone at byte i (an
 * ordinal's st, nd, th allowed): its value, its end into *e; 0 none. */
static int day_at(const char *t, size_t len, size_t i, size_t *e)
{
    size_t k = i;
    int d = 0;

    while (k < len && is_digit(t[k]) && k - i < 3)
        d = d * 10 + (t[k++] - '0');
    if (k == i || k - i > 2 || (k < len && is_digit(t[k])))
        return 0;
    if (k + 1 < len && letter(t[k]) && letter(t[k + 1]) && (k + 2 == len || !letter(t[k + 2])))
        k += 2;
    if (k < len && letter(t[k]))
        return 0;
    *e = k;
    return d >= 1 && d <= 31 ? d : 0;
}

static size_t skip_blank(const char *t, size_t len, size_t i)
{
    while (i < len && (t[i] == ' ' || t[i] == ','))
        i++;
    return i;
}

/* A date with no year at byte i: "March 15", "Oct. 18", "15 March" (not
 * "March 15, 2017", nor "March 2017").  Its month and day; its end into *e. */
static bool date_at(const char *t, size_t len, size_t i, int *m, int *d, size_t *e)
{
    size_t k;

    *d = 0;
    if ((*m = class_word(t, len, i, LEX_MONTH, &k)) != 0) {
        while (k < len && t[k] == ' ')
            k++;
        *d = day_at(t, len, k, e);
    } else if ((*d = day_at(t, len, i, &k)) != 0 && k < len && t[k] == ' ')
        *m = class_word(t, len, k + 1, LEX_MONTH, e);
    if (!*m || !*d)
        return false;
    k = skip_blank(t, len, *e);
    return !(k + 4 <= len && is_digit(t[k]) && is_digit(t[k + 1]) && is_digit(t[k + 2])
             && is_digit(t[k + 3]));
}

/* The word ending right before byte e, lower case into w: its length. */
static size_t word_before(const char *t, size_t e, char *w)
{
    size_t a = e;

    while (a > 0 && t[a - 1] == ' ')
        a--;
    e = a;
    while (a > 0 && letter(t[a - 1]))
        a--;
    return e - a < WORD_MAX ? word_at(t, e, a, w) : 0;
}

/* Does the weekday at [i, e) name the day a source spoke or published
 * ("data showed Friday", "said on Friday": a reporting verb of the lexicon,
 * report-verb, with or without "on"), not a day to come or gone by ("next
 * Monday", "a meeting on Monday", "Monday's decision")? */
static bool day_spoken(const char *t, size_t i)
{
    char w[WORD_MAX];
    size_t n = word_before(t, i, w);
    const lex_entry *x;

    if (n && !strcmp(w, "on")) {
        while (i > 0 && t[i - 1] == ' ')
            i--;
        n = word_before(t, i - 2, w);
    }
    return n && en_lex_at(&ingest_lexicon_en, LEX_REPORT_VERB, w, n, 0, &x) == n;
}

/* Is t[0..len) a heading line (no full stop, question or exclamation mark
 * ends it: "Statistics Office release, Wednesday, March 15"), or is byte i
 * in a dateline (near the start, the date then followed by a bracket or a
 * dash: "WASHINGTON, Wednesday, March 15 (Reuters) -")?  Only there does a
 * weekday's date date the text: in a sentence it is a day to come or gone
 * by ("The next release is due on Friday, April 14"). */
static bool date_line_place(const char *t, size_t len, size_t i, size_t end)
{
    size_t k = len;

    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '\n' || t[k - 1] == '\r'))
        k--;
    if (k > 0 && t[k - 1] != '.' && t[k - 1] != '!' && t[k - 1] != '?')
        return true;
    k = skip_blank(t, len, end);
    return i < DATELINE_WITHIN && k < len && (t[k] == '(' || t[k] == '-' || (unsigned char)t[k] == 0xe2);
}

/* A dateline's date near the start of a sentence of the head: "TOKYO, Oct. 18
 * (Xinhua)", "Berlin, Nov. 2, (dpa)", "KATHMANDU, AUGUST 18" (a place and
 * a comma before it, or nothing). */
static void dateline(ingest_doctime *dt, const char *t, size_t len)
{
    for (size_t i = 0; i < len && i < DATELINE_WITHIN; i++) {
        int m, d;
        size_t e, b = i;
        if ((i > 0 && (letter(t[i - 1]) || is_digit(t[i - 1]))) || !date_at(t, len, i, &m, &d, &e))
            continue;
        while (b > 0 && t[b - 1] == ' ')
            b--;
        if (b == 0 || t[b - 1] == ',') {
            dt->wk_line_month = m;
            dt->wk_line_day = d;
        }
        return;
    }
}

/* A weekday at byte i with a date beside it ("Wednesday, March 15",
 * "March 15 (Wednesday)"), or spoken of after a dateline: notes it. */
static void weekday_word(ingest_doctime *dt, const char *t, size_t len, size_t i, int wd, size_t e)
{
    int m, d;
    size_t k = skip_blank(t, len, e), end;

    if (k < len && t[k] == '(')
        k++;
    if (date_at(t, len, k, &m, &d, &end)) {
        if (!date_line_place(t, len, i, end))
            return;
        dt->wk_month = m;
        dt->wk_day = d;
        dt->wk_weekday = wd;
        return;
    }
    if (!dt->wk_said && day_spoken(t, i))
        dt->wk_said = wd;
}

void ingest_en_weekday(ingest_doctime *dt, const char *t, size_t len)
{
    if (dt->en_sentences >= WEEKDAY_HEAD_SENTENCES)
        return;
    if (!dt->wk_line_month)
        dateline(dt, t, len);
    for (size_t i = 0; i < len && !dt->wk_month; i++) {
        size_t e;
        int wd;
        if (!(t[i] >= 'A' && t[i] <= 'Z') || (i > 0 && letter(t[i - 1])))
            continue;
        if ((wd = class_word(t, len, i, LEX_WEEKDAY, &e)) != 0)
            weekday_word(dt, t, len, i, wd, e);
    }
}

/* The date the weekday words of an English head fix: one written beside its
 * weekday, else the dateline's day spoken of ("said on Friday"). */
bool ingest_en_weekday_date(const ingest_doctime *dt, int *month, int *day, int *wd)
{
    if (dt->wk_month) {
        *month = dt->wk_month;
        *day = dt->wk_day;
        *wd = dt->wk_weekday;
        return true;
    }
    if (dt->wk_line_month && dt->wk_said) {
        *month = dt->wk_line_month;
        *day = dt->wk_line_day;
        *wd = dt->wk_said;
        return true;
    }
    return false;
}
