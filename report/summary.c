/* summary.c -- the findings as a Markdown memo (summary.md); see report.h.
 *
 * The memo is written for an economist who pastes it into a note: what the
 * document is (title, place, year, file), how many findings of each
 * verdict, then the findings most severe first -- each with its sentences
 * quoted, its figures, its explanation and its chart -- then how the
 * figures were read (the method note) and what a reader must keep in mind
 * (the caveats).  Every word follows the language of the findings. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "summary_int.h"
#include "../common/numfmt.h"

/* The summary's severity classes, in the order the memo lists them. */
enum { SV_INCONSISTENT, SV_WARNING, SV_EXPLAINED, SV_CONSISTENT, SV_UNVERIFIABLE, SV_COUNT };

static int severity(const analysis_finding *f)
{
    switch (f->verdict) {
    case ANALYSIS_INCONSISTENT: return SV_INCONSISTENT;
    case ANALYSIS_EXPLAINED:    return f->warning ? SV_WARNING : SV_EXPLAINED;
    case ANALYSIS_CONSISTENT:   return SV_CONSISTENT;
    default:                    return SV_UNVERIFIABLE;
    }
}

typedef struct memo {
    buf *b;
    bool en;
    const analysis_findings *f;
    const ingest_claims *claims;
    const report_summary_options *opt;
    int rc;
} memo;

static void put(memo *m, const char *zh, const char *en)
{
    m->rc |= buf_puts(m->b, m->en ? en : zh);
}

/* Text from a document on one Markdown line: line breaks as spaces, and
 * the characters that would start emphasis, code, HTML or a heading
 * escaped (brackets stay: "[4.54, 4.59]" is no link without "]("). */
static void text(memo *m, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '\n' || *s == '\r')
            m->rc |= buf_putc(m->b, ' ');
        else if (strchr("\\`*_<#", *s))
            m->rc |= buf_printf(m->b, "\\%c", *s);
        else
            m->rc |= buf_putc(m->b, *s);
    }
}

/* A file name as the memo shows it: as given when relative, else its base
 * name (never an absolute path); standard input by name. */
static void file_name(memo *m, const char *path)
{
    const char *slash;

    if (!path || !strcmp(path, "-")) {
        put(m, "标准输入", "standard input");
        return;
    }
    if (path[0] == '/' && (slash = strrchr(path, '/')) != NULL)
        path = slash[1] ? slash + 1 : path;
    m->rc |= buf_puts(m->b, "`");
    for (; *path; path++)
        m->rc |= *path == '`' ? buf_puts(m->b, "'") : buf_putc(m->b, *path);
    m->rc |= buf_puts(m->b, "`");
}

static const char *check_words(analysis_check c, bool en)
{
    static const char *const words[][2] = {
        [ANALYSIS_CHECK_GROWTH_AVG] = { "年均增速", "average growth" },
        [ANALYSIS_CHECK_GROWTH_YOY] = { "比上年增速", "growth over the previous year" },
        [ANALYSIS_CHECK_CHANGE_PCT] = { "累计增幅", "total change" },
        [ANALYSIS_CHECK_MULTIPLE] = { "倍数", "multiple" },
        [ANALYSIS_CHECK_SHARE] = { "比重", "share" },
        [ANALYSIS_CHECK_TARGET] = { "目标", "target" },
        [ANALYSIS_CHECK_IDENTITY] = { "恒等关系", "identity" },
        [ANALYSIS_CHECK_REMAINING] = { "其余年份增速", "growth of the remaining years" },
        [ANALYSIS_CHECK_SERIES_LEVEL] = { "与官方数据比对（总量）", "level against the official series" },
        [ANALYSIS_CHECK_SERIES_RATE] = { "与官方数据比对（增速）", "rate against the official series" },
        [ANALYSIS_CHECK_IMPLIED] = { "推算值", "implied values" },
        [ANALYSIS_CHECK_COVERAGE] = { "覆盖情况", "coverage" },
        [ANALYSIS_CHECK_TRANSLATION] = { "译文核对", "translation" },
    };
    return (size_t)c < sizeof words / sizeof words[0] && words[c][0] ? words[c][en] : "";
}

static const char *severity_words(int sv, bool en)
{
    static const char *const words[SV_COUNT][2] = {
        { "不一致", "inconsistent" },
        { "已解释（需留意）", "explained, with a warning" },
        { "已解释", "explained" },
        { "一致", "consistent" },
        { "无法核对", "unverifiable" },
    };
    return words[sv][en];
}

