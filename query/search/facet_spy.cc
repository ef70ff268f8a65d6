#include "query/search/facet_spy.h"

#include <algorithm>

#include "indexer/index/schema.h"

namespace dramasearch::search {
namespace {

std::vector<FacetCount> top_of(const std::map<std::string, std::size_t>& m, std::size_t top) {
  std::vector<FacetCount> v;
  for (const auto& [value, count] : m) v.push_back({value, count});
  std::stable_sort(v.begin(), v.end(), [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
  if (v.size() > top) v.resize(top);
  return v;
}

}  // namespace

void FacetSpy::count(const std::string& story, char facet, const std::string& value,
                     std::map<std::string, std::size_t>& into) {
  if (per_story_) {
    std::string seen = story;
    seen += schema::kListSeparator;
    seen += facet;
    seen += value;
    if (!counted_.insert(std::move(seen)).second) return;
  }
  ++into[value];
}

void FacetSpy::count_list(const std::string& story, char facet, const std::string& list,
                          std::map<std::string, std::size_t>& into) {
  std::size_t b = 0;
  while (b < list.size()) {
    std::size_t e = list.find(schema::kListSeparator, b);
    if (e == std::string::npos) e = list.size();
    if (e > b) count(story, facet, list.substr(b, e - b), into);
    b = e + 1;
  }
}

void FacetSpy::operator()(const Xapian::Document& doc, double) {
  const std::string story = per_story_ ? doc.get_value(schema::kStorySlot) : std::string();
  count_list(story, 'p', doc.get_value(schema::kPeopleSlot), people_);
  count_list(story, 'd', doc.get_value(schema::kTitlesSlot), dramas_);
  const std::string kind = doc.get_value(schema::kKindSlot);
  if (!kind.empty()) count(story, 'k', kind, kinds_);
}

Facets FacetSpy::result(std::size_t top) const {
  return {top_of(people_, top), top_of(dramas_, top), top_of(kinds_, top)};
}

}  // namespace dramasearch::search
