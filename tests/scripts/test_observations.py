"""The observation rows' held-out split and loader (dramatools.observations)."""
import tempfile
import unittest
from pathlib import Path

from dramatools.observations import HELD_OUT_BUCKETS, held_out, load_observations, normalize


class ObservationsTest(unittest.TestCase):
    def test_split_depends_on_the_spun_form_only(self):
        self.assertEqual(held_out("Web optimization"), held_out("web  optimization"))
        self.assertEqual(held_out("who\u2019s"), held_out("who's"))
        self.assertEqual(normalize("  Who\u2019s  There "), "who's there")

    def test_about_one_row_in_buckets_is_held_out(self):
        words = [f"word{n}" for n in range(2000)]
        share = sum(map(held_out, words)) / len(words)
        self.assertAlmostEqual(share, 1 / HELD_OUT_BUCKETS, delta=0.04)

    def test_loader_skips_header_comments_and_bad_counts(self):
        with tempfile.TemporaryDirectory() as d:
            p = Path(d, "obs.tsv")
            p.write_text("# note\nspun\toriginal\tcount\tsource\nmentioned\tsaid\t21\tpairs\n"
                         "bad\trow\tx\tpairs\n", encoding="utf-8")
            self.assertEqual(load_observations(p), [("mentioned", "said", 21, "pairs")])


if __name__ == "__main__":
    unittest.main()
