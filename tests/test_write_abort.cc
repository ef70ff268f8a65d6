// install_write_abort_handler: a std::terminate while an index is written
// after an I/O error ends the process with the run's one-line failure and
// status 2; any other std::terminate still aborts.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>

#include "dramasearch/indexer.h"
#include "indexer/index/write_abort.h"

namespace {

struct Ended {
  int status = -1;     // exit status, or -signal
  std::string stderr_text;
};

// Runs fn in a child process whose stderr goes to a pipe.
template <typename Fn>
Ended run_child(Fn fn) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    close(fds[0]);
    dup2(fds[1], STDERR_FILENO);
    fn();
    _exit(99);
  }
  close(fds[1]);
  Ended out;
  char buf[512];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) out.stderr_text.append(buf, std::size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  out.status = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
  return out;
}

}  // namespace

TEST_CASE("a terminate after a failed write reports the failure and exits 2", "[write-abort]") {
  const Ended e = run_child([] {
    dramasearch::install_write_abort_handler("drama-index");
    dramasearch::index::note_write_target("/srv/idx");
    dramasearch::index::note_committed("a17");
    errno = ENOSPC;
    std::terminate();
  });
  CHECK(e.status == 2);
  CHECK(e.stderr_text ==
        "drama-index: /srv/idx: committing to the index failed (No space left on device); stopped at the first "
        "failure, the index keeps its last commit (last article committed: 'a17'); run again once the cause is "
        "fixed\n");
}

TEST_CASE("a recorded first failure is the message", "[write-abort]") {
  const Ended e = run_child([] {
    dramasearch::install_write_abort_handler("prog");
    dramasearch::index::note_write_target("/srv/idx");
    dramasearch::index::note_write_failure("/srv/idx: writing article 'x' failed: disk");
    dramasearch::index::note_write_failure("a later failure");
    errno = 0;
    std::terminate();
  });
  CHECK(e.status == 2);
  CHECK(e.stderr_text == "prog: /srv/idx: writing article 'x' failed: disk\n");
}

TEST_CASE("a terminate without an I/O error still aborts", "[write-abort]") {
  const Ended e = run_child([] {
    dramasearch::install_write_abort_handler("prog");
    dramasearch::index::note_write_target("/srv/idx");
    errno = EINVAL;
    std::terminate();
  });
  CHECK(e.status == -SIGABRT);
  CHECK(e.stderr_text.find("committing to the index failed") == std::string::npos);
}
