#include "indexer/index/write_scheduler.h"

#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace dramasearch::index {
namespace {

class Scheduler {
 public:
  Scheduler(const std::vector<std::vector<std::size_t>>& jobs, std::size_t threads, const AnalyseFn& analyse,
            const WriteFn& write)
      : lanes_(jobs.size()), threads_(threads), analyse_(analyse), write_(write) {
    for (std::size_t l = 0; l < jobs.size(); ++l) lanes_[l].jobs = &jobs[l];
  }

  void run() {
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads_; ++t) pool.emplace_back([this, t] { work(t); });
    work(0);
    for (auto& t : pool) t.join();
  }

 private:
  struct Lane {
    const std::vector<std::size_t>* jobs = nullptr;  // input order
    std::atomic<std::size_t> analysed{0};            // next lane position to analyse
    std::map<std::size_t, PreparedArticle> ready;    // lane position -> analysed article (under mu_)
    std::size_t written = 0;                         // lane positions written (writer thread only)
  };

  bool mine(std::size_t lane, std::size_t self) const { return lane % threads_ == self; }

  // Analyses the next unanalysed article of lane l, if any.
  bool analyse_one(std::size_t l, std::size_t self) {
    Lane& lane = lanes_[l];
    const std::size_t pos = lane.analysed.fetch_add(1);
    if (pos >= lane.jobs->size()) return false;
    PreparedArticle p = analyse_((*lane.jobs)[pos], self);
    {
      std::lock_guard<std::mutex> lock(mu_);
      lane.ready.emplace(pos, std::move(p));
    }
    cv_.notify_all();
    return true;
  }

  // Writes the ready articles of the lanes this thread writes; false once
  // all of them are written.
  bool write_ready(std::size_t self) {
    bool pending = false;
    for (std::size_t l = 0; l < lanes_.size(); ++l) {
      if (!mine(l, self)) continue;
      Lane& lane = lanes_[l];
      for (;;) {
        PreparedArticle p;
        {
          std::lock_guard<std::mutex> lock(mu_);
          auto it = lane.ready.find(lane.written);
          if (it == lane.ready.end()) break;
          p = std::move(it->second);
          lane.ready.erase(it);
        }
        write_((*lane.jobs)[lane.written], p);
        ++lane.written;
      }
      if (lane.written < lane.jobs->size()) pending = true;
    }
    return pending;
  }

  void work(std::size_t self) {
    for (;;) {
      const bool pending = write_ready(self);
      bool worked = false;
      for (std::size_t l = 0; l < lanes_.size() && !worked; ++l) worked = mine(l, self) && analyse_one(l, self);
      for (std::size_t l = 0; l < lanes_.size() && !worked; ++l) worked = analyse_one(l, self);
      if (worked) continue;
      if (!pending) return;
      // Nothing left to analyse: wait for another thread's article for a lane this thread writes.
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] {
        for (std::size_t l = 0; l < lanes_.size(); ++l)
          if (mine(l, self) && lanes_[l].ready.count(lanes_[l].written)) return true;
        return false;
      });
    }
  }

  std::vector<Lane> lanes_;
  std::size_t threads_;
  const AnalyseFn& analyse_;
  const WriteFn& write_;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace

void run_lanes(const std::vector<std::vector<std::size_t>>& lanes, std::size_t threads, const AnalyseFn& analyse,
               const WriteFn& write) {
  Scheduler(lanes, std::max<std::size_t>(1, threads), analyse, write).run();
}

}  // namespace dramasearch::index
