/* check_translation.c -- a translation checked against its original.
 *
 * A bilingual document states each figure twice: a Chinese sentence and its
 * English translation.  Claims of one indicator (the key joins 国内生产总值
 * and GDP), of one kind and one time, one in each language, are the same
 * figure; when their values in base units cannot be the same number within
 * the rounding each language printed, the translation slipped a scale (亿
 * read as million, 万 as thousand) or a digit, and a reader quoting the
 * English must know.  One finding per Chinese claim, naming both sentences. */
#include "analysis_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "say.h"

/* Same figure: kind, time, part of a year and base unit agree. */
static bool counterparts(const ingest_claim *a, const ingest_claim *b)
{
    return a->kind == b->kind && a->year == b->year && a->period_from == b->period_from
        && a->period_to == b->period_to && a->month_from == b->month_from
        && a->month_to == b->month_to && a->norm_unit && b->norm_unit && a->norm_unit[0]
        && strcmp(a->norm_unit, b->norm_unit) == 0;
}

/* The value in base units as an interval: half the last printed digit either
 * side, wider for an approximate or bounded qualifier. */
static analysis_interval base_interval(const ingest_claim *c)
{
    double scale = c->value != 0 ? c->norm_value / c->value : 1;
    double half = fabs(c->resolution * scale) / 2;
    analysis_interval iv;

    memset(&iv, 0, sizeof iv);
    if (c->qualifier != INGEST_EXACT)
        half = fmax(half, fabs(c->norm_value) * 0.1);
    iv.lo = c->norm_value - half;
    iv.hi = c->norm_value + half;
    return iv;
}

static int translation_run(actx *x, const group *g)
{
    const ingest_claims *cl = x->claims;

    for (size_t i = 0; i < g->n; i++) {
        const ingest_claim *zh = &cl->items[g->idx[i]];
        if (zh->lang != INGEST_LANG_ZH)
            continue;
        for (size_t j = 0; j < g->n; j++) {
            const ingest_claim *en = &cl->items[g->idx[j]];
            analysis_interval a, b;
            analysis_finding *f;
            if (en->lang != INGEST_LANG_EN || !counterparts(zh, en))
                continue;
            a = base_interval(zh);
            b = base_interval(en);
            if (a.hi >= b.lo && b.hi >= a.lo)
                break;          /* the same figure, within rounding */
            if (!(f = analysis_new_finding(x, g, ANALYSIS_CHECK_TRANSLATION)))
                return GC_ENOMEM;
            analysis_finding_add_claim(f, g->idx[i]);
            analysis_finding_add_claim(f, g->idx[j]);
            f->has_stated = true;
            f->stated = en->norm_value;
            f->stated_iv = b;
            f->stated_unit = en->norm_unit;
            f->has_computed = true;
            f->computed = zh->norm_value;
            f->computed_iv = a;
            f->computed_unit = zh->norm_unit;
            f->verdict = ANALYSIS_INCONSISTENT;
            f->gross = true;
            f->definition = strdup("the English translation against the Chinese original: the "
                                   "same indicator, kind and time in both languages");
            f->formula = analysis_str_printf("%.10g %s (English, line %ld) vs %.10g %s (Chinese, "
                                             "line %ld): %.6g against %.6g %s, ratio %.4g",
                                             en->value, en->unit ? en->unit : "", en->source.line,
                                             zh->value, zh->unit ? zh->unit : "", zh->source.line,
                                             en->norm_value, zh->norm_value, zh->norm_unit,
                                             zh->norm_value != 0 ? en->norm_value / zh->norm_value : 0);
            if (!f->definition || !f->formula)
                return GC_ENOMEM;
            break;
        }
    }
    return GC_OK;
}

/* ---- the sentence ---- */

/* "3 trillion yuan (line 7: "...": the figure, its unit after sep, and
 * the line and sentence it was read from (the quote is closed by the caller). */
static void say_claim_at(say *s, const ingest_claim *c, const char *sep)
{
    say_num(s, c->value, 6);
    say_text(s, sep);
    say_text(s, c->unit ? c->unit : "");
    say_put(s, "（第", " (line ");
    say_num(s, (double)c->source.line, 0);
    say_put(s, "行：“", ": \"");
    say_text(s, c->source.sentence ? c->source.sentence : "");
}

static void translation_explain(say *s)
{
    const analysis_finding *f = s->f;
    const ingest_claim *zh, *en;

    if (f->nclaims < 2)
        return;
    zh = &s->claims->items[f->claims[0]];
    en = &s->claims->items[f->claims[1]];
    say_put(s, "英文译文写作", "The English translation says ");
    say_claim_at(s, en, " ");
    say_put(s, "”），而中文原文为", "\"), but the Chinese original says ");
    say_claim_at(s, zh, "");
    say_put(s, "”）；两者相差", "\"); the two differ by a factor of ");
    say_num(s, zh->norm_value != 0 ? en->norm_value / zh->norm_value : 0, 4);
    say_put(s, "倍，译文的数量级可能有误（如把亿译成百万）。",
            ": the translation probably slipped a scale (亿 read as million, 万 as thousand).");
}


ANALYSIS_CHECK_DEFINE(translation, translation_run, NULL);
