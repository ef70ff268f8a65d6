"""Known-item search: queries in original wording, each about one article,
run against indexes of the spun articles (with and without repair) and of
the originals; success@1, success@3 and MRR of the target article."""

import re
import tempfile
from pathlib import Path

from .article_pairs import spun_id
from .errors import EvalError
from .markdown import fmt, markdown_table
from .tsv import read_rows

KNOWN_ITEM_LIMIT = 10  # hits fetched per known-item query
TOP_KNOWN_ITEM_MISSES = 10
# The query builder's stopwords (query/search/query_builder.cc): not required
# in an every-word query, as a user's "+" would not be put on them either.
STOPWORDS = set("""a an and are as at be by for from has he her his i in is it its of on or she
that the their they this to was were will with who whom which what does did do""".split())
MODES = ("default", "every word")  # query forms: as typed; each word required


def every_word(query):
    """The query with each content word required ('+word')."""
    return " ".join("+" + w for w in re.findall(r"[\w'-]+", query) if w.lower() not in STOPWORDS)


def load_known_items(path, original_ids):
    """[(article id, query)] from known-items.tsv; unknown ids are an error."""
    items = []
    for n, fields in read_rows(path, 2, "article_id<TAB>query"):
        if not fields[1].strip():
            raise EvalError(f"{path}:{n}: expected article_id<TAB>query")
        if fields[0] not in original_ids:
            raise EvalError(f"{path}:{n}: unknown article id {fields[0]}")
        items.append((fields[0], fields[1].strip()))
    if not items:
        raise EvalError(f"{path}: no queries")
    return items


def rank_of(hits, article_id):
    """1-based rank of the article among the hits, None when absent."""
    for n, hit in enumerate(hits, 1):
        if hit.get("article_id") == article_id:
            return n
    return None


def ranking_scores(ranks):
    """success@1, success@3 and MRR (reciprocal rank, 0 beyond the limit)."""
    n = len(ranks)
    return {"success@1": sum(1 for r in ranks if r == 1) / n,
            "success@3": sum(1 for r in ranks if r and r <= 3) / n,
            "mrr": sum(1 / r for r in ranks if r) / n}


def known_item_search(tools, corpus, items, spun_ids):
    """Ranks of the target article for every query on three indexes, as
    typed and with every word required: {(label, mode): [rank or None]} in
    the order of ITEMS."""
    articles = corpus / "articles"
    setups = [  # label, input dir, despin at index time, target id
        ("spun, with repair", articles / "spun", True, lambda i: spun_id(i, spun_ids)),
        ("spun, without repair", articles / "spun", False, lambda i: spun_id(i, spun_ids)),
        ("original (upper bound)", articles / "original", True, lambda i: i),
    ]
    ranks = {}
    with tempfile.TemporaryDirectory(prefix="drama-eval-") as tmp:
        for n, (label, src, despin, target) in enumerate(setups):
            index = Path(tmp) / f"index{n}"
            tools.build_index(index, [src], despin=despin)
            for mode in MODES:
                ranks[label, mode] = [
                    rank_of(tools.search(index, q if mode == "default" else every_word(q), KNOWN_ITEM_LIMIT),
                            target(aid))
                    for aid, q in items]
    return ranks


def print_known_items(scores, n_queries):
    print(f"\n## Known-item search ({n_queries} queries, target = the article's spun "
          f"version; original index: the original)\n")
    rows = [(label, mode, fmt(s["success@1"]), fmt(s["success@3"]), fmt(s["mrr"]))
            for (label, mode), s in scores.items()]
    print(markdown_table(["index", "query", "success@1", "success@3", "MRR"], rows))
    print(f"\n- success@k: share of queries with the target in the top k; MRR: mean "
          f"1/rank (0 when not in the top {KNOWN_ITEM_LIMIT}). Best passage per article.\n"
          f"- every word: each query word but stopwords required (`+word`), as a user\n"
          f"  who wants all the words they remember.")


def print_known_item_misses(items, ranks):
    """Queries found in the original index's top 3 but not in the repaired one's."""
    rep, orig = ranks["spun, with repair", "default"], ranks["original (upper bound)", "default"]
    misses = [(q, aid, rep[n] or "-", orig[n]) for n, (aid, q) in enumerate(items)
              if orig[n] and orig[n] <= 3 and not (rep[n] and rep[n] <= 3)]
    print(f"\n### Known-item queries lost to spinning ({len(misses)}; first "
          f"{TOP_KNOWN_ITEM_MISSES})\n")
    print(markdown_table(["query", "target", "rank with repair", "rank on originals"],
                         misses[:TOP_KNOWN_ITEM_MISSES]) if misses else "none")
