#!/usr/bin/env python3
"""eval.py -- score `growthcheck extract` on the development corpus.

For every tests/corpus/NAME.expect.jsonl whose document ../shared/corpus/{zh,en}/NAME.txt
exists, runs `growthcheck extract --format jsonl` on the document and prints recall and
precision per document and pooled (Chinese and English apart), two ways:

  strict       indicator, kind, time (year or period, and part), value, value_high
  figure-only  indicator, kind, value (time ignored)

NAME.en.expect.jsonl holds the English claims of a bilingual document of zh/: they pool
with English and are scored against the claims the tool gives for English text (its
`lang` key, or, while the tool has none, an indicator without CJK characters); the
document's NAME.expect.jsonl is then scored against the rest.

Matching is one-to-one (a maximum matching: no expected claim and no tool claim is used
twice).  Values agree within a relative 1e-9; kinds are equal; indicators agree when,
once normalised, one contains the other (and is at least half its length) or both name the same entry (name or alias) of
analysis/indicators.tsv.  Chinese normalisation: pinyin glosses such as (chǎn) removed,
traditional characters folded (tests/corpus/fold.tsv, plus the fold rows of
ingest/lexicon-zh.tsv when it exists), spaces, quotes and punctuation removed, and a
leading scope or place prefix (全市, 我区, 本市, 辽宁省, ...) stripped.  English: lower
case, articles and punctuation removed, containment on whole words.  An expectation row
without indicator, kind or value (a marker of an out-of-scope line) is not a claim; what
the tool emits for such lines still counts as extra.

tests/corpus/baseline.txt holds the pooled figures of each language and each annotated
document's figures when the baseline was taken, with a digest of its expectation file.  A
pooled figure more than 0.005 below its baseline fails the run: that is the guard, as the
whole corpus is what measures the extractor.  A document whose expectation is unchanged and
whose figure fell is named (a trade-off someone should look at) but does not fail the run;
documents added or re-annotated since are reported.

EXPECT/undated.tsv (NAME, YEAR, why; tab-separated) names the documents whose text writes
no year, so that their annotator dated them from the document's description, which the
tool never sees.  They are scored as the tool reads them, and once more given that year
with `--report-year`, as a user who knows the document would run it; the second figure
is printed below each pool and guards nothing.

  eval.py [--corpus DIR] [--bin PATH] [--expect DIR] [--baseline FILE] [--only TEXT] [-v]
      score and check (--expect: the folder of expectations; --only: the documents whose
      name contains TEXT; -v: each document's misses and extras, with their lines)
  eval.py --write-baseline [...]   score every document and rewrite the baseline
  eval.py --self-test              check the matcher itself

Exit: 0 pass, 1 a document fell below its baseline, 2 bad usage or input (binary missing,
expectation not JSON), 3 corpus directory missing.  Standard library only.
"""

import hashlib
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REL_TOL = 1e-9
ABS_TOL = 1e-12
SLACK = 0.005
EXIT_REGRESSION, EXIT_USAGE, EXIT_NO_CORPUS = 1, 2, 3
FIGURES = ("strict_recall", "strict_precision", "figure_recall", "figure_precision")


class InputError(Exception):
    """A file or a run that cannot be read."""


# ---- normalising indicators --------------------------------------------------------

SCOPES = ("全市", "全县", "全区", "全省", "全州", "全国", "全盟", "全旗", "全镇", "全乡",
          "我市", "我区", "我县", "我省", "我州", "本市", "本区", "本县", "本省", "本州")
PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?[市县区省州]")
NOT_PLACE = ("地区", "城区", "市区", "社区", "园区", "城市", "城县")
GLOSS = re.compile(r"[(\uff08][a-zA-Z\u00c0-\u024f\u01cd-\u01dc\u0300-\u036f\s]+[)\uff09]")
PUNCT_EXTRA = set("“”‘’「」『』《》〈〉【】〔〕、，。；：！？（）—…·～﹐﹑﹔﹕︰∶")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
ARTICLES = {"a", "an", "the"}


