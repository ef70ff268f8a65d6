#include "indexer/index/document_builder.h"

#include <algorithm>

#include "indexer/index/schema.h"
#include "indexer/index/stored_passage.h"
#include "indexer/util/strings.h"
#include "indexer/text/segment.h"

namespace dramasearch::index {
namespace {
constexpr std::size_t kMaxTermBytes = 240;  // Xapian's limit is 245
}  // namespace

DocumentBuilder::DocumentBuilder() : stemmer_("english") {}

const std::string& DocumentBuilder::stem(const std::string& term) {
  auto it = stem_cache_.find(term);
  if (it != stem_cache_.end()) return it->second;
  if (stem_cache_.size() > 200000) stem_cache_.clear();  // bound memory on huge vocabularies
  return stem_cache_.emplace(term, stemmer_(term)).first->second;
}

void DocumentBuilder::add_word(Xapian::Document& doc, const std::string& prefix,
                               const std::string& term, Xapian::termpos pos) {
  if (term.empty() || term.size() + prefix.size() + 1 > kMaxTermBytes) return;
  const std::string& s = stem(term);
  if (s.empty()) return;
  std::string t;
  t.reserve(1 + prefix.size() + s.size());
  t.append(schema::kStem).append(prefix).append(s);
  if (pos) doc.add_posting(t, pos);
  else doc.add_term(t);
}

namespace {

std::string joined(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& s : list) {
    if (!out.empty()) out += schema::kListSeparator;
    out += s;
  }
  return out;
}

// A title spun alike at every mention keeps its spun name ("Lovers In The
// Harbor Town") unless its words' originals read far better (the
// recognizer's reread): nothing else in the article says what it was. The
// name as written, and the originals repair indexed at its words
// (Token::alternates), are the names it may have had; each is indexed as a
// further term of the same entity, never shown, so that a query naming
// the original ("Lovers in the Harbor City") or the written title, or a
// drama: filter, finds the passage. One word swapped at a time, then every
// swappable word at once; at most kMaxNameVariants terms.
constexpr std::size_t kMaxNameVariants = 8;

void add_name_variants(Xapian::Document& doc, const std::vector<Token>& tokens, const Entity& e) {
  if (e.token_begin >= e.token_end || e.token_end > tokens.size()) return;
  std::vector<std::string> words, all;
  for (std::size_t k = e.token_begin; k < e.token_end; ++k) words.push_back(tokens[k].term);
  all = words;
  auto add = [&](const std::vector<std::string>& v) {
    std::string name;
    for (const auto& w : v) {
      if (!name.empty()) name += ' ';
      name += w;
    }
    doc.add_boolean_term(schema::entity_term(schema::kTitleEntity, name));
  };
  add(words);
  std::size_t added = 1;
  for (std::size_t k = e.token_begin; k < e.token_end; ++k)
    for (const auto& alt : tokens[k].alternates) {
      if (added + 1 >= kMaxNameVariants) break;
      auto v = words;
      v[k - e.token_begin] = alt;
      add(v);
      ++added;
      if (all[k - e.token_begin] == words[k - e.token_begin]) all[k - e.token_begin] = alt;
    }
  if (added > 2 && all != words) add(all);
}

}  // namespace

