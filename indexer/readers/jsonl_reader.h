// JSON Lines reading with the details walk_inputs needs (private).
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "dramasearch/readers.h"

namespace dramasearch::readers_internal {

// Lines longer than this are reported and skipped without being kept in
// memory; a real article is far smaller.
constexpr std::size_t kMaxJsonLineBytes = 64u << 20;

struct JsonlResult {
  std::size_t articles = 0;  // delivered
  std::uint64_t bytes = 0;   // consumed from the stream
  bool unusable = false;     // whole stream skipped: empty, binary or UTF-16
  bool read_error = false;   // the stream went bad (I/O error)
};

JsonlResult read_jsonl_stream(std::istream& in, const std::string& name,
                              const ArticleFn& on_article, const ReportFn& on_problem,
                              std::size_t max_line_bytes = kMaxJsonLineBytes);

}  // namespace dramasearch::readers_internal
