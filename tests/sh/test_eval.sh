# test_eval.sh -- tests/corpus/eval.py, the scorer behind `make eval`: its
# matcher on claims built in memory (--self-test), then whole runs on a
# corpus of two invented documents and a stand-in for the binary, so the
# exit codes (ok, a pooled figure below its baseline, corpus missing) are fixed.
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EVAL="$ROOT/tests/corpus/eval.py"

expect_exit 0 "eval: matcher self-test" python3 "$EVAL" --self-test
expect_grep "eval: self-test reports" "self-test: 0 failed" "$TMP/out"

mkdir -p "$TMP/corpus/zh" "$TMP/corpus/en" "$TMP/exp"
echo "全市地区生产总值增长8%。GDP rose 8 percent." > "$TMP/corpus/zh/bi.txt"
echo "Exports fell 2 percent." > "$TMP/corpus/en/ex.txt"
cat > "$TMP/exp/bi.expect.jsonl" <<'J'
{"line": 1, "indicator": "地区生产总值", "kind": "growth_yoy", "year": 2020, "value": 8, "unit": "%"}
J
cat > "$TMP/exp/bi.en.expect.jsonl" <<'J'
{"line": 1, "indicator": "gdp", "kind": "growth_yoy", "year": 2020, "value": 8, "unit": "percent"}
J
cat > "$TMP/exp/ex.expect.jsonl" <<'J'
{"line": 1, "indicator": "exports", "kind": "growth_yoy", "year": 2020, "value": -2, "unit": "percent"}
{"line": 1, "indicator": "imports", "kind": "growth_yoy", "year": 2020, "value": 3, "unit": "percent"}
J
# the stand-in binary: the Chinese claim right, the English one a year off
cat > "$TMP/fake" <<'S'
#!/bin/sh
case $4 in
*bi.txt) printf '%s\n' \
  '{"indicator":"全市地区生产总值","kind":"growth_yoy","year":2020,"period":null,"value":8,"source":{"line":1}}' \
  '{"indicator":"GDP","kind":"growth_yoy","year":2019,"period":null,"value":8,"source":{"line":1}}' ;;
*ex.txt) printf '%s\n' \
  '{"indicator":"Exports","kind":"growth_yoy","year":2020,"period":null,"value":-2,"source":{"line":1}}' ;;
esac
S
chmod 755 "$TMP/fake"
run_eval() {
    python3 "$EVAL" --corpus "$TMP/corpus" --bin "$TMP/fake" --expect "$TMP/exp" \
      --baseline "$TMP/baseline" "$@"
}
expect_exit 0 "eval: no baseline yet passes" run_eval -v
expect_grep "eval: zh pool" "pooled zh: 1 documents, 1 expected, 1 extracted; strict recall 1.000" "$TMP/out"
expect_grep "eval: en pool holds the bilingual English" "pooled en: 2 documents, 3 expected, 2 extracted; strict recall 0.333 precision 0.500; figure-only recall 0.667 precision 1.000" "$TMP/out"
expect_grep "eval: -v names a miss" "miss  line 1    imports growth_yoy 2020 3percent" "$TMP/out"
expect_grep "eval: -v names the time found" "(figure found, time 2019)" "$TMP/out"
expect_exit 0 "eval: write the baseline" run_eval --write-baseline
expect_exit 0 "eval: same run passes its baseline" run_eval
expect_grep "eval: documents scored" "3 documents scored" "$TMP/out"
# a document falls while its pool holds: named, not a failure
cp "$TMP/baseline" "$TMP/b0"
sed 's/^doc en ex \([0-9a-f]*\) .*/doc en ex \1 1.000 1.000 1.000 1.000/' "$TMP/b0" > "$TMP/baseline"
expect_exit 0 "eval: one document below its baseline is only named" run_eval
expect_grep "eval: the fallen document named" "a document fell (not a failure while the pool holds): en ex" "$TMP/out"
# a pooled figure falls: the baseline claims more than the tool gives
sed 's/^pool en .*/pool en 1.000 1.000 1.000 1.000/' "$TMP/b0" > "$TMP/baseline"
expect_exit 1 "eval: a pooled figure below its baseline fails" run_eval
expect_grep "eval: the pool named" "FELL pooled en: strict_recall" "$TMP/out"
expect_grep "eval: says how to raise the baseline" "make eval-baseline" "$TMP/out"
cp "$TMP/b0" "$TMP/baseline"
# a changed expectation is named, and what it does to the pool counts
echo '{"line": 1, "indicator": "exports", "kind": "level", "year": 2020, "value": 1, "unit": "x"}' >> "$TMP/exp/ex.expect.jsonl"
expect_exit 1 "eval: a changed expectation that lowers the pool fails" run_eval
expect_grep "eval: changed expectation named" "expectation changed since the baseline: ex" "$TMP/out"
expect_exit 3 "eval: corpus missing" python3 "$EVAL" --corpus "$TMP/none" --bin "$TMP/fake"
expect_grep "eval: corpus missing said" "corpus directory" "$TMP/err"
