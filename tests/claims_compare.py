#!/usr/bin/env python3
"""claims_compare.py -- compare the claims `growthcheck extract --format jsonl`
printed with the claims a test expects, and say precisely what differs.

An expected claim is a JSON object holding a SUBSET of the public keys; only
the keys it has are checked.  Numbers agree when
|got - want| <= max(1e-9 * max(|got|, |want|), 1e-12); booleans, strings and
null must be equal and of the same JSON type; lists agree item by item;
objects ("normalized", "source") agree on the keys the expected one has.

  claims_compare.py ordered ACTUAL EXPECTED
      same number of claims, the i-th actual matches the i-th expected.
  claims_compare.py set ACTUAL EXPECTED [--allow ALLOWED]
      every expected claim is matched by a distinct actual claim (first on
      indicator, kind, year, period, value and unit, then the other keys are
      checked); every actual claim left over is an error unless ALLOWED has
      an object with its source line ("line"), its value, a reason ("why")
      and optionally other claim keys, which the claim must then match.
  claims_compare.py batch LIST
      ordered comparisons of many pairs in one run: LIST has a line
      NAME<TAB>ACTUAL<TAB>EXPECTED a pair; prints "ok NAME" or
      "not_ok NAME: the first problems, |-joined" a pair (a test suite
      starts one interpreter, not one a fixture).  Exit 0 when every pair
      matches, 1 otherwise.
  claims_compare.py --self-test
      checks the comparator itself on claims built in memory.

Exit status: 0 when everything matches, 1 on any difference, 2 on bad usage
or a file that is not JSON Lines.  Standard library only.
"""

import json
import math
import sys

REL_TOL = 1e-9
ABS_TOL = 1e-12
PRIMARY = ("indicator", "kind", "year", "period", "value", "unit")


class InputError(Exception):
    """A file that cannot be read as JSON Lines of objects."""


def _no_constant(name):
    raise ValueError("%s is not JSON" % name)


def load_jsonl(path):
    """Returns the objects of a JSON Lines file; blank lines are skipped.
    NaN and Infinity are refused: extract must never print them."""
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError("%s: %s" % (path, e))
    for no, text in enumerate(lines, 1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text, parse_constant=_no_constant)
        except ValueError as e:
            raise InputError("%s:%d: not JSON (%s)" % (path, no, e))
        if not isinstance(obj, dict):
            raise InputError("%s:%d: a claim must be a JSON object" % (path, no))
        out.append(obj)
    return out


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _show(v):
    return json.dumps(v, ensure_ascii=False)


def diff_value(got, want, path, out):
    """Appends to out one line per place where got does not match want."""
    if _is_num(want):
        if not _is_num(got) or not math.isclose(got, want, rel_tol=REL_TOL,
                                                abs_tol=ABS_TOL):
            out.append("%s: got %s, want %s" % (path, _show(got), _show(want)))
    elif isinstance(want, dict):
        if not isinstance(got, dict):
            out.append("%s: got %s, want an object" % (path, _show(got)))
            return
        for k in want:
            if k not in got:
                out.append("%s.%s: missing, want %s" % (path, k, _show(want[k])))
            else:
                diff_value(got[k], want[k], "%s.%s" % (path, k), out)
    elif isinstance(want, list):
        if not isinstance(got, list) or len(got) != len(want):
            out.append("%s: got %s, want %s" % (path, _show(got), _show(want)))
            return
        for i, (g, w) in enumerate(zip(got, want)):
            diff_value(g, w, "%s[%d]" % (path, i), out)
    elif type(got) is not type(want) or got != want:
        out.append("%s: got %s, want %s" % (path, _show(got), _show(want)))


def diff_claim(got, want, keys=None):
    """Returns the differences of claim got from expected claim want, on
    the keys of want (or only on keys, when given)."""
    out = []
    for k in want:
        if keys is not None and k not in keys:
            continue
        if k not in got:
            out.append("%s: missing, want %s" % (k, _show(want[k])))
        else:
            diff_value(got[k], want[k], k, out)
    return out


def describe(c):
    """One short line naming a claim: line, indicator, kind, when, value."""
    src = c.get("source") if isinstance(c.get("source"), dict) else {}
    when = c.get("period") if c.get("period") is not None else c.get("year")
    return "line %s %s %s %s %s%s" % (
        src.get("line", "?"), c.get("indicator", "?"), c.get("kind", "?"),
        _show(when), _show(c.get("value")), c.get("unit", ""))


def compare_ordered(actual, expected):
    """Returns the problems found comparing claim lists position by position."""
    problems = []
    if len(actual) != len(expected):
        problems.append("count: got %d claims, want %d" % (len(actual), len(expected)))
    for i, want in enumerate(expected):
        if i >= len(actual):
            problems.append("claim %d: missing, want %s" % (i + 1, _show(want)))
            continue
        for d in diff_claim(actual[i], want):
            problems.append("claim %d (%s): %s" % (i + 1, describe(actual[i]), d))
    for i in range(len(expected), len(actual)):
        problems.append("claim %d: extra %s" % (i + 1, describe(actual[i])))
    return problems


