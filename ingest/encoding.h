/* encoding.h -- what the parser asks of the bytes it probes before choosing
 * an encoding (encoding.c): their shape, and where an offset falls. */
#ifndef GC_INGEST_ENCODING_H
#define GC_INGEST_ENCODING_H

#include <stdbool.h>
#include <stddef.h>

/* True when s[0..n) is well-formed GB18030 (a tail cut by the end allowed). */
bool ingest_gb18030_shape(const unsigned char *s, size_t n);

/* Line and column (1-based, columns in UTF-8 characters) of offset off in
 * s, for a message about the probed bytes. */
void ingest_where_in(const unsigned char *s, size_t off, long *line, long *col);

#endif