/* ---- the header ---- */

static void doc_facts(memo *m, const report_doc *d, const char *name)
{
    docmeta meta;

    memset(&meta, 0, sizeof meta);
    if (d && d->bytes &&
        report_docmeta_read(d->bytes, d->n, m->opt->encoding, m->opt->report_year, &meta) != 0) {
        m->rc = -1;
        return;
    }
    if (!d || !d->bytes)
        meta.year = m->opt->report_year, meta.year_from = meta.year ? DOCMETA_OPTION : DOCMETA_NONE;
    put(m, "- **文件：** ", "- **File:** ");
    file_name(m, name);
    put(m, "\n- **标题：** ", "\n- **Title:** ");
    if (meta.title[0])
        text(m, meta.title);
    else
        put(m, "未找到（文首没有以报告、公报、讲话等结尾的短行）",
            "not found (no short line near the start ends with a kind of document: "
            "report, communiqué, speech)");
    put(m, "\n- **地区：** ", "\n- **Place:** ");
    if (meta.place[0]) {
        text(m, meta.place);
        if (meta.place_from == DOCMETA_TITLE)
            put(m, "（据标题）", " (from the title)");
        else
            put(m, "（据“……在……人民代表大会”一行）", " (from the delivery line, \"在…人民代表大会\")");
    } else {
        put(m, "未写明（标题和落款均未写出地名；不作推测）",
            "not stated (neither the title nor the delivery line names one; not guessed)");
    }
    put(m, "\n- **年份：** ", "\n- **Year:** ");
    if (meta.year_from == DOCMETA_DATE_LINE) {
        m->rc |= m->en ? buf_printf(m->b, "dated %d-%02d-%02d (a date line; the title gives no year)",
                                    meta.year, meta.month, meta.day)
                       : buf_printf(m->b, "%d年%d月%d日（据日期行；标题未写年份）",
                                    meta.year, meta.month, meta.day);
    } else if (meta.year) {
        m->rc |= buf_printf(m->b, m->en ? "%d" : "%d年", meta.year);
        if (meta.year_from == DOCMETA_OPTION)
            put(m, "（--report-year 指定）", " (given with --report-year)");
        else
            put(m, "（据标题）", " (from the title)");
    } else {
        put(m, "未找到（标题和日期行均未写年份；各数据的年份见其原句）",
            "not found (neither the title nor a date line gives one; each figure's year is "
            "that of its sentence)");
    }
    put(m, "\n", "\n");
}

static void header(memo *m)
{
    const report_summary_options *o = m->opt;
    size_t count[SV_COUNT] = { 0 };
    docmeta first;
    bool one = o->docs && o->ndocs == 1 && o->docs[0].bytes;

    memset(&first, 0, sizeof first);
    if (one && report_docmeta_read(o->docs[0].bytes, o->docs[0].n, o->encoding, 0, &first) != 0)
        m->rc = -1;
    m->rc |= buf_puts(m->b, "# ");
    if (first.title[0]) {
        text(m, first.title);
        put(m, "：growthcheck 核查摘要\n\n", ": growthcheck summary\n\n");
    } else {
        put(m, "growthcheck 核查摘要\n\n", "growthcheck summary\n\n");
    }
    if (o->docs && o->ndocs > 0) {
        for (size_t i = 0; i < o->ndocs; i++)
            doc_facts(m, &o->docs[i], o->docs[i].name);
    } else {
        /* no documents given: the files the claims name, once each */
        for (size_t i = 0; i < m->claims->count; i++) {
            const char *name = m->claims->items[i].source.file;
            bool seen = false;
            for (size_t k = 0; k < i && !seen; k++)
                seen = !strcmp(m->claims->items[k].source.file, name);
            if (!seen)
                doc_facts(m, NULL, name);
        }
    }
    for (size_t i = 0; i < m->f->count; i++)
        count[severity(&m->f->items[i])]++;
    m->rc |= m->en ? buf_printf(m->b, "- **Checked:** %zu claims from %zu sentences; %zu findings\n",
                                m->claims->count, m->claims->sentences, m->f->count)
                   : buf_printf(m->b, "- **核查：** %zu句中提取%zu项数据，得出%zu条结论\n",
                                m->claims->sentences, m->claims->count, m->f->count);
    put(m, "- **结论：** ", "- **Verdicts:** ");
    for (int s = 0; s < SV_COUNT; s++)
        m->rc |= m->en ? buf_printf(m->b, "%s%zu %s", s ? " · " : "", count[s], severity_words(s, 1))
                       : buf_printf(m->b, "%s%s %zu", s ? " · " : "", severity_words(s, 0), count[s]);
    put(m, "\n", "\n");
}

