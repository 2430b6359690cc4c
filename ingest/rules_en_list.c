/* rules_en_list.c -- lists of English figures: "A, B and C rose 3, 4 and
 * 5 percent respectively" gives each figure its own name (and its own part
 * of a year, "in the June and March quarters"), in the order written. */
#include "rules_en.h"

#include <string.h>

bool en_respectively_after(const en_reader *r, size_t k)
{
    for (size_t i = r->f[k].te; i < en_window_end(r, k) && i < r->f[k].te + 12; i++)
        if (is_word(r, i, "respectively"))
            return true;
    /* "…, respectively, 59510 yuan and $90214" */
    return false;
}

bool en_respectively_before(const en_reader *r, size_t k)
{
    size_t cs = k > 0 ? r->f[k - 1].te : 0;
    for (size_t i = cs; i < r->f[k].ti; i++)
        if (is_word(r, i, "respectively"))
            return true;
    return false;
}

/* "the first, second and third industry" before a list of as many
 * figures: the list names its parts even without "respectively". */
bool en_ordinal_list(const char *subject, size_t n)
{
    return (n == 3 && (!strncmp(subject, "first second and third ", 23)
                       || !strncmp(subject, "first, second and third ", 24)))
        || (n == 4 && !strncmp(subject, "first, second, third and fourth ", 32));
}

/* Does the word ending at s[e) (e > 0) name the kind of a list's items
 * (list-kind: sectors, components)? */
static bool kind_word_ends(const en_reader *r, const char *s, size_t e)
{
    size_t m = ingest_lex_ends(r->lx, LEX_LIST_KIND, s, e);
    return m && (m == e || s[e - m - 1] == ' ');
}

/* Is head, the words before a list's first comma, no item but the list's
 * head: one that counts the n items ("the three mainstays of the economy")
 * or ends in their kind ("the sub sectors")? */
static bool list_head(const en_reader *r, const char *head, size_t n)
{
    size_t len = strlen(head);

    if (kind_word_ends(r, head, len))
        return true;
    for (size_t i = 0; i < len;) {
        const lex_entry *e;
        size_t w = i;
        while (w < len && head[w] != ' ')
            w++;
        if (en_lex_at(r->lx, LEX_NUMBER_WORD, head, len, i, &e) == w - i && e->num == (double)n)
            return true;
        i = w + 1;
    }
    return false;
}

/* "the sub sectors of Coconut and Highland crops": the item after a head
 * of their kind and "of" (the parts[0] of a split list), in place. */
static void drop_kind_of(const en_reader *r, char *item)
{
    const char *of = strstr(item, " of ");

    if (of && of > item && kind_word_ends(r, item, (size_t)(of - item)) && of[4])
        memmove(item, of + 4, strlen(of + 4) + 1);
}

/* "the Mining, Manufacturing and Electricity sectors": the items' kind
 * after the last of noun items names none of them (mining, not mining
 * sectors); adjectives share it ("the agricultural, industrial and
 * services sectors", completed by en_split_subject), so it stays. */
static void drop_kind_tail(const en_reader *r, char parts[][SUBJ_MAX], size_t n)
{
    char *last = parts[n - 1];
    size_t len = strlen(last), m;
    const char *sp = strchr(last, ' ');

    if (!sp || !kind_word_ends(r, last, len))
        return;
    m = ingest_lex_ends(r->lx, LEX_LIST_KIND, last, len);
    for (size_t i = 0; i + 1 < n; i++) {
        size_t l = strlen(parts[i]);
        if (l > m && parts[i][l - m - 1] == ' ' && !strcmp(parts[i] + l - m, last + len - m))
            return;
    }
    {
        /* (a compound adjective before it keeps it: "the services and
           goods-producing industries") */
        size_t w = len - m - 1;
        while (w > 0 && last[w - 1] != ' ')
            w--;
        if (memchr(last + w, '-', len - m - 1 - w))
            return;
    }
    if (len > m + 1 && last[len - m - 1] == ' ')
        last[len - m - 1] = '\0';
}

/* "imports from China and the United States", "exports to Japan and
 * Korea": the flow and its preposition before the first partner are every
 * partner's (imports from the united states), in place: only a trade flow's
 * ("the ratio of debt to GDP and the deficit" shares nothing), and only
 * with a partner, not a measure of its own ("Exports to China and
 * imports"). */
static void share_flow(const en_reader *r, char parts[][SUBJ_MAX], size_t n)
{
    static const char *const preps[] = { " from ", " to " };
    size_t head = 0, flow = 0;

    for (size_t p = 0; p < 2 && !head; p++) {
        const char *at = strstr(parts[0], preps[p]);
        if (at && at > parts[0] && !strchr(parts[0], ',')) {
            flow = (size_t)(at - parts[0]);
            head = flow + strlen(preps[p]);
        }
    }
    if (!head || !parts[0][head] || !ingest_lex_ends(r->lx, LEX_TRADE_FLOW, parts[0], flow))
        return;
    for (size_t i = 1; i < n; i++) {
        char tmp[SUBJ_MAX];
        if (strstr(parts[i], " from ") || strstr(parts[i], " to ")
            || ingest_lex_ends(r->lx, LEX_MEASURE_HEAD, parts[i], strlen(parts[i]))
            || head + strlen(parts[i]) + 1 > SUBJ_MAX)
            continue;
        snprintf(tmp, sizeof tmp, "%.*s%s", (int)head, parts[0], parts[i]);
        memcpy(parts[i], tmp, SUBJ_MAX);
    }
}

