/* plots.c -- plots_write(): build every chart, write each script and its
 * data atomically into the output folder, write render-all.gp that loads
 * them, and render them all with one gnuplot process.
 *
 * The output folder is created when missing and otherwise only written
 * into: files of earlier runs with other names stay.  The images are
 * written by gnuplot itself, not atomically. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../common/atomicfile.h"
#include "plots_int.h"

#define RENDER_ALL "render-all"

void plots_options_init(plots_options *opt)
{
    opt->outdir = NULL;
    opt->gnuplot = NULL;
    opt->formats = PLOTS_PNG;
    opt->width = 1600;
    opt->height = 900;
    opt->font_size = 16;
    opt->font = NULL;
    opt->lang = "zh";
    opt->render = true;
}

/* Checks opt and fills in the defaults its NULLs and zeros stand for. */
static int settle(const plots_options *in, plots_options *out, gc_diag *diag)
{
    *out = *in;
    if (!out->outdir || !out->outdir[0]) {
        gc_diag_set(diag, NULL, 0, 0, -1, "no output folder given");
        return GC_EINVAL;
    }
    if (out->formats == 0)
        out->formats = PLOTS_PNG;
    if (!out->font)
        out->font = "Noto Sans CJK SC";
    if (!out->lang)
        out->lang = "zh";
    if (!out->gnuplot)
        out->gnuplot = "gnuplot";
    if ((out->formats & ~(unsigned)(PLOTS_PNG | PLOTS_SVG | PLOTS_PDF)) != 0
        || out->width < 100 || out->width > 20000 || out->height < 100 || out->height > 20000
        || out->font_size < 4 || out->font_size > 200 || strlen(out->font) > 200) {
        gc_diag_set(diag, NULL, 0, 0, -1,
                    "bad plot options: formats png, svg, pdf; size 100 to 20000 pixels; "
                    "font size 4 to 200; font name up to 200 bytes");
        return GC_EINVAL;
    }
    return GC_OK;
}

