#!/bin/sh
# test_plot_hostile.sh -- names in a report that try to run a command or
# break a gnuplot script: nothing runs, the charts still render, and every
# script reruns by itself.  (tests/unit/test_plots.c feeds plots_write the
# same names directly, also as units and English names.)
. "$(dirname "$0")/lib.sh"
PNG="python3 $(pwd)/tests/check_png.py"

cat > "$TMP/hostile.txt" <<'REPORT'
区政府工作报告

过去五年，x`touch pwned`收入由2016年的100亿元增至2021年的150亿元，2016年至2021年年均增长8.4%。
a'; system("touch pwned"); '收入由2016年的50亿元增至2021年的80亿元，2016年至2021年年均增长9.9%。
@macro收入由2016年的10亿元增至2021年的20亿元，2016年至2021年年均增长14.9%。
x^2_{i}\101收入由2016年的30亿元增至2021年的40亿元，2016年至2021年年均增长5.9%。
两行
名称收入由2016年的60亿元增至2021年的70亿元，2016年至2021年年均增长3.1%。
REPORT

# The folder name is hostile too; scripts never contain it.
out="$TMP/out\`touch pwned\`'x"
expect_exit 0 "render" "$GC" plot -o "$out" --font "Noto Sans CJK SC'; system('touch pwned'); '" \
    "$TMP/hostile.txt"
found=$(find "$TMP" "$(pwd)" -maxdepth 3 -name pwned 2>/dev/null | head -n 1)
expect_eq "nothing ran" "$found" ""
if [ -f "$out/claims.png" ]; then ok; else not_ok "no claims.png: $(head -c 300 "$TMP/err")"; fi
if $PNG 1600 900 "$out"/*.png 2> "$TMP/png.err"; then ok; else not_ok "PNGs: $(cat "$TMP/png.err")"; fi
# Some hostile text did reach the scripts, as single-quoted literals.
if grep -q "touch pwned" "$out"/*.gp; then ok; else not_ok "no hostile name reached a script"; fi
expect_no_grep "no double quotes around text" 'title "' "$out/claims.gp"

for gp in "$out"/*.gp; do
    if (cd "$out" && gnuplot "$(basename "$gp")") > "$TMP/rerun.err" 2>&1; then ok; else
        not_ok "rerun $(basename "$gp"): $(head -c 300 "$TMP/rerun.err")"
    fi
done
found=$(find "$TMP" "$(pwd)" -maxdepth 3 -name pwned 2>/dev/null | head -n 1)
expect_eq "nothing ran on rerun" "$found" ""
