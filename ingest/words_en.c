/* words_en.c -- the English sentence as words, numbers and signs, for the
 * English rules (rules_en.c).
 *
 * The sentence is lower-cased (ASCII only, so offsets do not move) and cut
 * into tokens: words (letters, apostrophes, inner hyphens and dots), numbers
 * (digits with thousands separators, a broken separator "36, 329" included,
 * and decimals), years (a four-digit whole number 1900..2100 that no unit
 * follows), fiscal years ("2023-24", the year they end), spans of years
 * ("2011-2015", "2000-19" and its PDF form "200019"), and single signs.
 * The words of the lexicon are looked up on the lower-cased text, on whole
 * words only. */
#include "rules_en.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool lower_letter(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool word_byte(const char *t, size_t i, size_t len)
{
    unsigned char c = (unsigned char)t[i];

    if (lower_letter((char)c) || c == '\'' || c == '&')
        return true;
    if (c >= 0x80) {
        /* letters of other scripts are word bytes; the rupee, euro, pound
         * and dollar signs, dashes, quotes are not */
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80)
            return false;       /* U+2000..U+203F: dashes, quotes, ellipsis */
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x82)
            return false;       /* U+20A0..: currency signs */
        if (c == 0xE2 && i + 2 < len && ((unsigned char)t[i + 1] == 0x96 || (unsigned char)t[i + 1] == 0x97))
            return false;       /* U+2580..U+25FF: blocks and shapes, bullets (■ ▪ ●) */
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] >= 0x88
            && (unsigned char)t[i + 1] <= 0x8B)
            return false;       /* U+2200..U+22FF: the minus sign, operators */
        if (c == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] < 0xC0)
            return false;       /* Latin-1 signs: pound, nbsp */
        return (c & 0xC0) != 0x80 || i > 0;
    }
    return false;
}

bool en_word_end(const char *t, size_t len, size_t i)
{
    return i >= len || !(lower_letter(t[i]) || is_digit(t[i]));
}

/* The bucket of en_kw_index for a text whose first three bytes are b0, b1
 * and b2 (0 for those past its end). */
static unsigned en_kw_hash(unsigned b0, unsigned b1, unsigned b2)
{
    return ((b0 * 31u + b1) * 31u + b2) & (EN_KW_HASH - 1);
}

/* Does row w start t[i..) as a whole word (room = len - i)? */
static bool row_at(const lex_entry *w, const char *t, size_t len, size_t i, size_t room)
{
    /* (the last byte first: rows of a bucket often share their first) */
    return room >= w->n && t[i + w->n - 1] == w->s[w->n - 1] && t[i] == w->s[0]
        && same_bytes(t + i, w->s, w->n)
        && (!lower_letter(w->s[w->n - 1]) || en_word_end(t, len, i + w->n));
}

/* Is the basis keyword e at t[i..) the first part of a hyphened compound
 * ("on month-end balances")?  Then it writes no change on the period
 * before. */
static bool basis_in_compound(const char *t, size_t len, size_t i, const lex_entry *e)
{
    return e->code == K_QOQ && i + e->n < len && t[i + e->n] == '-';
}

size_t en_kw_at(const en_kw_index *x, const ingest_lexicon *lx, const char *t, size_t len,
                size_t i, const lex_entry **e)
{
    const lex_list *l = &lx->cls[LEX_KEYWORD];
    size_t room = len - i;
    unsigned h;

    if (i >= len)
        return 0;
    if (!x->whole)
        return en_lex_at(lx, LEX_KEYWORD, t, len, i, e);
    /* the one bucket that holds every row that may start t[i..), in file
       order: the first that matches wins, as in the list */
    h = en_kw_hash((unsigned char)t[i], room > 1 ? (unsigned char)t[i + 1] : 0,
                   room > 2 ? (unsigned char)t[i + 2] : 0);
    if (room >= 8) {
        /* a row that starts the text has its first eight bytes (or all
           its bytes) */
        uint64_t head;
        memcpy(&head, t + i, 8);
        for (unsigned p = x->start[h]; p < x->start[h + 1]; p++) {
            unsigned r = (unsigned)x->row[p];
            if ((head ^ x->head[r]) & x->head_mask[r])
                continue;
            if (row_at(&l->v[r], t, len, i, room)) {
                *e = &l->v[r];
                return l->v[r].n;
            }
        }
        return 0;
    }
    for (unsigned p = x->start[h]; p < x->start[h + 1]; p++) {
        const lex_entry *w = &l->v[x->row[p]];
        if (row_at(w, t, len, i, room)) {
            *e = w;
            return w->n;
        }
    }
    return 0;
}

