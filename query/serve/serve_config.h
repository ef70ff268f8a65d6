// drama-serve's command line: what to serve and how.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dramasearch/searcher.h"

namespace drama_serve {

struct ServeConfig {
  std::vector<std::string> indexes;
  dramasearch::SearcherOptions searcher;  // data directory (queries and /api/despin), remote shards
  std::size_t max_query_bytes = 8192;
  std::size_t max_limit = 100;
  std::string listen = "127.0.0.1:8080";
  std::string host;  // from `listen`
  int port = 0;      // from `listen`; 0: any free port
  unsigned threads = 2;
  std::size_t max_body_kb = 1024;
  unsigned timeout_s = 10;  // client read/write timeout
  unsigned header_timeout_s = 10;   // to receive a request header, and idle time between requests
  std::size_t max_header_kb = 16;   // larger request headers: 431
  std::size_t max_per_ip = 256;     // open connections from one client address
  std::size_t max_connections = 10000;
  bool access_log = true;           // one line per request on stderr
};

// Parses and checks argv into `config`. Returns -1 when drama-serve should
// go on; otherwise the exit status after printing the help (0) or a usage
// error (2).
int parse_serve_command(int argc, char** argv, ServeConfig& config);

}  // namespace drama_serve
