// drama-serve's network side: HTTP/1.1 on Boost.Beast over Asio.
//
// One I/O thread accepts connections and reads requests asynchronously, so
// a slow or idle client holds only a socket, never a worker; a complete
// request goes to a pool of `config.threads` workers that run the Router's
// handlers (each worker keeps its own Searcher). Limits, each answered
// before any handler runs:
//   - the request header must arrive within --header-timeout seconds (also
//     the idle time allowed between keep-alive requests); the body and the
//     response each get --timeout seconds;
//   - a header over --max-header-kb: 431; a body over --max-body-kb: 413;
//     a method other than GET, HEAD or POST: 405; malformed HTTP: 400;
//   - at most --max-connections-per-ip connections from one address and
//     --max-connections in all: a new connection over the cap closes the
//     oldest one of that address (or of all) that is still waiting for its
//     header; when none is waiting, the new one is refused.
// Every request is logged as one line on stderr (unless --no-access-log):
//   2026-12-05T06:00:00Z GET /api/search 200 3.1ms
// No CORS headers are sent: the API is for the same-origin search page and
// for programs; browsers on other origins cannot read its answers.
#pragma once

#include "query/serve/router.h"
#include "query/serve/serve_config.h"

namespace drama_serve {

// Binds to config.host:config.port (0: a free port), prints
// "drama-serve: listening on http://HOST:PORT/" on stdout and serves until
// SIGINT/SIGTERM, then stops accepting, closes idle connections, lets the
// requests in progress finish and returns. Returns the exit status: 0
// stopped by a signal, 2 cannot listen.
int serve_http(const Router& router, const ServeConfig& config);

}  // namespace drama_serve
