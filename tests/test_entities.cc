// Unit tests of entity recognition, cast credits and passage kinds, over the
// fixture data (tests/fixtures/spin-data).
#include <algorithm>
#include <set>
#include <tuple>

#include <catch2/catch.hpp>

#include "dramasearch/pipeline.h"
#include "test_helpers.h"

using namespace dramasearch;

namespace {
const Pipeline& pipeline() {
  static const Pipeline p(Pipeline::Options{true, testutil::fixture("spin-data")});
  return p;
}

PassageInfo recognize(const std::string& text, const std::string& drama = "") {
  const Analysis a = pipeline().analyse(text);
  return pipeline().recognize(a, 0, a.tokens.size(), drama);
}

// The whole text, recognized with what it taught as an article (learn_article).
PassageInfo recognize_learned(const std::string& text) {
  const Analysis a = pipeline().analyse(text);
  const ArticleEntities known = pipeline().learn_article(a);
  return pipeline().recognize(a, 0, a.tokens.size(), "", &known);
}

// The passage's one credit is ACTOR as CHARACTER.
void check_only_credit(const PassageInfo& info, const std::string& actor, const std::string& character) {
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == actor);
  CHECK(info.cast[0].character == character);
}

// The passage's credits as (actor, character) pairs.
std::set<std::pair<std::string, std::string>> roles_of(const PassageInfo& info) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& c : info.cast) out.insert({c.actor, c.character});
  return out;
}

// The passage's credits as (actor, title) pairs.
std::set<std::pair<std::string, std::string>> titles_of(const PassageInfo& info) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& c : info.cast) out.insert({c.actor, c.drama});
  return out;
}

bool has_entity(const PassageInfo& info, EntityType type, const std::string& name) {
  for (const auto& e : info.entities)
    if (e.type == type && e.name == name) return true;
  return false;
}

bool has_type(const PassageInfo& info, EntityType type) {
  return std::any_of(info.entities.begin(), info.entities.end(), [&](const Entity& e) { return e.type == type; });
}

// Every (type, name) of `want` is an entity of the passage.
void check_entities(const PassageInfo& info, std::initializer_list<std::pair<EntityType, const char*>> want) {
  for (const auto& [type, name] : want) {
    INFO(name);
    CHECK(has_entity(info, type, name));
  }
}
}  // namespace

TEST_CASE("credits: X plays Y in a quoted drama") {
  const auto info = recognize("Han Seo Won plays the lawyer Yoon Dae Ho in \"Moonlit Courthouse.\"");
  CHECK(has_entity(info, EntityType::kPerson, "Han Seo Won"));
  CHECK(has_entity(info, EntityType::kCharacter, "Yoon Dae Ho"));
  CHECK(has_entity(info, EntityType::kDrama, "Moonlit Courthouse"));
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Han Seo Won");
  CHECK(info.cast[0].character == "Yoon Dae Ho");
  CHECK(info.cast[0].drama == "Moonlit Courthouse");
  CHECK(info.drama == "Moonlit Courthouse");
  CHECK(info.kind == PassageKind::kCast);
}

TEST_CASE("credits: X as Y, Y (X), Y played by X, and the article's drama") {
  auto info = recognize("Kim Ji Won has been cast as Lee Eun Oh, a freelance marketer.", "Lovestruck");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character == "Lee Eun Oh");  // a Korean name shape, but a character here
  CHECK(info.cast[0].drama == "Lovestruck");
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Lee Eun Oh"));

  check_only_credit(recognize("In the scene, Park Jae Won (Ji Chang Wook) waits for the ball."), "Ji Chang Wook",
                    "Park Jae Won");
  check_only_credit(recognize("The prosecutor Kang Tae Won, played by Park Min Soo, returns."), "Park Min Soo",
                    "Kang Tae Won");
}

TEST_CASE("whole names only") {
  const auto info = recognize("Kim Ji Won met Kim Ji Soo on set.");
  CHECK(has_entity(info, EntityType::kPerson, "Kim Ji Won"));
  CHECK(has_entity(info, EntityType::kPerson, "Kim Ji Soo"));
  CHECK(info.entities.size() == 2);
}

TEST_CASE("spun names are recognized after repair") {
  const auto info = recognize("Kim Ji Received laughed on Music Financial institution.");
  CHECK(has_entity(info, EntityType::kPerson, "Kim Ji Won"));
  CHECK(has_entity(info, EntityType::kShow, "Music Bank"));
}

TEST_CASE("quoted speech is not a title, a quoted single word needs context") {
  auto info = recognize("She said, \"I think he ate my hand too.\"");
  CHECK(info.entities.empty());
  info = recognize("The director shouted \"Cut!\" and everyone laughed.");
  CHECK(info.entities.empty());
  info = recognize("The drama \"Lantern\" premieres in May.");
  CHECK(has_entity(info, EntityType::kDrama, "Lantern"));
}

TEST_CASE("passage kinds") {
  CHECK(recognize("The cast filmed the rain scene on the rooftop set while cameras rolled behind the scenes.").kind ==
        PassageKind::kScene);
  CHECK(recognize("The drama confirmed its lineup: Kim Ji Won will play the lead role.").kind == PassageKind::kCast);
  CHECK(recognize("The finale recorded 12.4 percent nationwide ratings on Sunday.").kind == PassageKind::kOther);
}

TEST_CASE("query intent") {
  const auto intent = [](const std::string& q) { return pipeline().query_intent(pipeline().analyse(q)); };
  CHECK(intent("Kim Ji Won camping car scene") == PassageKind::kScene);
  CHECK(intent("behind the scenes of Moonlit Courthouse") == PassageKind::kScene);
  CHECK(intent("who plays the lawyer in Moonlit Courthouse") == PassageKind::kCast);
  CHECK(intent("Moonlit Courthouse ratings") == PassageKind::kOther);
}

TEST_CASE("the longest Korean name wins over a stage name inside it") {
  const auto info = recognize("Park Hae Jin and Kim Jin will lead the thriller Silent Witness.");
  CHECK(has_entity(info, EntityType::kPerson, "Park Hae Jin"));
  CHECK(has_entity(info, EntityType::kPerson, "Kim Jin"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Jin"));
  CHECK(has_entity(info, EntityType::kDrama, "Silent Witness"));
  CHECK(info.cast.size() == 2);
  for (const auto& c : info.cast) CHECK(c.drama == "Silent Witness");
}

TEST_CASE("titles from cues, idols with their group, a played-by credit") {
  auto info = recognize("LUMINA's Hyunwoo joined the variety show Camp Friends.");
  CHECK(has_entity(info, EntityType::kGroup, "LUMINA"));
  CHECK(has_entity(info, EntityType::kPerson, "Hyunwoo"));
  CHECK(has_entity(info, EntityType::kShow, "Camp Friends"));
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].drama == "Camp Friends");
  info = recognize("Her rival, Han Seung Ho, is played by Kim Tae Kyun.");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Kim Tae Kyun");
  CHECK(info.cast[0].character == "Han Seung Ho");
}

TEST_CASE("an article's characters and short names hold in every passage") {
  const Analysis a = pipeline().analyse(
      "The drama tells the story of captain Han Do Yoon (Park Hae Jin).\n\n"
      "Hae Jin said that Han Do Yoon is a lonely man.");
  const ArticleEntities known = pipeline().learn_article(a);
  std::size_t second = 0;
  while (second < a.tokens.size() && a.tokens[second].term != "hae") ++second;
  const auto info = pipeline().recognize(a, second, a.tokens.size(), "", &known);
  CHECK(has_entity(info, EntityType::kPerson, "Park Hae Jin"));  // "Hae Jin", the short form
  CHECK(has_entity(info, EntityType::kCharacter, "Han Do Yoon"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Han Do Yoon"));
}

TEST_CASE("'In', 'An' and 'On' as given-name syllables, not in a Title Case run") {
  auto info = recognize("The rebel leader, played by Han Ji An, returns.");
  CHECK(has_entity(info, EntityType::kPerson, "Han Ji An"));
  info = recognize("Park In Ho met the press.");
  CHECK(has_entity(info, EntityType::kPerson, "Park In Ho"));
  info = recognize("Kim Ha In Talks For New Drama");
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Kim Ha In"));
}

TEST_CASE("a group whose name ends in a digit") {
  const auto info = recognize("ORBIT7's Minjae was seen at the premiere.");
  CHECK(has_entity(info, EntityType::kGroup, "ORBIT7"));
  CHECK(has_entity(info, EntityType::kPerson, "Minjae"));
}

TEST_CASE("unnamed roles, and a credit's drama when its sentence names none") {
  auto info = recognize("The film Iron Lantern, in which Lee Da Eun plays a retired boxer, opens in May.");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Lee Da Eun");
  CHECK(info.cast[0].character.empty());
  CHECK(info.cast[0].drama == "Iron Lantern");
  // The title named after the credit is not the credit's: the article's drama is.
  info = recognize("Actor Han Ji Hoon joins her as the detective Jang Mu Hyuk. Han Ji Hoon previously starred in "
                   "the film Paper Crane.",
                   "Glass Orchard");
  bool current = false, earlier = false;
  for (const auto& c : info.cast) {
    current = current || (c.character == "Jang Mu Hyuk" && c.drama == "Glass Orchard");
    earlier = earlier || (c.character.empty() && c.drama == "Paper Crane");
  }
  CHECK(current);
  CHECK(earlier);
}

TEST_CASE("credits carry the strength of their evidence") {
  // "plays" in a sentence naming the drama: strong.
  auto info = recognize("Han Ji Hoon plays the detective Park Mu Hyuk in the drama Glass Orchard.");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].confidence >= 0.8);
  // A line-up without a character, its drama only the article's: fair, not strong.
  info = recognize("Han Ji Hoon joined the cast.", "Glass Orchard");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].confidence < 0.8);
  CHECK(info.cast[0].confidence >= kWeakConfidence);
  for (const auto& e : info.entities) CHECK(e.confidence > 0.0);
}

TEST_CASE("a role related to a named character is not that character") {
  // "Y's best friend W": the role is W; "Y's grandmother": a role the text does not name.
  auto info = recognize("Kim Ga Eun joins the cast as Han Chae Rin's best friend Park Mi So.", "Winter Orchard");
  bool friend_role = false;
  for (const auto& c : info.cast) {
    friend_role = friend_role || (c.actor == "Kim Ga Eun" && c.character == "Park Mi So");
    CHECK(c.character != "Han Chae Rin");
  }
  CHECK(friend_role);
  info = recognize("Lee Hae In plays Seol Ah's grandmother in the drama The Moon Tailor.");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character.empty());
  CHECK(info.cast[0].drama == "The Moon Tailor");
  // "as a guest alongside Z": Z is another guest, not a role.
  info = recognize("Kim Ji Won appeared on the variety show Weekend Pantry as a guest alongside Park Jin Ho.");
  for (const auto& c : info.cast) CHECK(c.character.empty());
}

TEST_CASE("a credit's drama is the title of its own coordinate clause; title lists") {
  const auto info = recognize(
      "Han Seo Jin previously starred in \"Paper Kites\" and Night Courier, and Lee Do Hyun is known for his "
      "role as a detective in the drama Blue Shift.");
  CHECK(has_entity(info, EntityType::kDrama, "Night Courier"));
  std::set<std::pair<std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.drama});
  CHECK(credits == std::set<std::pair<std::string, std::string>>{
                       {"Han Seo Jin", "Paper Kites"}, {"Han Seo Jin", "Night Courier"}, {"Lee Do Hyun", "Blue Shift"}});
}

TEST_CASE("a person found by context is known at every bare mention of the article") {
  const Analysis a = pipeline().analyse(
      "NOVAHEART's Riyeon joins the drama The Moon Tailor.\n\n"
      "Riyeon will play Seol Ah, a tailor.\n\n"
      "Lee Hae In plays Seol Ah's grandmother.");
  const ArticleEntities known = pipeline().learn_article(a);
  const auto info = pipeline().recognize(a, 0, a.tokens.size(), known.drama, &known);
  CHECK(has_entity(info, EntityType::kCharacter, "Seol Ah"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Seol Ah"));
  bool credited = false;
  for (const auto& c : info.cast) credited = credited || (c.actor == "Riyeon" && c.character == "Seol Ah");
  CHECK(credited);
}

TEST_CASE("an unnamed role taken on, and a title list that names its second title's kind") {
  auto info = recognize("Kim Da In takes on the role of the village postman.", "Mr. Lighthouse");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character.empty());
  CHECK(info.cast[0].drama == "Mr. Lighthouse");
  info = recognize("Lee Jin Hyuk recently appeared in the film \"Search\" and the weekend drama Golden Years.");
  std::set<std::string> dramas;
  for (const auto& c : info.cast) dramas.insert(c.drama);
  CHECK(dramas == std::set<std::string>{"Search", "Golden Years"});
}

TEST_CASE("hyphenated given names are whole names") {
  const auto info = recognize("In Night Ferry, Park Seo-joon plays Jo Tae-san, a ferry captain. Kim Min-ho joins him.");
  CHECK(has_entity(info, EntityType::kCharacter, "Jo Tae-san"));
  CHECK(has_entity(info, EntityType::kPerson, "Kim Min-ho"));
  bool credited = false;
  for (const auto& c : info.cast) credited = credited || c.character == "Jo Tae-san";
  CHECK(credited);
}

TEST_CASE("a name with 's in an aside is no credit's subject") {
  check_only_credit(
      recognize("Kim Chae Won starred in \"Search,\" Park Kyung Taek's earlier work, as a soldier named Jang Mi."),
      "Kim Chae Won", "Jang Mi");
  // Its own role is the name's: "X's first lead role since".
  const auto info = recognize("This is Kim Chae Won's first lead role since her debut in the drama Summer Strike.");
  check_only_credit(info, "Kim Chae Won", "");
  CHECK(info.cast[0].drama == "Summer Strike");
}

TEST_CASE("a title as an actor's label credits the actor, and is not the line-up's drama") {
  const auto info = recognize("\"Glass Orchard\" star Kim Min Seok will lead the new thriller Cold Harbor, and Paper Kites "
                              "actor Park Do Hyun will appear.");
  CHECK(has_entity(info, EntityType::kDrama, "Paper Kites"));
  std::set<std::pair<std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.drama});
  CHECK(credits.count({"Kim Min Seok", "Glass Orchard"}));
  CHECK(credits.count({"Kim Min Seok", "Cold Harbor"}));
  CHECK(credits.count({"Park Do Hyun", "Paper Kites"}));
  CHECK(info.drama == "Cold Harbor");
}

