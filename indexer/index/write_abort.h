// What the write-abort handler (install_write_abort_handler in
// dramasearch/indexer.h) knows about the index being written: the Indexer
// notes its path, the last article committed and its first failure here.
#pragma once

#include <string>

namespace dramasearch::index {

// The index being written from now on (a new Indexer).
void note_write_target(const std::string& path);
// The article most recently made durable.
void note_committed(const std::string& article_id);
// "last article committed: 'ID'", or "no article of this run" for an
// empty id: how every write-failure message names what the index keeps.
std::string last_committed_phrase(const std::string& article_id);
// The run's first write failure, as the one-line message it reports.
void note_write_failure(const std::string& message);

}  // namespace dramasearch::index
