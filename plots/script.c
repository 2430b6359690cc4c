/* script.c -- the pieces every chart script shares: the words in Chinese or
 * English, quoted and clipped text, numbers in the C locale, and the
 * header and footer that set terminals, outputs and replots per format.
 *
 * Every text a script contains that did not come from this file goes
 * through pl_text() (that is, gp_quote()); file names through
 * pl_filename(). */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "gpquote.h"
#include "plots_int.h"

static const pl_words words_zh = {
    .en = false,
    .stated = "报告所述水平",
    .implied = "推算水平（误差线：取整区间）",
    .open_side = "虚线：区间无界的一侧",
    .official = "官方数据",
    .path_lead = "",
    .path_span = "年",
    .path_cagr = "按端点年均增速",
    .path_stated = "按所述年均增速",
    .path_tail = "%的匀速增长路径",
    .path_unknown = "匀速增长路径",
    .traj_title = "：所述水平与增长路径",
    .claims_title = "所述增长率与由水平计算的增长率，差距大者在上",
    .claims_top = { "（差距最大的", "项，共", "项）" },
    .claims_x = "增长率（%）；误差线：计算值的取整区间",
    .claims_stated = "报告所述",
    .verdict = { "计算值：一致", "计算值：不一致", "计算值：不一致但可解释", "计算值：无法核实" },
    .check_avg = "年均增长",
    .check_yoy = "同比增长",
    .check_change = "累计变化",
    .check_series = "对照官方数据",
    .index_title = "各指标增长对比（基期 = 100）",
    .index_y = "指数（基期 = 100）",
    .shares_title = "占比变化",
    .shares_y = "占比（%）",
};

static const pl_words words_en = {
    .en = true,
    .stated = "stated level",
    .implied = "implied level (bars: rounding)",
    .open_side = "dashed: open side of the interval",
    .official = "official series",
    .path_lead = "constant growth ",
    .path_span = " ",
    .path_cagr = "at the endpoint CAGR ",
    .path_stated = "at the stated average rate ",
    .path_tail = "%",
    .path_unknown = "constant-growth path",
    .traj_title = ": stated levels and growth paths",
    .claims_title = "Stated vs computed growth rates, largest gaps first",
    .claims_top = { " (the ", " largest gaps of ", ")" },
    .claims_x = "growth rate (%); bars: rounding interval of the computed rate",
    .claims_stated = "stated",
    .verdict = { "computed: consistent", "computed: inconsistent",
                 "computed: inconsistent, explained", "computed: unverifiable" },
    .check_avg = "avg growth",
    .check_yoy = "yoy growth",
    .check_change = "total change",
    .check_series = "vs official",
    .index_title = "Growth compared (base year = 100)",
    .index_y = "index (base year = 100)",
    .shares_title = "Shares over time",
    .shares_y = "share (%)",
};

const pl_words *pl_words_for(const char *lang)
{
    return lang && !strcmp(lang, "en") ? &words_en : &words_zh;
}

const char *pl_unit_label(const char *unit, bool en)
{
    static const char *const units[][2] = {
        { "万亿元", "trillion yuan" },
        { "亿元", "100 million yuan" },
        { "万元", "10,000 yuan" },
        { "万", "10,000" },
        { "元", "yuan" },
        { "亿美元", "100 million US$" },
        { "万美元", "10,000 US$" },
        { "美元", "US$" },
        { "万元/人", "10,000 yuan per person" },
        { "元/人", "yuan per person" },
        { "亿人", "100 million persons" },
        { "万人", "10,000 persons" },
        { "万人次", "10,000 person-times" },
        { "人", "persons" },
        { "万户", "10,000 households" },
        { "户", "households" },
        { "家", "firms" },
        { "件", "items" },
        { "个", "units" },
        { "万吨", "10,000 tonnes" },
        { "吨", "tonnes" },
        { "万平方米", "10,000 m²" },
        { "平方米", "m²" },
        { "公里", "km" },
        { "百分点", "percentage points" },
    };

    if (!unit)
        return "";
    if (en)
        for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
            if (!strcmp(unit, units[i][0]))
                return units[i][1];
    return unit;
}

int pl_clip(buf *b, const char *s, size_t maxcols)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = strlen(s), total = utf8_strwidth(s), cols = 0;

    while (n > 0) {
        uint32_t cp;
        int k = utf8_decode(p, n, &cp);
        if (k <= 0) {           /* invalid or cut: drop one byte */
            p++, n--;
            continue;
        }
        size_t w = (size_t)utf8_width(cp);
        if (total > maxcols && cols + w + 1 > maxcols)
            return buf_puts(b, "…");
        if (buf_append(b, p, (size_t)k) != 0)
            return -1;
        cols += w;
        p += k, n -= (size_t)k;
    }
    return 0;
}

/* The title's font size in points: a size above the text. */
static int title_points(const plots_options *opt)
{
    return opt->font_size * 5 / 4;
}

