// drama-index's command line for indexing: options into IndexingRunOptions.
#pragma once

#include <string>
#include <vector>

#include "dramasearch/indexing_run.h"

namespace dramasearch::tools {

struct IndexCommand {
  std::string index;
  std::vector<std::string> inputs;
  IndexingRunOptions options;
  bool quiet = false;  // no progress display
};

// Parses argv into `cmd`. Returns -1 when drama-index should go on;
// otherwise the exit status after printing the help (0) or a usage error (2).
int parse_index_command(int argc, char** argv, IndexCommand& cmd);

}  // namespace dramasearch::tools
