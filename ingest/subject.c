/* subject.c -- the subject of a clause, cleaned: the text before its first
 * keyword or figure, without quotes, spaces, time words and connectives at
 * its start (lead-word), tally verbs there when asked (lead-verb), and
 * adverbs at its end (tail-word); and the tests on a head: is it a usable
 * subject, does it name an action (a tally) rather than a measure.  The
 * words are the lexicon's; the maps of their first and last characters
 * (lexicon.c) let most heads skip the word lists. */
#include "grammar.h"

#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"

/* The length of the word of l that starts s[0..len) and leaves something
 * after it, or 0. */
static size_t lead_word(const char *s, size_t len, const lex_list *l)
{
    for (unsigned k = lex_first(l, s, len); k; k = lex_next(l, k)) {
        const lex_entry *e = &l->v[k - 1];
        if (len > e->n && starts_w(s, len, e) && !ingest_lex_char_in(e->value, s + e->n, len - e->n))
            return e->n;
    }
    return 0;
}

/* May a word whose character at s (the first, or the last) is in map be
 * there?  False only for an ideograph (lead byte E4..E9) outside the map;
 * anything else is left to the word lists. */
static bool may_be_word(const uint64_t *map, const char *s, size_t n)
{
    unsigned char c = (unsigned char)s[0];

    return n < 3 || !is_ideograph_lead(c) || cjk_bit(map, s);
}

/* May a word whose first character is in map start anywhere in d[0..n)?
 * False only when every byte there is an ideograph's lead byte (E4..E9)
 * whose character is outside the map, or a byte that continues a
 * character (no word starts there); anything else is left to the word
 * lists.  One pass over a subject, against three scans of it. */
static bool may_hold_word(const uint64_t *map, const char *d, size_t n)
{
    size_t i = 0;

    while (i + 3 <= n) {
        unsigned lead = (unsigned char)d[i] - 0xE4u;
        unsigned c1 = (unsigned char)d[i + 1] ^ 0x80u, c2 = (unsigned char)d[i + 2] ^ 0x80u;
        if (lead <= 0xE9u - 0xE4u && (c1 | c2) <= 0x3Fu) {
            if (cjk_bit(map, d + i))
                return true;
            i += CJK_BYTES;     /* a whole ideograph outside the map */
        } else if (((unsigned char)d[i] & 0xC0) == 0x80) {
            i++;                /* no word starts inside a character */
        } else {
            return true;
        }
    }
    return i < n;
}

/* Copies t[a..b) into d without spaces and quotes ("“” ‘’ 《》 「」), as
 * the lexicon's quote words say; returns the bytes copied.  *paren is set
 * when t[a..b) may hold a parenthesis ('(' or ')', or a character with
 * lead byte EF, as the full-width ones have), so that a subject without one
 * skips the search for an aside. */
static size_t copy_unquoted(const ingest_maps *m, const char *t, size_t a, size_t b, char *d,
                            bool *paren)
{
    size_t n = 0, i = a, from = a;      /* t[from..i) is kept, not yet copied */
    bool par = false;

    while (i < b) {
        unsigned char c = (unsigned char)t[i];
        size_t k;
        if (is_ideograph_lead(c) && b - i >= 3) {
            i += 3;             /* most of a subject: kept as it is */
            continue;
        }
        k = char_len(c);
        if (i + k > b)
            break;
        par = par || c == '(' || c == ')' || c == 0xEF;
        /* quotes are three-byte punctuation (lead byte E2 or E3); a ? or ？
         * left in a sentence stands for a character OCR lost (增加值?8.95亿元) */
        if (c == ' ' || c == '"' || c == '?'
            || (c == 0xEF && i + 3 <= b && !memcmp(t + i, "\xEF\xBC\x9F", 3))
            || ((c == 0xE2 || c == 0xE3)
                && (ingest_punct(m, cjk_at(t, b, i)) & (PUNCT_OPEN | PUNCT_CLOSE)))) {
            memcpy(d + n, t + from, i - from);
            n += i - from;
            from = i + k;
        }
        i += k;
    }
    memcpy(d + n, t + from, i - from);
    *paren = par;
    return n + (i - from);
}

