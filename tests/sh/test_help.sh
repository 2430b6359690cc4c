#!/bin/sh
# test_help.sh -- the documentation cannot drift from the options: every long
# option a command accepts (its getopt_long table in cli/cmd_NAME.c) appears
# in that command's --help and in the man page, and every --help ends with
# the exit codes.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
# the man page with roff's escaped hyphens (\-) made plain
sed 's/\\-/-/g' "$top/doc/growthcheck.1" > "$TMP/man.txt"

expect_exit 0 "growthcheck --help" "$GC" --help
expect_grep "top help lists report" "report" "$TMP/out"
expect_grep "top help has exit codes" "Exit status:" "$TMP/out"
expect_exit 0 "growthcheck --version" "$GC" --version
expect_grep "version" "growthcheck " "$TMP/out"
expect_exit 2 "no command" "$GC"
expect_exit 2 "unknown command" "$GC" frobnicate
expect_grep "unknown command message" "unknown command 'frobnicate'" "$TMP/err"

for cmd in extract check plot series report review cagr; do
    expect_exit 0 "$cmd --help" "$GC" "$cmd" --help
    cp "$TMP/out" "$TMP/help-$cmd"
    expect_grep "$cmd --help has exit codes" "Exit status:" "$TMP/help-$cmd"
    expect_grep "man page documents $cmd" "growthcheck $cmd" "$top/doc/growthcheck.1"
    # long options from the getopt_long table: lines like { "name", ...
    for opt in $(sed -n 's/^ *{ *"\([a-z][a-z-]*\)", *\(no\|required\|optional\)_argument.*/\1/p' \
                 "$top/cli/cmd_$cmd.c"); do
        expect_grep "$cmd --help documents --$opt" "--$opt" "$TMP/help-$cmd"
        if grep -qF -- "--$opt" "$TMP/man.txt"; then ok; else
            not_ok "man page does not document $cmd --$opt"
        fi
    done
    expect_exit 2 "$cmd rejects an unknown option" "$GC" "$cmd" --no-such-option
    expect_grep "$cmd names the bad option" "no-such-option" "$TMP/err"
    expect_grep "$cmd points to --help" "growthcheck $cmd --help" "$TMP/err"
done
