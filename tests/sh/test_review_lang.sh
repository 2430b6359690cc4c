#!/bin/sh
# test_review_lang.sh -- the review page's definitions follow its language:
# every finding of the analysis golden reports and the examples shows a
# Chinese definition on a Chinese page (formula letters only, no English
# words) and analysis' English one on an English page.
GC_TEST_TIMEOUT=${GC_TEST_TIMEOUT:-60}
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
n=0
for txt in "$ROOT"/tests/analysis/*.txt "$ROOT"/examples/report.txt "$ROOT"/tests/summary/memo.txt; do
    n=$((n + 1))
    name=$(basename "$txt" .txt)
    if ! "$GC" review --no-render --lang zh -o "$TMP/$n.html" "$txt" > /dev/null 2> "$TMP/err"; then
        not_ok "$name: review failed: $(head -c 300 "$TMP/err")"
        continue
    fi
    # a definition term is followed by its words up to the next tag
    grep -o '<dt>定义</dt><dd>[^<]*' "$TMP/$n.html" | sed 's/<dt>定义<\/dt><dd>//' > "$TMP/defs"
    if grep -E '[A-Za-z]{3,}' "$TMP/defs" | grep -vE '^[^A-Za-z]*([A-Za-z]{1,2}|avg|last)([^A-Za-z]+([A-Za-z]{1,2}|avg|last))*[^A-Za-z]*$' > "$TMP/eng"; then
        not_ok "$name: English in a Chinese definition: $(head -n 2 "$TMP/eng")"
    else ok; fi
    if grep -q '<dt>definition</dt>' "$TMP/$n.html"; then
        not_ok "$name: an English term on a Chinese page"
    else ok; fi
done
expect_exit 0 "English page" "$GC" review --no-render --lang en -o "$TMP/en.html" \
    "$ROOT/examples/report.txt"
expect_grep "English definition on an English page" \
    "<dt>definition</dt><dd>average annual growth, level method" "$TMP/en.html"
expect_grep "Chinese definition on a Chinese page" "年均增速，水平法" "$TMP/1.html"
if [ "$n" -ge 10 ]; then ok; else not_ok "only $n reports"; fi
