/* rules_en_share.c -- the whole an English share is of: "23.3% of GDP",
 * "a 4.8 per cent share of the market", "87 percent of the population
 * covered by the scheme" (the part is then the covered population). */
#include "rules_en.h"

#include <stdio.h>
#include <string.h>

void en_share_whole(const en_reader *r, size_t k, char *subject, char *of)
{
    const fig *f = &r->f[k];
    size_t i = f->te + is_word(r, f->te, "share");  /* "a 4.8 per cent share of" */

    of[0] = '\0';
    if (is_word(r, i, "of")) {
        size_t stop = en_clause_end(r, k), pq, e2;
        for (size_t m = i + 1; m < stop; m++)
            if (en_time_phrase(r, m, stop) || is_word(r, m, "while") || is_word(r, m, "and")
                || is_word(r, m, "in")) {
                stop = m;
                break;
            }
        en_subject_text(r, i + 1, stop, of, SUBJ_MAX);
        /* "87 percent of the population covered by the scheme" */
        pq = en_share_part(r, i + 1, stop);
        e2 = stop;
        while (pq && e2 < en_clause_end(r, k) && !en_time_phrase(r, e2, r->n)
               && !is_word(r, e2, "while") && !is_word(r, e2, "and"))
            e2++;
        if (pq) {
            en_subject_text(r, i + 1, e2, subject, SUBJ_MAX);
            en_subject_text(r, i + 1, pq, of, SUBJ_MAX);
        }
    }
}
