// Fuzzes the HTML reader (libxml2 SAX).
#include <cstddef>
#include <cstdint>
#include <string>

#include "dramasearch/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dramasearch::Article a;
  dramasearch::read_html_article(std::string(reinterpret_cast<const char*>(data), size), "fuzz.html", "fuzz.html",
                                 a, [](const std::string&, const std::string&) {});
  return 0;
}
