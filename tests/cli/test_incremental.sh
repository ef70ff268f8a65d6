#!/usr/bin/env bash
# Re-running changes nothing; a changed file is replaced whole; --prune
# removes articles whose input vanished; stdin JSON Lines work.
. "$(dirname "$0")/lib.sh"
IDX=$WORK/idx
C=$WORK/corpus
mkdir -p "$C/sub"
printf 'First Title\n\nThe cast filmed a rain scene.\n\nSecond paragraph about the lawyer.\n' >"$C/one.txt"
printf '# Heading Title\n\nA **bold** camping car scene at the [beach](http://x).\n' >"$C/sub/two.md"
printf '{"id":"j1","title":"Json one","body":"A rooftop kiss scene.","date":"2025-02-03","source":"Wire"}\n' >"$C/feed.jsonl"

expect_status 0 "$INDEXER" --quiet --index "$IDX" "$C"
grep -q 'indexed 3 articles (3 new, 0 replaced), 0 unchanged, 0 removed, 0 skipped; 4 passages' "$WORK/err" ||
  fail "first run: $(cat "$WORK/err")"

expect_status 0 "$INDEXER" --quiet --index "$IDX" "$C"
grep -q '^nothing changed: indexed 0 articles (0 new, 0 replaced), 3 unchanged' "$WORK/err" ||
  fail "second run: $(cat "$WORK/err")"

printf 'First Title\n\nOnly one paragraph now, about a chef.\n' >"$C/one.txt"
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$C"
grep -q '(0 new, 1 replaced), 2 unchanged' "$WORK/err" || fail "change run: $(cat "$WORK/err")"
expect_status 1 "$QUERY" --index "$IDX" lawyer   # stale passage is gone
expect_status 0 "$QUERY" --index "$IDX" chef
expect_status 0 "$QUERY" --index "$IDX" --json 'title:heading'
grep -q '"article_id":"sub/two.md"' "$WORK/out" || fail "id from relative path: $(cat "$WORK/out")"

rm "$C/sub/two.md"
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$C"
grep -q '0 removed' "$WORK/err" || fail "removed without --prune"
expect_status 0 "$INDEXER" --quiet --prune --index "$IDX" "$C"
grep -q '1 removed' "$WORK/err" || fail "prune: $(cat "$WORK/err")"
grep -q 'index holds 2 articles' "$WORK/err" || fail "prune count: $(cat "$WORK/err")"

# JSON Lines on stdin.
printf '{"id":"s1","body":"Streamed from standard input about a detective."}\n' |
  "$INDEXER" --quiet --index "$IDX" - 2>"$WORK/err" || fail "stdin: $(cat "$WORK/err")"
expect_status 0 "$QUERY" --index "$IDX" detective

# A second writer is refused with exit 2. The first holds the lock while its
# stdin (a FIFO) stays open; the second tries until it meets the lock, since
# the first may take a while to start (sanitizer builds, loaded machines). A
# first writer that lost the race to a second one is started again.
mkfifo "$WORK/hold"
holder=
start_holder() {
  "$INDEXER" --quiet --index "$IDX" - <"$WORK/hold" 2>"$WORK/holder.err" &
  holder=$!
  exec 8>"$WORK/hold"
}
start_holder
refused=0
for _ in $(seq 120); do
  if ! kill -0 "$holder" 2>/dev/null; then exec 8>&-; wait "$holder" || true; start_holder; fi
  set +e; "$INDEXER" --quiet --index "$IDX" "$C" 2>"$WORK/err"; rc=$?; set -e
  if [ "$rc" -eq 2 ]; then refused=1; break; fi
  [ "$rc" -eq 0 ] || fail "second writer: exit $rc: $(cat "$WORK/err")"
  sleep 0.5
done
printf '{"id":"held","body":"Written while another writer waited."}\n' >&8
exec 8>&-
wait "$holder" || fail "the first writer failed: $(cat "$WORK/holder.err")"
[ "$refused" -eq 1 ] || fail "a second writer was never refused"
grep -q 'locked' "$WORK/err" || fail "lock message: $(cat "$WORK/err")"
echo ok
