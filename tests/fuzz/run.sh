#!/bin/sh
# run.sh SECONDS [NAME...] -- build every tests/fuzz/fuzz_*.c with libFuzzer,
# ASan and UBSan (clang), and run each (or the NAMEs given) for SECONDS from
# its seed corpus.  New inputs go
# to tests/fuzz/work/NAME (not committed).  A crash stops the run: minimise it
# with `build/fuzz/NAME -minimize_crash=1 -runs=10000 CRASHFILE` and add the
# result to tests/fuzz/regress/NAME/, which `make test` replays.
#
# The grammar target is the fast one: its objects are built without
# comparison tracing (a second set in build/fuzz/obj-light) and it runs
# without the entropic schedule, which together more than double its
# executions per second.  Its comparisons are still seen through the memcmp
# and strcmp hooks; the ingest target, with full tracing, covers the rest.
set -eu
seconds=${1:-60}
shift || true
only=" $* "
CC=${FUZZ_CC:-clang}
out=build/fuzz
mkdir -p "$out/obj"
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -DGC_VERSION=\"fuzz\" -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all $(pkg-config --cflags gsl libcjson)"
libs="$(pkg-config --libs gsl libcjson) -lm"

# The library's generated sources (embedded tables, the lexicons) come from
# make, which passes their paths in GC_FUZZ_GEN (make fuzz builds them first).
gen=${GC_FUZZ_GEN:-}
if [ -z "$gen" ]; then
    echo "fuzz: run through 'make fuzz' (GC_FUZZ_GEN names the generated sources)" >&2
    exit 2
fi
light_targets=" grammar "
light_flags="-fno-sanitize-coverage=trace-cmp"
srcs=""
for src in common/*.c ingest/*.c analysis/*.c plots/*.c $gen; do
    srcs="$srcs $src"
done
# objs DIR: the objects' paths, one per source, named after its source path
objs() {
    for src in $srcs; do
        printf ' %s/%s.o' "$1" "$(echo "$src" | tr '/' '_')"
    done
}
# build DIR FLAGS: two compilers at a time (FUZZ_JOBS)
build() {
    mkdir -p "$1"
    printf '%s\n' $srcs | xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
        'o='"$1"'/$(echo "$1" | tr / _).o; '"$CC $flags $2"' -I. -c -o "$o" "$1"' sh {}
}
selected() {
    [ "$only" = "  " ] || [ "${only#* $1 }" != "$only" ]
}
need_full=false
need_light=false
for target in tests/fuzz/fuzz_*.c; do
    name=$(basename "$target" .c)
    name=${name#fuzz_}
    selected "$name" || continue
    if [ "${light_targets#* $name }" != "$light_targets" ]; then
        need_light=true
    else
        need_full=true
    fi
done
if $need_full; then build "$out/obj" ""; fi
if $need_light; then build "$out/obj-light" "$light_flags"; fi

total=0
for target in tests/fuzz/fuzz_*.c; do
    name=$(basename "$target" .c)
    name=${name#fuzz_}
    selected "$name" || continue
    if [ "${light_targets#* $name }" != "$light_targets" ]; then
        objs=$(objs "$out/obj-light")
        extra="-entropic=0"
        tflags=$light_flags
    else
        objs=$(objs "$out/obj")
        extra=""
        tflags=""
    fi
    $CC $flags $tflags -fsanitize=fuzzer -o "$out/$name" "$target" $objs $libs
    work=tests/fuzz/work/$name
    mkdir -p "$work" "tests/fuzz/corpus/$name"
    log=$out/$name.log
    echo "fuzz $name: ${seconds}s"
    # shellcheck disable=SC2086
    if ! "$out/$name" $extra -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$out/$name-" \
            "$work" "tests/fuzz/corpus/$name" > "$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz $name: CRASH (artifacts in $out/$name-*)" >&2
        exit 1
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    echo "fuzz $name: ${runs:-?} executions, no crash"
    total=$((total + ${runs:-0}))
done
echo "fuzz: $total executions in all, no crash"
