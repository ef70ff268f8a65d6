// dramasearch::Searcher — ranks passages of a dramasearch index for a query.
//
// The query is analysed by the same Pipeline as the documents (normalized,
// spin-repaired), then parsed by Xapian's QueryParser: words, "phrases",
// AND/OR/NOT, +must/-mustnot, and the field prefixes
//   title:WORDS   words of the article title (matching its first passage)
//   source:NAME   boolean filter on the publisher (exact, case-insensitive)
//   id:ID         boolean filter on the article id
//   year:YYYY  month:YYYYMM  day:YYYYMMDD   boolean date filters
//   cast:"NAME"  drama:"TITLE"  kind:scene|cast|other   entity filters
// Ranking starts from BM25 over passages and re-ranks the top candidates
// (SearchOptions::rerank_depth says how many) with three documented
// features: the share of the people and dramas recognized in the query that
// the passage names as entities, whether the passage kind (scene / cast) is
// the one the query asks for, and, for a question about the cast, whether
// the passage credits a character the query names to an actor. By default
// only the best passage of each article is returned.
//
// Thread safety: a Searcher is NOT safe for concurrent use; create one per
// thread (they are cheap relative to a query stream and share nothing).
// Every failure is a dramasearch::Error naming the index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dramasearch {

struct SearchOptions {
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool all_passages = false;      // false: best passage per article
  // false (default): one hit per story, copies of an article (spun or
  // faithful) collapsed into it and listed in Hit::copies; facets count
  // stories. true: every copy is its own hit. all_passages implies true.
  bool all_copies = false;
  bool original_text = false;     // text/snippet as published instead of repaired
  std::string since, until;       // YYYY-MM-DD, inclusive; empty = open
  enum class Spun { kAny, kOnly, kExclude } spun = Spun::kAny;
  std::size_t snippet_chars = 240;
  // Snippet highlighting; the snippet is HTML-escaped text with these around
  // matched words.
  std::string highlight_start = "<b>";
  std::string highlight_end = "</b>";
  // Filters on recognized entities and passage kinds (empty = any).
  std::vector<std::string> cast;  // passages mentioning all these people
  std::string drama;              // passages about this drama/show/film
  std::string kind;               // "scene", "cast" or "other"
  bool facets = false;            // count people, dramas, kinds over all matches
                                  // (over the best 2,000 when a shard is remote)
  bool explain = false;           // fill Hit::explain
  // Ranking: BM25 (normalized to [0,1] over the candidates) plus these
  // feature weights. The candidates are the best BM25 passages, at most two
  // per article (any number with all_passages), as many as the larger of
  // `rerank_depth` and 2 x (offset + limit) (offset + limit with
  // all_passages): a page deeper than the re-rank depth re-ranks more
  // candidates so that it can still be filled. Hits come from the
  // candidates in their re-ranked order.
  double entity_weight = 0.35;    // x share of the query's entities the passage names
  double kind_weight = 0.25;      // x 1 if the passage kind is the one the query asks for
  // x 1 if the query asks about the cast and the passage credits a
  // character the query names to an actor ("X plays Y"): the passage that
  // answers "who plays Y" rather than one that only mentions Y.
  double credit_weight = 0.2;
  std::size_t rerank_depth = 30;
  // Limits against hostile queries.
  std::size_t max_query_bytes = 8192;
  std::size_t max_query_terms = 256;
  std::size_t max_wildcard_terms = 500;
};

// Checks of option values that users give, one definition for the library,
// drama-query and drama-serve. Each throws Error "NAME must be ..., not
// 'VALUE'", NAME being the option as the caller's users know it (drama-query:
// "--since"; the HTTP API: "since"). Searcher::search checks since, until
// and kind with the field names.
//   a date YYYY-MM-DD, returned as YYYYMMDD
std::string parse_search_date(const std::string& name, const std::string& value);
//   a passage kind: scene, cast or other (empty: any kind)
void check_search_kind(const std::string& name, const std::string& value);
//   any (or empty), only or exclude
SearchOptions::Spun parse_spun(const std::string& name, const std::string& value);

struct CastEntry {
  std::string name;
  std::string character;  // may be empty
  double confidence = 1.0;  // CastCredit::confidence; below kWeakConfidence a guess
};

// Why a hit scored what it did (SearchOptions::explain).
struct Explanation {
  double bm25 = 0;              // raw BM25 weight of the passage
  double bm25_normalized = 0;   // bm25 / best bm25 among the candidates
  double entity_match = 0;      // share of query entities named by the passage
  double entity_contribution = 0;
  bool kind_match = false;
  double kind_contribution = 0;
  bool credit_match = false;      // credits a character the query names (cast queries)
  double credit_contribution = 0;
  std::string query_kind;       // what the query asks about: scene, cast or other
  std::vector<std::string> query_entities;    // recognized in the query
  std::vector<std::string> matched_entities;  // of those, named by the passage
};

// Another article of the same story (a copy, spun or not).
struct Copy {
  std::string article_id;
  std::string title;
  std::string date;
  std::string source;
  std::string url;
  bool spun = false;
  double similarity = 0;   // sentence alignment with the article, in [0,1] (indexer/stories)
  bool original = false;   // the story's likely original: unspun, earliest date
};

