// Shared helpers for the unit tests.
#pragma once

#include <filesystem>
#include <random>
#include <string>

namespace testutil {

inline std::string fixture(const std::string& rel) {
  return std::string(DRAMASEARCH_SOURCE_DIR) + "/tests/fixtures/" + rel;
}

// A fresh temporary directory removed when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("dramasearch-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string str() const { return path_.string(); }
  std::string sub(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace testutil
