// JSON Lines reader: one article per line, every bad line reported and
// skipped, the stream read in bounded chunks so huge files and huge lines
// never have to fit in memory.
#include "indexer/readers/jsonl_reader.h"

#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>
#include <vector>

#include "indexer/readers/text_util.h"
#include "indexer/util/id_set.h"

namespace dramasearch {
namespace readers_internal {
namespace {

using nlohmann::json;

// Deeper JSON is certainly not an article and parsing it would cost memory
// proportional to the depth.
constexpr int kMaxJsonDepth = 512;
constexpr std::size_t kChunk = 64 * 1024;

// Splits a stream into lines with std::istream::getline into a fixed buffer:
// a line longer than the limit is counted but not stored.
class LineReader {
 public:
  LineReader(std::istream& in, std::size_t max_line) : in_(in), max_(max_line), buf_(kChunk) {}

  // False at end of stream. `overflow` is set when the line was longer than
  // the limit (then `line` is empty and `length` holds its real size).
  bool next(std::string& line, bool& overflow, std::uint64_t& length) {
    line.clear();
    overflow = false;
    length = 0;
    bool any = false;
    for (;;) {
      if (!in_.good()) return any;
      in_.getline(buf_.data(), static_cast<std::streamsize>(buf_.size()));
      const auto got = static_cast<std::size_t>(in_.gcount());
      bytes_ += got;
      if (in_.bad()) {
        read_error_ = true;
        return any;
      }
      const bool eof = in_.eof();
      const bool full = !eof && in_.fail();  // buffer filled before the newline
      if (eof && got == 0) return any;
      const std::size_t n = (eof || full) ? got : got - 1;  // drop the '\n'
      any = true;
      length += n;
      if (!overflow && line.size() + n > max_) {
        overflow = true;
        std::string().swap(line);  // give the memory back
      }
      if (!overflow) line.append(buf_.data(), n);
      if (!full) return true;
      in_.clear();
    }
  }

  std::uint64_t bytes() const { return bytes_; }
  bool read_error() const { return read_error_; }

 private:
  std::istream& in_;
  std::size_t max_;
  std::vector<char> buf_;
  std::uint64_t bytes_ = 0;
  bool read_error_ = false;
};

bool too_deep(std::string_view s) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// Starts like {"key" or {} — tells a JSON record with a stray NUL from a
// binary (or BOM-less UTF-16) file, whose every line would be a report.
bool looks_like_object(std::string_view s) {
  s = trim(s);
  if (s.empty() || s[0] != '{') return false;
  s = trim(s.substr(1));
  return !s.empty() && (s[0] == '"' || s[0] == '}');
}

// nlohmann's message without the exception id, the "line 1" (always 1 for a
// single line) and the "last read" excerpt, which may be long or not UTF-8.
std::string parse_error_reason(const json::exception& e) {
  std::string msg = e.what();
  if (const auto p = msg.find("] "); p != std::string::npos) msg.erase(0, p + 2);
  if (msg.rfind("parse error at line 1, ", 0) == 0) msg.erase(0, 23);
  if (const auto p = msg.find("; last read: '"); p != std::string::npos) {
    const auto expected = msg.rfind("'; expected ");
    msg = msg.substr(0, p) +
          (expected != std::string::npos && expected > p ? msg.substr(expected + 1) : "");
  }
  return "invalid JSON: " + msg;
}

bool valid_date(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = starts[k]; i < starts[k] + lens[k]; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
      v[k] = v[k] * 10 + (d[i] - '0');
    }
  }
  const std::chrono::year_month_day ymd{std::chrono::year{v[0]},
                                        std::chrono::month{static_cast<unsigned>(v[1])},
                                        std::chrono::day{static_cast<unsigned>(v[2])}};
  return v[0] >= 1 && ymd.ok();
}

enum class Field { kOk, kAbsent, kWrongType };

// Reads an optional string member; null counts as absent.
Field get_string(const json& obj, const char* key, std::string& out) {
  const auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return Field::kAbsent;
  if (!it->is_string()) return Field::kWrongType;
  out = it->get<std::string>();
  return Field::kOk;
}

class JsonlParser {
 public:
  JsonlParser(const std::string& name, const ArticleFn& on_article, const ReportFn& on_problem,
              std::size_t max_line)
      : name_(name), on_article_(on_article), on_problem_(on_problem), max_line_(max_line) {}

