/* output.c -- writers shared by extract, check and report; see output.h. */
#include "output.h"

#include "../common/jsonadd.h"

#include <math.h>
#include <string.h>

int out_claims_jsonl(buf *b, const ingest_claims *claims)
{
    for (size_t i = 0; i < claims->count; i++) {
        cJSON *j = ingest_claim_json(&claims->items[i]);
        char *s = j ? cJSON_PrintUnformatted(j) : NULL;
        int rc = s ? buf_puts(b, s) | buf_putc(b, '\n') : -1;

        cJSON_free(s);
        cJSON_Delete(j);
        if (rc != 0)
            return -1;
    }
    return 0;
}

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

int out_findings_json(buf *b, const analysis_findings *f, const ingest_claims *claims)
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

/* The stated and computed cells of a finding, as the table and the summary
 * show them. */
static void format_finding(const analysis_finding *x, char stated[160], char computed[160])
{
    format_value(stated, 160, x->has_stated, x->stated, &x->stated_iv,
                 x->stated_unit ? x->stated_unit : "");
    format_value(computed, 160, x->has_computed, x->computed, &x->computed_iv,
                 x->computed_unit ? x->computed_unit : "");
    if (!x->has_computed && x->undefined)
        snprintf(computed, 160, "undefined: %s", x->undefined);
}

cli_table *out_findings_table(const analysis_findings *f)
{
    static const char *const head[] = {
        "indicator", "check", "stated", "computed", "verdict", "reason", "explanation"
    };
    cli_table *t = cli_table_new(7, head);

    for (size_t i = 0; t && i < f->count; i++) {
        const analysis_finding *x = &f->items[i];
        char stated[160], computed[160];
        const char *row[7];

        format_finding(x, stated, computed);
        row[0] = x->indicator;
        row[1] = analysis_check_name(x->check);
        row[2] = stated;
        row[3] = computed;
        row[4] = analysis_verdict_name(x->verdict);
        row[5] = x->reason ? x->reason : (x->gross ? "gross" : "");
        row[6] = x->explanation ? x->explanation : "";
        if (cli_table_add(t, row) != 0) {
            cli_table_free(t);
            return NULL;
        }
    }
    return t;
}

/* A Markdown table cell: pipes escaped, line breaks folded to spaces. */
static int md_cell(buf *b, const char *s)
{
    int rc = 0;

    for (; s && *s; s++) {
        if (*s == '|')
            rc |= buf_puts(b, "\\|");
        else if (*s == '\n' || *s == '\r')
            rc |= buf_putc(b, ' ');
        else
            rc |= buf_putc(b, *s);
    }
    return rc;
}

static int md_sources(buf *b, const analysis_finding *x, const ingest_claims *claims)
{
    int rc = 0;
    const char *last = NULL;

    for (size_t k = 0; k < x->nclaims; k++) {
        const ingest_claim *c;
        if (x->claims[k] >= claims->count)
            continue;
        c = &claims->items[x->claims[k]];
        if (last && !strcmp(last, c->source.sentence))
            continue;
        rc |= buf_printf(b, "%s%s:%ld: ", last ? "<br>" : "", c->source.file, c->source.line);
        rc |= md_cell(b, c->source.sentence);
        last = c->source.sentence;
    }
    return rc;
}

int out_summary_md(buf *b, const analysis_findings *f, const ingest_claims *claims)
{
    int rc = buf_puts(b, "# growthcheck summary\n\n");

    rc |= buf_printf(b, "%zu claims from %zu sentences; %zu findings.\n\n",
                     claims->count, claims->sentences, f->count);
    rc |= buf_puts(b, "| indicator | check | stated | computed | verdict | reason "
                      "| explanation | source |\n|---|---|---|---|---|---|---|---|\n");
    for (size_t i = 0; i < f->count; i++) {
        const analysis_finding *x = &f->items[i];
        char stated[160], computed[160];

        format_finding(x, stated, computed);
        rc |= buf_puts(b, "| ");
        rc |= md_cell(b, x->indicator);
        rc |= buf_printf(b, " | %s | %s | %s | %s | ", analysis_check_name(x->check), stated,
                         computed, analysis_verdict_name(x->verdict));
        rc |= md_cell(b, x->reason ? x->reason : (x->gross ? "gross" : ""));
        rc |= buf_puts(b, " | ");
        rc |= md_cell(b, x->explanation);
        rc |= buf_puts(b, " | ");
        rc |= md_sources(b, x, claims);
        rc |= buf_puts(b, " |\n");
    }
    return rc ? -1 : 0;
}

/* A CSV number keeps 15 significant digits, all a double holds reliably, so
 * 9.5e11 prints as 950000000000 and no binary noise shows; an empty cell
 * when the value is absent or not finite. */
static const char *csv_num(char out[32], bool has, double v)
{
    if (has && isfinite(v))
        snprintf(out, 32, "%.15g", v);
    else
        out[0] = '\0';
    return out;
}

int out_series_csv(buf *b, const analysis_rows *rows, bool bom)
{
    int rc = bom ? buf_puts(b, "\xEF\xBB\xBF") : 0;

    rc |= buf_puts(b, "indicator,indicator_en,year,value,unit,normalized_value,"
                      "normalized_unit,source,basis,low,high,derivation\r\n");
    for (size_t i = 0; i < rows->count && rc == 0; i++) {
        const analysis_row *r = &rows->items[i];
        char year[16], v[32], nv[32], lo[32], hi[32];
        const char *cells[12];

        snprintf(year, sizeof year, "%d", r->year);
        cells[0] = r->indicator;
        cells[1] = r->indicator_en;
        cells[2] = year;
        cells[3] = csv_num(v, true, r->value);
        cells[4] = r->unit;
        cells[5] = csv_num(nv, true, r->norm_value);
        cells[6] = r->norm_unit;
        cells[7] = analysis_row_source_name(r->source);
        cells[8] = ingest_basis_name(r->basis);
        cells[9] = csv_num(lo, !r->iv.lo_unbounded, r->iv.lo);
        cells[10] = csv_num(hi, !r->iv.hi_unbounded, r->iv.hi);
        cells[11] = r->derivation;
        rc |= cli_csv_row(b, cells, 12);
    }
    return rc ? -1 : 0;
}

int cli_plots_status(int rc, const gc_diag *d, const char *dir)
{
    switch (rc) {
    case GC_OK:
        return CLI_EXIT_OK;
    case GC_ENOTFOUND:
        cli_error(NULL, 0, "gnuplot not found; the scripts and data are in %s/. "
                  "Install it (apt-get install gnuplot-nox) or give --gnuplot PATH, "
                  "then run: cd %s && gnuplot render-all.gp", dir, dir);
        return CLI_EXIT_GNUPLOT;
    case GC_EEXTERNAL:
        if (d && d->message[0])
            cli_error(d->file, d->line, "gnuplot failed: %s; the scripts are in %s/", d->message, dir);
        else
            cli_error(NULL, 0, "gnuplot failed; the scripts are in %s/", dir);
        return CLI_EXIT_GNUPLOT;
    case GC_EIO:
        cli_diag(d, rc);
        return CLI_EXIT_OUTPUT;
    default:
        cli_diag(d, rc);
        return CLI_EXIT_OUTPUT;
    }
}
