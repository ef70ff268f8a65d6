// ShardWriter::hold_commits: a reader of a shard in the indexing process
// (another shard's writer looking for copies) keeps the writer from
// completing a commit until it has read.
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include <catch2/catch.hpp>

#include "indexer/index/schema.h"
#include "indexer/index/shard_writer.h"
#include "test_helpers.h"

using dramasearch::index::ArticleDocuments;
using dramasearch::index::ShardWriter;

namespace {

ArticleDocuments one_passage(const std::string& key) {
  Xapian::Document doc;
  const std::string uid = dramasearch::schema::uid_term(key, 0);
  doc.add_boolean_term(uid);
  doc.add_boolean_term(dramasearch::schema::kArticle + key);
  doc.add_term("rooftop");
  return {{uid, doc}};
}

}  // namespace

TEST_CASE("a shard's commit waits while a reader in the process holds its commits") {
  testutil::TempDir dir;
  ShardWriter writer(dir.sub("shard"), 1000, /*batch=*/1, "fingerprint", true);
  auto held = std::make_unique<std::shared_lock<std::shared_mutex>>(writer.hold_commits());

  std::atomic<bool> committed{false};
  std::thread write([&] {
    ArticleDocuments docs = one_passage("a1");
    writer.write("a1", docs, std::nullopt);  // a batch of one: commits
    committed = true;
  });
  // Holding, the reader sees the revision it opened and nothing newer.
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK_FALSE(committed);
  CHECK(Xapian::Database(dir.sub("shard")).get_doccount() == 0);

  held.reset();
  write.join();
  CHECK(committed);
  CHECK(writer.commit_count() == 1);
  CHECK(Xapian::Database(dir.sub("shard")).get_doccount() == 1);
}
