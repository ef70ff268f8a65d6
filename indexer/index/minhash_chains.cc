#include "indexer/index/minhash_chains.h"

namespace dramasearch::index {
namespace {

// Spreads the key's bits over the slot index (the values are hashes, the
// numbers are not).
std::size_t mix(std::uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<std::size_t>(key);
}

}  // namespace

const MinHashChains::Slot* MinHashChains::find(std::uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = mix(key) & mask;; at = (at + 1) & mask) {
    const Slot& s = slots_[at];
    if (s.newest == kNone) return nullptr;
    if (s.key == key) return &s;
  }
}

MinHashChains::Slot& MinHashChains::find_or_insert(std::uint64_t key) {
  if (10 * (used_ + 1) > 7 * slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = mix(key) & mask;; at = (at + 1) & mask) {
    Slot& s = slots_[at];
    if (s.newest == kNone) {
      s.key = key;
      ++used_;
      return s;
    }
    if (s.key == key) return s;
  }
}

void MinHashChains::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.newest == kNone) continue;
    std::size_t at = mix(s.key) & mask;
    while (slots_[at].newest != kNone) at = (at + 1) & mask;
    slots_[at] = s;
  }
}

void MinHashChains::add(std::size_t i, std::uint32_t value, std::uint32_t entry) {
  const std::size_t link = std::size_t(entry) * per_entry_ + i;
  if (links_.size() <= link) links_.resize((std::size_t(entry) + 1) * per_entry_, kNone);
  Slot& s = find_or_insert(key_of(i, value));
  links_[link] = s.newest;  // kNone for the first entry with this key
  s.newest = entry;
  ++s.count;
}

std::uint32_t MinHashChains::count(std::size_t i, std::uint32_t value) const {
  const Slot* s = find(key_of(i, value));
  return s ? s->count : 0;
}

void MinHashChains::clear() {
  slots_.clear();
  slots_.shrink_to_fit();
  links_.clear();
  links_.shrink_to_fit();
  used_ = 0;
}

}  // namespace dramasearch::index
