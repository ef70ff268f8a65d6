#!/usr/bin/env bash
# drama-index despin: text, --diff and --json modes keep the layout.
. "$(dirname "$0")/lib.sh"
printf 'The video begins at the seaside.\n\nThey filmed inside the tenting automotive with a digicam.\n' >"$WORK/in.txt"

"$INDEXER" despin "$WORK/in.txt" >"$WORK/out"
grep -q 'camping car' "$WORK/out" || fail "despin: $(cat "$WORK/out")"
[ "$(wc -l <"$WORK/out")" -eq 3 ] || fail "layout not kept"

"$INDEXER" despin --diff <"$WORK/in.txt" >"$WORK/out"
grep -qF '[-tenting automotive-]{+camping car+}' "$WORK/out" || fail "diff: $(cat "$WORK/out")"

"$INDEXER" despin --json "$WORK/in.txt" >"$WORK/out"
python3 - "$WORK/out" "$WORK/in.txt" <<'PY'
import json, sys
doc = json.loads(open(sys.argv[1]).read())
src = open(sys.argv[2], "rb").read()
edits = [e for e in doc["edits"] if e["applied"]]
assert any(e["repaired"] == "camping car" for e in edits), doc
for e in doc["edits"]:
    assert src[e["offset"]:e["offset"] + e["length"]].decode() == e["spun"], e
    assert e["reason"] in ("lexicon", "name", "context", "article evidence")
    assert isinstance(e["also"], list), e
    assert e["indexed"] or not e["applied"], e  # what is shown is indexed
PY
# The context judge is named in --json; without its model repair still works.
"$INDEXER" despin --json "$WORK/in.txt" | grep '"context_judge":"\(trigram model\|off\)' >/dev/null || fail "no context_judge in --json"
DRAMASEARCH_LM=none "$INDEXER" despin --json "$WORK/in.txt" >"$WORK/out"
grep -q '"context_judge":"off (DRAMASEARCH_LM=none)"' "$WORK/out" || fail "judge not off: $(cat "$WORK/out")"
grep -q 'camping car' "$WORK/out" || fail "no repair without the judge: $(cat "$WORK/out")"
DRAMASEARCH_LM="$WORK/missing.lm.bin" "$INDEXER" despin "$WORK/in.txt" >"$WORK/out" || fail "missing model is fatal"
grep -q 'camping car' "$WORK/out" || fail "no repair with a missing model"
expect_status 2 "$INDEXER" despin --diff --json
expect_status 1 "$INDEXER" despin "$WORK/missing.txt"
echo ok
