#!/usr/bin/env python3
"""csv_check.py -- read a growthcheck series CSV the way a spreadsheet or
pandas would (Python's csv module, UTF-8 with or without a BOM) and check it.

    csv_check.py long FILE [--check SPEC]...
    csv_check.py wide FILE [--check SPEC]...

Always checks: the file decodes as UTF-8; it is a rectangular table (every
record has as many fields as the header); the header is the documented one
(long: the fixed columns; wide: the fixed columns, then consecutive years,
then implied_years and path_years); every numeric cell is empty or a finite
number in the C locale.

A SPEC selects exactly one record and checks one cell:
    col=text,col=text:target~number   (relative tolerance 1e-3)
    col=text,col=text:target=text     (exact)
    col=text,col=text:target>number   (the cell is a number above it)
    col=text,col=text:!               (no record matches)
e.g. "indicator=区级一般公共预算收入,year=2016,source=implied:value~385.9".
Prints "ok: N records, M checks" or the first problem, exiting 1.
"""
import csv
import math
import re
import sys

LONG = ["indicator", "indicator_en", "year", "value", "unit", "normalized_value",
        "normalized_unit", "source", "basis", "low", "high", "derivation"]
LONG_NUMERIC = ["year", "value", "normalized_value", "low", "high"]
WIDE_HEAD = ["indicator", "indicator_en", "measure", "unit", "source"]
WIDE_TAIL = ["implied_years", "path_years"]
NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")
REL_TOL = 1e-3


class Bad(Exception):
    pass


def number(cell, where):
    if not NUMBER.match(cell):
        raise Bad("%s: '%s' is not a number in the C locale" % (where, cell))
    v = float(cell)
    if not math.isfinite(v):
        raise Bad("%s: '%s' is not finite" % (where, cell))
    return v


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        records = list(csv.reader(f, strict=True))
    if not records:
        raise Bad("no header")
    header, body = records[0], records[1:]
    for i, rec in enumerate(body, start=2):
        if len(rec) != len(header):
            raise Bad("record %d has %d fields, the header %d" % (i, len(rec), len(header)))
    return header, [dict(zip(header, rec)) for rec in body]


def check_header(mode, header):
    if mode == "long":
        if header != LONG:
            raise Bad("header %s, want %s" % (header, LONG))
        return LONG_NUMERIC
    if header[:5] != WIDE_HEAD or header[-2:] != WIDE_TAIL:
        raise Bad("header %s does not start with %s and end with %s"
                  % (header, WIDE_HEAD, WIDE_TAIL))
    years = header[5:-2]
    for k, y in enumerate(years):
        if not y.isdigit() or (k and int(y) != int(years[k - 1]) + 1):
            raise Bad("year columns %s are not consecutive years" % years)
    return years


def check_numbers(records, numeric):
    for i, rec in enumerate(records, start=2):
        for col in numeric:
            if rec[col] != "":
                number(rec[col], "record %d, %s" % (i, col))
            elif col in ("year", "value", "normalized_value"):
                raise Bad("record %d: %s is empty" % (i, col))


def apply(spec, records):
    m = re.match(r"^(.*):(!|([^~=>]+)([~=>])(.*))$", spec, re.S)
    if not m:
        raise Bad("bad spec %s" % spec)
    sel = dict(kv.split("=", 1) for kv in m.group(1).split(","))
    found = [r for r in records if all(r.get(k) == v for k, v in sel.items())]
    if m.group(2) == "!":
        if found:
            raise Bad("%s: %d records match, want none" % (spec, len(found)))
        return
    if len(found) != 1:
        raise Bad("%s: %d records match, want one" % (spec, len(found)))
    target, op, want = m.group(3), m.group(4), m.group(5)
    cell = found[0].get(target)
    if cell is None:
        raise Bad("%s: no column %s" % (spec, target))
    if op == "=":
        if cell != want:
            raise Bad("%s: cell is '%s'" % (spec, cell))
        return
    got = number(cell, spec) if cell != "" else None
    if got is None:
        raise Bad("%s: cell is empty" % spec)
    if op == ">" and not got > float(want):
        raise Bad("%s: %s is not above %s" % (spec, got, want))
    if op == "~" and abs(got - float(want)) > REL_TOL * abs(float(want)):
        raise Bad("%s: %s is not within %g of %s" % (spec, got, REL_TOL, want))


def main(argv):
    if len(argv) < 3 or argv[1] not in ("long", "wide"):
        sys.stderr.write(__doc__)
        return 2
    mode, path, rest = argv[1], argv[2], argv[3:]
    try:
        header, records = read(path)
        check_numbers(records, check_header(mode, header))
        checks = 0
        while rest:
            if rest[0] != "--check" or len(rest) < 2:
                raise Bad("unknown argument %s" % rest[0])
            apply(rest[1], records)
            checks += 1
            rest = rest[2:]
    except (Bad, csv.Error, UnicodeDecodeError) as e:
        print("csv_check: %s: %s" % (path, e))
        return 1
    print("ok: %d records, %d checks" % (len(records), checks))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
