// Unit tests of spin repair over a small fixture lexicon (tests/fixtures/
// spin-data) so that the expectations do not move with the real lexicon.
#include <catch2/catch.hpp>

#include "dramasearch/despin.h"
#include "dramasearch/pipeline.h"
#include "indexer/repair/context_judge.h"
#include "test_helpers.h"

using dramasearch::Analysis;
using dramasearch::Pipeline;

namespace {
const Pipeline& fixture_pipeline() {
  static const Pipeline p(Pipeline::Options{true, testutil::fixture("spin-data")});
  return p;
}
}  // namespace

TEST_CASE("sure lexicon phrases are repaired, longest match first") {
  const Analysis a = fixture_pipeline().analyse("They filmed inside the tenting automotive with a digicam.");
  CHECK(a.text == "They filmed inside the camping car with a camera.");
  REQUIRE(a.edits.size() == 2);
  CHECK(a.edits[0].from == "tenting automotive");
  CHECK(a.edits[0].to == "camping car");
  CHECK(a.edits[0].reason == "lexicon");
  CHECK(a.spun_tokens == 3);
}

TEST_CASE("repair restores the case of the spun words") {
  CHECK(fixture_pipeline().analyse("Digicams were everywhere.").text == "Cameras were everywhere.");
  CHECK(fixture_pipeline().analyse("DIGICAM ROLLING").text == "CAMERA ROLLING");
}

TEST_CASE("ambiguous words change only in a supporting context") {
  const auto& p = fixture_pipeline();
  CHECK(p.analyse("The ice was solid within hours.").text == "The ice was solid within hours.");
  CHECK(p.analyse("the solid of Lovestruck arrived").text == "the cast of Lovestruck arrived");
  CHECK(p.analyse("The solid members laughed").text == "The cast members laughed");
  CHECK(p.analyse("they received married last year").text == "they got married last year");
}

TEST_CASE("uncertain candidates are kept in the text but indexed as alternates") {
  // Some spin evidence from the article, not enough to change the text.
  const Analysis a = fixture_pipeline().analyse("The ice was solid.", 0.005);
  REQUIRE(a.edits.size() == 1);
  CHECK_FALSE(a.edits[0].applied);
  bool found = false;
  for (const auto& t : a.tokens)
    if (t.term == "solid") found = std::find(t.alternates.begin(), t.alternates.end(), "cast") != t.alternates.end();
  CHECK(found);
  CHECK(a.edits[0].indexed);
  CHECK(a.spun_tokens == 0);
}

namespace {
bool has_alternate(const Analysis& a, const std::string& term, const std::string& alt) {
  for (const auto& t : a.tokens)
    if (t.term == term && std::find(t.alternates.begin(), t.alternates.end(), alt) != t.alternates.end())
      return true;
  return false;
}
}  // namespace

TEST_CASE("an unspun text does not index the originals of ordinary words") {
  const Analysis a = fixture_pipeline().analyse("The ice was solid.");
  REQUIRE(a.edits.size() == 1);
  CHECK_FALSE(a.edits[0].applied);
  CHECK_FALSE(a.edits[0].indexed);
  CHECK(a.edits[0].also.empty());
  CHECK_FALSE(has_alternate(a, "solid", "cast"));
}

TEST_CASE("densely spun text repairs observed ordinary words on article evidence") {
  const auto& p = fixture_pipeline();
  const Analysis a = p.analyse("She mentioned the digicam.", 0.05);
  CHECK(a.text == "She said the camera.");
  REQUIRE(a.edits.size() == 2);
  CHECK(a.edits[0].reason == "article evidence");
  CHECK(a.edits[1].reason == "lexicon");
  // The same words in an unspun text stay.
  CHECK(p.analyse("She mentioned the camera.").text == "She mentioned the camera.");
}

TEST_CASE("evidence alone changes no function word and no two-way swap") {
  const auto& p = fixture_pipeline();
  const Analysis a = p.analyse("You can share feelings and emotions.", 0.05);
  CHECK(a.text == "You can share feelings and emotions.");
  // Both stay searchable by the other wording.
  CHECK(has_alternate(a, "can", "will"));
  CHECK(has_alternate(a, "feelings", "emotions"));
}

