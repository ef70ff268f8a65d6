#include "indexer/stories/similarity.h"

#include <algorithm>

namespace dramasearch::stories {
namespace {

bool sentences_match(const Sentence& a, const Sentence& b) {
  std::size_t common = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++common, ++i, ++j;
  }
  return common >= 3 && 2 * common >= std::min(a.size(), b.size());
}

}  // namespace

Similarity compare(const Signature& a, const Signature& b) {
  Similarity s;
  if (a.empty() || b.empty()) return s;
  // Longest common subsequence of matching sentences, one row at a time.
  std::vector<std::size_t> prev(b.size() + 1, 0), row(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j)
      row[j] = sentences_match(a[i - 1], b[j - 1]) ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
    std::swap(prev, row);
  }
  s.aligned = prev[b.size()];
  s.containment = double(s.aligned) / double(std::min(a.size(), b.size()));
  s.similarity = 2.0 * double(s.aligned) / double(a.size() + b.size());
  return s;
}

}  // namespace dramasearch::stories
