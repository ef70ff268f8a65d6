#include "indexer/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "dramasearch/error.h"

namespace dramasearch::text {
namespace {

bool plain_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80 || c == '`') return false;
  return true;
}

// Folded replacement for one code point, or -1 to keep it, or 0 to drop it.
UChar32 fold_typography(UChar32 c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x0060:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return 0;
    default:
      break;
  }
  if (c != '\n' && c != '\t' && c != ' ' && u_isUWhiteSpace(c)) return ' ';
  return -1;
}

}  // namespace

std::string normalize(std::string_view in) {
  if (plain_ascii(in)) return std::string(in);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) throw Error(std::string("ICU NFKC normalizer unavailable: ") + u_errorName(status));
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(in.data(), static_cast<int32_t>(in.size())));
  icu::UnicodeString norm = nfkc->normalize(src, status);
  if (U_FAILURE(status)) throw Error(std::string("ICU normalization failed: ") + u_errorName(status));
  icu::UnicodeString folded;
  folded.remove();
  for (int32_t i = 0; i < norm.length();) {
    const UChar32 c = norm.char32At(i);
    i += U16_LENGTH(c);
    const UChar32 f = fold_typography(c);
    if (f == 0) continue;
    folded.append(f < 0 ? c : f);
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace dramasearch::text