/* Puts row r of l into the buckets that may start with its word (fill;
 * else counts it in x->start[h + 1]): one for a word of three bytes or
 * more, one per byte that may follow a word of two (256 buckets apart, as
 * the third byte adds to the hash).  False for a word of one byte, which
 * would be in every bucket. */
static bool kw_place(en_kw_index *x, const lex_list *l, size_t r, bool fill, unsigned short *at)
{
    const unsigned char *s = (const unsigned char *)l->v[r].s;
    size_t n = l->v[r].n;

    if (n < 2)
        return false;
    for (unsigned b2 = 0; b2 < (n > 2 ? 1u : 256u); b2++) {
        unsigned h = en_kw_hash(s[0], s[1], n > 2 ? s[2] : b2);
        if (fill)
            x->row[at[h]++] = (short)r;
        else
            x->start[h + 1]++;
    }
    return true;
}

void en_kw_index_build(en_kw_index *x, const ingest_lexicon *lx)
{
    const lex_list *l = &lx->cls[LEX_KEYWORD];
    unsigned short at[EN_KW_HASH];
    size_t total = 0;

    memset(x->start, 0, sizeof x->start);
    x->whole = l->n <= INGEST_KW_MAX;
    for (size_t r = 0; r < l->n && x->whole; r++)
        x->whole = kw_place(x, l, r, false, NULL);
    for (size_t h = 0; h < EN_KW_HASH; h++)
        total += x->start[h + 1];
    /* (counted apart, so that too many rows cannot wrap the sums) */
    if (!x->whole || total > EN_KW_SLOTS) {
        x->whole = false;       /* (en_kw_at reads the list) */
        return;
    }
    for (size_t h = 0; h < EN_KW_HASH; h++)
        x->start[h + 1] += x->start[h];
    memcpy(at, x->start, sizeof at);
    for (size_t r = 0; r < l->n; r++) {
        unsigned char b[8] = { 0 }, m[8] = { 0 };
        size_t n = l->v[r].n < 8 ? l->v[r].n : 8;
        kw_place(x, l, r, true, at);
        /* (bytes, then loaded as the text is: the same on any byte order) */
        memcpy(b, l->v[r].s, n);
        memset(m, 0xFF, n);
        memcpy(&x->head[r], b, 8);
        memcpy(&x->head_mask[r], m, 8);
    }
}

size_t en_lex_walk(const lex_list *l, const char *t, size_t len, size_t i, const lex_entry **e)
{
    const uint16_t *chain = l->chain, *pairs = l->pairs;
    size_t room = len - i;

    if (pairs) {
        /* the rows whose first two bytes hash as t[i..i+2)'s */
        unsigned h = lex_pair_hash(t + i, room);
        for (unsigned p = pairs[h]; p < pairs[h + 1]; p++) {
            const lex_entry *w = &l->v[pairs[p]];
            if (row_at(w, t, len, i, room)) {
                if (e)
                    *e = w;
                return w->n;
            }
        }
        return 0;
    }

    /* only the rows whose first character hashes as t[i]'s can start it
       (a list built by hand, without a chain: every row) */
    for (unsigned k = chain ? chain[lex_hash(t + i, room)] : lex_first(l, t + i, room); k;
         k = chain ? chain[64 + k - 1] : lex_next(l, k)) {
        const lex_entry *w = &l->v[k - 1];
        if (row_at(w, t, len, i, room)) {
            if (e)
                *e = w;
            return w->n;
        }
    }
    return 0;
}

static size_t skip_spaces(const char *t, size_t len, size_t i)
{
    while (i < len && t[i] == ' ')
        i++;
    return i;
}

