#!/usr/bin/env python3
"""summary_check.py OUTDIR LANG [--title T] [--place P] [--year Y] [--file F]
[--first SEVERITY:INDICATOR ...] [--caveat WORD ...] [--method WORD ...]

Checks the structure of OUTDIR/summary.md against OUTDIR/findings.json,
never its whole text: the header's facts in order, one verdict line whose
counts are the findings', every finding once, most severe first, each with
its quoted sentence and line, chart links that are relative and exist, the
method and caveat sections, and (LANG zh) no English words outside file
names, formulas and the references.  Exit 0, or 1 with the reasons."""
import json
import os
import re
import sys

SEV = {'zh': ['不一致', '已解释（需留意）', '已解释', '一致', '无法核对'],
       'en': ['Inconsistent', 'Explained, with a warning', 'Explained', 'Consistent',
              'Unverifiable']}
SEV_LINE = {'zh': SEV['zh'],
            'en': ['inconsistent', 'explained, with a warning', 'explained', 'consistent',
                   'unverifiable']}
HEAD = {'zh': ['文件', '标题', '地区', '年份', '核查', '结论'],
        'en': ['File', 'Title', 'Place', 'Year', 'Checked', 'Verdicts']}
SECTIONS = {'zh': ['## 核查结论', '## 方法说明', '## 注意事项'],
            'en': ['## Findings', '## Method', '## Caveats']}
# ASCII words a Chinese memo may hold: the program, the references, the
# option that set a year, chart kinds in the charts table.
ZH_ALLOWED = {'growthcheck', 'analysis', 'deflator', 'tsv', 'WDI', 'NY', 'GDP', 'DEFL', 'ZS',
              'report', 'year', 'png'}


def severity(f):
    v = f['verdict']
    if v == 'inconsistent':
        return 0
    if v == 'explained':
        return 1 if f.get('warning') else 2
    return 3 if v == 'consistent' else 4


