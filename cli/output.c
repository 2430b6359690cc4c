/* output.c -- the findings table and the chart status messages shared by
 * check, plot and report; see output.h. */
#include "output.h"

#include <string.h>

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

        report_finding_cells(x, stated, computed);
        row[0] = x->indicator;
        row[1] = analysis_check_name(x->check);
        row[2] = stated;
        row[3] = computed;
        row[4] = analysis_verdict_name(x->verdict);
        row[5] = x->reason ? analysis_reason_name(x->reason) : (x->gross ? "gross" : "");
        row[6] = x->explanation ? x->explanation : "";
        if (cli_table_add(t, row) != 0) {
            cli_table_free(t);
            return NULL;
        }
    }
    return t;
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
