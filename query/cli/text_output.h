// drama-query's plain-text output: hits, facets and profiles for a
// terminal or a pipe (the JSON forms are in json_output.h).
#pragma once

#include <ostream>

#include "dramasearch/searcher.h"

namespace dramasearch::tools {

// Hits with their snippets, the facets if asked for and the match count.
// Snippets must have been made with highlight markers \x01 and \x02, which
// become bold on a terminal (`tty`) and nothing otherwise.
void print_result(std::ostream& out, const SearchResult& result, const SearchOptions& options, bool tty);

// The text for --who NAME and --cast-of TITLE.
void print_person(std::ostream& out, const PersonProfile& p, const std::string& asked);
void print_drama(std::ostream& out, const DramaProfile& p, const std::string& asked);

}  // namespace dramasearch::tools
