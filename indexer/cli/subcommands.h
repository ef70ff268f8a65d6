// drama-index's subcommands besides indexing, each `int run_NAME(argc, argv)`
// over the whole command line (argv[1] is the subcommand); the return value
// is the exit status.
#pragma once

namespace dramasearch::tools {

int run_despin(int argc, char** argv);    // despin_command.cc
int run_extract(int argc, char** argv);   // inspect_commands.cc
int run_passages(int argc, char** argv);  // inspect_commands.cc
int run_check(int argc, char** argv);     // maintenance_commands.cc
int run_compact(int argc, char** argv);   // maintenance_commands.cc

// The subcommand named `name`, or nullptr: indexing.
using Subcommand = int (*)(int, char**);
Subcommand subcommand(const char* name);

}  // namespace dramasearch::tools
