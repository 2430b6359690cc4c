/* lexicon.c -- looking words up in a lexicon, and deriving its speed maps.
 *
 * The tables themselves are generated from ingest/lexicon-LANG.tsv at build
 * time (tools/lexicon.sh).  ingest_lexicon_maps() is the one place that
 * turns a lexicon into the bit maps, the figure filter and the keyword index
 * the tokenizer, the subject cleaner and the parser consult, so that a new
 * row in the file reaches every map that needs it. */
#include "ingest_int.h"

#include <string.h>

#include "lexicon.h"
#include "text.h"

static const char *const class_names[LEX_NCLASSES] = {
    [LEX_KEYWORD] = "keyword", [LEX_KW_NOT_NEXT] = "kw-not-next",
    [LEX_KW_NOT_PREV] = "kw-not-prev", [LEX_NOT_FIGURE_NEXT] = "not-figure-next",
    [LEX_YEAR_MARK] = "year-mark", [LEX_MONTH_MARK] = "month-mark",
    [LEX_DAY_MARK] = "day-mark", [LEX_OF_MARK] = "of-mark",
    [LEX_TO_YEAR_PREV] = "to-year-prev", [LEX_RANGE_DASH] = "range-dash",
    [LEX_BREAK] = "break", [LEX_QUOTE_OPEN] = "quote-open", [LEX_QUOTE_CLOSE] = "quote-close",
    [LEX_DIGIT] = "digit", [LEX_PLACE] = "place", [LEX_SCALE] = "scale",
    [LEX_DECIMAL_POINT] = "decimal-point", [LEX_PERCENT_OF] = "percent-of",
    [LEX_FRACTION_OF] = "fraction-of", [LEX_APPROX_SUFFIX] = "approx-suffix",
    [LEX_NUMERAL_PREV] = "numeral-prev", [LEX_BARE_SCALE] = "bare-scale",
    [LEX_UNIT] = "unit", [LEX_UNIT_PER] = "unit-per", [LEX_FIGURE_START] = "figure-start",
    [LEX_DIGIT_NEXT] = "digit-next", [LEX_QUALIFIER_BEFORE] = "qualifier-before",
    [LEX_QUALIFIER_AFTER] = "qualifier-after", [LEX_QUALIFIER_INSIDE] = "qualifier-inside",
    [LEX_FIGURE_NEXT_OK] = "figure-next-ok", [LEX_LEAD_WORD] = "lead-word",
    [LEX_LEAD_VERB] = "lead-verb", [LEX_TAIL_WORD] = "tail-word", [LEX_BARE_VERB] = "bare-verb",
    [LEX_ACTION_VERB] = "action-verb", [LEX_MEASURE_END] = "measure-end",
    [LEX_SUBCLAUSE] = "subclause", [LEX_LIST_SEP] = "list-sep", [LEX_LIST_JOINER] = "list-joiner",
    [LEX_LIST_PREFIX] = "list-prefix", [LEX_LIST_SUFFIX] = "list-suffix",
    [LEX_ORDINAL] = "ordinal", [LEX_ORDINAL_DROP] = "ordinal-drop", [LEX_SHARE_END] = "share-end", [LEX_WHOLE] = "whole",
    [LEX_RATIO_SEP] = "ratio-sep", [LEX_RATIO_PARTS] = "ratio-parts",
    [LEX_RATIO_MEASURE] = "ratio-measure", [LEX_RATIO_WHOLE] = "ratio-whole",
    [LEX_REPORT_TITLE] = "report-title", [LEX_PERIOD_START] = "period-start",
    [LEX_HEADING_REVIEW] = "heading-review", [LEX_HEADING_PLAN] = "heading-plan",
    [LEX_HEADING_NUMERAL] = "heading-numeral", [LEX_FOLD] = "fold",
    [LEX_DATA_TITLE] = "data-title", [LEX_SESSION_BODY] = "session-body",
    [LEX_SESSION_TERM] = "session-term", [LEX_SESSION_MEETING] = "session-meeting",
    [LEX_DATE_LEAD] = "date-lead", [LEX_DATE_NEXT] = "date-next",
    [LEX_CURRENT_CUE] = "current-cue", [LEX_NOW_CUE] = "now-cue", [LEX_EVENT_WORD] = "event-word",
    [LEX_AVG_SPAN] = "avg-span", [LEX_AVG_NO_BASE] = "avg-no-base",
    [LEX_REVIEW_NEXT] = "review-next",
    [LEX_PLAN_AHEAD] = "plan-ahead", [LEX_PART_FRAME] = "part-frame", [LEX_FRAME_CLAUSE] = "frame-clause",
    [LEX_PLAN_YEAR_MARK] = "plan-year-mark",
    [LEX_PLAN_YEAR_REL] = "plan-year-rel", [LEX_REVIEW_PREV] = "review-prev", [LEX_YEAR_PART] = "year-part",
    [LEX_MONTH_TO] = "month-to", [LEX_MONTH_END] = "month-end",
    [LEX_NOT_UNIT] = "not-unit", [LEX_TENTH] = "tenth", [LEX_TENTH_NOT_NEXT] = "tenth-not-next",
    [LEX_TENTH_PART] = "tenth-part", [LEX_TENTH_PART_NEXT] = "tenth-part-next",
    [LEX_LEVEL_VERB] = "level-verb", [LEX_UNITLESS_END] = "unitless-end",
    [LEX_RANGE_SEP] = "range-sep", [LEX_THRESHOLD_NOT_NEXT] = "threshold-not-next",
    [LEX_TALLY_END] = "tally-end",
    [LEX_YEAR_SINCE] = "year-since", [LEX_FUTURE_YEAR_PREV] = "future-year-prev",
    [LEX_PLAN_NAME] = "plan-name", [LEX_SCOPE_HEAD] = "scope-head",
    [LEX_SPAN_YEARS] = "span-years", [LEX_GOAL_NEXT] = "goal-next",
    [LEX_GOAL_DONE] = "goal-done", [LEX_PART_NOT_PREV] = "part-not-prev",
    [LEX_PLAN_PERIOD_NEXT] = "plan-period-next",
    [LEX_MONTH_SINGLE] = "month-single",
    [LEX_ROC_ERA] = "roc-era", [LEX_ROC_YEAR_MARK] = "roc-year-mark",
    [LEX_MONTHS_FIRST] = "months-first", [LEX_MONTHS_FIRST_NOT] = "months-first-not",
    [LEX_MONTHS_COUNT] = "months-count", [LEX_MONTHS_BACK] = "months-back", [LEX_QUARTER_MARK] = "quarter-mark", [LEX_MONTH_RELEASE_NEXT] = "month-release-next",
    [LEX_SPAN_BEFORE] = "span-before",
    [LEX_SPAN_AFTER] = "span-after",
    [LEX_SPAN_AHEAD] = "span-ahead",
    [LEX_SCOPE_FROM] = "scope-from",
    [LEX_REPORT_VERB] = "report-verb",
    [LEX_CONGRESS] = "congress",
    [LEX_PLENUM_TERM] = "plenum-term",
    [LEX_PLENUM_MARK] = "plenum-mark", [LEX_CONGRESS_AHEAD] = "congress-ahead",
    [LEX_CONGRESS_YEAR] = "congress-year",
    [LEX_MID_VERB] = "mid-verb", [LEX_LIST_MODIFIER] = "list-modifier",
    [LEX_LIST_ATTRIBUTE] = "list-attribute", [LEX_LIST_EXPAND] = "list-expand",
    [LEX_LIST_ETC] = "list-etc", [LEX_LIST_COUNT] = "list-count",
    [LEX_SHARED_MARK] = "shared-mark", [LEX_GENERIC_HEAD] = "generic-head",
    [LEX_PLAN_RATIO] = "plan-ratio",
    [LEX_GAP_VERB] = "gap-verb", [LEX_GAP_ADJ] = "gap-adj",
    [LEX_BASIS_OPEN] = "basis-open", [LEX_BASIS_CLOSE] = "basis-close",
    [LEX_ASIDE] = "aside", [LEX_CONTRIB_TO] = "contrib-to",
    [LEX_CONTRIB_DROP] = "contrib-drop",
    [LEX_RATE_NAME] = "rate-name", [LEX_RATE_NOUN] = "rate-noun", [LEX_RATE_AVG] = "rate-avg",
    [LEX_PAGE_META] = "page-meta",
    [LEX_GAP_TIME] = "gap-time", [LEX_PERIOD_BEFORE] = "period-before", [LEX_PART_AREA] = "part-area", [LEX_RISE_MEASURE] = "rise-measure", [LEX_SHARE_IN] = "share-in", [LEX_TOPIC] = "topic", [LEX_NET_VERB] = "net-verb",
    [LEX_PLAN_DOC] = "plan-doc", [LEX_PLAN_MIDTERM] = "plan-midterm", [LEX_PLAN_DOC_HEAD] = "plan-doc-head",
    [LEX_IDIOM_RATE] = "idiom-rate", [LEX_IDIOM_NOT_PREV] = "idiom-not-prev",
    [LEX_ITEM_DONE] = "item-done", [LEX_RANK_MARK] = "rank-mark", [LEX_LIST_PRONOUN] = "list-pronoun",
    [LEX_QUARTER_SHORT] = "quarter-short",
    [LEX_RATE_NOUN_MOD] = "rate-noun-mod",
    [LEX_REVISE_WORD] = "revise-word",
    [LEX_ITEMS_INTRO] = "items-intro", [LEX_FALL_SIZE] = "fall-size",
    [LEX_SEP_IN_WORD] = "sep-in-word", [LEX_GROWTH_REACH] = "growth-reach", [LEX_RELEASE_VERB] = "release-verb", [LEX_BREAKDOWN_MARK] = "breakdown-mark",
    [LEX_SAME_PERIOD] = "same-period", [LEX_YOY_WORD] = "yoy-word", [LEX_ERA_WORD] = "era-word", [LEX_ERA_WEAK] = "era-weak", [LEX_ERA_SIGN] = "era-sign",
    [LEX_ENTITY_END] = "entity-end",
    [LEX_POINTER] = "pointer",
    [LEX_COMPANY_COLUMN] = "company-column", [LEX_COMPANY_REPORT] = "company-report",
    [LEX_LIST_SLOT] = "list-slot",
    [LEX_RANK_NEXT] = "rank-next", [LEX_PER_PERIOD] = "per-period",
    [LEX_YEAR_AGO_OPEN] = "year-ago-open", [LEX_EACH_PART] = "each-part", [LEX_PARTNER_OPEN] = "partner-open", [LEX_MINUS_SIGN] = "minus-sign",
    [LEX_POINTER_PLACE] = "pointer-place",
    [LEX_CAUSE_NOT_NEXT] = "cause-not-next",
    [LEX_ANNIVERSARY] = "anniversary", [LEX_ANNIVERSARY_MARK] = "anniversary-mark", [LEX_ANNIVERSARY_REL] = "anniversary-rel", [LEX_ANNIVERSARY_OWNER] = "anniversary-owner",
    [LEX_LIST_FRAME] = "list-frame",
    [LEX_WEEKDAY] = "weekday", [LEX_DAY_AHEAD] = "day-ahead", [LEX_DATE_LINE_BEFORE] = "date-line-before", [LEX_DATE_LINE_AFTER] = "date-line-after", [LEX_SINCE_REMARK] = "since-remark", [LEX_REVIEW_BASE] = "review-base", [LEX_FORECAST_BASE] = "forecast-base", [LEX_NUMBER_WORD] = "number-word", [LEX_FRACTION_WORD] = "fraction-word",
    [LEX_MONTH] = "month", [LEX_PERIOD_TABLE] = "period-table", [LEX_GLUED_TABLE] = "glued-table", [LEX_RATE_MEASURE] = "rate-measure", [LEX_ORDINAL_WORD] = "ordinal-word", [LEX_OUTLOOK_WORD] = "outlook-word", [LEX_REMARK_YEAR] = "remark-year", [LEX_FALL_GOES_ON] = "fall-goes-on", [LEX_SCHEDULE_WORD] = "schedule-word", [LEX_LIST_KIND] = "list-kind", [LEX_CLAUSE_JOIN] = "clause-join",
    [LEX_MULTIPLE_WORD] = "multiple-word", [LEX_CURRENCY_BEFORE] = "currency-before",
    [LEX_CURRENCY_AFTER] = "currency-after", [LEX_BASE_UNIT] = "base-unit",
    [LEX_STOPWORD] = "stopword", [LEX_SUBJECT_CUT] = "subject-cut",
    [LEX_SUBJECT_FROM] = "subject-from",
    [LEX_MEASURE_HEAD] = "measure-head", [LEX_NOT_PLACE] = "not-place",
    [LEX_MONTH_LINK] = "month-link", [LEX_RELEASE_NAME] = "release-name",
    [LEX_MONTHLY_MEASURE] = "monthly-measure",
    [LEX_CLAUSE_WORD] = "clause-word",
    [LEX_POLICY_HEAD] = "policy-head",
    [LEX_GENERIC_SUBJECT] = "generic-subject",
    [LEX_BASE_WORD] = "base-word",
    [LEX_OBJECT_VERB] = "object-verb",
    [LEX_OBJECT_SKIP] = "object-skip",
    [LEX_OBJECT_STOP] = "object-stop",
    [LEX_GOAL_COMPARE] = "goal-compare",
    [LEX_HARVEST_YEAR] = "harvest-year",
    [LEX_PLAN_GOAL_NEXT] = "plan-goal-next",
    [LEX_SINCE_YEAR] = "since-year",
    [LEX_TABLE_COLUMN] = "table-column",
    [LEX_NO_NAME] = "no-name",
    [LEX_YEAR_DETERMINER] = "year-determiner",
    [LEX_BE_FORM] = "be-form",
    [LEX_EARLIER_ADVERB] = "earlier-adverb",
    [LEX_EARLIER_ADJ] = "earlier-adj",
    [LEX_BASE_MARKER] = "base-marker",
    [LEX_MASKED_YEAR] = "masked-year",
    [LEX_RELEASE_MEASURE] = "release-measure", [LEX_NATION_WORD] = "nation-word",
    [LEX_REGION_WORD] = "region-word", [LEX_REGION_NAME] = "region-name",
    [LEX_MONTH_SPAN_AFTER] = "month-span-after",
    [LEX_VERB_LEAD] = "verb-lead", [LEX_REMARK_OPEN] = "remark-open",
    [LEX_FRACTION_SIGN] = "fraction-sign", [LEX_EARLIER_AFTER] = "earlier-after",
    [LEX_PLACE_LEAD] = "place-lead", [LEX_ECONOMY_GROUP] = "economy-group",
    [LEX_EXTREME_WORD] = "extreme-word",
    [LEX_COUNT_HEAD] = "count-head", [LEX_COUNT_VERB] = "count-verb",
    [LEX_COUNT_LEAD] = "count-lead",
    [LEX_RELEASE_COUNTRY] = "release-country",
    [LEX_YEARLY_RATE] = "yearly-rate",
    [LEX_RECORD_VERB] = "record-verb",
    [LEX_ING_NOUN] = "ing-noun",
    [LEX_PRICE_WORD] = "price-word",
    [LEX_TRADE_FLOW] = "trade-flow",
    [LEX_SPAN_WORD] = "span-word",
    [LEX_PAGE_LABEL] = "page-label",
    [LEX_PRONOUN] = "pronoun", [LEX_FORECAST_VERB] = "forecast-verb",
    [LEX_PARTICIPLE] = "participle",
};

