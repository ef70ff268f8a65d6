// Entity recognition on spun text: titles spelled differently at each
// mention, Korean names with a spun syllable, spun credit cues, titles in
// asides. The spin data is written here, so the tests do not depend on the
// bundled lexicon's rows.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>

#include "dramasearch/article_analysis.h"
#include "dramasearch/pipeline.h"
#include "indexer/entities/title_variants.h"
#include "test_helpers.h"

using namespace dramasearch;

namespace {

const testutil::TempDir& data_dir() {
  static const testutil::TempDir dir = [] {
    testutil::TempDir d;
    auto write = [&](const std::string& name, const std::string& content) {
      std::ofstream(d.sub(name)) << content;
    };
    write("spin-lexicon.tsv",
          "final\tlast\tambiguous\tobs\t2\n"
          "previous\tpast\tambiguous\tobs\t4\n"
          "previous\told\tambiguous\tobs\t6\n"
          "associates\tfriends\tambiguous\tpattern\t0\n"
          "buddies\tfriends\tambiguous\tinfl\t1\n"
          "within\tin\tambiguous\tobs\t19\n"
          "performs\tplays\tambiguous\tobs\t17\n"
          "selection present\tvariety show\tsure\tobs\t3\n"
          "solid\tcast\tambiguous\tobs\t4\n"
          "as soon as once more\tonce again\tsure\tobs\t2\n");
    write("context-rules.tsv", "");
    write("gazetteer.tsv", "");
    write("family-names.txt", "Kim\nLee\nSong\nNam\nChoi\nDo\nYoo\nBae\nLim\nSeol\nByun\nSeo\n");
    write("name-syllables.tsv",
          "Song\tTrack,Tune\nWon\tReceived,Gained\nHa\t\nRin\t\nGung\t\nJi\t\nSeo\tWeb optimization\n");
    return d;
  }();
  return dir;
}

const Pipeline& pipeline() {
  static const Pipeline p(Pipeline::Options{true, data_dir().str()});
  return p;
}

AnalysedArticle analyse(const std::string& title, const std::string& body) {
  Article article;
  article.id = "t";
  article.title = title;
  article.body = body;
  return analyse_article(pipeline(), article);
}

std::vector<std::string> names(const AnalysedArticle& a, EntityType type) {
  std::vector<std::string> out;
  for (const auto& p : a.passages)
    for (const auto& e : p.info.entities)
      if (e.type == type && std::find(out.begin(), out.end(), e.name) == out.end()) out.push_back(e.name);
  return out;
}

std::vector<CastCredit> credits(const AnalysedArticle& a) {
  std::vector<CastCredit> out;
  for (const auto& p : a.passages) out.insert(out.end(), p.info.cast.begin(), p.info.cast.end());
  return out;
}

// The article's credits as (actor, character) pairs.
std::set<std::pair<std::string, std::string>> roles_of(const AnalysedArticle& a) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& c : credits(a)) out.insert({c.actor, c.character});
  return out;
}

// The title of `words` words that starts at the first token `first` of `a`.
entities::TitleMention mention_at(const Analysis& a, const std::string& first, std::size_t words,
                                  const std::string& name) {
  std::size_t k = 0;
  while (a.tokens[k].term != first) ++k;
  return {&a, k, k + words, EntityType::kDrama, name, false};
}

// A stand-in for the language model: each changed word gains what `gain`
// gives its replacement (`otherwise` for the rest).
entities::TitleScorer scorer(std::map<std::string, double> gain, double otherwise) {
  return [gain, otherwise](const std::vector<std::string>& cand, const std::vector<std::string>& written) {
    double total = 0;
    for (std::size_t k = 0; k < cand.size(); ++k)
      if (cand[k] != written[k]) total += gain.count(cand[k]) ? gain.at(cand[k]) : otherwise;
    return std::optional<double>(total);
  };
}
}  // namespace

