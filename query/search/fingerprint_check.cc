#include "query/search/fingerprint_check.h"

#include <map>
#include <vector>

namespace dramasearch::search {
namespace {

// "pipeline-5;data=ab12;repair=on" -> {version: pipeline-5, data: ab12, repair: on}
std::map<std::string, std::string> parts_of(const std::string& fingerprint) {
  std::map<std::string, std::string> parts;
  std::size_t begin = 0;
  for (bool first = true; begin <= fingerprint.size(); first = false) {
    std::size_t end = fingerprint.find(';', begin);
    if (end == std::string::npos) end = fingerprint.size();
    const std::string part = fingerprint.substr(begin, end - begin);
    const auto eq = part.find('=');
    if (first && eq == std::string::npos) parts["version"] = part;
    else if (eq != std::string::npos) parts[part.substr(0, eq)] = part.substr(eq + 1);
    begin = end + 1;
  }
  return parts;
}

}  // namespace

std::string fingerprint_warning(const std::string& index, const std::string& stored, const std::string& current) {
  if (stored.empty() || stored == current) return "";
  auto indexed = parts_of(stored), query = parts_of(current);
  std::vector<std::string> differences;
  std::string advice;
  if (indexed["version"] != query["version"]) {
    differences.push_back("text pipeline " + indexed["version"] + ", this program has " + query["version"]);
    advice = "re-index it with this version of drama-index";
  }
  if (indexed["data"] != query["data"]) {
    differences.push_back("spin-repair data " + indexed["data"] + ", queries use " + query["data"]);
    if (advice.empty())
      advice = "pass the --data-dir it was indexed with (drama-index --data-dir), or re-index it";
  }
  if (indexed["repair"] != query["repair"]) {
    differences.push_back("spin repair " + indexed["repair"] + ", queries with repair " + query["repair"]);
    if (advice.empty()) advice = "re-index it";
  }
  if (differences.empty()) {  // an unknown fingerprint layout: say what it is
    differences.push_back("analysis " + stored + ", queries use " + current);
    advice = "re-index it";
  }
  std::string what;
  for (const auto& d : differences) what += (what.empty() ? "" : "; ") + d;
  return index + ": articles were analysed with " + what +
         ", so queries may not be repaired like the articles; " + advice;
}

}  // namespace dramasearch::search
