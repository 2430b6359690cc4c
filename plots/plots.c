/* plots.c -- plots_write(): build every chart, write each script and its
 * data atomically into the output folder, write render-all.gp that loads
 * them, and render them all with one gnuplot process; account for every
 * indicator (its chart, or why none) and every conflict in the result.
 *
 * The output folder is created when missing and otherwise only written
 * into: files of earlier runs with other names stay.  The images are
 * written by gnuplot itself, not atomically. */
#include <errno.h>
#include <math.h>
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
    opt->lang = NULL;
    opt->render = true;
    opt->style = PLOTS_STYLE_DEFAULT;
}

/* The language of a document: "en" when most of its claims come from
 * English sentences, else "zh" (also for no claims). */
static const char *document_lang(const ingest_claims *claims)
{
    size_t en = 0;

    for (size_t i = 0; claims && i < claims->count; i++)
        en += claims->items[i].lang == INGEST_LANG_EN;
    return claims && 2 * en > claims->count ? "en" : "zh";
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
    if (!out->gnuplot)
        out->gnuplot = "gnuplot";
    /* A style changes only what the caller left at its default. */
    if (out->style == PLOTS_STYLE_SLIDE && out->width == 1600 && out->height == 900) {
        out->width = 1920;
        out->height = 1080;
    }
    if (out->style == PLOTS_STYLE_SLIDE && out->font_size == 16)
        out->font_size = 28;
    if (out->style == PLOTS_STYLE_PRINT && out->formats == PLOTS_PNG)
        out->formats = PLOTS_PDF;
    if ((unsigned)out->style > PLOTS_STYLE_PRINT) {
        gc_diag_set(diag, NULL, 0, 0, -1, "bad plot style: default, slide or print");
        return GC_EINVAL;
    }
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
    pl_ctx x;
    pl_names names;
    pl_chart chart;
    buf all;           /* render-all.gp */
    size_t charts;
    unsigned unnamed;  /* "indicator-N" stems handed out */
    plots_result *res; /* or NULL */
} run;

static char *dup(const char *s)
{
    size_t n = strlen(s ? s : "") + 1;
    char *d = malloc(n);

    if (d)
        memcpy(d, s ? s : "", n);
    return d;
}

/* The extension of the first format written: the image a reader opens. */
static const char *first_ext(unsigned formats)
{
    return formats & PLOTS_PNG ? "png" : formats & PLOTS_SVG ? "svg" : "pdf";
}

static int note_chart(run *r, const char *indicator)
{
    plots_result *res = r->res;
    plots_chart *m;
    buf file = BUF_INIT;

    if (!res)
        return GC_OK;
    m = realloc(res->made, (res->nmade + 1) * sizeof *m);
    if (!m)
        return GC_ENOMEM;
    res->made = m;
    m = &res->made[res->nmade];
    if (buf_printf(&file, "%s.%s", r->chart.stem, first_ext(r->x.opt->formats)) != 0)
        return GC_ENOMEM;
    m->file = file.data;
    m->kind = r->chart.kind ? r->chart.kind : "chart";
    m->indicator = indicator ? dup(indicator) : NULL;
    m->title = dup(r->chart.title.data ? r->chart.title.data : "");
    res->nmade++;
    if ((indicator && !m->indicator) || !m->title)
        return GC_ENOMEM;
    return GC_OK;
}

static int note_skip(run *r, const char *indicator, const char *reason)
{
    plots_result *res = r->res;
    plots_skip *s;

    if (!res)
        return GC_OK;
    for (size_t i = 0; i < res->nskipped; i++)
        if (!strcmp(res->skipped[i].indicator, indicator))
            return GC_OK;
    for (size_t i = 0; i < res->nmade; i++)
        if (res->made[i].indicator && !strcmp(res->made[i].indicator, indicator))
            return GC_OK;
    s = realloc(res->skipped, (res->nskipped + 1) * sizeof *s);
    if (!s)
        return GC_ENOMEM;
    res->skipped = s;
    s = &res->skipped[res->nskipped++];
    s->indicator = dup(indicator);
    s->reason = dup(reason);
    return s->indicator && s->reason ? GC_OK : GC_ENOMEM;
}

