"""Entity extraction against hand-labelled articles (corpus/entity-eval/).

The "entities" section of scripts/eval. corpus/entity-eval/{dev,test}/ each
hold original/ (articles written in the styles of real K-drama news: Title
Case headlines, unquoted titles, "Character (Actor)" credits, idols named
with their group, variety line-ups), spun/ (the same articles through
scripts/spin) and labels.tsv:

  article<TAB>person<TAB>NAME
  article<TAB>title<TAB>TITLE              (drama, show or film)
  article<TAB>plays<TAB>ACTOR<TAB>CHARACTER
  article<TAB>in<TAB>ACTOR<TAB>TITLE

None of these people or titles is in any list the recognizer reads. Tune on
dev; test is the held-out split.

For every article, what `drama-index passages` finds over all its passages
is compared as a set with the labels: people (entities of type person),
titles (drama/show/film entities), actor->character (credits with a
character) and actor->title (credits with a drama). Precision, recall and
F1 are micro-averaged over the articles, for originals and spun copies.

"Who plays": for every labelled actor->character of an article whose actor
has a labelled title, the query `who plays CHARACTER in TITLE` runs over an
index of the split (originals, or spun copies); a hit counts when the first
passage names the actor. The plain BM25 ranking runs alongside.

Where the observed substitutions of real spun articles are at hand
(observations.py), each split's originals are also spun with them
(observed_spinner.py) and scored the same way: how extraction survives the
real spinners' known swaps, names and titles included.
"""

import collections
import re
import tempfile
from pathlib import Path

from .errors import EvalError
from .markdown import fmt, markdown_table
from .observations import find_observations, load_observations
from .observed_spinner import ObservedSpinner
from .paths import CORPUS

EVAL_DIR = CORPUS / "entity-eval"
SPLITS = ("dev", "test")
VERSIONS = ("original", "spun")
TYPES = ("person", "title", "plays", "in")
TYPE_NAMES = {"person": "people", "title": "titles", "plays": "actor -> character", "in": "actor -> title"}
TITLE_TYPES = ("drama", "show", "film")
BM25 = ("--entity-weight", "0", "--kind-weight", "0", "--credit-weight", "0")


def norm(s):
    """Case- and spacing-insensitive form of a name; a trailing 's dropped,
    a hyphen between syllables read as a space ("Seo-joon" is "Seo Joon")."""
    s = re.sub(r"['\u2019]s$", "", s.strip())
    s = re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", " ", s)
    return " ".join(s.casefold().split())


def read_labels(path):
    """{article: {type: set of tuples}} from a labels.tsv."""
    if not path.is_file():
        raise EvalError(f"{path} not found")
    labels = collections.defaultdict(lambda: {t: set() for t in TYPES})
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) < 3 or f[1] not in TYPES or (f[1] in ("plays", "in") and len(f) < 4):
            raise EvalError(f"{path}:{n}: expected article, type ({'|'.join(TYPES)}) and values")
        labels[f[0]][f[1]].add(tuple(norm(x) for x in f[2:4 if f[1] in ("plays", "in") else 3]))
    return labels


def article_key(article_id):
    return Path(article_id).stem


def predictions(passages, confidence=None):
    """{article: {type: set of tuples}} from `drama-index passages` output.
    CONFIDENCE, if given, is filled with {(article, type, tuple): the best
    confidence of the credits behind it}."""
    found = collections.defaultdict(lambda: {t: set() for t in TYPES})
    for p in passages:
        got = found[article_key(p["article_id"])]
        for e in p.get("entities", []):
            if e["type"] == "person":
                got["person"].add((norm(e["name"]),))
            elif e["type"] in TITLE_TYPES:
                got["title"].add((norm(e["name"]),))
        for c in p.get("cast", []):
            keys = []
            if c.get("character"):
                keys.append(("plays", (norm(c["name"]), norm(c["character"]))))
            if c.get("drama"):
                keys.append(("in", (norm(c["name"]), norm(c["drama"]))))
            for t, key in keys:
                got[t].add(key)
                if confidence is not None:
                    k = (article_key(p["article_id"]), t, key)
                    confidence[k] = max(confidence.get(k, 0.0), c.get("confidence", 1.0))
    return found


# Confidence bands of credits: [low, high) and a name (kWeakConfidence = 0.6 in entities.h).
BANDS = ((0.8, 1.01, ">= 0.8"), (0.6, 0.8, "0.6 - 0.8"), (0.0, 0.6, "< 0.6 (weak)"))


def calibration(labels, confidence):
    """Per confidence band: credits found (actor->character and actor->title
    together) and how many of them are labelled."""
    out = {name: {"found": 0, "correct": 0} for _, _, name in BANDS}
    for (art, t, key), c in confidence.items():
        band = next(name for lo, hi, name in BANDS if lo <= c < hi)
        out[band]["found"] += 1
        out[band]["correct"] += key in labels.get(art, {}).get(t, set())
    for b in out.values():
        b["precision"] = b["correct"] / b["found"] if b["found"] else None
    return out


