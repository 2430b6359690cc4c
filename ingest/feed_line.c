/* feed_line.c -- line ends, and the messages that name a place in the input.
 *
 * Page breaks.  A printed report cut across pages leaves a line end, often
 * a blank line, in the middle of a sentence.  A line is taken to continue in
 * the next non-blank line when it does not end in sentence or heading
 * punctuation (。！？；：and their ASCII forms, closing brackets and quotes),
 * does not start like a numbered heading ("（一）", "二、"), and is either at
 * least JOIN_MIN_CHARS characters long, as a full printed line is, or holds
 * clause punctuation (，、), as prose does and titles, signatures and dates
 * do not.  A paragraph is one such joined line.  Across a blank line a short
 * line goes on for a comma or 、, or for a colon of prose's label (blank_ends):
 * a page's metadata line or a site's label ends there (meta_line).  A short Chinese line
 * joined only for its punctuation (a title holding 、 or a colon: 国家统计局：
 * 5月份国民经济…) ends before a next line that opens with a bracket, as a
 * date line (2023年6月15日) or a numbered heading does (feed_char.c): a title
 * joined to its date line hides the date from the document-time stage.  An
 * English line that reads like a heading (english_heading) and is followed
 * by a blank line ends before a next line that opens with a capital. */
#include "feed.h"
#include "rules_en.h"     /* the English lexicon */

#include "../common/utf8.h"

#include <string.h>

#define JOIN_MIN_CHARS 40           /* a line this long without final punctuation continues */
#define WRAP_MIN_WIDTH 30           /* half-widths: a shorter line is never a full wrapped one */
#define WRAP_MAX_WIDTH 100          /* half-widths: a text with a wider line is not wrapped by hand */
#define HEADLINE_MIN_CHARS 10       /* a figure with a subject and a verb */
#define HEADLINE_MAX_CHARS 50       /* a headline fits a printed line */
#define UNIT_MAX 3                  /* 万美元 */
#define RUN_LINE_GAPS 8             /* cell breaks of a line that is a table's rows run together */
#define ADDRESS_LINE_MAX 100        /* characters of a line of a web address and a label or date */

/* Punctuation after which a line end is a real paragraph end (a bar ends a
 * row of a table: | 工业 | 8848 |). */
static bool is_line_final(uint32_t cp)
{
    return feed_is_sentence_end(cp) || cp == 0xFF1A || cp == ':' || cp == 0xFF09 || cp == ')' || cp == '.'
        || cp == 0x201D || cp == 0x300D || cp == 0x300F || cp == 0x300B || cp == 0x2026 || cp == '|';
}

/* A numbered heading: "（一）…", "(1)…", "一、…", "1、…". */
static bool is_heading_start(const ingest_parser *p, const uint32_t c[3])
{
    unsigned char u[4];
    int n;

    if (c[0] == 0xFF08 || c[0] == '(')
        return true;
    if (c[1] != 0x3001 && c[1] != '.')
        return false;
    if (c[0] >= '0' && c[0] <= '9')
        return !(c[1] == '.' && c[2] >= '0' && c[2] <= '9');   /* 7.6% is a figure */
    n = utf8_encode(c[0], u);
    return n > 0 && ingest_lex_is(p->ctx.maps.lx, LEX_HEADING_NUMERAL, (const char *)u, (size_t)n);
}

/* A line of a text wrapped by hand (printed lines of some 20 to 45
 * ideographs, each ended by a line break): it is nearly as wide as the
 * widest line so far, counting an ideograph as two half-widths, and that
 * width is a printed line's, not a paragraph's. */
static bool full_line(const ingest_parser *p)
{
    long w = p->line_chars + p->line_wide;

    return p->wrap_width <= WRAP_MAX_WIDTH && p->wrap_width >= WRAP_MIN_WIDTH
        && w >= WRAP_MIN_WIDTH && w * 5 >= p->wrap_width * 4;
}

/* A numbered heading that runs on (a hard-wrapped page): the line is a
 * full printed line and a sentence ended on it, so the heading's own words
 * are over and the paragraph's text goes on to the line's end and past it
 * ("（一）县域经济较快发展。2016年，全县生产总值34" + "0亿元，…"). */
static bool heading_runs_on(const ingest_parser *p)
{
    return p->line_stop && (p->line_chars >= JOIN_MIN_CHARS || full_line(p));
}

/* At a line end that joins a hard-wrapped line of ideographs to the next,
 * whether the whitespace the break stands for is a word gap: not after a
 * digit, where the wrap cut a figure (34 + 0亿元 is 340亿元; a Chinese text
 * puts no space between a figure and what follows it). */
static bool join_gap(const ingest_parser *p)
{
    bool digit = p->line_last >= '0' && p->line_last <= '9';

    return !(digit && p->line_wide * 2 >= p->line_chars);
}