static int note_conflicts(run *r, const analysis_row *ref)
{
    plots_result *res = r->res;
    const analysis_rows *rows = r->x.rows;
    pl_point *p;
    size_t n;
    int rc = GC_OK;

    if (!res)
        return GC_OK;
    if (!(p = malloc((rows->count + 1) * sizeof *p)))
        return GC_ENOMEM;
    n = pl_collect(rows, ref, PL_SRC(ANALYSIS_ROW_STATED), p);
    pl_mark(&r->x, p, n);
    for (size_t i = 0; i + 1 < n && rc == GC_OK; i++) {
        plots_conflict *c;
        if (!p[i].conflict || p[i + 1].year != p[i].year || !p[i + 1].conflict)
            continue;
        if (!(c = realloc(res->conflicts, (res->nconflicts + 1) * sizeof *c))) {
            rc = GC_ENOMEM;
            break;
        }
        res->conflicts = c;
        c = &res->conflicts[res->nconflicts++];
        c->indicator = dup(ref->indicator);
        c->unit = dup(ref->unit);
        c->year = p[i].year;
        /* Document order: rows keep it within a year. */
        c->a = p[i].row < p[i + 1].row ? p[i].value : p[i + 1].value;
        c->b = p[i].row < p[i + 1].row ? p[i + 1].value : p[i].value;
        if (!c->indicator || !c->unit)
            rc = GC_ENOMEM;
    }
    free(p);
    return rc;
}

/* Writes the chart built in r->chart, if it has anything, and loads it
 * from render-all.gp; notes it in the result; then empties it. */
static int flush(run *r, const char *indicator, bool *made, gc_diag *diag)
{
    pl_chart *c = &r->chart;
    int rc = GC_OK;

    if (made)
        *made = c->gp.len > 0;
    if (c->gp.len > 0) {
        rc = write_file(r->x.opt->outdir, c->stem, "dat", &c->dat, diag);
        if (rc == GC_OK)
            rc = write_file(r->x.opt->outdir, c->stem, "gp", &c->gp, diag);
        if (rc == GC_OK && (buf_puts(&r->all, "load ") != 0
                            || pl_filename(&r->all, c->stem, "gp") != 0
                            || buf_putc(&r->all, '\n') != 0))
            rc = GC_ENOMEM;
        if (rc == GC_OK)
            r->charts++;
        if (rc == GC_OK)
            rc = note_chart(r, indicator);
    } else {
        pl_names_forget(&r->names, c->stem, &r->unnamed);   /* free for the next chart */
    }
    buf_reset(&c->gp);
    buf_reset(&c->dat);
    buf_reset(&c->title);
    c->blocks = 0;
    c->kind = NULL;
    c->body_at = 0;
    return rc;
}

/* Why an indicator with rows got no chart of its own; NULL when out of
 * memory (never a reason made up from facts that could not be counted). */
static const char *why_not(const run *r, const analysis_row *first, const analysis_row *ref,
                           bool in_shares, char *buf_, size_t n)
{
    bool en = r->x.w->en;
    size_t years;
    bool official, real;

    if (!ref) {
        const analysis_row *s = pl_reference(r->x.rows, first, true);
        if (s && in_shares)
            return en ? "only shares: drawn in the shares chart" : "只有占比：见占比图";
        if (s) {
            snprintf(buf_, n, en ? "only a percentage in %d, of no stated whole"
                                 : "只有%d年的一个百分比，未说明占什么的比重", s->year);
            return buf_;
        }
        return en ? "no value to draw" : "没有可画的数值";
    }
    if (pl_indicator_facts(&r->x, ref, &years, &official, &real) != GC_OK)
        return NULL;
    if (years == 1) {
        snprintf(buf_, n, en ? "only one year with a level (%d)" : "只有一年（%d年）的水平",
                 ref->year);
        return buf_;
    }
    /* A level implied by a real rate is a volume, not a level to draw in
     * current prices: say what there is. */
    for (size_t i = 0; i < r->x.rows->count; i++) {
        const analysis_row *q = &r->x.rows->items[i];
        char v[64];
        if (q->source != ANALYSIS_ROW_IMPLIED || !q->indicator || strcmp(q->indicator, ref->indicator)
            || !pl_row_real(&r->x, q) || !isfinite(q->value))
            continue;
        pl_numtext(v, q->value, pl_digits(q->value, 2));
        if (!en)
            snprintf(buf_, n, "没有现价水平，只有按可比价增速推算的物量（%d年约%s%s）", q->year, v,
                     q->unit ? q->unit : "");
        else
            snprintf(buf_, n, "no level in current prices; only a volume at comparable prices "
                              "(about %s %s in %d)", v, pl_unit_label(q->unit, true), q->year);
        return buf_;
    }
    return en ? "no level in current prices" : "没有现价水平";
}

