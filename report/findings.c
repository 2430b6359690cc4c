/* findings.c -- findings as JSON and CSV; see report.h (the Markdown summary
 * is summary.c). */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../common/csv.h"
#include "../common/jsonadd.h"
#include "../common/numfmt.h"

static cJSON *verdict_counts(const analysis_findings *f)
{
    static const analysis_verdict all[] = {
        ANALYSIS_CONSISTENT, ANALYSIS_INCONSISTENT, ANALYSIS_EXPLAINED, ANALYSIS_UNVERIFIABLE
    };
    cJSON *counts = cJSON_CreateObject();

    for (size_t v = 0; counts && v < sizeof all / sizeof all[0]; v++) {
        size_t n = 0;
        for (size_t i = 0; i < f->count; i++)
            n += f->items[i].verdict == all[v];
        if (!cJSON_AddNumberToObject(counts, analysis_verdict_name(all[v]), (double)n)) {
            cJSON_Delete(counts);
            return NULL;
        }
    }
    return counts;
}

int report_findings_json(buf *b, const analysis_findings *f, const ingest_claims *claims)
{
    cJSON *root = cJSON_CreateObject();
    cJSON *list = cJSON_AddArrayToObject(root, "findings");
    cJSON *counts = verdict_counts(f);
    char *s = NULL;
    int rc = -1;

    if (!root || !list)
        goto done;
    rc = json_attach(root, "counts", counts);   /* owns counts from here on */
    counts = NULL;
    if (rc != 0)
        goto done;
    rc = -1;
    if (!cJSON_AddNumberToObject(root, "claims", (double)claims->count) ||
        !cJSON_AddNumberToObject(root, "sentences", (double)claims->sentences))
        goto done;
    for (size_t i = 0; i < f->count; i++) {
        if (json_attach(list, NULL, analysis_finding_json(&f->items[i], claims)) != 0)
            goto done;
    }
    s = cJSON_Print(root);
    rc = s ? buf_puts(b, s) | buf_putc(b, '\n') : -1;
done:
    cJSON_free(s);
    cJSON_Delete(counts);
    cJSON_Delete(root);
    return rc ? -1 : 0;
}

/* "9.97% [9.85, 10.08]", "≥ 10%", or "" */
static void format_value(char *out, size_t size, bool has, double v,
                         const analysis_interval *iv, const char *unit)
{
    char a[64], lo[64], hi[64];

    if (!has) {
        out[0] = '\0';
        return;
    }
    numfmt(a, v, 2);
    strncat(a, numfmt_unit_gap(unit), sizeof a - strlen(a) - 1);
    if (iv->hi_unbounded && !iv->lo_unbounded)
        snprintf(out, size, "%s%s [%s, …)", a, unit, numfmt(lo, iv->lo, 2));
    else if (iv->lo_unbounded && !iv->hi_unbounded)
        snprintf(out, size, "%s%s (…, %s]", a, unit, numfmt(hi, iv->hi, 2));
    else if (iv->lo_unbounded)
        snprintf(out, size, "%s%s", a, unit);
    else if (iv->lo == iv->hi)
        snprintf(out, size, "%s%s", a, unit);
    else
        snprintf(out, size, "%s%s [%s, %s]", a, unit, numfmt(lo, iv->lo, 2), numfmt(hi, iv->hi, 2));
}

void report_finding_cells(const analysis_finding *x, char stated[160], char computed[160])
{
    format_value(stated, 160, x->has_stated, x->stated, &x->stated_iv,
                 x->stated_unit ? x->stated_unit : "");
    format_value(computed, 160, x->has_computed, x->computed, &x->computed_iv,
                 x->computed_unit ? x->computed_unit : "");
    if (!x->has_computed && x->undefined)
        snprintf(computed, 160, "undefined: %s", x->undefined);
}

static const char *num_or_empty(char out[64], bool has, double v)
{
    return has ? numfmt(out, v, 4) : "";
}

/* One line per finding; open interval sides and undefined values are empty
 * cells. */
int report_findings_csv(buf *b, const analysis_findings *fs)
{
    static const char *const head[] = {
        "indicator", "indicator_en", "check", "from", "to", "stated", "stated_lo", "stated_hi",
        "computed", "computed_lo", "computed_hi", "undefined", "verdict", "reason",
        "rounding_only", "gross", "gap_pp", "deflator", "diagnosis", "explanation"
    };
    int rc = csv_row(b, head, 20);

    for (size_t i = 0; i < fs->count && rc == 0; i++) {
        const analysis_finding *f = &fs->items[i];
        char from[16], to[16], v[8][64];
        buf diag = BUF_INIT;
        const char *row[20];
        bool bad = f->verdict == ANALYSIS_INCONSISTENT || f->verdict == ANALYSIS_EXPLAINED;

        snprintf(from, sizeof from, "%d", f->from);
        snprintf(to, sizeof to, "%d", f->to);
        for (size_t k = 0; k < f->ndiagnosis; k++)
            rc |= buf_printf(&diag, "%s%s=%s", k ? "; " : "", analysis_reading_name(f->diagnosis[k].reading),
                             numfmt(v[7], f->diagnosis[k].value, 4));
        row[0] = f->indicator;
        row[1] = f->indicator_en ? f->indicator_en : "";
        row[2] = analysis_check_name(f->check);
        row[3] = f->from ? from : "";
        row[4] = f->to ? to : "";
        row[5] = num_or_empty(v[0], f->has_stated, f->stated);
        row[6] = num_or_empty(v[1], f->has_stated && !f->stated_iv.lo_unbounded, f->stated_iv.lo);
        row[7] = num_or_empty(v[2], f->has_stated && !f->stated_iv.hi_unbounded, f->stated_iv.hi);
        row[8] = num_or_empty(v[3], f->has_computed, f->computed);
        row[9] = num_or_empty(v[4], f->has_computed && !f->computed_iv.lo_unbounded,
                              f->computed_iv.lo);
        row[10] = num_or_empty(v[5], f->has_computed && !f->computed_iv.hi_unbounded,
                               f->computed_iv.hi);
        row[11] = f->undefined ? f->undefined : "";
        row[12] = analysis_verdict_name(f->verdict);
        row[13] = f->reason ? analysis_reason_name(f->reason) : "";
        row[14] = f->rounding_only ? "true" : "false";
        row[15] = f->gross ? "true" : "false";
        row[16] = num_or_empty(v[6], bad, f->gap_pp);
        row[17] = num_or_empty(v[7], f->has_deflator, f->deflator);
        row[18] = diag.data ? diag.data : "";
        row[19] = f->explanation ? f->explanation : "";
        rc |= csv_row(b, row, 20);
        buf_free(&diag);
    }
    return rc;
}
