// Story identity: fingerprints and sentence alignment (indexer/stories), the
// incremental story pass of the indexer, collapse of copies in search and
// Searcher::copies_of, over one database and over shards.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iterator>
#include <random>

#include "dramasearch/indexer.h"
#include "dramasearch/pipeline.h"
#include "dramasearch/searcher.h"
#include "indexer/index/minhash_chains.h"
#include "indexer/stories/fingerprint.h"
#include "indexer/stories/similarity.h"
#include "test_helpers.h"

using namespace dramasearch;

namespace {

// One story, as first published.
const char* kOriginal =
    "Han Seo Won and Go Min Jae filmed a tense night scene on the rooftop of a courthouse in Seoul.\n\n"
    "The scene appears in the second episode of Moonlit Courthouse, right after Yoon Ha Eun and Kang Tae Won meet "
    "in court for the first time.\n\n"
    "According to the production team, heavy rain stopped the filming twice, so the scene took two nights in August.\n\n"
    "Between takes, Go Min Jae ran to a convenience store and bought ice cream for all forty staff members.\n\n"
    "Moonlit Courthouse premieres on September 13 and airs every Saturday and Sunday on tvN.";

// A spun copy with a caption added and the last line trimmed.
const char* kSpunCopy =
    "Photo: tvN\n\n"
    "Han Seo Won and Go Min Jae shot a tense evening scene on the roof of a courthouse in Seoul.\n\n"
    "The scene seems in the second episode of Moonlit Courthouse, proper after Yoon Ha Eun and Kang Tae Won meet "
    "in courtroom for the primary time.\n\n"
    "Based on the manufacturing crew, heavy rain stopped the filming twice, so the scene took two nights in August.\n\n"
    "Between takes, Go Min Jae ran to a convenience store and purchased ice cream for all forty staff members.";

// Another story about the same drama and cast, sharing the boilerplate line.
const char* kOtherStory =
    "Han Seo Won and Go Min Jae posed together for the main poster of Moonlit Courthouse on Monday.\n\n"
    "In the poster, Yoon Ha Eun holds a pile of case files while Kang Tae Won stands behind her with folded arms.\n\n"
    "The photographer said the two actors changed their outfits eleven times before the final shot was chosen.\n\n"
    "Han Seo Won brought homemade kimbap for the whole crew and Go Min Jae played music from his phone.\n\n"
    "Moonlit Courthouse premieres on September 13 and airs every Saturday and Sunday on tvN.";

Article article(const std::string& id, const std::string& body, const std::string& date = "2025-08-20") {
  Article a;
  a.id = id;
  a.title = "Moonlit Courthouse";
  a.body = body;
  a.date = date;
  a.source = id;
  a.origin = id;
  return a;
}

stories::Fingerprint fingerprint_of(const char* text) {
  static const Pipeline pipeline;
  return stories::fingerprint(pipeline.analyse(text));
}

std::vector<std::string> ids(const std::vector<Copy>& copies) {
  std::vector<std::string> v;
  for (const auto& c : copies) v.push_back(c.article_id);
  return v;
}

}  // namespace

TEST_CASE("sentence alignment tells a copy from another story about the same drama", "[stories]") {
  const auto original = fingerprint_of(kOriginal), copy = fingerprint_of(kSpunCopy), other = fingerprint_of(kOtherStory);
  REQUIRE(original.minhashes.size() == stories::kMinHashes);
  REQUIRE(original.signature.size() == 5);
  REQUIRE(copy.signature.size() == 4);  // "Photo: tvN" is too short to count
  const auto same = stories::compare(original.signature, copy.signature);
  CHECK(stories::same_story(same));
  CHECK(same.aligned == 4);
  const auto different = stories::compare(original.signature, other.signature);
  CHECK(different.aligned <= 2);  // the shared boilerplate line, a sentence of the same names
  CHECK_FALSE(stories::same_story(different));
  // Order matters: the same sentences reversed align one at most.
  stories::Signature reversed(original.signature.rbegin(), original.signature.rend());
  CHECK(stories::compare(original.signature, reversed).aligned == 1);
}

