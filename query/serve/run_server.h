// Running drama-serve's HTTP server until SIGINT or SIGTERM.
#pragma once

#include <httplib.h>

#include "query/serve/serve_config.h"

namespace drama_serve {

// Blocks SIGINT and SIGTERM in every thread (call it before any thread
// starts), so that run_until_signal() takes them with sigwait(), outside
// of any signal handler; ignores SIGPIPE.
void block_stop_signals();

// Binds to config.host:config.port (0: a free port), prints the URL on
// stdout and serves until SIGINT/SIGTERM, letting the requests in progress
// finish. Returns the exit status: 0 stopped by a signal, 1 the server
// failed, 2 cannot listen.
int run_until_signal(httplib::Server& server, const ServeConfig& config);

}  // namespace drama_serve
