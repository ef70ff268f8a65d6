// The whole text pipeline applied to one article: what the indexer stores.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dramasearch/article.h"
#include "dramasearch/entities.h"
#include "dramasearch/pipeline.h"

namespace dramasearch {

struct AnalysedPassage {
  std::size_t number = 0;       // passage number within the article
  std::size_t paragraph = 0;    // body paragraph it comes from (0-based)
  std::string text;             // repaired text
  std::string original;         // text as published
  std::size_t token_begin = 0;  // range in AnalysedArticle::body.tokens
  std::size_t token_end = 0;
  PassageInfo info;             // entities, credits, kind
};

struct AnalysedArticle {
  Analysis title;
  Analysis body;
  std::string drama;            // the article's drama: its title's, else the one its passages name most
  std::vector<AnalysedPassage> passages;
  double spin_score = 0;        // share of title and body words repaired
};

// Normalizes, repairs, segments and splits `article` into passages of at
// most `max_passage_words` words, and recognizes entities in each.
AnalysedArticle analyse_article(const Pipeline& pipeline, const Article& article,
                                std::size_t max_passage_words = 80);

}  // namespace dramasearch
