// Does an index hold articles analysed the way the searcher analyses
// queries? Both sides have a Pipeline::fingerprint(): "VERSION;data=DIGEST;
// repair=on|off" (pipeline version, digest of the spin-repair data, repair
// switch); the indexer stores its own in every database it writes.
#pragma once

#include <string>

namespace dramasearch::search {

// A warning naming `index`, what differs and what to pass, or "" when the
// fingerprints agree or the index stores none yet (no article committed).
std::string fingerprint_warning(const std::string& index, const std::string& stored, const std::string& current);

}  // namespace dramasearch::search