/* The rate-only findings of an indicator with no rows: a stated multiple
 * over a span (翻一番) becomes a before/after chart.  Other rates, total
 * changes among them, go to the one chart of stated rates. */
static int rate_only(run *r, const char *indicator, bool *made, gc_diag *diag)
{
    const analysis_findings *fs = r->x.findings;
    int rc = GC_OK;

    *made = false;
    for (size_t i = 0; i < fs->count && rc == GC_OK && !*made; i++) {
        const analysis_finding *f = &fs->items[i];
        if (!f->indicator || strcmp(f->indicator, indicator) || !f->has_stated
            || f->check != ANALYSIS_CHECK_MULTIPLE)
            continue;
        rc = pl_indicator_stem(&r->names, f->indicator, f->indicator_en, &r->unnamed,
                               r->chart.stem);
        if (rc == GC_OK)
            rc = pl_chart_before_after(&r->chart, &r->x, f);
        if (rc == GC_OK)
            rc = flush(r, indicator, made, diag);
    }
    return rc;
}

static bool has_rows(const run *r, const char *indicator)
{
    for (size_t i = 0; i < r->x.rows->count; i++)
        if (r->x.rows->items[i].indicator && !strcmp(r->x.rows->items[i].indicator, indicator))
            return true;
    return false;
}

/* Every indicator the findings name but the rows do not (a rate alone),
 * and every claim's subject neither names (a claim no check used). */
static int accounted(run *r, gc_diag *diag)
{
    const analysis_findings *fs = r->x.findings;
    const ingest_claims *cl = r->x.claims;
    bool en = r->x.w->en;
    int rc = GC_OK;

    for (size_t i = 0; i < fs->count && rc == GC_OK; i++) {
        const analysis_finding *f = &fs->items[i];
        bool made = false;
        bool seen = false;
        if (!f->indicator || f->check == ANALYSIS_CHECK_COVERAGE || has_rows(r, f->indicator))
            continue;
        for (size_t k = 0; k < i && !seen; k++)    /* one chart per indicator */
            seen = fs->items[k].indicator && !strcmp(fs->items[k].indicator, f->indicator);
        if (seen)
            continue;
        rc = rate_only(r, f->indicator, &made, diag);
        if (rc == GC_OK && !made)
            rc = note_skip(r, f->indicator, en ? "only a rate, no level" : "只有增长率，没有水平");
    }
    for (size_t i = 0; cl && i < cl->count && rc == GC_OK; i++) {
        const char *name = cl->items[i].indicator;
        bool used = !name || !name[0] || has_rows(r, name);
        for (size_t k = 0; k < fs->count && !used; k++) {
            const analysis_finding *f = &fs->items[k];
            used = f->indicator && !strcmp(f->indicator, name);
            for (size_t j = 0; j < f->nclaims && j < 8 && !used; j++)
                used = f->claims[j] == i;
        }
        if (!used)
            rc = note_skip(r, name, cl->items[i].kind == INGEST_LEVEL
                                        ? (en ? "a level no check or series used"
                                              : "一个水平，未用于核对或序列")
                                        : (en ? "only a rate, no level" : "只有增长率，没有水平"));
    }
    return rc;
}

