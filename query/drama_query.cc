// drama-query: search a dramasearch index from the command line. Options are
// parsed in query/cli/query_command.cc, printed by query/cli/text_output.cc
// and query/cli/json_output.h.
#include <unistd.h>

#include <iostream>

#include "dramasearch/error.h"
#include "dramasearch/searcher.h"
#include "query/cli/json_output.h"
#include "query/cli/query_command.h"
#include "query/cli/text_output.h"

using namespace dramasearch;

int main(int argc, char** argv) {
  tools::QueryCommand cmd;
  if (int rc = tools::parse_query_command(argc, argv, cmd); rc >= 0) return rc;
  try {
    Searcher searcher(cmd.indexes, cmd.searcher);
    for (const auto& w : searcher.warnings()) std::cerr << "drama-query: warning: " << w << "\n";
    if (!cmd.who.empty()) {
      const PersonProfile p = searcher.who(cmd.who);
      if (cmd.json) std::cout << tools::dump(tools::who_json(p)) << "\n";
      else tools::print_person(std::cout, p, cmd.who);
      return p.passages ? 0 : 1;
    }
    if (!cmd.cast_of.empty()) {
      const DramaProfile p = searcher.cast_of(cmd.cast_of);
      if (cmd.json) std::cout << tools::dump(tools::cast_of_json(p)) << "\n";
      else tools::print_drama(std::cout, p, cmd.cast_of);
      return p.passages ? 0 : 1;
    }
    if (!cmd.copies_of.empty()) {
      const auto copies = searcher.copies_of(cmd.copies_of);
      if (!copies) {
        std::cerr << "drama-query: no article with id '" << cmd.copies_of << "' in the index\n";
        return 2;
      }
      for (const auto& c : *copies) std::cout << tools::dump(tools::copy_json(c)) << "\n";
      return copies->empty() ? 1 : 0;
    }
    const SearchResult result = searcher.search(cmd.query, cmd.options);
    if (cmd.json) {
      for (const auto& h : result.hits) std::cout << tools::dump(tools::hit_json(h, cmd.options.explain)) << "\n";
      if (cmd.options.facets) std::cout << tools::dump({{"facets", tools::facets_json(result.facets)}}) << "\n";
    } else {
      tools::print_result(std::cout, result, cmd.options, isatty(STDOUT_FILENO));
    }
    return result.hits.empty() ? 1 : 0;
  } catch (const Error& e) {
    std::cerr << "drama-query: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "drama-query: unexpected error: " << e.what() << "\n";
    return 2;
  }
}
