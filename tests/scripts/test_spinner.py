"""The forward spinner (dramatools.spinner, spin_formats): phrase matching,
case, determinism, and the phrase-length index against the full scan."""
import json
import random
import unittest

from dramatools.paths import CORPUS, THESAURUS
from dramatools.spin_formats import spin_html, spin_jsonl
from dramatools.spinner import Spinner, apply_case, load_thesaurus, smart_quotes

TABLE = {"camping car": ["tenting automotive"], "camping": ["tenting"], "car": ["automotive"],
         "camera": ["digicam"], "won": ["received"], "percent": ["%"], "cast": ["solid", "forged"],
         "in": ["within"]}


def spin(text, rate=1.0, seed=0, rng="r", full_scan=False):
    sp = Spinner(TABLE, 2, seed, rate, full_scan=full_scan)
    return sp.spin_prose(text, random.Random(rng))


class SpinnerTest(unittest.TestCase):
    def test_longest_phrase_wins_and_case_is_carried(self):
        self.assertEqual(spin("Camping car, CAMERA and a car"), "Tenting automotive, DIGICAM and a automotive")

    def test_phrases_do_not_cross_punctuation(self):
        self.assertEqual(spin("camping, car"), "tenting, automotive")

    def test_possessive_is_kept(self):
        self.assertEqual(spin("Won's camera"), "Received\u2019s digicam")

    def test_percent_joins_the_number(self):
        self.assertEqual(spin("up 6.5 percent"), "up 6.5%")

    def test_rate_zero_changes_only_quotes(self):
        self.assertEqual(spin('"Camping car" isn\'t', rate=0.0), "\u201cCamping car\u201d isn\u2019t")

    def test_common_words_are_replaced_less_often(self):
        text = " ".join(["in camera"] * 400)
        out = spin(text, rate=0.9).split()
        self.assertLess(out[0::2].count("within"), 200)  # factor 0.3 for "in"
        self.assertGreater(out[1::2].count("digicam"), 300)

    def test_same_seed_same_output_other_rng_other_output(self):
        text = " ".join(["the cast in the camping car with a camera"] * 50)
        self.assertEqual(spin(text, rate=0.5, rng="a"), spin(text, rate=0.5, rng="a"))
        self.assertNotEqual(spin(text, rate=0.5, rng="a"), spin(text, rate=0.5, rng="b"))

    def test_helpers(self):
        self.assertEqual(apply_case(["ROYAL"], "regal"), "REGAL")
        self.assertEqual(apply_case(["Camera"], "digicam"), "Digicam")
        self.assertEqual(smart_quotes("'90s \"A\" it's"), "\u201990s \u201cA\u201d it\u2019s")


class IndexAgainstFullScanTest(unittest.TestCase):
    def test_bundled_articles_spin_alike(self):
        table, maxlen = load_thesaurus(THESAURUS)
        files = sorted((CORPUS / "articles" / "original").iterdir())
        self.assertGreater(len(files), 10)
        for seed in (0, 7):
            indexed = Spinner(table, maxlen, seed, 0.9)
            reference = Spinner(table, maxlen, seed, 0.9, full_scan=True)
            for f in files:
                text = f.read_text(encoding="utf-8")
                a = indexed.spin_prose(text, random.Random(f"{seed}{f.name}"))
                b = reference.spin_prose(text, random.Random(f"{seed}{f.name}"))
                self.assertEqual(a, b, f.name)
                self.assertNotEqual(a, text, f.name)


class FormatsTest(unittest.TestCase):
    def test_jsonl_spins_title_and_body_and_prefixes_the_id(self):
        sp = Spinner(TABLE, 2, 0, 1.0)
        line = json.dumps({"id": "a1", "title": "Camera", "body": "the camping car", "date": "2025-01-02"})
        rec = json.loads(spin_jsonl(sp, line + "\n", 0, "x.jsonl"))
        self.assertEqual(rec, {"id": "spun-a1", "title": "Digicam", "body": "the tenting automotive",
                               "date": "2025-01-02"})

    def test_html_spins_text_nodes_only(self):
        sp = Spinner(TABLE, 2, 0, 1.0)
        page = '<p class="camera">A camera &amp; car<script>var camera = 1;</script></p>'
        self.assertEqual(spin_html(sp, page, random.Random(1)),
                         '<p class="camera">A digicam &amp; automotive<script>var camera = 1;</script></p>')


if __name__ == "__main__":
    unittest.main()
