// The data stored with each passage document (Xapian document data), one
// definition for the writer (document_builder.cc) and its readers (the
// searcher's hits, the person and drama profiles). Encoded as a compact
// JSON object; docs/index-format.md shows it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dramasearch::index {

// A cast credit found in the passage.
struct StoredCredit {
  std::string name;       // the actor
  std::string character;  // may be empty
  std::string drama;      // may be empty
  double confidence = 1.0;  // CastCredit::confidence (1 in indexes written before it was stored)
};

struct StoredPassage {
  std::string article_id;
  std::size_t passage = 0;  // number within the article
  std::string title;        // the article's title, repaired
  std::string date, url, source;
  std::string text;         // the passage, repaired
  double spin = 0;          // the article's spin score
  std::string kind = "other";  // scene, cast or other
  std::string drama;        // the drama the passage is about, may be empty
  std::vector<StoredCredit> cast;
  std::optional<std::string> original;        // the passage as published, when it differs from text
  std::optional<std::string> original_title;  // the title as published, when it differs
};

std::string encode(const StoredPassage& p);

// Decodes document data; false if it is not a stored passage (not a JSON
// object). Missing fields keep their defaults.
bool decode(std::string_view data, StoredPassage& out);

// Decodes only what names the article (article_id, title, date, url,
// source, spin): the passage's text, original and credits are skipped
// without being stored, so listing the copies of a story reads little.
bool decode_article(std::string_view data, StoredPassage& out);

// The article's card: what names it (article_id, title, date, url, source)
// in a value of its first passage, so that listing the copies of a story
// reads one value per copy instead of its document data. decode_card is
// false for a value that is not a card (an index written before cards).
std::string encode_card(const StoredPassage& p);
bool decode_card(std::string_view value, StoredPassage& out);

}  // namespace dramasearch::index
