"""Spin repair of the bundled originals spun with the substitutions observed
in real spun articles (observed_spinner.py): the real spinners' swaps, in
the context of whole articles, where the judge and article evidence work as
on a real farm copy.

Three copies, each spun with rows seen at least twice (a row seen once may
be alignment noise, and the spinner applies a row wherever its original
occurs: "over" for a single "on" would swap every "on"): one with the rows
the lexicon may learn from, and two with halves of the held-out rows (a
hash of the spun form, observations.held_out and held_out_half). The held-out copies measure how repair carries to real
swaps it never saw; they are lightly spun (a tenth of the forms each), like
the farms that swap few words per article. Look only at the "dev" half's
mistakes while tuning; the "test" half is measured, never read."""

from .article_pairs import article_text
from .markdown import fmt, markdown_table
from .observations import find_observations, held_out, held_out_half, load_observations
from .observed_spinner import ObservedSpinner

# name, rows (spun form -> bool), least count
SPLITS = (("learned rows", lambda s: not held_out(s), 2),
          ("held-out rows, dev half", lambda s: held_out(s) and held_out_half(s) == 0, 2),
          ("held-out rows, test half", lambda s: held_out(s) and held_out_half(s) == 1, 2))


def observed_pairs(tools, corpus, rows, min_count):
    """[(id, original text, spun text)] of the corpus's originals spun with ROWS."""
    spinner = ObservedSpinner(rows, seed=5, min_count=min_count)
    originals = tools.extract(corpus / "articles" / "original")
    return [(oid, article_text(rec), spinner.spin(article_text(rec), oid)) for oid, rec in sorted(originals.items())]


def section_part(tools, corpus, metrics_of):
    """Prints the table; METRICS_OF(pairs) gives repair_metrics' numbers.
    Returns {split: numbers} or None without observations."""
    path = find_observations()
    if path is None:
        return None
    rows = load_observations(path)
    out = {}
    for name, in_split, min_count in SPLITS:
        chosen = [r for r in rows if in_split(r[0])]
        out[name] = metrics_of(observed_pairs(tools, corpus, chosen, min_count))
    print(f"\n## Originals spun with the observed real swaps ({path.name}, whole articles)\n")
    table = [(name, fmt(m["wer_spun"], "pct"), fmt(m["wer_reduction"], "pct"), fmt(m["precision"]),
              fmt(m["recall"]), fmt(m["search_recall"]), m["counts"]["edits"]) for name, m in out.items()]
    print(markdown_table(["swaps", "WER spun", "WER cut", "edit precision", "recall", "search recall", "edits"],
                         table))
    print("""
- the bundled originals through observed_spinner.py with the observation
  rows of each split, applied backwards (original -> spun) wherever their
  original occurs; the lexicon learned only from the "learned" rows.""")
    return {name: {k: v for k, v in m.items() if k not in ("counts", "original")} for name, m in out.items()}
