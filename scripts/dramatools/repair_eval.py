"""The "repair" section of scripts/eval: spin repair on the original/spun
article pairs (WER, edit precision and recall, change rate on unspun text),
known-item search with and without repair, and diagnostics.

Repair metrics of one article pair:

S = words of the spun text, O = words of the original text, aligned block by
block (paragraphs, see aligned_blocks) with unit-cost word Levenshtein.
 * spun token: a word of S that no optimal alignment matches to an equal word
   of O (a substituted or inserted word);
 * correct edit: its repaired words R are the original words aligned to its
   spun words S[i:j]. Formally (BlockAlignment.edit_is_correct): replacing
   S[i:j] by R lowers the distance to O, and an optimal alignment of the
   edited words matches R one to one to equal original words. This covers
   length changes ('tenting automotive' -> 'camping car', 'as a result of' ->
   'because') and edits that cover no word ('%' -> 'percent'); ties and
   chance pairings of unrelated words in the alignment decide nothing;
 * fixed token: a spun token inside the span of a correct edit.

Search recall counts what the index holds rather than what is shown: a spun
token is found when an edit the index holds covers it (applied, or uncertain
in an article with enough spin evidence) and one of its readings (the repair
or a further original) is correct in the sense above.
"""

import collections
import contextlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from .align import BlockAlignment, backtrace, edit_distance, mismatch_runs, prefix_costs
from .article_pairs import load_pairs
from .edits import applied_edits, apply_edits, indexed_edits
from .known_items import (KNOWN_ITEM_LIMIT, known_item_search, load_known_items, print_known_item_misses,
                          print_known_items, ranking_scores)
from .markdown import fmt, markdown_table
from .paths import SCRIPTS
from .repair_diagnostics import print_diagnostics, split_compounds
from .repair_observations import section_part as observation_section
from .repair_observed_copies import section_part as observed_copies_section
from .tokens import aligned_blocks, tokenize, words


def align_blocks(S, O, blocks):
    """[(first spun token, BlockAlignment, spun mask)] per block of one pair."""
    aligned = []
    for (slo, shi), (olo, ohi) in blocks:
        al = BlockAlignment(S[slo:shi], O[olo:ohi])
        aligned.append((slo, al, al.spun_mask()))
    return aligned


def judge_edits(aligned, edits):
    """(verdicts [(edit, correct, expected original words)], spun token count,
    fixed token count) over the aligned blocks of one pair (align_blocks). An
    edit that covers no word at a paragraph boundary belongs to both
    neighbouring blocks."""
    verdicts, fixed = [], set()
    for e in (e for e in edits if e.weight):
        homes = [(slo, al, mask) for slo, al, mask in aligned
                 if slo <= e.i and e.j <= slo + len(al.S)]
        ok, expected = False, []
        for slo, al, mask in homes:
            if al.edit_is_correct(e.i - slo, e.j - slo, e.repaired):
                ok, expected = True, e.repaired
                fixed.update(k for k in range(e.i, e.j) if mask[k - slo])
                break
        if homes and not ok:  # edits across paragraphs have no home: never right
            slo, al, _ = homes[0]
            expected = al.aligned_original(e.i - slo, e.j - slo, e.repaired)
        verdicts.append((e, ok, expected))
    return verdicts, sum(sum(mask) for _, _, mask in aligned), len(fixed)


def search_found(aligned, edits):
    """Spun tokens of one pair (aligned blocks, align_blocks) covered by an
    indexed edit (IndexedEdit) with a correct reading: the words an
    original-wording query finds."""
    found = set()
    for slo, al, mask in aligned:
        for e in edits:
            if slo <= e.i and e.j <= slo + len(al.S) and any(al.edit_is_correct(e.i - slo, e.j - slo, r)
                                                             for r in e.readings):
                found.update(k for k in range(e.i, e.j) if mask[k - slo])
    return len(found)


