#!/bin/sh
# test_bad_input.sh -- the bad-input matrix: each input nobody here wrote gets
# either claims or a clear message naming the file, with the documented exit
# code; never a crash, a hang or a half-written file.
. "$(dirname "$0")/lib.sh"

good='地区生产总值由2016年的5908亿元增至9500亿元，年均增长7.6%。'

# -- reports ---------------------------------------------------------------
: > "$TMP/empty.txt"
expect_exit 0 "empty file" "$GC" extract --format jsonl "$TMP/empty.txt"
expect_eq "empty file gives no claims" "$(wc -c < "$TMP/out" | tr -d ' ')" 0

printf '  \n\t\n\n   \r\n' > "$TMP/blank.txt"
expect_exit 0 "only whitespace" "$GC" extract --format jsonl "$TMP/blank.txt"
expect_eq "only whitespace gives no claims" "$(wc -c < "$TMP/out" | tr -d ' ')" 0

mkdir "$TMP/adir"
expect_exit 1 "a directory" "$GC" extract "$TMP/adir"
expect_grep "directory message" "adir: is a directory" "$TMP/err"

expect_exit 1 "missing file" "$GC" extract "$TMP/nope.txt"
expect_grep "missing file message" "growthcheck: $TMP/nope.txt: cannot open" "$TMP/err"

# Root reads anything, so the unreadable file is opened as an unprivileged
# user.  That user may not be able to reach the checkout (a clone under /root
# or a mktemp -d folder), so the binary and the file are copied to a folder of
# their own under /tmp that everyone can enter.
printf '%s\n' "$good" > "$TMP/secret.txt"
chmod 000 "$TMP/secret.txt"
if [ "$(id -u)" = 0 ]; then
    NOBODY_DIR=$(mktemp -d /tmp/gc-nobody.XXXXXX)
    cp "$GC_REAL" "$NOBODY_DIR/growthcheck"
    cp "$TMP/secret.txt" "$NOBODY_DIR/secret.txt"
    chmod 755 "$NOBODY_DIR" "$NOBODY_DIR/growthcheck"
    chmod 000 "$NOBODY_DIR/secret.txt"
    as_nobody="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    if command -v setpriv >/dev/null 2>&1 &&
       $as_nobody "$NOBODY_DIR/growthcheck" --version >/dev/null 2>&1; then
        expect_exit 1 "no read permission" $as_nobody \
            "$NOBODY_DIR/growthcheck" extract "$NOBODY_DIR/secret.txt"
        expect_grep "permission message" "Permission denied" "$TMP/err"
    else
        echo "test_bad_input.sh: skipped the unreadable-file case: no unprivileged user can run a copy of the binary here (setpriv missing or /tmp not usable)" >&2
    fi
    rm -rf "$NOBODY_DIR"
else
    expect_exit 1 "no read permission" "$GC" extract "$TMP/secret.txt"
    expect_grep "permission message" "Permission denied" "$TMP/err"
fi

printf 'abc\000def\000\000\001\002' > "$TMP/nul.bin"
expect_exit 1 "NUL bytes" "$GC" extract "$TMP/nul.bin"
expect_grep "binary message" "not a text file" "$TMP/err"

# invalid UTF-8 (a lone continuation byte) in the middle of a sentence
printf '地区生产总值由2016年的5908亿元\377增至9500亿元。\n' > "$TMP/bad-utf8.txt"
expect_exit 1 "invalid UTF-8" "$GC" extract --encoding utf-8 "$TMP/bad-utf8.txt"
expect_grep "invalid UTF-8 names the byte" "41" "$TMP/err"
expect_grep "invalid UTF-8 says what to do" "--encoding" "$TMP/err"

printf '%s\n' "$good" | iconv -f UTF-8 -t GB18030 > "$TMP/gb.txt"
expect_exit 0 "GB18030 text" "$GC" extract --format jsonl "$TMP/gb.txt"
expect_grep "GB18030 claims decoded" '"indicator":"地区生产总值"' "$TMP/out"

printf '%s\n' "$good" | iconv -f UTF-8 -t UTF-16 > "$TMP/utf16.txt"
"$GC" extract --format jsonl "$TMP/utf16.txt" > "$TMP/out" 2> "$TMP/err" && rc=0 || rc=$?
if [ "$rc" = 0 ]; then
    expect_grep "UTF-16 converted" '"value":5908' "$TMP/out"
else
    expect_eq "UTF-16 refused as bad data" "$rc" 1
    expect_grep "UTF-16 message" "UTF-16" "$TMP/err"
fi

