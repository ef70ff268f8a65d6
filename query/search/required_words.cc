#include "query/search/required_words.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "indexer/index/schema.h"

namespace dramasearch::search {
namespace {

// The article terms of the articles matching `q` (best passage each, in
// docid order), at most `limit` + 1 so that a caller can tell "too many".
std::vector<std::string> article_terms(const Xapian::Database& db, const Xapian::Query& q, std::size_t limit) {
  Xapian::Enquire enquire(db);
  enquire.set_query(q);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_collapse_key(schema::kArticleSlot, 1);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(limit + 1));
  std::vector<std::string> out;
  out.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(schema::kArticle + it.get_collapse_key());
  return out;
}

}  // namespace

std::optional<std::vector<std::string>> articles_with_all(const Xapian::Database& db,
                                                          const std::vector<Xapian::Query>& required,
                                                          std::size_t limit) {
  if (required.empty()) return std::vector<std::string>{};
  // Order by how many passages each word matches (an estimate from the
  // posting lists, no match run).
  std::vector<std::pair<Xapian::doccount, const Xapian::Query*>> order;
  for (const auto& q : required) {
    Xapian::Enquire e(db);
    e.set_query(q);
    order.emplace_back(e.get_mset(0, 0).get_matches_estimated(), &q);
  }
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

  std::vector<std::string> in = article_terms(db, *order.front().second, limit);
  if (in.size() > limit) return std::nullopt;
  for (std::size_t k = 1; k < order.size() && !in.empty(); ++k) {
    const Xapian::Query only(Xapian::Query::OP_OR, in.begin(), in.end());
    in = article_terms(db, Xapian::Query(Xapian::Query::OP_FILTER, *order[k].second, only), in.size());
  }
  std::sort(in.begin(), in.end());
  return in;
}

RequiredSplit split_required(const std::string& text) {
  RequiredSplit out;
  out.loose.reserve(text.size());
  auto word_char = [](unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; };
  bool quoted = false;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    const bool starts = !quoted && c == '+' && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\t' ||
                                                text[i - 1] == '(');
    if (!starts || i + 1 >= text.size() || !word_char(static_cast<unsigned char>(text[i + 1]))) {
      out.loose += c;
      ++i;
      continue;
    }
    // "+[field:]word": the token runs over word characters and one ':'.
    std::size_t j = i + 1;
    while (j < text.size() && (word_char(static_cast<unsigned char>(text[j])) || text[j] == ':')) ++j;
    const std::string token = text.substr(i + 1, j - i - 1);
    const auto colon = token.find(':');
    const bool plain = colon == std::string::npos ||
                       (colon == 3 && token.compare(0, 4, "_sx:") == 0 && token.find(':', 4) == std::string::npos);
    // A word that goes on ("+line-up", "+partner's", "+moonl*") is left to
    // the parser as written.
    const bool ends = j >= text.size() || text[j] == ' ' || text[j] == '\t' || text[j] == ')';
    if (!plain || !ends || token.back() == ':') {
      out.loose.append(text, i, j - i);
      i = j;
      continue;
    }
    out.words.push_back(token);
    out.loose += token;
    i = j;
  }
  return out;
}

}  // namespace dramasearch::search
