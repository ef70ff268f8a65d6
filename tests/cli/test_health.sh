#!/usr/bin/env bash
# /api/health says which commit drama-serve serves: each database's Xapian
# revision and last commit time, their sum and the latest; a new commit
# shows up in the next answer. Revisions are checked against xapian-delve
# when xapian-tools is installed.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve_lib.sh"
delve_revision() { command -v xapian-delve >/dev/null && xapian-delve "$1" | sed -n 's/^revision = //p' || true; }
check_health() {  # check_health OUT EXPECTED_NAMES...: fetch /api/health, check its revisions
  local out=$1; shift
  local revs=()
  for db in "$@"; do revs+=("$(delve_revision "$db")"); done
  curl -sf "${URL}api/health" >"$out" || fail "/api/health"
  python3 - "$out" "$#" "$@" "${revs[@]}" <<'PY' || fail "/api/health: $(cat "$out")"
import json, sys
h = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
names, revs = sys.argv[3:3 + n], sys.argv[3 + n:]
dbs = h["databases"]
assert [d["name"] for d in dbs] == names, (names, dbs)
for d, r in zip(dbs, revs):
    assert isinstance(d["revision"], int) and d["revision"] > 0, d
    assert not r or d["revision"] == int(r), (d, r)
    assert len(d["last_commit"]) == 20 and d["last_commit"].endswith("Z"), d
assert h["revision"] == sum(d["revision"] for d in dbs), h
assert h["last_commit"] == max(d["last_commit"] for d in dbs), h
PY
}
rev_of() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["revision"])' "$1"; }

IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles/original"
start_server 60 --index "$IDX" --threads 2
check_health "$WORK/h1.json" "$IDX"
printf '%s\n' '{"id": "health-new", "title": "A new article", "body": "The cast filmed a new scene by the river."}' >"$WORK/new.jsonl"
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$WORK/new.jsonl"
check_health "$WORK/h2.json" "$IDX"
[ "$(rev_of "$WORK/h2.json")" -gt "$(rev_of "$WORK/h1.json")" ] || fail "revision did not grow with a commit: $(cat "$WORK/h1.json" "$WORK/h2.json")"
stop_server

SH=$WORK/sharded
expect_status 0 "$INDEXER" --quiet --shards 2 --index "$SH" "$SRC/corpus/articles/original"
start_server 60 --index "$SH" --threads 2
check_health "$WORK/h3.json" "$SH/shard-00" "$SH/shard-01"
stop_server
echo "test_health: ok (plain: revision $(rev_of "$WORK/h1.json") -> $(rev_of "$WORK/h2.json") after a commit; sharded: sum $(rev_of "$WORK/h3.json"))"
