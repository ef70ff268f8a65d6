// POSIX file input for the walker (see file_io.h).
#include "indexer/readers/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace dramasearch::readers_internal {

std::string errno_message(int err) { return std::generic_category().message(err); }

std::string file_too_large(std::uint64_t size, std::uint64_t limit) {
  return "file too large (" + std::to_string(size) + " bytes, limit " + std::to_string(limit) + ")";
}

namespace {

int open_read(const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  return fd;
}

ssize_t read_some(int fd, char* buf, std::size_t n) {
  ssize_t got;
  do {
    got = ::read(fd, buf, n);
  } while (got < 0 && errno == EINTR);
  return got;
}

}  // namespace

bool read_whole_file(const std::string& path, std::uint64_t limit, std::string& out,
                     std::string& error) {
  out.clear();
  const int fd = open_read(path);
  if (fd < 0) {
    error = errno_message(errno);
    return false;
  }
  constexpr std::size_t kChunk = 1 << 16;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && st.st_size > 0) {
    out.reserve(static_cast<std::size_t>(
                    std::min<std::uint64_t>(static_cast<std::uint64_t>(st.st_size), limit)) +
                kChunk);
  }
  bool ok = true;
  while (out.size() <= limit) {
    const std::size_t old = out.size();
    out.resize(old + kChunk);
    const ssize_t got = read_some(fd, out.data() + old, kChunk);
    if (got < 0) {
      error = errno_message(errno);
      ok = false;
    }
    out.resize(old + static_cast<std::size_t>(got > 0 ? got : 0));
    if (got <= 0) break;
  }
  ::close(fd);
  return ok;
}

InputFile::~InputFile() {
  if (buf_.fd >= 0) ::close(buf_.fd);
}

bool InputFile::open(const std::string& path, std::string& error) {
  buf_.fd = open_read(path);
  if (buf_.fd < 0) {
    error = errno_message(errno);
    return false;
  }
  return true;
}

InputFile::FdBuf::int_type InputFile::FdBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (fd < 0 || err != 0) return traits_type::eof();
  const ssize_t got = read_some(fd, data.data(), data.size());
  if (got <= 0) {
    if (got < 0) err = errno;
    return traits_type::eof();
  }
  setg(data.data(), data.data(), data.data() + got);
  return traits_type::to_int_type(*gptr());
}

}  // namespace dramasearch::readers_internal
