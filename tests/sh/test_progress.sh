#!/bin/sh
# test_progress.sh -- with many files the progress line goes to stderr when it
# is a terminal (script(1) provides one) and counts every claim, also when
# extract streams them out; when stderr is not a terminal, nothing.
. "$(dirname "$0")/lib.sh"

good='地区生产总值由2016年的5908亿元增至9500亿元，年均增长7.6%。'
for i in 1 2 3 4; do printf '%s\n' "$good" > "$TMP/r$i.txt"; done
files="$TMP/r1.txt $TMP/r2.txt $TMP/r3.txt $TMP/r4.txt"

for cmd in "extract --format jsonl" "check --format json"; do
    script -qc "$GC $cmd $files > /dev/null" /dev/null > "$TMP/tty" 2>&1 || true
    expect_grep "$cmd: progress names the last file" "[4/4] $TMP/r4.txt" "$TMP/tty"
    expect_grep "$cmd: progress counts the claims" "12 claims" "$TMP/tty"
    expect_exit 0 "$cmd without a terminal" sh -c "$GC $cmd $files > /dev/null"
    expect_eq "$cmd: no progress without a terminal" "$(wc -c < "$TMP/err" | tr -d ' ')" 0
done
