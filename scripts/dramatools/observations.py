"""The observed substitutions of real spun articles
(shared/spin-observations.tsv: spun, original, count, source) and their
split into a part the lexicon may learn from and a part held out by a hash
of the spun form, so that a measurement on the held-out rows shows how the
lexicon carries to swaps it never saw."""

import hashlib
from pathlib import Path

from .paths import ROOT

# Next to the checkout (or next to its worktree folder); absent on a fresh
# machine, where the measurement is skipped.
OBSERVATION_PLACES = [ROOT.parent / "shared" / "spin-observations.tsv",
                      ROOT.parent.parent / "shared" / "spin-observations.tsv"]
HELD_OUT_BUCKETS = 5  # one bucket in five is held out


def normalize(phrase):
    """Case-folded, typographic apostrophes folded, spaces collapsed."""
    return " ".join(phrase.replace("\u2019", "'").replace("\u2018", "'").lower().split())


def held_out(spun):
    """True for the rows whose spun form falls in the held-out bucket."""
    digest = hashlib.sha1(normalize(spun).encode("utf-8")).digest()
    return digest[0] % HELD_OUT_BUCKETS == 0


def held_out_half(spun):
    """For a held-out row, 0 or 1 by a second hash of its spun form: half 0
    may be looked at while tuning, half 1 is only ever measured."""
    return hashlib.sha1(normalize(spun).encode("utf-8")).digest()[1] % 2


def find_observations():
    """Path of the observations file, None when there is none."""
    return next((p for p in OBSERVATION_PLACES if p.is_file()), None)


def load_observations(path):
    """[(spun, original, count, source)] of the file, header and comments skipped."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 3 or f[0] == "spun":
            continue
        try:
            count = int(f[2])
        except ValueError:
            continue
        rows.append((f[0], f[1], count, f[3] if len(f) > 3 else ""))
    return rows