/* ---- the findings ---- */

static const plots_chart *chart_of(const memo *m, const char *indicator)
{
    const plots_result *r = m->opt->charts;

    if (r && !r->rendered)
        return NULL;                  /* a script is not a chart to link to */
    for (size_t i = 0; r && indicator && i < r->nmade; i++)
        if (r->made[i].indicator && r->made[i].file && !strcmp(r->made[i].indicator, indicator))
            return &r->made[i];
    return NULL;
}

/* Each sentence the finding used, once, quoted with its file and line. */
static void quotes(memo *m, const analysis_finding *x)
{
    for (size_t k = 0; k < x->nclaims; k++) {
        const ingest_claim *c;
        bool seen = false;
        if (x->claims[k] >= m->claims->count)
            continue;
        c = &m->claims->items[x->claims[k]];
        for (size_t j = 0; j < k && !seen; j++)
            seen = x->claims[j] < m->claims->count &&
                   !strcmp(m->claims->items[x->claims[j]].source.sentence ?
                           m->claims->items[x->claims[j]].source.sentence : "",
                           c->source.sentence ? c->source.sentence : "");
        if (!c->source.sentence || seen)
            continue;
        m->rc |= buf_puts(m->b, "> ");
        text(m, c->source.sentence);
        m->rc |= buf_puts(m->b, m->en ? "\n> — " : "\n> ——");
        file_name(m, c->source.file);
        m->rc |= m->en ? buf_printf(m->b, ", line %ld\n\n", c->source.line)
                       : buf_printf(m->b, "，第%ld行\n\n", c->source.line);
    }
}

/* " 2019–2024" / "（2019—2024年）", or a single year when from = to. */
static void span(memo *m, int from, int to)
{
    if (!from || !to)
        return;
    if (from == to)
        m->rc |= m->en ? buf_printf(m->b, " %d", to) : buf_printf(m->b, "（%d年）", to);
    else
        m->rc |= m->en ? buf_printf(m->b, " %d–%d", from, to)
                       : buf_printf(m->b, "（%d—%d年）", from, to);
}

static void finding(memo *m, const analysis_finding *x, size_t number)
{
    char stated[160], computed[160];
    const plots_chart *chart = chart_of(m, x->indicator);

    {
        const char *v = severity_words(severity(x), m->en);
        m->rc |= buf_printf(m->b, "\n### %zu. %c%s%s", number,
                            m->en && *v >= 'a' && *v <= 'z' ? *v - 'a' + 'A' : *v, v + 1,
                            m->en ? ": " : "：");
    }
    text(m, x->written && strcmp(x->written, x->indicator) ? x->written : x->indicator);
    if (x->written && strcmp(x->written, x->indicator)) {
        put(m, "（", " (");
        text(m, x->indicator);
        put(m, "）", ")");
    }
    m->rc |= buf_printf(m->b, "%s%s", m->en ? ", " : "，", check_words(x->check, m->en));
    span(m, x->from, x->to);
    m->rc |= buf_puts(m->b, "\n\n");
    quotes(m, x);
    report_finding_cells(x, stated, computed);
    if (x->check == ANALYSIS_CHECK_COVERAGE)
        stated[0] = computed[0] = '\0';      /* a count, said by the explanation */
    if (stated[0])
        m->rc |= buf_printf(m->b, "%s%s", m->en ? "Stated " : "所述 ", stated);
    if (!x->has_computed && x->undefined) {
        /* the reason is the library's English; the explanation says it in Chinese */
        put(m, stated[0] ? "；无法计算（见下）" : "无法计算（见下）",
            stated[0] ? "; cannot be computed: " : "Cannot be computed: ");
        if (m->en)
            text(m, x->undefined);
    } else if (computed[0]) {
        m->rc |= buf_printf(m->b, "%s%s", stated[0] ? (m->en ? "; computed " : "；计算 ")
                                                    : (m->en ? "Computed " : "计算 "), computed);
    }
    if (x->reason != ANALYSIS_REASON_NONE && analysis_reason_text(x->reason, m->en ? "en" : "zh")) {
        put(m, "；原因：", "; reason: ");
        m->rc |= buf_puts(m->b, analysis_reason_text(x->reason, m->en ? "en" : "zh"));
    }
    if (x->gross)
        put(m, "；差距较大", "; a gross gap");
    if (m->b->len > 0 && m->b->data[m->b->len - 1] != '\n')
        put(m, "。\n", ".\n");
    if (x->explanation) {
        if (m->b->len < 2 || memcmp(m->b->data + m->b->len - 2, "\n\n", 2) != 0)
            m->rc |= buf_puts(m->b, "\n");
        text(m, x->explanation);
        m->rc |= buf_puts(m->b, "\n");
    }
    if (chart) {
        const char *dir = m->opt->charts_dir;
        put(m, "\n图表：", "\nChart: ");
        m->rc |= buf_printf(m->b, "[%s%s%s](%s%s%s)\n", dir ? dir : "", dir ? "/" : "", chart->file,
                            dir ? dir : "", dir ? "/" : "", chart->file);
    }
}

