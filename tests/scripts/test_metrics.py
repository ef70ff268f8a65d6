"""Ranking, known-item and classifier metrics; splitting compound spins."""
import collections
import math
import unittest

from dramatools.kind_eval import classifier_metrics, misaligned_articles
from dramatools.known_items import rank_of, ranking_scores
from dramatools.ranking_metrics import (dcg, mean_metrics, ndcg_at, precision_at, query_metrics,
                                        reciprocal_rank, success_at)
from dramatools.repair_diagnostics import ngram_count, split_compounds

JUDGED = {"a#1": 2, "a#2": 1, "b#1": 1}


class RankingMetricsTest(unittest.TestCase):
    def test_precision_counts_empty_slots_as_not_relevant(self):
        self.assertEqual(precision_at(["a#2", "x", "a#1"], JUDGED, 5), 2 / 5)
        self.assertEqual(precision_at([], JUDGED, 5), 0.0)

    def test_success_and_reciprocal_rank_need_grade_2(self):
        self.assertEqual(success_at(["a#2", "b#1", "x", "a#1"], JUDGED, 3), 0.0)
        self.assertEqual(success_at(["a#2", "a#1"], JUDGED, 3), 1.0)
        self.assertEqual(reciprocal_rank(["a#2", "x", "a#1"], JUDGED), 1 / 3)
        self.assertEqual(reciprocal_rank(["a#2"], JUDGED), 0.0)

    def test_ndcg(self):
        self.assertAlmostEqual(dcg([2, 0, 1]), 3 + 1 / 2)
        ideal = 3 + 1 / math.log2(3) + 1 / 2
        self.assertAlmostEqual(ndcg_at(["b#1", "a#1"], JUDGED), (1 + 3 / math.log2(3)) / ideal)
        self.assertAlmostEqual(ndcg_at(["a#1", "a#2", "b#1"], JUDGED), 1.0)
        self.assertEqual(ndcg_at(["a#1"], {}), 0.0)

    def test_mean_of_query_metrics(self):
        rows = [query_metrics(["a#1"], JUDGED), query_metrics(["x"], JUDGED)]
        means = mean_metrics(rows)
        self.assertEqual(means["MRR"], 0.5)
        self.assertEqual(means["P@5"], 0.1)
        self.assertEqual(mean_metrics([])["nDCG@10"], 0.0)


class KnownItemTest(unittest.TestCase):
    def test_rank_and_scores(self):
        hits = [{"article_id": "x"}, {"article_id": "t"}]
        self.assertEqual(rank_of(hits, "t"), 2)
        self.assertIsNone(rank_of(hits, "y"))
        s = ranking_scores([1, 2, None, 4])
        self.assertEqual(s, {"success@1": 0.25, "success@3": 0.5, "mrr": (1 + 1 / 2 + 1 / 4) / 4})


class ClassifierTest(unittest.TestCase):
    def test_precision_recall_accuracy_from_first_passage_of_each_paragraph(self):
        passages = [{"article_id": "a", "passage": 0, "paragraph": 0, "kind": "scene"},
                    {"article_id": "a", "passage": 1, "paragraph": 0, "kind": "other"},
                    {"article_id": "a", "passage": 2, "paragraph": 1, "kind": "scene"},
                    {"article_id": "a", "passage": 3, "paragraph": 2, "kind": "cast"}]
        gold = {("a", 0): "scene", ("a", 1): "cast", ("a", 2): "cast", ("b", 0): "other"}
        m = classifier_metrics(passages, gold)
        self.assertEqual(m["paragraphs"], 3)
        self.assertEqual(m["unmatched_labels"], 1)
        self.assertEqual(m["classes"]["scene"]["precision"], 0.5)
        self.assertEqual(m["classes"]["scene"]["recall"], 1.0)
        self.assertEqual(m["classes"]["cast"]["recall"], 0.5)
        self.assertAlmostEqual(m["accuracy"], 2 / 3)
        self.assertEqual(m["misaligned_articles"], ["b"])

    def test_misaligned_articles_differ_in_paragraph_count(self):
        self.assertEqual(misaligned_articles({("a", 0): "x", ("a", 1): "x"}, {("a", 0): "x"}), ["a"])


class CompoundSpinTest(unittest.TestCase):
    def test_adjacent_spins_seen_alone_are_split(self):
        runs = collections.Counter({("web optimization received", "seo won"): 2,
                                    ("web optimization", "seo"): 1, ("received", "won"): 3})
        self.assertEqual(split_compounds(runs), collections.Counter(
            {("web optimization", "seo"): 3, ("received", "won"): 5}))

    def test_unknown_compound_stays_whole(self):
        runs = collections.Counter({("digicam canine", "camera dog"): 1})
        self.assertEqual(split_compounds(runs), runs)

    def test_ngram_count(self):
        self.assertEqual(ngram_count([["the", "solid", "of", "the", "solid"]], "the solid"), 2)
        self.assertEqual(ngram_count([["a"]], "∅"), 0)


if __name__ == "__main__":
    unittest.main()
