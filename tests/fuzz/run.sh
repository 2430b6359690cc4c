#!/bin/sh
# run.sh SECONDS [NAME...] -- build every tests/fuzz/fuzz_*.c with libFuzzer,
# ASan and UBSan (clang), and run each (or the NAMEs given) for SECONDS from
# its seed corpus.  New inputs go
# to tests/fuzz/work/NAME (not committed).  A crash stops the run: minimise it
# with `build/fuzz/NAME -minimize_crash=1 -runs=10000 CRASHFILE` and add the
# result to tests/fuzz/regress/NAME/, which `make test` replays.
#
# The ingest and grammar targets run fast: their objects are built without
# comparison tracing (a second set in build/fuzz/obj-light), they run
# without the entropic schedule, and the words of both lexicons are their
# dictionary (build/fuzz/lexicon.dict), which finds the keywords that
# comparison tracing found, without its cost on every comparison.  Their
# comparisons are still seen through the memcmp and strcmp hooks.  The
# ingest target reads at most INGEST_MAX_LEN bytes (a paragraph or two, see
# below).  ASan and UBSan stay on for every target.
#
# Under ASan every memcmp, strcmp and strlen the library calls goes through
# the sanitizer's interceptor and libFuzzer's compare hook, and costs more
# than the compare: the hot lookups compare inline (same_bytes, str_is,
# is_word), and keep to that.  Measured here (2 cores shared by ~8 jobs,
# load average 13-14), two 10-minute ingest runs side by side from the seed
# corpus: before those changes 256,456 executions in 68 CPU seconds (3,750
# per CPU second), after 333,872 in 71 (4,690), no crash; on 1,500 fixed
# inputs 1.6x fewer CPU seconds.  What is left is real work: the English
# grammar (~40% of an execution), the head scan that reads the input twice
# (~20%), UBSan (~15%).
#
# Session 6 (issue 14 asks for 10 M ingest executions in ten minutes):
# the targets are built at -O2 and linked from an archive (ingest: 17,174
# coverage counters instead of 28,304).  One pass over 3,770 inputs a run
# had kept, in CPU seconds: 1.73 before, 1.48 after; 1.40 without UBSan,
# 0.84 without any sanitizer; the library alone (replay, plain -O2) 0.39,
# i.e. ~100 us for an input of ~350 bytes (3.4 MB/s: these dense inputs of
# figures and keywords cost ~60x a real report's bytes, spread over
# put_char, ingest_doctime_observe, ingest_normalise, find_word and the
# English lexicon lookups).  A ten-minute run, 2 workers, ASan and UBSan,
# from the seed corpus, load average 14-20 (mean 16.7): 493,878 executions
# in 144 CPU seconds (3,430 per CPU second), no crash.  10 M in ten minutes
# is 16,700 a second: at 3,400-6,000 per CPU second that is 3 to 5 cores
# given to the fuzzer alone, with both sanitizers; not reached here, and
# not to be reached by dropping them.
#
# Session 7, where an execution's time goes (5,287 inputs of a run, mean
# 372 bytes, each timed warm): plain -O2 55 us (150 ns a byte), UBSan 88,
# ASan 122, both 156.  The fixed cost of an input (parser and scout reset,
# rows, probe) is 1.4 us plain and 3.4 us with both: the parser is already
# reused, and the rest grows with the bytes (150 ns a byte at 100 bytes and
# at 600).  Of the library's part of an execution (perf under libFuzzer):
# the English grammar ~50%, the head scout that reads the input a first
# time ~25%, the document-time rules ~18% (in both passes); libFuzzer's
# own work (feature collection, mutation) is ~15% of the whole.  Of UBSan's 33 us, pointer-overflow is 13 and alignment 10
# (kept).  Cut here: the English reader's 10 KB figure array cleared per
# sentence, and the cJSON tree of each input's first claim (~30 mallocs)
# replaced by report_claim_jsonl into one buffer for every claim.  Ten
# minutes from the seed corpus, both sanitizers, load average 15.5: one
# worker 754,680 executions in 158 CPU seconds (4,780 a CPU second, 1,258
# a wall second), no crash; two workers, a make test running alongside,
# 371,530 in 119 CPU seconds (3,120), no crash.  10 M in ten minutes needs
# 16,700 a second on one core or 8,300 a worker on two: 3.5x (2.7x per
# worker) the CPU-second rate here, i.e. a library ~3x faster a byte on
# these dense inputs; with the machine to itself (two cores) ~5.7 M.
#
# Session 9, the split: ingest_para is the ingest target's sentence layer
# on its own (a paragraph read in the state one of eight short document
# heads left, no head scan, -max_len PARA_MAX_LEN=256, fuzz_ingest_para.c);
# the ingest target, unchanged, keeps the whole document (encodings, chunk
# splits, head scout, document time, lines, tables).  Sixty seconds each,
# load 2.6, executions a CPU second: ingest 4,360 (at -max_len 256: 8,280),
# grammar 9,980 (at 200: 14,380), ingest_para 12,770.  Ten minutes from
# the seed corpora, both sanitizers, the two side by side (FUZZ_TOGETHER=1,
# one process each), load average 10.6-16.4 (mean 13.6): ingest 218,141
# executions in 66 CPU seconds (3,310 a CPU second), ingest_para 850,275
# in 67 (12,690); 1,068,416 in all, no crash, no input slower than a
# second.  Lines of ingest/*.c the two corpora reach (llvm-cov on a
# replay): ingest 10,879 of 13,963, ingest_para 10,958, both 11,871 (992
# more than ingest alone: the Chinese rules, rules_zh_list.c 419 lines
# against 178); ingest_para reached fewer of the English rules (rules_en.c
# 605 against 688, time_en.c 507 against 559: since seeded with the English
# fixtures' first paragraphs) and none of iconv and few of the tables
# (ingest's).  10 M in ten minutes is still not reached here; on an idle
# two-core machine these rates give 9.6 M with one core each, 15.2 M with
# ingest_para on both (FUZZ_WORKERS=2).  A crash in ingest_para is a
# document (its head, a blank line, the paragraph) to replay through
# ingest.  Of an ingest_para execution libFuzzer's feature scan is ~20%;
# the claim checks (FUZZ_CHECK, the JSON line) ~3% of ingest's, kept.
#
# Session 10, the idle machine (measured): ten minutes from the seed
# corpus, both sanitizers, FUZZ_WORKERS=2 FUZZ_TARGETS=ingest_para:
# ingest_para 10,872,793 executions in 600 s on 2 workers, 1,170 CPU
# seconds (9,290 a CPU second), no crash: issue 14's 10 M in ten minutes,
# reached by the split target.  The whole-document ingest target runs at
# ~2,700 executions a CPU second (~3.2 M in ten minutes on two cores); it
# stays for what only it reaches (encodings, chunk splits, head scout,
# document time, tables).
set -eu
seconds=${1:-60}
shift || true
only=" $* "
CC=${FUZZ_CC:-clang}
out=build/fuzz
mkdir -p "$out/obj"
# FUZZ_SANITIZE picks the sanitizers (default both; a run with fewer must
# say so where its figures are quoted).  FUZZ_WORKERS=N runs N fuzzers per
# target side by side on one shared corpus (libFuzzer's -jobs), one per
# core; CI runs one.
sanitize=${FUZZ_SANITIZE:-address,undefined}
workers=${FUZZ_WORKERS:-1}
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -DGC_VERSION=\"fuzz\" -g -O2 -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,$sanitize -fno-sanitize-recover=all $(pkg-config --cflags gsl libcjson)"
libs="$(pkg-config --libs gsl libcjson) -lm"

