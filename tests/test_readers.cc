// Tests for the corpus readers (include/dramasearch/readers.h).
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "dramasearch/readers.h"
#include "indexer/util/id_set.h"

using namespace dramasearch;
namespace fs = std::filesystem;

namespace {

// Collects everything a reader delivers.
struct Sink {
  std::vector<Article> articles;
  std::vector<std::pair<std::string, std::string>> problems;

  ArticleFn on_article() {
    return [this](Article&& a) { articles.push_back(std::move(a)); };
  }
  ReportFn on_problem() {
    return [this](const std::string& where, const std::string& reason) {
      problems.emplace_back(where, reason);
    };
  }
  // True if a problem was reported at `where` whose reason contains `text`.
  bool has(const std::string& where, const std::string& text) const {
    for (const auto& [w, r] : problems) {
      if (w == where && r.find(text) != std::string::npos) return true;
    }
    return false;
  }
  std::string dump() const {
    std::string s;
    for (const auto& [w, r] : problems) s += w + ": " + r + "\n";
    return s;
  }
};

std::size_t jsonl(const std::string& text, Sink& sink, const std::string& name = "in.jsonl") {
  std::istringstream in(text);
  return read_jsonl(in, name, sink.on_article(), sink.on_problem());
}

// A scratch directory removed (with permissions restored) at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    std::random_device rd;
    path = fs::temp_directory_path() /
           (std::string("dramasearch-readers-") + std::to_string(rd()) + std::string("-") + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::remove_all(path, ec);
  }
  void write(const std::string& rel, const std::string& content) const {
    const fs::path p = path / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }
};

// A string literal with embedded NULs, all of it.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

const Article* find_id(const std::vector<Article>& v, const std::string& id) {
  for (const auto& a : v) {
    if (a.id == id) return &a;
  }
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------- formats

TEST_CASE("format_for_path picks the format from the extension, case-insensitively") {
  CHECK(format_for_path("corpus/a.jsonl") == InputFormat::kJsonLines);
  CHECK(format_for_path("A.JSONL") == InputFormat::kJsonLines);
  CHECK(format_for_path("x.txt") == InputFormat::kText);
  CHECK(format_for_path("x.TXT") == InputFormat::kText);
  CHECK(format_for_path("x.md") == InputFormat::kMarkdown);
  CHECK(format_for_path("x.Markdown") == InputFormat::kMarkdown);
  CHECK(format_for_path("x.html") == InputFormat::kHtml);
  CHECK(format_for_path("dir.d/x.HTM") == InputFormat::kHtml);
  CHECK(format_for_path("x.pdf") == InputFormat::kUnknown);
  CHECK(format_for_path("README") == InputFormat::kUnknown);
  CHECK(format_for_path("notes.md/file") == InputFormat::kUnknown);
  CHECK(format_for_path("x.json") == InputFormat::kUnknown);
  CHECK(format_for_path("-") == InputFormat::kUnknown);
}

// ---------------------------------------------------------------- JSON Lines

TEST_CASE("read_jsonl delivers well-formed records with all fields") {
  Sink s;
  const std::size_t n = jsonl(
      R"({"id":"a1","title":"  Rain   in\nSeoul ","body":"First para.\nSame para.\n\n\n\nSecond para.  ","date":"2024-02-29","url":" https://x.kr/a1 ","source":"Daily"})"
      "\n"
      R"({"id":"a2","body":"Only body","title":null,"extra":{"nested":[1,2,3]}})"
      "\n",
      s);
  REQUIRE(n == 2);
  REQUIRE(s.articles.size() == 2);
  CHECK(s.problems.empty());
  const Article& a = s.articles[0];
  CHECK(a.id == "a1");
  CHECK(a.title == "Rain in Seoul");
  CHECK(a.body == "First para.\nSame para.\n\nSecond para.");
  CHECK(a.date == "2024-02-29");
  CHECK(a.url == "https://x.kr/a1");
  CHECK(a.source == "Daily");
  CHECK(a.origin == "in.jsonl:1");
  CHECK(a.format == "jsonl");
  CHECK(s.articles[1].id == "a2");
  CHECK(s.articles[1].title.empty());
  CHECK(s.articles[1].origin == "in.jsonl:2");
}

TEST_CASE("read_jsonl skips malformed lines but keeps the good ones around them") {
  Sink s;
  const std::size_t n = jsonl(
      "{\"id\":\"1\",\"body\":\"one\"}\n"
      "{\"id\":\"2\",\"body\":\"two\"\n"  // missing brace
      "not json at all\n"
      "{\"id\":\"3\",\"body\":\"three\"} trailing\n"
      "{\"id\":\"4\",\"body\":\"four\"}\n"
      "{\"id\":\"5\",\"bo",  // truncated last line, no newline
      s);
  CHECK(n == 2);
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[0].id == "1");
  CHECK(s.articles[1].id == "4");
  CHECK(s.articles[1].origin == "in.jsonl:5");
  CHECK(s.has("in.jsonl:2", "invalid JSON"));
  CHECK(s.has("in.jsonl:3", "invalid JSON"));
  CHECK(s.has("in.jsonl:4", "invalid JSON"));
  CHECK(s.has("in.jsonl:6", "invalid JSON"));
  CHECK(s.problems.size() == 4);
}

