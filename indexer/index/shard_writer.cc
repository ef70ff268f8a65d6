#include "indexer/index/shard_writer.h"

#include <mutex>

#include "indexer/index/database.h"
#include "indexer/index/schema.h"

namespace dramasearch::index {

ShardWriter::ShardWriter(std::string path, std::size_t flush_threshold, std::size_t batch, std::string fingerprint,
                         bool repair, bool sync)
    : path_(std::move(path)),
      db_(open_writable(path_, flush_threshold, sync)),
      batch_(batch),
      fingerprint_(std::move(fingerprint)),
      repair_(repair) {}

void ShardWriter::begin() {
  if (abandoned_) throw Xapian::DatabaseError(path_ + " was closed after a failed write");
  if (!in_txn_) {
    db_.begin_transaction(true);
    in_txn_ = true;
  }
}

void ShardWriter::written() {
  if (++pending_ >= batch_) commit();
}

void ShardWriter::commit() {
  if (!in_txn_ || abandoned_) return;
  db_.set_metadata(schema::kFingerprintKey, fingerprint_);
  db_.set_metadata(schema::kRepairKey, repair_ ? "on" : "off");
  db_.set_metadata(schema::kLastCommitKey, utc_now());
  std::unique_lock lock(commit_mu_);
  db_.commit_transaction();
  ++commits_;
  in_txn_ = false;
  pending_ = 0;
}

void ShardWriter::abandon() {
  if (abandoned_) return;
  abandoned_ = true;
  in_txn_ = false;
  try {
    db_.close();  // cancels the open transaction: nothing of it reaches the disk
  } catch (const Xapian::Error&) {
  }
}

std::optional<IndexedArticle> ShardWriter::lookup(const std::string& key) {
  const std::string term = schema::kArticle + key;
  Xapian::PostingIterator it = db_.postlist_begin(term);
  if (it == db_.postlist_end(term)) return std::nullopt;
  const Xapian::Document doc = db_.get_document(*it);
  return IndexedArticle{doc.get_value(schema::kHashSlot), db_.get_termfreq(term), doc.get_value(schema::kStorySlot)};
}

void ShardWriter::touch_story_of(const std::string& article_term) {
  Xapian::PostingIterator it = db_.postlist_begin(article_term);
  if (it == db_.postlist_end(article_term)) return;
  const std::string story = db_.get_document(*it).get_value(schema::kStorySlot);
  if (!story.empty()) touched_stories_.insert(story);
}

void ShardWriter::set_story(const std::string& key, const std::string& story) {
  const std::string term = schema::kArticle + key;
  std::vector<Xapian::docid> ids(db_.postlist_begin(term), db_.postlist_end(term));
  if (ids.empty()) return;
  begin();
  static const std::string first_passage = Xapian::sortable_serialise(0.0);
  for (Xapian::docid id : ids) {
    Xapian::Document doc = db_.get_document(id);
    const std::string old = doc.get_value(schema::kStorySlot);
    if (old == story) continue;
    doc.add_value(schema::kStorySlot, story);
    if (doc.get_value(schema::kSignatureSlot).size() || doc.get_value(schema::kPassageSlot) == first_passage) {
      // The first passage carries the story term; the others only the value,
      // which Xapian rewrites without touching their postings.
      try {
        doc.remove_term(schema::kStory + old);
      } catch (const Xapian::InvalidArgumentError&) {
      }
      doc.add_boolean_term(schema::kStory + story);
    }
    db_.replace_document(id, doc);
  }
}

void ShardWriter::write(const std::string& key, ArticleDocuments& docs, const std::optional<IndexedArticle>& indexed) {
  begin();
  if (indexed && indexed->story.size()) touched_stories_.insert(indexed->story);
  if (docs.empty()) {
    if (indexed) db_.delete_document(schema::kArticle + key);
  } else {
    // A new article has no passages to replace: add_document skips Xapian's
    // lookup of each unique id.
    for (auto& [uid, doc] : docs) {
      if (indexed) db_.replace_document(uid, doc);
      else db_.add_document(doc);
    }
    const std::size_t old_passages = indexed ? indexed->passages : 0;
    for (std::size_t n = docs.size(); n < old_passages; ++n) db_.delete_document(schema::uid_term(key, n));
  }
  written();
}

std::size_t ShardWriter::remove(const std::string& key) {
  const std::string term = schema::kArticle + key;
  const std::size_t n = db_.get_termfreq(term);
  if (n == 0) return 0;
  begin();
  touch_story_of(term);
  db_.delete_document(term);
  written();
  return n;
}

std::size_t ShardWriter::remove_all_except(const std::set<std::string>& keep) {
  const std::string prefix = schema::kArticle;
  std::vector<std::string> stale;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it)
    if (!keep.count((*it).substr(prefix.size()))) stale.push_back(*it);
  if (stale.empty()) return 0;
  begin();
  for (const auto& term : stale) {
    touch_story_of(term);
    db_.delete_document(term);
  }
  commit();
  return stale.size();
}

std::size_t ShardWriter::article_count() const {
  std::size_t n = 0;
  const std::string prefix = schema::kArticle;
  for (auto it = db_.allterms_begin(prefix); it != db_.allterms_end(prefix); ++it) ++n;
  return n;
}

std::size_t ShardWriter::passage_count() const { return db_.get_doccount(); }

}  // namespace dramasearch::index
