/* csv.c -- RFC 4180 CSV fields and rows; see csv.h. */
#include "csv.h"

#include <string.h>

int csv_field(buf *b, const char *s)
{
    size_t n;
    int rc = 0;

    if (!s)
        return 0;
    n = strcspn(s, ",\"\r\n");
    if (s[n] == '\0')
        return buf_append(b, s, n);
    rc |= buf_putc(b, '"');
    for (;;) {
        const char *q = strchr(s, '"');
        size_t k = q ? (size_t)(q - s) + 1 : strlen(s);
        rc |= buf_append(b, s, k);
        if (!q)
            break;
        rc |= buf_putc(b, '"');   /* the quote again: "" */
        s = q + 1;
    }
    rc |= buf_putc(b, '"');
    return rc ? -1 : 0;
}

int csv_row(buf *b, const char *const *cells, size_t n)
{
    int rc = 0;

    for (size_t i = 0; i < n; i++) {
        if (i)
            rc |= buf_putc(b, ',');
        rc |= csv_field(b, cells[i]);
    }
    return rc | buf_append(b, "\r\n", 2) ? -1 : 0;
}