TEST_CASE("the MC of a show, and a headline's description of a work is no title") {
  auto info = recognize("Kim Ha Yoon has been confirmed as the new MC of Music Parade, alongside Park Eun Woo.");
  CHECK(has_entity(info, EntityType::kShow, "Music Parade"));  // an MC's program is a show
  for (const auto& c : info.cast) {
    CHECK(c.character.empty());
    CHECK(c.drama == "Music Parade");
  }
  info = recognize("Kim Ha Yoon Offered Lead Role In New Office Romance");
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "New Office Romance"));
  // A hyphenated genre, and a credit word that ends (or would start) a title.
  info = recognize("Han Yu Jin To Make Cameo In New Rom-Com Starring Choi Da Eun");
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "New Rom-Com Starring"));
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "New Rom-Com"));
  info = recognize("Han Yu Jin To Make Cameo In Romantic Comedy Starring Choi Da Eun");
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "Starring"));
}

TEST_CASE("'played the role of' names the role after 'of'") {
  const auto info = recognize("Lee Hae Won, who played the role of the cold-hearted innkeeper Ma Seo Ri, said goodbye.",
                              "Silver Lantern Inn");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Lee Hae Won");
  CHECK(info.cast[0].character == "Ma Seo Ri");
  CHECK(has_entity(info, EntityType::kCharacter, "Ma Seo Ri"));
}

TEST_CASE("'and' before a person and a verb opens a new clause, comma or not") {
  const auto info = recognize("Lee Do Hyun previously starred in \"Paper House\" and Kim Young Hee is known for her role as "
                              "the female lead of \"Blue Bridge.\"");
  std::set<std::pair<std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.drama});
  CHECK(credits == std::set<std::pair<std::string, std::string>>{{"Lee Do Hyun", "Paper House"},
                                                                  {"Kim Young Hee", "Blue Bridge"}});
}

TEST_CASE("gazetteer names that open in lower case: tvN, and f(x)'s members") {
  check_entities(recognize("f(x)'s Krystal joins tvN's new drama Campus Code."),
                 {{EntityType::kBroadcaster, "tvN"},
                  {EntityType::kGroup, "f(x)"},
                  {EntityType::kPerson, "Krystal"},
                  {EntityType::kDrama, "Campus Code"}});
}

TEST_CASE("one named credit makes a cast passage") {
  const auto info = recognize("In the third episode, park ranger Do Kang Jin (Park Hee Jin) found a torn map near the lake.",
                              "Forest Of Lies");
  check_only_credit(info, "Park Hee Jin", "Do Kang Jin");
  CHECK(info.kind == PassageKind::kCast);
}

TEST_CASE("in a story, a name introduced by a role is a character") {
  auto info = recognize("Kim Ji Hoon plays Nam Gung Won. Later, Nam Gung Won met the merchant Park Ho at the market.");
  CHECK(has_entity(info, EntityType::kCharacter, "Park Ho"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Park Ho"));
  // Not a real person's descriptor, nor a clause after "the night,".
  check_entities(recognize("Kim Ji Hoon plays Nam Gung Won. The show follows the comedian Lee Hae Sun. In the night, "
                           "Kim Min Seo and Park Ha Neul cooked. The female lead Han Seo Ah loved the script."),
                 {{EntityType::kPerson, "Lee Hae Sun"}, {EntityType::kPerson, "Kim Min Seo"},
                  {EntityType::kPerson, "Han Seo Ah"}});
  // Without any credited character, nothing is a story's.
  check_entities(recognize("Later, the merchant Park Ho met fans at the market."), {{EntityType::kPerson, "Park Ho"}});
}

TEST_CASE("a Western given name with a Korean family name, listed with a person or credited") {
  auto info = recognize("Stella Han and Park Gyu Won also joined the cast.", "The Borrowed Hours");
  CHECK(has_entity(info, EntityType::kPerson, "Stella Han"));
  CHECK(info.cast.size() == 2);
  info = recognize("Jessica Kim plays the eldest daughter in the drama The Borrowed Hours.");
  CHECK(has_entity(info, EntityType::kPerson, "Jessica Kim"));
  // Honorifics and longer runs are not such names.
  info = recognize("Director Kim and Park Gyu Won met. Chairman Park and Lee Ji Won left. Seoul Park Hotel opened.");
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Director Kim"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Chairman Park"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Seoul Park"));
}

TEST_CASE("a described role goes on over 'and' between its words, not before a verb") {
  auto info = recognize("Ok Ji Yeon will portray Yeon Su's best friend and coworker Nam Bo Ra.", "Harbor Lights");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character == "Nam Bo Ra");
  info = recognize("Ok Ji Yeon plays a lawyer and falls for Kang Min Ho.", "Harbor Lights");
  for (const auto& c : info.cast) CHECK(c.character != "Kang Min Ho");
}

TEST_CASE("a name found as a person right after a role's words is part of the role") {
  const auto info = recognize("Park Jae Sun plays Crown Prince Lee Hwan.", "Kingdom of Falling Stars");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Park Jae Sun");
  CHECK(info.cast[0].character == "Crown Prince Lee Hwan");
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Lee Hwan"));
}

TEST_CASE("quoted titles: a quoted run is whole, and a title quoted inside speech is not the credits' drama") {
  // The gazetteer knows "Home Alone"; the quotes say the title goes on.
  auto info = recognize("Kim Seol Hee will host \"Home Alone Again\" this spring.");
  CHECK(has_entity(info, EntityType::kShow, "Home Alone Again"));
  CHECK_FALSE(has_entity(info, EntityType::kShow, "Home Alone"));
  info = recognize("About her co-star Park Tae Joon, who plays the unit's leader Baek Seung Cheol, she said, \"I admired him "
                   "since watching him in 'The Blue Sleeve Diaries.'\"",
                   "Night Patrol");
  CHECK(has_entity(info, EntityType::kDrama, "The Blue Sleeve Diaries"));
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character == "Baek Seung Cheol");
  CHECK(info.cast[0].drama == "Night Patrol");
  CHECK(info.drama == "Night Patrol");
}

TEST_CASE("a cue word inside a capitalized name is part of it, except in a Title Case headline") {
  auto info = recognize("According to the Korean Film Council, the movie starring Park Do Kyung drew 3 million viewers.");
  CHECK_FALSE(has_entity(info, EntityType::kFilm, "Council"));
  info = recognize("Kim Ha Neul Joins Drama Moonlit Harbor");
  CHECK(has_entity(info, EntityType::kDrama, "Moonlit Harbor"));
}

TEST_CASE("'respectively' pairs the actors and the roles in order") {
  // The second role is a name the recognizer reads as a person (Kim is a family name).
  const auto info = recognize("Han Bo Ram and Lee Gwang Hoon, who play the chief judge Yoon Seo Hee and the reporter "
                              "Kim Jae Pil respectively, complete the lineup.",
                              "Velvet Courtroom");
  const auto credits = roles_of(info);
  CHECK(credits == std::set<std::pair<std::string, std::string>>{{"Han Bo Ram", "Yoon Seo Hee"},
                                                                  {"Lee Gwang Hoon", "Kim Jae Pil"}});
  CHECK(has_entity(info, EntityType::kCharacter, "Kim Jae Pil"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Kim Jae Pil"));
}

TEST_CASE("a character credited by its short form makes the full name a character everywhere") {
  const auto info = recognize_learned(
      "Park Tae Kyung's poster shows defense attorney Kim Min Gyu leaning on a desk.\n\n"
      "In the scene where Min Gyu (Park Tae Kyung) meets the judge, the two exchange glances.");
  CHECK(has_entity(info, EntityType::kCharacter, "Kim Min Gyu"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Kim Min Gyu"));
}

TEST_CASE("coordinated subjects of a play verb are all credited, and a closing quote opens nothing") {
  const auto info = recognize("Kim Min Ah and Park Jae Rim will play a married couple in the new drama \"Blue Hour\"!");
  std::set<std::string> actors;
  for (const auto& c : info.cast) actors.insert(c.actor);
  CHECK(actors == std::set<std::string>{"Kim Min Ah", "Park Jae Rim"});
  const auto two = recognize("They appeared in the 2021 film \"Snow Path.\" In \"Blue Hour,\" Park Jae Rim plays Han Do Jin.");
  CHECK_FALSE(has_entity(two, EntityType::kFilm, "In"));
  CHECK_FALSE(has_entity(two, EntityType::kDrama, "In"));
}

TEST_CASE("a relative clause after the actor is an aside: the main clause's role is the credit") {
  const auto info = recognize("Veteran actress Kim Gil Ja, who won the hearts of viewers as the grandmother in KBS2's "
                              "\"Rooftop Bakery,\" joins as Queen Dowager Jo, the most powerful woman in the palace.",
                              "Kingdom of Falling Stars");
  std::set<std::tuple<std::string, std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.character, c.drama});
  CHECK(credits == std::set<std::tuple<std::string, std::string, std::string>>{
                       {"Kim Gil Ja", "Queen Dowager Jo", "Kingdom of Falling Stars"},
                       {"Kim Gil Ja", "", "Rooftop Bakery"}});
}

TEST_CASE("a character named with a title is also the character its name alone names") {
  const auto info = recognize_learned(
      "Park Jae Sun takes on the role of Crown Prince Lee Hwan, a cold and clever heir.\n\n"
      "Park Jae Sun said, \"Lee Hwan is the first prince I have ever played.\"");
  CHECK(has_entity(info, EntityType::kCharacter, "Crown Prince Lee Hwan"));
  CHECK(has_entity(info, EntityType::kCharacter, "Lee Hwan"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Lee Hwan"));
  for (const auto& c : info.cast) CHECK(c.actor != "Lee Hwan");
}

TEST_CASE("'is' right after the actor credits a name the article knows as a character") {
  auto info = recognize_learned(
      "Park Chang Wook plays Kim Jae Won, an architect.\n\n"
      "Lee Ji Won is the title \"camera thief,\" the freelance marketer Han Min Soo.");
  const auto credits = roles_of(info);
  CHECK(credits.count({"Lee Ji Won", "Han Min Soo"}) == 1);
  // A described role that ends the clause is one too.
  info = recognize("Han Ji Ho is her neighbor Kim Min Soo, a grumpy baker.", "Cherry Road");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character == "Kim Min Soo");
  // A person after a preposition, or without a determiner, is no role.
  for (const char* text : {"Lee Ji Won is the younger sister of Park Min Ho.", "Lee Ji Won is dating Park Min Ho."}) {
    info = recognize_learned(text);
    CHECK(std::none_of(info.cast.begin(), info.cast.end(), [](const CastCredit& c) { return !c.character.empty(); }));
  }
}

TEST_CASE("an aside keeps its own title for the actor; a gerund opening a sentence is no title") {
  auto info = recognize("\"Lunch Box Club\" also stars Kim Chae Won, who recently wrapped up filming for \"Glass Piano,\" "
                        "as the student council president Lee Ji Woo.",
                        "Lunch Box Club");
  std::set<std::tuple<std::string, std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.character, c.drama});
  CHECK(credits == std::set<std::tuple<std::string, std::string, std::string>>{
                       {"Kim Chae Won", "Lee Ji Woo", "Lunch Box Club"}, {"Kim Chae Won", "", "Glass Piano"}});
  info = recognize("Filming is set to begin in July.");
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "Filming"));
}

TEST_CASE("a pronoun stands for its sentence's subject, and 'stars as' credits after it") {
  const auto info = recognize_learned(
      "Park Jae Min rose to stardom as the rebellious student Lee Do Yoon in \"Dream School.\" Most recently, he played "
      "a detective in \"Quiet Witness.\" In \"The Archer,\" he stars as the royal archer Han Seo Gang, alongside Ji Min Ah "
      "as Princess Hwa Yeon.");
  std::set<std::tuple<std::string, std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.character, c.drama});
  CHECK(credits.count({"Park Jae Min", "Lee Do Yoon", "Dream School"}) == 1);
  CHECK(credits.count({"Park Jae Min", "Han Seo Gang", "The Archer"}) == 1);
  CHECK(credits.count({"Ji Min Ah", "Princess Hwa Yeon", "The Archer"}) == 1);
  for (const auto& c : info.cast) CHECK(c.actor != "Lee Do Yoon");
  CHECK(has_entity(info, EntityType::kCharacter, "Han Seo Gang"));
}

TEST_CASE("further along the actor's sentence, 'as' and a described role credit") {
  const auto info = recognize("Park Jae Min debuted in 2016 with the web drama \"Campus Diary\" and rose to stardom as "
                              "the rebellious student Lee Do Yoon in \"Dream School.\"");
  const auto credits = roles_of(info);
  CHECK(credits.count({"Park Jae Min", "Lee Do Yoon"}) == 1);
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Lee Do Yoon"));
}

TEST_CASE("a company's name before a title verb is no title") {
  const auto info = recognize("Good Data Corporation has released its latest list of buzzworthy dramas.");
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "Good Data Corporation"));
  CHECK(has_entity(recognize("Moonlit Harbor has released new stills."), EntityType::kDrama, "Moonlit Harbor"));
}

TEST_CASE("'debuted' is a line-up cue: the sentence's people are in what it names") {
  const auto info = recognize("Netflix's \"Paper Cranes\" debuted at No. 4, with Park Ji Hwan and Lee Ha Na ranking No. 5 "
                              "and No. 7 respectively.");
  std::set<std::pair<std::string, std::string>> credits;
  for (const auto& c : info.cast) credits.insert({c.actor, c.drama});
  CHECK(credits ==
        std::set<std::pair<std::string, std::string>>{{"Park Ji Hwan", "Paper Cranes"}, {"Lee Ha Na", "Paper Cranes"}});
}

TEST_CASE("a title in brackets right after a person is the person's work") {
  const auto info = recognize("Best Actor: Park Tae Rok (\"The Salt Road\")");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].actor == "Park Tae Rok");
  CHECK(info.cast[0].drama == "The Salt Road");
  CHECK(info.cast[0].character.empty());
}

TEST_CASE("a speaker's label is no pronoun's antecedent") {
  const auto info = recognize_learned(
      "Park Yu Chan plays Han Do Kyung, a shipping heir.\n\n"
      "Park Yu Chan: Lee Mi Na is amazing. She plays the journalist Ji Seo Yul.");
  const auto credits = roles_of(info);
  CHECK(credits.count({"Lee Mi Na", "Ji Seo Yul"}) == 1);
  CHECK(credits.count({"Park Yu Chan", "Ji Seo Yul"}) == 0);
}

TEST_CASE("a quoted work named after its director is no drama of the passage") {
  const auto info = recognize("The series, directed by Park Hyun Woo of \"Sunset Clinic,\" is slated to premiere in "
                              "October.",
                              "The Ninth Witness");
  CHECK(info.drama == "The Ninth Witness");
  CHECK(has_entity(info, EntityType::kDrama, "Sunset Clinic"));
  CHECK(recognize("Park Hyun Woo of \"Sunset Clinic\" joins the cast.", "The Ninth Witness").drama == "Sunset Clinic");
}