def residue(orig_text, o_tokens, rep_text, r_tokens, edit_spans):
    """Word errors of the repaired text against the original, and its mismatch
    runs that no edit touched, as Counter{(spun words, original words)}. A run
    without repaired words (original words missing) shows the non-word text in
    their place, e.g. '%' for 'percent'."""
    O, R = [t.word for t in o_tokens], [t.word for t in r_tokens]
    errors, unrepaired = 0, collections.Counter()
    for (rlo, rhi), (olo, ohi) in aligned_blocks(r_tokens, rep_text, o_tokens, orig_text):
        a, b = R[rlo:rhi], O[olo:ohi]
        P = prefix_costs(a, b)
        errors += P[-1][-1]
        for ra, ob, pos in mismatch_runs(backtrace(P, a, b), a, b):
            if ra:
                start, end = r_tokens[rlo + ra[0]].start, r_tokens[rlo + ra[-1]].end
                shown = " ".join(a[k] for k in ra)
            else:
                start = r_tokens[rlo + pos - 1].end if rlo + pos > 0 else 0
                end = r_tokens[rlo + pos].start if rlo + pos < len(r_tokens) else len(rep_text)
                shown = "`" + rep_text[start:end].strip() + "`" if rep_text[start:end].strip() else "∅"
            if not any(s < end and start < e for s, e in edit_spans):
                unrepaired[(shown, " ".join(b[k] for k in ob))] += 1
    return errors, unrepaired


def analyse_pair(tools, orig_text, spun_text):
    """Counts and diagnostics of one pair (spun text despun by the tool)."""
    o_tokens, s_tokens = tokenize(orig_text), tokenize(spun_text)
    O, S = [t.word for t in o_tokens], [t.word for t in s_tokens]
    doc = tools.despin(spun_text)
    edits, bad = applied_edits(doc, spun_text, s_tokens)
    blocks = aligned_blocks(s_tokens, spun_text, o_tokens, orig_text)
    aligned = align_blocks(S, O, blocks)
    verdicts, spun_count, fixed_count = judge_edits(aligned, edits)
    found = search_found(aligned, indexed_edits(doc, spun_text, s_tokens))

    rep_text, edit_spans = apply_edits(spun_text, edits)
    if words(rep_text) != words(doc["text"]):
        # The tool's text is not its input plus its applied edits: measure the
        # tool's text, without knowing which words the edits produced.
        print("warning: despin text differs from its applied edits", file=sys.stderr)
        rep_text, edit_spans = doc["text"], []
    rep_errors, unrepaired = residue(orig_text, o_tokens, rep_text, tokenize(rep_text), edit_spans)

    counts = collections.Counter(
        orig_tokens=len(O), bad_offsets=bad, noop_edits=sum(1 for e in edits if not e.weight),
        spun_errors=sum(edit_distance(S[a:b], O[c:d]) for (a, b), (c, d) in blocks),
        repaired_errors=rep_errors, spun_tokens=spun_count, fixed_tokens=fixed_count,
        found_tokens=found,
        edits=len(verdicts), correct_edits=sum(ok for _, ok, _ in verdicts),
        edit_weight=sum(e.weight for e, _, _ in verdicts),
        correct_weight=sum(e.weight for e, ok, _ in verdicts if ok))
    wrong = collections.Counter((" ".join(e.spun) or "∅", " ".join(e.repaired) or "∅",
                                 " ".join(exp) or "∅") for e, ok, exp in verdicts if not ok)
    return counts, unrepaired, wrong


def analyse_original(tools, text):
    """Changes despin makes to an unspun text: counts and Counter{(spun, repaired, reason)}."""
    tokens = tokenize(text)
    doc = tools.despin(text)
    edits, bad = applied_edits(doc, text, tokens)
    changes = [e for e in edits if e.weight]
    covered = set()  # words the index holds another reading of
    for e in indexed_edits(doc, text, tokens):
        covered.update(range(e.i, e.j))
    counts = collections.Counter(tokens=len(tokens), changed_tokens=sum(e.weight for e in changes),
                                 changes=len(changes), bad_offsets=bad, indexed_tokens=len(covered))
    wrong = collections.Counter((" ".join(e.spun) or "∅", " ".join(e.repaired) or "∅", e.reason)
                                for e in changes)
    return counts, wrong


def ratio(num, den):
    return num / den if den else None


