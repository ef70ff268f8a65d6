#!/usr/bin/env bash
# drama-serve: JSON API, error statuses, the embedded page and a clean stop.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve_lib.sh"
IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles"

expect_status 0 "$SERVE" --help
grep -q -- '--listen' "$WORK/out" || fail "--help: $(cat "$WORK/out")"
expect_status 2 "$SERVE"

# Port 0: the server picks a free port and prints its URL.
start_server 120 --index "$IDX" --threads 2 --max-body-kb 4 --max-query-bytes 200
for _ in $(seq 100); do
  curl -sf -m 5 "${URL}api/health" >"$WORK/health" && break
  kill -0 "$SERVER_PID" 2>/dev/null || fail "drama-serve exited: $(cat "$WORK/serve.err")"
  sleep 0.1
done
[ -s "$WORK/health" ] || fail "no health answer: $(cat "$WORK/serve.out" "$WORK/serve.err")"

# get NAME CODE PATH [curl args...]: fetches URL+PATH into $WORK/NAME, checks the status.
get() {
  local name=$1 want=$2 path=$3; shift 3
  local got
  got=$(curl -s -m 10 -o "$WORK/$name" -w '%{http_code}' "$@" "$URL$path") || true
  [ "$got" = "$want" ] || fail "$path: expected HTTP $want, got $got: $(head -c 500 "$WORK/$name" 2>/dev/null)"
}
get search 200 'api/search?q=camping+car+scene&limit=3&facets=1&explain=1'
get page2 200 'api/search?q=camping+car+scene&limit=3&offset=3'
get filtered 200 'api/search?q=scene&kind=scene&spun=exclude&limit=5'
get original 200 'api/search?q=camping+car+scene&spun=only&original=1&limit=3'
get who 200 'api/who?name=Kim%20Young%20Seo'
get castof 200 'api/cast-of?title=Our%20Summer%20on%20Wheels'
get copies 200 'api/copies?id=spun-wire-001'
get nocopy 404 'api/copies?id=no-such-article'
get despin 200 'api/despin' --data-binary $'The video begins at the seaside.\n\nThey filmed inside the tenting automotive with a digicam.\n'
python3 - "$WORK" <<'PY'
import json, sys
w = sys.argv[1]
load = lambda n: json.load(open(f"{w}/{n}"))
h = load("health")
for f in ("index", "passages", "articles", "schema_version", "last_commit", "repair"):
    assert f in h, (f, h)
assert h["articles"] > 0 and h["passages"] >= h["articles"], h
s = load("search")
for f in ("query", "total_estimate", "hits", "facets"):
    assert f in s, (f, s.keys())
assert s["query"] == "camping car scene" and s["total_estimate"] >= 1 and 1 <= len(s["hits"]) <= 3, s
for hit in s["hits"]:
    for f in ("rank", "score", "article_id", "passage", "passage_id", "title", "date", "source", "url",
              "spun", "spin_score", "kind", "drama", "cast", "text", "snippet", "explain"):
        assert f in hit, (f, hit)
    assert hit["passage_id"].startswith(hit["article_id"] + "#")
assert any("<b>" in hit["snippet"] for hit in s["hits"]), s["hits"]
assert [x["rank"] for x in s["hits"]] == list(range(1, len(s["hits"]) + 1))
for k in ("people", "dramas", "kinds"):
    assert isinstance(s["facets"][k], list), s["facets"]
    for c in s["facets"][k]:
        assert set(c) == {"value", "count"} and c["count"] > 0, c
assert s["facets"]["kinds"], s["facets"]
p2 = load("page2")
assert "facets" not in p2
assert all(x["rank"] > 3 for x in p2["hits"]), p2
f = load("filtered")
assert f["hits"] and all(x["kind"] == "scene" and not x["spun"] for x in f["hits"]), f
o = load("original")
assert o["hits"] and all(x["spun"] for x in o["hits"]), o
who = load("who")
assert who["name"] == "Kim Young Seo" and who["passages"] > 0 and who["articles"] and isinstance(who["roles"], list), who
for r in who["roles"]:
    assert set(r) == {"drama", "character", "articles", "confidence"} and 0 < r["confidence"] <= 1, r
c = load("castof")
assert c["passages"] > 0 and any(m["name"] == "Kim Young Seo" for m in c["cast"]), c
cp = load("copies")
assert cp["id"] == "spun-wire-001" and cp["copies"][0]["article_id"] == "wire-001" and cp["copies"][0]["original"], cp
assert "error" in load("nocopy")
d = load("despin")
assert "camping car" in d["text"] and d["text"].count("\n") == 3, d
assert d["spin_score"] > 0
for e in d["edits"]:
    assert set(e) >= {"offset", "length", "spun", "repaired", "reason", "applied"}, e
assert any(e["applied"] and e["repaired"] == "camping car" for e in d["edits"]), d
PY

# Errors: JSON {"error": ...} with the documented status.
get e1 400 'api/search?q=scene&kind=bogus'
grep -q '"error":"kind must be' "$WORK/e1" || fail "bad kind: $(cat "$WORK/e1")"
get e2 400 'api/search?q=scene&spun=maybe'
grep -q '"error":"spun must be any, only or exclude, not' "$WORK/e2" || fail "bad spun: $(cat "$WORK/e2")"
get e3 400 'api/search?q=scene&limit=ten'
get e4 400 'api/search?q=scene&since=yesterday'
grep -q '"error":"since must be YYYY-MM-DD, not' "$WORK/e4" || fail "bad since: $(cat "$WORK/e4")"
get e5 400 'api/search?q='
get e6 400 'api/who'
get e7 404 'no/such/page'
get e8 404 'api/nothing'
head -c 20000 /dev/zero | tr '\0' x >"$WORK/big"
get e9 413 'api/despin' --data-binary @"$WORK/big"
get e10 413 "api/search?q=$(head -c 300 /dev/zero | tr '\0' a)"
get e11 405 'api/despin'
for e in e1 e2 e3 e4 e5 e6 e7 e8 e9 e10 e11; do
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(d)=={"error"} and d["error"], d' "$WORK/$e" ||
    fail "$e is not a JSON error: $(cat "$WORK/$e")"
done
grep -qi 'traceback\|terminate called' "$WORK/serve.err" && fail "server error output: $(cat "$WORK/serve.err")"

# The page and its assets come from the binary, with no outside resources.
get page 200 ''
grep -q '<label for="q"' "$WORK/page" || fail "GET /: $(head -c 300 "$WORK/page")"
get page_who 200 'who/Kim%20Young%20Seo'
get page_repair 200 'repair'
get js 200 'app.js'
get css 200 'style.css'
grep -q 'api/search' "$WORK/js" || fail "app.js"
grep -Eq '(src|href)="(https?:)?//' "$WORK/page" && fail "page loads an outside resource"

# SIGTERM stops the server cleanly with exit 0.
kill -TERM "$SERVER_PID"
set +e; wait "$SERVER_PID"; rc=$?; set -e
SERVER_PID=
[ "$rc" -eq 0 ] || fail "drama-serve exited $rc after SIGTERM: $(cat "$WORK/serve.err")"

# An index that cannot be opened: 503 with Retry-After, not a crash.
start_server 60 --index "$WORK/missing"
get unavailable 503 'api/health' -D "$WORK/headers"
grep -qi '^Retry-After:' "$WORK/headers" || fail "no Retry-After"
kill -INT "$SERVER_PID"
set +e; wait "$SERVER_PID"; rc=$?; set -e
SERVER_PID=
[ "$rc" -eq 0 ] || fail "drama-serve exited $rc after SIGINT"
echo ok
