// Unit tests of IndexingRun: one drama-index run as a library call.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "dramasearch/indexing_run.h"
#include "dramasearch/searcher.h"
#include "test_helpers.h"

using namespace dramasearch;
namespace fs = std::filesystem;

namespace {

void write(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

struct Recorder {
  std::vector<std::string> problems;
  std::vector<IndexingProgress> progress;
  IndexingRun::Callbacks callbacks() {
    IndexingRun::Callbacks cb;
    cb.on_problem = [this](const std::string& where, const std::string& reason) {
      problems.push_back(where + ": " + reason);
    };
    cb.on_progress = [this](const IndexingProgress& p) { progress.push_back(p); };
    return cb;
  }
  bool has(const std::string& text) const {
    for (const auto& p : problems)
      if (p.find(text) != std::string::npos) return true;
    return false;
  }
};

// Makes the pending bulk load of `idx` look written during another boot of
// the machine; false where the marker names no boot (no boot id here).
bool from_earlier_boot(const std::string& idx) {
  const fs::path marker = fs::path(idx) / "dramasearch-bulk-load";
  std::ifstream in(marker);
  std::string text, line;
  bool named = false;
  while (std::getline(in, line)) {
    if (line.rfind("boot-id ", 0) == 0) {
      line = "boot-id 00000000-0000-0000-0000-000000000000";
      named = true;
    }
    text += line + "\n";
  }
  in.close();
  std::ofstream(marker, std::ios::trunc) << text;
  return named;
}

}  // namespace

TEST_CASE("an indexing run counts, skips and reports like drama-index") {
  testutil::TempDir dir;
  const std::string corpus = dir.sub("corpus");
  write(corpus + "/a.txt", "Rain scene\n\nThe cast filmed a rain scene on the rooftop.\n");
  write(corpus + "/b.md", "# Casting\n\nHan Seo Won plays the lawyer.\n\nA second paragraph.\n");
  write(corpus + "/feed.jsonl",
        "{\"id\":\"j1\",\"body\":\"A kiss scene at the beach.\"}\n"
        "{\"id\":\"a.txt\",\"body\":\"Same id as the text file.\"}\n"
        "{\"id\":\"big\",\"body\":\"" + std::string(3 << 20, 'x') + "\"}\n"
        "{\"id\":\"blank\",\"body\":\"...\"}\n");
  write(corpus + "/notes.pdf", "%PDF");

  IndexingRunOptions o;
  o.max_article_bytes = 2 << 20;
  o.chunk_articles = 2;
  Recorder rec;
  IndexingSummary s;
  {
    IndexingRun run(dir.sub("idx"), o);
    s = run.run({corpus}, rec.callbacks());
  }
  INFO(rec.problems.size());
  CHECK(s.added == 3);  // a.txt, b.md, j1
  CHECK(s.replaced == 0);
  CHECK(s.passages == 4);
  CHECK(s.index_articles == 3);
  CHECK(s.index_passages == 4);
  CHECK(rec.has("feed.jsonl:2: duplicate id 'a.txt' (first seen in " + corpus + "/a.txt), skipped"));
  CHECK(rec.has("feed.jsonl:3: article too large (3145728 bytes, limit 2 MiB), skipped"));
  CHECK(rec.has("feed.jsonl:4: no words to index, skipped"));
  CHECK(rec.has("notes.pdf: skipped: unsupported file type"));
  CHECK(s.skipped == 4);
  CHECK(s.problems == 4);
  CHECK_FALSE(s.interrupted);
  // Progress knows the total before reading, from the same listing.
  REQUIRE_FALSE(rec.progress.empty());
  const IndexingProgress last = rec.progress.back();
  CHECK(last.total_bytes == fs::file_size(corpus + "/a.txt") + fs::file_size(corpus + "/b.md") +
                                fs::file_size(corpus + "/feed.jsonl"));
  CHECK(last.bytes == last.total_bytes);
  CHECK(last.files == 3);
  CHECK(last.articles == 4);  // accepted for indexing, the blank one included

  SECTION("a second run changes nothing; with prune, vanished inputs go") {
    fs::remove(corpus + "/b.md");
    Recorder again;
    o.prune = true;
    IndexingRun run(dir.sub("idx"), o);
    const IndexingSummary t = run.run({corpus}, again.callbacks());
    CHECK(t.added + t.replaced == 0);
    CHECK(t.unchanged == 2);
    CHECK(t.removed == 1);
    CHECK(t.index_articles == 2);
  }
}

TEST_CASE("an interrupted run commits the complete articles it read") {
  testutil::TempDir dir;
  std::string feed;
  for (int i = 0; i < 20; ++i)
    feed += "{\"id\":\"n" + std::to_string(i) + "\",\"body\":\"The cast filmed scene number " + std::to_string(i) +
            ".\"}\n";
  write(dir.sub("feed.jsonl"), feed);
  IndexingRunOptions o;
  o.chunk_articles = 4;
  int polls = 0;
  IndexingRun::Callbacks cb;
  cb.stop_requested = [&] { return ++polls > 8; };  // the file, then 7 articles
  IndexingRun run(dir.sub("idx"), o);
  const IndexingSummary s = run.run({dir.sub("feed.jsonl")}, cb);
  CHECK(s.interrupted);
  CHECK(s.error.empty());
  CHECK(s.added == 7);
  CHECK(s.index_articles == 7);
}

namespace {

std::string numbered_feed(int from, int to) {
  std::string feed;
  for (int i = from; i < to; ++i)
    feed += "{\"id\":\"b" + std::to_string(i) + "\",\"body\":\"The cast filmed the rooftop scene number " +
            std::to_string(i) + ".\"}\n";
  return feed;
}

bool marker_present(const std::string& idx) { return fs::exists(fs::path(idx) / "dramasearch-bulk-load"); }

std::string manifest(const std::string& idx) {
  std::ifstream in(fs::path(idx) / "dramasearch-shards");
  std::string n;
  in >> n;
  return n;
}

// One plain database at the index path, nothing of the bulk load left.
bool plain_database(const std::string& idx) {
  return fs::exists(fs::path(idx) / "iamglass") && !fs::exists(fs::path(idx) / "bulk-load") &&
         !fs::exists(fs::path(idx) / "XAPIANDB") && !marker_present(idx);
}

}  // namespace

TEST_CASE("a run into a new index is a bulk load that ends in one compact database") {
  testutil::TempDir dir;
  const std::string idx = dir.sub("idx");
  write(dir.sub("feed.jsonl"), numbered_feed(0, 30));
  IndexingRunOptions o;
  o.chunk_articles = 4;
  IndexingSummary s;
  {
    IndexingRun run(idx, o);
    CHECK(run.bulk_load());
    s = run.run({dir.sub("feed.jsonl")}, {});
  }
  CHECK(s.compacted);
  CHECK(s.added == 30);
  SECTION("a run killed after the compaction, before tidying up, only tidies up") {
    write(idx + "/dramasearch-bulk-load", "unfinished\n");
    fs::create_directories(idx + "/bulk-load.done/shard-00");
    IndexingRun run(idx, o);
    CHECK_FALSE(run.bulk_load());
    CHECK(plain_database(idx));
    CHECK_FALSE(fs::exists(idx + "/bulk-load.done"));
  }
  CHECK(s.index_articles == 30);
  CHECK(plain_database(idx));  // the shards were merged into one database
  Searcher searcher(idx);
  SearchOptions all;
  all.limit = 50;
  CHECK(searcher.search("rooftop scene", all).hits.size() == 30);

  SECTION("a later run is incremental and writes that database directly") {
    write(dir.sub("more.jsonl"), numbered_feed(30, 35));
    IndexingRun run(idx, o);
    CHECK_FALSE(run.bulk_load());
    const IndexingSummary t = run.run({dir.sub("feed.jsonl"), dir.sub("more.jsonl")}, {});
    CHECK_FALSE(t.compacted);
    CHECK(t.added == 5);
    CHECK(t.unchanged == 30);
    CHECK(t.index_articles == 35);
    CHECK(plain_database(idx));
  }
}

TEST_CASE("an interrupted bulk load keeps its shards and the next run compacts them") {
  testutil::TempDir dir;
  const std::string idx = dir.sub("idx");
  write(dir.sub("feed.jsonl"), numbered_feed(0, 20));
  IndexingRunOptions o;
  o.chunk_articles = 4;
  {
    int polls = 0;
    IndexingRun::Callbacks cb;
    cb.stop_requested = [&] { return ++polls > 8; };
    IndexingRun run(idx, o);
    const IndexingSummary s = run.run({dir.sub("feed.jsonl")}, cb);
    CHECK(s.interrupted);
    CHECK_FALSE(s.compacted);
    CHECK(s.index_articles == 7);
  }
  CHECK(marker_present(idx));
  CHECK(std::stoi(manifest(dir.sub("idx/bulk-load"))) >= 2);  // the staging index, sharded
  {
    // Readers search what the interrupted load committed.
    Searcher searcher(idx);
    SearchOptions all;
    all.limit = 50;
    CHECK(searcher.search("rooftop scene", all).hits.size() == 7);
  }
  SECTION("the next run finishes the load") {
    IndexingRun again(idx, o);
    CHECK(again.bulk_load());
    const IndexingSummary t = again.run({dir.sub("feed.jsonl")}, {});
    CHECK(t.compacted);
    CHECK(t.added == 13);
    CHECK(t.index_articles == 20);
    CHECK(plain_database(idx));
  }
  SECTION("a compaction killed halfway is redone from the staging shards") {
    fs::remove(fs::path(idx) / "XAPIANDB");  // the compaction's first step
    write(idx + "/postlist.glass", "half a table");
    write(idx + "/iamglass", "not yet");
    IndexingRun again(idx, o);
    CHECK(again.bulk_load());
    const IndexingSummary t = again.run({dir.sub("feed.jsonl")}, {});
    CHECK(t.compacted);
    CHECK(t.index_articles == 20);
    CHECK(plain_database(idx));
  }
  SECTION("after a restart of the machine the next run starts the load over") {
    // The staging index was written without syncing: a crash could have
    // torn it, so it is neither resumed nor compacted.
    if (!from_earlier_boot(idx)) {
      WARN("no boot id on this system: the staging index is synced, nothing to start over");
      return;
    }
    CHECK_THROWS_WITH(compact_index(idx), Catch::Contains("before the machine restarted"));
    write(dir.sub("later.jsonl"), numbered_feed(100, 103));
    IndexingRun again(idx, o);
    CHECK(again.bulk_load());
    const IndexingSummary t = again.run({dir.sub("later.jsonl")}, {});
    CHECK(t.bulk_load_restarted);
    CHECK(t.compacted);
    CHECK(t.added == 3);
    CHECK(t.index_articles == 3);  // the earlier articles went with the staging index
    CHECK(plain_database(idx));
  }
  SECTION("drama-index compact finishes it too") {
    compact_index(idx);
    CHECK(plain_database(idx));
    IndexingRun again(idx, o);
    CHECK_FALSE(again.bulk_load());
    const IndexingSummary t = again.run({dir.sub("feed.jsonl")}, {});
    CHECK(t.added == 13);
    CHECK(t.unchanged == 7);
  }
}

TEST_CASE("without bulk load, or with an explicit shard count, a new index is written as asked") {
  testutil::TempDir dir;
  write(dir.sub("feed.jsonl"), numbered_feed(0, 6));
  IndexingRunOptions plain;
  plain.bulk_load = false;
  {
    IndexingRun run(dir.sub("plain"), plain);
    CHECK_FALSE(run.bulk_load());
    CHECK_FALSE(run.run({dir.sub("feed.jsonl")}, {}).compacted);
  }
  CHECK(fs::exists(fs::path(dir.sub("plain")) / "iamglass"));
  IndexingRunOptions sharded;
  sharded.indexer.shards = 3;
  {
    IndexingRun run(dir.sub("sharded"), sharded);
    CHECK_FALSE(run.bulk_load());
    CHECK_FALSE(run.run({dir.sub("feed.jsonl")}, {}).compacted);
  }
  CHECK(manifest(dir.sub("sharded")) == "3");
  CHECK_FALSE(marker_present(dir.sub("sharded")));
}
