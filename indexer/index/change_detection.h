// Incremental runs: which articles of a batch must be written. An article
// whose content hash equals the one its indexed version carries (value slot
// kHashSlot) is unchanged and left alone.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "dramasearch/article.h"
#include "dramasearch/indexer.h"
#include "dramasearch/pipeline.h"
#include "indexer/index/shards.h"

namespace dramasearch::index {

// Hash of everything that decides an article's documents: its fields and
// format, the analysis fingerprint, the passage size and whether story
// identity is on (IndexerOptions::stories).
std::string content_hash(const Pipeline& pipeline, const Article& article, std::size_t max_passage_words,
                         bool stories = true);

// An article to write.
struct WriteJob {
  std::size_t article = 0;  // position in the batch
  std::string key;          // schema::article_key of its id
  std::string hash;         // content_hash
  std::size_t shard = 0;
  std::optional<IndexedArticle> indexed;  // what its shard holds of it
};

// Looks up every article of `articles` in its shard. Articles without an id
// get an error in `outcomes`, unchanged ones AddResult::kUnchanged; the rest
// become jobs, in input order. `outcomes` must have one entry per article.
// Xapian errors are left to the caller.
std::vector<WriteJob> plan_writes(const Pipeline& pipeline, Shards& shards, const std::vector<Article>& articles,
                                  std::size_t max_passage_words, std::vector<Indexer::Outcome>& outcomes,
                                  bool stories = true);

}  // namespace dramasearch::index
