"""The passage-kind classifier (scene / cast / other) against labelled
paragraphs (corpus/truth/kinds.tsv): per-class precision and recall, and
accuracy over the three classes."""

import collections

KIND_CLASSES = ("scene", "cast", "other")


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
