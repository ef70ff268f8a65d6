// Markdown articles: title from front matter or the first heading, text with
// the markup stripped.
#include <algorithm>
#include <string>

#include "dramasearch/readers.h"
#include "indexer/readers/markdown.h"
#include "indexer/readers/text_util.h"

namespace dramasearch {

using namespace readers_internal;

std::string markdown_to_text(const std::string& md) {
  std::vector<std::string> paragraphs;
  for (auto& block : parse_markdown(md).blocks) paragraphs.push_back(std::move(block.text));
  return join_paragraphs(paragraphs);
}

bool read_markdown_article(const std::string& content, const std::string& id,
                           const std::string& origin, Article& out, const ReportFn& on_problem) {
  std::string_view text;
  if (!check_content(content, origin, on_problem, text)) return false;
  MdDocument doc = parse_markdown(text);
  std::vector<MdBlock>& blocks = doc.blocks;

  Article a;
  a.id = id;
  a.origin = origin;
  a.format = "md";
  a.title = doc.front_matter_title;
  if (a.title.empty()) {
    auto heading =
        std::find_if(blocks.begin(), blocks.end(), [](const MdBlock& b) { return b.heading; });
    if (heading != blocks.end()) {
      a.title = collapse_whitespace(heading->text);
      blocks.erase(heading);  // the title is not repeated in the body
    } else if (!blocks.empty()) {
      // No heading: like a .txt file, the first line is the title.
      std::string& first = blocks.front().text;
      const std::size_t nl = first.find('\n');
      a.title = collapse_whitespace(first.substr(0, nl));
      first = nl == std::string::npos ? std::string() : first.substr(nl + 1);
    }
  }
  if (!blocks.empty() && !a.title.empty() && collapse_whitespace(blocks.front().text) == a.title) {
    blocks.erase(blocks.begin());
  }

  std::vector<std::string> paragraphs;
  for (auto& block : blocks) paragraphs.push_back(std::move(block.text));
  return finish_article(a, paragraphs, origin, on_problem, out);
}

}  // namespace dramasearch
