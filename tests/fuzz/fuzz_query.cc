// Fuzzes query analysis and parsing against a small index: any input gives
// hits or a dramasearch::Error, nothing else.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "dramasearch/error.h"
#include "dramasearch/indexer.h"
#include "dramasearch/searcher.h"

namespace {
dramasearch::Searcher& searcher() {
  static const std::string path = [] {
    const auto dir = std::filesystem::temp_directory_path() / "dramasearch-fuzz-query-index";
    std::filesystem::remove_all(dir);
    dramasearch::Indexer ix(dir.string());
    ix.add({"a1", "Han Seo Won joins Moonlit Courthouse",
            "Han Seo Won plays the lawyer Yoon Ha Eun in \"Moonlit Courthouse.\"\n\nThe cast filmed a rain scene.",
            "2025-03-01", "", "Wire", "", ""});
    ix.add({"a2", "Camping car", "They filmed inside the camping car at the beach.", "2025-04-01", "", "Wire", "", ""});
    ix.commit();
    return dir.string();
  }();
  static dramasearch::Searcher s(path);
  return s;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string query(reinterpret_cast<const char*>(data), size);
  dramasearch::SearchOptions options;
  options.facets = size % 2;
  options.explain = true;
  try {
    (void)searcher().search(query, options);
  } catch (const dramasearch::Error&) {
  }
  return 0;
}
