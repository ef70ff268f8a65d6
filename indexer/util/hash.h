// Small non-cryptographic hashing helpers (content hashes, fingerprints).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace dramasearch::util {

// 64-bit FNV-1a; `seed` lets callers chain several fields.
inline std::uint64_t fnv1a64(std::string_view s, std::uint64_t seed = 0xcbf29ce484222325ull) {
  std::uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

inline std::string hex64(std::uint64_t v) {
  static const char* digits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
  return out;
}

}  // namespace dramasearch::util