/* A verb inside a subject, between what it names and the measure reported
 * (第一产业实现增加值, 全省完成生产总值), or after a measure at its end
 * (非税收入完成): where it starts in d[start..n), with its length in *len
 * (0 when there is none).  Two characters at least must come before it, and
 * what follows (or, at the end, what comes before) must end in a measure:
 * 自备井置换完成 keeps its verb, and stays a tally. */
static size_t mid_verb(const ingest_lexicon *lx, const char *d, size_t start, size_t n,
                       size_t *len)
{
    const lex_list *l = &lx->cls[LEX_MID_VERB];
    size_t e = n;

    *len = 0;
    while (n > 0 && d[n - 1] == ')' && e > start && d[e - 1] != '(')
        e--;                    /* 全市完成地区生产总值(GDP): the measure ends before (GDP) */
    e = e > start + 1 && d[e - 1] == '(' ? e - 1 : n;
    for (size_t i = start + 2 * CJK_BYTES; i + 2 * CJK_BYTES <= e; i += char_len((unsigned char)d[i])) {
        size_t k;
        if (!lex_may(l, d + i, n - i) || !(k = ingest_lex_match(l, d + i, n - i, NULL)))
            continue;
        if (ingest_lex_at(lx, LEX_OF_MARK, d + i + k, n - i - k, NULL))
            return 0;           /* 通过公共网络实现的零售额: a clause before 的 tells
                                 * which sales, its verb is part of the name */
        if (i + k == n && ingest_lex_ends(lx, LEX_MEASURE_END, d + start, i - start)) {
            *len = k;           /* 非税收入完成17.5亿元: the verb ends a measure */
            return i;
        }
        if (e - i - k >= 2 * CJK_BYTES && ingest_lex_ends(lx, LEX_MEASURE_END, d + i + k, e - i - k)) {
            *len = k;           /* 重点项目完成投资: 重点项目投资, as 实现增加值 is 增加值 */
            return i;
        }
        return 0;
    }
    return 0;
}

/* The length of the parenthesis at d[i..n) ('(' ')' or full-width), 0 for
 * none; *open tells which side. */
static size_t paren_at(const char *d, size_t i, size_t n, bool *open)
{
    if (d[i] == '(' || d[i] == ')') {
        *open = d[i] == '(';
        return 1;
    }
    if (n - i >= 3 && (unsigned char)d[i] == 0xEF && (unsigned char)d[i + 1] == 0xBC
        && ((unsigned char)d[i + 2] == 0x88 || (unsigned char)d[i + 2] == 0x89)) {
        *open = (unsigned char)d[i + 2] == 0x88;
        return 3;
    }
    return 0;
}

/* Does d[0..n) hold a bound, a figure with a qualifier after it (500万元以上)? */
static bool has_bound(const ingest_lexicon *lx, const char *d, size_t n)
{
    bool digit = false;

    for (size_t i = 0; i < n; i += char_len((unsigned char)d[i])) {
        if (digit && ingest_lex_at(lx, LEX_QUALIFIER_AFTER, d + i, n - i, NULL))
            return true;
        digit = digit || is_digit(d[i]);
    }
    return false;
}

/* Is d[0..n) a figure alone ( 1.7% , +8.93%, 109.49, 1,176,456人次, 3.2万
 * 人次)?  The level or rate of the name before it, written in its brackets
 * (失业率(1.7%)及就业不足率(1.2%)分别下跌…, 甲类(109.49)及乙类(110.63)消费
 * 物价指数, 留宿旅客(1,176,456人次)及不过夜旅客(…)分别增加…): no part of the
 * name.  A unit closes it, after a scale or not. */
static bool figure_alone(const ingest_lexicon *lx, const char *d, size_t n)
{
    size_t digits = 0, i, k;

    for (i = 0; i < n && !(d[i] & 0x80); i++) {
        if (is_digit(d[i]))
            digits++;
        else if (d[i] != '.' && d[i] != '%' && d[i] != '+' && d[i] != '-' && d[i] != ' '
                 && !(d[i] == ',' && digits > 0))
            return false;
    }
    if (digits == 0 || i == n)
        return digits > 0;
    if ((k = ingest_lex_at(lx, LEX_SCALE, d + i, n - i, NULL)) > 0 && k < n - i)
        i += k;
    return ingest_lex_at(lx, LEX_UNIT, d + i, n - i, NULL) == n - i;
}

/* Is there a base word (比, 较) in d[0..n)?  比全省(17.3%)和全国(11.4%): the
 * bracketed figures are the rates compared with, and the text is no name. */
