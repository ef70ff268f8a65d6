// Corpus readers: turn input files into Articles.
//
// Supported inputs (chosen by extension, case-insensitive):
//   .jsonl        one JSON object per line: id (required), body (required),
//                 title, date (YYYY-MM-DD), url, source (optional)
//   .txt          one article per file; title = first non-empty line
//   .md/.markdown one article per file; title = first heading (else first
//                 line); Markdown markup removed from the text
//   .html/.htm    parsed with libxml2's HTML parser; title from <title> or the
//                 first <h1>; text from <article> (else <body>); script, style,
//                 nav, header, footer, aside, form dropped; block elements
//                 become paragraph breaks
// Paragraphs in Article::body are separated by a blank line ("\n\n").
//
// Readers never throw on bad content: each problem is passed to the
// ReportFn as ("path[:line]", "reason") and reading continues with the next
// record. Input bytes are passed through unchanged (UTF-8 validation happens
// in the text pipeline), except that NUL bytes make a file "binary" and it is
// skipped with a report.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "dramasearch/article.h"

namespace dramasearch {

using ArticleFn = std::function<void(Article&&)>;
using ReportFn = std::function<void(const std::string& where, const std::string& reason)>;

enum class InputFormat { kJsonLines, kText, kMarkdown, kHtml, kUnknown };

// Format from the file name's extension.
InputFormat format_for_path(const std::string& path);

// Reads JSON Lines from a stream; `name` is used in reports ("name:line").
// Lines that are empty or whitespace are ignored. Duplicate ids within one
// stream are reported and the later one skipped. Returns articles delivered.
std::size_t read_jsonl(std::istream& in, const std::string& name,
                       const ArticleFn& on_article, const ReportFn& on_problem);

// Builds an Article from the contents of one .txt / .md / .html file.
// `id` is the article id to use (path relative to the input root).
// Returns false (after reporting) if the content cannot give an article
// (empty, binary, no text).
bool read_text_article(const std::string& content, const std::string& id,
                       const std::string& origin, Article& out, const ReportFn& on_problem);
bool read_markdown_article(const std::string& content, const std::string& id,
                           const std::string& origin, Article& out, const ReportFn& on_problem);
bool read_html_article(const std::string& content, const std::string& id,
                       const std::string& origin, Article& out, const ReportFn& on_problem);

// Strips Markdown markup (headings, emphasis, links, images, code fences,
// lists, block quotes, tables, HTML tags) keeping the words and paragraph
// breaks.
std::string markdown_to_text(const std::string& md);

// Counters of one walk over the inputs.
struct WalkStats {
  std::size_t files = 0;            // files looked at
  std::size_t skipped_files = 0;    // unknown extension, unreadable, binary...
  std::size_t bytes = 0;            // bytes of input read
  std::size_t problems = 0;         // problems reported (files and records)
};

using FileFn = std::function<void(const std::string& path, std::uint64_t bytes)>;

// One entry of a listing of the inputs, in the order they are read.
struct InputEntry {
  enum class Kind {
    kFile,         // a file to read
    kStdin,        // "-": JSON Lines on standard input
    kSkippedFile,  // a file that will not be read (counted and reported)
    kProblem,      // a directory that cannot be walked (reported)
  };
  Kind kind = Kind::kFile;
  std::string path;      // the file, or the place a problem is about
  std::string id;        // article id of a .txt/.md/.html file
  InputFormat format = InputFormat::kUnknown;
  std::uint64_t bytes = 0;  // size when listed
  std::string reason;    // why skipped (kSkippedFile, kProblem)
};

// Every input file, listed once before reading, so that a run knows its
// total size (for progress) by the same rules that read it. It holds one
// entry per file: a few hundred bytes each.
struct InputListing {
  std::vector<InputEntry> entries;
  std::uint64_t max_file_bytes = 512ull << 20;
  std::uint64_t bytes = 0;  // total size of the files to read (standard input unknown: 0)
  std::size_t files = 0;    // files to read, standard input included
};

// Lists INPUTs: files, directories (recursively, symlink loops reported and
// skipped, entries in sorted order so runs are deterministic) or "-" for
// JSON Lines on stdin. Ids of .txt/.md/.html files are their path relative to
// the input root (the directory given), with '/' separators; a file given
// directly gets its file name as id. Unknown extensions are skipped and
// counted (reported as "path: skipped: unsupported file type"). Files over
// `max_file_bytes` are skipped with a report, except .jsonl files, which are
// streamed line by line (a line over 64 MiB is skipped with a report).
// Hidden entries (names starting with '.') inside walked directories and
// Xapian databases (such as an index kept inside the corpus directory) are
// skipped silently. Nothing is reported yet: problems are entries, reported
// by read_inputs in their place.
InputListing list_inputs(const std::vector<std::string>& inputs, std::uint64_t max_file_bytes = 512ull << 20);

// Reads the entries of a listing in order: articles to `on_article`,
// problems to `on_problem`. `on_file(path, bytes)` is called before each
// file is read (for progress).
WalkStats read_inputs(const InputListing& listing, const ArticleFn& on_article, const ReportFn& on_problem,
                      const FileFn& on_file = {});

// list_inputs, then read_inputs.
WalkStats walk_inputs(const std::vector<std::string>& inputs, const ArticleFn& on_article,
                      const ReportFn& on_problem, const FileFn& on_file = {},
                      std::uint64_t max_file_bytes = 512ull << 20);

}  // namespace dramasearch
