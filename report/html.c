/* html.c -- report_review_html(): the review page, the report's own text
 * with every claim marked in place and every finding one click away.
 *
 * The page is the template report/review.html.in with its style and script
 * (report/review.css, review.js, compiled in by tools/embed.sh); this file
 * fills its @NAME@ slots.  Three ideas hold it together:
 *
 * Exact marks.  A claim's source.byte is the offset of its number in the
 * original file.  The text shown is that file decoded as ingest decoded it
 * (UTF-8, or GB18030/--encoding one character at a time, with a map from
 * original offsets to offsets in the page's text).  From the offset the
 * mark covers the written number (matched character by character against
 * value_text, full-width forms folded) and, where it follows, the unit;
 * a claim whose number is not at its offset is listed apart, never marked
 * at a guess.
 *
 * Works without script.  Each mark is a link to its finding; findings are a
 * plain list grouped by indicator, most severe first, each with its chart.
 * The script only adds the side panel and the ring around the figures a
 * finding used.
 *
 * Nothing from a document reaches the page unescaped: & < > " ' become
 * references and the bidi controls (U+202A..U+202E, U+2066..U+2069, and
 * the marks U+200E, U+200F, U+061C) are shown as their code points. */
#include "report.h"
#include "html_int.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../common/numfmt.h"
#include "../common/sha256.h"
#include "../common/utf8.h"

extern const char report_review_tpl[];
extern const char report_review_css[];
extern const size_t report_review_css_len;
extern const char report_review_js[];
extern const size_t report_review_js_len;

/* ---- verdict classes ---- */

/* The colour a figure or finding gets, most severe first. */
enum vclass { VC_INC, VC_WARN, VC_EXPL, VC_OK, VC_UNV, VC_NC, VC_COUNT };

static const char *const vc_css[VC_COUNT] = { "v-inc", "v-warn", "v-expl", "v-ok", "v-unv", "v-nc" };

static enum vclass finding_class(const analysis_finding *x)
{
    switch (x->verdict) {
    case ANALYSIS_INCONSISTENT: return VC_INC;
    case ANALYSIS_EXPLAINED:    return x->has_deflator && x->deflator_flag ? VC_WARN : VC_EXPL;
    case ANALYSIS_CONSISTENT:   return VC_OK;
    case ANALYSIS_UNVERIFIABLE: return VC_UNV;
    }
    return VC_UNV;
}

/* ---- the page's words ---- */

typedef struct words {
    const char *html_lang;
    const char *heading;                /* before the file name(s) */
    const char *verdict[VC_COUNT];
    const char *miss;                   /* legend: sentences with no claim */
    const char *hint;
    const char *findings_h, *findings_intro;
    const char *formula, *stated, *computed, *reason, *diagnosis, *implied, *definition;
    const char *used, *deflator, *deflator_out, *gross, *rounding;
    const char *line, *line_tail;       /* around a line number */
    const char *nc_h, *nc_intro;
    const char *miss_h;
    const char *unplaced_h, *unplaced_intro;
    const char *charts_h, *charts_none;
    const char *no_text;
    const char *close;
    const char *go_first, *go_worst, *go_findings;   /* the header's links */
    const char *footer, *footer_tail;
} words;

static const words zh = {
    "zh-Hans", "growthcheck 审阅：",
    { "不一致", "已解释（需留意）", "已解释", "一致", "无法核对", "未核对" },
    "未能提取数字的增长句",
    "按 Tab 键依次经过文中的每个数字，或点击数字，查看它的核查结论；无脚本时，数字链接到下方的结论。",
    "核查结论", "按指标分组，问题最重的在前；每条列出所用的数字，可点回原文。",
    "公式", "所述", "计算", "原因", "诊断", "推算", "定义",
    "所用数字", "隐含平减指数", "超出合理区间", "差距较大", "仅因四舍五入而一致",
    "第", "行",
    "未被任何核查使用的数字", "这些数字已提取，但没有一条核查用到它们。",
    "提到增长却未能提取数字的句子",
    "未能在原文中定位的数字", "这些说法在原文给出的位置找不到所写的数字，因此没有标注。",
    "总览图", "未绘制图表：",
    "（未保留原文：来自标准输入）",
    "关闭",
    "跳到第一个数字", "最严重的结论", "全部结论",
    "由 growthcheck ", " 生成。本页为单一文件，不联网，不加载任何外部资源。",
};

static const words en = {
    "en", "growthcheck review: ",
    { "inconsistent", "explained, with a warning", "explained", "consistent", "unverifiable",
      "not checked" },
    "growth sentence with no claim",
    "Press Tab to move from figure to figure, or click one, to see its finding; without "
    "script each figure links to its finding below.",
    "Findings", "Grouped by indicator, most severe first; each lists the figures it used, "
    "linked back into the text.",
    "formula", "stated", "computed", "reason", "diagnosis", "implied", "definition",
    "figures used", "implied deflator", "outside the plausible band", "gross gap",
    "consistent only thanks to rounding",
    "line ", "",
    "Figures no finding used", "These figures were extracted, but no check used them.",
    "Sentences that speak of growth but gave no claim",
    "Figures not found in the text",
    "The text at these claims' offsets does not hold the figure as written, so they are not "
    "marked.",
    "Charts of several indicators", "Charts were not rendered: ",
    "(text not kept: read from standard input)",
    "Close",
    "first figure", "most severe finding", "all findings",
    "Written by growthcheck ", ". One self-contained file: no network, nothing loaded from "
    "elsewhere.",
};

