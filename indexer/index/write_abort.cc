// Xapian 1.4 can end the process with std::terminate when a write fails at
// some points of a commit (an exception escapes one of its destructors):
// seen with write faults injected at about one point in twelve. The index
// is still at its last commit, because a Xapian commit becomes visible
// only once it is complete; so the handler reports such an end as the
// ordinary first failure is reported, and exits 2.
#include "indexer/index/write_abort.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>

#include "dramasearch/indexer.h"

namespace dramasearch {
namespace {

struct AbortState {
  std::mutex mu;
  std::string program;
  std::string path;            // empty: no index written yet
  std::string last_committed;  // of this run
  std::string failure;         // the first failure's message, if recorded
  std::terminate_handler previous = nullptr;
};

AbortState& state() {
  static AbortState* s = new AbortState;  // never destroyed: the handler may run at exit
  return *s;
}

bool is_io_error(int err) {
  return err == ENOSPC || err == EIO || err == EDQUOT || err == EROFS || err == EFBIG;
}

[[noreturn]] void on_terminate() {
  const int err = errno;  // still the failed write's, in the case this handles
  AbortState& s = state();
  // Another thread may hold the lock for a moment; never wait for long.
  bool locked = false;
  for (int i = 0; i < 100 && !(locked = s.mu.try_lock()); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  std::string message;
  if (locked && !s.path.empty() && (!s.failure.empty() || is_io_error(err))) {
    message = s.failure;
    if (message.empty())
      message = s.path + ": committing to the index failed (" + std::strerror(err) +
                "); stopped at the first failure, the index keeps its last commit (" +
                index::last_committed_phrase(s.last_committed) +
                "); run again once the cause is fixed";
    message = s.program + ": " + message + "\n";
  }
  if (message.empty()) {
    if (s.previous) s.previous();
    std::abort();
  }
  ssize_t ignored = ::write(STDERR_FILENO, message.data(), message.size());
  (void)ignored;
  _exit(2);
}

}  // namespace

std::string index::last_committed_phrase(const std::string& article_id) {
  return article_id.empty() ? std::string("no article of this run") : "last article committed: '" + article_id + "'";
}

void install_write_abort_handler(const std::string& program) {
  AbortState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  s.program = program;
  std::terminate_handler old = std::set_terminate(on_terminate);
  if (old != on_terminate) s.previous = old;
}

namespace index {

void note_write_target(const std::string& path) {
  AbortState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  s.path = path;
  s.last_committed.clear();
  s.failure.clear();
}

void note_committed(const std::string& article_id) {
  AbortState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  s.last_committed = article_id;
}

void note_write_failure(const std::string& message) {
  AbortState& s = state();
  std::lock_guard<std::mutex> lock(s.mu);
  if (s.failure.empty()) s.failure = message;
}

}  // namespace index
}  // namespace dramasearch
