#include "query/serve/router.h"

#include <iostream>

#include <nlohmann/json.hpp>

namespace drama_serve {

void send_json_error(Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", message}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", "application/json; charset=utf-8");
}

void Router::add(const char* method, const std::string& pattern, Handler handler) {
  const bool is_regex = pattern.find_first_of(".+*?[](){}|\\^$") != std::string::npos;
  routes_.push_back({method, pattern, is_regex, is_regex ? std::regex(pattern) : std::regex(), std::move(handler)});
}

bool Router::matches(const Route& r, const std::string& path) const {
  return r.is_regex ? std::regex_match(path, r.regex) : r.pattern == path;
}

Response Router::dispatch(const Request& req) const {
  Response res;
  const std::string method = req.method == "HEAD" ? "GET" : req.method;
  std::string allow;
  for (const auto& r : routes_) {
    if (!matches(r, req.path)) continue;
    if (r.method != method) {
      if (allow.find(r.method) == std::string::npos) allow += (allow.empty() ? "" : ", ") + r.method;
      continue;
    }
    try {
      r.handler(req, res);
    } catch (const std::exception& e) {
      std::cerr << "drama-serve: " << req.method << " " << req.path << ": " << e.what() << "\n";
      res = Response();
      send_json_error(res, 500, "internal error");
    }
    return res;
  }
  if (allow.empty()) {
    send_json_error(res, 404, "not found");
  } else {
    res.set_header("Allow", allow);
    send_json_error(res, 405, "method " + req.method + " not allowed; use " + allow);
  }
  return res;
}

}  // namespace drama_serve
