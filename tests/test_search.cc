// Unit tests of the Searcher over small indexes built here: each re-ranking
// feature, profiles, facets, collapse, paging, the checks of option values
// and opening with the analysis the index was built with.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"
#include "query/search/fingerprint_check.h"
#include "query/search/required_words.h"
#include "query/search/spun_forms_field.h"
#include "indexer/index/schema.h"
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

// An index of `articles` in a fresh directory, kept while the object lives.
class FixtureIndex {
 public:
  explicit FixtureIndex(const std::vector<Article>& articles) {
    Indexer ix(path());
    for (const auto& a : articles) ix.add(a);
    ix.commit();
  }
  std::string path() const { return dir_.sub("idx"); }

 private:
  testutil::TempDir dir_;
};

std::vector<std::string> ids(const SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.passage_id);
  return out;
}

// `articles` and two unrelated ones, so that BM25 sees common words as common.
std::vector<Article> with_unrelated(std::vector<Article> articles) {
  articles.push_back(article("g1", "Market", "A quiet market opened downtown."));
  articles.push_back(article("g2", "Bakery", "A bakery sells bread near the station."));
  return articles;
}

// Three articles about two fictional dramas, their cast and a rooftop scene.
std::vector<Article> drama_articles() {
  return {
      article("court-1", "Moonlit Courthouse casting",
              "Han Seo Won has been cast as the lawyer Yoon Dae Ho in the legal drama \"Moonlit Courthouse\".\n\n"
              "Kim Ji Won plays the prosecutor Baek Mi Rae in the legal drama \"Moonlit Courthouse\"."),
      article("court-2", "Rooftop rain",
              "The cast of \"Moonlit Courthouse\" filmed a rain scene on the rooftop.\n\n"
              "Han Seo Won laughed between takes while the staff held umbrellas on the rooftop."),
      article("harbor-1", "Harbor news",
              "Han Seo Won will star as the sailor Jang Bo Ra in the drama \"Harbor Lights\"."),
  };
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

TEST_CASE("the entity feature lifts passages naming the query's people, and only it") {
  // "river" matches the words Han, Seo and Won without naming the person;
  // "pottery" names her but matches fewer query words.
  FixtureIndex idx(with_unrelated({
      article("river", "River race",
              "The Han river crew won the rooftop relay, Seo village cheered, and the crew won again on the "
              "rooftop by the rooftop bar."),
      article("wave", "Fan meeting", "Han Seo Won waved to fans from the rooftop stage."),
      article("pottery", "Pottery", "Han Seo Won talked about pottery."),
  }));
  Searcher s(idx.path());
  SearchOptions o;
  o.explain = true;
  const auto with = s.search("Han Seo Won rooftop", o);
  REQUIRE(with.hits.size() == 3);
  REQUIRE(with.hits[0].explain.query_entities == std::vector<std::string>{"Han Seo Won"});
  CHECK(ids(with) == std::vector<std::string>{"wave#0", "pottery#0", "river#0"});
  CHECK(with.hits[1].explain.entity_contribution == Approx(0.35));
  CHECK(with.hits[2].explain.entity_match == 0);

  o.entity_weight = 0;
  const auto without = s.search("Han Seo Won rooftop", o);
  CHECK(ids(without) == std::vector<std::string>{"river#0", "wave#0", "pottery#0"});  // BM25 order
  CHECK(without.hits[0].explain.bm25_normalized == Approx(1));
  for (const auto& h : without.hits) CHECK(h.score == Approx(h.explain.bm25_normalized));
}

TEST_CASE("the kind feature lifts passages of the kind the query asks for, and only it") {
  // The casting news matches the words better; the query asks about a scene.
  FixtureIndex idx(with_unrelated({
      article("cast", "Casting news",
              "Kim Ji Won has been cast as the lead role of Moonlit Courthouse; filming begins in May on a rooftop "
              "set, with more filming on the rooftop of a tower."),
      article("scene", "Set report",
              "The actors were filming a rain scene on the rooftop at night while the staff held umbrellas."),
  }));
  Searcher s(idx.path());
  SearchOptions o;
  o.explain = true;
  const auto with = s.search("rooftop filming", o);
  REQUIRE(with.hits.size() == 2);
  REQUIRE(with.hits[0].explain.query_kind == "scene");
  CHECK(ids(with) == std::vector<std::string>{"scene#0", "cast#0"});
  CHECK(with.hits[0].kind == "scene");
  CHECK(with.hits[0].explain.kind_contribution == Approx(0.25));
  CHECK(with.hits[1].kind == "cast");

  o.kind_weight = 0;
  const auto without = s.search("rooftop filming", o);
  CHECK(ids(without) == std::vector<std::string>{"cast#0", "scene#0"});  // BM25 order
  CHECK(without.hits[0].explain.bm25_normalized == Approx(1));
}

TEST_CASE("the credit feature lifts, for a cast question, the passage crediting the character it names") {
  // The second passage, shorter, matches the words better; only the first says who plays her.
  FixtureIndex idx(with_unrelated({
      article("harbor", "Harbor Lights",
              "In Harbor Lights, Kim Seol Hee plays Do Yeon Su, a customs officer.\n\n"
              "Do Yeon Su plays by the rules."),
  }));
  Searcher s(idx.path());
  SearchOptions o;
  o.explain = true;
  o.all_passages = true;
  o.kind_weight = 0;  // both are about the cast; this isolates the credit
  o.credit_weight = 0;
  const auto without = s.search("who plays Do Yeon Su", o);
  REQUIRE(without.hits.size() == 2);
  CHECK(ids(without) == std::vector<std::string>{"harbor#1", "harbor#0"});
  CHECK_FALSE(without.hits[1].explain.credit_match);  // measured only with a weight

  o.credit_weight = 0.2;
  const auto with = s.search("who plays Do Yeon Su", o);
  REQUIRE(with.hits.size() == 2);
  CHECK(ids(with) == std::vector<std::string>{"harbor#0", "harbor#1"});
  CHECK(with.hits[0].explain.credit_match);
  CHECK(with.hits[0].explain.credit_contribution == Approx(0.2));
  CHECK_FALSE(with.hits[1].explain.credit_match);
  // The query reads "Do Yeon Su" as a person (Do is a family name); the
  // index knows a character: the entity feature uses the index's reading.
  CHECK(with.hits[0].explain.query_entities == std::vector<std::string>{"Do Yeon Su"});
  CHECK(with.hits[0].explain.entity_match == Approx(1));

  // A question about a scene is not about who plays her.
  const auto scene = s.search("Do Yeon Su chase scene", o);
  for (const auto& h : scene.hits) CHECK_FALSE(h.explain.credit_match);
}

TEST_CASE("who and cast_of gather the credits of the passages") {
  FixtureIndex idx(drama_articles());
  Searcher s(idx.path());
  const PersonProfile p = s.who("han seo won");  // names match case-insensitively
  CHECK(p.name == "Han Seo Won");                // spelled as in the articles
  CHECK(p.passages == 3);
  CHECK(p.articles == std::vector<std::string>{"court-1", "court-2", "harbor-1"});
  REQUIRE(p.roles.size() == 2);
  CHECK(p.roles[0].drama == "Harbor Lights");
  CHECK(p.roles[0].character == "Jang Bo Ra");
  CHECK(p.roles[0].articles == std::vector<std::string>{"harbor-1"});
  CHECK(p.roles[1].drama == "Moonlit Courthouse");
  CHECK(p.roles[1].character == "Yoon Dae Ho");
  CHECK(s.who("Han Seo").passages == 0);  // whole names only

  const DramaProfile d = s.cast_of("Moonlit Courthouse");
  CHECK(d.title == "Moonlit Courthouse");
  CHECK(d.passages == 4);
  CHECK(d.articles == std::vector<std::string>{"court-1", "court-2"});
  REQUIRE(d.cast.size() == 2);
  CHECK(d.cast[0].name == "Han Seo Won");
  CHECK(d.cast[0].character == "Yoon Dae Ho");
  CHECK(d.cast[1].name == "Kim Ji Won");
  CHECK(d.cast[1].character == "Baek Mi Rae");
  CHECK(d.cast[1].articles == std::vector<std::string>{"court-1"});
  CHECK(s.cast_of("Harbor Lights").cast.size() == 1);
  CHECK(s.cast_of("Unknown Title").passages == 0);
}

TEST_CASE("facets count people, dramas and kinds over every matching passage") {
  FixtureIndex idx(drama_articles());
  Searcher s(idx.path());
  SearchOptions o;
  o.facets = true;
  o.all_copies = true;  // per passage; by default per story (below)
  o.limit = 1;  // facets do not depend on the page
  const auto r = s.search("Han Seo Won", o);
  auto counts = [](const std::vector<FacetCount>& v) {
    std::map<std::string, std::size_t> m;
    for (const auto& c : v) m[c.value] = c.count;
    return m;
  };
  // Matches: court-1 #0 and #1 (Kim Ji Won has "won"), court-2 #1, harbor-1 #0.
  CHECK(counts(r.facets.people) == std::map<std::string, std::size_t>{{"Han Seo Won", 3}, {"Kim Ji Won", 1}});
  CHECK(counts(r.facets.dramas) ==
        std::map<std::string, std::size_t>{{"Moonlit Courthouse", 3}, {"Harbor Lights", 1}});
  CHECK(counts(r.facets.kinds) == std::map<std::string, std::size_t>{{"cast", 3}, {"scene", 1}});
  REQUIRE(r.facets.people.size() == 2);
  CHECK(r.facets.people[0].value == "Han Seo Won");  // most frequent first

  // The kinds agree with the passages themselves.
  SearchOptions all;
  all.all_passages = true;
  all.limit = 100;
  std::map<std::string, std::size_t> kinds;
  for (const auto& h : s.search("Han Seo Won", all).hits) ++kinds[h.kind];
  CHECK(kinds == counts(r.facets.kinds));
  CHECK(s.search("Han Seo Won", all).facets.people.empty());  // only when asked for

  // By default each value counts once per story (here: per article).
  o.all_copies = false;
  const auto stories = s.search("Han Seo Won", o);
  CHECK(counts(stories.facets.people)["Han Seo Won"] == 3);  // named once in each of three articles
  CHECK(counts(stories.facets.dramas)["Moonlit Courthouse"] == 2);
  CHECK(counts(stories.facets.dramas)["Harbor Lights"] == 1);
}

TEST_CASE("collapse shows each article's best passage; all_passages shows every one") {
  FixtureIndex idx(drama_articles());
  Searcher s(idx.path());
  SearchOptions all;
  all.all_passages = true;
  const auto every = s.search("rooftop OR drama", all);
  const auto best = s.search("rooftop OR drama");
  CHECK(every.hits.size() == 5);  // "drama" in court-1 twice and harbor-1; "rooftop" in court-2 twice
  REQUIRE(best.hits.size() == 3);
  // Each collapsed hit is its article's first passage in the full ranking,
  // and the articles keep their order.
  std::vector<std::string> firsts, seen;
  for (const auto& h : every.hits)
    if (std::find(seen.begin(), seen.end(), h.article_id) == seen.end()) {
      seen.push_back(h.article_id);
      firsts.push_back(h.passage_id);
    }
  CHECK(ids(best) == firsts);
  CHECK(best.hits[2].rank == 3);
}

TEST_CASE("offset and limit page through the ranking") {
  FixtureIndex idx(drama_articles());
  Searcher s(idx.path());
  SearchOptions o;
  o.all_passages = true;
  o.limit = 100;
  const auto whole = s.search("Han Seo Won OR rooftop", o);
  REQUIRE(whole.hits.size() == 5);
  std::vector<std::string> paged;
  o.limit = 2;
  for (o.offset = 0; o.offset < 6; o.offset += 2) {
    const auto page = s.search("Han Seo Won OR rooftop", o);
    CHECK(page.hits.size() == std::min<std::size_t>(2, 5 - o.offset));
    for (std::size_t i = 0; i < page.hits.size(); ++i) {
      CHECK(page.hits[i].rank == o.offset + i + 1);  // ranks count from the first page
      paged.push_back(page.hits[i].passage_id);
    }
  }
  CHECK(paged == ids(whole));
  o.offset = 5;
  CHECK(s.search("Han Seo Won OR rooftop", o).hits.empty());
}

TEST_CASE("option values are checked once, with messages naming the option") {
  CHECK(parse_search_date("--since", "2025-03-14") == "20250314");
  CHECK_THROWS_WITH(parse_search_date("--since", "2025-3-14"), "--since must be YYYY-MM-DD, not '2025-3-14'");
  CHECK_THROWS_WITH(parse_search_date("until", "2025-03-1x"), "until must be YYYY-MM-DD, not '2025-03-1x'");
  CHECK_NOTHROW(check_search_kind("kind", ""));
  CHECK_NOTHROW(check_search_kind("kind", "scene"));
  CHECK_THROWS_WITH(check_search_kind("--kind", "Scene"), "--kind must be scene, cast or other, not 'Scene'");
  CHECK(parse_spun("spun", "") == SearchOptions::Spun::kAny);
  CHECK(parse_spun("spun", "any") == SearchOptions::Spun::kAny);
  CHECK(parse_spun("spun", "only") == SearchOptions::Spun::kOnly);
  CHECK(parse_spun("spun", "exclude") == SearchOptions::Spun::kExclude);
  CHECK_THROWS_WITH(parse_spun("--spun", "some"), "--spun must be any, only or exclude, not 'some'");

  // The searcher applies the same checks to its options.
  FixtureIndex idx(drama_articles());
  Searcher s(idx.path());
  SearchOptions o;
  o.until = "tomorrow";
  CHECK_THROWS_WITH(s.search("rooftop", o), "until must be YYYY-MM-DD, not 'tomorrow'");
  o.until.clear();
  o.kind = "scenes";
  CHECK_THROWS_WITH(s.search("rooftop", o), "kind must be scene, cast or other, not 'scenes'");
}

TEST_CASE("stats say which commit each database is at") {
  FixtureIndex a(drama_articles());
  FixtureIndex b({article("other-1", "Other", "Kim Ji Won filmed a scene at the beach.")});
  Searcher s(a.path());
  const IndexStats before = s.stats();
  REQUIRE(before.databases.size() == 1);
  CHECK(before.databases[0].name == a.path());
  REQUIRE(before.databases[0].revision);
  CHECK(*before.databases[0].revision > 0);
  CHECK(before.revision == *before.databases[0].revision);
  CHECK(!before.last_commit.empty());
  CHECK(before.last_commit == before.databases[0].last_commit);
  {
    Indexer ix(a.path());
    ix.add(article("court-3", "More", "The cast of \"Moonlit Courthouse\" filmed at night."));
    ix.commit();
  }
  s.reopen();
  CHECK(s.stats().revision > before.revision);  // a commit is a new revision

  Searcher both(std::vector<std::string>{a.path(), b.path()}, SearcherOptions{});
  const IndexStats st = both.stats();
  REQUIRE(st.databases.size() == 2);
  CHECK(st.databases[1].name == b.path());
  CHECK(st.revision == *st.databases[0].revision + *st.databases[1].revision);
  CHECK(st.last_commit == std::max(st.databases[0].last_commit, st.databases[1].last_commit));
}

TEST_CASE("required words are required of the article, and passages holding them all come first") {
  // court-2 says "umbrellas" in one paragraph and "filmed" in the other.
  FixtureIndex fx(drama_articles());
  Searcher s(fx.path());
  auto r = s.search("+umbrellas +filmed");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].article_id == "court-2");
  // Every word in one passage: that passage first, the article once.
  SearchOptions all;
  all.all_passages = true;
  r = s.search("+rooftop +umbrellas", all);
  REQUIRE(r.hits.size() == 2);
  CHECK(r.hits[0].passage_id == "court-2#1");
  CHECK(r.hits[1].passage_id == "court-2#0");
  // A word no article holds still empties the result.
  CHECK(s.search("+umbrellas +submarine").hits.empty());
  // An excluded word is still excluded.
  CHECK(s.search("+umbrellas +filmed -rain").hits.empty());
}

