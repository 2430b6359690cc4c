/* buf.h -- a growable byte buffer for building text (scripts, JSON, messages).
 *
 * Self-contained: no project includes, liftable as is.  The contents are
 * always NUL-terminated once anything was appended, so b.data can be used as a
 * C string.  Sizes are overflow-checked; growth is geometric.
 *
 * Ownership: a buf is a plain struct owned by whoever declared it; its data is
 * freed with buf_free(), which accepts a zeroed or already-freed buf.
 *
 *     buf b = BUF_INIT;
 *     if (buf_printf(&b, "%d%%", 42) != 0) ... out of memory ...
 *     puts(b.data);
 *     buf_free(&b);
 */
#ifndef GC_BUF_H
#define GC_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
    char *data;  /* NUL-terminated contents, NULL until the first append */
    size_t len;  /* bytes used, not counting the terminating NUL */
    size_t cap;  /* bytes allocated; cap > len whenever data != NULL */
    int failed;  /* set when a call could not grow the buffer; sticky until
                    buf_free(), so code that builds text in many steps may
                    check once at the end that nothing was lost */
} buf;

#define BUF_INIT { NULL, 0, 0, 0 }

/* Makes room for at least extra more bytes (plus the NUL).
 * Returns 0, or -1 on overflow or allocation failure (b is unchanged). */
int buf_reserve(buf *b, size_t extra);

/* Appends n bytes from p.  Returns 0, or -1 when out of memory (b unchanged). */
int buf_append(buf *b, const void *p, size_t n);

/* Appends a NUL-terminated string.  Returns 0 or -1 as buf_append. */
int buf_puts(buf *b, const char *s);

/* Appends one byte.  Returns 0 or -1 as buf_append. */
int buf_putc(buf *b, int c);

/* Appends printf-formatted text.  Returns 0, or -1 on allocation failure or
 * an encoding error in the format; b is unchanged on failure. */
int buf_printf(buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* As buf_printf with a va_list. */
int buf_vprintf(buf *b, const char *fmt, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;

/* Empties the buffer but keeps its memory for reuse. */
void buf_reset(buf *b);

/* Frees the memory and zeroes the struct.  Accepts NULL. */
void buf_free(buf *b);

/* Hands the contents to the caller (free() them) and zeroes the buffer.
 * Returns an empty allocated string for an empty buffer, NULL when out of
 * memory. */
char *buf_detach(buf *b);

#endif