TEST_CASE("one title spun differently at each mention gets one name") {
  const auto a = analyse("Camp Associates Welcomes A New Member",
                         "Lim Do Hyun is joining the selection present Camp Associates.\n\n"
                         "On Camp Buddies, celebrities run a campsite. Lim Do Hyun will join Choi Bo Mi.\n\n"
                         "Camp Associates airs on Sundays.");
  CHECK(names(a, EntityType::kShow) == std::vector<std::string>{"Camp Friends"});
  CHECK(a.drama == "Camp Friends");
  for (const auto& c : credits(a)) CHECK(c.drama == "Camp Friends");
}

TEST_CASE("the original another mention was spun from wins") {
  const auto a = analyse("The Final Letter Tops The Box Office",
                         "The film The Final Letter topped the box office.\n\n"
                         "Kim Woo Hyun said, \"I read the script of The Last Letter in one night.\"\n\n"
                         "The Final Letter is directed by Bae Kyung Ho.");
  CHECK(names(a, EntityType::kFilm) == std::vector<std::string>{"The Last Letter"});
}

TEST_CASE("at a tie, a spun word with one possible original outweighs one with several") {
  // "final" is only ever "last"; "previous" may be "past" or "old".
  const auto a = analyse("The Previous Letter Tops The Box Office",
                         "The movie The Previous Letter topped the box office within its first week, and the "
                         "selection present stars came to see it.\n\n"
                         "Kim Woo Hyun performs the mailman. He said, \"I read the script of The Final Letter in one "
                         "night.\"\n\n"
                         "The Final Letter is directed by Bae Kyung Ho, and the solid includes Choi Ye Na.");
  CHECK(names(a, EntityType::kFilm) == std::vector<std::string>{"The Last Letter"});
}

TEST_CASE("two different titles in an unspun article stay apart") {
  const auto a = analyse("Lemon Diary And Lemon Tree",
                         "Kim Ha Rin plays Joo Ae Ri in the drama Lemon Diary. "
                         "Lee Min Ho plays Yoo Jin in the drama Lemon Tree.");
  const auto dramas = names(a, EntityType::kDrama);
  CHECK(std::find(dramas.begin(), dramas.end(), "Lemon Diary") != dramas.end());
  CHECK(std::find(dramas.begin(), dramas.end(), "Lemon Tree") != dramas.end());
}

TEST_CASE("in a spun article, two titles that differ only in a name stay apart") {
  // (Spun: "selection present" is a sure row of the data above.)
  const auto a = analyse("Remake Confirms Its Solid",
                         "The remake of the Japanese drama Tokyo Night Clinic has finalized its solid within a week, "
                         "and the selection present stars came to see it.\n\n"
                         "Bae Jin Ho performs the surgeon in the remake, titled Seoul Night Clinic.");
  const auto dramas = names(a, EntityType::kDrama);
  CHECK(std::find(dramas.begin(), dramas.end(), "Tokyo Night Clinic") != dramas.end());
  CHECK(std::find(dramas.begin(), dramas.end(), "Seoul Night Clinic") != dramas.end());
}

TEST_CASE("a Korean name with one spun syllable is read and restored") {
  const auto a = analyse("Two Dramas",
                         "Actress Tune Ha Rin is having a busy year.\n\n"
                         "In the drama Cold Tide, Tune Ha Rin performs Nam Gung Received, a prosecutor.");
  const auto people = names(a, EntityType::kPerson);
  CHECK(people == std::vector<std::string>{"Song Ha Rin"});
  const auto cast = credits(a);
  REQUIRE(cast.size() == 1);
  CHECK(cast[0].actor == "Song Ha Rin");
  CHECK(cast[0].character == "Nam Gung Won");
  CHECK(cast[0].drama == "Cold Tide");
}

