#include "query/serve/routes.h"

#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dramasearch/despin.h"
#include "dramasearch/error.h"
#include "dramasearch/searcher.h"
#include "query/cli/json_output.h"
#include "query/serve/http_params.h"

#ifndef DRAMASEARCH_VERSION
#define DRAMASEARCH_VERSION "unknown"  // set by CMake from the project version
#endif

namespace drama_serve {

std::string_view web_asset(std::string_view name);  // generated from query/serve/web/ by cmake/embed_data.cmake

namespace {

void send_json(Response& res, const nlohmann::json& j, int status = 200) {
  res.status = status;
  res.set_content(dramasearch::tools::dump(j) + "\n", "application/json; charset=utf-8");
}

void send_error(Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}}, status);
}

// The Searcher of the calling worker thread (a Searcher is not thread-safe),
// opened on first use and moved to the latest committed revision before each
// request. When it cannot be reopened it is opened afresh: a read replica
// switches to a new database directory after a full copy and removes the
// old one, and its stub then names the new one. Throws HttpError 503 when
// the index cannot be opened.
dramasearch::Searcher& thread_searcher(const ServeConfig& config) {
  thread_local std::unique_ptr<dramasearch::Searcher> searcher;
  try {
    if (searcher) {
      try {
        searcher->reopen();
        return *searcher;
      } catch (const std::exception&) {
        searcher.reset();
      }
    }
    searcher = std::make_unique<dramasearch::Searcher>(config.indexes, config.searcher);
  } catch (const std::exception& e) {
    searcher.reset();  // try again on the next request
    throw HttpError{503, std::string("index unavailable: ") + e.what()};
  }
  return *searcher;
}

