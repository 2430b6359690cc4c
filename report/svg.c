/* svg.c -- report_svg_inline(): a chart's SVG, as gnuplot wrote it, made
 * safe to place inside the review page.
 *
 * The idea: allow, never deny.  The markup is re-tokenised and written back
 * element by element; only drawing elements and plain attributes survive,
 * every text and value is escaped again, and whatever the tokeniser does
 * not understand is dropped.  A chart's labels come from documents (quoted
 * by plots/), so even text gnuplot wrote is treated as hostile: no script,
 * no event handler, no style attribute (the page's CSP would refuse it),
 * no link that leaves the chart. */
#include "report.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Drawing elements kept with their attributes (after filtering). */
static const char *const keep[] = {
    "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text",
    "tspan", "defs", "use", "title", "desc", "filter", "feFlood", "feComposite", "feOffset",
    "feGaussianBlur", "feBlend", "feMerge", "feMergeNode", "clipPath", "linearGradient",
    "radialGradient", "stop", "symbol", "marker", "pattern", "mask",
};

static bool kept(const char *name, size_t n)
{
    for (size_t i = 0; i < sizeof keep / sizeof keep[0]; i++)
        if (strlen(keep[i]) == n && !memcmp(keep[i], name, n))
            return true;
    return false;
}

static bool name_char(int c)
{
    return isalnum(c) || c == '_' || c == ':' || c == '-' || c == '.';
}

/* True when s[i..n) starts an entity reference (&name; or &#...;). */
static bool entity_at(const char *s, size_t i, size_t n)
{
    size_t j = i + 1;

    if (j < n && s[j] == '#')
        j++;
    while (j < n && j - i < 12 && isalnum((unsigned char)s[j]))
        j++;
    return j < n && s[j] == ';' && j > i + 1 + (s[i + 1] == '#');
}

/* Appends s[0..n) escaped for HTML text or a double-quoted value, keeping
 * entity references and showing bidi controls as their code point. */
static int put_escaped(buf *b, const char *s, size_t n)
{
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '&' && !entity_at(s, i, n))
            rc |= buf_puts(b, "&amp;");
        else if (c == '<')
            rc |= buf_puts(b, "&lt;");
        else if (c == '>')
            rc |= buf_puts(b, "&gt;");
        else if (c == '"')
            rc |= buf_puts(b, "&quot;");
        else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                 (unsigned char)s[i + 2] >= 0xAA && (unsigned char)s[i + 2] <= 0xAE) {
            rc |= buf_printf(b, "[U+%04X]", 0x2000 + ((unsigned char)s[i + 2] - 0x80));
            i += 2;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x81 &&
                   (unsigned char)s[i + 2] >= 0xA6 && (unsigned char)s[i + 2] <= 0xA9) {
            rc |= buf_printf(b, "[U+%04X]", 0x2040 + ((unsigned char)s[i + 2] - 0x80));
            i += 2;
        } else if (c < 0x20 && c != '\n' && c != '\t') {
            rc |= buf_putc(b, ' ');
        } else {
            rc |= buf_putc(b, (char)c);
        }
    }
    return rc;
}

static bool has_ci(const char *s, size_t n, const char *word)
{
    size_t w = strlen(word);

    for (size_t i = 0; i + w <= n; i++)
        if (!strncasecmp(s + i, word, w))
            return true;
    return false;
}

/* Writes a value whose local references (#id, url(#id)) get the prefix.
 * Returns -2 when the value refers outside the chart (drop it). */
static int put_value(buf *b, const char *v, size_t n, const char *pre, bool is_href, bool is_id)
{
    int rc = 0;
    size_t i = 0;

    if (has_ci(v, n, "javascript:") || has_ci(v, n, "data:") || has_ci(v, n, "expression("))
        return -2;
    if (is_href) {
        if (n < 2 || v[0] != '#')
            return -2;
        rc |= buf_printf(b, "#%s", pre);
        return rc | put_escaped(b, v + 1, n - 1);
    }
    if (is_id) {
        rc |= buf_puts(b, pre);
        return rc | put_escaped(b, v, n);
    }
    /* url(#x) may stay, as url(#PREx); any other url( is refused */
    while (i < n) {
        const char *u = NULL;
        for (size_t j = i; j + 4 <= n; j++)
            if (!strncasecmp(v + j, "url(", 4)) {
                u = v + j;
                break;
            }
        if (!u)
            break;
        rc |= put_escaped(b, v + i, (size_t)(u - (v + i)));
        i = (size_t)(u - v) + 4;
        if (i >= n || v[i] != '#')
            return -2;
        rc |= buf_printf(b, "url(#%s", pre);
        i++;
    }
    return rc | put_escaped(b, v + i, n - i);
}