static int by_severity(const void *a, const void *b, const analysis_finding *items)
{
    size_t i = *(const size_t *)a, j = *(const size_t *)b;
    int si = severity(&items[i]), sj = severity(&items[j]);

    return si != sj ? si - sj : (i > j) - (i < j);
}

/* Text for a Markdown table cell: as text(), and '|' escaped. */
static void cell(memo *m, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '|')
            m->rc |= buf_puts(m->b, "\\|");
        else if (*s == '\n' || *s == '\r')
            m->rc |= buf_putc(m->b, ' ');
        else if (strchr("\\`*_<#", *s))
            m->rc |= buf_printf(m->b, "\\%c", *s);
        else
            m->rc |= buf_putc(m->b, *s);
    }
}

/* Whether the claims of the memo come from more than one file (then a
 * line number needs its file). */
static bool many_files(const memo *m)
{
    for (size_t i = 1; i < m->claims->count; i++)
        if (strcmp(m->claims->items[i].source.file ? m->claims->items[i].source.file : "",
                   m->claims->items[0].source.file ? m->claims->items[0].source.file : ""))
            return true;
    return false;
}

/* The lines of the claims a finding used, in document order (claims are
 * kept in it, so by index), once each: "33、47"; with files, "`a.txt`:33". */
static void lines_cell(memo *m, const analysis_finding *x, bool files)
{
    const ingest_claim *last = NULL;
    size_t listed = 0, from = 0;

    for (;;) {
        size_t next = m->claims->count;
        const ingest_claim *c;
        for (size_t k = 0; k < x->nclaims; k++)
            if (x->claims[k] >= from && x->claims[k] < next)
                next = x->claims[k];
        if (next >= m->claims->count)
            break;
        from = next + 1;
        c = &m->claims->items[next];
        if (last && last->source.line == c->source.line
            && !strcmp(last->source.file ? last->source.file : "",
                       c->source.file ? c->source.file : ""))
            continue;
        put(m, listed ? "、" : "", listed ? ", " : "");
        if (files) {
            file_name(m, c->source.file);
            m->rc |= buf_putc(m->b, ':');
        }
        m->rc |= buf_printf(m->b, "%ld", c->source.line);
        last = c;
        listed++;
    }
    if (!listed)
        m->rc |= buf_puts(m->b, "—");
}

/* One row of the unverifiable table: number, indicator, check, years,
 * stated, what the figures imply (the explanation), lines. */
static void brief_row(memo *m, const analysis_finding *x, size_t number, bool files)
{
    char stated[160], computed[160];

    report_finding_cells(x, stated, computed);
    m->rc |= buf_printf(m->b, "| %zu | ", number);
    cell(m, x->written && strcmp(x->written, x->indicator) ? x->written : x->indicator);
    m->rc |= buf_puts(m->b, " | ");
    cell(m, check_words(x->check, m->en));
    m->rc |= buf_puts(m->b, " | ");
    if (x->from && x->to && x->from != x->to)
        m->rc |= buf_printf(m->b, m->en ? "%d–%d" : "%d—%d", x->from, x->to);
    else if (x->to)
        m->rc |= buf_printf(m->b, "%d", x->to);
    else
        m->rc |= buf_puts(m->b, "—");
    m->rc |= buf_puts(m->b, " | ");
    if (x->check != ANALYSIS_CHECK_COVERAGE && stated[0])
        cell(m, stated);
    else
        m->rc |= buf_puts(m->b, "—");
    m->rc |= buf_puts(m->b, " | ");
    /* what the figures imply, in words: the explanation says it (the
     * implied level or rate with its interval and notes, why nothing could
     * be computed); the bare computed value when there is none */
    if (x->explanation && x->explanation[0])
        cell(m, x->explanation);
    else if (x->has_computed && computed[0])
        cell(m, computed);
    else
        m->rc |= buf_puts(m->b, "—");
    m->rc |= buf_puts(m->b, " | ");
    lines_cell(m, x, files);
    m->rc |= buf_puts(m->b, " |\n");
}

