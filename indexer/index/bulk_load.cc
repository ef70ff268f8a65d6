#include "indexer/index/bulk_load.h"

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
  fs::remove(d / "iamglass", ec);
  for (const auto& entry : fs::directory_iterator(d, ec))
    if (entry.path().extension() == ".glass") fs::remove(entry.path(), ec);
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
      fs::remove(d / "iamglass");
      for (const auto& entry : fs::directory_iterator(d))
        if (entry.path().extension() == ".glass") fs::remove(entry.path());
      Xapian::Database db(staging);
      check_schema(db, staging);
      db.compact(dir, Xapian::DBCOMPACT_MULTIPASS);
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
