#include "indexer/index/schema.h"

#include "indexer/text/tokens.h"
#include "indexer/util/hash.h"

namespace dramasearch::schema {

std::string article_key(std::string_view id) {
  constexpr std::size_t kMax = 160;
  if (id.size() <= kMax) return std::string(id);
  // Cut on a UTF-8 character boundary.
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(id[cut]) & 0xC0) == 0x80) --cut;
  return std::string(id.substr(0, cut)) + "#" + util::hex64(util::fnv1a64(id));
}

const char* entity_prefix(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return kPerson;
    case EntityType::kCharacter: return kCharacter;
    case EntityType::kDrama:
    case EntityType::kShow:
    case EntityType::kFilm: return kTitleEntity;
    case EntityType::kGroup: return kGroup;
    case EntityType::kBroadcaster: return kNetwork;
  }
  return kPerson;
}

std::string entity_term(const char* prefix, std::string_view name) {
  std::string t = prefix;
  bool first = true;
  for (const auto& w : text::phrase_terms(name)) {
    if (!first) t += ' ';
    t += w;
    first = false;
  }
  if (t.size() > 240) t.resize(240);
  return t;
}

std::string uid_term(std::string_view key, std::size_t passage) {
  return std::string(kUid) + std::string(key) + "#" + std::to_string(passage);
}

}  // namespace dramasearch::schema
