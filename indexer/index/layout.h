// Index layouts on disk (docs/index-format.md).
#pragma once

#include <cstddef>
#include <string>

namespace dramasearch::index {

// A plain index is one Xapian database directory. A sharded
// index is a directory holding shard-00 ... shard-NN (each a plain index),
// a Xapian stub file XAPIANDB listing them (so Xapian opens them together
// with global statistics) and a manifest file with the shard count.
constexpr const char* kShardManifest = "dramasearch-shards";

// 0: no index at `dir` yet; 1: a plain index; N: a sharded index.
std::size_t shard_count(const std::string& dir);

// Directory of shard k of a sharded index.
std::string shard_path(const std::string& dir, std::size_t k);

// Creates the stub and manifest of an N-shard index in `dir` (the shard
// databases are created by opening them for writing).
void create_shard_layout(const std::string& dir, std::size_t n);

}  // namespace dramasearch::index
