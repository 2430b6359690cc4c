/* doctime_page.c -- a web page's own date: the metadata line a news or
 * document site prints by its text ("编辑:NAME2018-01-24 16:20内容来源:…",
 * "2021-05-19 18:00:17 来源:网络作者:佚名", "发布日期:2020-08-05").
 *
 * Such a date is written the ISO way, YYYY-MM-DD, inside a short line, and
 * says it is the page's date by what stands with it: a time of day right
 * after it (16:20, 18:00:17), or a metadata word near it (来源, 作者, 编辑,
 * 发布日期; the lexicon's page-meta class).  A date written in a sentence
 * (2018年1月24日) is doctime.c's date line; a bare ISO date in a line of
 * figures is neither, nor is a date in a page's address (来源:
 * http://…/2018/01/20/…, a copy's source).  The page's date is the weakest witness of a
 * document's year (a page may copy an older text), so doctime.c ranks it
 * below everything the text itself says. */
#include "ingest_int.h"

#include "text.h"

#include <string.h>

#define PAGE_LINE_MAX 240   /* a metadata line is this short, bytes */
#define PAGE_META_NEAR 45   /* a metadata word this close to the date, bytes */
#define PAGE_META_RIGHT 15  /* right before it: 发布时间: */

/* The value of the n to m ASCII digits at t[i..len), with their count in
 * *k; -1 when there are fewer than n.  Stops after m digits. */
static int digits(const char *t, size_t len, size_t i, size_t n, size_t m, size_t *k)
{
    int v = 0;
    size_t j = 0;

    while (i + j < len && j < m && is_digit(t[i + j]))
        v = v * 10 + (t[i + j++] - '0');
    *k = j;
    return j >= n ? v : -1;
}

/* A time of day (16:20, 18:00:17) at t[i..len): its length, 0 when none. */
static size_t time_of_day(const char *t, size_t len, size_t i)
{
    size_t k, a = i;
    int h = digits(t, len, a, 1, 2, &k), mi;

    if (h < 0 || h > 23 || a + k >= len || t[a + k] != ':')
        return 0;
    a += k + 1;
    if ((mi = digits(t, len, a, 2, 2, &k)) < 0 || mi > 59)
        return 0;
    a += k;
    if (a + 2 < len && t[a] == ':' && digits(t, len, a + 1, 2, 2, &k) >= 0)
        a += 1 + k;
    return a - i;
}

/* An ISO date at t[i..len), YYYY-MM-DD (or with '/'), not inside a longer
 * run of digits: its year with its month in *month and its length in *n; 0
 * when there is none.  The day may be glued to a time of day when the text
 * lost the space between them (2018-01-2416:20).  doctime.c's date lines
 * written in digits are read with it too. */
int ingest_iso_date(const char *t, size_t len, size_t i, int *month, size_t *n)
{
    size_t a = i, k;
    int y = digits(t, len, a, 4, 4, &k), m, d;
    char sep;

    if (y < 1900 || y > 2100 || (i > 0 && is_digit(t[i - 1])))
        return 0;
    a += k;
    if (a >= len || (t[a] != '-' && t[a] != '/'))
        return 0;
    sep = t[a++];
    if ((m = digits(t, len, a, 1, 2, &k)) < 1 || m > 12)
        return 0;
    a += k;
    if (a >= len || t[a] != sep)
        return 0;
    a++;
    if ((d = digits(t, len, a, 1, 2, &k)) < 1 || d > 31)
        return 0;
    a += k;
    if (a < len && is_digit(t[a]) && !(k == 2 && time_of_day(t, len, a)))
        return 0;
    *month = m;
    *n = a - i;
    return y;
}

/* The length of the ASCII number of 1 to 4 digits at t[a..len) that lies in
 * [lo, hi] and is followed by a mark of class cls (年, 月, 日 in the
 * lexicon), the mark included, in *n; its value, or 0 when there is none. */
static int marked_number(const ingest_lexicon *lx, const char *t, size_t len, size_t a, size_t digits_min,
                         size_t digits_max, int lo, int hi, int cls, size_t *n)
{
    size_t k, mark;
    int v = digits(t, len, a, digits_min, digits_max, &k);

    if (v < lo || v > hi || (mark = ingest_lex_at(lx, cls, t + a + k, len - a - k, NULL)) == 0)
        return 0;
    *n = k + mark;
    return v;
}

/* A date written the Chinese way in ASCII digits at t[i..len), YYYY年MM月DD日
 * (发布时间:2015年06月10日): its year with its month in *month and its
 * length in *n; 0 when there is none. */
static int written_date(const ingest_lexicon *lx, const char *t, size_t len, size_t i, int *month,
                        size_t *n)
{
    size_t a = i, k;
    int y, m;

    if ((i > 0 && is_digit(t[i - 1]))
        || (y = marked_number(lx, t, len, a, 4, 4, 1900, 2100, LEX_YEAR_MARK, &k)) == 0)
        return 0;
    a += k;
    if ((m = marked_number(lx, t, len, a, 1, 2, 1, 12, LEX_MONTH_MARK, &k)) == 0)
        return 0;
    a += k;
    if (marked_number(lx, t, len, a, 1, 2, 1, 31, LEX_DAY_MARK, &k) == 0)
        return 0;
    *month = m;
    *n = a + k - i;
    return y;
}

