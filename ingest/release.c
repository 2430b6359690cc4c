/* release.c -- dates a text that writes no year of its own by the national
 * figures it states, as an economist would: "一季度国内生产总值284997亿元，
 * 同比增长4.5%" can only be the first quarter of 2023, and a province's
 * "增长5.1%，高于全国一季度增速0.3个百分点" says the nation grew 4.8% in a
 * first quarter, which it did in 2022.  The figures are those the National
 * Bureau of Statistics printed first (ingest/release-cn.tsv, compiled in):
 * what news and local releases quote, not later revisions.
 *
 * parser.c runs the grammar once more over the head of a text no rule of
 * doctime.c dates, with ingest_release_claim as its sink, then asks
 * ingest_release_year for the year the evidence points to:
 *   - a headline figure whose name says it is the nation's (全国规模以上工业
 *     增加值, 国内生产总值) or that a gap against the nation implies: 2
 *   - one naming no place, in a head none of whose figures' sentences names
 *     a region (全省, 我市): 1
 *   - a level (亿元; 元 for income, 亿美元 for trade) counts twice: six
 *     digits seldom repeat
 * A year wins with 2 or more when no other year comes within 2 of it.  In
 * a text nothing else dates (no year, date line or remark year) evidence
 * for one year and for no other is enough, even one figure: 7月份，居民消费价格同比上涨
 * 5.6% is July 2007 to a reader.  A local figure that happens to equal
 * one national release would misdate its text, so a head whose sentences
 * name a region weighs plain figures nothing, as above; two years printing
 * the same figure leave the text undated.  A figure the text gives a year of
 * its own is no evidence, and a measure the table does not hold is none
 * either.  Besides the production and price headlines the table holds
 * industrial profits, per-capita income and Customs trade, whose variants
 * (in dollars, real) a rate that names neither meets. */
#include "ingest_int.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

extern const char ingest_release_cn_tsv[];

#define WEIGHT_NATION 2   /* a figure the text says is the nation's */
#define WEIGHT_PLAIN 1    /* one naming no place, in a head naming none */
#define WIN_SCORE 2       /* the least a year needs */
#define WIN_MARGIN 2      /* ... ahead of every other year */
#define GAP_CLAUSES 3     /* clauses after a rate read for the nation's */
#define LEVEL_ULP 1e-9    /* levels in base units agree to this share */
#define GLOSS_BYTES 24    /* a pinyin gloss is one syllable: no longer */

/* Length of a pinyin gloss at t[i..n), "(" lower-case letters, with or
 * without tone marks (two-byte letters), ")": 个(gè)百分点 is 个百分点 to a
 * reader; 0 when none ((GDP), (11.4%) stay). */
static size_t gloss_len(const char *t, size_t n, size_t i)
{
    size_t k = i + 1;

    if (t[i] != '(')
        return 0;
    while (k < n && k - i <= GLOSS_BYTES
           && ((t[k] >= 'a' && t[k] <= 'z') || ((unsigned char)t[k] & 0xE0) == 0xC0
               || ((unsigned char)t[k] & 0xC0) == 0x80))
        k++;
    return k < n && k > i + 1 && t[k] == ')' ? k + 1 - i : 0;
}

/* The text t[0..n) with traditional forms folded to simplified and pinyin
 * glosses left out (a converter's 统(tǒng)计), into out (cap bytes,
 * NUL-terminated; longer text is cut at a character). */
size_t ingest_release_fold_copy(const ingest_maps *m, const char *t, char *out, size_t cap)
{
    size_t n = strlen(t), i = 0, o = 0;

    while (i < n) {
        size_t cl = char_len((unsigned char)t[i]), gl = o > 0 ? gloss_len(t, n, i) : 0;
        if (gl) {
            i += gl;
            continue;
        }
        if (cl > n - i || o + cl >= cap)
            break;
        memcpy(out + o, t + i, cl);
        if (cl == 3) {
            uint32_t f = ingest_fold(m, cp3(t + i));
            if (f >= 0x800 && f <= 0xFFFF) {
                out[o] = (char)(0xE0 | f >> 12);
                out[o + 1] = (char)(0x80 | (f >> 6 & 0x3F));
                out[o + 2] = (char)(0x80 | (f & 0x3F));
            }
        }
        i += cl;
        o += cl;
    }
    out[o] = '\0';
    return o;
}

