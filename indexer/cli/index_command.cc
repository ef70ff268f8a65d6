#include "indexer/cli/index_command.h"

#include <cstdlib>
#include <iostream>
#include <string>

#include <boost/program_options.hpp>

#include "indexer/cli/command_line.h"

namespace dramasearch::tools {
namespace {

const char* kUsage = R"(Usage: drama-index --index DIR [options] INPUT...
       drama-index despin [--diff | --json] [FILE...]
       drama-index extract INPUT...
       drama-index passages [--no-despin] INPUT...
       drama-index check --index DIR
       drama-index compact --index DIR

Indexes drama news articles for drama-query. INPUT is a file, a directory
(walked recursively) or - for JSON Lines on standard input. Formats by
extension: .jsonl (id, body required; title, date, url, source), .txt, .md,
.html/.htm. Spun wording is repaired before indexing (--no-despin to skip).
Re-running indexes only what changed; --prune removes articles whose input
is gone.

A new index is bulk loaded: one shard per core (2 to 8) written in
parallel, then compacted into one database at the end of the run (a bulk
load that is interrupted or killed is compacted by the next run).
--shards N creates N shards and keeps them (for xapian-tcpsrv).

Exit status: 0 all indexed, 1 some inputs skipped (reported as path[:line]:
reason), 2 fatal error (bad arguments, index cannot be opened or locked; a
write or commit failure such as a full disk stops the run at once with one
message naming the index, the cause and the last article committed, and the
index keeps its last commit), 130/143 interrupted (complete articles are
committed).

Options)";

}  // namespace

int parse_index_command(int argc, char** argv, IndexCommand& cmd) {
  namespace po = boost::program_options;
  IndexerOptions& iopt = cmd.options.indexer;
  bool no_despin = false, no_stories = false;
  std::size_t max_file_mb = 512, max_article_mb = 16;
  unsigned changesets = 0;
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("version,V", "show the versions of the program, the index schema, Xapian and ICU")
      ("index,i", po::value(&cmd.index), "index directory (created if missing)")
      ("prune", po::bool_switch(&cmd.options.prune), "remove indexed articles not found in this run's inputs")
      ("no-despin", po::bool_switch(&no_despin), "index the text as published, without spin repair")
      ("no-stories", po::bool_switch(&no_stories),
       "no story identity: every article is its own story, so search lists copies separately")
      ("quiet,q", po::bool_switch(&cmd.quiet), "no progress display")
      ("batch", po::value(&iopt.batch_articles)->default_value(500), "articles per commit")
      ("threads", po::value(&iopt.threads)->default_value(0), "threads analysing and writing articles (0 = one per core)")
      ("flush-threshold", po::value(&iopt.flush_threshold)->default_value(1000),
       "passages Xapian buffers before writing them to its tables (memory bound; 0 = Xapian's default)")
      ("shards", po::value(&iopt.shards)->default_value(0),
       "shards of a new index, kept after the run (0 = a new index is bulk loaded into one per core and "
       "compacted; an existing index keeps its count)")
      ("max-file-mb", po::value(&max_file_mb)->default_value(512), "skip larger input files (not .jsonl, which is streamed)")
      ("max-article-mb", po::value(&max_article_mb)->default_value(16), "skip larger articles (title + body)")
      ("data-dir", po::value(&iopt.data_dir), "directory with replacement spin-repair data files")
      ("changesets", po::value(&changesets)->default_value(0),
       "keep the changes of the last N commits so that replicas (xapian-replicate) fetch only those "
       "(sets XAPIAN_MAX_CHANGESETS; 0 = leave it as the environment says)");
  po::options_description hidden;  // positional arguments, not listed in --help
  hidden.add_options()("input", po::value(&cmd.inputs)->composing(), "inputs");
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  if (int rc = parse_command_line("drama-index", argc, argv, all, desc, pos, vm); rc >= 0) return rc;
  if (cmd.index.empty() || cmd.inputs.empty()) {
    std::cerr << "drama-index: --index DIR and at least one INPUT are required\nTry 'drama-index --help'.\n";
    return 2;
  }
  iopt.repair = !no_despin;
  iopt.stories = !no_stories;
  // Xapian's writer reads it when the database is opened (docs/replicas.md).
  if (changesets > 0) setenv("XAPIAN_MAX_CHANGESETS", std::to_string(changesets).c_str(), 1);
  cmd.options.max_file_bytes = static_cast<std::uint64_t>(max_file_mb) << 20;
  cmd.options.max_article_bytes = static_cast<std::uint64_t>(max_article_mb) << 20;
  return -1;
}

}  // namespace dramasearch::tools