TEST_CASE("'because' before a role's name that ends the clause reads as 'as', in any text") {
  const auto info = recognize("Iron Bridge stars Park Woo Jin because Han Tae Ho, a bridge engineer, and Lee Ye Rim "
                              "because Ji Ha Yun, a journalist.",
                              "Iron Bridge");
  auto roles = roles_of(info);
  CHECK(roles.count({"Park Woo Jin", "Han Tae Ho"}) == 1);
  CHECK(roles.count({"Lee Ye Rim", "Ji Ha Yun"}) == 1);
  // A cause is no role: a verb follows the name.
  const auto cause = recognize("Park Woo Jin left early because Han Tae Ho asked him to.");
  for (const auto& c : cause.cast) CHECK(c.character.empty());
  // "joins her because the detective Y."; a relation before the role.
  const auto joins = recognize("Actor Park Tae Min joins her because the detective Han Jae Kyung. Lee Bit Na made her "
                               "debut in the drama because Ji Ri's younger sister Ok Da Hye, and thanked the fans.");
  roles = roles_of(joins);
  CHECK(roles.count({"Park Tae Min", "Han Jae Kyung"}) == 1);
  CHECK(roles.count({"Lee Bit Na", "Ok Da Hye"}) == 1);
}

TEST_CASE("a list of actors and a list of roles after 'their roles as' pair off in order") {
  const auto info = recognize("Returning cast members Park Jae Ho, Lee Seul Ki, and Han Chan Woo will reprise their "
                              "roles as the lantern keepers Ji Gyeol, Ok Yeon, and Park San.",
                              "The Lantern Keepers");
  const auto roles = roles_of(info);
  CHECK(roles == std::set<std::pair<std::string, std::string>>{
                     {"Park Jae Ho", "Ji Gyeol"}, {"Lee Seul Ki", "Ok Yeon"}, {"Han Chan Woo", "Park San"}});
}

TEST_CASE("a role written in capitals is part of the description; a pictorial is no title") {
  const auto info = recognize("Lee Tae Rin talked about his role as the cold-hearted CEO Park Jin Hyuk in \"Office "
                              "Secrets.\"");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].character == "Park Jin Hyuk");
  CHECK(info.cast[0].drama == "Office Secrets");
  const auto headline = recognize("Lee Tae Rin Talks About Playing A Cold CEO In Pictorial With Vogue Korea");
  CHECK_FALSE(has_type(headline, EntityType::kDrama));
}

TEST_CASE("a broadcaster whose name ends in a digit cues its title; 'titled' names a work") {
  const auto info = recognize("The final episode of KBS2's Paper Harbor recorded 9.1 percent.");
  CHECK(has_entity(info, EntityType::kDrama, "Paper Harbor"));
  const auto titled = recognize("The web drama, titled Orange Summer Days, is about a swimming team.");
  CHECK(has_entity(titled, EntityType::kDrama, "Orange Summer Days"));
}

TEST_CASE("a year or a place after 'in' is no title; a number after a title is its season") {
  const auto info = recognize("Yoon Ha Ri made her debut in 2019 with the film \"Small Lights\" and played a nurse, "
                              "she said in an interview in Busan on Friday.");
  CHECK(has_entity(info, EntityType::kFilm, "Small Lights"));
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "2019"));
  CHECK_FALSE(has_entity(info, EntityType::kDrama, "Busan"));
  const auto season = recognize_learned("The second season of the series Night Archive is coming. Night Archive 2 "
                                        "will begin filming in May.");
  CHECK(has_entity(season, EntityType::kDrama, "Night Archive 2"));
}

TEST_CASE("an idol named after the group's word 'member'; a group's capitals inside a longer title") {
  const auto member = recognize("Girl group Lumen member Dahye will star in the drama.");
  CHECK(has_entity(member, EntityType::kPerson, "Dahye"));
  const auto title = recognize("Orbit Hotel premieres on Friday, and ORBIT will sing its theme.");
  CHECK(has_entity(title, EntityType::kDrama, "Orbit Hotel"));
  CHECK(has_entity(title, EntityType::kGroup, "ORBIT"));
}

TEST_CASE("'Y, who is played by X' credits X as Y") {
  const auto info = recognize("She is the first love of the chef Kim Min Hyuk, who is played by Lee Tae Yoon.");
  CHECK(roles_of(info).count({"Lee Tae Yoon", "Kim Min Hyuk"}) == 1);
}

TEST_CASE("single quotes outside speech name the article's works; inside speech, what the speaker recalls") {
  const auto info = recognize("Park So Yi starred in 'Sunflower Lane' last year.", "Quiet Bay");
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].drama == "Sunflower Lane");
  const auto speech = recognize("Park So Yi said, \"I have loved him since 'Sunflower Lane.'\"", "Quiet Bay");
  CHECK(speech.drama == "Quiet Bay");
}

TEST_CASE("'known for', 'her role as ... in' and 'wrapped up' put a person in the work they name") {
  auto drama_of = [](const PassageInfo& info, const std::string& actor) {
    for (const auto& c : info.cast)
      if (c.actor == actor) return c.drama;
    return std::string("(no credit)");
  };
  const auto known = recognize("Park Do Yun is best known for the film 'Eastbound.'", "Quiet Bay");
  CHECK(drama_of(known, "Park Do Yun") == "Eastbound");
  const auto role = recognize("Kim Se Ah drew attention with her role as a cold prosecutor in 'Paper Moons.'",
                              "Quiet Bay");
  CHECK(drama_of(role, "Kim Se Ah") == "Paper Moons");
  const auto wrapped = recognize("Lee Ha Ri recently wrapped up Blue Salt Lake, while Han Jun Ho made his debut in "
                                 "the web drama Campus Nights.");
  CHECK(drama_of(wrapped, "Lee Ha Ri") == "Blue Salt Lake");
  CHECK(drama_of(wrapped, "Han Jun Ho") == "Campus Nights");
}

TEST_CASE("'Character (Actor)' and 'Character, played by Actor' with a hyphenated given name") {
  const auto info = recognize("In the fifth episode, Kim Yu-na (Lee Ye Bin) finally tells the truth.");
  CHECK(roles_of(info).count({"Lee Ye Bin", "Kim Yu-na"}) == 1);
  const auto played = recognize("The detective Park Dal-in, played by Han Ga Ram, returns.");
  CHECK(roles_of(played).count({"Han Ga Ram", "Park Dal-in"}) == 1);
}

TEST_CASE("titles with small words and inside longer runs; what a headline's cue words describe") {
  const auto cafe = recognize("Kim Ye Seul will star in Our Cafe on the Hill, the drama adaptation of a webtoon.");
  CHECK(has_entity(cafe, EntityType::kDrama, "Our Cafe on the Hill"));
  // A one-word title of the gazetteer inside a longer title; a description before "series".
  const auto frozen = recognize("Netflix's Korean series Frozen Kingdom ranked first.");
  CHECK(has_entity(frozen, EntityType::kDrama, "Frozen Kingdom"));
  CHECK_FALSE(has_entity(frozen, EntityType::kDrama, "Kingdom"));
  CHECK_FALSE(has_entity(frozen, EntityType::kDrama, "Korean"));
  const auto alone = recognize("Kingdom returns tonight.");
  CHECK(has_entity(alone, EntityType::kDrama, "Kingdom"));
  const auto headline = recognize("Lee Min Gyu In Talks To Star In New Medical Drama");
  CHECK_FALSE(has_type(headline, EntityType::kDrama));
}

TEST_CASE("an award list's unquoted title in brackets after a person is the person's work") {
  const auto info = recognize("Best Actress: Kim Mi Rae (Dear Stranger)");
  CHECK(has_entity(info, EntityType::kDrama, "Dear Stranger"));
  REQUIRE(info.cast.size() == 1);
  CHECK(info.cast[0].drama == "Dear Stranger");
}

TEST_CASE("an idol named as one word 'of the group' or of a group in capitals") {
  const auto group = recognize("Minseul of the girl group LUMEN made her acting debut.");
  CHECK(has_entity(group, EntityType::kPerson, "Minseul"));
  const auto caps = recognize("Wooyeon of STELLA plays a piano student in the web drama.");
  CHECK(has_entity(caps, EntityType::kPerson, "Wooyeon"));
  CHECK(has_entity(caps, EntityType::kGroup, "STELLA"));
  const auto word = recognize("Part of KBS's appeal is its news.");
  CHECK_FALSE(has_entity(word, EntityType::kPerson, "Part"));
}

TEST_CASE("a longer title of the gazetteer's words in prose; 'after wrapping up X'") {
  const auto street = recognize("Kim Chae Won made a special appearance in the final episode of Happy Together Street.");
  CHECK(has_entity(street, EntityType::kDrama, "Happy Together Street"));
  CHECK_FALSE(has_entity(street, EntityType::kShow, "Happy Together"));
  const auto show = recognize("Kim Chae Won appeared on Happy Together last night.");
  CHECK(has_entity(show, EntityType::kShow, "Happy Together"));
  const auto wrapping = recognize("Lee Dong Hyun enlisted after wrapping up the drama Hello Nurse.", "Quiet Bay");
  REQUIRE(wrapping.cast.size() == 1);
  CHECK(wrapping.cast[0].drama == "Hello Nurse");
}

TEST_CASE("'the actress, who plays Y' credits the person the text is about") {
  const auto info = recognize_learned("Kim Yoon Seo appeared on a talk show. The actress, who plays the villain Madam "
                                      "Gong in the drama, said she was happy.");
  CHECK(roles_of(info).count({"Kim Yoon Seo", "Madam Gong"}) == 1);
  const auto named = recognize_learned("Kim Yoon Seo appeared on a talk show. The actor Lee Min Ho plays the king "
                                       "Yi Gang.");
  CHECK(roles_of(named).count({"Lee Min Ho", "Yi Gang"}) == 1);
  CHECK(roles_of(named).count({"Kim Yoon Seo", "Yi Gang"}) == 0);
}

TEST_CASE("a title with a comma that ends the sentence after a cue") {
  const auto info = recognize("Park Ha Eun made her acting debut in Hello, Roommate.");
  CHECK(has_entity(info, EntityType::kDrama, "Hello, Roommate"));
  const auto drama = recognize("They played a married couple in the 2023 drama Spring Rain, Autumn Wind.");
  CHECK(has_entity(drama, EntityType::kDrama, "Spring Rain, Autumn Wind"));
  const auto clause = recognize("She starred in the drama Spring Rain, and Park Ha Eun joined her.");
  CHECK(has_entity(clause, EntityType::kDrama, "Spring Rain"));
}

TEST_CASE("a pronoun opening a passage stands for the last subject before it, carried on by pronouns") {
  const std::string body = "The actor Jang Woo Jin has been cast in the series. Kim Ha Na also joins.\n\n"
                           "She will play the hacker Yoon Seo Ah.\n\n"
                           "He plays the detective Lee Tae Oh.";
  const Analysis a = pipeline().analyse(body);
  const ArticleEntities known = pipeline().learn_article(a);
  REQUIRE(known.subjects.size() >= 2);
  std::size_t second = 0, third = 0;  // first tokens of the second and third paragraphs
  for (std::size_t k = 0; k < a.tokens.size(); ++k) {
    if (a.tokens[k].term == "she" && !second) second = k;
    if (a.tokens[k].term == "he" && !third) third = k;
  }
  const auto she = pipeline().recognize(a, second, third, "", &known);
  CHECK(roles_of(she).count({"Kim Ha Na", "Yoon Seo Ah"}) == 1);
  const auto he = pipeline().recognize(a, third, a.tokens.size(), "", &known);
  CHECK(roles_of(he).count({"Kim Ha Na", "Lee Tae Oh"}) == 1);  // no gender: the last subject
}

TEST_CASE("titles with '&' or a final '?'; a Western name credited in brackets; festivals are no titles") {
  const auto amp = recognize("The cast of Doctor Kim & Partners gathered again.");
  CHECK(has_entity(amp, EntityType::kDrama, "Doctor Kim & Partners"));
  const auto mark = recognize("The romance drama Can You Hear Me? has released a teaser.");
  CHECK(has_entity(mark, EntityType::kDrama, "Can You Hear Me?"));
  const auto western = recognize("The drama follows Ethan Seo (Daniel Kim), a famous chef.");
  CHECK(has_entity(western, EntityType::kPerson, "Daniel Kim"));
  const auto festival = recognize("The film was invited to the Busan International Film Festival.");
  CHECK_FALSE(has_entity(festival, EntityType::kFilm, "Festival"));
  const auto season = recognize_learned("The series Crown Of Stars is back. Lee Ha Na will not join Crown Of Stars 2 "
                                        "because of her schedule. It ran for 16 episodes, and Crown Of Stars 3 episodes "
                                        "is no title.");
  CHECK(has_entity(season, EntityType::kDrama, "Crown Of Stars 2"));
  CHECK_FALSE(has_entity(season, EntityType::kDrama, "Crown Of Stars 3"));
}

TEST_CASE("a possessive inside a title; a profession before a role's full name is no part of it") {
  const auto film = recognize("He praised the cast of the film Fisherman's Daughter on Tuesday.");
  CHECK(has_entity(film, EntityType::kFilm, "Fisherman's Daughter"));
  const auto attorney = recognize("Lee Seo Yoon plays Attorney Kim Eun Ha, a lawyer who takes hard cases.");
  CHECK(roles_of(attorney).count({"Lee Seo Yoon", "Kim Eun Ha"}) == 1);
  const auto doctor = recognize("Han In Gyu plays Dr. Park Sang Min, a forensic doctor.");
  CHECK(roles_of(doctor).count({"Han In Gyu", "Park Sang Min"}) == 1);
  const auto royal = recognize("Kim Ha Na plays Princess Lee Seo Ah.");
  CHECK(roles_of(royal).count({"Kim Ha Na", "Princess Lee Seo Ah"}) == 1);
}

TEST_CASE("a title the article knows at the start of a longer name is the name") {
  const auto info = recognize_learned("The legal drama Attorney Kim has unveiled posters. Lee Seo Yoon plays Attorney "
                                      "Kim Eun Ha, a lawyer.");
  CHECK(roles_of(info).count({"Lee Seo Yoon", "Kim Eun Ha"}) == 1);
}

TEST_CASE("actors that open a sentence and roles that end it after 'as' pair off in order") {
  const auto info = recognize("Kim Jin Woo and Lee Eun Sol lead the drama as Park Yeon and the pirate queen Han Ryeong.");
  CHECK(roles_of(info).count({"Kim Jin Woo", "Park Yeon"}) == 1);
  CHECK(roles_of(info).count({"Lee Eun Sol", "Han Ryeong"}) == 1);
  const auto clause = recognize("Kim Jin Woo and Lee Eun Sol will return as hosts, while actor Park Ho Jun joined the "
                                "show as a new member.");
  CHECK(roles_of(clause).count({"Kim Jin Woo", "Park Ho Jun"}) == 0);
}

