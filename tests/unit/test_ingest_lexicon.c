/* test_ingest_lexicon.c -- the Chinese lexicon as built from
 * ingest/lexicon-zh.tsv (and the English-only classes of lexicon-en.tsv): every class has rows, class names read back,
 * words are matched in file order (longer first), the speed maps derived
 * from it hold what the grammar relies on, and a word added to a class
 * reaches the maps (a second lexicon built in the test); the generated
 * chains find what a search of every row finds. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "../../ingest/ingest_int.h"
#include "../../ingest/lexicon.h"
#include "../../ingest/rules_en.h"

static ingest_maps maps;   /* large: kept off the stack */

static void test_every_class_has_rows(void **state)
{
    (void)state;
    for (int c = 0; c < LEX_NCLASSES; c++) {
        /* the classes from number-word on are English only (lexicon-en.tsv) */
        const lex_list *l = c < LEX_NUMBER_WORD ? &ingest_lexicon_zh.cls[c] : &ingest_lexicon_en.cls[c];
        if (!strcmp(ingest_lex_class_name((lex_class)c), "?"))
            fail_msg("class %d has no name in lexicon.c", c);
        if (l->n == 0 || !l->v)
            fail_msg("class %s has no rows", ingest_lex_class_name((lex_class)c));
        for (size_t i = 0; i < l->n; i++) {
            assert_int_equal(strlen(l->v[i].s), l->v[i].n);
            assert_int_equal(strlen(l->v[i].value), l->v[i].vn);
            assert_true(l->filter >> lex_hash(l->v[i].s, l->v[i].n) & 1);
        }
    }
    assert_string_equal(ingest_lex_class_name(LEX_KW_NOT_NEXT), "kw-not-next");
    assert_string_equal(ingest_lex_class_name(LEX_FOLD), "fold");
    assert_string_equal(ingest_lexicon_zh.lang, "zh");
    assert_string_equal(ingest_lexicon_en.lang, "en");
}

static void test_lookups(void **state)
{
    const ingest_lexicon *lx = &ingest_lexicon_zh;
    const lex_entry *e = NULL;
    size_t len = 0;

    (void)state;
    /* 万亿 before 万: the first match in file order is the longer */
    assert_int_equal(ingest_lex_at(lx, LEX_SCALE, "万亿元", strlen("万亿元"), &e), strlen("万亿"));
    assert_true(e->num == 1e12);
    assert_int_equal(ingest_lex_at(lx, LEX_SCALE, "元", strlen("元"), NULL), 0);
    assert_int_equal(ingest_lex_digit(lx, "两万", strlen("两万"), &len), 2);
    assert_int_equal(len, 3);
    assert_int_equal(ingest_lex_digit(lx, "万", strlen("万"), &len), -1);
    assert_int_equal(ingest_lex_at(lx, LEX_QUALIFIER_AFTER, "以上", strlen("以上"), &e), 6);
    assert_int_equal(e->code, INGEST_ABOVE);
    assert_true(ingest_lex_is(lx, LEX_WHOLE, "全市", strlen("全市")));
    assert_false(ingest_lex_is(lx, LEX_WHOLE, "全市场", strlen("全市场")));
    assert_int_equal(ingest_lex_ends(lx, LEX_MEASURE_END, "森林覆盖率", strlen("森林覆盖率")), 3);
    assert_true(ingest_lex_in(lx, LEX_HEADING_PLAN, "二〇二二年主要任务", strlen("二〇二二年主要任务")));
    assert_false(ingest_lex_in(lx, LEX_HEADING_PLAN, "回顾", strlen("回顾")));
    e = ingest_lex_flagged(lx, LEX_UNIT, LEXF_POINTS);
    assert_non_null(e);
    assert_string_equal(e->value, "百分点");
}

static const lex_entry *keyword(const char *w)
{
    const lex_list *l = &ingest_lexicon_zh.cls[LEX_KEYWORD];

    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].s, w))
            return &l->v[i];
    return NULL;
}

static void test_keywords(void **state)
{
    const lex_entry *k;

    (void)state;
    k = keyword("年均下降");
    assert_non_null(k);
    assert_int_equal(k->code, K_AVG);
    assert_true(k->flags & LEXF_CHANGE);
    assert_true(k->flags & LEXF_DOWN);
    k = keyword("增长");
    assert_non_null(k);
    assert_int_equal(k->code, K_GROW);
    /* 增加值: 值 after a growth keyword blocks it, by its role */
    assert_true(ingest_lex_blocks(&ingest_lexicon_zh.cls[LEX_KW_NOT_NEXT].v[0], k));
    assert_false(ingest_lex_blocks(&ingest_lexicon_zh.cls[LEX_KW_NOT_NEXT].v[0], keyword("由")));
}