/* The first word of class c in t[0..n), with its row in *e; NULL none
 * (ingest_lex_in when the row is not needed). */
static const char *word_in(const ingest_lexicon *lx, lex_class c, const char *t, size_t n,
                           const lex_entry **e)
{
    for (size_t i = 0; i < n; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, c, t + i, n - i, e))
            return t + i;
    return NULL;
}

/* Notes a fact, once: the same figure said twice is one piece of evidence. */
static void add_fact(ingest_release_scan *s, const lex_entry *measure, const ingest_claim *c,
                     bool level, double value, bool nation)
{
    release_fact f = { measure->value, measure->vn, c->month_from, c->month_to, level,
                       level && !strcmp(c->norm_unit, "美元"), value, nation };

    for (size_t i = 0; i < s->n; i++) {
        release_fact *g = &s->f[i];
        if (g->kn == f.kn && !memcmp(g->key, f.key, f.kn) && g->from == f.from && g->to == f.to
            && g->level == f.level && g->dollars == f.dollars && g->value == f.value) {
            g->nation = g->nation || nation;
            return;
        }
    }
    if (s->n < RELEASE_FACTS)
        s->f[s->n++] = f;
}

/* A number of ASCII digits with at most one point at t[i..n), into *v;
 * its length, 0 when there is none. */
static size_t decimal_at(const char *t, size_t n, size_t i, double *v)
{
    char digits[24];
    size_t k = i;
    bool point = false;

    while (k < n && k - i < sizeof digits - 1
           && (is_digit(t[k]) || (t[k] == '.' && !point && k > i && (point = true))))
        k++;
    if (k == i || t[k - 1] == '.')
        return 0;
    memcpy(digits, t + i, k - i);
    digits[k - i] = '\0';
    *v = strtod(digits, NULL);
    return k - i;
}

/* Is t[i..n) a clause break (，, not 、)?  Its length, 0 when not. */
static size_t clause_break(const ingest_maps *m, const char *t, size_t n, size_t i)
{
    size_t cl = char_len((unsigned char)t[i]);
    uint32_t cp = cl == 1 ? (unsigned char)t[i] : cl == 3 && i + 3 <= n ? cp3(t + i) : 0;
    unsigned k = cp ? ingest_punct(m, cp) : 0;

    return (k & PUNCT_BREAK) && !(k & PUNCT_LIST) ? cl : 0;
}

/* The end of the clause starting at t[i]. */
static size_t clause_end(const ingest_maps *m, const char *t, size_t n, size_t i)
{
    while (i < n && !clause_break(m, t, n, i))
        i += char_len((unsigned char)t[i]);
    return i;
}

/* A figure in points in t[i..n), before any other figure, list mark or
 * place: its value into *gap.  高于全国一季度增速0.3个百分点 reads past
 * 一季度增速; 高于全国和全省 (two places) reads no gap. */
static bool points_after(const ingest_maps *m, const char *t, size_t n, size_t i, double *gap)
{
    const ingest_lexicon *lx = m->lx;
    const lex_entry *e;

    for (; i < n; i += char_len((unsigned char)t[i])) {
        size_t dl = is_digit(t[i]) ? decimal_at(t, n, i, gap) : 0;
        if (dl)
            return ingest_lex_at(lx, LEX_UNIT, t + i + dl, n - i - dl, &e)
                   && !strcmp(e->value, m->points_unit);
        if (ingest_lex_at(lx, LEX_NATION_WORD, t + i, n - i, &e)
            || ingest_lex_at(lx, LEX_REGION_WORD, t + i, n - i, &e)
            || ingest_lex_at(lx, LEX_WHOLE, t + i, n - i, &e)
            || ingest_lex_at(lx, LEX_LIST_SEP, t + i, n - i, &e))
            return false;
    }
    return false;
}