def score(labels, found):
    """Micro P/R/F1 per type, plus the errors per article."""
    result, errors = {}, collections.defaultdict(list)
    for t in TYPES:
        tp = n_pred = n_gold = 0
        for art, gold in labels.items():
            pred = found.get(art, {}).get(t, set())
            tp += len(gold[t] & pred)
            n_pred += len(pred)
            n_gold += len(gold[t])
            errors[art] += [f"missed {t} {' / '.join(x)}" for x in sorted(gold[t] - pred)]
            errors[art] += [f"wrong {t} {' / '.join(x)}" for x in sorted(pred - gold[t])]
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        result[t] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                     "labelled": n_gold, "found": n_pred}
    return result, errors


def who_plays_questions(labels):
    """(article, actor, character, title) for each labelled actor->character
    whose actor is labelled in exactly one title of the article, or whose
    article has one title."""
    out = []
    for art, gold in sorted(labels.items()):
        for actor, character in sorted(gold["plays"]):
            titles = sorted(t for a, t in gold["in"] if a == actor)
            if len(titles) >= 1:
                out.append((art, actor, character, titles[0] if len(titles) == 1 else None))
    return [q for q in out if q[3]]


def who_plays(tools, directory, questions):
    """Share of questions whose first passage names the actor: full ranking, BM25."""
    with tempfile.TemporaryDirectory(prefix="entity-eval-") as tmp:
        tools.build_index(Path(tmp) / "idx", [directory])
        rates = {}
        for name, options in (("full", ()), ("bm25", BM25)):
            hits = 0
            for _, actor, character, title in questions:
                res = tools.search(Path(tmp) / "idx", f"who plays {character} in {title}", 1,
                                   ("--all-passages", *options))
                hits += bool(res) and actor in norm(res[0].get("text", ""))
            rates[name] = hits / len(questions) if questions else 0.0
        return rates


def observed_copies(spinner, original_dir, out_dir):
    """The articles of ORIGINAL_DIR spun with SPINNER into OUT_DIR (same names)."""
    for path in sorted(Path(original_dir).iterdir()):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            (Path(out_dir) / path.name).write_text(spinner.spin(text, path.name), encoding="utf-8")
    return out_dir


def run(tools, splits=SPLITS):
    result = {}
    observations = find_observations()
    spinner = ObservedSpinner(load_observations(observations)) if observations else None
    for split in splits:
        base = EVAL_DIR / split
        labels = read_labels(base / "labels.tsv")
        questions = who_plays_questions(labels)
        result[split] = {"articles": len(labels), "questions": len(questions)}
        for version in VERSIONS:
            d = base / version
            if not d.is_dir():
                raise EvalError(f"{d} not found")
            confidence = {}
            scores, errors = score(labels, predictions(tools.passages(d), confidence))
            result[split][version] = {"scores": scores, "errors": {a: e for a, e in errors.items() if e},
                                      "who_plays": who_plays(tools, d, questions),
                                      "calibration": calibration(labels, confidence)}
        if spinner:
            with tempfile.TemporaryDirectory(prefix="entity-observed-") as tmp:
                d = observed_copies(spinner, base / "original", tmp)
                scores, errors = score(labels, predictions(tools.passages(Path(d))))
            result[split]["observed"] = {"scores": scores, "errors": {a: e for a, e in errors.items() if e}}
    return result


def print_report(result, failures=False):
    print("## Entities")
    print()
    for split, r in result.items():
        print(f"{split}: {r['articles']} articles, {r['questions']} who-plays questions")
        print()
        rows = []
        for t in TYPES:
            row = [TYPE_NAMES[t]]
            for v in VERSIONS:
                s = r[v]["scores"][t]
                row += [fmt(s["precision"]), fmt(s["recall"]), fmt(s["f1"])]
            rows.append(row)
        for name, label in (("full", "who plays: first passage names the actor"),
                            ("bm25", "who plays, plain BM25")):
            rows.append([label] + ["", "", fmt(r["original"]["who_plays"][name]), "", "",
                                   fmt(r["spun"]["who_plays"][name])])
        print(markdown_table([split, "P orig", "R orig", "F1 orig", "P spun", "R spun", "F1 spun"], rows))
        print()
        bands = []
        for _, _, band in BANDS:
            row = [band]
            for v in VERSIONS:
                b = r[v]["calibration"][band]
                row += [b["found"], fmt(b["precision"]) if b["precision"] is not None else "-"]
            bands.append(row)
        print(markdown_table([f"{split} credits by confidence", "found orig", "precision orig",
                              "found spun", "precision spun"], bands))
        print()
        if "observed" in r:
            rows = [[TYPE_NAMES[t]] + [fmt(r["observed"]["scores"][t][k]) for k in ("precision", "recall", "f1")]
                    for t in TYPES]
            print(markdown_table([f"{split}, spun with the observed real swaps", "P", "R", "F1"], rows))
            print()
        # The test split is held out: its totals only, never its failures.
        if failures and split != "test":
            for v in VERSIONS + (("observed",) if "observed" in r else ()):
                for art, errs in sorted(r[v]["errors"].items()):
                    for e in errs:
                        print(f"- {split}/{v}/{art}: {e}")
            print()


def section(ctx):
    result = run(ctx["tools"])
    print_report(result, ctx.get("failures", False))
    return result
