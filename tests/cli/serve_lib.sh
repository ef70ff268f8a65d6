# Starting and stopping drama-serve for the CLI tests (sourced after lib.sh).
SERVE=$(dirname "$INDEXER")/drama-serve
[ -x "$SERVE" ] || fail "no drama-serve next to $INDEXER"
command -v curl >/dev/null || fail "curl is not installed (scripts/setup installs it)"
SERVER_PID=
URL=
# stop_server: SIGTERM, then SIGKILL after 3 s. SERVER_PID is the `timeout`
# wrapper, which passes SIGTERM on to drama-serve.
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
  pkill -KILL -P "$SERVER_PID" 2>/dev/null || true
  kill -KILL "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=
}
trap 'stop_server; rm -rf "$WORK"' EXIT
# start_server SECONDS ARGS...: drama-serve ARGS on a free port of 127.0.0.1
# for at most SECONDS; sets SERVER_PID and, once the server prints it, URL.
start_server() {
  local seconds=$1; shift
  timeout "$seconds" "$SERVE" --listen 127.0.0.1:0 "$@" >"$WORK/serve.out" 2>"$WORK/serve.err" &
  SERVER_PID=$!
  URL=
  for _ in $(seq 100); do
    URL=$(sed -n 's|^drama-serve: listening on \(http://127\.0\.0\.1:[0-9]*/\)$|\1|p' "$WORK/serve.out")
    [ -n "$URL" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || fail "drama-serve exited: $(cat "$WORK/serve.err")"
    sleep 0.1
  done
  fail "drama-serve printed no URL: $(cat "$WORK/serve.out" "$WORK/serve.err")"
}
