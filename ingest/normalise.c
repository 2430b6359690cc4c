/* normalise.c -- what a reader skips in a sentence, cut before the grammar
 * reads it.
 *
 * Pages converted by machine, mirrored by forums or typeset with spaced
 * digits carry text that is not the report's: a pinyin gloss after a
 * character (生產(chǎn)總值, 萬(wàn)億元), digits spaced one by one (1 9 9 7 年,
 * 7 4 7 7 2億元), the source markers of a compiled page ([2][5]) and random
 * junk strings a mirror inserts to defeat copying (LsMq&a-j2).  Left in, they split keywords and units, put digits into
 * subjects and break numbers.  This file finds them in a finished sentence
 * and cuts them out of its display and matching text alike; the offset map
 * is split at every cut and shifted, so that each byte left still maps to
 * the original byte it came from and every claim's line, column and byte
 * point into the input as it is.  Nothing is cut that a reader would read:
 * a gloss needs a tone mark (so (GDP) and (区) stay), a spaced number needs
 * single digits on both sides of each space, a junk string needs a symbol
 * no word uses, a letter, and a digit or mixed case.  OCR leftovers inside
 * numbers (4O.5, l2.3, 1‘3) are mended in place rather than cut. */
#include "normalise.h"

#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"

#define MAX_CUTS 64          /* cuts applied per round; a sentence with more takes more rounds */
#define GLOSS_MAX_BYTES 32   /* a gloss longer than this is not one syllable's pinyin */
#define JUNK_MIN_CHARS 5     /* shorter ASCII runs are words or codes (R&D, C++) */

typedef struct cut { size_t a, b; } cut;

/* What the passes act on, by byte: a digit, a letter OCR writes for one,
 * the first byte of a quote or dot that may stand for a point (E2 only in
 * ‘ ’, of which the curly double quotes share the first two bytes), a point
 * inside a number, a junk symbol (see is_junk_symbol). */
enum { OCR_DIGIT = 1, OCR_LETTER = 2, OCR_POINT = 4, OCR_E2 = 8, OCR_DOT = 16, JUNK_SYMBOL = 32 };

static const unsigned char byte_class[256] = {
    ['0'] = OCR_DIGIT, ['1'] = OCR_DIGIT, ['2'] = OCR_DIGIT, ['3'] = OCR_DIGIT,
    ['4'] = OCR_DIGIT, ['5'] = OCR_DIGIT, ['6'] = OCR_DIGIT, ['7'] = OCR_DIGIT,
    ['8'] = OCR_DIGIT, ['9'] = OCR_DIGIT,
    ['O'] = OCR_LETTER, ['o'] = OCR_LETTER, ['l'] = OCR_LETTER, ['I'] = OCR_LETTER,
    ['\''] = OCR_POINT, ['`'] = OCR_POINT | JUNK_SYMBOL, [0xC2] = OCR_POINT, [0xE2] = OCR_E2,
    ['.'] = OCR_DOT,
    ['&'] = JUNK_SYMBOL, ['<'] = JUNK_SYMBOL, ['>'] = JUNK_SYMBOL, ['+'] = JUNK_SYMBOL,
    ['^'] = JUNK_SYMBOL, ['|'] = JUNK_SYMBOL, ['\\'] = JUNK_SYMBOL, ['{'] = JUNK_SYMBOL,
    ['}'] = JUNK_SYMBOL, ['$'] = JUNK_SYMBOL, ['#'] = JUNK_SYMBOL, ['@'] = JUNK_SYMBOL,
    ['*'] = JUNK_SYMBOL, ['='] = JUNK_SYMBOL, ['~'] = JUNK_SYMBOL,
};