Xapian::Document DocumentBuilder::build(const ArticleContext& ctx, const AnalysedPassage& p) {
  const PassageInfo& info = p.info;
  const Article& art = *ctx.article;
  Xapian::Document doc;
  Xapian::termpos pos = 0;
  for (std::size_t i = p.token_begin; i < p.token_end; ++i) {
    const Token& t = ctx.body->tokens[i];
    ++pos;
    add_word(doc, "", t.term, pos);
    for (const auto& alt : t.alternates) add_word(doc, "", alt, pos);
  }
  // Title words: searchable with title: (positional, for title phrases)
  // and as plain words so a passage is found by the drama named only in its
  // article's title. The plain copies carry no positions: phrases match the
  // passage's own text, and positions are the costliest part of the index.
  // The title field (S) is the article's, so it is indexed once, on the
  // first passage; the plain copies serve ranking in every passage.
  Xapian::termpos tpos = 0;
  const bool title_field = p.number == 0;
  for (const Token& t : ctx.title->tokens) {
    ++tpos;
    if (title_field) add_word(doc, schema::kTitle, t.term, tpos);
    add_word(doc, "", t.term, 0);
    for (const auto& alt : t.alternates) {
      if (title_field) add_word(doc, schema::kTitle, alt, tpos);
      add_word(doc, "", alt, 0);
    }
  }

  doc.add_boolean_term(schema::uid_term(ctx.key, p.number));
  doc.add_boolean_term(schema::kArticle + ctx.key);
  if (!art.source.empty()) {
    const std::string src = text::fold_case(art.source);
    if (src.size() < kMaxTermBytes) doc.add_boolean_term(schema::kSource + src);
  }
  if (art.date.size() == 10) {
    const std::string ymd = art.date.substr(0, 4) + art.date.substr(5, 2) + art.date.substr(8, 2);
    // (append() rather than operator+ sidesteps a GCC 12 -Wrestrict false positive)
    doc.add_boolean_term(std::string(schema::kYear).append(ymd, 0, 4));
    doc.add_boolean_term(std::string(schema::kMonth).append(ymd, 0, 6));
    doc.add_boolean_term(std::string(schema::kDay).append(ymd));
    doc.add_value(schema::kDateSlot, ymd);
  }
  if (ctx.spin_score >= schema::kSpunThreshold) doc.add_boolean_term(schema::kSpun);
  if (!art.format.empty()) doc.add_boolean_term(schema::kFormat + art.format);

  // Entities, credits and kind.
  std::vector<std::string> people, titles;
  for (const auto& e : info.entities) {
    doc.add_boolean_term(schema::entity_term(schema::entity_prefix(e.type), e.name));
    if (schema::entity_prefix(e.type) == std::string(schema::kTitleEntity))
      add_name_variants(doc, ctx.body->tokens, e);
    if (e.type == EntityType::kPerson) util::add_unique(people, e.name);
    if (schema::entity_prefix(e.type) == std::string(schema::kTitleEntity)) util::add_unique(titles, e.name);
  }
  StoredPassage stored;
  for (const auto& c : info.cast) {
    doc.add_boolean_term(schema::entity_term(schema::kPerson, c.actor));
    util::add_unique(people, c.actor);
    if (!c.character.empty()) {
      doc.add_boolean_term(schema::entity_term(schema::kCharacter, c.character));
      doc.add_boolean_term(schema::entity_term(schema::kCredited, c.character));
    }
    stored.cast.push_back({c.actor, c.character, c.drama, c.confidence});
  }
  if (!info.drama.empty()) {
    doc.add_boolean_term(schema::entity_term(schema::kTitleEntity, info.drama));
    util::add_unique(titles, info.drama);
  }
  doc.add_boolean_term(std::string(schema::kKind) + passage_kind_name(info.kind));
  doc.add_value(schema::kPeopleSlot, joined(people));
  doc.add_value(schema::kTitlesSlot, joined(titles));
  doc.add_value(schema::kKindSlot, passage_kind_name(info.kind));

  doc.add_value(schema::kArticleSlot, ctx.key);
  doc.add_value(schema::kPassageSlot, Xapian::sortable_serialise(static_cast<double>(p.number)));
  doc.add_value(schema::kSpinSlot, Xapian::sortable_serialise(ctx.spin_score));
  doc.add_value(schema::kHashSlot, ctx.hash);
  doc.add_value(schema::kPassagesSlot, Xapian::sortable_serialise(static_cast<double>(ctx.passages)));
  // The story key (value, and XST term on the first passage) is added by the
  // indexer just before writing (story_assigner.h).
  if (p.number == 0) {
    if (ctx.fingerprint) {
      for (std::size_t i = 0; i < ctx.fingerprint->minhashes.size(); ++i)
        doc.add_boolean_term(stories::minhash_term(schema::kStoryHash, i, ctx.fingerprint->minhashes[i]));
      doc.add_value(schema::kSignatureSlot, stories::encode_signature(ctx.fingerprint->signature));
    }
  }

  stored.article_id = art.id;
  stored.passage = p.number;
  stored.title = ctx.title->text;
  stored.date = art.date;
  stored.url = art.url;
  stored.source = art.source;
  stored.text = p.text;
  stored.spin = ctx.spin_score;
  stored.kind = passage_kind_name(info.kind);
  stored.drama = info.drama;
  if (p.original != p.text) stored.original = p.original;
  if (ctx.title->original != ctx.title->text) stored.original_title = ctx.title->original;
  if (p.number == 0) doc.add_value(schema::kCardSlot, encode_card(stored));
  doc.set_data(encode(stored));
  return doc;
}

}  // namespace dramasearch::index