# The library's generated sources (embedded tables, the lexicons) come from
# make, which passes their paths in GC_FUZZ_GEN (make fuzz builds them first).
gen=${GC_FUZZ_GEN:-}
if [ -z "$gen" ]; then
    echo "fuzz: run through 'make fuzz' (GC_FUZZ_GEN names the generated sources)" >&2
    exit 2
fi
light_targets=" grammar ingest ingest_para "
light_flags="-fno-sanitize-coverage=trace-cmp"
# A whole document for the ingest target is a title, a date line and a
# paragraph or two: 1 KiB holds 300 Chinese characters or 150 English
# words, enough for the document-time rules, hard-wrapped lines, a small
# table and sentences across chunk splits.  The time per execution grows
# with the input's length, and libFuzzer's default (4 KiB, the largest
# seed's length grown by -len_control) spends most of a long run on long
# inputs that reach no new state.
ingest_max_len=${INGEST_MAX_LEN:-1024}
para_max_len=${PARA_MAX_LEN:-256}
dict=$out/lexicon.dict
srcs=""
for src in common/*.c ingest/*.c analysis/*.c plots/*.c report/*.c $gen; do
    srcs="$srcs $src"
done
# objs DIR: the objects' paths, one per source, named after its source path
objs() {
    for src in $srcs; do
        printf ' %s/%s.o' "$1" "$(echo "$src" | tr '/' '_')"
    done
}
# build DIR FLAGS: two compilers at a time (FUZZ_JOBS), then DIR/lib.a.  A
# target links the archive, so it holds only the objects it calls: the
# coverage counters of code it never reaches (the checks, the charts, for
# the ingest target) are not scanned after every execution.
build() {
    mkdir -p "$1"
    # the command reaches each compiler's shell through the environment:
    # spliced into its text, -DGC_VERSION="fuzz" would lose its quotes
    printf '%s\n' $srcs | FUZZ_DIR=$1 FUZZ_COMPILE="$CC $flags $2" \
        xargs -P "${FUZZ_JOBS:-2}" -I{} sh -c \
        'o=$FUZZ_DIR/$(echo "$1" | tr / _).o; $FUZZ_COMPILE -I. -c -o "$o" "$1"' sh {}
    rm -f "$1/lib.a"
    # shellcheck disable=SC2046
    ar rcs "$1/lib.a" $(objs "$1")
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
# The dictionary: every word of both lexicons, each byte outside printable
# ASCII (and quote and backslash) written as \xNN as libFuzzer reads it,
# and the English words the grammar's code compares with (string literals
# of ingest/*_en*.c such as "growth rate of ", "first half").
{ LC_ALL=C awk -F '\t' '
BEGIN { for (i = 1; i < 256; i++) ord[sprintf("%c", i)] = i }
/^#/ || NF < 2 || $2 == "" { next }
!seen[$2]++ {
    s = ""
    for (i = 1; i <= length($2); i++) {
        c = substr($2, i, 1)
        s = s ((c == "\\" || c == "\"" || ord[c] < 32 || ord[c] > 126) ? sprintf("\\x%02X", ord[c]) : c)
    }
    print "\"" s "\""
}' ingest/lexicon-zh.tsv ingest/lexicon-en.tsv
  grep -hv '^ *[/*]' ingest/*_en*.c | grep -o '"[a-z][a-z ,.-]*[a-z ]"'
} | awk '!seen[$0]++' > "$dict"
if $need_full; then build "$out/obj" ""; fi
if $need_light; then build "$out/obj-light" "$light_flags"; fi

top=$(pwd)
# cpu_seconds FILE: the user and system time of this shell's finished
# children, as `times` wrote it to FILE (in a command substitution: 0)
cpu_seconds() {
    awk 'NR == 2 { split($1, u, "m"); split($2, s, "m"); print int(u[1] * 60 + u[2] + s[1] * 60 + s[2]) }' "$1"
}
# run NAME: fuzzes build/fuzz/NAME for $seconds (its executions to
# $out/NAME.runs); fails on a crash
run() {
    name=$1
    extra=""
    if [ "${light_targets#* $name }" != "$light_targets" ]; then
        extra="-entropic=0 -dict=$top/$dict"
    fi
    case $name in
    ingest) extra="$extra -max_len=$ingest_max_len" ;;
    ingest_para) extra="$extra -max_len=$para_max_len" ;;
    esac
    work=tests/fuzz/work/$name
    mkdir -p "$work" "tests/fuzz/corpus/$name"
    log=$out/$name.log
    jobs=""
    if [ "$workers" -gt 1 ]; then
        # each worker logs to $out/$name.jobs/fuzz-N.log (libFuzzer writes
        # its job logs to the current folder) and reloads the shared corpus
        jobs="-jobs=$workers -workers=$workers -reload=1"
        rm -rf "$out/$name.jobs"
        mkdir -p "$out/$name.jobs"
    fi
    echo "fuzz $name: ${seconds}s${jobs:+, $workers workers}"
    times > "$out/$name.times.0"
    # shellcheck disable=SC2086
    if ! (cd "$out/${jobs:+$name.jobs}" && nice -n "${FUZZ_NICE:-0}" "$top/$out/$name" $extra $jobs \
            -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$top/$out/$name-" \
            "$top/$work" "$top/tests/fuzz/corpus/$name") > "$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz $name: CRASH (artifacts in $out/$name-*)" >&2
        return 1
    fi
    # one final count per fuzzer: the target's log, or each worker's (the
    # log of -jobs repeats the workers' logs)
    logs=$log
    [ -z "$jobs" ] || logs=$(echo "$out/$name.jobs"/fuzz-*.log)
    # shellcheck disable=SC2086
    cat $logs | sed -n 's/^stat::number_of_executed_units: *//p' |
        awk '{s += $1} END {print s + 0}' > "$out/$name.runs"
    # (run in the background, this is a subshell: its own children)
    times > "$out/$name.times.1"
    echo $(( $(cpu_seconds "$out/$name.times.1") - $(cpu_seconds "$out/$name.times.0") )) \
        > "$out/$name.cpu"
}
names=""
for target in tests/fuzz/fuzz_*.c; do
    name=$(basename "$target" .c)
    name=${name#fuzz_}
    selected "$name" || continue
    if [ "${light_targets#* $name }" != "$light_targets" ]; then
        objs=$out/obj-light/lib.a
        tflags=$light_flags
    else
        objs=$out/obj/lib.a
        tflags=""
    fi
    $CC $flags $tflags -fsanitize=fuzzer -o "$out/$name" "$target" $objs $libs
    names="$names $name"
done
# FUZZ_TOGETHER=1 runs the targets at the same time (the ingest targets
# on the two cores: make fuzz FUZZ_TARGETS="ingest ingest_para"
# FUZZ_TOGETHER=1)
if [ "${FUZZ_TOGETHER:-0}" = 1 ]; then
    pids=""
    for name in $names; do
        run "$name" & pids="$pids $!"
    done
    failed=0
    for pid in $pids; do
        wait "$pid" || failed=1
    done
    [ "$failed" = 0 ] || exit 1
fi
total=0
for name in $names; do
    if [ "${FUZZ_TOGETHER:-0}" != 1 ]; then
        run "$name" || exit 1
    fi
    runs=$(cat "$out/$name.runs")
    echo "fuzz $name: $runs executions in ${seconds}s ($(cat "$out/$name.cpu") CPU seconds), no crash"
    total=$((total + runs))
done
echo "fuzz: $total executions in all, no crash"