/* ---- escaping ---- */

static bool bidi_control(uint32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
           cp == 0x200F || cp == 0x061C;
}

/* Appends s[0..n) escaped for HTML.  In text (attr false) bidi and other
 * control characters are shown as <span class="ctl">U+XXXX</span>; in an
 * attribute value as "U+XXXX".  Invalid UTF-8 bytes become U+FFFD. */
static int esc(buf *b, const char *s, size_t n, bool attr)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, run = 0;
    int rc = 0;

    while (i < n) {
        uint32_t cp;
        int len = utf8_decode(u + i, n - i, &cp);
        const char *rep = NULL;

        if (len <= 0) {
            rep = "\xEF\xBF\xBD";
            len = 1;
        } else if (cp == '&') {
            rep = "&amp;";
        } else if (cp == '<') {
            rep = "&lt;";
        } else if (cp == '>') {
            rep = "&gt;";
        } else if (cp == '"') {
            rep = "&quot;";
        } else if (cp == '\'') {
            rep = "&#39;";
        } else if (bidi_control(cp) || (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F ||
                   (cp >= 0x80 && cp < 0xA0) || cp == 0xFEFF) {
            rc |= buf_append(b, s + run, i - run);
            rc |= buf_printf(b, attr ? "U+%04X" : "<span class=\"ctl\">U+%04X</span>",
                             (unsigned)cp);
            i += (size_t)len;
            run = i;
            continue;
        }
        if (rep) {
            rc |= buf_append(b, s + run, i - run);
            rc |= buf_puts(b, rep);
            i += (size_t)len;
            run = i;
        } else {
            i += (size_t)len;
        }
    }
    rc |= buf_append(b, s + run, n - run);
    return rc;
}

static int esc_str(buf *b, const char *s, bool attr)
{
    return s ? esc(b, s, strlen(s), attr) : 0;
}

/* ---- marks ---- */

enum { SPAN_CLAIM, SPAN_MISS };

typedef struct span {
    size_t s, e;        /* text offsets */
    int kind;
    size_t idx;         /* claim or miss index */
} span;

static int span_cmp(const void *a, const void *b)
{
    const span *x = a, *y = b;

    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return x->kind - y->kind;
}

/* The end of the sentence starting at u: after 。！？；!?; or at the line's end. */
static size_t sentence_end(const doctext *d, size_t u)
{
    size_t i = u;

    while (i < d->n) {
        size_t at = i;
        uint32_t c = report_fold_next(d->t, d->n, &i);
        if (!c || c == '\n' || c == '\r')
            return at;
        if (c == 0x3002 || c == '!' || c == '?' || c == ';')
            return i;
    }
    return d->n;
}

/* ---- the state of one page ---- */

typedef struct page {
    buf *b;
    const words *w;
    const ingest_claims *claims;
    const analysis_findings *f;
    const report_review_options *opt;
    const report_doc *docs;
    size_t ndocs;
    enum vclass *cclass;    /* per claim */
    size_t *cfirst;         /* per claim: the finding it links to, or SIZE_MAX */
    bool *placed;           /* per claim: marked in the text */
    size_t *order;          /* findings in display order */
    size_t *num;            /* per finding: its number on the page (1-based) */
    size_t norder;
    size_t nplaced;
    size_t vcount[VC_COUNT];    /* figures marked, by class */
    size_t fcount[VC_COUNT];    /* findings, by class */
    size_t misses_marked;
    int rc;
} page;

static bool is_coverage(const analysis_finding *x)
{
    return x->check == ANALYSIS_CHECK_COVERAGE;
}

/* Sort key of a finding: its group's worst class, its group's first
 * appearance, its own class (a gross inconsistency before a slight one). */
typedef struct fkey {
    size_t idx;
    int group_rank, rank;
    size_t group_first;
} fkey;

