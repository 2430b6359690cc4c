#!/bin/sh
# test_readme.sh -- every example command in the README runs and shows what
# the README says it shows (jq runs its manual's examples), so the docs
# cannot drift from the program.  Runs of spaces are compared as one space.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)

# A scratch top folder where examples/ and ../shared resolve as in the repo
# and outputs (out/) land in the temporary folder, not the source tree.
mkdir -p "$TMP/work"
ln -s "$top/examples" "$TMP/work/examples"
ln -s "$(cd "$SEEDS/.." && pwd)" "$TMP/shared"
mkdir -p "$TMP/bin"
ln -s "$GC" "$TMP/bin/growthcheck"

python3 "$top/tests/readme_examples.py" "$top/README.md" > "$TMP/examples.json"
n=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$TMP/examples.json")
if [ "$n" -ge 5 ]; then ok; else not_ok "README has $n example commands, want at least 5"; fi

i=0
while [ "$i" -lt "$n" ]; do
    python3 - "$TMP/examples.json" "$i" "$TMP/ex" <<'PY'
import json, sys
ex = json.load(open(sys.argv[1]))[int(sys.argv[2])]
open(sys.argv[3] + ".cmd", "w").write(ex["cmd"])
open(sys.argv[3] + ".want", "w").write("\n".join(ex["expect"]) + ("\n" if ex["expect"] else ""))
open(sys.argv[3] + ".line", "w").write(str(ex["line"]))
PY
    line=$(cat "$TMP/ex.line")
    cmd=$(cat "$TMP/ex.cmd")
    # commands are written as `growthcheck ...` or `./growthcheck ...`
    cmd=$(printf '%s' "$cmd" | sed 's|^\./growthcheck|growthcheck|')
    if (cd "$TMP/work" && PATH="$TMP/bin:$PATH" sh -c "$cmd") > "$TMP/ex.out" 2> "$TMP/ex.err"; then
        ok
    else
        not_ok "README.md:$line: '$cmd' failed: $(head -c 300 "$TMP/ex.err")"
    fi
    tr -s ' ' < "$TMP/ex.out" > "$TMP/ex.norm"
    while IFS= read -r want; do
        w=$(printf '%s' "$want" | tr -s ' ')
        if grep -qF -- "$w" "$TMP/ex.norm"; then ok; else
            not_ok "README.md:$line: '$cmd' does not show: $want"
        fi
    done < "$TMP/ex.want"
    i=$((i + 1))
done
