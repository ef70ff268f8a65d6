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

}  // namespace dramasearch
