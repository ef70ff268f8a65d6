// The Xapian index schema (documented in docs/index-format.md). Every term
// prefix, value slot and metadata key used by the writer and the searcher
// is defined here and nowhere else.
#pragma once

#include <string>
#include <string_view>

#include "dramasearch/entities.h"

namespace dramasearch::schema {

constexpr int kVersion = 4;
constexpr const char* kVersionKey = "dramasearch.schema";
constexpr const char* kFingerprintKey = "dramasearch.fingerprint";
constexpr const char* kRepairKey = "dramasearch.repair";          // "on" / "off"
constexpr const char* kLastCommitKey = "dramasearch.last_commit";  // ISO 8601 UTC

// Free-text prefixes (positional).
constexpr const char* kStem = "Z";        // stemmed terms, as Xapian's QueryParser expects
constexpr const char* kTitle = "S";       // title words (title:)
// Boolean prefixes.
constexpr const char* kUid = "Q";         // unique passage id: Q<article key>#<n>
constexpr const char* kArticle = "XA";    // article key (all passages of an article)
constexpr const char* kSource = "XSRC";   // source/publisher, case-folded (source:)
constexpr const char* kYear = "Y";        // YYYY
constexpr const char* kMonth = "M";       // YYYYMM
constexpr const char* kDay = "D";         // YYYYMMDD
constexpr const char* kSpun = "XSPUN";    // present on passages of spun articles
constexpr const char* kFormat = "XFMT";   // input kind: jsonl, txt, md, html
// Entities (case-folded names, words separated by one space) and kind.
constexpr const char* kPerson = "XP";     // people: actors, idols, directors (--cast, cast:)
constexpr const char* kCharacter = "XR";  // characters (role names)
constexpr const char* kCredited = "XC";  // characters the passage credits to an actor ("X plays Y")
constexpr const char* kTitleEntity = "XD";  // dramas, shows, films (--drama, drama:)
constexpr const char* kGroup = "XG";      // groups
constexpr const char* kNetwork = "XB";    // broadcasters and platforms
constexpr const char* kKind = "K";        // passage kind: scene, cast, other (--kind, kind:)
// Stories (copies of one story share a story key; first passage only).
constexpr const char* kStory = "XST";       // story key of the article
constexpr const char* kStoryHash = "XFP";   // story min-hash: 2 hex digits (number) + 8 (value)

// Value slots.
enum Slot : unsigned {
  kDateSlot = 0,       // YYYYMMDD (string, sorts lexically)
  kArticleSlot = 1,    // article key, collapse key
  kPassageSlot = 2,    // passage number, sortable_serialise
  kSpinSlot = 3,       // article spin score in [0,1], sortable_serialise
  kHashSlot = 4,       // article content hash (hex), for incremental runs
  kPassagesSlot = 5,   // number of passages of the article, sortable_serialise
  kPeopleSlot = 6,     // people of the passage, display names joined by '\x1f' (facets)
  kTitlesSlot = 7,     // dramas/shows/films of the passage, joined by '\x1f' (facets)
  kKindSlot = 8,       // passage kind: "scene", "cast" or "other" (facets)
  kStorySlot = 9,      // story key (every passage): collapse key of copies
  kSignatureSlot = 10, // sentence signature of the article (first passage; indexer/stories)
  kCardSlot = 11,      // what names the article (first passage; stored_passage.h encode_card)
};

// Separator of multi-valued value slots.
constexpr char kListSeparator = '\x1f';

// The prefix of an entity type's terms (dramas, shows and films share XD).
const char* entity_prefix(EntityType type);

// The boolean term of an entity name ("Kim Ji Won" -> "XPkim ji won").
std::string entity_term(const char* prefix, std::string_view name);

// Articles whose spin score is at least this are "spun" (XSPUN).
constexpr double kSpunThreshold = 0.02;

// Xapian terms are limited to 245 bytes: long article ids are shortened
// with a hash so that their terms stay unique and valid.
std::string article_key(std::string_view article_id);
std::string uid_term(std::string_view article_key, std::size_t passage);

}  // namespace dramasearch::schema