size_t pl_title_cols(const plots_options *opt)
{
    double col_px = title_points(opt) * 96.0 / 72.0 * 0.55;
    double cols = opt->width / col_px - 4;

    return cols < 20 ? 20 : (size_t)cols;
}

int pl_title(buf *b, const char *title, size_t maxcols)
{
    return buf_puts(b, " title ") != 0 ? -1 : pl_text(b, title, maxcols);
}

/* gnuplot 5.4 sizes a key by its text, counting a wide (CJK) character as
 * two columns, and fits as many columns as the canvas width allows;
 * maxcols keeps a short key from spreading entries far apart. */
int pl_key_below(buf *g, int max_cols)
{
    return buf_printf(g, "set key below center horizontal reverse Left samplen 3 width 1 "
                         "height 1 maxcols %d  # below the plot: it never hides data\n",
                      max_cols);
}

int pl_year_tics(buf *g, int first, int last, double right_room)
{
    int span = last - first, step = span <= 15 ? 1 : span <= 40 ? 5 : 10;

    return buf_printf(g, "set xrange [%g:%g]\nset xtics %d, %d, %d\n",
                      first - 0.5, last + right_room, first, step, last);
}

/* Appends the literal of in[0..len) with the given gp_quote flags. */
static int quote_into(buf *b, const char *in, size_t len, unsigned flags)
{
    size_t need = gp_quote_mem(NULL, 0, in, len, flags);

    if (buf_reserve(b, need) != 0)
        return -1;
    gp_quote_mem(b->data + b->len, need + 1, in, len, flags);
    b->len += need;
    return 0;
}

int pl_text(buf *b, const char *s, size_t maxcols)
{
    buf t = BUF_INIT;
    int rc = -1;

    if (pl_clip(&t, s ? s : "", maxcols) == 0)
        rc = quote_into(b, t.data ? t.data : "", t.len, 0);
    buf_free(&t);
    return rc;
}

int pl_comment_text(buf *b, const char *s)
{
    buf t = BUF_INIT;
    int rc = -1;

    if (pl_clip(&t, s ? s : "", 200) == 0)
        rc = quote_into(b, t.data ? t.data : "", t.len, GP_QUOTE_PLAIN);
    buf_free(&t);
    return rc;
}

int pl_textf(buf *b, size_t maxcols, const char *fmt, ...)
{
    buf t = BUF_INIT;
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = buf_vprintf(&t, fmt, ap);
    va_end(ap);
    if (rc == 0)
        rc = pl_text(b, t.data ? t.data : "", maxcols);
    buf_free(&t);
    return rc;
}

int pl_filename(buf *b, const char *stem, const char *ext)
{
    char name[PL_STEM_MAX + 8];
    int n = snprintf(name, sizeof name, "%s.%s", stem, ext);

    if (n < 0 || (size_t)n >= sizeof name)
        return -1;
    return quote_into(b, name, (size_t)n, GP_QUOTE_PLAIN);
}

int pl_num(buf *b, double v)
{
    return buf_printf(b, "%.10g", v);
}

/* The terminal line for one format: pixels for PNG and SVG.  pdfcairo
 * takes inches and draws a point smaller than pngcairo's 96-dpi pixels; at
 * 150 pixels an inch the PDF page shows text at the same share of its
 * width as the PNG (measured with gnuplot 5.4). */
static int terminal(buf *b, unsigned fmt, const plots_options *opt)
{
    char font[256];
    int rc, n = snprintf(font, sizeof font, "%s,%d", opt->font, opt->font_size);

    if (n < 0 || (size_t)n >= sizeof font)
        return -1;
    if (fmt == PLOTS_PNG)
        rc = buf_printf(b, "set terminal pngcairo size %d,%d enhanced font ", opt->width, opt->height);
    else if (fmt == PLOTS_SVG)
        rc = buf_printf(b, "set terminal svg size %d,%d dynamic enhanced font ", opt->width, opt->height);
    else
        rc = buf_printf(b, "set terminal pdfcairo size %.3fin,%.3fin enhanced font ",
                        opt->width / 150.0, opt->height / 150.0);
    if (rc != 0 || quote_into(b, font, (size_t)n, GP_QUOTE_PLAIN) != 0)
        return -1;
    return buf_puts(b, "\n");
}

static const char *extension(unsigned fmt)
{
    return fmt == PLOTS_PNG ? "png" : fmt == PLOTS_SVG ? "svg" : "pdf";
}

/* Appends "set terminal ...\nset output 'STEM.EXT'\n" for one format. */
static int output(pl_chart *c, unsigned fmt, const plots_options *opt)
{
    if (terminal(&c->gp, fmt, opt) != 0 || buf_puts(&c->gp, "set output ") != 0
        || pl_filename(&c->gp, c->stem, extension(fmt)) != 0)
        return -1;
    return buf_puts(&c->gp, "\n");
}

static const unsigned formats[] = { PLOTS_PNG, PLOTS_SVG, PLOTS_PDF };

