// Input format from a file name's extension.
#include <algorithm>
#include <filesystem>
#include <string>

#include "dramasearch/readers.h"

namespace dramasearch {

InputFormat format_for_path(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  if (ext == ".jsonl") return InputFormat::kJsonLines;
  if (ext == ".txt") return InputFormat::kText;
  if (ext == ".md" || ext == ".markdown") return InputFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm") return InputFormat::kHtml;
  return InputFormat::kUnknown;
}

}  // namespace dramasearch
