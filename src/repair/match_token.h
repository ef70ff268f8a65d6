// The token view that the repair matchers work on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dramasearch::repair {

struct MatchToken {
  std::string_view surface;  // the word as written (normalized text)
  std::string term;          // case-folded
  std::size_t offset = 0;    // bytes into the normalized text
  std::size_t length = 0;
  bool joined = false;       // only spaces/hyphens/apostrophes since the previous word
  bool upper = false;        // starts with an upper-case letter
};

// Builds MatchTokens for `text` (normalized UTF-8).
std::vector<MatchToken> match_tokens(std::string_view text);

// Case-folded words of a phrase from a data file.
std::vector<std::string> phrase_terms(std::string_view phrase);

}  // namespace dramasearch::repair
