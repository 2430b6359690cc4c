#!/bin/sh
# run.sh BUILD BIN -- run the whole suite: every cmocka binary in
# BUILD/tests, then every tests/sh/test_*.sh against BIN.  Ends with one
# summary line, "tests: N passed, M failed", and fails if M > 0.
set -u
LC_ALL=C
export LC_ALL
build=$1
bin=$2
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
GROWTHCHECK=$bin
GC_BUILD=$build
export GROWTHCHECK GC_BUILD
results=$(mktemp)
trap 'rm -f "$results"' EXIT
pass=0
fail=0

for t in "$build"/tests/test_*; do
    [ -x "$t" ] || continue
    out=$(timeout 600 "$t" 2>&1)
    rc=$?
    n=$(printf '%s\n' "$out" | sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    f=$(printf '%s\n' "$out" | sed -n 's/.*\[  FAILED  \] \([0-9]*\) test.*/\1/p' | tail -n 1)
    pass=$((pass + ${n:-0}))
    if [ "$rc" -ne 0 ]; then
        printf '%s\n' "$out"
        fail=$((fail + ${f:-1}))
    fi
    echo "unit $(basename "$t"): ${n:-0} passed${f:+, $f failed}"
done

# Replay the fuzz seed and regression corpora: each target is one test.
for r in "$build"/fuzz/replay_*; do
    [ -x "$r" ] || continue
    name=${r##*/replay_}
    if out=$(timeout 600 "$r" "tests/fuzz/corpus/$name" "tests/fuzz/regress/$name" 2>&1); then
        pass=$((pass + 1))
        echo "fuzz replay $name: $out"
    else
        fail=$((fail + 1))
        printf 'FAIL: fuzz replay %s\n%s\n' "$name" "$out" >&2
    fi
done

# The seed report lives outside the repository (tests/sh/lib.sh finds it the
# same way).  Without it, say so once, count one failure, and skip the
# scripts that read it, rather than let each of them fail a test per case.
seeds=${GC_SEEDS:-$(pwd)/../shared/seeds}
seed=$seeds/000_64f3485554b9f48c.txt
skipped=""
if [ ! -r "$seed" ]; then
    # A script that checks for the seed itself (-f "$SEED") still runs.
    skipped=$(grep -l 'SEED' tests/sh/test_*.sh | while read -r s; do
        grep -q -F -e '-f "$SEED"' "$s" || printf ' %s' "${s##*/}"
    done)
    fail=$((fail + 1))
    cat >&2 <<EOF_SEED
FAIL: the seed report is missing: $seed
      It is not in the repository: put the seeds folder at ../shared/seeds
      beside the checkout, or point GC_SEEDS at the folder that holds it.
      Skipped, as they read it:$skipped
EOF_SEED
fi

for s in tests/sh/test_*.sh; do
    [ -f "$s" ] || continue
    case " $skipped " in *" ${s##*/} "*) echo "sh ${s##*/}: skipped (no seed report)"; continue ;; esac
    : > "$results"
    RESULTS=$results sh "$s"
    rc=$?
    p=$(awk '{s += $1} END {print s + 0}' "$results")
    f=$(awk '{s += $2} END {print s + 0}' "$results")
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
        echo "FAIL: $s exited $rc" >&2
        f=1
    fi
    pass=$((pass + p))
    fail=$((fail + f))
    echo "sh $(basename "$s"): $p passed${f:+, $f failed}" | sed 's/, 0 failed//'
done

echo "tests: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
