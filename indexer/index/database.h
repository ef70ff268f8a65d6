// Opening Xapian databases with the schema checks and the error messages
// shared by the writer and the searcher (directory layouts: layout.h).
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "indexer/index/layout.h"

namespace dramasearch::index {

// Opens (creating if needed) a writable index. Throws dramasearch::Error if
// the directory is locked by another writer, is not a dramasearch index, or
// has another schema version. `flush_threshold` > 0: Xapian merges its
// buffered postings into the tables after that many changed documents.
// 0: Xapian's default. A user's XAPIAN_FLUSH_THRESHOLD always wins.
//
// Xapian 1.4 takes the threshold only from the environment variable
// XAPIAN_FLUSH_THRESHOLD, read when the database opens. So, unless the user
// set it, the variable is set for the duration of the open and removed
// again, with the check, the change and the removal under one process-wide
// mutex: concurrent opens in this process are serialized and each gets its
// own value. What the mutex cannot cover: the C library does not make
// setenv/unsetenv safe against getenv on other threads, so a program
// embedding the library should not read or change the environment on other
// threads while it opens an Indexer (dramasearch's tools open indexes
// before any thread of their own starts), and a child process started
// during an open inherits the variable.
// `sync` false: commits are not synced to disk (IndexerOptions::sync).
Xapian::WritableDatabase open_writable(const std::string& path, std::size_t flush_threshold = 0,
                                       bool sync = true);

// One database of an index (a shard of a sharded index) and the analysis
// fingerprint stored in it (schema::kFingerprintKey; empty before the first
// article is committed).
struct IndexMember {
  std::string name;
  std::string fingerprint;
};

// Opens an index for reading, with the same checks. `members`, if given,
// receives each of its databases.
Xapian::Database open_readable(const std::string& path, std::vector<IndexMember>* members = nullptr);

// Throws dramasearch::Error unless `db` carries the current schema version.
// `path` names the index in the message.
void check_schema(const Xapian::Database& db, const std::string& path);

// The writer records its pid here so that a refused second writer can say
// who holds the lock. Only informative: Xapian's lock is what protects.
constexpr const char* kPidFile = "dramasearch-writer.pid";
void write_pid_file(const std::string& path);
void remove_pid_file(const std::string& path);

// Current time as ISO 8601 UTC, for the last-commit metadata.
std::string utc_now();

}  // namespace dramasearch::index