TEST_CASE("further originals of a spun form are indexed, one is displayed") {
  const Analysis a = fixture_pipeline().analyse("They needed time.", 0.05);
  if (dramasearch::repair::ContextJudge::shared().available()) {
    // The judge picks the original that reads best here ("had time").
    CHECK(a.text == "They had time.");
    CHECK(a.edits.at(0).reason == "context");
    CHECK(has_alternate(a, "had", "wanted"));
    CHECK(has_alternate(a, "had", "needed"));
  } else {
    // Without it, the first row's original.
    CHECK(a.text == "They wanted time.");
    CHECK(has_alternate(a, "wanted", "had"));
    CHECK(has_alternate(a, "wanted", "needed"));
  }
}

TEST_CASE("applied repairs keep the spun form as an alternate") {
  const Analysis a = fixture_pipeline().analyse("a digicam");
  REQUIRE(a.tokens.size() == 2);
  CHECK(a.tokens[1].term == "camera");
  CHECK(a.tokens[1].alternates == std::vector<std::string>{"digicam"});
}

TEST_CASE("likely words follow the spin evidence of the text") {
  const auto& p = fixture_pipeline();
  // No other sign of spinning: "whereas" stays.
  CHECK(p.analyse("He waited, whereas she left.").text == "He waited, whereas she left.");
  // Strong evidence from sure phrases: "whereas" is repaired too.
  CHECK(p.analyse("A coronary heart, a digicam, whereas a summer time evening.", -1).text ==
        "A heart, a camera, while a summer night.");
  // Evidence can be given from the whole article.
  CHECK(p.analyse("He waited, whereas she left.", 0.5).text == "He waited, while she left.");
}

TEST_CASE("gazetteer names are found in their spun forms") {
  const auto& p = fixture_pipeline();
  CHECK(p.analyse("She sang on Music Financial institution today.").text == "She sang on Music Bank today.");
  CHECK(p.analyse("Kim Ji Received smiled.").text == "Kim Ji Won smiled.");
  CHECK(p.analyse("They watched House Alone.").text == "They watched Home Alone.");
  // Lower case is ordinary English, not a title.
  CHECK(p.analyse("a house alone on the hill").text == "a house alone on the hill");
}

TEST_CASE("unknown Korean names with spun syllables are repaired by pattern") {
  const auto& p = fixture_pipeline();
  const Analysis a = p.analyse("Park Min Gained and Lee Soo Web optimization met.");
  CHECK(a.text == "Park Min Won and Lee Soo Seo met.");
  REQUIRE(a.edits.size() == 2);
  CHECK(a.edits[0].reason == "name");
  // Not a name: no family name before it.
  CHECK(p.analyse("The team Received praise.").text == "The team Received praise.");
  // A family name swapped for a word, with both given-name syllables after it.
  CHECK(p.analyse("Okay Ji Received arrived early.").text == "Ok Ji Won arrived early.");
  CHECK(p.analyse("Okay Min Soo arrived early.").text == "Ok Min Soo arrived early.");
  // One syllable after it is too little: a phrase as often as a name.
  CHECK(p.analyse("Okay In the end it rained.").text == "Okay In the end it rained.");
  // A possessive stays; a syllable spun into a phrase is a name without a
  // genuine syllable beside it, after a family name or a short form's syllable.
  CHECK(p.analyse("Lee Soo Web optimization's dog barked.").text == "Lee Soo Seo's dog barked.");
  CHECK(p.analyse("Han Web optimization's sister smiled.").text == "Han Seo's sister smiled.");
  CHECK(p.analyse("Min Web optimization's sister smiled.").text == "Min Seo's sister smiled.");
  // One ordinary spun word after a family name stays a headline's word.
  CHECK(p.analyse("Kim Received praise.").text == "Kim Received praise.");
  // A hyphenated given name writes its spun syllable lower case.
  CHECK(p.analyse("It is directed by Park Min-received.").text == "It is directed by Park Min-won.");
  CHECK(p.analyse("It is directed by Park Min-Received.").text == "It is directed by Park Min-won.");
  CHECK(p.analyse("a self-received parcel").text == "a self-received parcel");
}

