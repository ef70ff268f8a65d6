"""The edits of `drama-index despin --json` on a text: byte offsets mapped to
characters and tokens, and the text with the edits applied."""

import bisect
import collections

from .tokens import words


# An applied edit: spun token range [i, j) of the text, its spun and repaired
# words, the repaired string, its character span and the tool's reason.
# weight = the words it rewrites = max(len(spun words), len(repaired words), 1);
# 0 for a no-op edit (same words after case folding, e.g. a case change),
# which is left out of every edit metric.
Edit = collections.namedtuple("Edit", "i j spun repaired weight start end repl reason")


def byte_to_char_map(text):
    """offs[c] = byte offset of character c (offs[len(text)] = byte length)."""
    offs, pos = [], 0
    for ch in text:
        offs.append(pos)
        pos += len(ch.encode("utf-8"))
    offs.append(pos)
    return offs


def edit_words(text, tokens, start, end, repl):
    """Token range [i, j) overlapping the character span [start, end) and the
    words it reads after replacing the span by REPL (partially covered tokens
    are completed with their untouched characters)."""
    i = bisect.bisect_right([t.end for t in tokens], start)
    j = max(i, bisect.bisect_left([t.start for t in tokens], end))
    left = min(start, tokens[i].start) if i < j else start
    right = max(end, tokens[j - 1].end) if i < j else end
    return i, j, words(text[left:start] + repl + text[end:right])


def located_edits(doc, text, keep):
    """(edit, character start, character end) of the edits of a `despin
    --json` result that KEEP(edit) selects, and the number of those skipped
    because their byte offsets do not hold their spun text."""
    raw = text.encode("utf-8")
    b2c = byte_to_char_map(text)
    out, bad = [], 0
    for e in doc.get("edits", []):
        if not keep(e):
            continue
        off, length = e["offset"], e["length"]
        if raw[off:off + length].decode("utf-8", "replace") != e["spun"]:
            bad += 1
            continue
        out.append((e, bisect.bisect_left(b2c, off), bisect.bisect_left(b2c, off + length)))
    return out, bad


def applied_edits(doc, text, tokens):
    """Applied edits of a `despin --json` result on TEXT as Edit tuples, and
    the number of edits skipped because their offsets do not hold their spun text."""
    located, bad = located_edits(doc, text, lambda e: e.get("applied"))
    edits = []
    for e, start, end in located:
        i, j, rep = edit_words(text, tokens, start, end, e["repaired"])
        spun = [t.word for t in tokens[i:j]]
        weight = 0 if spun == rep else max(len(spun), len(rep), 1)
        edits.append(Edit(i, j, spun, rep, weight, start, end, e["repaired"], e.get("reason", "")))
    return edits, bad


def apply_edits(text, edits):
    """TEXT with the edits applied, and the character spans in the result that
    edits with a weight produced."""
    out, spans, copied, pos = [], [], 0, 0
    for e in sorted(edits, key=lambda e: e.start):
        if e.start < copied:
            continue  # overlaps the previous edit
        out.append(text[copied:e.start])
        pos += e.start - copied
        out.append(e.repl)
        if e.weight:
            spans.append((pos, pos + len(e.repl)))
        pos += len(e.repl)
        copied = e.end
    out.append(text[copied:])
    return "".join(out), spans


# An edit the index holds: spun token range [i, j), its spun words, every
# reading the index holds there (repaired words first, then the `also`
# alternates; readings equal to the spun words left out) and whether the
# displayed text shows the first.
IndexedEdit = collections.namedtuple("IndexedEdit", "i j spun readings applied")


def indexed_edits(doc, text, tokens):
    """Edits of a `despin --json` result whose readings the index holds at
    their words (applied or not), as IndexedEdit tuples; edits without a
    reading that differs from the spun words are left out."""
    out = []
    located, _ = located_edits(doc, text, lambda e: e.get("indexed", e.get("applied")))
    for e, start, end in located:
        readings, spun, i, j = [], None, 0, 0
        for repl in [e["repaired"]] + list(e.get("also", [])):
            i, j, rep = edit_words(text, tokens, start, end, repl)
            spun = [t.word for t in tokens[i:j]]
            if rep != spun and rep not in readings:
                readings.append(rep)
        if readings:
            out.append(IndexedEdit(i, j, spun, readings, bool(e.get("applied"))))
    return out
