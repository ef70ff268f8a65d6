"""Word-level Levenshtein alignment (unit costs for substitution, insertion
and deletion): distances, one optimal alignment and its mismatch runs, and
BlockAlignment, which answers questions over all optimal alignments."""


def prefix_costs(a, b):
    """P[i][j] = edit distance between a[:i] and b[:j]."""
    prev = list(range(len(b) + 1))
    rows = [prev]
    for i, x in enumerate(a, 1):
        cur = [i]
        left = i
        for j, y in enumerate(b, 1):
            best = prev[j - 1] + (x != y)
            if prev[j] + 1 < best:
                best = prev[j] + 1
            if left + 1 < best:
                best = left + 1
            cur.append(best)
            left = best
        rows.append(cur)
        prev = cur
    return rows


def suffix_costs(a, b):
    """Q[i][j] = edit distance between a[i:] and b[j:]."""
    rev = prefix_costs(a[::-1], b[::-1])
    n, m = len(a), len(b)
    return [[rev[n - i][m - j] for j in range(m + 1)] for i in range(n + 1)]


def edit_distance(a, b):
    return prefix_costs(a, b)[-1][-1]


def backtrace(P, a, b):
    """One optimal alignment as a list of (i, j) ops; i or j is None for an
    inserted (only in a) or deleted (only in b) word. Prefers diagonal steps."""
    ops, i, j = [], len(a), len(b)
    while i or j:
        if i and j and P[i][j] == P[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            i, j = i - 1, j - 1
            ops.append((i, j))
        elif i and P[i][j] == P[i - 1][j] + 1:
            i -= 1
            ops.append((i, None))
        else:
            j -= 1
            ops.append((None, j))
    ops.reverse()
    return ops


def mismatch_runs(ops, a, b):
    """Maximal groups of consecutive non-matching ops as (a indices, b indices,
    number of a words before the group)."""
    runs, cur_a, cur_b, pos, start = [], [], [], 0, 0
    for i, j in ops:
        if i is not None and j is not None and a[i] == b[j]:
            if cur_a or cur_b:
                runs.append((cur_a, cur_b, start))
            cur_a, cur_b = [], []
        else:
            if not (cur_a or cur_b):
                start = pos
            if i is not None:
                cur_a.append(i)
            if j is not None:
                cur_b.append(j)
        pos += i is not None
    if cur_a or cur_b:
        runs.append((cur_a, cur_b, start))
    return runs


class BlockAlignment:
    """Spun words S vs original words O of one block, with prefix and suffix
    cost matrices so that questions are answered over ALL optimal alignments
    (ties in the Levenshtein alignment never decide a metric)."""

    def __init__(self, spun, orig):
        self.S, self.O = spun, orig
        self.P = prefix_costs(spun, orig)
        self.Q = suffix_costs(spun, orig)
        self.total = self.P[-1][-1]

    def spun_mask(self):
        """mask[k] is True when S[k] is a spun token: it is matched to an equal
        original word in no optimal alignment."""
        S, O, P, Q, total = self.S, self.O, self.P, self.Q, self.total
        return [not any(S[k] == O[l] and P[k][l] + Q[k + 1][l + 1] == total for l in range(len(O)))
                for k in range(len(S))]

    def cost_after(self, i, j, repaired):
        """Edit distance to O once S[i:j] is replaced by REPAIRED: the prefix
        row P[i] is extended by the repaired words and joined with Q[j]."""
        row = self.P[i]
        for x in repaired:
            cur = [row[0] + 1]
            for b, y in enumerate(self.O, 1):
                cur.append(min(row[b - 1] + (x != y), row[b] + 1, cur[b - 1] + 1))
            row = cur
        return min(r + q for r, q in zip(row, self.Q[j]))

    def edit_is_correct(self, i, j, repaired):
        """True when replacing S[i:j] by REPAIRED brings the words closer to
        the original and some optimal alignment of the edited words matches
        the repaired words one to one to equal original words: there is an a
        with O[a:a+len(R)] == R and P[i][a] + Q[j][a+len(R)] == cost after.
        (Requiring S[i:j] -> R to be a unit of an optimal alignment of S would
        be too strict: unit costs happily pair unrelated words, e.g. '12 months
        who's' vs 'year who is' costs 3 as three substitutions.)"""
        after = self.cost_after(i, j, repaired)
        if after >= self.total:
            return False
        O, r = self.O, len(repaired)
        for a in range(len(O) - r + 1):
            if O[a:a + r] == repaired and self.P[i][a] + self.Q[j][a + r] == after:
                return True
        return False

    def aligned_original(self, i, j, repaired):
        """Original words that S[i:j] stands for (for diagnostics): the span
        O[a:b] with the lowest P[i][a] + d(S[i:j], O[a:b]) + Q[j][b], ties
        broken by closeness to REPAIRED, then to the length of S[i:j]."""
        S, O, P, Q = self.S, self.O, self.P, self.Q
        spun = S[i:j]
        best = None
        for a in range(len(O) + 1):
            for b in range(a, min(len(O), a + len(spun) + len(repaired) + 2) + 1):
                key = (P[i][a] + edit_distance(spun, O[a:b]) + Q[j][b],
                       edit_distance(O[a:b], repaired), abs(b - a - len(spun)))
                if best is None or key < best[0]:
                    best = (key, O[a:b])
        return best[1]