TEST_CASE("read_jsonl: last line without newline, blank lines, CRLF") {
  Sink s;
  const std::size_t n = jsonl(
      "\n   "
      "\n\t\r\n{\"id\":\"a\",\"body\":\"x\\r\\ny\\r\\n\\r\\nz\"}\r\n\n{\"id\":\"b\",\"body\":"
      "\"w\"}",
      s);
  CHECK(n == 2);
  CHECK(s.problems.empty());
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[0].origin == "in.jsonl:4");  // blank lines still count
  CHECK(s.articles[0].body == "x\ny\n\nz");
  CHECK(s.articles[1].origin == "in.jsonl:6");
}

TEST_CASE("read_jsonl reports non-objects, missing fields and wrong types") {
  Sink s;
  const std::size_t n = jsonl(
      "[1,2]\n"                                            // 1
      "\"text\"\n"                                         // 2
      "42\n"                                               // 3
      "null\n"                                             // 4
      "{\"body\":\"no id\"}\n"                             // 5
      "{\"id\":\"x\"}\n"                                   // 6
      "{\"id\":\"\",\"body\":\"b\"}\n"                     // 7
      "{\"id\":\"  \",\"body\":\"b\"}\n"                   // 8
      "{\"id\":\"y\",\"body\":\" \\n\\t \"}\n"             // 9
      "{\"id\":7,\"body\":\"b\"}\n"                        // 10
      "{\"id\":\"z\",\"body\":[\"b\"]}\n"                  // 11
      "{\"id\":\"z\",\"body\":\"b\",\"title\":3}\n"        // 12
      "{\"id\":\"z\",\"body\":\"b\",\"date\":20240101}\n"  // 13
      "{\"id\":\"z\",\"body\":\"b\",\"url\":{}}\n"         // 14
      "{\"id\":\"z\",\"body\":\"b\",\"source\":true}\n"    // 15
      "{\"id\":null,\"body\":\"b\"}\n"                     // 16
      "{\"id\":\"ok\",\"body\":\"fine\"}\n",               // 17
      s);
  CHECK(n == 1);
  REQUIRE(s.articles.size() == 1);
  CHECK(s.articles[0].id == "ok");
  CHECK(s.has("in.jsonl:1", "not a JSON object"));
  CHECK(s.has("in.jsonl:2", "not a JSON object"));
  CHECK(s.has("in.jsonl:3", "not a JSON object"));
  CHECK(s.has("in.jsonl:4", "not a JSON object"));
  CHECK(s.has("in.jsonl:5", "missing id"));
  CHECK(s.has("in.jsonl:6", "missing body"));
  CHECK(s.has("in.jsonl:7", "empty id"));
  CHECK(s.has("in.jsonl:8", "empty id"));
  CHECK(s.has("in.jsonl:9", "empty body"));
  CHECK(s.has("in.jsonl:10", "id is not a string"));
  CHECK(s.has("in.jsonl:11", "body is not a string"));
  CHECK(s.has("in.jsonl:12", "title is not a string"));
  CHECK(s.has("in.jsonl:13", "date is not a string"));
  CHECK(s.has("in.jsonl:14", "url is not a string"));
  CHECK(s.has("in.jsonl:15", "source is not a string"));
  CHECK(s.has("in.jsonl:16", "missing id"));
  CHECK(s.problems.size() == 16);
}

TEST_CASE("read_jsonl reports duplicate ids and keeps the first") {
  Sink s;
  const std::size_t n = jsonl(
      "{\"id\":\"d\",\"body\":\"first\"}\n"
      "{\"id\":\"e\",\"body\":\"other\"}\n"
      "{\"id\":\"d\",\"body\":\"second\"}\n"
      "{\"id\":\"f\"}\n"
      "{\"id\":\"f\",\"body\":\"f is new: the earlier f was rejected\"}\n",
      s);
  CHECK(n == 3);
  REQUIRE(s.articles.size() == 3);
  CHECK(s.articles[0].body == "first");
  CHECK(s.articles[2].id == "f");
  CHECK(s.has("in.jsonl:3", "duplicate id \"d\""));
  CHECK(s.has("in.jsonl:3", "line 1"));
  CHECK(s.problems.size() == 2);  // line 3 duplicate, line 4 missing body
}

TEST_CASE("read_jsonl: an invalid date is reported and dropped, the article kept") {
  Sink s;
  const std::size_t n = jsonl(
      "{\"id\":\"1\",\"body\":\"b\",\"date\":\"2024-13-01\"}\n"
      "{\"id\":\"2\",\"body\":\"b\",\"date\":\"2023-02-29\"}\n"
      "{\"id\":\"3\",\"body\":\"b\",\"date\":\"5 May 2024\"}\n"
      "{\"id\":\"4\",\"body\":\"b\",\"date\":\"2024-5-1\"}\n"
      "{\"id\":\"5\",\"body\":\"b\",\"date\":\"2024-05-01T10:00:00Z\"}\n"
      "{\"id\":\"6\",\"body\":\"b\",\"date\":\"\"}\n"
      "{\"id\":\"7\",\"body\":\"b\",\"date\":\"2024-12-31\"}\n",
      s);
  REQUIRE(n == 7);
  for (int i = 0; i < 6; ++i) CHECK(s.articles[static_cast<std::size_t>(i)].date.empty());
  CHECK(s.articles[6].date == "2024-12-31");
  for (int line = 1; line <= 5; ++line) {
    CHECK(s.has(std::string("in.jsonl:") + std::to_string(line), "invalid date"));
  }
  CHECK(s.problems.size() == 5);  // the empty date is simply absent
}