def main(argv):
    out, lang = argv[1], argv[2]
    opts = {'--title': None, '--place': None, '--year': None, '--file': None}
    firsts, caveats, methods = [], [], []
    i = 3
    while i < len(argv):
        k, v = argv[i], argv[i + 1]
        if k == '--first':
            firsts.append(v)
        elif k == '--caveat':
            caveats.append(v)
        elif k == '--method':
            methods.append(v)
        else:
            opts[k] = v
        i += 2
    md = open(os.path.join(out, 'summary.md'), encoding='utf-8').read()
    findings = json.load(open(os.path.join(out, 'findings.json'), encoding='utf-8'))['findings']
    bad = []
    lines = md.split('\n')
    colon = '：' if lang == 'zh' else ':'

    # the title line and the header's facts, in order
    if not lines[0].startswith('# '):
        bad.append('first line is not a heading: ' + lines[0])
    if opts['--title'] and opts['--title'] not in lines[0]:
        bad.append('heading %r lacks the title %r' % (lines[0], opts['--title']))
    facts = [l for l in lines if l.startswith('- **')][:6]
    names = [re.match(r'- \*\*(.+?)' + colon + r'\*\*', l) for l in facts]
    names = [m.group(1) if m else None for m in names]
    if names != HEAD[lang]:
        bad.append('header facts %r, want %r' % (names, HEAD[lang]))
    fact = dict(zip(HEAD[lang], facts))
    for key, want in (('--place', 2), ('--year', 3), ('--file', 0)):
        if opts[key] and opts[key] not in fact.get(HEAD[lang][want], ''):
            bad.append('%s line %r lacks %r' % (HEAD[lang][want], fact.get(HEAD[lang][want]),
                                                  opts[key]))
    if re.search(r'`/', md) or re.search(r'\]\(/', md):
        bad.append('an absolute path in the summary')

    # one verdict line whose counts are the findings'
    want = [0] * 5
    for f in findings:
        want[severity(f)] += 1
    vline = fact.get(HEAD[lang][5], '')
    got = []
    for w in SEV_LINE[lang]:
        m = re.search((r'(?:\*\* |· )' + re.escape(w) + r' (\d+)') if lang == 'zh'
                      else (r'(\d+) ' + re.escape(w) + r'(?: ·|$)'), vline)
        got.append(int(m.group(1)) if m else None)
    if got != want:
        bad.append('verdict line %r gives %r, findings give %r' % (vline, got, want))

    # sections in order
    at = [md.find('\n' + s) for s in SECTIONS[lang]]
    if -1 in at or at != sorted(at):
        bad.append('sections %r missing or out of order: %r' % (SECTIONS[lang], at))
    charts = md.find('\n## 图表' if lang == 'zh' else '\n## Charts')
    if charts != -1 and charts < max(at):
        bad.append('the charts section comes before the caveats')

    # every finding once, most severe first: a full section each, except
    # the unverifiable, one row each in the table that ends the findings
    # (its heading starts "### " and no number); the numbers run on through
    # the table, and the coverage row aside, each row has its line
    part = md.split('\n' + SECTIONS[lang][1])[0]
    table_head = '\n### ' + ('无法核对（' if lang == 'zh' else 'Unverifiable (')
    part, _, table = part.partition(table_head)
    blocks = re.split(r'\n(?=### )', part)[1:]
    rows = re.findall(r'^\| (\d+) \| (.*) \|$', table, re.M)
    if len(blocks) + len(rows) != len(findings):
        bad.append('%d finding blocks and %d table rows, %d findings'
                   % (len(blocks), len(rows), len(findings)))
    n_unv = sum(1 for f in findings if severity(f) == 4)
    if len(rows) != n_unv:
        bad.append('%d unverifiable rows, %d unverifiable findings' % (len(rows), n_unv))
    if n_unv and not re.match(r'(\d+)', table) or (n_unv and int(re.match(r'(\d+)', table).group(1)) != n_unv):
        bad.append('the table heading does not count its %d rows' % n_unv)
    order = []
    for n, b in enumerate(blocks, 1):
        head = b.split('\n', 1)[0]
        m = re.match(r'### (\d+)\. (.+?)' + colon + ' ?(.*)', head)
        if not m or int(m.group(1)) != n:
            bad.append('finding heading %r is not number %d' % (head, n))
            continue
        if m.group(2) not in SEV[lang] or m.group(2) == SEV[lang][4]:
            bad.append('finding heading %r has no verdict or is unverifiable' % head)
            continue
        order.append(SEV[lang].index(m.group(2)))
        coverage = '覆盖情况' in head or 'coverage' in head
        quote = re.search(r'^> .+\n> (——|— )`[^`]+`(，第\d+行|, line \d+)$', b, re.M)
        if not quote and not coverage:
            bad.append('finding %d has no quoted sentence with its line' % n)
    for k, (num, rest) in enumerate(rows):
        if int(num) != len(blocks) + k + 1:
            bad.append('table row %s is not number %d' % (num, len(blocks) + k + 1))
        cells = re.split(r' (?<!\\)\| ', rest)
        if len(cells) != 6:
            bad.append('table row %s has %d cells, want 7' % (num, len(cells) + 1))
        elif not re.match(r'^(`[^`]+`:)?\d+([、,] ?(`[^`]+`:)?\d+)*$', cells[5]) \
                and '覆盖情况' not in cells[1] and 'coverage' not in cells[1]:
            bad.append('table row %s has no line: %r' % (num, cells[5]))
        order.append(4)
    if order != sorted(order):
        bad.append('findings not most severe first: %r' % order)
    for k, spec in enumerate(firsts):
        sev, ind = spec.split(':', 1)
        head = blocks[k].split('\n', 1)[0] if k < len(blocks) else ''
        if not head.startswith('### %d. %s%s' % (k + 1, sev, colon)) or ind not in head:
            bad.append('finding %d is %r, want %s on %s' % (k + 1, head, sev, ind))

    # chart links: relative, and the file is there
    for target in re.findall(r'\]\(([^)]+)\)', md):
        if target.startswith('/') or '..' in target.split('/'):
            bad.append('link %r is not relative inside the output folder' % target)
        elif not os.path.exists(os.path.join(out, target)):
            bad.append('link %r points to nothing' % target)

    method = md.split('\n' + SECTIONS[lang][1], 1)[-1].split('\n' + SECTIONS[lang][2], 1)[0]
    for w in methods:
        if w not in method:
            bad.append('method note lacks %r' % w)
    cav = md.split('\n' + SECTIONS[lang][2], 1)[-1].split('\n## ', 1)[0]
    for w in caveats:
        if w not in cav:
            bad.append('caveats lack %r' % w)

    if lang == 'zh':
        text = re.sub(r'`[^`]*`', '', md)                      # file names
        text = re.sub(r'\[[^\]]*\]\([^)]*\)', '', text)          # chart links
        text = '\n'.join(l for l in text.split('\n') if not l.startswith('| charts/'))
        words = set(re.findall(r'[A-Za-z]{2,}', text)) - ZH_ALLOWED
        if words:
            bad.append('English words in a Chinese summary: ' + ', '.join(sorted(words)))
    if bad:
        print('\n'.join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
