# lib.sh -- sourced by tests/sh/test_*.sh.  Strict shell, C locale, a
# temporary folder removed on exit, and counters that tests/run.sh adds up.
set -eu
LC_ALL=C
export LC_ALL
# A text that writes no year but a date with its weekday is dated by the
# latest fitting year up to "now": the tests fix now at 2026-12-01 (the
# reproducible-builds variable the ingest reads) so they read the same later.
SOURCE_DATE_EPOCH=1796083200
export SOURCE_DATE_EPOCH
GC=${GROWTHCHECK:-$(pwd)/growthcheck}
SEEDS=${GC_SEEDS:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/seeds}
SEED=$SEEDS/000_64f3485554b9f48c.txt
TMP=$(mktemp -d)
# Every call of the binary goes through `timeout`, so a hang fails one test
# (exit 124) instead of stalling the suite.  A sanitized build runs some
# ten times slower, and a CI machine may be shared: its limit is wider, so
# that a slow machine is not taken for a hang.
if [ -n "${GC_SANITIZED:-}" ]; then
    GC_CALL_TIMEOUT=${GC_TEST_TIMEOUT:-900}
else
    GC_CALL_TIMEOUT=${GC_TEST_TIMEOUT:-120}
fi
GC_REAL=$GC
GC=$TMP/growthcheck
printf '#!/bin/sh\nexec timeout %s "%s" "$@"\n' "$GC_CALL_TIMEOUT" "$GC_REAL" > "$GC"
chmod 755 "$GC"
# python3 is often a version manager's shim (pyenv: a few shell scripts
# before the interpreter starts), which under load cost seconds a call, and
# the fixtures alone call it some 700 times: the interpreter is found once.
PYTHON=$(python3 -c 'import sys; print(sys.executable or "python3")' 2>/dev/null || echo python3)
python3() { "$PYTHON" "$@"; }
_pass=0
_fail=0
# A script run by hand says by its exit status whether a test failed, as
# well as by the counters tests/run.sh reads.
_finish() {
    _rc=$?
    rm -rf "$TMP"
    echo "$_pass $_fail" >> "${RESULTS:-/dev/null}"
    if [ "$_fail" -gt 0 ]; then exit 1; fi
    exit "$_rc"
}
trap _finish EXIT

ok() { _pass=$((_pass + 1)); }
not_ok() { _fail=$((_fail + 1)); echo "FAIL: $(basename "$0"): $*" >&2; }

# expect_exit CODE NAME CMD... -- run CMD (stdout to $TMP/out, stderr to
# $TMP/err) and check its exit code.
expect_exit() {
    _want=$1; _name=$2; shift 2
    set +e
    "$@" > "$TMP/out" 2> "$TMP/err"
    _got=$?
    set -e
    if [ "$_got" -eq "$_want" ]; then ok; else
        not_ok "$_name: exit $_got, want $_want; stderr: $(head -c 400 "$TMP/err")"
    fi
}

# expect_eq NAME GOT WANT
expect_eq() {
    if [ "$2" = "$3" ]; then ok; else not_ok "$1: got [$2], want [$3]"; fi
}

# expect_grep NAME PATTERN FILE -- FILE has a line matching the fixed string
expect_grep() {
    if grep -qF -- "$2" "$3"; then ok; else
        not_ok "$1: no [$2] in $3: $(head -c 400 "$3")"
    fi
}

# expect_no_grep NAME PATTERN FILE
expect_no_grep() {
    if grep -qF -- "$2" "$3"; then not_ok "$1: unexpected [$2] in $3"; else ok; fi
}
