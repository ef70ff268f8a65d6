// Fuzzes the text pipeline: validation, normalization, repair, segmentation,
// passages, entities, and the layout-keeping despin; and checks that the
// ASCII fast path of word splitting finds exactly ICU's words.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dramasearch/article_analysis.h"
#include "dramasearch/despin.h"
#include "indexer/text/normalize.h"
#include "indexer/text/segment.h"
#include "indexer/text/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dramasearch::Pipeline pipeline;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  dramasearch::Article article;
  article.id = "fuzz";
  article.title = std::string(text.substr(0, 40));
  article.body = std::string(text);
  (void)dramasearch::analyse_article(pipeline, article);
  (void)dramasearch::despin(pipeline, text);

  namespace t = dramasearch::text;
  const std::string normalized = t::normalize(t::sanitize_utf8(text, nullptr));
  const auto fast = t::split_words(normalized), icu = t::split_words_icu(normalized);
  bool same = fast.size() == icu.size();
  for (std::size_t i = 0; same && i < fast.size(); ++i)
    same = fast[i].offset == icu[i].offset && fast[i].length == icu[i].length;
  if (!same) std::abort();
  return 0;
}
