"""The forward synonym spinner: the word-level core shared by scripts/spin
and the corpus generator (gen_articles).

How it behaves (see corpus/spinner/thesaurus.tsv):
  * the text is tokenized into words; at each word the longest phrase (up to
    the longest thesaurus entry, words separated by plain spaces) found in the
    thesaurus is replaced by one of its spun forms;
  * each eligible occurrence is replaced with probability `rate` (default
    0.9), lowered for a few very common function words (COMMON_WORD_FACTOR);
    the decision comes from the caller's RNG, so the output is deterministic;
  * when several spun forms exist, the form is chosen per phrase from a hash
    of (seed, phrase), so the same word tends to become the same synonym;
    with probability VARY another form is used for that occurrence;
  * case is carried over: Camera -> Digicam, ROYAL -> REGAL; a possessive
    's on the last word is kept (Won's -> Received's);
  * the spinner does not know names: Won -> Received, Seo -> Web optimization;
  * number words become digits (two -> 2) because they are thesaurus rows;
  * straight quotes and apostrophes in prose become typographic ones
    (' -> \u2019 \u2018, " -> \u201c \u201d).
"""

import hashlib
import re
import sys

# Probability that an occurrence takes a form other than the per-phrase one.
VARY = 0.15

# Very common words the real spinner replaces only now and then (multiplied
# with --rate). Phrases starting with them are not affected.
COMMON_WORD_FACTOR = {
    "in": 0.3, "at": 0.3, "as": 0.25, "so": 0.2, "will": 0.35, "can": 0.35,
    "could": 0.5, "would": 0.5, "when": 0.3, "each": 0.5, "every": 0.6,
    "about": 0.5, "more": 0.7, "first": 0.6, "go": 0.7, "even": 0.3,
    "any": 0.3, "only": 0.5, "over": 0.4, "after": 0.3, "just": 0.7,
    "still": 0.7, "back": 0.6, "most": 0.5, "home": 0.8, "look": 0.6,
    "show": 0.8, "work": 0.6, "play": 0.4, "love": 0.5, "character": 0.5,
    "made": 0.6, "good": 0.6, "lead": 0.6, "members": 0.6, "end": 0.6,
    "old": 0.6, "story": 0.6, "well": 0.5, "like": 0.5, "then": 0.5,
}

WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[-'\u2019][A-Za-z0-9]+)*")
POSSESSIVE_RE = re.compile(r"^(.*[A-Za-z0-9])(['\u2019]s)$", re.IGNORECASE)
# separator allowed between the words of one phrase
PHRASE_SEP_RE = re.compile(r"^[ \t]+$|^[ \t]*\n[ \t]*$")

OPEN_CONTEXT = set(" \t\r\n([{<\u2014\u2013-/\u201c\u2018")


def load_thesaurus(path):
    table = {}
    maxlen = 1
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                print(f"{path}:{lineno}: no tab, skipped", file=sys.stderr)
                continue
            key = normalize_key(parts[0].strip())
            forms = [s.strip().replace("'", "\u2019") for s in parts[1].split("|") if s.strip()]
            if not key or not forms:
                continue
            table.setdefault(key, [])
            for s in forms:
                if s not in table[key]:
                    table[key].append(s)
            maxlen = max(maxlen, len(key.split(" ")))
    return table, maxlen


def normalize_key(s):
    return " ".join(s.lower().replace("\u2019", "'").split())


def stable_hash(*parts):
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def apply_case(original_words, repl):
    first = original_words[0]
    letters = [c for c in "".join(original_words) if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return repl.upper()
    if first[:1].isupper():
        return repl[:1].upper() + repl[1:]
    return repl


def smart_quotes(text, prev=" "):
    """Straight ' and " to typographic ones; prev is the char before text."""
    out = []
    for i, c in enumerate(text):
        # emphasis markers (*, _) are transparent: **"Title"** opens a quote
        j = len(out) - 1
        while j >= 0 and out[j] in "*_":
            j -= 1
        before = out[j] if j >= 0 else prev
        if c == '"':
            out.append("\u201c" if (before in OPEN_CONTEXT) else "\u201d")
        elif c == "'":
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if before not in OPEN_CONTEXT:      # it's, Disney+'s, fans', "no."'
                out.append("\u2019")
            elif nxt.isdigit():          # '90s
                out.append("\u2019")
            else:
                out.append("\u2018")
        else:
            out.append(c)
    return "".join(out)


class Spinner:
    """Spins prose with a thesaurus {phrase: [spun forms]} whose longest
    phrase has MAXLEN words.

    At each word only the phrase lengths of thesaurus entries that start with
    that word are tried (plus a single possessive word, "Won's"); every other
    length cannot match. full_scan=True tries every length instead, as a
    reference: both give the same output, RNG draws included (checked by
    `scripts/gen-corpus --self-check` and the package's unit tests)."""

    def __init__(self, table, maxlen, seed=0, rate=0.9, full_scan=False):
        self.table = table
        self.maxlen = maxlen
        self.seed = seed
        self.rate = rate
        self.full_scan = full_scan
        lengths = {}
        for key in table:
            words = key.split(" ")
            lengths.setdefault(words[0], set()).add(len(words))
        # first word -> phrase lengths to try, longest first, always ending in 1
        # (the possessive fallback of a single word)
        self.first_word_lengths = {w: sorted(ls | {1}, reverse=True) for w, ls in lengths.items()}

    def choose(self, key, rng):
        forms = self.table[key]
        idx = stable_hash(self.seed, key) % len(forms)
        if len(forms) > 1 and rng.random() < VARY:
            idx = (idx + 1 + rng.randrange(len(forms) - 1)) % len(forms)
        return forms[idx]

    def phrase_lengths(self, word, top):
        """Phrase lengths worth trying at WORD (at most TOP), longest first."""
        if self.full_scan:
            return range(top, 0, -1)
        lengths = self.first_word_lengths.get(word.lower().replace("\u2019", "'"))
        if lengths is None:  # no phrase starts here; "Won's" may still be a word's possessive
            return (1,) if POSSESSIVE_RE.match(word) else ()
        return [n for n in lengths if n <= top]

    def match_at(self, words, seps, i):
        """(length, thesaurus key, possessive suffix) of the longest phrase at
        words[i], or None."""
        for length in self.phrase_lengths(words[i], min(self.maxlen, len(words) - i)):
            # words i..i+length-1 must be joined by plain spaces
            if any(not PHRASE_SEP_RE.match(seps[j]) for j in range(i + 1, i + length)):
                continue
            span = words[i:i + length]
            if any(POSSESSIVE_RE.match(w) for w in span[:-1]):
                continue
            key = normalize_key(" ".join(span))
            suffix = ""
            if key not in self.table:
                pm = POSSESSIVE_RE.match(span[-1])
                if not pm:
                    continue
                key = normalize_key(" ".join(span[:-1] + [pm.group(1)]))
                suffix = "\u2019s"
                if key not in self.table:
                    continue
            return length, key, suffix
        return None

    def spin_words(self, text, rng):
        """Replaces thesaurus phrases in text (no quote handling)."""
        pieces = []            # alternating: separator, word, separator, word, ..., separator
        pos = 0
        for m in WORD_RE.finditer(text):
            pieces.append(text[pos:m.start()])
            pieces.append(m.group(0))
            pos = m.end()
        pieces.append(text[pos:])
        words = pieces[1::2]
        seps = pieces[0::2]      # seps[i] precedes words[i]; seps[-1] trails
        out = [seps[0]]
        i = 0
        n = len(words)
        while i < n:
            match = self.match_at(words, seps, i)
            if match is None:
                out.append(words[i])
                out.append(seps[i + 1])
                i += 1
                continue
            length, key, suffix = match
            span = words[i:i + length]
            p = self.rate * (COMMON_WORD_FACTOR.get(key, 1.0) if length == 1 else 1.0)
            roll = rng.random()
            if roll < p:
                repl = apply_case(span, self.choose(key, rng)) + suffix
                if repl.startswith("%") and len(out) >= 2 and out[-2][-1:].isdigit():
                    out[-1] = out[-1].rstrip(" \t")      # "6.5 percent" -> "6.5%"
                out.append(repl)
            else:
                out.append(text_of(span, seps[i + 1:i + length]))
            out.append(seps[i + length])
            i += length
        return "".join(out)

    def spin_prose(self, text, rng, prev=" "):
        return smart_quotes(self.spin_words(text, rng), prev)


def text_of(words, inner_seps):
    res = [words[0]]
    for w, s in zip(words[1:], inner_seps):
        res.append(s)
        res.append(w)
    return "".join(res)
