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

#include "dramasearch/analysis.h"
#include "dramasearch/entities.h"

namespace dramasearch {

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
  // the article title) is credited when the passage names none; `article`
  // (optional, from learn_article over the whole body) makes every passage
  // read the article's characters, titles and short names alike.
  PassageInfo recognize(const Analysis& a, std::size_t token_begin, std::size_t token_end,
                        const std::string& default_drama = "", const ArticleEntities* article = nullptr) const;

  // A first pass over an article body: the names it introduces (characters,
  // titles, people and their short forms) and what it is mainly about.
  // `headline` (optional): the article title, which may write a title the
  // body spins as it was.
  ArticleEntities learn_article(const Analysis& body, const Analysis* headline = nullptr) const;

  // The passage kind a query asks about (scene / cast), kOther if neither.
  PassageKind query_intent(const Analysis& query) const;

  // What a spinner may have written for the case-folded word `word`: the
  // spun sides of this pipeline's lexicon rows whose original it is, then
  // its synonyms in the system's English thesauri (mythes-en-us and
  // wordnet-base, where installed; DRAMASEARCH_THESAURUS=none and
  // DRAMASEARCH_WORDNET=none leave them out). One-word forms
  // only, never `word` itself. Queries ask for these in spun articles, so
  // that an original word finds the swap repair did not undo. Empty with
  // repair off.
  std::vector<std::string> spun_forms(const std::string& word) const;
  // How many of spun_forms(word)'s first forms are the lexicon's own swaps
  // (and a number word's digits); the others are the thesauri's synonyms.
  std::size_t listed_spun_forms(const std::string& word) const;

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
