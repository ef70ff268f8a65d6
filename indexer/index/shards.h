// The databases an indexer writes: one for a plain index, N for a sharded
// one (layout in database.h and docs/index-format.md), and which article
// goes to which.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "indexer/index/shard_writer.h"

namespace dramasearch::index {

struct ShardsOptions {
  std::size_t shards = 0;           // of a new index; 0 = keep an existing index's count (1 if new)
  std::size_t flush_threshold = 0;  // see open_writable
  std::size_t batch_articles = 500; // articles per commit, over all shards
  std::string fingerprint;          // of the analysis, recorded with each commit
  bool repair = true;
  bool sync = true;                 // see IndexerOptions::sync
};

class Shards {
 public:
  // Opens or creates the index at `path` and takes its write lock (the pid
  // file names this process). Throws Error when the index has another shard
  // count than a non-zero options.shards.
  Shards(const std::string& path, const ShardsOptions& options);
  ~Shards();  // removes the pid file
  Shards(const Shards&) = delete;
  Shards& operator=(const Shards&) = delete;

  std::size_t size() const { return writers_.size(); }
  ShardWriter& operator[](std::size_t k) { return *writers_[k]; }
  const ShardWriter& operator[](std::size_t k) const { return *writers_[k]; }

  // The shard of an article key: a stable hash, so an article always
  // returns to its shard.
  std::size_t shard_of(const std::string& key) const;

 private:
  std::string path_;
  std::vector<std::unique_ptr<ShardWriter>> writers_;
};

}  // namespace dramasearch::index
