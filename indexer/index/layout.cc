#include "indexer/index/layout.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "dramasearch/error.h"

namespace dramasearch::index {

std::size_t shard_count(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::ifstream manifest(fs::path(dir) / kShardManifest);
  std::size_t n = 0;
  if (manifest >> n && n >= 1) return n;
  if (fs::exists(fs::path(dir) / "iamglass", ec)) return 1;
  return 0;
}

std::string shard_path(const std::string& dir, std::size_t k) {
  char name[16];
  std::snprintf(name, sizeof name, "shard-%02zu", k);
  return (std::filesystem::path(dir) / name).string();
}

void create_shard_layout(const std::string& dir, std::size_t n) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir + ": cannot create index directory: " + ec.message());
  if (!fs::is_empty(dir, ec) && !fs::exists(fs::path(dir) / kShardManifest, ec))
    throw Error(dir + ": directory is not empty and is not a dramasearch index");
  std::string stub;
  for (std::size_t k = 0; k < n; ++k) stub += "auto " + fs::path(shard_path(dir, k)).filename().string() + "\n";
  // Manifest first, then the stub, each by rename; the indexer calls this
  // again on every open of a sharded index, so a crash in between heals.
  auto write_atomically = [&](const char* name, const std::string& content) {
    const fs::path tmp = fs::path(dir) / (std::string(name) + ".tmp");
    {
      std::ofstream out(tmp, std::ios::trunc);
      out << content;
      if (!out) throw Error(dir + ": cannot write " + name);
    }
    fs::rename(tmp, fs::path(dir) / name, ec);
    if (ec) throw Error(dir + ": cannot write " + name + ": " + ec.message());
  };
  write_atomically(kShardManifest, std::to_string(n) + "\n");
  write_atomically("XAPIANDB", stub);
}

}  // namespace dramasearch::index
