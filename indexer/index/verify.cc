#include <set>

#include <xapian.h>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "indexer/index/database.h"
#include "indexer/index/schema.h"

namespace dramasearch {

IndexCheck verify_index(const std::string& path) {
  IndexCheck check;
  Xapian::Database db = index::open_readable(path);
  try {
    check.passages = db.get_doccount();
    std::size_t counted = 0;
    const std::string prefix = schema::kArticle;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      const std::string key = (*t).substr(prefix.size());
      ++check.articles;
      std::set<std::size_t> numbers;
      std::set<std::string> hashes;
      std::size_t declared = 0, docs = 0;
      for (auto p = db.postlist_begin(*t); p != db.postlist_end(*t); ++p) {
        const Xapian::Document doc = db.get_document(*p);
        ++docs;
        numbers.insert(static_cast<std::size_t>(Xapian::sortable_unserialise(doc.get_value(schema::kPassageSlot))));
        declared = static_cast<std::size_t>(Xapian::sortable_unserialise(doc.get_value(schema::kPassagesSlot)));
        hashes.insert(doc.get_value(schema::kHashSlot));
      }
      counted += docs;
      if (docs != declared || numbers.size() != docs || (!numbers.empty() && *numbers.rbegin() != docs - 1))
        check.problems.push_back("article '" + key + "': " + std::to_string(docs) + " passages of " +
                                 std::to_string(declared));
      if (hashes.size() > 1) check.problems.push_back("article '" + key + "': passages from different versions");
    }
    if (counted != check.passages)
      check.problems.push_back(std::to_string(check.passages - counted) + " passages belong to no article");
  } catch (const Xapian::Error& e) {
    throw Error(path + ": cannot verify index: " + e.get_description());
  }
  return check;
}

}  // namespace dramasearch
