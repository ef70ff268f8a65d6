"""Diagnostics of spin repair for the lexicon authors: the most frequent
unrepaired spins (adjacent spins split apart), wrong changes on original text
and wrong edits on spun text."""

import collections

from .markdown import markdown_table

TOP_WRONG_ON_ORIGINAL = 15
TOP_UNREPAIRED = 25
TOP_WRONG_ON_SPUN = 15


def ngram_count(token_lists, phrase):
    """Occurrences of the word sequence PHRASE in the token lists."""
    ws = phrase.split()
    if not ws or phrase.startswith("`") or phrase == "∅":
        return 0
    k = len(ws)
    return sum(1 for t in token_lists for p in range(len(t) - k + 1) if t[p:p + k] == ws)


def split_compounds(runs):
    """Splits mismatch runs that are two or more adjacent spins seen on their
    own elsewhere ('web optimization received -> seo won' = 'web optimization
    -> seo' + 'received -> won'), so that each spin is counted once.
    RUNS: Counter{(spun words, original words)}; returns a new Counter."""
    out = collections.Counter()
    for (spun, orig), n in runs.items():
        pieces = None
        if len(spun.split()) > 1:
            allowed = set(runs) - {(spun, orig)}
            pieces = decompose(tuple(spun.split()), tuple(orig.split()), allowed, {})
        for piece in pieces or [(spun, orig)]:
            out[piece] += n
    return out


def decompose(sw, ow, allowed, memo):
    """Shortest split of the run SW -> OW (word tuples) into two or more
    consecutive runs from ALLOWED ({(spun, original)} strings), or None."""
    if (sw, ow) not in memo:
        best = None
        for a in range(1, len(sw)):
            for b in range(len(ow) + 1):
                head = (" ".join(sw[:a]), " ".join(ow[:b]))
                if head not in allowed:
                    continue
                tail = (" ".join(sw[a:]), " ".join(ow[b:]))
                rest = [tail] if tail in allowed else decompose(sw[a:], ow[b:], allowed, memo)
                if rest and (best is None or len(rest) + 1 < len(best)):
                    best = [head] + rest
        memo[(sw, ow)] = best
    return memo[(sw, ow)]


def print_diagnostics(diag, orig_token_lists):
    print("\n## Diagnostics\n")
    print(f"### {TOP_UNREPAIRED} most frequent unrepaired spun words (after repair)\n")
    rows = [(n, spun, orig or "∅", ngram_count(orig_token_lists, spun))
            for (spun, orig), n in diag["unrepaired"].most_common(TOP_UNREPAIRED)]
    print(markdown_table(["count", "spun", "original", "in originals"], rows) if rows else "none")
    print("\n- Mismatches left after repair that no edit touched, counted per spin\n"
          "  (adjacent spins are split when each is seen on its own).\n"
          "- in originals: occurrences of the spun words in the unspun articles,\n"
          "  i.e. how risky an unconditional lexicon entry for them would be.")

    print(f"\n### {TOP_WRONG_ON_ORIGINAL} most frequent wrong changes on original text\n")
    rows = [(n, spun, rep, reason)
            for (spun, rep, reason), n in diag["wrong_original"].most_common(TOP_WRONG_ON_ORIGINAL)]
    print(markdown_table(["count", "text", "changed to", "reason"], rows) if rows else "none")

    print(f"\n### {TOP_WRONG_ON_SPUN} most frequent wrong edits on spun text\n")
    rows = [(n, spun, rep, exp)
            for (spun, rep, exp), n in diag["wrong_spun"].most_common(TOP_WRONG_ON_SPUN)]
    print(markdown_table(["count", "spun", "repaired", "original"], rows) if rows else "none")
