#include "dramasearch/pipeline.h"

#include <algorithm>

#include "entities/kind_classifier.h"
#include "entities/recognizer.h"
#include "repair/repairer.h"
#include "text/normalize.h"
#include "text/segment.h"
#include "text/utf8.h"
#include "util/hash.h"

namespace dramasearch {
namespace {
// Bump when analysis output changes in a way that needs re-indexing.
constexpr const char* kPipelineVersion = "pipeline-5";
}  // namespace

struct Pipeline::Impl {
  Options options;
  std::unique_ptr<repair::Repairer> repairer;
  std::unique_ptr<entities::Recognizer> recognizer;
  std::string fingerprint;
};

Pipeline::Pipeline() : Pipeline(Options{}) {}

Pipeline::Pipeline(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  const repair::SpinData data = repair::load_spin_data(options.data_dir);
  if (options.repair) impl_->repairer = std::make_unique<repair::Repairer>(data);
  impl_->recognizer = std::make_unique<entities::Recognizer>(data);
  impl_->fingerprint = std::string(kPipelineVersion) + ";data=" + data.digest +
                       ";repair=" + (options.repair ? "on" : "off");
}

Pipeline::~Pipeline() = default;

const std::string& Pipeline::fingerprint() const { return impl_->fingerprint; }
bool Pipeline::repair_enabled() const { return impl_->repairer != nullptr; }

std::string Pipeline::normalize(std::string_view raw, std::size_t* invalid) const {
  return text::normalize(text::sanitize_utf8(raw, invalid));
}

PassageInfo Pipeline::recognize(const Analysis& a, std::size_t token_begin, std::size_t token_end,
                                const std::string& default_drama) const {
  token_end = std::min(token_end, a.tokens.size());
  token_begin = std::min(token_begin, token_end);
  return impl_->recognizer->recognize(a, token_begin, token_end, default_drama);
}

PassageKind Pipeline::query_intent(const Analysis& query) const {
  return entities::query_intent(query.tokens.size(),
                                [&](std::size_t k) -> const std::string& { return query.tokens[k].term; });
}

Analysis Pipeline::analyse(std::string_view raw, double spin_context) const {
  Analysis a;
  a.original = normalize(raw, &a.invalid_bytes);
  const auto tokens = repair::match_tokens(a.original);
  a.original_tokens = tokens.size();

  // Where each edit lands in the repaired text, for the alternates below.
  struct Span {
    std::size_t begin, end;  // in a.text
    std::vector<std::string> alternates;
  };
  std::vector<Span> spans;

  if (impl_->repairer) {
    const auto& rep = *impl_->repairer;
    const auto candidates = rep.find(tokens);
    const double evidence = spin_context >= 0 ? spin_context : rep.evidence(candidates, tokens.size());
    a.spin_evidence = evidence;
    a.text.reserve(a.original.size() + 16);
    std::size_t copied = 0;
    for (const auto& c : candidates) {
      const std::size_t b = tokens[c.first].offset;
      const std::size_t e = tokens[c.first + c.count - 1].offset + tokens[c.first + c.count - 1].length;
      const std::string_view from(a.original.data() + b, e - b);
      if (from == c.replacement) continue;
      Edit edit{b, e - b, std::string(from), c.replacement, repair::reason_name(c.reason),
                rep.should_apply(c, evidence)};
      a.text.append(a.original, copied, b - copied);
      Span span{a.text.size(), 0, {}};
      if (edit.applied) {
        a.text += c.replacement;
        for (std::size_t k = c.first; k < c.first + c.count; ++k) span.alternates.push_back(tokens[k].term);
        a.spun_tokens += c.count;
      } else {
        a.text += from;
        span.alternates = repair::phrase_terms(c.replacement);
      }
      span.end = a.text.size();
      copied = e;
      spans.push_back(std::move(span));
      a.edits.push_back(std::move(edit));
    }
    a.text.append(a.original, copied, std::string::npos);
  } else {
    a.text = a.original;
  }

  // Tokens of the displayed text; alternates spread over the edit's words.
  const bool same = a.spun_tokens == 0;
  a.tokens.reserve(tokens.size());
  if (same) {
    for (const auto& t : tokens) a.tokens.push_back({t.offset, t.length, t.term, {}, 0});
  } else {
    for (const auto& w : text::split_words(a.text))
      a.tokens.push_back({w.offset, w.length, text::fold_case(std::string_view(a.text).substr(w.offset, w.length)), {}, 0});
  }
  std::size_t ti = 0;
  for (const auto& s : spans) {
    while (ti < a.tokens.size() && a.tokens[ti].offset < s.begin) ++ti;
    std::size_t first = ti, last = ti;
    while (last < a.tokens.size() && a.tokens[last].offset < s.end) ++last;
    if (first == last) continue;
    for (std::size_t k = 0; k < s.alternates.size(); ++k) {
      Token& t = a.tokens[std::min(first + k, last - 1)];
      if (s.alternates[k] != t.term &&
          std::find(t.alternates.begin(), t.alternates.end(), s.alternates[k]) == t.alternates.end())
        t.alternates.push_back(s.alternates[k]);
    }
  }

  a.sentences = text::split_sentences(a.text);
  std::size_t si = 0;
  for (auto& t : a.tokens) {
    while (si + 1 < a.sentences.size() && a.sentences[si].second <= t.offset) ++si;
    t.sentence = si;
  }
  return a;
}

}  // namespace dramasearch
