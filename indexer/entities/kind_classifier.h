// Passage kind classifier: scene / cast / other.
//
// A transparent cue-word model: each cue word or phrase adds a weight to the
// scene or the cast score (weights in kind_classifier.cc, with the reason for
// each group); cast credits found in the passage add to the cast score. The
// larger score wins if it reaches kMinScore, else the passage is "other".
// Measured against corpus/truth/kinds.tsv by scripts/eval.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "dramasearch/entities.h"

namespace dramasearch::entities {

constexpr double kMinKindScore = 2.0;

// `term(k)` gives the case-folded k-th word of the passage. Fills kind,
// scene_score and cast_score of `info` (whose cast credits must be set).
void classify_kind(std::size_t count, const std::function<const std::string&(std::size_t)>& term,
                   PassageInfo& info);

// The kind a query asks about ("... scene", "who plays ..."), or kOther.
PassageKind query_intent(std::size_t count, const std::function<const std::string&(std::size_t)>& term);

}  // namespace dramasearch::entities
