/* atomicfile.h -- write a whole file so that readers see the old one or the
 * new one, never half of it.
 *
 * Self-contained: no project includes, liftable as is.  The data goes to a
 * temporary file in the same folder (same file system), is flushed and
 * fsync()ed, and only then renamed over the target.  On any failure the
 * temporary file is removed and the target is left as it was. */
#ifndef GC_ATOMICFILE_H
#define GC_ATOMICFILE_H

#include <stddef.h>

/* Writes len bytes from data to path atomically (see above).  Returns 0, or
 * -1 with errno set (ENOSPC for a full disk, EACCES for a folder that cannot
 * be written, EFBIG past a file size limit). */
int atomic_write_file(const char *path, const void *data, size_t len);

#endif
