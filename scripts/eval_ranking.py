#!/usr/bin/env python3
"""Passage-ranking and passage-kind evaluation of dramasearch.

Usage:
  python3 scripts/eval_ranking.py [--build DIR] [--json OUT.json] [--failures]

Indexes corpus/articles/original into a temporary directory, runs every query
of corpus/truth/queries.tsv through drama-query twice -- the full ranking and
the plain BM25 baseline (--entity-weight 0 --kind-weight 0) -- both with
--all-passages --limit 10, and scores the ranked passages against the graded
judgments in corpus/truth/qrels.tsv. It also scores the engine's passage-kind
classifier (scene / cast / other) against corpus/truth/kinds.tsv.

Prints Markdown tables to stdout; --json writes the same numbers (plus the
per-query results) as JSON; --failures lists the queries where the full
ranking has no grade-2 passage in its top 3, with the top 3 passages.

As a module: run(build_dir) -> dict computes everything without printing;
print_report(result, failures=False) prints it.

Exit status: 0 done, 2 error (missing binaries or truth files, a tool failing).
"""

import argparse
import collections
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "articles" / "original"
QUERIES = ROOT / "corpus" / "truth" / "queries.tsv"
QRELS = ROOT / "corpus" / "truth" / "qrels.tsv"
KINDS = ROOT / "corpus" / "truth" / "kinds.tsv"

TOOL_TIMEOUT = 300  # seconds per tool run
LIMIT = 10  # passages fetched per query (nDCG@10 needs 10)
INTENTS = ("scene", "cast")
KIND_CLASSES = ("scene", "cast", "other")
SYSTEMS = (  # (name, extra drama-query arguments)
    ("full ranking", ()),
    ("BM25 baseline", ("--entity-weight", "0", "--kind-weight", "0")),
)
METRICS = ("P@5", "success@3", "MRR", "nDCG@10")
HEAD_CHARS = 100  # characters of passage text shown by --failures

Query = collections.namedtuple("Query", "qid intent text")


class EvalError(Exception):
    """A fatal problem: reported on stderr, exit status 2."""


# --------------------------------------------------------------------------
# Tools


def run_tool(args, ok=(0,)):
    """Runs a command and returns its stdout; raises EvalError on other exit codes."""
    cmd = [str(a) for a in args]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=TOOL_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise EvalError(f"{' '.join(cmd[:3])} ...: {e}") from e
    if proc.returncode not in ok:
        raise EvalError(f"{' '.join(cmd[:4])} ... exited with {proc.returncode}: "
                        f"{proc.stderr.strip()[:500]}")
    return proc.stdout


def find_binaries(build_dir):
    """Paths of drama-index and drama-query in BUILD_DIR (checked to be executable)."""
    build = Path(build_dir)
    bins = (build / "drama-index", build / "drama-query")
    for b in bins:
        if not (b.is_file() and os.access(b, os.X_OK)):
            raise EvalError(f"{b} is missing or not executable (build first, or pass --build DIR)")
    return bins


def read_passages(index_bin, corpus=CORPUS):
    """Every passage of CORPUS as `drama-index passages` analyses it (list of dicts)."""
    out = run_tool([index_bin, "passages", corpus])
    passages = [json.loads(line) for line in out.splitlines() if line.strip()]
    if passages and "paragraph" not in passages[0]:
        raise EvalError("`drama-index passages` prints no `paragraph` field")
    return passages


def passage_id(p):
    return f"{p['article_id']}#{p['passage']}"


def build_index(index_bin, index_dir, corpus=CORPUS):
    """Indexes CORPUS into INDEX_DIR (exit 1 only means some inputs were skipped)."""
    run_tool([index_bin, "--quiet", "--index", index_dir, corpus], ok=(0, 1))


def search(query_bin, index_dir, text, extra_args=()):
    """Ranked hits (dicts with passage_id, text, ...) of one passage-level query."""
    out = run_tool([query_bin, "--index", index_dir, "--json", "--all-passages",
                    "--limit", str(LIMIT), *extra_args, "--", text], ok=(0, 1))
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# --------------------------------------------------------------------------
# Truth files


