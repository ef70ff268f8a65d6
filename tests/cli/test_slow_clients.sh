#!/usr/bin/env bash
# drama-serve under slow and idle clients: 1,000 half-open connections do not
# stop /api/health, /api/search or 8 concurrent clients; the per-address cap
# closes the oldest half-open connection; the header timeout closes a stalled
# one; 431 for a large header, 405 for unknown methods; an access log line
# per request. Bounds are generous (1 s per request, loaded 2-core machines;
# SLOW_CLIENT_BOUND seconds where set, as for sanitizer builds).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/serve_lib.sh"
IDX=$WORK/idx
expect_status 0 "$INDEXER" --quiet --index "$IDX" "$SRC/corpus/articles"
SLOW="python3 $SRC/tests/cli/slow_clients.py"
BOUND=${SLOW_CLIENT_BOUND:-1.0}

# 1,000 half-open connections held (cap above it), while others are answered.
start_server 180 --index "$IDX" --threads 2 --max-connections-per-ip 2000 --header-timeout 300
$SLOW "$URL" 1000 8 50 "$BOUND" >"$WORK/slow" || fail "with 1000 half-open: $(cat "$WORK/slow")"
cat "$WORK/slow"
grep -q "8 clients: 400/400 answered 200" "$WORK/slow" || fail "$(cat "$WORK/slow")"
grep -q "still held by the server: 1000" "$WORK/slow" || fail "half-open connections dropped early: $(cat "$WORK/slow")"
stop_server

# The default cap per address: 300 half-open from one address leave at most
# 100 open, and requests from that same address still get through.
start_server 120 --index "$IDX" --max-connections-per-ip 100 --header-timeout 60
$SLOW "$URL" 300 2 10 "$BOUND" >"$WORK/cap" || fail "with a cap of 100: $(cat "$WORK/cap")"
held=$(sed -n 's/.*still held by the server: \([0-9]*\)/\1/p' "$WORK/cap")
[ "$held" -le 100 ] || fail "the per-address cap of 100 holds $held: $(cat "$WORK/cap")"
echo "cap 100: $held of 300 half-open held"
stop_server

# A stalled header is closed after --header-timeout; protocol errors.
start_server 120 --index "$IDX" --header-timeout 1
python3 - "$URL" <<'PY' || fail "header timeout"
import socket, sys, time, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
s = socket.create_connection((u.hostname, u.port))
s.sendall(b"GET /api/health HTTP/1.1\r\nHost: x\r\n")
s.settimeout(15)
t = time.monotonic()
data = s.recv(100)  # b"" once the server closes it
assert data == b"" and time.monotonic() - t < 10, (data, time.monotonic() - t)
PY
big=$(head -c 20000 /dev/zero | tr '\0' a)
code=$(curl -s -m 10 -o "$WORK/h431" -w '%{http_code}' -H "X-Big: $big" "${URL}api/health") || true
[ "$code" = 431 ] || fail "large header: $code"
code=$(curl -s -m 10 -o "$WORK/h405" -w '%{http_code}' -X DELETE "${URL}api/search?q=x") || true
[ "$code" = 405 ] || fail "DELETE: $code"
code=$(curl -s -m 10 -o "$WORK/h405b" -w '%{http_code}' -X BREW "${URL}") || true
[ "$code" = 405 ] || fail "BREW: $code"
code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X OPTIONS -H 'Origin: http://elsewhere.example' \
  -D "$WORK/cors" "${URL}api/search?q=x") || true
[ "$code" = 405 ] || fail "OPTIONS: $code"
grep -qi '^Access-Control' "$WORK/cors" && fail "CORS headers sent: $(cat "$WORK/cors")"
curl -s -m 10 -I "${URL}api/health" >"$WORK/head" || fail "HEAD"
grep -q '^HTTP/1.1 200' "$WORK/head" || fail "HEAD: $(cat "$WORK/head")"
for f in h431 h405 h405b; do
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert set(d)=={"error"}, d' "$WORK/$f" ||
    fail "$f is not a JSON error: $(cat "$WORK/$f")"
done
curl -s -m 10 "${URL}api/search?q=rain" >/dev/null
stop_server
# One access log line per request: time, method, path, status, duration.
grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z GET /api/search 200 [0-9.]+ms$' "$WORK/serve.err" ||
  fail "no access log line: $(tail -5 "$WORK/serve.err")"
grep -Eq ' (-|GET) (-|/api/health) 431 ' "$WORK/serve.err" || fail "431 not logged: $(tail -5 "$WORK/serve.err")"
grep -Eq ' DELETE /api/search 405 ' "$WORK/serve.err" || fail "405 not logged"
echo ok