/* Is the comma at t[c] a decimal mark, as European statistics offices
 * write it: one or two digits after it, then a percent sign or "per cent"
 * ("2,5%", "7,1 per cent")?  A thousands separator has three digits. */
static bool decimal_comma(const char *t, size_t len, size_t c)
{
    size_t j = c + 1, n = 0;

    while (j < len && is_digit(t[j]) && n < 3)
        j++, n++;
    if (n < 1 || n > 2)
        return false;
    while (j < len && t[j] == ' ')
        j++;
    return (j < len && t[j] == '%')
        || (len - j >= 7 && !memcmp(t + j, "percent", 7))
        || (len - j >= 8 && !memcmp(t + j, "per cent", 8));
}

/* Digits at t[i..): the number with separators and a decimal part.  Sets
 * *v, *res (place value of the last digit) and *ndig; returns the end. */
static size_t read_digits(const char *t, size_t len, size_t i, double *v, double *res,
                          int *plain_digits, bool *sep)
{
    char d[64];
    size_t k = 0, j = i, dec = 0, trailing = 0;
    bool point = false;

    *sep = false;
    while (j < len && k < sizeof d - 2) {
        if (is_digit(t[j])) {
            d[k++] = t[j];
            if (point)
                dec++;
            trailing = t[j] == '0' ? trailing + 1 : 0;
            j++;
        } else if (t[j] == ',' && !point && (ingest_thousands_group(t + j, len - j)
                                             || (j + 3 < len && is_digit(t[j + 1]) && is_digit(t[j + 2])
                                                 && t[j + 3] == ',' && k > 0 && k <= 2))) {
            /* 1,204,350 and the Indian 4,25,000 (lakh groups of two) */
            *sep = true;
            j++;
        } else if (t[j] == ',' && !point && !*sep && k > 0 && k < 4 && decimal_comma(t, len, j)) {
            /* 2,5% and 7,1 per cent: a decimal mark; not after four digits,
               a year before a list's next rate ("3.1% in 2003, 4% in 2004",
               "for 2016, 3 percent for 2017": the space after the comma is
               gone by now) */
            d[k++] = '.';
            point = true;
            j++;
        } else if (t[j] == '.' && !point && j + 1 < len && is_digit(t[j + 1])) {
            d[k++] = '.';
            point = true;
            j++;
        } else {
            break;
        }
    }
    d[k] = '\0';
    *v = ingest_strtod_c(d);
    *plain_digits = point || *sep ? -1 : (int)k;
    *res = point ? pow(10.0, -(double)dec) : trailing >= 2 ? pow(10.0, (double)trailing) : 1.0;
    return j;
}

static int push(etoks *ts, const etok *t)
{
    if (ts->n == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 64;
        etok *v = realloc(ts->v, cap * sizeof *v);
        if (!v)
            return GC_ENOMEM;
        ts->v = v;
        ts->cap = cap;
    }
    ts->v[ts->n++] = *t;
    return GC_OK;
}

static bool year_like(double v, int digits)
{
    return digits == 4 && v >= 1900 && v <= 2100;
}

/* Is a unit, scale or currency right after t[i..)? (a year is then a number) */
static bool unit_follows(const ingest_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t j = skip_spaces(t, len, i);

    return en_lex_at(lx, LEX_UNIT, t, len, j, NULL) || en_lex_at(lx, LEX_SCALE, t, len, j, NULL) > 1
        || en_lex_at(lx, LEX_CURRENCY_AFTER, t, len, j, NULL);
}

/* The length of a space that separates thousands at t[j] (a space, a
 * no-break, narrow no-break or thin space), or 0. */
