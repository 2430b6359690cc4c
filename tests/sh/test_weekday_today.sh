#!/bin/sh
# test_weekday_today.sh -- a text that writes no year but a date with its
# weekday takes the latest year up to "now" that fits; SOURCE_DATE_EPOCH, when
# set, stands for now, so the same text reads the same on any later day.
. tests/sh/lib.sh

printf 'Berlin, Nov. 2 (dpa) - Exports fell 1.4%% month-on-month in September, official data showed on Wednesday.\n' > "$TMP/w.txt"
year_at() {   # year_at EPOCH: the year extract gives the figure when now is EPOCH
    SOURCE_DATE_EPOCH=$1 "$GC" extract --format csv "$TMP/w.txt" | awk -F, 'NR == 2 { print $3 }'
}
# 2 November fell on a Wednesday in 2011, 2016, 2022 and 2033.
expect_eq "now in December 2026" "$(year_at 1796083200)" 2022
expect_eq "now in 2034" "$(year_at 2019686400)" 2033
expect_eq "now in 2020" "$(year_at 1577836800)" 2016
# A variable that is no count of seconds is ignored: the clock decides, and
# the year is one of the fitting ones.
case "$(year_at yesterday)" in
2022|2033|2039|2044|2050) ok ;;
*) not_ok "unreadable SOURCE_DATE_EPOCH: year $(year_at yesterday)" ;;
esac
# --report-year always wins over a date its weekday fixes (and the title's
# own year wins over it without the option).
printf 'Economic Bulletin 2016\nWednesday, March 15\nRetail sales rose 3.2%% in February from a year earlier.\n' > "$TMP/b.txt"
expect_eq "--report-year over a weekday's date" \
    "$(SOURCE_DATE_EPOCH=1796083200 "$GC" extract --format csv --report-year 2020 "$TMP/b.txt" | awk -F, 'NR == 2 { print $3 }')" 2020
