// HTML articles via libxml2's HTML parser in SAX mode.
//
// Why SAX and not htmlReadMemory + tree walk: without HTML_PARSE_HUGE the
// tree builder stops at 256 levels of nesting (xmlParserMaxDepth) and drops
// everything after that point, so a deeply nested page would lose its text.
// The SAX parser keeps no tree, has no depth limit and is not recursive, and
// the start/end events it emits are balanced even for broken markup.
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>

#include <cctype>
#include <climits>
#include <cstring>
#include <initializer_list>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/readers.h"
#include "indexer/readers/text_util.h"

namespace dramasearch {

using namespace readers_internal;

namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_COMPACT;
constexpr std::size_t kCharsetScanBytes = 4096;

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (auto n : names) {
    if (n == name) return true;
  }
  return false;
}
bool is_dropped(std::string_view n) {
  return one_of(n, {"script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                    "iframe", "svg", "template", "head", "select", "button", "math"});
}
bool is_block(std::string_view n) {
  return one_of(n,
                {"p",       "div",     "h1",     "h2",       "h3",         "h4",      "h5",
                 "h6",      "li",      "br",     "tr",       "blockquote", "section", "article",
                 "pre",     "ul",      "ol",     "table",    "dd",         "dt",      "figcaption",
                 "body",    "main",    "figure", "hr",       "address",    "dl",      "caption",
                 "details", "summary", "center", "fieldset", "legend",     "hgroup"});
}

// Accumulates text into paragraphs, collapsing whitespace as it goes.
class Paragraphs {
 public:
  void add(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const bool nbsp = s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
      if (is_space(s[i]) || nbsp) {
        gap_ = !cur_.empty();
        if (nbsp) ++i;
        continue;
      }
      if (gap_) cur_ += ' ';
      gap_ = false;
      cur_ += s[i];
    }
  }
  void space() { gap_ = !cur_.empty(); }
  void flush() {
    if (!cur_.empty()) paras_.push_back(std::move(cur_));
    cur_.clear();
    gap_ = false;
  }
  std::size_t count() const { return paras_.size(); }
  std::vector<std::string>& paragraphs() { return paras_; }

 private:
  std::vector<std::string> paras_;
  std::string cur_;
  bool gap_ = false;
};

enum Flag : unsigned char {
  kDrop = 1,
  kBody = 2,
  kArticle = 4,
  kTitle = 8,
  kH1 = 16,
  kBlock = 32,
  kCell = 64
};

struct Extractor {
  std::vector<unsigned char> open;  // flags of each open element
  int drop = 0, body = 0, article = 0, in_title = 0, in_h1 = 0;
  bool article_seen = false, title_seen = false, h1_seen = false;
  std::string title, h1;
  Paragraphs body_text, article_text;
  // Paragraph index ranges produced by the first <h1> in each stream.
  std::size_t h1_body[2] = {0, 0}, h1_article[2] = {0, 0};
  bool failed = false;

  void flush() {
    body_text.flush();
    article_text.flush();
  }

  void start(std::string_view name) {
    unsigned char f = 0;
    if (is_dropped(name)) f |= kDrop;
    if (name == "body") f |= kBody;
    if (name == "article" && drop == 0 && !article_seen) f |= kArticle;  // first article only
    if (name == "title" && drop <= 1 && !title_seen && body == 0) f |= kTitle;  // <head> is dropped
    if (name == "h1" && !h1_seen) f |= kH1;
    if (is_block(name)) f |= kBlock;
    if (name == "td" || name == "th") f |= kCell;

    if (f & (kBlock | kH1)) flush();
    if (f & kCell) {
      body_text.space();
      article_text.space();
    }
    if (f & kDrop) ++drop;
    if (f & kBody) ++body;
    if (f & kArticle) {
      article_seen = true;
      ++article;
    }
    if (f & kTitle) ++in_title;
    if (f & kH1) {
      h1_seen = true;
      ++in_h1;
      h1_body[0] = body_text.count();
      h1_article[0] = article_text.count();
    }
    open.push_back(f);
  }

  void end() {
    if (open.empty()) return;
    const unsigned char f = open.back();
    open.pop_back();
    if (f & (kBlock | kH1)) flush();
    if (f & kCell) {
      body_text.space();
      article_text.space();
    }
    if (f & kDrop) --drop;
    if (f & kBody) --body;
    if (f & kArticle) --article;
    if (f & kTitle) {
      --in_title;
      title_seen = true;
    }
    if (f & kH1) {
      --in_h1;
      h1_body[1] = body_text.count();
      h1_article[1] = article_text.count();
    }
  }

  void text(std::string_view s) {
    if (in_title > 0) title += s;
    if (in_h1 > 0) h1 += s;  // even inside a dropped <header>: still the title
    if (drop > 0) return;
    if (body > 0) body_text.add(s);
    if (article > 0) article_text.add(s);
  }
};

Extractor& state(void* ctx) {
  return *static_cast<Extractor*>(static_cast<htmlParserCtxtPtr>(ctx)->_private);
}

// C callbacks must not let C++ exceptions unwind through libxml2.
template <typename F>
void guarded(void* ctx, F&& f) {
  Extractor& st = state(ctx);
  if (st.failed) return;
  try {
    f(st);
  } catch (...) {
    st.failed = true;
    xmlStopParser(static_cast<htmlParserCtxtPtr>(ctx));
  }
}

void on_start(void* ctx, const xmlChar* name, const xmlChar**) {
  guarded(ctx, [&](Extractor& st) { st.start(reinterpret_cast<const char*>(name)); });
}
void on_end(void* ctx, const xmlChar*) {
  guarded(ctx, [](Extractor& st) { st.end(); });
}
void on_text(void* ctx, const xmlChar* ch, int len) {
  guarded(ctx, [&](Extractor& st) {
    st.text(std::string_view(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len)));
  });
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The charset declared by a <meta> in the first bytes of the page
// (<meta charset=...> or http-equiv content="...; charset=..."), lowercased.
// A byte scan, like the HTML5 prescan; it only picks the decoder.
std::string declared_charset(std::string_view html) {
  std::string head(html.substr(0, kCharsetScanBytes));
  for (char& c : head) c = lower(c);
  for (std::size_t pos = head.find("<meta"); pos != std::string::npos;
       pos = head.find("<meta", pos + 5)) {
    const std::size_t end = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos);
    std::size_t at = tag.find("charset");
    if (at == std::string_view::npos) continue;
    at += 7;
    while (at < tag.size() && is_space(tag[at])) ++at;
    if (at >= tag.size() || tag[at] != '=') continue;
    ++at;
    while (at < tag.size() && (is_space(tag[at]) || tag[at] == '"' || tag[at] == '\'')) ++at;
    std::string name;
    while (at < tag.size() &&
           (std::isalnum(static_cast<unsigned char>(tag[at])) || tag[at] == '-' || tag[at] == '_' ||
            tag[at] == '.' || tag[at] == ':')) {
      name += tag[at++];
    }
    if (!name.empty()) return name;
  }
  return {};
}

