#include "query/search/query_builder.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>

#include "dramasearch/entities.h"
#include "dramasearch/error.h"
#include "indexer/index/schema.h"
#include "indexer/text/segment.h"
#include "query/search/entity_field.h"
#include "query/search/required_words.h"
#include "query/search/spun_forms_field.h"

namespace dramasearch::search {
namespace {

// Words too common to help ranking on their own; phrases keep them.
const char* const kStopwords[] = {
    "a",    "an",   "and",  "are",  "as",   "at",   "be",   "by",   "for",  "from", "has",
    "he",   "her",  "his",  "i",    "in",   "is",   "it",   "its",  "of",   "on",   "or",
    "she",  "that", "the",  "their", "they", "this", "to",  "was",  "were", "will", "with",
    "who",  "whom", "which", "what", "does", "did", "do"};

bool is_stopword(const std::string& folded) {
  return std::find_if(std::begin(kStopwords), std::end(kStopwords),
                      [&](const char* w) { return folded == w; }) != std::end(kStopwords);
}

// Length of a possessive "'s" at text[j] that ends a word ("partner's"),
// else 0. The stemmer takes it off ("partner's" and "partner" are one
// term), so the word's spun forms are those of "partner".
std::size_t possessive_at(const std::string& text, std::size_t j) {
  if (j + 1 >= text.size() || text[j] != '\'' || (text[j + 1] != 's' && text[j + 1] != 'S')) return 0;
  return j + 2 == text.size() || !std::isalnum(static_cast<unsigned char>(text[j + 2])) ? 2 : 0;
}

// text[i, j) is a word of letters standing alone (a possessive "'s" may
// follow): not part of "line-up" or "3.5", not excluded ("-word"), not an
// operator.
bool plain_word(const std::string& text, std::size_t i, std::size_t j) {
  for (std::size_t k = i; k < j; ++k)
    if (!std::isalpha(static_cast<unsigned char>(text[k]))) return false;
  if (i > 0 && (text[i - 1] == '-' || text[i - 1] == '\'')) return false;
  j += possessive_at(text, j);
  if (j < text.size()) {
    const char c = text[j];
    const bool word_follows = j + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[j + 1]));
    if (!(c == ' ' || c == '\t' || c == '\n' || c == ')' || c == ',' || c == ';' || c == '?' || c == '!' ||
          (c == '.' && !word_follows)))
      return false;
  }
  static const char* const kOperators[] = {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"};
  const std::string w = text.substr(i, j - i);
  return std::none_of(std::begin(kOperators), std::end(kOperators), [&](const char* op) { return w == op; });
}

// The index holds stems only ("Z" + stem, with positions), so a wildcard
// must expand over stems: "moonl*" becomes "_zw:moonl*" and
// "title:moonl*" becomes "_zt:moonl*", whose prefixes are Z and ZS.
// Stems keep the start of their word, so a prefix shorter than the stem
// (the usual case) finds the words it would have found unstemmed.
// Plain words for which `spun` (given the word and its byte offset) says
// yes go to the spun-forms field: "laugh" becomes "_sx:laugh"
// (spun_forms_field.h); "+laugh" keeps its "+".
std::string route_terms(const std::string& text,
                        const std::function<bool(const std::string&, std::size_t)>& spun) {
  std::string out;
  out.reserve(text.size() + 16);
  bool quoted = false;
  std::size_t i = 0;
  auto word_char = [](unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; };
  while (i < text.size()) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted || !word_char(static_cast<unsigned char>(c)) ||
        (i > 0 && (word_char(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == ':'))) {
      out += c;
      ++i;
      continue;
    }
    // A token starts here: [field:]word[*]
    std::size_t j = i;
    while (j < text.size() && word_char(static_cast<unsigned char>(text[j]))) ++j;
    std::string field;
    std::size_t word_begin = i;
    if (j < text.size() && text[j] == ':') {
      field = text.substr(i, j - i);
      word_begin = j + 1;
      j = word_begin;
      while (j < text.size() && word_char(static_cast<unsigned char>(text[j]))) ++j;
    }
    const bool wildcard = j > word_begin && j < text.size() && text[j] == '*';
    if (wildcard && (field.empty() || field == "title")) {
      out += field.empty() ? "_zw:" : "_zt:";
      out.append(text, word_begin, j + 1 - word_begin);
      i = j + 1;
    } else if (field.empty() && plain_word(text, i, j) && spun(text.substr(i, j - i), i)) {
      out += "_sx:";
      out.append(text, i, j - i);
      i = j + possessive_at(text, j);
    } else {
      out.append(text, i, j - i);
      i = j;
    }
  }
  return out;
}