/* A headline that states a figure (统计局：1-7月份规模以上工业企业利润增长17.1%,
 * 「成都新鲜事」市财政局：去年全市一般公共预算支出完成1597.2亿元, 2010年：人均生产
 * 总值1万美元): a short Chinese line, no numbered heading, whose last figure
 * ends it, a unit of at most UNIT_MAX characters after.  Prose broken there
 * would go on with its comma; the headline's figure is a sentence of its own,
 * and joined to the paragraph after it, it is lost or takes that
 * paragraph's subject. */
static bool figure_headline(const ingest_parser *p)
{
    return p->line_digit_end > 0 && p->line_chars - p->line_digit_end <= UNIT_MAX
        && p->line_chars >= HEADLINE_MIN_CHARS && p->line_chars < HEADLINE_MAX_CHARS
        && p->line_wide * 2 >= p->line_chars && !full_line(p)
        && !is_heading_start(p, p->line_first);
}

/* Is the line a table's rows run together on one line (table_run.c): many
 * cell breaks, a figure at its end, no comma (a colon may stand in a label:
 * 其中:花生)?  It is a whole table, and the paragraph after it is not its
 * continuation.  The line's text is looked at only past the quick tests. */
static bool cell_run(const ingest_parser *p)
{
    size_t gaps = p->tab.ngap >= p->tab.line_gap0 ? p->tab.ngap - p->tab.line_gap0 : p->tab.ngap;
    size_t from = p->tab.line_from <= p->sent.len ? p->tab.line_from : 0;

    return gaps >= RUN_LINE_GAPS && p->line_wide * 4 >= p->line_chars
        && ((p->line_last >= '0' && p->line_last <= '9') || p->line_last == '%')
        && !memchr(p->sent.data + from, ',', p->sent.len - from);
}

/* Is the line a web address with at most a label and a date, no Chinese
 * and no comma (http://www.CRNTT.com   2019-01-27 11:35:27, Original URL:
 * http://…)?  It is a page's metadata, no prose: its colons are no clause
 * breaks nor its length a printed line's, and joined to the paragraph
 * after it, it hides the page's date from the document-time stage.  A
 * long line or one with a comma is prose that cites an address. */
static bool address_line(const ingest_parser *p)
{
    size_t from = p->tab.line_from <= p->sent.len ? p->tab.line_from : 0;

    return p->line_address && p->line_wide == 0 && p->line_chars <= ADDRESS_LINE_MAX
        && !memchr(p->sent.data + from, ',', p->sent.len - from);
}

/* Does the English line that ends here, with no final punctuation, read
 * like a heading: opened by a capital, ended by a word that is no function
 * word (lexicon stopword: "of", "the", "in" ... end a wrapped line of prose),
 * a number or a percent sign?  "Substantial economic growth in fourth
 * quarter", "Industrial production up 1.3 percent compared to the previous
 * month": the next line, when it opens with a capital, is a new paragraph,
 * not the heading's continuation (whose words took it for a figure's
 * subject and its time for the figure's). */
static bool english_heading(const ingest_parser *p)
{
    const char *t = p->sent.data;
    size_t e = p->sent.len, b;
    char w[16];

    if (p->line_wide > 0 || p->n_cjk > 0 || !(p->line_first[0] >= 'A' && p->line_first[0] <= 'Z')
        || !((p->line_last >= 'a' && p->line_last <= 'z')
             || (p->line_last >= '0' && p->line_last <= '9') || p->line_last == '%'))
        return false;
    for (b = e; b > 0 && ((t[b - 1] | 0x20) >= 'a' && (t[b - 1] | 0x20) <= 'z'); b--)
        ;
    if (e - b >= sizeof w)
        return true;
    for (size_t k = b; k < e; k++)
        w[k - b] = (char)(t[k] | 0x20);
    return e == b || !ingest_lex_is(&ingest_lexicon_en, LEX_STOPWORD, w, e - b);
}

/* Does the line hold a pause of prose, a comma or 、, and not only a
 * label's colon (来源:, 字號:, tags:)?  Only its text since the sentence's
 * start is looked at when a sentence ended on it. */
static bool line_pause(const ingest_parser *p)
{
    size_t from = p->line_stop || p->tab.line_from > p->sent.len ? 0 : p->tab.line_from;
    const char *t = p->sent.data;

    for (size_t i = from; i < p->sent.len; i++)
        if (t[i] == ',' || (i + 2 < p->sent.len && memcmp(t + i, "\xE3\x80\x81", 3) == 0))
            return true;   /* (a full-width comma is kept as ',') */
    return false;
}

/* Does the line read as a page's metadata or a site's label, not as a
 * label of prose (一季度：全国…实现 / Industry: value added of…, whose
 * sentence goes on after a blank line in double-spaced text)?  Two colons
 * or more (11:20:00 來源:台灣網, 09:30 发布时间:), a page-meta word right
 * before a colon (来源:, 编辑:), or after a colon a site's address or a
 * menu of words set apart by spaces (site logo: www…, 網站導航: 首頁 新聞). */
