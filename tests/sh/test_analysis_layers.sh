#!/bin/sh
# test_analysis_layers.sh -- the files of analysis/ call one another in
# layers (analysis/analysis_int.h): no two of them call each other, directly
# or round a longer circle.  Read from the symbols of the built objects.
. tests/sh/lib.sh

BUILD=${GC_BUILD:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v nm > /dev/null 2>&1; then
    not_ok "nm not found"
    exit 0
fi
n=0
for c in "$ROOT"/analysis/*.c; do
    o="$BUILD/analysis/$(basename "$c" .c).o"
    if [ -f "$o" ]; then
        nm "$o" | sed "s|^|$(basename "$c" .c) |" >> "$TMP/syms"
        n=$((n + 1))
    fi
done
if [ "$n" -lt 10 ]; then
    not_ok "only $n analysis objects in $BUILD/analysis"
    exit 0
fi
cat > "$TMP/cycles.py" <<'PY'
import sys
defs, uses = {}, {}
for line in open(sys.argv[1]):
    f = line.split()          # FILE [ADDRESS] KIND SYMBOL
    if len(f) < 3:
        continue
    name, kind, sym = f[0], f[-2], f[-1]
    if kind in "TDRB":
        defs.setdefault(name, set()).add(sym)
    elif kind == "U":
        uses.setdefault(name, set()).add(sym)
adj = {a: {b for b in defs if b != a and uses.get(a, set()) & defs[b]} for a in defs}
bad = []
for a in adj:
    seen, todo = set(), list(adj[a])
    while todo:
        x = todo.pop()
        if x not in seen:
            seen.add(x)
            todo.extend(adj.get(x, ()))
    if a in seen:
        bad.append(a)
print(" ".join(sorted(bad)))
sys.exit(1 if bad else 0)
PY
# the checker itself: a made-up circle of two files is found
printf 'a 0 T fa\na U fb\nb 0 T fb\nb U fa\nc U fa\n' > "$TMP/circle"
expect_exit 1 "checker finds a circle" python3 "$TMP/cycles.py" "$TMP/circle"
expect_grep "checker names its files" "a b" "$TMP/out"
if python3 "$TMP/cycles.py" "$TMP/syms" > "$TMP/cycles"; then ok; else
    not_ok "analysis files in a calling circle: $(cat "$TMP/cycles")"
fi