/* The stated rates of the indicators with no row at all, in one chart;
 * their reasons then point to it. */
static int rates(run *r, gc_diag *diag)
{
    const analysis_findings *fs = r->x.findings;
    const char **names = calloc(fs->count + 1, sizeof *names);
    size_t n = 0;
    bool made = false;
    int rc;

    if (!names)
        return GC_ENOMEM;
    for (size_t i = 0; i < fs->count; i++) {
        const char *name = fs->items[i].indicator;
        bool dup = false, charted = false;
        if (!name || fs->items[i].check == ANALYSIS_CHECK_COVERAGE || has_rows(r, name))
            continue;
        for (size_t k = 0; k < n && !dup; k++)
            dup = !strcmp(names[k], name);
        for (size_t k = 0; r->res && k < r->res->nmade && !charted; k++)
            charted = r->res->made[k].indicator && !strcmp(r->res->made[k].indicator, name);
        if (!dup && !charted)
            names[n++] = name;
    }
    snprintf(r->chart.stem, sizeof r->chart.stem, "stated-rates");
    rc = pl_chart_rates(&r->x, names, n, &r->chart);
    if (rc == GC_OK)
        rc = flush(r, NULL, &made, diag);
    /* The reasons of the indicators drawn say where they are. */
    for (size_t i = 0; made && r->res && i < r->res->nskipped && rc == GC_OK; i++)
        for (size_t k = 0; k < n && k < 14; k++)
            if (!strcmp(r->res->skipped[i].indicator, names[k])
                && !strcmp(r->res->skipped[i].reason, r->x.w->en ? "only a rate, no level"
                                                                : "只有增长率，没有水平")) {
                char *why = malloc(64);
                if (!why) {
                    rc = GC_ENOMEM;
                    break;
                }
                snprintf(why, 64, "%s", r->x.w->en ? "only a rate: in stated-rates.png"
                                                   : "只有增长率：见所述增长率图");
                free(r->res->skipped[i].reason);
                r->res->skipped[i].reason = why;
            }
    free(names);
    return rc;
}

/* One chart per indicator, in order of first mention. */
static int indicators(run *r, const pl_indicators *ind, gc_diag *diag)
{
    int rc = GC_OK;

    for (size_t i = 0; i < ind->count && rc == GC_OK; i++) {
        const analysis_row *ref = pl_reference(r->x.rows, ind->first[i], false);
        bool made = false;
        if (ref) {
            rc = pl_indicator_stem(&r->names, ref->indicator, ref->indicator_en, &r->unnamed,
                                   r->chart.stem);
            if (rc == GC_OK)
                rc = pl_chart_indicator(&r->x, ref, &r->chart);
            if (rc == GC_OK)
                rc = flush(r, ref->indicator, &made, diag);
            if (rc == GC_OK)
                rc = note_conflicts(r, ref);
        }
    }
    return rc;
}

/* The reason for each indicator with rows but no chart of its own; in[i]:
 * its shares are in the shares chart. */
static int reasons(run *r, const pl_indicators *ind, const bool *in)
{
    int rc = GC_OK;

    for (size_t i = 0; i < ind->count && rc == GC_OK; i++) {
        const analysis_row *ref = pl_reference(r->x.rows, ind->first[i], false);
        char why[192];
        const char *w = why_not(r, ind->first[i], ref, in[i], why, sizeof why);
        rc = w ? note_skip(r, ind->first[i]->indicator, w) : GC_ENOMEM;
    }
    return rc;
}

