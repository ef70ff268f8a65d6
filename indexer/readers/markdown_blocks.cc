// Line-based Markdown block parser (see markdown.h).
#include <algorithm>
#include <cstdint>

#include "indexer/readers/markdown.h"
#include "indexer/readers/text_util.h"

namespace dramasearch::readers_internal {
namespace {

constexpr std::size_t kMaxFrontMatterLines = 200;

std::string_view ltrim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  return s;
}
std::string_view rtrim(std::string_view s) {
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}
bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}
bool contains_ci(std::string_view s, std::string_view what) {
  for (std::size_t i = 0; i + what.size() <= s.size(); ++i) {
    if (starts_with_ci(s.substr(i), what)) return true;
  }
  return false;
}
bool only_chars(std::string_view s, std::string_view allowed) {
  return s.find_first_not_of(allowed) == std::string_view::npos;
}

// Strips up to `max_depth` block-quote markers ("> "), counting them.
std::string_view strip_quotes(std::string_view s, std::size_t max_depth, std::size_t& depth) {
  depth = 0;
  while (depth < max_depth) {
    const std::string_view t = ltrim(s);
    if (t.empty() || t.front() != '>' || s.size() - t.size() > 3) break;
    s = t.substr(1);
    if (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    ++depth;
  }
  return s;
}

// "***", "- - -", "___" ...
bool is_thematic_break(std::string_view t) {
  t = rtrim(t);
  if (t.empty() || (t[0] != '*' && t[0] != '-' && t[0] != '_')) return false;
  const std::size_t marks = static_cast<std::size_t>(std::count(t.begin(), t.end(), t[0]));
  return marks >= 3 && only_chars(t, std::string(1, t[0]) + " \t");
}

// A setext underline: "===" or "---" (at least two dashes: "-" is a list item).
bool is_setext_underline(std::string_view t) {
  t = rtrim(t);
  return (!t.empty() && only_chars(t, "=")) || (t.size() >= 2 && only_chars(t, "-"));
}

bool is_table_delimiter(std::string_view t) {
  t = rtrim(t);
  return t.find('|') != std::string_view::npos && t.find('-') != std::string_view::npos &&
         only_chars(t, "|-: \t");
}

bool has_pipe(std::string_view t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\\') ++i;
    else if (t[i] == '|') return true;
  }
  return false;
}

// Length of a list marker at the start of t (0 if none). Ordered markers with
// a number other than 1 cannot interrupt a paragraph (CommonMark), which also
// keeps "2024. was a year" inside running text intact.
std::size_t list_marker(std::string_view t, bool may_start_any) {
  if (t.empty()) return 0;
  if (t[0] == '-' || t[0] == '*' || t[0] == '+') {
    return (t.size() == 1 || t[1] == ' ' || t[1] == '\t') ? 1 : 0;
  }
  std::size_t d = 0;
  while (d < t.size() && d < 4 && t[d] >= '0' && t[d] <= '9') ++d;
  if (d == 0 || d > 3 || d >= t.size() || (t[d] != '.' && t[d] != ')')) return 0;
  if (d + 1 < t.size() && t[d + 1] != ' ' && t[d + 1] != '\t') return 0;
  const bool is_one = t.substr(0, d).find_first_not_of('0') == d - 1 && t[d - 1] == '1';
  return (may_start_any || is_one) ? d + 1 : 0;
}

// "[label]: destination" — link reference definitions produce no text.
bool is_link_definition(std::string_view t) {
  if (t.size() < 4 || t[0] != '[' || t[1] == '^') return false;
  const std::size_t close = t.find("]:");
  return close != std::string_view::npos && close > 1 &&
         t.substr(1, close - 1).find(']') == std::string_view::npos;
}

class BlockBuilder {
 public:
  void line(std::string_view raw) {
    if (in_fence_) return fence_line(raw);
    if (!skip_until_.empty()) {
      if (contains_ci(raw, skip_until_)) skip_until_ = {};
      return;
    }
    std::size_t quote_depth = 0;
    const std::string_view content = strip_quotes(raw, SIZE_MAX, quote_depth);
    std::string_view t = ltrim(content);
    if (is_blank(t)) {
      flush();
      in_table_ = in_list_ = false;
      return;
    }
    if (open_fence(t, quote_depth) || raw_html_block(t) || heading(t)) return;
    if (!para_.empty() && !in_list_ && is_setext_underline(t)) {
      push(true, strip_inline_markdown(joined()));
      para_.clear();
      return;
    }
    if (is_thematic_break(t)) {
      flush();
      in_list_ = false;
      return;
    }
    if (table_line(t)) return;
    if (para_.empty() && t[0] == '[') {
      if (is_link_definition(t)) return;
      if (t.size() > 2 && t[1] == '^' && t.find("]:") != std::string_view::npos) {
        t = ltrim(t.substr(t.find("]:") + 2));  // footnote: keep its text
      }
    }
    if (const std::size_t m = list_marker(t, para_.empty() || in_list_)) {
      // A whole list is one paragraph (a line-up reads as one passage);
      // its items stay on lines of their own.
      if (!in_list_) flush();
      t = ltrim(t.substr(m));
      if (t.size() >= 3 && t[0] == '[' && t[2] == ']' &&
          (t[1] == ' ' || t[1] == 'x' || t[1] == 'X')) {
        t = ltrim(t.substr(3));  // task list box
      }
      in_list_ = true;
    }
    para_.emplace_back(t);
  }

  std::vector<MdBlock> finish() {
    if (in_fence_) push(false, code_);  // unclosed fence: keep the code
    flush();
    return std::move(blocks_);
  }