static int direction(const lex_entry *verb)
{
    return strcmp(verb->value, "down") ? 1 : -1;
}

/* Past a 分别 at t[i] (增速分别高于…, 比全国、全省分别高…). */
static size_t past_fenbie(const ingest_lexicon *lx, const char *t, size_t n, size_t i)
{
    const lex_entry *e;

    return ingest_lex_at(lx, LEX_KEYWORD, t + i, n - i, &e) && e->code == K_FENBIE ? i + e->n : i;
}

/* A list of places at t[i..n) up to the first digit or gap word: 全国、
 * 全省 -> the nation's slot 0 of 2 places, its end into *end.  -1 when the
 * list names the nation not exactly once or is no list (one place). */
static int nation_slot(const ingest_lexicon *lx, const char *t, size_t n, size_t i,
                       int *places, size_t *end)
{
    const lex_entry *e;
    int slot = -1;

    for (*places = 1; i < n && !is_digit(t[i]) && !ingest_lex_at(lx, LEX_GAP_ADJ, t + i, n - i, &e);) {
        if (ingest_lex_at(lx, LEX_NATION_WORD, t + i, n - i, &e)) {
            if (slot >= 0)
                return -1;
            slot = *places - 1;
        } else if (ingest_lex_at(lx, LEX_LIST_SEP, t + i, n - i, &e)) {
            ++*places;
        } else if (ingest_lex_at(lx, LEX_KEYWORD, t + i, n - i, &e) && e->code == K_FENBIE) {
            break;      /* 比全国、全省分别高… */
        } else {
            i += char_len((unsigned char)t[i]);
            continue;
        }
        i += e->n;
    }
    *end = i;
    return *places > 1 ? slot : -1;
}

/* As many figures as places at t[i..n), the last in points (1.2个、0.5个
 * 百分点, 1.2和0.5个百分点): the one in the nation's slot into *gap. */
static bool listed_points(const ingest_maps *m, const char *t, size_t n, size_t i, int slot,
                          int places, double *gap)
{
    const lex_entry *e;
    double v;

    for (int k = 0; k < places; k++) {
        size_t dl = i < n ? decimal_at(t, n, i, &v) : 0;
        if (!dl)
            return false;
        i += dl;
        if (k == slot)
            *gap = v;
        if (k < places - 1) {   /* 1.2个、 or 1.2、 */
            i += at(t + i, n - i, "个") ? strlen("个") : 0;
            if (!ingest_lex_at(m->lx, LEX_LIST_SEP, t + i, n - i, &e))
                return false;
            i += e->n;
        }
    }
    return ingest_lex_at(m->lx, LEX_UNIT, t + i, n - i, &e) && !strcmp(e->value, m->points_unit);
}

/* The gap to the nation after a gap word at t[i] whose places begin at
 * t[i]: one place (高于全国…0.3个百分点) or a list, each place its own
 * figure (高于全国、全省1.2个、0.5个百分点).  For 比 (adj) the gap word
 * follows the places (比全国、全省分别高1.2和0.5个百分点). */
static bool gap_after(const ingest_maps *m, const char *t, size_t n, size_t i, bool adj,
                      int *dir, double *gap)
{
    const lex_entry *a;
    int places, slot = nation_slot(m->lx, t, n, i, &places, &i);

    if (adj) {
        i = past_fenbie(m->lx, t, n, i);
        if (!ingest_lex_at(m->lx, LEX_GAP_ADJ, t + i, n - i, &a))
            return false;
        *dir = direction(a);
        i += a->n;
    }
    return slot >= 0 && listed_points(m, t, n, i, slot, places, gap);
}

/* Does a place stand at t[k] that the sentence before the clause t[i]
 * has not named (全省规模以上工业增加值增速高于全国… after 全市…增长8.3%)?
 * That clause's gap is another place's, and dates nothing. */
