#!/usr/bin/env bash
# Sharded indexes, several indexes searched as one, and remote shards over
# xapian-tcpsrv give the same results as one index of the same corpus.
. "$(dirname "$0")/lib.sh"
C=$SRC/corpus/articles
"$INDEXER" --quiet --index "$WORK/one" "$C" 2>/dev/null
"$INDEXER" --quiet --shards 3 --index "$WORK/three" "$C" 2>"$WORK/err"
grep -q 'index holds 98 articles' "$WORK/err" || fail "sharded run: $(cat "$WORK/err")"
[ -d "$WORK/three/shard-02" ] || fail "no shard directories"
"$INDEXER" check --index "$WORK/three" >/dev/null || fail "sharded index inconsistent"

# ids_of ARGS...: "passage_id score" per hit, or the profile JSON.
ids_of() { "$QUERY" --json "$@" | python3 -c '
import json, sys
for line in sys.stdin:
    d = json.loads(line)
    if "passage_id" in d: print(d["passage_id"], round(d["score"], 6), d["kind"])
    else: print(json.dumps(d, sort_keys=True))'; }
same() {  # same "DESCRIPTION" INDEX_ARGS_B -- QUERY_ARGS...
  local what=$1; shift
  local -a b=()
  while [ "$1" != -- ]; do b+=("$1"); shift; done; shift
  diff <(ids_of --index "$WORK/one" "$@") <(ids_of "${b[@]}" "$@") >"$WORK/diff" ||
    fail "$what differs: $* $(head -20 "$WORK/diff")"
}
for args in "camping car scene" "who plays the lawyer" "--kind scene rain" "--cast Han Seo Won drama" \
            "--drama Moonlit Courthouse --all-passages court" "--since 2025-06-01 --limit 20 drama" \
            "--facets --limit 3 cast" "--spun only --limit 15 filming"; do
  # shellcheck disable=SC2086
  same "3 shards" --index "$WORK/three" -- $args
done
same "who" --index "$WORK/three" -- --who "Han Seo Won"
same "cast-of" --index "$WORK/three" -- --cast-of "Moonlit Courthouse"

# Incremental and prune work per shard; another shard count is refused.
expect_status 0 "$INDEXER" --quiet --index "$WORK/three" "$C"
grep -q '98 unchanged' "$WORK/err" || fail "re-run on shards: $(cat "$WORK/err")"
cp -r "$C" "$WORK/copy"
"$INDEXER" --quiet --shards 3 --index "$WORK/pruned" "$WORK/copy" 2>/dev/null
rm -r "$WORK/copy/spun"
expect_status 0 "$INDEXER" --quiet --prune --index "$WORK/pruned" "$WORK/copy"
grep -q '52 unchanged, 46 removed' "$WORK/err" || fail "prune on shards: $(cat "$WORK/err")"
expect_status 2 "$INDEXER" --quiet --shards 2 --index "$WORK/three" "$C"
grep -q 'has 3 shards' "$WORK/err" || fail "shard mismatch message: $(cat "$WORK/err")"

# Two separate indexes searched together rank like one index of both.
mkdir -p "$WORK/a" "$WORK/b"
cp -r "$C/original" "$C/copies" "$WORK/a/"
cp -r "$C/spun" "$WORK/b/"
"$INDEXER" --quiet --index "$WORK/orig" "$WORK/a" 2>/dev/null
"$INDEXER" --quiet --index "$WORK/spun" "$WORK/b" 2>/dev/null
# (Stories are assigned within one index: two indexes built apart do not
# know each other's copies, so this compares every copy.)
for q in "camping car scene" "--kind cast lawyer" "--facets drama"; do
  # shellcheck disable=SC2086
  same "union of two indexes" --index "$WORK/orig" --index "$WORK/spun" -- --all-copies $q
done

# Compaction merges the shards into one database: same results, still whole.
cp -r "$WORK/three" "$WORK/compacted"
expect_status 0 "$INDEXER" compact --index "$WORK/compacted"
"$INDEXER" check --index "$WORK/compacted" >/dev/null || fail "compacted index inconsistent"
[ ! -d "$WORK/compacted/shard-00" ] || fail "old shards left after compaction"
same "compacted" --index "$WORK/compacted" -- "camping car scene"
same "compacted" --index "$WORK/compacted" -- --facets --kind cast lawyer
expect_status 0 "$INDEXER" --quiet --index "$WORK/compacted" "$C"
grep -q '98 unchanged' "$WORK/err" || fail "re-run after compaction: $(cat "$WORK/err")"

# Remote shards served by xapian-tcpsrv on loopback.
if command -v xapian-tcpsrv >/dev/null; then
  pids=()
  urls=()
  for k in 0 1 2; do
    port=$((20000 + RANDOM % 20000))
    # Own process group, so the forked connection handlers die with it. The
    # server's timeouts are generous: sanitizer builds on a loaded machine
    # can pause longer than 5 s between the messages of one search.
    setsid xapian-tcpsrv --quiet --timeout 60000 --interface 127.0.0.1 --port "$port" "$WORK/three/shard-0$k" \
      </dev/null >/dev/null 2>&1 &
    pids+=($!)
    urls+=(--index "tcp://127.0.0.1:$port")
  done
  stop_servers() { for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || true; done; }
  trap 'stop_servers; rm -rf "$WORK"' EXIT
  for _ in $(seq 50); do
    "$QUERY" "${urls[@]}" --timeout 2000 drama >/dev/null 2>&1 && break
    sleep 0.1
  done
  same "remote shards" "${urls[@]}" -- "camping car scene"
  same "remote shards" "${urls[@]}" -- --kind scene --facets rain
  # The kind feature comes from document values over remote shards and
  # from the kind's posting list locally: the scores must agree.
  same "remote shards" "${urls[@]}" -- --explain --all-passages who was cast as the lawyer
  same "remote shards" "${urls[@]}" -- --explain --all-passages filming scene at the beach
  # A shard that is down gives a clear error within the timeout.
  kill -- "-${pids[2]}" 2>/dev/null; wait "${pids[2]}" 2>/dev/null || true
  start=$(date +%s)
  expect_status 2 timeout 20 "$QUERY" "${urls[@]}" --timeout 1000 drama
  grep -q 'remote shard unavailable' "$WORK/err" || fail "down shard message: $(cat "$WORK/err")"
  [ $(($(date +%s) - start)) -lt 15 ] || fail "down shard took too long"
  # --allow-partial answers from the rest and names the missing shard.
  expect_status 0 timeout 20 "$QUERY" "${urls[@]}" --timeout 1000 --allow-partial drama
  grep -q "warning: ${urls[5]}: remote shard unavailable" "$WORK/err" || fail "partial warning: $(cat "$WORK/err")"
fi
echo ok