TEST_CASE("'transforms into Y', 'the lead role of Y', 'X's character, Y,' and 'portrayed by veteran actor X'") {
  const auto into = recognize("Kim Se Ri transforms into Park Min Ji, a rookie firefighter.");
  CHECK(roles_of(into).count({"Kim Se Ri", "Park Min Ji"}) == 1);
  const auto lead = recognize("Lee Ha Jin has been confirmed to play the lead role of Han Jae Yi, an accountant.");
  CHECK(roles_of(lead).count({"Lee Ha Jin", "Han Jae Yi"}) == 1);
  const auto comma = recognize("Park Ji An's character, Kim Da Eun, is a cartoonist.");
  CHECK(roles_of(comma).count({"Park Ji An", "Kim Da Eun"}) == 1);
  const auto veteran = recognize("Her team leader, Captain Han Kang Hyuk, will be portrayed by veteran actor Lee Hoon Ki.");
  CHECK(roles_of(veteran).count({"Lee Hoon Ki", "Han Kang Hyuk"}) == 1);
  const auto pronoun = recognize_learned("Newcomer Kim Yeon Seo has landed a role. She will take on the role of Lady "
                                         "Park, the wife of a scholar.");
  CHECK(roles_of(pronoun).count({"Kim Yeon Seo", "Lady Park"}) == 1);
}

TEST_CASE("right after a cue a title may open with a function word or a pronoun") {
  const auto when = recognize("They will reunite in the melodrama When The Snow Melts, nine years later.");
  CHECK(has_entity(when, EntityType::kDrama, "When The Snow Melts"));
  const auto she = recognize("She starred in the film She Was Pretty last year.");
  CHECK(has_entity(she, EntityType::kFilm, "She Was Pretty"));
}

TEST_CASE("'played by comedian-turned-actor X', 'Y, the inn's manager played by X', 'girl group Muse's Eunha'") {
  const auto turned = recognize("Park Dong Jae will be played by comedian-turned-actor Kim Hyung Tak.");
  CHECK(roles_of(turned).count({"Kim Hyung Tak", "Park Dong Jae"}) == 1);
  const auto described = recognize("Han Do Yoon, the inn's polite manager played by Lee Seung Gi, is the owner's son.");
  CHECK(roles_of(described).count({"Lee Seung Gi", "Han Do Yoon"}) == 1);
  const auto group = recognize("Girl group Muse's Eunha has been cast in the campus drama.");
  CHECK(has_entity(group, EntityType::kPerson, "Eunha"));
  CHECK(has_entity(group, EntityType::kGroup, "Muse"));
}

TEST_CASE("ranking lists, 'X of Title', 'Title co-star X', nationalities and filmographies with years") {
  const auto list = recognize("1. Starlight Diner (tvN)");
  CHECK(has_entity(list, EntityType::kDrama, "Starlight Diner"));
  const auto of = recognize_learned("The drama Starlight Diner is first. Han Yeo Reum of Starlight Diner topped the "
                                    "list, followed by Starlight Diner co-star Park Min Chan.");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : of.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Han Yeo Reum", "Starlight Diner"}) == 1);
  CHECK(in.count({"Park Min Chan", "Starlight Diner"}) == 1);
  const auto nation = recognize("She stars opposite Portuguese-Korean actor Daniel Ahn.");
  CHECK_FALSE(has_entity(nation, EntityType::kDrama, "Korean"));
  const auto years = recognize("Lee Jun Hyeok is known for \"Cold Coffee\" (2019), \"Hometown Heroes\" (2021) and "
                               "the film \"Flight 702\" (2023).");
  std::set<std::string> works;
  for (const auto& c : years.cast) works.insert(c.drama);
  CHECK(works == std::set<std::string>{"Cold Coffee", "Hometown Heroes", "Flight 702"});
  const auto long_role = recognize("Kim In Ah plays his first patient, the webtoon artist Lee So Ra.");
  CHECK(roles_of(long_role).count({"Kim In Ah", "Lee So Ra"}) == 1);
}

TEST_CASE("a quoted title opening with a name, 'played again by', Korean places, a manga's title") {
  const auto quoted = recognize_learned("Kim Seo Yeon plays Minji again. tvN's 'Minji's Notebook 2' has added new "
                                        "faces to its cast.");
  CHECK(has_entity(quoted, EntityType::kDrama, "Minji's Notebook 2"));
  const auto again = recognize("She moves in next door to Minji, played again by Lee Seo Yeon.");
  CHECK(roles_of(again).count({"Lee Seo Yeon", "Minji"}) == 1);
  const auto place = recognize("Kim Dal Su plays a baker who has run the same shop in Ssangmun-dong for forty years.");
  CHECK_FALSE(has_entity(place, EntityType::kDrama, "Ssangmun-dong"));
  const auto manga = recognize("The Korean drama adaptation of the Japanese manga Midnight Librarian has finalized "
                               "its cast.");
  CHECK(has_entity(manga, EntityType::kDrama, "Midnight Librarian"));
}

TEST_CASE("'A and B play X and Y' pairs off; a role's possessive anchor is no role; 'in River Park' is a title") {
  const auto pair = recognize("Kim Seul Gi and Lee Do Yoon play Bom's best friend Park Yeon Hee and her younger "
                              "brother Han Gyeol.");
  CHECK(roles_of(pair).count({"Kim Seul Gi", "Park Yeon Hee"}) == 1);
  CHECK(roles_of(pair).count({"Lee Do Yoon", "Han Gyeol"}) == 1);
  const auto river = recognize("Kim Da Reum, who plays the young ferryman Gyeol in River Park, and Lee Jin Hee "
                               "shared photos.");
  CHECK_FALSE(has_entity(river, EntityType::kPerson, "River Park"));
}

TEST_CASE("a numbered list item names its work and casts the people on its line") {
  const auto item = recognize("Five dramas to watch.\n\n1. Harvest Moon Inn - starring Kim Seung Ho and Lee Yu Jin\n"
                              "A chef returns to her grandmother's guesthouse.");
  CHECK(has_entity(item, EntityType::kDrama, "Harvest Moon Inn"));
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : item.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Kim Seung Ho", "Harvest Moon Inn"}) == 1);
  CHECK(in.count({"Lee Yu Jin", "Harvest Moon Inn"}) == 1);
  // A number inside a line is no list item.
  const auto inline_number = recognize("The top 2. Harvest Moon Inn - starring Kim Seung Ho");
  CHECK_FALSE(has_entity(inline_number, EntityType::kDrama, "Harvest Moon Inn"));
}

TEST_CASE("'\"Playing Y was hard,\" said X' credits the speaker with the role") {
  const auto said = recognize("\"Playing Park Eun Byeol was the hardest thing I have done,\" said Kim Si Woo.");
  check_only_credit(said, "Kim Si Woo", "Park Eun Byeol");
  const auto after = recognize("\"Playing Park Eun Byeol was hard,\" Kim Si Woo said.");
  check_only_credit(after, "Kim Si Woo", "Park Eun Byeol");
  // Speech that only mentions a name credits no one.
  const auto mention = recognize("\"Meeting Park Eun Byeol was fun,\" said Kim Si Woo.");
  CHECK(roles_of(mention).count({"Kim Si Woo", "Park Eun Byeol"}) == 0);
}

TEST_CASE("'X's character, grandfather Y, ...' credits X with Y") {
  const auto info = recognize("In the latest episode, Kim Man Seok's character, grandfather Lee Chul Soo, announced "
                              "that he would sell the restaurant.");
  CHECK(roles_of(info).count({"Kim Man Seok", "Lee Chul Soo"}) == 1);
}

TEST_CASE("a title the headline quotes is a title in the body without a cue") {
  const Analysis headline = pipeline().analyse("Kim Seo Ah And Lee Jin's Drama \"A Letter To Spring\" Sets Its Date");
  const Analysis body = pipeline().analyse("JTBC confirmed that A Letter To Spring will premiere in October.");
  const ArticleEntities known = pipeline().learn_article(body, &headline);
  const auto info = pipeline().recognize(body, 0, body.tokens.size(), "", &known);
  CHECK(has_entity(info, EntityType::kDrama, "A Letter To Spring"));
  // Unquoted, a Title Case headline's cue runs on past the title: not learned.
  const Analysis unquoted = pipeline().analyse("Drama Frozen Harbor Ranks First Again");
  const Analysis body2 = pipeline().analyse("The list was released on Monday, and Frozen Harbor Ranks First Again.");
  const ArticleEntities known2 = pipeline().learn_article(body2, &unquoted);
  CHECK_FALSE(has_entity(pipeline().recognize(body2, 0, body2.tokens.size(), "", &known2), EntityType::kDrama,
                         "Frozen Harbor Ranks First Again"));
}

TEST_CASE("an award's winner is in the work after 'for'; 'whose English title is X'") {
  const auto award = recognize("Best New Actor went to Kim Ri On for Lucky Strike.");
  CHECK(has_entity(award, EntityType::kDrama, "Lucky Strike"));
  REQUIRE(award.cast.size() == 1);
  CHECK(award.cast[0].actor == "Kim Ri On");
  CHECK(award.cast[0].drama == "Lucky Strike");
  // Without an award, "for" names no work.
  const auto thanks = recognize("She thanked Kim Ri On for Lucky Strike tickets.");
  CHECK_FALSE(has_entity(thanks, EntityType::kDrama, "Lucky Strike"));
  const auto english = recognize("The drama, whose English title is The Way Of Love, follows a matchmaker.");
  CHECK(has_entity(english, EntityType::kDrama, "The Way Of Love"));
}

TEST_CASE("a fan meeting's or a single's name is no title; a slate's 'Starring:' line names the work above it") {
  const auto meeting = recognize("Kim Ha Neul will hold a fan meeting titled \"Sky Letter\" in June. She also "
                                 "released her first single, \"Blue Window,\" last week.");
  CHECK_FALSE(has_entity(meeting, EntityType::kDrama, "Sky Letter"));
  CHECK_FALSE(has_entity(meeting, EntityType::kDrama, "Blue Window"));
  CHECK(has_entity(recognize("The web drama, titled Sky Letter, is about a pilot."), EntityType::kDrama, "Sky Letter"));
  const auto slate = recognize("Among the titles:\n\nMidnight Detective\nStarring: Kim Min Hyuk, Lee Seo Yeon\n"
                               "A retired detective drives a taxi at night.");
  CHECK(has_entity(slate, EntityType::kDrama, "Midnight Detective"));
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : slate.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Kim Min Hyuk", "Midnight Detective"}) == 1);
  CHECK(in.count({"Lee Seo Yeon", "Midnight Detective"}) == 1);
}

TEST_CASE("'Title's X' names X's work; 'his character, the fisherman Y'; 'Also starring were'; an aside's main clause") {
  const auto label = recognize("Rounding out the top three was Lantern Alley's Kim Min Ji.");
  CHECK(has_entity(label, EntityType::kDrama, "Lantern Alley"));
  REQUIRE(label.cast.size() == 1);
  CHECK(label.cast[0].drama == "Lantern Alley");
  // A company's or a place's "'s" names no work.
  CHECK_FALSE(has_entity(recognize("Bluebird Entertainment's Kim Min Ji signed."), EntityType::kDrama,
                         "Bluebird Entertainment"));
  CHECK_FALSE(has_entity(recognize("Yesterday South Korea's Kim Min Ji won."), EntityType::kDrama, "South Korea"));
  CHECK_FALSE(has_entity(recognize("Then ROYAL FLAME's Kim Yoon Bin sang."), EntityType::kDrama, "ROYAL FLAME"));
  const auto own = recognize("On the show, Lee Dong Hyun cooked the stew his character, the fisherman Park Chil "
                             "Bok, made in the drama.");
  CHECK(roles_of(own).count({"Lee Dong Hyun", "Park Chil Bok"}) == 1);
  const auto also = recognize("The comedy Cloud Office starred Kim Ji Ahn. Also starring were Lee Eun Byul and "
                              "Park Min Woo.");
  CHECK_FALSE(has_entity(also, EntityType::kDrama, "Also"));
  const auto aside = recognize("Kim Ha Jun, who played the landlord in Dear Neighbor, is currently filming the "
                               "movie Winter Vow.");
  std::set<std::string> works;
  for (const auto& c : aside.cast) works.insert(c.drama);
  CHECK(works.count("Dear Neighbor") == 1);
  CHECK(works.count("Winter Vow") == 1);
}

TEST_CASE("'her portrayal of Y', 'known as Y from T', a colon inside a title, a quoted title opening with a digit, an OST") {
  const auto portrayal = recognize_learned("Kim Woo Ri earns praise. Her portrayal of Lee Mi Sook in the drama Blue "
                                           "Hour Kitchen has been called her best.");
  CHECK(roles_of(portrayal).count({"Kim Woo Ri", "Lee Mi Sook"}) == 1);
  const auto known = recognize("Kim Min Jae, best known as the kind doctor Lee Seo Yoon from Spring Clinic, is "
                               "taking on a villain role.");
  CHECK(has_entity(known, EntityType::kDrama, "Spring Clinic"));
  CHECK(roles_of(known).count({"Kim Min Jae", "Lee Seo Yoon"}) == 1);
  CHECK_FALSE(has_entity(recognize("She flew in from Jeju Island on Monday as planned."), EntityType::kDrama,
                         "Jeju Island"));
  const auto colon = recognize("The horror drama Mirror: The Hidden Room has released its poster.");
  CHECK(has_entity(colon, EntityType::kDrama, "Mirror: The Hidden Room"));
  const auto digit = recognize("The drama \"18 Days Again\" topped the chart.");
  CHECK(has_entity(digit, EntityType::kDrama, "18 Days Again"));
  const auto ost = recognize("\"2 A.M. Letter,\" the second OST for the series, was released. Fans loved the OST "
                             "\"Blue Hour\" too.");
  CHECK_FALSE(has_entity(ost, EntityType::kDrama, "2 A.M. Letter"));
  CHECK_FALSE(has_entity(ost, EntityType::kDrama, "Blue Hour"));
}

TEST_CASE("'X, her co-star in the drama,' is in the drama named last, even in an aside") {
  const auto info = recognize("Lee Ha Neul, who debuts in the web drama Pink Lemonade, talked about her lines. "
                              "Kim Yu Na, her co-star in the drama, said she was a natural.");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : info.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Kim Yu Na", "Pink Lemonade"}) == 1);
}