static bool is_ideograph(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

/* A vowel with a pinyin tone mark (or ü, ń, ň, ǹ). */
static bool is_toned(uint32_t cp)
{
    switch (cp) {
    case 0x0101: case 0x00E1: case 0x01CE: case 0x00E0:   /* a */
    case 0x0113: case 0x00E9: case 0x011B: case 0x00E8:   /* e */
    case 0x012B: case 0x00ED: case 0x01D0: case 0x00EC:   /* i */
    case 0x014D: case 0x00F3: case 0x01D2: case 0x00F2:   /* o */
    case 0x016B: case 0x00FA: case 0x01D4: case 0x00F9:   /* u */
    case 0x01D6: case 0x01D8: case 0x01DA: case 0x01DC: case 0x00FC:  /* ü */
    case 0x0144: case 0x0148: case 0x01F9:                /* n */
        return true;
    default:
        return false;
    }
}

/* The code point ending right before s[i] (i > 0), or 0. */
static uint32_t cp_before(const char *s, size_t i)
{
    size_t k = i;
    uint32_t cp;

    while (k > 0 && i - k < 4) {
        k--;
        if (((unsigned char)s[k] & 0xC0) != 0x80)
            break;
    }
    if (utf8_decode((const unsigned char *)s + k, i - k, &cp) != (int)(i - k))
        return 0;
    return cp;
}

/* Is s[0..n) one pinyin syllable written without its tone mark (ju, men,
 * zhuang, lü as lv)?  An initial, then a final of the table. */
static bool toneless_syllable(const char *s, size_t n)
{
    static const char *const finals[] = {
        "a", "ai", "an", "ang", "ao", "e", "ei", "en", "eng", "er", "i", "ia", "ian",
        "iang", "iao", "ie", "in", "ing", "iong", "iu", "o", "ong", "ou", "u", "ua",
        "uai", "uan", "uang", "ue", "ui", "un", "uo", "v", "ve", NULL
    };
    size_t k = 0;

    if (n >= 2 && (s[0] == 'z' || s[0] == 'c' || s[0] == 's') && s[1] == 'h')
        k = 2;
    else if (n >= 1 && strchr("bpmfdtnlgkhjqxrzcsyw", s[0]))
        k = 1;
    for (size_t f = 0; finals[f]; f++)
        if (strlen(finals[f]) == n - k && memcmp(finals[f], s + k, n - k) == 0)
            return true;
    return false;
}

/* Length of a pinyin gloss "(…)" or "（…）" at s[i] after an ideograph or
 * another gloss (澳(ao)(ao)門, a converter's doubled glosses), or 0;
 * *toneless tells a gloss of one syllable without tone marks ((ju), (men)),
 * which the caller cuts only where a sentence has more than one. */
static size_t gloss_at(const char *s, size_t len, size_t i, bool after_gloss, bool *toneless)
{
    size_t j, open = 0, close = 0;
    bool toned = false, plain = true;

    *toneless = false;
    if (s[i] == '(')
        open = 1;
    else if (len - i >= 3 && s[i] == '\xEF' && s[i + 1] == '\xBC' && s[i + 2] == '\x88')
        open = 3;
    if (!open || i == 0 || !(after_gloss || is_ideograph(cp_before(s, i))))
        return 0;
    for (j = i + open; j < len && j - i <= GLOSS_MAX_BYTES;) {
        unsigned char c = (unsigned char)s[j];
        uint32_t cp;
        int n;
        if (c == ')')
            close = 1;
        else if (len - j >= 3 && s[j] == '\xEF' && s[j + 1] == '\xBC' && s[j + 2] == '\x89')
            close = 3;
        if (close) {
            if (j == i + open)
                return 0;
            *toneless = !toned && plain && toneless_syllable(s + i + open, j - i - open);
            return toned || *toneless ? j + close - i : 0;
        }
        if ((c >= 'a' && c <= 'z') || c == ' ') {
            plain = plain && c != ' ';
            j++;
            continue;
        }
        n = utf8_decode((const unsigned char *)s + j, len - j, &cp);
        if (n <= 0 || !is_toned(cp))
            return 0;
        toned = true;
        j += (size_t)n;
    }
    return 0;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* A space between two single digits: "1 9 9 7", "1 1 %" -- one digit
 * before it (not preceded by another digit) and one after it (not followed
 * by another digit, unless a further spaced digit continues the chain). */
static bool spaced_digit_at(const char *s, size_t len, size_t i)
{
    if (s[i] != ' ' || i == 0 || i + 1 >= len || !is_digit(s[i - 1]) || !is_digit(s[i + 1]))
        return false;
    if (i >= 2 && is_digit(s[i - 2]))
        return false;
    return i + 2 >= len || !is_digit(s[i + 2]);
}

/* A junk symbol: printed by no word a report writes in Latin letters. */
static bool is_junk_symbol(char c)
{
    return byte_class[(unsigned char)c] & JUNK_SYMBOL;
}

/* A character of a junk string: a letter, a digit, a junk symbol, - or _. */
static bool is_junk_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '-' || c == '_'
        || is_junk_symbol(c);
}

/* Length of a junk string starting at s[i] (a maximal run of junk
 * characters), or 0. */
static size_t junk_at(const char *s, size_t len, size_t i)
{
    size_t j;
    bool sym = false, upper = false, lower = false, digit = false;

    if (i > 0 && is_junk_char(s[i - 1]))
        return 0;
    for (j = i; j < len && is_junk_char(s[j]); j++) {
        char c = s[j];
        sym = sym || is_junk_symbol(c);
        upper = upper || (c >= 'A' && c <= 'Z');
        lower = lower || (c >= 'a' && c <= 'z');
        digit = digit || is_digit(c);
    }
    if (j - i < JUNK_MIN_CHARS || !sym || !(upper || lower) || !(digit || (upper && lower)))
        return 0;
    {
        /* a currency before its amount (US$48, HK$3, NZ$120) is read */
        size_t k = i;
        while (k < j && k < i + 3 && ((s[k] >= 'A' && s[k] <= 'Z') || (s[k] >= 'a' && s[k] <= 'z')))
            k++;
        if (k > i && k < j && s[k] == '$') {
            size_t m = k + 1;
            while (m < j && is_digit(s[m]))
                m++;
            if (m == j && m > k + 1)
                return 0;
        }
    }
    return j - i;
}

/* ---- OCR leftovers inside numbers ----
 * A scanned page read by OCR writes the letter O for the digit 0 and l or I
 * for 1 (4O.5亿元, 增长l2.3%), and a quote mark or a middle dot for a blurred
 * decimal point (下降1‘3%).  A reader reads the number; so does the grammar
 * once these are mended in place (the letters are one byte like the digits;
 * a quote keeps its first byte as the point and the rest is cut).  Mended
 * only inside a run of digits that no letter touches, so that CO2, O2O, H1N1
 * and English words are left as they are. */

static bool is_letter_ascii(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The digit an OCR letter stands for, or 0. */
static char ocr_digit(char c)
{
    return c == 'O' || c == 'o' ? '0' : c == 'l' || c == 'I' ? '1' : 0;
}

/* The length of a quote or dot standing for a decimal point at s[i]: ' ` ‘
 * ’ ·; 0 for anything else. */
static size_t ocr_point_at(const char *s, size_t len, size_t i)
{
    if (s[i] == '\'' || s[i] == '`')
        return 1;
    /* byte tests, not memcmp: this runs at every byte of a sentence */
    if (len - i >= 3 && s[i] == '\xE2' && s[i + 1] == '\x80'
        && (s[i + 2] == '\x98' || s[i + 2] == '\x99'))
        return 3;
    if (len - i >= 2 && s[i] == '\xC2' && s[i + 1] == '\xB7')
        return 2;
    return 0;
}

/* Mends the run of digits and OCR letters s[a..b) in both texts when it
 * reads as one number: a letter among digits, no letter or hyphen around it,
 * at most one point, no leading zero (O2O stays). */
static void mend_run(char *s, char *m, size_t len, size_t a, size_t b)
{
    size_t digits = 0, letters = 0, dots = 0;

    if ((a > 0 && (is_letter_ascii(s[a - 1]) || s[a - 1] == '-' || s[a - 1] == '_'))
        || (b < len && (is_letter_ascii(s[b]) || s[b] == '-' || s[b] == '_')))
        return;
    for (size_t i = a; i < b; i++) {
        digits += is_digit(s[i]);
        letters += ocr_digit(s[i]) != 0;
        dots += s[i] == '.';
    }
    if (!digits || !letters || dots > 1 || s[a] == '.' || s[b - 1] == '.')
        return;
    if ((s[a] == '0' || ocr_digit(s[a]) == '0') && b - a > 1 && s[a + 1] != '.')
        return;
    for (size_t i = a; i < b; i++)
        if (ocr_digit(s[i]))
            s[i] = m[i] = ocr_digit(s[i]);
}

/* Is s[i] a digit or a letter OCR writes for one? */
static bool digit_like(char c)
{
    return is_digit(c) || ocr_digit(c);
}

/* Mends the points of d's numbers (1‘3 to 1.3, l‘4 to l.4): the first byte
 * becomes the point, the rest of a longer mark is returned as cuts (at most
 * MAX_CUTS). */
static size_t ocr_points(ingest_draft *d, cut *cuts)
{
    char *s = d->text->data, *m = d->match->data;
    size_t len = d->text->len, n = 0;

    for (size_t i = 1; i < len && n < MAX_CUTS; i++) {
        size_t k = ocr_point_at(s, len, i);
        /* between two digits (one may be an OCR letter), no point around */
        if (k == 0 || i + k >= len || !digit_like(s[i - 1]) || !digit_like(s[i + k])
            || !(is_digit(s[i - 1]) || is_digit(s[i + k]))
            || (i > 1 && s[i - 2] == '.') || (i + k + 1 < len && s[i + k + 1] == '.'))
            continue;
        s[i] = m[i] = '.';
        if (k > 1) {
            cuts[n].a = i + 1;
            cuts[n].b = i + k;
            n++;
        }
        i += k - 1;
    }
    return n;
}

/* Mends the OCR letters of d's numbers in place: each run of digits, OCR
 * letters and points that holds a digit and a letter (no other can be
 * mended: most runs of an English text are an o or an l of a word). */
static void ocr_letters(ingest_draft *d)
{
    char *s = d->text->data, *m = d->match->data;
    size_t len = d->text->len;
    const unsigned run = OCR_DIGIT | OCR_LETTER | OCR_DOT;

    for (size_t i = 0; i < len;) {
        size_t j;
        unsigned f = 0, c;
        while (i < len && !(byte_class[(unsigned char)s[i]] & run))
            i++;
        for (j = i; j < len && (c = byte_class[(unsigned char)s[j]] & run); j++)
            f |= c;
        if ((f & (OCR_DIGIT | OCR_LETTER)) == (OCR_DIGIT | OCR_LETTER))
            mend_run(s, m, len, i, j);
        i = j;
    }
}

/* ---- citation markers ----
 * A page compiled from sources marks each statement with the numbers of its
 * sources in square brackets, after the figure it backs (超35万亿元 [2][5],
 * 达到2.68% [11]).  A reader skips them; left in, a marker's digits stand
 * next to a figure or a unit.  A marker is [, one to three digits (a year
 * is no source number), more after a comma or a dash, ].  A run of markers
 * is cut; where a statement follows it with no punctuation (超35万亿元 [2][5]
 * 2024年GDP…), the marker was its end, and its first byte is kept as a
 * comma.  Where a figure other than a year follows it, the marker is a
 * footnote on the name before it (地区生产总值[2]4263.9亿元), which reads on
 * to its figure: cut with no comma. */
#define CITE_DIGITS_MAX 3

/* Length of a citation marker at s[i] ('['), or 0. */
static size_t cite_at(const char *s, size_t len, size_t i)
{
    size_t j = i + 1, run = 0;

    for (; j < len; j++) {
        if (is_digit(s[j])) {
            if (++run > CITE_DIGITS_MAX)
                return 0;
        } else if ((s[j] == ',' || s[j] == '-') && run > 0) {
            run = 0;
        } else {
            break;
        }
    }
    return j < len && s[j] == ']' && run > 0 ? j + 1 - i : 0;
}

/* Does a figure other than a year start at s[j] (4263.9亿元), after a name
 * that ends at s[i] ('[') in an ideograph?  Not a time or a span
 * ([1]12月份, [2]2023-2024年, 2至3个), whose number opens the next statement. */
static bool names_figure_after(const char *s, size_t len, size_t i, size_t j)
{
    static const char *const time_next[] = { "年", "月", "季", "日", "号", "至", "个", "-", "—" };
    size_t k = j;

    if (i < 3 || (unsigned char)s[i - 3] < 0xE4 || (unsigned char)s[i - 3] > 0xE9)
        return false;
    while (k < len && (is_digit(s[k]) || s[k] == '.'))
        k++;
    if (k == j)
        return false;
    for (size_t w = 0; w < sizeof time_next / sizeof *time_next; w++) {
        size_t n = strlen(time_next[w]);

        if (len - k >= n && !memcmp(s + k, time_next[w], n))
            return false;
    }
    return true;
}

/* Does a statement go on at s[i] (not punctuation, not the end)? */
static bool goes_on(const char *s, size_t len, size_t i)
{
    unsigned char c = i < len ? (unsigned char)s[i] : 0;

    if (c == 0 || c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == ' ')
        return false;
    /* 。、 (E3 80 8x) and the full-width forms ；：）(EF BC xx) */
    return !(len - i >= 3 && ((c == 0xE3 && (unsigned char)s[i + 1] == 0x80
                               && ((unsigned char)s[i + 2] & 0xF0) == 0x80)
                              || (c == 0xEF && (unsigned char)s[i + 1] == 0xBC)));
}

/* A news page opens its text with the name of its source or section in
 * brackets ([国家统计局]2019年7月份居民消费价格…, 【本报讯】今年上半年…,
 * 【概况】2016年…).  A reader skips the tag; left in, it starts the subject,
 * and a time right after it is no longer the clause's opening time.  A tag
 * is [, 【 or 〔, one to TAG_MAX_CHARS characters without a digit (a digit
 * makes it a source marker or a figure), and its closing bracket, before the
 * statement goes on.  At the sentence's start it is cut; after other text
 * (a page's junk header run into the headline, a headline run into its
 * text) it is kept as a comma, the statement starts there: 【…】 always, as
 * no name holds it, […] only before a figure or a year
 * (…成人[國家統計局]2019年7月份…), as a name may (指数[CPI]上涨). */
#define TAG_MAX_CHARS 12

/* Bytes of the opening bracket of a tag at s[i], or 0. */
static size_t tag_open(const char *s, size_t len, size_t i)
{
    if (s[i] == '[')
        return 1;
    return len - i >= 3 && (unsigned char)s[i] == 0xE3 && (unsigned char)s[i + 1] == 0x80
        && ((unsigned char)s[i + 2] == 0x90 || (unsigned char)s[i + 2] == 0x94) ? 3 : 0;
}

/* Bytes of the closing bracket at s[j] that matches the opening one at
 * s[i] of length ow, or 0. */
static size_t tag_close(const char *s, size_t len, size_t i, size_t j, size_t ow)
{
    if (ow == 1)
        return s[j] == ']' ? 1 : 0;
    /* 【 E3 80 90 closes with 】 E3 80 91, 〔 E3 80 94 with 〕 E3 80 95 */
    return len - j >= 3 && (unsigned char)s[j] == 0xE3 && (unsigned char)s[j + 1] == 0x80
        && (unsigned char)s[j + 2] == (unsigned char)s[i + 2] + 1 ? 3 : 0;
}

/* Bytes of the UTF-8 character at s[i] (1 for a stray byte). */
static size_t char_bytes(const char *s, size_t len, size_t i)
{
    uint32_t cp;
    int k = utf8_decode((const unsigned char *)s + i, len - i, &cp);

    return k > 0 ? (size_t)k : 1;
}

/* End of the source tag at s[i] (past the spaces after it), or 0. */
static size_t source_tag(const char *s, size_t len, size_t i)
{
    size_t ow = tag_open(s, len, i), j, chars = 0, w;

    if (!ow)
        return 0;
    for (j = i + ow; j < len && chars <= TAG_MAX_CHARS; j += char_bytes(s, len, j), chars++) {
        if ((w = tag_close(s, len, i, j, ow)) > 0) {
            size_t k = j + w;
            while (k < len && s[k] == ' ')
                k++;
            if (chars == 0 || !goes_on(s, len, k) || (i > 0 && ow == 1 && !is_digit(s[k])))
                return 0;
            return k;
        }
        if (is_digit(s[j]) || tag_open(s, len, j) || s[j] == ']' || !goes_on(s, len, j))
            return 0;
    }
    return 0;
}

/* Does s hold an opening bracket of a tag?  A quick test before the byte
 * by byte search: most sentences have none. */
static bool has_tag_open(const char *s, size_t len)
{
    const char *p = s, *end = s + len;

    if (memchr(s, '[', len))
        return true;
    while ((p = memchr(p, 0xE3, (size_t)(end - p))) != NULL) {
        if (tag_open(s, len, (size_t)(p - s)))
            return true;
        p++;
    }
    return false;
}

/* Finds d's source tags and returns them as cuts (at most MAX_CUTS), a
 * comma kept for one after other text. */
static size_t tag_cuts(ingest_draft *d, cut *cuts)
{
    char *s = d->text->data, *m = d->match->data;
    size_t len = d->text->len, n = 0, e;

    if (!has_tag_open(s, len))
        return 0;
    for (size_t i = 0; i < len && n < MAX_CUTS; i++) {
        if (!(e = source_tag(s, len, i)))
            continue;
        if (i > 0 && goes_on(s, len, i - 1 - (s[i - 1] == ' ')))
            s[i] = m[i] = ',', i++;
        if (e > i) {
            cuts[n].a = i;
            cuts[n].b = e;
            n++;
        }
        i = e - 1;
    }
    return n;
}

/* Finds d's runs of source markers and returns them as cuts (at most
 * MAX_CUTS), keeping a comma where a statement follows. */
static size_t cite_cuts(ingest_draft *d, cut *cuts)
{
    char *s = d->text->data, *m = d->match->data;
    size_t len = d->text->len, n = 0;

    for (size_t i = 0; i < len && n < MAX_CUTS; i++) {
        size_t j = i, k;
        if (s[i] != '[')
            continue;
        while (j < len && s[j] == '[' && (k = cite_at(s, len, j)) > 0)
            j += k;
        if (j == i)
            continue;
        if (i > 0 && goes_on(s, len, j) && goes_on(s, len, i - 1 - (s[i - 1] == ' '))
            && !names_figure_after(s, len, i, j))
            s[i] = m[i] = ',', i++;
        if (j > i) {
            cuts[n].a = i;
            cuts[n].b = j;
            n++;
        }
        i = j - 1;
    }
    return n;
}

/* ---- doubled punctuation ----
 * Some converters and mirrors write a comma beside the mark a sentence has
 * (规划,,北京市…; 增长29.7%,、24.1%,、23.3%; 上涨5.6%,; 加快,。).  A reader
 * reads the other mark; left in, the comma closes a 、-list after its first
 * item.  A comma (, or ，) right before another separator is cut. */

/* Length of the clause separator at s[i] (, ; ， ； 、 。), or 0. */
static size_t separator_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == ',' || s[i] == ';')
        return 1;
    if (len - i < 3)
        return 0;
    if (s[i] == '\xEF' && s[i + 1] == '\xBC' && (s[i + 2] == '\x8C' || s[i + 2] == '\x9B'))
        return 3;
    if (s[i] == '\xE3' && s[i + 1] == '\x80' && (s[i + 2] == '\x81' || s[i + 2] == '\x82'))
        return 3;
    return 0;
}

