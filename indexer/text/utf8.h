// UTF-8 validation: the first stage of the text pipeline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dramasearch::text {

// Returns `in` with every invalid UTF-8 sequence (bad lead byte, truncated or
// overlong sequence, surrogate, code point > U+10FFFF) replaced by U+FFFD,
// CR LF and lone CR turned into LF, and other C0 control characters (NUL
// included) except TAB and LF turned into a space. `invalid` counts the
// sequences replaced. Never throws on any input.
std::string sanitize_utf8(std::string_view in, std::size_t* invalid = nullptr);

// True if `in` is valid UTF-8.
bool is_valid_utf8(std::string_view in);

}  // namespace dramasearch::text
