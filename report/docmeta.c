/* docmeta.c -- what a memo says of a document before its findings: its
 * title, the place it speaks for and its year.
 *
 * They are read from the head of the text the way a reader finds them, and
 * never guessed.  The title is the first short line (or table cell: portal
 * pages put it in one) that ends with a kind of document -- 政府工作报告,
 * 统计公报, 讲话, 预算执行情况的报告, "Report on the Work of the Government" --
 * or with a short tail (》解读, 摘要) and a bracketed one ((全文)) or a
 * year (…统计公报 2018) cut off; a line that goes on (…报告指出) is a
 * sentence, not a title.  The place is the name the title puts before the year or before
 * 人民政府/政府 (汉滨区2025年…, 2020年衡阳市人民政府工作报告, 哈尔滨《…》),
 * else the one of the delivery line (——2021年12月15日在海淀区第十七届人民代表
 * 大会…), and only a name that ends like one (省 市 区 县 州 旗 盟 镇 乡) or
 * stands before the quoted title.  The year is --report-year, else the one
 * the title writes, else the date of a date line.  What is not found stays
 * empty, and the summary says so. */
#include "summary_int.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "html_int.h"
#include "../common/utf8.h"

#define HEAD_BYTES 65536       /* the part of a document read for these facts */
#define TITLE_MAX_CHARS 40     /* a title line is at most this long */
#define PLACE_MIN_CHARS 2
#define PLACE_MAX_CHARS 12
#define DATE_TAIL_CHARS 30     /* a date line: at most this much after the date */
#define YEAR_MIN 1949
#define YEAR_MAX 2100

static const char *const title_words[] = {
    "政府工作报告", "政府工作報告", "工作报告", "工作報告", "统计公报", "統計公報",
    "公报", "公報", "讲话", "講話", "预算执行情况", "預算執行情況", "报告", "報告",
    "Report on the Work of the Government", "Government Work Report",
    "Statistical Communiqué", "Statistical Communique", "Work Report",
};

/* What may follow the kind of document in a title: 《政府工作报告》解读,
 * 政府工作报告摘要. */
static const char *const title_tails[] = {
    "", "解读", "解讀", "摘要", "全文", "要点", "要點", "（摘要）", "（全文）",
};

/* Where a place name before a title stops. */
static const char *const place_stops[] = {
    "人民政府", "政府", "国民经济", "國民經濟", "统计", "統計", "关于", "關於", "第",
    "人民代表大会", "人民代表大會", "人大",
};

static const char *const place_suffixes[] = {
    "省", "市", "区", "區", "县", "縣", "州", "旗", "盟", "镇", "鎮", "乡", "鄉",
};

/* Words that begin a scope, not a name (全市, 本县, 我区, 各区). */
static const char *const not_places[] = { "全", "本", "我", "各" };

static uint32_t next_cp(const char *t, size_t n, size_t *i)
{
    uint32_t cp = 0xFFFD;
    int k = utf8_decode((const unsigned char *)t + *i, n - *i, &cp);

    *i += k > 0 ? (size_t)k : 1;
    return k > 0 ? cp : 0xFFFD;
}

static size_t nchars(const char *t, size_t n)
{
    size_t c = 0;

    for (size_t i = 0; i < n; c++)
        next_cp(t, n, &i);
    return c;
}

static bool is_han(uint32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

static bool is_space(uint32_t c)
{
    return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

static bool starts(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w);
    return k <= n && !memcmp(t, w, k);
}

static bool ends(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w);
    return k <= n && !memcmp(t + n - k, w, k);
}

static const char *find(const char *t, size_t n, const char *w)
{
    size_t k = strlen(w);

    for (size_t i = 0; k && i + k <= n; i++)
        if (!memcmp(t + i, w, k))
            return t + i;
    return NULL;
}

/* Trims spaces (ASCII, ideographic, no-break) on both sides of t[*s..*e). */
static void trim(const char *t, size_t *s, size_t *e)
{
    while (*s < *e) {
        size_t i = *s;
        if (!is_space(next_cp(t, *e, &i)))
            break;
        *s = i;
    }
    while (*e > *s) {
        size_t b = *e - 1;
        size_t i;
        while (b > *s && ((unsigned char)t[b] & 0xC0) == 0x80)
            b--;
        i = b;
        if (!is_space(next_cp(t, *e, &i)))
            break;
        *e = b;
    }
}

/* A year of 4 ASCII digits at t (spaces allowed before 年, as in "2020 年"),
 * followed by 年 when need_nian; its end in *end.  0 when there is none. */
