// Normalization: the second stage of the text pipeline.
#pragma once

#include <string>
#include <string_view>

namespace dramasearch::text {

// NFKC-normalizes valid UTF-8 (see sanitize_utf8) with ICU and folds
// typography so that spun and original text compare equal:
//   ‘ ’ ‚ ‛ ′ ` -> '      “ ” „ ‟ ″ « » -> "
//   ‐ ‑ ‒ – — ― − -> -    every Unicode space -> ' '
//   soft hyphen and zero-width characters removed
// Line breaks are kept (paragraph structure matters downstream); runs of
// spaces/tabs inside a line are kept as they are so offsets stay meaningful.
std::string normalize(std::string_view valid_utf8);

}  // namespace dramasearch::text