TEST_CASE("split_required takes the + off plain required words only") {
  using search::split_required;
  auto s = split_required("+han _sx:seo +_sx:won \"+quoted words\" +title:x +line-up +moonl* (+couch)");
  CHECK(s.words == std::vector<std::string>{"han", "_sx:won", "couch"});
  CHECK(s.loose == "han _sx:seo _sx:won \"+quoted words\" +title:x +line-up +moonl* (couch)");
  CHECK(split_required("a+b +").words.empty());
}

TEST_CASE("a word's spun forms weigh as one word, in spun passages only") {
  // Three passages of equal length: two spun ones that hold the word's
  // spun forms twice (two different forms, or one form twice), and an
  // unspun one that holds a form.
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  auto add = [&](std::vector<std::string> terms, bool spun) {
    Xapian::Document d;
    for (const auto& t : terms) d.add_term(t);
    if (spun) d.add_boolean_term(schema::kSpun);
    d.add_term("Zfiller", 3);
    return db.add_document(d);
  };
  const auto two_forms = add({"Zchuckl", "Zgiggl"}, true);
  const auto one_form_twice = add({"Zchuckl", "Zchuckl"}, true);
  add({"Zchuckl", "Zchuckl"}, false);
  Xapian::Enquire e(db);
  e.set_query(search::spun_forms_query("Zlaugh", {"Zchuckl", "Zgiggl"}));
  const Xapian::MSet m = e.get_mset(0, 10);
  REQUIRE(m.size() == 2);
  // Two forms are the word twice, not two words.
  std::map<Xapian::docid, double> weight;
  for (auto it = m.begin(); it != m.end(); ++it) weight[*it] = it.get_weight();
  CHECK(weight.at(two_forms) == Approx(weight.at(one_form_twice)));
}

TEST_CASE("a title spun alike at every mention is found by the name it may have had") {
  // "town" is a spun form of "city" that repair keeps in doubt (indexed,
  // not shown): the title is named as written, or reread as "Lovers In The
  // City Tower" where the language model is installed; either way the
  // other name is a further term of the same drama.
  FixtureIndex fx({article("spun", "Lovers In The Town Tower premiere",
                           "The solid of the drama \"Lovers In The Town Tower\" filmed a scene on the seaside with "
                           "a canine. The manufacturing crew mentioned that the lead actress opened a flower store "
                           "within the first episode.")});
  Searcher s(fx.path());
  auto r = s.search("drama:\"Lovers in the City Tower\"");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].article_id == "spun");
  CHECK(s.search("drama:\"Lovers in the Town Tower\"").hits.size() == 1);
  // Shown as written.
  CHECK(r.hits[0].text.find("Lovers In The Town Tower") != std::string::npos);
  CHECK(s.search("drama:\"Lovers in the City Hall\"").hits.empty());
}
