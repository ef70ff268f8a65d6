// dramasearch::Error — the one exception type the library throws.
//
// Every failure that a caller can act on (unreadable index, schema mismatch,
// unparsable query, bad input record) is reported as an Error whose what()
// names the thing (file, index path, query) and the problem.
#pragma once

#include <stdexcept>
#include <string>

namespace dramasearch {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace dramasearch