TEST_CASE("the alignment counts shared words exactly as a pairwise merge of sentences does", "[stories]") {
  // Reference: every pair of sentences merged, the definition in similarity.h.
  auto reference = [](const stories::Signature& a, const stories::Signature& b) {
    std::vector<std::size_t> prev(b.size() + 1, 0), row(b.size() + 1, 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::vector<std::uint16_t> shared;
        std::set_intersection(a[i - 1].begin(), a[i - 1].end(), b[j - 1].begin(), b[j - 1].end(),
                              std::back_inserter(shared));
        const bool match = shared.size() >= 3 && 2 * shared.size() >= std::min(a[i - 1].size(), b[j - 1].size());
        row[j] = match ? prev[j - 1] + 1 : std::max(prev[j], row[j - 1]);
      }
      std::swap(prev, row);
    }
    return prev[b.size()];
  };
  std::mt19937 rng(7);
  auto sentence = [&] {
    // Words from a small vocabulary, so that sentences share some.
    stories::Sentence s(4 + rng() % 9);
    for (auto& w : s) w = static_cast<std::uint16_t>(rng() % 40);
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    return s;
  };
  for (int round = 0; round < 200; ++round) {
    stories::Signature a(rng() % 12), b(rng() % 12);
    for (auto& s : a) s = sentence();
    for (auto& s : b) s = rng() % 3 == 0 && !a.empty() ? a[rng() % a.size()] : sentence();
    const auto got = stories::compare(a, b);
    REQUIRE(got.aligned == reference(a, b));
    // The same signature indexed once and compared with many.
    const stories::SignatureIndex indexed(b);
    REQUIRE(indexed.compare(a).aligned == got.aligned);
    REQUIRE(indexed.compare(a).similarity == got.similarity);
  }
}

TEST_CASE("the min-hash chains list each value's entries newest first, from a given entry on", "[stories]") {
  index::MinHashChains chains(4);
  // 5,000 entries (several growths of the slot table): entry e has value
  // e % 7 as min-hash 0, e as min-hash 1, 42 as min-hash 2 and 3.
  constexpr std::uint32_t kEntries = 5000;
  for (std::uint32_t e = 0; e < kEntries; ++e) {
    chains.add(0, e % 7, e);
    chains.add(1, e, e);
    chains.add(2, 42, e);
    chains.add(3, 42, e);
  }
  CHECK(chains.count(0, 3) == 714);
  CHECK(chains.count(1, 4321) == 1);
  CHECK(chains.count(2, 42) == kEntries);
  CHECK(chains.count(0, 42) == 0);  // the same value under another number is another key
  CHECK(chains.count(1, kEntries) == 0);
  std::vector<std::uint32_t> seen;
  chains.for_each(0, 3, 4970, [&](std::uint32_t e) { seen.push_back(e); });
  CHECK(seen == std::vector<std::uint32_t>{4994, 4987, 4980, 4973});
  seen.clear();
  chains.for_each(1, 17, 0, [&](std::uint32_t e) { seen.push_back(e); });
  CHECK(seen == std::vector<std::uint32_t>{17});
  std::size_t walked = 0;
  chains.for_each(3, 42, 0, [&](std::uint32_t) { ++walked; });
  CHECK(walked == kEntries);
  chains.clear();
  CHECK(chains.count(2, 42) == 0);
  chains.add(2, 42, 0);
  CHECK(chains.count(2, 42) == 1);
}

TEST_CASE("signatures survive their value-slot encoding", "[stories]") {
  const auto fp = fingerprint_of(kOriginal);
  CHECK(stories::decode_signature(stories::encode_signature(fp.signature)) == fp.signature);
  std::string cut = stories::encode_signature(fp.signature);
  cut.resize(cut.size() - 1);
  CHECK(stories::decode_signature(cut).size() == fp.signature.size() - 1);
}