static int fkey_cmp(const void *a, const void *b)
{
    const fkey *x = a, *y = b;

    if (x->group_rank != y->group_rank)
        return x->group_rank - y->group_rank;
    if (x->group_first != y->group_first)
        return x->group_first < y->group_first ? -1 : 1;
    if (x->rank != y->rank)
        return x->rank - y->rank;
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static int frank(const analysis_finding *x)
{
    return (int)finding_class(x) * 2 + !(x->verdict == ANALYSIS_INCONSISTENT && x->gross);
}

static bool same_indicator(const analysis_finding *a, const analysis_finding *b)
{
    return a->indicator && b->indicator && !strcmp(a->indicator, b->indicator);
}

/* Orders the findings and gives each claim its class and first finding. */
static int classify(page *p)
{
    const analysis_findings *f = p->f;
    size_t nc = p->claims->count;
    fkey *keys = malloc((f->count + 1) * sizeof *keys);

    if (!keys)
        return -1;
    p->norder = 0;
    for (size_t i = 0; i < f->count; i++) {
        fkey k = { i, 0, frank(&f->items[i]), i };
        if (is_coverage(&f->items[i]))
            continue;
        /* worst rank of the group and its first member */
        k.group_rank = k.rank;
        for (size_t j = 0; j < f->count; j++) {
            if (is_coverage(&f->items[j]) || (j != i && !same_indicator(&f->items[i], &f->items[j])))
                continue;
            if (frank(&f->items[j]) < k.group_rank)
                k.group_rank = frank(&f->items[j]);
            if (j < k.group_first)
                k.group_first = j;
        }
        keys[p->norder++] = k;
    }
    qsort(keys, p->norder, sizeof *keys, fkey_cmp);
    for (size_t i = 0; i < p->norder; i++) {
        p->order[i] = keys[i].idx;
        p->num[keys[i].idx] = i + 1;
    }
    free(keys);
    for (size_t c = 0; c < nc; c++) {
        p->cclass[c] = VC_NC;
        p->cfirst[c] = SIZE_MAX;
    }
    /* in display order, so a claim's first finding is the most severe */
    for (size_t i = 0; i < p->norder; i++) {
        const analysis_finding *x = &f->items[p->order[i]];
        for (size_t k = 0; k < x->nclaims; k++) {
            size_t c = x->claims[k];
            if (c >= nc)
                continue;
            if (p->cfirst[c] == SIZE_MAX)
                p->cfirst[c] = p->order[i];
            if (finding_class(x) < p->cclass[c])
                p->cclass[c] = finding_class(x);
        }
    }
    for (size_t i = 0; i < f->count; i++)
        if (!is_coverage(&f->items[i]))
            p->fcount[finding_class(&f->items[i])]++;
    return 0;
}

/* ---- the document section ---- */

static void put_claim_open(page *p, size_t c)
{
    const ingest_claim *cl = &p->claims->items[c];
    const analysis_findings *f = p->f;
    buf *b = p->b;
    enum vclass v = p->cclass[c];

    p->rc |= buf_printf(b, "<a class=\"fig %s\" id=\"c%zu\"", vc_css[v], c);
    if (p->cfirst[c] != SIZE_MAX)
        p->rc |= buf_printf(b, " href=\"#f%zu\" data-n=\"%zu\"", p->cfirst[c], p->num[p->cfirst[c]]);
    else
        p->rc |= buf_printf(b, " href=\"#n%zu\"", c);
    p->rc |= buf_puts(b, " data-f=\"");
    if (p->cfirst[c] == SIZE_MAX) {
        p->rc |= buf_printf(b, "n%zu", c);
    } else {
        bool first = true;
        for (size_t i = 0; i < p->norder; i++) {
            const analysis_finding *x = &f->items[p->order[i]];
            for (size_t k = 0; k < x->nclaims; k++)
                if (x->claims[k] == c) {
                    p->rc |= buf_printf(b, "%sf%zu", first ? "" : " ", p->order[i]);
                    first = false;
                    break;
                }
        }
    }
    p->rc |= buf_printf(b, "\" data-b=\"%lld\" data-e=\"", cl->source.byte);
}

static int put_document(page *p, size_t di)
{
    const report_doc *doc = &p->docs[di];
    const ingest_claims *cl = p->claims;
    buf *b = p->b;
    doctext d;
    span *sp = NULL;
    size_t nsp = 0, k = 0, i = 0;
    long line = 1;

    p->rc |= buf_printf(b, "<article class=\"doc\" id=\"d%zu\">\n<h2>", di + 1);
    p->rc |= esc_str(b, doc->name, false);
    p->rc |= buf_puts(b, "</h2>\n");
    if (!doc->bytes) {
        p->rc |= buf_printf(b, "<p class=\"missing-text\">%s</p>\n</article>\n", p->w->no_text);
        return p->rc ? -1 : 0;
    }
    if (report_doctext_load(&d, doc->bytes, doc->n, p->opt->encoding) != 0)
        return -1;
    sp = malloc((cl->count + cl->nmisses + 1) * sizeof *sp);
    if (!sp) {
        report_doctext_free(&d);
        return -1;
    }
    for (size_t c = 0; c < cl->count; c++) {
        size_t s, e;
        if (p->placed[c] || !cl->items[c].source.file || strcmp(cl->items[c].source.file, doc->name))
            continue;
        if (report_figure_span(&d, &cl->items[c], &s, &e))
            sp[nsp++] = (span){ s, e, SPAN_CLAIM, c };
    }
    for (size_t m = 0; m < cl->nmisses; m++) {
        size_t s = report_doctext_to_text(&d, cl->misses[m].byte);
        if (!cl->misses[m].file || strcmp(cl->misses[m].file, doc->name) || s >= d.n)
            continue;
        sp[nsp++] = (span){ s, sentence_end(&d, s), SPAN_MISS, m };
    }
    qsort(sp, nsp, sizeof *sp, span_cmp);
    /* no two spans overlap: a later one wins its start (claims over misses) */
    {
        size_t out = 0;
        for (size_t a = 0; a < nsp; a++) {
            if (out > 0 && sp[a].s < sp[out - 1].e) {
                if (sp[a].kind == SPAN_MISS)
                    continue;
                if (sp[out - 1].kind == SPAN_CLAIM && sp[a].s <= sp[out - 1].s)
                    continue;   /* two claims at one offset: the first keeps it */
                sp[out - 1].e = sp[a].s;
            }
            sp[out++] = sp[a];
        }
        nsp = out;
    }
    /* line by line: a line with any text is a paragraph */
    if (d.n >= 3 && !memcmp(d.t, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i <= d.n && p->rc == 0) {
        size_t le = i, next;
        long lines = 1;
        bool blank = true;
        for (;;) {
            bool straddle = false;
            while (le < d.n && d.t[le] != '\n' && d.t[le] != '\r')
                le++;
            next = le < d.n ? le + 1 + (d.t[le] == '\r' && le + 1 < d.n && d.t[le + 1] == '\n')
                            : d.n + 1;
            /* a figure wrapped across the break keeps the lines one paragraph */
            for (size_t q = k; q < nsp && sp[q].s < le && !straddle; q++)
                straddle = sp[q].kind == SPAN_CLAIM && sp[q].e > le;
            if (!straddle)
                break;
            le = next;
            lines++;
        }
        for (size_t j = i; j < le && blank;)
            blank = report_is_space(report_fold_next(d.t, le, &j));
        if (!blank) {
            size_t pos = i;
            p->rc |= buf_printf(b, "<p data-ln=\"%ld\">", line);
            while (k < nsp && sp[k].s < le) {
                size_t s = sp[k].s < pos ? pos : sp[k].s, e = sp[k].e < le ? sp[k].e : le;
                p->rc |= esc(b, d.t + pos, s - pos, false);
                if (sp[k].kind == SPAN_CLAIM) {
                    p->placed[sp[k].idx] = true;
                    p->nplaced++;
                    p->vcount[p->cclass[sp[k].idx]]++;
                    put_claim_open(p, sp[k].idx);
                    p->rc |= buf_printf(b, "%lld\" title=\"", report_doctext_to_orig(&d, sp[k].e));
                    p->rc |= buf_puts(b, p->w->verdict[p->cclass[sp[k].idx]]);
                    p->rc |= buf_puts(b, " · ");
                    p->rc |= esc_str(b, cl->items[sp[k].idx].indicator, true);
                    p->rc |= buf_puts(b, "\">");
                } else {
                    p->rc |= buf_printf(b, "<span class=\"miss\" id=\"m%zu\" title=\"%s\">",
                                        sp[k].idx, p->w->miss);
                    p->misses_marked++;
                }
                p->rc |= esc(b, d.t + s, e - s, false);
                p->rc |= buf_puts(b, sp[k].kind == SPAN_CLAIM ? "</a>" : "</span>");
                pos = e;
                if (sp[k].e <= le)
                    k++;
                else
                    break;      /* a miss running past the line: cut here */
            }
            p->rc |= esc(b, d.t + pos, le - pos, false);
            p->rc |= buf_puts(b, "</p>\n");
        }
        while (k < nsp && sp[k].s < next)
            k++;                /* a miss cut at the line's end, or a span on the break */
        line += lines;
        i = next;
    }
    p->rc |= buf_puts(b, "</article>\n");
    free(sp);
    report_doctext_free(&d);
    return p->rc ? -1 : 0;
}

/* ---- findings ---- */

static void put_line(page *p, long line)
{
    p->rc |= buf_printf(p->b, "%s%ld%s", p->w->line, line, p->w->line_tail);
}

static void put_claim_ref(page *p, size_t c)
{
    const ingest_claim *cl = &p->claims->items[c];
    char v[64];

    p->rc |= buf_printf(p->b, "<a class=\"ref\" href=\"#c%zu\">", c);
    p->rc |= esc_str(p->b, cl->value_text && *cl->value_text ? cl->value_text
                                                              : numfmt(v, cl->value, 4), false);
    p->rc |= buf_puts(p->b, numfmt_unit_gap(cl->unit));
    p->rc |= esc_str(p->b, cl->unit, false);
    if (cl->year)
        p->rc |= buf_printf(p->b, " (%d)", cl->year);
    else if (cl->period_from && cl->period_to)
        p->rc |= buf_printf(p->b, " (%d–%d)", cl->period_from, cl->period_to);
    p->rc |= buf_puts(p->b, "</a> <span class=\"src\">");
    put_line(p, cl->source.line);
    p->rc |= buf_puts(p->b, "</span>");
}

static void put_iv(page *p, const analysis_interval *iv)
{
    char lo[64], hi[64];

    if (iv->lo_unbounded && iv->hi_unbounded)
        return;
    /* an open side as the tables and the memo write it: [6, …), (…, 8721.46] */
    p->rc |= buf_printf(p->b, " %s%s, %s%s", iv->lo_unbounded ? "(" : "[",
                        iv->lo_unbounded ? "…" : numfmt(lo, iv->lo, 2),
                        iv->hi_unbounded ? "…" : numfmt(hi, iv->hi, 2), iv->hi_unbounded ? ")" : "]");
}

static void put_finding(page *p, size_t fi)
{
    const analysis_finding *x = &p->f->items[fi];
    const words *w = p->w;
    buf *b = p->b;
    enum vclass v = finding_class(x);
    char stated[160], computed[160], num[64];

    report_finding_cells(x, stated, computed);
    p->rc |= buf_printf(b, "<li class=\"finding %s\" id=\"f%zu\" data-c=\"", vc_css[v], fi);
    for (size_t k = 0; k < x->nclaims; k++)
        if (x->claims[k] < p->claims->count)
            p->rc |= buf_printf(b, "%sc%zu", k ? " " : "", x->claims[k]);
    p->rc |= buf_printf(b, "\">\n<h4><span class=\"n\">%zu</span><span class=\"badge %s\">%s</span>",
                        p->num[fi], vc_css[v], w->verdict[v]);
    p->rc |= esc_str(b, x->indicator, false);
    p->rc |= buf_printf(b, " · %s", analysis_check_name(x->check));
    if (x->from && x->to)
        p->rc |= buf_printf(b, " %d–%d", x->from, x->to);
    p->rc |= buf_puts(b, "</h4>\n");
    if (x->explanation) {
        p->rc |= buf_puts(b, "<p>");
        p->rc |= esc_str(b, x->explanation, false);
        p->rc |= buf_puts(b, "</p>\n");
    }
    p->rc |= buf_puts(b, "<dl>\n");
    if (x->formula) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd><code>", w->formula);
        p->rc |= esc_str(b, x->formula, false);
        p->rc |= buf_puts(b, "</code></dd>\n");
    }
    if (stated[0]) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->stated);
        p->rc |= esc_str(b, stated, false);
        p->rc |= buf_puts(b, "</dd>\n");
    }
    if (computed[0]) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->computed);
        p->rc |= esc_str(b, computed, false);
        if (x->gross)
            p->rc |= buf_printf(b, " · %s", w->gross);
        if (x->rounding_only)
            p->rc |= buf_printf(b, " · %s", w->rounding);
        p->rc |= buf_puts(b, "</dd>\n");
    }
    if (x->reason != ANALYSIS_REASON_NONE && analysis_reason_text(x->reason, w->html_lang)) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->reason);
        p->rc |= esc_str(b, analysis_reason_text(x->reason, w == &zh ? "zh" : "en"), false);
        p->rc |= buf_puts(b, "</dd>\n");
    }
    if (x->has_deflator)
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>%s%%%s%s</dd>\n", w->deflator,
                            numfmt(num, x->deflator, 2), x->deflator_flag ? " · " : "",
                            x->deflator_flag ? w->deflator_out : "");
    if (x->ndiagnosis) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->diagnosis);
        for (size_t k = 0; k < x->ndiagnosis; k++) {
            const char *t = analysis_reading_text(x->diagnosis[k].reading, w == &zh ? "zh" : "en");
            p->rc |= buf_puts(b, k ? "; " : "");
            p->rc |= esc_str(b, t ? t : analysis_reading_name(x->diagnosis[k].reading), false);
            p->rc |= buf_printf(b, " %s%%", numfmt(num, x->diagnosis[k].value, 2));
        }
        p->rc |= buf_puts(b, "</dd>\n");
    }
    for (size_t k = 0; k < x->nimplied; k++) {
        const analysis_implied *m = &x->implied[k];
        const char *lang = w == &zh ? "zh" : "en";
        const char *what = report_implied_what(m->what, lang);
        buf der = BUF_INIT;
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->implied);
        if (w == &zh) {
            if (m->year)
                p->rc |= buf_printf(b, "%d年", m->year);
            p->rc |= esc_str(b, what ? what : "", false);
            p->rc |= buf_puts(b, "：");
        } else {
            p->rc |= esc_str(b, what, false);
            if (m->year)
                p->rc |= buf_printf(b, " %d", m->year);
            p->rc |= buf_puts(b, ": ");
        }
        p->rc |= buf_puts(b, numfmt(num, m->value, 2));
        p->rc |= buf_puts(b, numfmt_unit_gap(m->unit));
        p->rc |= esc_str(b, m->unit, false);
        put_iv(p, &m->iv);
        /* the derivation in the page's language, or none */
        p->rc |= report_derivation_text(&der, m->derivation, lang);
        if (der.len) {
            p->rc |= buf_puts(b, " <span class=\"src\">");
            p->rc |= esc_str(b, der.data, false);
            p->rc |= buf_puts(b, "</span>");
        }
        buf_free(&der);
        p->rc |= buf_puts(b, "</dd>\n");
    }
    if (report_definition_text(x, w == &zh ? "zh" : "en")) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->definition);
        p->rc |= esc_str(b, report_definition_text(x, w == &zh ? "zh" : "en"), false);
        p->rc |= buf_puts(b, "</dd>\n");
    }
    if (x->nclaims) {
        p->rc |= buf_printf(b, "<dt>%s</dt><dd>", w->used);
        for (size_t k = 0; k < x->nclaims; k++) {
            if (x->claims[k] >= p->claims->count)
                continue;
            p->rc |= buf_puts(b, k ? "; " : "");
            put_claim_ref(p, x->claims[k]);
        }
        p->rc |= buf_puts(b, "</dd>\n");
    }
    p->rc |= buf_puts(b, "</dl>\n</li>\n");
}

