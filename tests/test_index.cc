// Unit tests of the index writer and the searcher, end to end through the
// library: passages, incremental updates, filters, collapse, snippets.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <xapian.h>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"
#include "indexer/analysis/passages.h"
#include "indexer/index/schema.h"
#include "indexer/index/stored_passage.h"
#include "test_helpers.h"

using namespace dramasearch;

namespace {

Article make_article(const std::string& id, const std::string& title, const std::string& body,
                     const std::string& date = "2025-03-14", const std::string& source = "Drama Wire") {
  Article a;
  a.id = id;
  a.title = title;
  a.body = body;
  a.date = date;
  a.source = source;
  a.origin = id;
  return a;
}

Article with_format(Article a, const std::string& format) {
  a.format = format;
  return a;
}

const char* kCasting =
    "Han Seo Won has been cast as the lawyer Yoon Dae Ho in the legal drama Moonlit Courthouse.\n\n"
    "The drama will premiere on tvN in May.";
const char* kFilming =
    "The cast of Moonlit Courthouse filmed a rain scene on the rooftop.\n\n"
    "Han Seo Won laughed between takes while the staff held umbrellas.";

}  // namespace

TEST_CASE("passages follow paragraphs and cut long ones at sentences") {
  Pipeline p;
  std::string body = "Short first paragraph.\n\n";
  for (int i = 0; i < 30; ++i) body += "This sentence has exactly seven words here. ";
  const Analysis a = p.analyse(body);
  const auto passages = index::split_passages(a, 80);
  REQUIRE(passages.size() >= 4);
  CHECK(passages[0].text == "Short first paragraph.");
  for (std::size_t i = 1; i < passages.size(); ++i) {
    CHECK(passages[i].token_end - passages[i].token_begin <= 80);
    CHECK(passages[i].text.back() == '.');  // cut at a sentence end
    CHECK(passages[i].number == i);
  }
}

TEST_CASE("indexing and searching round trip") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  {
    Indexer ix(path);
    CHECK(ix.add(with_format(make_article("a1", "Han Seo Won joins Moonlit Courthouse", kCasting), "txt")) == AddResult::kAdded);
    CHECK(ix.last_passages() == 2);
    CHECK(ix.add(with_format(make_article("a2", "Rooftop rain scene", kFilming, "2025-06-01", "Other Site"), "md")) ==
          AddResult::kAdded);
    ix.commit();
    CHECK(ix.article_count() == 2);
    CHECK(ix.passage_count() == 4);
  }
  Searcher s(path);
  SECTION("best passage per article, with snippet and fields") {
    const auto r = s.search("lawyer");
    REQUIRE(r.hits.size() == 1);
    const Hit& h = r.hits[0];
    CHECK(h.article_id == "a1");
    CHECK(h.passage == 0);
    CHECK(h.passage_id == "a1#0");
    CHECK(h.title == "Han Seo Won joins Moonlit Courthouse");
    CHECK(h.date == "2025-03-14");
    CHECK(h.source == "Drama Wire");
    CHECK(h.snippet.find("<b>lawyer</b>") != std::string::npos);
    CHECK(h.rank == 1);
  }
  SECTION("the input format each article was read from is indexed") {
    Xapian::Database db(path);
    CHECK(db.get_termfreq("XFMTtxt") == 2);
    CHECK(db.get_termfreq("XFMTmd") == 2);
  }
  SECTION("stemming matches other word forms") {
    CHECK(s.search("laughing").hits.size() == 1);
    CHECK(s.search("scenes").hits.size() == 1);
  }
  SECTION("collapse keeps one passage per article unless all passages are asked for") {
    SearchOptions o;
    CHECK(s.search("Han Seo Won", o).hits.size() == 2);
    o.all_passages = true;
    CHECK(s.search("\"Han Seo Won\"", o).hits.size() == 2);  // phrases match passage text, not titles
    CHECK(s.search("title:\"Han Seo Won\"", o).hits.size() == 1);  // the title field is on passage 0
    CHECK(s.search("drama OR scene OR staff OR premiere", o).hits.size() == 4);
  }
  SECTION("phrases use positions") {
    CHECK(s.search("\"rain scene\"").hits.size() == 1);
    CHECK(s.search("\"scene rain\"").hits.empty());
    CHECK(s.search("\"rain scenes\"").hits.size() == 1);  // the index holds stems
  }
  SECTION("wildcards expand over the stems, in the text and in the title") {
    CHECK(s.search("lawy*").hits.size() == 1);
    CHECK(s.search("Umbrel*").hits.size() == 1);
    CHECK(s.search("title:roof*").hits.at(0).article_id == "a2");
    CHECK(s.search("title:lawy*").hits.empty());
    CHECK(s.search("zzqx*").hits.empty());
  }
  SECTION("title and boolean field prefixes") {
    CHECK(s.search("title:rooftop").hits.at(0).article_id == "a2");
    CHECK(s.search("courthouse source:\"other site\"").hits.size() == 1);
    CHECK(s.search("courthouse year:2025").hits.size() == 2);
  }
  SECTION("date filters") {
    SearchOptions o;
    o.since = "2025-05-01";
    const auto r = s.search("Moonlit Courthouse", o);
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].article_id == "a2");
    o.since = "2025-13-01x";
    CHECK_THROWS_AS(s.search("x", o), Error);
  }
  SECTION("paging") {
    SearchOptions o;
    o.limit = 1;
    const auto first = s.search("Han Seo Won", o);
    o.offset = 1;
    const auto second = s.search("Han Seo Won", o);
    REQUIRE(first.hits.size() == 1);
    REQUIRE(second.hits.size() == 1);
    CHECK(first.hits[0].article_id != second.hits[0].article_id);
    CHECK(second.hits[0].rank == 2);
  }
  SECTION("bad queries give an Error") {
    CHECK_THROWS_AS(s.search(""), Error);
    SearchOptions o;
    o.max_query_bytes = 10;
    CHECK_THROWS_AS(s.search("a very long query indeed", o), Error);
  }
}

