#include "query/serve/run_server.h"

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <thread>

namespace drama_serve {
namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void block_stop_signals() {
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);
}

int run_until_signal(httplib::Server& svr, const ServeConfig& config) {
  int port = config.port;
  if (port == 0) {
    port = svr.bind_to_any_port(config.host);
    if (port < 0) port = 0;
  } else if (!svr.bind_to_port(config.host, port)) {
    port = 0;
  }
  if (port == 0) {
    std::cerr << "drama-serve: cannot listen on " << config.listen << "\n";
    return 2;
  }
  const bool v6 = config.host.find(':') != std::string::npos;
  std::cout << "drama-serve: listening on http://" << (v6 ? "[" + config.host + "]" : config.host) << ":" << port
            << "/" << std::endl;

  std::atomic<bool> stopping{false}, done{false};
  std::thread stopper([&] {
    const sigset_t set = stop_signals();
    int sig = 0;
    sigwait(&set, &sig);
    if (done) return;
    stopping = true;
    std::cerr << "drama-serve: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ", stopping\n";
    // stop() is a no-op until listen_after_bind() runs: repeat until it returned.
    while (!done) {
      svr.stop();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  });
  const bool ok = svr.listen_after_bind();  // returns after stop(), once the workers are done
  done = true;
  if (!stopping) {
    // listen failed by itself: wake the stopper thread so it can be joined.
    pthread_kill(stopper.native_handle(), SIGTERM);
  }
  stopper.join();
  if (!ok && !stopping) {
    std::cerr << "drama-serve: server failed\n";
    return 1;
  }
  return 0;
}

}  // namespace drama_serve
