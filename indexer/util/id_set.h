// Remembers which article ids were seen, in about 50 bytes per id whatever
// the id's length: a map from a 128-bit hash of the id (two independent
// 64-bit hashes; a false match needs both to collide) to a small payload
// (a line number, a file number). Duplicate detection over a whole run is
// the one thing an indexing run keeps per article, so it is kept small.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "indexer/util/hash.h"

namespace dramasearch::util {

template <typename Payload>
class IdSet {
 public:
  // Records `id` with `payload` unless it is already there; returns the
  // payload recorded first when it was.
  std::optional<Payload> insert(std::string_view id, Payload payload) {
    auto [it, fresh] = map_.emplace(key(id), payload);
    if (fresh) return std::nullopt;
    return it->second;
  }
  std::size_t size() const { return map_.size(); }

 private:
  struct Key {
    std::uint64_t a, b;
    bool operator==(const Key& o) const noexcept { return a == o.a && b == o.b; }
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept { return static_cast<std::size_t>(k.a); }
  };
  static Key key(std::string_view id) {
    return {fnv1a64(id), static_cast<std::uint64_t>(std::hash<std::string_view>{}(id))};
  }
  std::unordered_map<Key, Payload, KeyHash> map_;
};

}  // namespace dramasearch::util
