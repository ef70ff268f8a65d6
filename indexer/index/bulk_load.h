// The bulk load of a new index (IndexingRun's default; docs/index-format.md).
//
// Its articles are written into a sharded staging index DIR/bulk-load, one
// writer per shard in parallel, and compacted into DIR as one plain
// database when the run ends. The marker file DIR/dramasearch-bulk-load
// exists from before the first write until the compaction is done and the
// staging index removed, so a run that is interrupted or killed at any
// point leaves the marker, and the next run (or `drama-index compact`)
// finishes the load. Meanwhile a stub DIR/XAPIANDB lists the staging shards,
// so readers search what is committed so far.
//
// The staging index's commits are not synced to disk (a fifth of a 100k
// load's time went to syncing them): a killed process loses nothing
// committed, but a crash of the machine could tear the staging index. The
// marker names the boot of the machine that wrote it (Linux's boot id), so
// a run after a restart starts the load over instead of resuming from a
// staging index it cannot trust; the compacted database is synced. Where
// the boot id cannot be read, the staging index is synced like any other.
#pragma once

#include <cstddef>
#include <string>

namespace dramasearch::index {

constexpr const char* kBulkLoadMarker = "dramasearch-bulk-load";
constexpr const char* kBulkLoadStaging = "bulk-load";

// DIR/bulk-load.
std::string bulk_load_staging(const std::string& dir);

// True while a bulk load into `dir` is unfinished.
bool bulk_load_pending(const std::string& dir);

// Creates `dir` (new or empty) and writes the marker. Throws Error.
void begin_bulk_load(const std::string& dir);

// Whether the staging index of the pending bulk load in `dir` may be
// written without syncing: the marker names this boot of the machine.
bool bulk_load_unsynced_ok(const std::string& dir);

// True when the pending bulk load in `dir` was written without syncing
// during an earlier boot of the machine: its staging index cannot be
// trusted.
bool bulk_load_torn(const std::string& dir);

// Starts the pending bulk load in `dir` over: removes its staging index,
// the readers' stub and what a compaction left in `dir`, and writes a new
// marker. Throws Error.
void restart_bulk_load(const std::string& dir);

// Writes the readers' stub DIR/XAPIANDB over the staging index's shards.
// Throws Error.
void expose_bulk_load(const std::string& dir, std::size_t shards);

// Compacts the staging index into `dir` (one plain database), then removes
// the staging index, the stub and the marker. Takes the staging index's
// write locks: no writer may have it open. Completes a compaction that was
// killed halfway, or only tidies up after one that completed. Throws Error.
void finish_bulk_load(const std::string& dir);

}  // namespace dramasearch::index