printf '%s\r\n%s\r\n' "$good" "$good" > "$TMP/crlf.txt"
printf '%s\n%s\n' "$good" "$good" > "$TMP/lf.txt"
"$GC" extract --format jsonl "$TMP/crlf.txt" | sed 's/"source".*//' > "$TMP/crlf.out"
"$GC" extract --format jsonl "$TMP/lf.txt" | sed 's/"source".*//' > "$TMP/lf.out"
if cmp -s "$TMP/crlf.out" "$TMP/lf.out" && [ -s "$TMP/lf.out" ]; then ok; else
    not_ok "CRLF gives the same claims as LF"
fi

# 50 MB with no line break: claims or an error, within a time limit, and
# without holding the whole line in memory.
python3 -c "
import sys
s = '某指标增长1%，'.encode()
sys.stdout.buffer.write(s * (50 * 1024 * 1024 // len(s)))" > "$TMP/long.txt"
expect_exit 0 "50 MB line" "$GC" extract --format jsonl "$TMP/long.txt"

python3 -c "print('收入由2016年的' + '9' * 1000 + '亿元增至1亿元。')" > "$TMP/digits.txt"
expect_exit 0 "1000-digit number" "$GC" extract --format jsonl "$TMP/digits.txt"
expect_no_grep "no infinity" ':inf' "$TMP/out"
expect_no_grep "no negative infinity" ':-inf' "$TMP/out"
expect_no_grep "no NaN" ':nan' "$TMP/out"

printf '收入由2016年的5亿亿元增至9亿亿元。\n' > "$TMP/yiyi.txt"
expect_exit 0 "亿亿" "$GC" extract --format jsonl "$TMP/yiyi.txt"

# -- series files ----------------------------------------------------------
series_bad() {  # NAME CONTENT LINE PHRASE
    printf "$2" > "$TMP/s.csv"
    expect_exit 1 "series: $1" "$GC" check --series "$TMP/s.csv" --format json "$TMP/lf.txt"
    expect_grep "series: $1 names the line" "s.csv:$3:" "$TMP/err"
    expect_grep "series: $1 says why" "$4" "$TMP/err"
}
H='indicator,year,value,unit,basis\n'
series_bad "1e309" "${H}GDP,2016,1e309,亿元,current\n" 2 "1e309"
series_bad "NaN" "${H}GDP,2016,NaN,亿元,current\n" 2 "NaN"
series_bad "inf" "${H}GDP,2016,inf,亿元,current\n" 2 "inf"
series_bad "missing column" "${H}GDP,2016,5908\n" 2 "column"
series_bad "duplicated year" "${H}GDP,2016,5908,亿元,current\nGDP,2016,5909,亿元,current\n" 3 "2016"
series_bad "non-numeric year" "${H}GDP,x2016,5908,亿元,current\n" 2 "x2016"

printf "${H}GDP,2016,-0,亿元,current\n" > "$TMP/s.csv"
expect_exit 0 "series: -0 accepted" "$GC" check --series "$TMP/s.csv" --format json "$TMP/lf.txt"

printf "${H}\"GDP, \"\"total\"\"\nof the district\",2016,5908,亿元,current\n" > "$TMP/s.csv"
expect_exit 0 "series: quoted field with comma and newline" \
    "$GC" check --series "$TMP/s.csv" --format json "$TMP/lf.txt"

# -- arithmetic ------------------------------------------------------------
expect_exit 1 "zero base" "$GC" cagr 0 9500 --from 2016 --to 2021
expect_grep "zero base says why" "base" "$TMP/err"
expect_exit 1 "negative base" "$GC" cagr --from 2016 --to 2021 -- -5 9500
expect_grep "negative base says why" "base" "$TMP/err"

# -- output ----------------------------------------------------------------
expect_exit 3 "stdout is a full disk" sh -c "\"$GC\" extract --format jsonl \"$TMP/lf.txt\" > /dev/full"
expect_grep "full disk message" "write error" "$TMP/err"

printf 'x' > "$TMP/afile"
expect_exit 3 "output folder is a file" "$GC" report -o "$TMP/afile/out" --no-render "$TMP/lf.txt"
expect_grep "output folder message" "afile" "$TMP/err"

# A file size limit stands in for a full disk: report must fail with exit 3,
# leave no partial file, and keep the earlier outputs whole.
mkdir -p "$TMP/rep"
expect_exit 0 "report before the limit" "$GC" report -o "$TMP/rep" --no-render "$TMP/lf.txt"
cp "$TMP/rep/findings.json" "$TMP/findings.before"
python3 -c "print('$good' * 2000)" > "$TMP/big.txt"
expect_exit 3 "report past a file size limit" sh -c "ulimit -f 8; \"$GC\" report -o \"$TMP/rep\" --no-render \"$TMP/big.txt\""
if ls "$TMP/rep" | grep -q '\.tmp\.'; then not_ok "temporary file left behind"; else ok; fi
if cmp -s "$TMP/findings.before" "$TMP/rep/findings.json" || python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$TMP/rep/findings.json"; then ok; else
    not_ok "findings.json is whole after a failed run"
fi
