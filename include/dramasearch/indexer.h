// dramasearch::Indexer — writes articles into a dramasearch index.
//
// An index is a Xapian database directory (schema: docs/index-format.md).
// Each article is analysed by the shared Pipeline, split into passages and
// stored as one Xapian document per passage. Writes are grouped in
// transactions of `batch_articles` articles; an article's passages always
// land in the same commit, so a reader (or a crash) never sees half an
// article. Only one Indexer can have an index open at a time (Xapian's
// write lock); a second gets an Error.
//
// Thread safety: an Indexer is NOT safe for concurrent use; call its
// methods from one thread at a time. add_many() runs its own threads (see
// IndexerOptions::threads) and returns when they are done; pipeline() is
// safe to share. Every failure is a dramasearch::Error naming the index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dramasearch/article.h"
#include "dramasearch/pipeline.h"

namespace dramasearch {

struct IndexerOptions {
  bool repair = true;              // run spin repair (drama-index --no-despin turns it off)
  std::string data_dir;            // replacement spin data files; empty = built in
  std::size_t batch_articles = 500;  // articles per commit
  // Passages Xapian buffers before merging them into its tables (within a
  // commit too). Bounds the writer's memory; small buffers also write
  // faster (measured in docs/performance.md). 0 = Xapian's default (10,000)
  // or XAPIAN_FLUSH_THRESHOLD, which always wins when set. Xapian 1.4 reads
  // the threshold only from that environment variable, so the constructor
  // sets it while the databases open and removes it again, under a
  // process-wide lock; do not read or change the environment on other
  // threads meanwhile.
  std::size_t flush_threshold = 1000;
  std::size_t max_passage_words = 80;
  // Threads (the calling one included) that analyse and write articles in
  // add_many(); 0 = one per core.
  std::size_t threads = 0;
  // Shards of a new index (articles spread by a stable hash of their id,
  // written in parallel, searched together); 0 = keep an existing index's
  // count, 1 for a new index. Another count than an existing index's is an
  // Error.
  std::size_t shards = 0;
  // Story identity (copies of one story share a story key; docs/index-format.md).
  // false: no fingerprints or copy lookup, every article is its own story
  // (search lists copies separately); for corpora without copies, and to
  // measure what story identity costs.
  bool stories = true;
  // false: commits are not synced to disk (Xapian::DB_NO_SYNC). A killed
  // process loses nothing committed (the commits are in the system's page
  // cache), but a crash of the machine can tear the index. The bulk load
  // writes its staging index so (dramasearch::IndexingRun), and starts
  // over when the machine has restarted since; anything else should sync.
  bool sync = true;
};

enum class AddResult { kAdded, kReplaced, kUnchanged, kEmpty };

class Indexer {
 public:
  // Opens the index at `path`, creating it if needed. Throws Error if it is
  // locked by another writer, is not a dramasearch index, or has another
  // schema version.
  Indexer(const std::string& path, const IndexerOptions& options = {});
  ~Indexer();  // commits pending work; errors are swallowed, call commit() to see them
  Indexer(const Indexer&) = delete;
  Indexer& operator=(const Indexer&) = delete;

  // Adds or replaces one article. An article whose content and analysis are
  // unchanged since it was indexed is left alone (kUnchanged); one without
  // any words gives kEmpty and is not stored. Article::format (set by the
  // readers) is indexed as the XFMT term. Throws Error on an invalid id.
  AddResult add(const Article& article);

  // Adds or replaces many articles: text analysis runs on `threads`
  // threads, and each database (shard) gets its articles in input order.
  // Results are in input order, one Outcome per article: an article that
  // cannot be added (no id, a bad document) gets its message in `error` and
  // AddResult::kEmpty; `passages` is the number of passages written. Ids
  // must be unique within one call. A failure to write or commit (disk
  // full, I/O error) is not the article's: add_many stops at the first one
  // and throws Error naming the index, the cause and the last article
  // committed; the index stays at its last commit (no transaction in
  // progress reaches the disk) and every later write or commit() of this
  // Indexer throws the same Error.
  struct Outcome {
    AddResult result = AddResult::kEmpty;
    std::size_t passages = 0;
    std::string error;
  };
  std::vector<Outcome> add_many(const std::vector<Article>& articles);

  // Passages written by the last add() call.
  std::size_t last_passages() const;

  // Removes an article; returns its number of passages (0 if absent).
  std::size_t remove(const std::string& article_id);

  // Removes every indexed article whose id is not in `keep`; returns how
  // many articles were removed.
  std::size_t prune(const std::set<std::string>& keep);

  // Makes everything added so far durable and visible to readers.
  void commit();

  std::size_t article_count() const;
  std::size_t shard_count() const;
  std::size_t passage_count() const;
  const Pipeline& pipeline() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// For programs that write indexes: Xapian 1.4 can end the process with
// std::terminate when a write fails at some points of a commit. After this
// call such an end prints the run's one-line failure to stderr, prefixed by
// "PROGRAM: " ("PATH: ... (No space left on device); ... last article
// committed ..."), and exits with status 2; the index keeps its last
// commit and the next run completes the job. Any other std::terminate
// keeps the handler that was installed before.
void install_write_abort_handler(const std::string& program);

// Merges an index's databases (all shards) into one compact database with
// Xapian's compaction: smaller on disk and faster to search. A sharded
// index becomes a one-database index (later runs write to it directly). The
// switch is atomic for a sharded index (Xapian updates its stub file);
// a plain index is rebuilt beside itself and renamed into place. Takes the
// write lock: fails with an Error while an indexer runs. Returns the bytes
// on disk after compaction.
std::uint64_t compact_index(const std::string& path);

// Result of verify_index().
struct IndexCheck {
  std::size_t articles = 0;
  std::size_t passages = 0;
  std::vector<std::string> problems;  // empty when the index is consistent
};

// Checks that every article in the index is whole: all its passages
// present (numbers 0..n-1, n = the stored passage count), one content hash.
// Throws Error if the index cannot be opened.
IndexCheck verify_index(const std::string& path);

}  // namespace dramasearch
