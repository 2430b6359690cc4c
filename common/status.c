/* status.c -- messages for enum gc_status and the diagnostic setter. */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *gc_strerror(int status)
{
    switch (status) {
    case GC_OK:         return "success";
    case GC_ENOMEM:     return "out of memory";
    case GC_EIO:        return "input/output error";
    case GC_EENCODING:  return "invalid text encoding";
    case GC_EBINARY:    return "not a text file";
    case GC_ESYNTAX:    return "malformed input";
    case GC_ERANGE:     return "number out of range";
    case GC_EUNDEFINED: return "undefined arithmetic";
    case GC_EINVAL:     return "invalid argument";
    case GC_ENOTFOUND:  return "external program not found";
    case GC_EEXTERNAL:  return "external program failed";
    default:            return "unknown error";
    }
}

void gc_diag_clear(gc_diag *d)
{
    if (!d)
        return;
    d->file[0] = '\0';
    d->message[0] = '\0';
    d->line = 0;
    d->column = 0;
    d->byte = -1;
}

void gc_diag_set(gc_diag *d, const char *file, long line, long column,
                 long long byte, const char *fmt, ...)
{
    va_list ap;

    if (!d)
        return;
    snprintf(d->file, sizeof d->file, "%s", file ? file : "");
    d->line = line;
    d->column = column;
    d->byte = byte;
    va_start(ap, fmt);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
    va_end(ap);
}
