# test_fixtures.sh -- the extraction fixture corpus.  Each
# tests/fixtures/claims/NNN-name.txt is run through `growthcheck extract
# --format jsonl` and compared, claim by claim and in order, with
# NNN-name.expect.jsonl (an empty one means "no claim").  One ok/not_ok per
# fixture, after checks that the comparator itself can pass and fail.
# Each fixture is a line or two: a hang on one costs 20 s, not lib.sh's 120.
GC_TEST_TIMEOUT=${GC_TEST_TIMEOUT:-20}
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CMP="$ROOT/tests/claims_compare.py"
DIR="$ROOT/tests/fixtures/claims"

# ---- the comparator, on claims written by hand ----
expect_exit 0 "comparator self-test" python3 "$CMP" --self-test

cat > "$TMP/want" <<'EOF'
{"indicator": "地区生产总值", "kind": "growth_yoy", "year": 2021, "value": 8.2, "unit": "%"}
EOF
cat > "$TMP/same" <<'EOF'
{"indicator": "地区生产总值", "kind": "growth_yoy", "year": 2021, "year_inferred": false, "value": 8.200000000001, "unit": "%", "qualifier": "exact"}
EOF
cat > "$TMP/off" <<'EOF'
{"indicator": "地区生产总值", "kind": "growth_yoy", "year": 2021, "value": 8.3, "unit": "%"}
EOF
printf '{"indicator": "x", "value": NaN}\n' > "$TMP/nan"
expect_exit 0 "comparator: equal within 1e-9" python3 "$CMP" ordered "$TMP/same" "$TMP/want"
expect_exit 1 "comparator: 8.3 is not 8.2" python3 "$CMP" ordered "$TMP/off" "$TMP/want"
expect_grep "comparator: names key, got and want" 'value: got 8.3, want 8.2' "$TMP/out"
expect_exit 1 "comparator: claim where none is wanted" python3 "$CMP" ordered "$TMP/want" /dev/null
expect_exit 1 "comparator: set mode, missing claim" python3 "$CMP" set /dev/null "$TMP/want"
expect_exit 2 "comparator: NaN is refused" python3 "$CMP" ordered "$TMP/nan" "$TMP/want"
expect_exit 2 "comparator: usage" python3 "$CMP" sorted "$TMP/same" "$TMP/want"

# ---- the corpus is whole: every text has its expectation, and there are enough ----
n=0
for txt in "$DIR"/*.txt; do
    n=$((n + 1))
    [ -f "${txt%.txt}.expect.jsonl" ] || not_ok "$(basename "$txt"): no .expect.jsonl"
done
for exp in "$DIR"/*.expect.jsonl; do
    [ -f "${exp%.expect.jsonl}.txt" ] || not_ok "$(basename "$exp"): no .txt"
done
if [ "$n" -ge 70 ]; then ok; else not_ok "only $n fixtures, want at least 70"; fi

# ---- each fixture: extracted here, compared in one run of the comparator ----
mkdir "$TMP/got"
: > "$TMP/pairs"
for txt in "$DIR"/*.txt; do
    name=$(basename "$txt" .txt)
    exp=${txt%.txt}.expect.jsonl
    [ -f "$exp" ] || continue
    if "$GC" extract --format jsonl "$txt" > "$TMP/got/$name" 2> "$TMP/err"; then
        printf '%s\t%s\t%s\n' "$name" "$TMP/got/$name" "$exp" >> "$TMP/pairs"
    else
        not_ok "$name: extract exited $?: $(head -c 300 "$TMP/err")"
    fi
done
set +e
python3 "$CMP" batch "$TMP/pairs" > "$TMP/verdicts" 2> "$TMP/err"
rc=$?
set -e
[ "$rc" -le 1 ] || not_ok "comparator batch: exit $rc: $(head -c 300 "$TMP/err")"
# one verdict a pair, or the pairs it never reached fail
[ "$(wc -l < "$TMP/verdicts")" -eq "$(wc -l < "$TMP/pairs")" ] \
    || not_ok "comparator batch: $(wc -l < "$TMP/verdicts") verdicts for $(wc -l < "$TMP/pairs") fixtures"
while IFS= read -r verdict; do
    case $verdict in
    "ok "*) ok ;;
    *) not_ok "${verdict#not_ok }" ;;
    esac
done < "$TMP/verdicts"
