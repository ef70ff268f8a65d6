#include "indexer/index/database.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <fstream>

#include "dramasearch/error.h"
#include "indexer/index/schema.h"

#include <unistd.h>

namespace dramasearch::index {

void write_pid_file(const std::string& path) {
  std::ofstream out(std::filesystem::path(path) / kPidFile, std::ios::trunc);
  out << getpid() << "\n";
}

void remove_pid_file(const std::string& path) {
  std::error_code ec;
  std::filesystem::remove(std::filesystem::path(path) / kPidFile, ec);
}

void check_schema(const Xapian::Database& db, const std::string& path) {
  const std::string version = db.get_metadata(schema::kVersionKey);
  if (version.empty()) {
    if (db.get_doccount() == 0) return;  // a new, empty index
    throw Error(path + ": not a dramasearch index (no schema version); index it with drama-index");
  }
  if (version != std::to_string(schema::kVersion))
    throw Error(path + ": index schema version " + version + ", this program reads version " +
                std::to_string(schema::kVersion) +
                "; re-index: remove the directory and run drama-index again");
}

namespace {

// Sets XAPIAN_FLUSH_THRESHOLD while a writable database is opened (Xapian
// 1.4 reads it then and has no API for it), unless the user set it: theirs
// wins. The check, the change and the restore happen under one process-wide
// mutex, so concurrent opens never see each other's value nor mistake it
// for the user's.
class FlushThresholdScope {
 public:
  explicit FlushThresholdScope(std::size_t threshold) {
    if (threshold == 0) return;
    lock_ = std::unique_lock<std::mutex>(mutex());
    if (std::getenv(kVariable)) return;
    ::setenv(kVariable, std::to_string(threshold).c_str(), 1);
    set_ = true;
  }
  ~FlushThresholdScope() {
    if (set_) ::unsetenv(kVariable);  // it was unset before
  }
  FlushThresholdScope(const FlushThresholdScope&) = delete;
  FlushThresholdScope& operator=(const FlushThresholdScope&) = delete;

 private:
  static constexpr const char* kVariable = "XAPIAN_FLUSH_THRESHOLD";
  static std::mutex& mutex() {
    static std::mutex m;
    return m;
  }
  std::unique_lock<std::mutex> lock_;
  bool set_ = false;
};

}  // namespace

Xapian::WritableDatabase open_writable(const std::string& path, std::size_t flush_threshold, bool sync) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    throw Error(path + ": exists and is not a directory");
  if (fs::is_directory(path, ec) && !fs::is_empty(path, ec) && !fs::exists(fs::path(path) / "iamglass", ec) &&
      !fs::exists(fs::path(path) / "XAPIANDB", ec) &&
      !fs::exists(fs::path(path) / "flintlock", ec))
    throw Error(path + ": directory is not empty and is not a dramasearch index");
  try {
    Xapian::WritableDatabase db = [&] {
      FlushThresholdScope scope(flush_threshold);
      return Xapian::WritableDatabase(path, Xapian::DB_CREATE_OR_OPEN | (sync ? 0 : Xapian::DB_NO_SYNC));
    }();
    check_schema(db, path);
    if (db.get_metadata(schema::kVersionKey).empty()) {
      db.set_metadata(schema::kVersionKey, std::to_string(schema::kVersion));
      db.commit();
    }
    return db;
  } catch (const Xapian::DatabaseLockError&) {
    std::string holder;
    std::ifstream pid_file(fs::path(path) / kPidFile);
    if (pid_file >> holder) holder = " (pid " + holder + ")";
    throw Error(path + ": index is locked by another indexer" + holder);
  } catch (const Xapian::Error& e) {
    throw Error(path + ": cannot open index for writing: " + e.get_description());
  }
}

namespace {

// Opens the index at `path` with its checks; `found` receives its databases.
Xapian::Database open_checked(const std::string& path, std::vector<IndexMember>& found) {
  const std::size_t shards = shard_count(path);
  if (shards > 1) {
    // Every shard must carry the schema; the stub opens them together.
    for (std::size_t k = 0; k < shards; ++k) {
      const std::string shard = shard_path(path, k);
      const Xapian::Database db(shard);
      check_schema(db, shard);
      found.push_back({shard, db.get_metadata(schema::kFingerprintKey)});
    }
    return Xapian::Database(path);
  }
  Xapian::Database db(path);
  check_schema(db, path);
  found.push_back({path, db.get_metadata(schema::kFingerprintKey)});
  return db;
}

}  // namespace

Xapian::Database open_readable(const std::string& path, std::vector<IndexMember>* members) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(path + ": no such index (create it with drama-index)");
  // A writer committing while the index opens can discard the revision
  // being read (an indexer commits every few articles): open it again.
  for (int attempt = 0;; ++attempt) {
    std::vector<IndexMember> found;
    try {
      Xapian::Database db = open_checked(path, found);
      if (members) members->insert(members->end(), found.begin(), found.end());
      return db;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 10) throw Error(path + ": index keeps changing while it opens; try again");
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw Error(path + ": not a dramasearch index or corrupt: " + e.get_msg() +
                  " (re-create it with drama-index)");
    } catch (const Xapian::Error& e) {
      throw Error(path + ": cannot open index: " + e.get_description());
    }
  }
}

std::string utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace dramasearch::index
