#include "indexer/repair/spun_forms.h"

#include <algorithm>

#include "indexer/text/segment.h"

namespace dramasearch::repair {
namespace {

// One lower-case word of letters (or, for a spun side, of digits): the
// forms a query word can be swapped for one to one (phrases would need
// phrase queries).
bool one_word(const std::string& s, bool digits = false) {
  if (s.empty()) return false;
  if (digits && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= '0' && c <= '9'; })) return true;
  return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
}

// The digits of a one-word English number ("twenty" -> "20"), "" if the
// word is none. Spinners write digits for number words ("2" for "two" is
// among the observed swaps), and a reader types the words.
std::string digits_of(const std::string& word) {
  static const char* const kUnits[] = {"zero",    "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  static const char* const kTens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (int i = 0; i < 20; ++i)
    if (word == kUnits[i]) return std::to_string(i);
  for (int i = 0; i < 8; ++i)
    if (word == kTens[i]) return std::to_string(20 + 10 * i);
  if (word == "hundred") return "100";
  return {};
}

}  // namespace

SpunForms::SpunForms(const lexicon::SpinData& data, const lexicon::ThesaurusFile& thesaurus,
                     const lexicon::WordNetFile& wordnet)
    : thesaurus_(thesaurus), wordnet_(wordnet) {
  for (const auto& row : data.lexicon) {
    const std::string spun = text::fold_case(row.spun), original = text::fold_case(row.original);
    if (!one_word(spun, true) || !one_word(original) || spun == original) continue;
    auto& forms = lexicon_[original];
    if (std::find(forms.begin(), forms.end(), spun) == forms.end()) forms.push_back(spun);
  }
}

std::size_t SpunForms::listed(const std::string& word) const {
  std::size_t n = 0;
  if (auto it = lexicon_.find(word); it != lexicon_.end()) n = it->second.size();
  if (auto d = digits_of(word); !d.empty()) {
    const auto it = lexicon_.find(word);
    if (it == lexicon_.end() || std::find(it->second.begin(), it->second.end(), d) == it->second.end()) ++n;
  }
  return n;
}

std::vector<std::string> SpunForms::of(const std::string& word) const {
  {
    std::lock_guard<std::mutex> lock(remembered_mutex_);
    if (auto it = remembered_.find(word); it != remembered_.end()) return it->second;
  }
  std::vector<std::string> out;
  if (auto it = lexicon_.find(word); it != lexicon_.end()) out = it->second;
  if (auto d = digits_of(word); !d.empty() && std::find(out.begin(), out.end(), d) == out.end())
    out.push_back(std::move(d));
  const std::size_t before_thesauri = out.size();
  for (auto& s : thesaurus_.synonyms(word, kMaxThesaurusForms, /*generic=*/true))
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  for (auto& s : wordnet_.synonyms(word, kMaxAllThesaurusForms, /*generic=*/true)) {
    if (out.size() - before_thesauri >= kMaxAllThesaurusForms) break;
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  std::lock_guard<std::mutex> lock(remembered_mutex_);
  if (remembered_.size() >= kMaxRemembered) remembered_.clear();
  remembered_.emplace(word, out);
  return out;
}

}  // namespace dramasearch::repair