TEST_CASE("re-adding is incremental: unchanged, replaced, stale passages removed") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  Indexer ix(path);
  ix.add(make_article("a1", "T", kCasting));
  ix.commit();
  CHECK(ix.add(make_article("a1", "T", kCasting)) == AddResult::kUnchanged);
  CHECK(ix.add(make_article("a1", "T", "Only one paragraph now about the lawyer.")) == AddResult::kReplaced);
  ix.commit();
  CHECK(ix.passage_count() == 1);
  CHECK(ix.article_count() == 1);
  CHECK(ix.add(make_article("a2", "T", "   \n\n  ")) == AddResult::kEmpty);
  CHECK(ix.remove("a1") == 1);
  ix.commit();
  CHECK(ix.passage_count() == 0);
}

TEST_CASE("prune removes articles that are not kept") {
  testutil::TempDir dir;
  Indexer ix(dir.sub("idx"));
  ix.add(make_article("keep", "T", kCasting));
  ix.add(make_article("gone", "T", kFilming));
  ix.commit();
  CHECK(ix.prune({"keep"}) == 1);
  CHECK(ix.article_count() == 1);
}

TEST_CASE("very long ids get valid, distinct terms") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  const std::string base(400, 'x');
  {
    Indexer ix(path);
    ix.add(make_article(base + "1", "T", "first long id article about a lawyer"));
    ix.add(make_article(base + "2", "T", "second long id article about a lawyer"));
    ix.commit();
    CHECK(ix.article_count() == 2);
  }
  Searcher s(path);
  SearchOptions o;
  const auto r = s.search("lawyer", o);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].article_id.size() == 401);
}

TEST_CASE("a second writer is refused while the first holds the lock") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  Indexer first(path);
  CHECK_THROWS_WITH(Indexer(path), Catch::Contains("locked"));
}