def _line_of(c):
    src = c.get("source")
    return src.get("line") if isinstance(src, dict) else None


def _pick(want, pool, keys):
    """Index into pool of the first unused actual claim agreeing with want on
    keys, preferring one on want's source line; None if there is none."""
    line = _line_of(want)
    found = None
    for i, got in pool:
        if diff_claim(got, want, keys):
            continue
        if line is None or _line_of(got) == line:
            return i
        if found is None:
            found = i
    return found


def _near(want, pool):
    """An unused actual claim on want's line with want's value or indicator,
    to explain a missing claim by its differences; None if there is none."""
    line = _line_of(want)
    if line is None:
        return None
    for key in ("value", "indicator"):
        for i, got in pool:
            if _line_of(got) == line and key in want and not diff_claim(got, want, (key,)):
                return i
    return None


def _allowed(got, allow):
    """The allow-list entry admitting got: same source line, and agreement on
    value and on every other claim key the entry has (kind, indicator...)."""
    for a in allow:
        want = {k: v for k, v in a.items() if k not in ("line", "why")}
        if _line_of(got) == a.get("line") and not diff_claim(got, want):
            return a
    return None


def compare_set(actual, expected, allow=()):
    """Returns (problems, stats) of matching expected claims to distinct
    actual claims in any order.  Pass 1 pairs exact matches, pass 2 pairs
    claims agreeing on the primary keys and reports the other keys, pass 3
    pairs a claim on the same line with the same value or indicator and
    reports every key; what is left is missing or extra."""
    used = set()
    pairs = [None] * len(expected)

    def pool():
        return [(i, a) for i, a in enumerate(actual) if i not in used]

    for keys in (None, PRIMARY):
        for j, want in enumerate(expected):
            if pairs[j] is None:
                i = _pick(want, pool(), keys)
                if i is not None:
                    pairs[j] = i
                    used.add(i)
    for j, want in enumerate(expected):
        if pairs[j] is None:
            i = _near(want, pool())
            if i is not None:
                pairs[j] = i
                used.add(i)
    problems = []
    stats = {"expected": len(expected), "actual": len(actual), "exact": 0,
             "differ": 0, "missing": 0, "extra": 0, "allowed": 0}
    for j, want in enumerate(expected):
        if pairs[j] is None:
            stats["missing"] += 1
            problems.append("MISSING %s  want %s" % (describe(want), _show(want)))
            continue
        diffs = diff_claim(actual[pairs[j]], want)
        if diffs:
            stats["differ"] += 1
            problems.append("DIFFER  %s: %s" % (describe(want), "; ".join(diffs)))
        else:
            stats["exact"] += 1
    for i, got in pool():
        if _allowed(got, allow):
            stats["allowed"] += 1
        else:
            stats["extra"] += 1
            problems.append("EXTRA   %s" % describe(got))
    return problems, stats


# ---- self-test: the comparator must be able to fail ----

def _claim(**kw):
    c = {"indicator": "地区生产总值", "kind": "growth_yoy", "year": 2021,
         "year_inferred": False, "period": None, "period_inferred": False,
         "value": 8.2, "unit": "%", "resolution": 0.1,
         "normalized": {"value": 8.2, "unit": "%"}, "qualifier": "exact",
         "estimated": False, "target": False, "cumulative": False,
         "basis": "unstated", "of": None,
         "source": {"file": "t.txt", "line": 3, "column": 14, "byte": 40,
                    "sentence": "s"}}
    c.update(kw)
    return c