static size_t group_space(const char *t, size_t len, size_t j)
{
    const unsigned char *u = (const unsigned char *)t + j;

    if (j < len && t[j] == ' ')
        return 1;
    if (j + 1 < len && u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    if (j + 2 < len && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
        return 3;
    return 0;
}

/* Thousands apart by spaces, as statistics offices that write the SI way
 * print them ("12 500 million rand", "1 234,5 million", "3 200 tonnes"):
 * the one to three digits t[i..e) and groups of three after, when a unit,
 * scale, currency or percent sign follows the number (a count of things
 * after a year or a list of small numbers is not joined).  The end of the
 * number, or 0; *v and *res as read_digits gives them. */
static size_t space_groups(const ingest_lexicon *lx, const char *t, size_t len, size_t i,
                           size_t e, double *v, double *res)
{
    char d[64];
    size_t k = 0, j = e, sl, groups = 0, dec = 0, trailing = 0;

    for (size_t a = i; a < e; a++)
        d[k++] = t[a];
    while ((sl = group_space(t, len, j)) != 0 && j + sl + 3 <= len && is_digit(t[j + sl])
           && is_digit(t[j + sl + 1]) && is_digit(t[j + sl + 2])
           && (j + sl + 3 == len || !is_digit(t[j + sl + 3])) && k + 4 < sizeof d - 8) {
        memcpy(d + k, t + j + sl, 3);
        k += 3;
        j += sl + 3;
        groups++;
    }
    if (!groups)
        return 0;
    for (size_t a = k; a-- > 0 && d[a] == '0';)
        trailing++;
    /* the decimal part: a point, or a comma with one or two digits (the
       SI way marks decimals with a comma; a thousands comma has three) */
    if (j + 1 < len && (t[j] == ',' || t[j] == '.') && is_digit(t[j + 1])
        && (t[j] == '.' || !(j + 2 < len && is_digit(t[j + 2]))
            || !(j + 3 < len && is_digit(t[j + 3])))) {
        d[k++] = '.';
        j++;
        trailing = 0;
        while (j < len && is_digit(t[j]) && k < sizeof d - 1)
            d[k++] = t[j++], dec++;
    }
    d[k] = '\0';
    {
        size_t q = skip_spaces(t, len, j);
        if (!(q < len && t[q] == '%') && !en_lex_at(lx, LEX_UNIT, t, len, q, NULL)
            && en_lex_at(lx, LEX_SCALE, t, len, q, NULL) <= 1
            && !en_lex_at(lx, LEX_CURRENCY_AFTER, t, len, q, NULL))
            return 0;
    }
    *v = ingest_strtod_c(d);
    *res = dec ? pow(10.0, -(double)dec) : trailing >= 2 ? pow(10.0, (double)trailing) : 1.0;
    return j;
}

/* Is the number at byte i written right after the word "fy" ("FY20",
 * "FY 19")? */
static bool after_fy(const etoks *ts, const char *t, size_t i)
{
    const etok *w = ts->n ? &ts->v[ts->n - 1] : NULL;

    return w && w->type == ET_WORD && w->end - w->pos == 2 && same_bytes(t + w->pos, "fy", 2)
        && (w->end == i || (w->end + 1 == i && t[w->end] == ' '));
}

/* The length of an ordinal written in digits at t[i] ("4th", "2nd": rows of
 * lexicon class ordinal-word), ending its word; 0 when none.  Read as one
 * word so that "the 4th quarter" is the fourth quarter, as "the fourth
 * quarter" is, not a figure 4 and a word "th". */
static size_t digit_ordinal(const ingest_lexicon *lx, const char *t, size_t len, size_t i)
{
    size_t j = i, n;

    while (j < len && j - i < 2 && is_digit(t[j]))
        j++;
    if (j == i || j + 2 > len || !lower_letter(t[j]) || !lower_letter(t[j + 1]))
        return 0;
    n = j + 2 - i;
    if (i + n < len && (word_byte(t, i + n, len) || is_digit(t[i + n])))
        return 0;
    return en_lex_at(lx, LEX_ORDINAL_WORD, t, len, i, NULL) == n ? n : 0;
}

/* A keyword that needs a figure right after it (figure_next: "seen at 4.1%",
 * not "a level last seen at the start of 2012") has one at t[i + its length]. */
static bool figure_follows(const char *t, size_t len, size_t i, const lex_entry *kw)
{
    size_t q = i + kw->n;

    if (!(kw->flags & LEXF_FIGURE_NEXT))
        return true;
    while (q < len && t[q] == ' ')
        q++;
    return q < len && is_digit(t[q]);
}

int en_tokenize(const ingest_lexicon *lx, const en_kw_index *kx, const char *t, size_t len,
                etoks *ts)
{
    size_t i = 0, cur_glued = SIZE_MAX;

    ts->n = 0;
    while (i < len) {
        etok k;
        unsigned char c = (unsigned char)t[i];
        memset(&k, 0, sizeof k);
        k.pos = i;
        if (c == ' ') {
            i++;
            continue;
        }
        if (is_digit((char)c) && (k.end = i + digit_ordinal(lx, t, len, i)) > i) {
            k.type = ET_WORD;
            if (!en_kw_at(kx, lx, t, len, i, &k.kw))
                k.kw = NULL;
            i = k.end;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            continue;
        }
        if (is_digit((char)c)) {
            double v, res;
            int nd;
            bool sep;
            size_t e = read_digits(t, len, i, &v, &res, &nd, &sep), e2;
            if (nd >= 1 && nd <= 3 && e < len && (t[e] == ' ' || (unsigned char)t[e] >= 0xC2)
                && (e2 = space_groups(lx, t, len, i, e, &v, &res)) != 0) {
                e = e2;         /* 12 500 million */
                nd = -1;
            }
            k.type = ET_NUM;
            k.v = v;
            k.res = res;
            k.glued = i > 0 && i != cur_glued && (lower_letter(t[i - 1])
                                || (t[i - 1] == '-' && i > 1 && lower_letter(t[i - 2])));
            /* fiscal years and spans: 2023-24, 2011-2015, 2000–19 */
            if (year_like(v, nd)) {
                size_t j = e;
                int y2 = -1, n2 = 0;
                if (j < len && (t[j] == '-' || t[j] == '/'))
                    j++;                /* (entime) 2015/16, 2021/2022: fiscal years */
                else if (j + 2 < len && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80
                         && ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94))
                    j += 3;
                if (j > e)
                    for (y2 = 0; j < len && is_digit(t[j]) && n2 < 4; j++, n2++)
                        y2 = y2 * 10 + (t[j] - '0');
                /* (entime) 2000-06-15: a date, no span (its year, then a month) */
                bool date = n2 == 2 && t[e] == '-' && j + 2 < len && t[j] == '-'
                            && is_digit(t[j + 1]) && is_digit(t[j + 2]) && y2 >= 1 && y2 <= 12;
                if (j > e && (n2 == 2 || n2 == 4) && (j >= len || !is_digit(t[j])) && !date) {
                    int full = n2 == 4 ? y2 : ((int)v / 100) * 100 + y2;
                    if (full > (int)v && full - (int)v <= 60 && (t[e] != '/' || full == (int)v + 1)) {
                        k.type = (n2 == 2 || t[e] == '/') && full == (int)v + 1 ? ET_FY : ET_SPAN;
                        k.year = (int)v;
                        k.year2 = full;
                        e = j;
                    }
                }
                if (k.type == ET_NUM && !unit_follows(lx, t, len, e)
                    && !(e < len && (t[e] == '%' || t[e] == ':')))
                    k.type = ET_YEAR, k.year = (int)v;
            } else if (nd == 2 && after_fy(ts, t, i) && !(e < len && (t[e] == '%' || t[e] == '-'))) {
                /* (entime) FY20, FY 19: the fiscal year ending in 2020, 2019 */
                k.type = ET_FY;
                k.year2 = (int)v + (v < 50 ? 2000 : 1900);
                k.year = k.year2 - 1;
            } else if (nd == 6 && !sep) {
                /* "200019": a span whose dash the PDF lost */
                int a = (int)(v / 100), b = (int)v % 100, full = (a / 100) * 100 + b;
                if (a >= 1900 && a <= 2100 && full > a && full - a <= 60) {
                    k.type = ET_SPAN;
                    k.year = a;
                    k.year2 = full;
                }
            }
            k.end = e;
            i = e;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            continue;
        }
        if (word_byte(t, i, len) && c != '\'' && c != '&') {
            size_t j = i;
            /* (a run of small letters first, a load and a test each: each
               is a word byte, and the tests below ask about digits only) */
            while (j < len && lower_letter(t[j]))
                j++;
            while (j < len && (word_byte(t, j, len) || is_digit(t[j])
                               || ((t[j] == '-' || t[j] == '.') && j + 1 < len
                                   && lower_letter(t[j + 1]) && j > i))) {
                /* "Kshs3.03 trillion", "Rs9.6 trillion", "R1.5bn": a
                   currency code glued to its number ends the word */
                if (is_digit(t[j]) && j > i && lower_letter(t[j - 1])
                    && en_lex_at(lx, LEX_CURRENCY_BEFORE, t, j, i, NULL) == j - i) {
                    cur_glued = j;
                    break;
                }
                if (j == i + 2 && t[i] == 'f' && t[i + 1] == 'y' && is_digit(t[j])) {
                    cur_glued = j;  /* (entime) "FY2016" is "FY 2016" */
                    break;
                }
                j++;
            }
            k.type = ET_WORD;
            k.end = j;
            if (!en_kw_at(kx, lx, t, len, i, &k.kw) || !figure_follows(t, len, i, k.kw)
                || basis_in_compound(t, len, i, k.kw))
                k.kw = NULL;
            i = j;
            if (push(ts, &k) != GC_OK)
                return GC_ENOMEM;
            continue;
        }
        k.type = ET_SIGN;
        k.c = (char)c;
        if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
            unsigned char d = (unsigned char)t[i + 2];
            k.c = d == 0x94 || d == 0x93 ? '-' : d == 0x9C || d == 0x9D ? '"' : '\'';
        } else if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x88
                   && (unsigned char)t[i + 2] == 0x92) {
            k.c = '-';          /* U+2212 MINUS SIGN: "−0.3%" */
        }
        {
            uint32_t cp;
            size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            (void)cp;
            k.end = i + n <= len ? i + n : len;
        }
        i = k.end;
        if (push(ts, &k) != GC_OK)
            return GC_ENOMEM;
    }
    return GC_OK;
}

