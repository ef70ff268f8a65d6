#!/usr/bin/env bash
# A real full disk: 2,000 articles into a 4 MB tmpfs. drama-index stops at
# the first "No space left on device" with one message and exit 2; the index
# stays at its last commit (check passes, queries work); once the
# filesystem has room again, the next run completes with exact counts.
# Needs root (mount); elsewhere it is skipped with the reason.
. "$(dirname "$0")/lib.sh"
MNT=$WORK/small
mkdir -p "$MNT"
if ! mount -t tmpfs -o size=4m tmpfs "$MNT" 2>"$WORK/mount.err"; then
  echo "SKIPPED: cannot mount a tmpfs here ($(head -c 200 "$WORK/mount.err" | tr '\n' ' '))"
  exit 77
fi
trap 'umount "$MNT" 2>/dev/null || true; rm -rf "$WORK"' EXIT
N=2000
python3 "$SRC/tests/cli/make_corpus.py" $N "$WORK/corpus.jsonl"
IDX=$MNT/idx

for batch in 500 100; do
  rm -rf "$IDX"
  expect_status 2 "$INDEXER" --quiet --batch $batch --index "$IDX" "$WORK/corpus.jsonl"
  [ "$(wc -l <"$WORK/err")" -eq 1 ] || fail "batch $batch: not one error line: $(head -20 "$WORK/err")"
  grep -q "^drama-index: $IDX.*No space left on device" "$WORK/err" || fail "batch $batch: $(cat "$WORK/err")"
  grep -qi 'transaction' "$WORK/err" && fail "batch $batch: a secondary error: $(cat "$WORK/err")"
  echo "batch $batch: $(cat "$WORK/err")"
  "$INDEXER" check --index "$IDX" >"$WORK/check" 2>&1 || fail "batch $batch: check fails: $(cat "$WORK/check")"
  last=$(sed -n "s/.*last article committed: '\([^']*\)'.*/\1/p" "$WORK/err")
  if [ -n "$last" ]; then
    "$QUERY" --index "$IDX" --json "id:$last" >"$WORK/hit" || fail "batch $batch: last committed article $last not found"
  fi
done

# Space is freed: the same run completes and counts every article once.
mount -o remount,size=256m "$MNT"
expect_status 0 "$INDEXER" --quiet --batch 100 --index "$IDX" "$WORK/corpus.jsonl"
grep -q "index holds $N articles" "$WORK/err" || fail "re-run: $(cat "$WORK/err")"
new=$(sed -n 's/.*(\([0-9]*\) new, .*/\1/p' "$WORK/err")
unchanged=$(sed -n 's/.*replaced), \([0-9]*\) unchanged.*/\1/p' "$WORK/err")
[ $((new + unchanged)) -eq $N ] || fail "re-run counts $new new + $unchanged unchanged != $N: $(cat "$WORK/err")"
"$INDEXER" check --index "$IDX" >/dev/null 2>&1 || fail "check fails after the re-run"
"$QUERY" --index "$IDX" --limit 1 rooftop scene >/dev/null || fail "no hits after the re-run"
echo "re-run: $(cat "$WORK/err")"
echo ok