TEST_CASE("'X of the drama T'; '(played by child actor X)'; '\"Living as Y ...,\" X wrote'; ', and director X' ends a role") {
  const auto of_the = recognize("Second was Kim Ye Seul of the drama Honey Trap.");
  REQUIRE(of_the.cast.size() == 1);
  CHECK(of_the.cast[0].drama == "Honey Trap");
  const auto child = recognize("Young Seo Yun (played by child actor Park Ha Eun) sells flowers at the market.");
  CHECK(roles_of(child).count({"Park Ha Eun", "Young Seo Yun"}) == 1);
  const auto living = recognize("\"Living as Han Eun Jae for eight months was a gift,\" Kim Bin Na wrote.");
  check_only_credit(living, "Kim Bin Na", "Han Eun Jae");
  const auto list = recognize("She thanked co-star Lee Jae Woon, who played Eun Jae's rival, and director Park "
                              "Gyu Ri.");
  CHECK(roles_of(list).count({"Lee Jae Woon", "Park Gyu Ri"}) == 0);
}

TEST_CASE("'cast in T, playing Y' past a long title; 'his character, the chef Y, as'; '(veteran actor X)'; "
          "'the role of Y goes to X'; '(X)' after an unnamed role; 'star of T'; 'last year's T'") {
  const auto playing = recognize("Kim Ha Ram has been cast in the web drama Nine Nights of Snow, playing Park Dan "
                                 "Woo, a student.");
  CHECK(roles_of(playing).count({"Kim Ha Ram", "Park Dan Woo"}) == 1);
  const auto his = recognize("Han Ma Ru described his character, the former hotel chef Lee Ra Eun, as \"a quiet "
                             "man.\"");
  check_only_credit(his, "Han Ma Ru", "Lee Ra Eun");
  const auto veteran = recognize("Her father, chairman Park Myung Gil (veteran actor Lee Tae Han), arrives.");
  CHECK(roles_of(veteran).count({"Lee Tae Han", "Park Myung Gil"}) == 1);
  const auto goes = recognize("The role of his apprentice Dal Rae goes to Kim Ha Seul.");
  check_only_credit(goes, "Kim Ha Seul", "Dal Rae");
  const auto award = recognize("The top prize goes to Kim Ha Seul.");
  CHECK(roles_of(award).empty());
  const auto unnamed = recognize("Meanwhile, tvN's Green Mile scored 4.1 percent. The drama, which follows a retired "
                                 "runner (Ok Eun Taek) who coaches a team, aired its eighth episode.");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : unnamed.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Ok Eun Taek", "Green Mile"}) == 1);
  const auto star = recognize("Ji Tae Seop, star of Room 402, waved to fans.");
  CHECK(has_entity(star, EntityType::kDrama, "Room 402"));
  const auto year = recognize("She stars with Han Ha Rin, who rose to fame through last year's Night Pharmacy.");
  CHECK(has_entity(year, EntityType::kDrama, "Night Pharmacy"));
}

TEST_CASE("'T, in which X plays'; 'X, a member of GROUP,'; 'X's character, the translator Y'; 'the two actors "
          "co-starred in T' credits the pair named before") {
  const auto which = recognize("Meanwhile, Cheongsan Diary, in which Kim Gyu Ri plays a country doctor, came in third.");
  CHECK(has_entity(which, EntityType::kDrama, "Cheongsan Diary"));
  const auto member = recognize("Jisu, a member of SILKROAD, appears as the transfer student Min Ha Na.");
  CHECK(has_entity(member, EntityType::kPerson, "Jisu"));
  CHECK(roles_of(member).count({"Jisu", "Min Ha Na"}) == 1);
  const auto translator = recognize("The song plays when Lee Ji Seon's character, the translator Han So Ri, reads "
                                    "the letter.");
  CHECK(roles_of(translator).count({"Lee Ji Seon", "Han So Ri"}) == 1);
  const auto pair = recognize("The agencies of Kim Yun Seo and Park Min Hyuk denied the reports. The two actors "
                              "co-starred in the drama Lighthouse Diary.");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : pair.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Kim Yun Seo", "Lighthouse Diary"}) == 1);
  CHECK(in.count({"Park Min Hyuk", "Lighthouse Diary"}) == 1);
}

TEST_CASE("a quoted title takes over a name inside it; 'Moon shines as Y'; 'steals every scene as the village chief'; "
          "'her ex-husband Y (X)'; a host is in the show") {
  const auto quoted = recognize("The stars of \"Run, Mina, Run!\" appeared on the show.");
  CHECK(has_entity(quoted, EntityType::kDrama, "Run, Mina, Run!"));
  CHECK_FALSE(has_entity(quoted, EntityType::kPerson, "Mina"));
  const auto moon = recognize_learned("The Quiet Orchard stars Ok Seo Ha. Ok shines as Lee Ga On, a farmer.");
  CHECK(roles_of(moon).count({"Ok Seo Ha", "Lee Ga On"}) == 1);
  const auto chief = recognize("Supporting actor Park Tae Gyu steals every scene as the nosy village chief.",
                               "The Quiet Orchard");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : chief.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Park Tae Gyu", "The Quiet Orchard"}) == 1);
  const auto event = recognize("Park Tae Gyu attended the event as the brand's new face.", "The Quiet Orchard");
  CHECK(event.cast.empty());
  const auto ex = recognize("Her ex-husband Oh Min Jae (Kim Seung Pyo) runs the ferry.");
  CHECK(roles_of(ex).count({"Kim Seung Pyo", "Oh Min Jae"}) == 1);
  const auto host = recognize("The cast of Blue Moon appeared as guests on Couch Talk Live. Kim Se Na, who plays Mina "
                              "in Blue Moon, teamed up with host Park Dae Sik for a quiz.");
  std::set<std::pair<std::string, std::string>> hosted;
  for (const auto& c : host.cast) hosted.insert({c.actor, c.drama});
  CHECK(hosted.count({"Park Dae Sik", "Couch Talk Live"}) == 1);
}

TEST_CASE("a declined offer credits no one; 'he is best known for his role as ..., and for playing Y in T'") {
  const auto declined = recognize("Kim Seo Rim has turned down the offer to star in the thriller Midnight Parcel.");
  CHECK(declined.cast.empty());
  const auto known = recognize("Kim Il Song appeared in more than 200 films. He is best known to younger viewers for "
                               "his role as the stubborn grandfather in the drama Our Blue House, and for playing "
                               "King Seonjo in the historical film The Ninth Gate.");
  std::set<std::tuple<std::string, std::string, std::string>> credits;
  for (const auto& c : known.cast) credits.insert({c.actor, c.character, c.drama});
  CHECK(credits.count({"Kim Il Song", "King Seonjo", "The Ninth Gate"}) == 1);
  CHECK(credits.count({"Kim Il Song", "King Seonjo", "Our Blue House"}) == 0);
}

TEST_CASE("'The SBS action drama, in which X plays a retired boxer' credits X in the drama named before; a decade "
          "opens no title; 'Nielsen Korea' is no title") {
  const auto drama = recognize("Iron Fist Gym continued its streak. The SBS action drama, in which Park Jin Gu plays a "
                               "retired boxer, recorded 13.2 percent.",
                               "Iron Fist Gym");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : drama.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Park Jin Gu", "Iron Fist Gym"}) == 1);
  const auto decade = recognize("Kim Seo Yul played the eldest daughter of a tailor in 1970s Busan.");
  CHECK_FALSE(has_type(decade, EntityType::kDrama));
  const auto nielsen = recognize("Nielsen Korea has released the ratings for the week.");
  CHECK_FALSE(has_entity(nielsen, EntityType::kDrama, "Nielsen Korea"));
}

TEST_CASE("a contracted pronoun stands for the person before it ('He'll play Y')") {
  const auto info = recognize("Japanese actor Kenta Morishima has joined the cast of Tokyo Transfer. He'll play "
                              "Takeshi Arai, a detective.");
  CHECK(roles_of(info).count({"Kenta Morishima", "Takeshi Arai"}) == 1);
}

TEST_CASE("'A and B, who play rival photographers X and Y in the drama, recorded'; 'appear in T as Y' far along; "
          "'Photos shared online' is no title") {
  const auto who = recognize("Kim Da Bin and Park Jae Seok, who play rival photographers Lee Ha and Han Jun in the "
                             "drama, recorded the episode last week.");
  CHECK(roles_of(who).count({"Kim Da Bin", "Lee Ha"}) == 1);
  CHECK(roles_of(who).count({"Park Jae Seok", "Han Jun"}) == 1);
  const auto talks = recognize("Kim Jin Sol is in talks to appear in the upcoming drama The Duke's Gardener as Yun "
                               "Seo, a gardener.");
  CHECK(roles_of(talks).count({"Kim Jin Sol", "Yun Seo"}) == 1);
  const auto photos = recognize("Photos shared online show the two actors laughing.");
  CHECK_FALSE(has_type(photos, EntityType::kDrama));
}

TEST_CASE("'known for the dramas A and B' names both; 'Y in the upcoming drama T will be played by X'") {
  const auto list = recognize("Kim Jae Min is known for the dramas Rooftop Radio and Second Verdict.");
  CHECK(has_entity(list, EntityType::kDrama, "Rooftop Radio"));
  CHECK(has_entity(list, EntityType::kDrama, "Second Verdict"));
  const auto headline = recognize("The Most Buzzworthy Dramas Of The Second Week Of March");
  CHECK_FALSE(has_type(headline, EntityType::kDrama));
  const auto passive = recognize("The role of the mysterious architect Park Sa Gong in the upcoming drama The Glass "
                                 "Bridge will be played by Han Do Yun.");
  CHECK(roles_of(passive).count({"Han Do Yun", "Park Sa Gong"}) == 1);
}

TEST_CASE("'She is set to play Y', 'she is going to play Y': a pronoun's verb after words of plan") {
  for (const char* text : {"Actress Kim Ha Na has joined the drama Blue Moon. She is set to play Lee Seo Yun, a lawyer.",
                           "Actress Kim Ha Na has joined the drama Blue Moon. She is going to play Lee Seo Yun."}) {
    INFO(text);
    CHECK(roles_of(recognize(text)).count({"Kim Ha Na", "Lee Seo Yun"}) == 1);
  }
  // Not past another verb: "She thanked the fans and will play" is no bridge.
  const auto other = recognize("Actress Kim Ha Na has joined the drama Blue Moon. She thanked the staff who then "
                               "played Park Mi Rae's song.");
  CHECK(roles_of(other).count({"Kim Ha Na", "Park Mi Rae"}) == 0);
}

TEST_CASE("'her function because the nurse Y' (spun 'role as'); '\"My character, Y, runs a stall,\" she said'") {
  // (The fixture has no "function -> role" row: the repaired word is
  // written; two sure forms make the text a spun one.)
  const auto spun = recognize("Kim Hye Won will lead the drama Night Ward, filmed in a tenting automotive with a "
                              "digicam. She is known for her role because the cheerful nurse Ha Ni in the 2022 drama "
                              "Sunny Clinic.");
  CHECK(roles_of(spun).count({"Kim Hye Won", "Ha Ni"}) == 1);
  const auto mine = recognize("Kim Ga Hui is the star of River Market. \"My character, Jo Mi Sun, runs a fish stall,\" "
                              "she said.");
  CHECK(roles_of(mine).count({"Kim Ga Hui", "Jo Mi Sun"}) == 1);
}

TEST_CASE("'X won Best Actress for her performance in T'; '\"I could not have played Y without you,\" she said' after "
          "a sentence whose subject is the same 'she'") {
  const auto award = recognize("Kim Da Eun won the Best Actress award for her performance in \"Silent Garden.\"");
  std::set<std::pair<std::string, std::string>> in;
  for (const auto& c : award.cast) in.insert({c.actor, c.drama});
  CHECK(in.count({"Kim Da Eun", "Silent Garden"}) == 1);
  const auto speech = recognize_learned("Kim Da Eun won the Best Actress award. In her speech, she thanked director "
                                        "Park Hyun Gu. \"I could not have played Min Ha Kyung without you,\" she said.");
  CHECK(roles_of(speech).count({"Kim Da Eun", "Min Ha Kyung"}) == 1);
  CHECK(roles_of(speech).count({"Park Hyun Gu", "Min Ha Kyung"}) == 0);
}

TEST_CASE("'He also appeared in the film T' credits the pronoun's person; 'working together since the film T'; "
          "'King Y (X)' makes 'Y' alone a character") {
  const auto pron = recognize_learned("Actor Kim Jun Seok has been discharged. He also appeared in the film Rainy "
                                      "Season Express.");
  CHECK(titles_of(pron).count({"Kim Jun Seok", "Rainy Season Express"}) == 1);
  // (A verb of the cast with no title after it credits nothing.)
  const auto none = recognize_learned("Actor Kim Jun Seok has been discharged. He also appeared in good health.");
  CHECK(none.cast.empty());
  const auto together = recognize("Park Hyun Bin and Lee Ha Eun are working together for the first time since the "
                                  "film Moonlight Relay.");
  CHECK(titles_of(together).count({"Park Hyun Bin", "Moonlight Relay"}) == 1);
  CHECK(titles_of(together).count({"Lee Ha Eun", "Moonlight Relay"}) == 1);
  const auto king = recognize_learned("The drama Palace of Ash follows the young King Lee Hwan (Kim Si Woo). Lee Hwan "
                                      "loses his throne in the first episode.");
  CHECK(roles_of(king).count({"Kim Si Woo", "King Lee Hwan"}) == 1);
  CHECK_FALSE(has_entity(king, EntityType::kPerson, "Lee Hwan"));
}

TEST_CASE("a ranking's titles: 'tvN's Sunday Diner', 'followed by T', 'the top five were A and B'; a known title "
          "with 's inside") {
  const auto day = recognize("Gold Falcon took first place, followed by tvN's Sunday Diner.");
  CHECK(has_entity(day, EntityType::kDrama, "Sunday Diner"));
  const auto followed = recognize("The drama Gold Falcon took first place, followed by Letters to Juno.");
  CHECK(has_entity(followed, EntityType::kDrama, "Letters to Juno"));
  const auto top = recognize_learned("Rounding out the top five were Hidden Heir and The Butcher's Daughter.");
  CHECK(has_entity(top, EntityType::kDrama, "Hidden Heir"));
  CHECK(has_entity(top, EntityType::kDrama, "The Butcher's Daughter"));
  // (No ranking: "followed by" after no title.)
  const auto plain = recognize("The press conference was followed by Park Min Ho's fan meeting.");
  CHECK_FALSE(has_type(plain, EntityType::kDrama));
}

TEST_CASE("'X, the actor behind the bodyguard Y in T, is in talks to join as Z's first love, W'; 'the new part-timer "
          "Y, played by X'") {
  const auto behind = recognize_learned("Kim Tae Hee, the actor behind the beloved bodyguard Ban Seok in Amber Hour, is "
                                        "in talks to join the cast as Ha Yeon's first love, Park Woo Jin.");
  CHECK(roles_of(behind).count({"Kim Tae Hee", "Ban Seok"}) == 1);
  CHECK(roles_of(behind).count({"Kim Tae Hee", "Park Woo Jin"}) == 1);
  CHECK_FALSE(has_entity(behind, EntityType::kPerson, "Ban Seok"));
  const auto timer = recognize("The drama Moon Bakery follows the new part-timer Ma Eun Byul, played by rookie "
                               "actress Kim Ji An.");
  CHECK(roles_of(timer).count({"Kim Ji An", "Ma Eun Byul"}) == 1);
}

