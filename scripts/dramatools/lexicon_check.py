"""Validate the spin-repair data in corpus/lexicon/ and print counts.

Checks:
  spin-lexicon.tsv   5 tab-separated columns (spun, original, class, evidence, observed count); class in
                     sure|likely|ambiguous; evidence in obs|infl|pattern|wordnet; spun forms lowercase,
                     unique per original (case-insensitive, and also after word segmentation:
                     "a-b" == "a b"; a spun form's first row is what repair displays, later rows
                     with other originals are indexed only) and different from their original; no typographic apostrophes; no stray whitespace.
  context-rules.tsv  3 columns (spun, original, pattern); pattern has exactly one `_` token; every
                     other token is a word, a|b|c alternatives, `*`, `<Cap>` or `<Num>`; the spun form
                     is a lexicon key; spun != original; no duplicate rules.
  gazetteer.tsv      2 columns (name, type), type in person|drama|show|group|broadcaster|film;
                     no duplicate names (case-insensitive).
  family-names.txt   one capitalized name per line, no duplicates.
  name-syllables.tsv 2 columns (syllable, comma-separated spun forms, possibly empty); no duplicate
                     syllables; spun forms non-empty and different from the syllable.
Lines starting with '#' and blank lines are ignored everywhere.

Usage: scripts/lexicon-check [--dir corpus/lexicon] [--quiet]
Exit status 1 if any error was found.
"""

import argparse
import collections
import os
import re
import sys

from .paths import LEXICON

CLASSES = ("sure", "likely", "ambiguous")
EVIDENCE = ("obs", "infl", "pattern", "wordnet")
GAZ_TYPES = ("person", "drama", "show", "group", "broadcaster", "film")
TYPO_APOS = "\u2018\u2019\u201b\u02bc"
# Approximation of the engine's word segmentation (ICU): punctuation, hyphens and spaces separate
# words, apostrophes and periods inside a word do not. Two keys with the same word sequence land on
# the same trie node in the engine, so they count as duplicates.
WORD_RE = re.compile(r"[^\W_]+(?:[.'][^\W_]+)*")


def segment_words(phrase):
    return tuple(WORD_RE.findall(phrase.lower()))