TEST_CASE("spun credit cues: 'since' for 'as', 'enjoy' for 'play' in a spun text") {
  auto a = analyse("Little Spring Hospital",
                   "The drama Little Spring Hospital stars Kim Min Jae since Seol Do Hyun, a surgeon.");
  auto cast = credits(a);
  std::string all;
  for (const auto& c : cast) all += c.actor + " / " + c.character + " / " + c.drama + "; ";
  INFO(all);
  REQUIRE(cast.size() == 1);
  CHECK(cast[0].character == "Seol Do Hyun");
  a = analyse("Courtroom Blue",
              "The solid of the selection present Courtroom Blue met within Seoul. "
              "If he accepts, Lee Dong Hwi will enjoy the public defender Byun Seung Chan.");
  cast = credits(a);
  all.clear();
  for (const auto& c : cast) all += c.actor + " / " + c.character + " / " + c.drama + "; ";
  INFO(all);
  REQUIRE(cast.size() == 1);
  CHECK(cast[0].actor == "Lee Dong Hwi");
  CHECK(cast[0].character == "Byun Seung Chan");
}

TEST_CASE("a spun 'because' further on reads as 'as' when a role's name ends the clause") {
  auto a = analyse("Silver Lantern Inn",
                   "The solid of Silver Lantern Inn met within Seoul. Meanwhile, Nam Seung Hoon will make a special "
                   "appearance within the final episode because the king's messenger Jeon Gyeol.");
  auto cast = credits(a);
  REQUIRE(cast.size() == 1);
  CHECK(cast[0].actor == "Nam Seung Hoon");
  CHECK(cast[0].character == "Jeon Gyeol");
  // A cause goes on past the name: no role there.
  a = analyse("Silver Lantern Inn",
              "The solid of Silver Lantern Inn met within Seoul. Nam Seung Hoon will return within the final episode "
              "because the director Choi Min Ho asked him.");
  for (const auto& c : credits(a)) CHECK(c.character.empty());
}

TEST_CASE("a title in an aside belongs to the aside's antecedent") {
  const auto a = analyse("Racing Friends Welcomes Do Jae Hyun",
                         "The variety show Racing Friends welcomed a new member.\n\n"
                         "Do Jae Hyun, who played the villain in the drama Dark Blue Sea, joins hosts Yoo Min Gyu "
                         "and Bae Ha Na.");
  for (const auto& c : credits(a)) {
    if (c.actor == "Do Jae Hyun") continue;
    CHECK(c.drama == "Racing Friends");
  }
  bool do_in_sea = false;
  for (const auto& c : credits(a)) do_in_sea = do_in_sea || (c.actor == "Do Jae Hyun" && c.drama == "Dark Blue Sea");
  CHECK(do_in_sea);
}

TEST_CASE("a title's name keeps its punctuation when its words are chosen") {
  const auto a = analyse("Lim Do Hyun Joins Mr. Associates",
                         "Lim Do Hyun is joining the selection present Mr. Associates.\n\n"
                         "On Mr. Buddies, celebrities run a campsite.");
  CHECK(names(a, EntityType::kShow) == std::vector<std::string>{"Mr. Friends"});
}

TEST_CASE("a title written one way only is reread when its originals read far better") {
  lexicon::SpinData data;
  data.lexicon = {{"town", "city", lexicon::SpinClass::kAmbiguous, 1}, {"orchard", "garden", lexicon::SpinClass::kAmbiguous, 0}};
  const entities::TitleVariants variants(data);
  const Analysis a = pipeline().analyse("Fans love Harbor Town. Glass Orchard airs soon.");
  const std::vector<entities::TitleMention> mentions = {mention_at(a, "harbor", 2, "Harbor Town"),
                                                         mention_at(a, "glass", 2, "Glass Orchard")};
  // "city" reads much better than "town", "garden" a little better than "orchard".
  const entities::TitleScorer score = scorer({{"city", 2.0}}, 0.2);
  auto groups = variants.group(mentions, {&a}, /*spun=*/true, score);
  CHECK(groups.canonical["Harbor Town"] == "Harbor City");
  CHECK_FALSE(groups.canonical.count("Glass Orchard"));  // below the margin
  // Not in an unspun article, nor without a scorer.
  CHECK(variants.group(mentions, {&a}, /*spun=*/false, score).canonical.empty());
  CHECK(variants.group(mentions, {&a}, /*spun=*/true).canonical.empty());
}

