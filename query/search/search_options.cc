// Validation of SearchOptions values (declared in dramasearch/searcher.h).
#include <string>

#include "dramasearch/entities.h"
#include "dramasearch/error.h"
#include "dramasearch/searcher.h"

namespace dramasearch {

std::string parse_search_date(const std::string& name, const std::string& value) {
  bool ok = value.size() == 10 && value[4] == '-' && value[7] == '-';
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) ok = ok && value[i] >= '0' && value[i] <= '9';
  if (!ok) throw Error(name + " must be YYYY-MM-DD, not '" + value + "'");
  return value.substr(0, 4) + value.substr(5, 2) + value.substr(8, 2);
}

void check_search_kind(const std::string& name, const std::string& value) {
  PassageKind kind;
  if (!value.empty() && !parse_passage_kind(value, kind))
    throw Error(name + " must be scene, cast or other, not '" + value + "'");
}

SearchOptions::Spun parse_spun(const std::string& name, const std::string& value) {
  if (value.empty() || value == "any") return SearchOptions::Spun::kAny;
  if (value == "only") return SearchOptions::Spun::kOnly;
  if (value == "exclude") return SearchOptions::Spun::kExclude;
  throw Error(name + " must be any, only or exclude, not '" + value + "'");
}

}  // namespace dramasearch