TEST_CASE("opening what is not an index gives a clear Error") {
  testutil::TempDir dir;
  CHECK_THROWS_WITH(Searcher(dir.sub("missing")), Catch::Contains("no such index"));
  {
    Xapian::WritableDatabase other(dir.sub("foreign"), Xapian::DB_CREATE);
    other.add_document(Xapian::Document());
    other.commit();
  }
  CHECK_THROWS_WITH(Searcher(dir.sub("foreign")), Catch::Contains("not a dramasearch index"));
  {
    Xapian::WritableDatabase future(dir.sub("future"), Xapian::DB_CREATE);
    future.set_metadata("dramasearch.schema", "999");
    future.commit();
  }
  CHECK_THROWS_WITH(Searcher(dir.sub("future")), Catch::Contains("re-index"));
  CHECK_THROWS_WITH(Indexer(dir.sub("future")), Catch::Contains("re-index"));
}

TEST_CASE("one Searcher per thread: concurrent searches agree with a single thread") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  {
    Indexer ix(path);
    for (int i = 0; i < 40; ++i)
      ix.add(make_article(std::string("a") + std::to_string(i), std::string("Title ") + std::to_string(i),
                          std::string(i % 2 ? kCasting : kFilming) + std::string("\n\nExtra paragraph ") + std::to_string(i)));
    ix.commit();
  }
  const std::vector<std::string> queries = {"lawyer", "rain scene", "Han Seo Won", "staff umbrellas", "premiere"};
  std::vector<std::vector<std::string>> expected;
  {
    Searcher s(path);
    for (const auto& q : queries) {
      std::vector<std::string> ids;
      for (const auto& h : s.search(q).hits) ids.push_back(h.passage_id);
      expected.push_back(ids);
    }
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      Searcher s(path);
      for (int round = 0; round < 20; ++round)
        for (std::size_t q = 0; q < queries.size(); ++q) {
          std::vector<std::string> ids;
          for (const auto& h : s.search(queries[q]).hits) ids.push_back(h.passage_id);
          if (ids != expected[q]) ++mismatches;
        }
    });
  for (auto& t : threads) t.join();
  CHECK(mismatches == 0);
}

TEST_CASE("verify_index reports whole articles") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  {
    Indexer ix(path);
    ix.add(make_article("a1", "T", kCasting));
    ix.commit();
  }
  const IndexCheck c = verify_index(path);
  CHECK(c.problems.empty());
  CHECK(c.articles == 1);
  CHECK(c.passages == 2);
  {
    // Remove one passage behind the indexer's back: the check must notice.
    Xapian::WritableDatabase db(path);
    db.delete_document("Qa1#1");
    db.commit();
  }
  CHECK(verify_index(path).problems.size() == 1);
}

TEST_CASE("add_many writes the same articles for any number of shards and threads") {
  // More threads than shards, as many, and fewer: every article lands once,
  // in its shard, and a second call with changed articles replaces them.
  std::vector<Article> batch;
  for (int i = 0; i < 40; ++i)
    batch.push_back(make_article("art-" + std::to_string(i), "Moonlit Courthouse",
                                 i % 2 ? kCasting : kFilming));
  std::vector<Article> changed(batch.begin(), batch.begin() + 10);
  for (auto& a : changed) a.body = "Only one paragraph now about the lawyer.";
  for (std::size_t shards : {1u, 2u, 3u}) {
    for (std::size_t threads : {1u, 2u, 4u}) {
      CAPTURE(shards, threads);
      testutil::TempDir dir;
      IndexerOptions o;
      o.shards = shards;
      o.threads = threads;
      o.batch_articles = 7;  // commits inside the call as well
      Indexer ix(dir.sub("idx"), o);
      auto first = ix.add_many(batch);
      REQUIRE(first.size() == batch.size());
      for (const auto& r : first) {
        CHECK(r.error.empty());
        CHECK(r.result == AddResult::kAdded);
        CHECK(r.passages == 2);
      }
      auto second = ix.add_many(changed);
      for (const auto& r : second) CHECK(r.result == AddResult::kReplaced);
      ix.commit();
      CHECK(ix.article_count() == 40);
      CHECK(ix.passage_count() == 70);
      CHECK(verify_index(dir.sub("idx")).problems.empty());
    }
  }
}

