// Small text helpers shared by the corpus readers (private to indexer/readers).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/readers.h"

namespace dramasearch::readers_internal {

inline bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::string_view trim(std::string_view s);
bool is_blank(std::string_view s);

// Runs of whitespace (including U+00A0) become one space; ends trimmed.
// Used for titles and HTML paragraphs.
std::string collapse_whitespace(std::string_view s);

// Splits on LF, CRLF or lone CR.
std::vector<std::string_view> split_lines(std::string_view s);

// Canonical body layout: LF line ends, trailing whitespace removed from every
// line, paragraphs separated by exactly one blank line, no leading/trailing
// blank lines.
std::string normalise_paragraphs(std::string_view s);

// Joins non-empty paragraphs with "\n\n" and normalises the result.
std::string join_paragraphs(const std::vector<std::string>& paragraphs);

// Last step of every file reader: the body from `paragraphs` (the title
// when there are none), then `a` moved into `out`. Reports "no text" and
// returns false when the article has neither.
bool finish_article(Article& a, const std::vector<std::string>& paragraphs, const std::string& origin,
                    const ReportFn& on_problem, Article& out);

// Vets the raw bytes of a whole-file article: UTF-16 BOM and NUL bytes are
// rejected, a UTF-8 BOM is stripped, empty/whitespace-only content rejected.
// Reports under `where` and returns false when the file cannot be used.
bool check_content(std::string_view content, const std::string& where, const ReportFn& report,
                   std::string_view& text);

// Decodes HTML character references (&amp;, &#233;, &#xE9;, common names);
// unknown references are kept literally.
std::string decode_entities(std::string_view s);

// Decodes one reference starting at s[0] == '&'. On success appends the
// UTF-8 text to `out` and returns the number of bytes consumed, else 0.
std::size_t decode_entity_at(std::string_view s, std::string& out);

void append_utf8(std::string& out, char32_t cp);

// A value quoted and shortened for use inside a report message.
std::string quote_for_report(std::string_view s);

inline void report(const ReportFn& fn, const std::string& where, const std::string& reason) {
  if (fn) fn(where, reason);
}

}  // namespace dramasearch::readers_internal
