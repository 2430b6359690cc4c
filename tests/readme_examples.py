#!/usr/bin/env python3
"""readme_examples.py README -- list the README's example commands and the
output each must show, as JSON: [{"line": N, "cmd": "...", "expect": [...]}].

In a fenced code block, a line starting with "$ " is a command (run from the
repository's top folder); the lines after it, up to the next command or the
end of the block, are excerpts that must appear in its standard output.
A block without any "$ " line is not an example."""
import json
import sys


def examples(lines):
    out, fence, cur = [], False, None
    for n, line in enumerate(lines, 1):
        if line.startswith("```"):
            fence = not fence
            cur = None
            continue
        if not fence:
            continue
        if line.startswith("$ "):
            cur = {"line": n, "cmd": line[2:].strip(), "expect": []}
            out.append(cur)
        elif cur is not None and line.strip():
            cur["expect"].append(line.rstrip())
    return out


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        json.dump(examples(f.read().splitlines()), sys.stdout, ensure_ascii=False)
