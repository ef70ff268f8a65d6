// Text helpers shared by the corpus readers (see text_util.h).
#include "indexer/readers/text_util.h"

#include <array>
#include <cstring>
#include <utility>

namespace dramasearch::readers_internal {

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

bool is_blank(std::string_view s) { return trim(s).empty(); }

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool gap = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (is_space(s[i]) || nbsp) {
      gap = true;
      if (nbsp) ++i;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += s[i];
  }
  return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < s.size()) {
    const std::size_t end = s.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) {
      lines.push_back(s.substr(pos));
      break;
    }
    lines.push_back(s.substr(pos, end - pos));
    pos = end + ((s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1);
  }
  return lines;
}

std::string normalise_paragraphs(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool have_text = false, blank_pending = false;
  for (std::string_view line : split_lines(s)) {
    while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
    if (line.empty()) {
      blank_pending = have_text;
      continue;
    }
    if (have_text) out += blank_pending ? "\n\n" : "\n";
    out += line;
    have_text = true;
    blank_pending = false;
  }
  return out;
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
  std::string joined;
  for (const auto& p : paragraphs) {
    if (is_blank(p)) continue;
    if (!joined.empty()) joined += "\n\n";
    joined += p;
  }
  return normalise_paragraphs(joined);
}

bool check_content(std::string_view content, const std::string& where, const ReportFn& fn,
                   std::string_view& text) {
  // UTF-16 first: its text is full of NUL bytes and would look "binary".
  if (content.size() >= 2 && ((content[0] == '\xFF' && content[1] == '\xFE') ||
                              (content[0] == '\xFE' && content[1] == '\xFF'))) {
    report(fn, where, "UTF-16 is not supported, convert to UTF-8");
    return false;
  }
  if (std::memchr(content.data(), '\0', content.size()) != nullptr) {
    report(fn, where, "binary file");
    return false;
  }
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  if (is_blank(content)) {
    report(fn, where, "empty file");
    return false;
  }
  text = content;
  return true;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

namespace {

// The named references that actually show up in news text; the full HTML5
// table (2000+ names) is not worth carrying for Markdown input.
constexpr std::array<std::pair<std::string_view, char32_t>, 44> kNamed{{
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"bdquo", 0x201E},
    {"laquo", 0xAB},   {"raquo", 0xBB},   {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},
    {"euro", 0x20AC},  {"pound", 0xA3},   {"yen", 0xA5},     {"cent", 0xA2},     {"sect", 0xA7},
    {"deg", 0xB0},     {"plusmn", 0xB1},  {"times", 0xD7},   {"divide", 0xF7},   {"middot", 0xB7},
    {"bull", 0x2022},  {"shy", 0xAD},     {"para", 0xB6},    {"frac12", 0xBD},   {"frac14", 0xBC},
    {"frac34", 0xBE},  {"auml", 0xE4},    {"ouml", 0xF6},    {"uuml", 0xFC},     {"szlig", 0xDF},
    {"eacute", 0xE9},  {"egrave", 0xE8},  {"agrave", 0xE0},  {"ccedil", 0xE7},
}};

bool is_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::size_t decode_entity_at(std::string_view s, std::string& out) {
  constexpr std::size_t kMaxLen = 32;  // longest reference we accept
  if (s.empty() || s[0] != '&') return 0;
  const std::size_t semi = s.substr(0, kMaxLen).find(';');
  if (semi == std::string_view::npos || semi < 2) return 0;
  const std::string_view name = s.substr(1, semi - 1);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 8) return 0;
    char32_t cp = 0;
    for (char c : digits) {
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
    }
    append_utf8(out, cp);
    return semi + 1;
  }
  for (char c : name) {
    if (!is_alnum(c)) return 0;
  }
  for (const auto& [n, cp] : kNamed) {
    if (n == name) {
      append_utf8(out, cp);
      return semi + 1;
    }
  }
  return 0;
}

std::string decode_entities(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      if (const std::size_t n = decode_entity_at(s.substr(i), out)) {
        i += n;
        continue;
      }
    }
    out += s[i++];
  }
  return out;
}

std::string quote_for_report(std::string_view s) {
  constexpr std::size_t kMax = 80;
  bool cut = false;
  if (s.size() > kMax) {
    std::size_t end = kMax;
    // Do not split a UTF-8 sequence.
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s = s.substr(0, end);
    cut = true;
  }
  std::string out = "\"";
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7F) {
      static constexpr char kHex[] = "0123456789abcdef";
      out += "\\x";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  out += cut ? "...\"" : "\"";
  return out;
}

bool finish_article(Article& a, const std::vector<std::string>& paragraphs, const std::string& origin,
                    const ReportFn& on_problem, Article& out) {
  a.body = join_paragraphs(paragraphs);
  if (a.body.empty()) a.body = a.title;
  if (a.body.empty()) {
    report(on_problem, origin, "no text");
    return false;
  }
  out = std::move(a);
  return true;
}

}  // namespace dramasearch::readers_internal