static int year_at(const char *t, size_t n, bool need_nian, size_t *end)
{
    int y = 0;
    size_t i = 0;

    for (; i < 4; i++) {
        if (i >= n || t[i] < '0' || t[i] > '9')
            return 0;
        y = y * 10 + (t[i] - '0');
    }
    if (i < n && t[i] >= '0' && t[i] <= '9')
        return 0;
    if (y < YEAR_MIN || y > YEAR_MAX)
        return 0;
    while (i < n && t[i] == ' ')
        i++;
    if (starts(t + i, n - i, "年"))
        i += strlen("年");
    else if (need_nian)
        return 0;
    *end = i;
    return y;
}

static bool any_word(const char *t, size_t n, const char *const *words, size_t nw)
{
    for (size_t k = 0; k < nw; k++)
        if (starts(t, n, words[k]))
            return true;
    return false;
}

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* A place name starting at t: a run of ideographs up to a stop word, a
 * digit or a bracket; kept when it ends like a place name, or (before_quote)
 * stands right before a quoted title or a year.  Returns its length, 0 when
 * none. */
static size_t place_at(const char *t, size_t n, bool before_quote)
{
    size_t i = 0, last = 0, chars = 0;
    bool stopped_at_quote = false;

    if (any_word(t, n, not_places, COUNT(not_places)))
        return 0;
    while (i < n) {
        size_t j = i;
        uint32_t c;
        if (any_word(t + i, n - i, place_stops, COUNT(place_stops)) ||
            any_word(t + i, n - i, title_words, COUNT(title_words)))
            break;
        c = next_cp(t, n, &j);
        if (!is_han(c)) {
            stopped_at_quote = c == 0x300A || (c >= '0' && c <= '9');  /* 《 or a year */
            break;
        }
        last = i;
        i = j;
        chars++;
    }
    if (chars < PLACE_MIN_CHARS || chars > PLACE_MAX_CHARS)
        return 0;
    if (any_word(t + last, i - last, place_suffixes, COUNT(place_suffixes)) ||
        (before_quote && stopped_at_quote))
        return i;
    return 0;
}

