#!/bin/sh
# test_ingest_layers.sh -- the files of ingest/ call one another in layers
# (top of ingest/grammar.h): lexicon < tokens < subject < rules < grammar <
# feed < parser, and no two files call each other, directly or round a circle.
# Read from the symbols of the built objects.
. tests/sh/lib.sh

BUILD=${GC_BUILD:-build}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if ! command -v nm > /dev/null 2>&1; then
    not_ok "nm not found"
    exit 0
fi
n=0
for c in "$ROOT"/ingest/*.c; do
    f=$(basename "$c" .c)
    if [ -f "$BUILD/ingest/$f.o" ]; then
        nm "$BUILD/ingest/$f.o" | awk -v f="$f" '
            NF == 3 && $2 ~ /^[TDRB]$/ { print "D", f, $3 }
            NF == 2 && $1 == "U" { print "U", f, $2 }' >> "$TMP/syms"
        n=$((n + 1))
    fi
done
if [ "$n" -lt 11 ]; then
    not_ok "only $n ingest objects in $BUILD/ingest"
    exit 0
fi
# edges "caller callee", then every caller that reaches itself
awk '$1 == "D" { owner[$3] = $2 } $1 == "U" { use[++k] = $2 " " $3 }
     END { for (i = 1; i <= k; i++) { split(use[i], p, " ");
               if ((p[2] in owner) && owner[p[2]] != p[1]) print p[1], owner[p[2]] } }' \
    "$TMP/syms" | sort -u > "$TMP/edges"
reach() {   # reach FILE: the files FILE calls, directly or not
    seen=" $1 "; todo=$1; out=""
    while [ -n "$todo" ]; do
        set -- $todo; x=$1; shift; todo="$*"
        for y in $(awk -v x="$x" '$1 == x { print $2 }' "$TMP/edges"); do
            case "$out " in *" $y "*) ;; *) out="$out $y"; todo="$todo $y" ;; esac
        done
    done
    echo "$out"
}
bad=""
for f in $(cut -d' ' -f1 "$TMP/edges" | sort -u); do
    case "$(reach "$f") " in *" $f "*) bad="$bad $f" ;; esac
done
if [ -z "$bad" ]; then ok; else not_ok "ingest files in a calling circle:$bad"; fi
for pair in "grammar parser" "rules_zh grammar" "subject rules_zh" "tokens subject" \
            "lexicon tokens" "tokens parser" "grammar feed" "feed parser"; do
    set -- $pair
    if grep -qx "$1 $2" "$TMP/edges"; then not_ok "$1.c calls up into $2.c"; else ok; fi
done
