// The threads of Indexer::add_many: analysis on every thread, writing in
// input order, one writer thread per database.
//
// The jobs come in lanes, one per database (shard), each in input order.
// Lane l is written by thread l % threads, which writes its lanes' articles
// in order as they become ready; a thread with several lanes (more shards
// than threads) or none (more threads than shards) is fine. Every thread
// analyses its own lanes' articles first, then helps with the others', so
// no core idles at the end of a call while another lane still has articles
// to analyse. A lane stays with one thread: moving a Xapian writer between
// cores cost more (cache) than it balanced.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "indexer/index/prepared_article.h"

namespace dramasearch::index {

// analyse(job, thread): the prepared article of a job, on thread number
// `thread` (0 is the calling thread). Must not throw.
using AnalyseFn = std::function<PreparedArticle(std::size_t job, std::size_t thread)>;
// write(job, prepared): writes it; called for each lane's jobs in order, always
// on the same thread for a lane. Must not throw.
using WriteFn = std::function<void(std::size_t job, PreparedArticle& prepared)>;

// Runs every job of `lanes` on `threads` threads (the calling one included)
// and returns when all are written.
void run_lanes(const std::vector<std::vector<std::size_t>>& lanes, std::size_t threads, const AnalyseFn& analyse,
               const WriteFn& write);

}  // namespace dramasearch::index
