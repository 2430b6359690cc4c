#!/bin/sh
# test_valgrind.sh -- valgrind memcheck on the end-to-end commands: no invalid
# read or write, no use of uninitialised values, nothing "definitely lost".
# A sanitizer build cannot run under valgrind; `make asan` covers it instead
# (GC_SANITIZED is set by the Makefile for that build).
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)

if [ -n "${GC_SANITIZED:-}" ]; then
    echo "test_valgrind: sanitizer build, memory checked by ASan instead"
    exit 0
fi

vg() {  # NAME CMD... -- run CMD under memcheck; errors make it exit 99
    _name=$1; shift
    set +e
    timeout 600 valgrind --quiet --error-exitcode=99 --leak-check=full \
        --errors-for-leak-kinds=definite --track-origins=no \
        --log-file="$TMP/vg.log" "$GC_REAL" "$@" > "$TMP/out" 2> "$TMP/err"
    _rc=$?
    set -e
    if [ "$_rc" -eq 99 ] || grep -q "definitely lost: [1-9]" "$TMP/vg.log"; then
        not_ok "$_name: memcheck: $(head -c 600 "$TMP/vg.log")"
    else
        ok
    fi
}

ex=$top/examples/report.txt
series=$top/examples/series.csv
vg "extract" extract --format jsonl "$ex"
vg "check" check --format json --series "$series" "$ex"
vg "series" series --series "$series" "$ex"
vg "report" report -o "$TMP/rep" --series "$series" --no-render "$ex"
vg "cagr" cagr 5908 9500 --from 2016 --to 2021
vg "bad series" check --series "$top/tests/fuzz/corpus/series/basic.json" "$ex"
printf 'abc\000' > "$TMP/nul.bin"
vg "binary input" extract "$TMP/nul.bin"
if [ -f "$SEED" ]; then
    vg "seed check" check --format json "$SEED"
else
    not_ok "seed report missing at $SEED"
fi