/* Is token i of ts a dash that sets off words: an en or em dash (not
 * U+2212 minus), "--", or a hyphen with a space on each side? */
static bool aside_dash(const etoks *ts, const char *text, size_t len, size_t i)
{
    const etok *t = &ts->v[i];

    if (t->type != ET_SIGN || t->c != '-')
        return false;
    if (t->end - t->pos == 3)
        return (unsigned char)text[t->pos + 1] == 0x80;
    if (i + 1 < ts->n && ts->v[i + 1].type == ET_SIGN && ts->v[i + 1].c == '-'
        && ts->v[i + 1].pos == t->end)
        return true;    /* "--" */
    return t->end - t->pos == 1 && t->pos > 0 && t->end < len
        && text[t->pos - 1] == ' ' && text[t->end] == ' ';
}

/* Is token t the word w (w lower case, t in any case)? */
static bool word_is(const char *text, const etok *t, const char *w)
{
    size_t n = strlen(w);

    if (t->type != ET_WORD || t->end - t->pos != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((text[t->pos + i] | 0x20) != w[i])
            return false;
    return true;
}

/* Does the remark in tokens (a, b) hold a rate or an amount: a percent
 * sign or word, or a currency sign?  Then it is kept: its figure may be a
 * claim ("– up from 4.5% in 2013 –"). */
static bool aside_has_rate(const etoks *ts, const char *text, size_t a, size_t b)
{
    for (size_t i = a + 1; i < b; i++) {
        const etok *t = &ts->v[i];
        if (t->type == ET_SIGN && (t->c == '%' || t->c == '$'))
            return true;
        if (word_is(text, t, "percent") || word_is(text, t, "cent") || word_is(text, t, "pct"))
            return true;
    }
    return false;
}

/* Do tokens a and b stand on one line (a list's items, one a line, are
 * no remark: "* Unemployment rate - fell to ... * Employment - rose")? */
static bool one_line(const etoks *ts, const char *text, size_t a, size_t b)
{
    return !memchr(text + ts->v[a].pos, '\n', ts->v[b].pos - ts->v[a].pos);
}

#define ASIDE_MAX 40    /* tokens a remark between dashes may hold */

void en_drop_dash_asides(etoks *ts, const char *text, size_t len)
{
    size_t o = 0;

    for (size_t i = 0; i < ts->n; i++) {
        size_t j = i + 1;
        /* (a remark opens with a small word, no word of change:
           "Employment - rose by 11,000" is a list item's measure and its
           change, "Underemployment rate - unchanged at 11.2 per cent") */
        if (i > 0 && aside_dash(ts, text, len, i) && i + 1 < ts->n && ts->v[i + 1].type == ET_WORD
            && !(ts->v[i + 1].kw && (ts->v[i + 1].kw->flags & LEXF_CHANGE))
            && !word_is(text, &ts->v[i + 1], "unchanged")
            && text[ts->v[i + 1].pos] >= 'a' && text[ts->v[i + 1].pos] <= 'z') {
            while (j < ts->n && j < i + ASIDE_MAX && !aside_dash(ts, text, len, j))
                j++;
            /* "developing Asia — which covers 46 regional members of the
               bank — to 4.6%": the remark and both dashes go, when words
               follow the second dash and the remark holds no rate */
            if (j + 1 < ts->n && j < i + ASIDE_MAX && aside_dash(ts, text, len, j)
                && one_line(ts, text, i, j) && !aside_has_rate(ts, text, i, j)) {
                i = j + (j + 1 < ts->n && ts->v[j + 1].type == ET_SIGN && ts->v[j + 1].c == '-'
                         && ts->v[j + 1].pos == ts->v[j].end);
                continue;
            }
        }
        ts->v[o++] = ts->v[i];
    }
    ts->n = o;
}

#define EN_WORDS_READ 200     /* words en_is_english reads at most */
#define EN_WORD_LOOKED 16     /* longer words are looked up in no class */

#if defined(__GNUC__)
#define EN_NOINLINE __attribute__((noinline))
#else
#define EN_NOINLINE
#endif

/* (not inlined into the grammar's dispatch: its frame there cost the
 * Chinese sentences, which never call it, more than the call costs) */
EN_NOINLINE
bool en_is_english(const ingest_lexicon *lx, const char *t, size_t len)
{
    size_t words = 0, stops = 0, nshort = 0, i = 0;
    struct { size_t at; size_t n; } shortw[EN_WORDS_READ];

    /* the words first, then the short ones looked up only until the
     * common ones are enough: no later word can change the answer then
     * (a sentence of prose is settled by its first few) */
    while (i < len && words < EN_WORDS_READ) {
        size_t j;
        while (i < len && !is_ascii_alpha(t[i]))
            i++;
        j = i;
        while (j < len && is_ascii_alpha(t[j]))
            j++;
        if (j > i) {
            words++;
            if (j - i < EN_WORD_LOOKED) {
                shortw[nshort].at = i;
                shortw[nshort++].n = j - i;
            }
        }
        i = j;
    }
    /* a title or a line of three words may hold none; prose holds one in
     * every six or so */
    if (words <= 3)
        return true;
    for (size_t k = 0; k < nshort && stops * 10 < words; k++) {
        char w[EN_WORD_LOOKED];
        size_t n = shortw[k].n;
        for (size_t c = 0; c < n; c++)
            w[c] = (char)(t[shortw[k].at + c] | 0x20);
        /* common words, and the words of dates and figures (March, pct,
           billion) no other language spells so */
        bool month = ingest_lex_is(lx, LEX_MONTH, w, n);
        if (month || ingest_lex_is(lx, LEX_STOPWORD, w, n) || ingest_lex_is(lx, LEX_UNIT, w, n))
            stops++;
        /* an English month's name is worth three: a page's date line sits
           among site words ("Print E-mail China Daily, January 15, 2019
           Adjust font size") */
        if (month)
            stops += 2;
    }
    return stops * 10 >= words;
}

/* Is w[0..wn) the word lit (a literal: the compare is inlined)? */
#define WORD_IS(w, wn, lit) ((wn) == sizeof(lit) - 1 && !memcmp((w), (lit), sizeof(lit) - 1))

/* Can en_time_in find something at word i: a word a time phrase or a span
 * of months starts with (time_en.c: en_time_phrase, yoy_months,
 * adjacent_months, last_month, "last quarter"), or a part of a year
 * en_part_at reads (q1, h2, quarter, an ordinal, a month, a hyphened word:
 * "nine-month", "july-september", "end-march"; a word before "months",
 * "month" or a dash: "three months to june", "nine-month")?  A superset:
 * false only where every one of those reads nothing. */
static bool time_may(const etoks *ts, const char *t, size_t i)
{
    const etok *k = &ts->v[i], *n = i + 1 < ts->n ? &ts->v[i + 1] : NULL;
    const char *w = t + k->pos;
    size_t wn = k->end - k->pos;

    if (k->month || k->ord || memchr(w, '-', wn))
        return true;
    switch (wn) {
    case 2:
        if (w[0] == 'q' || w[0] == 'h' || WORD_IS(w, wn, "in") || WORD_IS(w, wn, "of")
            || WORD_IS(w, wn, "by"))
            return true;
        if (WORD_IS(w, wn, "to") && i > 0 && ts->v[i - 1].type == ET_WORD
            && WORD_IS(t + ts->v[i - 1].pos, ts->v[i - 1].end - ts->v[i - 1].pos, "year"))
            return true;        /* (on year to the third quarter) */
        break;
    case 3:
        if (WORD_IS(w, wn, "for"))
            return true;
        break;
    case 4:
        if (WORD_IS(w, wn, "over") || WORD_IS(w, wn, "from") || WORD_IS(w, wn, "last"))
            return true;
        break;
    case 5:
        if (WORD_IS(w, wn, "since"))
            return true;
        break;
    case 6:
        if (WORD_IS(w, wn, "during"))
            return true;
        break;
    case 7:
        if (WORD_IS(w, wn, "between") || WORD_IS(w, wn, "quarter"))
            return true;
        break;
    }
    if (!n)
        return false;
    if (n->type == ET_SIGN)
        return n->c == '-';
    return n->type == ET_WORD
        && (WORD_IS(t + n->pos, n->end - n->pos, "month") || WORD_IS(t + n->pos, n->end - n->pos, "months"));
}

/* The direction of the word w[0..n) (lower case) in a horizon: +1 next,
 * coming, following; -1 past, previous, preceding, last, recent; 0 none.
 * Here, with the words, so that the horizon rules read it from the tokens
 * (rules_en_horizon.c direction_at) without the layers calling round. */
static int en_direction_word(const char *w, size_t n)
{
    if (n < 4 || n > 9)
        return 0;               /* (the words' lengths) */
    /* (by the first letter: one word or three to compare, where a walk of
       both lists asked ten per word of every sentence) */
    switch (w[0]) {
    case 'n':
        return WORD_IS(w, n, "next");
    case 'c':
        return WORD_IS(w, n, "coming");
    case 'f':
        return WORD_IS(w, n, "following");
    case 'e':
        return WORD_IS(w, n, "ensuing");
    case 'u':
        return WORD_IS(w, n, "upcoming");
    case 'p':
        return -(WORD_IS(w, n, "past") || WORD_IS(w, n, "previous") || WORD_IS(w, n, "preceding"));
    case 'l':
        return -WORD_IS(w, n, "last");
    case 'r':
        return -WORD_IS(w, n, "recent");
    default:
        return 0;
    }
}

void en_mark_tokens(const ingest_lexicon *lx, etoks *ts, const char *t, size_t len)
{
    for (size_t i = 0; i < ts->n; i++) {
        etok *k = &ts->v[i];
        const lex_entry *e = NULL;   /* (set when a row matches) */
        if (k->type != ET_WORD)
            continue;
        /* (as rules_en.h's whole_word_num and ordinal_at read them) */
        k->month = en_lex_at(lx, LEX_MONTH, t, len, k->pos, &e) == k->end - k->pos ? (short)e->num : 0;
        k->ord = en_lex_at(lx, LEX_ORDINAL_WORD, t, len, k->pos, &e) ? (short)e->num : 0;
        k->dir = (signed char)en_direction_word(t + k->pos, k->end - k->pos);
    }
    for (size_t i = 0; i < ts->n; i++)
        if (ts->v[i].type == ET_WORD)
            ts->v[i].time_may = time_may(ts, t, i);
}
