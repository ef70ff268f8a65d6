"""Markdown output and the truth-file reader."""
import tempfile
import unittest
from pathlib import Path

from dramatools.errors import EvalError
from dramatools.markdown import fmt, markdown_table
from dramatools.tsv import read_rows


class MarkdownTest(unittest.TestCase):
    def test_table(self):
        self.assertEqual(markdown_table(["a", "b"], [(1, "x")]), "| a | b |\n| --- | --- |\n| 1 | x |")

    def test_formats(self):
        self.assertEqual(fmt(0.12345), "0.123")
        self.assertEqual(fmt(0.12345, "pct"), "12.35%")
        self.assertEqual(fmt(None), "n/a")


class ReadRowsTest(unittest.TestCase):
    def write(self, text):
        d = tempfile.TemporaryDirectory()
        self.addCleanup(d.cleanup)
        path = Path(d.name) / "t.tsv"
        path.write_text(text, encoding="utf-8")
        return path

    def test_comments_and_blank_lines_are_skipped(self):
        path = self.write("# head\n\na\tb\n#x\nc\td\n")
        self.assertEqual(read_rows(path, 2), [(3, ["a", "b"]), (5, ["c", "d"])])

    def test_wrong_field_count_names_file_and_line(self):
        path = self.write("a\tb\nc\n")
        with self.assertRaisesRegex(EvalError, r"t\.tsv:2: expected 2 tab-separated fields"):
            read_rows(path, 2)
        with self.assertRaisesRegex(EvalError, r"t\.tsv:2: expected id<TAB>query"):
            read_rows(path, 2, "id<TAB>query")

    def test_missing_file(self):
        with self.assertRaisesRegex(EvalError, "not found"):
            read_rows(Path("/nonexistent/t.tsv"), 2)


if __name__ == "__main__":
    unittest.main()
