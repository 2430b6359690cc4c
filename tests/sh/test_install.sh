#!/bin/sh
# test_install.sh -- make install puts the binary, library, headers and man
# page under PREFIX, and the library is usable without the CLI: a small
# program compiled against the installed header computes a CAGR.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${GC_BUILD:-build}
prefix=$TMP/prefix

expect_exit 0 "make install" make -s -C "$top" install BUILD="$build" PREFIX="$prefix"
for f in bin/growthcheck lib/libgrowthcheck.a include/growthcheck/ingest/ingest.h \
         include/growthcheck/analysis/analysis.h include/growthcheck/plots/plots.h \
         include/growthcheck/common/status.h share/man/man1/growthcheck.1; do
    if [ -f "$prefix/$f" ]; then ok; else not_ok "installed $f"; fi
done
expect_exit 0 "installed binary runs" "$prefix/bin/growthcheck" --version
expect_exit 0 "man page renders" sh -c "MANWIDTH=80 man -l '$prefix/share/man/man1/growthcheck.1' > /dev/null"

cat > "$TMP/use.c" <<'C'
#include <stdio.h>
#include <growthcheck/analysis/analysis.h>
int main(void)
{
    double r;
    if (analysis_cagr(5908, 9500, 5, &r) != GC_OK)
        return 1;
    printf("%.4f\n", r * 100);
    return 0;
}
C
expect_exit 0 "compile against the installed library" sh -c \
    "cc -std=c11 ${GC_LDFLAGS:-} -I'$prefix/include' \$(pkg-config --cflags libcjson) -o '$TMP/use' '$TMP/use.c' \
     '$prefix/lib/libgrowthcheck.a' \$(pkg-config --libs gsl libcjson) -lm"
expect_exit 0 "the program runs" "$TMP/use"
expect_eq "library CAGR of 5908 -> 9500 over 5 years" "$(cat "$TMP/out")" "9.9655"