struct Hit {
  std::size_t rank = 0;           // 1-based, counting from offset 0
  double score = 0;
  std::string article_id;
  std::size_t passage = 0;        // passage number within the article
  std::string passage_id;         // "<article_id>#<passage>"
  std::string title;
  std::string date;
  std::string source;
  std::string url;
  std::string text;               // the passage (repaired unless original_text)
  std::string snippet;
  bool spun = false;
  double spin_score = 0;
  std::string kind;               // scene, cast or other
  std::string drama;              // drama the passage is about, may be empty
  std::vector<CastEntry> cast;    // credits found in the passage
  Explanation explain;            // filled when SearchOptions::explain
  std::vector<Copy> copies;       // other articles of the hit's story, most similar first
                                  // (empty with all_copies / all_passages)
};

struct FacetCount {
  std::string value;
  std::size_t count = 0;
};

struct Facets {
  std::vector<FacetCount> people, dramas, kinds;  // most frequent first
};

struct SearchResult {
  std::vector<Hit> hits;
  std::size_t total_estimate = 0;  // matching articles (or passages with all_passages)
  std::string query_text;          // the query after normalization and repair
  std::string parsed_query;        // Xapian's description of the parsed query
  Facets facets;                   // filled when SearchOptions::facets
};

// A person's profile (drama-query --who).
struct PersonProfile {
  std::string name;
  std::size_t passages = 0;                // passages naming the person
  std::vector<std::string> articles;       // article ids
  struct Role {
    std::string drama, character;
    std::vector<std::string> articles;
    // Of the credits behind the role together, 1 - prod(1 - c): two
    // articles that each credit it weakly make it likelier.
    double confidence = 0;
  };
  std::vector<Role> roles;
};

// A drama's cast list (drama-query --cast-of).
struct DramaProfile {
  std::string title;
  std::size_t passages = 0;
  std::vector<std::string> articles;
  struct Member {
    std::string name, character;
    std::vector<std::string> articles;
    double confidence = 0;  // as PersonProfile::Role::confidence
  };
  std::vector<Member> cast;
};

// One database of the index being searched (a plain index, or a shard).
struct DatabaseState {
  std::string name;              // its path, or tcp://HOST:PORT
  std::optional<std::uint64_t> revision;  // Xapian's revision; none for a remote shard
  std::string last_commit;       // ISO 8601 UTC time of the indexer's last commit to it
};

struct IndexStats {
  std::size_t passages = 0;
  std::size_t articles = 0;
  std::string schema_version;
  std::string last_commit;  // the latest of the databases' last commits
  // Sum of the local databases' revisions: changes with every commit to any
  // of them, so equal sums of the same layout mean the same commits (a
  // replica against its master). `databases` has each one.
  std::uint64_t revision = 0;
  std::vector<DatabaseState> databases;
  bool repair = true;
};

struct SearcherOptions {
  // The spin-repair data the index was built with (drama-index --data-dir);
  // empty: the data compiled into the library. Queries are analysed with
  // it, and with repair on or off as the index records.
  std::string data_dir;
  unsigned remote_timeout_ms = 10000;  // connecting to and waiting for a remote shard
  // Leave out a remote shard that cannot be reached (see warnings())
  // instead of failing, as long as one index remains.
  bool allow_partial = false;
};

class Searcher {
 public:
  // Opens the index read-only. Throws Error if it is missing, corrupt, not a
  // dramasearch index or of another schema version.
  explicit Searcher(const std::string& index_path);

  // Searches several indexes as one, with global ranking statistics (Xapian's
  // database union): local paths (plain or sharded indexes) and remote
  // shards "tcp://HOST:PORT" served by xapian-tcpsrv.
  //
  // Each database stores the fingerprint of the analysis its articles went
  // through (pipeline version, spin-repair data, repair on/off). One that
  // differs from the queries' analysis does not stop the Searcher: it adds
  // a warning naming the index, what differs and what to pass (usually the
  // data directory of drama-index --data-dir), because searching still
  // works, only spun wording may be repaired differently on the two sides.
  Searcher(const std::vector<std::string>& index_paths, const SearcherOptions& options);
  explicit Searcher(const std::vector<std::string>& index_paths, unsigned remote_timeout_ms = 10000,
                    bool allow_partial = false);

  // What went wrong without stopping the Searcher from opening, one message
  // each: remote shards left out by allow_partial ("URL: reason; results
  // are partial") and indexes analysed otherwise than the queries.
  const std::vector<std::string>& warnings() const;
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws Error for an unparsable or over-limit query.
  SearchResult search(const std::string& query, const SearchOptions& options = {});

  // Profiles from the recognized entities and credits. Names are matched
  // case-insensitively and whole ("Kim Ji Won" is not "Kim Ji Soo").
  PersonProfile who(const std::string& name);
  DramaProfile cast_of(const std::string& title);

  // The other articles of an article's story, most similar first, the
  // likely original marked; nullopt when no article has this id.
  std::optional<std::vector<Copy>> copies_of(const std::string& article_id);

  // Re-opens the index at its latest committed revision. Throws Error when
  // it cannot (the index was removed, a remote shard went away).
  void reopen();

  IndexStats stats();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dramasearch
