// Unit tests of the query side of repair: the thesaurus file reader (over a
// small MyThes file written here), the spun forms of a word, and a search
// that finds a spun article by the word its spinner replaced, but not an
// unspun article that uses the same synonym.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <map>
#include <tuple>

#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"
#include "indexer/lexicon/thesaurus_file.h"
#include "indexer/lexicon/wordnet_file.h"
#include "indexer/repair/spun_forms.h"
#include "query/search/query_builder.h"
#include "test_helpers.h"

using dramasearch::lexicon::ThesaurusFile;
using dramasearch::lexicon::WordNetFile;

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

// One synset of the small WordNet below: its key, words and the keys of
// its hypernyms.
struct TestSynset {
  std::string key;
  std::vector<std::string> words;
  std::vector<std::string> hypernyms;
};

// Writes WordNet's index.PART, data.PART and PART.exc for nouns and verbs
// under `dir` (a licence header of indented lines first, as Debian's files
// have), with real byte offsets; `senses` lists each lemma's synset keys
// commonest first. Returns the directory.
std::string write_wordnet(const testutil::TempDir& dir, const std::vector<std::pair<char, TestSynset>>& synsets,
                          const std::vector<std::tuple<char, std::string, std::vector<std::string>>>& senses,
                          const std::vector<std::pair<char, std::string>>& exceptions) {
  const std::string header = "  1 a licence header line\n  2 another\n";
  std::map<std::string, std::pair<char, long>> offsets;  // key -> part, offset
  // Every line has fixed-width offsets, so lengths are known before offsets.
  auto line_of = [&](char part, const TestSynset& s, long offset) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08ld", offset);
    std::string line = std::string(buf) + " 29 " + part + " ";
    std::snprintf(buf, sizeof buf, "%02zx", s.words.size());
    line += buf;
    for (const auto& w : s.words) line += " " + w + " 0";
    std::snprintf(buf, sizeof buf, " %03zu", s.hypernyms.size());
    line += buf;
    for (const auto& h : s.hypernyms) {
      const auto [hp, ho] = offsets.count(h) ? offsets[h] : std::make_pair('n', 0L);
      std::snprintf(buf, sizeof buf, "%08ld", ho);
      line += std::string(" @ ") + buf + " " + hp + " 0000";
    }
    return line + " | a gloss  \n";
  };
  for (const char part : {'n', 'v'}) {
    long offset = static_cast<long>(header.size());
    for (const auto& [p, s] : synsets)
      if (p == part) {
        offsets[s.key] = {part, offset};
        offset += static_cast<long>(line_of(part, s, offset).size());
      }
  }
  for (const char part : {'n', 'v'}) {
    const std::string name = part == 'n' ? "noun" : "verb";
    std::ofstream data(dir.sub("data." + name), std::ios::binary), index(dir.sub("index." + name), std::ios::binary),
        exc(dir.sub(name + ".exc"), std::ios::binary);
    data << header;
    for (const auto& [p, s] : synsets)
      if (p == part) data << line_of(part, s, offsets[s.key].second);
    index << header;
    for (const auto& [p, lemma, keys] : senses)
      if (p == part) {
        index << lemma << " " << part << " " << keys.size() << " 1 @ " << keys.size() << " 0";
        for (const auto& k : keys) {
          char buf[16];
          std::snprintf(buf, sizeof buf, " %08ld", offsets[k].second);
          index << buf;
        }
        index << "  \n";
      }
    for (const auto& [p, line] : exceptions)
      if (p == part) exc << line << "\n";
  }
  return dir.str();
}

const std::vector<std::pair<char, TestSynset>> kSynsets = {
    {'v', {"express", {"express", "show"}, {}}},
    {'v', {"laugh1", {"laugh", "express_joy"}, {"express"}}},
    {'v', {"laugh2", {"chuckle", "chortle", "laugh"}, {}}},
    {'v', {"run", {"run", "race"}, {}}},
    {'n', {"utterance", {"utterance", "vocalization"}, {}}},
    {'n', {"laugh", {"laugh", "Laughter"}, {"utterance"}}},
    {'n', {"story", {"story", "tale", "narrative"}, {}}},
};
// Sorted by lemma, as WordNet's files are.
const std::vector<std::tuple<char, std::string, std::vector<std::string>>> kSenses = {
    {'v', "laugh", {"laugh1", "laugh2"}}, {'v', "run", {"run"}},
    {'n', "laugh", {"laugh"}},           {'n', "story", {"story"}},
};
const std::vector<std::pair<char, std::string>> kExceptions = {{'v', "ran run"}, {'v', "ridden ride"}};

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
  const WordNetFile no_wordnet("");
  const dramasearch::repair::SpunForms forms(data, th, no_wordnet);
  CHECK(forms.of("laugh") == std::vector<std::string>{"chortle", "chuckle", "laughter", "giggle", "utterance"});
  CHECK(forms.of("shop") == std::vector<std::string>{"store", "browse", "outlet"});
  CHECK(forms.of("mouse").empty());
  // A number word's digits come before the thesaurus.
  data.lexicon.push_back({"2", "two", dramasearch::lexicon::SpinClass::kAmbiguous, 12});
  const dramasearch::repair::SpunForms with_digits(data, th, no_wordnet);
  CHECK(with_digits.of("two") == std::vector<std::string>{"2"});
  CHECK(with_digits.of("twenty") == std::vector<std::string>{"20"});
  CHECK(with_digits.of("fifteen") == std::vector<std::string>{"15"});
  const ThesaurusFile none("");
  CHECK(dramasearch::repair::SpunForms(data, none, no_wordnet).of("laugh") == std::vector<std::string>{"chortle", "chuckle"});
}