TEST_CASE("an ordinary lexicon row rereads a title only when its reading is far better") {
  lexicon::SpinData data;
  data.lexicon = {{"physician", "doctor", lexicon::SpinClass::kAmbiguous, 0},
                  {"candy", "sweet", lexicon::SpinClass::kAmbiguous, 0}};
  const entities::TitleVariants variants(data);
  const Analysis a = pipeline().analyse("Fans love Hello Physician. Candy Revenge airs soon.");
  const std::vector<entities::TitleMention> mentions = {mention_at(a, "hello", 2, "Hello Physician"),
                                                         mention_at(a, "candy", 2, "Candy Revenge")};
  // "doctor" reads far better than "physician" (2.5), "sweet" only a little (1.5).
  const entities::TitleScorer score = scorer({{"doctor", 2.5}, {"sweet", 1.5}}, 0.0);
  auto groups = variants.group(mentions, {&a}, /*spun=*/true, score);
  CHECK(groups.canonical["Hello Physician"] == "Hello Doctor");
  CHECK_FALSE(groups.canonical.count("Candy Revenge"));
}

TEST_CASE("at a tie the lexicon's reading of a title written one way only wins; a worse reading does not") {
  lexicon::SpinData data;
  data.lexicon = {{"residence", "house", lexicon::SpinClass::kAmbiguous, 2},
                  {"final", "last", lexicon::SpinClass::kAmbiguous, 2}};
  const entities::TitleVariants variants(data);
  const Analysis a = pipeline().analyse("Fans love Blue Residence. The Final Bid airs soon.");
  const std::vector<entities::TitleMention> mentions = {mention_at(a, "blue", 2, "Blue Residence"),
                                                         mention_at(a, "the", 3, "The Final Bid")};
  // "house" reads as well as "residence", "last" worse than "final".
  const entities::TitleScorer score = scorer({{"house", 0.0}}, -0.3);
  auto groups = variants.group(mentions, {&a}, /*spun=*/true, score);
  CHECK(groups.canonical["Blue Residence"] == "Blue House");
  CHECK_FALSE(groups.canonical.count("The Final Bid"));
}

TEST_CASE("a passage that is only a title heads the passages under it") {
  const auto a = analyse("5 Dramas To Watch This Spring",
                         "1. \"Cherry Road\"\n\nKim Min Seo plays Na Yoon Hee, a florist.\n\n"
                         "2. \"Quiet Harbor\"\n\nIn this mystery drama, Lee Ye Rin plays the detective Moon Ga Young.");
  std::set<std::pair<std::string, std::string>> dramas;
  for (const auto& c : credits(a)) dramas.insert({c.actor, c.drama});
  CHECK(dramas == std::set<std::pair<std::string, std::string>>{{"Kim Min Seo", "Cherry Road"},
                                                                 {"Lee Ye Rin", "Quiet Harbor"}});
}

TEST_CASE("a headline title right after 'after' or 'since' is an earlier work, not the article's drama") {
  const auto a = analyse("Kim Min Seo And Lee Jun Ho Reunite Seven Years After \"Summer Notes\"",
                         "The two will lead the new drama \"Rain Shelter.\" They starred together in \"Summer Notes.\"\n\n"
                         "In \"Rain Shelter,\" Kim Min Seo plays a weather forecaster.\n\n"
                         "Actress Park Ye Rin joins the cast as the forecaster's sister Lee Soo Jin.");
  CHECK(a.drama == "Rain Shelter");
  bool credited = false;
  for (const auto& c : credits(a))
    if (c.actor == "Park Ye Rin") credited = c.drama == "Rain Shelter";
  CHECK(credited);
  // Elsewhere in the headline, the title is the article's.
  CHECK(analyse("Kim Min Seo Joins \"Summer Notes\"", "\"Rain Shelter\" aired in 2019. \"Rain Shelter\" was a hit.")
            .drama == "Summer Notes");
}

