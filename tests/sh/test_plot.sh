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
           --style --encoding --report-year "Exit status"; do
    expect_grep "help names $opt" "$opt" "$TMP/out"
done
expect_exit 2 "no report" "$GC" plot -o "$TMP/x"
expect_exit 2 "bad size" "$GC" plot --size 10x10 "$SEED"
expect_exit 2 "size not WxH" "$GC" plot --size 1600 "$SEED"
expect_exit 2 "bad format" "$GC" plot --plot-format png,gif "$SEED"
expect_exit 2 "empty format" "$GC" plot --plot-format , "$SEED"
expect_exit 2 "bad lang" "$GC" plot --lang fr "$SEED"
expect_exit 2 "bad font size" "$GC" plot --font-size 0 "$SEED"
expect_exit 2 "bad style" "$GC" plot --style poster "$SEED"
expect_grep "style usage names the choices" "default, slide or print" "$TMP/err"
expect_exit 2 "unknown option" "$GC" plot --colour red "$SEED"
expect_grep "usage names the option" "--colour" "$TMP/err"
expect_exit 1 "missing report" "$GC" plot -o "$TMP/x" "$TMP/no-such-report.txt"

# ---- the seed: every chart, valid PNGs, scripts rerun ----
expect_exit 0 "seed" "$GC" plot -o "$TMP/seed" "$SEED"
expect_grep "seed summary" "charts written to $TMP/seed/" "$TMP/out"
for f in claims growth-compared shares gdp render-all; do
    if [ -f "$TMP/seed/$f.gp" ]; then ok; else not_ok "seed: no $f.gp"; fi
done
# File names from the indicator's short English name, never a hash.
for f in gdp general-budget-revenue population; do
    if [ -f "$TMP/seed/$f.png" ]; then ok; else not_ok "seed: no $f.png"; fi
done
mkdir -p "$TMP/hashy"
: > "$TMP/hashy/chart-3f9a2c1d.png"
if python3 "$(pwd)/tests/chart_files_check.py" "$TMP/hashy" 2> /dev/null; then
    not_ok "chart_files_check accepts a hash"; else ok; fi
# The seed's GDP: its real 7.6% is a volume index, never a path in yuan.
GDP_GP="$TMP/seed/gdp.gp"
expect_grep "GDP title states the finding" "所述年均7.6%为可比价，现价年均9.97%，差额为价格因素" "$GDP_GP"
expect_grep "GDP volume panel" "物量指数（2016年 = 100，可比价）" "$GDP_GP"
expect_grep "GDP estimate marked" "2021年 预计" "$GDP_GP"
expect_grep "GDP source subtitle" "来源：000\\_64f3485554b9f48c.txt" "$GDP_GP"
expect_no_grep "no 7.6% path in yuan" "8521.2" "$TMP/seed/gdp.dat"
if python3 "$(pwd)/tests/chart_files_check.py" "$TMP/seed" 2> "$TMP/cf.err"; then ok; else
    not_ok "seed chart files: $(cat "$TMP/cf.err")"
fi
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
if python3 "$(pwd)/tests/chart_files_check.py" "$TMP/ex" 2> "$TMP/cf.err"; then ok; else
    not_ok "example chart files: $(cat "$TMP/cf.err")"
