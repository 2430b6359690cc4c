#!/bin/sh
# test_cagr.sh -- 'growthcheck cagr': the rate and its rounding interval,
# worked out by hand, and every documented failure with its exit status.
. "$(dirname "$0")/lib.sh"

# 5908 -> 9500 over 2016-2021: (9500/5908)^(1/5) - 1 = 9.9655 %; 5908 is
# +-0.5 and 9500 +-50, so (9450/5908.5)^0.2 - 1 = 9.848 % to
# (9550/5907.5)^0.2 - 1 = 10.083 %.
expect_exit 0 "seed GDP" "$GC" cagr 5908 9500 --from 2016 --to 2021
expect_grep "seed GDP rate" "9.97% [9.85, 10.08]" "$TMP/out"
expect_grep "seed GDP n" "n = 5" "$TMP/out"
# The population fall 364 -> 313.2 (万): -2.9615 % a year.
expect_exit 0 "population" "$GC" cagr 364 313.2 --years 5
expect_grep "population rate" "-2.96%" "$TMP/out"
# Written to one decimal (9500.0) the interval narrows: +-0.05 and +-0.5.
expect_exit 0 "exact end" "$GC" cagr 5908 9500.0 --from 2016 --to 2021
expect_grep "exact end interval" "[9.96, 9.97]" "$TMP/out"
# 累计法: 100.0 then 110.0 and 121.0: x + x^2 = 2.31, x = 1.1, r = 10 %.
expect_exit 0 "cumulative" "$GC" cagr 100.0 110.0 121.0 --from 2020 --to 2022 --method cumulative
expect_grep "cumulative rate" "10% [9.9" "$TMP/out"
expect_grep "cumulative named" "累计法" "$TMP/out"
# Truncation: 100.0 stands for [100.0, 100.1] and 121.0 for [121.0, 121.1]:
# (121.0/100.1)^0.5 - 1 = 9.945 % to (121.1/100.0)^0.5 - 1 = 10.045 %.
expect_exit 0 "truncate" "$GC" cagr 100.0 121.0 --years 2 --rounding truncate
expect_grep "truncate rate" "10% [9.95, 10.05]" "$TMP/out"

# The values are read by the library's number reader, as a report's are:
# 五千 is 5000 (+-500: two trailing zeros) and 1,203 is 1203 (+-0.5);
# a unit or a second number after the figure is refused.
expect_exit 0 "chinese numeral" "$GC" cagr 五千 6000 --years 2
expect_grep "chinese numeral rate" "9.54% [0, 20.19]" "$TMP/out"
expect_exit 0 "thousands group" "$GC" cagr 1,203 2000 --years 2
expect_grep "thousands group rate" "28.94%" "$TMP/out"
expect_exit 2 "unit refused" "$GC" cagr 5 9500亿 --years 1
expect_exit 2 "trailing text" "$GC" cagr 5 95x --years 1

# Zero and negative bases: a clear message and exit 1, never NaN.
expect_exit 1 "zero base" "$GC" cagr 0 9500 --years 5
expect_grep "zero base message" "base must be positive" "$TMP/err"
expect_no_grep "zero base no nan" "nan" "$TMP/out"
expect_exit 1 "negative base" "$GC" cagr --years 2 -- -5 10
expect_exit 1 "sign change" "$GC" cagr --years 2 -- 5 -10

# Usage errors: exit 2 with a pointer to --help.
expect_exit 2 "bad number" "$GC" cagr abc 9500 --years 5
expect_grep "bad number message" "'abc' is not a number" "$TMP/err"
expect_exit 2 "no span" "$GC" cagr 1 2
expect_exit 2 "span backwards" "$GC" cagr 1 2 --from 2021 --to 2016
expect_exit 2 "both spans" "$GC" cagr 1 2 --from 2016 --to 2021 --years 5
expect_exit 2 "three values" "$GC" cagr 1 2 3 --years 5
expect_exit 2 "cumulative count" "$GC" cagr 1 2 --from 2016 --to 2021 --method cumulative
expect_exit 2 "bad method" "$GC" cagr 1 2 --years 1 --method geometric
expect_exit 2 "bad rounding" "$GC" cagr 1 2 --years 1 --rounding up
expect_exit 2 "unknown option" "$GC" cagr 1 2 --years 1 --bogus
expect_grep "usage points to help" "growthcheck cagr --help" "$TMP/err"
expect_exit 2 "zero years" "$GC" cagr 1 2 --years 0
expect_exit 0 "help" "$GC" cagr --help
expect_grep "help formula" "(V1 / V0)^(1/n) - 1" "$TMP/out"
expect_grep "help exit codes" "Exit status" "$TMP/out"
if [ -w /dev/full ]; then
    set +e
    "$GC" cagr 5908 9500 --years 5 > /dev/full 2> "$TMP/err"
    rc=$?
    set -e
    expect_eq "full disk exit" "$rc" 3
fi