static bool cp_in(const uint64_t *map, uint32_t cp)
{
    return map[(cp - 0x4000) >> 6] >> (cp & 63) & 1;
}

static void test_maps(void **state)
{
    (void)state;
    assert_int_equal(ingest_lexicon_maps(&maps, &ingest_lexicon_zh), GC_OK);
    assert_true(cp_in(maps.kw_first, 0x589E));        /* 增 starts 增长 */
    assert_false(cp_in(maps.kw_first, 0x68EE));       /* 森 starts no keyword */
    assert_true(cp_in(maps.tok_first, 0x4E07));       /* 万: a bare scale */
    assert_true(cp_in(maps.verb_first, 0x62C6));      /* 拆 of 拆除 */
    assert_true(ingest_number_start(&maps, '7'));
    assert_true(ingest_number_start(&maps, 0x3007));  /* 〇 */
    assert_true(ingest_number_start(&maps, 0x7FFB));  /* 翻 */
    assert_false(ingest_number_start(&maps, 0x767E)); /* 百: the tokenizer's only */
    assert_true(ingest_in_filter(&maps, 0x767E));
    assert_int_equal(ingest_fold(&maps, 0x842C), 0x4E07);   /* 萬 -> 万 */
    assert_int_equal(ingest_fold(&maps, 0x4E07), 0x4E07);
    assert_int_equal(ingest_punct(&maps, 0x3001), PUNCT_BREAK | PUNCT_LIST);   /* 、 */
    assert_int_equal(ingest_punct(&maps, ','), PUNCT_BREAK | PUNCT_COMMA);
    assert_int_equal(ingest_punct(&maps, 0x300A), PUNCT_OPEN);                 /* 《 */
    assert_int_equal(ingest_punct(&maps, 'a'), 0);
    assert_string_equal(maps.times_unit, "倍");
}

/* The subject cleaner's index of tail words (tail_head, tail_next): every
 * word is on the chain of its last byte, once, and each chain is in table
 * order, the order the cleaner must try them in. */
static void test_tail_index(void **state)
{
    const lex_list *tail = &ingest_lexicon_zh.cls[LEX_TAIL_WORD];
    size_t seen = 0;

    (void)state;
    assert_int_equal(ingest_lexicon_maps(&maps, &ingest_lexicon_zh), GC_OK);
    assert_true(tail->n > 0);
    for (unsigned b = 0; b < 64; b++)
        for (unsigned k = maps.tail_head[b], prev = 0; k; prev = k, k = maps.tail_next[k - 1]) {
            const lex_entry *w = &tail->v[k - 1];
            assert_true(k > prev);
            assert_int_equal((unsigned char)w->s[w->n - 1] & 63u, b);
            seen++;
        }
    assert_int_equal(seen, tail->n);
}

/* A lexicon with one more action verb: the new row reaches the verb map
 * with nothing else changed, as doc/extending.md says. */
static void test_new_word_reaches_maps(void **state)
{
    static lex_entry verbs[128];
    static const lex_entry extra = { "栽植", 6, "", 0, 0, 0, 0, 0 };
    ingest_lexicon lx = ingest_lexicon_zh;
    const lex_list *old = &ingest_lexicon_zh.cls[LEX_ACTION_VERB];

    (void)state;
    assert_true(old->n < 127);
    memcpy(verbs, old->v, old->n * sizeof *verbs);
    verbs[old->n] = extra;
    lx.cls[LEX_ACTION_VERB].v = verbs;
    lx.cls[LEX_ACTION_VERB].n = old->n + 1;
    lx.cls[LEX_ACTION_VERB].filter |= (uint64_t)1 << lex_hash(extra.s, extra.n);
    lx.cls[LEX_ACTION_VERB].chain = NULL;   /* the generated index lacks the new row */
    assert_int_equal(ingest_lexicon_maps(&maps, &lx), GC_OK);
    assert_true(cp_in(maps.verb_first, 0x683D));      /* 栽 */
    assert_int_equal(ingest_lexicon_maps(&maps, &ingest_lexicon_zh), GC_OK);
    assert_false(cp_in(maps.verb_first, 0x683D));
}