/* Length of a comma at s[i] that another separator follows, or 0. */
static size_t doubled_comma_at(const char *s, size_t len, size_t i)
{
    size_t k = separator_at(s, len, i);

    if (k == 0 || s[i] == ';' || (k == 3 && s[i + 2] != '\x8C'))
        return 0;
    return separator_at(s, len, i + k) ? k : 0;
}

/* ASCII bytes at which no cut starts but a junk string (find_cuts): all
 * but the comma, the bracket and the space. */
static bool quiet_ascii(unsigned char c)
{
    return c < 0x80 && c != ',' && c != '(' && c != ' ';
}

/* Finds up to MAX_CUTS cuts in s[0..len), in order, not overlapping.  sym:
 * s may hold a junk symbol.  A junk string holds one: without one in the
 * text, no word of it need be read as a candidate, and the bytes that
 * start no other cut are stepped over. */
static size_t find_cuts(const char *s, size_t len, cut *cuts, bool sym)
{
    size_t n = 0, plain[MAX_CUTS], nplain = 0, gloss_end = 0;
    bool toneless;

    for (size_t i = 0; i < len && n < MAX_CUTS;) {
        unsigned char c;
        size_t k = 0;
        while (!sym && i < len && quiet_ascii((unsigned char)s[i]))
            i++;
        if (i >= len)
            break;
        c = (unsigned char)s[i];
        /* the text is valid UTF-8 and every cut starts at ASCII or at an
         * EF lead (full-width brackets): skip other characters whole */
        if (c >= 0xC0 && c != 0xEF) {
            i += c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            continue;
        }
        if (c == ',' || c == 0xEF)
            k = doubled_comma_at(s, len, i);
        if (k == 0 && (c == '(' || c == 0xEF)) {
            k = gloss_at(s, len, i, n > 0 && cuts[n - 1].b == i && gloss_end == i, &toneless);
            if (k > 0 && toneless)
                plain[nplain++] = n;
            gloss_end = k > 0 ? i + k : gloss_end;
        }
        else if (c == ' ')
            k = spaced_digit_at(s, len, i) ? 1 : 0;
        else if (sym && c > ' ' && c < 0x7F)
            k = junk_at(s, len, i);
        if (k > 0) {
            cuts[n].a = i;
            cuts[n].b = i + k;
            n++;
            i += k;
        } else {
            i++;
        }
    }
    /* a lone toneless gloss may be a word's letters (数据(data)): one
     * pinyin gloss comes with others on a converted page */
    if (nplain == 1) {
        memmove(cuts + plain[0], cuts + plain[0] + 1, (n - plain[0] - 1) * sizeof *cuts);
        n--;
    }
    return n;
}