int pl_script_begin(pl_chart *c, const plots_options *opt, const char *what)
{
    unsigned first = 0;

    for (size_t i = 0; i < 3 && !first; i++)
        if (opt->formats & formats[i])
            first = formats[i];
    if (buf_printf(&c->gp,
                   "# %s.gp -- %s\n"
                   "# Written by growthcheck.  Restyle freely and rerun from this folder:\n"
                   "#     gnuplot %s.gp\n"
                   "# The numbers are in %s.dat; its header says what each block holds.\n"
                   "reset\n"
                   "set encoding utf8\n",
                   c->stem, what, c->stem, c->stem) != 0
        || buf_printf(&c->gp, "set title font ',%d'  # the title a size above the text\n",
                      title_points(opt)) != 0)
        return -1;
    if (output(c, first, opt) != 0)
        return -1;
    c->body_at = c->gp.len;  /* from here on, the drawing: repeated per format */
    if (!pl_look_for(opt->style)->mirror
        && buf_puts(&c->gp, "set border 3\nset tics nomirror  # no chart junk\n") != 0)
        return -1;
    return 0;
}

int pl_script_end(pl_chart *c, const plots_options *opt)
{
    bool first = true;
    size_t end = c->gp.len;

    for (size_t i = 0; i < 3; i++) {
        if (!(opt->formats & formats[i]))
            continue;
        /* The drawing again, not "replot": replot repeats only the last
         * plot of a multiplot. */
        if (!first && (buf_puts(&c->gp, "set output\n") != 0 || output(c, formats[i], opt) != 0
                       || buf_reserve(&c->gp, end - c->body_at) != 0))
            return -1;
        if (!first)
            buf_append(&c->gp, c->gp.data + c->body_at, end - c->body_at);
        first = false;
    }
    return buf_puts(&c->gp, "set output\n");
}

/* Pixels of a point: pngcairo draws 96 pixels an inch. */
#define PX(points) ((points) * 96.0 / 72.0)

double pl_plot_top(const plots_options *opt, bool panel_title)
{
    double h = opt->height;
    double used = PX(title_points(opt)) * 1.5 + PX(opt->font_size * 9 / 10) * 1.5
                  + PX(opt->font_size) * (panel_title ? 2.6 : 1.2);

    return 1.0 - used / h;
}

int pl_heading(pl_chart *c, const pl_ctx *x, const char *title, int first, int last)
{
    buf *g = &c->gp, sub = BUF_INIT;
    bool en = x->w->en;
    int rc = 0;

    /* A long title is set smaller, down to the text's size, before it is
     * clipped: a title that states a finding must be read whole. */
    int points = title_points(x->opt);
    size_t width = utf8_strwidth(title ? title : "");
    while (points > x->opt->font_size
           && width > x->opt->width / (points * 96.0 / 72.0 * 0.55) - 4)
        points--;
    buf_reset(&c->title);
    if (pl_clip(&c->title, title, (size_t)(x->opt->width / (points * 96.0 / 72.0 * 0.55) - 4)) != 0)
        return -1;
    if (x->source[0])
        rc = buf_printf(&sub, en ? "Source: %s" : "来源：%s", x->source);
    if (rc == 0 && first > 0)
        rc = first == last ? buf_printf(&sub, en ? "%s%d" : "%s%d年", sub.len ? " · " : "", first)
                           : buf_printf(&sub, en ? "%s%d–%d" : "%s%d–%d年", sub.len ? " · " : "",
                                        first, last);
    if (rc == 0)
        rc = buf_puts(g, "set label 101 ") != 0 || pl_text(g, c->title.data, 400) != 0
             || buf_printf(g, " at screen 0.5, screen %.3f center font ',%d'  # the title: "
                              "what the chart shows\n",
                           1.0 - PX(title_points(x->opt)) * 0.8 / x->opt->height, points) != 0;
    if (rc == 0 && sub.len)
        rc = buf_puts(g, "set label 102 ") != 0 || pl_text(g, sub.data, pl_title_cols(x->opt)) != 0
             || buf_printf(g, " at screen 0.5, screen %.3f center font ',%d' tc rgb '#555555'"
                              "  # the source\n",
                           1.0 - (PX(title_points(x->opt)) * 1.5 + PX(x->opt->font_size * 9 / 10)
                                  * 0.8) / x->opt->height, x->opt->font_size * 9 / 10) != 0;
    buf_free(&sub);
    return rc ? -1 : 0;
}

int pl_block(pl_chart *c, const char *label)
{
    if (c->blocks > 0 && buf_puts(&c->dat, "\n\n") != 0)
        return -1;
    if (buf_printf(&c->dat, "# index %d: %s\n", c->blocks, label) != 0)
        return -1;
    return c->blocks++;
}

int pl_elem(buf *plot, const pl_chart *c, int k, const char *style, const char *title)
{
    if (plot->len > 0 && buf_puts(plot, ", \\\n     ") != 0)
        return -1;
    if (pl_filename(plot, c->stem, "dat") != 0 || buf_printf(plot, " index %d %s", k, style) != 0)
        return -1;
    return title ? pl_title(plot, title, 60) : buf_puts(plot, " notitle");
}