class Checker:
    def __init__(self, directory):
        self.dir = directory
        self.errors = []
        self.warnings = []

    def err(self, fname, lineno, msg):
        self.errors.append(f"{fname}:{lineno}: {msg}")

    def warn(self, fname, lineno, msg):
        self.warnings.append(f"{fname}:{lineno}: {msg}")

    def unique(self, seen, key, fname, lineno, what):
        """Records the first line of KEY in SEEN, or reports WHAT as a duplicate."""
        if key in seen:
            self.err(fname, lineno, f"duplicate {what} (first at line {seen[key]})")
        else:
            seen[key] = lineno

    def lines(self, fname):
        path = os.path.join(self.dir, fname)
        if not os.path.exists(path):
            self.err(fname, 0, "file missing")
            return
        with open(path, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                if line.endswith("\r"):
                    self.err(fname, n, "CRLF line ending")
                    line = line.rstrip("\r")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                yield n, line

    def fields(self, fname, n, line, count):
        cols = line.split("\t")
        if len(cols) != count:
            self.err(fname, n, f"expected {count} tab-separated columns, got {len(cols)}")
            return None
        for c in cols:
            if c != c.strip():
                self.err(fname, n, f"leading/trailing whitespace in field {c!r}")
            if "  " in c:
                self.err(fname, n, f"double space in field {c!r}")
            if any(ch in c for ch in TYPO_APOS):
                self.err(fname, n, f"typographic apostrophe in {c!r} (use ASCII ')")
        return cols

    def rows(self, fname, count):
        """(line number, fields) of the lines of FNAME that have COUNT fields."""
        for n, line in self.lines(fname):
            cols = self.fields(fname, n, line, count)
            if cols is not None:
                yield n, cols

    # ---- spin-lexicon.tsv ----
    def lexicon(self):
        fname = "spin-lexicon.tsv"
        keys = {}
        word_keys = {}
        by_class = collections.Counter()
        by_ev = collections.Counter()
        by_both = collections.Counter()
        multi = 0
        for n, cols in self.rows(fname, 5):
            spun, orig, cls, ev, count = cols
            if not count.isdigit():
                self.err(fname, n, f"observed count {count!r} is not a number")
            if not spun or not orig:
                self.err(fname, n, "empty spun or original")
                continue
            if spun != spun.lower():
                self.err(fname, n, f"spun form {spun!r} is not lowercase")
            if cls not in CLASSES:
                self.err(fname, n, f"bad class {cls!r} (allowed: {', '.join(CLASSES)})")
            if ev not in EVIDENCE:
                self.err(fname, n, f"bad evidence {ev!r} (allowed: {', '.join(EVIDENCE)})")
            if spun.lower() == orig.lower():
                self.err(fname, n, f"spun == original: {spun!r}")
            k = spun.lower()
            if k in keys:  # a further original of the same spun form: indexed only
                self.unique(keys, (k, orig.lower()), fname, n, f"spun key {spun!r}")
                continue
            keys[k] = keys[k, orig.lower()] = n
            w = segment_words(spun)
            if not w:
                self.err(fname, n, f"spun form {spun!r} contains no word")
            elif w in word_keys and word_keys[w][1] != k:
                self.err(fname, n, f"spun form {spun!r} tokenizes like {word_keys[w][1]!r} "
                                   f"(line {word_keys[w][0]}): the engine cannot tell them apart")
            else:
                word_keys.setdefault(w, (n, k))
            by_class[cls] += 1
            by_ev[ev] += 1
            by_both[(cls, ev)] += 1
            if " " in spun:
                multi += 1
        return keys, by_class, by_ev, by_both, multi

    # ---- context-rules.tsv ----
    TOKEN_RE = re.compile(r"^(?:<Cap>|<Num>|\*|_|[^\s|<>*_]+(?:\|[^\s|<>*_]+)*)$")

    def rules(self, lex_keys):
        fname = "context-rules.tsv"
        seen = {}
        count = 0
        per_spun = collections.Counter()
        for n, cols in self.rows(fname, 3):
            spun, orig, pattern = cols
            count += 1
            if not spun or not orig or not pattern:
                self.err(fname, n, "empty field")
                continue
            if spun.lower() == orig.lower():
                self.err(fname, n, f"spun == original: {spun!r}")
            toks = pattern.split(" ")
            if any(t == "" for t in toks):
                self.err(fname, n, "empty token (double space?) in pattern")
            holes = sum(1 for t in toks if t == "_")
            if holes != 1:
                self.err(fname, n, f"pattern must contain exactly one `_` token, has {holes}: {pattern!r}")
            if len(toks) < 2:
                self.err(fname, n, f"pattern has no context besides `_`: {pattern!r}")
            for t in toks:
                if t and not self.TOKEN_RE.match(t):
                    self.err(fname, n, f"bad pattern token {t!r}")
                if "|" in t and any(a == "" for a in t.split("|")):
                    self.err(fname, n, f"empty alternative in {t!r}")
            if spun.lower() not in lex_keys:
                self.err(fname, n, f"rule spun form {spun!r} is not a spin-lexicon.tsv key")
            key = (spun.lower(), orig, pattern.lower())
            self.unique(seen, key, fname, n, "rule")
            per_spun[spun.lower()] += 1
        return count, len(per_spun)

    # ---- gazetteer.tsv ----
    def gazetteer(self):
        fname = "gazetteer.tsv"
        seen = {}
        by_type = collections.Counter()
        for n, cols in self.rows(fname, 2):
            name, typ = cols
            if not name:
                self.err(fname, n, "empty name")
            if typ not in GAZ_TYPES:
                self.err(fname, n, f"bad type {typ!r} (allowed: {', '.join(GAZ_TYPES)})")
            k = name.lower()
            self.unique(seen, k, fname, n, f"name {name!r}")
            by_type[typ] += 1
        return by_type

    # ---- family-names.txt ----
    def family_names(self):
        fname = "family-names.txt"
        seen = {}
        for n, line in self.lines(fname):
            name = line
            if name != name.strip() or " " in name or "\t" in name:
                self.err(fname, n, f"one name per line without spaces: {name!r}")
            if not re.match(r"^[A-Z][a-z]*$", name.strip()):
                self.err(fname, n, f"name should be a capitalized romanized word: {name!r}")
            self.unique(seen, name, fname, n, f"name {name!r}")
        return len(seen)

    # ---- name-syllables.tsv ----
    def syllables(self, family):
        fname = "name-syllables.tsv"
        seen = {}
        with_forms = 0
        nforms = 0
        for n, cols in self.rows(fname, 2):
            syl, forms = cols
            if not re.match(r"^[A-Z][a-z]*$", syl):
                self.err(fname, n, f"syllable should be a capitalized romanized syllable: {syl!r}")
            self.unique(seen, syl, fname, n, f"syllable {syl!r}")
            if forms:
                items = forms.split(",")
                for it in items:
                    if not it or it != it.strip():
                        self.err(fname, n, f"empty or padded spun form in {forms!r}")
                    elif it.lower() == syl.lower():
                        self.err(fname, n, f"spun form equals the syllable: {it!r}")
                    elif not it[0].isupper():
                        self.warn(fname, n, f"spun form {it!r} is not capitalized")
                if len(set(i.lower() for i in items)) != len(items):
                    self.err(fname, n, f"duplicate spun form in {forms!r}")
                with_forms += 1
                nforms += len(items)
        return len(seen), with_forms, nforms


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=str(LEXICON), help="lexicon directory (default: %(default)s)")
    ap.add_argument("--quiet", action="store_true", help="print only errors and the verdict")
    args = ap.parse_args(argv)

    c = Checker(args.dir)
    keys, by_class, by_ev, by_both, multi = c.lexicon()
    nrules, nrule_spun = c.rules(keys)
    by_type = c.gazetteer()
    nfam = c.family_names()
    nsyl, nsyl_forms, nforms = c.syllables(nfam)

    if not args.quiet:
        total = sum(by_class.values())
        print(f"spin-lexicon.tsv: {total} rows ({multi} multi-word)")
        print("  by class:    " + ", ".join(f"{k}={by_class[k]}" for k in CLASSES))
        print("  by evidence: " + ", ".join(f"{k}={by_ev[k]}" for k in EVIDENCE))
        for cl in CLASSES:
            print(f"  {cl:9s}    " + ", ".join(f"{e}={by_both[(cl, e)]}" for e in EVIDENCE))
        print(f"context-rules.tsv: {nrules} rules for {nrule_spun} spun forms")
        print(f"gazetteer.tsv: {sum(by_type.values())} entries (" +
              ", ".join(f"{t}={by_type[t]}" for t in GAZ_TYPES) + ")")
        print(f"family-names.txt: {nfam} names")
        print(f"name-syllables.tsv: {nsyl} syllables, {nsyl_forms} with spun forms ({nforms} forms)")
    for w in c.warnings:
        print("warning: " + w, file=sys.stderr)
    for e in c.errors:
        print("error: " + e, file=sys.stderr)
    if c.errors:
        print(f"lexicon-check: FAILED with {len(c.errors)} error(s)", file=sys.stderr)
        return 1
    print("lexicon-check: OK")
    return 0

