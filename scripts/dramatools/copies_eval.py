"""The copies section of scripts/eval: story identity of copied articles.

Indexes corpus/articles (originals, their spun copies, faithful copies by
other sites and different stories about the same dramas on the same day),
with and without spin repair, and asks `drama-query --copies-of` about every
article. corpus/truth/stories.tsv labels each article with its story.

  success@1    for each spun article, the first copy listed is its original
  recall       share of same-story pairs found as copies
  false merges pairs of articles of different stories listed as copies
  original     share of articles with copies whose likely original (marked
               by drama-query) is the story's unspun, earliest article
"""

import itertools
import tempfile
from pathlib import Path

from .errors import EvalError
from .markdown import fmt, markdown_table
from .tools import copies_of
from .tsv import read_rows


def read_stories(corpus):
    return {fields[0]: fields[1] for _, fields in read_rows(corpus / "truth" / "stories.tsv", 2)}


def original_of(article_id):
    """The original of a spun article of the corpus, by its naming."""
    if article_id.startswith("spun/"):
        return "original/" + article_id[len("spun/"):]
    if article_id.startswith("spun-"):
        return article_id[len("spun-"):]
    return None


def measure(tools, index, stories):
    listed = {}
    for article in sorted(stories):
        rc, copies = copies_of(tools, index, article)
        if rc == 2:
            raise EvalError(f"{article}: not in the index (corpus/truth/stories.tsv and corpus/articles disagree)")
        listed[article] = copies
    spun = [a for a in stories if original_of(a)]
    hits = [a for a in spun if listed[a] and listed[a][0]["article_id"] == original_of(a)]
    found = {frozenset((a, c["article_id"])) for a, cs in listed.items() for c in cs}
    same = {frozenset(p) for p in itertools.combinations(stories, 2) if stories[p[0]] == stories[p[1]]}
    false = sorted(tuple(sorted(p)) for p in found - same)
    # The likely original: the story's article named "original/..." or the wire id (never spun, earliest).
    marked_ok = marked = 0
    for a, cs in listed.items():
        if not cs:
            continue
        marked += 1
        members = [a] + [c["article_id"] for c in cs]
        truth = [m for m in members if not original_of(m) and not m.startswith("agg-")]
        mark = [c["article_id"] for c in cs if c["original"]]
        expected = truth[0] if truth else None
        if (mark[0] if mark else a) == expected:
            marked_ok += 1
    return {
        "spun_articles": len(spun),
        "success_at_1": len(hits) / len(spun) if spun else None,
        "misses": sorted(set(spun) - set(hits)),
        "pair_recall": len(found & same) / len(same) if same else None,
        "false_merges": len(false),
        "false_merge_pairs": [list(p) for p in false],
        "original_marked": marked_ok / marked if marked else None,
    }


def section(ctx):
    tools, corpus = ctx["tools"], ctx["corpus"]
    stories = read_stories(corpus)
    results = {}
    with tempfile.TemporaryDirectory(prefix="dramasearch-copies-") as tmp:
        for name, despin in (("with repair", True), ("without repair", False)):
            index = Path(tmp) / name.replace(" ", "-")
            tools.build_index(index, [corpus / "articles"], despin=despin)
            results[name] = measure(tools, index, stories)
    print("### Copies of a story (`drama-query --copies-of`)\n")
    print(f"{len(stories)} articles of corpus/articles labelled with their story "
          f"(corpus/truth/stories.tsv); {results['with repair']['spun_articles']} spun copies.\n")
    rows = [[name, fmt(r["success_at_1"]), fmt(r["pair_recall"]), r["false_merges"], fmt(r["original_marked"])]
            for name, r in results.items()]
    print(markdown_table(["index", "success@1", "pair recall", "false merges", "original marked"], rows))
    for name, r in results.items():
        if r["misses"]:
            print(f"\n{name}: missed " + ", ".join(r["misses"]))
        for a, b in r["false_merge_pairs"]:
            print(f"\n{name}: false merge {a} + {b}")
    return results
