// dramasearch::IndexingRun — one indexing run over a set of inputs: what
// `drama-index --index DIR INPUT...` does, as a library call.
//
// The run lists the inputs (readers.h), reads them, skips articles over the
// size limit and ids already seen in this run (reported with the file that
// had them first), hands the rest to the Indexer in chunks (analysed on all
// cores while the previous chunk is written), optionally prunes articles
// whose input is gone, and commits. Problems with single inputs never stop
// it: they are reported through Callbacks::on_problem and counted.
//
// Bulk load (the default): a run into a new index (no index at the path, or
// an empty directory) without an explicit shard count writes one shard per
// core (2 to 8) in parallel into a staging index inside the directory and,
// when it ends, compacts them into the directory as one plain database:
// faster than one writer, and it searches as fast as a plain index. A run
// that is interrupted or killed before that leaves a marker file, and the
// next run on that index (or compact_index) finishes the load; meanwhile
// readers search what was committed. The staging index's commits are not
// synced to disk (the compacted database is): a killed run loses nothing
// committed, and after a restart of the machine (a crash could have torn
// the staging index) the next run starts the load over, with what that run
// reads (IndexingSummary::bulk_load_restarted). Runs on an existing index
// are incremental and write to it directly; it is never re-sharded.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dramasearch/indexer.h"
#include "dramasearch/readers.h"

namespace dramasearch {

struct IndexingRunOptions {
  IndexerOptions indexer;
  bool prune = false;                             // remove indexed articles not in this run's inputs
  std::uint64_t max_file_bytes = 512ull << 20;    // larger .txt/.md/.html files are skipped
  std::uint64_t max_article_bytes = 16ull << 20;  // larger articles (title + body) are skipped
  std::size_t chunk_articles = 256;               // articles per Indexer::add_many call
  bool bulk_load = true;  // a new index: parallel shards, compacted at the end (see above)
};

struct IndexingProgress {
  std::size_t files = 0;          // files opened so far
  std::size_t articles = 0;       // articles accepted for indexing so far
  std::uint64_t bytes = 0;        // size of the files opened so far
  std::uint64_t total_bytes = 0;  // size of every file the run will read
  bool compacting = false;        // the bulk load's final compaction has started
};

// The counts of drama-index's summary line.
struct IndexingSummary {
  std::size_t added = 0, replaced = 0, unchanged = 0, removed = 0;
  std::size_t skipped = 0;   // files and articles not indexed (reported)
  std::size_t passages = 0;  // passages written
  std::size_t problems = 0;  // problems reported
  std::size_t index_articles = 0, index_passages = 0;  // what the index holds afterwards
  bool interrupted = false;  // stop_requested() said so; complete articles are committed
  bool compacted = false;    // a bulk load merged its shards into one database
  // An unfinished bulk load written before a restart of the machine was
  // dropped and this run started it over: articles only its inputs held
  // are not in the index.
  bool bulk_load_restarted = false;
  std::string error;         // a failure committing after the interruption, if any
};

class IndexingRun {
 public:
  struct Callbacks {
    ReportFn on_problem;                                   // ("path[:line]", reason)
    std::function<void(const IndexingProgress&)> on_progress;  // after each file and chunk
    std::function<bool()> stop_requested;                  // polled before each file and article
  };

  // Opens (or creates) the index; throws Error like Indexer's constructor.
  IndexingRun(const std::string& index_path, const IndexingRunOptions& options);

  // Indexes INPUTs (files, directories, "-" for JSON Lines on stdin). Throws
  // Error when the index cannot be written (the run stops there; what was
  // committed stays).
  IndexingSummary run(const std::vector<std::string>& inputs, const Callbacks& callbacks);

  // True when this run is a bulk load (new index, or one whose bulk load
  // was interrupted before its compaction).
  bool bulk_load() const { return bulk_; }

  ~IndexingRun();

 private:
  IndexingRunOptions options_;
  std::string path_;
  bool bulk_ = false;
  bool restarted_ = false;  // see IndexingSummary::bulk_load_restarted
  std::unique_ptr<Indexer> indexer_;
};

}  // namespace dramasearch
