// dramasearch::Pipeline — the one text-analysis chain shared by the indexer
// and the query side, so a query is analysed exactly like a document:
//
//   raw bytes -> UTF-8 validation (invalid bytes become U+FFFD, counted)
//             -> ICU NFKC normalization, typographic quotes/dashes/spaces folded
//             -> spin repair (spun phrase -> original phrase, names included)
//             -> ICU word and sentence segmentation
//             -> case-folded exact terms (+ English stems, made by the index)
//
// A Pipeline is immutable after construction and safe to share between
// threads. Building one loads the spin lexicon (compiled into the library
// unless Options::data_dir names a directory with replacement files).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/entities.h"

namespace dramasearch {

// One change made (or proposed) by spin repair. Offsets are byte offsets in
// Analysis::original.
struct Edit {
  std::size_t offset = 0;
  std::size_t length = 0;
  std::string from;    // spun text as published (normalized)
  std::string to;      // restored original wording
  std::string reason;  // "lexicon", "name" or "context"
  bool applied = true; // false: uncertain; display keeps `from`, index holds both
};

// A word of Analysis::text.
struct Token {
  std::size_t offset = 0;   // byte offset in Analysis::text
  std::size_t length = 0;
  std::string term;         // case-folded form of the word
  std::vector<std::string> alternates;  // other case-folded forms at this position
  std::size_t sentence = 0; // index into Analysis::sentences
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

class Pipeline {
 public:
  struct Options {
    bool repair = true;      // false: the repair stage passes text through
    std::string data_dir;    // empty: the lexicon compiled into the library
  };

  Pipeline();
  explicit Pipeline(const Options& options);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Stage 1+2: UTF-8 validation and normalization. `invalid` (optional)
  // receives the number of invalid byte sequences replaced.
  std::string normalize(std::string_view raw, std::size_t* invalid = nullptr) const;

  // The whole chain over one piece of text (a passage, a title or a query).
  // `spin_context` carries outside evidence of spinning (Analysis::
  // spin_evidence of the article body, for its title); -1 decides from the
  // text itself. Uncertain repairs are applied only with enough evidence.
  Analysis analyse(std::string_view raw, double spin_context = -1) const;

  // Last stage: entities, cast credits and the passage kind of tokens
  // [token_begin, token_end) of `a`. `default_drama` (usually the drama of
  // the article title) is credited when the passage names none.
  PassageInfo recognize(const Analysis& a, std::size_t token_begin, std::size_t token_end,
                        const std::string& default_drama = "") const;

  // The passage kind a query asks about (scene / cast), kOther if neither.
  PassageKind query_intent(const Analysis& query) const;

  // A fingerprint of everything that changes analysis output (pipeline
  // version, lexicon contents, options). Stored with indexed articles so that
  // a changed lexicon re-indexes them.
  const std::string& fingerprint() const;

  bool repair_enabled() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dramasearch
