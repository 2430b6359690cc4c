# test_seed_extract.sh -- extract the seed report and compare the claims, as
# a set, with tests/fixtures/seed.expect.jsonl (rules: tests/fixtures/
# SEED-RULES.md).  One ok per expected claim matched exactly, one not_ok per
# claim missing, differing or extracted in excess (seed.allowed.jsonl lists
# the few figures that may be extracted or not).
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CMP="$ROOT/tests/claims_compare.py"
WANT="$ROOT/tests/fixtures/seed.expect.jsonl"
ALLOW="$ROOT/tests/fixtures/seed.allowed.jsonl"

if [ ! -r "$SEED" ]; then
    not_ok "seed report $SEED is missing: it lives outside the repository, in ../shared/seeds (or set GC_SEEDS)"
    exit 0
fi

if "$GC" extract --format jsonl "$SEED" > "$TMP/actual" 2> "$TMP/err"; then
    ok
else
    not_ok "extract of the seed exited $?: $(head -c 300 "$TMP/err")"
    exit 0
fi

set +e
python3 "$CMP" set "$TMP/actual" "$WANT" --allow "$ALLOW" > "$TMP/diff" 2>&1
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
    not_ok "comparator failed: $(head -c 300 "$TMP/diff")"
    exit 0
fi
# First line: "N expected: M matched, ..."; then one line per problem.
matched=$(sed -n '1s/^[0-9]* expected: \([0-9]*\) matched.*/\1/p' "$TMP/diff")
i=0
while [ "$i" -lt "${matched:-0}" ]; do ok; i=$((i + 1)); done
echo "seed: $(head -n 1 "$TMP/diff")" >&2
tail -n +2 "$TMP/diff" > "$TMP/problems"
while IFS= read -r line; do
    not_ok "seed: $line"
done < "$TMP/problems"
if [ "$rc" -eq 1 ] && [ ! -s "$TMP/problems" ]; then
    not_ok "comparator reported a mismatch without saying which"
fi
