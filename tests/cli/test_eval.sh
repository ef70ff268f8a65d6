#!/usr/bin/env bash
# scripts/eval: runs on the bundled corpus, prints its tables, and its numbers
# are within sane bounds (no assertions on quality targets).
. "$(dirname "$0")/lib.sh"
EVAL="$SRC/scripts/eval"
BUILD=$(dirname "$INDEXER")

expect_status 0 "$EVAL" --build "$BUILD" --json "$WORK/eval.json"
grep -qF '| metric | value |' "$WORK/out" || fail "no metric table: $(cat "$WORK/out")"
grep -qF '| index | query | success@1 | success@3 | MRR |' "$WORK/out" || fail "no known-item table"
grep -qF '| system | P@5 | success@3 | MRR | nDCG@10 |' "$WORK/out" || fail "no ranking table"
for row in 'WER spun vs original' 'WER repaired vs original' 'edit precision' \
           'recall of spun tokens' 'change rate on original text' 'spun, with repair' \
           'spun, without repair' 'original (upper bound)'; do
  grep -qF "| $row" "$WORK/out" || fail "missing row: $row"
done

ARTICLES=$("$INDEXER" extract "$SRC/corpus/articles/original" | wc -l)
python3 - "$WORK/eval.json" "$ARTICLES" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))["repair"]
def unit(x, name):
    assert x is None or 0.0 <= x <= 1.0, (name, x)
assert m["pairs"] == int(sys.argv[2]), (m["pairs"], sys.argv[2])  # every article paired
assert 0 < m["wer_spun"] < 1, m["wer_spun"]
assert 0 <= m["wer_repaired"] <= m["wer_spun"], (m["wer_repaired"], m["wer_spun"])
for k in ("precision", "precision_weighted", "recall", "change_rate"):
    unit(m[k], k)
c = m["counts"]
assert c["correct_edits"] <= c["edits"] and c["fixed_tokens"] <= c["spun_tokens"], c
ki = m["known_item"]
assert ki["queries"] >= 46, ki["queries"]
for label, s in ki["scores"].items():
    for k, v in s.items():
        unit(v, label + " " + k)
    assert s["success@1"] <= s["success@3"], (label, s)
assert ki["scores"]["original (upper bound); default"]["success@3"] > 0.5, ki["scores"]
assert "spun, with repair; every word" in ki["scores"], ki["scores"]
for split in ("learned", "held out"):  # observation rows, when the file is present
    if m.get("observations"):
        o = m["observations"][split]
        assert o["rows"] > 0 and 0 <= o["wer_repaired"] and 0 < o["wer_spun"], (split, o)
        unit(o["precision"], split)

# The ranking section: every judged passage still exists and the kind labels
# line up with the engine's paragraphs (its self-check), metrics in [0, 1].
r = json.load(open(sys.argv[1]))["ranking"]
assert r["warnings"] == [], r["warnings"]
assert r["counts"]["all"]["queries"] > 0 and r["counts"]["all"]["grade2"] > 0, r["counts"]
for system, groups in r["ranking"].items():
    for group, scores in groups.items():
        for k in ("P@5", "success@3", "MRR", "nDCG@10"):
            unit(scores[k], f"{system} {group} {k}")
assert r["classifier"]["paragraphs"] > 0, r["classifier"]
unit(r["classifier"]["accuracy"], "classifier accuracy")
PY

expect_status 2 "$EVAL" --build "$WORK/no-such-build"
grep -q 'not found' "$WORK/err" || fail "missing build dir: $(cat "$WORK/err")"
echo ok
