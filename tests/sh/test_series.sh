#!/bin/sh
# test_series.sh -- 'growthcheck series' end to end: options and exit codes,
# bad series files, and the seed report's series checked against values
# worked out by hand (implied 2016 level = end level / (1 + r)^5), read back
# with Python's csv module the way a spreadsheet would (tests/csv_check.py).
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
FIX=$top/tests/fixtures/series
CHECK="python3 $top/tests/csv_check.py"

# ---- options and exit codes ----
expect_exit 0 "help" "$GC" series --help
for opt in --series --format --bom --encoding --report-year "Exit status:" \
           implied_years path_years "endpoint" "stated average rate"; do
    expect_grep "help mentions $opt" "$opt" "$TMP/out"
done
expect_exit 2 "no report" "$GC" series
expect_grep "no report message" "no report given" "$TMP/err"
expect_exit 2 "unknown option" "$GC" series --frobnicate "$SEED"
expect_grep "unknown option named" "--frobnicate" "$TMP/err"
expect_exit 2 "bad format" "$GC" series --format xlsx "$SEED"
expect_grep "bad format named" "'xlsx' is not one of" "$TMP/err"
expect_exit 2 "bad report year" "$GC" series --report-year 20x1 "$SEED"
expect_exit 2 "report year out of range" "$GC" series --report-year 1800 "$SEED"
expect_exit 2 "missing option value" "$GC" series "$SEED" --series
expect_exit 2 "unknown encoding" "$GC" series --encoding no-such-code "$SEED"
expect_grep "unknown encoding named" "'no-such-code'" "$TMP/err"
expect_exit 2 "bom with json" "$GC" series --bom --format json "$SEED"
expect_grep "bom with json message" "--bom is for CSV output" "$TMP/err"
expect_exit 1 "missing report" "$GC" series "$TMP/no-such-report.txt"
expect_grep "missing report named" "no-such-report.txt" "$TMP/err"
expect_exit 1 "missing series file" "$GC" series --series "$TMP/none.csv" "$SEED"

# ---- bad series files: exit 1, file:line and what to do ----
expect_exit 1 "bad year" "$GC" series --series "$FIX/bad_year.csv" "$SEED"
expect_grep "bad year message" "bad_year.csv:3: year 'x2019' is not a whole number; write the year as digits" "$TMP/err"
expect_exit 1 "duplicate" "$GC" series --series "$FIX/bad_duplicate.csv" "$SEED"
expect_grep "duplicate message" "bad_duplicate.csv:6: 地区生产总值 2016 (basis unstated) is given twice, also on line 2" "$TMP/err"
expect_exit 1 "unclosed quote" "$GC" series --series "$FIX/bad_quote.csv" "$SEED"
expect_grep "unclosed quote message" "bad_quote.csv:3: this quoted field is never closed" "$TMP/err"
expect_exit 1 "missing column" "$GC" series --series "$FIX/bad_missing_column.csv" "$SEED"
expect_grep "missing column message" "bad_missing_column.csv:1: the header has no 'unit' column" "$TMP/err"
expect_exit 1 "not UTF-8" "$GC" series --series "$FIX/bad_gbk.csv" "$SEED"
expect_grep "not UTF-8 message" "bad_gbk.csv:2: invalid UTF-8" "$TMP/err"
expect_exit 1 "value 1e309" "$GC" series --series "$FIX/bad_value.json" "$SEED"
expect_grep "value 1e309 message" "bad_value.json:3: element 2: value is out of the range" "$TMP/err"
expect_eq "no output on bad input" "$(wc -c < "$TMP/out" | tr -d ' ')" 0

# ---- the seed report, long CSV ----
expect_exit 0 "seed csv" "$GC" series "$SEED"
cp "$TMP/out" "$TMP/long.csv"
expect_eq "long csv starts with the header, no BOM" "$(head -n 1 "$TMP/long.csv" | tr -d '\r')" \
    "indicator,indicator_en,year,value,unit,normalized_value,normalized_unit,source,basis,low,high,derivation"
expect_no_grep "no NaN" "nan" "$TMP/long.csv"
expect_no_grep "no infinity" "inf," "$TMP/long.csv"

