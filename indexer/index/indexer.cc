#include "dramasearch/indexer.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

#include <xapian.h>

#include "dramasearch/article_analysis.h"
#include "dramasearch/error.h"
#include "indexer/index/database.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/schema.h"
#include "indexer/util/hash.h"

namespace dramasearch {
namespace {

// An article analysed and turned into Xapian documents, ready to write.
struct Prepared {
  std::vector<std::pair<std::string, Xapian::Document>> docs;  // (unique id term, document)
  std::string error;
};

std::string content_hash(const Pipeline& pipeline, const Article& a, std::size_t max_words) {
  std::uint64_t h = util::fnv1a64(pipeline.fingerprint());
  for (const std::string* f : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &a.format}) {
    h = util::fnv1a64(*f, h);
    h = util::fnv1a64(std::string_view("\x1f", 1), h);
  }
  h = util::fnv1a64(std::to_string(max_words), h);
  return util::hex64(h);
}

}  // namespace

// One database of the index (the only one unless the index is sharded).
struct WriterShard {
  std::string path;
  Xapian::WritableDatabase db;
  bool in_txn = false;
  std::size_t pending = 0;
};

struct Indexer::Impl {
  IndexerOptions options;
  std::string path;
  Pipeline pipeline;
  std::vector<WriterShard> shards;
  std::size_t batch_per_shard = 1;
  std::size_t last_passages = 0;
  // One document builder per add_many thread, kept across calls so that
  // their stem caches stay warm.
  std::vector<std::unique_ptr<index::DocumentBuilder>> builders;

  Impl(const std::string& p, const IndexerOptions& o)
      : options(o), path(p), pipeline(Pipeline::Options{o.repair, o.data_dir}) {
    std::size_t n = index::shard_count(p);
    if (n == 0) n = std::max<std::size_t>(1, o.shards);
    else if (o.shards && o.shards != n)
      throw Error(p + ": index has " + std::to_string(n) + " shard" + (n == 1 ? "" : "s") + ", --shards " +
                  std::to_string(o.shards) + " was asked; keep the shard count or index into a new directory");
    if (n > 1) index::create_shard_layout(p, n);
    for (std::size_t k = 0; k < n; ++k) {
      const std::string sp = n > 1 ? index::shard_path(p, k) : p;
      shards.push_back({sp, index::open_writable(sp, o.flush_threshold)});
    }
    batch_per_shard = std::max<std::size_t>(1, o.batch_articles / n);
    index::write_pid_file(p);
  }
  ~Impl() { index::remove_pid_file(path); }

  // Articles are spread over the shards by a stable hash of their key.
  WriterShard& shard_for(const std::string& key) {
    return shards.size() == 1 ? shards[0] : shards[util::fnv1a64(key) % shards.size()];
  }

  static void begin(WriterShard& s) {
    if (!s.in_txn) {
      s.db.begin_transaction(true);
      s.in_txn = true;
    }
  }

  void commit(WriterShard& s) {
    if (!s.in_txn) return;
    s.db.set_metadata(schema::kFingerprintKey, pipeline.fingerprint());
    s.db.set_metadata(schema::kRepairKey, pipeline.repair_enabled() ? "on" : "off");
    s.db.set_metadata(schema::kLastCommitKey, index::utc_now());
    s.db.commit_transaction();
    s.in_txn = false;
    s.pending = 0;
  }

  void commit() {
    for (auto& s : shards) commit(s);
  }

  // Passage count and hash of the indexed article with this key, if any.
  static bool lookup(WriterShard& s, const std::string& key, std::string& hash, std::size_t& passages) {
    const std::string term = schema::kArticle + key;
    Xapian::PostingIterator it = s.db.postlist_begin(term);
    if (it == s.db.postlist_end(term)) return false;
    const Xapian::Document doc = s.db.get_document(*it);
    hash = doc.get_value(schema::kHashSlot);
    passages = s.db.get_termfreq(term);
    return true;
  }