TEST_CASE("'marking her first drama since 2024's T' and 'Having played a heiress in T, X said' put X in T") {
  const auto since = recognize("Kim Bo Ra will star in the melodrama Snow Tracks, marking her first drama in two "
                               "years since 2024's Crimson Letters.");
  CHECK(titles_of(since).count({"Kim Bo Ra", "Crimson Letters"}) == 1);
  CHECK(titles_of(since).count({"Kim Bo Ra", "Snow Tracks"}) == 1);
  const auto having = recognize("Having played a cold-hearted heiress in the drama Crimson Letters, Kim Bo Ra said "
                                "she wanted a warmer role.");
  CHECK(titles_of(having).count({"Kim Bo Ra", "Crimson Letters"}) == 1);
}

TEST_CASE("a guest named in a passage without the show is in the show the article names") {
  const std::string text = "Kim Ha Rang and Park Ji Seok will lead the new travel reality show Two Tickets to Jeju.\n\n"
                           "The two became friends while filming the drama Spring Ferry.\n\n"
                           "Singer Lee Yoon will also appear in the first episode as a special guest.";
  const Analysis a = pipeline().analyse(text);
  const ArticleEntities known = pipeline().learn_article(a);
  std::size_t from = 0;
  while (from < a.tokens.size() && a.tokens[from].offset < text.find("Singer")) ++from;
  const PassageInfo last = pipeline().recognize(a, from, a.tokens.size(), "", &known);
  CHECK(titles_of(last).count({"Lee Yoon", "Two Tickets to Jeju"}) == 1);
  CHECK(titles_of(last).count({"Lee Yoon", "Spring Ferry"}) == 0);
}

TEST_CASE("a review's credits: 'As the queen Y, X delivers', 'X brings Y to life', 'Y is brought to life by X'; "
          "'T is available to stream'") {
  const auto as = recognize("As the scheming queen Mun Seol Hwa, Kim Ji Ahn delivers a career-best performance.");
  CHECK(roles_of(as).count({"Kim Ji Ahn", "Mun Seol Hwa"}) == 1);
  const auto brings = recognize("She is matched by Park Sung Hoon, who brings the exiled prince Yi Joon to life.");
  CHECK(roles_of(brings).count({"Park Sung Hoon", "Yi Joon"}) == 1);
  const auto brought = recognize("The loyal eunuch Bok Dol is brought to life by veteran actor Lee Dong Il.");
  CHECK(roles_of(brought).count({"Lee Dong Il", "Bok Dol"}) == 1);
  // ("as soon as" is a comparison, not a role.)
  const auto soon = recognize("Kim Chan Hee will return to the drama Blue Office as soon as Park Min Ho recovers.");
  CHECK(std::none_of(soon.cast.begin(), soon.cast.end(), [](const CastCredit& c) { return !c.character.empty(); }));
  const auto stream = recognize("Glass Crown is available to stream on Netflix.");
  CHECK(has_entity(stream, EntityType::kDrama, "Glass Crown"));
}

TEST_CASE("'In the film, A plays ..., and B plays the detective' puts B in the film; a premiere's guests are not in "
          "the film") {
  const auto film = recognize_learned("The cast of the new film Night Run attended its premiere. In the film, Kim Yu "
                                      "Bin plays a delivery rider named Yeo Dan, and Park Tae Seop plays the detective "
                                      "who chases him.");
  CHECK(titles_of(film).count({"Park Tae Seop", "Night Run"}) == 1);
  const auto guests = recognize_learned("The cast of the new film Night Run attended its premiere. Among the guests "
                                        "were actress Lee Mi Rae, who co-starred with Kim Yu Bin in the drama Paper "
                                        "Swans, and singer Ji Ha Ram.");
  CHECK(titles_of(guests).count({"Ji Ha Ram", "Night Run"}) == 0);
  CHECK(titles_of(guests).count({"Lee Mi Rae", "Paper Swans"}) == 1);
}

TEST_CASE("a drama named after its hero: 'the titular heroine of KBS2's historical drama Han Gil Soon'; a past "
          "work is not the drama of the credits after it") {
  const auto titular = recognize_learned("Actress Ok Ye Seul has landed the role of Han Gil Soon, the titular heroine "
                                         "of KBS2's upcoming historical drama Han Gil Soon.");
  CHECK(has_entity(titular, EntityType::kDrama, "Han Gil Soon"));
  CHECK(roles_of(titular).count({"Ok Ye Seul", "Han Gil Soon"}) == 1);
  CHECK(titles_of(titular).count({"Ok Ye Seul", "Han Gil Soon"}) == 1);
  // (A verb of seeing is no genre word: "the photos show X".)
  const auto photos = recognize("The new photos show Kim Woo Hyun struggling with a ladder.");
  CHECK_FALSE(has_type(photos, EntityType::kShow));
  const auto past = recognize_learned("Actress Ok Ye Seul will lead the drama Blue Lantern. She made her debut last "
                                      "year in the web drama Campus Static. She will be cast opposite Park Min Kyu, "
                                      "who will play the royal inspector Baek Si Hoon.");
  CHECK(titles_of(past).count({"Park Min Kyu", "Campus Static"}) == 0);
}

TEST_CASE("'Seong Ha Rin (Harin)' is one person, 'Harin' later too; 'she will appear in the drama as Y'; 'X's role in "
          "the drama is the chef, Y'") {
  const auto alias = recognize_learned("Kim Ha Rin (Harin), a member of the girl group LUMINA, will make her acting "
                                       "debut in the web drama Summer Code. Her agency confirmed that she will appear "
                                       "in the drama as Jeon Bo Mi. Harin said she was nervous.");
  CHECK(has_entity(alias, EntityType::kPerson, "Kim Ha Rin"));
  CHECK_FALSE(has_entity(alias, EntityType::kPerson, "Harin"));
  CHECK(roles_of(alias).count({"Harin", "Kim Ha Rin"}) == 0);
  CHECK(roles_of(alias).count({"Kim Ha Rin", "Jeon Bo Mi"}) == 1);
  const auto role = recognize("Love Delivery is about a bike courier. Kim Ha Yoon's role in the drama is the chef, "
                              "Park Na Ri, who never leaves her kitchen.");
  CHECK(roles_of(role).count({"Kim Ha Yoon", "Park Na Ri"}) == 1);
}

TEST_CASE("'who played Park Seo Gun's mother in the drama T' puts both actors in T; a gazetteer title at the end of a "
          "longer run is part of it") {
  const auto mother = recognize("Veteran actress Kim Ji Sook, who played Park Seo Gun's mother in the 2019 drama Tofu "
                                "and Toast, has joined the cast.");
  CHECK(titles_of(mother).count({"Park Seo Gun", "Tofu and Toast"}) == 1);
  CHECK(titles_of(mother).count({"Kim Ji Sook", "Tofu and Toast"}) == 1);
  const auto longer = recognize("Kim Ji Sook has joined the cast of KBS2's new weekend drama Our Happy Together.");
  CHECK(has_entity(longer, EntityType::kDrama, "Our Happy Together"));
  CHECK_FALSE(has_entity(longer, EntityType::kShow, "Happy Together"));
}

TEST_CASE("'X's performance as Y in T'; 'his turn as Y in T' names T; 'Also starring in T is X, who ...'") {
  const auto perf = recognize("Kim Ji Hee's performance as the con artist Seo Yi Ryung in Velvet Lies has drawn praise.");
  CHECK(roles_of(perf).count({"Kim Ji Hee", "Seo Yi Ryung"}) == 1);
  CHECK(titles_of(perf).count({"Kim Ji Hee", "Velvet Lies"}) == 1);
  const auto also = recognize("Also starring in Tide Watch is rookie actor Park Ki Ho, who caught viewers' attention "
                              "with his turn as the high school bully Cha Min Seong in Blue Lockers.");
  CHECK(has_entity(also, EntityType::kDrama, "Blue Lockers"));
  CHECK(titles_of(also).count({"Park Ki Ho", "Blue Lockers"}) == 1);
  CHECK(titles_of(also).count({"Park Ki Ho", "Tide Watch"}) == 1);
}

TEST_CASE("'comeback with the drama T', 'X's return to television after T', 'whose credits include the films A and "
          "B', 'She will headline the drama as Y'") {
  const auto back = recognize_learned("Lee Seo Ah will make her small-screen comeback with the new medical drama Night "
                                      "Shift Heroes. The drama marks Lee Seo Ah's return to television after the 2023 "
                                      "series Autumn Verdict. She will headline the drama as Dr. Yu Ji Woo.");
  CHECK(titles_of(back).count({"Lee Seo Ah", "Night Shift Heroes"}) == 1);
  CHECK(titles_of(back).count({"Lee Seo Ah", "Autumn Verdict"}) == 1);
  CHECK(roles_of(back).count({"Lee Seo Ah", "Yu Ji Woo"}) == 1);
  const auto credits = recognize("Park Dong Hyun, whose credits include the films Granite Garden and Last Ferry North, "
                                 "is making his first drama appearance in five years.");
  CHECK(titles_of(credits).count({"Park Dong Hyun", "Granite Garden"}) == 1);
  CHECK(titles_of(credits).count({"Park Dong Hyun", "Last Ferry North"}) == 1);
}

TEST_CASE("'Bae Na Rae, the character X plays in T,'; 'X's Na Rae is a barista'; 'X's Ok Han Gyeol, the owner,'") {
  const auto reversed = recognize("Bae Na Rae, the character Kim Seo Woo plays in Rooftop Cafe, is the heroine of the "
                                  "season.");
  CHECK(roles_of(reversed).count({"Kim Seo Woo", "Bae Na Rae"}) == 1);
  CHECK(titles_of(reversed).count({"Kim Seo Woo", "Rooftop Cafe"}) == 1);
  const auto owned = recognize_learned("Kim Seo Woo plays Bae Na Rae in the drama Rooftop Cafe. Kim Seo Woo's Na Rae is "
                                       "a barista. Lee Min Jae's Ok Han Gyeol, the cafe's stubborn owner, is the only "
                                       "one she cannot read.");
  CHECK(roles_of(owned).count({"Lee Min Jae", "Ok Han Gyeol"}) == 1);
  CHECK_FALSE(has_entity(owned, EntityType::kPerson, "Ok Han Gyeol"));
  // (Not a name in a relation: "X's husband Y" has a word between.)
  const auto husband = recognize("Kim Seo Woo's husband Lee Min Jae is a chef.");
  CHECK(roles_of(husband).count({"Kim Seo Woo", "Lee Min Jae"}) == 0);
}

TEST_CASE("'She previously appeared in supporting roles in the films A and B'; a name shape inside a listed title; "
          "'The two actors previously worked together on T'") {
  const auto films = recognize_learned("Actress Kim Seo Woo leads the drama Rooftop Cafe. She previously appeared in "
                                       "supporting roles in the films Blue Park Hotel and Second Alarm.");
  CHECK(has_entity(films, EntityType::kFilm, "Blue Park Hotel"));
  CHECK_FALSE(has_entity(films, EntityType::kPerson, "Park Hotel"));
  CHECK(titles_of(films).count({"Kim Seo Woo", "Blue Park Hotel"}) == 1);
  CHECK(titles_of(films).count({"Kim Seo Woo", "Second Alarm"}) == 1);
  const auto pair = recognize("Kim Do Won and Lee Ye Seo will play a newlywed couple. The two actors previously worked "
                              "together on the 2022 drama Office Romance Rules.");
  CHECK(titles_of(pair).count({"Kim Do Won", "Office Romance Rules"}) == 1);
  CHECK(titles_of(pair).count({"Lee Ye Seo", "Office Romance Rules"}) == 1);
}

TEST_CASE("an animated film's cast: 'X will voice Y', 'the printer Mr. Han', 'will narrate the film'; 'the animated "
          "feature T'") {
  const auto voice = recognize_learned("Actors Kim Ha Jin and Park Sang Woo will lend their voices to the animated film "
                                       "The Paper Fox. Kim Ha Jin will voice Yeo Rang, a fox, while Park Sang Woo will "
                                       "voice the lonely printer Mr. Han. Veteran actress Lee Hye Ja will narrate the "
                                       "film. Director Han Min Gu previously directed the animated feature Winter Ducks.");
  CHECK(roles_of(voice).count({"Kim Ha Jin", "Yeo Rang"}) == 1);
  CHECK(roles_of(voice).count({"Park Sang Woo", "Mr. Han"}) == 1);
  CHECK(titles_of(voice).count({"Lee Hye Ja", "The Paper Fox"}) == 1);
  CHECK(has_entity(voice, EntityType::kFilm, "Winter Ducks"));
}

TEST_CASE("'the set of T in Busan': the place ends the title; 'Y, whose adult self is played by X'") {
  const auto place = recognize("Kim Na Bi was spotted on the set of the drama Harbor Lights Diner in Busan on Tuesday.");
  CHECK(has_entity(place, EntityType::kDrama, "Harbor Lights Diner"));
  CHECK_FALSE(has_entity(place, EntityType::kDrama, "Harbor Lights Diner in Busan"));
  const auto adult = recognize("Park Si Woo will play the young Do Kang Ho, whose adult self is played by Ji Seung Hwan.");
  CHECK(roles_of(adult).count({"Ji Seung Hwan", "Do Kang Ho"}) == 1);
}

TEST_CASE("a headline's 'Drama Alongside Japanese Actor' is no title; 'her acting skills in the musical T'") {
  const auto headline = recognize("Singer-Actress Kim Yoon Seul Cast In Office Drama Alongside Japanese Actor");
  CHECK_FALSE(has_type(headline, EntityType::kDrama));
  const auto musical = recognize("The company said Kim Yoon Seul showed her acting skills in the musical Starlight "
                                 "Boulevard.");
  CHECK(titles_of(musical).count({"Kim Yoon Seul", "Starlight Boulevard"}) == 1);
}

TEST_CASE("'X's latest film, T, has been invited': a title set off by commas after a genre word") {
  const auto apposed = recognize("Director Kim Sang Hee's latest film, The Last Orchard Keeper, has been invited to "
                                 "the festival.");
  CHECK(has_entity(apposed, EntityType::kFilm, "The Last Orchard Keeper"));
  // (Not a person so set off: "her co-star in the film, Park Min Ho, said".)
  const auto person = recognize("Her latest film, Park Min Ho said, was hard to make.");
  CHECK_FALSE(has_type(person, EntityType::kFilm));
}

