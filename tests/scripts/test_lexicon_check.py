"""The lexicon checker (dramatools.lexicon_check) on small lexicon folders."""
import contextlib
import io
import tempfile
import unittest
from pathlib import Path

from dramatools.lexicon_check import main

GOOD = {
    "spin-lexicon.tsv": "# spun\toriginal\tclass\tevidence\tcount\n"
                        "tenting automotive\tcamping car\tsure\tobs\t3\nsolid\tcast\tambiguous\tobs\t9\n",
    "context-rules.tsv": "solid\tcast\tthe _ of\n",
    "gazetteer.tsv": "Moonlit Courthouse\tdrama\n",
    "family-names.txt": "Kim\nHan\n",
    "name-syllables.tsv": "Won\tReceived,Gained\nSeo\t\n",
}


class LexiconCheckTest(unittest.TestCase):
    def check(self, **changes):
        """Exit status and stderr of the checker on GOOD with CHANGES (file: text appended)."""
        with tempfile.TemporaryDirectory() as d:
            for name, text in GOOD.items():
                Path(d, name).write_text(text + changes.get(name.replace("-", "_").replace(".", "_"), ""),
                                         encoding="utf-8")
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["--dir", d])
            return status, err.getvalue()

    def test_good_lexicon_passes(self):
        self.assertEqual(self.check(), (0, ""))

    def test_a_spun_form_may_have_further_originals(self):
        self.assertEqual(self.check(spin_lexicon_tsv="solid\tsturdy\tambiguous\tobs\t1\n"), (0, ""))

    def test_each_kind_of_error_is_reported_with_file_and_line(self):
        cases = [
            ({"spin_lexicon_tsv": "Digicam\tcamera\tsure\tobs\t1\n"}, "spin-lexicon.tsv:4: spun form 'Digicam' is not lowercase"),
            ({"spin_lexicon_tsv": "solid\tcast\tsure\tobs\t1\n"}, "spin-lexicon.tsv:4: duplicate spun key 'solid' (first at line 3)"),
            ({"spin_lexicon_tsv": "tenting-automotive\tcamping car\tsure\tobs\t1\n"}, "tokenizes like 'tenting automotive'"),
            ({"spin_lexicon_tsv": "digicam\tcamera\tcertain\tobs\t1\n"}, "bad class 'certain'"),
            ({"spin_lexicon_tsv": "digicam\tcamera\tsure\n"}, "expected 5 tab-separated columns, got 3"),
            ({"context_rules_tsv": "canine\tdog\tthe _\n"}, "is not a spin-lexicon.tsv key"),
            ({"context_rules_tsv": "solid\tcast\t_ of _\n"}, "exactly one `_` token, has 2"),
            ({"context_rules_tsv": "solid\tcast\tthe _ of\n"}, "context-rules.tsv:2: duplicate rule (first at line 1)"),
            ({"gazetteer_tsv": "moonlit courthouse\tfilm\n"}, "gazetteer.tsv:2: duplicate name"),
            ({"gazetteer_tsv": "Someone\tactor\n"}, "bad type 'actor'"),
            ({"family_names_txt": "kim\n"}, "family-names.txt:3: name should be a capitalized romanized word"),
            ({"name_syllables_tsv": "Min\tMin\n"}, "spun form equals the syllable"),
        ]
        for change, message in cases:
            status, err = self.check(**change)
            self.assertEqual(status, 1, change)
            self.assertIn(message, err, change)

    def test_missing_file_is_an_error(self):
        with tempfile.TemporaryDirectory() as d:
            err = io.StringIO()
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
                self.assertEqual(main(["--dir", d, "--quiet"]), 1)
            self.assertIn("spin-lexicon.tsv:0: file missing", err.getvalue())


if __name__ == "__main__":
    unittest.main()
