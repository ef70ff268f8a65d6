// dramasearch::Indexer: the public face of the index writer. The work is
// done by named pieces: Shards (which databases, which article goes where),
// ShardWriter (one database and its transaction), plan_writes (change
// detection), prepare_article (analysis and documents) and run_lanes (the
// analyse/write threads).
#include "dramasearch/indexer.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "dramasearch/error.h"
#include "indexer/index/change_detection.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/prepared_article.h"
#include "indexer/index/schema.h"
#include "indexer/index/shards.h"
#include "indexer/index/story_assigner.h"
#include "indexer/index/write_abort.h"
#include "indexer/index/write_scheduler.h"

namespace dramasearch {

struct Indexer::Impl {
  IndexerOptions options;
  std::string path;
  Pipeline pipeline;
  index::Shards shards;
  index::StoryAssigner stories;  // story keys of the articles written (after shards: it reads them)
  std::size_t last_passages = 0;
  // One document builder per add_many thread, kept across calls so that
  // their stem caches stay warm.
  std::vector<std::unique_ptr<index::DocumentBuilder>> builders;

  // The first failure to write or commit: once set, every shard is
  // abandoned at its last commit and nothing more is written.
  std::atomic<bool> failed{false};
  std::mutex failure_mu;
  std::string failure;                  // the message, under failure_mu
  std::string last_committed;           // id of the article most recently committed, under failure_mu
  std::vector<std::string> pending_id;  // per shard: the last article written since its last commit

  Impl(const std::string& p, const IndexerOptions& o)
      : options(o),
        path(p),
        pipeline(Pipeline::Options{o.repair, o.data_dir}),
        shards(p, index::ShardsOptions{o.shards, o.flush_threshold, o.batch_articles, pipeline.fingerprint(),
                                       pipeline.repair_enabled(), o.sync}),
        stories(shards),
        pending_id(shards.size()) {
    index::note_write_target(path);
  }

  // Records the first write/commit failure and abandons its shard.
  void fail(std::size_t shard, const std::string& doing, const Xapian::Error& e) {
    std::lock_guard<std::mutex> lock(failure_mu);
    if (failed) return;
    std::string where = path;
    if (shards.size() > 1) where += " (" + shards[shard].path() + ")";
    failure = where + ": " + doing + " failed: " + e.get_description() + "; stopped at the first failure, the index " +
              "keeps its last commit (" +
              index::last_committed_phrase(last_committed) +
              "); run again once the cause is fixed";
    failed = true;
    index::note_write_failure(failure);
    shards[shard].abandon();  // the other shards may be in use by their writer threads
  }

  // On the calling thread (no writer thread running): after a failure,
  // abandons every shard at its last commit and throws the failure.
  void throw_if_failed() {
    if (!failed) return;
    for (std::size_t k = 0; k < shards.size(); ++k) shards[k].abandon();
    std::lock_guard<std::mutex> lock(failure_mu);
    throw Error(failure);
  }

  // After shard k wrote article `id`: if that closed a batch, `id` is committed.
  void written(std::size_t k, const std::string& id, std::size_t commits_before) {
    if (shards[k].commit_count() != commits_before) {
      std::lock_guard<std::mutex> lock(failure_mu);
      last_committed = id;
      index::note_committed(id);
      pending_id[k].clear();
    } else {
      pending_id[k] = id;
    }
  }

  std::size_t threads_for(std::size_t jobs) const {
    const std::size_t wanted = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    return std::max<std::size_t>(1, std::min(wanted, jobs));
  }

  // Writes one prepared article into its shard.
  Outcome write(const index::WriteJob& job, const Article& article, index::PreparedArticle& prep) {
    Outcome o;
    if (!prep.error.empty()) {
      o.error = prep.error;
      return o;
    }
    if (failed) return o;  // the run stops: add_many throws
    try {
      const std::size_t commits = shards[job.shard].commit_count();
      shards[job.shard].write(job.key, prep.docs, job.indexed);
      written(job.shard, article.id, commits);
      if (prep.docs.empty()) {
        o.result = AddResult::kEmpty;
      } else {
        o.result = job.indexed ? AddResult::kReplaced : AddResult::kAdded;
        o.passages = prep.docs.size();
      }
    } catch (const Xapian::Error& e) {
      fail(job.shard, "writing article '" + article.id + "'", e);
    }
    return o;
  }

  // The stories of replaced or deleted articles get a fresh look.
  void recheck_stories() { index::recheck_stories(shards, index::touched_stories(shards)); }

  // Gives the article's documents its story key, just before they are written.
  void set_story(std::size_t shard, const std::string& key, index::PreparedArticle& prep) {
    if (!prep.error.empty() || prep.docs.empty()) return;
    std::string story = key;  // without story identity: its own story
    try {
      if (options.stories) story = stories.story_for(shard, key, prep.fingerprint);
    } catch (const Xapian::Error&) {
    }
    for (auto& [uid, doc] : prep.docs) doc.add_value(schema::kStorySlot, story);
    prep.docs.front().second.add_boolean_term(schema::kStory + story);
  }

