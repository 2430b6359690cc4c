/* test_atomicfile.c -- atomic_write_file: whole new content or the old one,
 * and never a temporary file left behind, also when writing fails. */
#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../common/atomicfile.h"

static char dir[64];

static int make_dir(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/gc-atomic-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int remove_dir(void **state)
{
    char cmd[128];
    (void)state;
    chmod(dir, 0755);
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static size_t count_entries(void)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    size_t n = 0;

    assert_non_null(d);
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.')
            n++;
    closedir(d);
    return n;
}

static void read_back(const char *path, char *out, size_t size)
{
    FILE *f = fopen(path, "rb");
    size_t n;

    assert_non_null(f);
    n = fread(out, 1, size - 1, f);
    out[n] = '\0';
    fclose(f);
}

static void writes_and_replaces(void **state)
{
    char path[128], got[64];
    (void)state;

    snprintf(path, sizeof path, "%s/out.txt", dir);
    assert_int_equal(atomic_write_file(path, "first", 5), 0);
    read_back(path, got, sizeof got);
    assert_string_equal(got, "first");
    assert_int_equal(atomic_write_file(path, "second!", 7), 0);
    read_back(path, got, sizeof got);
    assert_string_equal(got, "second!");
    assert_int_equal(count_entries(), 1);
}

static void unwritable_folder_fails_cleanly(void **state)
{
    char path[128];
    (void)state;

    if (geteuid() == 0) {
        /* root ignores permission bits; a missing folder fails the same way */
        snprintf(path, sizeof path, "%s/missing/out.txt", dir);
        assert_int_equal(atomic_write_file(path, "x", 1), -1);
        assert_int_equal(errno, ENOENT);
        return;
    }
    assert_int_equal(chmod(dir, 0555), 0);
    snprintf(path, sizeof path, "%s/out.txt", dir);
    assert_int_equal(atomic_write_file(path, "x", 1), -1);
    assert_int_equal(errno, EACCES);
    chmod(dir, 0755);
    assert_int_equal(count_entries(), 0);
}

/* A file size limit stands in for a full disk: the write fails part way,
 * the temporary file is removed and the earlier content stays whole. */
static void size_limit_keeps_old_content(void **state)
{
    char path[128], got[64];
    static char big[1 << 16];
    struct rlimit old, lim;
    (void)state;

    snprintf(path, sizeof path, "%s/keep.txt", dir);
    assert_int_equal(atomic_write_file(path, "old content", 11), 0);
    assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
    lim = old;
    lim.rlim_cur = 4096;
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
    memset(big, 'x', sizeof big);
    assert_int_equal(atomic_write_file(path, big, sizeof big), -1);
    assert_int_equal(errno, EFBIG);
    assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
    read_back(path, got, sizeof got);
    assert_string_equal(got, "old content");
    assert_int_equal(count_entries(), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(writes_and_replaces, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(unwritable_folder_fails_cleanly, make_dir, remove_dir),
        cmocka_unit_test_setup_teardown(size_limit_keeps_old_content, make_dir, remove_dir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
