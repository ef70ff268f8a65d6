#include "indexer/entities/korean_names.h"

#include <algorithm>
#include <array>

#include "indexer/text/segment.h"

namespace dramasearch::entities {

KoreanNames::KoreanNames(const std::vector<std::string>& family_names,
                         const std::vector<std::string>& syllables) {
  for (const auto& f : family_names) family_.insert(text::fold_case(f));
  for (const auto& s : syllables) syllables_.insert(text::fold_case(s));
}

bool KoreanNames::syllable_shaped(std::string_view w) {
  // Revised/McCune-style romanizations as used in entertainment news.
  static const std::array<std::string_view, 25> initials = {
      "kk", "tt", "pp", "ss", "jj", "ch", "sh", "g", "k", "n", "d", "t", "r",
      "l",  "m",  "b",  "p",  "s",  "j",  "h", "y", "w", "c", "gw", "hw"};
  static const std::array<std::string_view, 27> vowels = {
      "yae", "wae", "yeo", "ae", "ya", "eo", "oe", "yo", "wa", "wo", "we", "wi", "yu", "eu",
      "ui",  "oo",  "ee",  "ou", "ye", "ah", "eh", "a",  "e",  "i",  "o",  "u",  "y"};
  static const std::array<std::string_view, 8> finals = {"ng", "n", "l", "k", "m", "p", "t", "b"};
  if (w.size() < 2 || w.size() > 6) return false;
  auto try_rest = [&](std::string_view rest) {
    for (auto v : vowels) {
      if (rest.substr(0, v.size()) != v) continue;
      std::string_view tail = rest.substr(v.size());
      if (tail.empty()) return true;
      for (auto f : finals)
        if (tail == f) return true;
    }
    return false;
  };
  if (try_rest(w)) return true;
  for (auto i : initials)
    if (w.substr(0, i.size()) == i && try_rest(w.substr(i.size()))) return true;
  return false;
}

bool KoreanNames::given_name_shaped(std::string_view w) const {
  if (w.size() < 2 || w.size() > 12) return false;
  // reach[k]: the fewest syllables that spell w[0, k); at most 3 wanted.
  std::array<int, 13> reach;
  reach.fill(99);
  reach[0] = 0;
  for (std::size_t b = 0; b < w.size(); ++b) {
    if (reach[b] >= 3) continue;
    for (std::size_t e = b + 1; e <= w.size() && e - b <= 6; ++e) {
      const std::string_view piece = w.substr(b, e - b);
      if (syllable_shaped(piece) || syllables_.count(std::string(piece)))
        reach[e] = std::min(reach[e], reach[b] + 1);
    }
  }
  return reach[w.size()] <= 3;
}

}  // namespace dramasearch::entities