def repair_metrics(tools, pairs):
    """Summed counts over the pairs, the final ratios and the diagnostics."""
    counts = collections.Counter()
    orig = collections.Counter()
    diag = {"unrepaired": collections.Counter(), "wrong_spun": collections.Counter(),
            "wrong_original": collections.Counter()}
    for _, orig_text, spun_text in pairs:
        c, unrepaired, wrong = analyse_pair(tools, orig_text, spun_text)
        counts.update(c)  # update, not +=: keeps zero counts
        diag["unrepaired"].update(unrepaired)
        diag["wrong_spun"].update(wrong)
        oc, owrong = analyse_original(tools, orig_text)
        orig.update(oc)
        diag["wrong_original"].update(owrong)
    diag["unrepaired"] = split_compounds(diag["unrepaired"])
    for what, n in (("spun", counts["bad_offsets"]), ("original", orig["bad_offsets"])):
        if n:
            print(f"warning: {n} edits on {what} text skipped: offset does not hold the spun text",
                  file=sys.stderr)
    wer_spun = ratio(counts["spun_errors"], counts["orig_tokens"])
    wer_rep = ratio(counts["repaired_errors"], counts["orig_tokens"])
    metrics = {
        "pairs": len(pairs),
        "wer_spun": wer_spun,
        "wer_repaired": wer_rep,
        "wer_reduction": ratio(wer_spun - wer_rep, wer_spun) if wer_spun else None,
        "precision": ratio(counts["correct_edits"], counts["edits"]),
        "precision_weighted": ratio(counts["correct_weight"], counts["edit_weight"]),
        "recall": ratio(counts["fixed_tokens"], counts["spun_tokens"]),
        "search_recall": ratio(counts["found_tokens"], counts["spun_tokens"]),
        "change_rate": ratio(orig["changed_tokens"], orig["tokens"]),
        "index_change_rate": ratio(orig["indexed_tokens"], orig["tokens"]),
        "counts": dict(counts),
        "original": dict(orig),
    }
    return metrics, diag


def print_repair(m, pairs_info):
    print(f"## Spin repair ({pairs_info})\n")
    c, o = m["counts"], m["original"]
    rows = [
        ("article pairs", m["pairs"]),
        ("original words", c["orig_tokens"]),
        ("WER spun vs original", fmt(m["wer_spun"], "pct")),
        ("WER repaired vs original", fmt(m["wer_repaired"], "pct")),
        ("relative WER reduction", fmt(m["wer_reduction"], "pct")),
        ("applied edits on spun text", c["edits"]),
        ("edit precision", f"{fmt(m['precision'])} ({c['correct_edits']}/{c['edits']})"),
        ("edit precision, token-weighted",
         f"{fmt(m['precision_weighted'])} ({c['correct_weight']}/{c['edit_weight']})"),
        ("recall of spun tokens", f"{fmt(m['recall'])} ({c['fixed_tokens']}/{c['spun_tokens']})"),
        ("change rate on original text",
         f"{fmt(m['change_rate'], 'pct')} ({o['changed_tokens']}/{o['tokens']} words, "
         f"{o['changes']} edits)"),
        ("search recall of spun tokens (index)",
         f"{fmt(m['search_recall'])} ({c['found_tokens']}/{c['spun_tokens']})"),
        ("original words given another reading in the index",
         f"{fmt(m['index_change_rate'], 'pct')} ({o['indexed_tokens']}/{o['tokens']})"),
    ]
    print(markdown_table(["metric", "value"], rows))
    print("""
- WER: word-level Levenshtein distance to the original divided by the original
  length, summed over all pairs (words: letters/digits/apostrophes, case-folded).
- edit precision: applied edits on the spun text whose repaired words equal the
  original words aligned to their spun words (the edit lowers the distance and
  its words match the original one to one in an optimal alignment);
  token-weighted: each edit counts max(spun words, repaired words). No-op
  edits (same words) are left out.
- recall: spun tokens (spun words aligned to no equal original word) inside a
  correct edit, over all spun tokens.
- change rate: words rewritten by despin on the unspun originals over all
  their words (target <= 0.5%).
- search recall: spun tokens inside an edit the index holds (shown, or an
  uncertain one indexed in an article with spin evidence) with one correct
  reading among the repair and its further originals; what original-wording
  queries can match, against what the display shows (recall above).
- another reading in the index: original words at which the index holds a
  reading besides the word (shown or not); unspun articles should stay near
  the change rate.""")


@contextlib.contextmanager
def judge_off():
    """The tools run without the context judge (DRAMASEARCH_LM=none) inside."""
    old = os.environ.get("DRAMASEARCH_LM")
    os.environ["DRAMASEARCH_LM"] = "none"
    try:
        yield
    finally:
        if old is None:
            del os.environ["DRAMASEARCH_LM"]
        else:
            os.environ["DRAMASEARCH_LM"] = old


def judge_status(tools):
    return tools.despin("a\n").get("context_judge", "unknown")


def print_judge_effect(on, off, status):
    print(f"\n## What the context judge adds ({status})\n")
    rows = [(label, fmt(m["wer_reduction"], "pct"), fmt(m["precision"]), fmt(m["recall"]),
             fmt(m["search_recall"]), m["counts"]["edits"], fmt(m["change_rate"], "pct"))
            for label, m in (("without judge", off), ("with judge", on))]
    print(markdown_table(["repair", "WER cut", "edit precision", "recall", "search recall", "edits",
                          "unspun change"], rows))
    print("""
- same pairs as above; "without": DRAMASEARCH_LM=none, lexicon and article
  evidence alone.""")