/* The findings most severe first: a full section for each that says
 * something of the figures (inconsistent, explained, consistent), and the
 * unverifiable ones -- often most of a report, and none of them a finding
 * on the figures -- one row each in a table, so the few that matter are not
 * buried. */
static void findings(memo *m)
{
    size_t *order = malloc((m->f->count + 1) * sizeof *order);
    size_t unverifiable = 0;

    if (!order) {
        m->rc = -1;
        return;
    }
    for (size_t i = 0; i < m->f->count; i++)
        order[i] = i;
    /* insertion sort: stable, and a report has dozens of findings, not millions */
    for (size_t i = 1; i < m->f->count; i++)
        for (size_t k = i; k > 0 && by_severity(&order[k - 1], &order[k], m->f->items) > 0; k--) {
            size_t t = order[k];
            order[k] = order[k - 1];
            order[k - 1] = t;
        }
    put(m, "\n## 核查结论（问题最重的在前）\n", "\n## Findings, most severe first\n");
    if (m->f->count == 0)
        put(m, "\n没有可核查的说法。\n", "\nNo claim to check.\n");
    for (size_t i = 0; i < m->f->count; i++) {
        const analysis_finding *x = &m->f->items[order[i]];
        if (severity(x) == SV_UNVERIFIABLE)
            unverifiable++;
        else
            finding(m, x, i + 1);
    }
    if (unverifiable) {
        bool files = many_files(m);
        m->rc |= m->en
            ? buf_printf(m->b, "\n### Unverifiable (%zu), in brief\n\nThe text gives no second "
                         "figure to compare these with: each row says what its figures imply, "
                         "for a reader who has the official numbers.\n\n"
                         "| # | Indicator | Check | Years | Stated | Implies | Line |\n"
                         "|---|---|---|---|---|---|---|\n", unverifiable)
            : buf_printf(m->b, "\n### 无法核对（%zu条）一览\n\n文中没有可与之比较的另一个数字；"
                         "各行列出其数字推算出的结果，供持有官方数据的读者查对。\n\n"
                         "| 序号 | 指标 | 核查 | 年份 | 所述 | 推算结果 | 行 |\n"
                         "|---|---|---|---|---|---|---|\n", unverifiable);
        for (size_t i = 0; i < m->f->count; i++)
            if (severity(&m->f->items[order[i]]) == SV_UNVERIFIABLE)
                brief_row(m, &m->f->items[order[i]], i + 1, files);
    }
    free(order);
}

/* ---- method and caveats ---- */

static void spans(memo *m)
{
    size_t listed = 0;

    for (size_t i = 0; i < m->f->count; i++) {
        const analysis_finding *x = &m->f->items[i];
        bool seen = false;
        if (!x->from || !x->to || x->from >= x->to)
            continue;
        for (size_t k = 0; k < i && !seen; k++)
            seen = m->f->items[k].from == x->from && m->f->items[k].to == x->to;
        if (seen)
            continue;
        m->rc |= m->en ? buf_printf(m->b, "%s%d–%d (n = %d)", listed ? "; " : "", x->from, x->to,
                                    x->to - x->from)
                       : buf_printf(m->b, "%s%d—%d年（n = %d）", listed ? "；" : "", x->from, x->to,
                                    x->to - x->from);
        listed++;
    }
    if (!listed)
        put(m, "无", "none");
}