static void put_chart(page *p, size_t k)
{
    const report_chart *ch = &p->opt->charts[k];
    char pre[32];
    size_t mark = p->b->len;
    int r;

    snprintf(pre, sizeof pre, "k%zu-", k + 1);
    p->rc |= buf_puts(p->b, "<figure class=\"chart\">");
    r = report_svg_inline(p->b, ch->svg ? ch->svg : "", ch->svg ? ch->n : 0, pre);
    if (r == 1) {               /* no SVG in it: leave nothing */
        p->b->len = mark;
        if (p->b->data)
            p->b->data[mark] = '\0';
        return;
    }
    p->rc |= r;
    p->rc |= buf_puts(p->b, "</figure>\n");
}

static void put_findings(page *p)
{
    const analysis_findings *f = p->f;
    const words *w = p->w;
    const ingest_claims *cl = p->claims;
    buf *b = p->b;
    bool *chart_used = calloc(p->opt->ncharts + 1, sizeof *chart_used);
    size_t gi = 0;

    if (!chart_used) {
        p->rc = -1;
        return;
    }
    p->rc |= buf_printf(b, "<h2>%s</h2>\n<p class=\"note\">%s</p>\n", w->findings_h, w->findings_intro);
    if (!p->opt->ncharts && p->opt->charts_note) {
        p->rc |= buf_puts(b, "<p class=\"note\">");
        p->rc |= buf_puts(b, w->charts_none);
        p->rc |= esc_str(b, p->opt->charts_note, false);
        p->rc |= buf_puts(b, "</p>\n");
    }
    for (size_t i = 0; i < p->norder;) {
        const analysis_finding *first = &f->items[p->order[i]];
        size_t j = i;
        p->rc |= buf_printf(b, "<section class=\"ind\" id=\"g%zu\">\n<h3>", ++gi);
        p->rc |= esc_str(b, first->indicator, false);
        if (first->indicator_en && w == &en) {
            p->rc |= buf_puts(b, " <span class=\"src\">");
            p->rc |= esc_str(b, first->indicator_en, false);
            p->rc |= buf_puts(b, "</span>");
        }
        p->rc |= buf_puts(b, "</h3>\n<ol class=\"flist\">\n");
        while (j < p->norder && (j == i || same_indicator(first, &f->items[p->order[j]])))
            put_finding(p, p->order[j++]);
        p->rc |= buf_puts(b, "</ol>\n");
        for (size_t k = 0; k < p->opt->ncharts; k++) {
            const report_chart *ch = &p->opt->charts[k];
            if (!chart_used[k] && ch->indicator && first->indicator &&
                !strcmp(ch->indicator, first->indicator)) {
                chart_used[k] = true;
                put_chart(p, k);
            }
        }
        p->rc |= buf_puts(b, "</section>\n");
        i = j;
    }
    /* figures no finding used */
    {
        bool any = false;
        for (size_t c = 0; c < cl->count; c++) {
            if (p->cfirst[c] != SIZE_MAX)
                continue;
            if (!any)
                p->rc |= buf_printf(b, "<section class=\"ind\" id=\"unused\">\n<h3>%s</h3>\n"
                                    "<p class=\"note\">%s</p>\n<ol class=\"flist\">\n",
                                    w->nc_h, w->nc_intro);
            any = true;
            p->rc |= buf_printf(b, "<li class=\"finding v-nc\" id=\"n%zu\" data-c=\"c%zu\"><h4>"
                                "<span class=\"badge v-nc\">%s</span>", c, c, w->verdict[VC_NC]);
            p->rc |= esc_str(b, cl->items[c].indicator, false);
            p->rc |= buf_printf(b, " · %s</h4><p>", ingest_kind_name(cl->items[c].kind));
            put_claim_ref(p, c);
            p->rc |= buf_puts(b, "</p></li>\n");
        }
        if (any)
            p->rc |= buf_puts(b, "</ol>\n</section>\n");
    }
    /* coverage: the sentences that gave no claim */
    if (cl->nmisses) {
        p->rc |= buf_printf(b, "<section class=\"ind\" id=\"misses\">\n<h3><span class=\"sw miss\">"
                            "</span>%s</h3>\n", w->miss_h);
        for (size_t i = 0; i < f->count; i++)
            if (is_coverage(&f->items[i]) && f->items[i].explanation) {
                p->rc |= buf_puts(b, "<p class=\"note\">");
                p->rc |= esc_str(b, f->items[i].explanation, false);
                p->rc |= buf_puts(b, "</p>\n");
            }
        p->rc |= buf_puts(b, "<ol>\n");
        for (size_t m = 0; m < cl->nmisses; m++) {
            p->rc |= buf_printf(b, "<li><a class=\"ref\" href=\"#m%zu\">", m);
            put_line(p, cl->misses[m].line);
            p->rc |= buf_puts(b, "</a> ");
            p->rc |= esc_str(b, cl->misses[m].sentence, false);
            p->rc |= buf_puts(b, "</li>\n");
        }
        p->rc |= buf_puts(b, "</ol>\n</section>\n");
    }
    /* claims whose figure is not at its offset */
    if (p->nplaced < cl->count) {
        p->rc |= buf_printf(b, "<section class=\"ind\" id=\"unplaced\">\n<h3>%s</h3>\n"
                            "<p class=\"note\">%s</p>\n<ol>\n", w->unplaced_h, w->unplaced_intro);
        for (size_t c = 0; c < cl->count; c++) {
            if (p->placed[c])
                continue;
            p->rc |= buf_printf(b, "<li id=\"c%zu\">", c);
            p->rc |= esc_str(b, cl->items[c].indicator, false);
            p->rc |= buf_puts(b, ": ");
            p->rc |= esc_str(b, cl->items[c].value_text, false);
            p->rc |= buf_puts(b, numfmt_unit_gap(cl->items[c].unit));
            p->rc |= esc_str(b, cl->items[c].unit, false);
            p->rc |= buf_printf(b, " <span class=\"src\">byte %lld · ", cl->items[c].source.byte);
            put_line(p, cl->items[c].source.line);
            p->rc |= buf_puts(b, "</span> ");
            p->rc |= esc_str(b, cl->items[c].source.sentence, false);
            p->rc |= buf_puts(b, "</li>\n");
        }
        p->rc |= buf_puts(b, "</ol>\n</section>\n");
    }
    /* charts of many indicators, and any whose indicator has no finding */
    {
        bool any = false;
        for (size_t k = 0; k < p->opt->ncharts; k++) {
            if (chart_used[k])
                continue;
            if (!any)
                p->rc |= buf_printf(b, "<section class=\"ind\" id=\"charts\">\n<h3>%s</h3>\n",
                                    w->charts_h);
            any = true;
            put_chart(p, k);
        }
        if (any)
            p->rc |= buf_puts(b, "</section>\n");
    }
    free(chart_used);
}

