#include "indexer/stories/fingerprint.h"

#include <algorithm>
#include <array>
#include <limits>
#include <string_view>
#include <unordered_set>

#include "indexer/util/hash.h"

namespace dramasearch::stories {
namespace {

// Function words carry no story: left out of sentence signatures.
bool stop_word(std::string_view w) {
  static const std::unordered_set<std::string_view> words = {
      "the",  "and",  "for",   "with",  "that",  "this",  "from",  "was",   "were",  "are",   "has",
      "have", "had",  "his",   "her",   "its",   "their", "they",  "she",   "him",   "who",   "which",
      "will", "would", "been", "being", "also",  "but",   "not",   "all",   "one",   "into",  "about",
      "than", "then", "there", "these", "those", "when",  "while", "where", "what",  "our",   "your",
      "you",  "can",  "could", "more",  "most",  "such",  "only",  "some",  "any",   "each",  "over",
      "after", "before", "during", "said", "says", "just", "very", "out",   "off",   "upon",  "them"};
  return words.count(w) > 0;
}

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finalizer
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

// Words spinners leave alone: capitalized words inside a sentence (names,
// titles), all-caps words and numbers.
std::vector<const Token*> immutables(const Analysis& body) {
  std::vector<const Token*> out;
  std::size_t last_sentence = std::numeric_limits<std::size_t>::max();
  for (const Token& t : body.tokens) {
    const bool first = t.sentence != last_sentence;
    last_sentence = t.sentence;
    if (has_digit(t.term) || t.caps || (t.upper && !first)) out.push_back(&t);
  }
  return out;
}

}  // namespace

Fingerprint fingerprint(const Analysis& body) {
  Fingerprint fp;
  // Sentence signature.
  Sentence current;
  std::size_t sentence = std::numeric_limits<std::size_t>::max();
  auto close = [&] {
    std::sort(current.begin(), current.end());
    current.erase(std::unique(current.begin(), current.end()), current.end());
    if (current.size() >= kMinSentenceWords) fp.signature.push_back(std::move(current));
    current.clear();
  };
  for (const Token& t : body.tokens) {
    if (t.sentence != sentence) {
      close();
      sentence = t.sentence;
    }
    if (t.term.size() < 3 || stop_word(t.term)) continue;
    current.push_back(static_cast<std::uint16_t>(util::fnv1a64(t.term) & 0xffff));
  }
  close();
  constexpr std::size_t kMaxSentences = 150;  // bounds the alignment's cost
  if (fp.signature.size() > kMaxSentences) fp.signature.resize(kMaxSentences);

  // Min-hashes over 2-runs of immutables; short texts fall back to content words.
  std::vector<const Token*> words = immutables(body);
  if (words.size() < 6) {
    words.clear();
    for (const Token& t : body.tokens)
      if (t.term.size() >= 5 && !stop_word(t.term)) words.push_back(&t);
  }
  if (words.size() < 3) return fp;
  std::vector<std::uint64_t> shingles;
  shingles.reserve(words.size());
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    shingles.push_back(util::fnv1a64(words[i + 1]->term, util::fnv1a64(words[i]->term) ^ 0x20));
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  fp.minhashes.assign(kMinHashes, std::numeric_limits<std::uint32_t>::max());
  for (std::uint64_t s : shingles)
    for (std::size_t i = 0; i < kMinHashes; ++i) {
      const auto h = static_cast<std::uint32_t>(mix(s ^ (0x5bd1e995ull * (i + 1))));
      fp.minhashes[i] = std::min(fp.minhashes[i], h);
    }
  return fp;
}

std::string minhash_term(const char* prefix, std::size_t i, std::uint32_t value) {
  static const char* digits = "0123456789abcdef";
  std::string t = prefix;
  t += digits[(i >> 4) & 15];
  t += digits[i & 15];
  for (int shift = 28; shift >= 0; shift -= 4) t += digits[(value >> shift) & 15];
  return t;
}

std::string encode_signature(const Signature& s) {
  std::string out;
  for (const Sentence& sentence : s) {
    const std::size_t n = std::min<std::size_t>(sentence.size(), 255);
    out += static_cast<char>(n);
    for (std::size_t i = 0; i < n; ++i) {
      out += static_cast<char>(sentence[i] >> 8);
      out += static_cast<char>(sentence[i] & 0xff);
    }
  }
  return out;
}

Signature decode_signature(std::string_view bytes) {
  Signature s;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const std::size_t n = static_cast<unsigned char>(bytes[i++]);
    if (i + 2 * n > bytes.size()) break;
    Sentence sentence(n);
    for (std::size_t k = 0; k < n; ++k, i += 2)
      sentence[k] = static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                               static_cast<unsigned char>(bytes[i + 1]));
    s.push_back(std::move(sentence));
  }
  return s;
}

}  // namespace dramasearch::stories
