// Maps a request's method and path to its handler, like a web framework's
// router: exact paths or, when the pattern holds regex syntax, a full
// std::regex match. What no route takes is answered with a JSON error: 404
// for an unknown path, 405 (with Allow) for a method the path does not take.
#pragma once

#include <functional>
#include <regex>
#include <string>
#include <vector>

#include "query/serve/http_message.h"

namespace drama_serve {

class Router {
 public:
  using Handler = std::function<void(const Request&, Response&)>;

  void Get(const std::string& pattern, Handler handler) { add("GET", pattern, std::move(handler)); }
  void Post(const std::string& pattern, Handler handler) { add("POST", pattern, std::move(handler)); }

  // Runs the handler of `req` (HEAD runs the GET handler; the server drops
  // the body). A handler that throws gives 500, logged on stderr.
  Response dispatch(const Request& req) const;

 private:
  struct Route {
    std::string method, pattern;
    bool is_regex;
    std::regex regex;
    Handler handler;
  };
  void add(const char* method, const std::string& pattern, Handler handler);
  bool matches(const Route& r, const std::string& path) const;
  std::vector<Route> routes_;
};

// {"error": message} with `status`, as every error of the API.
void send_json_error(Response& res, int status, const std::string& message);

}  // namespace drama_serve