TEST_CASE("read_jsonl: invalid UTF-8 inside a JSON string is reported, not fatal") {
  Sink s;
  const std::size_t n = jsonl(
      "{\"id\":\"u1\",\"body\":\"caf\xE9 \xFF\xFE\"}\n"
      "{\"id\":\"u2\",\"body\":\"\xC3\xA9t\xC3\xA9\"}\n",
      s);
  CHECK(n == 1);
  REQUIRE(s.articles.size() == 1);
  CHECK(s.articles[0].body == "\xC3\xA9t\xC3\xA9");
  REQUIRE(s.problems.size() == 1);
  CHECK(s.problems[0].first == "in.jsonl:1");
  CHECK(s.problems[0].second.find("invalid JSON") == 0);
  // The reason is our text, not an excerpt of the broken bytes.
  CHECK(s.problems[0].second.find('\xFF') == std::string::npos);
  CHECK(s.problems[0].second.find('\xE9') == std::string::npos);
}

TEST_CASE("read_jsonl: NUL bytes") {
  SECTION("a NUL in a later line skips that line") {
    Sink s;
    std::string text = "{\"id\":\"1\",\"body\":\"ok\"}\n{\"id\":\"2\",\"body\":\"b";
    text += '\0';
    text += "d\"}\n{\"id\":\"3\",\"body\":\"ok\"}\n";
    CHECK(jsonl(text, s) == 2);
    CHECK(s.has("in.jsonl:2", "NUL"));
    CHECK(s.problems.size() == 1);
  }
  SECTION("a NUL in the first record means the file is binary") {
    Sink s;
    std::string text = bytes(
        "\x7F"
        "ELF\0\0\0\n{\"id\":\"1\",\"body\":\"ok\"}\n");
    CHECK(jsonl(text, s) == 0);
    CHECK(s.has("in.jsonl", "binary file"));
    CHECK(s.problems.size() == 1);
  }
  SECTION("a JSON record with a stray NUL on the first line is just that line") {
    Sink s;
    std::string text = bytes("{\"id\":\"1\",\"body\":\"a\0b\"}\n{\"id\":\"2\",\"body\":\"ok\"}\n");
    CHECK(jsonl(text, s) == 1);
    CHECK(s.has("in.jsonl:1", "NUL"));
    CHECK(s.problems.size() == 1);
  }
  SECTION("UTF-16 without a BOM is binary, reported once") {
    Sink s;
    const std::string u16 = bytes("{\0\"\0i\0d\0\"\0:\0\n\0{\0\"\0");
    CHECK(jsonl(u16 + u16 + u16, s) == 0);
    CHECK(s.has("in.jsonl", "binary file"));
    CHECK(s.problems.size() == 1);
  }
  SECTION("an escaped \\u0000 is rejected too") {
    Sink s;
    CHECK(jsonl("{\"id\":\"1\",\"body\":\"a\\u0000b\"}\n", s) == 0);
    CHECK(s.has("in.jsonl:1", "NUL character in body"));
  }
}

TEST_CASE("read_jsonl: byte order marks, empty input") {
  SECTION("UTF-16 LE") {
    Sink s;
    CHECK(jsonl(bytes("\xFF\xFE{\0\"\0"), s) == 0);
    REQUIRE(s.problems.size() == 1);
    CHECK(s.problems[0] ==
          std::make_pair(std::string("in.jsonl"),
                         std::string("UTF-16 is not supported, convert to UTF-8")));
  }
  SECTION("UTF-16 BE") {
    Sink s;
    CHECK(jsonl(bytes("\xFE\xFF\0{\0\""), s) == 0);
    CHECK(s.has("in.jsonl", "UTF-16 is not supported"));
  }
  SECTION("a UTF-8 BOM is stripped") {
    Sink s;
    CHECK(jsonl("\xEF\xBB\xBF{\"id\":\"b\",\"body\":\"x\"}\n", s) == 1);
    CHECK(s.problems.empty());
  }
  SECTION("empty and whitespace-only streams") {
    Sink s1, s2;
    CHECK(jsonl("", s1) == 0);
    CHECK(s1.has("in.jsonl", "empty file"));
    CHECK(jsonl("\n  \n\t\n", s2) == 0);
    CHECK(s2.has("in.jsonl", "empty file"));
  }
}

TEST_CASE("read_jsonl survives huge lines and deep nesting") {
  SECTION("a line over the 64 MiB cap is reported and skipped") {
    std::string text = "{\"id\":\"big\",\"body\":\"";
    text.append(65u << 20, 'x');
    text += "\"}\n{\"id\":\"small\",\"body\":\"after\"}\n";
    Sink s;
    CHECK(jsonl(text, s) == 1);
    REQUIRE(s.articles.size() == 1);
    CHECK(s.articles[0].id == "small");
    CHECK(s.articles[0].origin == "in.jsonl:2");
    CHECK(s.has("in.jsonl:1", "line too long"));
  }
  SECTION("a long line under the cap is fine") {
    std::string text = "{\"id\":\"long\",\"body\":\"";
    text.append(3u << 20, 'y');
    text += "\"}";
    Sink s;
    CHECK(jsonl(text, s) == 1);
    CHECK(s.articles.at(0).body.size() == (3u << 20));
  }
  SECTION("deeply nested JSON") {
    std::string deep = std::string("{\"id\":\"d\",\"body\":\"b\",\"x\":") + std::string(200000, '[') +
                       std::string(200000, ']') + "}\n{\"id\":\"e\",\"body\":\"ok\"}\n";
    Sink s;
    CHECK(jsonl(deep, s) == 1);
    CHECK(s.has("in.jsonl:1", "nested"));
  }
}

