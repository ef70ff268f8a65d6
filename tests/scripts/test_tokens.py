"""Words, spans and paragraph blocks (dramatools.tokens)."""
import unittest

from dramatools.tokens import aligned_blocks, paragraph_spans, token_blocks, tokenize, words


class TokenizeTest(unittest.TestCase):
    def test_words_are_casefolded_runs_of_letters_digits_apostrophes(self):
        self.assertEqual(words("Kim Ji Won's 2nd drama, \"Moonlit Courthouse\"!"),
                         ["kim", "ji", "won's", "2nd", "drama", "moonlit", "courthouse"])

    def test_typographic_apostrophe_is_folded_and_spans_kept(self):
        text = "It\u2019s Sé-ra"
        toks = tokenize(text)
        self.assertEqual([t.word for t in toks], ["it's", "sé", "ra"])
        self.assertEqual([text[t.start:t.end] for t in toks], ["It\u2019s", "Sé", "ra"])

    def test_apostrophe_only_runs_and_underscores_are_not_words(self):
        self.assertEqual(words("'' a_b ' c"), ["a", "b", "c"])


class ParagraphTest(unittest.TestCase):
    def test_paragraphs_are_separated_by_blank_lines(self):
        text = "one two\n\n  \n three\nfour\n\n"
        self.assertEqual([text[a:b] for a, b in paragraph_spans(text)], ["one two", "three\nfour"])

    def test_token_blocks_index_the_paragraphs_tokens(self):
        text = "a b\n\nc d e\n\nf"
        self.assertEqual(token_blocks(tokenize(text), text), [(0, 2), (2, 5), (5, 6)])

    def test_same_paragraph_count_aligns_paragraph_by_paragraph(self):
        a, b = "x y\n\nz", "x\n\ny z"
        self.assertEqual(aligned_blocks(tokenize(a), a, tokenize(b), b), [((0, 2), (0, 1)), ((2, 3), (1, 3))])

    def test_other_paragraph_count_aligns_whole_texts(self):
        a, b = "x y\n\nz", "x y z"
        self.assertEqual(aligned_blocks(tokenize(a), a, tokenize(b), b), [((0, 3), (0, 3))])


if __name__ == "__main__":
    unittest.main()