static bool other_place_at(const ingest_lexicon *lx, const char *t, size_t n, size_t i, size_t k)
{
    const lex_entry *w;

    if (!ingest_lex_at(lx, LEX_REGION_WORD, t + k, n - k, &w)
        && !ingest_lex_at(lx, LEX_REGION_NAME, t + k, n - k, &w)
        && !ingest_lex_at(lx, LEX_NATION_WORD, t + k, n - k, &w))
        return false;
    for (size_t j = 0; j + w->n <= i; j++)
        if (!memcmp(t + j, w->s, w->n))
            return false;
    return true;
}

/* Past the rate's own measure named again at the clause start t[i]
 * (同比下降7.1%，规模以上工业增加值增速高于全国6.4个百分点): a name of no
 * figure that holds the same release measure, right before a rate noun, a
 * gap verb or 比;
 * i itself when the clause opens otherwise (a gap of another measure
 * relates nothing to this rate). */
static size_t past_own_name(const ingest_lexicon *lx, const lex_entry *measure, const char *t,
                            size_t n, size_t i)
{
    const lex_entry *e, *r;

    for (size_t k = i; k < n && !is_digit(t[k]); k += char_len((unsigned char)t[k])) {
        if (!ingest_lex_at(lx, LEX_RELEASE_MEASURE, t + k, n - k, &e)) {
            if (other_place_at(lx, t, n, i, k))
                return i;
            continue;
        }
        if (strcmp(e->value, measure->value))
            return i;
        k += e->n;
        return ingest_lex_at(lx, LEX_RATE_NOUN, t + k, n - k, &r)
                       || ingest_lex_at(lx, LEX_GAP_VERB, t + k, n - k, &r)
                       || (ingest_lex_at(lx, LEX_KEYWORD, t + k, n - k, &r) && r->code == K_BASE)
                   ? k : i;
    }
    return i;
}

/* Does the clause t[i..n) set a rate against the nation's?  1 (above: 高于
 * 全国…0.3个百分点, 增速比全国高…) or -1 (below: 低于全国, 比全国低…), the
 * gap in points into *gap; 0 when it does not. */
static int gap_to_nation(const ingest_maps *m, const lex_entry *measure, const char *t, size_t n,
                         size_t i, double *gap)
{
    const ingest_lexicon *lx = m->lx;
    const lex_entry *v, *w;

    int dir;

    i = past_own_name(lx, measure, t, n, i);
    if (ingest_lex_at(lx, LEX_RATE_NOUN, t + i, n - i, &v))
        i += v->n;      /* 增速高于全国…: the rate named again */
    i = past_fenbie(lx, t, n, i);
    if (ingest_lex_at(lx, LEX_GAP_VERB, t + i, n - i, &v) && strcmp(v->value, "pull")) {
        dir = direction(v);
        if (ingest_lex_at(lx, LEX_NATION_WORD, t + i + v->n, n - i - v->n, &w)
            && points_after(m, t, n, i + v->n + w->n, gap))
            return dir;
        return gap_after(m, t, n, i + v->n, false, &dir, gap) ? dir : 0;
    }
    if (ingest_lex_at(lx, LEX_KEYWORD, t + i, n - i, &v) && v->code == K_BASE) {
        if (ingest_lex_at(lx, LEX_NATION_WORD, t + i + v->n, n - i - v->n, &w)) {
            for (size_t k = i + v->n + w->n; k < n; k += char_len((unsigned char)t[k]))
                if (ingest_lex_at(lx, LEX_GAP_ADJ, t + k, n - k, &v))
                    return points_after(m, t, n, k + v->n, gap) ? direction(v) : 0;
        }
        return gap_after(m, t, n, i + v->n, true, &dir, gap) ? dir : 0;
    }
    return 0;
}

/* A rate of the nation the clause t[i..n) cites in parentheses: 比全省平均
 * 水平(17.3%)和全国(11.4%)分别高… -> 11.4 into *rate. */