static bool base_before(const ingest_lexicon *lx, const char *d, size_t n)
{
    const lex_entry *k;

    for (size_t i = 0; i < n; i += char_len((unsigned char)d[i]))
        if (ingest_lex_at(lx, LEX_KEYWORD, d + i, n - i, &k) && k->code == K_BASE)
            return true;
    return false;
}

/* A remark in parentheses inside a subject: the closing half of one whose
 * opening was in an earlier clause (a remark longer than the tokenizer's
 * sixteen characters, whose comma broke the clause: the subject starts
 * after it, *start), and a whole one that opens with an
 * aside word ((不含家庭兼营商品性工业)), holds a bound (规模以上工业企业
 * (年主营业务收入500万元以上的企业)增加值: the scope's bound, no part of the
 * name) or a figure alone (失业率(1.7%)): where it starts in *at, its length returned; 0 for none).
 * 地区生产总值(GDP) keeps its gloss. */
static size_t paren_aside(const ingest_lexicon *lx, const char *d, size_t n, size_t *start,
                          size_t *at)
{
    size_t open_at = SIZE_MAX, k;
    bool open;

    *start = 0;
    for (size_t i = 0; i < n; i += k ? k : char_len((unsigned char)d[i])) {
        if (!(k = paren_at(d, i, n, &open)))
            continue;
        if (open) {
            open_at = i;
        } else if (open_at == SIZE_MAX) {
            *start = i + k;     /* the close of an earlier clause's open */
        } else if (ingest_lex_at(lx, LEX_ASIDE, d + open_at + (d[open_at] == '(' ? 1 : 3),
                                 i - open_at - (d[open_at] == '(' ? 1 : 3), NULL)
                   || has_bound(lx, d + open_at, i - open_at)
                   || (figure_alone(lx, d + open_at + (d[open_at] == '(' ? 1 : 3),
                                    i - open_at - (d[open_at] == '(' ? 1 : 3))
                       && !base_before(lx, d, open_at))) {
            *at = open_at;
            return i + k - open_at;
        } else {
            open_at = SIZE_MAX;
        }
    }
    return 0;
}

#define ASIDES 4   /* asides dropped from one subject (a list's items, each with its figure) */

/* Drops the remarks in parentheses paren_aside finds from d[0..*n), each
 * item's of a list too (留宿旅客(1,176,456人次)及不过夜旅客(1,097,594人次)),
 * noting where each was (after those before it were dropped) and its length;
 * returns how many.  *start as paren_aside's. */
static size_t drop_asides(const ingest_lexicon *lx, char *d, size_t *n, size_t *start,
                          size_t *at, size_t *len)
{
    size_t k = 0, from = 0, s;

    while (k < ASIDES && (len[k] = paren_aside(lx, d + from, *n - from, k ? &s : start, &at[k])) > 0) {
        at[k] += from;
        memmove(d + at[k], d + at[k] + len[k], *n - at[k] - len[k]);
        *n -= len[k];
        from = at[k++];
    }
    return k;
}

/* Are d[0..n) words of a gloss: opening with an ideograph that starts no
 * unit or scale (电解铝, 不经季节性调整; not GDP, 万人, 亿元), nor a gap verb
 * (贡献(拉动度): the word that tells a contribution in points, no claim)? */
static bool gloss_words(const ingest_lexicon *lx, const char *d, size_t n)
{
    return n >= CJK_BYTES && is_ideograph_lead((unsigned char)d[0])
           && !ingest_lex_at(lx, LEX_UNIT, d, n, NULL) && !ingest_lex_at(lx, LEX_SCALE, d, n, NULL)
           && !ingest_lex_at(lx, LEX_GAP_VERB, d, n, NULL);
}

/* Where an open bracket that nothing closes stands in d[start..n), with
 * words after it (百货公司货品(零售量: the remark goes on to the figure,
 * 零售量上升9.7%)), two characters at least before it: the name ends
 * there, as before a bracket ending the subject; n when there is none. */
static size_t open_unclosed(const char *d, size_t start, size_t n)
{
    size_t at = n, k;
    bool open;

    for (size_t i = start; i < n; i += k ? k : char_len((unsigned char)d[i]))
        if ((k = paren_at(d, i, n, &open)) > 0)
            at = open ? i : n;
    return at < n && at >= start + 2 * CJK_BYTES ? at : n;
}

