#!/usr/bin/env bash
# An index built with drama-index --data-dir is searched with the same
# spin-repair data: drama-query and drama-serve take --data-dir, and warn
# (naming the index, the difference and the option) when they analyse
# queries otherwise than the index's articles were analysed.
. "$(dirname "$0")/lib.sh"
SERVE=$(dirname "$INDEXER")/drama-serve
DATA=$SRC/tests/fixtures/spin-data
IDX=$WORK/idx
printf 'Holiday\n\nThey filmed inside the tenting automotive by the sea.\n' >"$WORK/a.txt"
expect_status 0 "$INDEXER" --quiet --data-dir "$DATA" --index "$IDX" "$WORK/a.txt"

expect_status 0 "$QUERY" --index "$IDX" --data-dir "$DATA" --json 'tenting automotive'
grep -q '"article_id":"a.txt"' "$WORK/out" || fail "no hit: $(cat "$WORK/out")"
if grep -q 'warning' "$WORK/err"; then fail "warning with the same data: $(cat "$WORK/err")"; fi

expect_status 0 "$QUERY" --index "$IDX" --json 'camping car'
grep -q "^drama-query: warning: $IDX: articles were analysed with spin-repair data .*pass the --data-dir it was indexed with" \
  "$WORK/err" || fail "no mismatch warning: $(cat "$WORK/err")"

# drama-serve says it once, at start.
serve_warnings() {
  timeout 60 "$SERVE" --index "$IDX" --listen 127.0.0.1:0 "$@" >"$WORK/serve.out" 2>"$WORK/serve.err" &
  local pid=$!
  for _ in $(seq 100); do
    grep -q 'listening on' "$WORK/serve.out" && break
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || fail "drama-serve: $(cat "$WORK/serve.err")"
  grep -c 'warning' "$WORK/serve.err" || true
}
[ "$(serve_warnings)" -eq 1 ] || fail "drama-serve without --data-dir: $(cat "$WORK/serve.err")"
grep -q "drama-serve: warning: $IDX: articles were analysed with" "$WORK/serve.err" || fail "$(cat "$WORK/serve.err")"
[ "$(serve_warnings --data-dir "$DATA")" -eq 0 ] || fail "drama-serve with --data-dir: $(cat "$WORK/serve.err")"
echo ok
