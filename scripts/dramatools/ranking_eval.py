"""Passage-ranking and passage-kind evaluation of dramasearch.

The "ranking" section of scripts/eval, also a command of its own:
  scripts/eval_ranking.py [--build DIR] [--json OUT.json] [--failures]

Indexes corpus/articles/original into a temporary directory, runs every query
of corpus/truth/queries.tsv through drama-query twice -- the full ranking and
the plain BM25 baseline (--entity-weight 0 --kind-weight 0 --credit-weight 0) -- both with
--all-passages --limit 10, and scores the ranked passages against the graded
judgments in corpus/truth/qrels.tsv. It also scores the engine's passage-kind
classifier (scene / cast / other) against corpus/truth/kinds.tsv.

Prints Markdown tables to stdout; --json writes the same numbers (plus the
per-query results) as JSON; --failures lists the queries where the full
ranking has no grade-2 passage in its top 3, with the top 3 passages.

As a module: run(tools) -> dict computes everything without printing;
print_report(result, failures=False) prints it; section(ctx) is the eval
section.

Exit status: 0 done, 2 error (missing binaries or truth files, a tool failing).
"""

import argparse
import collections
import json
import sys
import tempfile
from pathlib import Path

from .errors import EvalError
from .kind_eval import aligned_classifier_metrics, classifier_metrics
from .markdown import fmt, markdown_table
from .paths import ROOT, TRUTH
from .ranking_metrics import METRICS, mean_metrics, query_metrics
from .tools import Tools
from .tsv import read_rows

CORPUS = ROOT / "corpus" / "articles" / "original"
QUERIES = TRUTH / "queries.tsv"
QRELS = TRUTH / "qrels.tsv"
KINDS = TRUTH / "kinds.tsv"

LIMIT = 10  # passages fetched per query (nDCG@10 needs 10)
INTENTS = ("scene", "cast")
SYSTEMS = (  # (name, extra drama-query arguments)
    ("full ranking", ()),
    ("BM25 baseline", ("--entity-weight", "0", "--kind-weight", "0", "--credit-weight", "0")),
)
HEAD_CHARS = 100  # characters of passage text shown by --failures

Query = collections.namedtuple("Query", "qid intent text")


def read_passages(tools, corpus=CORPUS):
    """Every passage of CORPUS as `drama-index passages` analyses it (list of dicts)."""
    passages = tools.passages(corpus)
    if passages and "paragraph" not in passages[0]:
        raise EvalError("`drama-index passages` prints no `paragraph` field")
    return passages


def passage_id(p):
    return f"{p['article_id']}#{p['passage']}"


def load_queries(path=QUERIES):
    """Queries in file order: qid<TAB>intent<TAB>query."""
    queries = [Query(*row) for _, row in read_rows(path, 3)]
    for q in queries:
        if q.intent not in INTENTS:
            raise EvalError(f"{path}: {q.qid} has unknown intent {q.intent!r}")
    return queries


def load_qrels(path=QRELS):
    """Judgments as {qid: {passage_id: grade}}; unlisted passages have grade 0."""
    qrels = collections.defaultdict(dict)
    for _, (qid, pid, grade) in read_rows(path, 3):
        qrels[qid][pid] = int(grade)
    return dict(qrels)


def load_kinds(path=KINDS):
    """Paragraph labels as {(article_id, paragraph): kind}."""
    return {(aid, int(para)): kind for _, (aid, para, kind) in read_rows(path, 3)}


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


def summarize(per_query, queries):
    """{"all": means, "scene": means, "cast": means} of one system's per-query metrics."""
    groups = {"all": [q.qid for q in queries]}
    for intent in INTENTS:
        groups[intent] = [q.qid for q in queries if q.intent == intent]
    return {g: dict(mean_metrics([per_query[qid] for qid in qids]), queries=len(qids))
            for g, qids in groups.items()}


def evaluate_ranking(tools, index_dir, queries, qrels):
    """Runs every system on every query. Returns ({system: summary},
    {system: {qid: metrics + top passages}})."""
    summaries, details = {}, {}
    for name, extra in SYSTEMS:
        per_query = {}
        for q in queries:
            hits = tools.search(index_dir, q.text, LIMIT, ("--all-passages", *extra))
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


def judgment_counts(queries, qrels):
    """Number of queries and of grade-1 / grade-2 judgments per intent."""
    counts = {}
    for intent in INTENTS + ("all",):
        qs = [q for q in queries if intent in ("all", q.intent)]
        grades = [g for q in qs for g in qrels.get(q.qid, {}).values()]
        counts[intent] = {"queries": len(qs), "judgments": len(grades),
                          "grade2": grades.count(2), "grade1": grades.count(1)}
    return counts


def run(tools):
    """Runs the whole evaluation with TOOLS (a tools.Tools) and returns
    {"counts", "warnings", "ranking", "per_query", "classifier", "queries"}."""
    queries, qrels, gold = load_queries(), load_qrels(), load_kinds()
    passages = read_passages(tools)
    warnings = check_judgments(queries, qrels, {passage_id(p) for p in passages})
    with tempfile.TemporaryDirectory(prefix="dramasearch-eval-ranking-") as tmp:
        index_dir = Path(tmp) / "index"
        tools.build_index(index_dir, [CORPUS])
        summaries, details = evaluate_ranking(tools, index_dir, queries, qrels)
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


def section(ctx):
    """The eval section: prints the tables and returns the numbers without
    the per-query details. The index is built without the eval's --data-dir:
    drama-query repairs queries with the lexicon compiled in, and both sides
    of a ranking must use the same lexicon."""
    result = run(Tools(ctx["build"]))
    for w in result["warnings"]:
        print(f"eval: warning: {w}", file=sys.stderr)
    print_report(result, failures=ctx.get("failures", False))
    return {k: v for k, v in result.items() if k != "per_query"}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default=str(ROOT / "build"),
                    help="build directory with drama-index and drama-query (default: build)")
    ap.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")
    ap.add_argument("--failures", action="store_true",
                    help="list the queries where the full ranking has no grade-2 passage in the top 3")
    args = ap.parse_args(argv)
    try:
        result = run(Tools(args.build))
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
