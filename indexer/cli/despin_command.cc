// drama-index despin: spin repair of plain text, layout kept.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "dramasearch/despin.h"
#include "dramasearch/error.h"
#include "indexer/cli/despin_json.h"
#include "indexer/cli/subcommands.h"

namespace dramasearch::tools {
namespace {

const char* kDespinUsage = R"(Usage: drama-index despin [--diff | --json] [FILE...]

Repairs synonym-spun text: reads FILEs (or standard input), writes the text
with spun phrases restored to standard output, layout kept.
  --diff   mark each change as [-spun-]{+original+}
  --json   one JSON object per input: text, spin_score, context_judge and
           each edit (offset, length, spun, repaired, reason, applied,
           indexed: the index holds `repaired` there; also: further
           originals indexed, never shown)
  --all    with --diff, also mark uncertain candidates as [~spun~]{?original?}

Reasons: lexicon, name, article evidence, context (a context rule or the
context judge, a trigram language model; DRAMASEARCH_LM=PATH picks its
model file, DRAMASEARCH_LM=none turns it off; without it repair goes on).
)";

// The input with each applied edit (and with `all` each uncertain one)
// marked, over the text as written.
std::string marked_diff(const std::string& src, const DespinResult& r, bool all) {
  std::string out;
  std::size_t copied = 0;
  for (const auto& e : r.edits) {
    if (!e.applied && !all) continue;
    if (e.offset < copied || e.offset + e.length > src.size()) continue;
    out.append(src, copied, e.offset - copied);
    if (e.applied) out += "[-" + e.spun + "-]{+" + e.repaired + "+}";
    else out += "[~" + e.spun + "~]{?" + e.repaired + "?}";
    copied = e.offset + e.length;
  }
  out.append(src, std::min(copied, src.size()), std::string::npos);
  return out;
}

// Whole contents of FILE ("-": standard input); false, with the errno, if
// it cannot be read.
bool read_input(const std::string& file, std::string& out, int& error) {
  std::ostringstream buf;
  if (file == "-") {
    buf << std::cin.rdbuf();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      error = errno;
      return false;
    }
    buf << in.rdbuf();
  }
  out = buf.str();
  return true;
}

}  // namespace

int run_despin(int argc, char** argv) {
  bool diff = false, json = false, all = false;
  std::vector<std::string> files;
  std::string data_dir;
  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--diff") diff = true;
    else if (a == "--json") json = true;
    else if (a == "--all") all = true;
    else if (a == "--data-dir" && i + 1 < argc) data_dir = argv[++i];
    else if (a == "--help" || a == "-h") {
      std::cout << kDespinUsage;
      return 0;
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "drama-index despin: unknown option " << a << "\n" << kDespinUsage;
      return 2;
    } else files.push_back(a);
  }
  if (diff && json) {
    std::cerr << "drama-index despin: --diff and --json exclude each other\n";
    return 2;
  }
  try {
    Pipeline pipeline(Pipeline::Options{true, data_dir});
    if (files.empty()) files.push_back("-");
    int status = 0;
    for (const auto& f : files) {
      std::string content;
      int error = 0;
      if (!read_input(f, content, error)) {
        std::cerr << f << ": cannot read: " << std::strerror(error) << "\n";
        status = 1;
        continue;
      }
      const DespinResult r = despin(pipeline, content);
      if (json) {
        nlohmann::json j = despin_json(r);
        j["file"] = f == "-" ? "<stdin>" : f;
        std::cout << dump(j) << "\n";
      } else {
        std::cout << (diff ? marked_diff(content, r, all) : r.text);
      }
    }
    return status;
  } catch (const Error& e) {
    std::cerr << "drama-index despin: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace dramasearch::tools
