// Plain-text articles: the first non-empty line is the title, the rest the body.
#include <string>

#include "dramasearch/readers.h"
#include "indexer/readers/text_util.h"

namespace dramasearch {

using namespace readers_internal;

bool read_text_article(const std::string& content, const std::string& id, const std::string& origin,
                       Article& out, const ReportFn& on_problem) {
  std::string_view text;
  if (!check_content(content, origin, on_problem, text)) return false;

  // check_content guarantees a non-blank line exists.
  const std::vector<std::string_view> lines = split_lines(text);
  std::size_t first = 0;
  while (is_blank(lines[first])) ++first;

  Article a;
  a.id = id;
  a.origin = origin;
  a.format = "txt";
  a.title = collapse_whitespace(lines[first]);
  std::string rest;
  for (std::size_t i = first + 1; i < lines.size(); ++i) {
    rest.append(lines[i]);
    rest += '\n';
  }
  a.body = normalise_paragraphs(rest);
  // A one-line file still carries text worth indexing.
  if (a.body.empty()) a.body = a.title;
  out = std::move(a);
  return true;
}

}  // namespace dramasearch