TEST_CASE("WordNet gives one-word synset members by sense then generic terms") {
  testutil::TempDir dir;
  const WordNetFile wn(write_wordnet(dir, kSynsets, kSenses, kExceptions));
  REQUIRE(wn.available());
  CHECK(wn.status().find("wordnet ") == 0);
  // The first verb sense, the first noun sense, then the second verb sense;
  // phrases ("express_joy") and the word itself are left out, case folded.
  CHECK(wn.synonyms("laugh", 10) == std::vector<std::string>{"laughter", "chuckle", "chortle"});
  CHECK(wn.synonyms("laugh", 10, true) ==
        std::vector<std::string>{"laughter", "chuckle", "chortle", "express", "show", "utterance", "vocalization"});
  CHECK(wn.synonyms("laugh", 2) == std::vector<std::string>{"laughter", "chuckle"});
  CHECK(wn.synonyms("laugh", 10, false, 1) == std::vector<std::string>{"laughter"});
  // Inflections by rule and by the exception list; an inflection is asked
  // of the parts of speech it can be ("laughed" is no noun).
  CHECK(wn.synonyms("laughed", 10) == std::vector<std::string>{"chuckle", "chortle"});
  CHECK(wn.synonyms("laughs", 10) == wn.synonyms("laugh", 10));
  CHECK(wn.synonyms("stories", 10) == std::vector<std::string>{"tale", "narrative"});
  CHECK(wn.synonyms("ran", 10) == std::vector<std::string>{"race"});
  // Words before, between and after the entries, and in the header.
  CHECK(wn.synonyms("aaa", 10).empty());
  CHECK(wn.synonyms("mouse", 10).empty());
  CHECK(wn.synonyms("zzz", 10).empty());
  CHECK(wn.synonyms("licence", 10).empty());
  CHECK(wn.synonyms("", 10).empty());
}

TEST_CASE("a missing or damaged WordNet gives no synonyms, never an error") {
  testutil::TempDir dir;
  CHECK_FALSE(WordNetFile("").available());
  CHECK(WordNetFile("").synonyms("laugh", 10).empty());
  const WordNetFile missing(dir.sub("nothing"));
  CHECK_FALSE(missing.available());
  CHECK(missing.status().find("off (") == 0);
  write_wordnet(dir, kSynsets, kSenses, kExceptions);
  {
    std::ofstream index(dir.sub("index.noun"), std::ios::binary);
    index << "laugh n 1 0 1 0 00000003  \nstory n 1 0 1 0 99999999  \n";
  }
  const WordNetFile damaged(dir.str());
  CHECK(damaged.synonyms("story", 10).empty());
  CHECK(damaged.synonyms("laugh", 10) == std::vector<std::string>{"chuckle", "chortle"});
}

TEST_CASE("WordNet's forms follow MyThes's, up to the thesauri's cap") {
  testutil::TempDir dir, wn_dir;
  const ThesaurusFile th(write_thesaurus(dir, kEntries));
  const WordNetFile wn(write_wordnet(wn_dir, kSynsets, kSenses, kExceptions));
  dramasearch::lexicon::SpinData data;
  data.lexicon.push_back({"chortle", "laugh", dramasearch::lexicon::SpinClass::kAmbiguous, 2});
  const dramasearch::repair::SpunForms forms(data, th, wn);
  CHECK(forms.of("laugh") == std::vector<std::string>{"chortle", "laughter", "chuckle", "giggle", "utterance",
                                                      "express", "show", "vocalization"});
  CHECK(forms.of("run") == std::vector<std::string>{"race"});
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

TEST_CASE("a large index leaves its commonest thesaurus forms out of a word's spun forms") {
  using namespace dramasearch;
  const Pipeline pipeline;
  // "setting" is a thesaurus synonym of "scene" (no lexicon row of scene).
  const auto forms = pipeline.spun_forms("scene");
  const std::size_t listed = pipeline.listed_spun_forms("scene");
  const auto at = std::find(forms.begin(), forms.end(), "setting");
  if (at == forms.end()) {
    WARN("no system thesaurus gives 'setting' for 'scene'");
    return;
  }
  REQUIRE(static_cast<std::size_t>(at - forms.begin()) >= listed);
  // An index where "set" (the stem of "setting") is in `common` of `total`
  // passages, "scene" in one.
  auto query_with = [&](unsigned common, unsigned total) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (unsigned k = 0; k < total; ++k) {
      Xapian::Document d;
      d.add_term(k < common ? "Zset" : "Zother");
      if (k == 0) d.add_term("Zscene");
      db.add_document(d);
    }
    search::QueryBuilder builder(db);
    return builder.build(pipeline, "scene", SearchOptions{}).query.get_description();
  };
  CHECK(query_with(50, 100).find("Zset") != std::string::npos);      // a small index keeps it
  CHECK(query_with(1500, 3000).find("Zset") == std::string::npos);   // in half of 3,000 passages
  CHECK(query_with(1001, 60000).find("Zset") != std::string::npos);  // under 2% of the passages
}
