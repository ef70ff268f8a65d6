// JSON of a despin result (drama-index despin --json, drama-serve's
// /api/despin), and the one way the tools serialize JSON.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "dramasearch/despin.h"

namespace dramasearch::tools {

inline nlohmann::json despin_json(const dramasearch::DespinResult& r) {
  nlohmann::json edits = nlohmann::json::array();
  for (const auto& e : r.edits)
    edits.push_back({{"offset", e.offset}, {"length", e.length}, {"spun", e.spun},
                     {"repaired", e.repaired}, {"reason", e.reason}, {"applied", e.applied},
                     {"indexed", e.indexed}, {"also", e.also}});
  return {{"text", r.text}, {"spin_score", r.spin_score}, {"spin_evidence", r.spin_evidence},
          {"invalid_bytes", r.invalid_bytes}, {"context_judge", r.context_judge}, {"edits", edits}};
}

// Invalid UTF-8 (which the JSON Lines reader passes through) is replaced,
// never an exception.
inline std::string dump(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace dramasearch::tools
