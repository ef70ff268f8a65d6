#include "dramasearch/entities.h"

namespace dramasearch {

const char* entity_type_name(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kCharacter: return "character";
    case EntityType::kDrama: return "drama";
    case EntityType::kShow: return "show";
    case EntityType::kFilm: return "film";
    case EntityType::kGroup: return "group";
    case EntityType::kBroadcaster: return "broadcaster";
  }
  return "person";
}

const char* passage_kind_name(PassageKind k) {
  switch (k) {
    case PassageKind::kScene: return "scene";
    case PassageKind::kCast: return "cast";
    case PassageKind::kOther: return "other";
  }
  return "other";
}

bool parse_passage_kind(const std::string& s, PassageKind& out) {
  if (s == "scene") out = PassageKind::kScene;
  else if (s == "cast") out = PassageKind::kCast;
  else if (s == "other") out = PassageKind::kOther;
  else return false;
  return true;
}

}  // namespace dramasearch
