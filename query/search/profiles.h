// Person and drama profiles aggregated from the cast credits stored with
// each passage (see docs/index-format.md).
#pragma once

#include <string>

#include <xapian.h>

#include "dramasearch/searcher.h"

namespace dramasearch::search {

PersonProfile person_profile(const Xapian::Database& db, const std::string& name);
DramaProfile drama_profile(const Xapian::Database& db, const std::string& title);

}  // namespace dramasearch::search