  // Pure work, safe on any thread: analysis and document building.
  Prepared prepare(const Article& article, const std::string& key, const std::string& hash,
                   index::DocumentBuilder& builder) const {
    Prepared out;
    try {
      const AnalysedArticle aa = analyse_article(pipeline, article, options.max_passage_words);
      index::ArticleContext ctx;
      ctx.article = &article;
      ctx.key = key;
      ctx.hash = hash;
      ctx.body = &aa.body;
      ctx.title = &aa.title;
      ctx.passages = aa.passages.size();
      ctx.spin_score = aa.spin_score;
      for (const auto& p : aa.passages) out.docs.emplace_back(schema::uid_term(key, p.number), builder.build(ctx, p));
    } catch (const std::exception& e) {
      out.error = article.origin + ": " + e.what();
    }
    return out;
  }

  // Writes one prepared article into its shard (replacing its old passages).
  Outcome write(WriterShard& s, const Article& article, const std::string& key, bool existed, std::size_t old_passages,
                Prepared& prep) {
    Outcome o;
    if (!prep.error.empty()) {
      o.error = prep.error;
      return o;
    }
    try {
      begin(s);
      if (prep.docs.empty()) {
        if (existed) s.db.delete_document(schema::kArticle + key);
        o.result = AddResult::kEmpty;
      } else {
        // A new article has no passages to replace: add_document skips
        // Xapian's lookup of each unique id.
        for (auto& [uid, doc] : prep.docs) {
          if (existed) s.db.replace_document(uid, doc);
          else s.db.add_document(doc);
        }
        for (std::size_t n = prep.docs.size(); n < old_passages; ++n) s.db.delete_document(schema::uid_term(key, n));
        o.result = existed ? AddResult::kReplaced : AddResult::kAdded;
        o.passages = prep.docs.size();
      }
      if (++s.pending >= batch_per_shard) commit(s);
    } catch (const Xapian::Error& e) {
      o.error = path + ": writing article '" + article.id + "': " + e.get_description();
      o.result = AddResult::kEmpty;
    }
    return o;
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
  const std::size_t n = articles.size();
  std::vector<Outcome> out(n);

  // 1. On this thread, before any writing: what changed?
  struct Job {
    std::size_t index;
    std::string key, hash;
    WriterShard* shard = nullptr;
    bool existed = false;
    std::size_t old_passages = 0;
  };
  std::vector<Job> jobs;
  try {
    for (std::size_t i = 0; i < n; ++i) {
      const Article& a = articles[i];
      if (a.id.empty()) {
        out[i].error = a.origin + ": article has no id";
        continue;
      }
      Job job{i, schema::article_key(a.id), content_hash(m.pipeline, a, m.options.max_passage_words)};
      job.shard = &m.shard_for(job.key);
      std::string old_hash;
      job.existed = Impl::lookup(*job.shard, job.key, old_hash, job.old_passages);
      if (job.existed && old_hash == job.hash) {
        out[i].result = AddResult::kUnchanged;
        continue;
      }
      jobs.push_back(std::move(job));
    }
  } catch (const Xapian::Error& e) {
    throw Error(m.path + ": reading index: " + e.get_description());
  }
  if (jobs.empty()) return out;

  // 2. Each database (shard) has one writer thread, which writes its
  // articles in input order; a thread with several shards' writing (more
  // shards than threads) or none (more threads than shards) is fine. Every
  // thread analyses its own shards' articles first, then helps with the
  // others', so no core idles at the end of a call while another shard
  // still has articles to analyse. A shard stays with one thread: moving a
  // Xapian writer between cores cost more (cache) than it balanced.
  std::size_t threads = m.options.threads ? m.options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::max<std::size_t>(1, std::min(threads, jobs.size()));
  struct Lane {
    std::vector<std::size_t> jobs;            // indexes into `jobs`, input order
    std::atomic<std::size_t> analysed{0};     // next lane position to analyse
    std::map<std::size_t, Prepared> ready;    // lane position -> analysed article (under mu)
    std::size_t written = 0;                  // lane positions written (writer thread only)
  };
  std::vector<Lane> lanes(m.shards.size());
  for (std::size_t j = 0; j < jobs.size(); ++j)
    lanes[static_cast<std::size_t>(jobs[j].shard - m.shards.data())].jobs.push_back(j);
  std::mutex mu;
  std::condition_variable cv;

  auto worker = [&](std::size_t self) {
    index::DocumentBuilder& builder = *m.builders[self];
    auto mine = [&](std::size_t l) { return l % threads == self; };
    // Analyses the next unanalysed article of lane l, if any.
    auto analyse_one = [&](std::size_t l) {
      Lane& lane = lanes[l];
      const std::size_t pos = lane.analysed.fetch_add(1);
      if (pos >= lane.jobs.size()) return false;
      const Job& job = jobs[lane.jobs[pos]];
      Prepared p = m.prepare(articles[job.index], job.key, job.hash, builder);
      {
        std::lock_guard<std::mutex> lock(mu);
        lane.ready.emplace(pos, std::move(p));
      }
      cv.notify_all();
      return true;
    };
    // Writes the ready articles of the lanes this thread writes; false once
    // all of them are written.
    auto write_ready = [&] {
      bool pending = false;
      for (std::size_t l = 0; l < lanes.size(); ++l) {
        if (!mine(l)) continue;
        Lane& lane = lanes[l];
        for (;;) {
          Prepared p;
          {
            std::lock_guard<std::mutex> lock(mu);
            auto it = lane.ready.find(lane.written);
            if (it == lane.ready.end()) break;
            p = std::move(it->second);
            lane.ready.erase(it);
          }
          const Job& job = jobs[lane.jobs[lane.written]];
          out[job.index] = m.write(*job.shard, articles[job.index], job.key, job.existed, job.old_passages, p);
          ++lane.written;
        }
        if (lane.written < lane.jobs.size()) pending = true;
      }
      return pending;
    };
    for (;;) {
      const bool pending = write_ready();
      bool worked = false;
      for (std::size_t l = 0; l < lanes.size() && !worked; ++l) worked = mine(l) && analyse_one(l);
      for (std::size_t l = 0; l < lanes.size() && !worked; ++l) worked = analyse_one(l);
      if (worked) continue;
      if (!pending) return;
      // Nothing left to analyse: wait for another thread's article for a lane this thread writes.
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] {
        for (std::size_t l = 0; l < lanes.size(); ++l)
          if (mine(l) && lanes[l].ready.count(lanes[l].written)) return true;
        return false;
      });
    }
  };
  while (m.builders.size() < threads) m.builders.push_back(std::make_unique<index::DocumentBuilder>());
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(worker, t);
  worker(0);
  for (auto& t : pool) t.join();
  return out;
}

