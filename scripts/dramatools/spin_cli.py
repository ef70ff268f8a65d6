"""Forward synonym spinner imitating the content-farm "article spinners".

Usage:
  scripts/spin [--seed N] [--rate R] [--thesaurus FILE] IN_DIR OUT_DIR
  scripts/spin [--seed N] [--rate R] [--thesaurus FILE] --text  < in > out

Every article file under IN_DIR (.txt, .md/.markdown, .html/.htm, .jsonl) is
spun into OUT_DIR at the same relative path and in the same format:
  .txt   the whole file (title line and body) is spun;
  .md    prose is spun, Markdown markup, link targets, code and URLs are kept;
  .html  only text nodes (including <title>) are spun; tags, attributes,
         comments, entities, <script> and <style> are re-emitted verbatim;
  .jsonl title and body of each record are spun; id gets the prefix "spun-";
         date/url/source and the key order are kept.
Other files are copied unchanged. How words are spun: dramatools/spinner.py.
"""

import argparse
import os
import random
import sys

from .paths import THESAURUS
from .spin_formats import spin_tree
from .spinner import Spinner, load_thesaurus


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synonym-spin K-drama articles (see module doc).")
    ap.add_argument("--seed", type=int, default=0, help="seed (default 0)")
    ap.add_argument("--rate", type=float, default=0.9,
                    help="probability that an eligible occurrence is replaced (default 0.9)")
    ap.add_argument("--thesaurus", default=str(THESAURUS), help="thesaurus TSV")
    ap.add_argument("--text", action="store_true", help="spin stdin to stdout")
    ap.add_argument("in_dir", nargs="?")
    ap.add_argument("out_dir", nargs="?")
    args = ap.parse_args(argv)
    if not 0.0 <= args.rate <= 1.0:
        ap.error("--rate must be in [0, 1]")
    table, maxlen = load_thesaurus(args.thesaurus)
    sp = Spinner(table, maxlen, args.seed, args.rate)
    if args.text:
        if args.in_dir or args.out_dir:
            ap.error("--text takes no directories")
        data = sys.stdin.read()
        sys.stdout.write(sp.spin_prose(data, random.Random(f"{args.seed}\x1f-")))
        return 0
    if not args.in_dir or not args.out_dir:
        ap.error("IN_DIR and OUT_DIR are required (or --text)")
    if not os.path.isdir(args.in_dir):
        ap.error(f"not a directory: {args.in_dir}")
    count = spin_tree(sp, args.seed, args.in_dir, args.out_dir)
    print(f"spun {count} file(s) from {args.in_dir} into {args.out_dir}", file=sys.stderr)
    return 0