/* The subjects of a "respectively" list of n figures starting at k. */
bool en_list_subjects(const en_reader *r, const char *subject, size_t n, bool inside,
                      size_t last_n, char parts[][SUBJ_MAX], char prev[][SUBJ_MAX], size_t nprev)
{
    if (n > 8)
        return false;
    if (en_split_subject(subject, n, parts)) {
        drop_kind_of(r, parts[0]);
        drop_kind_tail(r, parts, n);
        share_flow(r, parts, n);
        return true;
    }
    /* "The three mainstays of the economy, Agriculture, Industries and
       Services sectors has shared the GDP by 10.1, 31.2 and 58.7 percent
       respectively": a head set off before the n items */
    if (n + 1 <= 8 && en_split_subject(subject, n + 1, parts) && list_head(r, parts[0], n)) {
        memmove(parts[0], parts[1], n * sizeof parts[0]);
        drop_kind_tail(r, parts, n);
        return true;
    }
    /* A machine translation drops a middle item and keeps "respectively"
     * inside the list ("an increase of 2.9%, respectively, and 7.6%" after
     * three industries): the first figures go to the first names, the
     * last to the last. */
    if (inside && n + 1 <= 8 && en_split_subject(subject, n + 1, parts)) {
        memcpy(parts[n - 1], parts[n], SUBJ_MAX);
        return true;
    }
    if (inside && last_n == n + 1 && nprev >= n + 1) {
        for (size_t i = 0; i + 1 < n; i++)
            snprintf(parts[i], SUBJ_MAX, "%s", prev[nprev - n - 1 + i]);
        snprintf(parts[n - 1], SUBJ_MAX, "%s", prev[nprev - 1]);
        return true;
    }
    if (nprev >= n) {
        for (size_t i = 0; i < n; i++)
            snprintf(parts[i], SUBJ_MAX, "%s", prev[nprev - n + i]);
        return true;
    }
    return false;
}

/* A "respectively" between the first and the last figure of a list. */
bool en_respectively_inside(const en_reader *r, size_t first, size_t last)
{
    for (size_t i = r->f[first].te; i < r->f[last].ti; i++)
        if (is_word(r, i, "respectively"))
            return true;
    return false;
}

/* Parts named for a list: "in the September and June quarters". */
size_t en_list_parts(const en_reader *r, size_t a, size_t b, int from[], int to[], size_t n)
{
    size_t got = 0;
    for (size_t i = a; i < b && got < n; i++) {
        int m = month_at(r, i), o = ordinal_at(r, i);
        if (m) {
            from[got] = m, to[got] = m;
            got++;
        } else if (o >= 1 && o <= 4 && i > 0
                   && (is_word(r, i - 1, "the")
                       /* "in the first and second quarters respectively" */
                       || (got > 0 && (is_word(r, i - 1, "and") || is_sign(r, i - 1, ','))))) {
            from[got] = o * 3 - 2, to[got] = o * 3;
            got++;
        }
    }
    if (got == n)
        for (size_t i = a; i < b; i++)
            if (is_word(r, i, "quarters"))
                for (size_t j = 0; j < n; j++)
                    if (from[j] == to[j])
                        from[j] = to[j] - 2;
    return got;
}

/* Is figure k written "X by N%" after a comma: an item of a list whose
 * verb the first item carries ("…, other food crops by 4.9%")? */
static bool by_item(const en_reader *r, size_t k)
{
    size_t ft = fig_first_tok(r, &r->f[k]), i = ft - 1;

    if (ft < 3 || !is_word(r, i, "by") || k == 0)
        return false;
    while (i > r->f[k - 1].te && r->v[i - 1].type == ET_WORD && !kw_at(r, i - 1))
        i--;
    return i < ft - 1 && i > r->f[k - 1].te && is_sign(r, i - 1, ',');
}

void en_by_list_first(const en_reader *r, size_t k, size_t cs, char *out)
{
    size_t ft = fig_first_tok(r, &r->f[k]), end, a;
    const lex_entry *e;

    out[0] = '\0';
    if (ft < 2 || !is_word(r, ft - 1, "by") || k + 1 >= r->nf || !by_item(r, k + 1))
        return;
    end = ft - 1;
    /* "manufacturing which grew by": the relative clause's verb goes */
    if (end >= 2 && (e = kw_at(r, end - 1)) && en_ends_subject(e)
        && (is_word(r, end - 2, "which") || is_word(r, end - 2, "that")))
        end -= 2;
    /* (a passive's "by" ends the scan with no name: "Growth in 2023 was
       led by services by 3%, industry by 2%" is growth's, not "led by
       services") */
    for (a = end; a > cs && a + 6 > end && r->v[a - 1].type == ET_WORD && !kw_at(r, a - 1)
                  && !word_in(r, a - 1, LEX_BE_FORM) && !is_word(r, a - 1, "in")
                  && !is_word(r, a - 1, "by");
         a--)
        ;
    if (a < end && a > cs && (word_in(r, a - 1, LEX_BE_FORM) || is_word(r, a - 1, "in")))
        en_subject_text(r, a, end, out, SUBJ_MAX);
    if (out[0] && en_generic_subject(r, out))
        out[0] = '\0';
}
