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

// Writes the readers' stub DIR/XAPIANDB over the staging index's shards.
// Throws Error.
void expose_bulk_load(const std::string& dir, std::size_t shards);

// Compacts the staging index into `dir` (one plain database), then removes
// the staging index, the stub and the marker. Takes the staging index's
// write locks: no writer may have it open. Completes a compaction that was
// killed halfway, or only tidies up after one that completed. Throws Error.
void finish_bulk_load(const std::string& dir);

}  // namespace dramasearch::index