static void method(memo *m)
{
    bool cumulative = false, deflators = false;
    char band[64];

    for (size_t i = 0; i < m->f->count; i++) {
        const char *d = m->f->items[i].definition;
        cumulative |= d && strstr(d, "累计法") != NULL;
        deflators |= m->f->items[i].has_deflator;
    }
    put(m, "\n## 方法说明\n\n", "\n## Method\n\n");
    put(m, "- 年均增速按水平法计算：r = (V_B / V_A)^(1/n) − 1，n = B − A（基年不计）",
        "- Average growth by the level method (水平法): r = (V_B / V_A)^(1/n) − 1, n = B − A "
        "years (the base year is not counted)");
    if (cumulative)
        put(m, "；固定资产投资等累计指标按累计法：x + x² + … + xⁿ = (V_A+1 + … + V_B) / V_A，x = 1 + r",
            "; cumulative figures (fixed-asset investment) by the cumulative method (累计法): "
            "x + x² + … + xⁿ = (V_A+1 + … + V_B) / V_A, x = 1 + r");
    put(m, "。\n- 核查的时段：", ".\n- Spans checked: ");
    spans(m);
    if (m->opt->rounding == ANALYSIS_ROUND_TRUNCATE)
        put(m, "。\n- 取整规则：所写数字代表其末位允许的区间，按截尾（7.6%即[7.6, 7.7)）",
            ".\n- Rounding: a printed figure stands for the interval its last digit allows, "
            "truncated (7.6% is [7.6, 7.7))");
    else
        put(m, "。\n- 取整规则：所写数字代表其末位允许的区间，按四舍五入（7.6%即[7.55, 7.65]，9500即±50）",
            ".\n- Rounding: a printed figure stands for the interval its last digit allows, "
            "rounded half-up (7.6% is [7.55, 7.65], 9500 is ±50)");
    put(m, "；“左右”“约”放宽区间，“以上”“超过”上不封顶，“翻一番”即[1.95, 2.05]倍。\n",
        "; 左右/约 widen it, 以上/超过 leave it open above, 翻一番 is [1.95, 2.05] times.\n");
    m->rc |= m->en
        ? buf_printf(m->b, "- Price basis: a rate stated at comparable prices (按可比价格) against "
                     "levels at current prices differs by the implied deflator, (1 + nominal) / "
                     "(1 + real) − 1; it is judged against China's national GDP deflator over the "
                     "same years, ± %s points a year (analysis/deflator.tsv: NBS national "
                     "accounts, World Bank WDI NY.GDP.DEFL.ZS).\n",
                     numfmt(band, ANALYSIS_DEFLATOR_BAND, 1))
        : buf_printf(m->b, "- 价格口径：按可比价格计算的增速与现价总量之差即隐含平减指数，(1 + 名义) / "
                     "(1 + 实际) − 1；以同期全国国内生产总值平减指数为参照，上下各%s个百分点内为合理"
                     "（analysis/deflator.tsv：国家统计局国民核算数据，经世界银行WDI NY.GDP.DEFL.ZS）。\n",
                     numfmt(band, ANALYSIS_DEFLATOR_BAND, 1));
    for (size_t i = 0; deflators && i < m->f->count; i++) {
        const analysis_finding *x = &m->f->items[i];
        char d[64], r[64], lo[64], hi[64];
        if (!x->has_deflator)
            continue;
        m->rc |= buf_puts(m->b, "  - ");
        text(m, x->indicator);
        m->rc |= buf_printf(m->b, "%s%s", m->en ? ", " : "，", check_words(x->check, m->en));
        span(m, x->from, x->to);
        m->rc |= m->en ? buf_printf(m->b, ": implied %s%% a year", numfmt(d, x->deflator, 2))
                       : buf_printf(m->b, "：隐含年均%s%%", numfmt(d, x->deflator, 2));
        if (x->has_deflator_ref)
            m->rc |= m->en ? buf_printf(m->b, "; national %s%% a year, plausible band [%s, %s]",
                                        numfmt(r, x->deflator_ref, 2), numfmt(lo, x->deflator_lo, 2),
                                        numfmt(hi, x->deflator_hi, 2))
                           : buf_printf(m->b, "；全国同期年均%s%%，合理区间[%s, %s]",
                                        numfmt(r, x->deflator_ref, 2), numfmt(lo, x->deflator_lo, 2),
                                        numfmt(hi, x->deflator_hi, 2));
        if (x->deflator_flag)
            put(m, "（超出合理区间）", " (outside the band)");
        put(m, "\n", "\n");
    }
}

/* A claim's years and figure: " 2024年 2480亿元" (no leading space after
 * a Chinese list comma: lead false). */
