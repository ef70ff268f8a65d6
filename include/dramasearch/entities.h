// Entities, cast credits and passage kinds: what the pipeline's last stage
// recognizes in a passage (and in a query) after spin repair.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace dramasearch {

enum class EntityType { kPerson, kCharacter, kDrama, kShow, kFilm, kGroup, kBroadcaster };
const char* entity_type_name(EntityType t);  // "person", "character", "drama", ...

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string name;              // as written in the text (after repair)
  std::size_t token_begin = 0;   // range in Analysis::tokens
  std::size_t token_end = 0;
  // How strongly the text supports the name and its type, in (0, 1]; see
  // Confidence below. Below 0.6 the recognizer is guessing.
  double confidence = 1.0;
};

// "actor plays character in drama"; character or drama may be empty when
// the text does not say.
struct CastCredit {
  std::string actor;
  std::string character;
  std::string drama;
  double confidence = 1.0;  // the credit pattern's strength times its drama link's, in (0, 1]
};

// The evidence behind a recognized name or credit, as a confidence. Fixed
// levels by source, not fitted probabilities: a name in the gazetteer, a
// full Korean name shape or a credit written "X plays Y in Z" is strong; a
// two-word name shape, a title read from a sentence's verb alone, a
// credit cue the spinner may have rewritten ("since" for "as"), a credit
// whose drama is only the article's or a name restored from a spun
// syllable is weaker. `scripts/eval --section entities` reports the
// precision of credits above and below kWeakConfidence.
namespace confidence {
constexpr double kGazetteer = 0.95;
constexpr double kStrong = 0.9;      // learned from the article; a quoted title with context; "X plays Y"
constexpr double kGood = 0.8;        // a three-syllable name shape; a cued title; "X as Y"
constexpr double kFair = 0.7;        // a two-word name shape; a role the text does not name
constexpr double kWeak = 0.55;       // a title from a verb alone; a spun cue; a restored spun syllable
}  // namespace confidence
constexpr double kWeakConfidence = 0.6;

enum class PassageKind { kScene, kCast, kOther };
const char* passage_kind_name(PassageKind k);  // "scene", "cast", "other"
bool parse_passage_kind(const std::string& s, PassageKind& out);

struct PassageInfo {
  std::vector<Entity> entities;
  std::vector<CastCredit> cast;
  std::string drama;          // the drama the passage is mainly about, if any
  PassageKind kind = PassageKind::kOther;
  double scene_score = 0;     // classifier evidence, for explain
  double cast_score = 0;
};

// What a first pass over a whole article learned about its own names, so
// that every passage of it reads them alike: strings it introduces as
// characters ("X plays Y", "Y (X)") are characters everywhere, titles it
// names through a cue ("the drama X", "tvN's X") are titles at every later
// mention, people named in full are the same people under a short form
// ("Sejeong" for "Kim Sejeong"). Built by Pipeline::learn_article.
struct ArticleEntities {
  struct Known {
    std::vector<std::string> terms;  // case-folded words as written
    std::string name;                // canonical name (the full form)
    EntityType type = EntityType::kPerson;
    // The best evidence the article gave for the name: its strongest
    // mention, raised to "strong" when a credit names it.
    double confidence = confidence::kStrong;
  };
  std::vector<Known> known;
  std::string drama;   // the title the article names most, if any
  // The drama or film it names most: where its characters live when the
  // title it names most is a show they visit.
  std::string story;
  std::string person;  // the person it names most (antecedent of "she plays")
  // (sentence of the body, person): the first person each sentence names
  // that names one, in order. A pronoun that opens a passage stands for
  // the last before it ("... actor Ryan Walsh has been cast. // He will
  // play Y"), else for `person`.
  std::vector<std::pair<std::size_t, std::string>> subjects;
  // (sentence of the body, two people) of each sentence that names two
  // joined by "and" ("the agencies of X and Y"), in order: whom "the two
  // actors" or "they" stands for when its passage has named no pair.
  std::vector<std::pair<std::size_t, std::pair<std::string, std::string>>> pairs;
  // (child, parent) of each "X, the daughter of (actor) Y" and "Y's son X":
  // whom "her father" or "his mother" stands for in X's sentences.
  std::vector<std::pair<std::string, std::string>> parents;
};

}  // namespace dramasearch
