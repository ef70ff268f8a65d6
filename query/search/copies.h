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

// What a search hit already tells of its article, so that its copies are
// listed without reading the article's own data again.
struct StoryMember {
  std::string story;  // story key (the hit's collapse key)
  std::string date;
  bool spun = false;
};

// The other members of the story of the article with this key, most similar
// first, the likely original (unspun, earliest date) marked; nullopt when
// the article is not in `db`. `known`, if given, must describe that
// article, and its story must have other members.
std::optional<std::vector<Copy>> story_copies(const Xapian::Database& db, const std::string& article_key,
                                              const StoryMember* known = nullptr);

}  // namespace dramasearch::search
