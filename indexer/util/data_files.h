// The system data files the library reads (thesauri, the language model):
// where they are and whether they are there.
#pragma once

#include <sys/stat.h>

#include <cstdlib>
#include <string>

namespace dramasearch::util {

// $VARIABLE if set ("" or "none" for no file: the feature is off), else
// `fallback` (the Debian path).
inline std::string data_path(const char* variable, const std::string& fallback) {
  const char* env = std::getenv(variable);
  if (!env) return fallback;
  const std::string v(env);
  return v == "none" ? std::string() : v;
}

// True if `path` names a regular file.
inline bool is_regular_file(const std::string& path) {
  struct stat st {};
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

}  // namespace dramasearch::util
