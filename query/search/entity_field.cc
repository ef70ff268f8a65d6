#include "query/search/entity_field.h"

#include "indexer/index/schema.h"

namespace dramasearch::search {

Xapian::Query EntityField::operator()(const std::string& text) {
  return Xapian::Query(schema::entity_term(prefix_.c_str(), text));
}

}  // namespace dramasearch::search