/* Makes sure an anchor starts at norm offset pos (pos < len), splitting the
 * run that covers it. */
static int split_at(ingest_draft *d, size_t pos)
{
    ingest_anchor *a = *d->anch;
    size_t n = *d->nanch, k = 0;
    ingest_anchor at;

    while (k + 1 < n && a[k + 1].norm <= pos)
        k++;
    if (a[k].norm == pos)
        return GC_OK;
    at = a[k];
    for (size_t i = at.norm; i < pos; i++)
        if (((unsigned char)d->text->data[i] & 0xC0) != 0x80)
            at.col++;
    at.byte += (long long)(pos - at.norm);
    at.norm = pos;
    if (n == *d->capanch) {
        size_t cap = n ? n * 2 : 16;
        ingest_anchor *g = realloc(a, cap * sizeof *g);
        if (!g)
            return GC_ENOMEM;
        *d->anch = a = g;
        *d->capanch = cap;
    }
    memmove(a + k + 2, a + k + 1, (n - k - 1) * sizeof *a);
    a[k + 1] = at;
    (*d->nanch)++;
    return GC_OK;
}

/* The letters of the cut text no longer count toward the sentence's
 * language: a glossed sentence is Chinese, whatever its pinyin. */
static void uncount_letters(ingest_draft *d, const cut *cuts, size_t n)
{
    const unsigned char *t = (const unsigned char *)d->text->data;

    for (size_t i = 0; i < n; i++)
        for (size_t j = cuts[i].a; j < cuts[i].b; j++) {
            bool latin = (t[j] | 0x20) >= 'a' && (t[j] | 0x20) <= 'z';
            bool other = t[j] >= 0xC3 && t[j] < 0xE0;   /* a two-byte letter: ü, ǎ */
            if (latin && *d->n_latin > 0)
                (*d->n_latin)--;
            if (other && *d->n_other > 0)
                (*d->n_other)--;
        }
}

