#include "query/cli/query_command.h"

#include <iostream>

#include <boost/program_options.hpp>

#include "dramasearch/error.h"
#include "indexer/cli/command_line.h"

namespace dramasearch::tools {
namespace {

const char* kUsage = R"(Usage: drama-query --index DIR [options] QUERY...
       drama-query --index DIR --who NAME | --cast-of TITLE [--json]
       drama-query --index DIR --copies-of ARTICLE_ID

Ranks passages of drama news articles for QUERY, written in plain words; spun
wording in the query is repaired the same way as in the articles. In spun
articles a query word also matches what a spinner may have written for it:
the lexicon's swaps and the word's synonyms in the system thesauri
(mythes-en-us, wordnet-base; DRAMASEARCH_THESAURUS=none and
DRAMASEARCH_WORDNET=none leave them out).

Query syntax (Xapian QueryParser):
  words             any of the words (BM25 ranking), English stemming
  "a phrase"        the words in this order
  +word -word       must contain / must not contain: two or more +words are
                    required of the article (in any of its passages),
                    passages holding them all first
  A AND B, A OR B, A NOT B, (grouping)
  title:word        word in the article title (matches its first passage)
  cast:"Name"       passages naming this person (also person:)
  character:"Name"  passages naming this character
  drama:"Title"     passages about this drama, show or film
  kind:scene        passages of this kind: scene, cast or other
  source:NAME       only articles from this source (exact)
  id:ARTICLE_ID     only this article
  year:2025  month:202503  day:20250314   date filters
  drama*            words starting with "drama"

Copies of one story (an article republished by other sites, spun or not)
are one hit, shown by its best copy (the unspun one if it matches about as
well) with the others listed; --all-copies shows every copy. --copies-of
prints the other copies of an article as JSON Lines, most similar first, the
likely original (unspun, earliest) marked "original": true.

Exit status: 0 hits found, 1 no hits (--copies-of: no copies), 2 error
(--copies-of: unknown article id).

Options)";

// The option values the library cannot check by their type.
void check(QueryCommand& cmd, const std::string& spun) {
  SearchOptions& o = cmd.options;
  o.spun = parse_spun("--spun", spun);
  if (!o.since.empty()) parse_search_date("--since", o.since);
  if (!o.until.empty()) parse_search_date("--until", o.until);
  check_search_kind("--kind", o.kind);
}

}  // namespace

int parse_query_command(int argc, char** argv, QueryCommand& cmd) {
  namespace po = boost::program_options;
  std::string spun = "any";
  std::vector<std::string> words;
  SearchOptions& opt = cmd.options;
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("version,V", "show the versions of the program, the index schema, Xapian and ICU")
      ("index,i", po::value(&cmd.indexes)->composing(),
       "index directory, or tcp://HOST:PORT of a remote shard served by xapian-tcpsrv (required; repeat to search several as one)")
      ("timeout", po::value(&cmd.searcher.remote_timeout_ms)->default_value(10000), "milliseconds to wait for a remote shard")
      ("allow-partial", po::bool_switch(&cmd.searcher.allow_partial),
       "leave out remote shards that cannot be reached (with a warning) instead of failing")
      ("data-dir", po::value(&cmd.searcher.data_dir),
       "spin-repair data files the index was built with (drama-index --data-dir), to analyse queries alike")
      ("limit,n", po::value(&opt.limit)->default_value(10), "number of hits")
      ("offset", po::value(&opt.offset)->default_value(0), "skip this many hits (paging)")
      ("all-passages", po::bool_switch(&opt.all_passages), "every matching passage, not only the best one per article")
      ("all-copies", po::bool_switch(&opt.all_copies), "every copy of a story as its own hit, not one hit per story")
      ("copies-of", po::value(&cmd.copies_of), "the other copies of this article's story, as JSON Lines")
      ("since", po::value(&opt.since), "only articles dated on or after YYYY-MM-DD")
      ("until", po::value(&opt.until), "only articles dated on or before YYYY-MM-DD")
      ("spun", po::value(&spun)->default_value("any"), "spun articles: any, only or exclude")
      ("original", po::bool_switch(&opt.original_text), "show text as published, not repaired")
      ("cast", po::value(&opt.cast)->composing(), "only passages naming this person (repeatable)")
      ("drama", po::value(&opt.drama), "only passages about this drama, show or film")
      ("kind", po::value(&opt.kind), "only passages of this kind: scene, cast or other")
      ("facets", po::bool_switch(&opt.facets), "count people, dramas and kinds over all matches")
      ("explain", po::bool_switch(&opt.explain), "show the ranking features of each hit")
      ("who", po::value(&cmd.who), "profile of a person: dramas, characters, articles")
      ("cast-of", po::value(&cmd.cast_of), "cast list of a drama with characters")
      ("json", po::bool_switch(&cmd.json), "JSON Lines output, one hit per line (with --facets, a last line {\"facets\":...})")
      ("entity-weight", po::value(&opt.entity_weight)->default_value(0.35), "ranking weight of query entities named by a passage")
      ("kind-weight", po::value(&opt.kind_weight)->default_value(0.25), "ranking weight of a passage of the kind the query asks for")
      ("credit-weight", po::value(&opt.credit_weight)->default_value(0.2),
       "ranking weight, for a query about the cast, of a passage crediting a character the query names")
      ("max-query-bytes", po::value(&opt.max_query_bytes)->default_value(8192), "reject longer queries")
      ("max-query-terms", po::value(&opt.max_query_terms)->default_value(256), "reject queries with more words")
      ("max-wildcard-terms", po::value(&opt.max_wildcard_terms)->default_value(500), "wildcard expansion limit");
  po::options_description hidden;  // positional arguments, not listed in --help
  hidden.add_options()("query", po::value(&words)->composing(), "query words");
  po::options_description all;
  all.add(desc).add(hidden);
  po::positional_options_description pos;
  pos.add("query", -1);
  po::variables_map vm;
  if (int rc = parse_command_line("drama-query", argc, argv, all, desc, pos, vm); rc >= 0) return rc;
  if (cmd.indexes.empty()) {
    std::cerr << "drama-query: --index DIR is required\nTry 'drama-query --help'.\n";
    return 2;
  }
  try {
    check(cmd, spun);
  } catch (const Error& e) {
    std::cerr << "drama-query: " << e.what() << "\n";
    return 2;
  }
  for (const auto& w : words) cmd.query += (cmd.query.empty() ? "" : " ") + w;
  if (!cmd.json) {  // markers for the terminal's bold, placed by text_output
    opt.highlight_start = "\x01";
    opt.highlight_end = "\x02";
  }
  return -1;
}

}  // namespace dramasearch::tools
