#include "indexer/index/shards.h"

#include <algorithm>

#include "dramasearch/error.h"
#include "indexer/index/database.h"
#include "indexer/util/hash.h"

namespace dramasearch::index {

Shards::Shards(const std::string& path, const ShardsOptions& o) : path_(path) {
  std::size_t n = shard_count(path);
  if (n == 0) n = std::max<std::size_t>(1, o.shards);
  else if (o.shards && o.shards != n)
    throw Error(path + ": index has " + std::to_string(n) + " shard" + (n == 1 ? "" : "s") + ", --shards " +
                std::to_string(o.shards) + " was asked; keep the shard count or index into a new directory");
  if (n > 1) create_shard_layout(path, n);
  // The batch is spread over the shards, each committing its own part.
  const std::size_t batch_per_shard = std::max<std::size_t>(1, o.batch_articles / n);
  for (std::size_t k = 0; k < n; ++k)
    writers_.push_back(std::make_unique<ShardWriter>(n > 1 ? shard_path(path, k) : path, o.flush_threshold,
                                                     batch_per_shard, o.fingerprint, o.repair, o.sync));
  write_pid_file(path);
}

Shards::~Shards() { remove_pid_file(path_); }

std::size_t Shards::shard_of(const std::string& key) const {
  return writers_.size() == 1 ? 0 : util::fnv1a64(key) % writers_.size();
}

}  // namespace dramasearch::index
