// One database of an index (the only one unless the index is sharded) with
// its open transaction: the unit that the indexer writes, one thread at a
// time.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <shared_mutex>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace dramasearch::index {

// What the database holds of one article.
struct IndexedArticle {
  std::string hash;           // content hash of the indexed version
  std::size_t passages = 0;
  std::string story;          // its story key
};

// Documents of one analysed article, ready to write: (unique id term, document).
using ArticleDocuments = std::vector<std::pair<std::string, Xapian::Document>>;

class ShardWriter {
 public:
  // Opens (creating if needed) the database at `path` (index::open_writable).
  // Every `batch` articles written make one commit; each commit records
  // the analysis `fingerprint` and whether `repair` was on; `sync` false:
  // commits are not synced to disk (IndexerOptions::sync).
  ShardWriter(std::string path, std::size_t flush_threshold, std::size_t batch, std::string fingerprint,
              bool repair, bool sync = true);

  const std::string& path() const { return path_; }

  // The indexed version of the article with this key, if any.
  std::optional<IndexedArticle> lookup(const std::string& key);

  // Writes an article's documents, replacing what `indexed` holds of it
  // (its surplus old passages are deleted in the same transaction); no
  // documents: the article is deleted.
  void write(const std::string& key, ArticleDocuments& docs, const std::optional<IndexedArticle>& indexed);

  // Deletes an article; returns its number of passages (0 if absent).
  std::size_t remove(const std::string& key);

  // Deletes every article whose key is not in `keep`, and commits; returns
  // how many were deleted.
  std::size_t remove_all_except(const std::set<std::string>& keep);

  // Sets the story key of an indexed article (every passage's story value,
  // the first passage's story term) in the open transaction.
  void set_story(const std::string& key, const std::string& story);

  // Story keys of the articles replaced or deleted since the last call:
  // their remaining copies need a fresh look (story_assigner.h).
  std::set<std::string> take_touched_stories() { return std::exchange(touched_stories_, {}); }

  // The database, for reading (uncommitted changes included).
  const Xapian::WritableDatabase& db() const { return db_; }

  // Commits the open transaction, if any.
  void commit();

  // Held by a reader of this database in this process (another shard's
  // writer looking for copies) from reopening its snapshot to its last
  // read: no commit completes meanwhile. The writer never overwrites the
  // blocks of its last commit before the next one, so such a reader never
  // reads a block being rewritten (an older snapshot could: a read racing
  // the write of a reused block can see half of each, and crash the match).
  std::shared_lock<std::shared_mutex> hold_commits() const { return std::shared_lock(commit_mu_); }

  // Commits so far (by commit() or because a batch was full).
  std::size_t commit_count() const { return commits_; }

  // After a write or commit failed: drops the open transaction (the
  // database stays at its last commit) and closes the database; every
  // later write is refused and commit() does nothing.
  void abandon();
  bool abandoned() const { return abandoned_; }

  // Commits made so far (an article written now is committed once this grows).
  std::size_t commits() const { return commits_; }

  std::size_t article_count() const;
  std::size_t passage_count() const;

 private:
  void begin();
  void written();  // one more article in this transaction: commit when the batch is full
  void touch_story_of(const std::string& article_term);  // before deleting or replacing it

  std::string path_;
  Xapian::WritableDatabase db_;
  std::size_t batch_;
  std::string fingerprint_;
  bool repair_;
  bool in_txn_ = false;
  bool abandoned_ = false;
  std::size_t commits_ = 0;
  std::size_t pending_ = 0;  // articles written in the open transaction
  std::set<std::string> touched_stories_;
  mutable std::shared_mutex commit_mu_;  // exclusive while committing (hold_commits)
};

}  // namespace dramasearch::index
