// dramasearch::Article — one news article as read from the corpus.
#pragma once

#include <string>

namespace dramasearch {

struct Article {
  std::string id;      // unique, stable across runs (path or JSONL "id")
  std::string title;   // may be empty
  std::string body;    // plain text; paragraphs separated by blank lines
  std::string date;    // YYYY-MM-DD or empty
  std::string url;     // may be empty
  std::string source;  // publisher / site, may be empty
  std::string origin;  // where it came from, for reports: "path" or "path:line"
  std::string format;  // input format, set by the readers: "jsonl", "txt", "md", "html"; may be empty
};

}  // namespace dramasearch
