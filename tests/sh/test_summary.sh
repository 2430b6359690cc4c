#!/bin/sh
# test_summary.sh -- summary.md as a memo: the structure and order of the
# summary of invented reports (tests/summary/), checked by
# tests/summary_check.py against findings.json, never as a whole text; the
# title, place and year found in invented first lines (titles.txt); file
# names never absolute; every word in the findings' language.
GC_TEST_TIMEOUT=${GC_TEST_TIMEOUT:-60}
. tests/sh/lib.sh

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CHK="$ROOT/tests/summary_check.py"
DIR="$ROOT/tests/summary"
MEMO_ARGS="--title 2011年青川县人民政府工作报告 --place 青川县 --year 2011"

# ---- the invented report: every verdict class, most severe first ----
# 社会消费品零售总额 64 -> 78.1 is 4.06 % a year against 5.1 % (inconsistent);
# GDP 101.2 -> 131.5 over 2006-2010 at a real 9.0 % needs a deflator of
# -2.05 % a year when the national one averaged 5.5 % (explained, warning);
# industry 30.2 -> 67.9 at a real 12 % needs 4.99 % (explained); revenue and
# population are consistent, the population across the 2010 census; the
# 预计 level of services gives a constant-price volume (unverifiable).
expect_exit 0 "report memo.txt" "$GC" report -o "$TMP/zh" tests/summary/memo.txt
# shellcheck disable=SC2086
expect_exit 0 "structure and order (zh)" python3 "$CHK" "$TMP/zh" zh $MEMO_ARGS \
    --file tests/summary/memo.txt \
    --first "不一致:社会消费品零售总额" --first "已解释（需留意）:地区生产总值" \
    --first "已解释:规模以上工业增加值" \
    --method 水平法 --method "n = 5" --method 四舍五入 --method 平减指数 \
    --method analysis/deflator.tsv --method "[2.5, 8.5]" \
    --caveat 预计 --caveat 第三产业增加值 --caveat 人口普查 --caveat 不变价 --caveat 不合理
if [ -s "$TMP/err" ]; then not_ok "checker (zh): $(head -c 600 "$TMP/err")"; fi
expect_grep "the verdict line" "- **结论：** 不一致 1 · 已解释（需留意） 1 · 已解释 1 · 一致 2" \
    "$TMP/zh/summary.md"
# the sentence as ingest normalised it (full-width punctuation folded)
expect_grep "the sentence, quoted with its line" \
    "> 过去五年,社会消费品零售总额由2005年的64亿元增至2010年的78.1亿元,年均增长5.1%。" \
    "$TMP/zh/summary.md"
expect_grep "its line" '> ——`tests/summary/memo.txt`，第6行' "$TMP/zh/summary.md"
if command -v gnuplot > /dev/null 2>&1; then
    expect_grep "a chart link, relative" "图表：[charts/gdp.png](charts/gdp.png)" "$TMP/zh/summary.md"
fi

# the same in English, and with the options the method note reports
expect_exit 0 "report --lang en" "$GC" report --lang en --rounding truncate -o "$TMP/en" \
    tests/summary/memo.txt
# shellcheck disable=SC2086
expect_exit 0 "structure and order (en)" python3 "$CHK" "$TMP/en" en $MEMO_ARGS \
    --first "Inconsistent:社会消费品零售总额" --first "Explained, with a warning:地区生产总值" \
    --method "level method" --method truncated --caveat "estimates" --caveat "census"
if [ -s "$TMP/err" ]; then not_ok "checker (en): $(head -c 600 "$TMP/err")"; fi
expect_no_grep "no Chinese heading in English" "## 方法说明" "$TMP/en/summary.md"

# --no-render: no chart to link to
expect_exit 0 "report --no-render" "$GC" report --no-render -o "$TMP/nr" tests/summary/memo.txt
expect_no_grep "no link without an image" "](charts/" "$TMP/nr/summary.md"

# an absolute path is shown by its base name; --report-year wins
expect_exit 0 "report an absolute path" "$GC" report --no-render --report-year 2012 \
    -o "$TMP/abs" "$DIR/memo.txt"
expect_exit 0 "base name, the year of the option" python3 "$CHK" "$TMP/abs" zh \
    --file '`memo.txt`' --year "2012年（--report-year"
expect_no_grep "no absolute path" "$DIR" "$TMP/abs/summary.md"

