"""Ranking metrics. RANKED is a list of passage ids (best first), JUDGED the
{passage_id: grade} of one query (grade 2: answers the query directly,
1: relevant, unlisted: 0)."""

import math

METRICS = ("P@5", "success@3", "MRR", "nDCG@10")


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
