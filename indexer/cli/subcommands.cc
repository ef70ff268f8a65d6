#include "indexer/cli/subcommands.h"

#include <string_view>

namespace dramasearch::tools {

Subcommand subcommand(const char* name) {
  const std::string_view n = name;
  if (n == "despin") return run_despin;
  if (n == "extract") return run_extract;
  if (n == "passages") return run_passages;
  if (n == "check") return run_check;
  if (n == "compact") return run_compact;
  return nullptr;
}

}  // namespace dramasearch::tools
