"""Spin repair of the bundled originals spun with the substitutions observed
in real spun articles (observed_spinner.py): the real spinners' swaps, in
the context of whole articles, where the judge and article evidence work as
on a real farm copy. Known-item search over the same copies: the queries in
original wording, against an index of the copies.

Copies spun with rows seen at least twice (a row seen once may be
alignment noise, and the spinner applies a row wherever its original
occurs: "over" for a single "on" would swap every "on"): one with the rows
the lexicon may learn from, and two with halves of the held-out rows (a
hash of the spun form, observations.held_out and held_out_half). The
held-out copies measure how repair carries to real swaps it never saw;
they are lightly spun (a tenth of the forms each), like the farms that swap
few words per article. The last two mix the learned rows with one half
each: a real farm copy holds known and unknown swaps side by side, so the
unknown ones sit in an article with strong spin evidence, where repair
admits more than in a lightly spun one. Look only at the "dev" half's
mistakes while tuning; the "test" half is measured, never read."""

import json
import tempfile
from pathlib import Path

from .article_pairs import article_text
from .known_items import KNOWN_ITEM_LIMIT, MODES, every_word, rank_of, ranking_scores
from .markdown import fmt, markdown_table
from .observations import find_observations, held_out, held_out_half, load_observations
from .observed_spinner import ObservedSpinner

# name, rows (spun form -> bool), least count
SPLITS = (("learned rows", lambda s: not held_out(s), 2),
          ("held-out rows, dev half", lambda s: held_out(s) and held_out_half(s) == 0, 2),
          ("held-out rows, test half", lambda s: held_out(s) and held_out_half(s) == 1, 2),
          ("learned + dev half", lambda s: not held_out(s) or held_out_half(s) == 0, 2),
          ("learned + test half", lambda s: not held_out(s) or held_out_half(s) == 1, 2))


def observed_copies(tools, corpus, rows, min_count):
    """{id: {"title", "body"}} of the corpus's originals spun with ROWS, and
    the originals' records."""
    spinner = ObservedSpinner(rows, seed=5, min_count=min_count)
    originals = tools.extract(corpus / "articles" / "original")
    copies = {oid: {"title": spinner.spin(rec.get("title", ""), oid + "#title"),
                    "body": spinner.spin(rec.get("body", ""), oid)} for oid, rec in originals.items()}
    return copies, originals


def as_pairs(copies, originals):
    """[(id, original text, spun text)] of observed_copies' result."""
    return [(oid, article_text(originals[oid]), article_text(copies[oid])) for oid in sorted(originals)]


def known_items_on(tools, copies, items):
    """{(index label, mode): scores} of ITEMS over an index of COPIES, with and
    without repair."""
    out = {}
    with tempfile.TemporaryDirectory(prefix="drama-eval-observed-") as tmp:
        source = Path(tmp) / "copies.jsonl"
        source.write_text("".join(json.dumps({"id": oid, **rec}) + "\n" for oid, rec in sorted(copies.items())),
                          encoding="utf-8")
        for label, despin in (("with repair", True), ("without repair", False)):
            index = Path(tmp) / label.replace(" ", "-")
            tools.build_index(index, [source], despin=despin)
            for mode in MODES:
                ranks = [rank_of(tools.search(index, q if mode == "default" else every_word(q), KNOWN_ITEM_LIMIT), aid)
                         for aid, q in items]
                out[label, mode] = ranking_scores(ranks)
    return out


def section_part(tools, corpus, metrics_of, items):
    """Prints the tables; METRICS_OF(pairs) gives repair_metrics' numbers;
    ITEMS are the known-item queries. Returns {split: numbers} or None
    without observations."""
    path = find_observations()
    if path is None:
        return None
    rows = load_observations(path)
    out, search = {}, {}
    for name, in_split, min_count in SPLITS:
        copies, originals = observed_copies(tools, corpus, [r for r in rows if in_split(r[0])], min_count)
        out[name] = metrics_of(as_pairs(copies, originals))
        search[name] = known_items_on(tools, copies, items)
    print(f"\n## Originals spun with the observed real swaps ({path.name}, whole articles)\n")
    table = [(name, fmt(m["wer_spun"], "pct"), fmt(m["wer_reduction"], "pct"), fmt(m["precision"]),
              fmt(m["recall"]), fmt(m["search_recall"]), m["counts"]["edits"]) for name, m in out.items()]
    print(markdown_table(["swaps", "WER spun", "WER cut", "edit precision", "recall", "search recall", "edits"],
                         table))
    table = [(name, mode, fmt(s["with repair", mode]["success@1"]), fmt(s["without repair", mode]["success@1"]))
             for name, s in search.items() for mode in MODES]
    print()
    print(markdown_table(["swaps", "known-item query", "success@1 with repair", "success@1 without repair"], table))
    print("""
- the bundled originals through observed_spinner.py with the observation
  rows of each split, applied backwards (original -> spun) wherever their
  original occurs; the lexicon learned only from the "learned" rows.
- known-item: the queries of the known-item table below over an index of
  these copies alone.""")
    result = {name: {k: v for k, v in m.items() if k not in ("counts", "original")} for name, m in out.items()}
    for name, s in search.items():
        result[name]["known_item"] = {f"{label}; {mode}": v for (label, mode), v in s.items()}
    return result
