#!/bin/sh
# run.sh BUILD BIN -- the benchmarks `make bench` runs, one section each,
# with a summary of the figures the targets are about.  The corpora are
# generated at run time from the seed report (never committed); results go
# to standard output.  GC_BENCH_CALLGRIND=0 skips the instruction count.
set -eu
LC_ALL=C
export LC_ALL
build=$1
bin=$2
case $bin in */*) ;; *) bin=./$bin ;; esac   # make passes "growthcheck"
SEEDS=${GC_SEEDS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/seeds}
SEED=$SEEDS/000_64f3485554b9f48c.txt

if [ ! -r "$SEED" ]; then
    echo "bench: the seed report $SEED is missing (set GC_SEEDS)" >&2
    exit 1
fi

# field NAME LINE: the number after "NAME" and spaces in LINE
# ("median  161.5 MB/s" -> 161.5)
field() {
    echo "$2" | sed -n "s/.*$1  *\([0-9.]*\).*/\1/p"
}

# ratio A B: A / B to two places, or "?" when either is missing or B is 0
ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "?";
                                     else printf "%.2f\n", a / b }'
}

# ---- ingest: extraction throughput (MB/s, one core) and peak memory ------
# A 10 MB and a 100 MB corpus of the seed repeated, streamed in 64 KiB
# chunks; CPU time of the process, so that neighbours on a shared machine
# count less.  Targets: a median of at least 100 MB/s, and the same peak
# RSS for both sizes (memory does not grow with input).
echo "== ingest: extraction throughput on one core (CPU time) and peak memory =="
out=$("$build/bench/ingest_bench" "$SEED" 10 100)
echo "$out"
line10=$(echo "$out" | grep ' 10 MB corpus')
line100=$(echo "$out" | grep ' 100 MB corpus')
med=$(field median "$line100")
rss10=$(field 'peak RSS' "$line10")
rss100=$(field 'peak RSS' "$line100")
verdict=$(awk -v m="$med" 'BEGIN { print (m + 0 >= 100) ? "met" : "NOT met" }')
echo "  target >= 100 MB/s, median on 100 MB:   $med MB/s, target $verdict"
echo "  peak RSS, 100 MB corpus / 10 MB corpus: $rss100 MB / $rss10 MB = $(ratio "$rss100" "$rss10")" \
     "(1.00: memory does not grow with input)"

# ---- ingest: instructions per input byte ---------------------------------
# Time on a shared machine moves by a third between runs; the number of
# instructions the parser executes does not.  Counted by callgrind over one
# pass of the 10 MB corpus, in ingest_parser_* only (not the corpus copy).
echo
echo "== ingest: instructions per input byte (callgrind, 10 MB corpus, parser only) =="
if [ "${GC_BENCH_CALLGRIND:-1}" = 0 ]; then
    echo "  skipped (GC_BENCH_CALLGRIND=0)"
elif ! command -v valgrind > /dev/null 2>&1; then
    echo "  skipped: valgrind is not installed"
else
    cg=$(mktemp)
    cgout=$(valgrind --tool=callgrind --callgrind-out-file="$cg" --toggle-collect='ingest_parser_*' \
                     "$build/bench/ingest_bench" -c "$SEED" 10 2>&1) || true
    rm -f "$cg"
    bytes=$(echo "$cgout" | sed -n 's/^ingest: \([0-9]*\) bytes.*/\1/p')
    ir=$(echo "$cgout" | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    if [ -n "$bytes" ] && [ -n "$ir" ]; then
        echo "  $ir instructions / $bytes bytes = $(ratio "$ir" "$bytes") instructions per byte"
    else
        echo "  callgrind gave no count:"
        echo "$cgout" | tail -5 | sed 's/^/    /'
    fi
fi

# ---- the whole program on the seed, for scale ---------------------------
echo
echo "== extract: the whole program on the seed report =="
start=$(date +%s%N)
"$bin" extract --format jsonl "$SEED" > /dev/null
end=$(date +%s%N)
echo "  seed report ($(wc -c < "$SEED") bytes): $(( (end - start) / 1000000 )) ms wall time," \
     "start-up and output included"

# ---- plots: the seed's charts, with and without gnuplot ------------------
# Medians in milliseconds; the target is rendering well under a second
# beyond gnuplot's own start-up.
echo
echo "== plots: writing and rendering the seed's charts (wall time, medians) =="
pout=$("$build/bench/plots_bench" -n 20 "$SEED")
echo "$pout"
up=$(field median "$(echo "$pout" | grep 'start-up)')")
beyond=$(field median "$(echo "$pout" | grep 'beyond start-up')")
scripts=$(field median "$(echo "$pout" | grep 'no gnuplot')")
charts=$(echo "$pout" | sed -n 's/.*, \([0-9]*\) charts.*/\1/p')
echo "  rendering beyond start-up / one gnuplot start-up: $(ratio "$beyond" "$up")"
echo "  rendering beyond start-up per chart:              $(ratio "$beyond" "$charts") ms"
echo "  scripts and data alone / rendering:               $(ratio "$scripts" "$beyond")"
