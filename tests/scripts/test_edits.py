"""Despin edits on byte offsets mapped to tokens and applied (dramatools.edits)."""
import unittest

from dramatools.edits import applied_edits, apply_edits, byte_to_char_map, indexed_edits
from dramatools.tokens import tokenize


def edit(text, spun, repaired, applied=True, occurrence=0, reason="lexicon"):
    """A despin --json edit replacing the OCCURRENCE-th SPUN in TEXT (byte offsets)."""
    char = -1
    for _ in range(occurrence + 1):
        char = text.index(spun, char + 1)
    return {"offset": len(text[:char].encode()), "length": len(spun.encode()), "spun": spun,
            "repaired": repaired, "applied": applied, "reason": reason}


class EditsTest(unittest.TestCase):
    TEXT = "Café scene: the solid filmed on the seaside."

    def test_byte_to_char_map(self):
        self.assertEqual(byte_to_char_map("aé€b"), [0, 1, 3, 6, 7])

    def test_byte_offsets_after_multibyte_characters(self):
        doc = {"edits": [edit(self.TEXT, "on the seaside", "at the beach"),
                         edit(self.TEXT, "solid", "cast", applied=False)]}
        toks = tokenize(self.TEXT)
        edits, bad = applied_edits(doc, self.TEXT, toks)
        self.assertEqual(bad, 0)
        self.assertEqual(len(edits), 1)  # the unapplied one is left out
        e = edits[0]
        self.assertEqual((e.spun, e.repaired, e.weight), (["on", "the", "seaside"], ["at", "the", "beach"], 3))
        self.assertEqual(self.TEXT[e.start:e.end], "on the seaside")
        self.assertEqual(apply_edits(self.TEXT, edits)[0], "Café scene: the solid filmed at the beach.")

    def test_offsets_that_do_not_hold_the_spun_text_are_counted(self):
        bad_edit = dict(edit(self.TEXT, "solid", "cast"), offset=0)
        edits, bad = applied_edits({"edits": [bad_edit]}, self.TEXT, tokenize(self.TEXT))
        self.assertEqual((edits, bad), ([], 1))

    def test_case_change_is_a_noop_edit(self):
        text = "the Solid of it"
        edits, _ = applied_edits({"edits": [edit(text, "Solid", "solid")]}, text, tokenize(text))
        self.assertEqual(edits[0].weight, 0)
        self.assertEqual(apply_edits(text, edits), ("the solid of it", []))

    def test_overlapping_edit_is_skipped_and_spans_point_into_the_result(self):
        text = "a tenting automotive b"
        es = [edit(text, "tenting automotive", "camping car"), edit(text, "automotive", "car")]
        edits, _ = applied_edits({"edits": es}, text, tokenize(text))
        out, spans = apply_edits(text, edits)
        self.assertEqual(out, "a camping car b")
        self.assertEqual([out[a:b] for a, b in spans], ["camping car"])

    def test_indexed_edits_hold_every_reading_applied_or_not(self):
        text = "the solid filmed a tale"
        uncertain = dict(edit(text, "tale", "story", applied=False), indexed=True, also=["tale", "report"])
        hidden = dict(edit(text, "solid", "cast", applied=False), indexed=False)
        doc = {"edits": [edit(text, "filmed", "shot"), uncertain, hidden]}
        got = indexed_edits(doc, text, tokenize(text))
        self.assertEqual([(e.spun, e.readings, e.applied) for e in got],
                         [(["filmed"], [["shot"]], True),
                          (["tale"], [["story"], ["report"]], False)])  # the spun word is no reading
        # Output without the `indexed` field (older tools): applied edits only.
        old = {"edits": [edit(text, "filmed", "shot"), edit(text, "tale", "story", applied=False)]}
        self.assertEqual([e.spun for e in indexed_edits(old, text, tokenize(text))], [["filmed"]])


if __name__ == "__main__":
    unittest.main()