static bool cited_rate(const ingest_maps *m, const char *t, size_t n, size_t i, double *rate)
{
    const lex_entry *w;

    for (; i < n; i += char_len((unsigned char)t[i])) {
        size_t k, dl;
        if (!ingest_lex_at(m->lx, LEX_NATION_WORD, t + i, n - i, &w))
            continue;
        k = i + w->n;
        k += at(t + k, n - k, "(") ? 1 : at(t + k, n - k, "（") ? strlen("（") : n;
        if (k < n && (dl = decimal_at(t, n, k, rate)) > 0 && k + dl < n && t[k + dl] == '%'
            && (at(t + k + dl + 1, n - k - dl - 1, ")") || at(t + k + dl + 1, n - k - dl - 1, "）")))
            return true;
    }
    return false;
}

/* The nation's rate the clauses after a rate own ending at t[from] state or
 * imply, into *rate: a gap against it (同比增长5.1%，高于全国…0.3个百分点:
 * 4.8), also after other gaps (下降0.4%，比一季度提高6.2个百分点，高于全国
 * 平均水平1.2个百分点: -1.6), or the nation's figure cited.  A clause of
 * anything else ends the search. */
static bool national_rate(const ingest_maps *m, const lex_entry *measure, const char *t,
                          size_t n, size_t from, double own, double *rate)
{
    size_t i = from, b;
    double gap;

    for (int clause = 0; clause < GAP_CLAUSES && i < n; clause++) {
        size_t end;
        int dir;
        if ((b = clause_break(m, t, n, i)) > 0)
            i += b;
        while (i < n && t[i] == ' ')
            i++;
        end = clause_end(m, t, n, i);
        if ((dir = gap_to_nation(m, measure, t, end, i, &gap)) != 0) {
            *rate = round((own - dir * gap) * 100) / 100;
            return true;
        }
        if (cited_rate(m, t, end, i, rate))
            return true;
        if (!points_after(m, t, end, i, &gap))
            return false;
        i = end;
    }
    return false;
}

/* Where the rate c is written in the folded sentence t: the offset after its
 * '%', searched from the end of the sentence's previous figure; 0 none.  The
 * digits are the value's at its resolution (下降0.4%: 0.4). */
static size_t rate_end(ingest_release_scan *s, const ingest_claim *c, const char *t, size_t n)
{
    char v[32];
    int dp = c->resolution > 0 && c->resolution < 1 ? (int)lround(-log10(c->resolution)) : 0;
    size_t vn = (size_t)snprintf(v, sizeof v, "%.*f", dp, fabs(c->value));

    for (size_t i = s->cursor; vn && i + vn < n; i++)
        if (!memcmp(t + i, v, vn) && (i == 0 || !is_digit(t[i - 1])) && t[i + vn] == '%') {
            s->cursor = i + vn + 1;
            return s->cursor;
        }
    return 0;
}

/* Does t[0..end) say 去年 (last year, not 比去年同期, a base)? */
static bool last_year_before(const ingest_lexicon *lx, const char *t, size_t end)
{
    const lex_entry *e;

    for (size_t i = 0; i < end; i += char_len((unsigned char)t[i]))
        if (ingest_lex_at(lx, LEX_KEYWORD, t + i, end - i, &e)) {
            if (e->code == K_LAST_YEAR)
                return true;
            i += e->n - char_len((unsigned char)t[i]);
        }
    return false;
}

