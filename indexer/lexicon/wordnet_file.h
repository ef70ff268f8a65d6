// Synonyms from WordNet's database files (Debian's wordnet-base:
// /usr/share/wordnet/index.noun, data.noun, noun.exc and the same for verb,
// adj and adv).
//
// The second thesaurus beside MyThes (thesaurus_file.h): spinners draw their
// swaps from synonym lists, and each of the two lists holds swaps the other
// lacks ("chuckle" for laugh is in both, "desk" for table only in WordNet).
// A word's synonyms are the one-word members of its synsets, the senses of
// all its parts of speech interleaved by rank (the first verb sense, the
// first noun sense, then the second of each ...); with `generic`, the
// one-word members of their hypernyms and, for adjectives, similar synsets
// follow.
//
// Nothing is loaded: a word is found by binary search of the sorted index
// files on disk (and its inflection in the sorted exception lists), its
// synsets read at their byte offsets. Safe to use from several threads
// (each question opens its own streams).
#pragma once

#include <string>
#include <vector>

namespace dramasearch::lexicon {

class WordNetFile {
 public:
  // The process-wide WordNet: the directory $DRAMASEARCH_WORDNET if set (an
  // empty value or "none" turns it off), else the Debian path.
  static const WordNetFile& shared();

  // WordNet's database files in `dir` ("" for none).
  explicit WordNetFile(std::string dir);

  // True if the index and data files of nouns and verbs are there.
  bool available() const;
  // "wordnet <dir>" or "off (<why>)".
  std::string status() const;

  // Lower-case one-word synonyms of the folded word `word` (of its base
  // form, for an inflection: "laughed" -> "laugh", "ran" -> "run"), most
  // common senses first, without the word, its base or repeats; at most
  // `limit`, and at most `senses` senses of each part of speech. Empty if
  // unknown or unavailable; a damaged file gives no synonyms, never an
  // error.
  std::vector<std::string> synonyms(const std::string& word, std::size_t limit, bool generic = false,
                                    std::size_t senses = 8) const;

 private:
  std::string dir_;
  bool available_ = false;
};

}  // namespace dramasearch::lexicon
