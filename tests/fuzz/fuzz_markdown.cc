// Fuzzes the Markdown reader.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dramasearch/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dramasearch::Article a;
  dramasearch::read_markdown_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz.md",
                                     "fuzz.md", a, [](const std::string&, const std::string&) {});
  return 0;
}
