// Progress line for long runs: files, articles, MB/s and ETA on a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

#include "dramasearch/indexing_run.h"

namespace dramasearch::tools {

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled) {}

  // Called often; prints at most a few times a second.
  void update(const IndexingProgress& p) {
    if (!enabled_) return;
    if (p.compacting) {
      std::fprintf(stderr, "\r\x1b[Kfiles %zu, articles %zu, compacting the shards into one database ...", p.files,
                   p.articles);
      std::fflush(stderr);
      shown_ = true;
      return;
    }
    const std::uint64_t bytes = p.bytes, total = p.total_bytes;
    const auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    std::string eta = "?";
    if (total > 0 && bytes > 0 && bytes <= total && secs > 0.5) {
      const auto rest = static_cast<long>((total - bytes) / (bytes / secs));
      eta = std::to_string(rest / 60) + "m" + (rest % 60 < 10 ? "0" : "") + std::to_string(rest % 60) + "s";
    }
    std::fprintf(stderr, "\r\x1b[Kfiles %zu, articles %zu, %.1f MB/s, ETA %s", p.files, p.articles, mbps, eta.c_str());
    std::fflush(stderr);
    shown_ = true;
  }

  // Clears the progress line before other output.
  void clear() {
    if (shown_) std::fprintf(stderr, "\r\x1b[K");
    shown_ = false;
  }

  double seconds() const { return std::chrono::duration<double>(clock::now() - start_).count(); }

 private:
  using clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  clock::time_point start_ = clock::now();
  clock::time_point last_{};
};

}  // namespace dramasearch::tools