int ingest_release_claim(const ingest_claim *c, void *scan)
{
    ingest_release_scan *s = scan;
    const ingest_lexicon *lx = s->m->lx;
    char name[RELEASE_NAME];
    const lex_entry *measure;
    size_t nn, sn, end;
    bool level, rate;
    double nation;

    /* the sink contract promises both; a claim without them is no evidence */
    if (!c->source.sentence || !c->indicator)
        return 0;
    if (strcmp(c->source.sentence, s->raw)) {   /* a new sentence */
        copy_str(s->raw, sizeof s->raw, c->source.sentence);
        s->len = ingest_release_fold_copy(s->m, c->source.sentence, s->sentence, sizeof s->sentence);
        s->cursor = 0;
        s->regional = s->regional || ingest_lex_in(lx, LEX_REGION_WORD, s->sentence, s->len);
    }
    sn = s->len;
    level = c->kind == INGEST_LEVEL && !c->ranged
            && (!strcmp(c->norm_unit, "元") || !strcmp(c->norm_unit, "美元"));
    rate = c->kind == INGEST_GROWTH_YOY && !strcmp(c->unit, "%") && !c->ranged;
    if (c->year || c->period_from || c->period_to || c->qualifier != INGEST_EXACT
        || (!level && !rate))
        return 0;
    nn = ingest_release_fold_copy(s->m, c->indicator, name, sizeof name);
    if (!word_in(lx, LEX_RELEASE_MEASURE, name, nn, &measure))
        return 0;
    end = rate ? rate_end(s, c, s->sentence, sn) : 0;
    /* 去年1-9月份，全国…下降2.4%: a figure of last year (its year is still
       0 here) would date the text a year early; no evidence */
    if (end && last_year_before(lx, s->sentence, end))
        return 0;
    /* a name with no place counts only if no sentence names a region
       (ingest_release_year) */
    if (!ingest_lex_in(lx, LEX_REGION_WORD, name, nn) && !ingest_lex_in(lx, LEX_REGION_NAME, name, nn))
        add_fact(s, measure, c, level, level ? c->norm_value : c->value,
                 ingest_lex_in(lx, LEX_NATION_WORD, name, nn));
    if (end && national_rate(s->m, measure, s->sentence, sn, end, c->value, &nation))
        add_fact(s, measure, c, false, nation, true);
    return 0;
}

/* ---- the table ---- */

bool ingest_release_key_meets(const char *fact, size_t fn, const char *row, size_t rn)
{
    return rn >= fn && !memcmp(fact, row, fn) && (rn == fn || row[fn] == '_');
}

double ingest_release_unit_scale(const char **u)
{
    static const struct { const char *w; double scale; } words[] = {
        { "万亿", 1e12 }, { "亿", 1e8 }, { "万", 1e4 },
    };

    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (at(*u, strlen(words[i].w), words[i].w)) {
            *u += strlen(words[i].w);
            return words[i].scale;
        }
    return 1;
}

typedef struct row {
    int year, from, to;
    const char *key, *value;   /* fields: the value is read only when a fact
                                  of its measure and months meets it */
    size_t kn;
    bool level, dollars;
    double scale;              /* of a level: base units in the unit (亿元: 1e8) */
} row;

/* The unit field u of a row (TAB-ended): a level's scale and currency into
 * r (亿元, 万亿元, 元, 亿美元); a rate (%) is no level. */
static void read_unit(const char *u, row *r)
{
    r->level = *u != '%';
    r->scale = ingest_release_unit_scale(&u);
    r->dollars = at(u, 4, "美元");
}

/* The next data row of the table from *cur; false at its end. */
static bool next_row(const char **cur, row *r)
{
    const char *f[6];
    size_t nf;

    while ((nf = tsv_fields(cur, f, 6)) > 0) {
        if (nf < 6)
            continue;
        r->year = small_int(f[0]);
        r->from = small_int(f[1]);
        r->to = small_int(f[2]);
        r->key = f[3];
        r->kn = (size_t)(f[4] - f[3] - 1);
        r->value = f[4];
        read_unit(f[5], r);
        if (r->year >= RELEASE_FIRST_YEAR && r->year < RELEASE_FIRST_YEAR + RELEASE_YEARS)
            return true;
    }
    return false;
}

/* Is row r of fact f's measure and months?  A key names its series
 * (profits) and its variants after a '_' (exports_usd, income_real): a rate
 * the text does not say the currency or the basis of meets them all. */
