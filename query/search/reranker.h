// Re-ranking of BM25 candidates with entity and passage-kind features.
//
//   score = bm25 / max_bm25                      (in [0,1] over the candidates)
//         + entity_weight * matched_entities / query_entities
//         + kind_weight   * [passage kind == kind the query asks for]
//
// Query entities are what the shared pipeline recognizes in the query plus
// word n-grams that are known entities of the index (XP/XR/XD terms), so a
// fictional drama recognized in the articles is recognized in lower-case
// queries too.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"

namespace dramasearch::search {

struct QueryEntity {
  std::string term;   // boolean term, e.g. "XPhan seo won"
  std::string label;  // for explanations
};

// Entities of the query, longest first, no two overlapping.
std::vector<QueryEntity> query_entities(const Xapian::Database& db, const Pipeline& pipeline,
                                        const Analysis& query);

struct Candidate {
  Xapian::docid did = 0;
  Xapian::doccount mset_index = 0;  // position in the MSet (the document is fetched only for hits)
  double bm25 = 0;
  double score = 0;
  std::string article;  // the MSet's collapse key: article key, or story key when copies collapse
  Explanation why;
  std::string tie_key;  // article key: breaks ties alike in every index layout (see rerank)
};

// Scores and sorts `candidates` (best first). `mset` is the match they come
// from; `remote`: the database has remote shards, and the caller has
// fetched the MSet's documents (features are then read from them, which
// needs no more round trips). Candidates of equal score are ordered by
// tie_key, then docid; with `tie_slot`, a tied candidate's empty tie_key
// is read from that value slot of its document (only ties need it).
void rerank(const Xapian::Database& db, const Xapian::MSet& mset, bool remote, std::vector<Candidate>& candidates,
            const std::vector<QueryEntity>& entities, PassageKind intent, const SearchOptions& options,
            std::optional<Xapian::valueno> tie_slot = std::nullopt);

}  // namespace dramasearch::search
