#!/usr/bin/env bash
# The default bulk load: a new index is written as parallel shards and
# compacted into one plain database in the same run; a bulk load that is
# killed (SIGKILL at random points, compaction included) or interrupted is
# finished by the next run, with exactly the expected counts.
. "$(dirname "$0")/lib.sh"

# Read whole first: grep -q stops at the first match, and under pipefail
# the help text written after it would fail the pipe (SIGPIPE).
help=$("$INDEXER" --help)
grep -q "bulk loaded" <<<"$help" || fail "--help does not describe the bulk load"

corpus=$WORK/bulk.jsonl
python3 "$(dirname "$0")/make_corpus.py" 3000 "$corpus"
expected_articles=$(wc -l <"$corpus")
expected_passages=$("$INDEXER" passages "$corpus" | wc -l)
holds="index holds $expected_articles articles, $expected_passages passages"

plain() {  # one plain database, nothing of the bulk load left
  [ -f "$1/iamglass" ] && [ ! -e "$1/bulk-load" ] && [ ! -e "$1/bulk-load.done" ] && [ ! -e "$1/XAPIANDB" ] &&
    [ ! -e "$1/dramasearch-bulk-load" ]
}

# No flags: one run, compacted.
idx=$WORK/fresh
"$INDEXER" --quiet --batch 100 --index "$idx" "$corpus" 2>"$WORK/err" || fail "bulk load: $(cat "$WORK/err")"
grep -q "$holds, compacted into one database" "$WORK/err" || fail "bulk load summary: $(cat "$WORK/err")"
plain "$idx" || fail "bulk load did not leave one plain database: $(ls "$idx")"
"$INDEXER" check --index "$idx" >/dev/null || fail "bulk load: inconsistent index"
expect_status 0 "$QUERY" --index "$idx" rooftop
# A later run is incremental: no bulk load, no re-sharding.
"$INDEXER" --quiet --index "$idx" "$corpus" 2>"$WORK/err" || fail "re-run: $(cat "$WORK/err")"
grep -q "0 new.*$expected_articles unchanged.*$holds;" "$WORK/err" || fail "re-run: $(cat "$WORK/err")"
plain "$idx" || fail "re-run changed the layout: $(ls "$idx")"

# SIGKILL anywhere in the load (late kills land in the compaction), then
# the next run finishes it.
for trial in 1 2 3 4; do
  idx=$WORK/killed-$trial
  "$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>/dev/null &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.3, 4.0), 2))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -e "$idx/XAPIANDB" ]; then  # mid-load: readers see whole articles
    "$INDEXER" check --index "$idx" >"$WORK/check" 2>&1 || fail "trial $trial: inconsistent after kill: $(cat "$WORK/check")"
  fi
  "$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>"$WORK/err" || fail "trial $trial: re-run: $(cat "$WORK/err")"
  grep -q "$holds" "$WORK/err" || fail "trial $trial: after re-run: $(cat "$WORK/err") (expected: $holds)"
  plain "$idx" || fail "trial $trial: re-run left $(ls "$idx")"
  "$INDEXER" check --index "$idx" >/dev/null || fail "trial $trial: inconsistent after re-run"
done

# SIGINT: what is complete is committed, the marker stays, readers search
# the partial index; the next run (here: drama-index compact) finishes.
idx=$WORK/interrupted
"$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>"$WORK/err" &
pid=$!
sleep 0.8
kill -s INT "$pid"
set +e; wait "$pid"; rc=$?; set -e
[ "$rc" -eq 130 ] || fail "SIGINT: exit $rc: $(cat "$WORK/err")"
[ -e "$idx/dramasearch-bulk-load" ] || fail "SIGINT: no bulk-load marker: $(ls "$idx")"
"$INDEXER" check --index "$idx" >/dev/null || fail "SIGINT: partial index does not open"
expect_status 0 "$INDEXER" compact --index "$idx"
plain "$idx" || fail "compact did not finish the bulk load: $(ls "$idx")"
"$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>"$WORK/err" || fail "after compact: $(cat "$WORK/err")"
grep -q "$holds;" "$WORK/err" || fail "after compact: $(cat "$WORK/err")"
echo ok
