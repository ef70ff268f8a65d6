// Segmentation: ICU word and sentence boundaries over UTF-8 text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dramasearch::text {

struct Word {
  std::size_t offset;  // byte offset in the segmented text
  std::size_t length;  // bytes
};

// Words (letters, numbers, ideographs...; punctuation and spaces skipped) of
// normalized UTF-8 text, by ICU's word break rules.
std::vector<Word> split_words(std::string_view text);

// The same through ICU alone, without split_words' ASCII fast path (the
// reference the fast path is tested against).
std::vector<Word> split_words_icu(std::string_view text);

// Sentence ranges [begin, end) of normalized UTF-8 text (ICU sentence rules,
// with line breaks acting as hard boundaries).
std::vector<std::pair<std::size_t, std::size_t>> split_sentences(std::string_view text);

// Unicode case folding of one word (ASCII fast path).
std::string fold_case(std::string_view word);

// True if the word starts with an upper-case letter.
bool starts_upper(std::string_view word);

// True if every letter of the word is upper case and it has at least two.
bool all_upper(std::string_view word);

// `word` with its first letter upper-cased / every letter upper-cased.
std::string capitalize_first(std::string_view word);
std::string to_upper(std::string_view word);

}  // namespace dramasearch::text
