"""Words for every metric: maximal runs of letters, digits and apostrophes
(typographic \u2019 normalized to '), case-folded. Runs made only of
apostrophes are not words. Each token keeps its character span in the text;
texts are split into paragraphs (blocks separated by blank lines) to be
aligned block by block."""

import bisect
import collections
import re


Token = collections.namedtuple("Token", "word start end")
WORD_RE = re.compile(r"(?:[^\W_]|')+")


def tokenize(text):
    text = text.replace("\u2019", "'")  # same length: spans stay valid
    return [Token(m.group().casefold(), m.start(), m.end())
            for m in WORD_RE.finditer(text) if m.group().strip("'")]


def words(text):
    return [t.word for t in tokenize(text)]


def paragraph_spans(text):
    """Character spans of the paragraphs (blocks separated by blank lines)."""
    spans, start = [], 0
    for m in re.finditer(r"\n[ \t\r]*\n\s*", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def token_blocks(tokens, text):
    """Token index ranges [lo, hi) of the paragraphs of TEXT."""
    starts = [t.start for t in tokens]
    return [(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))
            for a, b in paragraph_spans(text)]


def aligned_blocks(a_tokens, a_text, b_tokens, b_text):
    """Pairs of token ranges to align separately: paragraph by paragraph when
    both texts have the same number of paragraphs (spinning and repair keep the
    layout), else the whole texts as one block."""
    ab, bb = token_blocks(a_tokens, a_text), token_blocks(b_tokens, b_text)
    if len(ab) == len(bb):
        return list(zip(ab, bb))
    return [((0, len(a_tokens)), (0, len(b_tokens)))]
