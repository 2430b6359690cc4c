/* csv.h -- write RFC 4180 CSV into a growable buffer.
 *
 * Self-contained apart from buf.h: liftable with it.  A field is quoted
 * only when it holds a comma, a double quote, CR or LF; rows end in CRLF. */
#ifndef GC_CSV_H
#define GC_CSV_H

#include <stddef.h>

#include "buf.h"

/* Appends s as one field, quoted when needed (doubling the quotes inside).
 * A NULL s appends nothing (an empty field).  Returns 0, or -1 when out of
 * memory. */
int csv_field(buf *b, const char *s);

/* Appends one row of n fields separated by commas (a NULL cell is empty),
 * ended by CRLF.  Returns 0, or -1 when out of memory.
 *
 *     const char *cells[] = { "地区生产总值", "9500", NULL };
 *     csv_row(&b, cells, 3);        -- 地区生产总值,9500,\r\n
 */
int csv_row(buf *b, const char *const *cells, size_t n);

#endif
