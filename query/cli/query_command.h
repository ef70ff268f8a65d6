// drama-query's command line: options into SearchOptions and what to run.
#pragma once

#include <string>
#include <vector>

#include "dramasearch/searcher.h"

namespace dramasearch::tools {

struct QueryCommand {
  std::vector<std::string> indexes;
  SearcherOptions searcher;     // data directory, remote shards
  std::string who, cast_of;     // a profile instead of a search
  std::string copies_of;        // an article id: list its story's copies instead
  std::string query;            // the words, joined by spaces
  bool json = false;
  SearchOptions options;
};

// Parses and checks argv into `cmd`. Returns -1 when drama-query should go
// on; otherwise the exit status after printing the help (0) or a usage
// error (2).
int parse_query_command(int argc, char** argv, QueryCommand& cmd);

}  // namespace dramasearch::tools