/* Parses the attributes of a start tag in s[*i..n) up to its '>' and writes
 * the acceptable ones.  Sets *selfclose.  Returns 0, -1 (memory) or 1 (the
 * tag never ends). */
static int put_attributes(buf *b, const char *s, size_t n, size_t *i, const char *pre,
                          bool root, bool *selfclose)
{
    int rc = 0;

    *selfclose = false;
    while (*i < n) {
        size_t a, an, v = 0, vn = 0;
        char q;

        while (*i < n && isspace((unsigned char)s[*i]))
            (*i)++;
        if (*i >= n)
            return 1;
        if (s[*i] == '>') {
            (*i)++;
            return rc ? -1 : 0;
        }
        if (s[*i] == '/' && *i + 1 < n && s[*i + 1] == '>') {
            *selfclose = true;
            *i += 2;
            return rc ? -1 : 0;
        }
        a = *i;
        while (*i < n && name_char((unsigned char)s[*i]))
            (*i)++;
        an = *i - a;
        if (an == 0) {          /* junk: skip a byte */
            (*i)++;
            continue;
        }
        while (*i < n && isspace((unsigned char)s[*i]))
            (*i)++;
        if (*i < n && s[*i] == '=') {
            (*i)++;
            while (*i < n && isspace((unsigned char)s[*i]))
                (*i)++;
            if (*i >= n)
                return 1;
            q = s[*i];
            if (q != '"' && q != '\'')
                continue;       /* unquoted: not what gnuplot writes; drop */
            v = ++(*i);
            while (*i < n && s[*i] != q)
                (*i)++;
            if (*i >= n)
                return 1;
            vn = *i - v;
            (*i)++;
        }
        {
            const char *nm = s + a;
            bool is_href = (an == 4 && !strncasecmp(nm, "href", 4)) ||
                           (an == 10 && !strncasecmp(nm, "xlink:href", 10));
            bool is_id = an == 2 && !strncasecmp(nm, "id", 2);
            bool xmlns = an >= 5 && !strncasecmp(nm, "xmlns", 5);
            size_t mark = b->len;
            int w;

            if ((an >= 2 && !strncasecmp(nm, "on", 2)) || (an == 5 && !strncasecmp(nm, "style", 5)) ||
                (xmlns && !root) || (memchr(nm, ':', an) && !xmlns && !is_href))
                continue;
            if (xmlns && !(an == 5 && vn == 26 && !memcmp(s + v, "http://www.w3.org/2000/svg", 26)) &&
                !(an == 11 && !strncasecmp(nm, "xmlns:xlink", 11) && vn == 28 &&
                  !memcmp(s + v, "http://www.w3.org/1999/xlink", 28)))
                continue;
            rc |= buf_putc(b, ' ');
            rc |= buf_append(b, nm, an);
            rc |= buf_puts(b, "=\"");
            w = put_value(b, s + v, vn, pre, is_href, is_id);
            if (w == -2) {
                b->len = mark;  /* take the attribute back */
                if (b->data)
                    b->data[mark] = '\0';
                continue;
            }
            rc |= w | buf_putc(b, '"');
        }
    }
    return 1;
}

/* Skips an element that is dropped, with everything inside it.  *i is past
 * its start tag.  Nested elements of the same name are counted. */
static void skip_element(const char *s, size_t n, size_t *i, const char *name, size_t nn)
{
    int depth = 1;

    while (*i < n && depth > 0) {
        const char *lt = memchr(s + *i, '<', n - *i);
        size_t j;
        if (!lt) {
            *i = n;
            return;
        }
        j = (size_t)(lt - s) + 1;
        if (j < n && s[j] == '/' && j + 1 + nn <= n && !memcmp(s + j + 1, name, nn) &&
            !name_char((unsigned char)s[j + 1 + nn]))
            depth--;
        else if (j + nn <= n && !memcmp(s + j, name, nn) && j + nn < n &&
                 !name_char((unsigned char)s[j + nn])) {
            const char *gt = memchr(s + j, '>', n - j);
            if (gt && gt[-1] != '/')
                depth++;
        }
        *i = j;
        if (depth > 0)
            continue;
        lt = memchr(s + *i, '>', n - *i);
        *i = lt ? (size_t)(lt - s) + 1 : n;
    }
}

