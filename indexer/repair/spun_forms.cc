#include "indexer/repair/spun_forms.h"

#include <algorithm>

#include "indexer/text/segment.h"

namespace dramasearch::repair {
namespace {

// One lower-case word of letters: the forms a query word can be swapped
// for one to one (phrases would need phrase queries).
bool one_word(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

SpunForms::SpunForms(const lexicon::SpinData& data, const lexicon::ThesaurusFile& thesaurus)
    : thesaurus_(thesaurus) {
  for (const auto& row : data.lexicon) {
    const std::string spun = text::fold_case(row.spun), original = text::fold_case(row.original);
    if (!one_word(spun) || !one_word(original) || spun == original) continue;
    auto& forms = lexicon_[original];
    if (std::find(forms.begin(), forms.end(), spun) == forms.end()) forms.push_back(spun);
  }
}

std::vector<std::string> SpunForms::of(const std::string& word) const {
  {
    std::lock_guard<std::mutex> lock(remembered_mutex_);
    if (auto it = remembered_.find(word); it != remembered_.end()) return it->second;
  }
  std::vector<std::string> out;
  if (auto it = lexicon_.find(word); it != lexicon_.end()) out = it->second;
  for (auto& s : thesaurus_.synonyms(word, kMaxThesaurusForms, /*generic=*/true))
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  std::lock_guard<std::mutex> lock(remembered_mutex_);
  if (remembered_.size() >= kMaxRemembered) remembered_.clear();
  remembered_.emplace(word, out);
  return out;
}

}  // namespace dramasearch::repair
