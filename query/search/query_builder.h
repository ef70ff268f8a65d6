// Builds the Xapian query for a user query and search options.
#pragma once

#include <string>

#include <xapian.h>

#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"

namespace dramasearch::search {

struct BuiltQuery {
  Xapian::Query query;
  std::string query_text;  // after normalization and repair
  Analysis analysis;       // the query through the shared pipeline
};

// Analyses `user_query` with the pipeline (so spun wording is repaired like
// document text), parses it with Xapian's QueryParser and adds the filters
// of `options`. Throws dramasearch::Error for an empty, over-long or
// unparsable query.
BuiltQuery build_query(const Xapian::Database& db, const Pipeline& pipeline,
                       const std::string& user_query, const SearchOptions& options);

}  // namespace dramasearch::search
