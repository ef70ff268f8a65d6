#include "text/segment.h"

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

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> words;
  for_each_segment(word_iterator(), text, [&](std::size_t b, std::size_t e, int32_t rule) {
    if (rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT) return;
    words.push_back({b, e - b});
  });
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
