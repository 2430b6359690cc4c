/* summary_int.h -- shared between the files of the memo summary
 * (report/summary.c, report/docmeta.c); not public. */
#ifndef GC_REPORT_SUMMARY_INT_H
#define GC_REPORT_SUMMARY_INT_H

#include <stddef.h>

/* Where a fact about a document was found. */
typedef enum docmeta_from {
    DOCMETA_NONE,        /* not found */
    DOCMETA_OPTION,      /* --report-year */
    DOCMETA_TITLE,       /* the title line */
    DOCMETA_DATE_LINE    /* a date standing alone, or the delivery line
                            (——2021年12月15日在海淀区第十七届人民代表大会…) */
} docmeta_from;

typedef struct docmeta {
    char title[256];         /* the title line as written, "" when none */
    char place[96];          /* the place it speaks for, "" when none */
    docmeta_from place_from;
    int year;                /* 0 when none */
    int month, day;          /* of a date line; 0 otherwise */
    docmeta_from year_from;
} docmeta;

/* Reads the head of a document (its first 64 KiB, decoded as ingest decodes
 * it: UTF-8, else GB18030 or encoding) for its title, place and year.
 * report_year (0: not given) wins for the year.  Fills *m; never fails
 * (what is not found stays empty); returns -1 only when out of memory. */
int report_docmeta_read(const char *bytes, size_t n, const char *encoding, int report_year,
                        docmeta *m);

#endif
