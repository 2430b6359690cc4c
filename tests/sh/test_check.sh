#!/bin/sh
# test_check.sh -- 'growthcheck check' end to end on the seed report, its
# output formats, and every documented failure with its exit status.
. "$(dirname "$0")/lib.sh"

# ---- usage and input errors -------------------------------------------
expect_exit 0 "help" "$GC" check --help
expect_grep "help formula" "(V_B / V_A)^(1/n) - 1" "$TMP/out"
expect_grep "help verdicts" "price_basis" "$TMP/out"
expect_grep "help exit codes" "Exit status" "$TMP/out"
expect_exit 2 "no report" "$GC" check
expect_exit 2 "bad format" "$GC" check --format xml "$SEED"
expect_exit 2 "bad lang" "$GC" check --lang fr "$SEED"
expect_exit 2 "bad rounding" "$GC" check --rounding up "$SEED"
expect_exit 2 "bad gross" "$GC" check --gross-pp abc "$SEED"
expect_exit 2 "negative gross" "$GC" check --gross-pp -1 "$SEED"
expect_exit 2 "bad year" "$GC" check --report-year 12 "$SEED"
expect_exit 2 "unknown option" "$GC" check --bogus "$SEED"
expect_grep "usage points to help" "growthcheck check --help" "$TMP/err"
expect_exit 1 "missing report" "$GC" check "$TMP/nope.txt"
expect_grep "missing report named" "nope.txt" "$TMP/err"
expect_exit 1 "missing table" "$GC" check --indicators "$TMP/nope.tsv" "$SEED"
printf '地区生产总值\tGRP\treal\t-\n' > "$TMP/bad.tsv"
expect_exit 1 "bad table" "$GC" check --indicators "$TMP/bad.tsv" "$SEED"
expect_grep "bad table names file and line" "bad.tsv:1:" "$TMP/err"
expect_grep "bad table says what" "basis 'real'" "$TMP/err"

# ---- the seed report ----------------------------------------------------
# GDP 5908 -> 9500亿元 over 2016-2021: 9.97 % nominal against the stated 7.6 %
# at comparable prices: explained by price basis, deflator 1.0997/1.076 - 1
# = 2.2 % a year.
expect_exit 0 "seed json" "$GC" check --format json "$SEED"
cp "$TMP/out" "$TMP/seed.json"
expect_no_grep "seed json has no nan" "nan" "$TMP/seed.json"
expect_no_grep "seed json has no inf" ": inf" "$TMP/seed.json"
expect_grep "seed price basis" '"reason":	"price_basis"' "$TMP/seed.json"
expect_grep "seed GDP computed" '"value":	9.9655' "$TMP/seed.json"
expect_grep "seed deflator" '"value":	2.198' "$TMP/seed.json"
# 490.2亿元 at 4.9 % over five years => 385.92 in 2016; at 8 % => 453.89 in 2020.
expect_grep "seed budget 2016" '"value":	385.91' "$TMP/seed.json"
expect_grep "seed budget 2020" '"value":	453.88' "$TMP/seed.json"
# 364 -> 313.2万 over five years: -2.96 % a year.
expect_grep "seed population" '"value":	-2.961' "$TMP/seed.json"
# The 2022 target: over 1万亿元 from 9500亿元 needs 5.26 %.
expect_grep "seed target" '"check":	"target"' "$TMP/seed.json"
expect_grep "seed target needs" '"value":	5.263' "$TMP/seed.json"
expect_grep "seed coverage" '"check":	"coverage"' "$TMP/seed.json"

expect_exit 0 "seed csv" "$GC" check --format csv "$SEED"
expect_grep "csv header" "indicator,indicator_en,check,from,to,stated" "$TMP/out"
expect_grep "csv explained" "explained,price_basis" "$TMP/out"
expect_exit 0 "seed table" "$GC" check --format table --lang en "$SEED"
expect_grep "table header" "verdict" "$TMP/out"
expect_grep "table english" "at comparable prices" "$TMP/out"

# A table that calls GDP rates nominal turns the explained gap into a gross
# inconsistency: 7.65 against at least 9.85.
printf '地区生产总值\tGRP\tcurrent\tGDP|生产总值\n' > "$TMP/nominal.tsv"
expect_exit 0 "custom table" "$GC" check --format csv --indicators "$TMP/nominal.tsv" "$SEED"
expect_grep "custom table verdict" "inconsistent,,false,true" "$TMP/out"

# Writing to a full disk is an output error.
if [ -w /dev/full ]; then
    set +e
    "$GC" check --format json "$SEED" > /dev/full 2> "$TMP/err"
    rc=$?
    set -e
    expect_eq "full disk exit" "$rc" 3
fi

# The sentence count reaches the output whichever way the CLI reads (it was
# once lost when the reader wrapped the collecting sink): 22 in the example.
top=$(cd "$(dirname "$0")/../.." && pwd)
"$GC" check --format json "$top/examples/report.txt" > "$TMP/ex.json"
expect_eq "example sentences counted" \
    "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["sentences"])' "$TMP/ex.json")" 22

# A text that writes no year gives claims with year null: the user is told how
# many and how to date them (stderr, exit 0), on extract and in check's
# coverage finding; --report-year dates them and the message goes.
printf '全县地区生产总值增长7.5%%，规模以上工业增加值增长9.2%%。\n' > "$TMP/noyear.txt"
expect_exit 0 "no year extract" "$GC" extract "$TMP/noyear.txt"
expect_grep "no year message" "noyear.txt: 2 of 2 claims have no year" "$TMP/err"
expect_grep "no year says what to do" "give --report-year YEAR" "$TMP/err"
expect_exit 0 "no year check" "$GC" check --format json "$TMP/noyear.txt"
expect_grep "no year in coverage" "2 claims with no year (give --report-year)" "$TMP/out"
expect_exit 0 "no year check zh" "$GC" check --lang zh "$TMP/noyear.txt"
expect_grep "no year in coverage zh" "另有2条说法找不到年份" "$TMP/out"
expect_exit 0 "year given" "$GC" extract --report-year 2021 "$TMP/noyear.txt"
expect_no_grep "year given no message" "no year" "$TMP/err"
expect_exit 0 "year given check" "$GC" check --format json --report-year 2021 "$TMP/noyear.txt"
expect_no_grep "year given no coverage note" "with no year" "$TMP/out"

# An English text that writes no year, given --report-year Y: a release's
# figures are Y's; a review opening with the year before ("Over the past
# year, ...") gives them Y - 1, as a work report does (fixtures 3142, 3143).
FIX="$(dirname "$0")/../fixtures/claims"
expect_exit 0 "en release year given" "$GC" extract --format jsonl --report-year 2031 \
    "$FIX/3142-en-report-year-release-current.txt"
expect_grep "en release is of the year given" '"year":2031' "$TMP/out"
expect_no_grep "en release not the year before" '"year":2030' "$TMP/out"
expect_exit 0 "en review year given" "$GC" extract --format jsonl --report-year 2031 \
    "$FIX/3143-en-report-year-review-past-year.txt"
expect_grep "en review is of the year before" '"year":2030' "$TMP/out"
expect_no_grep "en review not the year given" '"year":2031' "$TMP/out"
