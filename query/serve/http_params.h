// Reading and checking the parameters of an HTTP API request; a bad one is
// an HttpError, answered as {"error": message} with its status.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "query/serve/http_message.h"

#include "dramasearch/searcher.h"
#include "query/serve/serve_config.h"

namespace drama_serve {

struct HttpError {
  int status;
  std::string message;
};

std::optional<std::string> param(const Request& req, const char* name);

// 1/true/yes/on (or present without a value) and 0/false/no/off.
bool flag(const Request& req, const char* name);

// A non-negative integer up to `max`; `fallback` when absent or empty.
std::size_t number(const Request& req, const char* name, std::size_t fallback, std::size_t max);

// 413 when `value` is longer than the configured query limit.
void check_query_size(const ServeConfig& config, const std::string& what, const std::string& value);

// A non-empty parameter, within the query size limit.
std::string required(const ServeConfig& config, const Request& req, const char* name);

// The options of /api/search (the query itself is parameter q).
dramasearch::SearchOptions search_options(const ServeConfig& config, const Request& req);

}  // namespace drama_serve
