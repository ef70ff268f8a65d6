#!/usr/bin/env bash
# A killed indexer leaves a usable index of whole articles, and the next run
# finishes the job (3 SIGKILL trials; scripts/stress runs 20). SIGTERM and
# SIGINT commit what is complete and exit 143 / 130.
. "$(dirname "$0")/lib.sh"
TRIALS=3
. "$(dirname "$0")/crash_trials.sh"

for sig in TERM INT; do
  idx=$WORK/sig-$sig
  "$INDEXER" --quiet --batch 40 --index "$idx" "$corpus" 2>"$WORK/err" &
  pid=$!
  sleep 0.8
  kill -s "$sig" "$pid"
  set +e; wait "$pid"; rc=$?; set -e
  want=$([ "$sig" = TERM ] && echo 143 || echo 130)
  [ "$rc" -eq "$want" ] || fail "SIG$sig: exit $rc, expected $want: $(cat "$WORK/err")"
  grep -q 'interrupted' "$WORK/err" || fail "SIG$sig: no report: $(cat "$WORK/err")"
  "$INDEXER" check --index "$idx" >/dev/null || fail "SIG$sig: inconsistent index"
done
echo ok
