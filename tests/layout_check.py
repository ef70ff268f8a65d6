#!/usr/bin/env python3
"""Checks that the source tree's folders depend on each other one way only.

Every #include "..." of the project's C++ files is mapped to the folder it
names; each folder may include only the folders listed for it in ALLOWED
(itself included). The allowed graph has no cycle, so neither has the code.
Public headers (include/dramasearch/) belong to the part that implements
them (PUBLIC_HEADERS), so indexer/ cannot reach the query API through them.

Usage: tests/layout_check.py [ROOT]     exit 0 clean, 1 violations listed
       tests/layout_check.py --self-test  checks that a back edge is caught
"""

import re
import sys
import tempfile
from pathlib import Path

# folder -> folders it may include (and, through them, what those may). Lower
# layers first.
ALLOWED = {
    "indexer/util": set(),
    "indexer/text": {"indexer/util"},
    "indexer/lexicon": {"indexer/util", "indexer/text"},
    "indexer/readers": {"indexer/util", "indexer/text"},
    "indexer/repair": {"indexer/util", "indexer/text", "indexer/lexicon"},
    "indexer/entities": {"indexer/util", "indexer/text", "indexer/lexicon"},
    "indexer/analysis": {"indexer/util", "indexer/text", "indexer/lexicon", "indexer/repair",
                         "indexer/entities"},
    "indexer/stories": {"indexer/util", "indexer/text"},
    "indexer/index": {"indexer/util", "indexer/text", "indexer/lexicon", "indexer/readers",
                      "indexer/analysis", "indexer/stories"},
    "indexer/cli": {"indexer/util", "indexer/readers", "indexer/analysis", "indexer/index"},
    "indexer": {"indexer/util", "indexer/readers", "indexer/analysis", "indexer/index", "indexer/cli"},
    "query/search": {"indexer/util", "indexer/text", "indexer/analysis", "indexer/stories", "indexer/index"},
    "query/cli": {"indexer/cli", "query/search"},
    "query/serve": {"query/cli", "indexer/analysis"},
    "query": {"query/cli"},
}

# Public header -> the folder that implements it.
PUBLIC_HEADERS = {
    "article.h": "indexer/util",        # a plain record
    "analysis.h": "indexer/text",       # Token, Edit, Analysis
    "readers.h": "indexer/readers",
    "error.h": "indexer/util",
    "entities.h": "indexer/entities",
    "pipeline.h": "indexer/analysis",
    "despin.h": "indexer/analysis",
    "article_analysis.h": "indexer/analysis",
    "indexer.h": "indexer/index",
    "indexing_run.h": "indexer/index",
    "searcher.h": "query/search",
}

INCLUDE_RE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of_file(rel):
    """The ALLOWED key a source file belongs to (its deepest listed folder)."""
    parts = Path(rel).parent.parts
    for n in range(len(parts), 0, -1):
        key = "/".join(parts[:n])
        if key in ALLOWED:
            return key
    return None


def folder_of_include(inc):
    if inc.startswith("dramasearch/"):
        return PUBLIC_HEADERS.get(inc[len("dramasearch/"):], "unknown public header")
    parts = Path(inc).parent.parts
    for n in range(len(parts), 0, -1):
        key = "/".join(parts[:n])
        if key in ALLOWED:
            return key
    return None  # a header beside the file (tests, bench)


def reachable(start):
    seen, todo = set(), [start]
    while todo:
        for nxt in ALLOWED.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def problems_in(root):
    problems = []
    for folder in ALLOWED:
        if folder in reachable(folder):
            problems.append(f"ALLOWED itself has a cycle through {folder}")
    files = [p for top in ("indexer", "query") for p in (root / top).rglob("*")
             if p.suffix in (".cc", ".h")]
    if not files:
        problems.append(f"{root}: no sources under indexer/ or query/")
    for path in sorted(files):
        rel = path.relative_to(root).as_posix()
        mine = folder_of_file(rel)
        if mine is None:
            problems.append(f"{rel}: folder not in the layout (add it to tests/layout_check.py)")
            continue
        for inc in INCLUDE_RE.findall(path.read_text(encoding="utf-8", errors="replace")):
            target = folder_of_include(inc)
            if target is None or target == mine:
                continue
            if target not in reachable(mine):
                problems.append(f"{rel}: includes \"{inc}\" ({target}), which {mine} may not use")
    return problems, len(files)


def self_test():
    """A tree with one allowed and one forbidden include must give exactly one problem."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "indexer/text").mkdir(parents=True)
        (root / "query/search").mkdir(parents=True)
        (root / "query/search/a.cc").write_text('#include "indexer/text/b.h"\n')
        (root / "indexer/text/b.h").write_text('#include "query/search/c.h"\n')
        problems, _ = problems_in(root)
    ok = len(problems) == 1 and "indexer/text/b.h" in problems[0]
    print("layout self-test:", "ok" if ok else f"FAILED: {problems}")
    return 0 if ok else 1


def main(argv):
    if len(argv) > 1 and argv[1] == "--self-test":
        return self_test()
    root = Path(argv[1] if len(argv) > 1 else Path(__file__).resolve().parent.parent)
    problems, files = problems_in(root)
    for p in problems:
        print(p)
    print(f"layout: {files} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