/* The maps of the context words (kw_blocked, kw_prev_filter), built a row
 * at a time, hold what asking every row of every keyword gives; and the
 * stop map, built a word at a time, what a test of every character gives. */
static void test_blocker_and_stop_maps(void **state)
{
    const ingest_lexicon *lx = &ingest_lexicon_zh;
    const lex_list *kw = &lx->cls[LEX_KEYWORD];
    const lex_list *bl[] = { &lx->cls[LEX_KW_NOT_NEXT], &lx->cls[LEX_KW_NOT_PREV] };
    uint64_t stop[INGEST_CJK_WORDS];
    size_t blocked = 0;

    (void)state;
    assert_int_equal(ingest_lexicon_maps(&maps, lx), GC_OK);
    for (size_t k = 0; k < kw->n; k++) {
        bool b = false;
        uint64_t f = 0;
        for (size_t l = 0; l < 2; l++)
            for (size_t i = 0; i < bl[l]->n; i++)
                b = b || ingest_lex_blocks(&bl[l]->v[i], &kw->v[k]);
        for (size_t i = 0; i < bl[1]->n; i++)
            if (bl[1]->v[i].n > 0 && ingest_lex_blocks(&bl[1]->v[i], &kw->v[k]))
                f |= (uint64_t)1 << ((unsigned char)bl[1]->v[i].s[bl[1]->v[i].n - 1] & 63u);
        assert_int_equal(maps.kw_blocked[k], b);
        assert_true(maps.kw_prev_filter[k] == f);
        blocked += b;
    }
    assert_true(blocked > 0);
    memcpy(stop, maps.fold, sizeof stop);
    for (uint32_t cp = 0x4000; cp < 0xA000; cp++)
        if (ingest_cp_has(maps.number_start, cp))
            stop[(cp - 0x4000) >> 6] |= (uint64_t)1 << (cp & 63);
    assert_memory_equal(stop, maps.stop, sizeof stop);
}

/* Writes row w and then tail into text (256 bytes); false when the two do
 * not fit. */
static bool row_then(char *text, const lex_entry *w, const char *tail)
{
    size_t t = strlen(tail);

    if (w->n + t > 256)
        return false;
    memcpy(text, w->s, w->n);
    memcpy(text + w->n, tail, t);
    return true;
}

/* The generated chains (lex_list.chain) find what a search of every row
 * finds: for each word of each class of both lexicons, as it is, with text
 * after it, and cut short by a byte, the same row and length. */
static void test_chain_equals_full_search(void **state)
{
    const ingest_lexicon *lexicons[] = { &ingest_lexicon_zh, &ingest_lexicon_en };

    (void)state;
    for (size_t x = 0; x < 2; x++)
        for (int c = 0; c < LEX_NCLASSES; c++) {
            const lex_list *l = &lexicons[x]->cls[c];
            lex_list full = *l;
            full.chain = NULL;
            if (l->n == 0)
                continue;       /* a class the other language has */
            assert_non_null(l->chain);
            for (size_t i = 0; i < l->n; i++) {
                char text[256];
                size_t n = l->v[i].n;
                if (!row_then(text, &l->v[i], "\xe5\xa2\x9e" "1"))     /* 增1 after it */
                    continue;
                for (size_t len = n > 0 ? n - 1 : 0; len <= n + 4; len++) {
                    const lex_entry *a = NULL, *b = NULL;
                    bool whole = false;
                    assert_int_equal(ingest_lex_match(l, text, len, &a),
                                     ingest_lex_match(&full, text, len, &b));
                    assert_ptr_equal(a, b);
                    for (size_t j = 0; j < l->n; j++)
                        whole = whole || (l->v[j].n == len && memcmp(l->v[j].s, text, len) == 0);
                    assert_int_equal(ingest_lex_is(lexicons[x], (lex_class)c, text, len), whole);
                }
            }
        }
}

/* The chains by last byte (lex_list.echain) find what a search of every
 * row finds: for each word of each class of both lexicons, at the end of a
 * text, with a byte after it, and with its first byte cut, the same row
 * ends it (ingest_lex_ending). */
