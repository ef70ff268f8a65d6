// Fuzzes the text pipeline: validation, normalization, repair, segmentation,
// passages, entities, and the layout-keeping despin.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dramasearch/article_analysis.h"
#include "dramasearch/despin.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dramasearch::Pipeline pipeline;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dramasearch::Article article;
  article.id = "fuzz";
  article.title = std::string(text.substr(0, 40));
  article.body = std::string(text);
  (void)dramasearch::analyse_article(pipeline, article);
  (void)dramasearch::despin(pipeline, text);
  return 0;
}
