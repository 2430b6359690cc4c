/* table_cell.c -- the cells of a table row printed as text (table.c,
 * table_en.c): figures and the marks that stand for none, and the claim
 * sent for a cell. */
#include "table.h"

#include <math.h>
#include <stdint.h>
#include <ctype.h>
#include <string.h>

#include "grammar.h"
#include "text.h"

typedef ingest_table_cell cell;

/* The length of a minus sign at t[0..n): '-', full-width, or U+2212; 0. */
static size_t minus_at(const char *t, size_t n)
{
    if (n >= 1 && t[0] == '-')
        return 1;
    if (n >= 3 && (!memcmp(t, "\xEF\xBC\x8D", 3) || !memcmp(t, "\xE2\x88\x92", 3)))
        return 3;
    return 0;
}

/* A figure cell: an optional sign, digits with at most one point, an
 * optional %.  *neg and *digits (start of the digits, their length) out. */
static bool figure_cell(const char *t, cell c, bool *neg, size_t *from, size_t *len, bool *pct)
{
    size_t i = c.a, m = minus_at(t + c.a, c.b - c.a), dots = 0, d = 0;

    *neg = m > 0;
    i += m;
    if (!m && i < c.b && t[i] == '+')
        i++;
    *from = i;
    for (; i < c.b && (is_digit(t[i]) || t[i] == '.'); i++) {
        dots += t[i] == '.';
        d += is_digit(t[i]);
    }
    *len = i - *from;
    *pct = i < c.b && t[i] == '%';
    i += *pct;
    /* 0571 is a code, not a figure */
    return d > 0 && dots <= 1 && is_digit(t[*from]) && is_digit(t[*from + *len - 1]) && i == c.b
        && !(t[*from] == '0' && *len > 1 && is_digit(t[*from + 1]));
}

bool ingest_table_figure_cell(const char *t, ingest_table_cell c, ingest_table_figure *f)
{
    return figure_cell(t, c, &f->neg, &f->from, &f->len, &f->pct);
}

/* A cell that stands for no figure: -, —, …, /, ×, or nothing (an empty
 * cell between two bars). */
static bool blank_cell(const char *t, cell c)
{
    size_t n = c.b - c.a;
    const char *s = t + c.a;

    return n == 0 || (n == 1 && (s[0] == '-' || s[0] == '/'))
        || (n % 3 == 0 && n > 0 && n <= 6
            && (!memcmp(s, "\xE2\x80\x94", 3) || !memcmp(s, "\xE2\x80\xA6", 3)
                || !memcmp(s, "\xC3\x97", 2)));
}

bool ingest_table_blank_cell(const char *t, ingest_table_cell c)
{
    return blank_cell(t, c);
}

int ingest_table_send(ingest_claim *c, const ingest_sentence *s, const char *file, size_t at,
                      const ingest_sink *sink)
{
    c->value_text = (char *)(uintptr_t)"";
    c->qualifier = INGEST_EXACT;
    c->source.file = (char *)(uintptr_t)file;
    c->source.sentence = (char *)(uintptr_t)s->text;
    ingest_locate(s, at, &c->source);
    if (!isfinite(c->value) || !sink->claim)
        return GC_OK;
    return sink->claim(c, sink->ctx);
}

int ingest_table_year_word(const char *t, size_t a, size_t b)
{
    int y = 0;

    if (b - a != 4)
        return 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] < '0' || t[i] > '9')
            return 0;
        y = y * 10 + (t[i] - '0');
    }
    return y >= 1900 && y <= 2099 ? y : 0;
}

size_t ingest_table_last_line(const ingest_sentence *s)
{
    size_t k = s->nanchors;

    if (k == 0)
        return 0;
    while (k > 1 && s->anchors[k - 2].line == s->anchors[s->nanchors - 1].line)
        k--;
    return s->anchors[k - 1].norm;
}

int ingest_table_lower(const char *t, size_t a, size_t b, char *out, size_t cap)
{
    size_t k = 0;
    int letters = 0;

    for (size_t i = a; i < b; i++) {
        char ch = (char)tolower((unsigned char)t[i]);
        if (ch == ' ' && (k == 0 || out[k - 1] == ' '))
            continue;
        if ((unsigned char)ch >= 0x80 || k + 1 >= cap)
            return -1;
        letters += isalpha((unsigned char)ch) != 0;
        out[k++] = ch;
    }
    while (k > 0 && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    return letters;
}
