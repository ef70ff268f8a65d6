#include <filesystem>
#include <fstream>
#include <vector>

#include <xapian.h>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "indexer/index/bulk_load.h"
#include "indexer/index/database.h"

namespace dramasearch {
namespace {

std::uint64_t disk_bytes(const std::filesystem::path& dir) {
  std::uint64_t n = 0;
  std::error_code ec;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec)) n += it->file_size(ec);
  }
  return n;
}

}  // namespace

std::uint64_t compact_index(const std::string& path) {
  namespace fs = std::filesystem;
  if (index::bulk_load_pending(path)) {  // its compaction is the bulk load's own
    index::finish_bulk_load(path);
    return disk_bytes(path);
  }
  const std::size_t shards = index::shard_count(path);
  if (shards == 0) throw Error(path + ": no such index (create it with drama-index)");
  try {
    // Hold every write lock so no indexer runs meanwhile.
    std::vector<Xapian::WritableDatabase> locks;
    const fs::path stub = fs::path(path) / "XAPIANDB";
    const bool has_stub = fs::exists(stub);
    if (has_stub) {
      std::vector<std::string> members;
      std::ifstream in(stub);
      for (std::string kind, name; in >> kind >> name;) members.push_back(name);
      for (const auto& m : members) locks.emplace_back((fs::path(path) / m).string(), Xapian::DB_OPEN);
      // Xapian compacts the stub's databases into a new one and atomically
      // points the stub at it; then the old ones can go.
      Xapian::Database db(path);
      index::check_schema(db, path);
      db.compact(stub.string(), Xapian::DBCOMPACT_MULTIPASS);
      locks.clear();
      {
        std::ofstream manifest(fs::path(path) / index::kShardManifest, std::ios::trunc);
        manifest << "1\n";
      }
      for (const auto& m : members) fs::remove_all(fs::path(path) / m);
    } else {
      locks.emplace_back(path, Xapian::DB_OPEN);
      Xapian::Database db(path);
      index::check_schema(db, path);
      const fs::path tmp = fs::path(path).string() + ".compact-tmp";
      const fs::path old = fs::path(path).string() + ".compact-old";
      fs::remove_all(tmp);
      db.compact(tmp.string(), Xapian::DBCOMPACT_MULTIPASS);
      db.close();
      locks.clear();
      fs::rename(path, old);
      fs::rename(tmp, path);
      fs::remove_all(old);
    }
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(path + ": index is locked by another indexer; compact it when indexing is done");
  } catch (const Xapian::Error& e) {
    throw Error(path + ": compaction failed: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    throw Error(path + ": compaction failed: " + e.what());
  }
  return disk_bytes(path);
}

}  // namespace dramasearch
