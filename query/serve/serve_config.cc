#include "query/serve/serve_config.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
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

// Adds the settings of config file `path` to `vm` where the command line
// left them unset (or at their defaults). False after printing an error
// that names the file.
bool merge_config_file(const std::string& path, const boost::program_options::options_description& settings,
                       boost::program_options::variables_map& vm) {
  namespace po = boost::program_options;
  std::ifstream in(path);
  if (!in) {
    std::cerr << "drama-serve: cannot read config file " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  po::variables_map from_file;
  try {
    po::store(po::parse_config_file(in, settings), from_file);
  } catch (const po::error& e) {
    std::cerr << "drama-serve: config file " << path << ": " << e.what() << "\n";
    return false;
  }
  for (const auto& [name, value] : from_file) {
    const auto it = vm.find(name);
    if (it != vm.end() && !it->second.defaulted()) continue;  // the command line wins
    if (it != vm.end()) vm.erase(it);
    vm.insert({name, value});
  }
  return true;
}

}  // namespace

int parse_serve_command(int argc, char** argv, ServeConfig& config) {
  namespace po = boost::program_options;
  config.threads = std::clamp(std::thread::hardware_concurrency(), 2u, 8u);
  std::string config_file;
  po::options_description general(kUsage);
  general.add_options()
      ("help,h", "show this help")
      ("version,V", "show the versions of the program, the index schema, Xapian and ICU")
      ("config,c", po::value(&config_file),
       "read settings from FILE: lines 'name = value' with the long option names below, '#' comments; "
       "options on the command line win");
  // The settings a config file may hold too.
  po::options_description settings("Settings (command line or config file)");
  settings.add_options()
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
  po::options_description all;
  all.add(general).add(settings);

  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, all), vm);
  } catch (const po::error& e) {
    std::cerr << "drama-serve: " << e.what() << "\nTry 'drama-serve --help'.\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << all << "\n";
    return 0;
  }
  // The config file is read before --version, so `--config FILE --version` checks FILE.
  if (vm.count("config") && !merge_config_file(vm["config"].as<std::string>(), settings, vm)) return 2;
  if (vm.count("version")) {
    std::cout << dramasearch::tools::version_text("drama-serve");
    return 0;
  }
  try {
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "drama-serve: " << e.what() << "\nTry 'drama-serve --help'.\n";
    return 2;
  }
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
