// list_inputs: the files of the inputs, before any is read (see readers.h).
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <system_error>
#include <vector>

#include "dramasearch/readers.h"
#include "indexer/readers/file_io.h"

namespace dramasearch {

namespace fs = std::filesystem;

namespace {

class Lister {
 public:
  explicit Lister(std::uint64_t max_file_bytes) { out_.max_file_bytes = max_file_bytes; }

  void input(const std::string& in) {
    if (in == "-") {
      ++out_.files;
      return add({InputEntry::Kind::kStdin, "<stdin>", "", InputFormat::kJsonLines, 0, ""});
    }
    std::error_code ec;
    const fs::file_status st = fs::status(in, ec);
    if (st.type() == fs::file_type::not_found) return skip(in, "no such file or directory");
    if (ec) return skip(in, "cannot read: " + ec.message());
    if (fs::is_directory(st)) return walk_directory(in);
    file(in, fs::path(in).filename().string(), st);
  }

  InputListing take() { return std::move(out_); }

 private:
  struct Frame {
    fs::path dir;
    std::string rel;  // relative to the input root, '/' separated
    fs::path canonical;
    std::vector<fs::path> entries;  // sorted
    std::size_t next = 0;
  };

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
        skip(path.string(), "broken symbolic link");
      } else if (ec) {
        skip(path.string(), "cannot read: " + ec.message());
      } else {
        file(path.string(), rel, st);
      }
    }
  }

  void open_directory(const fs::path& dir, const std::string& rel, std::vector<Frame>& stack) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (ec) return problem(dir.string(), "cannot read: " + ec.message());
    // A directory reached twice is either a symlink loop (it is one of our
    // ancestors) or a second link to a tree already listed.
    if (!visited_.insert(canonical).second) {
      const bool loop = std::any_of(stack.begin(), stack.end(),
                                    [&](const Frame& f) { return f.canonical == canonical; });
      return problem(dir.string(), loop ? "skipped: symlink loop" : "skipped: directory already visited (symlink)");
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
    if (ec) return problem(dir.string(), "cannot read: " + ec.message());
    std::sort(frame.entries.begin(), frame.entries.end(),
              [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
    stack.push_back(std::move(frame));
  }

  void file(const std::string& path, const std::string& id, const fs::file_status& st) {
    if (!fs::is_regular_file(st)) return skip(path, "skipped: not a regular file");
    const InputFormat format = format_for_path(path);
    if (format == InputFormat::kUnknown) return skip(path, "skipped: unsupported file type");
    std::error_code ec;
    const std::uint64_t size = fs::file_size(path, ec);
    if (ec) return skip(path, "cannot read: " + ec.message());
    // JSON Lines files are streamed, so the size limit (a guard against
    // loading a huge file into memory) does not apply to them.
    if (format != InputFormat::kJsonLines && size > out_.max_file_bytes)
      return skip(path, readers_internal::file_too_large(size, out_.max_file_bytes));
    ++out_.files;
    out_.bytes += size;
    add({InputEntry::Kind::kFile, path, id, format, size, ""});
  }

  void skip(const std::string& path, const std::string& reason) {
    add({InputEntry::Kind::kSkippedFile, path, "", InputFormat::kUnknown, 0, reason});
  }
  void problem(const std::string& where, const std::string& reason) {
    add({InputEntry::Kind::kProblem, where, "", InputFormat::kUnknown, 0, reason});
  }
  void add(InputEntry e) { out_.entries.push_back(std::move(e)); }

  InputListing out_;
  std::set<fs::path> visited_;  // canonical directories
};

}  // namespace

InputListing list_inputs(const std::vector<std::string>& inputs, std::uint64_t max_file_bytes) {
  Lister lister(max_file_bytes);
  for (const auto& in : inputs) lister.input(in);
  return lister.take();
}

}  // namespace dramasearch
