// read_inputs / walk_inputs: the files of a listing and stdin to Articles.
#include <iostream>
#include <string>
#include <vector>

#include "dramasearch/readers.h"
#include "indexer/readers/file_io.h"
#include "indexer/readers/jsonl_reader.h"

namespace dramasearch {

using namespace readers_internal;

namespace {

class Reader {
 public:
  Reader(std::uint64_t max_file_bytes, const ArticleFn& on_article, const ReportFn& on_problem, const FileFn& on_file)
      : on_article_(on_article), on_file_(on_file), max_(max_file_bytes) {
    // Every report goes through here so that stats.problems is exact.
    report_ = [this, &on_problem](const std::string& where, const std::string& reason) {
      ++stats_.problems;
      if (on_problem) on_problem(where, reason);
    };
  }

  void entry(const InputEntry& e) {
    switch (e.kind) {
      case InputEntry::Kind::kStdin: return read_stdin();
      case InputEntry::Kind::kProblem: return report_(e.path, e.reason);
      case InputEntry::Kind::kSkippedFile:
        ++stats_.files;
        return skip(e.path, e.reason);
      case InputEntry::Kind::kFile:
        ++stats_.files;
        if (e.format == InputFormat::kJsonLines) return jsonl_file(e.path, e.bytes);
        return article_file(e);
    }
  }

  WalkStats stats() const { return stats_; }

 private:
  void read_stdin() {
    ++stats_.files;
    if (on_file_) on_file_("<stdin>", 0);
    const JsonlResult r = read_jsonl_stream(std::cin, "<stdin>", on_article_, report_);
    stats_.bytes += r.bytes;
    if (r.unusable) ++stats_.skipped_files;
  }

  // A .txt, .md or .html file: one article.
  void article_file(const InputEntry& e) {
    if (on_file_) on_file_(e.path, e.bytes);
    std::string content, error;
    if (!read_whole_file(e.path, max_, content, error)) return skip(e.path, "cannot read: " + error);
    stats_.bytes += content.size();
    if (content.size() > max_) return skip(e.path, file_too_large(content.size(), max_));  // it grew
    Article article;
    bool ok = false;
    if (e.format == InputFormat::kText) ok = read_text_article(content, e.id, e.path, article, report_);
    if (e.format == InputFormat::kMarkdown) ok = read_markdown_article(content, e.id, e.path, article, report_);
    if (e.format == InputFormat::kHtml) ok = read_html_article(content, e.id, e.path, article, report_);
    if (!ok) {
      ++stats_.skipped_files;
    } else if (on_article_) {
      on_article_(std::move(article));
    }
  }

  // JSON Lines files are streamed line by line, whatever their size.
  void jsonl_file(const std::string& path, std::uint64_t size) {
    if (on_file_) on_file_(path, size);
    InputFile file;
    std::string error;
    if (!file.open(path, error)) return skip(path, "cannot read: " + error);
    const JsonlResult r = read_jsonl_stream(file.stream(), path, on_article_, report_);
    stats_.bytes += r.bytes;
    if (file.read_errno() != 0) report_(path, "cannot read: " + errno_message(file.read_errno()));
    if (r.unusable) ++stats_.skipped_files;
  }

  void skip(const std::string& path, const std::string& reason) {
    ++stats_.skipped_files;
    report_(path, reason);
  }

  const ArticleFn& on_article_;
  const FileFn& on_file_;
  std::uint64_t max_;
  ReportFn report_;
  WalkStats stats_;
};

}  // namespace

WalkStats read_inputs(const InputListing& listing, const ArticleFn& on_article, const ReportFn& on_problem,
                      const FileFn& on_file) {
  Reader reader(listing.max_file_bytes, on_article, on_problem, on_file);
  for (const auto& e : listing.entries) reader.entry(e);
  return reader.stats();
}

WalkStats walk_inputs(const std::vector<std::string>& inputs, const ArticleFn& on_article,
                      const ReportFn& on_problem, const FileFn& on_file, std::uint64_t max_file_bytes) {
  return read_inputs(list_inputs(inputs, max_file_bytes), on_article, on_problem, on_file);
}

}  // namespace dramasearch
