// Fuzzes the JSON Lines reader: every line is an article or a report.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "dramasearch/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  dramasearch::read_jsonl(in, "fuzz.jsonl", [](dramasearch::Article&&) {},
                          [](const std::string&, const std::string&) {});
  return 0;
}
