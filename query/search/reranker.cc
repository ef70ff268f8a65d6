#include "query/search/reranker.h"

#include <algorithm>
#include <cmath>

#include "indexer/index/schema.h"

namespace dramasearch::search {
namespace {

// For each entity, which candidates (by position) hold its term: one walk
// of the entity's posting list over the candidates in docid order, far
// cheaper than reading every candidate's term list.
std::vector<std::vector<bool>> entity_hits(const Xapian::Database& db, const std::vector<Candidate>& candidates,
                                           const std::vector<QueryEntity>& entities) {
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return candidates[a].did < candidates[b].did; });
  std::vector<std::vector<bool>> hits(entities.size(), std::vector<bool>(candidates.size(), false));
  for (std::size_t e = 0; e < entities.size(); ++e) {
    Xapian::PostingIterator it = db.postlist_begin(entities[e].term);
    const Xapian::PostingIterator end = db.postlist_end(entities[e].term);
    for (std::size_t i : order) {
      it.skip_to(candidates[i].did);
      if (it == end) break;
      if (*it == candidates[i].did) hits[e][i] = true;
    }
  }
  return hits;
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
  // A name read as a person in the query may be a character in the index
  // ("who plays Do Yeon Su": Do is a family name), and the other way
  // round: the index's reading is used when only it has passages.
  auto other_reading = [](const Entity& e) -> std::string {
    if (e.type == EntityType::kPerson) return schema::entity_term(schema::kCharacter, e.name);
    if (e.type == EntityType::kCharacter) return schema::entity_term(schema::kPerson, e.name);
    return {};
  };
  // Index vocabulary: longest n-grams first.
  static const char* const prefixes[] = {schema::kPerson, schema::kCharacter, schema::kTitleEntity,
                                         schema::kGroup};
  const std::size_t n = query.tokens.size();
  auto phrase_at = [&](std::size_t i, std::size_t len) {
    std::string phrase;
    for (std::size_t k = i; k < i + len; ++k) {
      if (k > i) phrase += ' ';
      phrase += query.tokens[k].term;
    }
    return phrase;
  };
  auto wanted = [](std::size_t len, const char* prefix, const std::string& phrase) {
    // A lone word is rarely a whole name, and a short one never.
    return len > 1 || (phrase.size() >= 4 && prefix != schema::kPerson);
  };
  // Which terms exist (both readings of each recognized name, and the
  // n-grams) is asked in one match (the MSet carries every query term's
  // frequency), so remote shards answer in one round trip.
  std::vector<std::string> asked;
  for (const auto& e : info.entities)
    if (auto other = other_reading(e); !other.empty()) {
      asked.push_back(schema::entity_term(schema::entity_prefix(e.type), e.name));
      asked.push_back(std::move(other));
    }
  for (std::size_t len = std::min<std::size_t>(6, n); len >= 1; --len)
    for (std::size_t i = 0; i + len <= n; ++i) {
      const std::string phrase = phrase_at(i, len);
      for (const char* prefix : prefixes)
        if (wanted(len, prefix, phrase)) asked.push_back(prefix + phrase);
    }
  Xapian::MSet stats;
  if (!asked.empty()) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_OR, asked.begin(), asked.end()));
    stats = enquire.get_mset(0, 0);
  }
  for (const auto& e : info.entities) {
    std::string term = schema::entity_term(schema::entity_prefix(e.type), e.name);
    if (auto other = other_reading(e);
        !other.empty() && stats.get_termfreq(term) == 0 && stats.get_termfreq(other) > 0)
      term = std::move(other);
    add(std::move(term), e.name);
    for (std::size_t k = e.token_begin; k < e.token_end && k < used.size(); ++k) used[k] = true;
  }
  for (std::size_t len = std::min<std::size_t>(6, n); len >= 1; --len) {
    for (std::size_t i = 0; i + len <= n; ++i) {
      bool free = true;
      for (std::size_t k = i; k < i + len; ++k) free = free && !used[k];
      if (!free) continue;
      const std::string phrase = phrase_at(i, len);
      for (const char* prefix : prefixes) {
        if (!wanted(len, prefix, phrase)) continue;
        const std::string term = prefix + phrase;
        if (stats.get_termfreq(term) > 0) {
          add(term, phrase);
          for (std::size_t k = i; k < i + len; ++k) used[k] = true;
          break;
        }
      }
    }
  }
  return out;
}

