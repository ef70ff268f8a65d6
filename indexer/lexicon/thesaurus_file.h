// Plain synonyms from an English thesaurus in the MyThes format (Debian's
// mythes-en-us: /usr/share/mythes/th_en_US_v2.dat and its .idx).
//
// A synonym spinner replaces a word with an entry of its synonym list, so a
// word's plain synonyms are what a spinner may have written for it. Plain
// synonyms come first; the file's "(generic term)" entries (hypernyms,
// "defend" for "protect") may follow on request, since spinners also swap
// a word for a broader one. "(related term)", "(similar term)" and
// "(antonym)" entries are left out, as are phrases.
//
// Nothing is loaded: each question is a binary search of the sorted .idx
// file on disk and one read of the .dat file, so a short-lived program
// (one query) pays a few reads, not the 18 MB file. Safe to use from
// several threads (each question opens its own streams).
#pragma once

#include <string>
#include <vector>

namespace dramasearch::lexicon {

class ThesaurusFile {
 public:
  // The process-wide thesaurus: $DRAMASEARCH_THESAURUS if set (the .dat
  // path; an empty value or "none" turns it off), else the Debian path.
  static const ThesaurusFile& shared();

  // A thesaurus over `dat_path` and the .idx beside it ("" for none).
  explicit ThesaurusFile(std::string dat_path);

  // True if both files are there.
  bool available() const;
  // "mythes <path>" or "off (<why>)".
  std::string status() const;

  // Plain one-word synonyms of the folded word `word`, in the file's order
  // (its senses, commonest first), without `word` itself and without
  // repeats; at most `limit`. A word the file does not list is looked up
  // again without a regular inflection ("laughs", "laughed", "laughing" ->
  // "laugh"; "stories" -> "story"). Empty if unknown or unavailable; a
  // damaged file gives no synonyms, never an error. With `generic`, the
  // one-word generic terms follow the plain synonyms (within `limit`).
  std::vector<std::string> synonyms(const std::string& word, std::size_t limit, bool generic = false) const;

 private:
  // The entry of exactly `word`: its synonym lines, empty if not listed.
  std::vector<std::string> entry_lines(const std::string& word) const;

  std::string dat_path_, idx_path_;
  bool available_ = false;
};

}  // namespace dramasearch::lexicon