TEST_CASE("a family name alone stands for the one person or character of the article who has it") {
  const auto a = analyse("Kim Ji-hyun, Lee Seung-woo cast in legal thriller",
                         "Actors Kim Ji-hyun and Lee Seung-woo have been cast in the upcoming thriller \"The Ninth "
                         "Witness.\"\n\nKim will play Choi Yu-ri, a public defender. Lee takes on the role of Bae "
                         "Joo-han, a prosecutor who was once Choi's classmate.");
  const auto roles = roles_of(a);
  CHECK(roles.count({"Kim Ji-hyun", "Choi Yu-ri"}) == 1);
  CHECK(roles.count({"Lee Seung-woo", "Bae Joo-han"}) == 1);
  CHECK(names(a, EntityType::kPerson) == std::vector<std::string>{"Kim Ji-hyun", "Lee Seung-woo"});
  // Two people with one family name: it stands for neither.
  const auto b = analyse("", "Kim Ji-hyun and Kim Seung-woo joined the cast. Kim will play a lawyer named Choi Yu-ri.");
  for (const auto& c : credits(b)) CHECK(c.character.empty());
}

TEST_CASE("a character's drama is no show its actor visits; the speaker's 'my character' is a credit") {
  const auto a = analyse("Stars Of \"Midnight Bakery\" Visit \"Weekend Brothers\"",
                         "The stars of \"Midnight Bakery\" appeared as guests on the latest episode of JTBC's "
                         "\"Weekend Brothers.\"\n\nKim Do Ha, who plays the baker Choi Jae Oh, said he practiced "
                         "for months.\n\nLee Yi Seol said, \"My character Bae Yeon Woo cannot cook at all!\"");
  std::set<std::tuple<std::string, std::string, std::string>> roles;
  for (const auto& c : credits(a)) roles.insert({c.actor, c.character, c.drama});
  CHECK(roles.count({"Kim Do Ha", "Choi Jae Oh", "Midnight Bakery"}) == 1);
  CHECK(roles.count({"Lee Yi Seol", "Bae Yeon Woo", "Midnight Bakery"}) == 1);
  const auto shows = names(a, EntityType::kShow);
  CHECK(std::find(shows.begin(), shows.end(), "Weekend Brothers") != shows.end());
}

TEST_CASE("a family name spun into a phrase stands for its person; 'starring since' reads as 'starring as'") {
  const auto a = analyse("", "Kim Ji Ah will play Seo Yu Ri, a public defender. Lee Na Ra will make a particular look as "
                             "Web optimization's late mom.");
  for (const auto& c : credits(a)) CHECK(c.character != "Web");
  const auto names_found = names(a, EntityType::kCharacter);
  CHECK(std::find(names_found.begin(), names_found.end(), "Web") == names_found.end());
  const auto b = analyse("", "The solid within the drama is robust. Lim Seul Gi, who's presently starring since the "
                             "chef Choi Da Bin within \"Spice Route,\" will seem within the campaign.");
  const auto roles = roles_of(b);
  CHECK(roles.count({"Lim Seul Gi", "Choi Da Bin"}) == 1);
}

TEST_CASE("in spun text 'because' and 'since' read as 'as' after a pronoun's verb and far along the sentence") {
  const auto a = analyse("", "The solid within the selection present is robust. Kim Jae Min debuted within 2016 with the web drama "
                             "\"Campus Diary\" and rose to stardom Because the rebellious student Lee Do Yoon in \"Dream "
                             "School.\" In the drama, he stars Because the royal archer Web optimization Gang.");
  const auto roles = roles_of(a);
  CHECK(roles.count({"Kim Jae Min", "Lee Do Yoon"}) == 1);
  // A family name spun into a phrase, and one given-name syllable.
  CHECK(roles.count({"Kim Jae Min", "Seo Gang"}) == 1);
}

TEST_CASE("the spun words an applied repair replaced are no cues: 'as soon as once more' (once again) has no 'as'") {
  const auto a = analyse("Farm Show Returns",
                         "The selection present Country Diaries returns. Kim Chan Hee will as soon as once more run "
                         "a small farm in Yangpyeong.");
  for (const auto& c : credits(a)) CHECK(c.character != "Yangpyeong");
  CHECK(names(a, EntityType::kCharacter).empty());
}