 private:
  void push(bool heading, std::string text) {
    text = normalise_paragraphs(text);
    if (!text.empty()) blocks_.push_back({heading, std::move(text)});
  }

  std::string joined() const {
    std::string s;
    for (const auto& l : para_) {
      if (!s.empty()) s += '\n';
      s += l;
    }
    return s;
  }

  void flush() {
    if (para_.empty()) return;
    push(false, strip_inline_markdown(joined()));
    para_.clear();
  }

  bool open_fence(std::string_view t, std::size_t quote_depth) {
    if (t.size() < 3 || (t[0] != '`' && t[0] != '~')) return false;
    std::size_t n = 0;
    while (n < t.size() && t[n] == t[0]) ++n;
    if (n < 3) return false;
    if (t[0] == '`' && t.substr(n).find('`') != std::string_view::npos) return false;
    flush();
    in_fence_ = true;
    fence_char_ = t[0];
    fence_len_ = n;
    fence_quote_depth_ = quote_depth;
    code_.clear();
    return true;
  }

  void fence_line(std::string_view raw) {
    std::size_t depth = 0;
    const std::string_view content = strip_quotes(raw, fence_quote_depth_, depth);
    const std::string_view t = rtrim(ltrim(content));
    std::size_t n = 0;
    while (n < t.size() && t[n] == fence_char_) ++n;
    if (n >= fence_len_ && n == t.size()) {
      in_fence_ = false;
      push(false, code_);  // code text is kept verbatim: it is searchable content
      return;
    }
    code_.append(content);
    code_ += '\n';
  }

  // <script>/<style> blocks and multi-line comments carry no article text.
  bool raw_html_block(std::string_view t) {
    std::string_view end;
    if (starts_with_ci(t, "<script")) end = "</script>";
    else if (starts_with_ci(t, "<style")) end = "</style>";
    else if (t.substr(0, 4) == "<!--") end = "-->";
    else return false;
    if (end == "-->" && t.find(end, 4) != std::string_view::npos) return false;  // inline comment
    flush();
    if (!contains_ci(t, end)) skip_until_ = end;
    return true;
  }

  bool heading(std::string_view t) {
    std::size_t h = 0;
    while (h < t.size() && t[h] == '#') ++h;
    if (h == 0 || h > 6 || (h < t.size() && t[h] != ' ' && t[h] != '\t')) return false;
    flush();
    in_list_ = false;
    std::string_view text = rtrim(t.substr(h));
    const std::size_t last = text.find_last_not_of('#');
    if (last == std::string_view::npos) text = {};
    else if (last + 1 < text.size() && (text[last] == ' ' || text[last] == '\t'))
      text = text.substr(0, last);
    push(true, strip_inline_markdown(trim(text)));
    return true;
  }

  // Pipe tables: the row before a delimiter row is the header; each row
  // becomes one paragraph with its cells separated by spaces.
  bool table_line(std::string_view t) {
    if (is_table_delimiter(t) && !para_.empty() && has_pipe(para_.back())) {
      const std::string header = para_.back();
      para_.pop_back();
      flush();
      table_row(header);
      in_table_ = true;
      return true;
    }
    if (in_table_ && has_pipe(t)) {
      table_row(t);
      return true;
    }
    in_table_ = false;
    return false;
  }

  void table_row(std::string_view row) {
    std::string text;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= row.size(); ++i) {
      if (i < row.size() && row[i] == '\\') {
        ++i;
        continue;
      }
      if (i < row.size() && row[i] != '|') continue;
      const std::string cell = strip_inline_markdown(trim(row.substr(start, i - start)));
      if (!is_blank(cell)) {
        if (!text.empty()) text += ' ';
        text += trim(cell);
      }
      start = i + 1;
    }
    push(false, text);
  }

  std::vector<MdBlock> blocks_;
  std::vector<std::string> para_;
  bool in_list_ = false, in_table_ = false;
  bool in_fence_ = false;
  char fence_char_ = '`';
  std::size_t fence_len_ = 0, fence_quote_depth_ = 0;
  std::string code_;
  std::string_view skip_until_;  // points at a string literal
};

// YAML front matter ("---" ... "---") is metadata, not text; its title is
// the best title the document has.
std::size_t front_matter(const std::vector<std::string_view>& lines, std::string& title) {
  if (lines.empty() || rtrim(lines[0]) != "---") return 0;
  for (std::size_t i = 1; i < lines.size() && i < kMaxFrontMatterLines; ++i) {
    const std::string_view l = rtrim(lines[i]);
    if (l == "---" || l == "...") {
      for (std::size_t k = 1; k < i; ++k) {
        if (lines[k].substr(0, 6) != "title:") continue;
        std::string_view v = trim(lines[k].substr(6));
        if (v.size() >= 2 && (v[0] == '"' || v[0] == '\'') && v.back() == v[0]) {
          v = v.substr(1, v.size() - 2);
        }
        title = collapse_whitespace(v);
        break;
      }
      return i + 1;
    }
  }
  return 0;
}

}  // namespace

MdDocument parse_markdown(std::string_view md) {
  if (md.substr(0, 3) == "\xEF\xBB\xBF") md.remove_prefix(3);
  const std::vector<std::string_view> lines = split_lines(md);
  MdDocument doc;
  BlockBuilder builder;
  for (std::size_t i = front_matter(lines, doc.front_matter_title); i < lines.size(); ++i) {
    builder.line(lines[i]);
  }
  doc.blocks = builder.finish();
  return doc;
}

}  // namespace dramasearch::readers_internal
