#include "dramasearch/indexing_run.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <thread>

#include "dramasearch/error.h"
#include "indexer/index/bulk_load.h"
#include "indexer/index/layout.h"
#include "indexer/index/write_abort.h"
#include "indexer/util/id_set.h"

namespace dramasearch {
namespace {

struct Interrupted {};

// The state of one run: counters, the ids seen, the chunk being filled.
class RunState {
 public:
  RunState(Indexer& indexer, const IndexingRunOptions& options, const IndexingRun::Callbacks& callbacks)
      : indexer_(indexer), options_(options), cb_(callbacks) {}

  void report(const std::string& where, const std::string& reason) {
    ++summary_.problems;
    if (cb_.on_problem) cb_.on_problem(where, reason);
  }

  void check_stop() const {
    if (cb_.stop_requested && cb_.stop_requested()) throw Interrupted{};
  }

  void on_file(const std::string& path, std::uint64_t bytes) {
    check_stop();
    file_names_.push_back(path);
    ++progress_.files;
    progress_.bytes += bytes;
    show_progress();
  }

  void on_article(Article&& a) {
    check_stop();
    if (a.body.size() + a.title.size() > options_.max_article_bytes) {
      report(a.origin, "article too large (" + std::to_string(a.body.size() + a.title.size()) + " bytes, limit " +
                           std::to_string(options_.max_article_bytes >> 20) + " MiB), skipped");
      ++summary_.skipped;
      return;
    }
    // Ids seen in this run, with the number of the file that had each first
    // (file_names_.back() is the file being read).
    const auto file_no = static_cast<std::uint32_t>(file_names_.empty() ? 0 : file_names_.size() - 1);
    if (const auto first = seen_.insert(a.id, file_no)) {
      const std::string where = *first < file_names_.size() ? file_names_[*first] : "this run";
      report(a.origin, "duplicate id '" + a.id + "' (first seen in " + where + "), skipped");
      ++summary_.skipped;
      return;
    }
    if (options_.prune) keep_.insert(a.id);
    ++progress_.articles;
    chunk_.push_back(std::move(a));
    if (chunk_.size() >= options_.chunk_articles) flush();
  }

  // Indexes the articles of the chunk.
  void flush() {
    if (chunk_.empty()) return;
    const auto outcomes = indexer_.add_many(chunk_);
    for (std::size_t i = 0; i < outcomes.size(); ++i) count(chunk_[i], outcomes[i]);
    chunk_.clear();
    show_progress();
  }

  void finish(const WalkStats& walk) {
    flush();
    if (options_.prune) {
      indexer_.commit();
      summary_.removed = indexer_.prune(keep_);
    }
    indexer_.commit();
    summary_.skipped += walk.skipped_files;
  }

  // After an interruption: the articles already read are complete, write them.
  void finish_interrupted() {
    summary_.interrupted = true;
    try {
      flush();
      indexer_.commit();
    } catch (const Error& e) {
      summary_.error = e.what();
    }
  }

  void set_total(std::uint64_t bytes) { progress_.total_bytes = bytes; }

  void on_compacting() {
    progress_.compacting = true;
    show_progress();
  }

  // The id of the last article this run wrote, "" if none.
  const std::string& last_written() const { return last_written_; }

  IndexingSummary summary() {
    summary_.index_articles = indexer_.article_count();
    summary_.index_passages = indexer_.passage_count();
    return summary_;
  }

 private:
  void count(const Article& a, const Indexer::Outcome& o) {
    if (!o.error.empty()) {
      report(a.origin, o.error);
      ++summary_.skipped;
      return;
    }
    if (o.result == AddResult::kAdded || o.result == AddResult::kReplaced) last_written_ = a.id;
    switch (o.result) {
      case AddResult::kAdded: ++summary_.added; summary_.passages += o.passages; break;
      case AddResult::kReplaced: ++summary_.replaced; summary_.passages += o.passages; break;
      case AddResult::kUnchanged: ++summary_.unchanged; break;
      case AddResult::kEmpty:
        report(a.origin, "no words to index, skipped");
        ++summary_.skipped;
        break;
    }
  }

