// drama-serve: a small HTTP server over the dramasearch library — a JSON API
// (docs/http-api.md) and a search page compiled into the binary (serve/web/).
// HTTP is cpp-httplib's; this file only maps requests to the library.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "dramasearch/despin.h"
#include "dramasearch/error.h"
#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"
#include "indexer/cli/command_line.h"
#include "query/cli/json_output.h"

namespace po = boost::program_options;
using dramasearch::SearchOptions;

namespace drama_serve {
std::string_view web_asset(std::string_view name);  // generated from serve/web/ by cmake/embed_data.cmake
}

namespace {

const char* kUsage = R"(Usage: drama-serve --index DIR [--index DIR...] [options]

Serves a search page and a JSON API (docs/http-api.md) over dramasearch
indexes. Listens on the loopback interface unless --listen names another
address. SIGINT or SIGTERM stops it once the requests in progress are done.

Options)";

struct Config {
  std::vector<std::string> indexes;
  std::size_t max_query_bytes = 8192;
  std::size_t max_limit = 100;
  unsigned remote_timeout_ms = 10000;
};

const Config* g_config = nullptr;

// An HTTP error answered as {"error": message}.
struct HttpError {
  int status;
  std::string message;
};

void send_json(httplib::Response& res, const nlohmann::json& j, int status = 200) {
  res.status = status;
  res.set_content(dramasearch::tools::dump(j) + "\n", "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}}, status);
}

// The Searcher of the calling worker thread (a Searcher is not thread-safe),
// opened on first use and moved to the latest committed revision before each
// request. Throws HttpError 503 when the index cannot be opened.
dramasearch::Searcher& thread_searcher() {
  thread_local std::unique_ptr<dramasearch::Searcher> searcher;
  try {
    if (!searcher)
      searcher = std::make_unique<dramasearch::Searcher>(g_config->indexes, g_config->remote_timeout_ms);
    else
      searcher->reopen();
  } catch (const std::exception& e) {
    searcher.reset();  // try again on the next request
    throw HttpError{503, std::string("index unavailable: ") + e.what()};
  }
  return *searcher;
}

std::optional<std::string> param(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

bool flag(const httplib::Request& req, const char* name) {
  const auto v = param(req, name);
  if (!v) return false;
  if (*v == "" || *v == "1" || *v == "true" || *v == "yes" || *v == "on") return true;
  if (*v == "0" || *v == "false" || *v == "no" || *v == "off") return false;
  throw HttpError{400, std::string(name) + " must be 1 or 0, not '" + *v + "'"};
}

std::size_t number(const httplib::Request& req, const char* name, std::size_t fallback, std::size_t max) {
  const auto v = param(req, name);
  if (!v || v->empty()) return fallback;
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size())
    throw HttpError{400, std::string(name) + " must be a non-negative integer, not '" + *v + "'"};
  if (n > max) throw HttpError{400, std::string(name) + " must be at most " + std::to_string(max)};
  return n;
}

void check_date(const std::string& name, const std::string& v) {
  const bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-' &&
                  std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
  if (!ok) throw HttpError{400, name + " must be YYYY-MM-DD, not '" + v + "'"};
}

void check_query_size(const std::string& what, const std::string& v) {
  if (v.size() > g_config->max_query_bytes)
    throw HttpError{413, what + " is longer than " + std::to_string(g_config->max_query_bytes) + " bytes"};
}

// Runs a handler body, mapping failures to JSON errors.
template <typename F>
httplib::Server::Handler api(F f) {
  return [f](const httplib::Request& req, httplib::Response& res) {
    try {
      f(req, res);
    } catch (const HttpError& e) {
      if (e.status == 503) res.set_header("Retry-After", "5");
      send_error(res, e.status, e.message);
    } catch (const dramasearch::Error& e) {
      send_error(res, 400, e.what());
    } catch (const std::exception& e) {
      std::cerr << "drama-serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
      send_error(res, 500, "internal error");
    }
  };
}

void search(const httplib::Request& req, httplib::Response& res) {
  SearchOptions opt;
  const std::string q = param(req, "q").value_or("");
  check_query_size("q", q);
  opt.max_query_bytes = g_config->max_query_bytes;
  opt.limit = number(req, "limit", 10, g_config->max_limit);
  opt.offset = number(req, "offset", 0, 100000);
  opt.all_passages = flag(req, "all_passages");
  opt.facets = flag(req, "facets");
  opt.explain = flag(req, "explain");
  opt.original_text = flag(req, "original");
  for (std::size_t i = 0, n = req.get_param_value_count("cast"); i < n; ++i) {
    auto c = req.get_param_value("cast", i);
    check_query_size("cast", c);
    if (!c.empty()) opt.cast.push_back(std::move(c));
  }
  opt.drama = param(req, "drama").value_or("");
  check_query_size("drama", opt.drama);
  opt.kind = param(req, "kind").value_or("");
  if (!opt.kind.empty() && opt.kind != "scene" && opt.kind != "cast" && opt.kind != "other")
    throw HttpError{400, "kind must be scene, cast or other, not '" + opt.kind + "'"};
  opt.since = param(req, "since").value_or("");
  opt.until = param(req, "until").value_or("");
  if (!opt.since.empty()) check_date("since", opt.since);
  if (!opt.until.empty()) check_date("until", opt.until);
  const std::string spun = param(req, "spun").value_or("any");
  if (spun == "only") opt.spun = SearchOptions::Spun::kOnly;
  else if (spun == "exclude") opt.spun = SearchOptions::Spun::kExclude;
  else if (spun != "any" && !spun.empty()) throw HttpError{400, "spun must be any, only or exclude, not '" + spun + "'"};

  auto& searcher = thread_searcher();
  const auto result = searcher.search(q, opt);
  nlohmann::json hits = nlohmann::json::array();
  for (const auto& h : result.hits) hits.push_back(dramasearch::tools::hit_json(h, opt.explain));
  nlohmann::json j = {{"query", q},
                      {"query_text", result.query_text},
                      {"offset", opt.offset},
                      {"limit", opt.limit},
                      {"total_estimate", result.total_estimate},
                      {"hits", hits}};
  if (opt.facets) j["facets"] = dramasearch::tools::facets_json(result.facets);
  send_json(res, j);
}

std::string required(const httplib::Request& req, const char* name) {
  auto v = param(req, name).value_or("");
  if (v.empty()) throw HttpError{400, std::string("parameter '") + name + "' is required"};
  check_query_size(name, v);
  return v;
}

const char* content_type(std::string_view name) {
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return "text/html; charset=utf-8";
}

void serve_asset(httplib::Response& res, std::string_view name) {
  const auto data = drama_serve::web_asset(name);
  if (data.empty()) return send_error(res, 404, "not found");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::string(data), content_type(name));
}

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