// Whether a byte offset of the query text falls inside a person's name the
// recognizer finds in it. A name's syllables are not words to meet
// halfway: "Won" in "Han Seo Won" is repaired in the articles by the name
// pattern, and its synonyms ("received", "gained") would only pull in
// passages that use them as words. Titles keep their spun forms ("Late
// Night Couch" finds "Late Evening Sofa").
std::function<bool(std::size_t)> person_name_bytes(const Pipeline& pipeline, const Analysis& query) {
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const auto& e : pipeline.recognize(query, 0, query.tokens.size()).entities) {
    if (e.type != EntityType::kPerson || e.token_begin >= e.token_end || e.token_end > query.tokens.size()) continue;
    const Token& last = query.tokens[e.token_end - 1];
    spans.emplace_back(query.tokens[e.token_begin].offset, last.offset + last.length);
  }
  return [spans = std::move(spans)](std::size_t at) {
    return std::any_of(spans.begin(), spans.end(), [&](const auto& s) { return at >= s.first && at < s.second; });
  };
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db) : db_(db) {
  // The parser keeps a reference to the stopper; it lives for the program.
  static const Xapian::SimpleStopper stopper(std::begin(kStopwords), std::end(kStopwords));
  qp_.set_database(db);
  qp_.set_stemmer(Xapian::Stem("english"));
  qp_.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp_.set_stopper(&stopper);
  qp_.set_default_op(Xapian::Query::OP_OR);
  qp_.add_prefix("title", schema::kTitle);
  qp_.add_prefix("_zw", schema::kStem);  // wildcards, see route_terms()
  qp_.add_prefix("_zt", std::string(schema::kStem) + schema::kTitle);
  spun_field_ = new SpunFormsField;
  qp_.add_prefix("_sx", spun_field_->release());  // words with spun forms, see route_terms()
  qp_.add_boolean_prefix("source", schema::kSource);
  qp_.add_boolean_prefix("id", schema::kArticle);
  qp_.add_boolean_prefix("year", schema::kYear);
  qp_.add_boolean_prefix("month", schema::kMonth);
  qp_.add_boolean_prefix("day", schema::kDay);
  // Entity filters fold their text like the indexer does.
  qp_.add_boolean_prefix("cast", (new EntityField(schema::kPerson))->release());
  qp_.add_boolean_prefix("person", (new EntityField(schema::kPerson))->release());
  qp_.add_boolean_prefix("character", (new EntityField(schema::kCharacter))->release());
  qp_.add_boolean_prefix("drama", (new EntityField(schema::kTitleEntity))->release());
  qp_.add_boolean_prefix("kind", (new EntityField(schema::kKind))->release());
}

bool QueryBuilder::add_spun_forms(const Pipeline& pipeline, const std::string& word,
                                  std::map<std::string, Xapian::Query>& queries) {
  const std::string folded = text::fold_case(word);
  if (queries.count(folded)) return true;
  if (folded.size() < 3 || is_stopword(folded)) return false;
  const std::string own = std::string(schema::kStem) + stemmer_(folded);
  std::vector<std::string> terms;
  const double common = std::max(kMaxSpunFormShare * db_.get_doccount(), kMinCommonPassages);
  const std::vector<std::string> forms = pipeline.spun_forms(folded);
  const std::size_t listed = pipeline.listed_spun_forms(folded);
  for (std::size_t k = 0; k < forms.size(); ++k) {
    std::string t = std::string(schema::kStem) + stemmer_(forms[k]);
    if (t == own || std::find(terms.begin(), terms.end(), t) != terms.end()) continue;
    // A thesaurus synonym among a large index's commonest words (see
    // kMaxSpunFormShare) is left out; the lexicon's swaps stay however
    // common: a dense spinner writes "performs" for plays everywhere.
    if (k >= listed && db_.get_termfreq(t) > common) continue;
    terms.push_back(std::move(t));
  }
  if (terms.empty()) return false;
  queries.emplace(folded, spun_forms_query(own, terms));
  return true;
}