def tsv_rows(path, columns):
    """Rows of a TSV file with '#' comment lines, each checked to have COLUMNS fields."""
    if not path.is_file():
        raise EvalError(f"{path} not found")
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != columns:
            raise EvalError(f"{path}:{n}: expected {columns} tab-separated fields")
        rows.append(fields)
    return rows


def load_queries(path=QUERIES):
    """Queries in file order: qid<TAB>intent<TAB>query."""
    queries = [Query(*row) for row in tsv_rows(path, 3)]
    for q in queries:
        if q.intent not in INTENTS:
            raise EvalError(f"{path}: {q.qid} has unknown intent {q.intent!r}")
    return queries


def load_qrels(path=QRELS):
    """Judgments as {qid: {passage_id: grade}}; unlisted passages have grade 0."""
    qrels = collections.defaultdict(dict)
    for qid, pid, grade in tsv_rows(path, 3):
        qrels[qid][pid] = int(grade)
    return dict(qrels)


def load_kinds(path=KINDS):
    """Paragraph labels as {(article_id, paragraph): kind}."""
    return {(aid, int(para)): kind for aid, para, kind in tsv_rows(path, 3)}


def check_judgments(queries, qrels, known_ids):
    """Warnings about the judgments: queries without a grade-2 passage, qrels
    for unknown queries, judged passage ids the engine no longer produces."""
    warnings = []
    qids = {q.qid for q in queries}
    for q in queries:
        if not any(g == 2 for g in qrels.get(q.qid, {}).values()):
            warnings.append(f"{q.qid} has no grade-2 passage")
    for qid, judged in sorted(qrels.items()):
        if qid not in qids:
            warnings.append(f"qrels for unknown query {qid}")
        stale = sorted(pid for pid in judged if pid not in known_ids)
        if stale:
            warnings.append(f"{qid}: judged passages not in the corpus: {', '.join(stale)}")
    return warnings


# --------------------------------------------------------------------------
# Ranking metrics. RANKED is a list of passage ids (best first), JUDGED the
# {passage_id: grade} of one query.


def precision_at(ranked, judged, k=5):
    """P@k: share of the top k slots holding a relevant passage (grade >= 1).
    Empty slots (fewer than k hits) count as not relevant."""
    return sum(1 for pid in ranked[:k] if judged.get(pid, 0) >= 1) / k


def success_at(ranked, judged, k=3):
    """success@k: 1 if a grade-2 passage (one that directly answers the query)
    is in the top k, else 0."""
    return 1.0 if any(judged.get(pid, 0) == 2 for pid in ranked[:k]) else 0.0


def reciprocal_rank(ranked, judged):
    """RR: 1/rank of the first grade-2 passage in the ranking, 0 if none is
    retrieved (the ranking is cut at LIMIT hits). Averaged: MRR."""
    for rank, pid in enumerate(ranked, 1):
        if judged.get(pid, 0) == 2:
            return 1.0 / rank
    return 0.0


def dcg(grades):
    """Discounted cumulative gain with gains 2^grade - 1 and log2(rank + 1) discounts."""
    return sum((2 ** g - 1) / math.log2(rank + 1) for rank, g in enumerate(grades, 1))


