#include "indexer/index/bulk_load.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <vector>

#include <xapian.h>

#include "dramasearch/error.h"
#include "indexer/index/database.h"
#include "indexer/index/layout.h"

namespace dramasearch::index {
namespace fs = std::filesystem;

namespace {

constexpr const char* kStub = "XAPIANDB";

// Writes `content` to DIR/NAME by rename, so readers see all or nothing.
void write_atomically(const fs::path& dir, const char* name, const std::string& content) {
  const fs::path tmp = dir / (std::string(name) + ".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << content;
    if (!out.flush()) throw Error(dir.string() + ": cannot write " + name);
  }
  std::error_code ec;
  fs::rename(tmp, dir / name, ec);
  if (ec) throw Error(dir.string() + ": cannot write " + name + ": " + ec.message());
}

// This boot of the machine (Linux), "" where unknown.
std::string boot_id() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  in >> id;
  return id;
}

constexpr const char* kBootLine = "boot-id ";

// The boot id the marker of `dir` names, "" for none (a marker from before
// unsynced loads, always synced).
std::string marker_boot_id(const std::string& dir) {
  std::ifstream in(fs::path(dir) / kBulkLoadMarker);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(kBootLine, 0) == 0) return line.substr(std::string(kBootLine).size());
  return {};
}

// Removes the database a compaction wrote (or began to write) into `dir`.
void remove_compacted(const fs::path& dir) {
  fs::remove(dir / "iamglass");
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".glass") fs::remove(entry.path());
}

// Syncs the files of the database compacted into `dir`, and `dir` itself.
// Xapian's compaction syncs its output but does not report a failed sync,
// and the staging index it came from was never synced: the load is done
// only once this succeeds. Throws Error naming the file.
void sync_compacted(const fs::path& dir) {
  auto sync = [&](const fs::path& p, int flags) {
    const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
      const int err = errno;
      if (fd >= 0) ::close(fd);
      throw Error(p.string() + ": cannot sync the compacted index: " + std::strerror(err));
    }
    ::close(fd);
  };
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file() && (entry.path().extension() == ".glass" || entry.path().filename() == "iamglass"))
      sync(entry.path(), O_RDONLY);
  sync(dir, O_RDONLY | O_DIRECTORY);
}

}  // namespace

std::string bulk_load_staging(const std::string& dir) { return (fs::path(dir) / kBulkLoadStaging).string(); }

bool bulk_load_pending(const std::string& dir) {
  std::error_code ec;
  return fs::exists(fs::path(dir) / kBulkLoadMarker, ec);
}

void begin_bulk_load(const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir + ": cannot create index directory: " + ec.message());
  std::string marker = "a bulk load is unfinished: drama-index finishes it on its next run\n";
  if (const std::string boot = boot_id(); !boot.empty()) marker.append(kBootLine).append(boot).append("\n");
  write_atomically(dir, kBulkLoadMarker, marker);
}

bool bulk_load_unsynced_ok(const std::string& dir) {
  const std::string boot = boot_id();
  return !boot.empty() && marker_boot_id(dir) == boot;
}

bool bulk_load_torn(const std::string& dir) {
  const std::string written = marker_boot_id(dir);
  return !written.empty() && written != boot_id();
}

void restart_bulk_load(const std::string& dir) {
  const fs::path d(dir);
  std::error_code ec;
  fs::remove(d / kStub, ec);
  fs::remove_all(bulk_load_staging(dir), ec);
  if (ec) throw Error(bulk_load_staging(dir) + ": cannot remove: " + ec.message());
  fs::remove_all(d / (std::string(kBulkLoadStaging) + ".done"), ec);
  try {
    remove_compacted(d);
  } catch (const fs::filesystem_error& e) {
    throw Error(dir + ": cannot remove a compaction's files: " + e.what());
  }
  begin_bulk_load(dir);
}

void expose_bulk_load(const std::string& dir, std::size_t shards) {
  std::string stub;
  if (shards > 1) {
    for (std::size_t k = 0; k < shards; ++k)
      stub += "auto " + (fs::path(kBulkLoadStaging) / fs::path(shard_path(dir, k)).filename()).string() + "\n";
  } else {
    stub = std::string("auto ") + kBulkLoadStaging + "\n";
  }
  write_atomically(dir, kStub, stub);
}

void finish_bulk_load(const std::string& dir) {
  const fs::path d(dir);
  const std::string staging = bulk_load_staging(dir);
  const fs::path done = d / (std::string(kBulkLoadStaging) + ".done");
  try {
    // The staging index is renamed away only after the compaction, so while
    // it exists the compaction is owed (again, if one was killed halfway).
    if (fs::exists(staging)) {
      if (bulk_load_torn(dir))
        throw Error(dir + ": the unfinished bulk load was written without syncing before the machine restarted, "
                          "so it is not compacted; run drama-index on its inputs to load them again");
      const std::size_t shards = shard_count(staging);
      if (shards == 0) throw Error(dir + ": unfinished bulk load, and " + staging + " is not an index");
      // Hold the staging writers' locks so that no indexer runs meanwhile.
      std::vector<Xapian::WritableDatabase> locks;
      for (std::size_t k = 0; k < shards; ++k)
        locks.emplace_back(shards > 1 ? shard_path(staging, k) : staging, Xapian::DB_OPEN);
      // Without the stub, Xapian compacts into DIR itself (with it, it would
      // compact beside it and switch the stub); what a compaction killed
      // halfway left is removed first.
      fs::remove(d / kStub);
      remove_compacted(d);
      try {
        Xapian::Database db(staging);
        check_schema(db, staging);
        db.compact(dir, Xapian::DBCOMPACT_MULTIPASS);
        sync_compacted(d);
      } catch (...) {
        // A failed compaction (a full disk) leaves the load as it was:
        // readers search the staging index again, the next run compacts.
        try {
          remove_compacted(d);
          expose_bulk_load(dir, shards);
        } catch (...) {
        }
        throw;
      }
      locks.clear();
      fs::rename(staging, done);
    }
    fs::remove(d / kStub);
    fs::remove_all(done);
    fs::remove(d / kBulkLoadMarker);
  } catch (const Xapian::DatabaseLockError&) {
    throw Error(dir + ": index is locked by another indexer; the bulk load is finished by the next run");
  } catch (const Xapian::Error& e) {
    throw Error(dir + ": compacting the bulk load failed: " + e.get_description());
  } catch (const fs::filesystem_error& e) {
    throw Error(dir + ": compacting the bulk load failed: " + e.what());
  }
}

}  // namespace dramasearch::index
