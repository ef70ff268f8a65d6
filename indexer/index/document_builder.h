// Turns one analysed passage into a Xapian document (terms, values, data)
// following indexer/index/schema.h.
#pragma once

#include <string>
#include <unordered_map>

#include <xapian.h>

#include "dramasearch/article.h"
#include "dramasearch/entities.h"
#include "dramasearch/pipeline.h"
#include "dramasearch/article_analysis.h"
#include "indexer/stories/fingerprint.h"

namespace dramasearch::index {

struct ArticleContext {
  const Article* article = nullptr;
  std::string key;          // schema::article_key(article->id)
  std::string hash;         // content hash
  const Analysis* body = nullptr;
  const Analysis* title = nullptr;
  std::size_t passages = 0;
  double spin_score = 0;
  const stories::Fingerprint* fingerprint = nullptr;  // of the body; stored on the first passage
};

class DocumentBuilder {
 public:
  DocumentBuilder();
  Xapian::Document build(const ArticleContext& ctx, const AnalysedPassage& passage);

 private:
  // Adds the stem of `term` as "Z" + prefix + stem, at `pos` (0: without
  // a position).
  void add_word(Xapian::Document& doc, const std::string& prefix, const std::string& term,
                Xapian::termpos pos);
  const std::string& stem(const std::string& term);

  Xapian::Stem stemmer_;
  std::unordered_map<std::string, std::string> stem_cache_;
};

}  // namespace dramasearch::index
