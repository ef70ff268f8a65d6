// drama-index check / compact: verify or compact an existing index.
#include <iostream>
#include <string>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "indexer/cli/subcommands.h"

namespace dramasearch::tools {
namespace {

// Parses "drama-index SUBCOMMAND --index DIR [--help]". Returns -1 to go
// on with `index` set, else the exit status to return.
int index_argument(int argc, char** argv, const char* name, const char* usage, std::string& index) {
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if ((a == "--index" || a == "-i") && i + 1 < argc) index = argv[++i];
    else if (a == "--help" || a == "-h") {
      std::cout << "Usage: drama-index " << name << " --index DIR\n" << usage;
      return 0;
    }
  }
  if (!index.empty()) return -1;
  std::cerr << "drama-index " << name << ": --index DIR is required\n";
  return 2;
}

}  // namespace

// drama-index compact --index DIR: merge shards into one compact database.
int run_compact(int argc, char** argv) {
  std::string index;
  if (int rc = index_argument(argc, argv, "compact",
                              "Merges the index's databases (all shards) into one compact database: smaller and\n"
                              "faster to search. Run it after a large indexing run; not while one is running.\n"
                              "A new index's bulk load compacts by itself; compact also finishes one that was\n"
                              "interrupted (as the next indexing run would).\n",
                              index);
      rc >= 0)
    return rc;
  try {
    const auto bytes = compact_index(index);
    std::cerr << "compacted " << index << ": " << bytes / 1000000.0 << " MB\n";
    return 0;
  } catch (const Error& e) {
    std::cerr << "drama-index compact: " << e.what() << "\n";
    return 2;
  }
}

// drama-index check --index DIR: is every article whole?
int run_check(int argc, char** argv) {
  std::string index;
  if (int rc = index_argument(argc, argv, "check",
                              "Verifies that every article of the index is whole (all passages, one version).\n"
                              "Exit status: 0 consistent, 1 problems found, 2 cannot open the index.\n",
                              index);
      rc >= 0)
    return rc;
  try {
    const IndexCheck c = verify_index(index);
    for (const auto& p : c.problems) std::cerr << index << ": " << p << "\n";
    std::cout << (c.problems.empty() ? "ok: " : "PROBLEMS: ") << c.articles << " articles, " << c.passages
              << " passages\n";
    return c.problems.empty() ? 0 : 1;
  } catch (const Error& e) {
    std::cerr << "drama-index check: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace dramasearch::tools
