#include "query/serve/http_message.h"

namespace drama_serve {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool Request::has_param(const char* name) const {
  for (const auto& [k, v] : params)
    if (k == name) return true;
  return false;
}

std::string Request::get_param_value(const char* name, std::size_t i) const {
  for (const auto& [k, v] : params)
    if (k == name && i-- == 0) return v;
  return {};
}

std::size_t Request::get_param_value_count(const char* name) const {
  std::size_t n = 0;
  for (const auto& [k, v] : params) n += k == name;
  return n;
}

std::string url_decode(const std::string& s, bool plus_is_space) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '%' && i + 2 < s.size()) {
      const int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += (plus_is_space && c == '+') ? ' ' : c;
  }
  return out;
}

void parse_target(const std::string& target, Request& req) {
  const auto q = target.find('?');
  req.path = url_decode(target.substr(0, q), false);
  req.params.clear();
  if (q == std::string::npos) return;
  const std::string query = target.substr(q + 1);
  std::size_t start = 0;
  while (start <= query.size()) {
    auto end = query.find('&', start);
    if (end == std::string::npos) end = query.size();
    const std::string pair = query.substr(start, end - start);
    if (!pair.empty()) {
      const auto eq = pair.find('=');
      req.params.emplace_back(url_decode(pair.substr(0, eq), true),
                              eq == std::string::npos ? std::string() : url_decode(pair.substr(eq + 1), true));
    }
    start = end + 1;
  }
}

}  // namespace drama_serve
