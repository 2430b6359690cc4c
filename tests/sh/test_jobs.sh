#!/bin/sh
# test_jobs.sh -- -j N: many files read on several threads give the same
# output, messages, order and exit code as -j 1, bad files (missing, binary,
# a folder, invalid UTF-8) included; -j's value is checked.
. "$(dirname "$0")/lib.sh"

root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir "$TMP/in" "$TMP/in/adir"
printf 'abc\0def 2021年增长8.1%%。' > "$TMP/in/binary.dat"
printf '地区生产总值增长8.1%%，\377\376财政收入增长5%%。\n' > "$TMP/in/bad-utf.txt"
i=0
files=""
for f in "$root"/tests/fixtures/claims/*.txt "$root"/examples/*.txt "$SEED"; do
    [ -f "$f" ] || continue
    i=$((i + 1))
    cp "$f" "$TMP/in/$i.txt"
    files="$files $TMP/in/$i.txt"
    case $i in
    7) files="$files $TMP/in/missing.txt" ;;
    20) files="$files $TMP/in/binary.dat" ;;
    33) files="$files $TMP/in/adir $TMP/in/bad-utf.txt" ;;
    esac
done
good=""
for f in $files; do case $f in *[0-9].txt) good="$good $f" ;; esac; done

# run NAME ARGS...: stdout, stderr and the exit code into $TMP/NAME.*
run() {
    name=$1
    shift
    set +e
    "$GC" "$@" > "$TMP/$name.out" 2> "$TMP/$name.err"
    echo $? > "$TMP/$name.rc"
    set -e
}

for fmt in jsonl csv json table; do
    for j in 1 2 8; do
        run "$fmt$j" extract --format "$fmt" -j "$j" $files
    done
    for j in 2 8; do
        expect_eq "extract $fmt -j $j: exit code as -j 1" "$(cat "$TMP/$fmt$j.rc")" "$(cat "$TMP/${fmt}1.rc")"
        if cmp -s "$TMP/$fmt$j.out" "$TMP/${fmt}1.out"; then ok; else
            not_ok "extract $fmt -j $j: output differs from -j 1"; fi
        if cmp -s "$TMP/$fmt$j.err" "$TMP/${fmt}1.err"; then ok; else
            not_ok "extract $fmt -j $j: messages differ from -j 1"; fi
    done
done
expect_eq "bad files give exit 1" "$(cat "$TMP/jsonl1.rc")" 1
# every bad file is reported, in input order, and the good ones still read
order=$(grep -v -e 'grammar does not read' -e 'claims have no year' "$TMP/jsonl8.err" | sed -n 's/^growthcheck: \([^:]*\):.*/\1/p' \
        | sed 's|.*/||' | tr '\n' ' ')
expect_eq "every bad file reported, in input order" "$order" \
    "missing.txt binary.dat adir bad-utf.txt "
run jsonl_good extract --format jsonl -j 1 $good
n_all=$(grep -c '' "$TMP/jsonl1.out")
n_good=$(grep -c '' "$TMP/jsonl_good.out")
# the claims of bad-utf.txt before its bad byte are written too
expect_eq "good files still read past bad ones" "$((n_all >= n_good))" 1
expect_grep "claims of the last file are written" '"file":"'"$TMP/in/$i.txt"'"' "$TMP/jsonl8.out"

# the commands that check: the same findings whatever -j; the first bad file
# stops them with the same message
for cmd in "check --format json" "series --format csv"; do
    run c1 $cmd -j 1 $good
    run c4 $cmd -j 4 $good
    expect_eq "$cmd -j 4: exit 0" "$(cat "$TMP/c4.rc")" 0
    if cmp -s "$TMP/c1.out" "$TMP/c4.out"; then ok; else not_ok "$cmd -j 4: output differs"; fi
    run c1 $cmd -j 1 $files
    run c4 $cmd -j 4 $files
    expect_eq "$cmd -j 4 with bad files: exit 1" "$(cat "$TMP/c4.rc")" 1
    if cmp -s "$TMP/c1.err" "$TMP/c4.err"; then ok; else not_ok "$cmd -j 4: messages differ"; fi
    expect_grep "$cmd stops at the first bad file" "missing.txt: cannot open" "$TMP/c4.err"
done

# standard input among files
printf '2020年地区生产总值增长8.1%%。\n' | "$GC" extract --format jsonl -j 4 "$TMP/in/1.txt" - "$TMP/in/2.txt" \
    > "$TMP/stdin4.out"
printf '2020年地区生产总值增长8.1%%。\n' | "$GC" extract --format jsonl -j 1 "$TMP/in/1.txt" - "$TMP/in/2.txt" \
    > "$TMP/stdin1.out"
if cmp -s "$TMP/stdin1.out" "$TMP/stdin4.out"; then ok; else not_ok "stdin among files differs"; fi
expect_grep "stdin read in its place" '"file":"-"' "$TMP/stdin4.out"

# -j's value
expect_exit 2 "-j 0" "$GC" extract -j 0 "$TMP/in/1.txt"
expect_grep "-j 0 names the option" "--jobs '0'" "$TMP/err"
expect_exit 2 "-j x" "$GC" check --jobs x "$TMP/in/1.txt"
expect_exit 0 "-j larger than the files" "$GC" extract -j 64 "$TMP/in/1.txt"