  void commit() {
    throw_if_failed();
    for (std::size_t k = 0; k < shards.size(); ++k) {
      try {
        shards[k].commit();
      } catch (const Xapian::Error& e) {
        fail(k, "commit", e);
        throw_if_failed();
      }
      std::lock_guard<std::mutex> lock(failure_mu);
      if (!pending_id[k].empty()) {
        last_committed = pending_id[k];
        index::note_committed(last_committed);
      }
      pending_id[k].clear();
    }
  }

  // Runs fn, reporting a Xapian failure as the library's Error: "PATH: WHAT: reason".
  template <typename Fn>
  auto guarded(const char* what, Fn fn) {
    try {
      return fn();
    } catch (const Xapian::Error& e) {
      throw Error(path + ": " + what + ": " + e.get_description());
    }
  }
};

Indexer::Indexer(const std::string& path, const IndexerOptions& options) {
  try {
    impl_ = std::make_unique<Impl>(path, options);
  } catch (const Xapian::Error& e) {
    throw Error(path + ": " + e.get_description());
  }
}

Indexer::~Indexer() {
  try {
    if (impl_) impl_->commit();
  } catch (...) {
  }
}

const Pipeline& Indexer::pipeline() const { return impl_->pipeline; }
std::size_t Indexer::last_passages() const { return impl_->last_passages; }

AddResult Indexer::add(const Article& article) {
  if (article.id.empty()) throw Error(article.origin + ": article has no id");
  std::vector<Article> one{article};
  const auto outcome = add_many(one);
  if (!outcome[0].error.empty()) throw Error(outcome[0].error);
  impl_->last_passages = outcome[0].passages;
  return outcome[0].result;
}

std::vector<Indexer::Outcome> Indexer::add_many(const std::vector<Article>& articles) {
  Impl& m = *impl_;
  m.throw_if_failed();
  std::vector<Outcome> out(articles.size());
  // On this thread, before any writing: what changed?
  std::vector<index::WriteJob> jobs = m.guarded("reading index", [&] {
    return index::plan_writes(m.pipeline, m.shards, articles, m.options.max_passage_words, out, m.options.stories);
  });
  if (jobs.empty()) return out;

  std::vector<std::vector<std::size_t>> lanes(m.shards.size());  // job numbers per shard, input order
  for (std::size_t j = 0; j < jobs.size(); ++j) lanes[jobs[j].shard].push_back(j);
  const std::size_t threads = m.threads_for(jobs.size());
  while (m.builders.size() < threads) m.builders.push_back(std::make_unique<index::DocumentBuilder>());
  m.stories.begin_batch();
  index::run_lanes(
      lanes, threads,
      [&](std::size_t j, std::size_t thread) {
        if (m.failed) return index::PreparedArticle{};  // stopping: analyse no more
        const index::WriteJob& job = jobs[j];
        return index::prepare_article(m.pipeline, articles[job.article], job.key, job.hash,
                                      m.options.max_passage_words, *m.builders[thread], m.options.stories);
      },
      [&](std::size_t j, index::PreparedArticle& prep) {
        const index::WriteJob& job = jobs[j];
        m.set_story(job.shard, job.key, prep);
        out[job.article] = m.write(job, articles[job.article], prep);
      });
  m.throw_if_failed();
  m.guarded("re-checking stories", [&] { m.recheck_stories(); });
  return out;
}

std::size_t Indexer::remove(const std::string& article_id) {
  Impl& m = *impl_;
  return m.guarded("removing an article", [&] {
    const std::string key = schema::article_key(article_id);
    const std::size_t removed = m.shards[m.shards.shard_of(key)].remove(key);
    m.recheck_stories();
    return removed;
  });
}

std::size_t Indexer::prune(const std::set<std::string>& keep) {
  Impl& m = *impl_;
  return m.guarded("pruning", [&] {
    std::set<std::string> keep_keys;
    for (const auto& id : keep) keep_keys.insert(schema::article_key(id));
    std::size_t removed = 0;
    for (std::size_t k = 0; k < m.shards.size(); ++k) removed += m.shards[k].remove_all_except(keep_keys);
    m.recheck_stories();
    return removed;
  });
}

void Indexer::commit() { impl_->commit(); }

std::size_t Indexer::article_count() const {
  Impl& m = *impl_;
  m.throw_if_failed();
  return m.guarded("counting articles", [&] {
    std::size_t n = 0;
    for (std::size_t k = 0; k < m.shards.size(); ++k) n += m.shards[k].article_count();
    return n;
  });
}

std::size_t Indexer::passage_count() const {
  Impl& m = *impl_;
  m.throw_if_failed();
  return m.guarded("counting passages", [&] {
    std::size_t n = 0;
    for (std::size_t k = 0; k < m.shards.size(); ++k) n += m.shards[k].passage_count();
    return n;
  });
}

std::size_t Indexer::shard_count() const { return impl_->shards.size(); }

}  // namespace dramasearch
