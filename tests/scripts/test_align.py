"""Word-level Levenshtein alignment and edit judging (dramatools.align)."""
import unittest

from dramatools.align import BlockAlignment, backtrace, edit_distance, mismatch_runs, prefix_costs


class EditDistanceTest(unittest.TestCase):
    def test_unit_costs(self):
        self.assertEqual(edit_distance([], []), 0)
        self.assertEqual(edit_distance("a b c".split(), []), 3)
        self.assertEqual(edit_distance([], "a b".split()), 2)
        self.assertEqual(edit_distance("the cast of".split(), "the solid of".split()), 1)
        self.assertEqual(edit_distance("a b c d".split(), "b c d e".split()), 2)

    def test_backtrace_is_an_optimal_alignment(self):
        a, b = "at the seaside with a canine".split(), "at the beach with a dog".split()
        P = prefix_costs(a, b)
        ops = backtrace(P, a, b)
        cost = sum(1 for i, j in ops if i is None or j is None or a[i] != b[j])
        self.assertEqual(cost, P[-1][-1])
        self.assertEqual([i for i, _ in ops if i is not None], list(range(len(a))))
        self.assertEqual([j for _, j in ops if j is not None], list(range(len(b))))

    def test_mismatch_runs_group_consecutive_differences(self):
        a, b = "x on the seaside y canine".split(), "x at the beach y dog".split()
        runs = mismatch_runs(backtrace(prefix_costs(a, b), a, b), a, b)
        self.assertEqual([([a[i] for i in ra], [b[j] for j in rb]) for ra, rb, _ in runs],
                         [(["on"], ["at"]), (["seaside"], ["beach"]), (["canine"], ["dog"])])
        self.assertEqual([start for _, _, start in runs], [1, 3, 5])


class BlockAlignmentTest(unittest.TestCase):
    def test_spun_mask_marks_words_matched_in_no_optimal_alignment(self):
        al = BlockAlignment("the solid filmed at the seaside".split(), "the cast filmed at the beach".split())
        self.assertEqual(al.total, 2)
        self.assertEqual(al.spun_mask(), [False, True, False, False, False, True])

    def test_length_changing_repair_is_correct(self):
        spun = "they slept in the tenting automotive".split()
        al = BlockAlignment(spun, "they slept in the camping car".split())
        self.assertTrue(al.edit_is_correct(4, 6, ["camping", "car"]))

    def test_edit_that_does_not_bring_the_original_closer_is_wrong(self):
        al = BlockAlignment("the solid of the drama".split(), "the cast of the drama".split())
        self.assertFalse(al.edit_is_correct(1, 2, ["firm"]))
        self.assertFalse(al.edit_is_correct(0, 1, ["a"]))  # changes a correct word

    def test_aligned_original_names_the_words_a_wrong_edit_stood_for(self):
        al = BlockAlignment("the solid of the drama".split(), "the cast of the drama".split())
        self.assertEqual(al.aligned_original(1, 2, ["firm"]), ["cast"])


if __name__ == "__main__":
    unittest.main()
