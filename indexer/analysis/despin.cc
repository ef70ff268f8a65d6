#include "dramasearch/despin.h"

#include <algorithm>

#include "indexer/repair/context_judge.h"
#include "indexer/text/segment.h"
#include "indexer/text/utf8.h"

namespace dramasearch {

DespinResult despin(const Pipeline& pipeline, std::string_view input) {
  DespinResult r;
  const std::string raw = text::sanitize_utf8(input, &r.invalid_bytes);
  const Analysis a = pipeline.analyse(raw);
  r.spin_score = a.spin_score();
  r.spin_evidence = a.spin_evidence;
  r.context_judge = repair::ContextJudge::shared().status();

  // Normalization can move offsets (NFKC, folded quotes); words correspond
  // one to one, so edits are carried over by word index.
  const auto raw_words = text::split_words(raw);
  const auto norm_words = text::split_words(a.original);
  const bool aligned = raw_words.size() == norm_words.size();
  const std::string& base = aligned ? raw : a.original;

  auto word_at = [&](std::size_t offset) {
    return static_cast<std::size_t>(
        std::lower_bound(norm_words.begin(), norm_words.end(), offset,
                         [](const text::Word& w, std::size_t off) { return w.offset < off; }) -
        norm_words.begin());
  };

  std::size_t copied = 0;
  for (const auto& e : a.edits) {
    DespinEdit d;
    if (aligned) {
      const std::size_t first = word_at(e.offset);
      const std::size_t end = word_at(e.offset + e.length);  // first word after the edit
      if (first >= raw_words.size() || end <= first) continue;
      const std::size_t lw = end - 1;
      d.offset = raw_words[first].offset;
      d.length = raw_words[lw].offset + raw_words[lw].length - d.offset;
    } else {
      d.offset = e.offset;
      d.length = e.length;
    }
    d.spun = base.substr(d.offset, d.length);
    d.repaired = e.to;
    d.reason = e.reason;
    d.applied = e.applied;
    d.indexed = e.indexed;
    d.also = e.also;
    if (d.applied) {
      r.text.append(base, copied, d.offset - copied);
      r.text += d.repaired;
      copied = d.offset + d.length;
    }
    r.edits.push_back(std::move(d));
  }
  r.text.append(base, copied, std::string::npos);
  return r;
}

}  // namespace dramasearch
