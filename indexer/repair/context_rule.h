// Context rules: where an ambiguous spun form is repaired because its
// neighbours show it was spun ("the solid of <Title>" -> "the cast of ...").
//
// Pattern syntax (space-separated items, exactly one `_` for the spun phrase):
//   word      that word, case-insensitive      a|b|c   any of these words
//   *         any one word                     <Cap>   a word starting upper case
//   <Num>     a word made of digits
#pragma once

#include <string>
#include <vector>

#include "dramasearch/analysis.h"

namespace dramasearch::repair {

class ContextRule {
 public:
  // Throws dramasearch::Error if the pattern has no or several `_`.
  ContextRule(const std::string& pattern, std::string original);

  // True if tokens around [first, first+count) satisfy the pattern.
  bool matches(const std::vector<Token>& tokens, std::size_t first, std::size_t count) const;

  const std::string& original() const { return original_; }

 private:
  struct Item {
    enum Kind { kWords, kAny, kCap, kNum } kind = kAny;
    std::vector<std::string> words;
    bool accepts(const Token& t) const;
  };
  std::vector<Item> left_;   // nearest first
  std::vector<Item> right_;  // nearest first
  std::string original_;
};

}  // namespace dramasearch::repair
