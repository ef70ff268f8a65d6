// Story keys, assigned incrementally as articles are written (no rescan of
// the index, no rewrite of the article).
//
// Before an article is written, the OR of its min-hash terms (indexer/stories)
// over a read-only snapshot of every shard, plus an in-memory table of the
// articles written since that snapshot, finds the few articles sharing the
// most immutables; the sentence alignment of their signatures confirms a
// copy, and the article takes the story key of the most similar confirmed
// copy (else its own key). The alignment runs outside the table's lock (the
// writers of other shards go on meanwhile); entries added in between are
// looked at under the lock with the insertion, so of two copies written at
// once on two shards the later sees the earlier.
// When an article is replaced or removed, only the members of its old story
// are looked at again (recheck_stories): they are grouped by the same test,
// and a group that no longer holds together gets a key of its own.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/index/shards.h"
#include "indexer/stories/fingerprint.h"

namespace dramasearch::index {

class StoryAssigner {
 public:
  explicit StoryAssigner(Shards& shards);

  // Before each batch of writes (on the writers' caller thread): once the
  // table is full, forgets its entries that the batch's snapshots will show
  // (those committed); until then (and if the index was empty when opened)
  // the table holds every article and no snapshot is read.
  void begin_batch();

  // The story key of the article `key` about to be written into shard
  // `shard`. Safe to call from the shards' writer threads at once (one
  // thread per shard). Failures to read the snapshot leave the article its
  // own story.
  std::string story_for(std::size_t shard, const std::string& key, const stories::Fingerprint& fp);

 private:
  struct Entry {
    std::string key, story;
    stories::Signature signature;
    std::vector<std::uint64_t> hashes;      // (number, min-hash) keys of by_hash_
    std::size_t shard = 0, generation = 0;  // committed once the shard has made more commits
  };
  struct Candidate {
    std::string key, story;
    stories::Signature signature;
    std::size_t shared = 0;  // min-hashes in common
  };
  // Adds the table's entries (number `from` on) sharing the most min-hashes
  // with `hashes`, replacing candidates of the same article. Under mu_.
  void add_table_candidates(const std::vector<std::uint64_t>& hashes, const std::string& key, std::size_t from,
                            std::vector<Candidate>& out) const;
  std::vector<Candidate> from_snapshot(std::size_t shard, const std::string& key, const stories::Fingerprint& fp);

  Shards& shards_;
  std::vector<std::optional<Xapian::Database>> snapshots_;  // per writing shard, reopened at each read
  bool snapshot_needed_ = false;  // the table does not hold every indexed article
  std::mutex mu_;                                           // guards the table
  std::vector<Entry> entries_;
  std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_hash_;  // (number, min-hash) -> entries
};

// Re-groups the members of these stories over all shards (after the writers
// are done), writing new keys inside the writers' open transactions.
void recheck_stories(Shards& shards, const std::set<std::string>& stories);

// The story keys the writers touched (articles replaced or deleted), drained.
std::set<std::string> touched_stories(Shards& shards);

}  // namespace dramasearch::index
