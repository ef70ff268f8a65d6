// drama-query: search a dramasearch index from the command line.
#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include "dramasearch/error.h"
#include "dramasearch/searcher.h"
#include "indexer/cli/command_line.h"
#include "query/cli/json_output.h"

namespace po = boost::program_options;
using namespace dramasearch::tools;
using dramasearch::SearchOptions;

namespace {

const char* kUsage = R"(Usage: drama-query --index DIR [options] QUERY...
       drama-query --index DIR --who NAME | --cast-of TITLE [--json]

Ranks passages of drama news articles for QUERY, written in plain words; spun
wording in the query is repaired the same way as in the articles.

Query syntax (Xapian QueryParser):
  words             any of the words (BM25 ranking), English stemming
  "a phrase"        the words in this order
  +word -word       must contain / must not contain
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

Exit status: 0 hits found, 1 no hits, 2 error.

Options)";

std::string unescape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> ents[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
      bool done = false;
      for (const auto& [ent, ch] : ents)
        if (s.compare(i, std::char_traits<char>::length(ent), ent) == 0) {
          out.push_back(ch);
          i += std::char_traits<char>::length(ent) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
  return s;
}

int print_who(dramasearch::Searcher& s, const std::string& name, bool json) {
  const auto p = s.who(name);
  if (json) {
    std::cout << dump(who_json(p)) << "\n";
  } else if (p.passages == 0) {
    std::cout << "No passages mention " << name << ".\n";
  } else {
    std::cout << p.name << ": mentioned in " << p.passages << " passages of " << p.articles.size() << " articles\n";
    for (const auto& r : p.roles) {
      std::cout << "  " << (r.drama.empty() ? "(drama unknown)" : r.drama);
      if (!r.character.empty()) std::cout << " as " << r.character;
      std::cout << "  [";
      for (std::size_t i = 0; i < r.articles.size(); ++i) std::cout << (i ? ", " : "") << r.articles[i];
      std::cout << "]\n";
    }
  }
  return p.passages ? 0 : 1;
}

int print_cast_of(dramasearch::Searcher& s, const std::string& title, bool json) {
  const auto p = s.cast_of(title);
  if (json) {
    std::cout << dump(cast_of_json(p)) << "\n";
  } else if (p.passages == 0) {
    std::cout << "No passages about " << title << ".\n";
  } else {
    std::cout << p.title << ": " << p.passages << " passages in " << p.articles.size() << " articles\n";
    for (const auto& m : p.cast)
      std::cout << "  " << m.name << (m.character.empty() ? "" : " as " + m.character) << "\n";
  }
  return p.passages ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> indexes;
  std::string spun = "any", who, cast_of;
  unsigned timeout_ms = 10000;
  std::vector<std::string> words;
  SearchOptions opt;
  po::options_description desc(kUsage);
  desc.add_options()
      ("help,h", "show this help")
      ("index,i", po::value(&indexes)->composing(),
       "index directory, or tcp://HOST:PORT of a remote shard served by xapian-tcpsrv (required; repeat to search several as one)")
      ("timeout", po::value(&timeout_ms)->default_value(10000), "milliseconds to wait for a remote shard")
      ("allow-partial", "leave out remote shards that cannot be reached (with a warning) instead of failing")
      ("limit,n", po::value(&opt.limit)->default_value(10), "number of hits")
      ("offset", po::value(&opt.offset)->default_value(0), "skip this many hits (paging)")
      ("all-passages", po::bool_switch(&opt.all_passages), "every matching passage, not only the best one per article")
      ("since", po::value(&opt.since), "only articles dated on or after YYYY-MM-DD")
      ("until", po::value(&opt.until), "only articles dated on or before YYYY-MM-DD")
      ("spun", po::value(&spun)->default_value("any"), "spun articles: any, only or exclude")
      ("original", po::bool_switch(&opt.original_text), "show text as published, not repaired")
      ("cast", po::value(&opt.cast)->composing(), "only passages naming this person (repeatable)")
      ("drama", po::value(&opt.drama), "only passages about this drama, show or film")
      ("kind", po::value(&opt.kind), "only passages of this kind: scene, cast or other")
      ("facets", "count people, dramas and kinds over all matches")
      ("explain", "show the ranking features of each hit")
      ("who", po::value(&who), "profile of a person: dramas, characters, articles")
      ("cast-of", po::value(&cast_of), "cast list of a drama with characters")
      ("json", "JSON Lines output, one hit per line (with --facets, a last line {\"facets\":...})")
      ("entity-weight", po::value(&opt.entity_weight)->default_value(0.35), "ranking weight of query entities named by a passage")
      ("kind-weight", po::value(&opt.kind_weight)->default_value(0.25), "ranking weight of a passage of the kind the query asks for")
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
  if (indexes.empty()) {
    std::cerr << "drama-query: --index DIR is required\nTry 'drama-query --help'.\n";
    return 2;
  }
  if (spun == "only") opt.spun = SearchOptions::Spun::kOnly;
  else if (spun == "exclude") opt.spun = SearchOptions::Spun::kExclude;
  else if (spun != "any") {
    std::cerr << "drama-query: --spun must be any, only or exclude\n";
    return 2;
  }
  std::string query;
  for (const auto& w : words) {
    if (!query.empty()) query += ' ';
    query += w;
  }

  const bool json = vm.count("json") > 0;
  opt.facets = vm.count("facets") > 0;
  opt.explain = vm.count("explain") > 0;
  const bool tty = isatty(STDOUT_FILENO);
  if (!json) {
    opt.highlight_start = "\x01";
    opt.highlight_end = "\x02";
  }
  try {
    dramasearch::Searcher searcher(indexes, timeout_ms, vm.count("allow-partial") > 0);
    for (const auto& w : searcher.warnings()) std::cerr << "drama-query: warning: " << w << "; results are partial\n";
    if (!who.empty()) return print_who(searcher, who, json);
    if (!cast_of.empty()) return print_cast_of(searcher, cast_of, json);
    const auto result = searcher.search(query, opt);
    if (json) {
      for (const auto& h : result.hits) std::cout << dump(hit_json(h, opt.explain)) << "\n";
      if (opt.facets) std::cout << dump({{"facets", facets_json(result.facets)}}) << "\n";
    } else {
      const std::string bold = tty ? "\x1b[1m" : "", off = tty ? "\x1b[0m" : "";
      if (result.hits.empty()) std::cout << "No hits for: " << result.query_text << "\n";
      for (const auto& h : result.hits) {
        std::cout << h.rank << ". " << bold << (h.title.empty() ? h.article_id : h.title) << off;
        std::string meta;
        if (!h.date.empty()) meta += h.date;
        if (!h.source.empty()) meta.append(meta.empty() ? "" : ", ").append(h.source);
        if (h.spun) meta.append(meta.empty() ? "" : ", ").append("spun");
        if (!meta.empty()) std::cout << "  (" << meta << ")";
        std::cout << "\n   " << h.passage_id << "  " << h.kind << "  score " << h.score << "\n";
        if (!h.cast.empty()) {
          std::cout << "   cast:";
          for (const auto& c : h.cast) std::cout << " " << c.name << (c.character.empty() ? "" : " (" + c.character + ")") << ";";
          std::cout << "\n";
        }
        if (opt.explain) {
          const auto& w = h.explain;
          std::cout << "   explain: bm25 " << w.bm25 << " -> " << w.bm25_normalized << "; entities "
                    << w.matched_entities.size() << "/" << w.query_entities.size() << " -> +"
                    << w.entity_contribution << "; kind " << (w.kind_match ? "match" : "no match") << " (query asks "
                    << w.query_kind << ") -> +" << w.kind_contribution << "\n";
        }
        std::string snip = unescape_html(h.snippet);
        snip = replace_all(replace_all(snip, "\x01", bold), "\x02", off);
        std::cout << "   " << replace_all(snip, "\n", " ") << "\n\n";
      }
      if (opt.facets) {
        auto show = [](const char* label, const std::vector<dramasearch::FacetCount>& v) {
          std::cout << label << ":";
          for (const auto& c : v) std::cout << " " << c.value << " (" << c.count << ");";
          std::cout << "\n";
        };
        show("People", result.facets.people);
        show("Dramas", result.facets.dramas);
        show("Kinds", result.facets.kinds);
      }
      if (!result.hits.empty())
        std::cout << "About " << result.total_estimate << (opt.all_passages ? " passages" : " articles")
                  << " match.\n";
    }
    return result.hits.empty() ? 1 : 0;
  } catch (const dramasearch::Error& e) {
    std::cerr << "drama-query: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "drama-query: unexpected error: " << e.what() << "\n";
    return 2;
  }
}
