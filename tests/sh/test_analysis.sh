#!/bin/sh
# test_analysis.sh -- the analysis golden tests: each tests/analysis/NAME.txt
# through `growthcheck check --format json`, compared with the findings
# worked out by hand in NAME.expect.json (tests/findings_compare.py).  One
# ok/not_ok per case, after checks that the comparator can pass and fail.
GC_TEST_TIMEOUT=${GC_TEST_TIMEOUT:-20}
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CMP="$ROOT/tests/findings_compare.py"
DIR="$ROOT/tests/analysis"

# ---- the comparator, on findings written by hand ----
printf '{"findings": [{"indicator": "x", "check": "growth_avg", "from": 2018, "to": 2023, "computed": {"value": 4.99733, "unit": "%%"}, "reason": null}]}\n' > "$TMP/got"
printf '{"findings": [{"indicator": "x", "check": "growth_avg", "computed": {"value": 4.9973}}]}\n' > "$TMP/near"
printf '{"findings": [{"indicator": "x", "check": "growth_avg", "computed": {"value": 4.99}}]}\n' > "$TMP/far"
printf '{"findings": [{"indicator": "x", "check": "growth_avg", "reason": "estimate"}]}\n' > "$TMP/reason"
printf '{"count": 2, "findings": []}\n' > "$TMP/count"
expect_exit 0 "comparator: equal within 1e-4" python3 "$CMP" "$TMP/got" "$TMP/near"
expect_exit 1 "comparator: 4.99 is not 4.99733" python3 "$CMP" "$TMP/got" "$TMP/far"
expect_grep "comparator: names key, got and want" 'computed.value: got 4.99733, want 4.99' "$TMP/out"
expect_exit 1 "comparator: null is not a reason" python3 "$CMP" "$TMP/got" "$TMP/reason"
expect_exit 1 "comparator: count" python3 "$CMP" "$TMP/got" "$TMP/count"
expect_exit 2 "comparator: usage" python3 "$CMP" "$TMP/got"

# ---- every case, and enough of them ----
n=0
for txt in "$DIR"/*.txt; do
    n=$((n + 1))
    name=$(basename "$txt" .txt)
    want=${txt%.txt}.expect.json
    if [ ! -f "$want" ]; then
        not_ok "$name: no .expect.json"
        continue
    fi
    if ! "$GC" check --format json "$txt" > "$TMP/$name.json" 2> "$TMP/err"; then
        not_ok "$name: check failed: $(head -c 300 "$TMP/err")"
        continue
    fi
    if python3 "$CMP" "$TMP/$name.json" "$want" > "$TMP/diff" 2>&1; then ok; else
        not_ok "$name: $(head -c 800 "$TMP/diff")"
    fi
done
if [ "$n" -ge 7 ]; then ok; else not_ok "only $n analysis cases, want 7 or more"; fi
