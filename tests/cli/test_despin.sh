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
PY
expect_status 2 "$INDEXER" despin --diff --json
expect_status 1 "$INDEXER" despin "$WORK/missing.txt"
echo ok