std::size_t Indexer::remove(const std::string& article_id) {
  Impl& m = *impl_;
  const std::string key = schema::article_key(article_id);
  WriterShard& s = m.shard_for(key);
  const std::string term = schema::kArticle + key;
  const std::size_t n = s.db.get_termfreq(term);
  if (n == 0) return 0;
  Impl::begin(s);
  s.db.delete_document(term);
  if (++s.pending >= m.batch_per_shard) m.commit(s);
  return n;
}

std::size_t Indexer::prune(const std::set<std::string>& keep) {
  Impl& m = *impl_;
  std::set<std::string> keep_keys;
  for (const auto& id : keep) keep_keys.insert(schema::article_key(id));
  std::size_t removed = 0;
  const std::string prefix = schema::kArticle;
  for (auto& s : m.shards) {
    std::vector<std::string> stale;
    for (auto it = s.db.allterms_begin(prefix); it != s.db.allterms_end(prefix); ++it)
      if (!keep_keys.count((*it).substr(prefix.size()))) stale.push_back(*it);
    if (stale.empty()) continue;
    Impl::begin(s);
    for (const auto& term : stale) s.db.delete_document(term);
    m.commit(s);
    removed += stale.size();
  }
  return removed;
}

void Indexer::commit() {
  try {
    impl_->commit();
  } catch (const Xapian::Error& e) {
    throw Error(impl_->path + ": commit failed: " + e.get_description());
  }
}

std::size_t Indexer::article_count() const {
  std::size_t n = 0;
  const std::string prefix = schema::kArticle;
  for (auto& s : impl_->shards)
    for (auto it = s.db.allterms_begin(prefix); it != s.db.allterms_end(prefix); ++it) ++n;
  return n;
}

std::size_t Indexer::passage_count() const {
  std::size_t n = 0;
  for (auto& s : impl_->shards) n += s.db.get_doccount();
  return n;
}

std::size_t Indexer::shard_count() const { return impl_->shards.size(); }

}  // namespace dramasearch