  void show_progress() const {
    if (cb_.on_progress) cb_.on_progress(progress_);
  }

  Indexer& indexer_;
  const IndexingRunOptions& options_;
  const IndexingRun::Callbacks& cb_;
  IndexingSummary summary_;
  IndexingProgress progress_;
  std::string last_written_;
  util::IdSet<std::uint32_t> seen_;
  std::vector<std::string> file_names_;  // by number, as they are opened
  std::set<std::string> keep_;           // with prune: the ids of this run
  std::vector<Article> chunk_;
};

IndexingRunOptions checked(IndexingRunOptions o) {
  if (o.indexer.batch_articles == 0) o.indexer.batch_articles = 1;
  if (o.chunk_articles == 0) o.chunk_articles = 1;
  return o;
}

// No index at `path` yet: nothing there, or an empty directory.
bool is_new_index(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) return true;
  return fs::is_directory(path, ec) && fs::is_empty(path, ec);
}

// Shards of a bulk load: one writer per core, at least two so that
// analysis and writing overlap, at most eight (compaction merges them).
std::size_t bulk_shards() {
  return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 2, 8);
}

}  // namespace

IndexingRun::IndexingRun(const std::string& index_path, const IndexingRunOptions& options)
    : options_(checked(options)), path_(index_path) {
  namespace fs = std::filesystem;
  if (options_.bulk_load && options_.indexer.shards == 0 && is_new_index(path_)) index::begin_bulk_load(path_);
  // An unfinished bulk load is finished whatever the options say: until
  // then the index lives in the staging directory.
  bulk_ = index::bulk_load_pending(path_);
  const std::string staging = index::bulk_load_staging(path_);
  std::error_code ec;
  if (bulk_ && fs::exists(staging, ec) && index::bulk_load_torn(path_)) {
    index::restart_bulk_load(path_);
    restarted_ = true;
  }
  if (bulk_ && !fs::exists(staging, ec) && index::shard_count(path_) == 1) {
    index::finish_bulk_load(path_);  // compacted already; only the tidying up was left
    bulk_ = false;
  }
  if (bulk_) {
    IndexerOptions io = options_.indexer;
    io.shards = index::shard_count(staging) ? 0 : bulk_shards();
    io.sync = !index::bulk_load_unsynced_ok(path_);
    indexer_ = std::make_unique<Indexer>(staging, io);
    index::expose_bulk_load(path_, indexer_->shard_count());
  } else {
    indexer_ = std::make_unique<Indexer>(path_, options_.indexer);
  }
}

IndexingRun::~IndexingRun() = default;

IndexingSummary IndexingRun::run(const std::vector<std::string>& inputs, const Callbacks& callbacks) {
  RunState state(*indexer_, options_, callbacks);
  try {
    const InputListing listing = list_inputs(inputs, options_.max_file_bytes);
    state.set_total(listing.bytes);
    const WalkStats walk = read_inputs(
        listing, [&](Article&& a) { state.on_article(std::move(a)); },
        [&](const std::string& where, const std::string& reason) { state.report(where, reason); },
        [&](const std::string& path, std::uint64_t bytes) { state.on_file(path, bytes); });
    state.finish(walk);
  } catch (const Interrupted&) {
    state.finish_interrupted();
    IndexingSummary summary = state.summary();
    summary.bulk_load_restarted = restarted_;
    return summary;
  }
  IndexingSummary summary = state.summary();
  summary.bulk_load_restarted = restarted_;
  if (bulk_) {
    // Close the staging writers (releasing their locks), compact them into
    // one database, and carry on with that one.
    state.on_compacting();
    indexer_.reset();
    try {
      index::finish_bulk_load(path_);
    } catch (const Error& e) {
      throw Error(std::string(e.what()) + "; every article of the run is committed (" +
                  index::last_committed_phrase(state.last_written()) + ") and the next run compacts them");
    }
    summary.compacted = true;
    bulk_ = false;
    indexer_ = std::make_unique<Indexer>(path_, options_.indexer);
  }
  return summary;
}

}  // namespace dramasearch
