// A Xapian MatchSpy counting the multi-valued facet slots (people, dramas)
// and the kind slot over every document of the match set.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "dramasearch/searcher.h"

namespace dramasearch::search {

class FacetSpy : public Xapian::MatchSpy {
 public:
  // per_story: each value counts once per story (copies of one story are
  // one), else once per passage.
  explicit FacetSpy(bool per_story = false) : per_story_(per_story) {}
  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "dramasearch.FacetSpy"; }

  // Counts, most frequent first, at most `top` per facet.
  Facets result(std::size_t top = 20) const;

 private:
  void count(const std::string& story, char facet, const std::string& value, std::map<std::string, std::size_t>& into);
  void count_list(const std::string& story, char facet, const std::string& list,
                  std::map<std::string, std::size_t>& into);

  bool per_story_;
  std::set<std::string> counted_;  // story, facet, value already counted (per_story_)
  std::map<std::string, std::size_t> people_, dramas_, kinds_;
};

}  // namespace dramasearch::search
