#include "indexer/text/tokens.h"

#include "indexer/text/segment.h"

namespace dramasearch::text {

std::vector<Token> tokenize(std::string_view text) {
  const auto words = split_words(text);
  std::vector<Token> out;
  out.reserve(words.size());
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    Token t;
    t.offset = words[i].offset;
    t.length = words[i].length;
    const std::string_view w = text.substr(t.offset, t.length);
    t.term = fold_case(w);
    t.upper = starts_upper(w);
    t.caps = t.upper && all_upper(w);
    if (i > 0) {
      // Phrases may span spaces, hyphens, apostrophes, '&' and '/', never a
      // line break or sentence punctuation.
      t.joined = true;
      for (std::size_t k = prev_end; k < t.offset; ++k) {
        const char c = text[k];
        if (c != ' ' && c != '\t' && c != '-' && c != '\'' && c != '&' && c != '/') {
          t.joined = false;
          break;
        }
      }
    }
    prev_end = t.offset + t.length;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<std::string> phrase_terms(std::string_view phrase) {
  std::vector<std::string> out;
  for (const auto& w : split_words(phrase)) out.push_back(fold_case(phrase.substr(w.offset, w.length)));
  return out;
}

}  // namespace dramasearch::text
