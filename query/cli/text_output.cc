#include "query/cli/text_output.h"

#include <cstdio>
#include <string>
#include <utility>

#include "dramasearch/entities.h"

namespace dramasearch::tools {
namespace {

std::string unescape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> ents[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
      bool done = false;
      for (const auto& [ent, ch] : ents)
        if (s.compare(i, std::char_traits<char>::length(ent), ent) == 0) {
          out.push_back(ch);
          i += std::char_traits<char>::length(ent) - 1;
          done = true;
          break;
        }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size()) s.replace(p, from.size(), to);
  return s;
}

void print_hit(std::ostream& out, const Hit& h, bool explain, const std::string& bold, const std::string& off) {
  out << h.rank << ". " << bold << (h.title.empty() ? h.article_id : h.title) << off;
  std::string meta;
  if (!h.date.empty()) meta += h.date;
  if (!h.source.empty()) meta.append(meta.empty() ? "" : ", ").append(h.source);
  if (h.spun) meta.append(meta.empty() ? "" : ", ").append("spun");
  if (!meta.empty()) out << "  (" << meta << ")";
  out << "\n   " << h.passage_id << "  " << h.kind << "  score " << h.score << "\n";
  if (!h.cast.empty()) {
    out << "   cast:";
    // A weak credit is marked "?": the recognizer's evidence for it is thin.
    for (const auto& c : h.cast)
      out << " " << c.name << (c.character.empty() ? "" : " (" + c.character + ")")
          << (c.confidence < kWeakConfidence ? " ?" : "") << ";";
    out << "\n";
  }
  if (explain) {
    const auto& w = h.explain;
    out << "   explain: bm25 " << w.bm25 << " -> " << w.bm25_normalized << "; entities " << w.matched_entities.size()
        << "/" << w.query_entities.size() << " -> +" << w.entity_contribution << "; kind "
        << (w.kind_match ? "match" : "no match") << " (query asks " << w.query_kind << ") -> +"
        << w.kind_contribution << "; credit " << (w.credit_match ? "match" : "no match") << " -> +"
        << w.credit_contribution << "\n";
  }
  const std::string snip = replace_all(replace_all(unescape_html(h.snippet), "\x01", bold), "\x02", off);
  out << "   " << replace_all(snip, "\n", " ") << "\n";
  if (!h.copies.empty()) {
    out << "   also as:";
    for (const auto& c : h.copies) out << " " << c.article_id << (c.spun ? " (spun)" : "") << ";";
    out << "\n";
  }
  out << "\n";
}

void print_facet(std::ostream& out, const char* label, const std::vector<FacetCount>& v) {
  out << label << ":";
  for (const auto& c : v) out << " " << c.value << " (" << c.count << ");";
  out << "\n";
}

}  // namespace

void print_result(std::ostream& out, const SearchResult& result, const SearchOptions& options, bool tty) {
  const std::string bold = tty ? "\x1b[1m" : "", off = tty ? "\x1b[0m" : "";
  if (result.hits.empty()) out << "No hits for: " << result.query_text << "\n";
  for (const auto& h : result.hits) print_hit(out, h, options.explain, bold, off);
  if (options.facets) {
    print_facet(out, "People", result.facets.people);
    print_facet(out, "Dramas", result.facets.dramas);
    print_facet(out, "Kinds", result.facets.kinds);
  }
  if (!result.hits.empty())
    out << "About " << result.total_estimate << (options.all_passages ? " passages" : " articles") << " match.\n";
}

namespace {
std::string confidence_text(double c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", c);
  return buf;
}
}  // namespace

void print_person(std::ostream& out, const PersonProfile& p, const std::string& asked) {
  if (p.passages == 0) {
    out << "No passages mention " << asked << ".\n";
    return;
  }
  out << p.name << ": mentioned in " << p.passages << " passages of " << p.articles.size() << " articles\n";
  for (const auto& r : p.roles) {
    out << "  " << (r.drama.empty() ? "(drama unknown)" : r.drama);
    if (!r.character.empty()) out << " as " << r.character;
    out << "  (confidence " << confidence_text(r.confidence) << ")  [";
    for (std::size_t i = 0; i < r.articles.size(); ++i) out << (i ? ", " : "") << r.articles[i];
    out << "]\n";
  }
}

void print_drama(std::ostream& out, const DramaProfile& p, const std::string& asked) {
  if (p.passages == 0) {
    out << "No passages about " << asked << ".\n";
    return;
  }
  out << p.title << ": " << p.passages << " passages in " << p.articles.size() << " articles\n";
  for (const auto& m : p.cast)
    out << "  " << m.name << (m.character.empty() ? "" : " as " + m.character) << "  (confidence "
        << confidence_text(m.confidence) << ")\n";
}

}  // namespace dramasearch::tools