TEST_CASE("phrases do not match across line breaks or punctuation") {
  const auto& p = fixture_pipeline();
  CHECK(p.analyse("tenting\n\nautomotive").text == "tenting\n\nautomotive");
  CHECK(p.analyse("tenting. Automotive").text == "tenting. Automotive");
}

TEST_CASE("repair off passes text through") {
  const Pipeline p(Pipeline::Options{false, ""});
  CHECK(p.analyse("a digicam").text == "a digicam");
  CHECK_FALSE(p.repair_enabled());
}

TEST_CASE("despin keeps layout and typography of the input") {
  const auto r = dramasearch::despin(fixture_pipeline(), "“The digicam,” she said.\n\nIt’s a tenting automotive.\n");
  CHECK(r.text == "“The camera,” she said.\n\nIt’s a camping car.\n");
  REQUIRE(r.edits.size() == 2);
  CHECK(r.edits[0].spun == "digicam");
  CHECK(r.edits[0].offset == std::string("“The ").size());
}

TEST_CASE("fingerprint changes with the data and the options") {
  const Pipeline off(Pipeline::Options{false, ""});
  CHECK(off.fingerprint() != fixture_pipeline().fingerprint());
}

TEST_CASE("Title Case spun phrases come back in Title Case") {
  CHECK(fixture_pipeline().analyse("Turn A Tenting Automotive Into A Home").text == "Turn A Camping Car Into A Home");
}

// The context judge reads the Debian trigram model; where it is not
// installed these cases check only that repair goes on without it.
using dramasearch::repair::ContextJudge;

namespace {
bool judge_installed() {
  if (ContextJudge::shared().available()) return true;
  WARN("no language model (" << ContextJudge::shared().status() << "): context judge cases skipped");
  return false;
}
const dramasearch::Edit* edit_of(const Analysis& a, const std::string& from) {
  for (const auto& e : a.edits)
    if (e.from == from) return &e;
  return nullptr;
}
}  // namespace

TEST_CASE("the context judge prefers the original between its neighbours") {
  if (!judge_installed()) return;
  const auto& j = ContextJudge::shared();
  const auto cast = j.preference({"the"}, {"cast"}, {"solid"}, {"of", "the"});
  REQUIRE(cast);
  CHECK(*cast > 1.0);
  const auto season = j.preference({"returns", "in"}, {"season", "two"}, {"time", "two"}, {"of", "the"});
  REQUIRE(season);
  CHECK(*season > 1.0);
  // Where the spun word is the natural one, the verdict goes the other way.
  const auto said = j.preference({"as"}, {"said"}, {"mentioned"}, {"above"});
  REQUIRE(said);
  CHECK(*said < 0);
  // A word the model does not know gets no verdict.
  CHECK_FALSE(j.preference({"the"}, {"qxzvbnq"}, {"solid"}, {"of"}));
}

TEST_CASE("without its model the judge is off and gives no verdict") {
  const ContextJudge none("");
  CHECK_FALSE(none.available());
  CHECK(none.status().rfind("off", 0) == 0);
  CHECK_FALSE(none.preference({"the"}, {"cast"}, {"solid"}, {"of"}));
  const ContextJudge missing("/nonexistent/model.lm.bin");
  CHECK_FALSE(missing.available());
  CHECK(missing.status().find("/nonexistent/model.lm.bin") != std::string::npos);
  // A file that is not a model: no verdict, and the status says so.
  const std::string bad = std::string(testutil::fixture("spin-data")) + "/spin-lexicon.tsv";
  const ContextJudge unreadable(bad);
  CHECK_FALSE(unreadable.preference({"the"}, {"cast"}, {"solid"}, {"of"}));
  if (unreadable.available()) CHECK(unreadable.status().rfind("off (cannot read", 0) == 0);
  // Repair itself never depends on it.
  CHECK(fixture_pipeline().analyse("a digicam", 0.05).text == "a camera");
}