static void test_echain_equals_full_search(void **state)
{
    static ingest_lexicon full;
    const ingest_lexicon *lexicons[] = { &ingest_lexicon_zh, &ingest_lexicon_en };
    static const char *const tails[] = { "", "1", "\xe5\xa2\x9e" };     /* nothing, 1, 增 */

    (void)state;
    for (size_t x = 0; x < 2; x++) {
        full = *lexicons[x];
        for (int c = 0; c < LEX_NCLASSES; c++)
            full.cls[c].chain = NULL;   /* every row read, in file order */
        for (int c = 0; c < LEX_NCLASSES; c++) {
            const lex_list *l = &lexicons[x]->cls[c];
            if (l->n == 0)
                continue;
            assert_non_null(l->echain);
            for (size_t i = 0; i < l->n; i++)
                for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
                    char text[3 + 256];
                    size_t n;
                    memcpy(text, "\xe5\xa2\x9e", 3);      /* 增 before it */
                    if (!row_then(text + 3, &l->v[i], tails[k]))
                        continue;
                    n = 3 + l->v[i].n + strlen(tails[k]);
                    assert_ptr_equal(ingest_lex_ending(lexicons[x], (lex_class)c, text, n),
                                     ingest_lex_ending(&full, (lex_class)c, text, n));
                    assert_ptr_equal(ingest_lex_ending(lexicons[x], (lex_class)c, text + 4, n - 4),
                                     ingest_lex_ending(&full, (lex_class)c, text + 4, n - 4));
                }
        }
    }
}

/* The English indexes find what a walk of the chains finds: lex_list.pairs
 * for every English class, and the keyword index of en_kw_at, which must
 * hold every keyword (else it falls back to the slower list, silently).
 * Each row as it is, with text after it, and cut short by a byte. */
static void test_en_indexes_equal_chains(void **state)
{
    static en_kw_index kx;
    const ingest_lexicon *lx = &ingest_lexicon_en;

    (void)state;
    en_kw_index_build(&kx, lx);
    assert_true(kx.whole);
    for (int c = 0; c < LEX_NCLASSES; c++) {
        const lex_list *l = &lx->cls[c];
        lex_list plain = *l;
        plain.pairs = NULL;
        if (l->n == 0)
            continue;
        assert_non_null(l->pairs);
        for (size_t i = 0; i < l->n; i++) {
            char text[256];
            size_t n = l->v[i].n;
            if (!row_then(text, &l->v[i], " 1.5%"))
                continue;
            for (size_t len = n > 1 ? n - 1 : 1; len <= n + 5; len++) {
                const lex_entry *a = NULL, *b = NULL, *k = NULL;
                size_t want = en_lex_walk(&plain, text, len, 0, &b);
                assert_int_equal(en_lex_walk(l, text, len, 0, &a), want);
                assert_ptr_equal(a, b);
                if (c != LEX_KEYWORD)
                    continue;
                assert_int_equal(en_kw_at(&kx, lx, text, len, 0, &k), want);
                assert_ptr_equal(k, b);
            }
        }
    }
}

/* The one ISO date reader behind date lines and page metadata. */
static void test_iso_date(void **state)
{
    int m = 0;
    size_t n = 0;
    (void)state;
    assert_int_equal(ingest_iso_date("2021-05-19 18:00", 16, 0, &m, &n), 2021);
    assert_int_equal(m, 5);
    assert_int_equal(n, 10);
    assert_int_equal(ingest_iso_date("x2018/1/24", 10, 1, &m, &n), 2018);
    assert_int_equal(m, 1);
    assert_int_equal(n, 9);
    /* glued to a time of day when the space was lost */
    assert_int_equal(ingest_iso_date("2018-01-2416:20", 15, 0, &m, &n), 2018);
    assert_int_equal(n, 10);
    /* inside a longer run of digits, a month 13, mixed separators, a cut day */
    assert_int_equal(ingest_iso_date("12018-01-24", 11, 1, &m, &n), 0);
    assert_int_equal(ingest_iso_date("2018-13-24", 10, 0, &m, &n), 0);
    assert_int_equal(ingest_iso_date("2018-01/24", 10, 0, &m, &n), 0);
    assert_int_equal(ingest_iso_date("2018-01-", 8, 0, &m, &n), 0);
    assert_int_equal(ingest_iso_date("1899-01-02", 10, 0, &m, &n), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_class_has_rows),
        cmocka_unit_test(test_lookups),
        cmocka_unit_test(test_keywords),
        cmocka_unit_test(test_maps),
        cmocka_unit_test(test_new_word_reaches_maps),
        cmocka_unit_test(test_tail_index),
        cmocka_unit_test(test_blocker_and_stop_maps),
        cmocka_unit_test(test_chain_equals_full_search),
        cmocka_unit_test(test_echain_equals_full_search),
        cmocka_unit_test(test_en_indexes_equal_chains),
        cmocka_unit_test(test_iso_date),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