static void copy(char *out, size_t size, const char *t, size_t n)
{
    if (n >= size) {                  /* never cut a character */
        n = size - 1;
        while (n > 0 && ((unsigned char)t[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(out, t, n);
    out[n] = '\0';
}

/* A title in the cell t[s..e): fills title, its year and place. */
static bool title_cell(const char *t, size_t s, size_t e, docmeta *m)
{
    static const char *const cuts[] = { "——", "—", "。", "，", ",", "；", ";", "：", ":", "！" };
    const char *c, *best = NULL;
    size_t n, ye, full_e;
    bool tail_ok = false;

    trim(t, &s, &e);
    if (s < e && (t[s] == '(' || starts(t + s, e - s, "（")))
        return false;                 /* a bracketed aside: (点击查阅…报告) */
    for (size_t k = 0; k < COUNT(cuts); k++)
        if ((c = find(t + s, e - s, cuts[k])) != NULL && c > t + s)
            e = (size_t)(c - t);
    trim(t, &s, &e);
    full_e = e;                       /* the year may stand in the bracket: "… (2018)" */
    if (e > s && (ends(t + s, e - s, ")") || ends(t + s, e - s, "）"))) {
        const char *o = NULL;
        for (const char *p = t + s; (p = find(p, (size_t)(t + e - p), "(")) != NULL; p++)
            o = p;
        for (const char *p = t + s; (p = find(p, (size_t)(t + e - p), "（")) != NULL; p++)
            o = p;
        if (o && o > t + s)
            e = (size_t)(o - t);
        trim(t, &s, &e);
    }
    while (e > s && t[e - 1] >= '0' && t[e - 1] <= '9')   /* "…统计公报 2018" */
        e--;
    trim(t, &s, &e);
    n = e - s;
    if (n == 0 || nchars(t + s, n) > TITLE_MAX_CHARS)
        return false;
    for (size_t k = 0; k < COUNT(title_words) && !best; k++)
        best = find(t + s, n, title_words[k]);
    if (!best)
        return false;
    {
        const char *at = NULL;
        size_t word = 0;
        for (size_t k = 0; k < COUNT(title_words); k++) {   /* the word that ends last, longest */
            size_t wl = strlen(title_words[k]);
            if ((c = find(t + s, n, title_words[k])) != NULL &&
                (!at || c + wl > at + strlen(title_words[word]) ||
                 (c + wl == at + strlen(title_words[word]) && c < at))) {
                at = c;
                word = k;
            }
        }
        if (!at)
            return false;
        best = at + strlen(title_words[word]);
        /* a bare 报告, 讲话 or 公报 names a document only after 的 (…情况的报告,
         * …会议上的讲话); "聆听报告" is a sentence */
        if (strlen(title_words[word]) <= strlen("报告") &&
            (at < t + s + strlen("的") || memcmp(at - strlen("的"), "的", strlen("的")) != 0))
            return false;
    }
    while (best < t + e && (starts(best, (size_t)(t + e - best), "》") ||
                            starts(best, (size_t)(t + e - best), "」")))
        best += strlen("》");
    for (size_t k = 0; k < COUNT(title_tails) && !tail_ok; k++)
        tail_ok = (size_t)(t + e - best) == strlen(title_tails[k]) &&
                  !memcmp(best, title_tails[k], strlen(title_tails[k]));
    if (!tail_ok)
        return false;
    copy(m->title, sizeof m->title, t + s, n);
    /* its year, and the place before the year or before 政府 */
    for (size_t i = s; i < full_e && m->year_from != DOCMETA_TITLE; i++) {
        int y = year_at(t + i, full_e - i, true, &ye);
        if (!y && (i == s || t[i - 1] == ' ' || t[i - 1] == '('))
            y = year_at(t + i, full_e - i, false, &ye);   /* English: "… (2018)" */
        if (y && (i == s || t[i - 1] < '0' || t[i - 1] > '9')) {
            m->year = y;                  /* the title's year wins over a date line's */
            m->month = m->day = 0;
            m->year_from = DOCMETA_TITLE;
        }
    }
    {
        size_t p = s, pl;
        if (starts(t + p, e - p, "关于") || starts(t + p, e - p, "關於"))
            p += strlen("关于");
        if (year_at(t + p, e - p, true, &ye))
            p += ye;
        while (p < e && t[p] == ' ')
            p++;
        if ((pl = place_at(t + p, e - p, true)) > 0) {
            copy(m->place, sizeof m->place, t + p, pl);
            m->place_from = DOCMETA_TITLE;
        }
    }
    return true;
}

/* A date line: a cell that opens (after ——, ( or a space) with
 * YYYY年M月D日 and says little after it; the delivery line also names the
 * place (…日在海淀区第十七届人民代表大会…). */
static void date_cell(const char *t, size_t s, size_t e, docmeta *m)
{
    size_t i, ye;
    int y, mo = 0, d = 0;

    trim(t, &s, &e);
    while (s < e && (starts(t + s, e - s, "——") || starts(t + s, e - s, "—") ||
                     starts(t + s, e - s, "（") || starts(t + s, e - s, "(")))
        s += starts(t + s, e - s, "——") ? strlen("——") : starts(t + s, e - s, "—")
             ? strlen("—") : starts(t + s, e - s, "（") ? strlen("（") : 1;
    if (!(y = year_at(t + s, e - s, true, &ye)))
        return;
    i = s + ye;
    while (i < e && t[i] >= '0' && t[i] <= '9')
        mo = mo * 10 + (t[i++] - '0');
    if (mo < 1 || mo > 12 || !starts(t + i, e - i, "月"))
        return;
    i += strlen("月");
    while (i < e && t[i] >= '0' && t[i] <= '9')
        d = d * 10 + (t[i++] - '0');
    if (d < 1 || d > 31 || !starts(t + i, e - i, "日"))
        return;
    i += strlen("日");
    if (starts(t + i, e - i, "在") && !m->place[0]) {
        size_t p = i + strlen("在"), pl = place_at(t + p, e - p, false);
        if (pl > 0) {
            copy(m->place, sizeof m->place, t + p, pl);
            m->place_from = DOCMETA_DATE_LINE;
        }
    } else if (nchars(t + i, e - i) > DATE_TAIL_CHARS) {
        return;
    }
    if (!m->year) {
        m->year = y;
        m->month = mo;
        m->day = d;
        m->year_from = DOCMETA_DATE_LINE;
    }
}

int report_docmeta_read(const char *bytes, size_t n, const char *encoding, int report_year,
                        docmeta *m)
{
    doctext d;
    size_t head = n < HEAD_BYTES ? n : HEAD_BYTES, v;
    bool titled = false;

    memset(m, 0, sizeof *m);
    if (!bytes)
        return 0;
    /* a head cut inside a UTF-8 character is still UTF-8 */
    v = utf8_validate((const unsigned char *)bytes, head);
    if (v < head && head < n && head - v < 4)
        head = v;
    if (report_doctext_load(&d, bytes, head, encoding) != 0)
        return -1;
    for (size_t ls = 0; ls < d.n;) {
        size_t le = ls;
        while (le < d.n && d.t[le] != '\n' && d.t[le] != '\r')
            le++;
        for (size_t cs = ls; cs <= le;) {     /* table cells: "| 文件名称 | …报告 |" */
            size_t ce = cs;
            while (ce < le && d.t[ce] != '|')
                ce++;
            if (!titled)
                titled = title_cell(d.t, cs, ce, m);
            if (!m->place[0] || !m->year)
                date_cell(d.t, cs, ce, m);
            cs = ce + 1;
        }
        if (titled && m->place[0] && m->year)
            break;
        ls = le + 1;
    }
    report_doctext_free(&d);
    if (report_year > 0) {
        m->year = report_year;
        m->month = m->day = 0;
        m->year_from = DOCMETA_OPTION;
    }
    return 0;
}
