#include "indexer/repair/context_judge.h"

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <mutex>

#ifdef DRAMASEARCH_HAVE_SPHINXBASE
#include <sphinxbase/err.h>
#include <sphinxbase/logmath.h>
#include <sphinxbase/ngram_model.h>
#endif

#include "indexer/util/data_files.h"

namespace dramasearch::repair {

#ifndef DRAMASEARCH_LM_PATH
#define DRAMASEARCH_LM_PATH "/usr/share/pocketsphinx/model/en-us/en-us.lm.bin"
#endif

struct ContextJudge::Model {
  std::once_flag loaded;
  std::mutex scoring;  // the library keeps no promise about concurrent scoring
  bool ok = false;
  std::atomic<bool> failed{false};  // tried to load and could not
#ifdef DRAMASEARCH_HAVE_SPHINXBASE
  logmath_t* math = nullptr;
  ngram_model_t* lm = nullptr;
  int32 unknown = 0;
  ~Model() {
    if (lm) ngram_model_free(lm);
    if (math) logmath_free(math);
  }
#endif
};

const ContextJudge& ContextJudge::shared() {
  // Never destroyed: freeing the model at exit costs more than using it
  // for a small batch, and the process is ending anyway.
  static const ContextJudge* judge = new ContextJudge(util::data_path("DRAMASEARCH_LM", DRAMASEARCH_LM_PATH));
  return *judge;
}

// The file is looked for once: available() is asked for every candidate.
ContextJudge::ContextJudge(std::string path)
    : path_(std::move(path)), exists_(util::is_regular_file(path_)), model_(std::make_unique<Model>()) {}
ContextJudge::~ContextJudge() = default;

bool ContextJudge::available() const {
#ifdef DRAMASEARCH_HAVE_SPHINXBASE
  return exists_ && !model_->failed;
#else
  return false;
#endif
}

std::string ContextJudge::status() const {
#ifndef DRAMASEARCH_HAVE_SPHINXBASE
  return "off (built without libsphinxbase)";
#else
  if (path_.empty()) return "off (DRAMASEARCH_LM=none)";
  if (!exists_) return "off (no language model at " + path_ + ")";
  if (model_->failed) return "off (cannot read the language model " + path_ + ")";
  return "trigram model " + path_;
#endif
}

std::optional<double> ContextJudge::preference(const std::vector<std::string>& left,
                                               const std::vector<std::string>& candidate,
                                               const std::vector<std::string>& spun,
                                               const std::vector<std::string>& right) const {
#ifndef DRAMASEARCH_HAVE_SPHINXBASE
  (void)left, (void)candidate, (void)spun, (void)right;
  return std::nullopt;
#else
  if (!available() || candidate.empty() || spun.empty()) return std::nullopt;
  Model& m = *model_;
  std::call_once(m.loaded, [&] {
    err_set_logfp(nullptr);  // the library logs every step of loading to stderr
    m.math = logmath_init(1.0001, 0, 0);
    if (m.math) m.lm = ngram_model_read(nullptr, path_.c_str(), NGRAM_AUTO, m.math);
    m.ok = m.lm != nullptr;
    m.failed = !m.ok;
    if (m.ok) m.unknown = ngram_unknown_wid(m.lm);
  });
  if (!m.ok) return std::nullopt;

  std::lock_guard<std::mutex> lock(m.scoring);
  auto wid = [&](const std::string& w) { return ngram_wid(m.lm, w.c_str()); };
  // Context stops at a word the model does not know (a name, a title):
  // its "unknown" score would say nothing about the candidate.
  std::vector<int32> ctx_left;
  for (auto it = left.rbegin(); it != left.rend(); ++it) {
    const int32 w = wid(*it);
    if (w == m.unknown) break;
    ctx_left.insert(ctx_left.begin(), w);
  }
  std::vector<int32> ctx_right;
  for (const auto& r : right) {
    const int32 w = wid(r);
    if (w == m.unknown) break;
    ctx_right.push_back(w);
  }
  auto score = [&](const std::vector<std::string>& middle) -> std::optional<double> {
    std::vector<int32> seq = ctx_left;
    for (const auto& w : middle) {
      const int32 id = wid(w);
      if (id == m.unknown) return std::nullopt;
      seq.push_back(id);
    }
    seq.insert(seq.end(), ctx_right.begin(), ctx_right.end());
    double total = 0;
    for (std::size_t i = ctx_left.size(); i < seq.size(); ++i) {
      int32 hist[2];
      int32 n_hist = 0;
      if (i >= 1) hist[n_hist++] = seq[i - 1];  // most recent first
      if (i >= 2) hist[n_hist++] = seq[i - 2];
      int32 used = 0;
      total += ngram_ng_score(m.lm, seq[i], hist, n_hist, &used);
    }
    return logmath_log_to_log10(m.math, static_cast<int>(total));
  };
  const auto c = score(candidate);
  const auto s = score(spun);
  if (!c || !s) return std::nullopt;
  return *c - *s;
#endif
}

}  // namespace dramasearch::repair
