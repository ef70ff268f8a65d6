#include "dramasearch/pipeline.h"

#include <algorithm>

#include "indexer/entities/kind_classifier.h"
#include "indexer/entities/recognizer.h"
#include "indexer/repair/context_judge.h"
#include "indexer/repair/repairer.h"
#include "indexer/repair/spun_forms.h"
#include "indexer/text/normalize.h"
#include "indexer/text/segment.h"
#include "indexer/text/tokens.h"
#include "indexer/text/utf8.h"
#include "indexer/util/hash.h"

namespace dramasearch {
namespace {
// Bump when analysis output changes in a way that needs re-indexing.
constexpr const char* kPipelineVersion = "pipeline-10";
}  // namespace

struct Pipeline::Impl {
  Options options;
  std::unique_ptr<repair::Repairer> repairer;
  std::unique_ptr<entities::Recognizer> recognizer;
  std::unique_ptr<repair::SpunForms> spun_forms;
  std::string fingerprint;
};

Pipeline::Pipeline() : Pipeline(Options{}) {}

Pipeline::Pipeline(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  const lexicon::SpinData data = lexicon::load_spin_data(options.data_dir);
  if (options.repair) {
    impl_->repairer = std::make_unique<repair::Repairer>(data);
    impl_->spun_forms = std::make_unique<repair::SpunForms>(data, lexicon::ThesaurusFile::shared(),
                                                            lexicon::WordNetFile::shared());
  }
  impl_->recognizer = std::make_unique<entities::Recognizer>(data);
  impl_->fingerprint = std::string(kPipelineVersion) + ";data=" + data.digest +
                       ";repair=" + (options.repair ? "on" : "off");
  // With or without the context judge the repairs differ (no model load
  // here: only whether the file is there).
  if (options.repair) impl_->fingerprint += ";judge=" + repair::ContextJudge::shared().status();
}

Pipeline::~Pipeline() = default;

const std::string& Pipeline::fingerprint() const { return impl_->fingerprint; }
bool Pipeline::repair_enabled() const { return impl_->repairer != nullptr; }

std::string Pipeline::normalize(std::string_view raw, std::size_t* invalid) const {
  return text::normalize(text::sanitize_utf8(raw, invalid));
}

PassageInfo Pipeline::recognize(const Analysis& a, std::size_t token_begin, std::size_t token_end,
                                const std::string& default_drama, const ArticleEntities* article) const {
  token_end = std::min(token_end, a.tokens.size());
  token_begin = std::min(token_begin, token_end);
  return impl_->recognizer->recognize(a, token_begin, token_end, default_drama, article);
}

ArticleEntities Pipeline::learn_article(const Analysis& body, const Analysis* headline) const {
  // The context judge's language model rereads a title a spun article
  // writes one way only (entities::TitleVariants).
  entities::TitleScorer score;
  if (impl_->repairer)
    if (const auto& judge = repair::ContextJudge::shared(); judge.available())
      score = [&judge](const std::vector<std::string>& candidate, const std::vector<std::string>& written) {
        return judge.preference({}, candidate, written, {});
      };
  return impl_->recognizer->learn(body, headline, score);
}

PassageKind Pipeline::query_intent(const Analysis& query) const {
  return entities::query_intent(query.tokens.size(),
                                [&](std::size_t k) -> const std::string& { return query.tokens[k].term; });
}

std::vector<std::string> Pipeline::spun_forms(const std::string& word) const {
  if (!impl_->spun_forms) return {};
  return impl_->spun_forms->of(word);
}

std::size_t Pipeline::listed_spun_forms(const std::string& word) const {
  return impl_->spun_forms ? impl_->spun_forms->listed(word) : 0;
}

Analysis Pipeline::analyse(std::string_view raw, double spin_context) const {
  Analysis a;
  a.original = normalize(raw, &a.invalid_bytes);
  std::vector<Token> published = text::tokenize(a.original);  // the one full tokenization
  a.original_tokens = published.size();

  std::vector<repair::Candidate> candidates;
  if (impl_->repairer) {
    const auto& rep = *impl_->repairer;
    candidates = rep.find(a.original, published);
    a.spin_evidence = spin_context >= 0 ? spin_context : rep.evidence(candidates, published.size());
  }

  // The repaired text and its tokens: the published tokens shifted past the
  // edits, and each applied replacement tokenized on its own. An applied
  // edit keeps the spun words as alternates of its words; an uncertain one
  // keeps the published words and gets the replacement's as alternates.
  a.text.reserve(a.original.size() + 16);
  a.tokens.reserve(published.size());
  std::size_t copied = 0;  // bytes of a.original copied into a.text
  std::size_t next = 0;    // next published token to copy
  auto copy_through = [&](std::size_t end_byte, std::size_t end_token) {
    const long delta = static_cast<long>(a.text.size()) - static_cast<long>(copied);
    for (; next < end_token; ++next) {
      Token t = std::move(published[next]);
      t.offset = static_cast<std::size_t>(static_cast<long>(t.offset) + delta);
      a.tokens.push_back(std::move(t));
    }
    a.text.append(a.original, copied, end_byte - copied);
    copied = end_byte;
  };
  auto add_alternates = [](Token* first, std::size_t count, const std::vector<std::string>& alternates) {
    for (std::size_t k = 0; k < alternates.size(); ++k) {
      Token& t = first[std::min(k, count - 1)];
      if (alternates[k] != t.term &&
          std::find(t.alternates.begin(), t.alternates.end(), alternates[k]) == t.alternates.end())
        t.alternates.push_back(alternates[k]);
    }
  };
  std::vector<repair::Decision> decisions;
  if (impl_->repairer) {
    // The context judge reads articles (and their titles), not queries:
    // a short text without article context gives it too little to go on.
    const auto& rep = *impl_->repairer;
    const bool judge = spin_context >= 0 || published.size() >= rep.tuning().judge_min_tokens;
    decisions = rep.decide(published, candidates, a.spin_evidence, judge);
  }
  for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
    const auto& c = candidates[ci];
    const auto& d = decisions[ci];
    const Token& first = published[c.first];
    const Token& last = published[c.first + c.count - 1];
    const std::size_t b = first.offset, e = last.offset + last.length;
    const std::string_view from(a.original.data() + b, e - b);
    if (from == d.replacement) continue;
    const bool apply = d.apply;
    const bool index = d.index;
    const bool by_evidence = apply && d.reason == repair::Reason::kLexicon && c.cls != repair::SpinClass::kSure;
    Edit edit{b, e - b, std::string(from), d.replacement,
              repair::reason_name(by_evidence ? repair::Reason::kEvidence : d.reason), apply, apply || index,
              index ? d.others : std::vector<std::string>{}};
    std::size_t span_begin = 0;  // first token of the edit in a.tokens
    if (edit.applied) {
      std::vector<std::string> spun;
      for (std::size_t k = c.first; k < c.first + c.count; ++k) spun.push_back(published[k].term);
      const bool joined = first.joined;
      copy_through(b, c.first);
      next = c.first + c.count;
      copied = e;
      const std::size_t at = a.text.size(), before = a.tokens.size();
      span_begin = before;
      a.text += d.replacement;
      for (Token t : text::tokenize(d.replacement)) {
        t.offset += at;
        t.repaired = true;
        a.tokens.push_back(std::move(t));
      }
      if (a.tokens.size() > before) {
        a.tokens[before].joined = joined;
        add_alternates(&a.tokens[before], a.tokens.size() - before, spun);
      }
      a.spun_tokens += c.count;
    } else {
      copy_through(e, c.first + c.count);
      span_begin = a.tokens.size() - c.count;
      if (index)
        add_alternates(&a.tokens[a.tokens.size() - c.count], c.count, text::phrase_terms(d.replacement));
    }
    // Further plausible originals are indexed at the same position as the
    // first, never shown.
    if (index && span_begin < a.tokens.size())
      for (const auto& m : d.others)
        add_alternates(&a.tokens[span_begin], a.tokens.size() - span_begin, text::phrase_terms(m));
    a.edits.push_back(std::move(edit));
  }
  copy_through(a.original.size(), published.size());

  a.sentences = text::split_sentences(a.text);
  std::size_t si = 0;
  for (auto& t : a.tokens) {
    while (si + 1 < a.sentences.size() && a.sentences[si].second <= t.offset) ++si;
    t.sentence = si;
  }
  return a;
}

}  // namespace dramasearch
