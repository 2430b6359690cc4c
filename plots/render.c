/* render.c -- find gnuplot and run it once, in the output folder, on the
 * script that loads every chart; keep its first error line.
 *
 * No shell is involved: the program is resolved here (PATH search in the
 * parent, so a missing gnuplot is told apart from a failing one) and
 * started with fork and execv, with a fixed argument vector. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plots_int.h"

#define STDERR_KEEP 8192  /* bytes of gnuplot's stderr kept for the message */

static bool executable(const char *path)
{
    struct stat sb;

    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && access(path, X_OK) == 0;
}

int pl_find_program(const char *program, char **path)
{
    const char *dirs = getenv("PATH");
    buf b = BUF_INIT;

    *path = NULL;
    if (!program || !program[0])
        return GC_ENOTFOUND;
    if (strchr(program, '/')) {
        if (!executable(program))
            return GC_ENOTFOUND;
        *path = strdup(program);
        return *path ? GC_OK : GC_ENOMEM;
    }
    if (!dirs || !dirs[0])
        dirs = "/usr/bin:/bin";
    while (*dirs) {
        size_t n = strcspn(dirs, ":");
        buf_reset(&b);
        /* An empty PATH entry means the current folder. */
        if (buf_append(&b, n ? dirs : ".", n ? n : 1) != 0 || buf_putc(&b, '/') != 0
            || buf_puts(&b, program) != 0) {
            buf_free(&b);
            return GC_ENOMEM;
        }
        if (executable(b.data)) {
            *path = buf_detach(&b);
            return *path ? GC_OK : GC_ENOMEM;
        }
        dirs += n + (dirs[n] == ':');
    }
    buf_free(&b);
    return GC_ENOTFOUND;
}

/* In the child: stdin and stdout on /dev/null, stderr into errfd, then
 * exec.  Only async-signal-safe calls.  On failure the errno goes up
 * the close-on-exec pipe reportfd. */
static void child(const char *path, const char *dir, const char *script, int errfd,
                  int reportfd)
{
    char *const argv[] = { (char *)"gnuplot", (char *)script, NULL };
    int null = open("/dev/null", O_RDWR);
    int e;

    if (null >= 0 && chdir(dir) == 0 && dup2(null, 0) >= 0 && dup2(null, 1) >= 0
        && dup2(errfd, 2) >= 0)
        execv(path, argv);
    e = errno;
    if (write(reportfd, &e, sizeof e) < 0)
        _exit(127);
    _exit(127);
}

/* Reads fd to its end, keeping the first STDERR_KEEP bytes in out.  Keeps
 * reading when out cannot grow, so the child never blocks on a full pipe. */
static int drain(int fd, buf *out)
{
    char chunk[4096];
    int rc = GC_OK;

    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return GC_EIO;
        if (n == 0)
            return rc;
        if (out->len < STDERR_KEEP && rc == GC_OK) {
            size_t room = STDERR_KEEP - out->len;
            if (buf_append(out, chunk, (size_t)n < room ? (size_t)n : room) != 0)
                rc = GC_ENOMEM;
        }
    }
}

/* Whether a line of gnuplot's stderr is a warning ("...: warning: ..."),
 * which gnuplot prints and goes on. */
static bool is_warning(const char *line, size_t n)
{
    static const char w[] = "warning:";

    for (size_t i = 0; i + sizeof w - 1 <= n; i++)
        if (!memcmp(line + i, w, sizeof w - 1))
            return true;
    return false;
}

/* Puts gnuplot's first error line into diag.  gnuplot writes
 *     "NAME.gp" line 12: undefined variable: x
 * after echoing the offending command and a caret; take the first such
 * line that is not a warning, split into file, line and message, else the
 * first non-blank line. */
static void first_error(const char *err, const char *dir, gc_diag *diag)
{
    const char *s = err, *pick = NULL;

    for (const char *line = err; *line; ) {
        size_t n = strcspn(line, "\n");
        if (!pick && line[0] == '"' && memchr(line, ':', n) && !is_warning(line, n))
            pick = line;
        line += n + (line[n] == '\n');
    }
    if (!pick) {
        while (*s == ' ' || *s == '\n' || *s == '\t')
            s++;
        gc_diag_set(diag, NULL, 0, 0, -1, "gnuplot failed: %.*s",
                    (int)strcspn(s, "\n"), *s ? s : "no message");
        return;
    }
    {
        const char *q = strchr(pick + 1, '"');
        size_t n = strcspn(pick, "\n");
        long line = 0;
        char file[512];
        if (q && (size_t)(q - pick) < n && sscanf(q, "\" line %ld:", &line) == 1) {
            const char *msg = strchr(q, ':') + 1;
            msg += *msg == ' ';
            snprintf(file, sizeof file, "%s/%.*s", dir, (int)(q - pick - 1), pick + 1);
            gc_diag_set(diag, file, line, 0, -1, "gnuplot: %.*s", (int)strcspn(msg, "\n"), msg);
        } else {
            gc_diag_set(diag, NULL, 0, 0, -1, "gnuplot: %.*s", (int)n, pick);
        }
    }
}

/* Waits for pid and turns its end into a status (diag from err). */
static int reap(pid_t pid, int exec_errno, const buf *err, const char *dir,
                const char *path, gc_diag *diag)
{
    int st;

    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return GC_EIO;
    if (exec_errno) {
        gc_diag_set(diag, path, 0, 0, -1, "cannot run gnuplot: %s", strerror(exec_errno));
        return GC_ENOTFOUND;
    }
    if (WIFEXITED(st) && WEXITSTATUS(st) == 0)
        return GC_OK;
    if (WIFSIGNALED(st)) {
        gc_diag_set(diag, path, 0, 0, -1, "gnuplot was killed by signal %d", WTERMSIG(st));
        return GC_EEXTERNAL;
    }
    first_error(err->data ? err->data : "", dir, diag);
    return GC_EEXTERNAL;
}

static void close_pair(int fd[2])
{
    for (int i = 0; i < 2; i++)
        if (fd[i] >= 0)
            close(fd[i]);
    fd[0] = fd[1] = -1;
}

int pl_run(const char *path, const char *dir, const char *script, gc_diag *diag)
{
    int errp[2] = { -1, -1 }, rep[2] = { -1, -1 };
    int rc, waited, exec_errno = 0;
    buf err = BUF_INIT;
    pid_t pid = -1;

    if (pipe(errp) != 0 || pipe(rep) != 0 || fcntl(rep[1], F_SETFD, FD_CLOEXEC) != 0
        || (pid = fork()) < 0) {
        gc_diag_set(diag, NULL, 0, 0, -1, "cannot start gnuplot: %s", strerror(errno));
        rc = GC_EIO;
        goto done;
    }
    if (pid == 0)
        child(path, dir, script, errp[1], rep[1]);
    close(errp[1]);
    close(rep[1]);
    errp[1] = rep[1] = -1;
    rc = drain(errp[0], &err);
    close_pair(errp);  /* a child still writing gets EPIPE, not a hang */
    /* The report pipe closes on exec (nothing to read) or carries errno. */
    while (read(rep[0], &exec_errno, sizeof exec_errno) < 0 && errno == EINTR)
        ;
    waited = reap(pid, exec_errno, &err, dir, path, diag);
    if (rc == GC_OK)
        rc = waited;
done:
    close_pair(errp);
    close_pair(rep);
    buf_free(&err);
    return rc;
}
