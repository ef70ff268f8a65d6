// Unit tests of the query side of repair: the thesaurus file reader (over a
// small MyThes file written here), the spun forms of a word, and a search
// that finds a spun article by the word its spinner replaced, but not an
// unspun article that uses the same synonym.
#include <catch2/catch.hpp>

#include <fstream>

#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"
#include "indexer/lexicon/thesaurus_file.h"
#include "indexer/repair/spun_forms.h"
#include "test_helpers.h"

using dramasearch::lexicon::ThesaurusFile;

namespace {

// Writes a MyThes .dat and its sorted .idx (byte offsets) under `dir`;
// returns the .dat path.
std::string write_thesaurus(const testutil::TempDir& dir,
                            const std::vector<std::pair<std::string, std::vector<std::string>>>& entries) {
  const std::string dat = dir.sub("th.dat"), idx = dir.sub("th.idx");
  std::ofstream d(dat, std::ios::binary), i(idx, std::ios::binary);
  d << "UTF-8\n";
  i << "UTF-8\n" << entries.size() << "\n";
  long offset = 6;
  for (const auto& [word, senses] : entries) {
    i << word << "|" << offset << "\n";
    std::string block = word + "|" + std::to_string(senses.size()) + "\n";
    for (const auto& s : senses) block += s + "\n";
    d << block;
    offset += static_cast<long>(block.size());
  }
  return dat;
}

const std::vector<std::pair<std::string, std::vector<std::string>>> kEntries = {
    {"aardvark", {"(noun)|anteater|mammal (generic term)"}},
    {"laugh", {"(noun)|laughter|utterance (generic term)", "(verb)|chuckle|giggle|cry (antonym)|laugh off (related term)"}},
    {"shop", {"(noun)|store|outlet (generic term)", "(verb)|browse|shop at"}},
    {"story", {"(noun)|tale|narrative|story|tale"}},
    {"zebra", {"(noun)|equine (generic term)"}},
};

}  // namespace

TEST_CASE("the thesaurus file gives plain one-word synonyms, found by binary search of its index") {
  testutil::TempDir dir;
  const ThesaurusFile th(write_thesaurus(dir, kEntries));
  REQUIRE(th.available());
  CHECK(th.status().find("mythes ") == 0);
  // Qualified entries (generic, related, antonym) and phrases are left out;
  // the word itself and repeats too.
  CHECK(th.synonyms("laugh", 10) == std::vector<std::string>{"laughter", "chuckle", "giggle"});
  CHECK(th.synonyms("story", 10) == std::vector<std::string>{"tale", "narrative"});
  CHECK(th.synonyms("laugh", 2) == std::vector<std::string>{"laughter", "chuckle"});
  // The first and last entries, and words between or beyond them.
  CHECK(th.synonyms("aardvark", 10) == std::vector<std::string>{"anteater"});
  CHECK(th.synonyms("zebra", 10).empty());
  CHECK(th.synonyms("aaa", 10).empty());
  CHECK(th.synonyms("mouse", 10).empty());
  CHECK(th.synonyms("zzz", 10).empty());
  // Regular inflections are looked up by their headword.
  CHECK(th.synonyms("laughed", 10) == th.synonyms("laugh", 10));
  CHECK(th.synonyms("laughing", 10) == th.synonyms("laugh", 10));
  CHECK(th.synonyms("stories", 10) == th.synonyms("story", 10));
  CHECK(th.synonyms("shops", 10) == std::vector<std::string>{"store", "browse"});
}

TEST_CASE("a missing or damaged thesaurus file gives no synonyms, never an error") {
  testutil::TempDir dir;
  const ThesaurusFile none("");
  CHECK_FALSE(none.available());
  CHECK(none.synonyms("laugh", 10).empty());
  const ThesaurusFile missing(dir.sub("nothing.dat"));
  CHECK_FALSE(missing.available());
  CHECK(missing.status().find("off (") == 0);
  // An index whose offsets point at the wrong entries.
  const std::string dat = write_thesaurus(dir, kEntries);
  {
    std::ofstream i(dir.sub("th.idx"), std::ios::binary);
    i << "UTF-8\n2\nlaugh|999999\nshop|6\n";
  }
  const ThesaurusFile damaged(dat);
  CHECK(damaged.synonyms("laugh", 10).empty());
  CHECK(damaged.synonyms("shop", 10).empty());
}

