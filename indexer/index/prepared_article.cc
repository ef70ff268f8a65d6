#include "indexer/index/prepared_article.h"

#include <exception>

#include "dramasearch/article_analysis.h"
#include "indexer/index/schema.h"

namespace dramasearch::index {

PreparedArticle prepare_article(const Pipeline& pipeline, const Article& article, const std::string& key,
                                const std::string& hash, std::size_t max_passage_words, DocumentBuilder& builder,
                                bool stories) {
  PreparedArticle out;
  try {
    const AnalysedArticle aa = analyse_article(pipeline, article, max_passage_words);
    ArticleContext ctx;
    ctx.article = &article;
    ctx.key = key;
    ctx.hash = hash;
    ctx.body = &aa.body;
    ctx.title = &aa.title;
    ctx.passages = aa.passages.size();
    ctx.spin_score = aa.spin_score;
    if (stories) {
      out.fingerprint = stories::fingerprint(aa.body);
      ctx.fingerprint = &out.fingerprint;
    }
    for (const auto& p : aa.passages) out.docs.emplace_back(schema::uid_term(key, p.number), builder.build(ctx, p));
  } catch (const std::exception& e) {
    out.error = article.origin + ": " + e.what();
  }
  return out;
}

}  // namespace dramasearch::index