/* Removes the bytes of cuts[0..n) from the texts and the anchors that start
 * inside them, shifting the rest. */
static int apply_cuts(ingest_draft *d, const cut *cuts, size_t n)
{
    size_t len = d->text->len, w = 0, r = 0, removed = 0, c = 0, m = 0;
    ingest_anchor *a;

    for (size_t i = 0; i < n; i++)
        if (cuts[i].b < len && split_at(d, cuts[i].b) != GC_OK)
            return GC_ENOMEM;
    if (d->n_latin && d->n_other)
        uncount_letters(d, cuts, n);
    a = *d->anch;
    for (size_t k = 0; k < *d->nanch; k++) {
        while (c < n && cuts[c].b <= a[k].norm)
            removed += cuts[c].b - cuts[c].a, c++;
        if (c < n && a[k].norm >= cuts[c].a)
            continue;               /* starts inside a cut */
        a[m] = a[k];
        a[m].norm -= removed;
        m++;
    }
    *d->nanch = m;
    if (d->number_from && *d->number_from != SIZE_MAX) {
        size_t nf = *d->number_from, less = 0;
        for (size_t i = 0; i < n && cuts[i].a < nf; i++)
            less += (nf < cuts[i].b ? nf : cuts[i].b) - cuts[i].a;
        *d->number_from = nf - less;
    }
    for (size_t i = 0; i <= n; i++) {
        size_t end = i < n ? cuts[i].a : len;
        if (end > r) {
            memmove(d->text->data + w, d->text->data + r, end - r);
            memmove(d->match->data + w, d->match->data + r, end - r);
            w += end - r;
        }
        if (i < n)
            r = cuts[i].b;
    }
    d->text->len = d->match->len = w;
    return GC_OK;
}

