#include "query/serve/http_server.h"

#include <signal.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <list>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace drama_serve {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

constexpr std::size_t kMaxTargetBytes = 8192;  // a longer request URI: 413, as a query over the limit

// "2026-12-05T06:00:00Z GET /api/search 200 3.1ms", one write per line.
void log_request(const std::string& method, const std::string& path, int status, Clock::time_point start) {
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
  std::string p;  // no spaces or control characters in a log field
  for (char c : path.empty() ? std::string("-") : path) p += (static_cast<unsigned char>(c) <= ' ' ? '_' : c);
  char line[160];
  const int n = std::snprintf(line, sizeof line, "%s %s ", when, method.empty() ? "-" : method.c_str());
  std::string out(line, n > 0 ? std::min<std::size_t>(n, sizeof line - 1) : 0);
  out += p.substr(0, 2048);
  std::snprintf(line, sizeof line, " %d %.1fms\n", status, ms);
  out += line;
  std::fwrite(out.data(), 1, out.size(), stderr);
}

class Session;

// The state shared by all connections; touched only by the I/O thread.
struct ServerState {
  const Router& router;
  const ServeConfig& config;
  asio::io_context& ioc;
  asio::thread_pool& workers;
  bool stopping = false;
  std::size_t open = 0;
  std::unordered_map<std::string, std::list<Session*>> by_address;

  // Makes room for one more connection from `address`; false to refuse it.
  bool admit(const std::string& address);
  void close_idle();  // at shutdown
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(ServerState& state, tcp::socket socket, std::string address)
      : state_(state), stream_(std::move(socket)), address_(std::move(address)) {
    auto& list = state_.by_address[address_];
    list.push_back(this);
    place_ = std::prev(list.end());
    ++state_.open;
  }
  ~Session() {
    auto it = state_.by_address.find(address_);
    it->second.erase(place_);
    if (it->second.empty()) state_.by_address.erase(it);
    --state_.open;
  }

  void start() { read_header(); }

  // Waiting for a request header (a new or an idle keep-alive connection),
  // and since when.
  bool waiting() const { return waiting_; }
  Clock::time_point waiting_since() const { return waiting_since_; }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

 private:
  void read_header() {
    if (state_.stopping) return close();
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(state_.config.max_header_kb * 1024));
    parser_->body_limit(state_.config.max_body_kb * 1024);
    waiting_ = true;
    waiting_since_ = Clock::now();
    stream_.expires_after(std::chrono::seconds(state_.config.header_timeout_s));
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  void on_header(beast::error_code ec) {
    waiting_ = false;
    start_ = Clock::now();
    if (ec == http::error::header_limit)
      return fail(431, "request header over " + std::to_string(state_.config.max_header_kb) + " KiB");
    if (ec == http::error::body_limit)
      return fail(413, "request body too large (over " + std::to_string(state_.config.max_body_kb) + " KiB)");
    if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted ||
        ec == asio::error::connection_reset || ec == asio::error::eof || state_.stopping)
      return close();
    if (ec) return fail(400, "bad request");
    const auto& head = parser_->get();
    method_ = std::string(head.method_string());
    target_ = std::string(head.target());
    if (head.method() != http::verb::get && head.method() != http::verb::head && head.method() != http::verb::post)
      return fail(405, "method " + method_ + " not allowed; use GET, HEAD or POST", "GET, HEAD, POST");
    if (target_.size() > kMaxTargetBytes)
      return fail(413, "query too long (request URI over " + std::to_string(kMaxTargetBytes) + " bytes)");
    stream_.expires_after(std::chrono::seconds(state_.config.timeout_s));
    if (parser_->is_done()) return run();
    if (beast::iequals(head[http::field::expect], "100-continue")) {
      static const std::string kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
      asio::async_write(stream_, asio::buffer(kContinue), [self = shared_from_this()](beast::error_code ec, std::size_t) {
        if (ec) return self->close();
        self->read_body();
      });
      return;
    }
    read_body();
  }

  void read_body() {
    http::async_read(stream_, buffer_, *parser_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec == http::error::body_limit)
        return self->fail(413, "request body too large (over " + std::to_string(self->state_.config.max_body_kb) +
                                   " KiB)");
      if (ec) return self->close();
      self->run();
    });
  }

  // Hands the request to a worker; the response comes back to the I/O thread.
  void run() {
    auto head = parser_->release();
    keep_alive_ = head.keep_alive();
    head_only_ = head.method() == http::verb::head;
    Request req;
    req.method = method_;
    parse_target(target_, req);
    path_ = req.path;
    req.body = std::move(head.body());
    asio::post(state_.workers, [self = shared_from_this(), req = std::move(req),
                                work = asio::make_work_guard(state_.ioc)]() mutable {
      Response res = self->state_.router.dispatch(req);
      // The last reference must not drop here: a Session is only touched by the I/O thread.
      auto& ioc = self->state_.ioc;
      asio::post(ioc, [self = std::move(self), res = std::move(res)]() mutable { self->write(std::move(res)); });
    });
  }

  void fail(int status, const std::string& message, const char* allow = nullptr) {
    Response res;
    send_json_error(res, status, message);
    if (allow) res.set_header("Allow", allow);
    keep_alive_ = false;
    head_only_ = false;
    if (path_.empty()) path_ = target_.substr(0, target_.find('?'));
    write(std::move(res));
  }

  void write(Response res) {
    auto out = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(res.status), 11);
    out->set(http::field::server, "drama-serve");
    if (!res.content_type.empty()) out->set(http::field::content_type, res.content_type);
    for (const auto& [name, value] : res.headers) out->set(name, value);
    out->body() = std::move(res.body);
    out->keep_alive(keep_alive_ && !state_.stopping);
    out->prepare_payload();
    if (head_only_) out->body().clear();  // Content-Length stays that of the GET answer
    if (state_.config.access_log) log_request(method_, path_, res.status, start_);
    stream_.expires_after(std::chrono::seconds(state_.config.timeout_s));
    http::async_write(stream_, *out, [self = shared_from_this(), out](beast::error_code ec, std::size_t) {
      if (ec || !out->keep_alive()) return self->close();
      self->method_.clear();
      self->target_.clear();
      self->path_.clear();
      self->read_header();
    });
  }

  ServerState& state_;
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::string address_;
  std::list<Session*>::iterator place_;
  bool waiting_ = false, keep_alive_ = false, head_only_ = false;
  Clock::time_point waiting_since_, start_;
  std::string method_, target_, path_;
};