# no title, no place: said, not guessed
expect_exit 0 "report notitle.txt" "$GC" report --no-render -o "$TMP/nt" tests/summary/notitle.txt
expect_exit 0 "reasons for what is missing" python3 "$CHK" "$TMP/nt" zh --place 未写明 \
    --year 未找到
expect_grep "no title" "- **标题：** 未找到" "$TMP/nt/summary.md"

# the unverifiable findings one row each in a compact table, not sections
if grep -qE '^### [0-9]+\. 无法核对' "$TMP/zh/summary.md"; then
    not_ok "a full section for an unverifiable finding"; else ok; fi
expect_grep "the table, counted" "### 无法核对（3条）一览" "$TMP/zh/summary.md"
expect_grep "a row: indicator, check, years, stated, what it implies, line" \
    "| 6 | 第三产业增加值 | 推算值 | 2005—2010 | 6.5% [6.45, 6.55] | 按所述6.5%" "$TMP/zh/summary.md"
expect_grep "its line" "不是现价数值。 | 16 |" "$TMP/zh/summary.md"
expect_grep "English table" "| 6 | 第三产业增加值 | implied values | 2005–2010 |" "$TMP/en/summary.md"
# estimates by line, a short list under one lead
expect_grep "estimates grouped by line" "  - 第16行：第三产业增加值 2010年 31.5亿元、2005—2010年 6.5%。" \
    "$TMP/zh/summary.md"
expect_grep "estimates by line (en)" "  - line 16: 第三产业增加值 2010 31.5亿元, 2005–2010 6.5%." \
    "$TMP/en/summary.md"
# the checker fails a table that lost a row, and a row that lost its line
grep -v '^| 7 |' "$TMP/zh/summary.md" > "$TMP/bad.md"
mkdir -p "$TMP/bad" && cp "$TMP/zh/findings.json" "$TMP/bad/" && mv "$TMP/bad.md" "$TMP/bad/summary.md"
expect_exit 1 "checker: a lost table row fails" python3 "$CHK" "$TMP/bad" zh
sed 's/ | 16 |$/ | |/' "$TMP/zh/summary.md" > "$TMP/bad/summary.md"
expect_exit 1 "checker: a row without its line fails" python3 "$CHK" "$TMP/bad" zh

# an open-ended rate (增长8%以上) leaves the implied 2020 level open below:
# 1250 / 1.075 = 1162.79 (1200 read as ±50) is its only bound, printed as
# the tables print an open side, (…, 1162.79], never as a lower bound of 0
expect_exit 0 "report open.txt" "$GC" report --no-render -o "$TMP/open" tests/summary/open.txt
expect_exit 0 "open.txt summary" python3 "$CHK" "$TMP/open" zh
expect_grep "an open side as (…, hi]" "约为1111.11亿元 (…, 1162.79]" "$TMP/open/summary.md"
expect_no_grep "never a fake 0 bound" "[0, " "$TMP/open/summary.md"
expect_no_grep "never a fake 0 bound (findings.json)" '"lo": 0,' "$TMP/open/findings.json"

# the checker fails a summary out of order
sed 's/^### 1\. 不一致/### 1. 一致/' "$TMP/zh/summary.md" > "$TMP/bad.md"
mkdir -p "$TMP/bad" && cp "$TMP/zh/findings.json" "$TMP/bad/" && mv "$TMP/bad.md" "$TMP/bad/summary.md"
expect_exit 1 "checker: a verdict out of order fails" python3 "$CHK" "$TMP/bad" zh

# ---- title, place and year from invented first lines ----
n=0
while IFS='	' read -r head title place year; do
    case $head in '#'*|'') continue ;; esac
    n=$((n + 1))
    printf '%b\n\n过去五年，区级一般公共预算收入由2015年的80.4亿元增至2020年的102.6亿元，年均增长5.0%%。\n' \
        "$head" > "$TMP/t$n.txt"
    if ! "$GC" report --no-render -o "$TMP/t$n" "$TMP/t$n.txt" > /dev/null 2> "$TMP/t$n.err"; then
        not_ok "titles $n: report failed: $(cat "$TMP/t$n.err")"
        continue
    fi
    got_t=$(sed -n 's/^- \*\*标题：\*\* //p' "$TMP/t$n/summary.md")
    got_p=$(sed -n 's/^- \*\*地区：\*\* //p' "$TMP/t$n/summary.md")
    got_y=$(sed -n 's/^- \*\*年份：\*\* //p' "$TMP/t$n/summary.md")
    [ "$title" = - ] && title=未找到
    [ "$place" = - ] && place=未写明
    [ "$year" = - ] && year=未找到
    case $got_t in "$title"*) ok ;; *) not_ok "titles $n: title [$got_t], want [$title]" ;; esac
    case $got_p in "$place"*) ok ;; *) not_ok "titles $n: place [$got_p], want [$place]" ;; esac
    case $got_y in "$year"*) ok ;; *) not_ok "titles $n: year [$got_y], want [$year]" ;; esac
