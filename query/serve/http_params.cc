#include "query/serve/http_params.h"

#include <charconv>

namespace drama_serve {

std::optional<std::string> param(const Request& req, const char* name) {
  if (!req.has_param(name)) return std::nullopt;
  return req.get_param_value(name);
}

bool flag(const Request& req, const char* name) {
  const auto v = param(req, name);
  if (!v) return false;
  if (*v == "" || *v == "1" || *v == "true" || *v == "yes" || *v == "on") return true;
  if (*v == "0" || *v == "false" || *v == "no" || *v == "off") return false;
  throw HttpError{400, std::string(name) + " must be 1 or 0, not '" + *v + "'"};
}

std::size_t number(const Request& req, const char* name, std::size_t fallback, std::size_t max) {
  const auto v = param(req, name);
  if (!v || v->empty()) return fallback;
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size())
    throw HttpError{400, std::string(name) + " must be a non-negative integer, not '" + *v + "'"};
  if (n > max) throw HttpError{400, std::string(name) + " must be at most " + std::to_string(max)};
  return n;
}

void check_query_size(const ServeConfig& config, const std::string& what, const std::string& value) {
  if (value.size() > config.max_query_bytes)
    throw HttpError{413, what + " is longer than " + std::to_string(config.max_query_bytes) + " bytes"};
}

std::string required(const ServeConfig& config, const Request& req, const char* name) {
  auto v = param(req, name).value_or("");
  if (v.empty()) throw HttpError{400, std::string("parameter '") + name + "' is required"};
  check_query_size(config, name, v);
  return v;
}

// Values are checked by the library's own checks (dramasearch/searcher.h),
// whose Error the API answers with 400.
dramasearch::SearchOptions search_options(const ServeConfig& config, const Request& req) {
  dramasearch::SearchOptions opt;
  opt.max_query_bytes = config.max_query_bytes;
  opt.limit = number(req, "limit", 10, config.max_limit);
  opt.offset = number(req, "offset", 0, 100000);
  opt.all_passages = flag(req, "all_passages");
  opt.all_copies = flag(req, "all_copies");
  opt.facets = flag(req, "facets");
  opt.explain = flag(req, "explain");
  opt.original_text = flag(req, "original");
  for (std::size_t i = 0, n = req.get_param_value_count("cast"); i < n; ++i) {
    auto c = req.get_param_value("cast", i);
    check_query_size(config, "cast", c);
    if (!c.empty()) opt.cast.push_back(std::move(c));
  }
  opt.drama = param(req, "drama").value_or("");
  check_query_size(config, "drama", opt.drama);
  opt.kind = param(req, "kind").value_or("");
  dramasearch::check_search_kind("kind", opt.kind);
  opt.since = param(req, "since").value_or("");
  opt.until = param(req, "until").value_or("");
  if (!opt.since.empty()) dramasearch::parse_search_date("since", opt.since);
  if (!opt.until.empty()) dramasearch::parse_search_date("until", opt.until);
  opt.spun = dramasearch::parse_spun("spun", param(req, "spun").value_or("any"));
  return opt;
}

}  // namespace drama_serve