TEST_CASE("the judge holds back an evidence edit that reads worse than the spun word") {
  if (!judge_installed()) return;
  const auto& p = fixture_pipeline();
  const Analysis a = p.analyse("As mentioned above, the digicam was ready.", 0.05);
  CHECK(a.text == "As mentioned above, the camera was ready.");
  const auto* e = edit_of(a, "mentioned");
  REQUIRE(e);
  CHECK_FALSE(e->applied);
  CHECK(e->reason == "context");
  // Still indexed under the original wording.
  CHECK(has_alternate(a, "mentioned", "said"));
}

TEST_CASE("the judge admits an ambiguous candidate its neighbours strongly favour") {
  if (!judge_installed()) return;
  const auto& p = fixture_pipeline();
  const Analysis a = p.analyse("They filmed within the city at night.", 0.05);
  CHECK(a.text == "They filmed in the city at night.");
  const auto* e = edit_of(a, "within");
  REQUIRE(e);
  CHECK(e->applied);
  CHECK(e->reason == "context");
  // Without spin evidence an ordinary word is never admitted.
  CHECK(p.analyse("They filmed within the city at night.", 0.0).text == "They filmed within the city at night.");
}

TEST_CASE("a spun phrase is repaired by context in an otherwise lightly spun article") {
  if (!judge_installed()) return;
  const auto& p = fixture_pipeline();
  const std::string pre = "The cast met the press on Monday to talk about the show and the plans of the director. ";
  const Analysis a = p.analyse(pre + "The drama returns in time two of the series next year.");
  CHECK(a.text == pre + "The drama returns in season two of the series next year.");
  // The same words where they are the author's own stay.
  const Analysis b = p.analyse(pre + "They met for the first time two years ago at a party.");
  CHECK(b.text == pre + "They met for the first time two years ago at a party.");
}

TEST_CASE("queries are not judged") {
  // Short text without article context: the lexicon and evidence decide.
  const Analysis a = fixture_pipeline().analyse("filmed within the city");
  CHECK(a.text == "filmed within the city");
}

TEST_CASE("the judge does not admit a word of a name or title written inside prose") {
  if (!judge_installed()) return;
  const auto& p = fixture_pipeline();
  // Between lower-case words the word is judged as English.
  CHECK(p.analyse("Last night the whole cast filmed within the city in the rain.", 0.05).text ==
        "Last night the whole cast filmed in the city in the rain.");
  // Capitalized next to a capitalized word in a lower-case sentence it
  // belongs to a title: kept as written, and still indexed.
  const Analysis a = p.analyse("Last night the cast of Love Within The Walls filmed a scene in the rain.", 0.05);
  CHECK(a.text == "Last night the cast of Love Within The Walls filmed a scene in the rain.");
  CHECK(has_alternate(a, "within", "in"));
  // A Title Case headline is not prose: its words are judged.
  CHECK(p.analyse("The Whole Cast Filmed Within The City In The Rain", 0.05).text ==
        "The Whole Cast Filmed In The City In The Rain");
}

TEST_CASE("a word a human may write counts once in the evidence however often it is repeated") {
  const Pipeline& p = fixture_pipeline();
  // "whereas" (likely: an author may write it) four times in an unspun
  // article of 60 words: one hit, below the likely threshold, so it stays.
  std::string text = "The story is set in the port, whereas the last one was not. ";
  for (int k = 0; k < 3; ++k) text += "The cast filmed at night, whereas the crew slept near the water and the boats. ";
  const Analysis a = p.analyse(text);
  CHECK(a.text == p.analyse(text).original);
  CHECK(a.text.find("whereas") != std::string::npos);
  // The same word among other spun forms is repaired.
  const Analysis spun = p.analyse("The metropolis is quiet, whereas the financial institution is busy with a digicam.");
  CHECK(spun.text.find("whereas") == std::string::npos);
}
