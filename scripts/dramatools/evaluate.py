"""Evaluates dramasearch on the bundled corpus.

Usage:
  scripts/eval [--build DIR] [--json OUT.json] [--section all|repair|ranking|copies|entities]
               [--corpus DIR] [--data-dir DIR] [--failures]

Prints Markdown tables to stdout (and, with --json, the same numbers as JSON).
Uses the drama-index / drama-query binaries in --build (default: build).

Sections (--section, default all = every section below, in this order):
  repair   spin repair on the original/spun article pairs: WER, edit precision
           and recall, change rate on unspun text, known-item search with and
           without repair, plus diagnostics for the lexicon authors
           (repair_eval.py).
  ranking  passage-level P@5, success@3, MRR, nDCG@10 over a judged query set,
           and the passage-kind classifier's precision/recall (ranking_eval.py;
           --failures lists the queries the full ranking fails).
  copies   story identity: success@1 of --copies-of for each spun article,
           pair recall and false merges, with and without repair
           (copies_eval.py).
  entities people, titles, actor->character and actor->title P/R/F1 on the
           labelled articles of corpus/entity-eval (originals and spun
           copies), and "who plays C in T" first-hit rates (entity_eval.py;
           --failures lists every missed and wrong entity of the dev split; test is held out).
A section is one module with a function `section(ctx) -> dict` that prints
its own tables and returns its numbers (the JSON under the section's name),
plus one line in SECTIONS below; see the package docstring for ctx.

--data-dir DIR is passed to `drama-index despin`, to the indexer and to
drama-query of the repair section, so a lexicon in DIR can be tried without
rebuilding, with queries repaired by the same lexicon as the articles.

Exit status: 0 done, 2 error (missing build directory or binaries, missing
corpus files, a tool failing).
"""

import argparse
import json
import sys
import time
from pathlib import Path

from . import copies_eval, entity_eval, ranking_eval, repair_eval
from .errors import EvalError
from .paths import CORPUS
from .tools import Tools

# Section name -> function(ctx) that prints its tables and returns its numbers.
# `--section all` runs them in this order.
SECTIONS = {
    "repair": repair_eval.section,
    "ranking": ranking_eval.section,
    "copies": copies_eval.section,
    "entities": entity_eval.section,
}


def parse_args(argv):
    p = argparse.ArgumentParser(description="Evaluate spin repair and passage ranking on the corpus.")
    p.add_argument("--build", default="build", help="directory with drama-index and drama-query")
    p.add_argument("--json", metavar="OUT.json", help="also write the numbers as JSON")
    p.add_argument("--section", default="all", choices=["all", *SECTIONS])
    p.add_argument("--corpus", default=str(CORPUS), help="corpus directory")
    p.add_argument("--data-dir", help="replacement spin-repair data files (index, queries and despin)")
    p.add_argument("--failures", action="store_true", help="ranking/entities: list failures")
    return p.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    started = time.monotonic()
    try:
        corpus = Path(args.corpus)
        for d in (corpus / "articles" / "original", corpus / "articles" / "spun"):
            if not d.is_dir():
                raise EvalError(f"{d} not found")
        ctx = {"tools": Tools(args.build, args.data_dir), "corpus": corpus, "build": args.build,
               "failures": args.failures}
        names = list(SECTIONS) if args.section == "all" else [args.section]
        results = {}
        for n, name in enumerate(names):
            if n:
                print()
            results[name] = SECTIONS[name](ctx)
        results["seconds"] = round(time.monotonic() - started, 2)
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    except (EvalError, OSError) as e:
        print(f"eval: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