/* ---- header ---- */

static void put_legend(page *p)
{
    buf *b = p->b;

    p->rc |= buf_puts(b, "<ul class=\"legend\">\n");
    for (int v = 0; v < VC_COUNT; v++)
        p->rc |= buf_printf(b, "<li><span class=\"sw %s\"></span>%s <b>%zu</b></li>\n", vc_css[v],
                            p->w->verdict[v], p->vcount[v]);
    p->rc |= buf_printf(b, "<li><span class=\"sw miss\"></span>%s <b>%zu</b></li>\n</ul>", p->w->miss,
                        p->claims->nmisses);
}

static void put_meta(page *p)
{
    buf *b = p->b;
    size_t nf = 0;

    for (int v = 0; v < VC_COUNT; v++)
        nf += p->fcount[v];
    if (p->w == &en)
        p->rc |= buf_printf(b, "%zu claims (%zu documents, %zu sentences) · %zu findings",
                            p->claims->count, p->ndocs, p->claims->sentences, nf);
    else
        p->rc |= buf_printf(b, "%zu 个数字说法（%zu 份文件，%zu 句）· %zu 条核查结论",
                            p->claims->count, p->ndocs, p->claims->sentences, nf);
    {
        bool first = true;
        for (int v = 0; v < VC_NC; v++) {
            if (!p->fcount[v])
                continue;
            p->rc |= buf_printf(b, "%s%s %zu", first ? (p->w == &en ? ": " : "：") : ", ",
                                p->w->verdict[v], p->fcount[v]);
            first = false;
        }
    }
}

