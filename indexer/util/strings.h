// Small string-list helpers shared across the library.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace dramasearch::util {

// Appends `s` unless it is empty or already in `list` (keeps first-seen order).
inline void add_unique(std::vector<std::string>& list, const std::string& s) {
  if (!s.empty() && std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

}  // namespace dramasearch::util
