#!/bin/sh
# test_formulas.sh -- every finding's formula states the computation that
# gives its printed value (tests/formula_check.py evaluates it), and no
# Chinese explanation carries English words, on the analysis golden texts,
# the example report (with its series) and the seed.
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
FC="$ROOT/tests/formula_check.py"

# the checker itself fails a formula that does not give its value
printf '{"findings": [{"indicator": "x", "check": "implied", "formula": "9500亿元 / 8636.36 = 8636.36亿元", "computed": {"value": 8636.36}}]}\n' > "$TMP/bad.json"
expect_exit 1 "checker: a formula that does not give its value fails" python3 "$FC" "$TMP/bad.json"
printf '{"findings": [{"indicator": "x", "check": "implied", "formula": "9500亿元 / 1.1 = 8636.36亿元", "computed": {"value": 8636.3636}}]}\n' > "$TMP/good.json"
expect_exit 0 "checker: 9500 / 1.1 = 8636.36" python3 "$FC" "$TMP/good.json"
printf '{"findings": [{"indicator": "x", "check": "x", "explanation": "按所述 the stated 5%%", "claims": []}]}\n' > "$TMP/en.json"
expect_exit 1 "checker: English in a Chinese explanation" python3 "$FC" --zh "$TMP/en.json"

n=0
for txt in "$ROOT"/tests/analysis/*.txt "$ROOT"/examples/report.txt "$ROOT"/../shared/seeds/000_64f3485554b9f48c.txt; do
    [ -f "$txt" ] || continue
    n=$((n + 1))
    "$GC" check --format json --lang zh "$txt" > "$TMP/f$n.json" 2> /dev/null
done
"$GC" check --format json --lang zh --series "$ROOT/examples/series.csv" "$ROOT/examples/report.txt" \
    > "$TMP/series.json" 2> /dev/null
expect_exit 0 "every formula gives its printed value; Chinese explanations in Chinese" \
    python3 "$FC" --zh "$TMP"/f*.json "$TMP/series.json"
