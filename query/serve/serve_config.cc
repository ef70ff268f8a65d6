#include "query/serve/serve_config.h"

#include <algorithm>
#include <charconv>
#include <iostream>
#include <thread>

#include <boost/program_options.hpp>

#include "indexer/cli/command_line.h"

namespace drama_serve {
namespace {

const char* kUsage = R"(Usage: drama-serve --index DIR [--index DIR...] [options]

Serves a search page and a JSON API (docs/http-api.md) over dramasearch
indexes. Listens on the loopback interface unless --listen names another
address. SIGINT or SIGTERM stops it once the requests in progress are done.

Options)";

// Host and port of "HOST:PORT", "[V6]:PORT" or ":PORT" (loopback).
bool parse_listen(const std::string& s, std::string& host, int& port) {
  const auto colon = s.rfind(':');
  if (colon == std::string::npos) return false;
  host = s.substr(0, colon);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) host = "127.0.0.1";
  const std::string p = s.substr(colon + 1);
  const auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), port);
  return ec == std::errc() && end == p.data() + p.size() && port >= 0 && port <= 65535;
}

}  // namespace

int parse_serve_command(int argc, char** argv, ServeConfig& config) {
  namespace po = boost::program_options;
  config.threads = std::clamp(std::thread::hardware_concurrency(), 2u, 8u);
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("index,i", po::value(&config.indexes)->composing(),
       "index directory, or tcp://HOST:PORT of a remote shard (required; repeat to search several as one)")
      ("listen,l", po::value(&config.listen)->default_value(config.listen),
       "address and port to listen on; port 0 picks a free one (printed at start)")
      ("threads,t", po::value(&config.threads)->default_value(config.threads), "worker threads, each with its own Searcher")
      ("max-body-kb", po::value(&config.max_body_kb)->default_value(config.max_body_kb),
       "reject request bodies larger than this many KiB (413)")
      ("max-query-bytes", po::value(&config.max_query_bytes)->default_value(config.max_query_bytes),
       "reject longer queries (413)")
      ("max-limit", po::value(&config.max_limit)->default_value(config.max_limit), "largest accepted limit=")
      ("data-dir", po::value(&config.searcher.data_dir),
       "spin-repair data files the index was built with (drama-index --data-dir), for queries and /api/despin")
      ("timeout", po::value(&config.timeout_s)->default_value(config.timeout_s),
       "seconds to wait for a client to send a request body or receive a response")
      ("header-timeout", po::value(&config.header_timeout_s)->default_value(config.header_timeout_s),
       "seconds a client has to send a whole request header; also how long an idle connection stays open")
      ("max-header-kb", po::value(&config.max_header_kb)->default_value(config.max_header_kb),
       "reject request headers larger than this many KiB (431)")
      ("max-connections-per-ip", po::value(&config.max_per_ip)->default_value(config.max_per_ip),
       "open connections allowed from one address; over it, its oldest connection still waiting for a header is "
       "closed")
      ("max-connections", po::value(&config.max_connections)->default_value(config.max_connections),
       "open connections allowed in all, with the same rule")
      ("no-access-log", po::bool_switch()->notifier([&config](bool off) { config.access_log = !off; }),
       "do not log each request on stderr");
  po::variables_map vm;
  if (int rc = dramasearch::tools::parse_command_line("drama-serve", argc, argv, desc, desc, {}, vm); rc >= 0)
    return rc;
  if (config.indexes.empty()) {
    std::cerr << "drama-serve: --index DIR is required\nTry 'drama-serve --help'.\n";
    return 2;
  }
  if (!parse_listen(config.listen, config.host, config.port)) {
    std::cerr << "drama-serve: --listen must be HOST:PORT, not '" << config.listen << "'\n";
    return 2;
  }
  if (config.header_timeout_s == 0 || config.timeout_s == 0 || config.max_header_kb == 0 || config.max_per_ip == 0 ||
      config.max_connections == 0) {
    std::cerr << "drama-serve: --timeout, --header-timeout, --max-header-kb and the connection limits must be "
                 "positive\n";
    return 2;
  }
  if (config.threads == 0 || config.threads > 256) {
    std::cerr << "drama-serve: --threads must be between 1 and 256\n";
    return 2;
  }
  return -1;
}

}  // namespace drama_serve
