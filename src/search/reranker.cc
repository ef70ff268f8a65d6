#include "search/reranker.h"

#include <algorithm>

#include "index/schema.h"

namespace dramasearch::search {
namespace {

bool has_term(const Xapian::Document& doc, const std::string& term) {
  Xapian::TermIterator it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

}  // namespace

std::vector<QueryEntity> query_entities(const Xapian::Database& db, const Pipeline& pipeline,
                                        const Analysis& query) {
  std::vector<QueryEntity> out;
  auto add = [&](std::string term, std::string label) {
    for (const auto& e : out)
      if (e.term == term) return;
    out.push_back({std::move(term), std::move(label)});
  };
  const PassageInfo info = pipeline.recognize(query, 0, query.tokens.size());
  std::vector<bool> used(query.tokens.size(), false);
  for (const auto& e : info.entities) {
    const char* prefix = e.type == EntityType::kPerson      ? schema::kPerson
                         : e.type == EntityType::kCharacter ? schema::kCharacter
                         : e.type == EntityType::kGroup      ? schema::kGroup
                         : e.type == EntityType::kBroadcaster ? schema::kNetwork
                                                             : schema::kTitleEntity;
    add(schema::entity_term(prefix, e.name), e.name);
    for (std::size_t k = e.token_begin; k < e.token_end && k < used.size(); ++k) used[k] = true;
  }
  // Index vocabulary: longest n-grams first.
  static const char* const prefixes[] = {schema::kPerson, schema::kCharacter, schema::kTitleEntity,
                                         schema::kGroup};
  const std::size_t n = query.tokens.size();
  for (std::size_t len = std::min<std::size_t>(6, n); len >= 1; --len) {
    for (std::size_t i = 0; i + len <= n; ++i) {
      bool free = true;
      for (std::size_t k = i; k < i + len; ++k) free = free && !used[k];
      if (!free) continue;
      std::string phrase;
      for (std::size_t k = i; k < i + len; ++k) phrase += (k > i ? " " : "") + query.tokens[k].term;
      if (len == 1 && phrase.size() < 4) continue;  // too short to be a name on its own
      for (const char* prefix : prefixes) {
        if (len == 1 && prefix == schema::kPerson) continue;  // a lone word is rarely a whole name
        const std::string term = prefix + phrase;
        if (db.term_exists(term)) {
          add(term, phrase);
          for (std::size_t k = i; k < i + len; ++k) used[k] = true;
          break;
        }
      }
    }
  }
  return out;
}

void rerank(std::vector<Candidate>& candidates, const std::vector<QueryEntity>& entities,
            PassageKind intent, const SearchOptions& o) {
  double max_bm25 = 0;
  for (const auto& c : candidates) max_bm25 = std::max(max_bm25, c.bm25);
  const std::string intent_name = passage_kind_name(intent);
  for (auto& c : candidates) {
    Explanation& w = c.why;
    w.bm25 = c.bm25;
    w.bm25_normalized = max_bm25 > 0 ? c.bm25 / max_bm25 : 0;
    w.query_kind = intent_name;
    for (const auto& e : entities) {
      w.query_entities.push_back(e.label);
      if (has_term(c.doc, e.term)) w.matched_entities.push_back(e.label);
    }
    w.entity_match = entities.empty() ? 0 : double(w.matched_entities.size()) / double(entities.size());
    w.entity_contribution = o.entity_weight * w.entity_match;
    w.kind_match = intent != PassageKind::kOther && c.doc.get_value(schema::kKindSlot) == intent_name;
    w.kind_contribution = w.kind_match ? o.kind_weight : 0;
    c.score = w.bm25_normalized + w.entity_contribution + w.kind_contribution;
  }
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
}

}  // namespace dramasearch::search
