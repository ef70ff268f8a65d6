#!/usr/bin/env bash
# Hostile queries answer quickly with results or a clear error (exit 2), and
# queries during indexing never fail.
. "$(dirname "$0")/lib.sh"
IDX=$WORK/idx
"$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles/original" 2>/dev/null

# run_bounded SECONDS CMD...: fails if CMD takes longer or crashes (exit > 2).
run_bounded() {
  local limit=$1; shift
  set +e; timeout "$limit" "$@" >"$WORK/out" 2>"$WORK/err"; local rc=$?; set -e
  [ "$rc" -ne 124 ] || fail "took over ${limit}s: ${*:0:3}"
  [ "$rc" -le 2 ] || fail "crashed with $rc: $(head -c 300 "$WORK/err")"
  echo "$rc"
}

big=$(python3 -c 'print("drama " * 20000)')                    # 120 KB
[ "$(run_bounded 10 "$QUERY" --index "$IDX" "$big")" -eq 2 ] || fail "100 KB query accepted"
grep -q 'too long' "$WORK/err" || fail "no clear message for long query: $(cat "$WORK/err")"
many=$(python3 -c 'print(" ".join(f"w{i}" for i in range(10000)))')
[ "$(run_bounded 10 "$QUERY" --index "$IDX" --max-query-bytes 1000000 "$many")" -eq 2 ] || fail "10,000 terms accepted"
grep -q 'too many words' "$WORK/err" || fail "no clear message for many terms"
for q in '"unbalanced quote' '((((drama' 'drama)))' 'AND OR NOT' 'a* b* c* d* e*' '*' \
         "$(printf 'ctrl\x01\x02\x1b[31m chars')" "$(printf 'bad \xff\xfe utf8 \xc3')" 'title:' 'cast:' '"" ""' \
         'NEAR drama' 'drama NEAR/3 scene' '+-+-drama' 'drama^^^' "$(printf '%0500d' 0)"; do
  run_bounded 10 "$QUERY" --index "$IDX" "$q" >/dev/null
done
# Wildcard expansion is bounded by --max-wildcard-terms.
run_bounded 10 "$QUERY" --index "$IDX" --max-wildcard-terms 5 's*' >/dev/null

# Queries while an indexer writes see the last commit and never fail.
python3 "$(dirname "$0")/make_corpus.py" 2000 "$WORK/more.jsonl"
"$INDEXER" --quiet --batch 20 --index "$IDX" "$WORK/more.jsonl" 2>/dev/null &
pid=$!
n=0
while kill -0 "$pid" 2>/dev/null && [ $n -lt 200 ]; do
  set +e; "$QUERY" --index "$IDX" --limit 3 rooftop scene >/dev/null 2>"$WORK/err"; rc=$?; set -e
  [ "$rc" -le 1 ] || fail "query during indexing failed ($rc): $(cat "$WORK/err")"
  n=$((n + 1))
done
wait "$pid"
[ $n -gt 0 ] || fail "no query ran during indexing"
echo "ok ($n queries during indexing)"