/* Is there a word of class page-meta in t[from..to)? */
static bool meta_near(const ingest_lexicon *lx, const char *t, size_t from, size_t to)
{
    while (from > 0 && ((unsigned char)t[from] & 0xC0) == 0x80)
        from++;
    for (size_t i = from; i < to; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, LEX_PAGE_META, t + i, to - i, NULL))
            return true;
    return false;
}

/* Does a time of day follow t[at], and a metadata field's label right
 * after it, a page-meta word and its colon (15:01 來源:…)?  Without the
 * colon the word is prose: an announcement (将于2019年1月21日 10:00 发布
 * 全年数据) dates no page. */
static bool timed_meta(const ingest_lexicon *lx, const char *t, size_t len, size_t at)
{
    size_t k;

    while (at < len && t[at] == ' ')
        at++;
    if ((k = time_of_day(t, len, at)) == 0)
        return false;
    at += k;
    while (at < len && t[at] == ' ')
        at++;
    if ((k = ingest_lex_at(lx, LEX_PAGE_META, t + at, len - at, NULL)) == 0)
        return false;
    at += k;
    while (at < len && t[at] == ' ')
        at++;
    return (at < len && t[at] == ':') || (at + 3 <= len && memcmp(t + at, "\xEF\xBC\x9A", 3) == 0);
}

/* Does a paragraph open on a metadata field whose value is the date at
 * t[i] (" date 2026-02-13 主計總處…", "发布时间：2015-06-10 …": only spaces,
 * one page-meta word and a colon before it)?  Such a field is the page's
 * date however long the line it is glued to. */
static bool field_opens(const ingest_lexicon *lx, const char *t, size_t i)
{
    size_t a = 0, k;

    while (a < i && t[a] == ' ')
        a++;
    if ((k = ingest_lex_at(lx, LEX_PAGE_META, t + a, i - a, NULL)) == 0)
        return false;
    do      /* 发布时间: the lexicon's words 发布 and 时间, one after the other */
        a += k;
    while ((k = ingest_lex_at(lx, LEX_PAGE_META, t + a, i - a, NULL)) > 0);
    for (; a < i && (t[a] == ' ' || t[a] == ':'); a++)
        ;
    if (i - a == 3 && memcmp(t + a, "\xEF\xBC\x9A", 3) == 0)
        a = i;      /* a full-width colon (：) */
    return a == i;
}

/* Does a range's second end follow a date at t[after] (时间：2023-01-01至
 * 2023-12-31, 2023-01-01~, 2023-01-01—)?  A field of the period the text
 * covers, no posting date. */
static bool range_from(const char *t, size_t len, size_t after)
{
    static const char *const marks[] = { "至", "-", "~", "～", "—", "–", "到" };

    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (at(t + after, len - after, marks[k]))
            return true;
    return false;
}

int ingest_page_date(const ingest_lexicon *lx, const char *t, size_t len, bool inner, int *month)
{
    size_t n, after;
    int y, m;

    /* a longer sentence, or one inside a paragraph, is a metadata line
     * glued to the headline and text around it (a page's lines with no stop
     * of their own, after a site's path: 首页 ? 资讯 ? 正文…): there its
     * date needs both witnesses, a metadata word before it and a time after */
    bool glued = inner || len > PAGE_LINE_MAX;

    for (size_t i = 0; i + 8 <= len; i++) {
        if (!is_digit(t[i]) || !(y = ingest_iso_date(t, len, i, &m, &n)))
            continue;
        if ((i > 0 && t[i - 1] == '/') || (i + n < len && t[i + n] == '/'))
            continue;       /* a page address's folders (…/2018/01/20/art_1.html) */
        after = i + n;
        while (after < len && t[after] == ' ')
            after++;
        bool timed = time_of_day(t, len, after) > 0;
        bool meta_before = meta_near(lx, t, i > PAGE_META_NEAR ? i - PAGE_META_NEAR : 0, i);
        if (glued ? (timed && meta_before)
                    || (!inner && field_opens(lx, t, i) && !range_from(t, len, after))
                  : timed || meta_before
                    || meta_near(lx, t, i + n,
                                 len - (i + n) > PAGE_META_NEAR ? i + n + PAGE_META_NEAR : len)) {
            *month = m;
            return y;
        }
    }
    /* a date written with 年月日 (发布时间:2015年06月10日) is the page's only
     * with a metadata word right before it, or a time of day and then one
     * (2017年06月28日 15:01 來源:新華網; a line of its own, or glued to a
     * headline): in prose such a date is an event's (doctime.c) */
    for (size_t i = 0; i + 8 <= len; i++)
        if (is_digit(t[i]) && (y = written_date(lx, t, len, i, &m, &n))
            && (meta_near(lx, t, i > PAGE_META_RIGHT ? i - PAGE_META_RIGHT : 0, i)
                || timed_meta(lx, t, len, i + n))) {
            *month = m;
            return y;
        }
    return 0;
}
