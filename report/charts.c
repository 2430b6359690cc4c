/* charts.c -- the charts section of the summary: which chart shows which
 * indicator, why every other indicator has none, and the years for which
 * a report states two different levels of one indicator.  The lists are
 * plots_write()'s (plots/plots.h); this file only prints them. */
#include "report.h"

#include <string.h>

#include "../common/numfmt.h"

/* s as one Markdown table cell: '|' escaped, line breaks as spaces. */
static int cell(buf *b, const char *s)
{
    int rc = 0;

    for (; s && *s; s++)
        rc |= *s == '|' ? buf_puts(b, "\\|") : buf_putc(b, *s == '\n' || *s == '\r' ? ' ' : *s);
    return rc;
}

int report_charts_md(buf *b, const plots_result *res, const char *dir, const char *lang)
{
    bool en = lang && !strcmp(lang, "en");
    int rc = 0;

    if (!res || (res->nmade == 0 && res->nskipped == 0 && res->nconflicts == 0))
        return 0;
    rc |= buf_puts(b, en ? "\n## Charts\n\n" : "\n## 图表\n\n");
    if (res->nmade == 0)
        rc |= buf_puts(b, en ? "No chart: no indicator has anything to draw (see below).\n"
                             : "未绘制图表：没有指标可画（见下）。\n");
    else
        rc |= buf_puts(b, en ? "| chart | kind | indicator | title |\n|---|---|---|---|\n"
                             : "| 图表 | 类型 | 指标 | 标题 |\n|---|---|---|---|\n");
    for (size_t i = 0; i < res->nmade; i++) {
        const plots_chart *c = &res->made[i];
        rc |= buf_printf(b, "| %s%s%s | %s | ", dir ? dir : "", dir ? "/" : "", c->file, c->kind);
        rc |= cell(b, c->indicator ? c->indicator : en ? "(all)" : "（全部）");
        rc |= buf_puts(b, " | ");
        rc |= cell(b, c->title);
        rc |= buf_puts(b, " |\n");
    }
    if (res->nskipped > 0) {
        rc |= buf_puts(b, en ? "\n## Indicators without a chart of their own\n\n"
                               "| indicator | why |\n|---|---|\n"
                             : "\n## 没有单独图表的指标\n\n| 指标 | 原因 |\n|---|---|\n");
        for (size_t i = 0; i < res->nskipped; i++) {
            rc |= buf_puts(b, "| ");
            rc |= cell(b, res->skipped[i].indicator);
            rc |= buf_puts(b, " | ");
            rc |= cell(b, res->skipped[i].reason);
            rc |= buf_puts(b, " |\n");
        }
    }
    if (res->nconflicts > 0) {
        rc |= buf_puts(b, en ? "\n## Two different values stated for one year\n\n"
                               "| indicator | year | first | second |\n|---|---|---|---|\n"
                             : "\n## 同一年份写有两个不同数值\n\n"
                               "| 指标 | 年份 | 先写 | 后写 |\n|---|---|---|---|\n");
        for (size_t i = 0; i < res->nconflicts; i++) {
            const plots_conflict *c = &res->conflicts[i];
            char a[64], v[64];
            rc |= buf_puts(b, "| ");
            rc |= cell(b, c->indicator);
            rc |= buf_printf(b, " | %d | %s", c->year, numfmt(a, c->a, 4));
            rc |= cell(b, c->unit);
            rc |= buf_printf(b, " | %s", numfmt(v, c->b, 4));
            rc |= cell(b, c->unit);
            rc |= buf_puts(b, " |\n");
        }
    }
    return rc ? -1 : 0;
}