static bool meta_line(const ingest_parser *p)
{
    size_t from = p->line_stop || p->tab.line_from > p->sent.len ? 0 : p->tab.line_from;
    const char *t = p->sent.data;
    size_t n = p->sent.len, colons = 0, first = 0;

    for (size_t i = from; i < n; i++) {
        size_t c = t[i] == ':' ? 1 : i + 3 <= n && memcmp(t + i, "\xEF\xBC\x9A", 3) == 0 ? 3 : 0;
        if (c == 0)
            continue;
        if (colons++ == 0)
            first = i + c;
        if (ingest_lex_ends(&ingest_lexicon_zh, LEX_PAGE_META, t + from, i - from)
            || ingest_lex_ends(&ingest_lexicon_en, LEX_PAGE_META, t + from, i - from))
            return true;
    }
    if (colons >= 2)
        return true;
    if (colons == 0)
        return false;
    if (p->line_wide_gap)
        return true;   /* a menu: Chinese words set apart by spaces */
    for (size_t i = first; i + 4 <= n; i++)
        if (memcmp(t + i, "www.", 4) == 0)
            return true;
    return false;
}

/* Does a blank line after this line, which the next line would continue,
 * end the paragraph instead?  A short line whose only clause marks are
 * colons ends there when it reads as metadata (meta_line): a page's
 * metadata line (2014年07月31日 11:20:00 來源:台灣網 字號:), a site's label
 * (site logo: www…); a prose label (一季度：…实现利润总额) goes on,
 * like a short line with no mark at all (a headline); joined to the text
 * after it, it glued the site's words into the first sentence and hid the
 * page's date, and such a line may be as wide as a short page's widest
 * (full_line).  A short line that holds a comma or 、 goes on, as prose cut
 * by a page does (2021年，规模以上工业 / 总产值增长6.1%), and so does a line
 * of JOIN_MIN_CHARS or more. */
static bool blank_ends(const ingest_parser *p)
{
    return p->line_chars < JOIN_MIN_CHARS && (!p->line_comma || (!line_pause(p) && meta_line(p)));
}

/* A line ends: either the paragraph goes on in the next line (page break)
 * or it ends here.  See the comment at the top for the rule. */
int ingest_feed_line_end(ingest_parser *p)
{
    int rc = GC_OK;

    if (p->line_chars > 0) {
        bool heading = is_heading_start(p, p->line_first) && !heading_runs_on(p);
        if (!is_line_final(p->line_last) && !heading && !figure_headline(p) && !p->tab.active && !p->tab.en_active && !p->tab.flat
            && (p->line_chars >= JOIN_MIN_CHARS || p->line_comma || full_line(p)) && !cell_run(p)
            && !address_line(p)) {
            p->space_pending = join_gap(p);
            p->soft_join = blank_ends(p);
            p->short_join = p->line_chars < JOIN_MIN_CHARS && !full_line(p)
                            && p->line_wide * 2 >= p->line_chars;   /* a Chinese line */
            p->cap_split = english_heading(p);
        } else {
            p->soft_join = p->short_join = false;
            p->cap_split = 0;
            rc = ingest_feed_end_paragraph(p);
        }
    } else if (p->cap_split == 1) {
        p->cap_split = 2;       /* a blank line after an English heading */
    }
    if (p->line_chars == 0 && p->soft_join) {
        p->soft_join = p->short_join = false;
        rc = ingest_feed_end_paragraph(p);
    }
    p->tab.active = p->tab.active && p->line_chars > 0;   /* a blank line ends a table */
    if (p->line_chars + p->line_wide > p->wrap_width && !address_line(p))
        p->wrap_width = p->line_chars + p->line_wide;
    p->line_chars = p->line_wide = 0;
    p->tab.line_gap0 = p->tab.ngap;
    p->tab.line_from = p->sent.len;
    p->line_comma = p->line_stop = p->line_address = p->in_address = false;
    p->line_wide_gap = false;
    p->line_digit_end = 0;
    p->line_first[0] = p->line_first[1] = p->line_first[2] = 0;
    p->line++;
    p->col = 1;
    return rc;
}

/* ---- decoding ---- */

int ingest_feed_bad_utf8(ingest_parser *p, gc_diag *diag, const char *what)
{
    gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                "%s UTF-8 at byte %lld (line %ld, column %ld); pass --encoding gb18030 "
                "if the file is GB18030/GBK", what, p->byte, p->line, p->col);
    return GC_EENCODING;
}

int ingest_feed_binary(ingest_parser *p, gc_diag *diag)
{
    gc_diag_set(diag, p->name, p->line, p->col, p->byte,
                "not a text file (NUL byte at byte %lld); give a UTF-8 or GB18030 report",
                p->byte);
    return GC_EBINARY;
}
