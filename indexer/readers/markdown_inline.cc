// Inline Markdown stripping. Everything is linear or n·log n in the input:
// bracket/paren pairs and backtick runs are indexed up front so hostile input
// ("[[[[[[..." or thousands of unmatched backticks) cannot go quadratic.
#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "indexer/readers/markdown.h"
#include "indexer/readers/text_util.h"

namespace dramasearch::readers_internal {
namespace {

constexpr int kMaxLinkNesting = 8;  // deeper link texts are copied raw
constexpr std::size_t kNone = std::string_view::npos;

bool is_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Pairs of matching open/close characters (open position -> close position),
// sorted by open position. Backslash-escaped characters are ignored.
std::vector<std::pair<std::size_t, std::size_t>> match_pairs(std::string_view s, char open,
                                                             char close) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> stack;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == open) {
      stack.push_back(i);
    } else if (s[i] == close && !stack.empty()) {
      pairs.emplace_back(stack.back(), i);
      stack.pop_back();
    }
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

std::size_t partner(const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                    std::size_t open) {
  auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(open, std::size_t{0}));
  return (it != pairs.end() && it->first == open) ? it->second : kNone;
}

struct Delim {
  std::size_t pos;  // in the output
  std::size_t len;
  char ch;
  bool can_open, can_close;
  bool matched = false;
};

class InlineStripper {
 public:
  InlineStripper(std::string_view s, int depth)
      : s_(s),
        depth_(depth),
        brackets_(match_pairs(s, '[', ']')),
        parens_(match_pairs(s, '(', ')')) {
    for (std::size_t i = 0; i < s.size();) {
      if (s[i] != '`') {
        ++i;
        continue;
      }
      const std::size_t len = run_length(i);
      ticks_[len].push_back(i);
      i += len;
    }
  }

  std::string run() {
    for (std::size_t i = 0; i < s_.size();) i = step(i);
    return resolve_emphasis();
  }

 private:
  std::size_t run_length(std::size_t i) const {
    std::size_t j = i;
    while (j < s_.size() && s_[j] == s_[i]) ++j;
    return j - i;
  }

  // Handles the construct starting at i; returns the next position.
  std::size_t step(std::size_t i) {
    const char c = s_[i];
    switch (c) {
      case '\\':
        if (i + 1 < s_.size() && (is_punct(s_[i + 1]) || s_[i + 1] == '\n')) {
          out_ += s_[i + 1];
          return i + 2;
        }
        break;
      case '`':
        return code_span(i);
      case '!':
        if (i + 1 < s_.size() && s_[i + 1] == '[') {
          if (const std::size_t end = link_end(i + 1); end != kNone) return end;  // image dropped
        }
        break;
      case '[':
        return link(i);
      case '<':
        return angle(i);
      case '&':
        if (const std::size_t n = decode_entity_at(s_.substr(i), out_)) return i + n;
        break;
      case '*':
      case '_':
      case '~':
        return delimiter_run(i);
      default:
        break;
    }
    out_ += c;
    return i + 1;
  }

  std::size_t code_span(std::size_t i) {
    const std::size_t len = run_length(i);
    const auto& starts = ticks_[len];
    auto it = std::upper_bound(starts.begin(), starts.end(), i);
    if (it == starts.end()) {
      out_.append(len, '`');
      return i + len;
    }
    std::string code(s_.substr(i + len, *it - i - len));
    std::replace(code.begin(), code.end(), '\n', ' ');
    if (code.size() >= 2 && code.front() == ' ' && code.back() == ' ' && !is_blank(code)) {
      code = code.substr(1, code.size() - 2);
    }
    out_ += code;
    return *it + len;
  }

  // End (one past) of "[text](dest)" or "[text][ref]" starting at '[' i.
  std::size_t link_end(std::size_t i) const {
    const std::size_t close = partner(brackets_, i);
    if (close == kNone || close + 1 >= s_.size()) return kNone;
    const std::size_t after = s_[close + 1] == '('
                                  ? partner(parens_, close + 1)
                                  : (s_[close + 1] == '[' ? partner(brackets_, close + 1) : kNone);
    return after == kNone ? kNone : after + 1;
  }

