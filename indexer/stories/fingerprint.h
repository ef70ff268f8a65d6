// Story fingerprints: what an article keeps when a content farm copies it,
// spun or not, so that copies of one story can be found and confirmed.
//
// Two parts, both computed from the *repaired* body (spin repair brings a
// spun copy's wording back towards its original):
//  - min-hashes over 2-runs of the article's immutables (names, titles,
//    numbers: the words spinners leave alone). Stored as boolean terms, they
//    find candidate copies with one OR query; they only need recall.
//  - a sentence signature: for each sentence, hashes of its content words.
//    Copies keep their sentences in order, so the sentence alignment of two
//    signatures (similarity.h) confirms a candidate; two different stories
//    about one drama share at most a few boilerplate sentences.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/analysis.h"

namespace dramasearch::stories {

// Min-hashes per article (each one boolean term).
constexpr std::size_t kMinHashes = 16;

// One sentence: sorted, unique 16-bit hashes of its content words.
using Sentence = std::vector<std::uint16_t>;
using Signature = std::vector<Sentence>;

struct Fingerprint {
  std::vector<std::uint32_t> minhashes;  // kMinHashes values, or none when the text has too few immutables
  Signature signature;                   // sentences with at least kMinSentenceWords content words
};

// Sentences with fewer content words ("See more", a photo caption) are left
// out of the signature: farms add and drop such lines.
constexpr std::size_t kMinSentenceWords = 4;

// The fingerprint of an analysed (repaired) body.
Fingerprint fingerprint(const Analysis& body);

// The boolean term of min-hash number i: "XFP" + 2 hex digits + 8 hex digits.
std::string minhash_term(const char* prefix, std::size_t i, std::uint32_t value);

// Compact byte encoding of a signature (a value slot) and back; a malformed
// encoding decodes to the sentences before the damage.
std::string encode_signature(const Signature& s);
Signature decode_signature(std::string_view bytes);

}  // namespace dramasearch::stories
