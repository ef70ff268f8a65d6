#include "indexer/repair/context_rule.h"

#include <algorithm>
#include <sstream>

#include "dramasearch/error.h"
#include "indexer/text/tokens.h"

namespace dramasearch::repair {

ContextRule::ContextRule(const std::string& pattern, std::string original)
    : original_(std::move(original)) {
  std::istringstream in(pattern);
  std::string item;
  bool seen_slot = false;
  std::vector<Item> before;
  while (in >> item) {
    if (item == "_") {
      if (seen_slot) throw Error("context rule '" + pattern + "' has more than one _");
      seen_slot = true;
      continue;
    }
    Item it;
    if (item == "*") {
      it.kind = Item::kAny;
    } else if (item == "<Cap>") {
      it.kind = Item::kCap;
    } else if (item == "<Num>") {
      it.kind = Item::kNum;
    } else {
      it.kind = Item::kWords;
      std::size_t b = 0;
      for (;;) {
        const std::size_t e = item.find('|', b);
        const auto terms = text::phrase_terms(item.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (!terms.empty()) it.words.push_back(terms.front());
        if (e == std::string::npos) break;
        b = e + 1;
      }
    }
    (seen_slot ? right_ : before).push_back(std::move(it));
  }
  if (!seen_slot) throw Error("context rule '" + pattern + "' has no _");
  left_.assign(before.rbegin(), before.rend());
}

bool ContextRule::Item::accepts(const Token& t) const {
  switch (kind) {
    case kAny:
      return true;
    case kCap:
      return t.upper;
    case kNum:
      return !t.term.empty() &&
             std::all_of(t.term.begin(), t.term.end(), [](char c) { return c >= '0' && c <= '9'; });
    case kWords:
      return std::find(words.begin(), words.end(), t.term) != words.end();
  }
  return false;
}

bool ContextRule::matches(const std::vector<Token>& tokens, std::size_t first,
                          std::size_t count) const {
  if (left_.size() > first) return false;
  if (first + count + right_.size() > tokens.size()) return false;
  for (std::size_t k = 0; k < left_.size(); ++k)
    if (!left_[k].accepts(tokens[first - 1 - k])) return false;
  for (std::size_t k = 0; k < right_.size(); ++k)
    if (!right_[k].accepts(tokens[first + count + k])) return false;
  return true;
}

}  // namespace dramasearch::repair
