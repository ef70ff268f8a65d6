// PhraseTrie: phrases (sequences of case-folded words) to small integer ids,
// matched word by word. The spin repairer keys spun forms by it, the entity
// recognizer gazetteer names; each keeps its own payload per node id.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace dramasearch::text {

class PhraseTrie {
 public:
  using Node = std::uint32_t;
  static constexpr Node kRoot = 0;
  static constexpr Node kNone = UINT32_MAX;

  PhraseTrie() : next_(1) {}

  // The node of `terms`, created with its prefixes if missing. Nodes are
  // numbered 1, 2, ... in creation order (kRoot is 0).
  Node insert(const std::vector<std::string>& terms) {
    Node cur = kRoot;
    for (const auto& t : terms) {
      auto [it, added] = next_[cur].try_emplace(t, static_cast<Node>(next_.size()));
      cur = it->second;
      if (added) next_.emplace_back();
    }
    return cur;
  }

  // The child of `node` for `term`, or kNone.
  Node step(Node node, const std::string& term) const {
    auto it = next_[node].find(term);
    return it == next_[node].end() ? kNone : it->second;
  }

  std::size_t size() const { return next_.size(); }

 private:
  std::vector<std::unordered_map<std::string, Node>> next_;
};

}  // namespace dramasearch::text
