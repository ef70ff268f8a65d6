// Progress line for long runs: files, articles, MB/s and ETA on a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace dramasearch::tools {

class Progress {
 public:
  Progress(bool enabled, std::uint64_t total_bytes) : enabled_(enabled), total_(total_bytes) {}

  // Called often; prints at most a few times a second.
  void update(std::size_t files, std::size_t articles, std::uint64_t bytes) {
    if (!enabled_) return;
    const auto now = clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double secs = std::chrono::duration<double>(now - start_).count();
    const double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    std::string eta = "?";
    if (total_ > 0 && bytes > 0 && bytes <= total_ && secs > 0.5) {
      const auto rest = static_cast<long>((total_ - bytes) / (bytes / secs));
      eta = std::to_string(rest / 60) + "m" + (rest % 60 < 10 ? "0" : "") + std::to_string(rest % 60) + "s";
    }
    std::fprintf(stderr, "\r\x1b[Kfiles %zu, articles %zu, %.1f MB/s, ETA %s", files, articles, mbps, eta.c_str());
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
  std::uint64_t total_;
  bool shown_ = false;
  clock::time_point start_ = clock::now();
  clock::time_point last_{};
};

}  // namespace dramasearch::tools
