// The context judge: a generic English trigram model that says whether a
// candidate original reads better than the spun words between the same
// neighbours ("the cast of" over "the solid of").
//
// The model is the CMU Sphinx US English trigram model (Debian package
// pocketsphinx-en-us, read with libsphinxbase). It is one data file of
// about 27 MB, so there is one judge per process: shared(), loaded on the
// first question (not when a Pipeline is built), safe to use from several
// threads. Without the model (file missing, library not built in) the judge
// is unavailable and every question gets no answer; repair then works on
// its lexicon and evidence alone.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace dramasearch::repair {

class ContextJudge {
 public:
  // The process-wide judge. Its model file is $DRAMASEARCH_LM if set (an
  // empty value or "none" turns the judge off), else the Debian path.
  static const ContextJudge& shared();

  // A judge over the model at `path` ("" for none); loads lazily.
  explicit ContextJudge(std::string path);
  ~ContextJudge();

  // True if the model file existed when the judge was made (and, once
  // loaded, it loaded).
  bool available() const;
  // "trigram model <path>" or "off (<why>)", for --json and reports.
  std::string status() const;

  // How much better the candidate words read than the spun words between
  // the same neighbours: log10 P(left candidate right) - log10 P(left spun
  // right), over the words from the candidate on. Folded words; `left` is
  // nearest last, `right` nearest first, each at most two words. No answer
  // if the model is unavailable or does not know a candidate or spun word.
  std::optional<double> preference(const std::vector<std::string>& left, const std::vector<std::string>& candidate,
                                   const std::vector<std::string>& spun,
                                   const std::vector<std::string>& right) const;

 private:
  struct Model;
  std::string path_;
  bool exists_;  // the model file was there when the judge was made
  mutable std::unique_ptr<Model> model_;
};

}  // namespace dramasearch::repair