/* The end of d[start..n) without a bracket that closes it: an open one
 * whose words are in the next clause (藥物及化妝品(上升8.0%): the figure is
 * inside, the name before it), or a whole one after the name, its gloss
 * (每人GDP(國內生產毛額), 原铝(电解铝), 失業人數(不經季節性調整)): a reader
 * names the measure by the words before it.  Two characters at least stay
 * before it; a bracket inside the name (规模以上工业(不含…)企业) is no end
 * and stays, and so do a Latin gloss (地区生产总值(GDP), the name's own
 * abbreviation) and a unit (户籍人口(万人), a table's label). */
static size_t paren_tail(const ingest_lexicon *lx, const char *d, size_t start, size_t n)
{
    size_t i, k;
    bool open;

    if (n <= start)
        return n;
    k = d[n - 1] == '(' || d[n - 1] == ')' ? 1 : 3;
    if (n - start < k || !paren_at(d, n - k, n, &open))
        return open_unclosed(d, start, n);
    if (open)
        return n - k >= start + 2 * CJK_BYTES ? n - k : n;
    for (i = n - k; i > start; i--) {   /* back to its open (the bytes of a
                                         * bracket never occur inside a character) */
        size_t j = i - 1;
        if (d[j] == '(' || (j >= start + 2 && (unsigned char)d[j - 2] == 0xEF
                            && (unsigned char)d[j - 1] == 0xBC && (unsigned char)d[j] == 0x88)) {
            size_t at = d[j] == '(' ? j : j - 2, in = j + 1;
            return at >= start + 2 * CJK_BYTES && gloss_words(lx, d + in, n - k - in) ? at : n;
        }
        if (d[j] == ')' || (j >= start + 2 && (unsigned char)d[j - 2] == 0xEF
                            && (unsigned char)d[j - 1] == 0xBC && (unsigned char)d[j] == 0x89))
            return n;           /* a nested or second one: left as written */
    }
    return n;
}

/* The length of an item number opening d[0..n) (1), (1), （一）, 1., ①),
 * which no subject starts with; 0 when there is none.  1、 and 一、 end a
 * clause already. */
static size_t item_number(const ingest_lexicon *lx, const char *d, size_t n)
{
    size_t i = 0, k, digits = 0;
    bool open = false;

    if (n >= 3 && (unsigned char)d[0] == 0xE2 && (unsigned char)d[1] == 0x91
        && (unsigned char)d[2] >= 0xA0 && (unsigned char)d[2] <= 0xB3)
        return 3;               /* ① .. ⑳ */
    if (n > 0 && d[0] == '(')
        i = 1, open = true;
    else if (n >= 3 && !memcmp(d, "\xEF\xBC\x88", 3))
        i = 3, open = true;     /* full-width ( */
    for (; i < n && digits < 3; digits++) {
        if (is_digit(d[i]))
            i++;
        else if (ingest_lex_digit(lx, d + i, n - i, &k) >= 0 && open)
            i += k;
        else
            break;
    }
    if (digits == 0 || i >= n)
        return 0;
    if (d[i] == ')' || (d[i] == '.' && !open && i + 1 < n && !is_digit(d[i + 1])))
        return i + 1;
    if (n - i >= 3 && !memcmp(d + i, "\xEF\xBC\x89", 3))
        return i + 3;           /* full-width ) */
    return 0;
}

/* The length of a masked year opening d[0..n): 20XX年, XX年, xx年, ××年
 * (an uploader's mask over the digits, at most two written digits before
 * two to four mask marks X x × *), 0 for none.  It is a year of unknown
 * value: never part of a subject, and it dates nothing (the figures keep
 * the time of their sentence, paragraph or document). */
static size_t masked_year(const ingest_lexicon *lx, const char *d, size_t n)
{
    size_t i = 0, marks = 0, y;

    while (i < n && i < 2 && is_digit(d[i]))
        i++;
    while (i < n && marks < 4) {
        if (d[i] == 'X' || d[i] == 'x' || d[i] == '*')
            i++;
        else if (n - i >= 2 && (unsigned char)d[i] == 0xC3 && (unsigned char)d[i + 1] == 0x97)
            i += 2;             /* U+00D7 × */
        else
            break;
        marks++;
    }
    if (marks < 2 || (y = ingest_lex_at(lx, LEX_YEAR_MARK, d + i, n - i, NULL)) == 0)
        return 0;
    return i + y < n ? i + y : 0;
}