/* Links past a long preamble: the first figure, the worst finding, all. */
static void put_nav(page *p)
{
    buf *b = p->b;
    size_t first = SIZE_MAX;
    long line = 0;

    for (size_t c = 0; c < p->claims->count; c++)
        if (p->placed[c] && (first == SIZE_MAX || p->claims->items[c].source.line < line)) {
            first = c;
            line = p->claims->items[c].source.line;
        }
    if (first != SIZE_MAX) {
        p->rc |= buf_printf(b, "<a href=\"#c%zu\">%s</a> (", first, p->w->go_first);
        put_line(p, line);
        p->rc |= buf_puts(b, ") · ");
    }
    if (p->norder > 0)
        p->rc |= buf_printf(b, "<a href=\"#f%zu\">%s</a>: %s · ", p->order[0], p->w->go_worst,
                            p->w->verdict[finding_class(&p->f->items[p->order[0]])]);
    p->rc |= buf_printf(b, "<a href=\"#findings\">%s</a>", p->w->go_findings);
}

/* ---- the template ---- */

static void put_slot(page *p, const char *name, size_t n)
{
    buf *b = p->b;
    char h[SHA256_BASE64];

#define SLOT(s) (n == sizeof s - 1 && !memcmp(name, s, n))
    if (SLOT("LANG")) {
        p->rc |= buf_puts(b, p->w->html_lang);
    } else if (SLOT("STYLE_HASH")) {
        sha256_base64(report_review_css, report_review_css_len, h);
        p->rc |= buf_printf(b, "sha256-%s", h);
    } else if (SLOT("SCRIPT_HASH")) {
        sha256_base64(report_review_js, report_review_js_len, h);
        p->rc |= buf_printf(b, "sha256-%s", h);
    } else if (SLOT("STYLE")) {
        p->rc |= buf_append(b, report_review_css, report_review_css_len);
    } else if (SLOT("SCRIPT")) {
        p->rc |= buf_append(b, report_review_js, report_review_js_len);
    } else if (SLOT("VERSION")) {
        p->rc |= buf_puts(b, GC_VERSION);
    } else if (SLOT("TITLE") || SLOT("HEADING")) {
        p->rc |= buf_puts(b, p->w->heading);
        for (size_t d = 0; d < p->ndocs; d++) {
            p->rc |= buf_puts(b, d ? ", " : "");
            p->rc |= esc_str(b, p->docs[d].name, false);
        }
    } else if (SLOT("META")) {
        put_meta(p);
    } else if (SLOT("LEGEND")) {
        put_legend(p);
    } else if (SLOT("HINT")) {
        p->rc |= buf_puts(b, p->w->hint);
    } else if (SLOT("NAV")) {
        put_nav(p);
    } else if (SLOT("CLOSE")) {
        p->rc |= buf_puts(b, p->w->close);
    } else if (SLOT("DOCUMENTS")) {
        /* written before the template is walked: see report_review_html() */
    } else if (SLOT("FINDINGS")) {
        put_findings(p);
    } else if (SLOT("FOOTER")) {
        p->rc |= buf_printf(b, "%s%s%s", p->w->footer, GC_VERSION, p->w->footer_tail);
    } else {
        p->rc |= buf_putc(b, '@');
        p->rc |= buf_append(b, name, n);
        p->rc |= buf_putc(b, '@');
    }
#undef SLOT
}

