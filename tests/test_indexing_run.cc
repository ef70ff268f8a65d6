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
