#include "query/search/copies.h"

#include <algorithm>

#include "indexer/index/schema.h"
#include "indexer/index/stored_passage.h"
#include "indexer/stories/similarity.h"

namespace dramasearch::search {
namespace {

// What names a copy: its card and spin value (an index written before
// cards: its document data).
Copy copy_of(const Xapian::Document& doc) {
  Copy c;
  index::StoredPassage stored;
  if (index::decode_card(doc.get_value(schema::kCardSlot), stored)) {
    const std::string spin = doc.get_value(schema::kSpinSlot);
    stored.spin = spin.empty() ? 0.0 : Xapian::sortable_unserialise(spin);
  } else if (!index::decode_article(doc.get_data(), stored)) {
    return c;
  }
  c.article_id = std::move(stored.article_id);
  c.title = std::move(stored.title);
  c.date = std::move(stored.date);
  c.source = std::move(stored.source);
  c.url = std::move(stored.url);
  c.spun = stored.spin >= schema::kSpunThreshold;
  return c;
}

// Earlier "likely original" first: unspun, then dated and earliest.
bool likelier_original(const Copy& a, const Copy& b) {
  if (a.spun != b.spun) return !a.spun;
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  return a.date < b.date;
}

}  // namespace

std::optional<std::vector<Copy>> story_copies(const Xapian::Database& db, const std::string& key,
                                              const StoryMember* known) {
  const std::string first = schema::uid_term(key, 0);
  Xapian::PostingIterator p = db.postlist_begin(first);
  if (p == db.postlist_end(first)) return std::nullopt;
  const Xapian::Document self_doc = db.get_document(*p);
  const Xapian::docid self_id = *p;
  std::vector<Copy> copies;
  const std::string story = known ? known->story : self_doc.get_value(schema::kStorySlot);
  if (story.empty()) return copies;
  const std::string term = schema::kStory + story;
  if (!known && db.get_termfreq(term) < 2) return copies;
  const stories::SignatureIndex self_sig(stories::decode_signature(self_doc.get_value(schema::kSignatureSlot)));
  Copy self;
  if (known) {
    self.spun = known->spun;
    self.date = known->date;
  } else {
    self = copy_of(self_doc);
  }
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    if (*it == self_id) continue;
    const Xapian::Document doc = db.get_document(*it);
    Copy c = copy_of(doc);
    c.similarity = self_sig.compare(stories::decode_signature(doc.get_value(schema::kSignatureSlot))).similarity;
    copies.push_back(std::move(c));
  }
  std::stable_sort(copies.begin(), copies.end(), [](const Copy& a, const Copy& b) {
    return a.similarity != b.similarity ? a.similarity > b.similarity : a.article_id < b.article_id;
  });
  auto best = std::min_element(copies.begin(), copies.end(), likelier_original);
  if (best != copies.end() && likelier_original(*best, self)) best->original = true;
  return copies;
}

}  // namespace dramasearch::search
