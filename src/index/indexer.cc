#include "dramasearch/indexer.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <xapian.h>

#include "dramasearch/article_analysis.h"
#include "dramasearch/error.h"
#include "index/database.h"
#include "index/document_builder.h"
#include "index/schema.h"
#include "util/hash.h"

namespace dramasearch {
namespace {

// An article analysed and turned into Xapian documents, ready to write.
struct Prepared {
  std::vector<std::pair<std::string, Xapian::Document>> docs;  // (unique id term, document)
  std::string error;
};

std::string content_hash(const Pipeline& pipeline, const Article& a, const std::string& format,
                         std::size_t max_words) {
  std::uint64_t h = util::fnv1a64(pipeline.fingerprint());
  for (const std::string* f : {&a.id, &a.title, &a.body, &a.date, &a.url, &a.source, &format}) {
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
      shards.push_back({sp, index::open_writable(sp)});
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
                   const std::string& format, index::DocumentBuilder& builder) const {
    Prepared out;
    try {
      const AnalysedArticle aa = analyse_article(pipeline, article, options.max_passage_words);
      index::ArticleContext ctx;
      ctx.article = &article;
      ctx.key = key;
      ctx.hash = hash;
      ctx.format = format;
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
        for (auto& [uid, doc] : prep.docs) s.db.replace_document(uid, doc);
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

AddResult Indexer::add(const Article& article, const std::string& format) {
  if (article.id.empty()) throw Error(article.origin + ": article has no id");
  std::vector<Article> one{article};
  const auto outcome = add_many(one, {format});
  if (!outcome[0].error.empty()) throw Error(outcome[0].error);
  impl_->last_passages = outcome[0].passages;
  return outcome[0].result;
}

std::vector<Indexer::Outcome> Indexer::add_many(const std::vector<Article>& articles,
                                                const std::vector<std::string>& formats) {
  Impl& m = *impl_;
  const std::size_t n = articles.size();
  std::vector<Outcome> out(n);
  static const std::string no_format;
  auto format_of = [&](std::size_t i) -> const std::string& { return i < formats.size() ? formats[i] : no_format; };

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
      Job job{i, schema::article_key(a.id), content_hash(m.pipeline, a, format_of(i), m.options.max_passage_words)};
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

  if (m.shards.size() > 1) {
    // 2a. Sharded: one thread per shard analyses and writes its own
    // articles, so both the analysis and Xapian's writing run in parallel.
    std::vector<std::thread> pool;
    for (auto& shard : m.shards) {
      pool.emplace_back([&, sp = &shard] {
        index::DocumentBuilder builder;
        for (const Job& job : jobs) {
          if (job.shard != sp) continue;
          Prepared p = m.prepare(articles[job.index], job.key, job.hash, format_of(job.index), builder);
          out[job.index] = m.write(*sp, articles[job.index], job.key, job.existed, job.old_passages, p);
        }
      });
    }
    for (auto& t : pool) t.join();
    return out;
  }

  // 2b. One database: workers analyse in any order while this thread writes
  // the finished articles in input order.
  std::vector<std::optional<Prepared>> ready(jobs.size());
  std::mutex mu;
  std::condition_variable cv;
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    index::DocumentBuilder builder;
    for (std::size_t j; (j = next.fetch_add(1)) < jobs.size();) {
      const Job& job = jobs[j];
      Prepared p = m.prepare(articles[job.index], job.key, job.hash, format_of(job.index), builder);
      {
        std::lock_guard<std::mutex> lock(mu);
        ready[j] = std::move(p);
      }
      cv.notify_all();
    }
  };
  std::size_t threads = m.options.threads ? m.options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, jobs.size());
  std::vector<std::thread> pool;
  if (jobs.size() > 1) {
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
  } else {
    worker();
  }
  for (std::size_t j = 0; j < jobs.size(); ++j) {
    Prepared p;
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return ready[j].has_value(); });
      p = std::move(*ready[j]);
      ready[j].reset();
    }
    const Job& job = jobs[j];
    out[job.index] = m.write(*job.shard, articles[job.index], job.key, job.existed, job.old_passages, p);
  }
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