def ndcg_at(ranked, judged, k=10):
    """nDCG@k: DCG of the top k divided by the DCG of the ideal top k built from
    all judged passages of the query (0 when nothing is judged relevant)."""
    ideal = dcg(sorted(judged.values(), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([judged.get(pid, 0) for pid in ranked[:k]]) / ideal


def query_metrics(ranked, judged):
    """All metrics of one query as {metric: value}."""
    return {
        "P@5": precision_at(ranked, judged, 5),
        "success@3": success_at(ranked, judged, 3),
        "MRR": reciprocal_rank(ranked, judged),
        "nDCG@10": ndcg_at(ranked, judged, 10),
    }


def mean_metrics(rows):
    """Average of per-query metric dicts (zeros for an empty list)."""
    return {m: (sum(r[m] for r in rows) / len(rows) if rows else 0.0) for m in METRICS}


def summarize(per_query, queries):
    """{"all": means, "scene": means, "cast": means} of one system's per-query metrics."""
    groups = {"all": [q.qid for q in queries]}
    for intent in INTENTS:
        groups[intent] = [q.qid for q in queries if q.intent == intent]
    return {g: dict(mean_metrics([per_query[qid] for qid in qids]), queries=len(qids))
            for g, qids in groups.items()}


def evaluate_ranking(query_bin, index_dir, queries, qrels):
    """Runs every system on every query. Returns ({system: summary},
    {system: {qid: metrics + top passages}})."""
    summaries, details = {}, {}
    for name, extra in SYSTEMS:
        per_query = {}
        for q in queries:
            hits = search(query_bin, index_dir, q.text, extra)
            ranked = [h["passage_id"] for h in hits]
            judged = qrels.get(q.qid, {})
            per_query[q.qid] = dict(query_metrics(ranked, judged),
                                    top=[{"passage_id": h["passage_id"],
                                          "grade": judged.get(h["passage_id"], 0),
                                          "kind": h.get("kind", ""),
                                          "text": h.get("text", "")} for h in hits[:3]])
        summaries[name] = summarize(per_query, queries)
        details[name] = per_query
    return summaries, details


# --------------------------------------------------------------------------
# Passage-kind classifier


def paragraph_kinds(passages):
    """Predicted kind per (article_id, paragraph): the kind of the paragraph's
    first passage (a long paragraph can be split into several passages)."""
    predicted = {}
    for p in sorted(passages, key=lambda p: (p["article_id"], p["passage"])):
        predicted.setdefault((p["article_id"], p["paragraph"]), p["kind"])
    return predicted


def misaligned_articles(predicted, gold):
    """Articles whose number of engine paragraphs differs from the number of
    labelled paragraphs: there the (article_id, paragraph) join pairs up
    different paragraphs (e.g. a Markdown list split into one paragraph per item)."""
    def counts(keys):
        return collections.Counter(aid for aid, _ in keys)
    engine, labels = counts(predicted), counts(gold)
    return sorted(aid for aid in labels if engine.get(aid, 0) != labels[aid])


def classifier_metrics(passages, gold):
    """Precision and recall of each kind plus 3-class accuracy over the labelled
    paragraphs that have a passage, joined on (article_id, paragraph).
    precision(c) = correct c predictions / all c predictions;
    recall(c) = correct c predictions / all paragraphs labelled c."""
    predicted = paragraph_kinds(passages)
    pairs = [(kind, predicted[key]) for key, kind in gold.items() if key in predicted]
    result = {"classes": {}, "paragraphs": len(pairs),
              "unmatched_labels": len(gold) - len(pairs),
              "misaligned_articles": misaligned_articles(predicted, gold)}
    for c in KIND_CLASSES:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        n_pred = sum(1 for _, p in pairs if p == c)
        n_gold = sum(1 for g, _ in pairs if g == c)
        result["classes"][c] = {"precision": tp / n_pred if n_pred else 0.0,
                                "recall": tp / n_gold if n_gold else 0.0,
                                "predicted": n_pred, "labelled": n_gold}
    result["accuracy"] = sum(1 for g, p in pairs if g == p) / len(pairs) if pairs else 0.0
    return result


def aligned_classifier_metrics(passages, gold, misaligned):
    """classifier_metrics over the articles whose paragraph numbering matches
    kinds.tsv only (drops the MISALIGNED articles from both sides)."""
    skip = set(misaligned)
    return classifier_metrics([p for p in passages if p["article_id"] not in skip],
                              {k: v for k, v in gold.items() if k[0] not in skip})


# --------------------------------------------------------------------------
# Entry points


def judgment_counts(queries, qrels):
    """Number of queries and of grade-1 / grade-2 judgments per intent."""
    counts = {}
    for intent in INTENTS + ("all",):
        qs = [q for q in queries if intent in ("all", q.intent)]
        grades = [g for q in qs for g in qrels.get(q.qid, {}).values()]
        counts[intent] = {"queries": len(qs), "judgments": len(grades),
                          "grade2": grades.count(2), "grade1": grades.count(1)}
    return counts


def run(build_dir):
    """Runs the whole evaluation with the binaries in BUILD_DIR and returns
    {"counts", "warnings", "ranking", "per_query", "classifier"}."""
    index_bin, query_bin = find_binaries(build_dir)
    queries, qrels, gold = load_queries(), load_qrels(), load_kinds()
    passages = read_passages(index_bin)
    warnings = check_judgments(queries, qrels, {passage_id(p) for p in passages})
    with tempfile.TemporaryDirectory(prefix="dramasearch-eval-ranking-") as tmp:
        index_dir = Path(tmp) / "index"
        build_index(index_bin, index_dir)
        summaries, details = evaluate_ranking(query_bin, index_dir, queries, qrels)
    classifier = classifier_metrics(passages, gold)
    if classifier["misaligned_articles"]:
        classifier["aligned_only"] = aligned_classifier_metrics(
            passages, gold, classifier["misaligned_articles"])
        warnings.append("paragraph numbering differs from kinds.tsv in "
                        f"{len(classifier['misaligned_articles'])} articles: "
                        + ", ".join(classifier["misaligned_articles"]))
    return {"counts": judgment_counts(queries, qrels), "warnings": warnings,
            "ranking": summaries, "per_query": details, "classifier": classifier,
            "queries": {q.qid: {"intent": q.intent, "query": q.text} for q in queries}}


def fmt(x):
    return f"{x:.3f}"


def markdown_table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def print_ranking(result):
    """The ranking tables: overall, then one per intent."""
    for group in ("all",) + INTENTS:
        n = result["counts"][group]["queries"]
        title = "all queries" if group == "all" else f"{group} queries"
        print(f"### Passage ranking, {title} ({n})\n")
        rows = [[name] + [fmt(result["ranking"][name][group][m]) for m in METRICS]
                for name, _ in SYSTEMS]
        print(markdown_table(["system", *METRICS], rows) + "\n")


def print_classifier(result):
    c = result["classifier"]
    print(f"### Passage-kind classifier ({c['paragraphs']} labelled paragraphs)\n")
    rows = [[k, fmt(c["classes"][k]["precision"]), fmt(c["classes"][k]["recall"])]
            for k in ("scene", "cast")]
    print(markdown_table(["class", "precision", "recall"], rows) + "\n")
    print(f"Accuracy (scene / cast / other): {fmt(c['accuracy'])}\n")
    if "aligned_only" in c:
        a = c["aligned_only"]
        print(f"{len(c['misaligned_articles'])} articles number their paragraphs differently from "
              f"kinds.tsv (see the warning); without them ({a['paragraphs']} paragraphs): "
              + ", ".join(f"{k} P {fmt(a['classes'][k]['precision'])} R {fmt(a['classes'][k]['recall'])}"
                          for k in ("scene", "cast"))
              + f", accuracy {fmt(a['accuracy'])}\n")


def print_failures(result):
    """Queries where the full ranking has no grade-2 passage in its top 3."""
    print("### Full-ranking failures (no grade-2 passage in the top 3)\n")
    per_query = result["per_query"][SYSTEMS[0][0]]
    failed = [qid for qid, m in per_query.items() if m["success@3"] == 0]
    if not failed:
        print("None.\n")
    for qid in failed:
        q = result["queries"][qid]
        print(f"- {qid} ({q['intent']}) \"{q['query']}\" -- RR {fmt(per_query[qid]['MRR'])}")
        for rank, hit in enumerate(per_query[qid]["top"], 1):
            head = " ".join(hit["text"].split())[:HEAD_CHARS]
            print(f"  {rank}. {hit['passage_id']} [grade {hit['grade']}, {hit['kind']}] {head}")
        if not per_query[qid]["top"]:
            print("  (no hits)")
    print()


def print_report(result, failures=False):
    """Prints the judgment counts, the tables and (optionally) the failures."""
    counts = result["counts"]
    print("### Judged queries\n")
    rows = [[g, counts[g]["queries"], counts[g]["grade2"], counts[g]["grade1"]]
            for g in INTENTS + ("all",)]
    print(markdown_table(["intent", "queries", "grade-2 passages", "grade-1 passages"], rows) + "\n")
    print_ranking(result)
    print_classifier(result)
    if failures:
        print_failures(result)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=str(ROOT / "build"),
                    help="build directory with drama-index and drama-query (default: build)")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    ap.add_argument("--failures", action="store_true",
                    help="list the queries where the full ranking has no grade-2 passage in the top 3")
    args = ap.parse_args(argv)
    try:
        result = run(args.build)
    except EvalError as e:
        print(f"eval_ranking: {e}", file=sys.stderr)
        return 2
    for w in result["warnings"]:
        print(f"eval_ranking: warning: {w}", file=sys.stderr)
    print_report(result, failures=args.failures)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