const char *ingest_lex_class_name(lex_class c)
{
    return c < LEX_NCLASSES && class_names[c] ? class_names[c] : "?";
}

size_t ingest_lex_match(const lex_list *l, const char *s, size_t n, const lex_entry **e)
{
    for (unsigned k = lex_first(l, s, n); k; k = lex_next(l, k))
        if (starts_w(s, n, &l->v[k - 1])) {
            if (e)
                *e = &l->v[k - 1];
            return l->v[k - 1].n;
        }
    return 0;
}

const lex_entry *ingest_lex_ending(const ingest_lexicon *lx, lex_class c, const char *s, size_t n)
{
    const lex_list *l = &lx->cls[c];

    if (n == 0 || !(l->end_filter >> ((unsigned char)s[n - 1] & 63u) & 1))
        return NULL;            /* no word ends with that byte */
    if (l->chain && l->echain) {
        /* only a word ending in the byte the text ends in can match: its
           chain holds them in file order, so the first found is the first
           of the rows */
        for (unsigned k = l->echain[(unsigned char)s[n - 1] & 63u]; k; k = l->echain[64 + k - 1])
            if (ends_w(s, n, &l->v[k - 1]))
                return &l->v[k - 1];
        return NULL;
    }
    for (size_t i = 0; i < l->n; i++)
        if (ends_w(s, n, &l->v[i]))
            return &l->v[i];
    return NULL;
}

