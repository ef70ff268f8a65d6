#include "query/search/spun_forms_field.h"

#include "indexer/index/schema.h"
#include "indexer/text/segment.h"

namespace dramasearch::search {

Xapian::Query spun_forms_query(const std::string& own, const std::vector<std::string>& forms) {
  // The forms stand for one word, so they weigh as one term (OP_SYNONYM:
  // the frequency of their union). It also bounds the branch by one term's
  // weight: an OR of a dozen forms has the sum of a dozen bounds, so the
  // matcher could never skip the branch's postings once the top weights
  // rise above it (query p99 over 1M articles: 580 -> 428 ms).
  const Xapian::Query any_form(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
  const Xapian::Query in_spun(Xapian::Query::OP_FILTER, any_form, Xapian::Query(schema::kSpun));
  return Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(own),
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, in_spun, kSpunFormWeight));
}

Xapian::Query SpunFormsField::operator()(const std::string& text) {
  // The parser hands a field's text over lower-cased ("Couch" arrives as
  // "couch"), so words are set and looked up folded.
  const std::string folded = text::fold_case(text);
  if (const auto it = queries_.find(folded); it != queries_.end()) return it->second;
  // The same term the QueryParser makes of an unprefixed word (STEM_ALL_Z).
  // (append() rather than operator+ sidesteps a GCC 12 -Wrestrict false positive)
  return Xapian::Query(std::string(schema::kStem).append(stem_(folded)));
}

}  // namespace dramasearch::search
