# Crash-safety trials, sourced by test_crash.sh (quick) and scripts/stress
# (full). Needs INDEXER, QUERY, WORK from lib.sh; runs $TRIALS trials.
corpus=$WORK/crash.jsonl
python3 "$(dirname "${BASH_SOURCE[0]}")/make_corpus.py" "${CRASH_ARTICLES:-3000}" "$corpus"
expected_passages=$("$INDEXER" passages "$corpus" | wc -l)
expected_articles=$(wc -l <"$corpus")

for trial in $(seq 1 "$TRIALS"); do
  idx=$WORK/crash-idx-$trial
  # Every other trial on a 2-shard index: crash safety holds per shard.
  shards=$((trial % 2 == 0 ? 2 : 1))
  "$INDEXER" --quiet --batch 40 --shards "$shards" --index "$idx" "$corpus" 2>/dev/null &
  pid=$!
  sleep "$(python3 -c "import random; print(round(random.uniform(0.2, 2.0), 2))")"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  # The killed index opens, every article in it is whole, queries work.
  if [ -d "$idx" ]; then
    "$INDEXER" check --index "$idx" >"$WORK/check" 2>&1 || fail "trial $trial: inconsistent after kill: $(cat "$WORK/check")"
    set +e; "$QUERY" --index "$idx" rooftop >/dev/null 2>"$WORK/qerr"; rc=$?; set -e
    [ "$rc" -le 1 ] || fail "trial $trial: query after kill failed: $(cat "$WORK/qerr")"
  fi
  # Re-running finishes the job with exactly the expected counts.
  "$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>"$WORK/err" || fail "trial $trial: re-run: $(cat "$WORK/err")"
  grep -q "index holds $expected_articles articles, $expected_passages passages" "$WORK/err" ||
    fail "trial $trial: after re-run: $(cat "$WORK/err") (expected $expected_articles articles, $expected_passages passages)"
  "$INDEXER" check --index "$idx" >/dev/null || fail "trial $trial: inconsistent after re-run"
  rm -rf "$idx"
done
