#!/bin/sh
# test_plot.sh -- growthcheck plot end to end with the real gnuplot: the
# seed and the example report render every chart as valid PNGs of the
# requested size, each script reruns alone from its folder, and every
# documented failure gives its exit code.
. "$(dirname "$0")/lib.sh"
PNG="python3 $(pwd)/tests/check_png.py"

# rerun_all DIR -- runs plain "gnuplot FILE.gp" for every chart script in
# DIR, from DIR; counts a failure per script that fails.
rerun_all() {
    for gp in "$1"/*.gp; do
        case $gp in */render-all.gp) continue ;; esac
        if (cd "$1" && gnuplot "$(basename "$gp")") > "$TMP/rerun.err" 2>&1; then ok; else
            not_ok "rerun $(basename "$gp"): $(head -c 300 "$TMP/rerun.err")"
        fi
    done
}

# ---- help and usage ----
expect_exit 0 "help" "$GC" plot --help
for opt in -o --series --plot-format --size --font-size --font --lang --gnuplot --no-render \
           --encoding --report-year "Exit status"; do
    expect_grep "help names $opt" "$opt" "$TMP/out"
done
expect_exit 2 "no report" "$GC" plot -o "$TMP/x"
expect_exit 2 "bad size" "$GC" plot --size 10x10 "$SEED"
expect_exit 2 "size not WxH" "$GC" plot --size 1600 "$SEED"
expect_exit 2 "bad format" "$GC" plot --plot-format png,gif "$SEED"
expect_exit 2 "empty format" "$GC" plot --plot-format , "$SEED"
expect_exit 2 "bad lang" "$GC" plot --lang fr "$SEED"
expect_exit 2 "bad font size" "$GC" plot --font-size 0 "$SEED"
expect_exit 2 "unknown option" "$GC" plot --colour red "$SEED"
expect_grep "usage names the option" "--colour" "$TMP/err"
expect_exit 1 "missing report" "$GC" plot -o "$TMP/x" "$TMP/no-such-report.txt"

# ---- the seed: every chart, valid PNGs, scripts rerun ----
expect_exit 0 "seed" "$GC" plot -o "$TMP/seed" "$SEED"
expect_grep "seed summary" "charts written to $TMP/seed/" "$TMP/out"
for f in claims index shares render-all; do
    if [ -f "$TMP/seed/$f.gp" ]; then ok; else not_ok "seed: no $f.gp"; fi
done
if ls "$TMP/seed"/trajectory-*.png > /dev/null 2>&1; then ok; else not_ok "seed: no trajectory"; fi
for gp in "$TMP/seed"/*.gp; do
    case $gp in */render-all.gp) continue ;; esac
    if [ -f "${gp%.gp}.dat" ] && [ -f "${gp%.gp}.png" ]; then ok; else
        not_ok "seed: $(basename "$gp") lacks its .dat or .png"
    fi
done
if $PNG 1600 900 "$TMP/seed"/*.png 2> "$TMP/png.err"; then ok; else not_ok "seed PNGs: $(cat "$TMP/png.err")"; fi
rm -f "$TMP/seed"/*.png
rerun_all "$TMP/seed"
if $PNG 1600 900 "$TMP/seed"/*.png 2> "$TMP/png.err"; then ok; else not_ok "rerun PNGs: $(cat "$TMP/png.err")"; fi
# The scripts reach their data by relative paths only.
expect_no_grep "no absolute paths" "$TMP/seed" "$TMP/seed/claims.gp"

# ---- sizes and formats ----
expect_exit 0 "size and formats" "$GC" plot -o "$TMP/small" --size 800x450 --font-size 10 \
    --plot-format png,svg,pdf "$SEED"
if $PNG 800 450 "$TMP/small"/*.png 2> "$TMP/png.err"; then ok; else not_ok "800x450: $(cat "$TMP/png.err")"; fi
expect_grep "svg size" 'width="800" height="450"' "$TMP/small/claims.svg"
if head -c 5 "$TMP/small/claims.pdf" | grep -q '%PDF-'; then ok; else not_ok "claims.pdf is not a PDF"; fi

# ---- the example report, official series, English labels ----
expect_exit 0 "example en" "$GC" plot -o "$TMP/ex" --lang en --series examples/series.csv \
    examples/report.txt
expect_grep "english axis" "set ylabel 'index (base year = 100)'" "$TMP/ex/index.gp"
# A growth path is labelled in the chart's language from the row's fields:
# 1850 -> 2480 亿元 over 2019-2024 is (2480/1850)^(1/5) - 1 = 6.04% a year.
GDP_GP="$TMP/ex/trajectory-gross-regional-product.gp"
expect_grep "english path label" "title 'constant growth at the endpoint CAGR 6.04%'" "$GDP_GP"
expect_grep "key below the plot" "set key below" "$GDP_GP"
expect_exit 0 "example zh" "$GC" plot -o "$TMP/exzh" --no-render examples/report.txt
GDP_GP="$TMP/exzh/trajectory-gross-regional-product.gp"
expect_grep "chinese path label" "title '按端点年均增速6.04%的匀速增长路径'" "$GDP_GP"
for gp in "$TMP/exzh"/trajectory-*.gp; do
    expect_no_grep "no English derivation in $(basename "$gp")" "constant growth" "$gp"
done
if grep -l "title 'official series'" "$TMP/ex"/trajectory-*.gp > /dev/null; then ok; else
    not_ok "example: no trajectory draws the official series"
fi
if $PNG 1600 900 "$TMP/ex"/*.png 2> "$TMP/png.err"; then ok; else not_ok "example PNGs: $(cat "$TMP/png.err")"; fi

# ---- gnuplot missing or not run ----
expect_exit 4 "gnuplot missing" "$GC" plot -o "$TMP/nognu" --gnuplot /nonexistent/gnuplot "$SEED"
expect_grep "install hint" "apt-get install gnuplot-nox" "$TMP/err"
if [ -f "$TMP/nognu/render-all.gp" ] && [ -f "$TMP/nognu/claims.gp" ] \
   && [ -f "$TMP/nognu/claims.dat" ]; then ok; else not_ok "gnuplot missing: scripts not written"; fi
if ls "$TMP/nognu"/*.png > /dev/null 2>&1; then not_ok "gnuplot missing: images appeared"; else ok; fi
expect_exit 0 "no render" "$GC" plot -o "$TMP/norender" --no-render "$SEED"
expect_grep "no render summary" "render them with" "$TMP/out"
if ls "$TMP/norender"/*.png > /dev/null 2>&1; then not_ok "--no-render drew images"; else ok; fi
(cd "$TMP/norender" && gnuplot render-all.gp) > /dev/null 2>&1 && ok || not_ok "render-all.gp by hand"
if $PNG 1600 900 "$TMP/norender"/*.png 2> "$TMP/png.err"; then ok; else not_ok "by hand: $(cat "$TMP/png.err")"; fi

# ---- the output folder ----
mkdir -p "$TMP/kept"
echo mine > "$TMP/kept/notes.txt"
expect_exit 0 "existing folder" "$GC" plot -o "$TMP/kept" --no-render "$SEED"
expect_eq "folder not emptied" "$(cat "$TMP/kept/notes.txt")" "mine"
: > "$TMP/afile"
expect_exit 3 "output is a file" "$GC" plot -o "$TMP/afile" "$SEED"
expect_exit 0 "nested folder" "$GC" plot -o "$TMP/a/b/c" --no-render "$SEED"