TEST_CASE("read_jsonl: lines around the 64 KiB read chunk keep every byte") {
  // The reader fills a 64 KiB buffer at a time; lines of exactly that size
  // (with and without the newline) must come out whole.
  const std::string prefix = "{\"id\":\"", middle = "\",\"body\":\"", suffix = "\"}";
  std::string text;
  std::vector<std::size_t> lengths;
  int k = 0;
  for (std::size_t line_len : {65534u, 65535u, 65536u, 65537u, 131071u, 131072u, 131073u, 10u}) {
    const std::string id = std::string("k") + std::to_string(k++);
    const std::size_t fixed = prefix.size() + id.size() + middle.size() + suffix.size();
    const std::size_t body_len = line_len > fixed ? line_len - fixed : 1;
    text += prefix + id + middle + std::string(body_len, 'b') + suffix + "\n";
    lengths.push_back(body_len);
  }
  text.pop_back();  // and the last line has no newline
  Sink s;
  REQUIRE(jsonl(text, s) == lengths.size());
  CHECK(s.problems.empty());
  for (std::size_t i = 0; i < lengths.size(); ++i) {
    CHECK(s.articles[i].body.size() == lengths[i]);
    CHECK(s.articles[i].origin == std::string("in.jsonl:") + std::to_string(i + 1));
  }
}

// ---------------------------------------------------------------- plain text

TEST_CASE("read_text_article: title is the first non-empty line") {
  Sink s;
  Article a;
  REQUIRE(read_text_article(
      "\r\n\r\n  Big   News \r\nLine one\r\nline two   \r\n\r\n\r\n\r\nPara two\r\n\r\n",
      "dir/a.txt", "/c/dir/a.txt", a, s.on_problem()));
  CHECK(a.id == "dir/a.txt");
  CHECK(a.origin == "/c/dir/a.txt");
  CHECK(a.format == "txt");
  CHECK(a.title == "Big News");
  CHECK(a.body == "Line one\nline two\n\nPara two");
  CHECK(s.problems.empty());

  Article one;
  REQUIRE(read_text_article("\xEF\xBB\xBFJust a title\n", "t.txt", "t.txt", one, s.on_problem()));
  CHECK(one.title == "Just a title");  // UTF-8 BOM stripped
  CHECK(one.body == "Just a title");   // a one-line file still has text
}

TEST_CASE("read_text_article rejects empty, binary and UTF-16 content") {
  Sink s;
  Article a;
  CHECK_FALSE(read_text_article("", "e", "e.txt", a, s.on_problem()));
  CHECK_FALSE(read_text_article(" \n\t\r\n ", "w", "w.txt", a, s.on_problem()));
  CHECK_FALSE(read_text_article("\xEF\xBB\xBF\n", "bom", "bom.txt", a, s.on_problem()));
  CHECK_FALSE(read_text_article(bytes("text\0more"), "b", "b.txt", a, s.on_problem()));
  CHECK_FALSE(read_text_article(bytes("\xFF\xFEh\0i\0"), "u", "u.txt", a, s.on_problem()));
  CHECK_FALSE(read_text_article(bytes("\xFE\xFF\0h\0i"), "v", "v.txt", a, s.on_problem()));
  CHECK(s.has("e.txt", "empty file"));
  CHECK(s.has("w.txt", "empty file"));
  CHECK(s.has("bom.txt", "empty file"));
  CHECK(s.has("b.txt", "binary file"));
  CHECK(s.has("u.txt", "UTF-16 is not supported, convert to UTF-8"));
  CHECK(s.has("v.txt", "UTF-16 is not supported, convert to UTF-8"));
  CHECK(s.problems.size() == 6);
}

// ---------------------------------------------------------------- Markdown

TEST_CASE("markdown_to_text strips headings, emphasis and code") {
  CHECK(markdown_to_text(
            "# Title #\n\nSome *em* and **strong** and _u_ and __uu__ and ~~gone~~ text.") ==
        "Title\n\nSome em and strong and u and uu and gone text.");
  CHECK(markdown_to_text("Use `std::vector<int>` and ``a ` b``.") ==
        "Use std::vector<int> and a ` b.");
  CHECK(markdown_to_text("keep snake_case_name, 2 * 3 = 6, a*b, 4 ** 2, **unclosed") ==
        "keep snake_case_name, 2 * 3 = 6, a*b, 4 ** 2, **unclosed");
  CHECK(markdown_to_text("intra*word*emphasis and ***both*** and *multi\nline*") ==
        "intrawordemphasis and both and multi\nline");
  CHECK(markdown_to_text("Escaped \\*not em\\* and \\_no\\_") == "Escaped *not em* and _no_");
  CHECK(markdown_to_text("Setext\n======\n\nSub\n---\nbody") == "Setext\n\nSub\n\nbody");
  CHECK(markdown_to_text("```cpp\nint main() {\n  return 0;  // *x*\n}\n```\nafter") ==
        "int main() {\n  return 0;  // *x*\n}\n\nafter");
  CHECK(markdown_to_text("~~~\ncode\n~~~") == "code");
  CHECK(markdown_to_text("```\nunclosed fence\n") == "unclosed fence");
}