/* Creates dir and its missing parents (as mkdir -p). */
static int make_folder(const char *dir, gc_diag *diag)
{
    buf p = BUF_INIT;
    struct stat sb;
    int rc = GC_OK;

    if (buf_puts(&p, dir) != 0)
        return GC_ENOMEM;
    for (size_t i = 1; i <= p.len && rc == GC_OK; i++) {
        if (p.data[i] != '/' && p.data[i] != '\0')
            continue;
        p.data[i] = '\0';
        if (mkdir(p.data, 0777) != 0 && errno != EEXIST) {
            gc_diag_set(diag, p.data, 0, 0, -1, "cannot create folder: %s", strerror(errno));
            rc = GC_EIO;
        }
        if (i < p.len)
            p.data[i] = '/';
    }
    if (rc == GC_OK && (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
        gc_diag_set(diag, dir, 0, 0, -1, "not a folder; choose another output folder");
        rc = GC_EIO;
    }
    buf_free(&p);
    return rc;
}

/* Writes b to DIR/STEM.EXT atomically. */
static int write_file(const char *dir, const char *stem, const char *ext, const buf *b,
                      gc_diag *diag)
{
    buf path = BUF_INIT;
    int rc = GC_OK;

    if (buf_printf(&path, "%s/%s.%s", dir, stem, ext) != 0)
        return GC_ENOMEM;
    if (atomic_write_file(path.data, b->data ? b->data : "", b->len) != 0) {
        gc_diag_set(diag, path.data, 0, 0, -1,
                    "cannot write: %s; check the folder's permissions and free space",
                    strerror(errno));
        rc = GC_EIO;
    }
    buf_free(&path);
    return rc;
}

/* What one run holds while it writes charts. */
typedef struct run {
    const plots_options *opt;
    pl_names names;
    pl_chart chart;
    buf all;           /* render-all.gp */
    size_t charts;
} run;

/* Writes the chart built in r->chart, if it has anything, and loads it
 * from render-all.gp; then empties it for the next one. */
static int flush(run *r, gc_diag *diag)
{
    pl_chart *c = &r->chart;
    int rc = GC_OK;

    if (c->gp.len > 0) {
        rc = write_file(r->opt->outdir, c->stem, "dat", &c->dat, diag);
        if (rc == GC_OK)
            rc = write_file(r->opt->outdir, c->stem, "gp", &c->gp, diag);
        if (rc == GC_OK && (buf_puts(&r->all, "load ") != 0
                            || pl_filename(&r->all, c->stem, "gp") != 0
                            || buf_putc(&r->all, '\n') != 0))
            rc = GC_ENOMEM;
        if (rc == GC_OK)
            r->charts++;
    }
    buf_reset(&c->gp);
    buf_reset(&c->dat);
    return rc;
}

/* A chart with a fixed stem: claims, index, shares. */
static int fixed_stem(run *r, const char *stem)
{
    snprintf(r->chart.stem, sizeof r->chart.stem, "%s", stem);
    return pl_names_add(&r->names, stem);
}

static int trajectories(run *r, const analysis_rows *rows, const pl_indicators *ind,
                        gc_diag *diag)
{
    int rc = GC_OK;

    for (size_t i = 0; i < ind->count && rc == GC_OK; i++) {
        const analysis_row *ref = pl_reference(rows, ind->first[i], false);
        if (!ref)
            continue;
        /* The slug comes from the English name when there is one: ASCII. */
        rc = pl_stem(&r->names, "trajectory",
                     ref->indicator_en && ref->indicator_en[0] ? ref->indicator_en
                                                               : ref->indicator,
                     r->chart.stem);
        if (rc == GC_OK)
            rc = pl_chart_trajectory(rows, ref, r->opt, &r->chart);
        if (rc == GC_OK)
            rc = flush(r, diag);
    }
    return rc;
}

/* Builds and writes every chart and render-all.gp. */
static int write_all(run *r, const analysis_findings *findings, const analysis_rows *rows,
                     gc_diag *diag)
{
    pl_indicators ind = { NULL, 0 };
    int rc;

    if ((rc = pl_indicators_list(rows, &ind)) != GC_OK)
        return rc;
    if (buf_puts(&r->all, "# " RENDER_ALL ".gp -- renders every chart of this run with one "
                          "gnuplot process:\n#     gnuplot " RENDER_ALL ".gp\n") != 0)
        rc = GC_ENOMEM;
    if (rc == GC_OK && (rc = fixed_stem(r, "claims")) == GC_OK
        && (rc = pl_chart_claims(findings, r->opt, &r->chart)) == GC_OK)
        rc = flush(r, diag);
    if (rc == GC_OK && (rc = fixed_stem(r, "index")) == GC_OK
        && (rc = pl_chart_index(rows, &ind, r->opt, &r->chart)) == GC_OK)
        rc = flush(r, diag);
    if (rc == GC_OK && (rc = fixed_stem(r, "shares")) == GC_OK
        && (rc = pl_chart_shares(rows, &ind, r->opt, &r->chart)) == GC_OK)
        rc = flush(r, diag);
    if (rc == GC_OK && (rc = fixed_stem(r, RENDER_ALL)) == GC_OK)
        rc = trajectories(r, rows, &ind, diag);
    if (rc == GC_OK && r->charts > 0)
        rc = write_file(r->opt->outdir, RENDER_ALL, "gp", &r->all, diag);
    pl_indicators_free(&ind);
    return rc;
}

/* Runs gnuplot once on render-all.gp in the output folder. */
static int render(const plots_options *opt, gc_diag *diag)
{
    char *path = NULL;
    int rc = pl_find_program(opt->gnuplot, &path);

    if (rc == GC_ENOTFOUND)
        gc_diag_set(diag, opt->gnuplot, 0, 0, -1, "gnuplot not found (the scripts and data "
                    "were written; render them with: cd %s && gnuplot " RENDER_ALL ".gp)",
                    opt->outdir);
    if (rc == GC_OK)
        rc = pl_run(path, opt->outdir, RENDER_ALL ".gp", diag);
    free(path);
    return rc;
}

int plots_write(const ingest_claims *claims, const analysis_findings *findings,
                const analysis_rows *rows, const plots_options *opt,
                plots_result *res, gc_diag *diag)
{
    static const analysis_rows no_rows = ANALYSIS_ROWS_INIT;
    plots_options o;
    run r;
    int rc;

    (void)claims;  /* findings and rows carry all a chart shows */
    gc_diag_clear(diag);
    if (res) {
        res->charts = 0;
        res->rendered = false;
    }
    if (!opt)
        return GC_EINVAL;
    if ((rc = settle(opt, &o, diag)) != GC_OK || (rc = make_folder(o.outdir, diag)) != GC_OK)
        return rc;
    memset(&r, 0, sizeof r);
    r.opt = &o;
    rc = write_all(&r, findings, rows ? rows : &no_rows, diag);
    if (res)
        res->charts = r.charts;
    if (rc == GC_OK && o.render && r.charts > 0) {
        rc = render(&o, diag);
        if (res)
            res->rendered = rc == GC_OK;
    }
    pl_names_free(&r.names);
    buf_free(&r.chart.gp);
    buf_free(&r.chart.dat);
    buf_free(&r.all);
    return rc;
}
