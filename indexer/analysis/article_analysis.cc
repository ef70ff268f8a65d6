#include "dramasearch/article_analysis.h"

#include <map>

#include "indexer/analysis/passages.h"

namespace dramasearch {
namespace {

// A passage that is only a title ("2. \"Quiet Harbor\"", a roundup's
// heading) names the drama of the passages under it: the title, or "".
std::string heading_title(const PassageInfo& info, std::size_t tokens) {
  const Entity* title = nullptr;
  for (const auto& e : info.entities) {
    if (e.type != EntityType::kDrama && e.type != EntityType::kShow && e.type != EntityType::kFilm) continue;
    if (title) return "";
    title = &e;
  }
  return title && title->token_end - title->token_begin + 2 >= tokens ? title->name : "";
}

// "Reunite Seven Years After "Summer Letters"", "First Drama Since X": a
// headline title right after "after" or "since" is an earlier work, and
// the article is about what the body names most.
bool earlier_work(const PassageInfo& headline, const Analysis& title, const std::string& drama) {
  for (const auto& e : headline.entities)
    if (e.name == drama && e.token_begin > 0 && e.token_begin <= title.tokens.size()) {
      const std::string& before = title.tokens[e.token_begin - 1].term;
      if (before == "after" || before == "since") return true;
    }
  return false;
}

}  // namespace

AnalysedArticle analyse_article(const Pipeline& pipeline, const Article& article, std::size_t max_passage_words) {
  AnalysedArticle out;
  out.body = pipeline.analyse(article.body);
  out.title = pipeline.analyse(article.title, out.body.spin_evidence);
  const std::size_t words = out.body.original_tokens + out.title.original_tokens;
  out.spin_score = words ? double(out.body.spun_tokens + out.title.spun_tokens) / double(words) : 0.0;

  // Two passes: what the whole body teaches about its names, then each
  // passage (and the title) read with it.
  const ArticleEntities known = pipeline.learn_article(out.body, &out.title);
  const PassageInfo headline = pipeline.recognize(out.title, 0, out.title.tokens.size(), "", &known);
  out.drama = headline.drama;
  if (out.drama.empty() || earlier_work(headline, out.title, out.drama)) out.drama = known.drama;
  std::string section;  // the title of the last heading passage
  for (auto& p : index::split_passages(out.body, max_passage_words)) {
    AnalysedPassage ap;
    ap.number = p.number;
    ap.paragraph = p.paragraph;
    ap.text = std::move(p.text);
    ap.original = std::move(p.original);
    ap.token_begin = p.token_begin;
    ap.token_end = p.token_end;
    ap.info = pipeline.recognize(out.body, p.token_begin, p.token_end, section.empty() ? out.drama : section, &known);
    if (auto heading = heading_title(ap.info, p.token_end - p.token_begin); !heading.empty()) section = std::move(heading);
    out.passages.push_back(std::move(ap));
  }
  if (out.drama.empty()) {
    // No drama in the title: the one the passages name most.
    std::map<std::string, int> votes;
    for (const auto& p : out.passages)
      if (!p.info.drama.empty()) ++votes[p.info.drama];
    int best = 0;
    for (const auto& [name, count] : votes)
      if (count > best) {
        best = count;
        out.drama = name;
      }
    for (auto& p : out.passages) {
      if (p.info.drama.empty()) p.info.drama = out.drama;
      for (auto& c : p.info.cast)
        if (c.drama.empty()) c.drama = out.drama;
    }
  }
  return out;
}

}  // namespace dramasearch
