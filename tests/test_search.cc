// Unit tests of the Searcher over small indexes built here: opening with the
// analysis the index was built with.
#include <catch2/catch.hpp>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"
#include "query/search/fingerprint_check.h"
#include "test_helpers.h"

using namespace dramasearch;

namespace {

Article article(const std::string& id, const std::string& title, const std::string& body) {
  Article a;
  a.id = id;
  a.title = title;
  a.body = body;
  a.origin = id;
  return a;
}

bool any_contains(const std::vector<std::string>& v, const std::string& text) {
  for (const auto& s : v)
    if (s.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a Searcher analyses queries with the data the index was built with, and says when it does not") {
  testutil::TempDir dir;
  const std::string data_dir = testutil::fixture("spin-data");
  IndexerOptions io;
  io.data_dir = data_dir;
  {
    Indexer ix(dir.sub("idx"), io);
    // "tenting automotive" is spun wording the fixture lexicon repairs.
    ix.add(article("a1", "Holiday", "They filmed inside the tenting automotive by the sea."));
    ix.commit();
  }
  SECTION("opened with the same data: no warning, the query is repaired alike") {
    SearcherOptions so;
    so.data_dir = data_dir;
    Searcher s({dir.sub("idx")}, so);
    CHECK(s.warnings().empty());
    const auto r = s.search("tenting automotive");
    CHECK(r.query_text == "camping car");
    CHECK(r.hits.size() == 1);
  }
  SECTION("opened with the built-in data: a warning names the index, the difference and the option") {
    Searcher s(dir.sub("idx"));
    REQUIRE(s.warnings().size() == 1);
    const std::string& w = s.warnings()[0];
    CHECK(w.find(dir.sub("idx") + ": ") == 0);
    CHECK(w.find("spin-repair data") != std::string::npos);
    CHECK(w.find("--data-dir") != std::string::npos);
  }
  SECTION("a sharded index is checked shard by shard") {
    IndexerOptions sharded = io;
    sharded.shards = 2;
    {
      Indexer ix(dir.sub("sharded"), sharded);
      for (int i = 0; i < 6; ++i) ix.add(article("s" + std::to_string(i), "T", "A rooftop scene, take " + std::to_string(i)));
      ix.commit();
    }
    Searcher s(dir.sub("sharded"));
    CHECK(s.warnings().size() == 2);
    CHECK(any_contains(s.warnings(), "shard-00: "));
    CHECK(any_contains(s.warnings(), "shard-01: "));
    SearcherOptions so;
    so.data_dir = data_dir;
    CHECK(Searcher({dir.sub("sharded")}, so).warnings().empty());
  }
  SECTION("a mistyped data directory (its files fall back to the built-in ones) is noticed") {
    SearcherOptions so;
    so.data_dir = dir.sub("no-such-data");
    CHECK(Searcher({dir.sub("idx")}, so).warnings().size() == 1);
  }
}

TEST_CASE("an index without committed articles has no fingerprint to check") {
  testutil::TempDir dir;
  { Indexer ix(dir.sub("idx")); }
  CHECK(Searcher(dir.sub("idx")).warnings().empty());
}

TEST_CASE("fingerprint warnings say what differs and what to do") {
  using search::fingerprint_warning;
  const std::string now = "pipeline-5;data=aaaa;repair=on";
  CHECK(fingerprint_warning("idx", now, now).empty());
  CHECK(fingerprint_warning("idx", "", now).empty());
  const std::string data = fingerprint_warning("idx", "pipeline-5;data=bbbb;repair=on", now);
  CHECK(data == "idx: articles were analysed with spin-repair data bbbb, queries use aaaa, so queries may not be "
                "repaired like the articles; pass the --data-dir it was indexed with (drama-index --data-dir), or "
                "re-index it");
  const std::string version = fingerprint_warning("idx", "pipeline-4;data=aaaa;repair=on", now);
  CHECK(version.find("text pipeline pipeline-4, this program has pipeline-5") != std::string::npos);
  CHECK(version.find("re-index it with this version of drama-index") != std::string::npos);
  const std::string other = fingerprint_warning("idx", now + ";stem=porter", now);
  CHECK(other.find("analysis " + now + ";stem=porter, queries use " + now) != std::string::npos);
}
