// Entities, cast credits and passage kinds: what the pipeline's last stage
// recognizes in a passage (and in a query) after spin repair.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dramasearch {

enum class EntityType { kPerson, kCharacter, kDrama, kShow, kFilm, kGroup, kBroadcaster };
const char* entity_type_name(EntityType t);  // "person", "character", "drama", ...

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string name;              // as written in the text (after repair)
  std::size_t token_begin = 0;   // range in Analysis::tokens
  std::size_t token_end = 0;
};

// "actor plays character in drama"; character or drama may be empty when
// the text does not say.
struct CastCredit {
  std::string actor;
  std::string character;
  std::string drama;
};

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
  };
  std::vector<Known> known;
  std::string drama;   // the title the article names most, if any
  std::string person;  // the person it names most (antecedent of "she plays")
};

}  // namespace dramasearch
