// Required words ("+word") are required of the article, not of one passage.
//
// The index holds one document per passage, but a reader who requires
// every word they remember means the article: "+Han +Seo +Won +Late +Night
// +Couch" should find the article whose first paragraph names the actor
// and whose last names the show. The query builder therefore splits such a
// query into the words' own queries (each with its spun forms) and the
// query without the "+", finds here the articles in which every word's
// query matches some passage, and searches the passages of those articles
// (passages holding every word first).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace dramasearch::search {

// More articles than this for the rarest required word: the words are
// common enough that passages holding all of them abound, and the builder
// keeps Xapian's passage-level AND (no article list is built).
constexpr std::size_t kMaxRequiredArticles = 2000;

// The article terms (XA<key>) of the articles in which each of `required`
// matches at least one passage; nullopt when the rarest of them matches
// more than `limit` articles. Rarest first: each further word's query runs
// only over the articles still in, so the cost follows the rarest word.
std::optional<std::vector<std::string>> articles_with_all(const Xapian::Database& db,
                                                          const std::vector<Xapian::Query>& required,
                                                          std::size_t limit = kMaxRequiredArticles);

// A query text split at its required words: `loose` is the text with the
// "+" of each required word removed, `words` those words as written
// (routed forms such as "_sx:laugh" included). Only a "+" at the start of
// the text or after a space or "(" and before a word counts; quoted
// phrases, "+title:x" and other fields are left as they are.
struct RequiredSplit {
  std::string loose;
  std::vector<std::string> words;
};
RequiredSplit split_required(const std::string& text);

}  // namespace dramasearch::search
