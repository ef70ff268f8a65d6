#include "query/search/facet_spy.h"

#include <algorithm>

#include "indexer/index/schema.h"

namespace dramasearch::search {
namespace {

void count_list(const std::string& value, std::map<std::string, std::size_t>& into) {
  std::size_t b = 0;
  while (b < value.size()) {
    std::size_t e = value.find(schema::kListSeparator, b);
    if (e == std::string::npos) e = value.size();
    if (e > b) ++into[value.substr(b, e - b)];
    b = e + 1;
  }
}

std::vector<FacetCount> top_of(const std::map<std::string, std::size_t>& m, std::size_t top) {
  std::vector<FacetCount> v;
  for (const auto& [value, count] : m) v.push_back({value, count});
  std::stable_sort(v.begin(), v.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (v.size() > top) v.resize(top);
  return v;
}

}  // namespace

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  count_list(doc.get_value(schema::kPeopleSlot), people_);
  count_list(doc.get_value(schema::kTitlesSlot), dramas_);
  const std::string kind = doc.get_value(schema::kKindSlot);
  if (!kind.empty()) ++kinds_[kind];
}

Facets FacetSpy::result(std::size_t top) const {
  return {top_of(people_, top), top_of(dramas_, top), top_of(kinds_, top)};
}

}  // namespace dramasearch::search
