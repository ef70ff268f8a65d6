#include "indexer/text/utf8.h"

namespace dramasearch::text {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 if invalid.
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;       // overlong
    if (c == 0xED) hi = 0x9F;       // surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;       // overlong
    if (c == 0xF4) hi = 0x8F;       // > U+10FFFF
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

}  // namespace

std::string sanitize_utf8(std::string_view in, std::size_t* invalid) {
  std::string out;
  out.reserve(in.size());
  std::size_t bad = 0;
  for (std::size_t i = 0; i < in.size();) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      if (c == '\r') {
        out.push_back('\n');
        if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
      } else if (c < 0x20 && c != '\n' && c != '\t') {
        out.push_back(' ');
      } else if (c == 0x7F) {
        out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    const std::size_t n = valid_sequence_length(in, i);
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++bad;
      ++i;
      // Skip continuation bytes of the broken sequence so one bad character
      // gives one replacement.
      while (i < in.size() && (static_cast<unsigned char>(in[i]) & 0xC0) == 0x80 &&
             valid_sequence_length(in, i) == 0)
        ++i;
    } else {
      out.append(in.substr(i, n));
      i += n;
    }
  }
  if (invalid) *invalid = bad;
  return out;
}

bool is_valid_utf8(std::string_view in) {
  for (std::size_t i = 0; i < in.size();) {
    const std::size_t n = valid_sequence_length(in, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

}  // namespace dramasearch::text