TEST_CASE("markdown_to_text strips links, images, lists, quotes, tables and HTML") {
  CHECK(markdown_to_text(
            "See [the *report*](https://x.org/r \"T\") and [ref][1] here.\n\n[1]: https://x.org") ==
        "See the report and ref here.");
  CHECK(markdown_to_text("Pic ![alt text](img.png) and ![x][ref] gone.") == "Pic  and  gone.");
  CHECK(markdown_to_text("Mail <me@example.org> or <https://example.org/a?b=c>.") ==
        "Mail me@example.org or https://example.org/a?b=c.");
  CHECK(
      markdown_to_text("- one\n- two\n  continued\n* three\n+ four\n1. five\n2) six\n- [x] done") ==
      "one\ntwo\ncontinued\nthree\nfour\nfive\nsix\ndone");
  CHECK(markdown_to_text("> quoted\n> > nested\n>\n> after") == "quoted\nnested\n\nafter");
  CHECK(markdown_to_text(
            "| City | Pop |\n|:-----|----:|\n| Seoul | 9.7M |\n| Busan | 3.4M |\n\nAfter") ==
        "City Pop\n\nSeoul 9.7M\n\nBusan 3.4M\n\nAfter");
  CHECK(markdown_to_text("above\n\n---\n\n***\n\n_ _ _\n\nbelow") == "above\n\nbelow");
  CHECK(markdown_to_text("a <b>bold</b> <span class=\"x\">span</span><br>x <!-- hidden --> y") ==
        "a bold span\nx  y");
  CHECK(markdown_to_text("<script>\nvar x = 1;\n</script>\n<!--\nmulti\n-->\ntext") == "text");
  CHECK(markdown_to_text("Fish &amp; chips &lt;3 &#233;t&#xE9; &mdash; &bogus; & co") ==
        "Fish & chips <3 \xC3\xA9t\xC3\xA9 \xE2\x80\x94 &bogus; & co");
  CHECK(markdown_to_text("In 2024. it rained.\n2023. was dry") ==
        "In 2024. it rained.\n2023. was dry");
  CHECK(markdown_to_text("[sic] stays, [^1] goes\n\n[^1]: The note.") ==
        "[sic] stays,  goes\n\nThe note.");
}

TEST_CASE("markdown_to_text copes with pathological input") {
  const std::string brackets(100000, '[');
  CHECK(markdown_to_text(brackets) == brackets);
  std::string nested;
  for (int i = 0; i < 20000; ++i) nested += "[";
  nested += "x";
  for (int i = 0; i < 20000; ++i) nested += "](u)";
  CHECK(markdown_to_text(nested).find('x') != std::string::npos);
  std::string ticks;
  for (int i = 1; i < 400; ++i) ticks += std::string(static_cast<std::size_t>(i), '`') + " ";
  CHECK_NOTHROW(markdown_to_text(ticks));
  CHECK(markdown_to_text(std::string(100000, '<')) == std::string(100000, '<'));
  CHECK(markdown_to_text(std::string(100000, '*')).empty());  // a thematic break
  CHECK(markdown_to_text(std::string(100000, '>') + "deep") == "deep");
  CHECK(markdown_to_text(std::string(200000, '#')) == std::string(200000, '#'));
}

TEST_CASE("read_markdown_article: title from the first heading, not repeated") {
  Sink s;
  Article a;
  REQUIRE(
      read_markdown_article("Intro line\n\n## The *Title*\n\nBody with [link](u).\r\n\r\n# Other\n",
                            "n/a.md", "root/n/a.md", a, s.on_problem()));
  CHECK(a.id == "n/a.md");
  CHECK(a.origin == "root/n/a.md");
  CHECK(a.format == "md");
  CHECK(a.title == "The Title");
  CHECK(a.body == "Intro line\n\nBody with link.\n\nOther");

  Article fm;
  REQUIRE(read_markdown_article(
      "---\ntitle: \"Front Matter\"\ndate: 2024-01-01\n---\n# Front Matter\n\nText.", "f.md",
      "f.md", fm, s.on_problem()));
  CHECK(fm.title == "Front Matter");
  CHECK(fm.body == "Text.");

  Article plain;
  REQUIRE(read_markdown_article("First *line* here\nsecond line\n\nthird", "p.md", "p.md", plain,
                                s.on_problem()));
  CHECK(plain.title == "First line here");
  CHECK(plain.body == "second line\n\nthird");
  CHECK(s.problems.empty());
}

TEST_CASE("read_markdown_article rejects unusable content") {
  Sink s;
  Article a;
  CHECK_FALSE(read_markdown_article("\n\n", "e", "e.md", a, s.on_problem()));
  CHECK_FALSE(read_markdown_article(bytes("# T\0"), "b", "b.md", a, s.on_problem()));
  CHECK_FALSE(
      read_markdown_article("![only](an/image.png)\n\n---\n", "i", "i.md", a, s.on_problem()));
  CHECK_FALSE(read_markdown_article(bytes("\xFF\xFE#\0"), "u", "u.md", a, s.on_problem()));
  CHECK(s.has("e.md", "empty file"));
  CHECK(s.has("b.md", "binary file"));
  CHECK(s.has("i.md", "no text"));
  CHECK(s.has("u.md", "UTF-16"));
}

// ---------------------------------------------------------------- HTML