/* The length of a scope phrase opening d[0..n), 来源于广东的 (a scope-from
 * word, a few characters, 的), when a subject is left after it; 0 for none. */
static size_t scope_phrase(const ingest_lexicon *lx, const char *d, size_t n)
{
    size_t w = ingest_lex_at(lx, LEX_SCOPE_FROM, d, n, NULL), k;

    if (w == 0)
        return 0;
    for (size_t i = w; i < n && i <= w + 8 * CJK_BYTES; i += char_len((unsigned char)d[i]))
        if ((k = ingest_lex_at(lx, LEX_OF_MARK, d + i, n - i, NULL)) > 0)
            return n - i - k >= 2 * CJK_BYTES ? i + k : 0;
    return 0;
}

/* The length of a speaker's phrase opening d[0..n), 經濟部統計處昨公布 (a
 * name, then a report verb), when a subject of two characters or more is
 * left after it: who reports, not what is measured; 0 for none. */
static size_t speaker_phrase(const ingest_lexicon *lx, const char *d, size_t n)
{
    size_t k;

    for (size_t i = 2 * CJK_BYTES; i + 2 * CJK_BYTES < n; i += char_len((unsigned char)d[i]))
        if ((k = ingest_lex_at(lx, LEX_REPORT_VERB, d + i, n - i, NULL)) > 0)
            return n - i - k >= 2 * CJK_BYTES ? i + k : 0;
    return 0;
}

/* The lead words are skipped by moving a start offset, and the text moved
 * once at the end; the word lists are searched only when the maps of first
 * and last characters say a word may be there.  The words are looked for in
 * mt, the matching text (traditional forms folded), and the bytes kept are
 * t's: both have the same length and offsets, and the same quotes and
 * spaces, so the two copies line up byte for byte. */
/* *either: the cleaning with verbs the other way gives the same text (no
 * lead verb was stripped, or none could have been: the two runs take the
 * same steps). */
/* A time at s: digits (either script) and a year or month mark (2019年, 二零一九年,
 * 8月), a part of a year (第二季, 上半年) or a year word (今年, 上年).  For a
 * subject-cut row with a value (在, valued time). */
static bool time_next(const ingest_lexicon *lx, const char *s, size_t n)
{
    size_t k = 0, len;
    const lex_entry *e;

    while (k < n && k < 16 && (is_digit(s[k]) || ingest_lex_digit(lx, s + k, n - k, &len) >= 0))
        k += is_digit(s[k]) ? 1 : len;
    if (k > 0)
        return ingest_lex_at(lx, LEX_YEAR_MARK, s + k, n - k, NULL)
               || ingest_lex_at(lx, LEX_MONTH_MARK, s + k, n - k, NULL);
    return ingest_lex_at(lx, LEX_KEYWORD, s, n, &e)
           && (e->code == K_PART || e->code == K_THIS_YEAR || e->code == K_LAST_YEAR
               || e->code == K_PREV_YEAR);
}

/* The most characters a cause holds between 受 and 影响 (新冠肺炎疫情,
 * 国际市场需求疲软): farther, the 影响 is some other word's. */
#define CAUSE_MAX_CHARS 8

/* The length of the aside the cause row e opens before s[0..n) (受疫情影响:
 * the row, the cause, its closing word), 0 when none does: the closing word
 * comes within a few characters, after a cause of one character or more
 * (受影响企业 is a name), with no list word between (受灾面积及受影响人口:
 * the 影响 is the next item's) and no cause-not-next word before or after it
 * (受理环境影响评价, 受疫情影响较大的住宿业: the cause is the name's part). */
static size_t cause_aside(const ingest_lexicon *lx, const lex_entry *e, const char *s, size_t n)
{
    size_t j = 0;

    for (int c = 0; c <= CAUSE_MAX_CHARS && j + e->vn <= n; c++, j += char_len((unsigned char)s[j])) {
        if (!memcmp(s + j, e->value, e->vn)) {
            bool bound = ingest_lex_at(lx, LEX_CAUSE_NOT_NEXT, s + j + e->vn, n - j - e->vn, NULL);
            return j > 0 && !bound ? e->n + j + e->vn : 0;
        }
        if (ingest_lex_at(lx, LEX_LIST_SEP, s + j, n - j, NULL)
            || ingest_lex_at(lx, LEX_CAUSE_NOT_NEXT, s + j, n - j, NULL))
            return 0;
    }
    return 0;
}

