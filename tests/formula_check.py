#!/usr/bin/env python3
"""formula_check.py FINDINGS.json... -- every finding's formula states the
computation that gives its printed value: the left side, evaluated, rounds to
the printed right side and agrees with computed.value (relative 1e-3: the
formula prints its inputs to six significant digits).  With --zh, also checks
that no Chinese explanation holds an ASCII word that is not quoted data (a
unit, a name or a word of the sentences the finding used).  Exit 1 on any
failure, naming the finding."""
import json
import re
import sys

NUM = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4), ("千", 1e3), ("百", 1e2),
          ("trillion", 1e12), ("billion", 1e9), ("million", 1e6), ("thousand", 1e3))
UNIT = r"(%|[^\x00-\x7f]+(?:/[^\x00-\x7f]+)?|\s?[A-Za-z][A-Za-z ]*[A-Za-z](?:/[A-Za-z]+)?)"


def scale(unit):
    for word, k in SCALES:
        if unit.strip().startswith(word):
            return k
    return 1.0


def to_python(expr):
    """A formula side as Python: a number with its unit as written becomes
    number * the unit's scale (9500亿元 -> 9500*1e8), X% becomes X/100,
    ^ becomes **.  What is left must be arithmetic."""
    def number(m):
        v, unit = m.group(1), m.group(2) or ""
        if unit.startswith("%"):
            return "(%s/100)" % v
        return "(%s*%r)" % (v, scale(unit))
    out = re.sub(r"(\d+(?:\.\d+)?(?:e[-+]?\d+)?)" + UNIT + "?", number, expr)
    out = out.replace("^", "**")
    if re.search(r"[^0-9eE.+\-*/() ']", out):
        raise ValueError("not arithmetic: %r" % out)
    return out


def evaluate(expr):
    return eval(to_python(expr), {"__builtins__": {}}, {})


def check_formula(f):
    form = f.get("formula")
    if not form or "=" not in form:
        return None
    comp = (f.get("computed") or {}).get("value")
    m = re.match(r"sum\(k=1\.\.(\d+)\) \(1 \+ r\)\^k = (.*) = (" + NUM + r"), r = (" + NUM + r")%$",
                 form)
    if m:
        n, ratio, shown, r = int(m.group(1)), evaluate(m.group(2)), float(m.group(3)), float(m.group(4))
        if abs(ratio - shown) > 1e-6 * max(1, abs(shown)):
            return "ratio %s is not %s" % (ratio, shown)
        x = 1 + comp / 100
        total = sum(x ** k for k in range(1, n + 1))
        if abs(total - ratio) > 1e-6 * ratio or abs(round(comp, 2) - r) > 0.006:
            return "cumulative rate %s does not solve the sum (%s vs %s)" % (comp, total, ratio)
        return None
    body = re.sub(r"^official ", "", form)
    body = re.sub(r"\s*\(series lines?[^)]*\)\s*$", "", body)
    body = re.sub(r"\s*needed$", "", body)
    left, _, right = body.rpartition("=")
    rm = re.match(r"\s*(" + NUM + r")" + UNIT + r"?\s*$", right)
    if not rm:
        return "the right side %r is not one printed figure" % right
    try:
        value = evaluate(left)
    except Exception as e:  # noqa: BLE001 -- any failure to parse is the finding's
        return "cannot evaluate %r: %s" % (left, e)
    unit = rm.group(2) or ""
    shown = float(rm.group(1))
    # the printed figure in the unit it is written in
    value = value * 100 if unit.strip() == "%" else value / scale(unit)
    digits = len(rm.group(1).split(".")[1]) if "." in rm.group(1) else 0
    if abs(value - shown) > 0.5 * 10 ** -digits + 1e-9:
        return "%r evaluates to %.6g, printed %s" % (left.strip(), value, shown)
    if comp is not None and abs(value - comp) > 1e-3 * max(abs(comp), 1e-9) + 1e-9:
        return "%r evaluates to %.6g, computed.value is %.6g" % (left.strip(), value, comp)
    return None


def ascii_words(f):
    text = f.get("explanation") or ""
    data = " ".join([(c.get("source") or {}).get("sentence") or "" for c in f.get("claims", [])]
                    + [c.get("indicator") or "" for c in f.get("claims", [])]
                    + [c.get("unit") or "" for c in f.get("claims", [])]
                    + [f.get("indicator") or "", f.get("indicator_written") or ""]
                    + [i.get("unit") or "" for i in f.get("implied", [])])
    data_words = set(w.lower() for w in re.findall(r"[A-Za-z]{2,}", data))
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w.lower() not in data_words]


def main(argv):
    zh = "--zh" in argv
    files = [a for a in argv[1:] if a != "--zh"]
    if not files:
        print("usage: formula_check.py [--zh] FINDINGS.json...", file=sys.stderr)
        return 2
    bad = n = 0
    for path in files:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        for k, f in enumerate(doc["findings"]):
            n += 1
            why = check_formula(f)
            if why:
                bad += 1
                print("%s: finding %d (%s %s): formula %r: %s"
                      % (path, k + 1, f.get("indicator"), f.get("check"), f.get("formula"), why))
            if zh:
                words = ascii_words(f)
                if words:
                    bad += 1
                    print("%s: finding %d (%s %s): English in a Chinese explanation: %s"
                          % (path, k + 1, f.get("indicator"), f.get("check"), " ".join(words)))
    print("%d findings, %d failures" % (n, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
