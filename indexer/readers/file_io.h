// POSIX file input for the walker (private): errno-accurate error messages
// and an unbuffered-by-iostream stream for JSON Lines files.
#pragma once

#include <cstdint>
#include <istream>
#include <streambuf>
#include <string>
#include <vector>

namespace dramasearch::readers_internal {

// Text for an errno value ("Permission denied").
std::string errno_message(int err);

// The report for a file over the size limit.
std::string file_too_large(std::uint64_t size, std::uint64_t limit);

// Reads a whole file, at most `limit` + 1 bytes (so callers can tell a file
// that grew past the limit). On failure returns false with `error` set.
bool read_whole_file(const std::string& path, std::uint64_t limit, std::string& out,
                     std::string& error);

// A read-only file as an std::istream, backed by a plain file descriptor.
class InputFile {
 public:
  InputFile() = default;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile();

  bool open(const std::string& path, std::string& error);
  std::istream& stream() { return stream_; }
  // errno of a failed read(2), 0 if none.
  int read_errno() const { return buf_.err; }

 private:
  struct FdBuf : std::streambuf {
    int fd = -1;
    int err = 0;
    std::vector<char> data = std::vector<char>(1 << 16);
    int_type underflow() override;
  };
  FdBuf buf_;
  std::istream stream_{&buf_};
};

}  // namespace dramasearch::readers_internal
