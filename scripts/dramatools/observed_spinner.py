"""A spinner that writes what real spinners were seen writing: each
substitution observed in real spun/original article pairs (observations.py)
applied backwards, original -> spun, where the original occurs.

scripts/spin draws its swaps from a thesaurus and the project's own
lexicon, so its copies test repair against one generator's habits. These
copies test the engine against the real spinners' own swaps, names and
titles included ("Song" -> "Music", "as" -> "because"). The lexicon learned
from most of these rows (all but the held-out fifth), so what they measure
is how extraction survives the real spinners' known habits, not how it
meets swaps never seen."""

import random
import re

# Alignment noise: a row seen once may pair two unrelated words.
MIN_COUNT = 2
PUNCTUATION = re.compile(r"[.,;:!?\"\u201c\u201d()\u2014]")


class ObservedSpinner:
    def __init__(self, rows, seed=7, rate=0.9, min_count=MIN_COUNT):
        """ROWS: (spun, original, count, source) as observations.load_observations gives;
        rows seen fewer than MIN_COUNT times are left out."""
        self.options = {}
        for spun, original, count, _ in rows:
            s, o = " ".join(spun.lower().split()), " ".join(original.lower().split())
            if count < min_count or not s or not o or s == o or PUNCTUATION.search(s + o):
                continue
            self.options.setdefault(o, {})
            self.options[o][s] = self.options[o].get(s, 0) + count
        # Longest original first, so "in the city" wins over "in".
        keys = sorted(self.options, key=lambda k: (-len(k), k))
        self.pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.IGNORECASE) \
            if keys else None
        self.seed, self.rate = seed, rate

    def spin(self, text, key=""):
        """TEXT spun; KEY (a file name) makes each text's choices its own but repeatable."""
        if not self.pattern:
            return text
        rng = random.Random(f"observed-spinner\x1f{self.seed}\x1f{key}")

        def replace(m):
            written = m.group(0)
            if rng.random() >= self.rate:
                return written
            choices = sorted(self.options[written.lower()].items())
            total = sum(c for _, c in choices)
            pick = rng.random() * total
            for spun, count in choices:
                pick -= count
                if pick < 0:
                    break
            return spun[0].upper() + spun[1:] if written[0].isupper() else spun

        return self.pattern.sub(replace, text)
