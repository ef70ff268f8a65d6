#include "query/search/profiles.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "indexer/index/schema.h"
#include "indexer/index/stored_passage.h"
#include "indexer/util/strings.h"

namespace dramasearch::search {
namespace {

// Case-folded, single-spaced form used to compare names.
std::string key_of(const std::string& name) {
  return schema::entity_term("", name);
}

// Calls fn(passage) for the stored data of every passage holding `term`;
// returns how many there were (corrupt ones are left out).
template <typename Fn>
std::size_t for_each_passage(const Xapian::Database& db, const std::string& term, Fn fn) {
  std::size_t n = 0;
  index::StoredPassage passage;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (!index::decode(db.get_document(*it).get_data(), passage)) continue;
    ++n;
    fn(passage);
  }
  return n;
}

// The articles that credit a role, each with its strongest credit.
class Support {
 public:
  void add(const std::string& article, double confidence) {
    double& best = best_[article];
    best = std::max(best, confidence);
  }
  std::vector<std::string> articles() const {  // sorted: the same in any index layout
    std::vector<std::string> out;
    for (const auto& [article, c] : best_) out.push_back(article);
    return out;
  }
  // 1 - prod(1 - c) over the articles: independent credits add up.
  double confidence() const {
    double doubt = 1.0;
    for (const auto& [article, c] : best_) doubt *= 1.0 - std::min(c, 0.99);
    return std::round((1.0 - doubt) * 100) / 100;
  }

 private:
  std::map<std::string, double> best_;
};

}  // namespace

PersonProfile person_profile(const Xapian::Database& db, const std::string& name) {
  PersonProfile p;
  p.name = name;
  const std::string key = key_of(name);
  std::map<std::pair<std::string, std::string>, Support> roles;  // (drama, character)
  p.passages = for_each_passage(db, schema::entity_term(schema::kPerson, name), [&](const index::StoredPassage& d) {
    const std::string& article = d.article_id;
    util::add_unique(p.articles, article);
    for (const auto& c : d.cast) {
      if (key_of(c.name) != key) continue;
      if (p.name == name) p.name = c.name;  // spelling as written in the articles
      roles[{c.drama, c.character}].add(article, c.confidence);
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
    p.roles.push_back({drama, character, role.second.articles(), role.second.confidence()});
  }
  return p;
}

DramaProfile drama_profile(const Xapian::Database& db, const std::string& title) {
  DramaProfile p;
  p.title = title;
  const std::string key = key_of(title);
  // Actor key -> (name as written, character -> support).
  std::map<std::string, std::pair<std::string, std::map<std::string, Support>>> members;
  p.passages = for_each_passage(db, schema::entity_term(schema::kTitleEntity, title), [&](const index::StoredPassage& d) {
    const std::string& article = d.article_id;
    util::add_unique(p.articles, article);
    if (key_of(d.drama) == key) p.title = d.drama;
    for (const auto& c : d.cast) {
      if (key_of(c.drama) != key) continue;
      auto& m = members[key_of(c.name)];
      m.first = c.name;
      m.second[c.character].add(article, c.confidence);
    }
  });
  std::sort(p.articles.begin(), p.articles.end());
  for (const auto& [k, m] : members) {
    bool named = false;
    for (const auto& [character, support] : m.second) {
      if (character.empty()) continue;
      p.cast.push_back({m.first, character, support.articles(), support.confidence()});
      named = true;
    }
    if (!named) {
      const Support& bare = m.second.begin()->second;
      p.cast.push_back({m.first, "", bare.articles(), bare.confidence()});
    }
  }
  return p;
}

}  // namespace dramasearch::search