// UTF-8 unless the page declares a charset libxml2 can decode. A UTF-16/32
// declaration is ignored: the bytes cannot be UTF-16 (no NULs, no BOM).
std::string pick_encoding(std::string_view html) {
  const std::string cs = declared_charset(html);
  if (cs.empty() || cs == "utf-8" || cs == "utf8" || cs.rfind("utf-16", 0) == 0 ||
      cs.rfind("utf-32", 0) == 0 || cs.rfind("ucs", 0) == 0) {
    return "UTF-8";
  }
  xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(cs.c_str());
  if (handler == nullptr) return "UTF-8";
  xmlCharEncCloseFunc(handler);
  return cs;
}

void erase_range(std::vector<std::string>& v, const std::size_t range[2]) {
  if (range[0] < range[1] && range[1] <= v.size()) {
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(range[0]),
            v.begin() + static_cast<std::ptrdiff_t>(range[1]));
  }
}

}  // namespace

bool read_html_article(const std::string& content, const std::string& id, const std::string& origin,
                       Article& out, const ReportFn& on_problem) {
  std::string_view html;
  if (!check_content(content, origin, on_problem, html)) return false;
  if (html.size() > static_cast<std::size_t>(INT_MAX)) {
    report(on_problem, origin, "file too large for the HTML parser");
    return false;
  }
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });  // before any use from threads

  const bool had_bom = content.size() != html.size();
  const std::string encoding = had_bom ? "UTF-8" : pick_encoding(html);

  Extractor st;
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (ctxt == nullptr) {
    report(on_problem, origin, "cannot parse HTML: out of memory");
    return false;
  }
  std::memset(ctxt->sax, 0, sizeof(*ctxt->sax));
  ctxt->sax->startElement = on_start;
  ctxt->sax->endElement = on_end;
  ctxt->sax->characters = on_text;
  ctxt->sax->cdataBlock = on_text;
  ctxt->sax->ignorableWhitespace = on_text;
  ctxt->_private = &st;
  // No startDocument handler, so no tree is built and nothing is returned.
  htmlDocPtr doc = htmlCtxtReadMemory(ctxt, html.data(), static_cast<int>(html.size()), nullptr,
                                      encoding.c_str(), kParseOptions);
  if (doc != nullptr) xmlFreeDoc(doc);
  htmlFreeParserCtxt(ctxt);
  if (st.failed) {
    report(on_problem, origin, "cannot parse HTML: out of memory");
    return false;
  }
  st.flush();

  Article a;
  a.id = id;
  a.origin = origin;
  a.format = "html";
  a.title = collapse_whitespace(st.title);
  const bool title_from_h1 = a.title.empty();
  if (title_from_h1) a.title = collapse_whitespace(st.h1);

  const bool use_article = st.article_text.count() > 0;
  std::vector<std::string>& paras =
      use_article ? st.article_text.paragraphs() : st.body_text.paragraphs();
  if (title_from_h1) erase_range(paras, use_article ? st.h1_article : st.h1_body);
  if (!paras.empty() && paras.front() == a.title) paras.erase(paras.begin());

  return finish_article(a, paras, origin, on_problem, out);
}

}  // namespace dramasearch
