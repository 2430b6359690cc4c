/* atomicfile.c -- write-to-temporary-then-rename; see atomicfile.h. */
#include "atomicfile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int write_all(int fd, const char *p, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, p, len);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        p += w;
        len -= (size_t)w;
    }
    return 0;
}

int atomic_write_file(const char *path, const void *data, size_t len)
{
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 16);
    int fd = -1, saved, created = 0;
    void (*old_xfsz)(int);

    if (!tmp) {
        errno = ENOMEM;
        return -1;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".tmp.XXXXXX", 12);
    fd = mkstemp(tmp);
    if (fd < 0)
        goto fail;
    created = 1;
    /* Past `ulimit -f` the kernel sends SIGXFSZ; we want EFBIG instead, so
     * that the temporary file is removed and the error is reported. */
    old_xfsz = signal(SIGXFSZ, SIG_IGN);
    if (write_all(fd, data, len) != 0 || fsync(fd) != 0) {
        signal(SIGXFSZ, old_xfsz);
        goto fail;
    }
    signal(SIGXFSZ, old_xfsz);
    if (fchmod(fd, 0644) != 0 || close(fd) != 0) {
        fd = -1;
        goto fail;
    }
    fd = -1;
    if (rename(tmp, path) != 0)
        goto fail;
    free(tmp);
    return 0;

fail:
    saved = errno;
    if (fd >= 0)
        close(fd);
    if (created)
        unlink(tmp);
    free(tmp);
    errno = saved;
    return -1;
}
