"""Spin repair on the observed substitutions of real spun articles
(observations.py): each row's spun phrase is repaired and compared with its
original, in two splits, the rows the lexicon may learn from and the rows
held out by a hash of their spun form.

All rows of a split are despun as one text, one row per paragraph: a text
made only of spun phrases is as densely spun as a text can be, so this
measures the lexicon's coverage and the guards of evidence-driven edits in
the densest article, not how evidence builds up in a real one. Rows whose
words span a sentence boundary or a comma are alignment joins and are left
out. Each row weighs its observation count.

"held out, unseen" is the held-out rows whose spun form is not an observed
row of the lexicon (some were imported from an earlier, smaller version of
the observations before the split existed): how the lexicon carries to swaps
it never saw."""

import re

from .align import edit_distance
from .markdown import fmt, markdown_table
from .observations import find_observations, held_out, load_observations, normalize
from .paths import LEXICON
from .tokens import words

JOINED = re.compile(r"[.,;:!?\"\u201c\u201d()\u2014]")


def observed_lexicon_forms(path=LEXICON / "spin-lexicon.tsv"):
    """Spun forms of the lexicon rows whose evidence is an observation."""
    forms = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        if len(f) >= 4 and not line.startswith("#") and f[3] == "obs":
            forms.add(f[0])
    return forms


def usable(row):
    spun, orig = row[0], row[1]
    return not JOINED.search(spun + orig) and words(spun) != words(orig) and words(spun) and words(orig)


def score_split(tools, rows):
    """Counts and ratios of the rows despun as one text."""
    if not rows:
        return None
    doc = tools.despin("\n\n".join(r[0] for r in rows) + "\n")
    repaired = [p for p in re.split(r"\n[ \t]*\n", doc["text"])]
    if len(repaired) < len(rows):
        raise ValueError("despin changed the paragraph layout")
    spun_err = rep_err = orig_words = changed = correct = 0
    for (spun, orig, count, _), rep in zip(rows, repaired):
        S, O, R = words(spun), words(orig), words(rep)
        orig_words += count * len(O)
        spun_err += count * edit_distance(S, O)
        rep_err += count * edit_distance(R, O)
        if R != S:
            changed += count
            correct += count * (R == O)
    wer_spun, wer_rep = spun_err / orig_words, rep_err / orig_words
    return {"rows": len(rows), "weight": sum(r[2] for r in rows), "wer_spun": wer_spun,
            "wer_repaired": wer_rep, "wer_reduction": (wer_spun - wer_rep) / wer_spun if wer_spun else None,
            "changed": changed, "correct": correct, "precision": correct / changed if changed else None,
            "spin_evidence": doc.get("spin_evidence")}


def section_part(tools):
    """Prints the table; returns {split: numbers} or None without observations."""
    path = find_observations()
    if path is None:
        print("\n## Observed substitutions\n\nskipped: no spin-observations.tsv next to the checkout")
        return None
    rows = [r for r in load_observations(path) if usable(r)]
    known = observed_lexicon_forms()
    splits = {
        "learned": [r for r in rows if not held_out(r[0])],
        "held out": [r for r in rows if held_out(r[0])],
        "held out, unseen": [r for r in rows if held_out(r[0]) and normalize(r[0]) not in known],
    }
    out = {name: score_split(tools, rs) for name, rs in splits.items()}
    print(f"\n## Observed substitutions ({path.name}, one row per paragraph, densest-article regime)\n")
    table = [(name, m["rows"], m["weight"], fmt(m["wer_spun"], "pct"), fmt(m["wer_repaired"], "pct"),
              fmt(m["wer_reduction"], "pct"), f"{fmt(m['precision'])} ({m['correct']}/{m['changed']})")
             for name, m in out.items() if m]
    print(markdown_table(["rows", "n", "weight", "WER spun", "WER repaired", "WER cut", "precision"], table))
    print("""
- split by a hash of the spun form (observations.py); the lexicon learns only
  from "learned". "held out, unseen": held-out rows whose spun form is not an
  observed lexicon row. Weight: summed observation counts; precision: changed
  rows whose repair equals the original, count-weighted.""")
    return out
