/* verdict.c -- the one place a verdict is decided.  A stated figure and a
 * computed one are consistent when their intervals meet.  When they do
 * not, two reasons may explain the gap, each with one rule here: a real
 * (comparable-price) rate beside nominal levels (price_basis, with the
 * implied deflator), and a 预计 level within an estimate's margin
 * (estimate).  Otherwise the finding is inconsistent.  The reasons and the
 * diagnosis readings are closed sets, each with one table of its words. */
#include "analysis_int.h"

#include <math.h>
#include <string.h>

/* ---- the words of reasons and readings ---- */

typedef struct words {
    const char *name;   /* in JSON, as it is */
    const char *zh;     /* in a Chinese sentence */
    const char *en;     /* in an English sentence */
} words;

static const words reasons[] = {
    [ANALYSIS_REASON_NONE] = { NULL, NULL, NULL },
    [ANALYSIS_REASON_PRICE_BASIS] = { "price_basis", "可比价增速与现价数值口径不同",
                                      "a comparable-price rate beside current-price levels" },
    [ANALYSIS_REASON_ESTIMATE] = { "estimate", "预计数，在预计的误差范围内",
                                   "an estimate (预计), within an estimate's margin" },
};

static const words readings[] = {
    [ANALYSIS_READING_N_MINUS_1] = { "n-1 years", "少算一年（n-1年）", "n-1 years" },
    [ANALYSIS_READING_N_PLUS_1] = { "n+1 years", "多算一年（n+1年）", "n+1 years" },
    [ANALYSIS_READING_CUMULATIVE] = { "累计法", "累计法", "累计法" },
    [ANALYSIS_READING_MEAN_YOY] = { "mean of yoy", "各年同比增速的算术平均", "mean of yoy" },
    [ANALYSIS_READING_PP_AS_PCT] = { "pp as %", "把百分点当作百分比", "pp as %" },
    [ANALYSIS_READING_UNIT_SLIP] = { "万/亿 slip", "万与亿混淆", "万/亿 slip" },
};

static const words notes[] = {
    [ANALYSIS_NOTE_PRICE] = { "price_note",
        "所述增速按可比价格计算，却与现价数值的增速相同：期间价格未变，或所述增速其实是现价增速",
        "the rate is at comparable prices yet equals the growth of the current-price levels: "
        "either prices did not move, or the rate is nominal" },
    [ANALYSIS_NOTE_SERIES_BREAK] = { "series_break",
        "期间含人口普查年份，前后数值可能属于不同普查口径，差额未必是趋势",
        "a census year lies inside the span: the levels may come from two census vintages, "
        "so the change need not be a trend" },
    [ANALYSIS_NOTE_SPAN_MISMATCH] = { "span_mismatch",
        "数值的年份与增速所述期间相差一年，按数值本身的期间核对",
        "the levels lie a year off the rate's stated span; checked over the levels' own span" },
    [ANALYSIS_NOTE_CONSTANT_PRICES] = { "constant_prices",
        "由可比价增速推算，是按另一端年份价格计算的不变价数量，不是现价数值",
        "derived with a comparable-price rate: a volume at the prices of the other year, "
        "not a current-price figure" },
    [ANALYSIS_NOTE_APPROX_WORD] = { "approximate_word",
        "约数词（翻番、近、超等）按区间处理，不当作精确值",
        "an approximate word (翻番, 近, 超 ...) read as an interval, not an exact value" },
    [ANALYSIS_NOTE_IMPLAUSIBLE_DEFLATOR] = { "implausible_deflator",
        "只能用不合理的价格变动解释",
        "explained only by an implausible deflator" },
};

/* A row for every value: an enum value added before the COUNT without its
 * row leaves the table one short, and this does not compile. */
_Static_assert(sizeof reasons / sizeof reasons[0] == ANALYSIS_REASON_COUNT, "reason table");
_Static_assert(sizeof readings / sizeof readings[0] == ANALYSIS_READING_COUNT, "reading table");
_Static_assert(sizeof notes / sizeof notes[0] == ANALYSIS_NOTE_COUNT, "note table");

static const char *word(const words *w, bool zh)
{
    return zh ? w->zh : w->en;
}

static bool is_zh(const char *lang)
{
    return !lang || strcmp(lang, "en") != 0;
}

const char *analysis_reason_name(analysis_reason r)
{
    return (unsigned)r < ANALYSIS_REASON_COUNT ? reasons[r].name : NULL;
}

const char *analysis_reason_text(analysis_reason r, const char *lang)
{
    return (unsigned)r < ANALYSIS_REASON_COUNT ? word(&reasons[r], is_zh(lang)) : NULL;
}

const char *analysis_reading_name(analysis_reading_kind r)
{
    return (unsigned)r < ANALYSIS_READING_COUNT ? readings[r].name : NULL;
}

const char *analysis_reading_text(analysis_reading_kind r, const char *lang)
{
    return (unsigned)r < ANALYSIS_READING_COUNT ? word(&readings[r], is_zh(lang)) : NULL;
}

const char *analysis_note_name(analysis_note n)
{
    return (unsigned)n < ANALYSIS_NOTE_COUNT ? notes[n].name : NULL;
}

const char *analysis_note_text(analysis_note n, const char *lang)
{
    return (unsigned)n < ANALYSIS_NOTE_COUNT ? word(&notes[n], is_zh(lang)) : NULL;
}

void analysis_note_add(analysis_finding *f, analysis_note n)
{
    f->notes |= 1u << n;
}