int main(int argc, char** argv) {
  Config config;
  std::string listen = "127.0.0.1:8080";
  unsigned threads = std::clamp(std::thread::hardware_concurrency(), 2u, 8u);
  std::size_t max_body_kb = 1024;
  unsigned timeout_s = 10;
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("index,i", po::value(&config.indexes)->composing(),
       "index directory, or tcp://HOST:PORT of a remote shard (required; repeat to search several as one)")
      ("listen,l", po::value(&listen)->default_value(listen),
       "address and port to listen on; port 0 picks a free one (printed at start)")
      ("threads,t", po::value(&threads)->default_value(threads), "worker threads, each with its own Searcher")
      ("max-body-kb", po::value(&max_body_kb)->default_value(max_body_kb),
       "reject request bodies larger than this many KiB (413)")
      ("max-query-bytes", po::value(&config.max_query_bytes)->default_value(config.max_query_bytes),
       "reject longer queries (413)")
      ("max-limit", po::value(&config.max_limit)->default_value(config.max_limit), "largest accepted limit=")
      ("timeout", po::value(&timeout_s)->default_value(timeout_s),
       "seconds to wait for a client to send or receive (read/write timeout)");
  po::variables_map vm;
  if (int rc = dramasearch::tools::parse_command_line("drama-serve", argc, argv, desc, desc, {}, vm); rc >= 0) return rc;
  if (config.indexes.empty()) {
    std::cerr << "drama-serve: --index DIR is required\nTry 'drama-serve --help'.\n";
    return 2;
  }
  std::string host;
  int port = 0;
  if (!parse_listen(listen, host, port)) {
    std::cerr << "drama-serve: --listen must be HOST:PORT, not '" << listen << "'\n";
    return 2;
  }
  if (threads == 0 || threads > 256) {
    std::cerr << "drama-serve: --threads must be between 1 and 256\n";
    return 2;
  }
  g_config = &config;

  // Open the index once now, to report a wrong path early; requests answer
  // 503 until it can be opened.
  try {
    dramasearch::Searcher probe(config.indexes, config.remote_timeout_ms);
  } catch (const std::exception& e) {
    std::cerr << "drama-serve: warning: " << e.what() << "; answering 503 until the index can be opened\n";
  }
  // The analysis chain, built once; a Pipeline is safe to share between threads.
  const dramasearch::Pipeline pipeline;

  // SIGINT/SIGTERM are blocked in every thread and taken by one thread with
  // sigwait(), which stops the server outside of any signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  httplib::Server svr;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_read_timeout(timeout_s, 0);
  svr.set_write_timeout(timeout_s, 0);
  svr.set_keep_alive_timeout(5);
  svr.set_keep_alive_max_count(100);
  svr.set_payload_max_length(max_body_kb * 1024);

  svr.Get("/api/search", api(search));
  svr.Get("/api/who", api([](const httplib::Request& req, httplib::Response& res) {
            const auto name = required(req, "name");
            send_json(res, dramasearch::tools::who_json(thread_searcher().who(name)));
          }));
  svr.Get("/api/cast-of", api([](const httplib::Request& req, httplib::Response& res) {
            const auto title = required(req, "title");
            send_json(res, dramasearch::tools::cast_of_json(thread_searcher().cast_of(title)));
          }));
  svr.Post("/api/despin", api([&pipeline](const httplib::Request& req, httplib::Response& res) {
             send_json(res, dramasearch::tools::despin_json(dramasearch::despin(pipeline, req.body)));
           }));
  svr.Get("/api/health", api([&config](const httplib::Request&, httplib::Response& res) {
            const auto st = thread_searcher().stats();
            send_json(res, {{"status", "ok"},
                            {"index", config.indexes},
                            {"passages", st.passages},
                            {"articles", st.articles},
                            {"schema_version", st.schema_version},
                            {"last_commit", st.last_commit},
                            {"repair", st.repair}});
          }));
  for (const char* p : {"/api/despin", "/api/search", "/api/who", "/api/cast-of", "/api/health"}) {
    const bool post = std::string_view(p) == "/api/despin";
    auto wrong = [post](const httplib::Request&, httplib::Response& res) {
      res.set_header("Allow", post ? "POST" : "GET");
      send_error(res, 405, post ? "use POST" : "use GET");
    };
    if (post) svr.Get(p, wrong);
    else svr.Post(p, wrong);
  }
  auto page = [](const httplib::Request&, httplib::Response& res) { serve_asset(res, "index.html"); };
  svr.Get("/", page);
  svr.Get("/repair", page);
  svr.Get(R"(/who/.+)", page);
  svr.Get(R"(/drama/.+)", page);
  svr.Get("/app.js", [](const httplib::Request&, httplib::Response& res) { serve_asset(res, "app.js"); });
  svr.Get("/style.css", [](const httplib::Request&, httplib::Response& res) { serve_asset(res, "style.css"); });

  // Errors that cpp-httplib answers itself (404 no route, 413 body too large,
  // 414 URI too long, 400 bad request) get a JSON body too.
  svr.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string msg = "error " + std::to_string(res.status);
    if (res.status == 404) msg = "not found";
    else if (res.status == 413) msg = "request body too large";
    else if (res.status == 414) {
      // The query string is over cpp-httplib's URI limit: a query too long, as for --max-query-bytes.
      res.status = 413;
      msg = "query too long (request URI over " + std::to_string(CPPHTTPLIB_REQUEST_URI_MAX_LENGTH) + " bytes)";
    }
    else if (res.status == 400) msg = "bad request";
    send_json(res, {{"error", msg}}, res.status);
    return httplib::Server::HandlerResponse::Handled;
  }));
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_error(res, 500, "internal error");
  });

  if (port == 0) {
    port = svr.bind_to_any_port(host);
    if (port < 0) port = 0;
  } else if (!svr.bind_to_port(host, port)) {
    port = 0;
  }
  if (port == 0) {
    std::cerr << "drama-serve: cannot listen on " << listen << "\n";
    return 2;
  }
  const bool v6 = host.find(':') != std::string::npos;
  std::cout << "drama-serve: listening on http://" << (v6 ? "[" + host + "]" : host) << ":" << port << "/"
            << std::endl;

  std::atomic<bool> stopping{false}, done{false};
  std::thread stopper([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (done) return;
    stopping = true;
    std::cerr << "drama-serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ", stopping\n";
    // stop() is a no-op until listen_after_bind() runs: repeat until it returned.
    while (!done) {
      svr.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  const bool ok = svr.listen_after_bind();  // returns after stop(), once the workers are done
  done = true;
  if (!stopping) {
    // listen failed by itself: wake the stopper thread so it can be joined.
    pthread_kill(stopper.native_handle(), SIGTERM);
  }
  stopper.join();
  if (!ok && !stopping) {
    std::cerr << "drama-serve: server failed\n";
    return 1;
  }
  return 0;
}