int report_review_html(buf *b, const report_doc *docs, size_t ndocs,
                       const ingest_claims *claims, const analysis_findings *f,
                       const report_review_options *opt)
{
    static const report_review_options none = { NULL, NULL, NULL, 0, NULL };
    size_t nc = claims->count, nf = f->count;
    page p;
    buf text = BUF_INIT;
    const char *t = report_review_tpl, *at;
    int rc = -1;

    memset(&p, 0, sizeof p);
    p.opt = opt ? opt : &none;
    p.w = p.opt->lang && !strcmp(p.opt->lang, "en") ? &en : &zh;
    p.claims = claims;
    p.f = f;
    p.docs = docs;
    p.ndocs = ndocs;
    p.cclass = malloc((nc + 1) * sizeof *p.cclass);
    p.cfirst = malloc((nc + 1) * sizeof *p.cfirst);
    p.placed = calloc(nc + 1, sizeof *p.placed);
    p.order = malloc((nf + 1) * sizeof *p.order);
    p.num = calloc(nf + 1, sizeof *p.num);
    if (!p.cclass || !p.cfirst || !p.placed || !p.order || !p.num || classify(&p) != 0)
        goto done;
    /* the documents first: marking them counts the figures the legend shows */
    p.b = &text;
    for (size_t d = 0; d < ndocs; d++)
        if (put_document(&p, d) != 0)
            goto done;
    p.b = b;
    /* the template's comment is for its readers, not the page's */
    if (!strncmp(t, "<!DOCTYPE html>\n<!--", 20) && (at = strstr(t, "-->\n")) != NULL) {
        p.rc |= buf_puts(b, "<!DOCTYPE html>\n");
        t = at + 4;
    }
    while ((at = strchr(t, '@')) != NULL) {
        const char *end = at + 1;
        while ((*end >= 'A' && *end <= 'Z') || *end == '_')
            end++;
        p.rc |= buf_append(b, t, (size_t)(at - t));
        if (*end == '@' && end > at + 1) {
            if (end - at - 1 == 9 && !memcmp(at + 1, "DOCUMENTS", 9))
                p.rc |= buf_append(b, text.data ? text.data : "", text.len);
            else
                put_slot(&p, at + 1, (size_t)(end - at - 1));
            t = end + 1;
        } else {
            p.rc |= buf_putc(b, '@');
            t = at + 1;
        }
    }
    p.rc |= buf_puts(b, t);
    rc = p.rc ? -1 : 0;
done:
    buf_free(&text);
    free(p.cclass);
    free(p.cfirst);
    free(p.placed);
    free(p.order);
    free(p.num);
    return rc;
}
