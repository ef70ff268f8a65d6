#!/usr/bin/env bash
# drama-serve --config FILE: "name = value" lines for what the flags set;
# flags on the command line win; errors name the file. /api/health reports
# the version, the index and its last commit.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve_lib.sh"
IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles/original"
ver=$(sed -n 's/^project(dramasearch VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")

cat >"$WORK/serve.conf" <<CONF
# a comment
index = $IDX
max-limit = 7
threads = 2
CONF
start_server 60 --config "$WORK/serve.conf"
curl -sf "${URL}api/search?q=scene&limit=7" >/dev/null || fail "limit=7 refused with max-limit = 7 from the file"
code=$(curl -s -o /dev/null -w '%{http_code}' "${URL}api/search?q=scene&limit=8")
[ "$code" = 400 ] || fail "limit=8 gave $code with max-limit = 7 from the config file"
curl -sf "${URL}api/health" >"$WORK/health.json" || fail "/api/health"
python3 - "$WORK/health.json" "$IDX" "$ver" <<'PY' || fail "/api/health: $(cat "$WORK/health.json")"
import json, sys
h = json.load(open(sys.argv[1]))
assert h["status"] == "ok" and h["version"] == sys.argv[3], h
assert h["index"] == [sys.argv[2]], h
assert h["articles"] == 46 and h["passages"] > 0 and h["last_commit"], h
PY
# Person and drama pages list articles with titles, dates and sources.
curl -sf --get "${URL}api/who" --data-urlencode "name=Baek Si Won" >"$WORK/who.json" || fail "/api/who"
curl -sf --get "${URL}api/cast-of" --data-urlencode "title=Our Summer on Wheels" >"$WORK/cast.json" || fail "/api/cast-of"
python3 - "$WORK/who.json" "$WORK/cast.json" <<'PY' || fail "article_details: $(head -c 600 "$WORK/who.json")"
import json, sys
for path in sys.argv[1:]:
    j = json.load(open(path))
    details = j["article_details"]
    assert j["articles"] and [a["id"] for a in details] == j["articles"], path
    assert all(a.get("title") for a in details), path
    assert any(a.get("date") for a in details) and any(a.get("source") for a in details), path
PY
stop_server

# The command line wins over the file: --max-limit 20 beats max-limit = 7,
# --index on the command line replaces the file's.
start_server 60 --config "$WORK/serve.conf" --max-limit 20 --index "$IDX"
curl -sf "${URL}api/search?q=scene&limit=20" >/dev/null || fail "--max-limit on the command line did not win"
curl -sf "${URL}api/health" | grep -q "\"index\":\[\"$IDX\"\]" || fail "index listed twice or wrong: $(curl -s "${URL}api/health")"
stop_server

# Errors name the file.
expect_status 2 "$SERVE" --config "$WORK/missing.conf"
grep -q "missing.conf" "$WORK/err" || fail "no file name in: $(cat "$WORK/err")"
printf 'index = %s\nno-such-setting = 1\n' "$IDX" >"$WORK/bad.conf"
expect_status 2 "$SERVE" --config "$WORK/bad.conf"
grep -q "bad.conf" "$WORK/err" && grep -q "no-such-setting" "$WORK/err" || fail "bad setting error: $(cat "$WORK/err")"
printf 'index = %s\nthreads = many\n' "$IDX" >"$WORK/bad2.conf"
expect_status 2 "$SERVE" --config "$WORK/bad2.conf"
grep -q "bad2.conf" "$WORK/err" || fail "bad value error: $(cat "$WORK/err")"
# The example shipped in dist/ is a valid config file.
expect_status 0 "$SERVE" --config "$SRC/dist/drama-serve.conf" --version
echo "test_serve_config: ok"
