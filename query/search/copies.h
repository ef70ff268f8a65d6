// Copies of a story: the other articles that share an article's story key
// (assigned at index time, indexer/index/story_assigner.h), with their
// sentence-alignment similarity to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "dramasearch/searcher.h"

namespace dramasearch::search {

// The other members of the story of the article with this key, most similar
// first, the likely original (unspun, earliest date) marked; nullopt when
// the article is not in `db`.
std::optional<std::vector<Copy>> story_copies(const Xapian::Database& db, const std::string& article_key);

}  // namespace dramasearch::search
