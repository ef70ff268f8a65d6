// The in-memory min-hash index of story identity's table (story_assigner.h):
// for each min-hash key, the table entries that hold it, newest first.
//
// Compact, so that a bulk load can keep every article it writes in memory
// instead of querying its growing staging index for each article: one
// open-addressing slot per distinct (number, value) key with its newest
// entry and count, and one 32-bit link per (entry, number) to the next older
// entry with the same key.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dramasearch::index {

class MinHashChains {
 public:
  // Entries hold `per_entry` min-hashes each, numbered 0 to per_entry - 1.
  explicit MinHashChains(std::size_t per_entry) : per_entry_(per_entry) {}

  // Adds min-hash number `i` of entry `entry`, whose value is `value`.
  // Entries are numbered from 0 and added in order, each (entry, i) once.
  void add(std::size_t i, std::uint32_t value, std::uint32_t entry);

  // How many entries have `value` as min-hash number i.
  std::uint32_t count(std::size_t i, std::uint32_t value) const;

  // Calls fn(entry) for every entry numbered `from` or more that has
  // `value` as min-hash number i, newest first.
  template <typename Fn>
  void for_each(std::size_t i, std::uint32_t value, std::uint32_t from, Fn fn) const {
    const Slot* s = find(key_of(i, value));
    if (!s) return;
    for (std::uint32_t e = s->newest; e != kNone && e >= from; e = links_[e * per_entry_ + i]) fn(e);
  }

  void clear();

 private:
  static constexpr std::uint32_t kNone = 0xffffffffu;
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t newest = kNone;  // kNone: the slot is empty
    std::uint32_t count = 0;
  };
  static std::uint64_t key_of(std::size_t i, std::uint32_t value) { return (std::uint64_t(i) << 32) | value; }
  const Slot* find(std::uint64_t key) const;
  Slot& find_or_insert(std::uint64_t key);
  void grow();

  std::size_t per_entry_;
  std::vector<Slot> slots_;  // power-of-two size, at most 70% full
  std::size_t used_ = 0;
  std::vector<std::uint32_t> links_;  // [entry * per_entry_ + i]: the next older entry with that key
};

}  // namespace dramasearch::index
