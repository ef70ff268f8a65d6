// Command-line parsing shared by the tools (Boost.Program_options): the
// same error and --help handling in drama-index, drama-query and
// drama-serve.
#pragma once

#include <iostream>
#include <string>

#include <boost/program_options.hpp>
#include <unicode/uversion.h>
#include <xapian.h>

#include "indexer/index/schema.h"

#ifndef DRAMASEARCH_VERSION
#define DRAMASEARCH_VERSION "unknown"
#endif

namespace dramasearch::tools {

// What --version prints: the program's version (CMake's project version),
// the index schema it reads and writes, and the Xapian and ICU it runs with.
inline std::string version_text(const char* tool) {
  return std::string(tool) + " (dramasearch) " + DRAMASEARCH_VERSION + "\n" +
         "index schema " + std::to_string(schema::kVersion) + "\n" +
         "Xapian " + Xapian::version_string() + "\n" +
         "ICU " + U_ICU_VERSION + "\n";
}

// Parses argv against `all` (positional arguments per `pos`) into `vm`.
// Returns -1 when the tool should go on; otherwise the exit status after
// printing `shown` for --help (0), the versions for --version (0) or a usage error naming `tool` (2).
inline int parse_command_line(const char* tool, int argc, char** argv,
                              const boost::program_options::options_description& all,
                              const boost::program_options::options_description& shown,
                              const boost::program_options::positional_options_description& pos,
                              boost::program_options::variables_map& vm) {
  namespace po = boost::program_options;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << tool << ": " << e.what() << "\nTry '" << tool << " --help'.\n";
    return 2;
  }
  if (vm.count("help")) {
    std::cout << shown << "\n";
    return 0;
  }
  if (vm.count("version")) {
    std::cout << version_text(tool);
    return 0;
  }
  return -1;
}

}  // namespace dramasearch::tools
