// Entity recognition over an analysed (spin-repaired) text: people,
// characters, dramas/shows/films, groups and broadcasters, the cast credits
// linking them, and the passage kind.
//
// Sources, in order of trust:
//   1. what the article itself taught (ArticleEntities, from learn() over
//      the whole body): its characters, titles, people and their short forms;
//   2. the gazetteer (real names known as facts) and Korean name shapes (a
//      family name followed by romanized given-name syllables, "Baek Si
//      Won"), the longer match winning, so "Park Hae Jin" is not "Jin";
//   3. idols named with their group ("NOVA9's Hyunwoo");
//   4. titles from cues ("the weekend drama X", "tvN's X", "X has released",
//      "who plays Y in X") and titles in double quotes;
//   5. credit patterns: "X plays Y", "X as Y" (also in lists), "Y (X)",
//      "X's character Y", "Y, played by X", "in the role of Y", "she plays Y",
//      and line-ups ("starring X", "X joined the show", "guests").
// One pass per stage over the tokens; tries and hash sets, no regexes.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dramasearch/entities.h"
#include "dramasearch/analysis.h"
#include "indexer/entities/korean_names.h"
#include "indexer/entities/title_variants.h"
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
                        const std::string& default_drama, const ArticleEntities* article = nullptr) const;

  // What the whole of `body` teaches about its names (see ArticleEntities);
  // `headline` (optional) may hold an unspun form of a title the body spins.
  // `score` (optional) rereads a title a spun body writes one way only
  // (TitleVariants::group).
  ArticleEntities learn(const Analysis& body, const Analysis* headline = nullptr,
                        const TitleScorer& score = {}) const;

 private:
  // A known name for the family name alone of each of `names` (persons and
  // characters, by type) that no other of them has.
  std::vector<ArticleEntities::Known> family_forms(const std::vector<std::string>& names,
                                                   const std::unordered_map<std::string, EntityType>& type_of) const;

  struct GazEntry {
    std::string name;
    EntityType type;
  };
  text::PhraseTrie trie_;
  std::vector<std::int32_t> entry_of_;  // by trie node: index into entries_, or -1
  std::vector<GazEntry> entries_;
  KoreanNames names_;
  TitleVariants titles_;
  std::unordered_set<std::string> gazetteer_titles_;
  // First words of gazetteer names that open in lower case ("tvN",
  // "f(x)"), folded -> as written: matched where a name could not
  // otherwise start, when written so.
  std::unordered_map<std::string, std::string> lower_firsts_;
  // First word of a syllable's spun form -> (the form's words, the syllable).
  std::unordered_map<std::string, std::vector<std::pair<std::vector<std::string>, std::string>>> spun_syllables_;
  // Folded syllable -> its spun forms of two words or more ("seo" -> "web optimization").
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> syllable_phrases_;
};

}  // namespace dramasearch::entities
