// What a spinner may have written for a word: the other direction of
// repair, for queries.
//
// Repair turns spun words back into originals where the evidence allows.
// Where it does not (a swap the lexicon lacks, or too little evidence in
// the article), a reader's original word is still missing from the spun
// text. A query can meet it halfway: besides the word it may ask for the
// spun forms of the word, in spun articles only. The spun forms of a word
// are the spun sides of the lexicon rows whose original it is (observed
// swaps, all classes), the digits of a number word ("20" for "twenty"),
// and the word's synonyms in two English thesauri, MyThes
// (lexicon/thesaurus_file.h) and then WordNet (lexicon/wordnet_file.h),
// since a spinner draws its swaps from such lists.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "indexer/lexicon/spin_data.h"
#include "indexer/lexicon/thesaurus_file.h"
#include "indexer/lexicon/wordnet_file.h"

namespace dramasearch::repair {

class SpunForms {
 public:
  // At most this many thesaurus synonyms per word, the commonest senses
  // first: more only add unrelated senses.
  static constexpr std::size_t kMaxThesaurusForms = 12;
  // WordNet's synonyms and then generic terms fill the thesaurus forms up
  // to this many: on the observed one-word swaps, 12 MyThes forms hold the
  // spun word for 355 of 1,054 sightings, MyThes and WordNet up to 24 for
  // 438 (15 forms a word on average instead of 9.5).
  static constexpr std::size_t kMaxAllThesaurusForms = 24;

  // One-word lexicon rows of `data` inverted; `thesaurus` and `wordnet`
  // may be unavailable (then only the lexicon and the other answer). They
  // must outlive this.
  SpunForms(const lexicon::SpinData& data, const lexicon::ThesaurusFile& thesaurus,
            const lexicon::WordNetFile& wordnet);

  // The one-word spun forms of the folded word `word` (lexicon first, the
  // digits of a number word, then MyThes's synonyms and generic terms,
  // then WordNet's), without `word`
  // itself and without repeats.
  // Answers are remembered (up to kMaxRemembered words), so a server asks
  // the thesaurus file once per word. Safe to call from several threads.
  std::vector<std::string> of(const std::string& word) const;

  // How many of of(word)'s first forms are the lexicon's swaps and a number
  // word's digits (the rest are the thesauri's).
  std::size_t listed(const std::string& word) const;

  static constexpr std::size_t kMaxRemembered = 20000;

 private:
  std::unordered_map<std::string, std::vector<std::string>> lexicon_;  // original -> spun
  const lexicon::ThesaurusFile& thesaurus_;
  const lexicon::WordNetFile& wordnet_;
  mutable std::mutex remembered_mutex_;
  mutable std::unordered_map<std::string, std::vector<std::string>> remembered_;
};

}  // namespace dramasearch::repair