size_t ingest_lex_ends(const ingest_lexicon *lx, lex_class c, const char *s, size_t n)
{
    const lex_entry *e = ingest_lex_ending(lx, c, s, n);

    return e ? e->n : 0;
}

/* The row of list l whose word is s[0..n), the first in file order. */
static inline const lex_entry *whole_word_row(const lex_list *l, const char *s, size_t n)
{
    if (!lex_may(l, s, n))
        return NULL;
    if (l->chain) {
        /* the chain read without asking per row whether there is one (an
           English word asks this of a class or three) */
        for (unsigned k = l->chain[lex_hash(s, n)]; k; k = l->chain[64 + k - 1])
            if (l->v[k - 1].n == n && same_bytes(s, l->v[k - 1].s, n))
                return &l->v[k - 1];
        return NULL;
    }
    for (unsigned k = lex_first(l, s, n); k; k = lex_next(l, k))
        if (l->v[k - 1].n == n && same_bytes(s, l->v[k - 1].s, n))
            return &l->v[k - 1];
    return NULL;
}

bool ingest_lex_is(const ingest_lexicon *lx, lex_class c, const char *s, size_t n)
{
    return whole_word_row(&lx->cls[c], s, n) != NULL;
}

const lex_entry *ingest_lex_row(const ingest_lexicon *lx, lex_class c, const char *s, size_t n)
{
    return whole_word_row(&lx->cls[c], s, n);
}

