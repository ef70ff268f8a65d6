#include "search/query_builder.h"

#include "dramasearch/error.h"
#include "index/schema.h"
#include "search/entity_field.h"

namespace dramasearch::search {
namespace {

// Words too common to help ranking on their own; phrases keep them.
const char* const kStopwords[] = {
    "a",    "an",   "and",  "are",  "as",   "at",   "be",   "by",   "for",  "from", "has",
    "he",   "her",  "his",  "i",    "in",   "is",   "it",   "its",  "of",   "on",   "or",
    "she",  "that", "the",  "their", "they", "this", "to",  "was",  "were", "will", "with",
    "who",  "whom", "which", "what", "does", "did", "do"};

std::string ymd(const std::string& date, const char* what) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-')
    throw Error(std::string(what) + " date '" + date + "' is not YYYY-MM-DD");
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (date[i] < '0' || date[i] > '9') throw Error(std::string(what) + " date '" + date + "' is not YYYY-MM-DD");
  return date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
}

}  // namespace

BuiltQuery build_query(const Xapian::Database& db, const Pipeline& pipeline,
                       const std::string& user_query, const SearchOptions& options) {
  if (user_query.size() > options.max_query_bytes)
    throw Error("query is too long (" + std::to_string(user_query.size()) + " bytes, limit " +
                std::to_string(options.max_query_bytes) + ")");
  BuiltQuery out;
  out.analysis = pipeline.analyse(user_query);
  out.query_text = out.analysis.text;
  if (out.analysis.tokens.size() > options.max_query_terms)
    throw Error("query has too many words (" + std::to_string(out.analysis.tokens.size()) + ", limit " +
                std::to_string(options.max_query_terms) + ")");

  // The parser keeps a reference to the stopper; it lives for the program.
  static const Xapian::SimpleStopper stopper(std::begin(kStopwords), std::end(kStopwords));
  Xapian::QueryParser qp;
  qp.set_database(db);
  qp.set_stemmer(Xapian::Stem("english"));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  qp.set_stopper(&stopper);
  qp.set_default_op(Xapian::Query::OP_OR);
  qp.add_prefix("title", schema::kTitle);
  qp.add_boolean_prefix("source", schema::kSource);
  qp.add_boolean_prefix("id", schema::kArticle);
  qp.add_boolean_prefix("year", schema::kYear);
  qp.add_boolean_prefix("month", schema::kMonth);
  qp.add_boolean_prefix("day", schema::kDay);
  // Entity filters fold their text like the indexer does.
  qp.add_boolean_prefix("cast", (new EntityField(schema::kPerson))->release());
  qp.add_boolean_prefix("person", (new EntityField(schema::kPerson))->release());
  qp.add_boolean_prefix("character", (new EntityField(schema::kCharacter))->release());
  qp.add_boolean_prefix("drama", (new EntityField(schema::kTitleEntity))->release());
  qp.add_boolean_prefix("kind", (new EntityField(schema::kKind))->release());
  qp.set_max_expansion(static_cast<Xapian::termcount>(options.max_wildcard_terms),
                       Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  const unsigned flags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD;

  Xapian::Query q;
  bool has_text = out.query_text.find_first_not_of(" \t\n") != std::string::npos;
  if (has_text) {
    try {
      q = qp.parse_query(out.query_text, flags);
    } catch (const Xapian::QueryParserError& e) {
      throw Error("cannot parse query: " + e.get_msg());
    } catch (const Xapian::Error& e) {
      throw Error("query failed: " + e.get_description());
    }
  }

  std::vector<Xapian::Query> filters;
  if (!options.since.empty() || !options.until.empty()) {
    const std::string lo = options.since.empty() ? "00000000" : ymd(options.since, "--since");
    const std::string hi = options.until.empty() ? "99999999" : ymd(options.until, "--until");
    filters.emplace_back(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, lo, hi);
  }
  if (options.spun == SearchOptions::Spun::kOnly) filters.emplace_back(schema::kSpun);
  for (const auto& name : options.cast)
    if (!name.empty()) filters.emplace_back(schema::entity_term(schema::kPerson, name));
  if (!options.drama.empty()) filters.emplace_back(schema::entity_term(schema::kTitleEntity, options.drama));
  if (!options.kind.empty()) {
    PassageKind k;
    if (!parse_passage_kind(options.kind, k)) throw Error("kind '" + options.kind + "' is not scene, cast or other");
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