bool analysis_has_note(const analysis_finding *f, analysis_note n)
{
    return (f->notes >> n) & 1u;
}

/* ---- price basis ---- */

/* The stated rate is real when the text says so, or when it says nothing
 * and the indicator's rates are stated at comparable prices. */
bool analysis_rate_is_real(const group *g, const ingest_claim *c)
{
    if (c->basis != INGEST_BASIS_UNSTATED)
        return c->basis == INGEST_BASIS_REAL;
    return g->known && g->ind.basis == INGEST_BASIS_REAL;
}

double analysis_interval_gap(analysis_interval s, analysis_interval c)
{
    if (!c.hi_unbounded && !s.lo_unbounded && s.lo > c.hi)
        return s.lo - c.hi;
    if (!c.lo_unbounded && !s.hi_unbounded && s.hi < c.lo)
        return s.hi - c.lo;
    return 0;
}

/* The deflator, % a year, that takes a real rate r_real to a nominal r_nom. */
static double deflator_of(double r_nom, double r_real)
{
    return 100 * ((1 + r_nom / 100) / (1 + r_real / 100) - 1);
}

void analysis_deflator_band(int from, int to, analysis_finding *f)
{
    double ref = 0;

    if (from && to > from && analysis_national_deflator(from, to, &ref) == GC_OK) {
        f->has_deflator_ref = true;
        f->deflator_ref = ref;
        f->deflator_lo = ref - ANALYSIS_DEFLATOR_BAND;
        f->deflator_hi = ref + ANALYSIS_DEFLATOR_BAND;
    } else {
        f->has_deflator_ref = false;
        f->deflator_lo = ANALYSIS_DEFLATOR_LO;
        f->deflator_hi = ANALYSIS_DEFLATOR_HI;
    }
}

int analysis_price_basis(analysis_finding *f, double r_nom, double r_real,
                         analysis_interval nom, analysis_interval real)
{
    double lo, hi;

    f->verdict = ANALYSIS_EXPLAINED;
    f->reason = ANALYSIS_REASON_PRICE_BASIS;
    f->has_deflator = true;
    f->deflator = deflator_of(r_nom, r_real);
    analysis_deflator_band(f->from, f->to, f);
    /* The deflator the rounding of both rates allows: it rises in the nominal
     * rate and falls in the real one. */
    lo = nom.lo_unbounded || real.hi_unbounded ? -INFINITY : deflator_of(nom.lo, real.hi);
    hi = nom.hi_unbounded || real.lo_unbounded || real.lo <= -100 ? INFINITY
                                                                 : deflator_of(nom.hi, real.lo);
    f->deflator_flag = hi < f->deflator_lo || lo > f->deflator_hi;
    if (f->deflator_flag) {
        f->warning = true;
        analysis_note_add(f, ANALYSIS_NOTE_IMPLAUSIBLE_DEFLATOR);
    }
    return GC_OK;
}

int analysis_set_price_basis(analysis_finding *f, double r_nom, double r_real)
{
    analysis_interval a = { r_nom, r_nom, false, false }, b = { r_real, r_real, false, false };

    return analysis_price_basis(f, r_nom, r_real, a, b);
}

int analysis_judge_rates(const actx *x, analysis_finding *f, bool real_vs_nominal)
{
    f->gap_pp = analysis_interval_gap(f->stated_iv, f->computed_iv);
    if (real_vs_nominal && f->stated > -100) {
        /* A real rate beside a nominal one: equal means no price change (a
         * note); apart, the gap is a deflator, judged against history. */
        if (analysis_iv_has(f->stated_iv, f->computed)) {
            f->verdict = ANALYSIS_CONSISTENT;
            analysis_note_add(f, ANALYSIS_NOTE_PRICE);
            return GC_OK;
        }
        return analysis_price_basis(f, f->computed, f->stated, f->computed_iv, f->stated_iv);
    }
    if (analysis_interval_meet(f->stated_iv, f->computed_iv)) {
        f->verdict = ANALYSIS_CONSISTENT;
        f->rounding_only = !analysis_iv_has(f->stated_iv, f->computed);
        f->gap_pp = 0;
        return GC_OK;
    }
    f->verdict = ANALYSIS_INCONSISTENT;
    f->gross = fabs(f->gap_pp) > x->opt->gross_pp;
    return GC_OK;
}

/* ---- estimates ---- */

analysis_interval analysis_estimate_iv(const actx *x, const ingest_claim *c)
{
    analysis_interval iv = analysis_claim_iv(x, c);
    double res = isfinite(c->resolution) && c->resolution > 0 ? c->resolution : 0;
    double w = fmax(res, ANALYSIS_ESTIMATE_PCT / 100 * fabs(c->value));

    if (!c->estimated)
        return iv;
    iv.lo = fmin(iv.lo, c->value - w);
    iv.hi = fmax(iv.hi, c->value + w);
    return iv;
}

bool analysis_estimate_explains(const actx *x, ingest_kind k, const ingest_claim *c0,
                                const ingest_claim *c1, double n, analysis_interval stated)
{
    analysis_interval q;

    if (!c0->estimated && !c1->estimated)
        return false;
    return analysis_quantity_iv(k, analysis_iv_times(analysis_estimate_iv(x, c0),
                                                     analysis_claim_scale(c0)),
                                analysis_iv_times(analysis_estimate_iv(x, c1),
                                                  analysis_claim_scale(c1)),
                                n, &q) == GC_OK &&
           analysis_interval_meet(stated, q);
}