TEST_CASE("read_html_article extracts title and article text") {
  const std::string html = R"(<!DOCTYPE html>
<html><head><title>  Storm
 hits &amp; coast </title><style>p { color: red }</style>
<script>var ad = "BUY NOW";</script></head>
<body>
<header><h1>Site Name</h1><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<div>Outside the article</div>
<article>
  <h2>Storm   hits
    coast</h2>
  <p>First&nbsp;paragraph with <b>bold</b> and <a href="x">a link</a>.</p>
  <p>Second<br>line after br</p>
  <ul><li>item one</li><li>item two</li></ul>
  <table><tr><td>cell a</td><td>cell b</td></tr></table>
  <aside>Related stories</aside>
  <form><input name="q"><button>Search</button></form>
  <noscript>Enable JS</noscript><iframe src="ad.html">frame text</iframe>
  <svg><title>icon</title><text>svg text</text></svg><template><p>tpl</p></template>
  <blockquote>Quote &ldquo;here&rdquo; &#169; &#x263A;</blockquote>
</article>
<article><p>Second article is not the story</p></article>
<footer>Copyright</footer>
<script>document.write("tracking")</script>
</body></html>)";
  Sink s;
  Article a;
  REQUIRE(read_html_article(html, "a.html", "in/a.html", a, s.on_problem()));
  CHECK(s.problems.empty());
  CHECK(a.id == "a.html");
  CHECK(a.origin == "in/a.html");
  CHECK(a.format == "html");
  CHECK(a.title == "Storm hits & coast");
  CHECK(a.body ==
        "Storm hits coast\n\n"
        "First paragraph with bold and a link.\n\n"
        "Second\n\nline after br\n\n"
        "item one\n\nitem two\n\n"
        "cell a cell b\n\n"
        "Quote \xE2\x80\x9Chere\xE2\x80\x9D \xC2\xA9 \xE2\x98\xBA");
  for (const char* gone :
       {"BUY NOW", "Home", "Site Name", "Outside", "Related", "Search", "Enable JS", "frame text",
        "icon", "svg text", "tpl", "Second article", "Copyright", "tracking", "color"}) {
    CHECK(a.body.find(gone) == std::string::npos);
  }
}

TEST_CASE("read_html_article: <h1> title without <title>, body without <article>") {
  Sink s;
  Article a;
  REQUIRE(read_html_article(
      "<html><body><h1> Main   Headline </h1><p>Text one.</p>\n<div>Text <i>two</i></div>"
      "<h1>Later h1</h1></body></html>",
      "h.html", "h.html", a, s.on_problem()));
  CHECK(a.title == "Main Headline");
  CHECK(a.body == "Text one.\n\nText two\n\nLater h1");

  Article b;  // a <title> equal to the first paragraph is not repeated either
  REQUIRE(read_html_article("<title>Same</title><h1>Same</h1><p>Rest</p>", "s", "s.html", b,
                            s.on_problem()));
  CHECK(b.title == "Same");
  CHECK(b.body == "Rest");

  Article c;  // fragment without html/body
  REQUIRE(read_html_article("just <em>some</em> text", "f", "f.html", c, s.on_problem()));
  CHECK(c.title.empty());
  CHECK(c.body == "just some text");
  CHECK(s.problems.empty());
}

TEST_CASE("read_html_article survives 100k levels of nesting without losing text") {
  std::string html = "<html><head><title>Deep</title></head><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>after</p></body></html>";
  Sink s;
  Article a;
  REQUIRE(read_html_article(html, "d", "d.html", a, s.on_problem()));
  CHECK(a.title == "Deep");
  CHECK(a.body == "deep text\n\nafter");

  std::string unclosed = "<body>";  // never closed: the parser must cope too
  for (int i = 0; i < 100000; ++i) unclosed += "<span><b>";
  unclosed += "bottom";
  Article b;
  REQUIRE(read_html_article(unclosed, "u", "u.html", b, s.on_problem()));
  CHECK(b.body == "bottom");
}

TEST_CASE("read_html_article: encodings") {
  Sink s;
  Article latin;
  REQUIRE(
      read_html_article("<html><head><meta charset=\"ISO-8859-1\"><title>Caf\xE9</title></head>"
                        "<body><p>Cr\xE8me br\xFBl\xE9\x65</p></body></html>",
                        "l", "l.html", latin, s.on_problem()));
  CHECK(latin.title == "Caf\xC3\xA9");
  CHECK(latin.body == "Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9\x65");

  Article equiv;
  REQUIRE(read_html_article(
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
      "<p>\x93quoted\x94</p>",
      "w", "w.html", equiv, s.on_problem()));
  CHECK(equiv.body == "\xE2\x80\x9Cquoted\xE2\x80\x9D");

  Article utf8;  // default is UTF-8; a BOM is stripped
  REQUIRE(read_html_article("\xEF\xBB\xBF<p>\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4</p>", "k",
                            "k.html", utf8, s.on_problem()));
  CHECK(utf8.body == "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4");

  Article broken;  // invalid UTF-8 must not crash; the bytes are passed on
  REQUIRE(read_html_article("<p>bad \xFF\xC3 bytes</p>", "x", "x.html", broken, s.on_problem()));
  CHECK(broken.body.find("bad") == 0);
  CHECK(broken.body.find("bytes") != std::string::npos);
  CHECK(s.problems.empty());
}

TEST_CASE("read_html_article rejects unusable content") {
  Sink s;
  Article a;
  CHECK_FALSE(read_html_article("  \n", "e", "e.html", a, s.on_problem()));
  CHECK_FALSE(read_html_article(bytes("<p>x\0y</p>"), "b", "b.html", a, s.on_problem()));
  CHECK_FALSE(read_html_article(bytes("\xFF\xFE<\0p\0>\0"), "u", "u.html", a, s.on_problem()));
  CHECK_FALSE(read_html_article(
      "<html><head><script>x()</script></head><body><nav>menu</nav></body></html>", "n", "n.html",
      a, s.on_problem()));
  CHECK(s.has("e.html", "empty file"));
  CHECK(s.has("b.html", "binary file"));
  CHECK(s.has("u.html", "UTF-16 is not supported, convert to UTF-8"));
  CHECK(s.has("n.html", "no text"));
}