/* How the subject-cut row e cuts the subject before s[0..n), the text after
 * it: SIZE_MAX when it cuts to the subject's end, the length of the aside it
 * opens (the row and s up to the end of its closing word) when that goes
 * alone, 0 when it does not cut.  A plain row cuts to the end, and a row
 * valued time before a time (在2019年), when a name of two characters stands
 * before it (named); a row valued name is a word (受理, 受灾) and never cuts.
 * Any other value is the word that closes the aside (受…影响: a cause, never
 * a name), which goes alone when its word follows (cause_aside); when none
 * does, a keyword inside the aside may have ended the subject (受到基期与季节
 * 性因素影响: 与), and a row of two characters or more (受到, not the 受 of
 * 受灾面积) cuts to the end, even where it opens the subject, which is then
 * no name, unless a cause-not-next word follows (受到资助的企业数目: a name). */
static size_t cut_here(const ingest_lexicon *lx, const lex_entry *e, const char *s, size_t n,
                       bool named)
{
    size_t k;

    if (e->vn == 0 || (e->vn == 4 && !memcmp(e->value, "time", 4)))
        return named && (e->vn == 0 || time_next(lx, s, n)) ? SIZE_MAX : 0;
    if (e->vn == 4 && !memcmp(e->value, "name", 4))
        return 0;
    if ((k = cause_aside(lx, e, s, n)) > 0)
        return k;
    return e->n >= 2 * CJK_BYTES && !ingest_lex_in(lx, LEX_CAUSE_NOT_NEXT, s, n) ? SIZE_MAX : 0;
}

/* Strips the tail words from the end of d[start..*n): tried in table
 * order, each on what the previous left.  Only a word ending in the byte
 * the text ends in can match, and the index by last byte (tail_head,
 * tail_next) gives those in table order, so the rest are never looked at.
 * True when one was stripped. */
static bool strip_tail(const ingest_maps *m, const lex_list *tail, const char *d, size_t start,
                       size_t *n)
{
    size_t from = 0;    /* the words before it are tried already */
    bool stripped = false;

    while (*n > start) {
        unsigned k = m->tail_head[(unsigned char)d[*n - 1] & 63u];
        while (k && k - 1 < from)
            k = m->tail_next[k - 1];
        if (k == 0)
            break;
        from = k;
        if (ends_w(d + start, *n - start, &tail->v[k - 1])) {
            *n -= tail->v[k - 1].n;
            stripped = true;
        }
    }
    return stripped;
}

