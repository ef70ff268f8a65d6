// walk_inputs: files, directory trees and stdin to Articles.
#include <algorithm>
#include <filesystem>
#include <functional>
#include <iostream>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "dramasearch/readers.h"
#include "indexer/readers/file_io.h"
#include "indexer/readers/jsonl_reader.h"
#include "indexer/readers/text_util.h"

namespace dramasearch {

using namespace readers_internal;
namespace fs = std::filesystem;

namespace {

using FileFn = std::function<void(const std::string&, std::uint64_t)>;

class Walker {
 public:
  Walker(const ArticleFn& on_article, const ReportFn& on_problem, const FileFn& on_file,
         std::uint64_t max_file_bytes)
      : on_article_(on_article), on_file_(on_file), max_(max_file_bytes) {
    // Every report goes through here so that stats.problems is exact.
    report_ = [this, &on_problem](const std::string& where, const std::string& reason) {
      ++stats_.problems;
      if (on_problem) on_problem(where, reason);
    };
  }

  void input(const std::string& in) {
    if (in == "-") return read_stdin();
    std::error_code ec;
    const fs::file_status st = fs::status(in, ec);
    if (st.type() == fs::file_type::not_found) {
      ++stats_.files;
      ++stats_.skipped_files;
      report_(in, "no such file or directory");
    } else if (ec) {
      ++stats_.files;
      ++stats_.skipped_files;
      report_(in, "cannot read: " + ec.message());
    } else if (fs::is_directory(st)) {
      walk_directory(in);
    } else {
      entry(in, fs::path(in).filename().string(), st);
    }
  }

  WalkStats stats() const { return stats_; }

 private:
  struct Frame {
    fs::path dir;
    std::string rel;  // relative to the input root, '/' separated
    fs::path canonical;
    std::vector<fs::path> entries;  // sorted
    std::size_t next = 0;
  };

  void read_stdin() {
    ++stats_.files;
    if (on_file_) on_file_("<stdin>", 0);
    const JsonlResult r = read_jsonl_stream(std::cin, "<stdin>", on_article_, report_);
    stats_.bytes += r.bytes;
    if (r.unusable) ++stats_.skipped_files;
  }

  // Depth-first with an explicit stack: directory trees can be deep, and
  // entries are visited in sorted order so runs are reproducible.
  void walk_directory(const fs::path& root) {
    std::vector<Frame> stack;
    open_directory(root, "", stack);
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next == top.entries.size()) {
        stack.pop_back();
        continue;
      }
      const fs::path path = top.entries[top.next++];
      const std::string name = path.filename().string();
      const std::string rel = top.rel.empty() ? name : top.rel + "/" + name;
      std::error_code ec;
      const fs::file_status st = fs::status(path, ec);  // follows symlinks
      if (fs::is_directory(st)) {
        open_directory(path, rel, stack);  // may invalidate `top`
      } else if (st.type() == fs::file_type::not_found) {
        ++stats_.files;
        ++stats_.skipped_files;
        report_(path.string(), "broken symbolic link");
      } else if (ec) {
        ++stats_.files;
        ++stats_.skipped_files;
        report_(path.string(), "cannot read: " + ec.message());
      } else {
        entry(path.string(), rel, st);
      }
    }
  }

  void open_directory(const fs::path& dir, const std::string& rel, std::vector<Frame>& stack) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec) return report_(dir.string(), "cannot read: " + ec.message());
    // A directory reached twice is either a symlink loop (it is one of our
    // ancestors) or a second link to a tree already indexed.
    if (!visited_.insert(canonical).second) {
      const bool loop = std::any_of(stack.begin(), stack.end(),
                                    [&](const Frame& f) { return f.canonical == canonical; });
      return report_(dir.string(), loop ? "skipped: symlink loop"
                                        : "skipped: directory already visited (symlink)");
    }
    // A Xapian database (a dramasearch index kept beside its articles, or
    // a shard of one) is not corpus content either.
    for (const char* marker : {"iamglass", "XAPIANDB"})
      if (fs::exists(dir / marker, ec)) return;
    Frame frame{dir, rel, std::move(canonical), {}, 0};
    fs::directory_iterator it(dir, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      // Hidden entries (.git, .DS_Store, editor files) are not corpus content.
      if (it->path().filename().string().front() == '.') continue;
      frame.entries.push_back(it->path());
    }
    if (ec) return report_(dir.string(), "cannot read: " + ec.message());
    std::sort(frame.entries.begin(), frame.entries.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    stack.push_back(std::move(frame));
  }

  void entry(const std::string& path, const std::string& id, const fs::file_status& st) {
    ++stats_.files;
    if (!fs::is_regular_file(st)) return skip(path, "skipped: not a regular file");
    const InputFormat format = format_for_path(path);
    if (format == InputFormat::kUnknown) return skip(path, "skipped: unsupported file type");
    std::error_code ec;
    const std::uint64_t size = fs::file_size(path, ec);
    if (ec) return skip(path, "cannot read: " + ec.message());
    if (format == InputFormat::kJsonLines) return jsonl_file(path, size);
    if (size > max_) return skip(path, too_large(size));
    if (on_file_) on_file_(path, size);

    std::string content, error;
    if (!read_whole_file(path, max_, content, error)) return skip(path, "cannot read: " + error);
    stats_.bytes += content.size();
    if (content.size() > max_) return skip(path, too_large(content.size()));  // it grew
    Article article;
    bool ok = false;
    if (format == InputFormat::kText) ok = read_text_article(content, id, path, article, report_);
    if (format == InputFormat::kMarkdown)
      ok = read_markdown_article(content, id, path, article, report_);
    if (format == InputFormat::kHtml) ok = read_html_article(content, id, path, article, report_);
    if (!ok) {
      ++stats_.skipped_files;
    } else if (on_article_) {
      on_article_(std::move(article));
    }
  }

  // JSON Lines files are streamed, so max_file_bytes (a guard against
  // loading a huge file into memory) does not apply to them.
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

  std::string too_large(std::uint64_t size) const {
    return "file too large (" + std::to_string(size) + " bytes, limit " + std::to_string(max_) +
           ")";
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
  std::set<fs::path> visited_;  // canonical directories
};

}  // namespace

WalkStats walk_inputs(const std::vector<std::string>& inputs, const ArticleFn& on_article,
                      const ReportFn& on_problem, const FileFn& on_file,
                      std::uint64_t max_file_bytes) {
  Walker walker(on_article, on_problem, on_file, max_file_bytes);
  for (const auto& in : inputs) walker.input(in);
  return walker.stats();
}

}  // namespace dramasearch
