#!/bin/sh
# run.sh BUILD BIN -- the benchmarks `make bench` runs, one section each.
# The corpora are generated at run time from the seed report (never
# committed); results go to standard output.
set -eu
LC_ALL=C
export LC_ALL
build=$1
bin=$2
SEEDS=${GC_SEEDS:-$(cd "$(dirname "$0")/.." && pwd)/../shared/seeds}
SEED=$SEEDS/000_64f3485554b9f48c.txt

if [ ! -r "$SEED" ]; then
    echo "bench: the seed report $SEED is missing (set GC_SEEDS)" >&2
    exit 1
fi

# ---- ingest: extraction throughput (MB/s, one core) and peak memory ------
# A 10 MB and a 100 MB corpus of the seed repeated, streamed in 64 KiB
# chunks; the peak RSS must be the same for both (memory does not grow with
# input).  Target: at least 100 MB/s.
"$build/bench/ingest_bench" "$SEED" 10 100

# ---- the whole program on the seed, for scale ---------------------------
start=$(date +%s%N)
"$bin" extract --format jsonl "$SEED" > /dev/null
end=$(date +%s%N)
echo "extract: seed report ($(wc -c < "$SEED") bytes) in $(( (end - start) / 1000000 )) ms"
