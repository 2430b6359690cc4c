#!/bin/sh
# test_review_lang.sh -- the review page's definitions and implied values
# follow its language: every finding of the analysis golden reports and the
# examples shows a Chinese definition, and implied values named and derived
# in Chinese, on a Chinese page (formula letters only, no English words) and
# analysis' English on an English page.
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
    # an implied value: what it is, its figure and how it was derived
    grep -o '<dt>推算</dt><dd>.*</dd>' "$TMP/$n.html" | sed 's/<[^>]*>//g' > "$TMP/implied"
    if grep -E '[A-Za-z]{3,}' "$TMP/implied" | grep -vE '^[^A-Za-z]*([A-Za-z]{1,2}|ln)([^A-Za-z]+([A-Za-z]{1,2}|ln))*[^A-Za-z]*$' > "$TMP/eng"; then
        not_ok "$name: English in a Chinese implied value: $(head -n 2 "$TMP/eng")"
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

# implied values of the seed-like report in both languages: the derivation's
# terms in Chinese, the same in analysis' English on an English page
expect_exit 0 "review memo.txt (zh)" "$GC" review --no-render --lang zh -o "$TMP/m.html" \
    "$ROOT/tests/summary/memo.txt"
expect_grep "an implied volume in Chinese" \
    "<dt>推算</dt><dd>2005年不变价物量：22.99亿元 [22.9, 23.08] <span class=\"src\">2010年总量 + 2005—2010年年均增速（可比价增速：按该总量年份价格计算的物量）" \
    "$TMP/m.html"
expect_exit 0 "review memo.txt (en)" "$GC" review --no-render --lang en -o "$TMP/m-en.html" \
    "$ROOT/tests/summary/memo.txt"
expect_grep "the same in English" \
    "volume at constant prices 2005: 22.99亿元 [22.9, 23.08] <span class=\"src\">level 2010 + growth_avg 2005-2010 (a comparable-price rate" \
    "$TMP/m-en.html"
# an open side as the tables write it, on the page too
expect_exit 0 "review open.txt" "$GC" review --no-render --lang zh -o "$TMP/o.html" \
    "$ROOT/tests/summary/open.txt"
expect_grep "an open side, (…, hi]" "2020年不变价物量：1111.11亿元 (…, 1162.79]" "$TMP/o.html"
expect_grep "a year-on-year rate by its year" "2021年总量 + 2021年比上年增速" "$TMP/o.html"
# a unit written in words stands after a space; a sign or an ideograph does not
expect_exit 0 "review report-en.txt" "$GC" review --no-render -o "$TMP/en.html" "$ROOT/examples/report-en.txt"
expect_grep "a unit in words after a space" "7.9 percent [7.85, 7.95]" "$TMP/en.html"
expect_no_grep "no number glued to a word unit" "7.9percent" "$TMP/en.html"
expect_grep "a sign glued to its number" "The stated 7.9% for" "$TMP/en.html"
expect_no_grep "an ideograph unit glued to its number" "1111.11 亿元" "$TMP/o.html"
