// The JSON the query tools print and serve: hits, facets and profiles, one
// definition for drama-query --json and drama-serve's API (documented in README.md and docs/http-api.md).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dramasearch/searcher.h"
#include "indexer/cli/despin_json.h"

namespace dramasearch::tools {

inline nlohmann::json copy_json(const dramasearch::Copy& c) {
  return {{"article_id", c.article_id}, {"title", c.title},   {"similarity", c.similarity}, {"spun", c.spun},
          {"source", c.source},         {"url", c.url},       {"date", c.date},             {"original", c.original}};
}

inline nlohmann::json hit_json(const dramasearch::Hit& h, bool explain) {
  nlohmann::json cast = nlohmann::json::array();
  for (const auto& c : h.cast)
    cast.push_back({{"name", c.name}, {"character", c.character}, {"confidence", c.confidence}});
  nlohmann::json j = {{"rank", h.rank},       {"score", h.score},       {"article_id", h.article_id},
                      {"passage", h.passage}, {"passage_id", h.passage_id}, {"title", h.title},
                      {"date", h.date},       {"source", h.source},     {"url", h.url},
                      {"spun", h.spun},       {"spin_score", h.spin_score}, {"kind", h.kind},
                      {"drama", h.drama},     {"cast", cast},           {"text", h.text},
                      {"snippet", h.snippet}};
  nlohmann::json copies = nlohmann::json::array();
  for (const auto& c : h.copies) copies.push_back(copy_json(c));
  j["copies"] = copies;
  if (explain) {
    const auto& w = h.explain;
    j["explain"] = {{"bm25", w.bm25},
                    {"bm25_normalized", w.bm25_normalized},
                    {"entity_match", w.entity_match},
                    {"entity_contribution", w.entity_contribution},
                    {"kind_match", w.kind_match},
                    {"kind_contribution", w.kind_contribution},
                    {"credit_match", w.credit_match},
                    {"credit_contribution", w.credit_contribution},
                    {"query_kind", w.query_kind},
                    {"query_entities", w.query_entities},
                    {"matched_entities", w.matched_entities}};
  }
  return j;
}

inline nlohmann::json facets_json(const dramasearch::Facets& f) {
  auto list = [](const std::vector<dramasearch::FacetCount>& v) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& c : v) a.push_back({{"value", c.value}, {"count", c.count}});
    return a;
  };
  return {{"people", list(f.people)}, {"dramas", list(f.dramas)}, {"kinds", list(f.kinds)}};
}

inline nlohmann::json who_json(const dramasearch::PersonProfile& p) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& r : p.roles)
    roles.push_back(
        {{"drama", r.drama}, {"character", r.character}, {"articles", r.articles}, {"confidence", r.confidence}});
  return {{"name", p.name}, {"passages", p.passages}, {"articles", p.articles}, {"roles", roles}};
}

inline nlohmann::json cast_of_json(const dramasearch::DramaProfile& p) {
  nlohmann::json cast = nlohmann::json::array();
  for (const auto& m : p.cast)
    cast.push_back(
        {{"name", m.name}, {"character", m.character}, {"articles", m.articles}, {"confidence", m.confidence}});
  return {{"title", p.title}, {"passages", p.passages}, {"articles", p.articles}, {"cast", cast}};
}

}  // namespace dramasearch::tools
