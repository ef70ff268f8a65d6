// An article analysed and turned into its Xapian documents, ready for its
// shard's writer. Pure work, safe on any thread (each with its own
// DocumentBuilder).
#pragma once

#include <cstddef>
#include <string>

#include "dramasearch/article.h"
#include "dramasearch/pipeline.h"
#include "indexer/index/document_builder.h"
#include "indexer/index/shard_writer.h"

namespace dramasearch::index {

struct PreparedArticle {
  ArticleDocuments docs;  // one per passage; none: the article has no words
  std::string error;      // analysis failed: "origin: reason"
  stories::Fingerprint fingerprint;  // of the body, for the story pass
};

PreparedArticle prepare_article(const Pipeline& pipeline, const Article& article, const std::string& key,
                                const std::string& hash, std::size_t max_passage_words, DocumentBuilder& builder,
                                bool stories = true);

}  // namespace dramasearch::index