TEST_CASE("stored passage data: one encoding, read back whole") {
  index::StoredPassage p;
  p.article_id = "wire-003";
  p.passage = 2;
  p.title = "Han Seo Won joins";
  p.date = "2025-03-14";
  p.text = "Han Seo Won plays the lawyer.";
  p.spin = 0.125;
  p.kind = "cast";
  p.drama = "Moonlit Courthouse";
  p.cast.push_back({"Han Seo Won", "Yoon Dae Ho", "Moonlit Courthouse", 0.72});
  const std::string data = index::encode(p);
  CHECK(data ==
        R"({"article_id":"wire-003","cast":[{"character":"Yoon Dae Ho","confidence":0.72,"drama":"Moonlit Courthouse",)"
        R"("name":"Han Seo Won"}],)"
        R"("date":"2025-03-14","drama":"Moonlit Courthouse","kind":"cast","passage":2,"source":"","spin":0.125,)"
        R"("text":"Han Seo Won plays the lawyer.","title":"Han Seo Won joins","url":""})");
  index::StoredPassage back;
  REQUIRE(index::decode(data, back));
  CHECK(back.article_id == p.article_id);
  CHECK(back.passage == 2);
  CHECK(back.spin == 0.125);
  CHECK(back.kind == "cast");
  REQUIRE(back.cast.size() == 1);
  CHECK(back.cast[0].character == "Yoon Dae Ho");
  CHECK(back.cast[0].confidence == Approx(0.72));
  CHECK_FALSE(back.original.has_value());  // only stored when the text was repaired

  p.original = "Han Seo Received plays the lawyer.";
  REQUIRE(index::decode(index::encode(p), back));
  CHECK(back.original == p.original);
  CHECK_FALSE(back.original_title.has_value());

  // What names the article only: the text, original and credits stay out.
  index::StoredPassage card;
  REQUIRE(index::decode_article(index::encode(p), card));
  CHECK(card.article_id == p.article_id);
  CHECK(card.title == p.title);
  CHECK(card.date == p.date);
  CHECK(card.spin == 0.125);
  CHECK(card.text.empty());
  CHECK(card.cast.empty());
  CHECK_FALSE(card.original.has_value());
  CHECK_FALSE(index::decode_article("not json", card));

  // The card value: the same fields, any bytes in them, nothing else.
  static const char kOddTitle[] = "Title\x1f with \0 bytes";
  p.title = std::string(kOddTitle, sizeof kOddTitle - 1) + std::string(300, 'x');
  index::StoredPassage from_card;
  REQUIRE(index::decode_card(index::encode_card(p), from_card));
  CHECK(from_card.article_id == p.article_id);
  CHECK(from_card.title == p.title);
  CHECK(from_card.date == p.date);
  CHECK(from_card.url == p.url);
  CHECK(from_card.source == p.source);
  CHECK(from_card.text.empty());
  CHECK_FALSE(index::decode_card("", from_card));  // an index written before cards
  const std::string value = index::encode_card(p);
  CHECK_FALSE(index::decode_card(value.substr(0, value.size() - 1), from_card));
  CHECK_FALSE(index::decode_card(value + "x", from_card));

  CHECK_FALSE(index::decode("not json", back));
  CHECK_FALSE(index::decode("[1, 2]", back));
  REQUIRE(index::decode("{}", back));  // missing fields keep their defaults
  CHECK(back.kind == "other");
  CHECK(back.cast.empty());
}

namespace {

// A dramasearch index of `n` one-passage articles written with Xapian
// directly (fast), big enough that its tables do not fit in the blocks
// Xapian keeps in memory; then its tables can be cut under an open writer.
void write_raw_index(const std::string& path, int n) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  db.set_metadata(schema::kVersionKey, std::to_string(schema::kVersion));
  for (int i = 0; i < n; ++i) {
    const std::string key = "a" + std::to_string(i);
    Xapian::Document d;
    d.add_boolean_term(schema::kArticle + key);
    d.add_boolean_term(schema::uid_term(key, 0));
    d.add_term("Zword" + std::to_string(i));
    db.add_document(d);
  }
  db.commit();
}

