#include "query/search/profiles.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "indexer/index/schema.h"
#include "indexer/util/strings.h"

namespace dramasearch::search {
namespace {

// Case-folded, single-spaced form used to compare names.
std::string key_of(const std::string& name) {
  return schema::entity_term("", name);
}

// Calls fn(data) for the JSON data of every passage holding `term`.
template <typename Fn>
std::size_t for_each_passage(const Xapian::Database& db, const std::string& term, Fn fn) {
  std::size_t n = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    const nlohmann::json data = nlohmann::json::parse(db.get_document(*it).get_data(), nullptr, false);
    if (!data.is_object()) continue;
    ++n;
    fn(data);
  }
  return n;
}

}  // namespace

PersonProfile person_profile(const Xapian::Database& db, const std::string& name) {
  PersonProfile p;
  p.name = name;
  const std::string key = key_of(name);
  std::map<std::pair<std::string, std::string>, std::vector<std::string>> roles;  // (drama, character)
  p.passages = for_each_passage(db, schema::entity_term(schema::kPerson, name), [&](const nlohmann::json& d) {
    const std::string article = d.value("article_id", "");
    util::add_unique(p.articles, article);
    if (!d.contains("cast") || !d["cast"].is_array()) return;
    for (const auto& c : d["cast"]) {
      if (key_of(c.value("name", "")) != key) continue;
      if (p.name == name) p.name = c.value("name", name);  // spelling as written in the articles
      auto& arts = roles[{c.value("drama", ""), c.value("character", "")}];
      util::add_unique(arts, article);
    }
  });
  std::sort(p.articles.begin(), p.articles.end());  // the same in any index layout
  // A credit without a character is shown only if no credit for the same drama has one.
  for (const auto& role : roles) {
    const std::string& drama = role.first.first;
    const std::string& character = role.first.second;
    if (character.empty() &&
        std::any_of(roles.begin(), roles.end(),
                    [&](const auto& r) { return r.first.first == drama && !r.first.second.empty(); }))
      continue;
    p.roles.push_back({drama, character, role.second});
    std::sort(p.roles.back().articles.begin(), p.roles.back().articles.end());
  }
  return p;
}

DramaProfile drama_profile(const Xapian::Database& db, const std::string& title) {
  DramaProfile p;
  p.title = title;
  const std::string key = key_of(title);
  std::map<std::string, std::pair<std::string, std::map<std::string, std::vector<std::string>>>> members;
  p.passages = for_each_passage(db, schema::entity_term(schema::kTitleEntity, title), [&](const nlohmann::json& d) {
    const std::string article = d.value("article_id", "");
    util::add_unique(p.articles, article);
    if (key_of(d.value("drama", "")) == key) p.title = d.value("drama", title);
    if (!d.contains("cast") || !d["cast"].is_array()) return;
    for (const auto& c : d["cast"]) {
      if (key_of(c.value("drama", "")) != key) continue;
      const std::string name = c.value("name", "");
      auto& m = members[key_of(name)];
      m.first = name;
      util::add_unique(m.second[c.value("character", "")], article);
    }
  });
  std::sort(p.articles.begin(), p.articles.end());
  for (auto& [k, m] : members)
    for (auto& [character, arts] : m.second) std::sort(arts.begin(), arts.end());
  for (const auto& [k, m] : members) {
    bool named = false;
    for (const auto& [character, arts] : m.second) {
      if (character.empty()) continue;
      p.cast.push_back({m.first, character, arts});
      named = true;
    }
    if (!named) p.cast.push_back({m.first, "", m.second.begin()->second});
  }
  return p;
}

}  // namespace dramasearch::search