// ---------------------------------------------------------------- walk_inputs

TEST_CASE("walk_inputs walks a directory tree in sorted order") {
  TempDir t;
  t.write("b.txt", "Bee title\nbee body\n");
  t.write("a.txt", "Aye title\n\naye body\n");
  t.write("sub/zz.md", "# Zed\n\nzed *body*\n");
  t.write("sub/deeper/page.HTML", "<title>Page</title><p>page body</p>");
  t.write("feed.jsonl",
          "{\"id\":\"j1\",\"body\":\"one\"}\n{broken\n{\"id\":\"j2\",\"body\":\"two\"}\n");
  t.write("notes.pdf", "%PDF-1.4");
  t.write("empty.txt", "   \n");
  t.write("bin.txt", bytes("abc\0def"));
  t.write("utf16.md", bytes("\xFF\xFE#\0"));
  t.write(".hidden.txt", "Hidden\nnot corpus\n");
  t.write(".git/config", "[core]");
  t.write("idx/iamglass", "x");  // an index kept inside the corpus: not walked
  t.write("idx/notes.txt", "Index notes\nnot corpus\n");
  t.write("shards/XAPIANDB", "auto shard-00\n");
  t.write("shards/shard-00/readme.txt", "Shard\nnot corpus\n");
  fs::create_directory_symlink(t.path, t.path / "loop");           // points at the root
  fs::create_directory_symlink(t.path / "sub", t.path / "alias");  // second link to sub/
  fs::create_symlink(t.path / "missing.txt", t.path / "dangling.txt");

  Sink s;
  std::vector<std::pair<std::string, std::uint64_t>> seen;
  const std::string root = t.path.string();
  const WalkStats st =
      walk_inputs({root}, s.on_article(), s.on_problem(),
                  [&](const std::string& p, std::uint64_t n) { seen.emplace_back(p, n); });

  std::vector<std::string> ids;
  for (const auto& a : s.articles) ids.push_back(a.id);
  INFO(s.dump());
  // alias/ sorts before sub/ and is the first visit of that directory.
  CHECK(ids == std::vector<std::string>{"a.txt", "alias/deeper/page.HTML", "alias/zz.md", "b.txt",
                                        "j1", "j2"});
  const Article* md = find_id(s.articles, "alias/zz.md");
  REQUIRE(md != nullptr);
  CHECK(md->title == "Zed");
  CHECK(md->body == "zed body");
  CHECK(md->origin == (t.path / "alias" / "zz.md").string());
  CHECK(find_id(s.articles, "j2")->origin == (t.path / "feed.jsonl").string() + ":3");
  CHECK(find_id(s.articles, "a.txt")->body == "aye body");

  const std::string p = root + "/";
  CHECK(s.has(p + "notes.pdf", "skipped: unsupported file type"));
  CHECK(s.has(p + "empty.txt", "empty file"));
  CHECK(s.has(p + "bin.txt", "binary file"));
  CHECK(s.has(p + "utf16.md", "UTF-16 is not supported, convert to UTF-8"));
  CHECK(s.has(p + "feed.jsonl:2", "invalid JSON"));
  CHECK(s.has(p + "loop", "symlink loop"));
  CHECK(s.has(p + "sub", "already visited"));
  CHECK(s.has(p + "dangling.txt", "broken symbolic link"));
  CHECK(s.problems.size() == 8);

  CHECK(st.problems == s.problems.size());
  // a, alias/page, alias/zz, b, bin, dangling, empty, feed, notes, utf16
  CHECK(st.files == 10);
  CHECK(st.skipped_files == 5);  // bin, dangling, empty, notes, utf16
  std::uint64_t read_bytes = 0;
  for (const auto& [path, n] : seen) read_bytes += n;
  CHECK(st.bytes == read_bytes);
  REQUIRE(seen.size() == 8);  // every file actually read, in order
  CHECK(seen.front().first == p + "a.txt");
  CHECK(seen.front().second == fs::file_size(t.path / "a.txt"));
  CHECK(seen[3].first == p + "b.txt");
}

TEST_CASE("walk_inputs: single files, missing inputs, size limit, trailing slash") {
  TempDir t;
  t.write("dir/x/story.txt", "Story\nbody\n");
  t.write("big.md", std::string("# Big\n\n") + std::string(5000, 'w') + "\n");

  Sink s;
  const WalkStats st =
      walk_inputs({(t.path / "dir/x/story.txt").string(), (t.path / "nope").string(),
                   (t.path / "big.md").string(), (t.path / "dir").string() + "/"},
                  s.on_article(), s.on_problem(), {}, 1000);
  INFO(s.dump());
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[0].id == "story.txt");  // a file given directly: its name
  CHECK(s.articles[1].id == "x/story.txt");
  CHECK(s.has((t.path / "nope").string(), "no such file or directory"));
  const std::string big = (t.path / "big.md").string();
  const std::string size = std::to_string(fs::file_size(big));
  CHECK(s.has(big, "file too large (" + size + " bytes, limit 1000)"));
  CHECK(st.files == 4);
  CHECK(st.skipped_files == 2);
  CHECK(st.problems == 2);
}

