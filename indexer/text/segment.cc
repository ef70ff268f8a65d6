#include "indexer/text/segment.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include "dramasearch/error.h"

namespace dramasearch::text {
namespace {

// ICU break iterators are not thread-safe and costly to create: keep one
// clone per thread.
icu::BreakIterator* word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) {
    UErrorCode status = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it) throw Error("ICU word break iterator unavailable");
  }
  return it.get();
}

icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it;
  if (!it) {
    UErrorCode status = U_ZERO_ERROR;
    it.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getEnglish(), status));
    if (U_FAILURE(status) || !it) throw Error("ICU sentence break iterator unavailable");
  }
  return it.get();
}

// Runs `fn(begin, end, rule_status)` over the segments of `text`.
template <typename Fn>
void for_each_segment(icu::BreakIterator* it, std::string_view text, Fn fn) {
  if (text.empty()) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) throw Error("ICU cannot open text for segmentation");
  it->setText(ut, status);
  if (U_FAILURE(status)) {
    utext_close(ut);
    throw Error("ICU cannot segment text");
  }
  int32_t begin = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next())
    fn(static_cast<std::size_t>(begin), static_cast<std::size_t>(end), it->getRuleStatus());
  // Detach the iterator from the UText before closing it.
  it->setText(icu::UnicodeString());
  utext_close(ut);
}

}  // namespace

namespace {

enum class AsciiClass { kLetter, kDigit, kConnector, kMidNumLet, kMidNum, kOther };

AsciiClass ascii_class(char c) {
  // ICU counts '@' as a letter (so e-mail addresses stay whole).
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return AsciiClass::kLetter;
  if (c >= '0' && c <= '9') return AsciiClass::kDigit;
  if (c == '_') return AsciiClass::kConnector;         // ExtendNumLet
  if (c == '.' || c == '\'') return AsciiClass::kMidNumLet;  // MidNumLet, Single_Quote
  if (c == ',' || c == ';') return AsciiClass::kMidNum;
  return AsciiClass::kOther;
}

bool is_word_class(AsciiClass k) {
  return k == AsciiClass::kLetter || k == AsciiClass::kDigit || k == AsciiClass::kConnector;
}

// The words of ASCII text by the Unicode word break rules (UAX #29) that
// apply to ASCII, exactly as ICU's word iterator finds them (tested against
// it on random text): letters (ICU adds '@'), digits and '_' join; "." and "'" join
// letter-letter and digit-digit ("p.m", "Won's", "3.5"), "," and ";"
// digit-digit ("1,000"); everything else breaks. ICU costs about a tenth of
// indexing, and drama news is nearly all ASCII.
void ascii_words(std::string_view text, std::size_t base, std::vector<Word>& out) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    if (!is_word_class(ascii_class(text[i]))) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    bool has_alnum = false;
    for (;;) {
      const AsciiClass k = ascii_class(text[i]);
      has_alnum = has_alnum || k != AsciiClass::kConnector;
      if (i + 1 >= n) {
        ++i;
        break;
      }
      const AsciiClass next = ascii_class(text[i + 1]);
      if (is_word_class(next)) {
        ++i;
        continue;
      }
      if (i + 2 < n && (next == AsciiClass::kMidNumLet || next == AsciiClass::kMidNum)) {
        const AsciiClass after = ascii_class(text[i + 2]);
        if ((k == AsciiClass::kDigit && after == AsciiClass::kDigit) ||
            (next == AsciiClass::kMidNumLet && k == AsciiClass::kLetter && after == AsciiClass::kLetter)) {
          i += 2;
          continue;
        }
      }
      ++i;
      break;
    }
    // ICU makes a lone '_' no word, but "__" one.
    if (has_alnum || i - begin > 1) out.push_back({base + begin, i - begin});
  }
}

void icu_words(std::string_view text, std::size_t base, std::vector<Word>& out) {
  for_each_segment(word_iterator(), text, [&](std::size_t b, std::size_t e, int32_t rule) {
    if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT) return;
    out.push_back({base + b, e - b});
  });
}

}  // namespace

std::vector<Word> split_words(std::string_view text) {
  // Line by line (a line break always ends a word): ASCII lines take the
  // fast path, others go through ICU.
  std::vector<Word> words;
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_begin, line_end - line_begin);
    bool ascii = true;
    for (unsigned char c : line)
      if (c >= 0x80 || c == '\r') {
        ascii = false;
        break;
      }
    if (ascii) ascii_words(line, line_begin, words);
    else icu_words(line, line_begin, words);
    line_begin = line_end + 1;
  }
  return words;
}

std::vector<Word> split_words_icu(std::string_view text) {
  std::vector<Word> words;
  icu_words(text, 0, words);
  return words;
}

std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  std::size_t line_begin = 0;
  while (line_begin <= text.size()) {
    std::size_t line_end = text.find('\n', line_begin);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    for_each_segment(sentence_iterator(), line, [&](std::size_t b, std::size_t e, int32_t) {
      std::size_t tb = b, te = e;
      while (tb < te && (line[tb] == ' ' || line[tb] == '\t')) ++tb;
      while (te > tb && (line[te - 1] == ' ' || line[te - 1] == '\t')) --te;
      if (te > tb) out.emplace_back(line_begin + tb, line_begin + te);
    });
    if (line_end == text.size()) break;
    line_begin = line_end + 1;
  }
  return out;
}

std::string fold_case(std::string_view word) {
  bool ascii = true;
  for (unsigned char c : word)
    if (c >= 0x80) { ascii = false; break; }
  if (ascii) {
    std::string out(word);
    for (char& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

namespace {
UChar32 first_code_point(std::string_view word) {
  if (word.empty()) return 0;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(std::min<std::size_t>(word.size(), 4))));
  return u.length() ? u.char32At(0) : 0;
}
}  // namespace

bool starts_upper(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(first_code_point(word)) || u_istitle(first_code_point(word));
}

bool all_upper(std::string_view word) {
  int letters = 0;
  for (unsigned char c : word) {
    if (c >= 0x80) return false;  // ASCII check is enough for case restoration
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string capitalize_first(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string to_upper(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace dramasearch::text