TEST_CASE("the spun forms of a word: the lexicon's observed swaps first, then thesaurus synonyms and generic terms") {
  testutil::TempDir dir;
  const ThesaurusFile th(write_thesaurus(dir, kEntries));
  dramasearch::lexicon::SpinData data;
  data.lexicon.push_back({"chortle", "laugh", dramasearch::lexicon::SpinClass::kAmbiguous, 2});
  data.lexicon.push_back({"Chuckle", "Laugh", dramasearch::lexicon::SpinClass::kLikely, 1});
  data.lexicon.push_back({"burst out laughing", "laugh", dramasearch::lexicon::SpinClass::kSure, 1});
  const dramasearch::repair::SpunForms forms(data, th);
  CHECK(forms.of("laugh") == std::vector<std::string>{"chortle", "chuckle", "laughter", "giggle", "utterance"});
  CHECK(forms.of("shop") == std::vector<std::string>{"store", "browse", "outlet"});
  CHECK(forms.of("mouse").empty());
  // A number word's digits come before the thesaurus.
  data.lexicon.push_back({"2", "two", dramasearch::lexicon::SpinClass::kAmbiguous, 12});
  const dramasearch::repair::SpunForms with_digits(data, th);
  CHECK(with_digits.of("two") == std::vector<std::string>{"2"});
  CHECK(with_digits.of("twenty") == std::vector<std::string>{"20"});
  CHECK(with_digits.of("fifteen") == std::vector<std::string>{"15"});
  const ThesaurusFile none("");
  CHECK(dramasearch::repair::SpunForms(data, none).of("laugh") == std::vector<std::string>{"chortle", "chuckle"});
}

TEST_CASE("a query word finds its spun forms in spun articles only") {
  if (!ThesaurusFile::shared().available()) {
    WARN("no system thesaurus (mythes-en-us): " << ThesaurusFile::shared().status());
    return;
  }
  using namespace dramasearch;
  testutil::TempDir dir;
  auto build = [&](const std::string& path, bool repair) {
    IndexerOptions io;
    io.repair = repair;
    Indexer ix(path, io);
    Article spun;
    spun.id = spun.origin = "spun";
    spun.title = "Moonlit Harbor";
    spun.body =
        "The solid of Moonlit Harbor filmed a scene on the seaside with a canine. The manufacturing crew "
        "mentioned that the lead actress opened a flower store within the first episode. She read her "
        "lines in the sunshine.";
    Article plain;
    plain.id = plain.origin = "plain";
    plain.title = "Spring Garden";
    plain.body = "In Spring Garden the florist keeps a flower store near the station, where the hero waits for the rain to stop.";
    ix.add(spun);
    ix.add(plain);
    ix.commit();
  };
  build(dir.sub("idx"), true);
  Searcher s(dir.sub("idx"));
  // "shop" was swapped for "store" (a thesaurus synonym) in the spun article.
  auto r = s.search("+flower +shop");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].article_id == "spun");
  // A capitalized word too: the parser hands field text over lower-cased.
  r = s.search("+Flower +Shop");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].article_id == "spun");
  // A possessive too: "shop's" is the stem of "shop".
  r = s.search("+flower +shop's");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].article_id == "spun");
  // A syllable of a person's name is not met halfway: "Sun" would find
  // "sunshine" (a thesaurus synonym), a word here, not a name.
  CHECK(s.search("Kim Hae Sun").hits.empty());
  // The word the article says still ranks it above a synonym's match.
  r = s.search("flower store");
  REQUIRE(r.hits.size() == 2);
  // An index built without repair is searched without spun forms too.
  build(dir.sub("raw"), false);
  CHECK(Searcher(dir.sub("raw")).search("+flower +shop").hits.empty());
}
