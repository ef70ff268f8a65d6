// Tokens: the words of a text with what every matcher needs (case-folded
// term, capitalization, whether a phrase may continue across the gap).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/analysis.h"

namespace dramasearch::text {

// The words of `text` (normalized UTF-8) as Tokens; sentence is left 0.
std::vector<Token> tokenize(std::string_view text);

// The word of `text` that `t` stands for.
inline std::string_view surface(std::string_view text, const Token& t) { return text.substr(t.offset, t.length); }

// Case-folded words of a phrase (a data-file entry, an entity name).
std::vector<std::string> phrase_terms(std::string_view phrase);

}  // namespace dramasearch::text