def load_fold(root=ROOT):
    """The trad->simp map: tests/corpus/fold.tsv, then the `fold` rows of
    ingest/lexicon-zh.tsv if that file exists (its rows win)."""
    table = {}
    own = os.path.join(root, "tests", "corpus", "fold.tsv")
    if os.path.exists(own):
        with open(own, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                cells = line.rstrip("\n").split("\t")
                if len(cells) >= 2 and len(cells[0]) == 1 and len(cells[1]) == 1:
                    table[cells[0]] = cells[1]
    lex = os.path.join(root, "ingest", "lexicon-zh.tsv")
    if os.path.exists(lex):
        with open(lex, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if len(cells) >= 3 and cells[0].strip().lower() == "fold" \
                        and len(cells[1]) == 1 and len(cells[2]) == 1:
                    table[cells[1]] = cells[2]
    return table


def is_punct(ch):
    if ch in PUNCT_EXTRA or ch.isspace():
        return True
    cat = unicodedata.category(ch)
    return cat[0] in "PSZ" and ch not in "%‰"


def strip_prefix(s):
    """s without one leading scope word or place name, if something is left."""
    for _ in range(2):
        cut = 0
        for w in SCOPES:
            if s.startswith(w):
                cut = len(w)
                break
        if not cut:
            m = PLACE.match(s)
            if m and len(m.group(0)) >= 2 and m.group(0) not in NOT_PLACE \
                    and not s.startswith("地区"):
                cut = len(m.group(0))
        if not cut or len(s) - cut < 2:
            break
        s = s[cut:]
    return s


def norm_zh(s, fold):
    s = GLOSS.sub("", s)
    s = "".join(fold.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in s if not is_punct(ch))
    return strip_prefix(s)


def norm_en(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(" " if is_punct(ch) and ch not in "%" else ch for ch in s)
    return " ".join(w for w in s.split() if w not in ARTICLES)


def is_zh(s):
    return bool(CJK.search(s or ""))


class Indicators:
    """Normalises indicator names and tells whether two name the same thing."""

    def __init__(self, root=ROOT, fold=None, tsv=None):
        self.fold = load_fold(root) if fold is None else fold
        self.keys = {}
        if tsv is None:
            path = os.path.join(root, "analysis", "indicators.tsv")
            tsv = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        for line in tsv.split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.split("\t")
            names = [cells[0]]
            if len(cells) > 3 and cells[3].strip() not in ("", "-"):
                names += cells[3].split("|")
            for n in names:
                self.keys.setdefault(self.norm(n.strip()), cells[0])
            if len(cells) > 1 and cells[1].strip() not in ("", "-"):
                self.keys.setdefault(self.norm(cells[1].strip()), cells[0])
        self.cache = {}

    def norm(self, s):
        s = s or ""
        return norm_zh(s, self.fold) if is_zh(s) else norm_en(s)

    def normed(self, s):
        if s not in self.cache:
            self.cache[s] = self.norm(s)
        return self.cache[s]

    def same(self, a, b):
        x, y = self.normed(a), self.normed(b)
        if not x or not y:
            return x == y
        # Containment counts only when the shorter name is at least half the longer
        # one: a fragment such as 城镇 must not pass for 城镇常住居民人均可支配收入.
        if is_zh(x) or is_zh(y):
            short, long_ = sorted((x, y), key=len)
            if short in long_ and 2 * len(short) >= len(long_):
                return True
        else:
            short, long_ = sorted((x, y), key=lambda t: len(t.split()))
            if (" %s " % short) in (" %s " % long_) and \
                    2 * len(short.split()) >= len(long_.split()):
                return True
        kx, ky = self.keys.get(x), self.keys.get(y)
        return kx is not None and kx == ky


# ---- claims and matching -----------------------------------------------------------

def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    if not (_num(a) and _num(b)):
        return False
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=ABS_TOL)


def time_of(c):
    period = c.get("period")
    if isinstance(period, list):
        period = tuple(period)
    return (c.get("year"), period, c.get("part"))


def is_claim(row):
    return all(k in row for k in ("indicator", "kind", "value")) and not any(
        row.get(k) for k in ("out_of_scope", "skip", "not_claim"))


def line_of(c):
    if "line" in c:
        return c["line"]
    src = c.get("source")
    return src.get("line") if isinstance(src, dict) else None


def agrees(exp, got, ind, strict):
    if exp.get("kind") != got.get("kind") or not close(exp.get("value"), got.get("value")):
        return False
    if strict and (time_of(exp) != time_of(got)
                   or not close(exp.get("value_high"), got.get("value_high"))):
        return False
    return ind.same(exp.get("indicator"), got.get("indicator"))


def match(expected, got, ind, strict):
    """A maximum one-to-one matching: returns {expected index: got index}.  Candidates
    are tried nearest line first, so among equal matchings the nearer pairs win."""
    cands = []
    for e in expected:
        le = line_of(e)
        row = [j for j, g in enumerate(got) if agrees(e, g, ind, strict)]
        row.sort(key=lambda j: (abs((line_of(got[j]) or 0) - (le or 0)), j))
        cands.append(row)
    owner = {}

    def augment(i, seen):
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    # greedy pass on exact-line pairs first keeps the matching readable
    for i, row in enumerate(cands):
        for j in row:
            if j not in owner and line_of(got[j]) == line_of(expected[i]):
                owner[j] = i
                break
    taken = set(owner.values())
    for i in range(len(expected)):
        if i not in taken:
            augment(i, set())
    return {i: j for j, i in owner.items()}


def ratio(n, d):
    return None if d == 0 else n / d


class Score:
    def __init__(self):
        self.n_exp = self.n_got = self.strict = self.figure = 0

    def add(self, other):
        self.n_exp += other.n_exp
        self.n_got += other.n_got
        self.strict += other.strict
        self.figure += other.figure

    def figures(self):
        return {"strict_recall": ratio(self.strict, self.n_exp),
                "strict_precision": ratio(self.strict, self.n_got),
                "figure_recall": ratio(self.figure, self.n_exp),
                "figure_precision": ratio(self.figure, self.n_got)}


def score(expected, got, ind):
    s = Score()
    s.n_exp, s.n_got = len(expected), len(got)
    sm = match(expected, got, ind, True)
    fm = match(expected, got, ind, False)
    s.strict, s.figure = len(sm), len(fm)
    return s, sm, fm


# ---- files -------------------------------------------------------------------------

def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for no, text in enumerate(f, 1):
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except ValueError as e:
                raise InputError("%s:%d: not JSON (%s)" % (path, no, e))
            if not isinstance(obj, dict):
                raise InputError("%s:%d: not a JSON object" % (path, no))
            out.append(obj)
    return out


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()[:12]


def documents(corpus, here=HERE):
    """(name, pool, document path, expectation path) for each expectation whose document
    exists; a second list names the expectations with no document."""
    docs, orphans = [], []
    for fn in sorted(os.listdir(here)):
        if not fn.endswith(".expect.jsonl"):
            continue
        stem = fn[:-len(".expect.jsonl")]
        name, pool = (stem[:-3], "en") if stem.endswith(".en") else (stem, None)
        for sub in ("zh", "en"):
            txt = os.path.join(corpus, sub, name + ".txt")
            if os.path.exists(txt):
                docs.append((name, pool or sub, txt, os.path.join(here, fn)))
                break
        else:
            orphans.append(fn)
    return docs, orphans


def extract(binary, txt, year=None):
    opt = ["--report-year", str(year)] if year else []
    try:
        r = subprocess.run([binary, "extract", "--format", "jsonl"] + opt + [txt],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise InputError("%s: %s" % (txt, e))
    claims = []
    for no, text in enumerate(r.stdout.decode("utf-8", "replace").split("\n"), 1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except ValueError:
            raise InputError("%s: extract printed a line that is not JSON (line %d), exit %d: %s"
                             % (txt, no, r.returncode, r.stderr.decode("utf-8", "replace")[:300]))
        if isinstance(obj, dict):
            claims.append(obj)
    if r.returncode not in (0, 1) and not claims:
        raise InputError("%s: extract exited %d: %s"
                         % (txt, r.returncode, r.stderr.decode("utf-8", "replace")[:300]))
    return claims


def read_undated(path):
    """NAME -> year from EXPECT/undated.tsv: the documents whose text writes no
    year, so that their annotator took it from the document's description."""
    years = {}
    if not os.path.isfile(path):
        return years
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            cells = line.rstrip("\n").split("\t")
            if not line.strip() or line.startswith("#"):
                continue
            if len(cells) < 3 or not cells[1].isdigit():
                raise InputError("%s:%d: want NAME<TAB>YEAR<TAB>why" % (path, no))
            years[cells[0]] = int(cells[1])
    return years


def lang_of(claim):
    lang = claim.get("lang")
    if lang in ("zh", "en"):
        return lang
    return "zh" if is_zh(claim.get("indicator")) else "en"


def read_baseline(path):
    """{(pool, name): (digest, figures)} for documents and {pool: figures} for pools."""
    base, pooled = {}, {}
    if not os.path.exists(path):
        return base, pooled
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.split()
            if len(cells) == 8 and cells[0] == "doc":
                vals = [None if c == "-" else float(c) for c in cells[4:8]]
                base[(cells[1], cells[2])] = (cells[3], dict(zip(FIGURES, vals)))
            elif len(cells) == 6 and cells[0] == "pool":
                vals = [None if c == "-" else float(c) for c in cells[2:6]]
                pooled[cells[1]] = dict(zip(FIGURES, vals))
    return base, pooled


def figure_falls(label, now, then):
    """The figures of now more than SLACK below those of then, as printable lines."""
    return ["%s: %s %s, baseline %.3f" % (label, k, fmt(now[k]).strip(), then[k])
            for k in FIGURES
            if then.get(k) is not None and (now[k] is None or now[k] < then[k] - SLACK)]


def fmt(v):
    return "   -  " if v is None else "%6.3f" % v


def write_baseline(path, results, pools):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# baseline.txt -- written by `make eval-baseline` (tests/corpus/eval.py "
                "--write-baseline).\n"
                "# doc POOL NAME DIGEST strict_recall strict_precision figure_recall "
                "figure_precision\n"
                "# `make eval` fails when a document whose expectation still has DIGEST "
                "scores more than\n# %.3f below a figure here; `-` is a figure with nothing "
                "to count.  pool lines are for reading.\n" % SLACK)
        for pool in ("zh", "en"):
            if pool in pools:
                fs = pools[pool].figures()
                f.write("pool %s %s\n" % (pool, " ".join(fmt(fs[k]).strip() for k in FIGURES)))
        for (pool, name), (dig, s) in sorted(results.items()):
            fs = s.figures()
            f.write("doc %s %s %s %s\n" % (pool, name, dig,
                                           " ".join(fmt(fs[k]).strip() for k in FIGURES)))


def show_claim(c):
    t = c.get("period") if c.get("period") is not None else c.get("year")
    part = (" " + c["part"]) if c.get("part") else ""
    hi = ("-%s" % c["value_high"]) if c.get("value_high") is not None else ""
    return "%s %s %s%s %s%s%s" % (c.get("indicator"), c.get("kind"),
                                  json.dumps(t), part, c.get("value"), hi, c.get("unit") or "")


def run(args):
    corpus = args["corpus"]
    if not os.path.isdir(corpus):
        sys.stderr.write("eval: corpus directory %s is missing; pass CORPUS=DIR to make "
                         "(../shared/corpus from the repository root by default)\n" % corpus)
        return EXIT_NO_CORPUS
    binary = os.path.abspath(args["bin"])
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        sys.stderr.write("eval: no growthcheck binary at %s (run make first)\n" % binary)
        return EXIT_USAGE
    ind = Indicators()
    docs, orphans = documents(corpus, args["expect"])
    if args["only"]:
        docs = [d for d in docs if args["only"] in d[0]]
    for o in orphans:
        print("eval: %s has no document in %s/{zh,en}/, skipped" % (o, corpus))
    if not docs:
        print("eval: no expectation in %s has a document in %s: nothing to score"
              % (args["expect"], corpus))
        return 0
    by_doc = {}
    for d in docs:
        by_doc.setdefault(d[2], []).append(d)
    results = {}
    pools = {}
    told = {}       # pools again, the undated documents given their year
    undated = read_undated(os.path.join(args["expect"], "undated.tsv"))
    lines_out = []
    for txt, group in by_doc.items():
        got_all = extract(binary, txt)
        year = next((undated[d[0]] for d in group if d[0] in undated), None)
        got_told = extract(binary, txt, year) if year else got_all
        split = len(group) > 1 or any(os.path.basename(d[3]).endswith(".en.expect.jsonl")
                                      for d in group)
        for name, pool, _, exp_path in group:
            rows = load_jsonl(exp_path)
            expected = [r for r in rows if is_claim(r)]
            got = [g for g in got_all if lang_of(g) == pool] if split else got_all
            s, sm, fm = score(expected, got, ind)
            results[(pool, name)] = (digest(exp_path), s)
            pools.setdefault(pool, Score()).add(s)
            if year:
                got_y = [g for g in got_told if lang_of(g) == pool] if split else got_told
                told.setdefault(pool, Score()).add(score(expected, got_y, ind)[0])
            else:
                told.setdefault(pool, Score()).add(s)
            if args["verbose"]:
                detail = []
                used = set(sm.values())
                for i, e in enumerate(expected):
                    if i in sm:
                        continue
                    note = ""
                    if i in fm:
                        note = "   (figure found, time %s)" % json.dumps(
                            got[fm[i]].get("period") or got[fm[i]].get("year"))
                    detail.append("    miss  line %-4s %s%s" % (line_of(e), show_claim(e), note))
                for j, g in enumerate(got):
                    if j not in used:
                        detail.append("    extra line %-4s %s" % (line_of(g), show_claim(g)))
                lines_out.append((pool, name, detail))
            else:
                lines_out.append((pool, name, []))
    print("%-4s %-52s %5s %5s  %s" % ("pool", "document", "exp", "got",
                                      "strict R   P    figure R   P"))
    for pool, name, detail in sorted(lines_out):
        s = results[(pool, name)][1]
        fs = s.figures()
        print("%-4s %-52s %5d %5d  %s %s   %s %s" % (pool, name[:52], s.n_exp, s.n_got,
                                                 fmt(fs["strict_recall"]),
                                                 fmt(fs["strict_precision"]),
                                                 fmt(fs["figure_recall"]),
                                                 fmt(fs["figure_precision"])))
        for d in detail:
            print(d)
    for pool in ("zh", "en"):
        if pool in pools:
            s = pools[pool]
            fs = s.figures()
            print("pooled %s: %d documents, %d expected, %d extracted; strict recall %s "
                  "precision %s; figure-only recall %s precision %s"
                  % (pool, sum(1 for k in results if k[0] == pool), s.n_exp, s.n_got,
                     fmt(fs["strict_recall"]).strip(), fmt(fs["strict_precision"]).strip(),
                     fmt(fs["figure_recall"]).strip(), fmt(fs["figure_precision"]).strip()))
            names = sorted(n for n in undated if (pool, n) in results)
            if names:
                ft = told[pool].figures()
                print("  %s, the %d document(s) whose text writes no year given the year of "
                      "their description (--report-year, undated.tsv: %s): strict recall %s "
                      "precision %s" % (pool, len(names), ", ".join(names),
                                        fmt(ft["strict_recall"]).strip(),
                                        fmt(ft["strict_precision"]).strip()))
    if args["write"]:
        write_baseline(args["baseline"], results, pools)
        print("eval: baseline written to %s (%d documents)" % (args["baseline"], len(results)))
        return 0
    base, pooled = read_baseline(args["baseline"])
    falls, drops, fresh, changed = [], [], [], []
    for pool in sorted(pooled):
        if pool in pools:
            falls += figure_falls("pooled " + pool, pools[pool].figures(), pooled[pool])
    for key, (dig, s) in sorted(results.items()):
        if key not in base:
            fresh.append(key[1])
            continue
        bdig, bfig = base[key]
        if bdig != dig:
            changed.append(key[1])
            continue
        drops += figure_falls("%s %s" % key, s.figures(), bfig)
    if fresh:
        print("eval: not in the baseline yet: %s" % ", ".join(fresh))
    if changed:
        print("eval: expectation changed since the baseline: %s" % ", ".join(changed))
    for d in drops:
        print("eval: note: a document fell (not a failure while the pool holds): %s" % d)
    if falls:
        for f in falls:
            print("eval: FELL %s" % f)
        print("eval: %d pooled figure(s) fell below the baseline by more than %.3f.\n"
              "      If the drop is intended, rewrite the baseline from this run with "
              "`make eval-baseline` and commit it." % (len(falls), SLACK))
        return EXIT_REGRESSION
    if fresh or changed or drops:
        print("eval: `make eval-baseline` records the current figures")
    print("eval: ok (pooled figures of %s at or above the baseline; %d documents scored)"
          % (" and ".join(sorted(p for p in pooled if p in pools)) or "no pool",
             len(results)))
    return 0


# ---- self-test ---------------------------------------------------------------------

def self_test():
    fails = []

    def check(name, cond):
        if not cond:
            fails.append(name)

    fold = {"產": "产", "總": "总", "長": "长", "區": "区"}
    tsv = ("# name\tenglish\tbasis\taliases\trole\n"
           "地区生产总值\tGross regional product\tcomparable\tGDP|生产总值|经济总量\tgdp\n"
           "一般公共预算收入\tGeneral public budget revenue\tcurrent\t地方财政收入\t-\n")
    ind = Indicators(fold=fold, tsv=tsv)
    check("gloss and fold", ind.norm("生產(chǎn)總值") == "生产总值")
    check("scope prefix", ind.norm("全市地区生产总值") == "地区生产总值")
    check("place prefix", ind.norm("辽宁省生产总值") == "生产总值")
    check("地区 is not a place", ind.norm("地区生产总值") == "地区生产总值")
    check("quotes and spaces", ind.norm("“ 社会消费品 零售总额 ”") == "社会消费品零售总额")
    check("containment", ind.same("辽宁省生产总值", "地区生产总值"))
    check("alias key", ind.same("一般公共预算收入", "地方财政收入"))
    check("different", not ind.same("工业增加值", "固定资产投资"))
    check("empty", not ind.same("", "gdp"))
    check("en case/articles", ind.same("The GDP", "gdp"))
    check("en containment on words", ind.same("real gdp", "gdp"))
    check("a fragment is not the indicator", not ind.same("城镇", "城镇常住居民人均可支配收入"))
    check("en not inside a word", not ind.same("output", "put"))
    check("en alias", ind.same("gross regional product", "经济总量"))

    def c(indicator, kind, value, line, **kw):
        d = {"indicator": indicator, "kind": kind, "value": value, "line": line}
        d.update(kw)
        return d

    def tool(indicator, kind, value, line, **kw):
        d = {"indicator": indicator, "kind": kind, "value": value, "year": None,
             "period": None, "source": {"line": line}}
        d.update(kw)
        return d

    exp = [c("地区生产总值", "growth_yoy", 8.0, 3, year=2020),
           c("地区生产总值", "level", 100.5, 3, year=2020),
           c("工业增加值", "growth_yoy", 8.0, 4, year=2020),
           c("固定资产投资", "growth_avg", 5.0, 5, period=[2015, 2020]),
           c("税收", "growth_yoy", 3.0, 6, year=2020, part="H1"),
           c("消费", "growth_yoy", 1.0, 7, year=2020, value_high=2.0)]
    got = [tool("全市地区生产总值", "growth_yoy", 8.0 + 1e-12, 3, year=2020),
           tool("全市地区生产总值", "growth_yoy", 8.0, 3, year=2020),   # duplicate: extra
           tool("地区生产总值", "level", 100.5, 3, year=2019),         # wrong year
           tool("固定资产投资", "growth_avg", 5.0, 5, period=[2015, 2020]),
           tool("税收", "growth_yoy", 3.0, 6, year=2020),                # part missing
           tool("消费", "growth_yoy", 1.0, 7, year=2020, value_high=2.0),
           tool("人口", "level", 5.0, 9, year=2020)]                     # extra
    s, sm, fm = score(exp, got, ind)
    check("strict matches", s.strict == 3)
    check("figure matches", s.figure == 5)
    check("one-to-one", len(set(sm.values())) == len(sm) and len(set(fm.values())) == len(fm))
    check("recall", abs(s.figures()["strict_recall"] - 0.5) < 1e-12)
    check("precision", abs(s.figures()["strict_precision"] - 3 / 7) < 1e-12)
    check("kind exact", score([c("x", "level", 1, 1)], [tool("x", "growth_yoy", 1, 1)],
                              ind)[0].figure == 0)
    check("value within 1e-9", score([c("x", "level", 1.0, 1)],
                                     [tool("x", "level", 1.0001, 1)], ind)[0].figure == 0)
    # a maximum matching where greedy-by-order fails: e0 fits g0 and g1, e1 only g0
    e2 = [c("生产总值", "level", 1, 1), c("地区生产总值", "level", 1, 1)]
    g2 = [tool("地区生产总值", "level", 1, 1), tool("人均生产总值", "level", 1, 1)]
    check("maximum matching", score(e2, g2, ind)[0].figure == 2)
    check("marker rows are not claims", not is_claim({"line": 3, "out_of_scope": True}))
    check("lang split", lang_of({"indicator": "gdp"}) == "en"
          and lang_of({"indicator": "生产总值"}) == "zh"
          and lang_of({"indicator": "gdp", "lang": "zh"}) == "zh")
    check("no ratio of nothing", Score().figures()["strict_recall"] is None)
    for f in fails:
        print("self-test FAIL: %s" % f)
    print("self-test: %d failed" % len(fails))
    return 1 if fails else 0


def main(argv):
    args = {"corpus": os.path.join(ROOT, "..", "shared", "corpus"),
            "bin": os.path.join(ROOT, "growthcheck"), "verbose": False, "write": False,
            "baseline": os.path.join(HERE, "baseline.txt"), "expect": HERE,
            "only": None}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--self-test":
            return self_test()
        if a in ("-v", "--verbose"):
            args["verbose"] = True
        elif a == "--write-baseline":
            args["write"] = True
        elif a in ("--corpus", "--bin", "--baseline", "--expect", "--only") and i + 1 < len(argv):
            args[a[2:]] = argv[i + 1]
            i += 1
        else:
            sys.stderr.write(__doc__)
            return EXIT_USAGE
        i += 1
    if args["write"] and args["only"]:
        sys.stderr.write("eval: --write-baseline scores every document; drop --only\n")
        return EXIT_USAGE
    try:
        return run(args)
    except (InputError, OSError) as e:
        sys.stderr.write("eval: %s\n" % e)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
