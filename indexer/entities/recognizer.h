// Entity recognition over an analysed (spin-repaired) text: people,
// characters, dramas/shows/films, groups and broadcasters, the cast credits
// linking them, and the passage kind.
//
// Sources, in order of trust:
//   1. the gazetteer (real names known as facts + the corpus's fictional
//      ones), matched longest-first over case-folded tokens;
//   2. Korean name shapes: a family name followed by one or two romanized
//      syllables ("Baek Si Won");
//   3. titles in double quotes written in Title Case;
//   4. credit patterns: "X plays Y", "X as Y", "Y (X)", "X's character Y",
//      "in the role of Y", "starring X", "X and Y star in D".
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dramasearch/entities.h"
#include "dramasearch/analysis.h"
#include "indexer/entities/korean_names.h"
#include "indexer/lexicon/spin_data.h"
#include "indexer/text/phrase_trie.h"

namespace dramasearch::entities {

class Recognizer {
 public:
  explicit Recognizer(const lexicon::SpinData& data);
  ~Recognizer();

  // Entities of tokens [begin, end) of `a`. `default_drama` (the drama of
  // the article title, may be empty) is used for credits whose drama the
  // passage does not name.
  PassageInfo recognize(const Analysis& a, std::size_t begin, std::size_t end,
                        const std::string& default_drama) const;

 private:
  struct GazEntry {
    std::string name;
    EntityType type;
  };
  text::PhraseTrie trie_;
  std::vector<std::int32_t> entry_of_;  // by trie node: index into entries_, or -1
  std::vector<GazEntry> entries_;
  KoreanNames names_;
};

}  // namespace dramasearch::entities
