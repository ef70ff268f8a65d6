# Helpers for the CLI tests (sourced by tests/cli/test_*.sh).
set -euo pipefail
INDEXER=$1
QUERY=$2
SRC=$3
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_status CODE CMD...: runs CMD, fails unless it exits with CODE.
expect_status() {
  local want=$1; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || { cat "$WORK/out" "$WORK/err" >&2; fail "expected exit $want, got $got: $*"; }
}