static bool same_measure(const release_fact *f, const row *r)
{
    return ingest_release_key_meets(f->key, f->kn, r->key, r->kn) && f->from == r->from
           && f->to == r->to && f->level == r->level && (!f->level || f->dollars == r->dollars);
}

static bool same_value(const release_fact *f, const row *r, double v)
{
    return f->level ? fabs(f->value - v * r->scale) <= LEVEL_ULP * fabs(f->value)
                    : fabs(f->value - v) < 1e-6;
}

/* Is f of a measure every province and city also publishes under the
 * nation's name (profits, income, trade), so that a plain rate of it is as
 * likely local as national?  A rate of it counts only when the text says
 * it is the nation's; a level, whose digits seldom repeat, still counts. */
static bool local_alike(const release_fact *f)
{
    static const char *const keys[] = { "profits", "income", "trade", "exports", "imports" };

    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (f->kn >= strlen(keys[i]) && !memcmp(f->key, keys[i], strlen(keys[i])))
            return true;
    return false;
}

/* What fact f weighs in the head s was read from (ingest_release_year). */
static int weight(const ingest_release_scan *s, const release_fact *f)
{
    int w = f->nation ? WEIGHT_NATION
            : s->regional || (!f->level && local_alike(f)) ? 0 : WEIGHT_PLAIN;

    return f->level ? 2 * w : w;
}

/* The latest month of the facts of s that year y's rows meet: 12 when one
 * is a whole year's (0 0). */
static int last_month(const ingest_release_scan *s, int y)
{
    const char *cur = ingest_release_cn_tsv;
    int last = 0;
    row r;

    while (next_row(&cur, &r))
        for (size_t i = 0; r.year == y && i < s->n; i++)
            if (same_measure(&s->f[i], &r) && same_value(&s->f[i], &r, strtod(r.value, NULL)))
                last = s->f[i].to && s->f[i].to > last ? s->f[i].to : s->f[i].to ? last : 12;
    return last;
}

int ingest_release_year(const ingest_release_scan *s, bool lone, bool *same_year)
{
    int score[RELEASE_YEARS] = { 0 }, best = 0, second = 0, total = 0;
    uint64_t scored[RELEASE_FACTS] = { 0 };    /* the years each fact counted for */
    const char *cur = ingest_release_cn_tsv;
    row r;

    for (size_t i = 0; i < s->n; i++)
        total += weight(s, &s->f[i]);
    if (total < (lone ? 1 : WIN_SCORE))
        return 0;       /* (most undated texts: no need to read the table) */
    while (next_row(&cur, &r)) {
        bool read = false;
        double v = 0;
        for (size_t i = 0; i < s->n; i++) {
            const release_fact *f = &s->f[i];
            if (!same_measure(f, &r))
                continue;
            if (!read) {
                v = strtod(r.value, NULL);
                read = true;
            }
            /* a fact counts once a year (a rate both in yuan and in dollars) */
            if (same_value(f, &r, v) && !(scored[i] >> (r.year - RELEASE_FIRST_YEAR) & 1)) {
                scored[i] |= (uint64_t)1 << (r.year - RELEASE_FIRST_YEAR);
                score[r.year - RELEASE_FIRST_YEAR] += weight(s, f);
            }
        }
    }
    for (int y = 1; y < RELEASE_YEARS; y++) {
        if (score[y] > score[best]) {
            second = score[best];
            best = y;
        } else if (score[y] > second) {
            second = score[y];
        }
    }
    if (!(score[best] >= WIN_SCORE && score[best] - second >= WIN_MARGIN)
        /* a text nothing else dates: evidence for one year and no other */
        && !(lone && score[best] > 0 && second == 0))
        return 0;
    /* figures of January to October are released in the same year: its
       今年 is theirs; a whole year's or December's, in the next */
    *same_year = last_month(s, RELEASE_FIRST_YEAR + best) < 12;
    return RELEASE_FIRST_YEAR + best;
}
