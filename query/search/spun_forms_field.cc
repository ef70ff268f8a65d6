#include "query/search/spun_forms_field.h"

#include "indexer/index/schema.h"
#include "indexer/text/segment.h"

namespace dramasearch::search {

Xapian::Query SpunFormsField::operator()(const std::string& text) {
  // The same term the QueryParser makes of an unprefixed word (STEM_ALL_Z).
  const Xapian::Query word(std::string(schema::kStem) + stem_(text::fold_case(text)));
  const auto it = forms_.find(text);
  if (it == forms_.end() || it->second.empty()) return word;
  const Xapian::Query forms(Xapian::Query::OP_OR, it->second.begin(), it->second.end());
  const Xapian::Query in_spun(Xapian::Query::OP_FILTER, forms, Xapian::Query(schema::kSpun));
  return Xapian::Query(Xapian::Query::OP_OR, word,
                       Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, in_spun, kSpunFormWeight));
}

}  // namespace dramasearch::search