// A handler body with failures mapped to JSON errors.
template <typename F>
Router::Handler api(F f) {
  return [f](const Request& req, Response& res) {
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

void search(const ServeConfig& config, const Request& req, Response& res) {
  const std::string q = param(req, "q").value_or("");
  check_query_size(config, "q", q);
  const dramasearch::SearchOptions opt = search_options(config, req);
  const auto result = thread_searcher(config).search(q, opt);
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

// Title, date, source and url of the articles `ids` (a profile's article
// list), in the same order, for pages that list articles: one search for
// the best passage of each, by id. Articles not found keep only their id.
nlohmann::json article_details(dramasearch::Searcher& searcher, const std::vector<std::string>& ids) {
  constexpr std::size_t kMaxArticles = 200;  // a page lists at most this many
  std::string query;
  std::size_t n = 0;
  for (const auto& id : ids) {
    if (n++ == kMaxArticles) break;
    if (id.find_first_of(" \"") != std::string::npos) continue;  // not expressible as id:TERM
    query += (query.empty() ? "id:" : " id:") + id;
  }
  std::map<std::string, const dramasearch::Hit*> by_id;
  dramasearch::SearchResult result;
  if (!query.empty()) {
    dramasearch::SearchOptions opt;
    opt.limit = n;
    opt.all_copies = true;  // every article of the list, not one per story
    opt.max_query_bytes = query.size() + 1;
    opt.max_query_terms = query.size();  // the analyser splits ids into words; bytes bound them
    try {
      result = searcher.search(query, opt);
    } catch (const dramasearch::Error&) {
      // An id the query parser reads otherwise: list the ids alone.
    }
    for (const auto& h : result.hits) by_id.emplace(h.article_id, &h);
  }
  nlohmann::json list = nlohmann::json::array();
  for (std::size_t i = 0; i < ids.size() && i < kMaxArticles; ++i) {
    nlohmann::json a = {{"id", ids[i]}};
    if (const auto it = by_id.find(ids[i]); it != by_id.end())
      a.update({{"title", it->second->title}, {"date", it->second->date},
                {"source", it->second->source}, {"url", it->second->url}});
    list.push_back(std::move(a));
  }
  return list;
}

void health(const ServeConfig& config, Response& res) {
  const auto st = thread_searcher(config).stats();
  nlohmann::json databases = nlohmann::json::array();
  for (const auto& d : st.databases)
    databases.push_back({{"name", d.name},
                         {"revision", d.revision ? nlohmann::json(*d.revision) : nlohmann::json()},
                         {"last_commit", d.last_commit}});
  send_json(res, {{"status", "ok"},
                  {"version", DRAMASEARCH_VERSION},
                  {"index", config.indexes},
                  {"passages", st.passages},
                  {"articles", st.articles},
                  {"schema_version", st.schema_version},
                  {"last_commit", st.last_commit},
                  {"revision", st.revision},
                  {"databases", databases},
                  {"repair", st.repair}});
}

const char* content_type(std::string_view name) {
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return "text/html; charset=utf-8";
}

void serve_asset(Response& res, std::string_view name) {
  const auto data = web_asset(name);
  if (data.empty()) return send_error(res, 404, "not found");
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::string(data), content_type(name));
}

void add_api(Router& svr, const ServeConfig& config, const dramasearch::Pipeline& pipeline) {
  using Req = const Request&;
  using Res = Response&;
  svr.Get("/api/search", api([&config](Req req, Res res) { search(config, req, res); }));
  svr.Get("/api/who", api([&config](Req req, Res res) {
            const auto name = required(config, req, "name");
            auto& searcher = thread_searcher(config);
            const auto profile = searcher.who(name);
            auto j = dramasearch::tools::who_json(profile);
            j["article_details"] = article_details(searcher, profile.articles);
            send_json(res, j);
          }));
  svr.Get("/api/cast-of", api([&config](Req req, Res res) {
            const auto title = required(config, req, "title");
            auto& searcher = thread_searcher(config);
            const auto profile = searcher.cast_of(title);
            auto j = dramasearch::tools::cast_of_json(profile);
            j["article_details"] = article_details(searcher, profile.articles);
            send_json(res, j);
          }));
  // The other copies of an article's story; 404 for an unknown id.
  svr.Get("/api/copies", api([&config](Req req, Res res) {
            const auto id = required(config, req, "id");
            const auto copies = thread_searcher(config).copies_of(id);
            if (!copies) return send_error(res, 404, "no article with id '" + id + "'");
            nlohmann::json list = nlohmann::json::array();
            for (const auto& c : *copies) list.push_back(dramasearch::tools::copy_json(c));
            send_json(res, {{"id", id}, {"copies", list}});
          }));
  svr.Post("/api/despin", api([&pipeline](Req req, Res res) {
             send_json(res, dramasearch::tools::despin_json(dramasearch::despin(pipeline, req.body)));
           }));
  svr.Get("/api/health", api([&config](Req, Res res) { health(config, res); }));
  for (const char* p : {"/api/despin", "/api/search", "/api/who", "/api/cast-of", "/api/health", "/api/copies"}) {
    const bool post = std::string_view(p) == "/api/despin";
    auto wrong = [post](Req, Res res) {
      res.set_header("Allow", post ? "POST" : "GET");
      send_error(res, 405, post ? "use POST" : "use GET");
    };
    if (post) svr.Get(p, wrong);
    else svr.Post(p, wrong);
  }
}

void add_page(Router& svr) {
  auto page = [](const Request&, Response& res) { serve_asset(res, "index.html"); };
  svr.Get("/", page);
  svr.Get("/repair", page);
  svr.Get(R"(/who/.+)", page);
  svr.Get(R"(/drama/.+)", page);
  svr.Get("/app.js", [](const Request&, Response& res) { serve_asset(res, "app.js"); });
  svr.Get("/style.css", [](const Request&, Response& res) { serve_asset(res, "style.css"); });
}

}  // namespace

void add_routes(Router& server, const ServeConfig& config, const dramasearch::Pipeline& pipeline) {
  add_api(server, config, pipeline);
  add_page(server);
}

}  // namespace drama_serve