TEST_CASE("list_inputs counts the bytes the reading will see, by the same rules") {
  TempDir t;
  t.write("a.txt", "Aye\nbody\n");
  t.write("big.md", std::string("# Big\n\n") + std::string(5000, 'w') + "\n");
  t.write("feed.jsonl", std::string("{\"id\":\"j1\",\"body\":\"") + std::string(3000, 'j') + "\"}\n");
  t.write("notes.pdf", "%PDF-1.4");
  t.write(".hidden.txt", "Hidden\nnot corpus\n");
  t.write("idx/iamglass", "x");
  t.write("idx/notes.txt", "Index notes\nnot corpus\n");

  const InputListing l = list_inputs({t.path.string(), "-"}, 1000);
  const std::uint64_t a = fs::file_size(t.path / "a.txt"), feed = fs::file_size(t.path / "feed.jsonl");
  CHECK(l.bytes == a + feed);  // big.md is over the limit; the .jsonl is streamed whatever its size
  CHECK(l.files == 3);         // a.txt, feed.jsonl and standard input
  REQUIRE(l.entries.size() == 5);
  CHECK(l.entries[0].path == (t.path / "a.txt").string());
  CHECK(l.entries[0].id == "a.txt");
  CHECK(l.entries[0].kind == InputEntry::Kind::kFile);
  CHECK(l.entries[1].kind == InputEntry::Kind::kSkippedFile);  // big.md, reported when read
  CHECK(l.entries[2].format == InputFormat::kJsonLines);
  CHECK(l.entries[3].reason == "skipped: unsupported file type");
  CHECK(l.entries[4].kind == InputEntry::Kind::kStdin);

  // Reading the listing without stdin gives what walk_inputs gives.
  InputListing files_only = l;
  files_only.entries.pop_back();
  Sink listed, walked;
  std::uint64_t announced = 0;
  const WalkStats r = read_inputs(files_only, listed.on_article(), listed.on_problem(),
                                  [&](const std::string&, std::uint64_t n) { announced += n; });
  const WalkStats w = walk_inputs({t.path.string()}, walked.on_article(), walked.on_problem(), {}, 1000);
  CHECK(announced == l.bytes);
  CHECK(listed.dump() == walked.dump());
  CHECK(listed.articles.size() == 2);
  CHECK(r.files == w.files);
  CHECK(r.skipped_files == w.skipped_files);
  CHECK(r.bytes == w.bytes);
  CHECK(r.problems == 2);
}

TEST_CASE("walk_inputs reads JSON Lines from stdin for \"-\"") {
  std::istringstream fake("{\"id\":\"s1\",\"body\":\"from stdin\"}\nnope\n");
  std::streambuf* saved = std::cin.rdbuf(fake.rdbuf());
  Sink s;
  std::vector<std::string> files;
  const WalkStats st =
      walk_inputs({"-"}, s.on_article(), s.on_problem(),
                  [&](const std::string& p, std::uint64_t) { files.push_back(p); });
  std::cin.rdbuf(saved);
  std::cin.clear();
  REQUIRE(s.articles.size() == 1);
  CHECK(s.articles[0].origin == "<stdin>:1");
  CHECK(s.has("<stdin>:2", "invalid JSON"));
  CHECK(files == std::vector<std::string>{"<stdin>"});
  CHECK(st.files == 1);
  CHECK(st.problems == 1);
  CHECK(st.bytes == fake.str().size());
}

TEST_CASE("walk_inputs reports unreadable files and directories") {
  TempDir t;
  t.write("ok.txt", "Fine\ntext\n");
  t.write("secret.txt", "Secret\ntext\n");
  t.write("locked/inner.txt", "Inner\ntext\n");
  fs::permissions(t.path / "secret.txt", fs::perms::none);
  fs::permissions(t.path / "locked", fs::perms::none);

  Sink s;
  const WalkStats st = walk_inputs({t.path.string()}, s.on_article(), s.on_problem());
  INFO(s.dump());
  CHECK(find_id(s.articles, "ok.txt") != nullptr);
  if (::geteuid() != 0) {  // root reads through permission bits
    CHECK(s.has((t.path / "secret.txt").string(), "cannot read: Permission denied"));
    CHECK(s.has((t.path / "locked").string(), "cannot read: Permission denied"));
    CHECK(s.articles.size() == 1);
    CHECK(st.skipped_files == 1);
  } else {
    CHECK(s.articles.size() == 3);
  }
  CHECK(st.problems == s.problems.size());
}

TEST_CASE("walk_inputs streams large JSON Lines files regardless of max_file_bytes") {
  TempDir t;
  {
    std::ofstream out(t.path / "many.jsonl", std::ios::binary);
    for (int i = 0; i < 20000; ++i) {
      out << "{\"id\":\"n" << i << "\",\"body\":\"article number " << i << "\"}\n";
    }
  }
  std::size_t count = 0;
  const WalkStats st = walk_inputs(
      {(t.path / "many.jsonl").string()}, [&](Article&&) { ++count; }, {}, {}, 1024);
  CHECK(count == 20000);
  CHECK(st.problems == 0);
  CHECK(st.bytes == fs::file_size(t.path / "many.jsonl"));
}

TEST_CASE("IdSet remembers ids and the payload recorded first") {
  dramasearch::util::IdSet<std::uint32_t> seen;
  CHECK_FALSE(seen.insert("a1", 7).has_value());
  CHECK_FALSE(seen.insert("a2", 8).has_value());
  CHECK(seen.insert("a1", 9).value() == 7);
  CHECK_FALSE(seen.insert(std::string(5000, 'x'), 1).has_value());
  CHECK(seen.insert(std::string(5000, 'x'), 2).value() == 1);
  CHECK_FALSE(seen.insert(std::string(4999, 'x'), 3).has_value());
  CHECK(seen.size() == 4);
}
