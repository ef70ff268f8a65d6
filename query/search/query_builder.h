// Builds the Xapian query for a user query and search options.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"

namespace dramasearch::search {

class SpunFormsField;

struct BuiltQuery {
  Xapian::Query query;
  std::string query_text;  // after normalization and repair
  Analysis analysis;       // the query through the shared pipeline
};

// Builds queries for one database. The QueryParser (stemmer, stopper,
// prefixes, entity field processors) is set up once, when the Searcher
// opens, and reused by every query.
class QueryBuilder {
 public:
  // A thesaurus form held by more than this share of the passages, and by
  // more than kMinCommonPassages, is left out of a word's forms: in a large
  // index such a form ("episode" for drama, "set" for scene) has a long
  // posting list to merge for little evidence. Small indexes keep every
  // form (their lists are short, and a dense spinner's swaps are common
  // there because it writes them everywhere).
  static constexpr double kMaxSpunFormShare = 0.02;
  static constexpr double kMinCommonPassages = 1000;

  explicit QueryBuilder(const Xapian::Database& db);

  // Analyses `user_query` with the pipeline (so spun wording is repaired
  // like document text), parses it with Xapian's QueryParser and adds the
  // filters of `options`. Throws dramasearch::Error for an empty, over-long
  // or unparsable query.
  BuiltQuery build(const Pipeline& pipeline, const std::string& user_query, const SearchOptions& options);

 private:
  // Routes `word` to the spun-forms field if it has spun forms
  // (Pipeline::spun_forms) other than its own stem and other than thesaurus
  // synonyms among the index's commonest words; adds its query to `queries`.
  bool add_spun_forms(const Pipeline& pipeline, const std::string& word,
                      std::map<std::string, Xapian::Query>& queries);

  // The query for the words required with "+" (required_words.h), or
  // `strict` (Xapian's passage-level AND) when it cannot be built.
  Xapian::Query require_of_article(const std::string& routed, unsigned flags, Xapian::Query strict);

  Xapian::Database db_;
  Xapian::QueryParser qp_;
  Xapian::Stem stemmer_{"english"};
  SpunFormsField* spun_field_ = nullptr;  // owned by qp_
};

}  // namespace dramasearch::search