TEST_CASE("'Her turn as Y in T': the subject's portrayal credits the role") {
  const auto turn = recognize_learned("Kim Seo Ah turns 31 today. Her turn as pastry chef Park Bit Na in Spring "
                                      "Bakery is the role fans still quote.");
  CHECK(roles_of(turn).count({"Kim Seo Ah", "Park Bit Na"}) == 1);
  CHECK_FALSE(has_entity(turn, EntityType::kPerson, "Park Bit Na"));
}

TEST_CASE("'Taking on the role of Y is X', 'Playing Y is X': an inverted credit names the role first") {
  const auto taking = recognize("Taking on the role of the genius but lonely surgeon Lee Yi Heon is Kim Jae Ik, who "
                                "returns to television after three years.");
  CHECK(roles_of(taking).count({"Kim Jae Ik", "Lee Yi Heon"}) == 1);
  CHECK(has_entity(taking, EntityType::kCharacter, "Lee Yi Heon"));
  const auto playing = recognize("Playing the emergency room nurse Park Ha Yul is Han Chae Won.");
  CHECK(roles_of(playing).count({"Han Chae Won", "Park Ha Yul"}) == 1);
  // (Not a participle about a person: "Playing with Kim Ha Na is fun.")
  const auto with = recognize("Playing with Kim Ha Na is fun, Ji Min Ho said.");
  CHECK(with.cast.empty());
}

TEST_CASE("'following the end of T': a time slot's previous drama is a title") {
  const auto slot = recognize("Midnight Rounds will premiere in February, following the end of Falling Petals.");
  CHECK(has_entity(slot, EntityType::kDrama, "Falling Petals"));
}

TEST_CASE("'Her works include A (2017), B (2019) and the recently wrapped C (2024)': each dated title is hers") {
  const auto works = recognize_learned("Kim Seo Ah turns 31 today. Her works include Orchard Road (2017), Tomorrow's "
                                       "Weather (2019) and the recently wrapped The Tide Watcher (2024).");
  const auto credits = titles_of(works);
  CHECK(credits.count({"Kim Seo Ah", "Orchard Road"}) == 1);
  CHECK(credits.count({"Kim Seo Ah", "Tomorrow's Weather"}) == 1);
  CHECK(credits.count({"Kim Seo Ah", "The Tide Watcher"}) == 1);
}

TEST_CASE("'The actress debuted in 2014 with a small part in the film T': the subject was in T") {
  const auto debut = recognize_learned("Kim Seo Ah turns 31 today. The actress debuted in 2014 with a small part in "
                                       "the film Salt Lantern Bay.");
  CHECK(titles_of(debut).count({"Kim Seo Ah", "Salt Lantern Bay"}) == 1);
}

TEST_CASE("'Her next project, the legal drama T': the subject's coming work; not a director's latest film") {
  const auto next = recognize_learned("Kim Seo Ah led the drama Blue Harbor last year. Her next project, the legal "
                                      "drama Verdict of Spring, begins filming in January.");
  CHECK(titles_of(next).count({"Kim Seo Ah", "Verdict of Spring"}) == 1);
  const auto director = recognize_learned("Lee Sang Hee's latest film, The Last Orchard Keeper, has been invited to "
                                          "the festival.");
  CHECK(titles_of(director).count({"Lee Sang Hee", "The Last Orchard Keeper"}) == 0);
}

TEST_CASE("an interview's answer: 'X: ... the comedy T, where I will play a teacher' credits the speaker") {
  const auto answer = recognize("Q: What is next for you?\n\nKim Ha Neul: I am taking a short break, and then I will "
                                "prepare for the romantic comedy Origami Autumn, where I will play a clumsy teacher.");
  CHECK(titles_of(answer).count({"Kim Ha Neul", "Origami Autumn"}) == 1);
  // (A speaker who only talks about a title is not in it.)
  const auto about = recognize("Kim Ha Neul: I watched the comedy Origami Autumn twice last week.");
  CHECK(titles_of(about).count({"Kim Ha Neul", "Origami Autumn"}) == 0);
}

TEST_CASE("'the thriller Ashes of June': a month after 'of' ends a title, not a date") {
  const auto title = recognize("Kim Yu Rim has been offered the lead role in the upcoming thriller Ashes of June.");
  CHECK(has_entity(title, EntityType::kDrama, "Ashes of June"));
  CHECK(titles_of(title).count({"Kim Yu Rim", "Ashes of June"}) == 1);
  // (A date stays out: "the drama Blue Harbor of June 5" is no title.)
  const auto date = recognize("The finale of Blue Harbor of June 5 drew the highest ratings.");
  CHECK_FALSE(has_entity(date, EntityType::kDrama, "Blue Harbor of June"));
}

TEST_CASE("'He has been offered the part of Y': the part of a role credits as the role of it does") {
  const auto part = recognize_learned("Actor Park Si Hoo is also in talks to join the cast of Ashes. He has been "
                                      "offered the part of Ji Kang Woo, the company's cold-blooded heir.");
  CHECK(roles_of(part).count({"Park Si Hoo", "Ji Kang Woo"}) == 1);
  CHECK_FALSE(has_entity(part, EntityType::kPerson, "Ji Kang Woo"));
}

TEST_CASE("a role landed in T, filming wrapped for T: the subject is in T") {
  const auto landed = recognize("Kim Yu Rim rose to stardom with the youth drama Class of Summer and landed her "
                                "first lead role in Silver Compass (2022).");
  CHECK(titles_of(landed).count({"Kim Yu Rim", "Silver Compass"}) == 1);
  const auto wrapped = recognize_learned("Kim Yu Rim is busy this year. She recently wrapped filming for the tvN "
                                         "drama Night Swimmers.");
  CHECK(titles_of(wrapped).count({"Kim Yu Rim", "Night Swimmers"}) == 1);
}

TEST_CASE("'Season 2 of T' names a title") {
  const auto season = recognize("The company announced that Season 2 of The Tenth Door will see Lee Seol Ah return.");
  CHECK(has_entity(season, EntityType::kDrama, "The Tenth Door"));
}

TEST_CASE("'A and B, who star in the drama T, appeared as guests': the aside credits both") {
  const auto both = recognize("On the latest broadcast, Kim Hye Seon and Park Tae Bin, who star in the upcoming "
                              "drama Lemon Tree Road, appeared as guests.");
  const auto credits = titles_of(both);
  CHECK(credits.count({"Kim Hye Seon", "Lemon Tree Road"}) == 1);
  CHECK(credits.count({"Park Tae Bin", "Lemon Tree Road"}) == 1);
}

TEST_CASE("'in dramas such as A, B and C': each listed title is a credit of the subject") {
  const auto such = recognize("Kim Bo Ra last appeared in the drama Tuesday Bakery, where she played a chef, and "
                              "previously showed her acting skills in dramas such as Blue Fox, Red Owl and Green Cat.");
  const auto credits = titles_of(such);
  CHECK(credits.count({"Kim Bo Ra", "Tuesday Bakery"}) == 1);
  CHECK(credits.count({"Kim Bo Ra", "Blue Fox"}) == 1);
  CHECK(credits.count({"Kim Bo Ra", "Red Owl"}) == 1);
  CHECK(credits.count({"Kim Bo Ra", "Green Cat"}) == 1);
  CHECK_FALSE(has_entity(such, EntityType::kCharacter, "Blue Fox"));
}

TEST_CASE("'known for A, B and C' without a comma before 'and': two titles, not one") {
  const auto list = recognize("Kim Bo Ra is known for the dramas Blue Fox, Red Owl and Green Cat.");
  CHECK(has_entity(list, EntityType::kDrama, "Red Owl"));
  CHECK(has_entity(list, EntityType::kDrama, "Green Cat"));
  CHECK_FALSE(has_entity(list, EntityType::kDrama, "Red Owl and Green Cat"));
}

TEST_CASE("'X acted in the web drama A and the film B' credits both") {
  const auto acted = recognize("Kim Bo Ra previously acted in the web drama Blue Fox and the film Red Owl.");
  CHECK(titles_of(acted).count({"Kim Bo Ra", "Blue Fox"}) == 1);
  CHECK(titles_of(acted).count({"Kim Bo Ra", "Red Owl"}) == 1);
}

TEST_CASE("'director X, who worked on T': a title, and the director's work, not a credit's drama") {
  const auto crew = recognize("The drama is helmed by director Han Sung Woo, who worked on Paper Crane Street. "
                              "Kim Bo Ra stars in Quiet Ward as the doctor Ok Yoon Seul.");
  CHECK(has_entity(crew, EntityType::kDrama, "Paper Crane Street"));
  CHECK(titles_of(crew).count({"Kim Bo Ra", "Paper Crane Street"}) == 0);
}

TEST_CASE("'T, which wrapped up its run last Sunday, was': a run set off before a broadcast clause is a title") {
  const auto run = recognize("Spring Tailor Shop, which wrapped up its run last Sunday, was the hit of the season. "
                             "Park Seung Gil is wonderful as the grumpy tailor Ok Man Sik.");
  CHECK(has_entity(run, EntityType::kDrama, "Spring Tailor Shop"));
  CHECK(titles_of(run).count({"Park Seung Gil", "Spring Tailor Shop"}) == 1);
  // (A company is no title: "Bluefield Entertainment, which manages her, said".)
  const auto agency = recognize("Bluefield Entertainment, which ended its contract with her, said nothing.");
  CHECK_FALSE(has_entity(agency, EntityType::kDrama, "Bluefield Entertainment"));
}

TEST_CASE("'rose to fame with the youth drama Hello, Roommate in 2019': a title with a comma, and a credit") {
  const auto fame = recognize("Kim Tae Min rose to fame with the youth drama Hello, Roommate in 2019.");
  CHECK(has_entity(fame, EntityType::kDrama, "Hello, Roommate"));
  CHECK(titles_of(fame).count({"Kim Tae Min", "Hello, Roommate"}) == 1);
}

TEST_CASE("'X, best known for the drama A, joins as Y': X was in A, and Y is a role of the article's drama") {
  const auto known = recognize("Han Ha Rim will star in the new series The Ferry Keeper. Actor Lee Joon Ho, best "
                               "known for the period drama Moon Over Hanyang, joins as the ferry's engineer, Ji Dal Su.");
  const auto credits = titles_of(known);
  CHECK(credits.count({"Lee Joon Ho", "Moon Over Hanyang"}) == 1);
  CHECK(credits.count({"Lee Joon Ho", "The Ferry Keeper"}) == 1);
  for (const auto& c : known.cast)
    if (c.character == "Ji Dal Su") CHECK(c.drama == "The Ferry Keeper");
}

TEST_CASE("'X, who won best actress for the film T, plays Y': the award's film is X's") {
  const auto won = recognize("Han Ha Rim, who won best actress at last year's awards for the film Still Water, "
                             "plays Ok Min Ji in the series.");
  CHECK(titles_of(won).count({"Han Ha Rim", "Still Water"}) == 1);
}

TEST_CASE("'will play his by-the-book partner, Y': the 'by' of a hyphened word is no passive") {
  const auto partner = recognize("Kim Hye Won will play his by-the-book partner, Ok Seo Ri.");
  check_only_credit(partner, "Kim Hye Won", "Ok Seo Ri");
}

TEST_CASE("'appeared in dramas including A, B, and C, as well as the film D': all four are the subject's") {
  const auto works = recognize("Han Dong Geon has appeared in dramas including Blue Night Market, Red Fox, and My "
                               "Lovely Landlord, as well as the film Last Train To Daegu.");
  const auto credits = titles_of(works);
  for (const char* t : {"Blue Night Market", "Red Fox", "My Lovely Landlord", "Last Train To Daegu"})
    CHECK(credits.count({"Han Dong Geon", t}) == 1);
}

TEST_CASE("'the hit drama Cherry Hill Academy': a genre word in lower case names a title ending in 'Academy'") {
  const auto hit = recognize("Kim Sun Ae is best known as Madam Kang in the hit drama Cherry Hill Academy.");
  CHECK(has_entity(hit, EntityType::kDrama, "Cherry Hill Academy"));
  const auto festival = recognize("She spoke at the Korea Drama Academy. The film Festival opens today.");
  CHECK_FALSE(has_entity(festival, EntityType::kDrama, "Korea Drama Academy"));
  CHECK_FALSE(has_entity(festival, EntityType::kFilm, "Festival"));
}

TEST_CASE("'Special appearances by A, B, and C are planned': they are in the drama") {
  const auto special = recognize("Lee Jae Yi will lead the drama Salt Flower Diner. Special appearances by Ji Mi Ran, "
                                 "Ok Gi Hoon, and Han Eun Ji are also planned.");
  const auto credits = titles_of(special);
  for (const char* p : {"Ji Mi Ran", "Ok Gi Hoon", "Han Eun Ji"}) CHECK(credits.count({p, "Salt Flower Diner"}) == 1);
}

TEST_CASE("headline 'X Confirmed As Female Lead Of Webtoon Drama Opposite Y': no role, no title") {
  const auto head = recognize("Lee Jae Yi Confirmed As Female Lead Of Webtoon Drama Opposite Kim Kang Hyun");
  CHECK_FALSE(has_type(head, EntityType::kCharacter));
  CHECK_FALSE(has_entity(head, EntityType::kDrama, "Drama Opposite"));
  CHECK(has_entity(head, EntityType::kPerson, "Kim Kang Hyun"));
}

TEST_CASE("'The two actors are set to reunite after T, in which they played a couple': the article's two leads") {
  const auto reunion = recognize_learned("The drama stars Kim Kang Hyun as a chef. Lee Jae Yi will play a critic.\n\n"
                                         "The two actors are set to reunite six years after the campus drama Paper "
                                         "Stars, in which they played a couple.");
  const auto credits = titles_of(reunion);
  CHECK(credits.count({"Kim Kang Hyun", "Paper Stars"}) == 1);
  CHECK(credits.count({"Lee Jae Yi", "Paper Stars"}) == 1);
}

TEST_CASE("'Wednesday: The Lighthouse Lawyer (tvN)': a title opening on 'The' before a broadcaster in brackets") {
  const auto line = recognize("Wednesday: The Lighthouse Lawyer (tvN)\nKim Min Gyu plays Ok Seung Ri, a lawyer.");
  CHECK(has_entity(line, EntityType::kDrama, "The Lighthouse Lawyer"));
  CHECK(titles_of(line).count({"Kim Min Gyu", "The Lighthouse Lawyer"}) == 1);
}

TEST_CASE("'a keeper, played by X': a role the text does not name still credits X") {
  const auto unnamed = recognize("In the drama Lighthouse Lawyer, Kim Min Gyu defends the island's only lighthouse "
                                 "keeper, played by Han Chang Min.");
  CHECK(titles_of(unnamed).count({"Han Chang Min", "Lighthouse Lawyer"}) == 1);
}

