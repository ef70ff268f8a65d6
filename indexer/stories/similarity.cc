#include "indexer/stories/similarity.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace dramasearch::stories {
namespace {

// Two sentences match when they share at least three content words and at
// least half of the shorter one's.
bool sentences_match(std::size_t common, std::size_t size_a, std::size_t size_b) {
  return common >= 3 && 2 * common >= std::min(size_a, size_b);
}

}  // namespace

namespace {

using Postings = std::vector<std::pair<std::uint16_t, std::uint32_t>>;

// The words each sentence of `a` shares with every sentence of `b`, from
// one sorted list of b's (word, sentence) pairs: a lookup per word of `a`
// instead of merging every pair of sentences (most pairs share nothing).
Postings postings_of(const Signature& b) {
  Postings out;
  for (std::uint32_t j = 0; j < b.size(); ++j)
    for (const std::uint16_t w : b[j]) out.emplace_back(w, j);
  std::sort(out.begin(), out.end());
  return out;
}

Similarity similarity(const Signature& a, const Signature& b, const Postings& postings) {
  Similarity s;
  if (a.empty() || b.empty()) return s;
  std::vector<std::uint32_t> common(b.size());
  // Longest common subsequence of matching sentences, one row at a time.
  std::vector<std::size_t> prev(b.size() + 1, 0), row(b.size() + 1, 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::fill(common.begin(), common.end(), 0);
    for (const std::uint16_t w : a[i - 1]) {
      auto p = std::lower_bound(postings.begin(), postings.end(), std::make_pair(w, std::uint32_t{0}));
      for (; p != postings.end() && p->first == w; ++p) ++common[p->second];
    }
    for (std::size_t j = 1; j <= b.size(); ++j)
      row[j] = sentences_match(common[j - 1], a[i - 1].size(), b[j - 1].size()) ? prev[j - 1] + 1
                                                                                : std::max(prev[j], row[j - 1]);
    std::swap(prev, row);
  }
  s.aligned = prev[b.size()];
  s.containment = double(s.aligned) / double(std::min(a.size(), b.size()));
  s.similarity = 2.0 * double(s.aligned) / double(a.size() + b.size());
  return s;
}

}  // namespace

Similarity compare(const Signature& a, const Signature& b) {
  if (a.empty() || b.empty()) return {};
  return similarity(a, b, postings_of(b));
}

SignatureIndex::SignatureIndex(Signature b) : b_(std::move(b)), postings_(postings_of(b_)) {}

Similarity SignatureIndex::compare(const Signature& a) const { return similarity(a, b_, postings_); }

}  // namespace dramasearch::stories