#define SVG_DEPTH 128   /* deeper nesting is cut: gnuplot nests four or five levels */

int report_svg_inline(buf *b, const char *s, size_t n, const char *pre)
{
    const char *open[SVG_DEPTH];    /* names of the elements open in the output */
    size_t openn[SVG_DEPTH];
    size_t i = 0, start = b->len;
    int depth = 0, rc = 0;
    bool seen = false;

    while (i < n) {
        const char *lt = memchr(s + i, '<', n - i);
        size_t t = lt ? (size_t)(lt - s) : n;

        if (depth > 0)
            rc |= put_escaped(b, s + i, t - i);
        if (!lt)
            break;
        i = t + 1;
        if (n - i >= 3 && !memcmp(s + i, "!--", 3)) {
            const char *e = NULL;
            for (size_t j = i + 3; j + 3 <= n && !e; j++)
                if (!memcmp(s + j, "-->", 3))
                    e = s + j + 3;
            i = e ? (size_t)(e - s) : n;
        } else if (n - i >= 8 && !memcmp(s + i, "![CDATA[", 8)) {
            const char *e = NULL;
            for (size_t j = i + 8; j + 3 <= n && !e; j++)
                if (!memcmp(s + j, "]]>", 3))
                    e = s + j + 3;
            i = e ? (size_t)(e - s) : n;
        } else if (i < n && (s[i] == '?' || s[i] == '!')) {
            const char *e = memchr(s + i, '>', n - i);
            i = e ? (size_t)(e - s) + 1 : n;
        } else if (i < n && s[i] == '/') {
            size_t a = ++i, nn;
            const char *e;
            while (i < n && name_char((unsigned char)s[i]))
                i++;
            nn = i - a;
            e = memchr(s + i, '>', n - i);
            i = e ? (size_t)(e - s) + 1 : n;
            /* only the element open last may close: the output stays nested */
            if (depth > 0 && openn[depth - 1] == nn && !memcmp(open[depth - 1], s + a, nn)) {
                rc |= buf_puts(b, "</");
                rc |= buf_append(b, s + a, nn);
                rc |= buf_putc(b, '>');
                if (--depth == 0)
                    break;
            }
        } else {
            size_t a = i, nn;
            bool selfclose;
            int r;
            while (i < n && name_char((unsigned char)s[i]))
                i++;
            nn = i - a;
            if (nn == 0)
                continue;
            if ((!seen && !(nn == 3 && !memcmp(s + a, "svg", 3))) || !kept(s + a, nn) ||
                depth == SVG_DEPTH) {
                const char *e = memchr(s + i, '>', n - i);
                i = e ? (size_t)(e - s) + 1 : n;
                if (seen && e && e[-1] != '/')
                    skip_element(s, n, &i, s + a, nn);
                continue;
            }
            seen = true;
            rc |= buf_putc(b, '<');
            rc |= buf_append(b, s + a, nn);
            r = put_attributes(b, s, n, &i, pre, depth == 0, &selfclose);
            if (r == 1) {           /* the file ends inside a tag */
                rc |= buf_puts(b, "/>");
                break;
            }
            rc |= r;
            if (selfclose) {
                rc |= buf_puts(b, "/>");
                if (depth == 0)
                    break;
            } else {
                rc |= buf_putc(b, '>');
                open[depth] = s + a;
                openn[depth++] = nn;
            }
        }
    }
    /* close what a cut file left open, so that the page keeps its shape */
    while (depth > 0) {
        depth--;
        rc |= buf_puts(b, "</");
        rc |= buf_append(b, open[depth], openn[depth]);
        rc |= buf_putc(b, '>');
    }
    if (rc)
        return -1;
    if (!seen) {
        b->len = start;
        if (b->data)
            b->data[start] = '\0';
        return 1;
    }
    return 0;
}