TEST_CASE("'to cheer for the two actors, who first met on the set of the film T': the pair was in T") {
  const auto met = recognize("Actors Kim Eun Woo and Lee Seo Jin were spotted filming the drama Kitchen of the Moon. "
                             "Fans came to cheer for the two actors, who first met on the set of the film Late Autumn Bus.");
  const auto credits = titles_of(met);
  CHECK(credits.count({"Kim Eun Woo", "Late Autumn Bus"}) == 1);
  CHECK(credits.count({"Lee Seo Jin", "Late Autumn Bus"}) == 1);
}

TEST_CASE("'Nae Yeonghon-ui Jip (House of My Soul)': the translation in brackets is a title, and credits use it") {
  const auto both = recognize("The film, whose Korean title is Nae Yeonghon-ui Jip (House of My Soul), stars Kim Ji Woo "
                              "as Hye Ra, a woman who returns home.");
  CHECK(has_entity(both, EntityType::kDrama, "House of My Soul"));
  CHECK(titles_of(both).count({"Kim Ji Woo", "House of My Soul"}) == 1);
  CHECK(titles_of(both).count({"Kim Ji Woo", "Nae Yeonghon-ui Jip"}) == 0);
}

TEST_CASE("a line-up's other drama: not for 'X of T' or 'T co-star X', still for the label 'T star X'") {
  const auto buzz = recognize_learned("2. The Quiet Prosecutor (SBS)\n\nKim Yeo Reum of Starlight Diner topped the list "
                                      "of cast members, followed by Starlight Diner co-star Park Min Chan.");
  const auto credits = titles_of(buzz);
  CHECK(credits.count({"Kim Yeo Reum", "Starlight Diner"}) == 1);
  CHECK(credits.count({"Kim Yeo Reum", "The Quiet Prosecutor"}) == 0);
  CHECK(credits.count({"Park Min Chan", "The Quiet Prosecutor"}) == 0);
  const auto label = recognize("Glass Orchard star Kim Min Seok will lead the new thriller Cold Harbor.");
  CHECK(titles_of(label).count({"Kim Min Seok", "Cold Harbor"}) == 1);
}

TEST_CASE("'The former will play Y, while the latter plays Z': the pair named before, in order") {
  const auto pair = recognize("Kim Yu Mi and Park Tae Jun have been cast in the thriller The Inheritance Game. The "
                              "former will play Ok Ji Hae, while the latter plays her younger brother Ok Ji Gyu.");
  const auto roles = roles_of(pair);
  CHECK(roles.count({"Kim Yu Mi", "Ok Ji Hae"}) == 1);
  CHECK(roles.count({"Park Tae Jun", "Ok Ji Gyu"}) == 1);
  CHECK_FALSE(has_entity(pair, EntityType::kPerson, "Ok Ji Hae"));
}

TEST_CASE("'said goodbye to Oh Da-rae, the baker she played': the role named before the description") {
  const auto baker = recognize_learned("Kim Han Bit has shared her thoughts on the end of Dawn Oven. The actress said "
                                       "goodbye to the drama and to Ok Da Rae, the baker she played for two months.");
  CHECK(has_entity(baker, EntityType::kDrama, "Dawn Oven"));
  CHECK(roles_of(baker).count({"Kim Han Bit", "Ok Da Rae"}) == 1);
}

TEST_CASE("'first project since the drama T', 'meet viewers through T': the subject's") {
  const auto since = recognize_learned("Kim Seung Ah is reviewing the offer. This would be her first project since the "
                                       "tvN drama Orange Tram ended in March.");
  CHECK(titles_of(since).count({"Kim Seung Ah", "Orange Tram"}) == 1);
  const auto meet = recognize("Kim Min Ji will meet viewers through the KBS2 drama Blue Sky next month.");
  CHECK(titles_of(meet).count({"Kim Min Ji", "Blue Sky"}) == 1);
  const auto fans = recognize("Kim Min Ji will meet fans at a fan meeting in Seoul.");
  CHECK(fans.cast.empty());
}

TEST_CASE("a chart's 'T, starring A and B, ranked third' and 'T (starring A)' name titles") {
  const auto chart = recognize("Night Flower Market, starring Kim Chae Rin and Park Ho Jun, ranked third. The River "
                               "Postman (starring Lee Eun Taek) came in sixth, and Snow Village Diaries, the new "
                               "romance starring Han Ji Yeon, entered at ninth.");
  const auto credits = titles_of(chart);
  CHECK(credits.count({"Kim Chae Rin", "Night Flower Market"}) == 1);
  CHECK(credits.count({"Park Ho Jun", "Night Flower Market"}) == 1);
  CHECK(credits.count({"Lee Eun Taek", "The River Postman"}) == 1);
  CHECK(credits.count({"Han Ji Yeon", "Snow Village Diaries"}) == 1);
}

TEST_CASE("'He will share the role with musical actor X': a double cast") {
  const auto twin = recognize("Kim Si Hyuk will play the title role of Master Oh. He will share the role with musical "
                              "actor Park Sang Woo.");
  CHECK(roles_of(twin).count({"Park Sang Woo", "Master Oh"}) == 1);
}

TEST_CASE("a list line 'Y in T (played by X)': Y is X's role in T") {
  const auto line = recognize("1. Ok Min-seok in Crimson Abacus (played by Kim Joon Ha)\nThe smiling accountant.");
  CHECK(roles_of(line).count({"Kim Joon Ha", "Ok Min-seok"}) == 1);
  CHECK(titles_of(line).count({"Kim Joon Ha", "Crimson Abacus"}) == 1);
  const auto baron = recognize("5. Baron Kim in Moonrise Kingdom Academy (played by Lee Jae Won)\nThe headmaster.");
  CHECK(has_entity(baron, EntityType::kDrama, "Moonrise Kingdom Academy"));
  CHECK(roles_of(baron).count({"Lee Jae Won", "Baron Kim"}) == 1);
}

TEST_CASE("'Y and Z are played by A and B respectively': the roles come first") {
  const auto pair = recognize("The couple upstairs, Ok Ye Ji and Park Kang Min, are played by Kim Ga In and Lee Ji "
                              "Hwan respectively.");
  const auto roles = roles_of(pair);
  CHECK(roles.count({"Kim Ga In", "Ok Ye Ji"}) == 1);
  CHECK(roles.count({"Lee Ji Hwan", "Park Kang Min"}) == 1);
}

TEST_CASE("'played Y in T and the detective Z in U': a second role in its own title") {
  const auto two = recognize("Park Hae Il played King Seonjo in the historical drama Crimson Hall and the detective "
                             "Moon Gang-ho in Dawn Patrol Unit.");
  const auto roles = roles_of(two);
  CHECK(roles.count({"Park Hae Il", "King Seonjo"}) == 1);
  CHECK(roles.count({"Park Hae Il", "Moon Gang-ho"}) == 1);
  const auto titles = titles_of(two);
  CHECK(titles.count({"Park Hae Il", "Crimson Hall"}) == 1);
  CHECK(titles.count({"Park Hae Il", "Dawn Patrol Unit"}) == 1);
  CHECK_FALSE(titles.count({"Park Hae Il", "Moon Gang-ho"}));
  // Not a second actor with a verb of his own.
  const auto other = recognize("Park Hae Il played King Seonjo in Crimson Hall and Kim Min Soo starred in Blue Coat.");
  CHECK_FALSE(roles_of(other).count({"Park Hae Il", "Kim Min Soo"}));
}

TEST_CASE("'Her father is best known for playing Y': the parent the article named") {
  const auto info = recognize_learned(
      "Kim Ha-ram, the daughter of veteran actor Kim Il-seon, will make her debut in the drama The Foggy Pier. Her "
      "father is best known for playing King Seonjo in the historical drama Crimson Palace.");
  CHECK(roles_of(info).count({"Kim Il-seon", "King Seonjo"}) == 1);
  CHECK_FALSE(roles_of(info).count({"Kim Ha-ram", "King Seonjo"}));
  // The parent named to introduce her is not in her drama.
  const auto titles = titles_of(info);
  CHECK(titles.count({"Kim Ha-ram", "The Foggy Pier"}) == 1);
  CHECK_FALSE(titles.count({"Kim Il-seon", "The Foggy Pier"}));
}

TEST_CASE("'Y, the food critic who wrote ..., is played by X': a long description") {
  const auto info = recognize("Seon-woo, the food critic who wrote the review that ruined Da-som's first shop, is "
                              "played by Lee Hyeon-bin.");
  CHECK(roles_of(info).count({"Lee Hyeon-bin", "Seon-woo"}) == 1);
  const auto who = recognize("Han Mi-rae, who lives on the top floor with her three cats and a parrot, is played by "
                             "veteran actress Lee Hyeon-bin.");
  CHECK(roles_of(who).count({"Lee Hyeon-bin", "Han Mi-rae"}) == 1);
}

TEST_CASE("'rose to fame as Y in Velvet Storm (2019)': a Title Case run after a role's 'in'") {
  const auto info = recognize("Kim Woo-sol rose to fame as the cold-hearted heir Han Tae-joon in Velvet Storm (2019).");
  CHECK(titles_of(info).count({"Kim Woo-sol", "Velvet Storm"}) == 1);
  // Not a Title Case headline's words.
  const auto head = recognize("Kim Ha Jin And Lee Sang Woo To Voice Leads In Animated Film");
  CHECK_FALSE(has_entity(head, EntityType::kDrama, "Animated Film"));
}

TEST_CASE("'He made his debut in 2016 with the web drama T' and 'His other works include A'") {
  const auto info = recognize_learned(
      "Actor Kim Woo-sol has been discharged. He made his debut in 2016 with the web drama Dorm Radio and rose to "
      "fame as the heir Han Tae-joon in Velvet Storm (2019). His other works include Yellow Tandem (2020) and the "
      "film Rain Signal (2021).");
  const auto titles = titles_of(info);
  CHECK(titles.count({"Kim Woo-sol", "Dorm Radio"}) == 1);
  CHECK(titles.count({"Kim Woo-sol", "Velvet Storm"}) == 1);
  CHECK(titles.count({"Kim Woo-sol", "Yellow Tandem"}) == 1);
  CHECK(titles.count({"Kim Woo-sol", "Rain Signal"}) == 1);
  CHECK(roles_of(info).count({"Kim Woo-sol", "Han Tae-joon"}) == 1);
  // The debut is the nearer person's.
  const auto two = recognize("Lee Se Ryung wrapped up Blue Salt Road, while Park Kyung Tae made his debut in the web "
                             "drama Dorm Radio.");
  CHECK(titles_of(two).count({"Park Kyung Tae", "Dorm Radio"}) == 1);
  CHECK_FALSE(titles_of(two).count({"Lee Se Ryung", "Dorm Radio"}));
}

TEST_CASE("a festival's 'T, directed by X and starring A' and 'The closing film is T, ...'") {
  const auto info = recognize("The festival opens with The Tideflat Son, directed by Lee Chang-wook and starring Kim "
                              "Ji-han. The closing film is Last Bus to Mokpo, the feature debut of director Park "
                              "Eun-sol.");
  CHECK(has_entity(info, EntityType::kFilm, "The Tideflat Son"));
  CHECK(has_entity(info, EntityType::kFilm, "Last Bus to Mokpo"));
  CHECK(titles_of(info).count({"Kim Ji-han", "The Tideflat Son"}) == 1);
}

TEST_CASE("a poster list's 'Lastly, X is Y, a high school teacher'") {
  const auto info = recognize("- Lastly, Kim Bo-eun is Han Yi-seul, a high school teacher on a year of unpaid leave.");
  CHECK(roles_of(info).count({"Kim Bo-eun", "Han Yi-seul"}) == 1);
  const auto wife = recognize("Kim Bo-eun is Lee Min-ho's wife.");
  CHECK(wife.cast.empty());
}

TEST_CASE("'X, who plays a rookie police officer, ...' in an article about a drama") {
  const auto info = recognize("Kim Jae-rim, who plays a rookie police officer, bargained with every vendor.",
                              "Kitchen Detectives");
  CHECK(titles_of(info).count({"Kim Jae-rim", "Kitchen Detectives"}) == 1);
}

TEST_CASE("a given name's syllable after a hyphen is never an article: 'Kim Ji-a'") {
  const auto info = recognize("Kim Ji-a and Lee Min-hyuk have been cast.");
  CHECK(has_entity(info, EntityType::kPerson, "Kim Ji-a"));
  CHECK_FALSE(has_entity(info, EntityType::kPerson, "Kim Ji"));
}

TEST_CASE("'A and B play Y and Z, two translators who ...' pair off in order") {
  const auto info = recognize("Kim Seo-won and Lee Gi-yeon play Park Na-rae and Han Woo-jin, two translators who "
                              "share an office.");
  const auto roles = roles_of(info);
  CHECK(roles.count({"Kim Seo-won", "Park Na-rae"}) == 1);
  CHECK(roles.count({"Lee Gi-yeon", "Han Woo-jin"}) == 1);
  CHECK_FALSE(roles.count({"Lee Gi-yeon", "Park Na-rae"}));
}

TEST_CASE("'The two will play siblings Y and Z': the pair named before, in order") {
  const auto info = recognize("Kim Ji-a and Lee Min-hyuk have been cast as the leads. The two will play siblings "
                              "Park Eun-jae and Park Eun-ho, who take over a restaurant.");
  const auto roles = roles_of(info);
  CHECK(roles.count({"Kim Ji-a", "Park Eun-jae"}) == 1);
  CHECK(roles.count({"Lee Min-hyuk", "Park Eun-ho"}) == 1);
}

TEST_CASE("'T's male lead X is best known for the youth drama U': U is X's too") {
  const auto info = recognize_learned("Lee Min-hyuk leads Three Kitchens. Three Kitchens's male lead Lee Min-hyuk is "
                                      "best known for the youth drama Rooftop Class.");
  CHECK(titles_of(info).count({"Lee Min-hyuk", "Rooftop Class"}) == 1);
}

TEST_CASE("a character's hyphened short form is the character: 'Gyu-ho' for 'Han Gyu-ho'") {
  const auto info = recognize_learned("In the drama Blue Hour, Kim Woo-jae played Han Gyu-ho, a retired detective. His "
                                      "portrayal of the grumpy but kind Gyu-ho won praise.");
  CHECK(roles_of(info).count({"Kim Woo-jae", "Han Gyu-ho"}) == 1);
  CHECK_FALSE(roles_of(info).count({"Kim Woo-jae", "Gyu-ho"}));
}

TEST_CASE("'A stars opposite B' pairs them for 'The two ... when they starred in T'") {
  const auto info = recognize_learned("Kim Woo-jae stars opposite Lee Ha-neul in the drama Blue Hour. The two "
                                      "previously worked together in 2019, when they starred in the film Autumn Relay.");
  const auto titles = titles_of(info);
  CHECK(titles.count({"Kim Woo-jae", "Autumn Relay"}) == 1);
  CHECK(titles.count({"Lee Ha-neul", "Autumn Relay"}) == 1);
}
