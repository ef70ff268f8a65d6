// Splitting an analysed article into passages, the unit of retrieval.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dramasearch/pipeline.h"

namespace dramasearch::index {

struct Passage {
  std::size_t number = 0;       // 0-based within the article
  std::size_t paragraph = 0;    // 0-based paragraph of the body it comes from
  std::string text;             // repaired text of the passage
  std::string original;         // the same span as published
  std::size_t token_begin = 0;  // range in Analysis::tokens
  std::size_t token_end = 0;
};

// Paragraphs (separated by blank lines) become passages; a paragraph longer
// than `max_words` is cut at sentence boundaries into windows of at most
// `max_words` words (a single longer sentence is cut at word boundaries).
// Paragraphs without words are dropped.
std::vector<Passage> split_passages(const Analysis& a, std::size_t max_words = 80);

// Maps a byte offset of Analysis::text back to Analysis::original.
std::size_t original_offset(const Analysis& a, std::size_t text_offset);

}  // namespace dramasearch::index
