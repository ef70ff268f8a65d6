"""Deterministic generator of realistic (fictional) K-drama news articles.

Usage:
  scripts/gen-corpus N OUT.jsonl [--seed S] [--spun-share F] [--jobs J]

Writes N JSON Lines records with the fields id ("gen-0000001"...), title,
body (paragraphs joined by "\\n\\n"), date (YYYY-MM-DD), url and source.
OUT.jsonl may be "-" for standard output.

What is in it:
  * a world of fictional dramas (title, genre, network, air slot, episodes,
    director, writer, premise, setting) and actors (Korean-style names,
    agencies); every drama has a cast of 3-6 actors, each playing one named
    character with an occupation and a trait, so facts are consistent across
    articles (an actor always plays the same character in the same drama);
  * article kinds like the hand-written corpus: casting news, stills and
    making-of (scene/filming paragraphs), episode recaps and finales,
    weekly ratings roundups, interviews, script readings, OST releases and
    pictorials; 300-500 words, paragraphs of at most 80 words;
  * a share (--spun-share, default 0.3) of content-farm copies: an earlier
    original article regenerated and run through the forward spinner
    (dramatools/spinner.py, as scripts/spin, with corpus/spinner/thesaurus.tsv),
    published under a farm's name a few days later.

Everything about article i is derived from random.Random((seed, i)), and the
world (dramas, actors) from (seed, kind, index) through small LRU caches, so
memory stays constant at any N and the output does not depend on --jobs.
Progress goes to stderr every 10,000 articles.

With --self-check (OUT is then ignored), the first N articles are spun with
the spinner's phrase-length index and with its full-scan reference, which
must agree.
Modules: gen_vocabulary (word pools), gen_world (dramas, actors, names),
gen_paragraphs (paragraph makers), gen_articles (articles, spun copies).
"""

import argparse
import collections
import multiprocessing as mp
import os
import random
import sys
import time

from .gen_articles import Generator, make_original
from .gen_world import World
from .paths import THESAURUS
from .spinner import Spinner, load_thesaurus


def self_check(n, seed):
    """Spins the title and body of the first N original articles with the
    spinner's phrase-length index and with its full-scan reference; 0 when
    they agree everywhere (and spinning changed some text), else 1."""
    table, maxlen = load_thesaurus(THESAURUS)
    reference = Spinner(table, maxlen, seed, 0.9, full_scan=True)
    indexed = Spinner(table, maxlen, seed, 0.9)
    world = World(seed, max(n, 1))
    bad = changed = 0
    for i in range(n):
        a = make_original(world, seed, i)
        for field in ("title", "body"):
            x = reference.spin_prose(a[field], random.Random(f"{i}\x1f{field}"))
            y = indexed.spin_prose(a[field], random.Random(f"{i}\x1f{field}"))
            changed += x != a[field]
            if x != y:
                bad += 1
                print(f"gen-corpus: self-check: article {i} {field} differs", file=sys.stderr)
    print(f"gen-corpus: self-check: {n} articles, {bad} differences", file=sys.stderr)
    if n and not changed:
        print("gen-corpus: self-check: spinning changed no text, so nothing was compared "
              f"(is {THESAURUS} empty?)", file=sys.stderr)
        return 1
    return 1 if bad else 0


_GEN = None


def _init_worker(n, seed, share):
    global _GEN
    _GEN = Generator(n, seed, share)


def _work(rng_range):
    a, b = rng_range
    return "".join(_GEN.line(i) + "\n" for i in range(a, b))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("out", help="output .jsonl file, or - for stdout")
    ap.add_argument("--seed", type=int, default=1, help="seed (default 1)")
    ap.add_argument("--spun-share", type=float, default=0.3,
                    help="share of articles that are spun content-farm copies (default 0.3)")
    ap.add_argument("--jobs", type=int, default=1,
                    help="worker processes (default 1; output is identical for any value)")
    ap.add_argument("--self-check", action="store_true",
                    help="check that the spinner's phrase-length index spins the first N articles "
                         "exactly like its full-scan reference, then exit (writes nothing)")
    args = ap.parse_args(argv)
    if args.self_check:
        return self_check(args.n, args.seed)
    if args.n < 0:
        ap.error("N must be >= 0")
    if not 0.0 <= args.spun_share <= 1.0:
        ap.error("--spun-share must be in [0, 1]")
    out = sys.stdout if args.out == "-" else open(args.out + ".tmp", "w", encoding="utf-8")
    t0 = time.monotonic()
    block = 1000
    ranges = ((a, min(args.n, a + block)) for a in range(0, args.n, block))
    done = 0
    next_report = 10000

    def report(final=False):
        dt = time.monotonic() - t0
        print(f"gen-corpus: {done} articles, {dt:.1f}s, {done / dt if dt else 0:.0f}/s"
              + (" (done)" if final else ""), file=sys.stderr, flush=True)

    def emit(chunk):
        nonlocal done, next_report
        out.write(chunk)
        done += chunk.count("\n")
        while done >= next_report:
            report()
            next_report += 10000

    try:
        if args.jobs <= 1:
            _init_worker(args.n, args.seed, args.spun_share)
            for chunk in map(_work, ranges):
                emit(chunk)
        else:
            with mp.Pool(args.jobs, initializer=_init_worker,
                         initargs=(args.n, args.seed, args.spun_share)) as pool:
                # at most 2 blocks per worker in flight: bounded memory, output in order
                pending = collections.deque()
                for rr in ranges:
                    pending.append(pool.apply_async(_work, (rr,)))
                    while len(pending) >= 2 * args.jobs:
                        emit(pending.popleft().get())
                while pending:
                    emit(pending.popleft().get())
    except BrokenPipeError:
        return 1
    if out is not sys.stdout:
        out.close()
        os.replace(args.out + ".tmp", args.out)
    report(final=True)
    return 0

