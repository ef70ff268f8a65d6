#include "dramasearch/indexer.h"

#include <xapian.h>

#include "dramasearch/article_analysis.h"
#include "dramasearch/error.h"
#include "index/database.h"
#include "index/document_builder.h"
#include "index/passages.h"
#include "index/schema.h"
#include "util/hash.h"

namespace dramasearch {

struct Indexer::Impl {
  IndexerOptions options;
  std::string path;
  Pipeline pipeline;
  Xapian::WritableDatabase db;
  index::DocumentBuilder builder;
  bool in_txn = false;
  std::size_t pending = 0;
  std::size_t last_passages = 0;

  Impl(const std::string& p, const IndexerOptions& o)
      : options(o), path(p), pipeline(Pipeline::Options{o.repair, o.data_dir}), db(index::open_writable(p)) {
    index::write_pid_file(p);
  }
  ~Impl() { index::remove_pid_file(path); }

  void begin() {
    if (!in_txn) {
      db.begin_transaction(true);
      in_txn = true;
    }
  }

  void commit() {
    if (!in_txn) return;
    db.set_metadata(schema::kFingerprintKey, pipeline.fingerprint());
    db.set_metadata(schema::kRepairKey, pipeline.repair_enabled() ? "on" : "off");
    db.set_metadata(schema::kLastCommitKey, index::utc_now());
    db.commit_transaction();
    in_txn = false;
    pending = 0;
  }

  // Passage count and hash of the indexed article with this key, if any.
  bool lookup(const std::string& key, std::string& hash, std::size_t& passages) {
    const std::string term = schema::kArticle + key;
    Xapian::PostingIterator it = db.postlist_begin(term);
    if (it == db.postlist_end(term)) return false;
    const Xapian::Document doc = db.get_document(*it);
    hash = doc.get_value(schema::kHashSlot);
    passages = db.get_termfreq(term);
    return true;
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
  Impl& m = *impl_;
  m.last_passages = 0;
  const std::string key = schema::article_key(article.id);

  std::uint64_t h = util::fnv1a64(m.pipeline.fingerprint());
  for (const std::string* f : {&article.id, &article.title, &article.body, &article.date, &article.url,
                               &article.source, &format}) {
    h = util::fnv1a64(*f, h);
    h = util::fnv1a64(std::string_view("\x1f", 1), h);
  }
  h = util::fnv1a64(std::to_string(m.options.max_passage_words), h);
  const std::string hash = util::hex64(h);

  try {
    std::string old_hash;
    std::size_t old_passages = 0;
    const bool existed = m.lookup(key, old_hash, old_passages);
    if (existed && old_hash == hash) return AddResult::kUnchanged;

    const AnalysedArticle aa = analyse_article(m.pipeline, article, m.options.max_passage_words);
    const auto& passages = aa.passages;

    m.begin();
    if (passages.empty()) {
      if (existed) m.db.delete_document(schema::kArticle + key);
      ++m.pending;
      return AddResult::kEmpty;
    }
    index::ArticleContext ctx;
    ctx.article = &article;
    ctx.key = key;
    ctx.hash = hash;
    ctx.format = format;
    ctx.body = &aa.body;
    ctx.title = &aa.title;
    ctx.passages = passages.size();
    ctx.spin_score = aa.spin_score;
    for (const auto& p : passages) m.db.replace_document(schema::uid_term(key, p.number), m.builder.build(ctx, p));
    for (std::size_t n = passages.size(); n < old_passages; ++n)
      m.db.delete_document(schema::uid_term(key, n));
    m.last_passages = passages.size();
    if (++m.pending >= m.options.batch_articles) m.commit();
    return existed ? AddResult::kReplaced : AddResult::kAdded;
  } catch (const Xapian::Error& e) {
    throw Error(m.path + ": writing article '" + article.id + "': " + e.get_description());
  }
}

std::size_t Indexer::remove(const std::string& article_id) {
  Impl& m = *impl_;
  const std::string term = schema::kArticle + schema::article_key(article_id);
  const std::size_t n = m.db.get_termfreq(term);
  if (n == 0) return 0;
  m.begin();
  m.db.delete_document(term);
  if (++m.pending >= m.options.batch_articles) m.commit();
  return n;
}

std::size_t Indexer::prune(const std::set<std::string>& keep) {
  Impl& m = *impl_;
  std::set<std::string> keep_keys;
  for (const auto& id : keep) keep_keys.insert(schema::article_key(id));
  std::vector<std::string> stale;
  const std::string prefix = schema::kArticle;
  for (auto it = m.db.allterms_begin(prefix); it != m.db.allterms_end(prefix); ++it) {
    const std::string key = (*it).substr(prefix.size());
    if (!keep_keys.count(key)) stale.push_back(*it);
  }
  if (stale.empty()) return 0;
  m.begin();
  for (const auto& term : stale) m.db.delete_document(term);
  m.commit();
  return stale.size();
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
  for (auto it = impl_->db.allterms_begin(prefix); it != impl_->db.allterms_end(prefix); ++it) ++n;
  return n;
}

std::size_t Indexer::passage_count() const { return impl_->db.get_doccount(); }

}  // namespace dramasearch