static void claim_value(memo *m, const ingest_claim *c, bool lead)
{
    char v[64];
    bool dated = (c->period_from && c->period_to) || c->year;

    if (lead)
        m->rc |= buf_putc(m->b, ' ');
    if (c->period_from && c->period_to)
        m->rc |= m->en ? buf_printf(m->b, "%d–%d", c->period_from, c->period_to)
                       : buf_printf(m->b, "%d—%d年", c->period_from, c->period_to);
    else if (c->year)
        m->rc |= buf_printf(m->b, m->en ? "%d" : "%d年", c->year);
    m->rc |= buf_printf(m->b, "%s%s%s", dated ? " " : "", numfmt(v, c->value, 6), numfmt_unit_gap(c->unit));
    text(m, c->unit);
}

static bool same_line(const ingest_claim *a, const ingest_claim *b)
{
    return a->source.line == b->source.line
           && !strcmp(a->source.file ? a->source.file : "", b->source.file ? b->source.file : "");
}

/* The estimates (预计) the findings used, one sub-item per line of the
 * document, the figures of one indicator together:
 *   - 第47行：地区生产总值 2021年 10%、2016—2021年 7.6%；全社会固定资产投资 … */
static void estimates(memo *m)
{
    const ingest_claim *prev = NULL;
    bool files = many_files(m);

    for (size_t i = 0; i < m->claims->count; i++) {
        const ingest_claim *c = &m->claims->items[i];
        bool used = false;
        if (!c->estimated)
            continue;
        for (size_t k = 0; k < m->f->count && !used; k++)
            for (size_t j = 0; j < m->f->items[k].nclaims && !used; j++)
                used = m->f->items[k].claims[j] == i;
        if (!used)
            continue;
        if (!prev)
            put(m, "- 以下数字为预计数（预计），正式数据发布后可能修订（按所在行）：",
                "- These figures are estimates (预计) and may be revised when the official "
                "figures come out, by line:");
        if (!prev || !same_line(prev, c)) {
            put(m, prev ? "。\n  - " : "\n  - ", prev ? ".\n  - " : "\n  - ");
            if (files) {
                file_name(m, c->source.file);
                m->rc |= buf_putc(m->b, ' ');
            }
            m->rc |= buf_printf(m->b, m->en ? "line %ld: " : "第%ld行：", c->source.line);
            text(m, c->indicator);
        } else if (strcmp(prev->indicator ? prev->indicator : "", c->indicator ? c->indicator : "")) {
            put(m, "；", "; ");
            text(m, c->indicator);
        } else {
            put(m, "、", ",");
        }
        claim_value(m, c, m->en || !prev || !same_line(prev, c)
                              || strcmp(prev->indicator ? prev->indicator : "",
                                        c->indicator ? c->indicator : ""));
        prev = c;
    }
    if (prev)
        put(m, "。\n", ".\n");
}

/* The findings carrying note n, by indicator and span, after a lead. */
static void noted(memo *m, analysis_note n, const char *zh, const char *en)
{
    size_t listed = 0;

    for (size_t i = 0; i < m->f->count; i++) {
        const analysis_finding *x = &m->f->items[i];
        if (!((x->notes >> n) & 1u))
            continue;
        put(m, listed ? "；" : zh, listed ? "; " : en);
        text(m, x->indicator);
        span(m, x->from, x->to);
        listed++;
    }
    if (listed)
        put(m, "。\n", ".\n");
}

static void unused_official(memo *m)
{
    const report_summary_options *o = m->opt;

    if (!o->series || !o->unused_official || o->nunused_official == 0)
        return;
    m->rc |= m->en ? buf_printf(m->b, "- Official figures no check used (%zu; the report states no "
                                "figure of that indicator and year, or one in another unit): ",
                                o->nunused_official)
                   : buf_printf(m->b, "- 官方数据中有%zu行未被任何核查用到（报告没有写出对应指标和年份的数字，或单位不同）：",
                                o->nunused_official);
    for (size_t i = 0; i < o->nunused_official; i++) {
        const ingest_series_point *p;
        char v[64];
        if (o->unused_official[i] >= o->series->count)
            continue;
        p = &o->series->points[o->unused_official[i]];
        put(m, i ? "；" : "", i ? "; " : "");
        text(m, p->indicator);
        m->rc |= buf_printf(m->b, m->en ? " %d %s%s" : " %d年 %s%s", p->year, numfmt(v, p->value, 6),
                            numfmt_unit_gap(p->unit));
        text(m, p->unit);
        m->rc |= m->en ? buf_printf(m->b, " (line %ld)", p->line)
                       : buf_printf(m->b, "（第%ld行）", p->line);
    }
    put(m, "。\n", ".\n");
}