  // Returns false when the rest of the stream must be skipped.
  bool line(std::string_view s, bool overflow, std::uint64_t length) {
    ++line_no_;
    const std::string where = name_ + ":" + std::to_string(line_no_);
    if (line_no_ == 1) {
      if (s.size() >= 2 &&
          ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'))) {
        report(on_problem_, name_, "UTF-16 is not supported, convert to UTF-8");
        unusable_ = true;
        return false;
      }
      if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    }
    if (overflow) {
      seen_content_ = true;
      report(on_problem_, where,
             "line too long (" + std::to_string(length) + " bytes, limit " +
                 std::to_string(max_line_) + ")");
      return true;
    }
    if (is_blank(s)) return true;
    if (std::memchr(s.data(), '\0', s.size()) != nullptr) {
      if (!seen_content_ && !looks_like_object(s)) {  // not a JSON Lines file at all
        report(on_problem_, name_, "binary file");
        unusable_ = true;
        return false;
      }
      report(on_problem_, where, "binary data (NUL byte)");
      return true;
    }
    seen_content_ = true;
    if (too_deep(s)) {
      report(on_problem_, where,
             "invalid JSON: nested deeper than " + std::to_string(kMaxJsonDepth));
      return true;
    }
    json obj;
    try {
      obj = json::parse(s);
    } catch (const json::exception& e) {
      report(on_problem_, where, parse_error_reason(e));
      return true;
    }
    record(obj, where);
    return true;
  }

  bool finish() {
    if (!seen_content_ && !unusable_) {
      report(on_problem_, name_, "empty file");
      unusable_ = true;
    }
    return !unusable_;
  }

  std::size_t articles() const { return articles_; }

 private:
  void record(const json& obj, const std::string& where) {
    if (!obj.is_object()) return report(on_problem_, where, "not a JSON object");
    Article a;
    std::string title, date, url, source;
    struct Spec {
      const char* key;
      std::string* out;
      bool required;
    };
    const Spec specs[] = {{"id", &a.id, true},      {"body", &a.body, true},
                          {"title", &title, false}, {"date", &date, false},
                          {"url", &url, false},     {"source", &source, false}};
    for (const Spec& f : specs) {
      const Field r = get_string(obj, f.key, *f.out);
      if (r == Field::kWrongType)
        return report(on_problem_, where, std::string(f.key) + " is not a string");
      if (f.required && r == Field::kAbsent)
        return report(on_problem_, where, std::string("missing ") + f.key);
      if (f.out->find('\0') != std::string::npos) {
        return report(on_problem_, where, std::string("NUL character in ") + f.key);
      }
    }
    if (is_blank(a.id)) return report(on_problem_, where, "empty id");
    a.body = normalise_paragraphs(a.body);
    if (a.body.empty()) return report(on_problem_, where, "empty body");
    if (const auto first = first_line_.insert(a.id, line_no_)) {
      return report(on_problem_, where,
                    "duplicate id " + quote_for_report(a.id) + " (first at line " + std::to_string(*first) + ")");
    }
    const std::string_view d = trim(date);
    if (!d.empty() && !valid_date(d)) {
      report(on_problem_, where,
             "invalid date " + quote_for_report(date) + " (expected YYYY-MM-DD), date dropped");
    } else {
      a.date = std::string(d);
    }
    a.title = collapse_whitespace(title);
    a.url = std::string(trim(url));
    a.source = collapse_whitespace(source);
    a.origin = where;
    a.format = "jsonl";
    ++articles_;
    if (on_article_) on_article_(std::move(a));
  }

  const std::string& name_;
  const ArticleFn& on_article_;
  const ReportFn& on_problem_;
  std::size_t max_line_;
  std::uint64_t line_no_ = 0;
  std::size_t articles_ = 0;
  bool seen_content_ = false, unusable_ = false;
  util::IdSet<std::uint64_t> first_line_;  // id -> line
};

}  // namespace

JsonlResult read_jsonl_stream(std::istream& in, const std::string& name,
                              const ArticleFn& on_article, const ReportFn& on_problem,
                              std::size_t max_line_bytes) {
  LineReader reader(in, max_line_bytes);
  JsonlParser parser(name, on_article, on_problem, max_line_bytes);
  std::string line;
  bool overflow = false;
  std::uint64_t length = 0;
  while (reader.next(line, overflow, length)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // CRLF files
    if (!parser.line(line, overflow, length)) break;
  }
  JsonlResult result;
  result.read_error = reader.read_error();
  if (result.read_error) report(on_problem, name, "read error");
  // After an I/O error "empty file" would be a second, misleading report.
  result.unusable = result.read_error ? parser.articles() == 0 : !parser.finish();
  result.articles = parser.articles();
  result.bytes = reader.bytes();
  return result;
}

}  // namespace readers_internal

std::size_t read_jsonl(std::istream& in, const std::string& name, const ArticleFn& on_article,
                       const ReportFn& on_problem) {
  return readers_internal::read_jsonl_stream(in, name, on_article, on_problem).articles;
}

}  // namespace dramasearch