/* Builds and writes every chart and render-all.gp. */
static int write_all(run *r, gc_diag *diag)
{
    static const char *const fixed[] = { "claims", "index", "growth-compared", "shares",
                                         "stated-rates", RENDER_ALL };
    pl_indicators ind = { NULL, 0 };
    bool *in = NULL;
    int rc;

    if ((rc = pl_indicators_list(r->x.rows, &ind)) != GC_OK)
        return rc;
    for (size_t i = 0; i < sizeof fixed / sizeof fixed[0] && rc == GC_OK; i++)
        rc = pl_names_add(&r->names, fixed[i]);
    if (rc == GC_OK && !(in = calloc(ind.count + 1, sizeof *in)))
        rc = GC_ENOMEM;
    if (rc == GC_OK && buf_puts(&r->all, "# " RENDER_ALL ".gp -- renders every chart of this "
                                         "run with one gnuplot process:\n#     gnuplot "
                                         RENDER_ALL ".gp\n") != 0)
        rc = GC_ENOMEM;
    if (rc == GC_OK) {
        snprintf(r->chart.stem, sizeof r->chart.stem, "claims");
        rc = pl_chart_claims(&r->x, &r->chart);
    }
    if (rc == GC_OK)
        rc = flush(r, NULL, NULL, diag);
    if (rc == GC_OK)
        rc = indicators(r, &ind, diag);
    if (rc == GC_OK)
        rc = pl_chart_index(&r->x, &ind, &r->chart, in);
    if (rc == GC_OK)
        rc = flush(r, NULL, NULL, diag);
    if (rc == GC_OK) {
        snprintf(r->chart.stem, sizeof r->chart.stem, "shares");
        rc = pl_chart_shares(&r->x, &ind, &r->chart, in);
    }
    if (rc == GC_OK)
        rc = flush(r, NULL, NULL, diag);
    if (rc == GC_OK)
        rc = reasons(r, &ind, in);
    if (rc == GC_OK)
        rc = accounted(r, diag);
    if (rc == GC_OK)
        rc = rates(r, diag);
    if (rc == GC_OK && r->charts > 0)
        rc = write_file(r->x.opt->outdir, RENDER_ALL, "gp", &r->all, diag);
    free(in);
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

void plots_result_free(plots_result *res)
{
    if (!res)
        return;
    for (size_t i = 0; i < res->nmade; i++) {
        free(res->made[i].file);
        free(res->made[i].indicator);
        free(res->made[i].title);
    }
    for (size_t i = 0; i < res->nskipped; i++) {
        free(res->skipped[i].indicator);
        free(res->skipped[i].reason);
    }
    for (size_t i = 0; i < res->nconflicts; i++) {
        free(res->conflicts[i].indicator);
        free(res->conflicts[i].unit);
    }
    free(res->made);
    free(res->skipped);
    free(res->conflicts);
    *res = (plots_result)PLOTS_RESULT_INIT;
}

/* The file name of the first claim's source, without its folders. */
static void source_name(const ingest_claims *claims, char *out, size_t n)
{
    const char *f = claims && claims->count > 0 ? claims->items[0].source.file : NULL;
    const char *slash = f ? strrchr(f, '/') : NULL;

    snprintf(out, n, "%s", !f || !strcmp(f, "-") ? "" : slash ? slash + 1 : f);
}

int plots_write(const ingest_claims *claims, const analysis_findings *findings,
                const analysis_rows *rows, const plots_options *opt,
                plots_result *res, gc_diag *diag)
{
    static const analysis_rows no_rows = ANALYSIS_ROWS_INIT;
    static const analysis_findings no_findings = ANALYSIS_FINDINGS_INIT;
    plots_options o;
    run r;
    int rc;

    gc_diag_clear(diag);
    if (res)
        *res = (plots_result)PLOTS_RESULT_INIT;
    if (!opt)
        return GC_EINVAL;
    if ((rc = settle(opt, &o, diag)) != GC_OK || (rc = make_folder(o.outdir, diag)) != GC_OK)
        return rc;
    if (!o.lang)
        o.lang = document_lang(claims);
    memset(&r, 0, sizeof r);
    r.x.claims = claims;
    r.x.findings = findings ? findings : &no_findings;
    r.x.rows = rows ? rows : &no_rows;
    r.x.opt = &o;
    r.x.w = pl_words_for(o.lang);
    r.x.look = pl_look_for(o.style);
    source_name(claims, r.x.source, sizeof r.x.source);
    r.res = res;
    rc = write_all(&r, diag);
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
    buf_free(&r.chart.title);
    buf_free(&r.all);
    return rc;
}