  std::size_t link(std::size_t i) {
    const std::size_t close = partner(brackets_, i);
    if (close != kNone && i + 1 < close && s_[i + 1] == '^') return close + 1;  // footnote ref
    const std::size_t end = link_end(i);
    if (end == kNone) {
      out_ += '[';
      return i + 1;
    }
    const std::string_view text = s_.substr(i + 1, close - i - 1);
    out_ += depth_ < kMaxLinkNesting ? InlineStripper(text, depth_ + 1).run() : std::string(text);
    return end;
  }

  std::size_t find_cached(std::size_t from, std::string_view what, std::size_t& cache) const {
    if (cache == kNone - 1 || (cache != kNone && cache < from)) cache = s_.find(what, from);
    return cache;
  }

  // Autolinks keep their address, HTML tags and comments disappear.
  std::size_t angle(std::size_t i) {
    if (s_.substr(i, 4) == "<!--") {
      const std::size_t end = find_cached(i + 4, "-->", comment_cache_);
      if (end != kNone) return end + 3;
    }
    const std::size_t gt = find_cached(i + 1, ">", gt_cache_);
    if (gt == kNone || gt == i + 1) {
      out_ += '<';
      return i + 1;
    }
    const std::string_view inner = s_.substr(i + 1, gt - i - 1);
    if (inner.find('<') != kNone) {
      out_ += '<';
      return i + 1;
    }
    const bool has_space =
        std::any_of(inner.begin(), inner.end(), [](char ch) { return is_space(ch); });
    if (!has_space) {
      const std::size_t colon = inner.find(':');
      const bool scheme = colon != kNone && colon >= 2 && is_alpha(inner[0]);
      if (scheme || inner.find('@') != kNone) {
        out_ += inner;
        return gt + 1;
      }
    }
    if (is_alpha(inner[0]) || inner[0] == '/' || inner[0] == '!' || inner[0] == '?') {
      const std::string_view name = inner.substr(inner[0] == '/' ? 1 : 0, 2);
      if ((name == "br" || name == "BR") && (inner.size() == 2 || !is_alpha(inner[2]))) {
        out_ += '\n';
      }
      return gt + 1;
    }
    out_ += '<';
    return i + 1;
  }

  // CommonMark flanking rules decide whether a run of * _ ~ can open or close
  // emphasis; only matched pairs are removed, so "2 * 3" and snake_case stay.
  std::size_t delimiter_run(std::size_t i) {
    const char c = s_[i];
    const std::size_t len = run_length(i);
    const char before = i > 0 ? s_[i - 1] : ' ';
    const char after = i + len < s_.size() ? s_[i + len] : ' ';
    const bool left =
        !is_space(after) && (!is_punct(after) || is_space(before) || is_punct(before));
    const bool right =
        !is_space(before) && (!is_punct(before) || is_space(after) || is_punct(after));
    bool open = left, close = right;
    if (c == '_') {
      open = left && (!right || is_punct(before));
      close = right && (!left || is_punct(after));
    }
    if (c == '~' && len != 2) open = close = false;  // only ~~strike~~
    if (open || close) delims_.push_back({out_.size(), len, c, open, close});
    out_.append(len, c);
    return i + len;
  }

  std::string resolve_emphasis() {
    std::array<std::vector<std::size_t>, 3> openers;  // per delimiter character
    auto slot = [](char ch) { return ch == '*' ? 0 : (ch == '_' ? 1 : 2); };
    for (std::size_t k = 0; k < delims_.size(); ++k) {
      auto& stack = openers[slot(delims_[k].ch)];
      if (delims_[k].can_close && !stack.empty()) {
        delims_[stack.back()].matched = delims_[k].matched = true;
        stack.pop_back();
      } else if (delims_[k].can_open) {
        stack.push_back(k);
      }
    }
    std::string result;
    result.reserve(out_.size());
    std::size_t pos = 0;
    for (const Delim& d : delims_) {
      if (!d.matched) continue;
      result.append(out_, pos, d.pos - pos);
      pos = d.pos + d.len;
    }
    result.append(out_, pos, kNone);
    return result;
  }

  std::string_view s_;
  int depth_;
  std::vector<std::pair<std::size_t, std::size_t>> brackets_, parens_;
  std::unordered_map<std::size_t, std::vector<std::size_t>> ticks_;  // run length -> starts
  std::size_t gt_cache_ = kNone - 1, comment_cache_ = kNone - 1;     // kNone - 1: not searched
  std::string out_;
  std::vector<Delim> delims_;
};

}  // namespace

std::string strip_inline_markdown(std::string_view text) { return InlineStripper(text, 0).run(); }

}  // namespace dramasearch::readers_internal
