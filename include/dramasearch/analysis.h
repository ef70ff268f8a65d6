// The result of analysing one piece of text (a passage, a title, a query):
// the text as published and as repaired, the repair edits, its words and
// sentences. Produced by Pipeline::analyse (pipeline.h).
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace dramasearch {

// One change made (or proposed) by spin repair. Offsets are byte offsets in
// Analysis::original.
struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string from;    // spun text as published (normalized)
  std::string to;      // restored original wording
  std::string reason;  // "lexicon", "name" or "context"
  bool applied = true; // false: uncertain; display keeps `from`
  // The index holds `to` at the edit's words (always when applied; for an
  // uncertain edit only in an article with enough spin evidence), and with
  // it `also`, further plausible originals that are never shown.
  bool indexed = true;
  std::vector<std::string> also;
};

// A word of a text: the one token type of every stage (repair matches over
// the published text's tokens, entities and the index over the repaired
// text's).
struct Token {
  std::size_t offset = 0;   // byte offset in the text it was made from
  std::size_t length = 0;
  std::string term;         // case-folded form of the word
  std::vector<std::string> alternates;  // other case-folded forms at this position
  std::size_t sentence = 0; // index into Analysis::sentences
  bool upper = false;       // starts with an upper-case letter
  bool caps = false;        // every letter upper case, at least two ("KBS")
  // Only spaces, tabs, hyphens, apostrophes, '&' or '/' since the previous
  // word: a phrase may continue here (never over a line break or sentence
  // punctuation).
  bool joined = false;
  // A word of an applied repair: its alternates are the spun words it
  // replaced (kept for search), not further readings of it.
  bool repaired = false;
};

struct Analysis {
  std::string original;   // validated, normalized text as published
  std::string text;       // text after spin repair (== original when nothing applied)
  std::vector<Edit> edits;
  std::vector<Token> tokens;  // words of `text`, in order
  std::vector<std::pair<std::size_t, std::size_t>> sentences;  // [begin,end) in text
  std::size_t invalid_bytes = 0;  // invalid UTF-8 sequences replaced
  std::size_t spun_tokens = 0;    // tokens of `original` covered by applied edits
  std::size_t original_tokens = 0;
  double spin_evidence = 0;       // evidence used for uncertain repairs

  // Share of the published tokens that repair changed, in [0,1].
  double spin_score() const {
    return original_tokens ? double(spun_tokens) / double(original_tokens) : 0.0;
  }
};

}  // namespace dramasearch