/* The first place in t[0..len) where word e starts, len when none: a
 * memchr to each place the word's third byte occurs (the last of an
 * ideograph, which tells far more than its lead byte), then the word
 * around it; its first byte for a shorter word. */
static size_t entry_at(const lex_entry *e, const char *t, size_t len)
{
    size_t key = e->n >= 3 ? 2 : 0;
    const char *p = t + key, *end = t + len;

    if (len < e->n)
        return len;
    while ((size_t)(end - p) >= e->n - key
           && (p = memchr(p, e->s[key], (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) >= e->n - key && same_bytes(p - key, e->s, e->n))
            return (size_t)(p - key - t);
        p++;
    }
    return len;
}

bool ingest_lex_char_in(const char *set, const char *s, size_t n)
{
    size_t k;

    if (!set[0] || n == 0)
        return false;
    k = char_len((unsigned char)s[0]);
    if (k > n)
        return false;
    for (const char *p = set; *p; p += char_len((unsigned char)*p))
        if (strncmp(p, s, k) == 0)
            return true;
    return false;
}

bool ingest_lex_in(const ingest_lexicon *lx, lex_class c, const char *t, size_t len)
{
    const lex_list *l = &lx->cls[c];

    for (size_t w = 0; w < l->n; w++)
        if (entry_at(&l->v[w], t, len) < len)
            return true;
    return false;
}

size_t ingest_lex_find(const ingest_lexicon *lx, lex_class c, const char *t, size_t len)
{
    const lex_list *l = &lx->cls[c];
    size_t best = len;

    for (size_t w = 0; w < l->n; w++) {
        /* only a start before the best so far counts */
        size_t lim = best + l->v[w].n - 1 < len ? best + l->v[w].n - 1 : len;
        size_t at = entry_at(&l->v[w], t, lim);
        if (at < lim)
            best = at;
    }
    return best;
}

/* The bit of the character s[0..k): its last byte's low six bits and two
 * of the byte before (an ideograph's last two bytes vary most); an ASCII
 * byte itself. */
static unsigned char_bit(const char *s, size_t k)
{
    if (k == 1)
        return (unsigned char)s[0];
    return ((unsigned char)s[k - 1] & 63u) | ((unsigned)((unsigned char)s[k - 2] & 3u) << 6);
}

void ingest_lex_chars(const char *t, size_t len, lex_chars *set)
{
    memset(set, 0, sizeof *set);
    for (size_t i = 0, k; i < len; i += k) {
        unsigned b;
        k = char_len((unsigned char)t[i]);
        if (k > len - i)
            k = len - i;
        b = char_bit(t + i, k);
        set->bit[b >> 6] |= 1ull << (b & 63u);
    }
}

/* Are all the characters of word e in set? */
static bool word_in_set(const lex_entry *e, const lex_chars *set)
{
    for (size_t i = 0, k; i < e->n; i += k) {
        unsigned b;
        k = char_len((unsigned char)e->s[i]);
        if (k > e->n - i)
            k = e->n - i;
        b = char_bit(e->s + i, k);
        if (!(set->bit[b >> 6] >> (b & 63u) & 1))
            return false;
    }
    return true;
}

/* A word's first character has bit b in set only if bit b & 63 -- the
 * last byte's low six bits, lex_hash() of the word, the chain it is in --
 * is set in the four words of set folded together: only the chains of
 * those hashes that the class's filter holds are read (a class of forty
 * words asked of a sentence read every word's first character; the
 * document-time rules ask eight classes of every sentence of a report's
 * head).  A list without chains (built by hand) reads every row. */
bool ingest_lex_may_in(const ingest_lexicon *lx, lex_class c, const lex_chars *set)
{
    const lex_list *l = &lx->cls[c];
    uint64_t heads;

    if (!l->chain) {
        for (size_t w = 0; w < l->n; w++)
            if (word_in_set(&l->v[w], set))
                return true;
        return false;
    }
    heads = l->filter & (set->bit[0] | set->bit[1] | set->bit[2] | set->bit[3]);
    for (; heads; heads &= heads - 1) {
        unsigned h = (unsigned)__builtin_ctzll(heads);  /* the lowest hash left */
        for (unsigned r = l->chain[h]; r; r = l->chain[64 + r - 1]) {
            const uint64_t *w = l->chars ? l->chars[r - 1] : NULL;
            if (w ? !((w[0] & ~set->bit[0]) | (w[1] & ~set->bit[1]) | (w[2] & ~set->bit[2])
                      | (w[3] & ~set->bit[3]))
                  : word_in_set(&l->v[r - 1], set))
                return true;
        }
    }
    return false;
}

const lex_entry *ingest_lex_flagged(const ingest_lexicon *lx, lex_class c, unsigned flags)
{
    const lex_list *l = &lx->cls[c];

    for (size_t i = 0; i < l->n; i++)
        if ((l->v[i].flags & flags) == flags)
            return &l->v[i];
    return NULL;
}

int ingest_lex_digit_slow(const ingest_lexicon *lx, const char *s, size_t n, size_t *len)
{
    const lex_list *l = &lx->cls[LEX_DIGIT];

    if (n < 3 || ((unsigned char)s[0] & 0xF0) != 0xE0)
        return -1;
    for (unsigned k = lex_first(l, s, n); k; k = lex_next(l, k)) {
        const char *d = l->v[k - 1].s;
        if (s[2] == d[2] && s[1] == d[1] && s[0] == d[0] && l->v[k - 1].n == 3) {
            *len = 3;
            return (int)l->v[k - 1].num;
        }
    }
    return -1;
}

/* ---- speed maps ---- */

/* The code point of the word's first character (0 unless it is a
 * three-byte one), and of its last. */
static uint32_t first_cp(const lex_entry *e)
{
    return e->n >= 3 ? cjk_at(e->s, e->n, 0) : 0;
}

static uint32_t last_cp(const lex_entry *e)
{
    return e->n >= 3 ? cjk_at(e->s, e->n, e->n - 3) : 0;
}

static void set_cjk(uint64_t *map, uint32_t cp)
{
    if (cp >= 0x4000 && cp < 0xA000)
        map[(cp - 0x4000) >> 6] |= (uint64_t)1 << (cp & 63);
}

static void set_cp(uint64_t *map, uint32_t cp)
{
    if (cp >= INGEST_CP_LO && cp < 0xA000)
        map[(cp - INGEST_CP_LO) >> 6] |= (uint64_t)1 << (cp & 63);
}

static void set_filter(ingest_maps *m, uint32_t cp)
{
    unsigned b = ingest_filter_bit(cp);
    m->num_filter[b >> 6] |= (uint64_t)1 << (b & 63);
}

/* Which keywords the context words block: kw_blocked[k] when a row of
 * kw-not-next or kw-not-prev blocks keyword k, and in kw_prev_filter[k] the
 * bit of the last byte of each kw-not-prev row that does.  Each row is read
 * once: a row of roles adds its bits to those of its roles, a row naming a
 * keyword to the keyword rows of that word (found through the keyword
 * chain), as ingest_lex_blocks() reads the rows; asking every row of every
 * keyword cost more than the rest of a parser's set-up. */
static void blocker_maps(ingest_maps *m, const lex_list *kw, const lex_list *const bl[2])
{
    uint64_t roles = 0;         /* the roles some row blocks */
    uint64_t role_prev[64];     /* by role: the last bytes of the kw-not-prev rows of it */

    memset(role_prev, 0, sizeof role_prev);
    for (size_t l = 0; l < 2; l++)
        for (size_t i = 0; i < bl[l]->n; i++) {
            const lex_entry *r = &bl[l]->v[i];
            uint64_t end = l == 1 && r->n > 0 ? (uint64_t)1 << ((unsigned char)r->s[r->n - 1] & 63u) : 0;
            if (r->roles) {
                roles |= r->roles;
                for (unsigned b = 0; b < 64; b++)
                    role_prev[b] |= r->roles >> b & 1 ? end : 0;
                continue;
            }
            for (unsigned k = lex_first(kw, r->value, r->vn); k; k = lex_next(kw, k))
                if (ingest_lex_blocks(r, &kw->v[k - 1])) {
                    m->kw_blocked[k - 1] = true;
                    m->kw_prev_filter[k - 1] |= end;
                }
        }
    for (size_t k = 0; k < kw->n; k++) {
        unsigned code = (unsigned)kw->v[k].code & 63u;
        m->kw_blocked[k] = m->kw_blocked[k] || (roles >> code & 1);
        m->kw_prev_filter[k] |= role_prev[code];
    }
}

/* Keywords by first character, in table order within a bucket so that
 * longer words still win; and which keywords a context word may block. */
static int keyword_maps(ingest_maps *m, const ingest_lexicon *lx)
{
    const lex_list *kw = &lx->cls[LEX_KEYWORD];
    const lex_list *blockers[] = { &lx->cls[LEX_KW_NOT_NEXT], &lx->cls[LEX_KW_NOT_PREV] };

    if (kw->n >= INGEST_KW_MAX)
        return GC_EINVAL;
    for (size_t k = kw->n; k-- > 0;) {
        uint32_t cp = first_cp(&kw->v[k]);
        unsigned short *head = kw->v[k].n >= 2 * CJK_BYTES
                               ? &m->kw_head[ingest_kw_bucket(kw->v[k].s)]
                               : &m->kw_head1[cp % INGEST_KW_BUCKETS];
        if (cp < 0x4000 || cp >= 0xA000)
            return GC_EINVAL;       /* the index assumes an ideograph first */
        set_cjk(m->kw_first, cp);
        if (kw->v[k].flags & LEXF_CHANGE)
            set_cjk(m->change_first, cp);
        m->kw_next[k] = *head;
        *head = (unsigned short)(k + 1);
    }
    blocker_maps(m, kw, blockers);
    return GC_OK;
}

/* Figure starts: the digits and the figure-start words.  All go into the
 * quick test's filter and the tokenizer's map; those the quick test reads
 * (a digit, a numeral start, one alone or before a given character) are
 * the number starts the parser notes. */
static int figure_maps(ingest_maps *m, const ingest_lexicon *lx)
{
    const lex_list *d = &lx->cls[LEX_DIGIT], *f = &lx->cls[LEX_FIGURE_START];
    const lex_list *dn = &lx->cls[LEX_DIGIT_NEXT], *bs = &lx->cls[LEX_BARE_SCALE];

    for (size_t i = 0; i < d->n; i++) {
        uint32_t cp = first_cp(&d->v[i]);
        set_filter(m, cp);
        set_cjk(m->tok_first, cp);
        set_cp(m->number_start, cp);
        set_cp(m->numeral, cp);
        set_cp(m->numeral_next, cp);
    }
    for (size_t i = 0; i < f->n; i++) {
        const lex_entry *e = &f->v[i];
        uint32_t cp = first_cp(e);
        set_filter(m, cp);
        set_cjk(m->tok_first, cp);
        if (e->flags & LEXF_NUMERAL) {
            set_cp(m->numeral, cp);
        } else if ((e->flags & LEXF_ALONE) || e->vn > 0) {
            if (m->nstarts == INGEST_STARTS_MAX)
                return GC_EINVAL;
            m->starts[m->nstarts].cp = cp;
            m->starts[m->nstarts].next = e->vn ? cjk_at(e->value, e->vn, 0) : 0;
            m->nstarts++;
        } else {
            continue;           /* the tokenizer's only (百 of 百分之) */
        }
        set_cp(m->number_start, cp);
    }
    for (size_t i = 0; i < d->n; i++)
        set_cjk(m->small_first, first_cp(&d->v[i]));
    for (size_t i = 0; i < lx->cls[LEX_PLACE].n; i++)
        if (lx->cls[LEX_PLACE].v[i].num == 10)
            set_cjk(m->small_first, first_cp(&lx->cls[LEX_PLACE].v[i]));
    for (size_t i = 0; i < dn->n; i++)
        set_cp(m->numeral_next, first_cp(&dn->v[i]));
    for (size_t i = 0; i < bs->n; i++)
        set_cjk(m->tok_first, first_cp(&bs->v[i]));
    return GC_OK;
}

static int punct_add(ingest_maps *m, const lex_list *l, unsigned kind)
{
    for (size_t i = 0; i < l->n; i++) {
        const lex_entry *e = &l->v[i];
        uint32_t cp = e->n == 1 ? (unsigned char)e->s[0] : first_cp(e);
        unsigned k = kind;
        if (m->npunct == INGEST_PUNCT_MAX || cp == 0)
            return GC_EINVAL;
        if (e->flags & LEXF_LIST)
            k |= PUNCT_LIST;
        if (e->flags & LEXF_COMMA)
            k |= PUNCT_COMMA;
        m->punct[m->npunct].cp = cp;
        m->punct[m->npunct].kind = k;
        m->npunct++;
        if (cp < 128 && !m->punct_ascii[cp])
            m->punct_ascii[cp] = (unsigned char)k;   /* the first row wins, as in the list */
        m->punct_filter |= (uint64_t)1 << (cp & 63);
        if (m->punct_slot[cp & 63].cp == 0) {
            m->punct_slot[cp & 63].cp = cp;
            m->punct_slot[cp & 63].kind = k;
        } else if (m->punct_slot[cp & 63].cp != cp) {
            m->punct_slot[cp & 63].cp = PUNCT_SHARED;   /* the first row of cp still wins */
        }
    }
    return GC_OK;
}

/* Traditional forms, sorted for a binary search. */
static int fold_maps(ingest_maps *m, const lex_list *l)
{
    if (l->n > INGEST_FOLD_MAX)
        return GC_EINVAL;
    for (size_t i = 0; i < l->n; i++) {
        uint32_t from = first_cp(&l->v[i]), to = l->v[i].vn == 3 ? cjk_at(l->v[i].value, 3, 0) : 0;
        size_t j = m->nfold;
        if (from < 0x4000 || from >= 0xA000 || to == 0 || l->v[i].n != 3)
            return GC_EINVAL;   /* both forms three bytes: offsets do not move */
        for (; j > 0 && m->fold_from[j - 1] > from; j--) {
            m->fold_from[j] = m->fold_from[j - 1];
            m->fold_to[j] = m->fold_to[j - 1];
        }
        m->fold_from[j] = from;
        m->fold_to[j] = to;
        m->nfold++;
        set_cjk(m->fold, from);
    }
    return GC_OK;
}

uint32_t ingest_fold(const ingest_maps *m, uint32_t cp)
{
    size_t lo = 0, hi = m->nfold;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (m->fold_from[mid] == cp)
            return m->fold_to[mid];
        if (m->fold_from[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return cp;
}

/* Tail words by last byte, in table order within a chain: the subject
 * cleaner tries them in that order, each on what the previous left, and
 * only those ending in the byte the subject ends in can match. */
static int tail_maps(ingest_maps *m, const lex_list *tail)
{
    if (tail->n >= INGEST_TAIL_MAX)
        return GC_EINVAL;
    for (size_t k = tail->n; k-- > 0;) {
        const lex_entry *w = &tail->v[k];
        unsigned b;
        if (w->n == 0)
            continue;
        b = (unsigned char)w->s[w->n - 1] & 63u;
        m->tail_next[k] = m->tail_head[b];
        m->tail_head[b] = (unsigned short)(k + 1);
    }
    return GC_OK;
}

int ingest_lexicon_maps(ingest_maps *m, const ingest_lexicon *lx)
{
    const lex_list *lead = &lx->cls[LEX_LEAD_WORD], *verbs = &lx->cls[LEX_LEAD_VERB];
    const lex_list *tail = &lx->cls[LEX_TAIL_WORD], *act = &lx->cls[LEX_ACTION_VERB];
    /* the words a number of the tokenizer starts with (tokens.c) */
    static const lex_class num_classes[] = { LEX_DIGIT, LEX_PLACE, LEX_FIGURE_START,
                                             LEX_PERCENT_OF, LEX_BARE_SCALE };
    /* the words subject.c looks for inside a subject, at every character */
    static const lex_class inner_classes[] = { LEX_REPORT_VERB, LEX_SUBJECT_CUT, LEX_MID_VERB };
    const lex_entry *u;
    int rc;

    memset(m, 0, sizeof *m);
    m->lx = lx;
    if ((rc = keyword_maps(m, lx)) != GC_OK
        || (rc = figure_maps(m, lx)) != GC_OK
        || (rc = punct_add(m, &lx->cls[LEX_QUOTE_OPEN], PUNCT_OPEN)) != GC_OK
        || (rc = punct_add(m, &lx->cls[LEX_QUOTE_CLOSE], PUNCT_CLOSE)) != GC_OK
        || (rc = punct_add(m, &lx->cls[LEX_BREAK], PUNCT_BREAK)) != GC_OK
        || (rc = fold_maps(m, &lx->cls[LEX_FOLD])) != GC_OK
        || (rc = tail_maps(m, tail)) != GC_OK)
        return rc;
    for (size_t c = 0; c < sizeof num_classes / sizeof num_classes[0]; c++)
        for (size_t i = 0; i < lx->cls[num_classes[c]].n; i++)
            set_cjk(m->num_first, first_cp(&lx->cls[num_classes[c]].v[i]));
    for (size_t i = 0; i < INGEST_CJK_WORDS; i++)
        m->tok_first[i] |= m->kw_first[i];
    for (size_t i = 0; i < lead->n; i++)
        set_cjk(m->lead_first, first_cp(&lead->v[i]));
    for (size_t i = 0; i < verbs->n; i++)
        set_cjk(m->lead_first, first_cp(&verbs->v[i]));
    for (size_t i = 0; i < tail->n; i++)
        set_cjk(m->tail_last, last_cp(&tail->v[i]));
    for (size_t i = 0; i < act->n; i++)
        set_cjk(m->verb_first, first_cp(&act->v[i]));
    for (size_t c = 0; c < sizeof inner_classes / sizeof inner_classes[0]; c++)
        for (size_t i = 0; i < lx->cls[inner_classes[c]].n; i++)
            set_cjk(m->inner_first, first_cp(&lx->cls[inner_classes[c]].v[i]));
    memcpy(m->stop, m->fold, sizeof m->stop);
    for (unsigned c = 0; c < LEX_NCLASSES; c++)
        for (size_t i = 0; i < lx->cls[c].n; i++) {
            const lex_entry *w = &lx->cls[c].v[i];
            size_t k = 0;
            while (k < w->n && !((unsigned char)w->s[k] & 0x80))
                k++;
            if (k == w->n)
                m->ascii_words[c / 64] |= (uint64_t)1 << (c % 64);
        }
    /* the number starts U+4000..U+9FFF: the CP map's words from the 64th
       (0x1000 code points after INGEST_CP_LO) are the CJK map's, bit for bit */
    _Static_assert((0x4000 - INGEST_CP_LO) % 64 == 0, "the CP and CJK maps share word bounds");
    for (size_t w = 0; w < INGEST_CJK_WORDS; w++)
        m->stop[w] |= m->number_start[w + (0x4000 - INGEST_CP_LO) / 64];
    u = ingest_lex_flagged(lx, LEX_UNIT, LEXF_POINTS);
    m->points_unit = u ? u->value : "";
    u = ingest_lex_flagged(lx, LEX_UNIT, LEXF_TIMES);
    m->times_unit = u ? u->value : "";
    return GC_OK;
}