// The connection among `list` that has waited longest for a header, or null.
Session* oldest_waiting(const std::list<Session*>& list) {
  Session* best = nullptr;
  for (Session* s : list)
    if (s->waiting() && (!best || s->waiting_since() < best->waiting_since())) best = s;
  return best;
}

bool ServerState::admit(const std::string& address) {
  if (auto it = by_address.find(address); it != by_address.end() && it->second.size() >= config.max_per_ip) {
    Session* victim = oldest_waiting(it->second);
    if (!victim) return false;
    victim->close();
  }
  if (open >= config.max_connections) {
    Session* victim = nullptr;
    for (const auto& [a, list] : by_address)
      if (Session* s = oldest_waiting(list); s && (!victim || s->waiting_since() < victim->waiting_since())) victim = s;
    if (!victim) return false;
    victim->close();
  }
  return true;
}

void ServerState::close_idle() {
  for (const auto& [a, list] : by_address)
    for (Session* s : list)
      if (s->waiting()) s->close();
}

void accept_next(ServerState& state, tcp::acceptor& acceptor, asio::steady_timer& retry) {
  acceptor.async_accept([&state, &acceptor, &retry](beast::error_code ec, tcp::socket socket) {
    if (state.stopping) return;
    if (ec) {
      // Out of file descriptors or a transient error: wait a little rather than spin.
      retry.expires_after(std::chrono::milliseconds(20));
      retry.async_wait([&](beast::error_code) {
        if (!state.stopping) accept_next(state, acceptor, retry);
      });
      return;
    }
    beast::error_code aec;
    const auto peer = socket.remote_endpoint(aec);
    const std::string address = aec ? std::string("?") : peer.address().to_string();
    if (state.admit(address)) {
      socket.set_option(tcp::no_delay(true), aec);
      std::make_shared<Session>(state, std::move(socket), address)->start();
    } else {
      socket.close(aec);
    }
    accept_next(state, acceptor, retry);
  });
}

// Half-open connections are file descriptors: use all the process may have.
void raise_file_limit() {
  rlimit lim{};
  if (getrlimit(RLIMIT_NOFILE, &lim) == 0 && lim.rlim_cur < lim.rlim_max) {
    lim.rlim_cur = lim.rlim_max;
    setrlimit(RLIMIT_NOFILE, &lim);
  }
}

}  // namespace

int serve_http(const Router& router, const ServeConfig& config) {
  raise_file_limit();
  asio::io_context ioc(1);
  tcp::acceptor acceptor(ioc);
  try {
    tcp::resolver resolver(ioc);
    const auto endpoint = resolver.resolve(config.host, std::to_string(config.port))->endpoint();
    acceptor.open(endpoint.protocol());
    acceptor.set_option(asio::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(asio::socket_base::max_listen_connections);
  } catch (const std::exception& e) {
    std::cerr << "drama-serve: cannot listen on " << config.listen << ": " << e.what() << "\n";
    return 2;
  }
  asio::thread_pool workers(config.threads);
  ServerState state{router, config, ioc, workers, false, 0, {}};
  asio::steady_timer retry(ioc);
  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code ec, int sig) {
    if (ec) return;
    std::cerr << "drama-serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ", stopping\n";
    state.stopping = true;
    beast::error_code ignored;
    acceptor.close(ignored);
    retry.cancel();
    state.close_idle();  // busy connections close after their response
  });
  // The URL is printed once SIGINT/SIGTERM are ours: a stop right after it is clean.
  const int port = acceptor.local_endpoint().port();
  const bool v6 = config.host.find(':') != std::string::npos;
  std::cout << "drama-serve: listening on http://" << (v6 ? "[" + config.host + "]" : config.host) << ":" << port
            << "/" << std::endl;
  accept_next(state, acceptor, retry);
  ioc.run();  // returns once stopped and every connection is gone
  workers.join();
  // A stop signal may come twice (`timeout` sends it to the server and to
  // its process group): once the signal set is gone the default action
  // would kill the process, so later ones stay blocked and the exit is clean.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  return 0;
}

}  // namespace drama_serve