TEST_CASE("copies collapse into one hit and are listed, over one database and over shards", "[stories]") {
  for (std::size_t shards : {1u, 2u}) {
    testutil::TempDir dir;
    {
      IndexerOptions o;
      o.shards = shards;
      Indexer ix(dir.sub("idx"), o);
      ix.add(article("farm", kSpunCopy, "2025-08-21"));  // the copy first: keys must not depend on order
      ix.add(article("news", kOriginal));
      ix.add(article("poster", kOtherStory));
      ix.commit();
    }
    Searcher s(dir.sub("idx"));
    INFO("shards " << shards);
    const auto copies = s.copies_of("farm");
    REQUIRE(copies);
    REQUIRE(ids(*copies) == std::vector<std::string>{"news"});
    CHECK((*copies)[0].original);
    CHECK((*copies)[0].similarity > 0.5);
    // What names the copy comes from its card value.
    CHECK((*copies)[0].title == "Moonlit Courthouse");
    CHECK((*copies)[0].date == "2025-08-20");
    CHECK((*copies)[0].source == "news");
    CHECK_FALSE((*copies)[0].spun);
    CHECK(s.copies_of("poster")->empty());
    CHECK_FALSE(s.copies_of("no-such-article"));

    SearchOptions o;
    const auto r = s.search("Go Min Jae ice cream convenience store", o);
    std::vector<std::string> hit_ids;
    for (const auto& h : r.hits) hit_ids.push_back(h.article_id);
    CHECK(std::count(hit_ids.begin(), hit_ids.end(), "farm") + std::count(hit_ids.begin(), hit_ids.end(), "news") == 1);
    REQUIRE(!r.hits.empty());
    CHECK(r.hits[0].article_id == "news");  // the unspun copy represents the story
    CHECK(ids(r.hits[0].copies) == std::vector<std::string>{"farm"});
    o.all_copies = true;
    const auto all = s.search("Go Min Jae ice cream convenience store", o);
    std::size_t both = 0;
    for (const auto& h : all.hits) both += h.article_id == "farm" || h.article_id == "news";
    CHECK(both == 2);
  }
}

TEST_CASE("stories stay right when copies are replaced and removed", "[stories]") {
  testutil::TempDir dir;
  Indexer ix(dir.sub("idx"));
  ix.add(article("news", kOriginal));
  ix.add(article("farm", kSpunCopy));
  ix.add(article("mirror", kOriginal, "2025-08-22"));
  ix.commit();
  {
    Searcher s(dir.sub("idx"));
    CHECK(ids(*s.copies_of("mirror")) == std::vector<std::string>{"news", "farm"});
  }
  // The story's first article becomes another story: the others stay together.
  ix.add(article("news", kOtherStory));
  ix.commit();
  {
    Searcher s(dir.sub("idx"));
    CHECK(s.copies_of("news")->empty());
    CHECK(ids(*s.copies_of("farm")) == std::vector<std::string>{"mirror"});
  }
  ix.remove("mirror");
  ix.commit();
  {
    Searcher s(dir.sub("idx"));
    CHECK(s.copies_of("farm")->empty());
    CHECK_FALSE(s.copies_of("mirror"));
  }
}

TEST_CASE("without story identity every article is its own story, and turning it on re-indexes", "[stories]") {
  testutil::TempDir dir;
  auto index_both = [&](bool stories) {
    IndexerOptions o;
    o.stories = stories;
    Indexer ix(dir.sub("idx"), o);
    const auto farm = ix.add(article("farm", kSpunCopy, "2025-08-21"));
    ix.add(article("news", kOriginal));
    ix.commit();
    return farm;
  };
  CHECK(index_both(false) == AddResult::kAdded);
  {
    Searcher s(dir.sub("idx"));
    CHECK(s.copies_of("farm")->empty());
    SearchOptions o;
    std::size_t both = 0;
    for (const auto& h : s.search("Go Min Jae ice cream convenience store", o).hits)
      both += h.article_id == "farm" || h.article_id == "news";
    CHECK(both == 2);  // listed separately, each once
  }
  CHECK(index_both(true) == AddResult::kReplaced);
  Searcher s(dir.sub("idx"));
  REQUIRE(s.copies_of("farm"));
  CHECK(ids(*s.copies_of("farm")) == std::vector<std::string>{"news"});
}
