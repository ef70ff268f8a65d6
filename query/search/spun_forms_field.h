// The query side of spin repair: a word of the query also matches what a
// spinner may have written for it (Pipeline::spun_forms), in spun articles
// only.
//
// The query builder routes each such word to a hidden field ("laugh" ->
// "_sx:laugh"), so the QueryParser keeps its operators ("+laugh" still
// requires it) while this processor supplies the word's query:
//   Zlaugh OR ((Zchuckl SYNONYM Zgiggl ...) FILTER XSPUN) scaled
// An unspun article matches only the words it says; a spun one also
// matches the spun forms, at a lower weight than the word itself, and the
// forms together weigh as one word.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace dramasearch::search {

// Weight of a spun form's match, relative to the word itself: below 1,
// since a synonym in a spun article is likelier than not, not certain, to
// be the word the author wrote.
constexpr double kSpunFormWeight = 0.5;

// The query of a word whose term is `own` (Z + stem) and whose spun forms
// have the terms `forms` (not empty).
Xapian::Query spun_forms_query(const std::string& own, const std::vector<std::string>& forms);

class SpunFormsField : public Xapian::FieldProcessor {
 public:
  // The queries of this parse, by word as routed, case-folded.
  // Replaces what an earlier parse set.
  void set(std::map<std::string, Xapian::Query> queries) { queries_ = std::move(queries); }

  // The word's query; a word not set (typed as "_sx:word") is the word alone.
  Xapian::Query operator()(const std::string& text) override;

 private:
  std::map<std::string, Xapian::Query> queries_;
  Xapian::Stem stem_{"english"};
};

}  // namespace dramasearch::search