static void clean_both(const ingest_maps *m, const char *t, const char *mt, size_t a, size_t b,
                       buf *out, bool verbs, bool *either)
{
    const lex_list *lead = &m->lx->cls[LEX_LEAD_WORD], *lverbs = &m->lx->cls[LEX_LEAD_VERB];
    const lex_list *tail = &m->lx->cls[LEX_TAIL_WORD];
    bool again = true, paren, inner;
    size_t start = 0, n, cut, cut_len, cause_at = 0, cause_len = 0;
    size_t aside_at[ASIDES], aside_len[ASIDES], asides = 0;
    char *d;

    *either = false;
    buf_reset(out);
    if (b <= a || buf_reserve(out, b - a) != 0)
        return;             /* an empty range (b may come before a) */
    *either = true;
    d = out->data;
    n = copy_unquoted(m, mt, a, b, d, &paren);
    if (paren)
        asides = drop_asides(m->lx, d, &n, &start, aside_at, aside_len);
    if (start == 0)
        start = item_number(m->lx, d, n);
    start += masked_year(m->lx, d + start, n - start);
    start += scope_phrase(m->lx, d + start, n - start);
    /* the scans for a report verb, a cut and a mid verb below look at no
     * place before start or past n: with no first character of theirs
     * there, none of them can find a word */
    inner = may_hold_word(m->inner_first, d + start, n - start);
    if (inner)
        start += speaker_phrase(m->lx, d + start, n - start);
    if (paren)
        n = paren_tail(m->lx, d, start, n);
    while (again && n > start) {
        size_t w = 0;
        if (may_be_word(m->lead_first, d + start, n - start)) {
            w = lead_word(d + start, n - start, lead);
            if (w == 0 && (verbs || *either)) {
                /* without verbs, asked only to know whether they would
                 * have changed anything */
                size_t v = lead_word(d + start, n - start, lverbs);
                *either = *either && v == 0;
                w = verbs ? v : 0;
            }
        }
        start += w;
        again = w > 0;
        /* the last character decides whether any tail word can match */
        if (n - start >= 3 && !may_be_word(m->tail_last, d + n - 3, 3))
            continue;
        if (strip_tail(m, tail, d, start, &n))
            again = true;
    }
    /* 生产总值剔除…因素: an aside after the measure, to the subject's end; 在 and a
     * time too (本地生产总值在2019年第二季); a cause from the subject's start
     * (受到基期因素影响: no name at all, the subject is carried), or closed by
     * its word (受疫情影响: the name goes on after it) */
    for (size_t i = start; inner && i < n; i += char_len((unsigned char)d[i])) {
        const lex_entry *e;
        size_t k;
        if (!ingest_lex_at(m->lx, LEX_SUBJECT_CUT, d + i, n - i, &e)
            || !(k = cut_here(m->lx, e, d + i + e->n, n - i - e->n, i >= start + 2 * CJK_BYTES)))
            continue;
        if (k == SIZE_MAX) {
            n = i;
        } else {
            memmove(d + i, d + i + k, n - i - k);
            n -= k;
            cause_at = i, cause_len = k;
        }
        break;
    }
    cut = inner ? mid_verb(m->lx, d, start, n, &cut_len) : (cut_len = 0);
    if (mt != t && memcmp(mt + a, t + a, b - a) != 0) {
        size_t n0 = copy_unquoted(m, t, a, b, d, &paren);   /* a traditional form was folded */
        for (size_t i = 0; i < asides; n0 -= aside_len[i], i++)
            memmove(d + aside_at[i], d + aside_at[i] + aside_len[i], n0 - aside_at[i] - aside_len[i]);
        if (cause_len > 0)
            memmove(d + cause_at, d + cause_at + cause_len, n + cause_len - cause_at - cause_len);
    }
    if (cut_len > 0) {
        memmove(d + cut, d + cut + cut_len, n - cut - cut_len);
        n -= cut_len;
    }
    if (start > 0)
        memmove(d, d + start, n - start);
    out->len = n - start;
    d[out->len] = '\0';
}

/* ---- the memo (grammar.h) ---- */

void ingest_clean_memo_start(ingest_maps *m, const char *text, const char *match)
{
    ingest_clean_memo *mm = m->memo;

    if (!mm && !(mm = m->memo = calloc(1, sizeof *mm)))
        return;
    mm->text = text;
    mm->match = match;
    mm->n = mm->next = 0;
}

void ingest_clean_memo_end(ingest_maps *m)
{
    if (m->memo)
        m->memo->text = m->memo->match = NULL;
}

void ingest_clean_memo_free(ingest_maps *m)
{
    if (!m->memo)
        return;
    for (size_t i = 0; i < INGEST_CLEAN_MEMO; i++)
        buf_free(&m->memo->e[i].out);
    free(m->memo);
    m->memo = NULL;
}

/* Is p one of the texts of the sentence the memo is for? */
static bool memo_text(const ingest_clean_memo *mm, const char *p)
{
    return p == mm->text || p == mm->match;
}

void ingest_clean_both(const ingest_maps *m, const char *t, const char *mt, size_t a, size_t b,
                       buf *out, bool verbs)
{
    ingest_clean_memo *mm = m->memo;
    size_t k;
    bool either;

    if (!mm || !mm->text || b <= a || !memo_text(mm, t) || !memo_text(mm, mt)) {
        clean_both(m, t, mt, a, b, out, verbs, &either);
        return;
    }
    for (size_t i = 0; i < mm->n; i++) {
        if (mm->e[i].a != a || mm->e[i].b != b || mm->e[i].t != t || mm->e[i].mt != mt
            || (mm->e[i].verbs != verbs && !mm->e[i].either))
            continue;
        /* as clean_both leaves out: room for the range, the text, a NUL */
        buf_reset(out);
        if (buf_reserve(out, b - a) != 0)
            return;
        memcpy(out->data, mm->e[i].out.data, mm->e[i].out.len + 1);
        out->len = mm->e[i].out.len;
        return;
    }
    clean_both(m, t, mt, a, b, out, verbs, &either);
    if (out->failed || !out->data)
        return;
    k = mm->next;
    buf_reset(&mm->e[k].out);
    if (buf_reserve(&mm->e[k].out, out->len) != 0) {
        mm->e[k].out.failed = false;
        return;             /* not kept: a later cleaning works afresh */
    }
    memcpy(mm->e[k].out.data, out->data, out->len + 1);
    mm->e[k].out.len = out->len;
    mm->e[k].t = t;
    mm->e[k].mt = mt;
    mm->e[k].a = a;
    mm->e[k].b = b;
    mm->e[k].verbs = verbs;
    mm->e[k].either = either;
    mm->next = (k + 1) % INGEST_CLEAN_MEMO;
    if (mm->n < INGEST_CLEAN_MEMO)
        mm->n++;
}

