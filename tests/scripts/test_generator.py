"""The corpus generator: deterministic articles, spun copies through the spinner."""
import contextlib
import io
import json
import unittest

from dramatools.gen_articles import Generator
from dramatools.gen_corpus import self_check
from dramatools.gen_vocabulary import FARMS


class GeneratorTest(unittest.TestCase):
    def test_same_seed_same_articles(self):
        a, b = Generator(60, 4, 0.5), Generator(60, 4, 0.5)
        self.assertEqual([a.line(i) for i in range(60)], [b.line(i) for i in range(60)])
        self.assertNotEqual(a.line(5), Generator(60, 5, 0.5).line(5))

    def test_spun_copies_come_from_farms_and_are_spun(self):
        gen = Generator(80, 4, 0.5)
        arts = [json.loads(gen.line(i)) for i in range(80)]
        spun = [a for a in arts if a["source"] in FARMS]
        self.assertTrue(10 < len(spun) < 70, len(spun))
        self.assertTrue(all(a["id"] == f"gen-{i + 1:07d}" for i, a in enumerate(arts)))
        # spinner output: typographic quotes and content-farm wording
        self.assertTrue(any("\u201c" in a["body"] for a in spun))

    def test_self_check_passes(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            self.assertEqual(self_check(5, 1), 0)
        self.assertIn("5 articles, 0 differences", err.getvalue())


if __name__ == "__main__":
    unittest.main()