static void caveats(memo *m)
{
    size_t before, untimed = ingest_claims_untimed(m->claims);
    bool target = false;

    put(m, "\n## 注意事项\n\n", "\n## Caveats\n\n");
    before = m->b->len;
    estimates(m);
    noted(m, ANALYSIS_NOTE_SERIES_BREAK,
          "- 时段跨越人口普查年份（2000、2010、2020年），前后数字可能出自不同普查口径，变化不宜当作趋势：",
          "- These spans cross a census year (2000, 2010, 2020): the two levels may come from "
          "different census vintages, so the change is not a trend: ");
    noted(m, ANALYSIS_NOTE_CONSTANT_PRICES,
          "- 由实际增速（按可比价格）推算的数值是不变价的物量，不是现价总量：",
          "- Values implied from a real (comparable-price) rate are volumes at constant prices, "
          "not current-price levels: ");
    noted(m, ANALYSIS_NOTE_IMPLAUSIBLE_DEFLATOR,
          "- 以下差距只能用不合理的平减指数解释，可能是实际增速偏高或总量口径不一：",
          "- These gaps are explained only by an implausible deflator, a sign of overstated real "
          "growth or of levels of two vintages: ");
    noted(m, ANALYSIS_NOTE_APPROX_WORD,
          "- 以下结论所用数字带“翻番”“近”“超”等约数词，按区间处理：",
          "- These findings rest on approximate words (翻番, 近, 超), read as intervals: ");
    noted(m, ANALYSIS_NOTE_SPAN_MISMATCH,
          "- 以下总量年份与增速所说时段差一年，按总量自身的时段比较：",
          "- Here the levels lie a year off the rate's span and were compared over their own "
          "span: ");
    for (size_t i = 0; i < m->f->count; i++)
        target |= m->f->items[i].check == ANALYSIS_CHECK_TARGET;
    if (target)
        put(m, "- 目标是计划数，不是实际完成数。\n", "- Targets are goals, not outcomes.\n");
    unused_official(m);
    if (m->claims->nmisses > 0)
        m->rc |= m->en ? buf_printf(m->b, "- %zu sentences speak of growth but gave no figure the "
                                    "tool could check; they are not covered above.\n",
                                    m->claims->nmisses)
                       : buf_printf(m->b, "- 有%zu句提到增长，但没有可供核查的数字，上文未覆盖。\n",
                                    m->claims->nmisses);
    if (m->claims->unread > 0)
        m->rc |= m->en ? buf_printf(m->b, "- %zu sentences are in a language or script the tool "
                                    "does not read and were not checked.\n", m->claims->unread)
                       : buf_printf(m->b, "- 有%zu句的语言或文字本工具不能读取，未作核查。\n",
                                    m->claims->unread);
    if (untimed > 0)
        m->rc |= m->en ? buf_printf(m->b, "- %zu claims have no year: the text writes none the "
                                    "tool could find for them, so they were checked against "
                                    "nothing dated; give --report-year YEAR.\n", untimed)
                       : buf_printf(m->b, "- 有%zu条说法找不到年份（原文未写明），未能与其他年份的数字"
                                    "核对；可用 --report-year 指定报告年份。\n", untimed);
    if (m->b->len == before)
        put(m, "- 除上述方法外没有需要特别说明的事项。\n",
            "- None beyond the method above.\n");
}

int report_summary_md(buf *b, const analysis_findings *f, const ingest_claims *claims,
                      const report_summary_options *opt)
{
    report_summary_options defaults;
    memo m;

    if (!opt) {
        memset(&defaults, 0, sizeof defaults);
        opt = &defaults;
    }
    m.b = b;
    m.en = opt->lang && !strcmp(opt->lang, "en");
    m.f = f;
    m.claims = claims;
    m.opt = opt;
    m.rc = 0;
    header(&m);
    if (m.rc == 0)
        findings(&m);
    if (m.rc == 0)
        method(&m);
    if (m.rc == 0)
        caveats(&m);
    if (m.rc == 0 && opt->charts)
        m.rc |= report_charts_md(b, opt->charts, opt->charts_dir, m.en ? "en" : "zh");
    return m.rc ? -1 : 0;
}
