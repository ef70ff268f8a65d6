#!/usr/bin/env bash
# Indexes the bundled corpus and checks queries, JSON fields and exit codes.
. "$(dirname "$0")/lib.sh"
IDX=$WORK/idx

expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles"
grep -q '^indexed [1-9][0-9]* articles' "$WORK/err" || fail "no summary line: $(cat "$WORK/err")"

# A query in original wording finds hits; JSON carries the documented fields.
expect_status 0 "$QUERY" --index "$IDX" --json --limit 5 filming scene
[ "$(wc -l <"$WORK/out")" -ge 1 ] || fail "no JSON hits"
python3 - "$WORK/out" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    hit = json.loads(line)
    for field in ("rank", "score", "article_id", "passage_id", "title", "date", "source", "text", "snippet", "spun"):
        assert field in hit, f"missing {field}: {hit}"
    assert hit["passage_id"].startswith(hit["article_id"] + "#")
PY

# Best passage per article by default; --all-passages may repeat articles.
"$QUERY" --index "$IDX" --json --limit 50 drama | python3 -c '
import json, sys
ids = [json.loads(l)["article_id"] for l in sys.stdin]
assert len(ids) == len(set(ids)), "collapse failed"'

# Human output: rank, title, snippet; no ANSI codes when not on a terminal.
expect_status 0 "$QUERY" --index "$IDX" camera
grep -q '^1\. ' "$WORK/out" || fail "no ranked output"
if grep -q $'\x1b' "$WORK/out"; then fail "ANSI codes in piped output"; fi

# Exit codes like grep: 1 no hits, 2 errors.
expect_status 1 "$QUERY" --index "$IDX" zzyzxqwv
expect_status 2 "$QUERY" --index "$WORK/nope" drama
grep -q 'no such index' "$WORK/err" || fail "missing-index message"
expect_status 2 "$QUERY" drama
expect_status 2 "$QUERY" --index "$IDX" --spun sometimes drama
grep -q "^drama-query: --spun must be any, only or exclude, not 'sometimes'" "$WORK/err" || fail "spun: $(cat "$WORK/err")"
expect_status 2 "$QUERY" --index "$IDX" --since 2025-99 drama
grep -q "^drama-query: --since must be YYYY-MM-DD, not '2025-99'" "$WORK/err" || fail "since: $(cat "$WORK/err")"
expect_status 2 "$QUERY" --index "$IDX" --kind scenes drama
grep -q "^drama-query: --kind must be scene, cast or other, not 'scenes'" "$WORK/err" || fail "kind: $(cat "$WORK/err")"
expect_status 0 "$QUERY" --help
grep -q 'title:' "$WORK/out" || fail "--help does not document prefixes"
expect_status 0 "$INDEXER" --help
expect_status 2 "$INDEXER" --index "$IDX"
expect_status 2 "$INDEXER" --bogus-option

# Spun filter.
expect_status 0 "$QUERY" --index "$IDX" --json --spun only --limit 20 drama
python3 -c 'import json,sys; assert all(json.loads(l)["spun"] for l in open(sys.argv[1]))' "$WORK/out"
expect_status 0 "$QUERY" --index "$IDX" --json --spun exclude --limit 20 drama
python3 -c 'import json,sys; assert not any(json.loads(l)["spun"] for l in open(sys.argv[1]))' "$WORK/out"
echo ok
