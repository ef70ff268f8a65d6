// dramasearch::Searcher — ranks passages of a dramasearch index for a query.
//
// The query is analysed by the same Pipeline as the documents (normalized,
// spin-repaired), then parsed by Xapian's QueryParser: words, "phrases",
// AND/OR/NOT, +must/-mustnot, and the field prefixes
//   title:WORDS   words of the article title
//   source:NAME   boolean filter on the publisher (exact, case-insensitive)
//   id:ID         boolean filter on the article id
//   year:YYYY  month:YYYYMM  day:YYYYMMDD   boolean date filters
// Ranking is BM25 over passages; by default only the best passage of each
// article is returned (collapse on the article).
//
// Thread safety: a Searcher is NOT safe for concurrent use; create one per
// thread (they are cheap relative to a query stream and share nothing).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace dramasearch {

struct SearchOptions {
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool all_passages = false;      // false: best passage per article
  bool original_text = false;     // text/snippet as published instead of repaired
  std::string since, until;       // YYYY-MM-DD, inclusive; empty = open
  enum class Spun { kAny, kOnly, kExclude } spun = Spun::kAny;
  std::size_t snippet_chars = 240;
  // Snippet highlighting; the snippet is HTML-escaped text with these around
  // matched words.
  std::string highlight_start = "<b>";
  std::string highlight_end = "</b>";
  // Limits against hostile queries.
  std::size_t max_query_bytes = 8192;
  std::size_t max_wildcard_terms = 500;
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
};

struct SearchResult {
  std::vector<Hit> hits;
  std::size_t total_estimate = 0;  // matching articles (or passages with all_passages)
  std::string query_text;          // the query after normalization and repair
  std::string parsed_query;        // Xapian's description of the parsed query
};

struct IndexStats {
  std::size_t passages = 0;
  std::size_t articles = 0;
  std::string schema_version;
  std::string last_commit;
  bool repair = true;
};

class Searcher {
 public:
  // Opens the index read-only. Throws Error if it is missing, corrupt, not a
  // dramasearch index or of another schema version.
  explicit Searcher(const std::string& index_path);
  ~Searcher();
  Searcher(const Searcher&) = delete;
  Searcher& operator=(const Searcher&) = delete;

  // Throws Error for an unparsable or over-limit query.
  SearchResult search(const std::string& query, const SearchOptions& options = {});

  // Re-opens the index at its latest committed revision.
  void reopen();

  IndexStats stats();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dramasearch
