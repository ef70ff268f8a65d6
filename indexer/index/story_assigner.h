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

#include <array>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/index/minhash_chains.h"
#include "indexer/index/shards.h"
#include "indexer/stories/fingerprint.h"

namespace dramasearch::index {

class StoryAssigner {
 public:
  explicit StoryAssigner(Shards& shards);

  // Before each batch of writes (on the writers' caller thread). While the
  // index was empty when opened (a bulk load) the table holds every article
  // written, and no snapshot is read, up to 1.5 million articles (about
  // 1 KB each); past that, and in an index that had articles once the
  // table holds 20,000, it keeps only what the batch's snapshots will not
  // show (the uncommitted), trimmed here.
  void begin_batch();

  // The story key of the article `key` about to be written into shard
  // `shard`. Safe to call from the shards' writer threads at once (one
  // thread per shard). Failures to read the snapshot leave the article its
  // own story.
  std::string story_for(std::size_t shard, const std::string& key, const stories::Fingerprint& fp);

 private:
  struct Entry {
    std::string key, story;
    std::string signature;  // encoded (stories::encode_signature): a tenth of the decoded size
    std::array<std::uint32_t, stories::kMinHashes> minhashes{};
    std::size_t shard = 0, generation = 0;  // committed once the shard has made more commits
  };
  struct Candidate {
    std::string key, story;
    stories::Signature signature;
    std::size_t shared = 0;  // min-hashes in common
  };
  // Adds the table's entries (number `from` on) sharing the most min-hashes
  // with `minhashes`, replacing candidates of the same article. Under mu_.
  void add_table_candidates(const std::vector<std::uint32_t>& minhashes, const std::string& key, std::size_t from,
                            std::vector<Candidate>& out) const;
  std::vector<Candidate> from_snapshot(std::size_t shard, const std::string& key, const stories::Fingerprint& fp);

  Shards& shards_;
  std::vector<std::optional<Xapian::Database>> snapshots_;  // per writing shard, reopened at each read
  bool snapshot_needed_ = false;  // the table does not hold every indexed article
  std::mutex mu_;                 // guards the table
  std::deque<Entry> entries_;  // a deque: no copy of a million entries when it grows
  MinHashChains by_hash_{stories::kMinHashes};  // (number, min-hash) -> entries
};

// Re-groups the members of these stories over all shards (after the writers
// are done), writing new keys inside the writers' open transactions.
void recheck_stories(Shards& shards, const std::set<std::string>& stories);

// The story keys the writers touched (articles replaced or deleted), drained.
std::set<std::string> touched_stories(Shards& shards);

}  // namespace dramasearch::index