G=地区生产总值
R=区级一般公共预算收入
# 5908 -> 9500 over 2016-2021: CAGR (9500/5908)^(1/5) - 1 = 9.9655%, so the
# The endpoint path is 5908 * 1.099655^k: 6496.76, 7144.20, 7856.16, 8639.07.
# The stated rate's path is 5908 * 1.076^k: 6357.008 in 2017, and in 2021
# 5908 * exp(5 * 0.073250) = 8521.22, short of the stated 9500.
CAGR_PATH="constant growth at the endpoint CAGR 9.9655% a year between stated 2016 and stated 2021"
RATE_PATH="constant growth from stated 2016 at the stated average rate 7.6% a year (growth_avg 2016-2021)"
if $CHECK long "$TMP/long.csv" \
    --check "indicator=$G,year=2016,source=stated,unit=亿元:value~5908" \
    --check "indicator=$G,year=2016,source=stated,unit=亿元:normalized_value~590800000000" \
    --check "indicator=$G,year=2016,source=stated,unit=亿元:normalized_unit=元" \
    --check "indicator=$G,year=2021,source=stated,unit=亿元:value~9500" \
    --check "indicator=$G,year=2021,source=stated,unit=亿元:low~9450" \
    --check "indicator=$G,year=2021,source=stated,unit=亿元:high~9550" \
    --check "indicator=$G,year=2017,source=path,derivation=$CAGR_PATH:value~6496.764" \
    --check "indicator=$G,year=2018,source=path,derivation=$CAGR_PATH:value~7144.202" \
    --check "indicator=$G,year=2019,source=path,derivation=$CAGR_PATH:value~7856.161" \
    --check "indicator=$G,year=2020,source=path,derivation=$CAGR_PATH:value~8639.070" \
    --check "indicator=$G,year=2020,source=path,derivation=$CAGR_PATH:indicator_en=Gross regional product" \
    --check "indicator=$G,year=2017,source=path,derivation=$RATE_PATH:value~6357.008" \
    --check "indicator=$G,year=2021,source=path,derivation=$RATE_PATH:value~8521.22" \
    --check "indicator=$R,year=2021,source=stated:value~490.2" \
    --check "indicator=$R,year=2020,source=implied:value~453.889" \
    --check "indicator=$R,year=2016,source=implied:value~385.919" \
    --check "indicator=$R,year=2016,source=implied:derivation=level 2021 + growth_avg 2016-2021" \
    > "$TMP/check" 2>&1; then ok; else not_ok "seed long csv: $(cat "$TMP/check")"; fi
grep -F "$G,Gross regional product,2018,7144.2" "$TMP/long.csv" | grep -qF "endpoint CAGR 9.9655% a year" \
    && ok || not_ok "GDP path derivation names the endpoint CAGR"

