#!/bin/sh
# test_review.sh -- the review page: the command's usage and exit codes, the
# page's structure (tests/html_check.py, a strict parser-based check), and
# the page in a real headless Chromium (tests/review_browser.py): no console
# error or CSP violation, one mark per claim whose text is the original
# bytes at its offsets (UTF-8 and GB18030), the seed's screenshot not blank,
# and a hostile document that runs nothing and shows its text literally.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
CHECK="python3 $top/tests/html_check.py"
BROWSER="python3 $top/tests/review_browser.py"
HOSTILE=$top/tests/review/hostile.txt
EXAMPLE=$top/examples/report.txt
# the charts' temporary folders go here, so that the check below sees only ours
TMPDIR=$TMP/tmpdir
export TMPDIR
mkdir -p "$TMPDIR"

# ---- usage and exit codes ----
expect_exit 0 "help" "$GC" review --help
for opt in -o --series --lang --rounding --gross-pp --indicators --encoding --report-year \
           --gnuplot --no-render "Exit status"; do
    expect_grep "help names $opt" "$opt" "$TMP/out"
done
expect_exit 2 "no -o" "$GC" review "$EXAMPLE"
expect_grep "no -o says so" "give -o FILE" "$TMP/err"
expect_exit 2 "no report" "$GC" review -o "$TMP/x.html"
expect_exit 2 "bad lang" "$GC" review -o "$TMP/x.html" --lang fr "$EXAMPLE"
expect_exit 1 "missing report" "$GC" review -o "$TMP/x.html" "$TMP/nonexistent.txt"
expect_exit 3 "unwritable output" "$GC" review -o "$TMP/no/such/dir/x.html" --no-render "$EXAMPLE"
if [ -e "$TMP/x.html" ]; then not_ok "a failed run left a page"; else ok; fi

# gnuplot missing: the page is written, says so, and the exit code is 4
expect_exit 4 "gnuplot missing" "$GC" review -o "$TMP/nognu.html" --gnuplot /nonexistent/gnuplot "$EXAMPLE"
expect_grep "gnuplot missing: message" "without charts" "$TMP/err"
expect_grep "gnuplot missing: the page says so" "gnuplot not found" "$TMP/nognu.html"
expect_exit 0 "no-render" "$GC" review -o "$TMP/norender.html" --no-render --lang en "$EXAMPLE"
expect_grep "no-render: the page says so" "Charts were not rendered: --no-render" "$TMP/norender.html"
expect_grep "lang en" '<html lang="en">' "$TMP/norender.html"
if grep -q '<svg' "$TMP/norender.html"; then not_ok "no-render page has charts"; else ok; fi
if ls "$TMPDIR"/growthcheck-review-* > /dev/null 2>&1; then
    not_ok "temporary chart folders left behind: $(ls -d "$TMPDIR"/growthcheck-review-*)"
else ok; fi

# ---- the pages ----
expect_exit 0 "example page" "$GC" review -o "$TMP/example.html" --series "$top/examples/series.csv" "$EXAMPLE"
expect_grep "example page has charts" '<figure class="chart"><svg' "$TMP/example.html"
"$GC" extract "$EXAMPLE" > "$TMP/example.jsonl"
expect_exit 0 "hostile page" "$GC" review -o "$TMP/hostile.html" "$HOSTILE"
"$GC" extract "$HOSTILE" > "$TMP/hostile.jsonl"
# GB18030: the page shows the text converted, marks at the original offsets
iconv -f UTF-8 -t GB18030 "$EXAMPLE" > "$TMP/example-gb.txt"
expect_exit 0 "gb18030 page" "$GC" review -o "$TMP/example-gb.html" --no-render "$TMP/example-gb.txt"
"$GC" extract "$TMP/example-gb.txt" > "$TMP/example-gb.jsonl"
expect_grep "gb18030 page shows the text" "地区生产总值由2019年的" "$TMP/example-gb.html"
pages="$TMP/example.html $TMP/hostile.html $TMP/example-gb.html $TMP/norender.html"
groups="$TMP/example.html $EXAMPLE $TMP/example.jsonl utf-8 $TMP/example-gb.html $TMP/example-gb.txt $TMP/example-gb.jsonl gb18030"
shot=""
if [ -f "$SEED" ]; then
    expect_exit 0 "seed page" "$GC" review -o "$TMP/seed.html" "$SEED"
    "$GC" extract "$SEED" > "$TMP/seed.jsonl"
    size=$(wc -c < "$TMP/seed.html")
    if [ "$size" -lt 1000000 ]; then ok; else not_ok "seed page is $size bytes, over 1 MB"; fi
    pages="$TMP/seed.html $pages"
    groups="$TMP/seed.html $SEED $TMP/seed.jsonl utf-8 $groups"
    shot="--shot ${GC_REVIEW_SHOT:-$TMP/seed.png}"
fi

# the report command writes the page too
expect_exit 0 "report writes review.html" "$GC" report -o "$TMP/rep" --no-render "$EXAMPLE"
if [ -s "$TMP/rep/review.html" ]; then ok; else not_ok "report: no review.html"; fi
pages="$pages $TMP/rep/review.html"

# ---- structure ----
# shellcheck disable=SC2086
if $CHECK $pages > "$TMP/check.out" 2>&1; then ok; else not_ok "html_check: $(head -c 1500 "$TMP/check.out")"; fi

# ---- in the browser ----
run_browser() {
    if "$@" > "$TMP/browser.out" 2>&1; then ok; else
        not_ok "browser: $(grep -v '^ok' "$TMP/browser.out" | head -c 2000)"
    fi
    sed -n 's/^   /  review: /p' "$TMP/browser.out"
}
# shellcheck disable=SC2086
run_browser $BROWSER $shot $groups
run_browser $BROWSER --hostile "$TMP/hostile.html" "$HOSTILE" "$TMP/hostile.jsonl" utf-8
