// drama-serve: a small HTTP server over the dramasearch library — a JSON API
// (docs/http-api.md) and a search page compiled into the binary
// (query/serve/web/). routes.cc maps requests to the library, router.cc
// picks the route, http_server.cc speaks HTTP (Boost.Beast) until
// SIGINT/SIGTERM.
#include <iostream>
#include <memory>

#include <signal.h>

#include "dramasearch/error.h"
#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"
#include "query/serve/routes.h"
#include "query/serve/http_server.h"
#include "query/serve/router.h"
#include "query/serve/serve_config.h"

int main(int argc, char** argv) {
  drama_serve::ServeConfig config;
  if (int rc = drama_serve::parse_serve_command(argc, argv, config); rc >= 0) return rc;

  // Open the index once now, to report a wrong path early; requests answer
  // 503 until it can be opened.
  try {
    dramasearch::Searcher probe(config.indexes, config.searcher);
    for (const auto& w : probe.warnings()) std::cerr << "drama-serve: warning: " << w << "\n";
  } catch (const std::exception& e) {
    std::cerr << "drama-serve: warning: " << e.what() << "; answering 503 until the index can be opened\n";
  }
  // The analysis chain of /api/despin, built once; a Pipeline is safe to share between threads.
  std::unique_ptr<dramasearch::Pipeline> pipeline;
  try {
    pipeline = std::make_unique<dramasearch::Pipeline>(dramasearch::Pipeline::Options{true, config.searcher.data_dir});
  } catch (const dramasearch::Error& e) {
    std::cerr << "drama-serve: " << e.what() << "\n";
    return 2;
  }

  signal(SIGPIPE, SIG_IGN);  // a client that went away is an error on its socket, not a signal
  drama_serve::Router router;
  drama_serve::add_routes(router, config, *pipeline);
  return drama_serve::serve_http(router, config);
}
