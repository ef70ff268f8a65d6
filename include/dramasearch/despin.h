// dramasearch::despin — spin repair of a whole text for display, keeping its
// layout: the edits of the pipeline's repair stage are applied to the input
// itself, so line breaks, punctuation and typographic quotes stay as written.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dramasearch/pipeline.h"

namespace dramasearch {

struct DespinEdit {
  std::size_t offset = 0;  // bytes into the input (after invalid UTF-8 was replaced)
  std::size_t length = 0;
  std::string spun;        // the text as written
  std::string repaired;    // the restored wording
  // lexicon, name, context (a context rule or the context judge decided)
  // or article evidence
  std::string reason;
  bool applied = true;     // false: uncertain, not shown
  bool indexed = true;     // the index holds `repaired` (and `also`) here
  std::vector<std::string> also;  // further originals, indexed, never shown
};

struct DespinResult {
  std::string text;                // input with the applied edits
  std::vector<DespinEdit> edits;   // in input order
  double spin_score = 0;           // share of words changed
  double spin_evidence = 0;        // density of unmistakable spun forms (decides uncertain repairs)
  std::size_t invalid_bytes = 0;
  // The context judge behind "context" decisions: "trigram model <path>",
  // or "off (<why>)" when repair runs on its lexicon and evidence alone.
  std::string context_judge;
};

DespinResult despin(const Pipeline& pipeline, std::string_view input);

}  // namespace dramasearch
