// A Xapian MatchSpy counting the multi-valued facet slots (people, dramas)
// and the kind slot over every document of the match set.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "dramasearch/searcher.h"

namespace dramasearch::search {

class FacetSpy : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double wt) override;
  std::string name() const override { return "dramasearch.FacetSpy"; }

  // Counts, most frequent first, at most `top` per facet.
  Facets result(std::size_t top = 20) const;

 private:
  std::map<std::string, std::size_t> people_, dramas_, kinds_;
};

}  // namespace dramasearch::search
