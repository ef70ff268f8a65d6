#include "repair/match_token.h"

#include "text/segment.h"

namespace dramasearch::repair {

std::vector<MatchToken> match_tokens(std::string_view text) {
  const auto words = text::split_words(text);
  std::vector<MatchToken> out;
  out.reserve(words.size());
  std::size_t prev_end = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    MatchToken t;
    t.offset = words[i].offset;
    t.length = words[i].length;
    t.surface = text.substr(t.offset, t.length);
    t.term = text::fold_case(t.surface);
    t.upper = text::starts_upper(t.surface);
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
  for (const auto& w : text::split_words(phrase))
    out.push_back(text::fold_case(phrase.substr(w.offset, w.length)));
  return out;
}

}  // namespace dramasearch::repair
