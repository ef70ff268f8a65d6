// drama-serve: a small HTTP server over the dramasearch library — a JSON API
// (docs/http-api.md) and a search page compiled into the binary
// (query/serve/web/). HTTP is cpp-httplib's; routes.cc maps requests to the
// library, run_server.cc runs the server until SIGINT/SIGTERM.
#include <iostream>
#include <memory>

#include <httplib.h>

#include "dramasearch/error.h"
#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"
#include "query/serve/routes.h"
#include "query/serve/run_server.h"
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

  drama_serve::block_stop_signals();
  httplib::Server server;
  const unsigned threads = config.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  server.set_read_timeout(config.timeout_s, 0);
  server.set_write_timeout(config.timeout_s, 0);
  server.set_keep_alive_timeout(5);
  server.set_keep_alive_max_count(100);
  server.set_payload_max_length(config.max_body_kb * 1024);
  drama_serve::add_routes(server, config, *pipeline);
  return drama_serve::run_until_signal(server, config);
}
