#!/usr/bin/env python3
"""chart_files_check.py DIR -- checks a charts folder from its .gp and .dat
files alone: every file name is a readable slug (lower-case words joined
by '-', no word that looks like a hash, at most 50 characters before a
"-N" that keeps it unique); no label, tic or number a
reader sees is in e-notation; no line is drawn across a missing year; an
index chart has at most six series.  Prints what is wrong on stderr and
exits 1, else exits 0."""
import os
import re
import sys

SLUG = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*\.(gp|dat|png|svg|pdf)$')
ENOTE = re.compile(r'(?<![A-Za-z0-9_#])[0-9.]+[eE][+-]?[0-9]+')
HASHY = re.compile(r'^(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{6,}$')
LINE_ELEM = re.compile(r"'([^']+\.dat)' index (\d+) using (\S+) with (lines|linespoints)")


def blocks(text):
    """The data blocks of a .dat, split as gnuplot's index does (two blank
    lines); each a list of lines, a blank line kept as ''."""
    out, cur, blank = [], [], 0
    for line in text.split('\n'):
        if line.strip() == '':
            blank += 1
            if blank == 2 and cur:
                out.append(cur)
                cur = []
            continue
        if blank == 1 and cur:
            cur.append('')
        blank = 0
        if not line.startswith('#'):
            cur.append(line)
    if cur:
        out.append(cur)
    return out


def main():
    d = sys.argv[1]
    bad = []
    for name in sorted(os.listdir(d)):
        if not SLUG.match(name):
            bad.append('not a readable slug: %s' % name)
        else:
            stem = name.rsplit('.', 1)[0]
            words = stem.split('-')
            if any(HASHY.match(w) for w in words):
                bad.append('a hash in a file name: %s' % name)
            if len(re.sub(r'-[0-9]+$', '', stem)) > 50:
                bad.append('file name too long to read: %s' % name)
        if not name.endswith(('.gp', '.dat')):
            continue
        text = open(os.path.join(d, name), encoding='utf-8').read()
        for n, line in enumerate(text.split('\n'), 1):
            if line.startswith('#'):
                continue
            code = line.split('  #')[0]
            # quoted strings are what readers see: labels, tics, titles
            for q in re.findall(r'"([^"]*)"|\'([^\']*)\'', code):
                s = q[0] or q[1]
                if ENOTE.search(s) and not s.endswith(('.dat', '.gp')):
                    bad.append('%s:%d: e-notation in %r' % (name, n, s))
            if name.endswith('.gp') and re.search(r"set (x|y)?tics.*\d[eE][+-]?\d", code):
                bad.append('%s:%d: e-notation in tics' % (name, n))
        if name.endswith('.gp'):
            series = set()
            for dat, k, using, style in LINE_ELEM.findall(text):
                bl = blocks(open(os.path.join(d, dat), encoding='utf-8').read())
                series.add(k)
                rows = bl[int(k)] if int(k) < len(bl) else []
                prev = None
                for row in rows:
                    if row == '':
                        prev = None
                        continue
                    year = float(row.split()[0])
                    if prev is not None and abs(year - prev - 1) > 1e-9:
                        bad.append('%s: block %s joins %g to %g across a gap'
                                   % (dat, k, prev, year))
                    prev = year
            if name in ('index.gp', 'growth-compared.gp'):
                dat = name[:-3] + '.dat'
                n = len(series) if name == 'index.gp' else \
                    sum(len([r for r in b if r]) for b in
                        blocks(open(os.path.join(d, dat), encoding='utf-8').read()))
                if n > 6:
                    bad.append('%s: %d series, more than 6' % (name, n))
    for b in bad:
        print(b, file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
