"""The benchmark's query set: 1-4 words, "phrases", entity names and phrase +
word, drawn with a fixed seed from passages of the generated corpus."""

import json
import os
import random
import re

from .bench_measure import log
from .paths import ROOT

QUERYGEN_VERSION = "2"  # part of the cache key of a drawn query set


STOP = set("""a an the and or of in on at to for with by from as is are was were be been being it its
this that these those he she his her him hers they them their we our you your i my me not no but so
if than then there here who whom which what when where why how all any each every more most other
some such only own same too very can will just do does did done has have had having also into over
under about after before up down out off again further once both few nor while because until s t
one two am pm p m kst said says""".split())


TITLE_RE = re.compile(r'["\u201c]([^"\u201c\u201d]+)["\u201d]')


NAME_RE = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}\b")


WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")


def query_words(text):
    """(word, start, end) of plain lowercase words, possessives stripped."""
    out = []
    for m in WORD_RE.finditer(text):
        w = m.group(0).lower()
        w = re.sub(r"['\u2019]s$", "", w)
        if re.fullmatch(r"[a-z0-9]+", w):
            out.append((w, m.start(), m.end()))
    return out


def make_queries(corpus, path, count, seed):
    """Draws `count` queries from passages of the corpus (reservoir sample)."""
    if os.path.exists(path):
        log(f"queries: cached {os.path.relpath(path, ROOT)}")
        with open(path, encoding="utf-8") as f:
            return sum(1 for line in f if line.strip())
    rng = random.Random(f"bench-queries\x1f{seed}")
    k = max(4 * count, 1000)
    sample = []
    seen = 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for para in rec["body"].split("\n\n"):
                seen += 1
                if len(sample) < k:
                    sample.append(para)
                else:
                    j = rng.randrange(seen)
                    if j < k:
                        sample[j] = para
    queries = []
    have = set()
    guard = 0
    while len(queries) < count and guard < count * 50 and sample:
        guard += 1
        para = rng.choice(sample)
        ws = query_words(para)
        content = [w for w, _, _ in ws if w not in STOP and len(w) >= 3 and not w.isdigit()]
        if len(content) < 4:
            continue
        roll = rng.random()

        def bag(nw):
            idx = sorted(rng.sample(range(len(content)), nw))
            picked = []
            for i in idx:
                if content[i] not in picked:
                    picked.append(content[i])
            return " ".join(picked)

        def phrase():
            n = rng.choice([2, 2, 3])
            for _ in range(20):
                s = rng.randrange(max(1, len(ws) - n))
                span = ws[s:s + n]
                if len(span) < n:
                    continue
                # consecutive words separated by single spaces only
                if any(para[span[i][2]:span[i + 1][1]] != " " for i in range(n - 1)):
                    continue
                if all(w in STOP for w, _, _ in span):
                    continue
                return '"' + " ".join(w for w, _, _ in span) + '"'
            return None

        def entity():
            # a drama title in quotes or a capitalized name of 2-3 words
            cands = [m.group(1) for m in TITLE_RE.finditer(para)]
            cands += [m.group(0) for m in NAME_RE.finditer(para)]
            cands = [c for c in cands if 2 <= len(c.split()) <= 5]
            if not cands:
                return None
            words = [w for w, _, _ in query_words(rng.choice(cands))]
            if len(words) < 2:
                return None
            e = '"' + " ".join(words) + '"'
            return e if rng.random() < 0.6 else f"{e} {bag(1)}"

        if roll < 0.20:
            q = bag(1)
        elif roll < 0.45:
            q = bag(2)
        elif roll < 0.57:
            q = bag(3)
        elif roll < 0.65:
            q = bag(4)
        elif roll < 0.80:
            q = phrase()
        elif roll < 0.95:
            q = entity()
        else:
            ph = phrase()
            q = f"{ph} {bag(1)}" if ph else None
        if q and q not in have:
            have.add(q)
            queries.append(q)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(q + "\n")
    os.replace(tmp, path)
    log(f"queries: wrote {len(queries)} to {os.path.relpath(path, ROOT)}")
    return len(queries)