LIGHT_RATE = 0.15  # share of eligible words a lightly spinning farm swaps


def light_spin_pairs(tools, corpus, work):
    """The originals spun again by scripts/spin at LIGHT_RATE: a farm that
    swaps few words per article, where article evidence is thin."""
    root = Path(work)
    (root / "articles").mkdir()
    (root / "articles" / "original").symlink_to((corpus / "articles" / "original").resolve())
    subprocess.run([sys.executable, str(SCRIPTS / "spin"), "--rate", str(LIGHT_RATE), "--seed", "3",
                    str(corpus / "articles" / "original"), str(root / "articles" / "spun")],
                   check=True, capture_output=True)
    pairs, _, _ = load_pairs(tools, root)
    return pairs


def print_light(on, off, n):
    print(f"\n## Lightly spun copies (scripts/spin --rate {LIGHT_RATE}, {n} pairs)\n")
    rows = [(label, fmt(m["wer_spun"], "pct"), fmt(m["wer_reduction"], "pct"), fmt(m["precision"]),
             fmt(m["recall"]), fmt(m["search_recall"]), m["counts"]["edits"])
            for label, m in (("without judge", off), ("with judge", on)) if m]
    print(markdown_table(["repair", "WER spun", "WER cut", "edit precision", "recall", "search recall",
                          "edits"], rows))


def section(ctx):
    """Spin repair on the article pairs and known-item search; prints its tables."""
    tools, corpus = ctx["tools"], ctx["corpus"]
    pairs, dropped, spun_ids = load_pairs(tools, corpus)
    items = load_known_items(corpus / "truth" / "known-items.tsv", {p[0] for p in pairs})

    metrics, diag = repair_metrics(tools, pairs)
    info = f"{len(pairs)} pairs"
    if dropped:
        info += f"; duplicated spun HTML heading dropped in {dropped}"
    print_repair(metrics, info)
    status = judge_status(tools)
    if not status.startswith("off"):
        with judge_off():
            plain, _ = repair_metrics(tools, pairs)
        print_judge_effect(metrics, plain, status)
        metrics["without_judge"] = {k: v for k, v in plain.items() if k not in ("counts", "original")}
    metrics["context_judge"] = status
    with tempfile.TemporaryDirectory() as work:
        light = light_spin_pairs(tools, corpus, work)
        light_on, _ = repair_metrics(tools, light)
        light_off = None
        if not status.startswith("off"):
            with judge_off():
                light_off, _ = repair_metrics(tools, light)
        print_light(light_on, light_off, len(light))
        metrics["light_spin"] = {label: {k: v for k, v in m.items() if k not in ("counts", "original")}
                                 for label, m in (("with judge", light_on), ("without judge", light_off)) if m}

    metrics["observed_copies"] = observed_copies_section(tools, corpus, lambda p: repair_metrics(tools, p)[0], items)
    metrics["observations"] = observation_section(tools)
    if not status.startswith("off"):
        with judge_off():
            print("\n(observed substitutions without the context judge)")
            metrics["observations_without_judge"] = observation_section(tools)

    ranks = known_item_search(tools, corpus, items, spun_ids)
    scores = {label: ranking_scores(r) for label, r in ranks.items()}
    print_known_items(scores, len(items))

    print_diagnostics(diag, [words(t) for _, t, _ in pairs])
    print_known_item_misses(items, ranks)

    metrics["dropped_headings"] = dropped
    metrics["known_item"] = {"queries": len(items), "limit": KNOWN_ITEM_LIMIT,
                             "scores": {f"{label}; {mode}": s for (label, mode), s in scores.items()},
                             "ranks": {f"{label}; {mode}": [{"article_id": aid, "query": q, "rank": r}
                                                            for (aid, q), r in zip(items, rs)]
                                       for (label, mode), rs in ranks.items()}}
    metrics["diagnostics"] = {
        "unrepaired": [{"spun": s, "original": o, "count": n}
                       for (s, o), n in diag["unrepaired"].most_common()],
        "wrong_on_original": [{"text": s, "changed_to": r, "reason": why, "count": n}
                              for (s, r, why), n in diag["wrong_original"].most_common()],
        "wrong_on_spun": [{"spun": s, "repaired": r, "original": o, "count": n}
                          for (s, r, o), n in diag["wrong_spun"].most_common()],
    }
    return metrics