void rerank(const Xapian::Database& db, const Xapian::MSet& mset, bool remote, std::vector<Candidate>& candidates,
            const std::vector<QueryEntity>& entities, PassageKind intent, const SearchOptions& o,
            std::optional<Xapian::valueno> tie_slot) {
  const auto hits = entity_hits(db, candidates, entities);
  // The kind feature from the kind term's posting list, like the entities.
  // A kind's list holds a third of the index: a remote shard would send
  // all of it, so there the candidates' documents (which the caller has
  // fetched in one batch) give their kind value instead, the same fact.
  const std::string intent_name = passage_kind_name(intent);
  std::vector<bool> kind_hit(candidates.size(), false);
  if (intent != PassageKind::kOther && remote) {
    for (std::size_t i = 0; i < candidates.size(); ++i)
      kind_hit[i] = mset[candidates[i].mset_index].get_document().get_value(schema::kKindSlot) == intent_name;
  } else if (intent != PassageKind::kOther) {
    kind_hit = entity_hits(db, candidates, {QueryEntity{std::string(schema::kKind) + intent_name, intent_name}})[0];
  }
  // The credit feature: for a question about the cast, the candidates that
  // credit a character the query names to an actor (XC terms), from the
  // same posting-list walk. A query's name may read as a person's ("Do
  // Yeon Su" has a family name): the index says whether it is credited.
  std::vector<QueryEntity> credited;
  if (intent == PassageKind::kCast && o.credit_weight != 0)
    for (const auto& e : entities)
      for (const std::string prefix : {schema::kCharacter, schema::kPerson})
        if (e.term.rfind(prefix, 0) == 0) credited.push_back({schema::kCredited + e.term.substr(prefix.size()), e.label});
  const auto credit_hits = entity_hits(db, candidates, credited);
  double max_bm25 = 0;
  for (const auto& c : candidates) max_bm25 = std::max(max_bm25, c.bm25);
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    Candidate& c = candidates[i];
    Explanation& w = c.why;
    w.bm25 = c.bm25;
    w.bm25_normalized = max_bm25 > 0 ? c.bm25 / max_bm25 : 0;
    w.query_kind = intent_name;
    for (std::size_t e = 0; e < entities.size(); ++e) {
      if (o.explain) w.query_entities.push_back(entities[e].label);
      if (hits[e][i]) w.matched_entities.push_back(entities[e].label);
    }
    w.entity_match = entities.empty() ? 0 : double(w.matched_entities.size()) / double(entities.size());
    if (!o.explain) w.matched_entities.clear();
    w.entity_contribution = o.entity_weight * w.entity_match;
    w.kind_match = kind_hit[i];
    w.kind_contribution = w.kind_match ? o.kind_weight : 0;
    w.credit_match = std::any_of(credit_hits.begin(), credit_hits.end(), [&](const auto& h) { return bool(h[i]); });
    w.credit_contribution = w.credit_match ? o.credit_weight : 0;
    c.score = w.bm25_normalized + w.entity_contribution + w.kind_contribution + w.credit_contribution;
  }
  // Ties: by article key, then by docid, which follows passage order within
  // an article in any layout, so a sharded index ranks alike. Scores are
  // compared at 1e-9: sums over shards differ in their last bits. Ties are
  // rare, so article keys not given are read for tied candidates only.
  const auto rounded = [](double s) { return std::llround(s * 1e9); };
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (rounded(a.score) != rounded(b.score)) return a.score > b.score;
    return a.did < b.did;
  });
  for (auto run = candidates.begin(); run != candidates.end();) {
    auto end = run + 1;
    while (end != candidates.end() && rounded(end->score) == rounded(run->score)) ++end;
    if (end - run >= 2) {
      if (tie_slot)
        for (auto c = run; c != end; ++c)
          if (c->tie_key.empty()) c->tie_key = mset[c->mset_index].get_document().get_value(*tie_slot);
      std::sort(run, end, [](const Candidate& a, const Candidate& b) {
        return a.tie_key != b.tie_key ? a.tie_key < b.tie_key : a.did < b.did;
      });
    }
    run = end;
  }
}

}  // namespace dramasearch::search