void truncate_tables(const std::string& path) {
  for (const auto& e : std::filesystem::directory_iterator(path))
    if (e.path().extension() == ".glass") std::filesystem::resize_file(e.path(), 0);
}

}  // namespace

TEST_CASE("Xapian failures reach Indexer callers as dramasearch::Error") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  write_raw_index(path, 20000);
  Indexer ix(path);
  truncate_tables(path);
  CHECK_THROWS_AS(ix.article_count(), Error);
  CHECK_THROWS_WITH(ix.article_count(), Catch::StartsWith(path + ": counting articles: "));
  CHECK_THROWS_WITH(ix.remove("a17"), Catch::StartsWith(path + ": removing an article: "));
  CHECK_THROWS_WITH(ix.prune({"a1"}), Catch::StartsWith(path + ": pruning: "));
  CHECK_THROWS_WITH(ix.add(make_article("a5", "T", kCasting)), Catch::StartsWith(path + ": reading index: "));
  CHECK_THROWS_AS(ix.add_many({make_article("a6", "T", kCasting)}), Error);
}

TEST_CASE("Searcher::reopen reports a vanished index as dramasearch::Error") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  {
    Indexer ix(path);
    ix.add(make_article("a1", "T", kCasting));
  }
  Searcher s(path);
  s.reopen();
  std::filesystem::remove_all(path);
  CHECK_THROWS_WITH(s.reopen(), Catch::StartsWith(path + ": cannot reopen index: "));
}

TEST_CASE("opening Indexers leaves the environment as it was, from any number of threads") {
  testutil::TempDir dir;
  ::unsetenv("XAPIAN_FLUSH_THRESHOLD");
  IndexerOptions o;
  o.flush_threshold = 1000;
  { Indexer ix(dir.sub("one"), o); }
  CHECK(std::getenv("XAPIAN_FLUSH_THRESHOLD") == nullptr);

  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int round = 0; round < 5; ++round) {
        try {
          IndexerOptions mine;
          mine.flush_threshold = 100 + static_cast<std::size_t>(t);
          Indexer ix(dir.sub("t" + std::to_string(t)), mine);
        } catch (const Error&) {
          ++failures;
        }
      }
    });
  for (auto& t : threads) t.join();
  CHECK(failures == 0);
  CHECK(std::getenv("XAPIAN_FLUSH_THRESHOLD") == nullptr);

  // The user's own setting wins and stays.
  ::setenv("XAPIAN_FLUSH_THRESHOLD", "77", 1);
  { Indexer ix(dir.sub("one"), o); }
  REQUIRE(std::getenv("XAPIAN_FLUSH_THRESHOLD") != nullptr);
  CHECK(std::string(std::getenv("XAPIAN_FLUSH_THRESHOLD")) == "77");
  ::unsetenv("XAPIAN_FLUSH_THRESHOLD");
}

TEST_CASE("Searchers open and search while an indexer commits every article") {
  testutil::TempDir dir;
  const std::string path = dir.sub("idx");
  IndexerOptions o;
  o.batch_articles = 1;
  o.threads = 1;
  Indexer ix(path, o);
  ix.add(make_article("first", "T", kFilming));
  ix.commit();
  std::atomic<bool> done{false};
  std::thread writer([&] {
    for (int i = 0; i < 150; ++i) ix.add(make_article("w" + std::to_string(i), "T", kCasting));
    done = true;
  });
  int opened = 0, failures = 0;
  std::string failure;
  while (!done) {
    try {
      Searcher s(path);
      s.search("rooftop OR lawyer");
      ++opened;
    } catch (const Error& e) {
      ++failures;
      failure = e.what();
    }
  }
  writer.join();
  INFO(failure);
  CHECK(failures == 0);
  CHECK(opened > 0);
}