def _self_test():
    base = _claim()
    level = _claim(kind="level", value=9500, unit="亿元",
                   normalized={"value": 9.5e11, "unit": "元"})
    MATCH, FAIL = True, False
    checks = [
        ("identical claims match", compare_ordered([base], [base]), MATCH),
        ("a subset of keys is enough",
         compare_ordered([base], [{"indicator": "地区生产总值", "value": 8.2}]), MATCH),
        ("value within 1e-9 relative",
         compare_ordered([_claim(value=8.2 * (1 + 1e-12))], [{"value": 8.2}]), MATCH),
        ("value off by 1e-6 relative",
         compare_ordered([_claim(value=8.2 * (1 + 1e-6))], [{"value": 8.2}]), FAIL),
        ("near zero: 1e-13 is 0", compare_ordered([_claim(value=1e-13)], [{"value": 0}]), MATCH),
        ("near zero: 1e-9 is not 0", compare_ordered([_claim(value=1e-9)], [{"value": 0}]), FAIL),
        ("sign matters", compare_ordered([base], [{"value": -8.2}]), FAIL),
        ("bool is not number", compare_ordered([_claim(estimated=1)], [{"estimated": True}]), FAIL),
        ("false is not null", compare_ordered([_claim(of=False)], [{"of": None}]), FAIL),
        ("string differs", compare_ordered([base], [{"unit": "百分点"}]), FAIL),
        ("missing key", compare_ordered([{"value": 8.2}], [{"value": 8.2, "unit": "%"}]), FAIL),
        ("nested normalized value",
         compare_ordered([level], [{"normalized": {"value": 9.5e10}}]), FAIL),
        ("nested normalized ok",
         compare_ordered([level], [{"normalized": {"value": 9.5e11, "unit": "元"}}]), MATCH),
        ("source line", compare_ordered([base], [{"source": {"line": 4}}]), FAIL),
        ("period list", compare_ordered([_claim(period=[2016, 2021])],
                                        [{"period": [2015, 2021]}]), FAIL),
        ("period vs null", compare_ordered([base], [{"period": [2016, 2021]}]), FAIL),
        ("too many actual", compare_ordered([base, level], [base]), FAIL),
        ("too few actual", compare_ordered([], [base]), FAIL),
        ("no claim wanted, none got", compare_ordered([], []), MATCH),
        ("order matters when ordered", compare_ordered([level, base], [base, level]), FAIL),
        ("order free when set", compare_set([level, base], [base, level])[0], MATCH),
        ("set: extra fails", compare_set([base, level], [base])[0], FAIL),
        ("set: allowed extra",
         compare_set([base, level], [base], [{"line": 3, "value": 9500, "why": "t"}])[0], MATCH),
        ("set: allow needs the same value",
         compare_set([base, level], [base], [{"line": 3, "value": 9400, "why": "t"}])[0], FAIL),
        ("set: allow entry's keys must match",
         compare_set([base, level], [base],
                     [{"line": 3, "value": 9500, "kind": "share", "why": "t"}])[0], FAIL),
        ("set: allow entry's keys match",
         compare_set([base, level], [base],
                     [{"line": 3, "value": 9500, "kind": "level", "why": "t"}])[0], MATCH),
        ("set: missing fails", compare_set([base], [base, level])[0], FAIL),
        ("set: flag differs", compare_set([_claim(estimated=True)], [base])[0], FAIL),
        ("set: each actual used once", compare_set([base], [base, base])[0], FAIL),
        ("set: near match reports keys",
         compare_set([_claim(indicator="GDP")], [base])[0], FAIL),
    ]
    bad = 0
    for name, problems, want in checks:  # want: MATCH or FAIL
        if (not problems) != want:
            bad += 1
            print("self-test FAIL: %s: %s, want %s"
                  % (name, problems or "no problem", "a match" if want else "a failure"))
    # A pairing that a greedy pass would get wrong: the exact pair comes first.
    e1, e2 = _claim(value=5.0, estimated=True), _claim(value=5.0)
    problems, stats = compare_set([_claim(value=5.0), _claim(value=5.0, estimated=True)],
                                  [e2, e1])
    if problems or stats["exact"] != 2:
        bad += 1
        print("self-test FAIL: exact pairs before partial pairs: %s" % problems)
    print("self-test: %d checks, %d failed" % (len(checks) + 1, bad))
    return 1 if bad else 0


def batch(list_path):
    """The ordered comparison of each pair LIST names; see the usage."""
    bad = 0
    with open(list_path, encoding="utf-8") as f:
        pairs = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for pair in pairs:
        if len(pair) != 3:
            raise InputError("%s: want NAME, ACTUAL, EXPECTED a line" % list_path)
        name, actual, expected = pair
        try:
            problems = compare_ordered(load_jsonl(actual), load_jsonl(expected))
        except InputError as e:
            problems = [str(e)]
        if problems:
            bad += 1
            print("not_ok %s: %s" % (name, "|".join(problems[:6])))
        else:
            print("ok %s" % name)
    return 1 if bad else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return _self_test()
    if len(argv) == 3 and argv[1] == "batch":
        try:
            return batch(argv[2])
        except (OSError, InputError) as e:
            print("claims_compare.py: %s" % e, file=sys.stderr)
            return 2
    args = argv[1:]
    allow_path = None
    if "--allow" in args:
        k = args.index("--allow")
        if k + 1 >= len(args):
            print("claims_compare.py: --allow needs a file", file=sys.stderr)
            return 2
        allow_path = args[k + 1]
        del args[k:k + 2]
    if len(args) != 3 or args[0] not in ("ordered", "set") or \
            (allow_path and args[0] != "set"):
        print("usage: claims_compare.py ordered|set ACTUAL EXPECTED [--allow FILE]"
              "\n       claims_compare.py --self-test", file=sys.stderr)
        return 2
    try:
        actual = load_jsonl(args[1])
        expected = load_jsonl(args[2])
        allow = load_jsonl(allow_path) if allow_path else []
    except InputError as e:
        print("claims_compare.py: %s" % e, file=sys.stderr)
        return 2
    for a in allow:
        if not isinstance(a.get("line"), int) or "value" not in a or not a.get("why"):
            print("claims_compare.py: %s: each entry needs line, value and why"
                  % allow_path, file=sys.stderr)
            return 2
    if args[0] == "ordered":
        problems = compare_ordered(actual, expected)
    else:
        problems, stats = compare_set(actual, expected, allow)
        print("%(expected)d expected: %(exact)d matched, %(differ)d differ, "
              "%(missing)d missing; %(actual)d extracted, %(extra)d extra, "
              "%(allowed)d allowed" % stats)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
