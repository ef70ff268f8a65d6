// drama-index: build or update a dramasearch index from an article corpus;
// its subcommands (despin, extract, passages, check, compact) are in
// indexer/cli/.
#include <unistd.h>

#include <csignal>
#include <iostream>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/indexing_run.h"
#include "indexer/cli/index_command.h"
#include "indexer/cli/index_summary.h"
#include "indexer/cli/progress.h"
#include "indexer/cli/subcommands.h"

using namespace dramasearch;

namespace {
volatile std::sig_atomic_t g_signal = 0;
void on_signal(int sig) { g_signal = sig; }
}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // faster JSON Lines on stdin
  if (argc > 1)
    if (const tools::Subcommand sub = tools::subcommand(argv[1])) return sub(argc, argv);
  tools::IndexCommand cmd;
  if (int rc = tools::parse_index_command(argc, argv, cmd); rc >= 0) return rc;

  install_write_abort_handler("drama-index");
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  tools::Progress progress(!cmd.quiet && isatty(STDERR_FILENO));
  IndexingRun::Callbacks callbacks;
  callbacks.on_problem = [&](const std::string& where, const std::string& reason) {
    progress.clear();
    std::cerr << where << ": " << reason << "\n";
  };
  callbacks.on_progress = [&](const IndexingProgress& p) { progress.update(p); };
  callbacks.stop_requested = [] { return g_signal != 0; };

  IndexingSummary summary;
  try {
    IndexingRun run(cmd.index, cmd.options);
    summary = run.run(cmd.inputs, callbacks);
  } catch (const Error& e) {
    progress.clear();
    std::cerr << "drama-index: " << e.what() << "\n";
    return 2;
  }
  if (!summary.error.empty()) std::cerr << "drama-index: " << summary.error << "\n";
  progress.clear();
  tools::print_summary(std::cerr, summary, progress.seconds());
  if (summary.interrupted) return g_signal == SIGINT ? 130 : 143;
  return summary.problems > 0 ? 1 : 0;
}