# Every average rate stated with an end level implies the 2016 level,
# end / (1 + r)^5 (worked out by hand; the indicator as the table names it).
for spec in "全社会固定资产投资:1000:3:862.6088" \
            "区级一般公共预算收入:490.2:4.9:385.9187" \
            "规模以上工业总产值:3100:12.3:1735.653" \
            "社会消费品零售总额:2960:2.1:2667.860" \
            "实际利用外资:61.7:26.7:18.8974" \
            "出口额:1300:19:544.7642" \
            "高新技术企业总收入:3.4:13.1:1.83724" \
            "软件和信息服务业收入:1.3:17:0.592944" \
            "技术合同成交额:2200:7.6:1525.321"; do
    ind=${spec%%:*}
    want=${spec##*:}
    if $CHECK long "$TMP/long.csv" \
        --check "indicator=$ind,year=2016,source=implied:value~$want" > "$TMP/check" 2>&1
    then ok; else not_ok "implied 2016 of $ind: $(cat "$TMP/check")"; fi
done

# Shares are rows of their own, in %, never among the levels.
if $CHECK long "$TMP/long.csv" \
    --check "indicator=$G,year=2016,source=stated,unit=%:value~21.8" \
    --check "indicator=$G,year=2016,source=stated,unit=%:derivation=share of 全市" \
    > "$TMP/check" 2>&1; then ok; else not_ok "GDP share: $(cat "$TMP/check")"; fi
# The 2022 goals (over 1万亿元, +6%) are not part of the series.
$CHECK long "$TMP/long.csv" --check "indicator=$G,year=2022:!" > "$TMP/check" 2>&1 \
    && ok || not_ok "no GDP target row: $(cat "$TMP/check")"

# ---- wide CSV ----
expect_exit 0 "seed wide" "$GC" series --format wide "$SEED"
cp "$TMP/out" "$TMP/wide.csv"
expect_eq "wide header" "$(head -n 1 "$TMP/wide.csv" | cut -d, -f1-11)" \
    "indicator,indicator_en,measure,unit,source,2016,2017,2018,2019,2020,2021"
if $CHECK wide "$TMP/wide.csv" \
    --check "indicator=$G,measure=level,source=report:2016~5908" \
    --check "indicator=$G,measure=level,source=report:2018~7144.202" \
    --check "indicator=$G,measure=level,source=report:2021~9500" \
    --check "indicator=$G,measure=level,source=report:path_years=2017 2018 2019 2020" \
    --check "indicator=$G,measure=level,source=report:implied_years=" \
    --check "indicator=$G,measure=share of 全市,source=report:2021~24" \
    --check "indicator=$R,measure=level,source=report:2016~385.919" \
    --check "indicator=$R,measure=level,source=report:2020~453.889" \
    --check "indicator=$R,measure=level,source=report:2021~490.2" \
    --check "indicator=$R,measure=level,source=report:implied_years=2016 2020" \
    --check "indicator=$G,source=official:!" \
    > "$TMP/check" 2>&1; then ok; else not_ok "seed wide csv: $(cat "$TMP/check")"; fi

# ---- official figures (an invented file, in the fixtures) ----
expect_exit 0 "seed with series" "$GC" series --series "$FIX/official.csv" "$SEED"
cp "$TMP/out" "$TMP/official.csv"
if $CHECK long "$TMP/official.csv" \
    --check "indicator=$G,year=2019,source=official:value~7926" \
    --check "indicator=$G,year=2019,source=official:basis=current" \
    --check "indicator=$G,year=2019,source=official:low~7926" \
    --check "indicator=$G,year=2021,source=official:value~9501.7" \
    --check "indicator=$G,year=2021,source=stated,unit=亿元:value~9500" \
    --check "indicator=$R,year=2020,source=official:value~453.9" \
    --check "indicator=say \"hi\"
second line,year=2021:!" \
    > "$TMP/check" 2>&1; then ok; else not_ok "official rows: $(cat "$TMP/check")"; fi
expect_exit 0 "seed wide with series" "$GC" series --format wide --series "$FIX/official.json" "$SEED"
if $CHECK wide "$TMP/out" \
    --check "indicator=$G,measure=level,source=official:2016~5908" \
    --check "indicator=$G,measure=level,source=official:2021~9501.7" \
    --check "indicator=$G,measure=level,source=official:2018=" \
    --check "indicator=$G,measure=level,source=report:2016~5908" \
    > "$TMP/check" 2>&1; then ok; else not_ok "official wide: $(cat "$TMP/check")"; fi

# ---- BOM, JSON, table, determinism, write errors ----
expect_exit 0 "bom" "$GC" series --bom "$SEED"
expect_eq "bom bytes" "$(head -c 3 "$TMP/out" | od -An -tx1 | tr -d ' ')" "efbbbf"
$CHECK long "$TMP/out" > "$TMP/check" 2>&1 && ok || not_ok "bom csv reads: $(cat "$TMP/check")"
expect_exit 0 "wide bom" "$GC" series --format wide --bom "$SEED"
expect_eq "wide bom bytes" "$(head -c 3 "$TMP/out" | od -An -tx1 | tr -d ' ')" "efbbbf"
expect_exit 0 "json" "$GC" series --format json "$SEED"
if python3 - "$TMP/out" "$TMP/long.csv" > "$TMP/check" 2>&1 <<'EOF'
import csv, json, math, sys
def no_constant(name):
    raise ValueError("non-finite number " + name)
rows = json.load(open(sys.argv[1], encoding="utf-8"), parse_constant=no_constant)["rows"]
with open(sys.argv[2], encoding="utf-8", newline="") as f:
    long = list(csv.DictReader(f))
assert len(rows) == len(long), (len(rows), len(long))
for r, c in zip(rows, long):
    assert r["indicator"] == c["indicator"] and str(r["year"]) == c["year"], (r, c)
    assert r["source"] == c["source"] and math.isfinite(r["value"]), r
    assert abs(r["value"] - float(c["value"])) <= 1e-9 * max(1, abs(r["value"])), (r, c)
    assert (r["low"] is None) == (c["low"] == ""), (r, c)
    assert isinstance(r["is_share"], bool) and r["is_share"] == (c["unit"] == "%"), r
EOF
then ok; else not_ok "json matches csv: $(cat "$TMP/check")"; fi
expect_exit 0 "table" "$GC" series --format table "$SEED"
expect_grep "table has GDP" "$G" "$TMP/out"
expect_grep "table has header" "derivation" "$TMP/out"
"$GC" series --format wide "$SEED" > "$TMP/again.csv"
"$GC" series --format wide "$SEED" > "$TMP/again2.csv"
cmp -s "$TMP/again.csv" "$TMP/again2.csv" && ok || not_ok "output is deterministic"
iconv -f UTF-8 -t GB18030 "$SEED" > "$TMP/seed-gb.txt"
expect_exit 0 "gb18030 report" "$GC" series --encoding gb18030 "$TMP/seed-gb.txt"
cmp -s "$TMP/out" "$TMP/long.csv" && ok || not_ok "a GB18030 report gives the same series"
expect_exit 0 "stdin" sh -c "'$GC' series - < '$SEED'"
cmp -s "$TMP/out" "$TMP/long.csv" && ok || not_ok "stdin gives the same series"
if [ -w /dev/full ]; then
    expect_exit 3 "full disk" sh -c "'$GC' series '$SEED' > /dev/full"
    expect_grep "full disk message" "write error" "$TMP/err"
fi

# ---- an official comparison says both figures with their units ----
EXD=$(cd "$(dirname "$0")/../../examples" && pwd)
expect_exit 0 "check with the example series" "$GC" check --format json --lang zh \
    --series "$EXD/series.csv" "$EXD/report.txt"
expect_grep "official rate said with its unit" '所述4.8%与官方数据4.8%相符' "$TMP/out"
expect_grep "official level said with its unit" '所述1015亿元与官方数据1015亿元相符' "$TMP/out"
expect_exit 0 "check with the example series, in English" "$GC" check --format json --lang en \
    --series "$EXD/series.csv" "$EXD/report.txt"
expect_grep "official rate said with its unit, in English" 'the stated 5.7% against the official 4.56%: inconsistent' "$TMP/out"