/* Which of the passes can change s[0..len): OCR_POINT set when
 * ocr_points may (a point mark and a digit), OCR_LETTER when ocr_letters may
 * (an OCR letter and a digit), JUNK_SYMBOL when s holds a junk symbol (the
 * passes cut or mend, and none writes one: it holds for what they leave).
 * One table look a byte, where each pass costs several: most sentences
 * that come here hold a junk symbol (企业+平台) or a doubled mark and
 * neither OCR pass. */
static unsigned passes_needed(const char *s, size_t len)
{
    unsigned f = 0;

    for (size_t i = 0; i < len; i++)
        f |= byte_class[(unsigned char)s[i]];
    if (!(f & OCR_DIGIT))
        return f & JUNK_SYMBOL;
    if ((f & OCR_E2) && !(f & OCR_POINT)) {
        /* ‘ or ’ (E2 80 98, E2 80 99) where ocr_points looks, from s[1] */
        const char *p = s + 1, *end = s + len;
        while (p < end && (p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
            if (ocr_point_at(s, len, (size_t)(p - s))) {
                f |= OCR_POINT;
                break;
            }
            p++;
        }
    }
    return f & (OCR_POINT | OCR_LETTER | JUNK_SYMBOL);
}

int ingest_normalise(ingest_draft *d)
{
    cut cuts[MAX_CUTS];
    size_t n;
    unsigned ocr = passes_needed(d->text->data, d->text->len);

    /* ocr_points cuts and turns marks into '.': no digit or OCR letter
     * appears, so passes_needed() holds for ocr_letters after it */
    if ((ocr & OCR_POINT) && d->text->len > 0 && (n = ocr_points(d, cuts)) > 0
        && apply_cuts(d, cuts, n) != GC_OK)
        return GC_ENOMEM;
    if (ocr & OCR_LETTER)
        ocr_letters(d);
    if (d->text->len > 0 && memchr(d->text->data, '[', d->text->len)
        && (n = cite_cuts(d, cuts)) > 0 && apply_cuts(d, cuts, n) != GC_OK)
        return GC_ENOMEM;
    if (d->text->len > 0 && (n = tag_cuts(d, cuts)) > 0 && apply_cuts(d, cuts, n) != GC_OK)
        return GC_ENOMEM;
    do {
        if (d->text->len == 0)
            return GC_OK;
        n = find_cuts(d->text->data, d->text->len, cuts, ocr & JUNK_SYMBOL);
        if (n > 0 && apply_cuts(d, cuts, n) != GC_OK)
            return GC_ENOMEM;
    } while (n == MAX_CUTS);
    /* a sentence cut to nothing keeps one anchor for an empty text */
    if (*d->nanch == 0 && d->text->len > 0)
        return GC_ENOMEM;
    return GC_OK;
}