fi
# With the official series GDP is a line chart; its path at a real rate is
# a volume index beside it.
GDP_GP="$TMP/ex/gdp.gp"
expect_grep "english volume panel" "Volume index (2019 = 100, comparable prices)" "$GDP_GP"
expect_grep "key below the plot" "set key below" "$GDP_GP"
expect_exit 0 "example zh" "$GC" plot -o "$TMP/exzh" --no-render examples/report.txt
for gp in "$TMP/exzh"/*.gp; do
    expect_no_grep "no English derivation in $(basename "$gp")" "constant growth" "$gp"
done
if grep -l "title 'official series'" "$TMP/ex"/*.gp > /dev/null; then ok; else
    not_ok "example: no chart draws the official series"
fi
if $PNG 1600 900 "$TMP/ex"/*.png 2> "$TMP/png.err"; then ok; else not_ok "example PNGs: $(cat "$TMP/png.err")"; fi

# ---- the summary accounts for every indicator ----
expect_exit 0 "seed report" "$GC" report -o "$TMP/rep" "$SEED"
if python3 - "$TMP/rep" 2> "$TMP/acc.err" <<'PY'
import csv, json, re, sys
d = sys.argv[1]
md = open(d + '/summary.md', encoding='utf-8').read()
head = '## 图表' if '## 图表' in md else '## Charts'   # the summary follows the findings' language
charts = md.split(head, 1)[1] if head in md else ''
names = {r['indicator'] for r in csv.DictReader(open(d + '/series.csv', encoding='utf-8'))}
names |= {f['indicator'] for f in json.load(open(d + '/findings.json'))['findings']
          if f['check'] != 'coverage'}
bad = []
for n in sorted(names):
    # a chart row "| charts/x.png | kind | NAME | title |" or "| NAME | why |"
    row = re.search(r'^\| (charts/[a-z0-9-]+\.png \| [a-z+-]+ \| )?' + re.escape(n.replace('|', '\\|'))
                    + r' \| .+ \|$', charts, re.M)
    if not row:
        bad.append(n)
if bad:
    print('not accounted for in summary.md: ' + ', '.join(bad), file=sys.stderr)
    sys.exit(1)
PY
then ok; else not_ok "$(cat "$TMP/acc.err")"; fi
expect_grep "summary names the GDP chart" "charts/gdp.png | bars+volume | 地区生产总值" \
    "$TMP/rep/summary.md"

# ---- an English report: English charts unless --lang says ----
# An invented report (English ingest is landing): once its claims come out
# in English, the charts must be in English by default and Chinese with
# --lang zh; until then the run must simply succeed.
cat > "$TMP/report-en.txt" <<'EOF'
Riverside County Government Work Report 2022

Over the past five years the county's gross regional product grew from 5,908 million yuan
in 2016 to an estimated 9,500 million yuan in 2021, an average annual growth of 7.6 percent
at comparable prices.  General public budget revenue reached 490.2 million yuan in 2021,
growing 4.9 percent a year on average since 2016.  The resident population fell from 364,000
in 2016 to 313,200 in 2021.
EOF
expect_exit 0 "English report" "$GC" report -o "$TMP/en" "$TMP/report-en.txt"
if grep -q '"lang":"en"' "$TMP/en/claims.jsonl" 2> /dev/null && ls "$TMP/en/charts"/*.gp > /dev/null 2>&1; then
    if grep -l "Source: " "$TMP/en/charts"/*.gp > /dev/null; then ok; else
        not_ok "English report: charts not in English"
    fi
    expect_exit 0 "English report, --lang zh" "$GC" report --lang zh -o "$TMP/enzh" "$TMP/report-en.txt"
    if grep -l "来源" "$TMP/enzh/charts"/*.gp > /dev/null; then ok; else
        not_ok "English report with --lang zh: charts not in Chinese"
    fi
else
    ok
fi

# ---- styles ----
expect_exit 0 "slide style" "$GC" plot -o "$TMP/slide" --style slide "$SEED"
if $PNG 1920 1080 "$TMP/slide"/*.png 2> "$TMP/png.err"; then ok; else not_ok "slide PNGs: $(cat "$TMP/png.err")"; fi
expect_grep "slide: large type" "font 'Noto Sans CJK SC,28'" "$TMP/slide/claims.gp"
expect_grep "slide: no mirrored tics" "set tics nomirror" "$TMP/slide/claims.gp"
expect_exit 0 "print style" "$GC" plot -o "$TMP/print" --style print "$SEED"
if ls "$TMP/print"/*.png > /dev/null 2>&1; then not_ok "print style drew PNGs"; else ok; fi
if head -c 5 "$TMP/print/gdp.pdf" | grep -q '%PDF-'; then ok; else
    not_ok "print: no PDF"
fi
expect_no_grep "print: no hue" "#D55E00" "$TMP/print/gdp.gp"

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