void ingest_clean_text(const ingest_maps *m, const char *t, size_t a, size_t b, buf *out,
                       bool verbs)
{
    ingest_clean_both(m, t, t, a, b, out, verbs);
}

/* s[0..n) with traditional forms folded into out (cap bytes, n < cap): the
 * same length and offsets, as both forms take three bytes.  The subject is
 * display text (貢獻率), the lexicon's words simplified. */
bool ingest_zh_fold_copy(const ingest_maps *m, const char *s, size_t n, char *out, size_t cap)
{
    if (n >= cap)
        return false;
    for (size_t a = 0; a < n;) {
        uint32_t cp;
        int k = utf8_decode((const unsigned char *)s + a, n - a, &cp);
        if (k <= 0)
            return false;
        if (k != CJK_BYTES || utf8_encode(ingest_fold(m, cp), (unsigned char *)out + a) != k)
            memcpy(out + a, s + a, (size_t)k);
        a += (size_t)k;
    }
    out[n] = '\0';
    return true;
}

/* A verb alone is not a subject: in "由410家增至820家，实现翻一番" the
 * second clause has none of its own and inherits 国家高新技术企业. */
bool ingest_good_subject(const ingest_maps *m, const buf *s)
{
    size_t chars = 0;

    if (!s->data || s->len == 0)
        return false;
    /* The subject is in display form, so a traditional 實現 is not the
       lexicon's 实现; folding every subject to look for it cost 6 instructions
       a byte of Chinese (session 26) for two claims in 713 texts. */
    if (ingest_lex_is(m->lx, LEX_BARE_VERB, s->data, s->len)
        || ingest_lex_is(m->lx, LEX_LEAD_WORD, s->data, s->len)
        || ingest_lex_ends(m->lx, LEX_REPORT_VERB, s->data, s->len))
        return false;   /* 然而 alone; 纲要提出, 报告指出: who speaks, not what */
    /* valid UTF-8: one step a character; only one-byte characters can be digits */
    for (size_t i = 0; i < s->len; i += char_len((unsigned char)s->data[i])) {
        if (is_digit(s->data[i]))
            return false;
        chars++;
    }
    /* 纱增长16.2%: a product named by one character (measure-head) */
    return chars >= 2 || (chars == 1 && ingest_lex_is(m->lx, LEX_MEASURE_HEAD, s->data, s->len));
}

/* A tally's head starts with an action verb (新增, 改造绿化面积), or holds one
 * and does not end in a measure (保障性住房开工建设); 家庭医生签约率 and
 * 业委会组建率 are measures.  The verbs are looked for only where the map
 * of their first characters says one may start. */
bool ingest_is_action(const ingest_maps *m, const char *s, size_t n)
{
    const lex_list *verbs = &m->lx->cls[LEX_ACTION_VERB];
    bool verb = false;

    for (size_t i = 0; i < n && !verb; i += char_len((unsigned char)s[i])) {
        unsigned char c = (unsigned char)s[i];
        if (!is_ideograph_lead(c) || n - i < 3 || !cjk_bit(m->verb_first, s + i))
            continue;
        for (unsigned k = lex_first(verbs, s + i, n - i); k && !verb; k = lex_next(verbs, k))
            verb = starts_w(s + i, n - i, &verbs->v[k - 1]);
        if (verb && i == 0)
            return true;
    }
    return verb && ingest_lex_ends(m->lx, LEX_MEASURE_END, s, n) == 0;
}
