// An HTTP request as the routes see it (method, decoded path and query
// parameters, body) and the response they fill in. The network side lives
// in http_server.h; these types carry no sockets.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace drama_serve {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // percent-decoded, without the query string
  std::string body;
  std::vector<std::pair<std::string, std::string>> params;  // query string, decoded, in order

  bool has_param(const char* name) const;
  // The i-th value of parameter `name`, "" when there is none.
  std::string get_param_value(const char* name, std::size_t i = 0) const;
  std::size_t get_param_value_count(const char* name) const;
};

struct Response {
  int status = 200;
  std::string body;
  std::string content_type;
  std::vector<std::pair<std::string, std::string>> headers;

  void set_content(std::string content, const char* type) {
    body = std::move(content);
    content_type = type;
  }
  void set_header(const char* name, std::string value) { headers.emplace_back(name, std::move(value)); }
};

// Percent-decodes `s`; with `plus_is_space` (query strings) '+' becomes ' '.
// Malformed escapes are kept as they are.
std::string url_decode(const std::string& s, bool plus_is_space);

// Splits "path?query" into `req.path` and `req.params`.
void parse_target(const std::string& target, Request& req);

}  // namespace drama_serve
