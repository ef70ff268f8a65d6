// Markdown structure shared by markdown_inline.cc, markdown_blocks.cc and
// markdown_reader.cc (private to indexer/readers).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dramasearch::readers_internal {

// One paragraph-level unit of a Markdown document, markup already removed.
struct MdBlock {
  bool heading = false;
  std::string text;
};

struct MdDocument {
  std::string front_matter_title;  // "title:" of a leading YAML front matter
  std::vector<MdBlock> blocks;
};

// Line-based block parser: headings, paragraphs, list items, block quotes,
// code fences, tables, thematic breaks. Not a full CommonMark parser; it
// only has to keep the words and the paragraph structure.
MdDocument parse_markdown(std::string_view md);

// Removes inline markup (emphasis, code spans, links, images, autolinks, HTML
// tags, backslash escapes) and decodes HTML entities.
std::string strip_inline_markdown(std::string_view text);

}  // namespace dramasearch::readers_internal
