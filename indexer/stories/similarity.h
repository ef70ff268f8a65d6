// Sentence-order similarity of two story signatures (fingerprint.h).
//
// Two sentences match when at least half of the shorter one's content words
// (and at least three) are in the other. The alignment is the longest
// common subsequence of matching sentences: copies keep the order, while
// boilerplate shared by two different stories is a few sentences at most.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "indexer/stories/fingerprint.h"

namespace dramasearch::stories {

struct Similarity {
  std::size_t aligned = 0;   // sentences aligned in order
  double containment = 0;    // aligned / sentences of the shorter signature
  double similarity = 0;     // 2 * aligned / (sentences of both): favours the complete copy
};

Similarity compare(const Signature& a, const Signature& b);

// One signature made ready to be compared with many: its (word, sentence)
// pairs are sorted once. compare(x) == stories::compare(x, b).
class SignatureIndex {
 public:
  explicit SignatureIndex(Signature b);
  Similarity compare(const Signature& a) const;

 private:
  Signature b_;
  std::vector<std::pair<std::uint16_t, std::uint32_t>> postings_;
};

// The decision: the same story when at least half of the shorter article's
// sentences align, and at least two do.
constexpr double kMinContainment = 0.5;
constexpr std::size_t kMinAligned = 2;
inline bool same_story(const Similarity& s) { return s.aligned >= kMinAligned && s.containment >= kMinContainment; }

}  // namespace dramasearch::stories