done < "$DIR/titles.txt"
if [ "$n" -ge 10 ]; then ok; else not_ok "only $n title cases"; fi

# ---- the seed: its place from the delivery line, its date from the date line ----
if [ -f "$SEED" ]; then
    expect_exit 0 "seed report" "$GC" report --no-render -o "$TMP/seed" "$SEED"
    expect_exit 0 "seed summary" python3 "$CHK" "$TMP/seed" zh --place 海淀区 \
        --year 2021年12月19日 --first "已解释:地区生产总值"
fi

# ---- an official series with extra columns, 万 against 万人, unused rows ----
# official.csv keeps source and notes columns (not read: named once on
# standard error); the report's 31.32万 people meet the file's 31.32 万人; the
# official 2020 GDP (850.46) against the stated 2021 level (950) and growth
# (8.5 %, real): 950 / 850.46 - 1 = 11.70 %, a deflator of 2.95 % -- explained,
# price_basis; the 2019 row is used by no check and the summary says so.
expect_exit 0 "report with official.csv" "$GC" report --no-render \
    --series tests/summary/official.csv -o "$TMP/off" tests/summary/official.txt
expect_eq "extra columns named once on stderr" \
    "$(grep -c 'not read: source, notes' "$TMP/err")" 1
expect_exit 0 "official summary structure" python3 "$CHK" "$TMP/off" zh --place 南湖区 \
    --year 2022 --first "已解释:全区地区生产总值" --caveat "官方数据中有1行" \
    --caveat "地区生产总值 2019年 812.3亿元（第3行）"
if python3 - "$TMP/off/findings.json" > "$TMP/py.err" 2>&1 <<'PY'
import json, sys
fs = json.load(open(sys.argv[1], encoding='utf-8'))['findings']
rate = [f for f in fs if f['check'] == 'series_rate']
level = [f for f in fs if f['check'] == 'series_level']
assert len(rate) == 1 and rate[0]['from'] == 2020 and rate[0]['to'] == 2021, rate
assert abs(rate[0]['computed']['value'] - 11.7043) < 1e-3, rate[0]['computed']
assert rate[0]['verdict'] == 'explained' and rate[0]['reason'] == 'price_basis', rate[0]
assert len(rate[0]['claims']) == 2, 'the rate and the stated level'
assert len(level) == 1 and level[0]['verdict'] == 'consistent', level
PY
then ok; else not_ok "official findings: $(cat "$TMP/py.err")"; fi
expect_exit 0 "official, English" "$GC" report --no-render --lang en \
    --series tests/summary/official.csv -o "$TMP/offen" tests/summary/official.txt
expect_grep "unused rows in English" "Official figures no check used (1;" \
    "$TMP/offen/summary.md"

# ---- an English title: its year in a bracket, no place named ----
expect_exit 0 "report report-en.txt" "$GC" report --no-render -o "$TMP/entitle" \
    "$ROOT/examples/report-en.txt"
expect_exit 0 "English title, year, no place" python3 "$CHK" "$TMP/entitle" en \
    --title "Report on the Work of the Government" --year "2018 (from the title)" \
    --place "not stated"

# ---- --report-year wins in English text too, over the title's year ----
printf 'Report on the Work of the Government (2018)\n\nOver the past five years, output grew at an average annual rate of 6.1 percent. Over the past year, exports rose by 4.2 percent.\n' > "$TMP/en-year.txt"
expect_exit 0 "English, title year" "$GC" extract --format csv "$TMP/en-year.txt"
expect_grep "a span ending the year before the title's" ",2012,2017," "$TMP/out"
expect_exit 0 "English, --report-year 2021" "$GC" extract --report-year 2021 --format csv "$TMP/en-year.txt"
expect_grep "the span ends the year before the caller's" ",2015,2020," "$TMP/out"
expect_grep "the past year is the year before the caller's" "growth_yoy,2020," "$TMP/out"
expect_no_grep "no span from the title's year" ",2012,2017," "$TMP/out"
expect_grep "a year from the caller's says so (time_source option)" ",en,option," "$TMP/out"
expect_no_grep "not the title's or the latest year's" ",en,latest," "$TMP/out"
