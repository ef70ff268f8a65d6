// The query side of spin repair: a word of the query also matches what a
// spinner may have written for it (Pipeline::spun_forms), in spun articles
// only.
//
// The query builder routes each such word to a hidden field ("laugh" ->
// "_sx:laugh"), so the QueryParser keeps its operators ("+laugh" still
// requires it) while this processor supplies the word's query:
//   Zlaugh OR ((Zchuckl OR Zgiggl ...) FILTER XSPUN) scaled
// An unspun article matches only the words it says; a spun one also
// matches the spun forms, at a lower weight than the word itself.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace dramasearch::search {

class SpunFormsField : public Xapian::FieldProcessor {
 public:
  // Weight of a spun form's match, relative to the word itself: below 1,
  // since a synonym in a spun article is likelier than not, not certain,
  // to be the word the author wrote.
  static constexpr double kSpunFormWeight = 0.5;

  // The queries of this parse: `word` as routed (its text as typed) and the
  // stems of its spun forms. Replaces what an earlier parse set.
  void set(std::map<std::string, std::vector<std::string>> forms) { forms_ = std::move(forms); }

  Xapian::Query operator()(const std::string& text) override;

 private:
  std::map<std::string, std::vector<std::string>> forms_;  // word -> Z-terms of its spun forms
  Xapian::Stem stem_{"english"};
};

}  // namespace dramasearch::search
