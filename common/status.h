/* status.h -- the one status enum and the diagnostic record of libgrowthcheck.
 *
 * Every fallible library function returns an int from enum gc_status (GC_OK is
 * zero) and never prints.  Parsers additionally fill an optional gc_diag that
 * says where the problem is and what to do about it; the CLI prints it. */
#ifndef GC_STATUS_H
#define GC_STATUS_H

#include <stddef.h>

enum gc_status {
    GC_OK = 0,
    GC_ENOMEM,      /* an allocation failed */
    GC_EIO,         /* reading or writing a file failed (errno is kept) */
    GC_EENCODING,   /* input is not valid in the expected encoding */
    GC_EBINARY,     /* input is not text (NUL bytes, control bytes) */
    GC_ESYNTAX,     /* a structured input (series CSV/JSON) is malformed */
    GC_ERANGE,      /* a number is out of range (overflow, too many digits) */
    GC_EUNDEFINED,  /* the arithmetic is undefined (zero base, n = 0) */
    GC_EINVAL,      /* a caller passed an invalid argument */
    GC_ENOTFOUND,   /* an external program (gnuplot) was not found */
    GC_EEXTERNAL    /* an external program ran and failed */
};

/* Returns a static, human-readable description of a gc_status value.
 * Unknown values give "unknown error"; the result is never NULL. */
const char *gc_strerror(int status);

/* Where and why an input was refused.  All fields are optional for the
 * producer: line, column and byte are 0 when unknown (they are 1-based for
 * line and column, 0-based for byte when known, as in an editor). */
typedef struct gc_diag {
    char file[512];     /* input name as given by the caller ("-" for stdin) */
    long line;          /* 1-based line, 0 if unknown */
    long column;        /* 1-based column in characters, 0 if unknown */
    long long byte;     /* 0-based byte offset, -1 if unknown */
    char message[512];  /* "what is wrong; what to do", no trailing period */
} gc_diag;

/* Clears a diagnostic: empty strings, zero line/column, byte -1.
 * A NULL diag is accepted and ignored. */
void gc_diag_clear(gc_diag *d);

/* Fills a diagnostic with a location and a printf-style message, truncating
 * to the field sizes.  A NULL diag is accepted and ignored; file may be NULL. */
void gc_diag_set(gc_diag *d, const char *file, long line, long column,
                 long long byte, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 6, 7)))
#endif
    ;

#endif