Xapian::Query QueryBuilder::require_of_article(const std::string& routed, unsigned flags, Xapian::Query strict) {
  const RequiredSplit split = split_required(routed);
  if (split.words.size() < 2) return strict;
  std::vector<Xapian::Query> required;
  for (const auto& w : split.words) {
    Xapian::Query one = qp_.parse_query(w, flags);
    if (!one.empty()) required.push_back(std::move(one));
  }
  if (required.size() < 2) return strict;
  const auto articles = articles_with_all(db_, required);
  if (!articles || articles->empty()) return strict;
  // Passages of those articles, by the words they hold; a passage holding
  // every required word also scores the strict query, so it comes first.
  const Xapian::Query in(Xapian::Query::OP_OR, articles->begin(), articles->end());
  const Xapian::Query loose(Xapian::Query::OP_FILTER, qp_.parse_query(split.loose, flags), in);
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, loose, strict);
}

BuiltQuery QueryBuilder::build(const Pipeline& pipeline, const std::string& user_query,
                               const SearchOptions& options) {
  if (user_query.size() > options.max_query_bytes)
    throw Error("query is too long (" + std::to_string(user_query.size()) + " bytes, limit " +
                std::to_string(options.max_query_bytes) + ")");
  BuiltQuery out;
  out.analysis = pipeline.analyse(user_query);
  out.query_text = out.analysis.text;
  if (out.analysis.tokens.size() > options.max_query_terms)
    throw Error("query has too many words (" + std::to_string(out.analysis.tokens.size()) + ", limit " +
                std::to_string(options.max_query_terms) + ")");
  Xapian::QueryParser& qp = qp_;
  qp.set_max_expansion(static_cast<Xapian::termcount>(options.max_wildcard_terms),
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;

  Xapian::Query q;
  bool has_text = out.query_text.find_first_not_of(" \t\n") != std::string::npos;
  if (has_text) {
    try {
      std::map<std::string, Xapian::Query> spun_queries;
      const auto in_name = person_name_bytes(pipeline, out.analysis);
      const std::string routed = route_terms(out.query_text, [&](const std::string& w, std::size_t at) {
        return !in_name(at) && add_spun_forms(pipeline, w, spun_queries);
      });
      spun_field_->set(std::move(spun_queries));
      q = require_of_article(routed, flags, qp.parse_query(routed, flags));
    } catch (const Xapian::QueryParserError& e) {
      throw Error("cannot parse query: " + e.get_msg());
    } catch (const Xapian::DatabaseModifiedError&) {
      throw;  // a writer committed: the Searcher reopens and builds it again
    } catch (const Xapian::Error& e) {
      throw Error("query failed: " + e.get_description());
    }
  }
  spun_field_->set({});

  std::vector<Xapian::Query> filters;
  if (!options.since.empty() || !options.until.empty()) {
    const std::string lo = options.since.empty() ? "00000000" : parse_search_date("since", options.since);
    const std::string hi = options.until.empty() ? "99999999" : parse_search_date("until", options.until);
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, lo, hi);
  }
  if (options.spun == SearchOptions::Spun::kOnly) filters.emplace_back(schema::kSpun);
  for (const auto& name : options.cast)
    if (!name.empty()) filters.emplace_back(schema::entity_term(schema::kPerson, name));
  if (!options.drama.empty()) filters.emplace_back(schema::entity_term(schema::kTitleEntity, options.drama));
  if (!options.kind.empty()) {
    check_search_kind("kind", options.kind);
    filters.emplace_back(std::string(schema::kKind) + options.kind);
  }

  if (q.empty()) {
    if (filters.empty() && options.spun != SearchOptions::Spun::kExclude)
      throw Error("empty query: give words to search for");
    q = Xapian::Query::MatchAll;
  }
  for (const auto& f : filters) q = Xapian::Query(Xapian::Query::OP_FILTER, q, f);
  if (options.spun == SearchOptions::Spun::kExclude)
    q = Xapian::Query(Xapian::Query::OP_AND_NOT, q, Xapian::Query(schema::kSpun));
  out.query = q;
  return out;
}

}  // namespace dramasearch::search
