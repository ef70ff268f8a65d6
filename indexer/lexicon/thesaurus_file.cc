#include "indexer/lexicon/thesaurus_file.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string_view>

#include "indexer/util/data_files.h"

namespace dramasearch::lexicon {
namespace {

constexpr const char* kDebianPath = "/usr/share/mythes/th_en_US_v2.dat";

std::string idx_path_of(const std::string& dat) {
  if (dat.size() > 4 && dat.compare(dat.size() - 4, 4, ".dat") == 0) return dat.substr(0, dat.size() - 4) + ".idx";
  return dat + ".idx";
}

// The word of the index line after byte `pos` (after the next newline,
// unless pos is 0); false past the end.
bool word_after(std::ifstream& in, std::streamoff pos, std::string& word) {
  in.clear();
  in.seekg(pos);
  std::string line;
  if (pos > 0 && !std::getline(in, line)) return false;  // the rest of a cut line
  if (!std::getline(in, line)) return false;
  const auto bar = line.rfind('|');
  if (bar == std::string::npos) return false;
  word = line.substr(0, bar);
  return true;
}

constexpr std::string_view kGeneric = " (generic term)";

// Plain words of a synonym line "(pos)|w1|w2 (generic term)|..."; with
// `generic`, the generic terms' words instead.
void plain_words(const std::string& line, std::vector<std::string>& out, bool generic = false) {
  std::size_t start = line.find('|');
  while (start != std::string::npos) {
    const std::size_t end = line.find('|', start + 1);
    std::string w = line.substr(start + 1, end == std::string::npos ? std::string::npos : end - start - 1);
    start = end;
    const bool is_generic = w.size() > kGeneric.size() && w.compare(w.size() - kGeneric.size(), kGeneric.size(), kGeneric) == 0;
    if (is_generic != generic) continue;
    if (is_generic) w.resize(w.size() - kGeneric.size());
    if (w.empty() || w.find_first_of(" (-.'") != std::string::npos) continue;  // qualified, or a phrase
    bool lower = true;
    for (unsigned char c : w) lower = lower && c >= 'a' && c <= 'z';
    if (lower) out.push_back(std::move(w));
  }
}

}  // namespace

const ThesaurusFile& ThesaurusFile::shared() {
  static const ThesaurusFile instance(util::data_path("DRAMASEARCH_THESAURUS", kDebianPath));
  return instance;
}

ThesaurusFile::ThesaurusFile(std::string dat_path)
    : dat_path_(std::move(dat_path)), idx_path_(idx_path_of(dat_path_)) {
  available_ = util::is_regular_file(dat_path_) && util::is_regular_file(idx_path_);
}

bool ThesaurusFile::available() const { return available_; }

std::string ThesaurusFile::status() const {
  if (dat_path_.empty()) return "off (DRAMASEARCH_THESAURUS=none)";
  if (!available_) return "off (" + dat_path_ + " or its .idx not found)";
  return "mythes " + dat_path_;
}

std::vector<std::string> ThesaurusFile::entry_lines(const std::string& word) const {
  std::vector<std::string> lines;
  std::ifstream idx(idx_path_, std::ios::binary);
  if (!idx) return lines;
  idx.seekg(0, std::ios::end);
  const std::streamoff size = idx.tellg();
  // Binary search over byte positions: the first line at or after `lo` is
  // the candidate; the file's first two lines (encoding, count) sort before
  // every word only by luck, so they are skipped by starting past them.
  std::string w;
  idx.seekg(0);
  std::string header;
  std::getline(idx, header);
  std::getline(idx, header);
  std::streamoff lo = idx.tellg(), hi = size;
  if (lo <= 0) return lines;
  while (lo < hi) {
    const std::streamoff mid = lo + (hi - lo) / 2;
    if (!word_after(idx, mid, w) || word <= w) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  // The line beginning at or after lo (lo may be mid-line): scan a few.
  idx.clear();
  idx.seekg(lo > 0 ? lo - 1 : 0);
  std::string line;
  if (lo > 0) std::getline(idx, line);
  for (int k = 0; k < 4 && std::getline(idx, line); ++k) {
    const auto bar = line.rfind('|');
    if (bar == std::string::npos) continue;
    if (line.compare(0, bar, word) != 0 || bar != word.size()) {
      if (line.substr(0, bar) > word) break;
      continue;
    }
    const long offset = std::strtol(line.c_str() + bar + 1, nullptr, 10);
    std::ifstream dat(dat_path_, std::ios::binary);
    if (!dat) return lines;
    dat.seekg(offset);
    std::string head;
    if (!std::getline(dat, head)) return lines;
    const auto hb = head.rfind('|');
    if (hb == std::string::npos || head.compare(0, hb, word) != 0) return lines;  // stale index
    const long senses = std::strtol(head.c_str() + hb + 1, nullptr, 10);
    for (long s = 0; s < senses && s < 64 && std::getline(dat, line); ++s) lines.push_back(line);
    return lines;
  }
  return lines;
}

std::vector<std::string> ThesaurusFile::synonyms(const std::string& word, std::size_t limit, bool generic) const {
  std::vector<std::string> out;
  if (!available_ || word.empty() || limit == 0) return out;
  std::string head = word;  // the entry's headword
  auto lines = entry_lines(word);
  if (lines.empty()) {
    // Regular inflections back to the headword.
    const auto n = word.size();
    auto ends = [&](const char* s) {
      const std::string_view e(s);
      return n > e.size() + 2 && std::string_view(word).substr(n - e.size()) == e;
    };
    std::vector<std::string> bases;
    if (ends("ies")) bases.push_back(word.substr(0, n - 3) + "y");
    if (ends("es")) bases.push_back(word.substr(0, n - 2));
    if (ends("s") && !ends("ss")) bases.push_back(word.substr(0, n - 1));
    if (ends("ied")) bases.push_back(word.substr(0, n - 3) + "y");
    if (ends("ed")) {
      bases.push_back(word.substr(0, n - 2));
      bases.push_back(word.substr(0, n - 1));
      if (n > 4 && word[n - 3] == word[n - 4]) bases.push_back(word.substr(0, n - 3));
    }
    if (ends("ing")) {
      bases.push_back(word.substr(0, n - 3));
      bases.push_back(word.substr(0, n - 3) + "e");
      if (n > 5 && word[n - 4] == word[n - 5]) bases.push_back(word.substr(0, n - 4));
    }
    for (const auto& b : bases) {
      lines = entry_lines(b);
      if (!lines.empty()) {
        head = b;
        break;
      }
    }
  }
  std::vector<std::string> words;
  for (const auto& line : lines) plain_words(line, words);
  if (generic)
    for (const auto& line : lines) plain_words(line, words, true);
  for (auto& w : words) {
    if (out.size() >= limit) break;
    if (w != word && w != head && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(std::move(w));
  }
  return out;
}

}  // namespace dramasearch::lexicon
