#!/usr/bin/env python3
"""findings_compare.py -- compare the findings `growthcheck check --format
json` printed with the findings a test expects, worked out by hand.

EXPECTED is a JSON object:
  {"rel_tol": 1e-4,            optional, default 1e-4: numbers agree when
                               |got - want| <= rel_tol * max(|got|, |want|)
                               (or 1e-9 absolute, for zeros)
   "count": 2,                 optional: how many findings there must be
   "findings": [ {...}, ... ]} each a SUBSET of a finding's public keys

Every expected finding must be matched by a distinct actual finding: the
candidates are those with the same indicator, check, from and to (the ones
the expected finding gives); the first candidate on which every expected
key agrees (claims_compare.diff_value: objects on the expected keys, lists
item by item) is taken.  Otherwise the differences from the first
candidate are printed.

  findings_compare.py ACTUAL.json EXPECTED.json

Exit status: 0 when everything matches, 1 on any difference, 2 on bad
usage or a file that is not JSON.  Standard library only.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claims_compare  # noqa: E402  (diff_value, the subset comparison)

KEYS = ("indicator", "check", "from", "to")


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f, parse_constant=claims_compare._no_constant)
    except (OSError, ValueError) as e:
        raise claims_compare.InputError("%s: %s" % (path, e))


def compare(actual, expected):
    """Returns the problems found, one line each."""
    got = actual.get("findings", []) if isinstance(actual, dict) else []
    problems = []
    if "count" in expected and len(got) != expected["count"]:
        problems.append("count: got %d findings, want %d" % (len(got), expected["count"]))
    used = set()
    for n, want in enumerate(expected.get("findings", []), 1):
        cands = [i for i, f in enumerate(got) if i not in used and
                 all(f.get(k) == want[k] for k in KEYS if k in want)]
        name = "finding %d (%s)" % (n, " ".join(str(want.get(k)) for k in KEYS if k in want))
        if not cands:
            problems.append("%s: no finding with these keys" % name)
            continue
        diffs = None
        for i in cands:
            d = claims_compare.diff_claim(got[i], want)
            if not d:
                used.add(i)
                diffs = None
                break
            if diffs is None:
                diffs = d
        else:
            problems.extend("%s: %s" % (name, d) for d in diffs)
    return problems


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: findings_compare.py ACTUAL.json EXPECTED.json\n")
        return 2
    try:
        actual, expected = load(argv[1]), load(argv[2])
    except claims_compare.InputError as e:
        sys.stderr.write("findings_compare.py: %s\n" % e)
        return 2
    claims_compare.REL_TOL = expected.get("rel_tol", 1e-4)
    claims_compare.ABS_TOL = 1e-9
    problems = compare(actual, expected)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
